"""Jobs, the raw-folder sensor and the nightly schedule."""


import json

import dagster as dg

from pipelines.defs.partitions import raw_files
from pipelines.defs.resources import PipelinePaths
from pipelines.publish.package import sha256_file
from pipelines.text.decode import BadInputError, list_raw_files, slug_for

FILE_ASSETS = dg.AssetSelection.assets("release").upstream() - dg.AssetSelection.assets("release")

file_job = dg.define_asset_job(
    "file_job", selection=FILE_ASSETS,
    description="Decode, clean, parse, extract, validate and stage one raw file (one partition).",
)
release_job = dg.define_asset_job(
    "release_job", selection=dg.AssetSelection.assets("release"),
    description="Validate every staged file's tables together and publish a release.",
)


def scan_raw(paths: PipelinePaths, cursor: str | None) -> tuple[list[str], list[str], list[str], str]:
    """Compare the raw folder with the cursor ({slug: sha256}): (new, changed, removed, new cursor)."""
    seen: dict[str, str] = json.loads(cursor) if cursor else {}
    now: dict[str, str] = {}
    try:
        files = list_raw_files(paths.raw)
    except BadInputError:
        files = []
    for path in files:
        try:
            now[slug_for(path.name)] = sha256_file(path)
        except OSError:
            continue
    new = sorted(k for k in now if k not in seen)
    changed = sorted(k for k in now if k in seen and seen[k] != now[k])
    removed = sorted(k for k in seen if k not in now)
    return new, changed, removed, json.dumps(now, sort_keys=True)


@dg.sensor(job=file_job, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.STOPPED)
def raw_files_sensor(context: dg.SensorEvaluationContext, paths: PipelinePaths) -> dg.SensorResult:
    """Adds each new raw file as a partition and runs it; reruns a file whose content changed.

    The cursor holds each file's content hash, so a changed file is picked up again (no permanent
    run keys, which Dagster never forgets).
    """
    new, changed, removed, cursor = scan_raw(paths, context.cursor)
    requests = [dg.RunRequest(partition_key=k, tags={"raw_sha256": json.loads(cursor)[k]})
                for k in new + changed]
    dynamic = []
    if new:
        dynamic.append(raw_files.build_add_request(new))
    if removed:
        dynamic.append(raw_files.build_delete_request(removed))
    return dg.SensorResult(run_requests=requests, dynamic_partitions_requests=dynamic, cursor=cursor)


nightly_release = dg.ScheduleDefinition(
    name="nightly_release", job=release_job, cron_schedule="0 3 * * *",
    execution_timezone="Asia/Shanghai", default_status=dg.DefaultScheduleStatus.STOPPED,
    description="Rebuilds the release from every staged file at 03:00 Beijing time.",
)
