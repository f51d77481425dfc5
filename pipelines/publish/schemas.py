"""The Frictionless Table Schemas in ``schemas/``: loading, column order, Arrow types.

The JSON files are the single source of truth for the release's columns; the CSV writer, the
Parquet writer, the data dictionary and the Dagster column metadata all read them.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

import pyarrow as pa

from pipelines.tables import REGISTRY, names

# The tables, their order and titles come from the registry (pipelines.tables).
TABLES = names()
TOPIC_TABLES = tuple(t.name for t in REGISTRY if t.kind == "subset")
TABLE_TITLES = {t.name: t.title for t in REGISTRY}

_ARROW = {
    "string": pa.string(),
    "integer": pa.int64(),
    "number": pa.float64(),
    "date": pa.date32(),
    "boolean": pa.bool_(),
}


def schemas_dir() -> Path:
    """``schemas/`` of the project (``PIPELINE_SCHEMAS_DIR`` overrides it).

    From a wheel (no checkout beside the package) the copy installed as ``pipelines/_schemas``.
    """
    env = os.environ.get("PIPELINE_SCHEMAS_DIR")
    if env:
        return Path(env)
    checkout = Path(__file__).resolve().parents[2] / "schemas"
    return checkout if checkout.is_dir() else Path(__file__).resolve().parents[1] / "_schemas"


@cache
def load_schema(table: str) -> dict:
    """The Table Schema of ``table`` as a dict."""
    path = schemas_dir() / f"{table}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise FileNotFoundError(f"no Table Schema for table {table!r} at {path}") from exc


def columns(table: str) -> list[str]:
    """Column names of ``table`` in schema order."""
    return [f["name"] for f in load_schema(table)["fields"]]


def field_types(table: str) -> dict[str, str]:
    return {f["name"]: f["type"] for f in load_schema(table)["fields"]}


def arrow_schema(table: str) -> pa.Schema:
    """An explicit Arrow schema for the Parquet file (no pandas metadata)."""
    fields = []
    for f in load_schema(table)["fields"]:
        required = f.get("constraints", {}).get("required", False)
        fields.append(pa.field(f["name"], _ARROW[f["type"]], nullable=not required,
                               metadata={"description": f.get("description", "")}))
    return pa.schema(fields)
