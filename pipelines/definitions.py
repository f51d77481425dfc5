"""Dagster entry point: ``dagster dev -m pipelines.definitions``."""

import dagster as dg

from pipelines.defs.assets import TABLE_ASSETS, clean_text, documents, release, source_text, staged_tables
from pipelines.defs.automation import file_job, nightly_release, raw_files_sensor, release_job
from pipelines.defs.checks import SCHEMA_CHECKS, SPAN_CHECKS, release_tables_not_shrunk
from pipelines.defs.resources import PipelinePaths, default_output_dir


def io_manager(output_dir: str) -> dg.FilesystemIOManager:
    return dg.FilesystemIOManager(base_dir=f"{output_dir}/.dagster/storage")


ASSETS = [source_text, clean_text, documents, *TABLE_ASSETS, staged_tables, release]
CHECKS = [*SCHEMA_CHECKS, *SPAN_CHECKS]
RELEASE_CHECKS = [release_tables_not_shrunk]

defs = dg.Definitions(
    assets=ASSETS,
    asset_checks=[*CHECKS, *RELEASE_CHECKS],
    jobs=[file_job, release_job],
    sensors=[raw_files_sensor],
    schedules=[nightly_release],
    resources={"paths": PipelinePaths(), "io_manager": io_manager(default_output_dir())},
)
