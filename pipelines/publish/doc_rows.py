"""What every row of one document needs, looked up once per document rather than once per row.

A file gives hundreds of rows per document (figures, actions, motions); each row needs the
paragraph that holds it and that paragraph's section label (its heading path and lead sentence).
The label is the same for every row of a paragraph, so it is built once per paragraph here, and
the paragraph is found by bisection over starts kept in a list.

>>> from pipelines.model import DocumentText, Paragraph
>>> from pipelines.text.documents import FoundDocument
>>> from pipelines.text.offsets import TrackedText
>>> text = "（一）经济\\n做强工业经济。新增企业10家。"
>>> paras = (Paragraph(0, 0, 5, "heading", "（一）经济"), Paragraph(1, 6, 21, "body", "（一）经济"))
>>> found = FoundDocument(0, len(text), None, DocumentText("d", "government", 2020, text, paras))
>>> view = doc_rows(TrackedText.from_raw(text), found)
>>> view.section(15), view.section(5), view.offset
('（一）经济 > 做强工业经济', '', 0)
"""

from __future__ import annotations

from bisect import bisect_right

from pipelines.model import Paragraph
from pipelines.text.documents import FoundDocument
from pipelines.text.offsets import TrackedText
from pipelines.text.structure import paragraph_lead


class DocRows:
    """One document of a file, for building its rows: its offset, paragraphs and section labels."""

    __slots__ = ("tracked", "found", "offset", "paragraphs", "starts", "labels")

    def __init__(self, tracked: TrackedText, found: FoundDocument) -> None:
        self.tracked = tracked
        self.found = found
        self.offset = found.start
        self.paragraphs: tuple[Paragraph, ...] = found.doc.paragraphs
        self.starts = [p.start for p in self.paragraphs]
        self.labels: dict[int, str] = {}

    def paragraph_index(self, pos: int) -> int:
        """The index of the paragraph holding ``pos``, or -1: what
        :func:`~pipelines.text.structure.paragraph_at` finds (the same bisection)."""
        k = bisect_right(self.starts, pos) - 1
        return k if k >= 0 and pos < self.paragraphs[k].end else -1

    def label(self, k: int) -> str:
        """The section label of paragraph ``k`` (see
        :func:`~pipelines.text.structure.section_label`), '' for -1."""
        if k < 0:
            return ""
        label = self.labels.get(k)
        if label is None:
            p = self.paragraphs[k]
            lead = paragraph_lead(self.found.doc.text, p)
            label = self.labels[k] = " > ".join(x for x in (p.section, lead) if x)
        return label

    def section(self, pos: int) -> str:
        """The section label at ``pos``: ``section_label(text, paragraphs, pos)``."""
        return self.label(self.paragraph_index(pos))


# The rows of a document are made one after another: the last document's view is all to keep.
# One tuple, replaced whole, so a reader on another thread sees a consistent entry.
_last: tuple[TrackedText, FoundDocument, DocRows] | None = None


def doc_rows(tracked: TrackedText, found: FoundDocument) -> DocRows:
    """The view of ``found`` in ``tracked`` (the same object while the same document's rows are
    made; matched by identity, as hashing would read the whole text)."""
    global _last
    last = _last
    if last is not None and last[0] is tracked and last[1] is found:
        return last[2]
    view = DocRows(tracked, found)
    _last = (tracked, found, view)
    return view
