"""The deployment files in deploy/ load as what they claim to be (docs/deploy.md points at them)."""

from __future__ import annotations

import importlib
from pathlib import Path

import dagster as dg
import yaml

from .conftest import ROOT

DEPLOY = ROOT / "deploy"


def test_dagster_instance_config_loads(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path))
    (tmp_path / "dagster.yaml").write_text((DEPLOY / "dagster.yaml").read_text(encoding="utf-8"),
                                           encoding="utf-8")
    with dg.DagsterInstance.from_config(str(tmp_path)) as instance:
        assert type(instance.run_coordinator).__name__ == "QueuedRunCoordinator"
        assert instance.run_coordinator.get_run_queue_config().max_concurrent_runs == 1
    assert (tmp_path / "history").is_dir()  # run history under DAGSTER_HOME, not the working folder


def test_workspace_names_the_definitions_module():
    spec = yaml.safe_load((DEPLOY / "workspace.yaml").read_text(encoding="utf-8"))
    module = spec["load_from"][0]["python_module"]["module_name"]
    assert isinstance(importlib.import_module(module).defs, dg.Definitions)


def test_env_file_sets_what_the_pipeline_reads():
    settings = dict(line.split("=", 1) for line in (DEPLOY / "pipeline.env").read_text(encoding="utf-8")
                    .splitlines() if line and not line.startswith("#"))
    read = (ROOT / "pipelines" / "__main__.py").read_text(encoding="utf-8") \
        + (ROOT / "pipelines" / "defs" / "resources.py").read_text(encoding="utf-8") \
        + (ROOT / "pipelines" / "engine.py").read_text(encoding="utf-8")
    for key in set(settings) - {"DAGSTER_HOME"}:  # DAGSTER_HOME is read by Dagster itself
        assert f'"{key}"' in read, key
    expected = {"PIPELINE_RAW_DIR", "PIPELINE_OUTPUT_DIR", "PIPELINE_DASK_SCHEDULER", "DAGSTER_HOME"}
    assert expected <= set(settings)


def test_dask_config_merges_into_dask_settings():
    import dask.config

    merged = dask.config.collect(paths=[str(DEPLOY)], env={})
    assert merged["distributed"]["scheduler"]["allowed-failures"] == 2
    assert merged["distributed"]["worker"]["memory"]["spill"] is False
