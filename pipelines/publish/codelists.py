"""The release's code lists: every coded value of the tables, with Chinese and English labels.

Each list is a CSV resource ``data/<list>.csv`` with a Table Schema from ``schemas/codelists/``:
``indicator_codes`` (from ``pipelines/data/indicator_codes.csv``), ``units`` and ``base_units``
(from ``units.csv``), and one list per coded column (report kinds, supervision forms, motion types,
actors, qualifiers or statuses and bounds, topics …) whose codes are the column's enum in its
schema and whose labels are ``pipelines/data/code_labels.csv``; the English notes of the vocabulary
files behind a column (``supervision_forms.csv``, ``motion_types.csv``) are shipped in ``notes``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import frictionless

from pipelines.publish.package import read_descriptor, save_descriptor, sha256_file
from pipelines.publish.schemas import load_schema, schemas_dir

DATA = Path(__file__).resolve().parents[1] / "data"


class CodeListError(RuntimeError):
    """A code list could not be built or did not validate."""


@dataclass(frozen=True)
class EnumList:
    """A code list whose codes are the enum of one column (the first table that has it)."""

    name: str
    title: str
    columns: tuple[str, ...]  # "table.field" it labels; the first one present gives the codes
    notes_file: str = ""  # a vocabulary file whose English notes belong to the codes
    notes_code_column: str = ""


ENUM_LISTS = (
    EnumList("report_kinds", "Kinds of report", ("documents.report_kind",)),
    EnumList("supervision_forms", "Forms of People's Congress oversight", ("supervision.form",),
             "supervision_forms.csv", "form"),
    EnumList("actors", "Whose oversight action it is", ("supervision.actor",)),
    EnumList("motion_types", "Types of proposal, motion and report", ("cppcc_motions.motion_type",),
             "motion_types.csv", "motion_type"),
    EnumList("bodies", "Bodies a motion was made in", ("cppcc_motions.body",)),
    EnumList("topics", "Topics of numeric facts", ("indicators.topic",)),
    EnumList("origins", "Where in a document a fact was printed", ("indicators.origin",)),
    EnumList("qualifiers", "Qualifiers of a stated figure", ("indicators.qualifier",)),
    EnumList("statuses", "Status of a figure: outcome, estimate or target", ("indicators.status",)),
    EnumList("bounds", "Bound of a stated figure", ("indicators.bound",)),
    EnumList("change_kinds", "Kinds of change stated with a figure", ("indicators.change_kind",)),
    EnumList("change_directions", "Direction of a stated change", ("indicators.change_direction",)),
)


def _read_csv(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def labels() -> dict[str, dict[str, dict[str, str]]]:
    """``code_labels.csv`` as {list: {code: row}}."""
    out: dict[str, dict[str, dict[str, str]]] = {}
    for row in _read_csv("code_labels.csv"):
        out.setdefault(row["list"], {})[row["code"]] = row
    return out


def _field(column: str) -> dict | None:
    table, name = column.split(".")
    try:
        fields = load_schema(table)["fields"]
    except FileNotFoundError:
        return None
    return next((f for f in fields if f["name"] == name), None)


def enum_rows(spec: EnumList, known: dict[str, dict[str, dict[str, str]]]) -> list[dict[str, str]] | None:
    """Rows of an enum list, or None when no table has the column (e.g. a column since renamed).

    A code the labels file does not know yet keeps its code as labels, so a new enum value never
    breaks a release; ``tests/test_portal_codelists.py`` names such codes.
    """
    field = next((f for c in spec.columns if (f := _field(c)) is not None), None)
    if field is None:
        return None
    own = known.get(spec.name, {})
    codes = field.get("constraints", {}).get("enum") or list(own)
    notes: dict[str, list[str]] = {}
    if spec.notes_file:
        for row in _read_csv(spec.notes_file):
            if row.get("role", "type") == "type" and row.get("note"):
                notes.setdefault(row[spec.notes_code_column], []).append(row["note"])
    return [{"code": c, "label_zh": own.get(c, {}).get("label_zh") or c,
             "label_en": own.get(c, {}).get("label_en") or c.replace("_", " "),
             "description": own.get(c, {}).get("description", ""),
             "notes": " | ".join(dict.fromkeys(notes.get(c, [])))} for c in codes]


def indicator_code_rows() -> tuple[list[dict[str, str]], list[str]]:
    """Rows of ``indicator_codes`` and the extra columns of the data file passed through as text."""
    rows = _read_csv("indicator_codes.csv")
    core = {"code", "name_zh", "en", "topic", "aliases"}
    extra = [c for c in (rows[0].keys() if rows else []) if c not in core]
    out = []
    for r in rows:
        names = [n for n in [r["name_zh"], *r.get("aliases", "").split("|")] if n]
        row = {"code": r["code"], "label_zh": names[0] if names else r["code"], "label_en": r["en"],
               "topic": r.get("topic", ""), "aliases": "|".join(names)}
        row.update({c: r.get(c) or "" for c in extra})
        out.append(row)
    return out, extra


def unit_rows(known: dict[str, dict[str, dict[str, str]]]) -> tuple[list[dict], list[dict]]:
    """Rows of ``units`` (each unit as printed, with its factor) and of ``base_units``."""
    units, bases = [], {}
    base_labels = known.get("base_units", {})
    for r in _read_csv("units.csv"):
        b = r["base_unit"]
        en = base_labels.get(b, {}).get("label_en") or b
        units.append({"code": r["unit"], "label_zh": r["unit"], "label_en": f"{r['factor']} {en}",
                      "base_unit": b, "factor": r["factor"], "kind": r["kind"]})
        bases.setdefault(b, {"code": b, "label_zh": base_labels.get(b, {}).get("label_zh") or r["unit"],
                             "label_en": en, "description": f"base unit of {r['kind']}", "notes": ""})
    return units, list(bases.values())


def _schema(name: str) -> dict:
    return json.loads((schemas_dir() / "codelists" / f"{name}.json").read_text(encoding="utf-8"))


def _csv_bytes(columns: list[str], rows: Iterable[dict]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    for r in rows:
        w.writerow([r.get(c, "") for c in columns])
    return buf.getvalue().encode("utf-8")


def code_lists() -> list[tuple[str, str, dict, list[dict]]]:
    """Every code list as (name, title, Table Schema, rows), in the order they are published."""
    known = labels()
    out = []
    ind_rows, extra = indicator_code_rows()
    ind_schema = _schema("indicator_codes")
    ind_schema["fields"] += [{"name": c, "type": "string", "description": f"{c} in indicator_codes.csv."}
                             for c in extra]
    out.append(("indicator_codes", "Indicator codes with Chinese and English names", ind_schema, ind_rows))
    units, bases = unit_rows(known)
    out.append(("units", "Units as printed, with their base unit and factor", _schema("units"), units))
    out.append(("base_units", "Base units of value_base", _schema("codelist"), bases))
    for spec in ENUM_LISTS:
        rows = enum_rows(spec, known)
        if rows is not None:
            schema = dict(_schema("codelist"), description=f"Codes of {', '.join(spec.columns)}.")
            out.append((spec.name, spec.title, schema, rows))
    return out


def write_codelists(build: Path, previous: Path | None) -> None:
    """Extra: write each code list to ``data/``, declare it in datapackage.json, validate them."""
    package = read_descriptor(build)
    names = {r["name"] for r in package["resources"]}
    new = []
    for name, title, schema, rows in code_lists():
        if name in names:
            raise CodeListError(f"code list {name!r} has the name of a resource already in the package")
        path = build / "data" / f"{name}.csv"
        path.write_bytes(_csv_bytes([f["name"] for f in schema["fields"]], rows))
        new.append({"name": name, "type": "table", "title": title, "path": f"data/{name}.csv",
                    "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
                    "bytes": path.stat().st_size, "hash": f"sha256:{sha256_file(path)}",
                    "dialect": {"header": True, "delimiter": ",", "quoteChar": '"'},
                    "schema": schema, "x_row_count": len(rows), "x_code_list": True})
    report = frictionless.Package({"name": "code-lists", "resources": new}, basepath=str(build)).validate()
    errors = [f"{t.name}: {e.message}" for t in report.tasks for e in t.errors]
    errors += [e.message for e in report.errors]
    if errors:
        raise CodeListError("code lists failed validation: " + "; ".join(errors[:10]))
    package["resources"] += new
    save_descriptor(build, package)
