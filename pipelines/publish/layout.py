"""Where each raw file's rows sit in a published release, so that the next release reuses them.

A table of the release is its header row and then *segments*: the rows of one group value (a
document or a raw file, see ``writer.group_column``) that came from one staged file. A segment is
named by (group, source file, sha256 of that file's staged table line): the same name always holds
the same rows, hence the same CSV bytes, Parquet values and spreadsheet bytes. The layout records,
per table, its segments in order with their row and byte counts, the sha256 of the files written,
and the rows the corpus tables need (``input_where``, in the columns they read: ``input_columns``),
and is kept beside the staged files (``staging/release-layout.json``) for the release it describes.

When the next release is built by the same code (same code fingerprint) and the last release's
files still have the recorded sha256, a segment whose name is unchanged is copied from the last
release (bytes of CSV and spreadsheet CSV, values of Parquet) instead of being read from its staged
file again; only segments of changed raw files are read, and the differences between two releases
are found among those segments alone (keys are unique in each release, so a row of an unchanged
segment is in both releases, unchanged).

>>> Segment("doc-1", "a.txt", "ab" * 32, 3, 120).name
('doc-1', 'a.txt', 'abababababababababababababababababababababababababababababababab')
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.publish.package import sha256_file

FORMAT = "release-layout/4"  # 4: the kept rows hold only the columns the corpus tables read
LAYOUT_FILE = "release-layout.json"

Cells = list[str]
SegmentName = tuple[str, str, str]


@dataclass(frozen=True)
class Segment:
    """The rows of one group value from one staged file, as written in a table."""

    group: str
    source: str
    sha: str  # sha256 of the staged file's line of this table
    rows: int
    size: int  # bytes in data/<table>.csv

    @property
    def name(self) -> SegmentName:
        return (self.group, self.source, self.sha)


@dataclass
class TableLayout:
    """One table of a release: header bytes, segments in order, the sha256 of its files."""

    table: str
    header: int = 0  # bytes of the CSV header row
    segments: list[Segment] = field(default_factory=list)
    csv_sha256: str = ""
    parquet_sha256: str = ""
    sheet_sha256: str = ""  # spreadsheet/<table>.csv where the release has one
    sheet_sizes: list[int] = field(default_factory=list)  # per segment, in the spreadsheet CSV
    sheet_header: int = 0

    def offsets(self) -> list[tuple[int, int, int]]:
        """(first row, first byte, end byte) of each segment in the CSV."""
        out, row, pos = [], 0, self.header
        for s in self.segments:
            out.append((row, pos, pos + s.size))
            row, pos = row + s.rows, pos + s.size
        return out

    def sheet_offsets(self) -> list[tuple[int, int]]:
        out, pos = [], self.sheet_header
        for size in self.sheet_sizes:
            out.append((pos, pos + size))
            pos += size
        return out


@dataclass
class ReleaseLayout:
    """The layout of one release (see the module docstring)."""

    version: str = ""
    fingerprint: str = ""
    tables: dict[str, TableLayout] = field(default_factory=dict)
    # rows the corpus tables read, per input table and segment (as CSV text, without header)
    kept: dict[str, dict[SegmentName, str]] = field(default_factory=dict)
    encodings: dict[str, str] = field(default_factory=dict)  # raw sha256 -> encoding
    # the release zip: its sha256, and per entry compressed in pieces (path inside the release) the
    # pieces' ids and compressed lengths (see ``pieces``)
    zip_sha256: str = ""
    zip_pieces: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    # (size, mtime in ns) of the files above once published: a file whose stat is unchanged is not
    # hashed again (as make and rsync decide), any other is checked by its sha256
    stats: dict[str, tuple[int, int]] = field(default_factory=dict)
    previous: ReleaseLayout | None = None  # the verified layout of the release before, if any

    def to_json(self) -> dict:
        return {
            "format": FORMAT, "version": self.version, "fingerprint": self.fingerprint,
            "tables": {t: {"header": tl.header, "csv_sha256": tl.csv_sha256,
                           "parquet_sha256": tl.parquet_sha256, "sheet_sha256": tl.sheet_sha256,
                           "sheet_header": tl.sheet_header, "sheet_sizes": tl.sheet_sizes,
                           "segments": [[s.group, s.source, s.sha, s.rows, s.size] for s in tl.segments]}
                       for t, tl in self.tables.items()},
            "kept": {t: [[list(name), text] for name, text in by.items()] for t, by in self.kept.items()},
            "encodings": self.encodings,
            "zip_sha256": self.zip_sha256,
            "zip_pieces": {k: [list(p) for p in v] for k, v in self.zip_pieces.items()},
            "stats": {k: list(v) for k, v in self.stats.items()},
        }

    @classmethod
    def from_json(cls, data: dict) -> ReleaseLayout:
        if data.get("format") != FORMAT:
            raise ValueError("not a release layout of this pipeline")
        tables = {}
        for t, d in data["tables"].items():
            tables[t] = TableLayout(t, int(d["header"]),
                                    [Segment(str(g), str(src), str(sha), int(r), int(n))
                                     for g, src, sha, r, n in d["segments"]],
                                    str(d["csv_sha256"]), str(d["parquet_sha256"]), str(d["sheet_sha256"]),
                                    [int(x) for x in d["sheet_sizes"]], int(d["sheet_header"]))
        kept = {t: {tuple(name): str(text) for name, text in rows} for t, rows in data["kept"].items()}
        return cls(str(data["version"]), str(data["fingerprint"]), tables, kept,  # type: ignore[arg-type]
                   {str(k): str(v) for k, v in data["encodings"].items()}, str(data.get("zip_sha256", "")),
                   {str(k): [(str(a), int(b)) for a, b in v] for k, v in data.get("zip_pieces", {}).items()},
                   {str(k): (int(v[0]), int(v[1])) for k, v in data.get("stats", {}).items()})

    def record_stats(self, release: Path) -> None:
        """Remember the size and mtime of the release's files this layout names (after publishing)."""
        files = [release / "data" / f"{t}.{ext}" for t in self.tables for ext in ("csv", "parquet")]
        files += [release / "spreadsheet" / f"{t}.csv" for t, tl in self.tables.items() if tl.sheet_sha256]
        files.append(release.parent / f"{release.name}.zip")
        for p in files:
            if p.is_file():
                st = p.stat()
                self.stats[p.relative_to(release.parent).as_posix()] = (st.st_size, st.st_mtime_ns)


def layout_path(out_dir: Path) -> Path:
    return out_dir / "staging" / LAYOUT_FILE


def save_layout(out_dir: Path, layout: ReleaseLayout) -> None:
    """Write the layout atomically (after its release was renamed into place)."""
    path = layout_path(out_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8") as f:  # streamed: never the whole text in memory
        json.dump(layout.to_json(), f, ensure_ascii=False, separators=(",", ":"))
    os.replace(tmp, path)


def load_previous(out_dir: Path, previous: Path | None, fingerprint: str) -> ReleaseLayout | None:
    """The layout of the release ``previous`` when it can be trusted for reuse, else None.

    Trusted means: written for that version by the same code, and every data file (and spreadsheet
    CSV) of that release still has the sha256 recorded when it was published (or, cheaper, the size
    and mtime it had once published).
    """
    path = layout_path(out_dir)
    if previous is None or not path.is_file():
        return None
    try:
        with path.open(encoding="utf-8") as f:
            layout = ReleaseLayout.from_json(json.load(f))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if layout.version != previous.name or layout.fingerprint != fingerprint:
        return None
    def same(path: Path, sha: str) -> bool:
        try:
            st = path.stat()
            if layout.stats.get(path.relative_to(previous.parent).as_posix()) == (st.st_size, st.st_mtime_ns):
                return True
            return sha256_file(path) == sha
        except OSError:
            return False

    for t, tl in layout.tables.items():
        data = previous / "data"
        if not (same(data / f"{t}.csv", tl.csv_sha256) and same(data / f"{t}.parquet", tl.parquet_sha256)):
            return None
        if tl.sheet_sha256 and not same(previous / "spreadsheet" / f"{t}.csv", tl.sheet_sha256):
            tl.sheet_sha256, tl.sheet_sizes = "", []  # the spreadsheet CSV is not reused
    if not layout.zip_sha256 or not same(previous.parent / f"{previous.name}.zip", layout.zip_sha256):
        layout.zip_sha256, layout.zip_pieces = "", {}  # its pieces are not reused
    return layout


# The layout of each release being built, by build folder: the extras (changes, spreadsheet, review,
# catalogue) read it to work on segments instead of whole tables; absent, they read whole files.
_BUILDING: dict[Path, ReleaseLayout] = {}


def register(build: Path, layout: ReleaseLayout) -> None:
    _BUILDING[build.resolve()] = layout


def unregister(build: Path) -> None:
    _BUILDING.pop(build.resolve(), None)


def layout_for(build: Path) -> ReleaseLayout | None:
    """The layout of the release being built in ``build`` (None outside publish_staged)."""
    return _BUILDING.get(build.resolve())


def read_range(path: Path, start: int, end: int) -> bytes:
    with path.open("rb") as f:
        f.seek(start)
        return f.read(end - start)
