"""Run the whole job in-process through the Dagster assets: every raw file, then the release.

This is what ``python -m pipelines run`` and cron call; it is the same code path as the Dagster UI.
"""

from __future__ import annotations

import logging
import pickle
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg

from pipelines.definitions import ASSETS, CHECKS, RELEASE_CHECKS, io_manager
from pipelines.defs.partitions import raw_files
from pipelines.defs.resources import PipelinePaths
from pipelines.fingerprint import code_fingerprint
from pipelines.publish.package import sha256_file
from pipelines.text.decode import ACCEPTED_SUFFIXES, BadInputError, list_raw_files, other_files, slug_for

log = logging.getLogger("pipelines")

QUIET = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}


@dataclass
class RunSummary:
    published: str = ""
    release_path: str = ""
    reused: bool = False
    failed_files: dict[str, str] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return bool(self.published) and not self.failed_files


def _failure_message(result: dg.ExecuteInProcessResult) -> str:
    for check in result.get_asset_check_evaluations():
        if not check.passed:
            errors = check.metadata.get("first_errors")
            detail = errors.value.replace("\n", " ") if errors is not None else ""
            return f"check {check.check_name} failed: {detail}"
    for event in result.all_events:
        if event.is_step_failure and event.step_failure_data:
            err = event.step_failure_data.error
            if err is None:
                continue
            cause = err
            while cause.cause is not None and "Failure" not in cause.cls_name:
                cause = cause.cause
            msg = (event.step_failure_data.user_failure_data.description
                   if event.step_failure_data.user_failure_data else None)
            return msg or cause.message.strip().splitlines()[-1]
    return "the run failed"


def _echo_documents(name: str, staged: Path, echo) -> None:
    """One line per document of a staged file: its kind, title and rows per table."""
    bundle = pickle.loads(staged.read_bytes())
    per_doc: dict[str, dict[str, int]] = {}
    for table in ("indicators", "supervision", "cppcc_motions", "glossary"):
        for row in bundle.tables.get(table, []):
            counts = per_doc.setdefault(str(row["doc_id"]), {})
            counts[table] = counts.get(table, 0) + 1
    for doc in bundle.tables["documents"]:
        counts = per_doc.get(str(doc["doc_id"]), {})
        detail = ", ".join(f"{n} {t}" for t, n in counts.items()) or "no rows"
        echo(f"[{name}] {doc['doc_id']} ({doc['report_kind']}) «{doc['title']}»: {detail}")
    echo(f"[{name}] {len(bundle.tables['corrections'])} corrections; tables validated and staged")


def _still_valid(staged: Path, raw_file: Path) -> bool:
    """Staged tables built from this very file by this very code (content hashes, not times)."""
    if not staged.exists():
        return False
    try:
        bundle = pickle.loads(staged.read_bytes())
        return (bundle.source_sha256 == sha256_file(raw_file)
                and bundle.code_fingerprint == code_fingerprint())
    except (OSError, pickle.UnpicklingError, AttributeError, EOFError):
        return False


def run(raw_dir: Path, out_dir: Path, echo=print, force: bool = False) -> RunSummary:
    """Materialize every raw file's partition, then the release. Never raises for a bad file.

    A file whose staged tables were built from the same bytes by the same code is not rebuilt
    unless ``force``.
    """
    started = time.perf_counter()
    summary = RunSummary()
    paths = PipelinePaths(raw_dir=str(raw_dir), output_dir=str(out_dir))
    resources = {"paths": paths, "io_manager": io_manager(str(out_dir))}
    files = list_raw_files(raw_dir)
    if not files:
        raise BadInputError(f"{raw_dir}: no report files (.txt, .md) to process")
    for name in other_files(raw_dir):
        echo(f"[{name}] skipped: not a report text ({', '.join(ACCEPTED_SUFFIXES)})")
    instance = dg.DagsterInstance.ephemeral()
    keys = [slug_for(p.name) for p in files]
    instance.add_dynamic_partitions(raw_files.name, keys)
    file_assets = [a for a in ASSETS if a.key.to_user_string() != "release"]
    owners: dict[str, str] = {}
    for path, key in zip(files, keys, strict=True):
        summary.files.append(path.name)
        if key in owners:
            msg = f"its partition key {key!r} is already taken by {owners[key]}; rename one of them"
            summary.failed_files[path.name] = msg
            echo(f"[{path.name}] FAILED: {msg}")
            continue
        owners[key] = path.name
        staged = paths.staging / f"{key}.pickle"
        if not force and _still_valid(staged, path):
            echo(f"[{path.name}] unchanged file and code: reusing its validated tables")
            _echo_documents(path.name, staged, echo)
            continue
        echo(f"[{path.name}] decode → clean → parse → extract → validate")
        if staged.exists():
            staged.unlink()  # a failed run must not leave older tables to be published for this file
        result = dg.materialize(file_assets + CHECKS, partition_key=key, instance=instance,
                                resources=resources, raise_on_error=False, run_config=QUIET)
        if not result.success or not staged.exists():
            msg = _failure_message(result)
            summary.failed_files[path.name] = msg
            echo(f"[{path.name}] FAILED: {msg}")
            continue
        _echo_documents(path.name, staged, echo)
    if len(summary.failed_files) == len(files):
        echo("no file passed: nothing published; the last release is untouched")
        summary.seconds = time.perf_counter() - started
        return summary
    echo("[release] validate all tables together → publish")
    result = dg.materialize([a for a in ASSETS if a.key.to_user_string() == "release"] + RELEASE_CHECKS,
                            instance=instance, resources=resources, raise_on_error=False, run_config=QUIET)
    for check in result.get_asset_check_evaluations():
        if not check.passed:
            echo(f"[release] warning: {check.check_name}: {check.metadata['shrunk'].value}")
    if result.success:
        mat = result.get_asset_materialization_events()[0].materialization
        summary.published = str(mat.metadata["version"].value)
        summary.release_path = str(mat.metadata["path"].value)
        summary.reused = bool(mat.metadata["reused"].value)
        state = "unchanged, kept" if summary.reused else "published"
        echo(f"[release] {state} {summary.published} at {summary.release_path}")
    else:
        echo(f"[release] FAILED: {_failure_message(result)}; the last release is untouched")
    shutil.rmtree(out_dir / ".dagster", ignore_errors=True)
    summary.seconds = time.perf_counter() - started
    return summary
