"""Turn one raw file's documents and extractions into the release's table rows.

Extractors report clean offsets inside a document; here they become raw offsets through the
file's :class:`~pipelines.text.offsets.TrackedText`, and every row gets a stable identifier.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from pipelines.model import Correction, DocumentText, Fact, Motion, SupervisionAction
from pipelines.publish.doc_rows import doc_rows
from pipelines.text.decode import SourceText
from pipelines.text.documents import FoundDocument
from pipelines.text.offsets import TrackedText

Row = dict[str, object]

try:  # the built-in SHA-1: the same digest, without OpenSSL's set-up cost on each short key
    from _sha1 import sha1 as _sha1
except ImportError:  # an interpreter built without it
    _sha1 = hashlib.sha1


@dataclass
class FileTables:
    """Everything one raw file contributes to a release (tables in registry order)."""

    source_file: str
    source_sha256: str
    tables: dict[str, list[Row]] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)  # doc_id -> cleaned text
    warnings: list[str] = field(default_factory=list)
    code_fingerprint: str = ""  # of the code that built the tables (see pipelines.fingerprint)


@dataclass(frozen=True)
class FileContext:
    """What the rows of one raw file are built from: its text, documents and extracted items.

    ``items`` maps each extracting table (see ``pipelines.tables``) to one list per document.
    """

    src: SourceText
    tracked: TrackedText
    documents: Sequence[FoundDocument]
    items: dict[str, list[list]] = field(default_factory=dict)


def stable_id(prefix: str, *parts: object, length: int = 12) -> str:
    """A short identifier that depends only on its parts: ``stable_id('f', 'a', 1)`` → ``f-…``."""
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:length]}"


def _spans(tracked: TrackedText, found: FoundDocument, start: int, end: int) -> Row:
    raw_start, raw_end = tracked.raw_span(found.start + start, found.start + end)
    return {"raw_start": raw_start, "raw_end": raw_end, "clean_start": start, "clean_end": end}


def document_row(src: SourceText, tracked: TrackedText, found: FoundDocument) -> Row:
    meta, doc = found.meta, found.doc
    raw_start, raw_end = tracked.raw_span(found.start, found.end)
    if found.start == 0:
        raw_start = 0
    return {
        "doc_id": doc.doc_id, "source_file": src.name, "source_sha256": src.sha256,
        "report_kind": meta.report_kind, "place": meta.place, "admin_code": meta.admin_code,
        "title": meta.title, "speaker": meta.speaker, "speaker_role": meta.speaker_role,
        "meeting": meta.meeting, "delivered_on": meta.delivered_on or None,
        "covers_year": meta.covers_year, "kind_evidence": meta.kind_evidence,
        "published_on": meta.published_on or None, "source": meta.source,
        "breadcrumb": meta.extra.get("breadcrumb", ""),
        "text_path": f"texts/{doc.doc_id}.txt",
        "clean_chars": len(doc.text), "raw_start": raw_start, "raw_end": raw_end,
    }


def _digest(key: str) -> str:
    """The first 12 hex digits of the SHA-1 of ``key`` (what :func:`stable_id` keeps)."""
    return _sha1(key.encode("utf-8")).hexdigest()[:12]


# Each row's id is stable_id(prefix, …) of the parts named; spelled out (str of each part, joined
# by \x1f) because a file has thousands of rows and the generic call costs more than the hash.
def fact_row(doc_id: str, tracked: TrackedText, found: FoundDocument, f: Fact) -> Row:
    view = doc_rows(tracked, found)
    raw_start, raw_end = tracked.raw_span(view.offset + f.start, view.offset + f.end)
    k = view.paragraph_index(f.start)  # one lookup for the origin and the section
    origin = "note" if k >= 0 and view.paragraphs[k].kind == "note" else "report"
    return {
        # keyed on where the figure stands and what it says, not on its name, so that a better
        # indicator name in a later release keeps the same id
        "fact_id": "f-" + _digest(f"{doc_id!s}\x1f{raw_start!s}\x1f{raw_end!s}\x1f{f.value!s}\x1f{f.unit!s}"),
        "doc_id": doc_id, "section": view.label(k), "origin": origin, "topic": f.topic,
        "scope": f.scope, "indicator": f.indicator,
        "indicator_code": f.indicator_code, "indicator_en": f.indicator_en,
        "value": f.value, "unit": f.unit, "value_base": f.value_base, "base_unit": f.base_unit,
        # a glossary note explains a term; its figures are not about the report's year
        "status": f.status, "bound": f.bound, "period": f.period if origin == "report" else None,
        "change_kind": f.change_kind,
        "change_value": f.change_value, "change_direction": f.change_direction,
        "name_rule": f.name_rule, "quote": f.quote,
        "raw_start": raw_start, "raw_end": raw_end, "clean_start": f.start, "clean_end": f.end,
    }


def supervision_row(doc_id: str, tracked: TrackedText, found: FoundDocument, a: SupervisionAction) -> Row:
    view = doc_rows(tracked, found)
    raw_start, raw_end = tracked.raw_span(view.offset + a.start, view.offset + a.end)
    return {
        "action_id": "a-" + _digest(f"{doc_id!s}\x1f{raw_start!s}\x1f{raw_end!s}\x1f{a.form!s}\x1f"
                                    f"{a.subject!s}"),
        "doc_id": doc_id, "section": view.section(a.start), "form": a.form, "subject": a.subject,
        "law": a.law, "count": a.count, "actor": a.actor, "rule": a.rule, "quote": a.quote,
        "raw_start": raw_start, "raw_end": raw_end, "clean_start": a.start, "clean_end": a.end,
    }


def motion_row(doc_id: str, tracked: TrackedText, found: FoundDocument, m: Motion) -> Row:
    view = doc_rows(tracked, found)
    raw_start, raw_end = tracked.raw_span(view.offset + m.start, view.offset + m.end)
    return {
        "motion_id": "m-" + _digest(f"{doc_id!s}\x1f{raw_start!s}\x1f{raw_end!s}\x1f{m.title!s}"),
        "doc_id": doc_id, "section": view.section(m.start), "body": m.body, "title": m.title,
        "motion_type": m.motion_type, "outcome": m.outcome, "rule": m.rule, "quote": m.quote,
        "raw_start": raw_start, "raw_end": raw_end, "clean_start": m.start, "clean_end": m.end,
    }


def correction_rows(src: SourceText, corrections: Sequence[Correction]) -> list[Row]:
    """One row per change, numbered in the order the cleaning made them (``step``)."""
    prefix, name = f"{src.slug}-c", src.name  # a file has thousands: nothing rebuilt per row
    out: list[Row] = []
    append = out.append
    n = 0
    for c in corrections:  # each record's __dict__ read directly: fewer lookups per row
        n += 1
        d = c.__dict__
        append({"correction_id": f"{prefix}{n:05d}", "source_file": name, "step": n,
                "raw_start": d["raw_start"], "raw_end": d["raw_end"], "before": d["before"],
                "after": d["after"], "rule": d["rule"]})
    return out


Extractor = Callable[[DocumentText], list]
MakeRow = Callable[[str, TrackedText, FoundDocument, object], Row]


def document_rows(src: SourceText, tracked: TrackedText, documents: Sequence[FoundDocument]) -> list[Row]:
    return [document_row(src, tracked, found) for found in documents]


def documents_of(ctx: FileContext) -> list[Row]:
    """Rows of ``documents`` for one file."""
    return document_rows(ctx.src, ctx.tracked, ctx.documents)


def extracted_rows(ctx: FileContext, items_per_doc: Sequence[Sequence[object]], make: MakeRow,
                   id_column: str) -> list[Row]:
    """One row per extracted item (``make`` turns an item into a row), ids unique in the file."""
    rows: list[Row] = []
    tracked = ctx.tracked
    for found, items in zip(ctx.documents, items_per_doc, strict=True):
        doc_id = found.doc.doc_id  # read once per document, not per row
        rows.extend([make(doc_id, tracked, found, item) for item in items])
    return _unique_ids(rows, id_column)


def _unique_ids(rows: list[Row], column: str) -> list[Row]:
    """Rows that share an id (one figure read as two facts: ``办结率、面商率均为100%``) get
    ``-2``, ``-3`` … in the order the extractor gave them."""
    seen: dict[object, int] = {}
    for row in rows:
        key = row[column]
        n = seen.get(key, 0) + 1
        seen[key] = n
        if n > 1:
            row[column] = f"{key}-{n}"
    return rows


def glossary_rows(tracked: TrackedText, documents: Sequence[FoundDocument]) -> list[Row]:
    rows = []
    for found in documents:
        for note in found.doc.notes:
            spans = _spans(tracked, found, note.start, note.end)
            rows.append({
                "note_id": stable_id("g", found.doc.doc_id, spans["raw_start"], note.term),
                "term": note.term, "definition": note.definition, "doc_id": found.doc.doc_id,
                # issue 13 (helper E1): how the note is printed and where the body first uses the term
                "note_form": note.form, "first_use_start": note.first_use if note.first_use >= 0 else None,
                "first_use_end": note.first_use_end if note.first_use >= 0 else None, **spans,
            })
    return rows


def glossary_of(ctx: FileContext) -> list[Row]:
    """Rows of ``glossary`` for one file."""
    return glossary_rows(ctx.tracked, ctx.documents)


def corrections_of(ctx: FileContext) -> list[Row]:
    """Rows of ``corrections`` for one file."""
    return correction_rows(ctx.src, ctx.tracked.corrections)


def format_value(value: object) -> str:
    """How a cell is written to CSV: Decimal without exponent, None as empty.

    >>> format_value(Decimal("1.5E+3")), format_value(None), format_value(7)
    ('1500', '', '7')
    """
    if value is None:
        return ""
    if isinstance(value, Decimal):
        text = format(value, "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return text or "0"
    if isinstance(value, float):
        return format_value(Decimal(repr(value)))
    return str(value)
