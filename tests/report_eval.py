"""Score whole composed reports on every item the document stage and the item extractors give.

One folder of ``tests/corpus/`` (``qgen_heldout``: written before any change of this round and never
tuned on; ``qgen_tuning``: used while building) holds ``.txt`` reports with a ``.json`` beside each:
the document's ``kind``/``title``/``place``/``covers_year``/``speaker``/dates/web ``source`` and
``breadcrumb``, ``glossary`` terms as printed (and ``first_use``), expected ``supervision`` rows
(``[form, subject, law]``), ``motions`` (``[type, title, outcome]``), ``aggregates`` that must not
become rows, and ``topics`` (a figure as printed → the topic its indicator row must get).

Rows are matched as in :mod:`tests.corpus_score` (same form, 60% of the subject's bigrams).

``python -m tests.report_eval qgen_heldout [--show]`` prints one line per file and the totals.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.extract.indicators import extract_indicators
from pipelines.extract.motions import extract_motions
from pipelines.extract.supervision import extract_supervision
from pipelines.text.clean import clean_text
from pipelines.text.decode import read_source
from pipelines.text.documents import attach_breadcrumbs, find_documents
from tests.corpus_score import similar

CORPUS = Path(__file__).resolve().parent / "corpus"
FIELDS = ("kind", "title", "place", "covers_year", "speaker", "delivered_on", "published_on", "source",
          "breadcrumb")


@dataclass
class Tally:
    """Counts of one file (or a total): wanted, right and extra per item."""

    counts: dict[str, list[int]] = field(default_factory=dict)  # item -> [wanted, found, rows, false]
    problems: list[str] = field(default_factory=list)

    def add(self, item: str, wanted: int, found: int, rows: int = 0, false: int = 0) -> None:
        c = self.counts.setdefault(item, [0, 0, 0, 0])
        for i, v in enumerate((wanted, found, rows, false)):
            c[i] += v


def _rows_match(expected: list[list[str]], rows: list[tuple[str, str, str]],
                typed: bool) -> tuple[int, set[int], list[str]]:
    hit, used, misses = 0, set(), []
    for exp in expected:
        match = [i for i, (form, text, _) in enumerate(rows)
                 if similar(exp[1], text) and (not typed or form == exp[0])]
        if match:
            hit += 1
            used.update(match)
        else:
            misses.append(f"{exp[0]}:{exp[1]}")
    return hit, used, misses


def evaluate(path: Path) -> Tally:
    """Clean and parse one report and compare everything with its sidecar."""
    want = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    src = read_source(path)
    outcome = clean_text(src.text, src.name, errata=[])
    found = attach_breadcrumbs(find_documents(outcome.text, src.slug), outcome.tracked)
    t = Tally()
    t.add("documents", 1, int(len(found) == 1))
    if len(found) != 1:
        t.problems.append(f"{len(found)} documents")
    meta = found[0].meta
    for f in FIELDS:
        if f not in want:
            continue
        got = (meta.report_kind if f == "kind" else meta.extra.get(f) if f == "breadcrumb"
               else getattr(meta, f, None))
        ok = (want[f] or "") == (got or "")
        t.add(f, 1, int(ok))
        if not ok:
            t.problems.append(f"{f}: want {want[f]!r} got {got!r}")
    docs = [d.doc for d in found]
    notes = {n.term: n for d in docs for n in d.notes}
    terms = want.get("glossary", [])
    t.add("glossary", len(terms), sum(x in notes for x in terms), len(notes),
          sum(x not in terms for x in notes))
    t.problems += [f"glossary missing {x}" for x in terms if x not in notes]
    t.problems += [f"glossary extra {x}" for x in notes if x not in terms]
    for term, text in want.get("first_use", {}).items():
        n = notes.get(term)
        ok = n is not None and n.first_use >= 0 and docs[0].text.startswith(text, n.first_use)
        t.add("first_use", 1, int(ok))
        if not ok:
            t.problems.append(f"first_use wrong {term}")
    for item, fn, typed in (("supervision", extract_supervision, True), ("motions", extract_motions, False)):
        if item not in want:
            continue
        rows, spans = [], []
        for d in docs:
            for r in fn(d):
                rows.append((r.form, r.subject, r.law) if item == "supervision"
                            else (r.motion_type, r.title, ""))
                spans.append((d.text, r.start, r.end))
        hit, used, misses = _rows_match(want[item], rows, typed)
        t.add(item, len(want[item]), hit, len(rows), len(rows) - len(used))
        t.problems += [f"{item} missing {m}" for m in misses]
        t.problems += [f"{item} extra {r[0]}:{r[1]}" for i, r in enumerate(rows) if i not in used]
        aggs = 0
        for text, s, e in spans:
            for agg in want.get("aggregates", []):
                at = text.find(agg)
                aggs += at >= 0 and s < at + len(agg) and e > at
        t.add("aggregates_as_rows", 0, 0, aggs, aggs)
    if want.get("topics"):
        facts = [(d.text, f) for d in docs for f in extract_indicators(d)]
        for fig, topic in want["topics"].items():
            got = [f.topic for text, f in facts if text[f.start:f.end].strip() == fig
                   or text[f.start:f.end].replace(" ", "") == fig.replace(" ", "")]
            ok = bool(got) and got[0] == topic
            t.add("topics", 1, int(ok))
            if not ok:
                t.problems.append(f"topic of {fig}: want {topic} got {got}")
    return t


def evaluate_set(folder: str, show: bool = False) -> Tally:
    total = Tally()
    for path in sorted((CORPUS / folder).glob("*.txt")):
        t = evaluate(path)
        for item, c in t.counts.items():
            total.add(item, *c)
        if show or t.problems:
            print(f"{'-- ' if t.problems else 'ok '}{path.name}: " + "; ".join(t.problems))
    return total


def main(argv: list[str]) -> None:
    folder = argv[0] if argv else "qgen_heldout"
    total = evaluate_set(folder, "--show" in argv)
    print(f"== {folder}")
    for item, (wanted, found, rows, false) in total.counts.items():
        extra = f"  precision {rows - false}/{rows}" if rows else ""
        print(f"  {item:20s} {found}/{wanted}{extra}")


if __name__ == "__main__":
    main(sys.argv[1:])
