"""Dagster assets: thin wrappers over ``pipelines.runner`` (build, stage, publish).

``staged_tables`` builds every raw file whose bytes or code changed (a parallel map over files in
the configured engine, validated by Frictionless per batch); ``release`` publishes every staged
file atomically and materializes one asset per table of the registry, with its row count, column
schema and a preview. One Dagster step per stage of the corpus, never one per file.
"""

import csv
from pathlib import Path

import dagster as dg

from pipelines.defs.metadata import table_metadata
from pipelines.defs.resources import BuildEngine, PipelinePaths
from pipelines.extract.indicators import name_rule_counts
from pipelines.fingerprint import code_fingerprint
from pipelines.locking import output_lock
from pipelines.runner import RunFailed, RunSummary, release, stage, staged_for_release
from pipelines.tables import REGISTRY, names

CODE_VERSION = code_fingerprint()[:16]  # changes with any rule, vocabulary or schema: the UI shows stale


@dg.asset(group_name="build", kinds={"python", "dask"}, code_version=CODE_VERSION)
def staged_tables(context: dg.AssetExecutionContext, paths: PipelinePaths,
                  engine: BuildEngine) -> dg.MaterializeResult:
    """Every raw file's tables, built and validated (Frictionless, per batch) and staged as data.

    Files whose bytes and code are unchanged are reused as staged.
    """
    summary = RunSummary()
    with output_lock(paths.out, wait=True):
        jobs, accepted = stage(paths.raw, paths.out, summary, context.log.info,
                               workers=engine.workers, scheduler=engine.scheduler)
    for name, msg in summary.failed_files.items():
        context.log.warning(f"{name}: {msg}")
    rows = {t: sum(h.tables[t]["rows"] for h in accepted.values()) for t in names("file", "subset")}
    return dg.MaterializeResult(metadata={
        "dagster/row_count": len(accepted), "files": len(jobs), "built": summary.built,
        "reused": len(accepted) - summary.built, "rejected": dg.MetadataValue.json(summary.failed_files),
        "rows": dg.MetadataValue.json(rows),
    })


def _first_rows(path: Path, limit: int = 5) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return [row for _, row in zip(range(limit), reader, strict=False)]


@dg.multi_asset(
    specs=[dg.AssetSpec("release", deps=["staged_tables"], group_name="publish",
                        kinds={"frictionless", "parquet", "csv"}, code_version=CODE_VERSION,
                        description="The validated Frictionless data package of every raw file, "
                                    "published atomically (releases/<version>, latest).")]
    + [dg.AssetSpec(t.name, deps=["release"], group_name="tables", kinds={"csv", "parquet"},
                    code_version=CODE_VERSION, description=t.description or t.title) for t in REGISTRY],
    can_subset=False,
)
def release_tables(context: dg.AssetExecutionContext, paths: PipelinePaths):
    """Publish the staged tables; one materialization per table with its metadata."""
    summary = RunSummary()
    with output_lock(paths.out, wait=True):
        jobs, accepted = staged_for_release(paths.raw, paths.out, summary)
        try:
            release(paths.raw, paths.out, jobs, accepted, summary, context.log.info)
        except RunFailed as exc:
            raise dg.Failure(description=str(exc)) from exc
    if not summary.published:
        raise dg.Failure(description="nothing to publish: no raw file has validated staged tables")
    root = Path(summary.release_path)
    yield dg.MaterializeResult(asset_key="release", metadata={
        "version": summary.published, "path": str(root), "reused": summary.reused,
        "files": len(accepted), "not_published": dg.MetadataValue.json(summary.failed_files)})
    for t in REGISTRY:
        csv_path = root / "data" / f"{t.name}.csv"
        with csv_path.open(encoding="utf-8", newline="") as f:
            count = sum(1 for _ in csv.reader(f)) - 1
        meta = table_metadata(t.name, _first_rows(csv_path))
        meta["dagster/row_count"] = count
        meta["path"] = dg.MetadataValue.path(str(csv_path))
        if t.name == "indicators":  # which naming rule named how many rows (issue 8)
            with csv_path.open(encoding="utf-8", newline="") as f:
                meta["name_rules"] = dg.MetadataValue.json(name_rule_counts(csv.DictReader(f)))
        yield dg.MaterializeResult(asset_key=t.name, metadata=meta)
