"""Per-code hit table on the composed core-statistic corpus (tests/cases/core_statistics*.tsv).

For every case two checks: the name as the report words it gets the expected code
(``code_for``), and the extractor run on the whole sentence yields a row with that code.
Prints a markdown table to paste into docs/codes.md.

    python benchmarks/code_hits.py [--cases tests/cases/core_statistics_heldout.tsv]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

from pipelines.extract.codes import code_for
from pipelines.extract.indicators import extract_indicators
from pipelines.model import DocumentText, Paragraph

ROOT = Path(__file__).resolve().parents[1]


def read_cases(path: Path) -> list[tuple[str, str, str, str]]:
    """(style, sentence, name, expected code) per line of a cases file, comments skipped."""
    with path.open(encoding="utf-8") as f:
        rows = csv.reader((line for line in f if line.strip() and not line.startswith("#")), delimiter="\t")
        return [(r[0], r[1], r[2], r[3]) for r in rows]


def sentence_codes(style: str, sentence: str) -> set[str]:
    """Codes of the rows the extractor finds in one sentence of a report of ``style``."""
    year = int(style.split("-")[1])
    kind = "government" if style.endswith("gov") else "other"
    doc = DocumentText("case", kind, year, sentence, (Paragraph(0, 0, len(sentence), "body", ""),), (), ())
    return {f.indicator_code for f in extract_indicators(doc) if f.indicator_code}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", nargs="*", type=Path, default=[
        ROOT / "tests/cases/core_statistics.tsv", ROOT / "tests/cases/core_statistics_heldout.tsv",
        ROOT / "tests/cases/core_statistics_heldout2.tsv"])
    args = ap.parse_args()
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    misses = []
    for path in args.cases:
        for style, sentence, name, code in read_cases(path):
            row = table[code]
            row[0] += 1
            row[1] += code_for(name)[0] == code
            got = sentence_codes(style, sentence)
            row[2] += code in got
            if code not in got:
                misses.append(f"{code}: {sentence} -> {sorted(got)}")
    print("| code | cases | name → code | sentence → code |\n|---|---:|---:|---:|")
    for code in sorted(table):
        n, by_name, by_sentence = table[code]
        print(f"| {code} | {n} | {by_name} | {by_sentence} |")
    tot = [sum(r[i] for r in table.values()) for i in range(3)]
    print(f"| **all ({len(table)} codes)** | {tot[0]} | {tot[1]} | {tot[2]} |")
    if misses:
        print("\nSentences whose extracted rows lack the code:", *misses, sep="\n- ", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
