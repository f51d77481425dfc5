"""The pipeline's stages as plain functions, one raw file at a time.

Dagster assets (``pipelines/defs``) are thin wrappers over these; tests call them directly.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from pipelines.extract.indicators import extract_indicators
from pipelines.extract.motions import extract_motions
from pipelines.extract.supervision import extract_supervision
from pipelines.publish.rows import FileTables, build_file_tables
from pipelines.text.clean import clean_text
from pipelines.text.decode import SourceText, read_source
from pipelines.text.documents import FoundDocument, find_documents
from pipelines.text.guard import check_report_text
from pipelines.text.offsets import TrackedText

log = logging.getLogger(__name__)

EXTRACTORS = {"indicators": extract_indicators, "supervision": extract_supervision,
              "cppcc_motions": extract_motions}


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
    return find_documents(tracked.text, src.slug)


def extract(src: SourceText, tracked: TrackedText, documents: Sequence[FoundDocument]) -> FileTables:
    """Stage 4: every table's rows for the file."""
    return build_file_tables(src, tracked, documents, EXTRACTORS)


def process_file(path: Path) -> FileTables:
    """All stages for one raw file (what one Dagster partition computes)."""
    src = load(path)
    tracked, warnings = clean(src)
    documents = parse(src, tracked)
    tables = extract(src, tracked, documents)
    tables.warnings.extend(warnings)
    return tables
