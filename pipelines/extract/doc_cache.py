"""Work on one document that several extractors repeat, done once per document.

The supervision and the two motion finders each split a document into clauses and look up the
section of many positions.  The extract step runs each extractor over all of a file's documents
(one to four reports) in turn, so the last few documents' results are all a cache needs to hold.
Documents are matched by identity (``is``): hashing a document would read its whole text and
structure on every call.

>>> from pipelines.model import DocumentText, Paragraph
>>> doc = DocumentText("d", "npc", 2020, "一、回顾\\n视察。", (Paragraph(0, 0, 4, "heading", ""),
...                    Paragraph(1, 5, 8, "body", "一、回顾")))
>>> section_at(doc, 6), section_at(doc, 4), section_at(doc, 6) == doc.section_at(6)
('一、回顾', '', True)
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from pipelines.model import DocumentText

T = TypeVar("T")


_KEEP = 8  # documents remembered: more than a file's reports


def per_document(fn: Callable[[DocumentText], T]) -> Callable[[DocumentText], T]:
    """``fn(doc)`` computed once for each of the last few documents it was called with (by identity).

    The result is shared by every caller: ``fn`` must return an immutable value (a tuple).
    """
    recent: list[tuple[DocumentText, T]] = []

    @wraps(fn)
    def cached(doc: DocumentText) -> T:
        for seen, value in tuple(recent):  # a copy: another thread may change the list meanwhile
            if seen is doc:
                return value
        value = fn(doc)
        recent.insert(0, (doc, value))
        del recent[_KEEP:]
        return value

    return cached


@per_document
def _section_index(doc: DocumentText) -> tuple[list[int], list[int], list[str]] | None:
    """Starts, ends and sections of the paragraphs, or None when they are not sorted apart
    (then the first paragraph that holds a position wins, which only a scan can tell)."""
    paras = doc.paragraphs
    if any(b.start < a.end for a, b in zip(paras, paras[1:], strict=False)):
        return None
    return [p.start for p in paras], [p.end for p in paras], [p.section for p in paras]


def section_at(doc: DocumentText, pos: int) -> str:
    """``doc.section_at(pos)`` (the heading path of the paragraph holding ``pos``), by bisection."""
    index = _section_index(doc)
    if index is None:
        return doc.section_at(pos)
    starts, ends, sections = index
    i = bisect_right(starts, pos) - 1
    return sections[i] if i >= 0 and pos < ends[i] else ""
