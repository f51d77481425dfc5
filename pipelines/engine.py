"""Build and stage raw files in batches, on a local process pool or a Dask cluster.

A batch is a few raw files; a worker runs every stage on each (``pipelines.steps``), validates the
batch's tables with Frictionless once, and writes each passing file's staged tables
(``pipelines.staging``). Only small outcomes travel back. The same function runs in-process, in a
``ProcessPoolExecutor`` (default: one worker per core) or on Dask workers (``--scheduler``), so the
staged bytes are the same whichever engine ran it.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipelines.publish.rows import FileTables


BATCH_FILES = 40  # files per batch: Frictionless costs ~0.3 s a table per batch, whatever its size


@dataclass(frozen=True)
class FileJob:
    """One raw file to build: its name, key, path and the sha256 the run planned for it."""

    name: str
    key: str
    path: str
    sha256: str


@dataclass(frozen=True)
class Batch:
    jobs: tuple[FileJob, ...]
    staging: str
    fingerprint: str


@dataclass(frozen=True)
class FileOutcome:
    """What became of one file: staged (ok) or not, why, and lines for the log."""

    name: str
    key: str
    ok: bool
    message: str
    lines: tuple[str, ...]


def describe(bundle: FileTables) -> tuple[str, ...]:
    """One line per document of a built file: its kind, title and rows per table."""
    per_doc: dict[str, dict[str, int]] = {}
    for table in ("indicators", "supervision", "cppcc_motions", "glossary"):
        for row in bundle.tables.get(table, []):
            counts = per_doc.setdefault(str(row["doc_id"]), {})
            counts[table] = counts.get(table, 0) + 1
    lines = []
    for doc in bundle.tables["documents"]:
        counts = per_doc.get(str(doc["doc_id"]), {})
        detail = ", ".join(f"{n} {t}" for t, n in counts.items()) or "no rows"
        lines.append(f"[{bundle.source_file}] {doc['doc_id']} ({doc['report_kind']}) «{doc['title']}»: "
                     + detail)
    lines.append(f"[{bundle.source_file}] {len(bundle.tables['corrections'])} corrections; "
                 "tables validated and staged")
    return tuple(lines)


def _build(job: FileJob) -> FileTables | str:
    """The file's tables, or the one-line reason it cannot be published."""
    from pipelines import steps
    from pipelines.text.decode import BadInputError

    try:
        bundle = steps.process_file(Path(job.path))
    except BadInputError as exc:
        return str(exc).removeprefix(f"{job.name}: ")
    except (RecursionError, MemoryError, ValueError, KeyError, IndexError, TypeError) as exc:
        return f"could not be processed ({type(exc).__name__}: {exc})"
    if bundle.source_sha256 != job.sha256:
        return "changed during the run (its bytes differ from when the run started); run again"
    if not bundle.tables["documents"]:
        return "no report text found"
    return bundle


def _validate(bundles: Sequence[FileTables]) -> list[str]:
    from pipelines.publish.release import validate_rows
    from pipelines.tables import names

    # subset tables are rows of their parent (validated under its schema) that passed its filter
    merged = {t: [r for b in bundles for r in b.tables.get(t, [])] for t in names("file")}
    return validate_rows(merged)


def stage_batch(batch: Batch) -> list[FileOutcome]:
    """Build, validate (Frictionless, once for the batch) and stage each file of ``batch``."""
    from pipelines.fingerprint import code_fingerprint
    from pipelines.staging import encode, staged_path, write_staged

    if code_fingerprint() != batch.fingerprint:  # a worker with other code would stage other rows
        why = (f"the worker's code differs from the run's (fingerprint {code_fingerprint()[:12]} ≠ "
               f"{batch.fingerprint[:12]}): deploy the same version to every worker")
        return [FileOutcome(j.name, j.key, False, why, ()) for j in batch.jobs]
    outcomes: dict[str, FileOutcome] = {}
    built: list[tuple[FileJob, FileTables]] = []
    for job in batch.jobs:
        result = _build(job)
        if isinstance(result, str):
            outcomes[job.name] = FileOutcome(job.name, job.key, False, result, ())
        else:
            built.append((job, result))
    if built and _validate([b for _, b in built]):
        # attribute the errors to the files that have them (rare: only when something is wrong)
        kept = []
        for job, bundle in built:
            errors = _validate([bundle])
            if errors:
                outcomes[job.name] = FileOutcome(job.name, job.key, False,
                                                 "tables failed validation: " + "; ".join(errors[:5]), ())
            else:
                kept.append((job, bundle))
        built = kept
    staging = Path(batch.staging)
    for job, bundle in built:
        write_staged(staged_path(staging, job.key), encode(bundle, batch.fingerprint))
        warn = tuple(f"[{job.name}] warning: {w}" for w in bundle.warnings)
        outcomes[job.name] = FileOutcome(job.name, job.key, True, "", describe(bundle) + warn)
    return [outcomes[j.name] for j in batch.jobs]


def batches(jobs: Sequence[FileJob], staging: Path, fingerprint: str, workers: int) -> list[Batch]:
    """Jobs cut into batches of at most BATCH_FILES files, at least one batch a worker."""
    size = max(1, min(BATCH_FILES, -(-len(jobs) // workers)))
    return [Batch(tuple(jobs[i:i + size]), str(staging), fingerprint) for i in range(0, len(jobs), size)]


def _worker_init() -> None:
    # The parent decides when to stop: workers ignore Ctrl-C sent to the whole process group
    # (no tracebacks from every worker) and die by SIGTERM from the parent.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    from pipelines.locking import close_inherited

    close_inherited()


def run_local(work: Sequence[Batch], workers: int) -> Iterator[list[FileOutcome]]:
    """Outcomes of each batch as it finishes: in this process for one worker, else a process pool."""
    if workers <= 1 or len(work) <= 1:
        for b in work:
            yield stage_batch(b)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_worker_init)
    pending: set[Future] = set()
    try:
        pending = {pool.submit(stage_batch, b) for b in work}
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                yield fut.result()
    finally:
        for fut in pending:
            fut.cancel()
        for proc in list(getattr(pool, "_processes", {}).values()):  # stop work in flight at once
            if proc.is_alive() and pending:
                proc.terminate()
        pool.shutdown(wait=True, cancel_futures=True)


def run_dask(work: Sequence[Batch], scheduler: str) -> Iterator[list[FileOutcome]]:
    """Outcomes of each batch from a Dask distributed cluster at ``scheduler`` (tcp://host:port).

    Workers need this package importable and the raw and output folders at the same paths
    (a shared filesystem); see docs/deploy.md.
    """
    from distributed import Client, as_completed

    with Client(scheduler, timeout="30s") as client:
        futures = client.map(stage_batch, list(work), pure=False)
        try:
            for fut in as_completed(futures):
                yield fut.result()
        finally:
            client.cancel(futures)


def run_batches(work: Sequence[Batch], workers: int, scheduler: str = "") -> Iterator[list[FileOutcome]]:
    """Dispatch to the configured engine."""
    return run_dask(work, scheduler) if scheduler else run_local(work, workers)


def default_workers() -> int:
    """Worker processes: ``PIPELINE_WORKERS`` or the cores this process may use."""
    env = os.environ.get("PIPELINE_WORKERS")
    if env:
        return max(1, int(env))
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return os.cpu_count() or 1
