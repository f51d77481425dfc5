"""Dagster metadata built from the Frictionless schemas: column schema, row count, preview."""


from collections.abc import Sequence

import dagster as dg

from pipelines.publish.rows import Row, format_value
from pipelines.publish.schemas import load_schema


def column_schema(table: str) -> dg.TableSchema:
    cols = []
    for f in load_schema(table)["fields"]:
        c = f.get("constraints", {})
        cols.append(dg.TableColumn(
            name=f["name"], type=f["type"], description=f.get("description"),
            constraints=dg.TableColumnConstraints(nullable=not c.get("required", False),
                                                  unique=bool(c.get("unique", False))),
        ))
    return dg.TableSchema(columns=cols)


def preview(rows: Sequence[Row], limit: int = 5, width: int = 30) -> str:
    """The first rows as a markdown table, cells cut to ``width`` characters."""
    if not rows:
        return "(no rows)"
    cols = list(rows[0].keys())

    def cell(v: object) -> str:
        text = format_value(v).replace("|", "\\|").replace("\n", " ")
        return text if len(text) <= width else text[: width - 1] + "…"

    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(cell(r.get(c)) for c in cols) + " |" for r in rows[:limit]]
    return "\n".join(lines)


def table_metadata(table: str, rows: Sequence[Row]) -> dict[str, object]:
    return {
        "dagster/row_count": len(rows),
        "dagster/column_schema": column_schema(table),
        "preview": dg.MetadataValue.md(preview(rows)),
    }
