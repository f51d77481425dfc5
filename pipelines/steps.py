"""The pipeline's stages as plain functions, one raw file at a time.

The Dagster assets (``pipelines/defs``) and the runner's workers call these; tests call them directly.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from pipelines import tables as T
from pipelines.publish.rows import FileContext, FileTables
from pipelines.text.clean import clean_text
from pipelines.text.decode import SourceText, read_source
from pipelines.text.documents import FoundDocument, attach_breadcrumbs, find_documents
from pipelines.text.guard import check_report_text
from pipelines.text.offsets import TrackedText

log = logging.getLogger(__name__)


def load(path: Path) -> SourceText:
    """Stage 1: read and decode a raw file (BadInputError names the file and the problem)."""
    src = read_source(path)
    check_report_text(src.text, src.name)  # numbers only, other languages or genres: no report
    return src


def clean(src: SourceText) -> tuple[TrackedText, list[str]]:
    """Stage 2: the cleaned text with its offset map and corrections, and warnings."""
    outcome = clean_text(src.text, src.name)
    return outcome.tracked, [f"{p.kind}: {p.message}" for p in outcome.problems]


def parse(src: SourceText, tracked: TrackedText) -> list[FoundDocument]:
    """Stage 3: the reports of the file, with their structure."""
    return attach_breadcrumbs(find_documents(tracked.text, src.slug), tracked)


def extract_items(documents: Sequence[FoundDocument]) -> dict[str, list[list]]:
    """Stage 4: the typed items (facts, actions, motions) of each document, per table."""
    return T.extract_items(documents)


def rows(src: SourceText, tracked: TrackedText, documents: Sequence[FoundDocument],
         items: dict[str, list[list]]) -> FileTables:
    """Stage 5: every file table's rows (see ``pipelines.tables``) and the documents' texts."""
    ctx = FileContext(src, tracked, documents, items)
    out = FileTables(src.name, src.sha256, T.file_tables(ctx))
    out.texts = {found.doc.doc_id: found.doc.text for found in documents}
    return out


def extract(src: SourceText, tracked: TrackedText, documents: Sequence[FoundDocument]) -> FileTables:
    """Stages 4 and 5."""
    return rows(src, tracked, documents, extract_items(documents))


def process_file(path: Path) -> FileTables:
    """All stages for one raw file."""
    src = load(path)
    tracked, warnings = clean(src)
    documents = parse(src, tracked)
    tables = extract(src, tracked, documents)
    tables.warnings.extend(warnings)
    return tables
