"""``tables.xlsx``: the release as one Excel workbook, for people who open data in a spreadsheet.

One sheet per table resource of the package (data tables, then code lists), in package order, and a
first sheet ``columns`` describing every column (table, column, type, required, description).
Numbers and integers are written as numbers, everything else as text: a cell that starts with
``= + - @`` is stored as a string, never as a formula (CSV/formula injection, OWASP). The CSV files
are unchanged: this workbook is an extra view of them. The file is deterministic: fixed document
times and a zip with fixed entry times (see ``archive.deterministic_zip``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from pipelines.publish.archive import deterministic_zip
from pipelines.publish.package import read_descriptor, sha256_file

WORKBOOK = "tables.xlsx"
SPREADSHEET_DIR = "spreadsheet"
FIXED = dt.datetime(2000, 1, 1)
MAX_CELL = 32767  # Excel's limit on the characters of one cell
SHEET_NAME_MAX = 31
MAX_ROWS = 1_048_576  # Excel's rows per sheet: a longer table is cut there, as the columns sheet says
MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")
FIXED_MODIFIED = rb"\g<1>2000-01-01T00:00:00Z\g<2>"


def typed(value: str, kind: str) -> object:
    """A CSV cell as the workbook stores it: numbers as numbers, the rest as text.

    >>> typed("12.5", "number"), typed("7", "integer"), typed("", "number"), typed("=1+1", "string")
    (12.5, 7, None, '=1+1')
    """
    if value == "":
        return None
    if kind == "integer":
        return int(value)
    if kind == "number":
        return float(value)
    return value[:MAX_CELL]


def _cell(ws, value: object, bold: bool = False) -> object:
    """The value, or a cell that keeps it a string: openpyxl reads a str starting with = as a
    formula (+ - @ stay strings as they are); a plain value is much faster to write than a cell."""
    if not bold and not (isinstance(value, str) and value.startswith("=")):
        return value
    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"  # stored as a string, never a formula
    if bold:
        cell.font = Font(bold=True)
    return cell


def build_workbook(release: Path) -> bytes:
    """The workbook of a release folder, as bytes (before normalising the zip)."""
    package = read_descriptor(release)
    tables = [r for r in package["resources"] if r.get("type") == "table" and r.get("format") == "csv"]
    wb = Workbook(write_only=True)
    wb.properties.created = wb.properties.modified = FIXED
    wb.properties.creator = "district-reports-pipeline"
    wb.properties.title = f"{package['title']} {package['version']}"
    cols = wb.create_sheet("columns")
    cols.append([_cell(cols, h, True) for h in ("table", "column", "type", "required", "description")])
    for res in tables:
        for f in res["schema"]["fields"]:
            req = "yes" if f.get("constraints", {}).get("required") else ""
            values = (res["name"], f["name"], f["type"], req, f.get("description", ""))
            cols.append([_cell(cols, v) for v in values])
        if res.get("x_row_count", 0) >= MAX_ROWS:
            cols.append([res["name"], "", "", "", f"sheet cut at {MAX_ROWS - 1} rows: read {res['path']}"])
    for res in tables:
        kinds = {f["name"]: f["type"] for f in res["schema"]["fields"]}
        ws = wb.create_sheet(res["name"][:SHEET_NAME_MAX])
        with (release / res["path"]).open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            ws.append([_cell(ws, h, True) for h in header])
            for n, row in enumerate(reader, start=2):
                if n > MAX_ROWS:
                    break
                ws.append([_cell(ws, typed(v, kinds.get(h, "string")))
                           for h, v in zip(header, row, strict=True)])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def workbook_max_rows() -> int:
    """Releases up to this many data rows get ``tables.xlsx`` (env ``PIPELINE_WORKBOOK_MAX_ROWS``,
    default 20,000); larger ones get ``spreadsheet/<table>.csv`` instead: writing a workbook costs
    about a millisecond a row, which a corpus of a thousand reports should not pay on every run."""
    return int(os.environ.get("PIPELINE_WORKBOOK_MAX_ROWS", "20000"))


def _data_rows(build: Path) -> int:
    """Line ends in the data CSVs less their headers (read in blocks: a table can be ~100 MB)."""
    total = 0
    for p in (build / "data").glob("*.csv"):
        with p.open("rb") as f:
            total += sum(block.count(b"\n") for block in iter(lambda f=f: f.read(1 << 20), b"")) - 1
    return total


def spreadsheet_csv(data: bytes, kinds: list[str]) -> bytes:
    r"""A data CSV as a spreadsheet opens it: UTF-8 with a BOM (Excel on Chinese Windows reads it as
    UTF-8), and a text cell that starts with ``= + - @`` behind an apostrophe, so that it is never
    run as a formula (OWASP's advice for CSV injection). Number columns stay as they are.

    >>> spreadsheet_csv("a,b\n=1+1,-3\n".encode(), ["string", "number"]).decode("utf-8-sig")
    "a,b\n'=1+1,-3\n"
    """
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(rows[0] if rows else [])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8") + _safe_rows(rows[1:], kinds)


def _safe_rows(rows: list[list[str]], kinds: list[str]) -> bytes:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    for row in rows:
        w.writerow(["'" + v if v[:1] in ("=", "+", "-", "@") and k == "string" else v
                    for v, k in zip(row, kinds, strict=False)])
    return out.getvalue().encode("utf-8")


def _segmented_sheet(build: Path, res: dict, kinds: list[str], target: Path) -> bool:
    """Write ``target`` segment by segment (copying the segments the last release's spreadsheet CSV
    holds); False when the table has no layout. The bytes are those of :func:`spreadsheet_csv`."""
    from pipelines.publish.assemble import parse_csv_bytes
    from pipelines.publish.layout import layout_for, read_range

    layout = layout_for(build)
    tl = layout.tables.get(res["name"]) if layout is not None else None
    if layout is None or tl is None:
        return False
    prev = layout.previous.tables.get(res["name"]) if layout.previous is not None else None
    reuse = {}
    if prev is not None and prev.sheet_sha256 and len(prev.sheet_sizes) == len(prev.segments):
        reuse = {seg.name: span for seg, span in zip(prev.segments, prev.sheet_offsets(), strict=True)}
    old_sheet = build.parent / layout.previous.version / SPREADSHEET_DIR / target.name if reuse else None
    data_path = build / str(res["path"])
    header = spreadsheet_csv(read_range(data_path, 0, tl.header), kinds)
    sizes = []
    with target.open("wb") as out, data_path.open("rb") as data:
        out.write(header)
        for seg, (_row, start, end) in zip(tl.segments, tl.offsets(), strict=True):
            span = reuse.get(seg.name)
            if span is not None and old_sheet is not None:
                piece = read_range(old_sheet, *span)
            else:
                data.seek(start)
                piece = _safe_rows(parse_csv_bytes(data.read(end - start)), kinds)
            out.write(piece)
            sizes.append(len(piece))
    tl.sheet_header, tl.sheet_sizes = len(header), sizes
    tl.sheet_sha256 = sha256_file(target)
    return True


def write_spreadsheet_csvs(build: Path) -> None:
    """``spreadsheet/<table>.csv`` for every table resource of the package (see spreadsheet_csv)."""
    folder = build / SPREADSHEET_DIR
    folder.mkdir(exist_ok=True)
    for res in read_descriptor(build).get("resources", []):
        path = build / str(res.get("path", ""))
        if res.get("format") != "csv" or not path.is_file() or "schema" not in res:
            continue
        kinds = [f.get("type", "string") for f in res["schema"].get("fields", [])]
        if not _segmented_sheet(build, res, kinds, folder / path.name):
            (folder / path.name).write_bytes(spreadsheet_csv(path.read_bytes(), kinds))


def write_spreadsheet(build: Path, previous: Path | None) -> None:
    """Extra: ``tables.xlsx`` of the release being built, with deterministic bytes (or, above
    :func:`workbook_max_rows`, spreadsheet-ready CSV files)."""
    if _data_rows(build) > workbook_max_rows():
        write_spreadsheet_csvs(build)
        return
    with zipfile.ZipFile(io.BytesIO(build_workbook(build))) as zf:
        entries = [(n, zf.read(n)) for n in zf.namelist()]
    # openpyxl stamps the save time into docProps/core.xml whatever the properties say
    entries = [(n, MODIFIED.sub(FIXED_MODIFIED, d) if n == "docProps/core.xml" else d) for n, d in entries]
    deterministic_zip(entries, build / WORKBOOK)
