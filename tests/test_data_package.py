"""``pipelines/data/`` is a Data Package of its own: every reviewed file is declared and valid."""

from __future__ import annotations

import json
from pathlib import Path

import frictionless

DATA = Path(__file__).resolve().parents[1] / "pipelines" / "data"


def test_every_data_file_is_declared():
    declared = {r["path"] for r in json.loads((DATA / "datapackage.json").read_text("utf-8"))["resources"]}
    assert declared == {p.name for p in DATA.glob("*.csv")}


def test_every_data_file_validates_against_its_schema():
    report = frictionless.validate(str(DATA / "datapackage.json"))
    errors = [f"{t.name}: {e.message}" for t in report.tasks for e in t.errors]
    assert report.valid, errors[:10]


def test_a_cell_spilled_by_a_stray_comma_is_caught(tmp_path: Path):
    package = json.loads((DATA / "datapackage.json").read_text("utf-8"))
    res = next(r for r in package["resources"] if r["path"] == "errata.csv")
    lines = (DATA / "errata.csv").read_text("utf-8").splitlines()
    (tmp_path / "errata.csv").write_text("\n".join([lines[0], lines[1] + ",spilled"]) + "\n", "utf-8")
    report = frictionless.validate({"resources": [res]}, basepath=str(tmp_path))
    assert not report.valid
