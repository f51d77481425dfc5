"""Run the document stage on the composed corpus (tests/corpus/) and compare with its sidecar.

``python -m tests.corpus_eval`` prints one line per file and the totals: report kind right,
each header field right, glossary recall per layout, held-out files apart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.text.clean import clean_text
from pipelines.text.decode import read_source
from pipelines.text.documents import FoundDocument, find_documents

CORPUS = Path(__file__).resolve().parent / "corpus"
FIELDS = ("kind", "title", "place", "covers_year", "speaker", "delivered_on", "published_on", "source")


def expected() -> dict[str, dict]:
    """The sidecar's entries, by file name."""
    data = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


@dataclass
class FileResult:
    """What the stage found in one corpus file against what the sidecar expects."""

    name: str
    held_out: bool
    found: dict[str, object]
    wrong: dict[str, tuple[object, object]] = field(default_factory=dict)  # field -> (want, got)
    terms_wanted: int = 0
    terms_found: int = 0
    missing_terms: list[str] = field(default_factory=list)
    first_use_wrong: list[str] = field(default_factory=list)
    line_problems: list[str] = field(default_factory=list)
    documents: int = 0


def _value(found: FoundDocument, name: str) -> object:
    meta = found.meta
    return meta.report_kind if name == "kind" else getattr(meta, name, None)


def evaluate(name: str, want: dict) -> FileResult:
    """Clean and parse one corpus file and compare it with ``want``."""
    src = read_source(CORPUS / name)
    outcome = clean_text(src.text, src.name, errata=[])
    docs = find_documents(outcome.text, src.slug)
    doc = docs[0]
    res = FileResult(name, bool(want.get("held_out")), {f: _value(doc, f) for f in FIELDS},
                     documents=len(docs))
    for f in FIELDS:
        if f in want and (want[f] or "") != (res.found[f] or ""):
            res.wrong[f] = (want[f], res.found[f])
    terms = {n.term: n for d in docs for n in d.doc.notes}
    res.terms_wanted = len(want.get("glossary", []))
    for t in want.get("glossary", []):
        if t in terms:
            res.terms_found += 1
        else:
            res.missing_terms.append(t)
    for t, text in want.get("first_use", {}).items():
        note = terms.get(t)
        at = getattr(note, "first_use", -1) if note else -1
        if at < 0 or not doc.doc.text.startswith(text, at):
            res.first_use_wrong.append(t)
    dropped = {c.before.strip() for c in outcome.corrections if c.rule == "page_number"}
    res.line_problems += [f"deleted {x!r}" for x in want.get("kept_lines", []) if x in dropped]
    res.line_problems += [f"kept {x!r}" for x in want.get("dropped_lines", []) if x not in dropped]
    if want.get("traditional_file") and not any(c.rule == "traditional_file" for c in outcome.corrections):
        res.line_problems.append("no traditional_file corrections")
    return res


def evaluate_all() -> list[FileResult]:
    return [evaluate(name, want) for name, want in expected().items()]


def main() -> None:
    results = evaluate_all()
    sets = {r.name: expected()[r.name].get("held_out_set", 1 if r.held_out else 0) for r in results}
    for part, held in (("tuned", 0), ("held out, set 1 (written first)", 1),
                       ("held out, set 2 (written after tuning, run once blind)", 2)):
        rs = [r for r in results if sets[r.name] == held]
        print(f"== {part}: {len(rs)} files")
        for r in rs:
            bad = "; ".join(f"{k}: want {w!r} got {g!r}" for k, (w, g) in r.wrong.items())
            extra = (f" terms {r.terms_found}/{r.terms_wanted}" if r.terms_wanted else "") + \
                (f" missing {r.missing_terms}" if r.missing_terms else "") + \
                (f" first_use wrong {r.first_use_wrong}" if r.first_use_wrong else "") + \
                (f" lines {r.line_problems}" if r.line_problems else "") + \
                (f" docs={r.documents}" if r.documents != 1 else "")
            flawed = bad or r.missing_terms or r.first_use_wrong or r.line_problems
            print(f"{'-- ' if flawed else 'ok '}{r.name}: {bad}{extra}")
        kinds = sum(1 for r in rs if "kind" not in r.wrong)
        tw, tf = sum(r.terms_wanted for r in rs), sum(r.terms_found for r in rs)
        per_field = {f: sum(1 for r in rs if f not in r.wrong) for f in FIELDS}
        print(f"kind right {kinds}/{len(rs)}; glossary recall {tf}/{tw}; fields right {per_field}")
        fu = sum(len(expected()[r.name].get("first_use", {})) for r in rs)
        print(f"first_use right {fu - sum(len(r.first_use_wrong) for r in rs)}/{fu}")


if __name__ == "__main__":
    main()
