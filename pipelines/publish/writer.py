"""Write a table as deterministic CSV and as Parquet from the same cells, in record batches.

Rows are sorted by the table's primary key, CSV cells are formatted by one function, and the
Parquet file is written from an explicit Arrow schema without pandas metadata, so the same rows
always give the same bytes. Tables are streamed: memory holds one batch, not the table.
An empty cell is null in Parquet for every optional column (and stays empty in CSV).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipelines.publish.rows import Row, format_value
from pipelines.publish.schemas import arrow_schema, columns, load_schema

BATCH_ROWS = 50_000  # rows per Arrow record batch / Parquet row group (fixed: bytes stay the same)


def group_column(table: str) -> str:
    """The first sort column: the raw file (``source_file``) or the document (``doc_id``).

    Every row with one value of it comes from one raw file, which lets files be merged in order.
    """
    cols = columns(table)
    if "source_file" in cols:
        return "source_file"
    return "doc_id" if "doc_id" in cols else cols[0]


def sort_rows(table: str, rows: Sequence[Row]) -> list[Row]:
    """Rows in a deterministic order: by document and raw place where there are such, then key."""
    cols = columns(table)
    key_cols = [c for c in (group_column(table), "raw_start", "raw_end") if c in cols]
    key_cols += list(load_schema(table).get("primaryKey", []))

    def key(r: Row) -> tuple:
        return tuple((0, v) if isinstance(v, int) else (1, str(v)) for v in (r.get(c) for c in key_cols))

    return sorted(rows, key=key)


def cells_of(table: str, rows: Sequence[Row]) -> list[list[str]]:
    """Rows as the CSV cells they become, in the release's order.

    >>> cells_of("glossary", [{"note_id": "g-1", "term": "甲", "definition": "乙", "doc_id": "d",
    ...                        "raw_start": 3, "raw_end": 4, "clean_start": 1, "clean_end": 2}])[0][:3]
    ['g-1', '甲', '乙']
    """
    cols = columns(table)
    return [[format_value(r.get(c)) for c in cols] for r in sort_rows(table, rows)]


def csv_bytes(table: str, rows: Sequence[Row]) -> bytes:
    """UTF-8 CSV with a header row, LF line ends, minimal quoting."""
    import io

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns(table))
    writer.writerows([format_value(r.get(c)) for c in columns(table)] for r in rows)
    return buf.getvalue().encode("utf-8")


def typed_cell(kind: str, text: str, required: bool) -> object:
    """A CSV cell as its Parquet value: empty is null unless the column is a required string.

    >>> typed_cell("number", "1.5", False), typed_cell("string", "", False), typed_cell("integer", "7", True)
    (1.5, None, 7)
    """
    if text == "":
        return "" if kind == "string" and required else None
    if kind == "number":
        return float(text)
    if kind == "integer":
        return int(text)
    if kind == "date":
        return dt.date.fromisoformat(text)
    if kind == "boolean":
        return text.lower() in ("true", "1", "yes")
    return text


def arrow_column(cells: list[str], kind: str, required: bool, type_: pa.DataType) -> pa.Array:
    """A column of CSV cells as an Arrow array (vectorised :func:`typed_cell`).

    >>> arrow_column(["1.5", ""], "number", False, pa.float64()).to_pylist()
    [1.5, None]
    """
    arr = pa.array(cells, type=pa.string())
    if not (kind == "string" and required):
        arr = pc.if_else(pc.equal(arr, ""), pa.scalar(None, pa.string()), arr)
    if kind == "string":
        return arr
    if kind == "boolean":
        return pa.array([None if c is None else typed_cell(kind, c, required) for c in arr.to_pylist()],
                        type=pa.bool_())
    return arr.cast(type_)


def table_spec(table: str) -> tuple[list[str], list[tuple[str, bool]], pa.Schema]:
    """A table's columns, (type, required) per column and Arrow schema, from its Table Schema."""
    fields = load_schema(table)["fields"]
    kinds = [(f["type"], bool(f.get("constraints", {}).get("required"))) for f in fields]
    return columns(table), kinds, arrow_schema(table)


def parquet_writer(path: Path, schema: pa.Schema) -> pq.ParquetWriter:
    """The release's Parquet settings (one place, so every writer gives the same bytes)."""
    return pq.ParquetWriter(path, schema, compression="zstd", write_statistics=True, store_schema=False)


class TableWriter:
    """Streams cells of one table into ``data/<table>.csv`` and ``data/<table>.parquet``."""

    def __init__(self, table: str, data_dir: Path) -> None:
        self.table = table
        self.cols, self.kinds, self.schema = table_spec(table)
        self.csv_path = data_dir / f"{table}.csv"
        self.parquet_path = data_dir / f"{table}.parquet"
        self._csv = self.csv_path.open("w", encoding="utf-8", newline="")
        self._writer = csv.writer(self._csv, lineterminator="\n")
        self._writer.writerow(self.cols)
        self._parquet = parquet_writer(self.parquet_path, self.schema)
        self._batch: list[list[str]] = []
        self.rows = 0
        self._wrote_parquet = False

    def write(self, cells: Iterable[list[str]]) -> None:
        for row in cells:
            self.write_row(row)

    def write_row(self, row: list[str]) -> None:
        self._batch.append(row)
        if len(self._batch) >= BATCH_ROWS:
            self._flush()

    def _flush(self) -> None:
        if not self._batch and self._wrote_parquet:
            return
        self._writer.writerows(self._batch)
        columns_ = list(zip(*self._batch, strict=True)) if self._batch else [() for _ in self.cols]
        arrays = [arrow_column(list(cells), kind, req, f.type)
                  for cells, (kind, req), f in zip(columns_, self.kinds, self.schema, strict=True)]
        self._parquet.write_table(pa.Table.from_arrays(arrays, schema=self.schema), row_group_size=BATCH_ROWS)
        self._wrote_parquet = True
        self.rows += len(self._batch)
        self._batch = []

    def close(self) -> int:
        """Flush and close both files; returns the number of rows written."""
        if self._batch or not self._wrote_parquet:
            self._flush()
        self._parquet.close()
        self._csv.close()
        return self.rows


def write_cells(table: str, cells: Iterable[list[str]], data_dir: Path) -> int:
    """Write a table from cells already in the release's order; returns its row count."""
    w = TableWriter(table, data_dir)
    try:
        w.write(cells)
    finally:
        n = w.close()
    return n


def write_table(table: str, rows: Sequence[Row], data_dir: Path) -> tuple[Path, Path]:
    """Write ``data/<table>.csv`` and ``data/<table>.parquet`` from typed rows; returns both paths."""
    write_cells(table, cells_of(table, rows), data_dir)
    return data_dir / f"{table}.csv", data_dir / f"{table}.parquet"
