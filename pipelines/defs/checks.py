"""Asset checks: Frictionless validation (blocking, ERROR) and soft signals (WARN)."""


import warnings

import dagster as dg
from dagster._utils.warnings import PreviewWarning

from pipelines.defs.assets import TABLE_ASSETS
from pipelines.defs.partitions import raw_files
from pipelines.defs.resources import PipelinePaths
from pipelines.publish.release import shrinking_tables, validate_rows
from pipelines.publish.rows import Row

# Partitioned asset checks are a preview feature of Dagster 1.13; the API we use is the documented one.
warnings.filterwarnings("ignore", category=PreviewWarning)


def _schema_check(asset: dg.AssetsDefinition) -> dg.AssetChecksDefinition:
    name = asset.key.to_user_string()
    table = "documents" if name == "document_rows" else name

    @dg.asset_check(asset=asset, name=f"{name}_matches_schema", blocking=True, partitions_def=raw_files,
                    description=f"Every row of {name} validates against schemas/{table}.json.")
    def _check(rows: list[Row]) -> dg.AssetCheckResult:
        errors = validate_rows({table: rows})
        return dg.AssetCheckResult(
            passed=not errors, severity=dg.AssetCheckSeverity.ERROR,
            metadata={"rows": len(rows), "errors": len(errors),
                      "first_errors": dg.MetadataValue.md("\n".join(f"- {e}" for e in errors[:10]))},
        )

    return _check


def _grounding_check(asset: dg.AssetsDefinition) -> dg.AssetChecksDefinition:
    name = asset.key.to_user_string()

    @dg.asset_check(asset=asset, name=f"{name}_spans_in_text", partitions_def=raw_files,
                    description="Every row's clean span lies inside its document's text.")
    def _check(rows: list[Row]) -> dg.AssetCheckResult:
        bad = [r for r in rows if not (0 <= int(r["clean_start"]) <= int(r["clean_end"]))
               or int(r["raw_start"]) > int(r["raw_end"])]
        return dg.AssetCheckResult(passed=not bad, severity=dg.AssetCheckSeverity.WARN,
                                   metadata={"bad_spans": len(bad)})

    return _check


SCHEMA_CHECKS = [_schema_check(a) for a in TABLE_ASSETS]
SPAN_CHECKS = [_grounding_check(a) for a in TABLE_ASSETS
               if a.key.to_user_string() in ("indicators", "supervision", "cppcc_motions", "glossary")]


@dg.asset_check(asset="release", name="release_tables_not_shrunk",
                description="WARN when a table of the new release has far fewer rows than in the "
                            "release before it (a rule or a raw file may have gone missing).")
def release_tables_not_shrunk(paths: PipelinePaths) -> dg.AssetCheckResult:
    shrunk = shrinking_tables(paths.out / "releases")
    return dg.AssetCheckResult(passed=not shrunk, severity=dg.AssetCheckSeverity.WARN,
                               metadata={"shrunk": dg.MetadataValue.json(shrunk)})
