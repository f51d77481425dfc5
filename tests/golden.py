"""Golden case files (``tests/cases/*.csv``): one composed sentence, the rule it exercises and the
rows expected, run table-driven by the extractor's tests.

``expected`` holds the rows in text order, separated by `` ;; ``, each row's fields joined by
``|`` (supervision: form|subject|law|count|rule; motions: body|motion_type|title|outcome|rule);
empty where the rule keeps everything out.
"""

from __future__ import annotations

import csv
from pathlib import Path

from pipelines.model import DocumentText, Paragraph

CASES = Path(__file__).resolve().parent / "cases"


def load(name: str) -> list[dict[str, str]]:
    """The rows of ``tests/cases/<name>.csv``."""
    with (CASES / f"{name}.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def expected_rows(case: dict[str, str]) -> list[tuple[str, ...]]:
    """``a|b|c ;; d|e|f`` → [(a, b, c), (d, e, f)]."""
    return [tuple(row.split("|")) for row in case["expected"].split(" ;; ") if row]


def case_doc(case: dict[str, str]) -> DocumentText:
    """A document of the case's sentence, one body paragraph per line, in the case's section."""
    text = case["sentence"]
    paragraphs, pos = [], 0
    for i, line in enumerate(text.split("\n")):
        paragraphs.append(Paragraph(i, pos, pos + len(line), "body", case["section"]))
        pos += len(line) + 1
    return DocumentText("case", case["report_kind"], 2020, text, tuple(paragraphs))
