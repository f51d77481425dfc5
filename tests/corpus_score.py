"""Recall and precision of the supervision and motion extractors on the composed corpus.

The corpus (``tests/corpus/supervision/{tuned,heldout}``) holds NPC and CPPCC standing committee
reports written in the genre's style, one ``.txt`` and its expected rows in a ``.json`` beside it.
``heldout`` was written before the extractors were tuned and never looked at while tuning.

An expected row is found when an extracted row of the same form (supervision) shares at least
60% of its subject's (title's) character bigrams; a row that matches no expected row is a false
positive; a row overlapping an aggregate statement (``执法检查和专题视察22次``) is an aggregate
published as an action. Each report runs twice: with the kind the pipeline recognised, and with
the kind given, which isolates these extractors from report recognition.

``benchmarks/supervision_corpus.py`` prints the figures per layout; ``tests/test_corpus.py`` holds
the floor they must not fall below.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from pipelines.extract.motions import extract_motions
from pipelines.extract.supervision import extract_supervision
from pipelines.text.clean import clean_text
from pipelines.text.documents import find_documents

CORPUS = Path(__file__).resolve().parent / "corpus" / "supervision"
# tuned was used while building; each heldout set was written before the tuning round after it.
SPLITS = ("tuned", "heldout", "heldout2", "heldout3", "heldout4")


def bigrams(text: str) -> set[str]:
    """Character bigrams without punctuation: ``《甲乙》丙`` → {甲乙, 乙丙}."""
    t = re.sub(r"[\s“”《》（）()、，。；：]", "", text)
    return {t[i:i + 2] for i in range(len(t) - 1)} or {t}


def similar(want: str, got: str) -> bool:
    """At least 60% of the expected wording's bigrams are in the extracted one."""
    w = bigrams(want)
    return len(w & bigrams(got)) >= 0.6 * len(w)


def score(path: Path, given_kind: bool) -> dict[str, float | int | str]:
    """Counts for one report: expected, found, rows, false positives, aggregates, law right."""
    spec = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    tracked = clean_text(path.read_text(encoding="utf-8"), path.name, errata=[]).tracked
    docs = [f.doc for f in find_documents(tracked.text, "c")]
    if given_kind:
        docs = [replace(d, report_kind=spec["kind"]) for d in docs]
    table = "supervision" if "supervision" in spec else "motions"
    expected = spec[table]
    rows, aggregate_hits = [], 0
    for doc in docs:
        found = extract_supervision(doc) if table == "supervision" else extract_motions(doc)
        for r in found:
            text = r.subject if table == "supervision" else r.title
            form = r.form if table == "supervision" else r.motion_type
            law = getattr(r, "law", "")
            rows.append((form, text, law))
            for agg in spec.get("aggregates", []):
                at = doc.text.find(agg)
                if at >= 0 and r.start < at + len(agg) and r.end > at:
                    aggregate_hits += 1
    hit, law_ok, used = 0, 0, set()
    for exp in expected:
        match = [i for i, (form, text, _) in enumerate(rows)
                 if similar(exp[1], text) and (table == "motions" or form == exp[0])]
        if match:
            hit += 1
            used.update(match)
            law_ok += bool(exp[2:3] and exp[2]) and any(rows[i][2] == exp[2] for i in match)
    laws = sum(1 for e in expected if e[2:3] and e[2] and table == "supervision")
    return {"layout": spec["layout"], "table": table, "expected": len(expected), "found": hit,
            "laws": laws,
            "rows": len(rows), "false": len(rows) - len(used), "aggregates": aggregate_hits,
            "law_ok": law_ok, "kinds": ",".join(d.report_kind for d in docs),
            "misses": [e[1] for e in expected
                       if not any(similar(e[1], t) and (table == "motions" or f == e[0])
                                  for f, t, _ in rows)],
            "extra": [r for i, r in enumerate(rows) if i not in used]}


