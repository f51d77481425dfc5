"""Golden naming cases (``tests/cases/naming.csv``), run table-driven.

Each case is a composed sentence, the value and unit of one of its figures, the name expected
for it and the naming rules expected to make that name.  Where two figures of a sentence share
value and unit (``办结率、满意率均为100%``), the case is about the last of them.
"""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from pipelines.extract.indicators import RULE_NAMES, extract_indicators, name_rule_counts
from pipelines.model import DocumentText, Paragraph

CASES = Path(__file__).parent / "cases" / "naming.csv"


def _cases() -> list[dict[str, str]]:
    with CASES.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _doc(text: str) -> DocumentText:
    return DocumentText("case", "government", 2018, text, (Paragraph(0, 0, len(text), "body", ""),))


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["sentence"][:16])
def test_golden_name(case: dict[str, str]) -> None:
    found = [f for f in extract_indicators(_doc(case["sentence"]))
             if f.value == Decimal(case["value"]) and f.unit == case["unit"]]
    assert found, f"no figure {case['value']}{case['unit']} found"
    assert (found[-1].indicator, found[-1].name_rule) == (case["indicator"], case["name_rule"])


def test_every_rule_has_a_golden_case() -> None:
    used = name_rule_counts({"name_rule": c["name_rule"]} for c in _cases())
    assert [r for r in RULE_NAMES if r not in used] == []
    assert set(used) <= set(RULE_NAMES)


SCOPES = Path(__file__).parent / "cases" / "scope.csv"


def _scope_cases() -> list[dict[str, str]]:
    with SCOPES.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("case", _scope_cases(), ids=lambda c: c["sentence"][:16])
def test_golden_scope(case: dict[str, str]) -> None:
    """The owner of a figure stands apart from its name; the place itself is no owner."""
    found = [f for f in extract_indicators(_doc(case["sentence"]))
             if f.value == Decimal(case["value"]) and f.unit == case["unit"]]
    assert found, f"no figure {case['value']}{case['unit']} found"
    assert (found[-1].scope, found[-1].indicator) == (case["scope"], case["indicator"])


def test_a_part_of_the_place_gets_no_place_level_code() -> None:
    text = "全县一般公共预算收入32亿元。县经济开发区实现一般公共预算收入5亿元。"
    found = extract_indicators(_doc(text))
    assert [(f.scope, f.indicator, bool(f.indicator_code)) for f in found] == [
        ("", "一般公共预算收入", True), ("县经济开发区", "一般公共预算收入", False)]
