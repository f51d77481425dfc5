"""Portal extras on composed data: changes, archive, review page, workbook, catalogue, install layout."""

from __future__ import annotations

import csv
import json
import os
import re
import tomllib
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from pipelines.publish.archive import archive_release, deterministic_zip, publish_plain_latest
from pipelines.publish.catalogue import coverage, dcat_dataset
from pipelines.publish.changes import changes_document, changes_markdown, diff_frames
from pipelines.publish.codelists import ENUM_LISTS, code_lists, labels
from pipelines.publish.review import Mark, render_text, uncovered_numbers
from pipelines.publish.schemas import TABLES, load_schema
from pipelines.publish.spreadsheet import build_workbook
from tests.conftest import ROOT


def _frame(rows: list[dict], key: list[str]) -> pd.DataFrame:
    return pd.DataFrame(rows, dtype=str).set_index(key, drop=False)


def _fact(fid: str, value: str, start: int, indicator: str = "一般公共预算收入") -> dict:
    return {"fact_id": fid, "doc_id": "county-2016-government", "indicator": indicator, "value": value,
            "raw_start": str(start), "raw_end": str(start + len(value) + 2)}


# --- changes --------------------------------------------------------------------------------------

def test_a_row_with_the_same_key_reports_only_its_changed_fields():
    old = _frame([_fact("f-1", "9.26", 100), _fact("f-2", "35", 200, "新增城镇就业")], ["fact_id"])
    new = _frame([_fact("f-1", "9.62", 100), _fact("f-2", "35", 200, "新增城镇就业")], ["fact_id"])
    d = diff_frames("indicators", ["fact_id"], old, new)
    assert d.added == [] and d.removed == [] and d.moved == []
    assert d.changed == [{"key": "f-1", "fields": {"value": {"before": "9.26", "after": "9.62"}}}]


def test_a_new_key_at_the_same_place_is_a_changed_row_with_its_old_key():
    # the key depends on the value: an edited figure gets a new key at the same raw place
    old = _frame([_fact("f-a", "128.5", 40), _fact("f-b", "6.8", 90)], ["fact_id"])
    new = _frame([_fact("f-c", "129.5", 40), _fact("f-b", "6.8", 90)], ["fact_id"])
    d = diff_frames("indicators", ["fact_id"], old, new)
    assert d.added == [] and d.removed == []
    assert d.changed == [{"key": "f-c", "key_before": "f-a",
                          "fields": {"value": {"before": "128.5", "after": "129.5"}}}]


def test_rows_shifted_by_an_edit_before_them_are_moved_not_removed_and_added():
    old = _frame([_fact("f-1", "3200", 500), _fact("f-2", "1.2", 530, "完成率")], ["fact_id"])
    new = _frame([_fact("f-7", "3200", 501), _fact("f-8", "1.2", 531, "完成率")], ["fact_id"])
    d = diff_frames("indicators", ["fact_id"], old, new)
    assert d.added == [] and d.removed == [] and d.changed == []
    assert sorted((m["key_before"], m["key"]) for m in d.moved) == [("f-1", "f-7"), ("f-2", "f-8")]


def test_added_and_removed_rows_and_columns():
    old = _frame([{"note_id": "g-1", "term": "河长制", "x": "1"}], ["note_id"])
    new = _frame([{"note_id": "g-2", "term": "网格化管理", "y": "2"}], ["note_id"])
    d = diff_frames("glossary", ["note_id"], old, new)
    assert (d.added, d.removed, d.columns_added, d.columns_removed) == (["g-2"], ["g-1"], ["y"], ["x"])


def test_changes_markdown_says_first_release_and_lists_changes():
    first = changes_markdown(changes_document("1.0.0", None, []))
    assert "first release" in first
    old = _frame([_fact("f-1", "9.26", 100)], ["fact_id"])
    new = _frame([_fact("f-1", "9.62", 100)], ["fact_id"])
    doc = changes_document("1.0.1", "1.0.0", [diff_frames("indicators", ["fact_id"], old, new)])
    text = changes_markdown(doc)
    assert "since 1.0.0" in text and "first release" not in text
    assert "changed `f-1`: value: `9.26` → `9.62`" in text
    assert doc["first_release"] is False


# --- archive --------------------------------------------------------------------------------------

def _tiny_release(root: Path, version: str, text: str) -> Path:
    rel = root / "releases" / version
    (rel / "data").mkdir(parents=True)
    (rel / "data" / "t.csv").write_text(f"id,v\n1,{text}\n", encoding="utf-8")
    (rel / "datapackage.json").write_text('{"name": "x"}\n', encoding="utf-8")
    return rel


def test_zip_of_the_same_content_has_the_same_bytes_whatever_the_file_times(tmp_path: Path):
    _tiny_release(tmp_path / "a", "1.0.0", "某县")
    b = _tiny_release(tmp_path / "b", "1.0.0", "某县")
    os.utime(b / "data" / "t.csv", (1_600_000_000, 1_600_000_000))
    za = archive_release(tmp_path / "a" / "releases", "1.0.0").read_bytes()
    zb = archive_release(tmp_path / "b" / "releases", "1.0.0").read_bytes()
    assert za == zb
    with zipfile.ZipFile(tmp_path / "a" / "releases" / "1.0.0.zip") as zf:
        assert zf.namelist() == ["1.0.0/data/t.csv", "1.0.0/datapackage.json"]
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    c = _tiny_release(tmp_path / "c", "1.0.0", "某市")
    assert archive_release(c.parent, "1.0.0").read_bytes() != za


def test_plain_latest_files(tmp_path: Path):
    _tiny_release(tmp_path, "1.0.3", "x")
    publish_plain_latest(tmp_path, "1.0.3")
    assert (tmp_path / "LATEST").read_text() == "1.0.3\n"
    assert (tmp_path / "latest.zip").read_bytes() == (tmp_path / "releases" / "1.0.3.zip").read_bytes()
    # a second name for the release's zip, not a copy; the next release's zip takes the name over
    # and the old release's zip keeps its bytes
    assert (tmp_path / "latest.zip").samefile(tmp_path / "releases" / "1.0.3.zip")
    old_zip = (tmp_path / "releases" / "1.0.3.zip").read_bytes()
    _tiny_release(tmp_path, "1.0.4", "y")
    publish_plain_latest(tmp_path, "1.0.4")
    assert (tmp_path / "latest.zip").samefile(tmp_path / "releases" / "1.0.4.zip")
    assert (tmp_path / "releases" / "1.0.3.zip").read_bytes() == old_zip
    assert not list(tmp_path.glob(".latest.zip.*"))


def test_plain_latest_is_a_copy_where_hard_links_fail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import os

    def no_links(src: object, dst: object) -> None:
        raise OSError("hard links not supported")

    _tiny_release(tmp_path, "1.0.3", "x")
    monkeypatch.setattr(os, "link", no_links)
    publish_plain_latest(tmp_path, "1.0.3")
    latest = tmp_path / "latest.zip"
    assert not latest.samefile(tmp_path / "releases" / "1.0.3.zip")
    assert latest.read_bytes() == (tmp_path / "releases" / "1.0.3.zip").read_bytes()


def test_deterministic_zip_sorts_entries(tmp_path: Path):
    deterministic_zip([("b", b"2"), ("a", b"1")], tmp_path / "z.zip")
    assert zipfile.ZipFile(tmp_path / "z.zip").namelist() == ["a", "b"]


# --- review page ----------------------------------------------------------------------------------

def test_overlapping_rows_each_get_exactly_one_start():
    text = "视察全县12个乡镇的河道，共3次<和>"
    marks = [Mark(0, "supervision", 0, 11), Mark(1, "indicators", 4, 7), Mark(2, "indicators", 9, 14)]
    html = render_text(text, marks, [], "d")
    starts = re.findall(r'class="hl hl-start[^"]*" data-r="(\d+)"', html)
    assert sorted(starts) == ["0", "1", "2"]
    assert "&lt;和&gt;" in html  # the text is escaped
    plain = re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">")
    assert plain == text


def test_a_row_of_no_width_is_still_drawn():
    html = render_text("全年新增", [Mark(0, "glossary", 2, 2)], [], "d")
    assert html.count("hl-start") == 1 and "hl-empty" in html


def test_uncovered_numbers_skip_dates_rows_and_stated_changes():
    text = "2018年3月，全市新建学校5所，投资8亿元，增长12.5%，另有社区7个"
    fig = text.index("8亿元")
    found = [text[s:e] for s, e in uncovered_numbers(text, [(fig, fig + 3)], [(fig + 3, 12.5)])]
    assert found == ["5", "7"]


# --- workbook -------------------------------------------------------------------------------------

def test_workbook_keeps_formula_like_text_as_text_and_numbers_as_numbers(tmp_path: Path):
    schema = {"fields": [{"name": "id", "type": "string"}, {"name": "title", "type": "string"},
                         {"name": "value", "type": "number", "description": "the figure"}],
              "primaryKey": ["id"]}
    (tmp_path / "data").mkdir()
    with (tmp_path / "data" / "t.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerows([["id", "title", "value"], ["a", '=HYPERLINK("http://x","y")', "-3.5"],
                     ["b", "+86", "12"], ["c", "-某项", ""], ["d", "@sum", "0"]])
    pkg = {"name": "p", "title": "T", "version": "1.0.0", "resources": [
        {"name": "t", "type": "table", "format": "csv", "path": "data/t.csv", "schema": schema}]}
    (tmp_path / "datapackage.json").write_text(json.dumps(pkg), encoding="utf-8")
    (tmp_path / "w.xlsx").write_bytes(build_workbook(tmp_path))
    wb = load_workbook(tmp_path / "w.xlsx")
    assert wb.sheetnames == ["columns", "t"]
    ws = wb["t"]
    titles = [(c.value, c.data_type) for c in ws["B"][1:]]
    assert titles == [('=HYPERLINK("http://x","y")', "s"), ("+86", "s"), ("-某项", "s"), ("@sum", "s")]
    assert [c.value for c in ws["C"][1:]] == [-3.5, 12, None, 0]
    described = list(wb["columns"].iter_rows(values_only=True))
    assert described[3] == ("t", "value", "number", None, "the figure")


# --- code lists -----------------------------------------------------------------------------------

def test_every_coded_value_of_every_schema_has_chinese_and_english_labels():
    known = labels()
    missing = []
    for spec in ENUM_LISTS:
        for column in spec.columns:
            table, name = column.split(".")
            field = next((f for f in load_schema(table)["fields"] if f["name"] == name), None)
            for code in (field or {}).get("constraints", {}).get("enum", []):
                row = known.get(spec.name, {}).get(code)
                if not row or not row["label_zh"] or not row["label_en"]:
                    missing.append(f"{spec.name}: {code}")
    assert missing == []


def test_code_lists_cover_the_data_files():
    lists = {name: rows for name, _, _, rows in code_lists()}
    with (ROOT / "pipelines" / "data" / "indicator_codes.csv").open(encoding="utf-8") as f:
        codes = [r["code"] for r in csv.DictReader(f)]
    assert [r["code"] for r in lists["indicator_codes"]] == codes
    assert all(r["label_en"] and r["label_zh"] for r in lists["indicator_codes"])
    assert {r["base_unit"] for r in lists["units"]} == {r["code"] for r in lists["base_units"]}
    assert all(r["notes"] for r in lists["supervision_forms"] if r["code"] != "其他")


# --- catalogue ------------------------------------------------------------------------------------

def test_coverage_of_composed_documents():
    docs = [{"place": "某省某市某县", "admin_code": "", "covers_year": "2016"},
            {"place": "某省某市", "admin_code": "990100", "covers_year": "2015"},
            {"place": "某省某市", "admin_code": "990100", "covers_year": "2016"}]
    places, years = coverage(docs)
    assert places == [{"name": "某省某市", "admin_code": "990100"},
                      {"name": "某省某市某县", "admin_code": ""}]
    assert years == [2015, 2016]


def test_dcat_dataset_has_the_dcat_ap_mandatory_and_recommended_properties():
    pkg = {"name": "n", "title": "T", "description": "D", "version": "1.2.3",
           "created": "2020-01-01T00:00:00Z", "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
           "licenses": [{"path": "https://creativecommons.org/licenses/by/4.0/"}], "keywords": ["k"],
           "spatialCoverage": [{"name": "某县", "admin_code": "990101"}], "x_years": [2015, 2016],
           "resources": [{"name": "t", "type": "table", "path": "data/t.csv", "mediatype": "text/csv",
                          "bytes": 3, "hash": "sha256:ab"}]}
    ds = dcat_dataset(pkg, [("review.html", "text/html", 5, "cd")])
    assert ds["@type"] == "dcat:Dataset"
    for prop in ("dct:title", "dct:description", "dcat:contactPoint", "dcat:distribution", "dcat:keyword",
                 "dct:publisher", "dct:spatial", "dct:temporal", "dcat:theme"):
        assert ds[prop], prop
    assert ds["dct:temporal"]["dcat:startDate"]["@value"] == "2015-01-01"
    assert ds["dct:spatial"][0]["dct:identifier"] == "990101"
    assert [d["dcat:accessURL"]["@id"] for d in ds["dcat:distribution"]] == ["data/t.csv", "review.html"]
    for d in ds["dcat:distribution"]:
        assert d["@type"] == "dcat:Distribution" and d["spdx:checksum"]["spdx:checksumValue"]
    for prefix in ("dcat", "dct", "foaf", "vcard", "spdx"):
        assert prefix in ds["@context"]


# --- install layout -------------------------------------------------------------------------------

def test_the_wheel_lists_every_package_and_the_schemas():
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "pipelines").rglob("__init__.py")}
    listed = set(conf["packages"])
    assert on_disk <= listed  # a new subpackage must be added to pyproject.toml or the wheel lacks it
    for pkg, folder in conf["package-dir"].items():
        assert pkg in listed and (ROOT / folder).is_dir()
    assert (ROOT / conf["package-dir"]["pipelines._schemas"] / "documents.json").is_file()
    assert all(f"{t}.json" in os.listdir(ROOT / "schemas") for t in TABLES)


def test_constraints_pin_every_runtime_dependency():
    pins = dict(line.split("#")[0].strip().split("==") for line in
                (ROOT / "constraints.txt").read_text().splitlines() if "==" in line.split("#")[0])
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = project["dependencies"] + [d for ds in project["optional-dependencies"].values() for d in ds]
    for dep in wanted:
        name, version = dep.split("==")
        name = name.split("[")[0]  # dask[distributed]: the pin is of dask
        assert pins.get(name.lower()) == version, dep
