"""Where the pipeline reads raw files and writes its outputs (settable by environment)."""


import os
from pathlib import Path

import dagster as dg


def default_raw_dir() -> str:
    return os.environ.get("PIPELINE_RAW_DIR", "raw")


def default_output_dir() -> str:
    return os.environ.get("PIPELINE_OUTPUT_DIR", "outputs")


class PipelinePaths(dg.ConfigurableResource):
    """The raw folder (one partition per report file) and the output folder (releases, staging)."""

    raw_dir: str = default_raw_dir()
    output_dir: str = default_output_dir()

    @property
    def raw(self) -> Path:
        return Path(self.raw_dir)

    @property
    def out(self) -> Path:
        return Path(self.output_dir)

    @property
    def staging(self) -> Path:
        """Validated tables of each raw file, waiting to be published: staging/<slug>.pickle."""
        return self.out / "staging"

    def raw_file(self, slug: str) -> Path:
        from pipelines.text.decode import list_raw_files, slug_for

        for path in list_raw_files(self.raw):
            if slug_for(path.name) == slug:
                return path
        raise dg.Failure(f"no raw file in {self.raw} has the partition key {slug!r}")
