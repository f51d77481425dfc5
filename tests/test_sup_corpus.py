"""The composed NPC and CPPCC reports of ``tests/corpus/supervision``: no aggregate is published as
an action, and the rows expected are found (the floor below the figures of docs/supervision.md)."""

from __future__ import annotations

import json

import pytest

from tests.corpus_score import CORPUS, SPLITS, score

REPORTS = sorted(p for split in SPLITS for p in (CORPUS / split).glob("*.txt"))
WITH_AGGREGATES = [p for p in REPORTS
                   if json.loads(p.with_suffix(".json").read_text(encoding="utf-8")).get("aggregates")]


@pytest.mark.parametrize("path", WITH_AGGREGATES, ids=[p.stem for p in WITH_AGGREGATES])
def test_no_aggregate_becomes_a_row(path):
    assert score(path, given_kind=True)["aggregates"] == 0


@pytest.mark.parametrize("table", ["supervision", "motions"])
def test_recall_and_precision_over_the_corpus(table):
    scores = [s for s in (score(p, given_kind=True) for p in REPORTS) if s["table"] == table]
    expected = sum(s["expected"] for s in scores)
    found = sum(s["found"] for s in scores)
    rows = sum(s["rows"] for s in scores)
    false = sum(s["false"] for s in scores)
    assert found / expected >= 0.95
    assert (rows - false) / rows >= 0.95


def test_a_work_plan_publishes_no_action():
    [plan] = [p for p in REPORTS if "plan" in p.stem]
    assert score(plan, given_kind=True)["rows"] == 0
