"""Portal extras on real releases of the seed: changes, zip, code lists, catalogue, workbook."""

from __future__ import annotations

import csv
import json
import re
import shutil
import zipfile
from pathlib import Path

import frictionless
import pytest
from openpyxl import load_workbook

from pipelines.fingerprint import code_fingerprint
from pipelines.publish.archive import archive_release
from pipelines.runner import run
from pipelines.text.decode import decode_bytes
from tests.conftest import SEED, copy_seed

pytestmark = pytest.mark.slow

# Foreign keys from the data tables to the code lists (for the lead to add to the table schemas).
CODE_FOREIGN_KEYS = {
    "documents": [("report_kind", "report_kinds")],
    "indicators": [("indicator_code", "indicator_codes"), ("topic", "topics"), ("origin", "origins"),
                   ("qualifier", "qualifiers"), ("status", "statuses"), ("bound", "bounds"),
                   ("change_kind", "change_kinds"), ("change_direction", "change_directions"),
                   ("base_unit", "base_units")],
    "supervision": [("form", "supervision_forms"), ("actor", "actors")],
    "cppcc_motions": [("motion_type", "motion_types"), ("body", "bodies")],
}


def _package(release: Path) -> dict:
    return json.loads((release / "datapackage.json").read_text(encoding="utf-8"))


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_first_release_says_it_is_the_first(seed_release: Path):
    latest = seed_release / "latest"
    doc = json.loads((latest / "changes.json").read_text(encoding="utf-8"))
    assert doc["first_release"] is True and doc["previous_version"] is None
    assert len(doc["tables"]["indicators"]["added"]) == len(_rows(latest / "data" / "indicators.csv"))
    assert "first release" in (latest / "CHANGES.md").read_text(encoding="utf-8")


def test_zip_holds_the_whole_release_and_is_rebuilt_byte_identical(seed_release: Path, tmp_path: Path):
    version = (seed_release / "LATEST").read_text().strip()
    release = seed_release / "releases" / version
    archive = seed_release / "releases" / f"{version}.zip"
    files = sorted(p.relative_to(release).as_posix() for p in release.rglob("*") if p.is_file())
    with zipfile.ZipFile(archive) as zf:
        assert zf.namelist() == [f"{version}/{f}" for f in files]
        assert zf.read(f"{version}/data/indicators.csv") == (release / "data" / "indicators.csv").read_bytes()
    copy = tmp_path / "releases"
    shutil.copytree(release, copy / version)
    assert archive_release(copy, version).read_bytes() == archive.read_bytes()
    assert (seed_release / "latest.zip").read_bytes() == archive.read_bytes()
    for extra in ("review.html", "tables.xlsx", "CHANGES.md", "changes.json", "catalogue.jsonld"):
        assert extra in files, extra


def test_sha256sums_cover_the_extras(seed_release: Path):
    sums = (seed_release / "latest" / "SHA256SUMS").read_text(encoding="utf-8")
    for extra in ("review.html", "tables.xlsx", "changes.json", "catalogue.jsonld", "data/actors.csv"):
        assert re.search(rf"  {re.escape(extra)}$", sums, re.M), extra


def test_code_lists_hold_every_code_the_tables_use(seed_release: Path, tmp_path: Path):
    """With the foreign keys the lead is asked to add, the seed's release still validates."""
    latest = seed_release / "latest"
    shutil.copytree(latest.resolve(), tmp_path / "r")
    pkg = _package(tmp_path / "r")
    by_name = {r["name"]: r for r in pkg["resources"]}
    added = 0
    for table, keys in CODE_FOREIGN_KEYS.items():
        schema = by_name[table]["schema"]
        fields = {f["name"] for f in schema["fields"]}
        for column, codes in keys:
            if column in fields and codes in by_name:
                schema.setdefault("foreignKeys", []).append(
                    {"fields": column, "reference": {"resource": codes, "fields": "code"}})
                added += 1
    assert added >= 10
    tables = [r for r in pkg["resources"] if r.get("type") == "table"]
    report = frictionless.Package(dict(pkg, resources=tables), basepath=str(tmp_path / "r")).validate()
    errors = [f"{t.name}: {e.message}" for t in report.tasks for e in t.errors]
    assert errors == []


def test_catalogue_metadata_of_the_seed(seed_release: Path):
    latest = seed_release / "latest"
    pkg = _package(latest)
    docs = _rows(latest / "data" / "documents.csv")
    assert {p["name"] for p in pkg["spatialCoverage"]} == {d["place"] for d in docs if d["place"]}
    codes = {d["admin_code"] for d in docs if d["place"]}
    assert {p.get("admin_code") for p in pkg["spatialCoverage"]} == codes
    years = sorted({int(d["covers_year"]) for d in docs if d["covers_year"]})
    assert pkg["x_years"] == years and pkg["temporalCoverage"] == f"{years[0]}/{years[-1]}"
    assert pkg["x_code_version"]["code_fingerprint"] == code_fingerprint()
    assert any("publisher" in c.get("roles", []) for c in pkg["contributors"])
    files = {r["path"]: r for r in pkg["resources"] if r["type"] == "file" and r["format"] == "txt"}
    assert {f"texts/{d['doc_id']}.txt" for d in docs} <= set(files)
    raw = files[f"raw/{SEED.name}"]
    assert raw["encoding"] == decode_bytes(SEED.read_bytes(), SEED.name)[1]
    assert pkg["sources"][0]["encoding"] == raw["encoding"]
    dcat = json.loads((latest / "catalogue.jsonld").read_text(encoding="utf-8"))
    assert dcat["dcat:version"] == pkg["version"]
    urls = {d["dcat:downloadURL"]["@id"] for d in dcat["dcat:distribution"]}
    assert {"data/indicators.csv", "tables.xlsx", "review.html"} <= urls


def test_workbook_has_a_sheet_per_table_with_every_row(seed_release: Path):
    latest = seed_release / "latest"
    tables = [r for r in _package(latest)["resources"] if r["type"] == "table"]
    wb = load_workbook(latest / "tables.xlsx", read_only=True)
    assert wb.sheetnames == ["columns"] + [r["name"][:31] for r in tables]
    for res in tables:
        sheet_rows = sum(1 for _ in wb[res["name"][:31]].iter_rows(values_only=True))
        assert sheet_rows == 1 + len(_rows(latest / res["path"])), res["name"]


def _edit_one_figure(raw: Path, fact: dict) -> tuple[str, str]:
    """Change one digit of a figure in the raw file, keeping its length (so no offset shifts)."""
    text, encoding = decode_bytes(raw.read_bytes(), raw.name)
    start, end = int(fact["raw_start"]), int(fact["raw_end"])
    span = text[start:end]
    pos = next(i for i, ch in enumerate(span) if ch in "123456789")
    new_digit = "1" if span[pos] != "1" else "2"
    edited = span[:pos] + new_digit + span[pos + 1:]
    raw.write_bytes((text[:start] + edited + text[end:]).encode(encoding))
    return span, edited


def test_changing_one_raw_figure_is_one_changed_row(tmp_path: Path):
    raw = copy_seed(tmp_path / "raw")
    out = tmp_path / "out"
    assert run(raw, out, echo=lambda *_: None).ok
    facts = _rows(out / "latest" / "data" / "indicators.csv")
    fact = next(f for f in facts if f["change_kind"] and "." in f["value"])  # a decimal figure with a change
    _edit_one_figure(raw / SEED.name, fact)
    second = run(raw, out, echo=lambda *_: None)
    assert second.ok and not second.reused
    doc = json.loads((out / "latest" / "changes.json").read_text(encoding="utf-8"))
    assert doc["first_release"] is False and doc["previous_version"] != doc["version"]
    ind = doc["tables"]["indicators"]
    assert ind["added"] == [] and ind["removed"] == [] and ind["moved"] == []
    # the edited row changes its value; rows quoting the same clause change their quote only
    valued = [c for c in ind["changed"] if "value" in c["fields"]]
    assert len(valued) == 1
    assert all(set(c["fields"]) == {"quote"} for c in ind["changed"] if c not in valued)
    change = valued[0]
    assert change.get("key_before", change["key"]) == fact["fact_id"]
    assert change["fields"]["value"]["before"] == fact["value"]
    assert change["fields"]["value"]["after"] != fact["value"]
    assert doc["tables"]["supervision"]["changed"] == []
    assert "## indicators" in (out / "latest" / "CHANGES.md").read_text(encoding="utf-8")


def test_a_large_release_gets_spreadsheet_csvs_instead_of_a_workbook(seed_release: Path, tmp_path: Path,
                                                                      monkeypatch):
    from pipelines.publish.spreadsheet import SPREADSHEET_DIR, write_spreadsheet

    build = tmp_path / "build"
    shutil.copytree(seed_release / "latest", build)
    (build / "tables.xlsx").unlink()
    monkeypatch.setenv("PIPELINE_WORKBOOK_MAX_ROWS", "10")  # the seed is "large" here
    write_spreadsheet(build, None)
    assert not (build / "tables.xlsx").exists()
    copy = (build / SPREADSHEET_DIR / "indicators.csv").read_bytes()
    assert copy.startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads UTF-8
    assert len(_rows(build / "data" / "indicators.csv")) == \
        sum(1 for _ in csv.DictReader(copy.decode("utf-8-sig").splitlines()))
    assert (build / "data" / "indicators.csv").read_bytes() == \
        (seed_release / "latest" / "data" / "indicators.csv").read_bytes()  # data CSVs as they were


def test_the_review_page_of_a_large_release_shows_its_first_documents(seed_release: Path, monkeypatch):
    from pipelines.publish.review import review_page

    monkeypatch.setenv("PIPELINE_REVIEW_MAX_DOCS", "1")
    page, drawn = review_page(seed_release / "latest")
    docs = _rows(seed_release / "latest" / "data" / "documents.csv")
    first = docs[0]["doc_id"]
    assert f"the first 1 of {len(docs)} documents" in page
    own = sum(1 for t in ("indicators", "supervision", "cppcc_motions", "glossary")
              for r in _rows(seed_release / "latest" / "data" / f"{t}.csv") if r["doc_id"] == first)
    assert drawn == own > 0
