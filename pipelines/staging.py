"""Staged tables of one raw file: plain JSON lines with content hashes, never code.

A staged file holds what one raw file contributes to a release, already validated:

    line 1   header: format, source file and sha256, code fingerprint, per table the row count,
             the groups (values of the first sort column, in order) and the sha256 of its line
    line 2…  one line per file/subset table in registry order: a JSON list of rows, each a list of
             CSV cells (strings) in schema column order, rows sorted as the release sorts them
    last     the documents' cleaned texts {doc_id: text} (hash in the header)

Reading checks the format, the columns and every line's hash: a file that was corrupted, planted
by hand or written by other code is :class:`StaleStaging` and gets rebuilt; nothing in it is ever
executed (no pickle).

>>> header_line({"format": FORMAT})[:40]
b'{"format":"district-reports-staged/1"}\\n'
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipelines.publish.rows import FileTables
from pipelines.publish.schemas import columns
from pipelines.publish.writer import cells_of, group_column
from pipelines.tables import names

FORMAT = "district-reports-staged/1"
SUFFIX = ".staged.jsonl"

Cells = list[str]


class StaleStaging(ValueError):
    """A staged file that cannot be trusted (missing, corrupt, foreign, or for other bytes/code)."""


@dataclass(frozen=True)
class StagedHeader:
    """The first line of a staged file."""

    path: Path
    source_file: str
    source_sha256: str
    code_fingerprint: str
    tables: dict[str, dict]  # name -> {"rows": n, "groups": [...], "sha256": ...}
    doc_ids: list[str]
    warnings: list[str]
    texts_sha256: str


def staged_path(staging: Path, key: str) -> Path:
    return staging / f"{key}{SUFFIX}"


def _line(obj: object) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def header_line(header: dict) -> bytes:
    return _line(header)


def encode(bundle: FileTables, fingerprint: str) -> bytes:
    """The staged file's bytes for one raw file's validated tables."""
    lines, tables = [], {}
    for t in names("file", "subset"):
        cells = cells_of(t, bundle.tables.get(t, []))
        line = _line(cells)
        gi = columns(t).index(group_column(t))
        groups: list[str] = []
        for row in cells:
            if not groups or groups[-1] != row[gi]:
                groups.append(row[gi])
        tables[t] = {"rows": len(cells), "groups": groups, "sha256": hashlib.sha256(line).hexdigest()}
        lines.append(line)
    texts = _line(dict(sorted(bundle.texts.items())))
    header = {"format": FORMAT, "source_file": bundle.source_file, "source_sha256": bundle.source_sha256,
              "code_fingerprint": fingerprint, "tables": tables, "doc_ids": sorted(bundle.texts),
              "warnings": bundle.warnings, "texts_sha256": hashlib.sha256(texts).hexdigest()}
    return header_line(header) + b"".join(lines) + texts


def write_staged(path: Path, data: bytes) -> None:
    """Write atomically (temporary file, fsync, rename) so a kill never leaves half a file."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def read_header(path: Path) -> StagedHeader:
    """The header of a staged file; StaleStaging when it is not one of ours."""
    try:
        with path.open("rb") as f:
            first = f.readline(1 << 24)
        h = json.loads(first)
        if not isinstance(h, dict) or h.get("format") != FORMAT:
            raise StaleStaging(f"{path.name}: not a staged file of this pipeline")
        tables = h["tables"]
        if list(tables) != list(names("file", "subset")):
            raise StaleStaging(f"{path.name}: staged for other tables")
        return StagedHeader(path, str(h["source_file"]), str(h["source_sha256"]),
                            str(h["code_fingerprint"]), tables, list(h["doc_ids"]),
                            [str(w) for w in h["warnings"]], str(h["texts_sha256"]))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        if isinstance(exc, StaleStaging):
            raise
        raise StaleStaging(f"{path.name}: unreadable staged file ({type(exc).__name__})") from exc


def _lines(path: Path) -> list[bytes]:
    return path.read_bytes().split(b"\n")


def read_table(header: StagedHeader, table: str, lines: list[bytes] | None = None) -> list[Cells]:
    """The cells of one table of a staged file, after checking its hash and shape."""
    order = list(header.tables)
    lines = lines if lines is not None else _lines(header.path)
    i = order.index(table) + 1
    line = lines[i] + b"\n" if i < len(lines) else b""
    if hashlib.sha256(line).hexdigest() != header.tables[table]["sha256"]:
        raise StaleStaging(f"{header.path.name}: table {table} does not match its hash")
    rows = json.loads(line)
    width = len(columns(table))
    if type(rows) is not list or not all(type(r) is list and len(r) == width for r in rows):
        raise StaleStaging(f"{header.path.name}: table {table} has rows of the wrong shape")
    return rows


def read_texts(header: StagedHeader, lines: list[bytes] | None = None) -> dict[str, str]:
    lines = lines if lines is not None else _lines(header.path)
    i = len(header.tables) + 1
    line = lines[i] + b"\n" if i < len(lines) else b""
    if hashlib.sha256(line).hexdigest() != header.texts_sha256:
        raise StaleStaging(f"{header.path.name}: texts do not match their hash")
    texts = json.loads(line)
    if not isinstance(texts, dict):
        raise StaleStaging(f"{header.path.name}: texts are not a mapping")
    return {str(k): str(v) for k, v in texts.items()}


def verify(header: StagedHeader) -> None:
    """Check every line of a staged file against its hash (StaleStaging when one differs)."""
    lines = _lines(header.path)
    for t in header.tables:
        read_table(header, t, lines)
    read_texts(header, lines)


def verify_hashes(header: StagedHeader) -> None:
    """Check every line of a staged file against its hash without parsing it (StaleStaging when
    one differs): what a run needs to trust a staged file it may not read at all, because the last
    release holds its rows. The lines' shape is checked when they are read (:func:`read_table`)."""
    lines = _lines(header.path)
    order = list(header.tables)
    for i, t in enumerate(order, 1):
        line = lines[i] + b"\n" if i < len(lines) else b""
        if hashlib.sha256(line).hexdigest() != header.tables[t]["sha256"]:
            raise StaleStaging(f"{header.path.name}: table {t} does not match its hash")
    i = len(order) + 1
    line = lines[i] + b"\n" if i < len(lines) else b""
    if hashlib.sha256(line).hexdigest() != header.texts_sha256:
        raise StaleStaging(f"{header.path.name}: texts do not match their hash")


def iter_cells(headers: Sequence[StagedHeader], table: str) -> Iterator[Cells]:
    """The rows of ``table`` over many staged files, in the release's order.

    Rows are grouped by the table's first sort column (a document or a source file, which belongs
    to one raw file); groups are ordered across files, rows inside a group as staged.
    """
    groups = sorted((g, n) for n, h in enumerate(headers) for g in h.tables[table]["groups"])
    gi = columns(table).index(group_column(table))
    cached: tuple[int, list[Cells]] | None = None
    for group, n in groups:
        if cached is None or cached[0] != n:
            cached = (n, read_table(headers[n], table))
        for row in cached[1]:
            if row[gi] == group:
                yield row
