"""Write the release's tables from staged files, segment by segment, reusing the last release.

Each table is written in the release's order (``staging.iter_cells``): per group value and staged
file, a *segment* (see ``layout``). A segment the last release already holds (same name, same code,
files verified by sha256) is copied from it: its CSV bytes by offset, its Parquet values from the
row groups that hold them. Only the segments of changed raw files are read from their staged files
and converted. The output is the same bytes as writing every row again: CSV rows are the same
bytes, and each Parquet row group gets the same values (rows are cut into groups of
``writer.BATCH_ROWS`` as before, and each group is written from contiguous arrays).

Primary and foreign keys are checked on the Arrow columns of each batch (``keys.ArrowKeyCheck``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal
from functools import cache
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.publish.keys import ArrowKeyCheck
from pipelines.publish.layout import Cells, ReleaseLayout, Segment, SegmentName, TableLayout, read_range
from pipelines.publish.package import sha256_file
from pipelines.publish.rows import Row
from pipelines.publish.schemas import arrow_schema, columns, field_types
from pipelines.publish.writer import BATCH_ROWS, arrow_column, group_column, parquet_writer, table_spec
from pipelines.staging import StagedHeader, read_table
from pipelines.tables import REGISTRY, names


def csv_rows_bytes(rows: Sequence[Cells]) -> bytes:
    """Rows as the release's CSV prints them (LF line ends, minimal quoting).

    >>> csv_rows_bytes([["a", "b,c"], ["", "1"]])
    b'a,"b,c"\\n,1\\n'
    """
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue().encode("utf-8")


def parse_csv_bytes(data: bytes) -> list[Cells]:
    """The rows of a piece of a release CSV (whole rows, no header)."""
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


class _PreviousTable:
    """Reads segments of one table of the last release: CSV bytes and Parquet rows."""

    def __init__(self, release: Path, layout: TableLayout) -> None:
        self.schema = arrow_schema(layout.table)
        self.csv = release / "data" / f"{layout.table}.csv"
        self.parquet = pq.ParquetFile(release / "data" / f"{layout.table}.parquet")
        self.starts: list[int] = []
        n = 0
        for i in range(self.parquet.num_row_groups):
            self.starts.append(n)
            n += self.parquet.metadata.row_group(i).num_rows
        self.by_name = {s.name: (s, off) for s, off in zip(layout.segments, layout.offsets(), strict=True)}
        self._cached: tuple[int, pa.Table] | None = None
        self._f = self.csv.open("rb")

    def rows(self, first: int, count: int) -> list[pa.Table]:
        """Parquet rows [first, first + count) as slices of the row groups that hold them."""
        out = []
        while count > 0:
            i = max(j for j, s in enumerate(self.starts) if s <= first)
            if self._cached is None or self._cached[0] != i:
                group = self.parquet.read_row_group(i)
                self._cached = (i, pa.Table.from_arrays(group.columns, schema=self.schema))
            group = self._cached[1]
            offset = first - self.starts[i]
            take = min(count, group.num_rows - offset)
            out.append(group.slice(offset, take))
            first, count = first + take, count - take
        return out

    def csv_bytes(self, start: int, end: int) -> bytes:
        self._f.seek(start)
        return self._f.read(end - start)

    def close(self) -> None:
        self._f.close()
        self.parquet.close()


class SegmentWriter:
    """Writes one table's CSV and Parquet from segments; records its layout; checks its keys."""

    def __init__(self, table: str, data_dir: Path, check: ArrowKeyCheck | None) -> None:
        self.table = table
        self.cols, self.kinds, self.schema = table_spec(table)
        self.csv_path = data_dir / f"{table}.csv"
        self.parquet_path = data_dir / f"{table}.parquet"
        header = csv_rows_bytes([self.cols])
        self._csv = self.csv_path.open("wb")
        self._csv.write(header)
        self._parquet = parquet_writer(self.parquet_path, self.schema)
        self.layout = TableLayout(table, header=len(header))
        self.check = check
        self._pending: list[pa.Table] = []
        self._pending_rows = 0
        self._wrote = False
        self.rows = 0

    def _arrow(self, rows: Sequence[Cells]) -> pa.Table:
        cols = list(zip(*rows, strict=True)) if rows else [() for _ in self.cols]
        arrays = [arrow_column(list(cells), kind, req, f.type)
                  for cells, (kind, req), f in zip(cols, self.kinds, self.schema, strict=True)]
        return pa.Table.from_arrays(arrays, schema=self.schema)

    def add_rows(self, name: SegmentName, rows: Sequence[Cells]) -> None:
        """A segment read from its staged file."""
        data = csv_rows_bytes(rows)
        self._add(name, len(rows), data, [self._arrow(rows)] if rows else [])

    def add_copy(self, name: SegmentName, count: int, data: bytes, tables: list[pa.Table]) -> None:
        """A segment copied from the last release (its CSV bytes and Parquet rows, in its schema)."""
        self._add(name, count, data, tables)

    def _add(self, name: SegmentName, count: int, data: bytes, tables: list[pa.Table]) -> None:
        self._csv.write(data)
        self.layout.segments.append(Segment(name[0], name[1], name[2], count, len(data)))
        self._pending += tables
        self._pending_rows += count
        self.rows += count
        while self._pending_rows >= BATCH_ROWS:
            self._emit(BATCH_ROWS)

    def _emit(self, count: int) -> None:
        table = pa.concat_tables(self._pending) if self._pending else self._arrow([])
        batch, rest = table.slice(0, count), table.slice(count)
        # contiguous arrays: the row group is written exactly as from one conversion of its cells
        batch = batch.combine_chunks()
        if self.check is not None:
            self.check.add_table(batch)
        self._parquet.write_table(batch, row_group_size=BATCH_ROWS)
        self._wrote = True
        self._pending = [rest] if rest.num_rows else []
        self._pending_rows -= count

    def close(self) -> TableLayout:
        if self._pending_rows or not self._wrote:
            self._emit(self._pending_rows)
        self._parquet.close()
        self._csv.close()
        self.layout.csv_sha256 = sha256_file(self.csv_path)
        self.layout.parquet_sha256 = sha256_file(self.parquet_path)
        return self.layout


_KEPT_BY: dict[str, Callable[[Row], bool] | None] = {}


def corpus_inputs() -> dict[str, Callable[[Row], bool] | None]:
    """Per input table of the corpus tables, which rows any of them reads (None: all)."""
    wanted: dict[str, list[Callable[[Row], bool] | None]] = {}
    for t in REGISTRY:
        if t.kind == "corpus":
            for name in t.inputs:
                wanted.setdefault(name, []).append(t.input_where.get(name))
    out: dict[str, Callable[[Row], bool] | None] = {}
    for name, wheres in wanted.items():
        distinct = list(dict.fromkeys(wheres))
        if any(w is None for w in distinct):
            out[name] = None
        elif len(distinct) == 1:
            out[name] = distinct[0]
        else:
            out[name] = lambda row, ws=distinct: any(w(row) for w in ws)  # type: ignore[misc]
    _KEPT_BY.update(out)
    return out


@cache
def kept_columns(table: str) -> tuple[str, ...]:
    """The columns of ``table`` kept for the corpus tables that read it, in the table's order: those
    they name (``Table.input_columns``), every column when one of them names none."""
    cols = columns(table)
    wanted: set[str] = set()
    for t in REGISTRY:
        if t.kind == "corpus" and table in t.inputs:
            named = t.input_columns.get(table)
            if not named:
                return tuple(cols)
            wanted.update(named)
    return tuple(c for c in cols if c in wanted) or tuple(cols)


def typed_row(table: str, row: Mapping[str, str]) -> Row:
    """A CSV row typed by its schema: integer → int, number → Decimal, empty → None.

    >>> typed_row("glossary", {"note_id": "g-1", "term": "", "raw_start": "3"})
    {'note_id': 'g-1', 'term': None, 'raw_start': 3}
    """
    return _typer(table, tuple(row))(list(row.values()))


@cache
def _typer(table: str, cols: tuple[str, ...]) -> Callable[[list[str]], Row]:
    kinds = field_types(table)
    ints = [i for i, c in enumerate(cols) if kinds.get(c) == "integer"]
    nums = [i for i, c in enumerate(cols) if kinds.get(c) == "number"]

    def typed(cells: list[str]) -> Row:
        values: list[object] = [v if v != "" else None for v in cells]
        for i in ints:
            if values[i] is not None:
                values[i] = int(cells[i])
        for i in nums:
            if values[i] is not None:
                values[i] = Decimal(cells[i])
        return dict(zip(cols, values, strict=True))

    return typed


def _groups(header: StagedHeader, table: str, cells: list[Cells]) -> dict[str, list[Cells]]:
    gi = columns(table).index(group_column(table))
    out: dict[str, list[Cells]] = {}
    for row in cells:
        out.setdefault(row[gi], []).append(row)
    return out


def write_segments(table: str, headers: Sequence[StagedHeader], data_dir: Path, layout: ReleaseLayout,
                   previous: Path | None, check: ArrowKeyCheck | None) -> int:
    """Write one file or subset table of the release; returns its row count.

    Fills ``layout.tables[table]`` and, for tables the corpus tables read, ``layout.kept[table]``.
    """
    prev_layout = layout.previous
    prev = None
    if prev_layout is not None and previous is not None and table in prev_layout.tables:
        prev = _PreviousTable(previous, prev_layout.tables[table])
    keep_where = corpus_inputs()
    keeps = table in keep_where
    where = keep_where.get(table)
    cols = columns(table)
    kept: dict[SegmentName, str] = {}
    writer = SegmentWriter(table, data_dir, check)
    order = sorted((g, n) for n, h in enumerate(headers) for g in h.tables[table]["groups"])
    cached: tuple[int, dict[str, list[Cells]]] | None = None
    try:
        for group, n in order:
            h = headers[n]
            name = (group, h.source_file, h.tables[table]["sha256"])
            found = prev.by_name.get(name) if prev is not None else None
            if found is not None:
                seg, (first_row, start, end) = found
                data = prev.csv_bytes(start, end)
                writer.add_copy(name, seg.rows, data, prev.rows(first_row, seg.rows))
                if keeps:
                    text = prev_layout.kept.get(table, {}).get(name)  # type: ignore[union-attr]
                    kept[name] = text if text is not None else _keep(parse_csv_bytes(data), cols, where,
                                                                      table)
                continue
            if cached is None or cached[0] != n:
                cached = (n, _groups(h, table, read_table(h, table)))
            rows = cached[1].get(group, [])
            writer.add_rows(name, rows)
            if keeps:
                kept[name] = _keep(rows, cols, where, table)
    finally:
        layout.tables[table] = writer.close()
        if prev is not None:
            prev.close()
    if keeps:
        layout.kept[table] = kept
    pa.default_memory_pool().release_unused()  # give the table's buffers back before the next one
    return writer.rows


def _keep(rows: list[Cells], cols: list[str], where: Callable[[Row], bool] | None, table: str) -> str:
    """The rows ``where`` keeps, in the columns the corpus tables read (:func:`kept_columns`), as CSV text
    (a tenth of the memory of the cells as Python lists)."""
    kept = kept_columns(table)
    at = [cols.index(c) for c in kept] if len(kept) < len(cols) else None
    rows = [r for r in rows if where is None or where(dict(zip(cols, r, strict=True)))]
    return csv_rows_bytes([[r[i] for i in at] for r in rows] if at is not None else rows).decode("utf-8")


class KeptRows:
    """The rows of ``table`` that ``where`` keeps, from the layout's kept rows, in order: typed by the
    schema, or (``typed`` False) as the CSV's strings.

    Iterable again and again, never a list: a corpus table that reduces its input (the panel keeps
    one statement per place, period and code) never holds all the rows it reads."""

    def __init__(self, layout: ReleaseLayout, table: str, where: Callable[[Row], bool] | None,
                 typed: bool = True) -> None:
        self.layout, self.table, self.where, self.typed = layout, table, where, typed

    def __iter__(self) -> Iterator[Row]:
        cols = list(kept_columns(self.table))
        typed = _typer(self.table, tuple(cols)) if self.typed else _as_strings(tuple(cols))
        # the kept rows are those of the corpus tables' ``where``: ask again only for another one
        where = self.where
        test = where if where is not None and where is not _KEPT_BY.get(self.table) else None
        kept = self.layout.kept[self.table]
        for seg in self.layout.tables[self.table].segments:
            text = kept.get(seg.name, "")
            for cells in csv.reader(io.StringIO(text, newline="")) if text else ():
                if test is None or test(dict(zip(cols, cells, strict=True))):
                    yield typed(cells)


def kept_rows(layout: ReleaseLayout, table: str, where: Callable[[Row], bool] | None,
              typed: bool = True) -> KeptRows:
    return KeptRows(layout, table, where, typed)


def _as_strings(cols: tuple[str, ...]) -> Callable[[list[str]], Row]:
    def row(cells: list[str]) -> Row:
        return dict(zip(cols, cells, strict=True))

    return row


def file_tables() -> list[str]:
    return names("file", "subset")


def read_segment_rows(release: Path, tl: TableLayout, wanted: Callable[[Segment], bool]) -> list[Cells]:
    """Rows of the segments ``wanted`` keeps, read by offset from ``release/data/<table>.csv``."""
    out: list[Cells] = []
    path = release / "data" / f"{tl.table}.csv"
    for seg, (_row, start, end) in zip(tl.segments, tl.offsets(), strict=True):
        if wanted(seg):
            out += parse_csv_bytes(read_range(path, start, end))
    return out
