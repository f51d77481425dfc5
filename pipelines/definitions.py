"""Dagster entry point: ``dagster dev -m pipelines.definitions`` (see docs/deploy.md)."""

import dagster as dg

from pipelines.defs.assets import release_tables, staged_tables
from pipelines.defs.automation import nightly_release, raw_files_sensor, release_job
from pipelines.defs.checks import CHECKS
from pipelines.defs.resources import BuildEngine, PipelinePaths

ASSETS = [staged_tables, release_tables]

defs = dg.Definitions(
    assets=ASSETS,
    asset_checks=CHECKS,
    jobs=[release_job],
    sensors=[raw_files_sensor],
    schedules=[nightly_release],
    resources={"paths": PipelinePaths(), "engine": BuildEngine()},
    executor=dg.in_process_executor,
)
