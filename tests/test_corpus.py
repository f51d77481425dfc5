"""Table-driven checks on the composed corpus (tests/corpus/): one case per file of expected.json.

Each file is cleaned and parsed; its report kind, title, place, covers_year, speaker, dates and web
source, its glossary terms (with the body's first use of each) and its kept or dropped year lines
must be what the sidecar says.
"""

from __future__ import annotations

import pytest

from .corpus_eval import FIELDS, evaluate, expected

CASES = expected()


@pytest.mark.parametrize("name", sorted(CASES))
def test_corpus_file_header_fields(name: str) -> None:
    res = evaluate(name, CASES[name])
    assert res.documents == 1
    assert res.wrong == {}, res.wrong


@pytest.mark.parametrize("name", sorted(n for n in CASES if CASES[n].get("glossary")))
def test_corpus_file_glossary_terms_and_first_use(name: str) -> None:
    res = evaluate(name, CASES[name])
    assert res.missing_terms == []
    assert res.first_use_wrong == []


@pytest.mark.parametrize("name", sorted(n for n in CASES if any(
    k in CASES[n] for k in ("kept_lines", "dropped_lines", "traditional_file"))))
def test_corpus_file_cleaning_of_heads_and_characters(name: str) -> None:
    assert evaluate(name, CASES[name]).line_problems == []


def test_sidecar_names_every_corpus_file_and_every_kind() -> None:
    from .corpus_eval import CORPUS

    files = {p.name for p in CORPUS.glob("*.txt")}
    assert files == set(CASES)
    from pipelines.model import REPORT_KINDS

    assert {c["kind"] for c in CASES.values()} == set(REPORT_KINDS)
    assert all(set(FIELDS[:4]) <= set(c) for c in CASES.values())
