"""Build, validate and atomically publish a release.

The release is assembled in a hidden temporary folder next to ``releases/``; only when every table
passed Frictionless validation and the CSV/Parquet parity check is it renamed into place and
``latest`` switched to it.  A failed build leaves every earlier release and ``latest`` untouched.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import frictionless
import pyarrow.parquet as pq

from pipelines.publish.archive import publish_plain_latest
from pipelines.publish.extras import write_extras
from pipelines.publish.package import descriptor, sha256_file, write_package_files
from pipelines.publish.rows import FileTables, Row
from pipelines.publish.schemas import TABLES, load_schema
from pipelines.publish.writer import csv_bytes, sort_rows, write_table

log = logging.getLogger(__name__)

SCHEMA_MAJOR = 1  # bump with any rename or removal of a contract column
_VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


class ValidationFailed(RuntimeError):
    """The release did not pass validation; the message lists the errors."""


@dataclass(frozen=True)
class PublishResult:
    version: str
    path: Path
    reused: bool  # True when the content equals the last release and nothing new was written
    row_counts: dict[str, int]


def merge(files: Sequence[FileTables]) -> tuple[dict[str, list[Row]], dict[str, str]]:
    """All files' rows per table, and all documents' texts."""
    tables: dict[str, list[Row]] = {t: [] for t in TABLES}
    texts: dict[str, str] = {}
    for f in sorted(files, key=lambda f: f.source_file):
        for t in TABLES:
            tables[t].extend(f.tables.get(t, []))
        texts.update(f.texts)
    return tables, texts


def validate_rows(tables: Mapping[str, Sequence[Row]]) -> list[str]:
    """Frictionless validation of in-memory tables (as the CSV they become); returns error lines.

    Only the tables given are checked (foreign keys to a table not given are not checked).
    """
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "data").mkdir()
        resources = []
        for t in tables:
            (root / "data" / f"{t}.csv").write_bytes(csv_bytes(t, sort_rows(t, tables.get(t, []))))
            schema = dict(load_schema(t))
            if "documents" not in tables:
                schema.pop("foreignKeys", None)
            resources.append({"name": t, "type": "table", "path": f"data/{t}.csv", "format": "csv",
                              "encoding": "utf-8", "schema": schema})
        return validate_descriptor(root, {"name": "check", "resources": resources})


def validate_descriptor(root: Path, package: dict) -> list[str]:
    """Validate the CSV resources of a package descriptor rooted at ``root``."""
    csv_only = dict(package, resources=[r for r in package["resources"] if r.get("format") == "csv"])
    pkg = frictionless.Package(csv_only, basepath=str(root))
    report = pkg.validate()
    errors = []
    for task in report.tasks:
        for err in task.errors:
            errors.append(f"{task.name}: {err.message}")
    for err in report.errors:
        errors.append(err.message)
    return errors


def check_parity(root: Path, tables: Mapping[str, Sequence[Row]]) -> list[str]:
    """CSV and Parquet hold the same number of rows and the same columns."""
    problems = []
    for t in TABLES:
        pt = pq.read_table(root / "data" / f"{t}.parquet")
        if pt.num_rows != len(tables.get(t, [])):
            problems.append(f"{t}: parquet has {pt.num_rows} rows, csv {len(tables.get(t, []))}")
        header = (root / "data" / f"{t}.csv").read_text(encoding="utf-8").split("\n", 1)[0].split(",")
        if pt.column_names != header:
            problems.append(f"{t}: parquet columns differ from csv header")
    return problems


def content_digest(root: Path) -> str:
    """Digest of the data files and texts (not of datapackage.json, whose `created` changes)."""
    h = hashlib.sha256()
    for p in sorted(list((root / "data").glob("*.csv")) + list((root / "texts").glob("*.txt"))):
        h.update(p.relative_to(root).as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def existing_versions(releases: Path) -> list[tuple[int, int, int]]:
    if not releases.is_dir():
        return []
    found = [m.groups() for p in releases.iterdir() if p.is_dir() and (m := _VERSION.match(p.name))]
    return sorted(tuple(int(x) for x in g) for g in found)  # type: ignore[misc]


def next_version(releases: Path) -> str:
    versions = existing_versions(releases)
    if not versions or versions[-1][0] < SCHEMA_MAJOR:
        return f"{SCHEMA_MAJOR}.0.0"
    major, minor, patch = versions[-1]
    return f"{major}.{minor}.{patch + 1}"


def point_latest(out_dir: Path, version: str) -> None:
    """Switch ``latest`` to ``releases/<version>`` atomically (symlink replaced by rename)."""
    latest = out_dir / "latest"
    tmp = out_dir / f".latest-{os.getpid()}"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    tmp.symlink_to(Path("releases") / version, target_is_directory=True)
    if latest.exists() and not latest.is_symlink():
        shutil.rmtree(latest)
    os.replace(tmp, latest)


def publish(files: Sequence[FileTables], out_dir: Path,
            sources: Sequence[Mapping[str, str]]) -> PublishResult:
    """Write, validate and publish a release of ``files`` under ``out_dir``; raises ValidationFailed."""
    tables, texts = merge(files)
    releases = out_dir / "releases"
    releases.mkdir(parents=True, exist_ok=True)
    version = next_version(releases)
    build = Path(tempfile.mkdtemp(prefix=f".build-{version}-", dir=releases))
    try:
        (build / "data").mkdir()
        (build / "texts").mkdir()
        counts = {}
        for t in TABLES:
            write_table(t, tables[t], build / "data")
            counts[t] = len(tables[t])
        for doc_id, text in sorted(texts.items()):
            (build / "texts" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        for src in sources:  # the raw files themselves, so that raw offsets can be checked in place
            if src.get("raw_path"):
                (build / "raw").mkdir(exist_ok=True)
                raw_copy = build / "raw" / src["name"]
                shutil.copyfile(src["raw_path"], raw_copy)
                if sha256_file(raw_copy) != src["sha256"]:
                    raise ValidationFailed(f"{src['name']}: changed while the release was built")
        package = descriptor(build, version, sources, counts)
        write_package_files(build, package)
        errors = validate_descriptor(build, package) + check_parity(build, tables)
        if errors:
            raise ValidationFailed(f"release {version} failed validation ({len(errors)} errors): "
                                   + "; ".join(errors[:20]))
        versions = existing_versions(releases)
        write_extras(build, releases / ".".join(map(str, versions[-1])) if versions else None)
        if versions:
            last = ".".join(map(str, versions[-1]))
            if content_digest(releases / last) == content_digest(build):
                shutil.rmtree(build)
                point_latest(out_dir, last)
                publish_plain_latest(out_dir, last)
                log.info("content unchanged since release %s: nothing new published", last)
                return PublishResult(last, releases / last, True, counts)
        final = releases / version
        build.chmod(0o755)
        os.rename(build, final)
        point_latest(out_dir, version)
        publish_plain_latest(out_dir, version)
        log.info("published release %s at %s", version, final)
        return PublishResult(version, final, False, counts)
    except BaseException:
        shutil.rmtree(build, ignore_errors=True)
        raise


def read_package(path: Path) -> dict:
    return json.loads((path / "datapackage.json").read_text(encoding="utf-8"))


def shrinking_tables(releases: Path, ratio: float = 0.8) -> dict[str, list[int]]:
    """Tables whose row count fell below ``ratio`` × that of the release before: {table: [old, new]}."""
    versions = existing_versions(releases)
    if len(versions) < 2:
        return {}
    old, new = (read_package(releases / ".".join(map(str, v))) for v in versions[-2:])
    counts = [{r["name"]: r.get("x_row_count", 0) for r in p["resources"] if r.get("format") == "csv"}
              for p in (old, new)]
    return {t: [n_old, counts[1].get(t, 0)] for t, n_old in counts[0].items()
            if n_old and counts[1].get(t, 0) < ratio * n_old}
