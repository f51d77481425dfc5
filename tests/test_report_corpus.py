"""Whole composed reports of the quality round (``tests/corpus/qgen_tuning``): every item labelled
in the sidecars is found, with the floors below for the extractors' precision. The held-out set
(``qgen_heldout``) is measured by ``python -m tests.report_eval qgen_heldout``, not held to a floor
here, so that nobody tunes on it."""

from __future__ import annotations

import pytest

from tests.report_eval import evaluate_set


@pytest.fixture(scope="module")
def tuning():
    return evaluate_set("qgen_tuning").counts


@pytest.mark.parametrize("item", ["documents", "kind", "title", "place", "covers_year", "speaker",
                                  "delivered_on", "published_on", "source", "breadcrumb", "glossary",
                                  "first_use", "supervision", "motions", "topics"])
def test_every_labelled_item_is_found(tuning, item):
    wanted, found, _, _ = tuning[item]
    assert wanted > 0 and found == wanted


def test_precision_floors_and_no_aggregate_as_a_row(tuning):
    for item, floor in (("glossary", 1.0), ("supervision", 0.85), ("motions", 1.0)):
        _, _, rows, false = tuning[item]
        assert (rows - false) / rows >= floor, item
    assert tuning["aggregates_as_rows"][2] == 0
