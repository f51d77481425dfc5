"""The job, the raw-folder sensor and the nightly schedule.

Both the sensor and the schedule start RUNNING: a deployment that loads these definitions with a
daemon (``dagster dev`` or ``dagster-daemon run``, DAGSTER_HOME set) builds new raw files without a
click. The sensor's cursor lives in DAGSTER_HOME's storage; see docs/deploy.md.
"""


import hashlib
import json

import dagster as dg

from pipelines.defs.resources import PipelinePaths
from pipelines.text.decode import BadInputError, list_raw_files

release_job = dg.define_asset_job(
    "release_job", selection=dg.AssetSelection.all(), executor_def=dg.in_process_executor,
    description="Build every changed raw file (in parallel, by batch), then publish a release.",
)


def _sha256(path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def scan_raw(paths: PipelinePaths, cursor: str | None) -> tuple[list[str], list[str], list[str], str]:
    """Compare the raw folder with the cursor ({file name: sha256}): (new, changed, removed, new cursor)."""
    seen: dict[str, str] = json.loads(cursor) if cursor else {}
    now: dict[str, str] = {}
    try:
        files = list_raw_files(paths.raw)
    except BadInputError:
        files = []
    listing = paths.raw / "sources.csv"
    for path in [*files, listing] if listing.is_file() else files:
        try:
            now[path.name] = _sha256(path)
        except OSError:
            continue
    new = sorted(k for k in now if k not in seen)
    changed = sorted(k for k in now if k in seen and seen[k] != now[k])
    removed = sorted(k for k in seen if k not in now)
    return new, changed, removed, json.dumps(now, sort_keys=True)


@dg.sensor(job=release_job, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.RUNNING)
def raw_files_sensor(context: dg.SensorEvaluationContext, paths: PipelinePaths) -> dg.SensorResult:
    """Requests one run of the whole job when raw files are added, changed or removed.

    The cursor holds each file's content hash (no permanent run keys, which Dagster never forgets);
    the run itself rebuilds only what changed.
    """
    new, changed, removed, cursor = scan_raw(paths, context.cursor)
    if not (new or changed or removed):
        return dg.SensorResult(run_requests=[], cursor=cursor)
    digest = hashlib.sha256(cursor.encode()).hexdigest()[:16]
    tags = {"new": str(len(new)), "changed": str(len(changed)), "removed": str(len(removed))}
    return dg.SensorResult(run_requests=[dg.RunRequest(run_key=None, tags=dict(tags, raw_state=digest))],
                           cursor=cursor)


nightly_release = dg.ScheduleDefinition(
    name="nightly_release", job=release_job, cron_schedule="0 3 * * *",
    execution_timezone="Asia/Shanghai", default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Checks the raw folder and republishes at 03:00 Beijing time (a no-op when nothing changed).",
)
