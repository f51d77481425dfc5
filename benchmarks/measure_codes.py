"""Code assignment on a held-out set of names as reports of other places word them.

    python benchmarks/measure_codes.py [benchmarks/heldout_codes/names.tsv] [--ref REF] [-v]

Each row: a composed sentence, the name an extractor takes from it, its unit and the code the
list's definitions give (``EMPTY`` where no code of the list is that statistic), labelled blind
(without running the matcher).  Prints accuracy on the coded rows (right code), on the uncoded rows
(no code given) and overall; ``-v`` lists every disagreement.  The matcher is
``code_for_unit(name, base_unit)``, as the extractor calls it.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipelines.extract.codes import code_for_unit  # noqa: E402
from pipelines.extract.units import lookup  # noqa: E402


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=str(ROOT / "benchmarks/heldout_codes/names.tsv"))
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    coded = uncoded = right_coded = right_uncoded = 0
    for r in rows(Path(args.path)):
        want = "" if r["expected_code"] == "EMPTY" else r["expected_code"]
        unit = lookup(r["unit"])
        got = code_for_unit(r["name"], unit.base_unit if unit else "")[0]
        if want:
            coded += 1
            right_coded += got == want
        else:
            uncoded += 1
            right_uncoded += got == ""
        if got != want and args.v:
            print(f"{r['name']}\t{r['unit']}\twant {want or '-'}\tgot {got or '-'}\t{r['why']}")
    total = coded + uncoded
    right = right_coded + right_uncoded
    print(f"coded rows right {right_coded}/{coded} ({right_coded / coded:.3f}); "
          f"uncoded rows left uncoded {right_uncoded}/{uncoded} ({right_uncoded / uncoded:.3f}); "
          f"all {right}/{total} ({right / total:.3f})")


if __name__ == "__main__":
    main()
