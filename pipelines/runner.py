"""Run the whole job: plan the raw files, build the changed ones in parallel, publish one release.

This is what ``python -m pipelines run``, cron and the Dagster assets call. One run at a time per
output folder (an OS lock on ``OUT/.lock``); a raw file is rebuilt only when its bytes or the code
changed (content hashes, not times); a release is published only when it holds every accepted raw
file, and a signal stops the run before anything is published.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.engine import FileJob, batches, default_workers, run_batches
from pipelines.fingerprint import code_fingerprint
from pipelines.interrupts import check_stop, stop_on_signals
from pipelines.locking import output_lock
from pipelines.text.decode import ACCEPTED_SUFFIXES, BadInputError, list_raw_files, other_files, slug_for

Echo = Callable[[str], None]
MANIFEST = "manifest.json"


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class RunFailed(RuntimeError):
    """The run cannot publish (the message says why); the last release is untouched."""


@dataclass
class RunSummary:
    published: str = ""
    release_path: str = ""
    reused: bool = False
    failed_files: dict[str, str] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    built: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return bool(self.published) and not self.failed_files


def housekeeping(out_dir: Path, keep_keys: set[str]) -> None:
    """Remove what killed runs left (build and temporary folders, half-written staged files, the
    old per-run Dagster storage) and the staged tables of raw files that are gone."""
    releases = out_dir / "releases"
    for pattern, base in ((".build-*", releases), (".stage-*", out_dir), (".latest-*", out_dir),
                          (".dagster", out_dir)):
        for p in base.glob(pattern) if base.is_dir() else []:
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)
    staging = out_dir / "staging"
    if staging.is_dir():
        from pipelines.staging import SUFFIX

        for p in staging.iterdir():
            stale_tmp = p.name.startswith(".") and p.name.endswith(".tmp")
            foreign = p.name.endswith(".pickle") or (p.name.endswith(SUFFIX)
                                                     and p.name.removesuffix(SUFFIX) not in keep_keys)
            if p.is_file() and (stale_tmp or foreign):
                p.unlink(missing_ok=True)


def _remove_partial_staging(staging: Path) -> None:
    for p in staging.glob(".*.tmp") if staging.is_dir() else []:
        p.unlink(missing_ok=True)


def plan_files(raw_dir: Path, echo: Echo, summary: RunSummary) -> list[FileJob]:
    """The accepted raw files with unique keys and their sha256; the others named with the reason.

    Uses the safe planner of ``pipelines.text.inputs`` (links, devices, size limit, duplicates)
    where it exists, else lists the folder.
    """
    try:
        from pipelines.text.inputs import plan_inputs
    except ImportError:
        return _plan_by_listing(raw_dir, echo, summary)
    plan = plan_inputs(raw_dir)
    for name, why in plan.skipped:
        echo(f"[{name}] skipped: {why}")
    for name, first in plan.duplicates:
        echo(f"[{name}] warning: the same bytes as {first}; published once, as {first}")
    for name, why in plan.rejected:
        summary.failed_files[name] = why
    summary.files = sorted([i.name for i in plan.accepted] + [n for n, _ in plan.rejected])
    if not plan.accepted and not plan.rejected:
        raise BadInputError(f"{raw_dir}: no report files ({', '.join(ACCEPTED_SUFFIXES)}) to process")
    return [FileJob(i.name, i.key, str(i.path), i.sha256) for i in plan.accepted]


def _plan_by_listing(raw_dir: Path, echo: Echo, summary: RunSummary) -> list[FileJob]:
    files = list_raw_files(raw_dir)
    if not files:
        raise BadInputError(f"{raw_dir}: no report files (.txt, .md) to process")
    for name in other_files(raw_dir):
        echo(f"[{name}] skipped: not a report text ({', '.join(ACCEPTED_SUFFIXES)})")
    jobs, owners = [], {}
    for path in files:
        summary.files.append(path.name)
        key = slug_for(path.name)
        if key in owners:
            summary.failed_files[path.name] = (f"its partition key {key!r} is already taken by "
                                               f"{owners[key]}; rename one of them")
            continue
        try:
            digest = sha256_file(path)
        except OSError as exc:
            summary.failed_files[path.name] = f"cannot be read ({exc.strerror or exc})"
            continue
        owners[key] = path.name
        jobs.append(FileJob(path.name, key, str(path), digest))
    return jobs


def _sources_sha(raw_dir: Path) -> str:
    listing = raw_dir / "sources.csv"
    return sha256_file(listing) if listing.is_file() else ""


def _state(jobs: list[FileJob], raw_dir: Path) -> dict:
    return {"code_fingerprint": code_fingerprint(), "sources_csv": _sources_sha(raw_dir),
            "files": {j.name: j.sha256 for j in jobs}}


def _latest_version(out_dir: Path) -> str:
    latest = out_dir / "latest"
    return latest.resolve().name if latest.is_dir() and (latest / "datapackage.json").is_file() else ""


def _last_release_files(out_dir: Path) -> set[str]:
    """Raw file names in the last published release (its datapackage.json sources)."""
    if not _latest_version(out_dir):
        return set()
    package = json.loads((out_dir / "latest" / "datapackage.json").read_text(encoding="utf-8"))
    return {str(s.get("path", "")).removeprefix("raw/") for s in package.get("sources", [])}


def _reusable(jobs: list[FileJob], staging: Path, force: bool) -> tuple[dict, list[FileJob]]:
    """Staged headers of files built from the same bytes by the same code; and the rest to build."""
    from pipelines.staging import StaleStaging, read_header, staged_path, verify_hashes

    reuse, build = {}, []
    for job in jobs:
        path = staged_path(staging, job.key)
        try:
            if force or not path.exists():
                raise StaleStaging("rebuild")
            h = read_header(path)
            if (h.source_sha256, h.code_fingerprint, h.source_file) != (job.sha256, code_fingerprint(),
                                                                       job.name):
                raise StaleStaging("other bytes or code")
            verify_hashes(h)  # every line against its hash: a corrupt or edited file is rebuilt
            reuse[job.name] = h
        except StaleStaging:
            build.append(job)
    return reuse, build


def _completeness(jobs: dict[str, FileJob]) -> Callable[[set[str]], None]:
    """The last check before the rename: every accepted file in documents, none changed since."""
    def check(in_documents: set[str]) -> None:
        check_stop()
        if in_documents != set(jobs):
            missing = sorted(set(jobs) - in_documents)
            extra = sorted(in_documents - set(jobs))
            raise RunFailed(f"the release would not match the raw files (missing: {missing}, "
                            f"unexpected: {extra}); nothing published")
        for name, job in sorted(jobs.items()):
            try:
                now = sha256_file(Path(job.path))
            except OSError:
                now = ""
            if now != job.sha256:
                raise RunFailed(f"{name}: changed during the run; nothing published, run again")
        check_stop()
    return check


def stage(raw_dir: Path, out_dir: Path, summary: RunSummary, echo: Echo = print, force: bool = False,
          workers: int = 0, scheduler: str = "") -> tuple[list[FileJob], dict]:
    """Build and stage every raw file whose bytes or code changed (the caller holds the lock).

    Returns the planned files and the staged headers of those that passed, by name.
    """
    from pipelines.staging import StaleStaging, read_header, staged_path

    jobs = plan_files(raw_dir, echo, summary)
    staging = out_dir / "staging"
    housekeeping(out_dir, {j.key for j in jobs})
    staging.mkdir(parents=True, exist_ok=True)
    reuse, build = _reusable(jobs, staging, force)
    for name in sorted(reuse):
        echo(f"[{name}] unchanged file and code: reusing its validated tables")
    accepted = dict(reuse)
    if build:
        n = workers or default_workers()
        engine = f"Dask at {scheduler}" if scheduler else f"{min(n, len(build))} local process(es)"
        echo(f"building {len(build)} file(s) on {engine}: decode → clean → parse → extract → validate")
        for outcomes in run_batches(batches(build, staging, code_fingerprint(), n), n, scheduler):
            check_stop()
            for o in outcomes:
                for line in o.lines:
                    echo(line)
                if not o.ok:
                    summary.failed_files[o.name] = o.message
                    echo(f"[{o.name}] FAILED: {o.message}")
                    continue
                try:
                    accepted[o.name] = read_header(staged_path(staging, o.key))
                    summary.built += 1
                except StaleStaging as exc:
                    summary.failed_files[o.name] = f"its staged tables are unreadable ({exc})"
    return jobs, accepted


def staged_for_release(raw_dir: Path, out_dir: Path, summary: RunSummary) -> tuple[list[FileJob], dict]:
    """The planned raw files and the trustworthy staged headers of those that have them; files
    without (never built, failed, changed since) go to ``summary.failed_files``."""
    jobs = plan_files(raw_dir, lambda _line: None, summary)
    reuse, missing = _reusable(jobs, out_dir / "staging", force=False)
    for job in missing:
        summary.failed_files.setdefault(job.name, "no validated tables for its current bytes and code "
                                                  "(its build failed or has not run)")
    return jobs, reuse


def release(raw_dir: Path, out_dir: Path, jobs: list[FileJob], accepted: dict, summary: RunSummary,
            echo: Echo = print) -> None:
    """Publish the staged files of ``accepted`` (the caller holds the lock); RunFailed when it must not."""
    dropped = sorted(_last_release_files(out_dir) & set(summary.failed_files))
    if dropped:
        raise RunFailed(f"{', '.join(dropped)}: in the last release but failed now; nothing published "
                        "(fix the file, or remove it from the raw folder to drop it)")
    manifest = out_dir / "staging" / MANIFEST
    if not accepted:
        echo("no file passed: nothing published; the last release is untouched")
        return
    _publish(raw_dir, out_dir, jobs, accepted, summary, echo)
    if summary.published and not summary.failed_files:
        tmp = manifest.with_name(f".{MANIFEST}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(dict(_state(jobs, raw_dir), version=summary.published), sort_keys=True),
                       encoding="utf-8")
        os.replace(tmp, manifest)
    else:
        manifest.unlink(missing_ok=True)


def unchanged_since_last_run(raw_dir: Path, out_dir: Path, echo: Echo, summary: RunSummary) -> bool:
    """True when the raw files, raw/sources.csv and the code are those of the last release
    (the manifest written after it); then nothing needs reading or writing."""
    manifest = out_dir / "staging" / MANIFEST
    version = _latest_version(out_dir)
    if not version or not manifest.is_file():
        return False
    try:
        last = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    probe = RunSummary()
    jobs = plan_files(raw_dir, lambda _line: None, probe)
    state = _state(jobs, raw_dir)
    if probe.failed_files or last.get("version") != version or {k: last.get(k) for k in state} != state:
        return False
    summary.files = probe.files
    summary.published, summary.reused = version, True
    summary.release_path = str(out_dir / "releases" / version)
    echo(f"[release] nothing changed since release {version}: kept")
    return True


def run(raw_dir: Path, out_dir: Path, echo: Echo = print, force: bool = False, workers: int = 0,
        scheduler: str = "", wait: bool = False) -> RunSummary:
    """Build every changed raw file, then publish a release of all accepted files.

    Raises Locked, RunFailed, Interrupted (a signal) or BadInputError (no raw files at all); a bad
    raw file is reported in ``failed_files``, not raised.
    """
    started = time.perf_counter()
    summary = RunSummary()
    with output_lock(out_dir, wait), stop_on_signals():
        if force or not unchanged_since_last_run(raw_dir, out_dir, echo, summary):
            try:
                jobs, accepted = stage(raw_dir, out_dir, summary, echo, force, workers, scheduler)
                check_stop()
                release(raw_dir, out_dir, jobs, accepted, summary, echo)
            except BaseException:
                _remove_partial_staging(out_dir / "staging")  # of workers stopped mid-write
                raise
    summary.seconds = time.perf_counter() - started
    return summary


def _publish(raw_dir: Path, out_dir: Path, jobs: list[FileJob], accepted: dict, summary: RunSummary,
             echo: Echo) -> None:
    from pipelines.publish.release import ValidationFailed, publish_staged
    from pipelines.publish.sources import source_descriptions

    echo("[release] check all tables together → publish")
    by_name = {j.name: j for j in jobs if j.name in accepted}
    files = [(n, by_name[n].sha256, by_name[n].path) for n in sorted(accepted)]
    sources = source_descriptions(raw_dir, files)
    try:
        result = publish_staged(list(accepted.values()), out_dir, sources, _completeness(by_name))
    except ValidationFailed as exc:
        raise RunFailed(f"[release] {exc}; the last release is untouched") from exc
    summary.published, summary.release_path, summary.reused = result.version, str(result.path), result.reused
    state = "unchanged, kept" if result.reused else "published"
    echo(f"[release] {state} {result.version} at {result.path}")
    if not result.reused:
        from pipelines.publish.release import shrinking_tables

        for table, (old, new) in shrinking_tables(out_dir / "releases").items():
            echo(f"[release] warning: {table} has {new} rows, {old} in the release before")
