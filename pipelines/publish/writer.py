"""Write a table as deterministic CSV and as Parquet from the same typed rows.

Rows are sorted by the table's primary key, CSV cells are formatted by one function, and the
Parquet file is written from an explicit Arrow schema without pandas metadata, so the same rows
always give the same bytes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.publish.rows import Row, format_value
from pipelines.publish.schemas import arrow_schema, columns, field_types, load_schema


def sort_rows(table: str, rows: Sequence[Row]) -> list[Row]:
    """Rows in a deterministic order: by document and raw place where there are such, then key."""
    cols = columns(table)
    first = ("source_file",) if "source_file" in cols else ("doc_id",)
    key_cols = [c for c in (*first, "raw_start", "raw_end") if c in cols]
    key_cols += list(load_schema(table).get("primaryKey", []))

    def key(r: Row) -> tuple:
        return tuple((0, v) if isinstance(v, int) else (1, str(v)) for v in (r.get(c) for c in key_cols))

    return sorted(rows, key=key)


def csv_bytes(table: str, rows: Sequence[Row]) -> bytes:
    """UTF-8 CSV with a header row, LF line ends, minimal quoting."""
    cols = columns(table)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(cols)
    for r in rows:
        writer.writerow([format_value(r.get(c)) for c in cols])
    return buf.getvalue().encode("utf-8")


def _cell(kind: str, value: object) -> object:
    if value is None or value == "" and kind != "string":
        return None
    if kind == "number":
        return float(value) if isinstance(value, Decimal | int | float) else float(str(value))
    if kind == "integer":
        return int(value)  # type: ignore[arg-type]
    if kind == "date":
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    return value if isinstance(value, str) else format_value(value)


def arrow_table(table: str, rows: Sequence[Row]) -> pa.Table:
    types = field_types(table)
    schema = arrow_schema(table)
    data = {c: [_cell(types[c], r.get(c)) for r in rows] for c in columns(table)}
    return pa.Table.from_pydict(data, schema=schema)


def write_table(table: str, rows: Sequence[Row], data_dir: Path) -> tuple[Path, Path]:
    """Write ``data/<table>.csv`` and ``data/<table>.parquet``; returns both paths."""
    ordered = sort_rows(table, rows)
    csv_path = data_dir / f"{table}.csv"
    csv_path.write_bytes(csv_bytes(table, ordered))
    parquet_path = data_dir / f"{table}.parquet"
    pq.write_table(arrow_table(table, ordered), parquet_path, compression="zstd",
                   write_statistics=True, store_schema=False)
    return csv_path, parquet_path
