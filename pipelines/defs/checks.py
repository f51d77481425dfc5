"""Asset checks: every staged file usable (blocking, ERROR) and soft signals (WARN).

Frictionless validation runs inside the build (once per batch of files) and the publish, so that
no path can stage or publish rows that fail it; these checks show the outcome in the UI.
"""

import dagster as dg

from pipelines.defs.resources import PipelinePaths
from pipelines.publish.release import shrinking_tables
from pipelines.runner import RunSummary, staged_for_release


@dg.asset_check(asset="staged_tables", name="staged_tables_complete", blocking=True,
                description="Every accepted raw file has staged tables built from its current bytes by "
                            "the current code, whose every line matches its hash.")
def staged_tables_complete(paths: PipelinePaths) -> dg.AssetCheckResult:
    summary = RunSummary()
    _, accepted = staged_for_release(paths.raw, paths.out, summary)
    return dg.AssetCheckResult(passed=bool(accepted), severity=dg.AssetCheckSeverity.ERROR,
                               metadata={"staged": len(accepted),
                                         "missing": dg.MetadataValue.json(summary.failed_files)})


@dg.asset_check(asset="staged_tables", name="raw_files_rejected",
                description="WARN when some raw files could not be built (they are left out).")
def raw_files_rejected(paths: PipelinePaths) -> dg.AssetCheckResult:
    summary = RunSummary()
    staged_for_release(paths.raw, paths.out, summary)
    return dg.AssetCheckResult(passed=not summary.failed_files, severity=dg.AssetCheckSeverity.WARN,
                               metadata={"rejected": dg.MetadataValue.json(summary.failed_files)})


@dg.asset_check(asset="release", name="release_tables_not_shrunk",
                description="WARN when a table of the new release has far fewer rows than in the "
                            "release before it (a rule or a raw file may have gone missing).")
def release_tables_not_shrunk(paths: PipelinePaths) -> dg.AssetCheckResult:
    shrunk = shrinking_tables(paths.out / "releases")
    return dg.AssetCheckResult(passed=not shrunk, severity=dg.AssetCheckSeverity.WARN,
                               metadata={"shrunk": dg.MetadataValue.json(shrunk)})


CHECKS = [staged_tables_complete, raw_files_rejected, release_tables_not_shrunk]
