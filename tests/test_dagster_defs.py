"""The Dagster wiring: definitions load, the sensor adds partitions, a failed check blocks staging."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import dagster as dg

from pipelines.definitions import ASSETS, CHECKS, defs, io_manager
from pipelines.defs.automation import raw_files_sensor, scan_raw
from pipelines.defs.partitions import raw_files
from pipelines.defs.resources import PipelinePaths
from pipelines.publish import rows as R

from .conftest import COMPOSED_REPORT


def test_definitions_load():
    dg.Definitions.validate_loadable(defs)
    repo = defs.get_repository_def()
    assert {"file_job", "release_job"} <= {j.name for j in repo.get_all_jobs()}
    keys = {a.key.to_user_string() for a in ASSETS}
    assert {"source_text", "clean_text", "documents", "indicators", "supervision", "cppcc_motions",
            "glossary", "corrections", "staged_tables", "release"} <= keys
    assert defs.get_schedule_def("nightly_release").execution_timezone == "Asia/Shanghai"


def test_sensor_adds_new_files_as_partitions_and_requests_runs(tmp_path: Path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "county-2020.txt").write_text(COMPOSED_REPORT, encoding="utf-8")
    paths = PipelinePaths(raw_dir=str(raw), output_dir=str(tmp_path / "out"))
    with dg.instance_for_test() as instance:
        ctx = dg.build_sensor_context(instance=instance, resources={"paths": paths})
        result = raw_files_sensor(ctx)
        assert [r.partition_key for r in result.run_requests] == ["county-2020"]
        assert result.dynamic_partitions_requests[0].partition_keys == ["county-2020"]
        # nothing new: no run; a changed file: a run again (content hash in the cursor)
        new, changed, removed, cursor = scan_raw(paths, result.cursor)
        assert (new, changed, removed) == ([], [], [])
        (raw / "county-2020.txt").write_text(COMPOSED_REPORT + "\n补充。\n", encoding="utf-8")
        new, changed, removed, _ = scan_raw(paths, cursor)
        assert changed == ["county-2020"]
        assert json.loads(cursor) != {}


def _materialize(tmp_path: Path, instance: dg.DagsterInstance) -> dg.ExecuteInProcessResult:
    paths = PipelinePaths(raw_dir=str(tmp_path / "raw"), output_dir=str(tmp_path / "out"))
    instance.add_dynamic_partitions(raw_files.name, ["county-2020"])
    return dg.materialize([a for a in ASSETS if a.key.to_user_string() != "release"] + CHECKS,
                          partition_key="county-2020", instance=instance, raise_on_error=False,
                          resources={"paths": paths, "io_manager": io_manager(str(tmp_path / "out"))})


def test_file_partition_materializes_and_stages(tmp_path: Path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "county-2020.txt").write_text(COMPOSED_REPORT, encoding="utf-8")
    with dg.instance_for_test() as instance:
        result = _materialize(tmp_path, instance)
        assert result.success
        assert all(c.passed for c in result.get_asset_check_evaluations())
    assert (tmp_path / "out" / "staging" / "county-2020.pickle").is_file()


def test_failed_schema_check_blocks_staging(tmp_path: Path, monkeypatch):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "county-2020.txt").write_text(COMPOSED_REPORT, encoding="utf-8")
    real = R.document_rows

    def broken(*args):
        return [dict(r, report_kind="weather") for r in real(*args)]

    monkeypatch.setattr(R, "document_rows", broken)
    with dg.instance_for_test() as instance:
        result = _materialize(tmp_path, instance)
        assert not result.success
        failed = [c for c in result.get_asset_check_evaluations() if not c.passed]
        assert [c.check_name for c in failed] == ["document_rows_matches_schema"]
        staged = [e.asset_key.to_user_string() for e in result.get_asset_materialization_events()]
        assert "staged_tables" not in staged
    assert not (tmp_path / "out" / "staging" / "county-2020.pickle").exists()
    shutil.rmtree(tmp_path / "out", ignore_errors=True)
