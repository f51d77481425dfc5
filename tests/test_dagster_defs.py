"""The Dagster wiring: definitions load, the sensor requests runs, materializing builds and publishes,
a failed blocking check keeps the release from being published."""

from __future__ import annotations

import json
from pathlib import Path

import dagster as dg
import pytest

from pipelines.definitions import ASSETS, defs
from pipelines.defs.automation import raw_files_sensor, scan_raw
from pipelines.defs.checks import CHECKS
from pipelines.defs.resources import BuildEngine, PipelinePaths
from pipelines.fingerprint import code_fingerprint
from pipelines.tables import REGISTRY

from .conftest import COMPOSED_REPORT


def test_definitions_load():
    dg.Definitions.validate_loadable(defs)
    repo = defs.get_repository_def()
    assert {j.name for j in repo.get_all_jobs()} >= {"release_job"}
    keys = {k.to_user_string() for a in ASSETS for k in a.keys}
    assert {"staged_tables", "release"} | {t.name for t in REGISTRY} == keys
    assert defs.get_schedule_def("nightly_release").execution_timezone == "Asia/Shanghai"
    assert defs.get_sensor_def("raw_files_sensor").default_status == dg.DefaultSensorStatus.RUNNING
    versions = {a.code_versions_by_key[k] for a in ASSETS for k in a.keys}
    assert versions == {code_fingerprint()[:16]}


def test_sensor_requests_a_run_when_raw_files_change(tmp_path: Path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "county-2020.txt").write_text(COMPOSED_REPORT, encoding="utf-8")
    paths = PipelinePaths(raw_dir=str(raw), output_dir=str(tmp_path / "out"))
    with dg.instance_for_test() as instance:
        ctx = dg.build_sensor_context(instance=instance, resources={"paths": paths})
        result = raw_files_sensor(ctx)
        assert len(result.run_requests) == 1
        new, changed, removed, cursor = scan_raw(paths, result.cursor)
        assert (new, changed, removed) == ([], [], [])
        (raw / "county-2020.txt").write_text(COMPOSED_REPORT + "\n补充。\n", encoding="utf-8")
        new, changed, removed, _ = scan_raw(paths, cursor)
        assert changed == ["county-2020.txt"]
        assert json.loads(cursor) != {}


def _materialize(tmp_path: Path, instance: dg.DagsterInstance) -> dg.ExecuteInProcessResult:
    paths = PipelinePaths(raw_dir=str(tmp_path / "raw"), output_dir=str(tmp_path / "out"))
    return dg.materialize([*ASSETS, *CHECKS], instance=instance, raise_on_error=False,
                          resources={"paths": paths, "engine": BuildEngine(workers=1)})


@pytest.mark.slow
def test_materializing_builds_stages_and_publishes(tmp_path: Path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "county-2020.txt").write_text(COMPOSED_REPORT, encoding="utf-8")
    with dg.instance_for_test() as instance:
        result = _materialize(tmp_path, instance)
        assert result.success
        mats = {e.asset_key.to_user_string(): e.materialization.metadata
                for e in result.get_asset_materialization_events()}
        assert mats["indicators"]["dagster/row_count"].value > 0
        assert [c.name for c in mats["indicators"]["dagster/column_schema"].schema.columns][:2] == \
            ["fact_id", "doc_id"]
        assert "| fact_id |" in mats["indicators"]["preview"].value
        rules = mats["indicators"]["name_rules"].value  # rows per naming rule, adding up to the table
        assert rules and sum(rules.values()) >= mats["indicators"]["dagster/row_count"].value
        assert all(c.passed for c in result.get_asset_check_evaluations())
    assert (tmp_path / "out" / "latest" / "data" / "indicators.csv").is_file()


@pytest.mark.slow
def test_failed_blocking_check_keeps_the_release_unpublished(tmp_path: Path, monkeypatch):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "county-2020.txt").write_text(COMPOSED_REPORT, encoding="utf-8")
    from pipelines.publish import rows as R

    real = R.document_row

    def broken(*args):
        return dict(real(*args), report_kind="weather")

    monkeypatch.setattr(R, "document_row", broken)
    with dg.instance_for_test() as instance:
        result = _materialize(tmp_path, instance)
        assert not result.success
        failed = [c.check_name for c in result.get_asset_check_evaluations() if not c.passed]
        assert "staged_tables_complete" in failed
        done = {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
        assert "release" not in done
    assert not (tmp_path / "out" / "latest").exists()
