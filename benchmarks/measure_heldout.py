"""Agreement of the indicator extractor with a held-out set of composed sentences.

``benchmarks/heldout/*.csv`` hold sentences in the genre's style (other places,
other years) with the expected scope, indicator, status, bound and change of one figure each.
They are not used by the tests and not tuned on: this measures how the rules carry.

    python benchmarks/measure_heldout.py
"""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from pipelines.extract.indicators import extract_indicators
from pipelines.model import DocumentText, Paragraph

HELDOUT = Path(__file__).parent / "heldout"


def _names_agree(gold: str, row: str) -> bool:
    """The scorer's test: most characters of the expected name appear in the row's."""
    g = set(gold)
    return bool(g) and len(g & set(row)) / len(g) >= 0.6


def main() -> None:
    for path in sorted(HELDOUT.glob("*.csv")):
        print(f"== {path.name}")
        measure(path)


def measure(path: Path) -> None:
    """Print the cases that disagree and the agreement counts of one held-out file."""
    cases = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    hits = {"found": 0, "scope": 0, "name": 0, "status": 0, "bound": 0, "change": 0}
    n_change = 0
    for c in cases:
        text = c["sentence"]
        doc = DocumentText("h", c["kind"], int(c["year"]), text,
                           (Paragraph(0, 0, len(text), "body", c["section"]),))
        found = [f for f in extract_indicators(doc)
                 if f.value == Decimal(c["value"]) and f.unit == c["unit"]]
        if c["change_value"]:
            n_change += 1
        if not found:
            print("MISS", c["value"], c["unit"], text)
            continue
        f = found[0]
        hits["found"] += 1
        got = {"scope": getattr(f, "scope", ""), "status": getattr(f, "status", ""),
               "bound": getattr(f, "bound", "")}
        ok = {"scope": got["scope"] == c["scope"],
              "name": _names_agree(c["scope"] + c["indicator"], got["scope"] + f.indicator),
              "status": got["status"] == c["status"], "bound": got["bound"] == c["bound"],
              "change": bool(c["change_value"]) and f.change_value == Decimal(c["change_value"] or 0)}
        for k, v in ok.items():
            hits[k] += v
        bad = [k for k, v in ok.items() if not v and (k != "change" or c["change_value"])]
        if bad:
            print("DIFF", ",".join(bad), "|", got["scope"], "|", f.indicator, "|", got["status"],
                  got["bound"], f.change_value, "||", text)
    n = len(cases)
    print(f"{n} cases: found {hits['found']}/{n}, scope {hits['scope']}/{n}, name {hits['name']}/{n}, "
          f"status {hits['status']}/{n}, bound {hits['bound']}/{n}, change {hits['change']}/{n_change}")


if __name__ == "__main__":
    main()
