"""The compiled naming chain (indicators/chain.py) names every figure as the plain rule loop does.

The chain, its prechecks (GUARDS) and its triggers (TRIGGERS) are for speed only: a precheck or
trigger that is not implied by its rule's own first test would change names.  These tests run the
extractor on the golden naming sentences and on the composed reports of tests/corpus/ twice, once
as it is and once with a plain loop over the rules (no triggers; no prechecks either), and
compare every fact.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipelines.extract.indicators import extract_indicators, naming
from pipelines.extract.indicators.prechecks import GUARDS, TRIGGERS, Key
from pipelines.model import DocumentText, Paragraph

CASES = Path(__file__).parent / "cases" / "naming.csv"
CORPUS = Path(__file__).parent / "corpus"


def _loop(rules):  # the loop run_rules had before its rules were compiled
    def run(s, d, chain):
        fired = set()
        for name, apply, group in rules:
            if group and group in fired:
                continue
            new = apply(s, d)
            if new is None:
                continue
            if group:
                fired.add(group)
            if new.name != d.name or new.extra != d.extra:
                chain.append(name)
            d = new
        return d

    return run


def _plain_with_guards(key):
    k = Key(*key)
    return _loop([e for e in naming._TABLE if e[0] not in GUARDS or GUARDS[e[0]](k)])


def _plain_without_guards(key):
    return _loop(list(naming._TABLE))


def _documents() -> list[DocumentText]:
    from pipelines.steps import clean, load, parse
    from pipelines.text.decode import BadInputError

    docs = []
    with CASES.open(encoding="utf-8") as f:
        for i, row in enumerate(csv.DictReader(f)):
            text = row["sentence"]
            docs.append(DocumentText(f"case-{i}", "government", 2016, text,
                                     (Paragraph(0, 0, len(text), "body", ""),)))
    for path in sorted(CORPUS.glob("*.txt")):
        try:
            src = load(path)
        except BadInputError:  # a text that is meant to be refused
            continue
        tracked, _ = clean(src)
        docs.extend(found.doc for found in parse(src, tracked))
    return docs


@pytest.fixture(scope="module")
def documents() -> list[DocumentText]:
    docs = _documents()
    assert len(docs) > 90  # the golden sentences and the corpus's reports
    return docs


@pytest.mark.parametrize("plain", [_plain_with_guards, _plain_without_guards])
def test_the_compiled_chain_names_as_the_plain_loop(documents, plain, monkeypatch):
    compiled = [extract_indicators(d) for d in documents]
    monkeypatch.setattr(naming, "_rules_for", plain)
    looped = [extract_indicators(d) for d in documents]
    assert sum(map(len, compiled)) > 300
    assert compiled == looped


def test_every_trigger_and_guard_names_a_rule():
    rules = {r.name for r in naming.RULES}
    assert set(TRIGGERS) <= rules
    assert set(GUARDS) <= rules
