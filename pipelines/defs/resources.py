"""Where the pipeline reads raw files and writes its outputs, and where it builds (settable by env)."""


import os
from pathlib import Path

import dagster as dg


def default_raw_dir() -> str:
    return os.environ.get("PIPELINE_RAW_DIR", "raw")


def default_output_dir() -> str:
    return os.environ.get("PIPELINE_OUTPUT_DIR", "outputs")


class PipelinePaths(dg.ConfigurableResource):
    """The raw folder (report files) and the output folder (staging, releases, latest)."""

    raw_dir: str = default_raw_dir()
    output_dir: str = default_output_dir()

    @property
    def raw(self) -> Path:
        return Path(self.raw_dir)

    @property
    def out(self) -> Path:
        return Path(self.output_dir)


class BuildEngine(dg.ConfigurableResource):
    """Where raw files are built: local worker processes (0 = one per core) or a Dask scheduler."""

    workers: int = int(os.environ.get("PIPELINE_WORKERS", "0"))
    scheduler: str = os.environ.get("PIPELINE_DASK_SCHEDULER", "")
