"""Build, validate and atomically publish a release.

The release is assembled in a hidden temporary folder next to ``releases/``; only when every table
passed Frictionless validation and the CSV/Parquet parity check is it renamed into place and
``latest`` switched to it.  A failed build leaves every earlier release and ``latest`` untouched.

What is validated where, and why not again here: every row of a file table was validated by
Frictionless (types, required, enums, patterns, keys within the batch) when its raw file was built
(``engine.stage_batch``), and staged with a sha256 per line; a run reads a staged file only after
checking those hashes, and copies a segment from the last release only when that release's files
are those it published (``layout``). Those rows are the same bytes, so validating them again would
only repeat a verdict. What only the whole release can show is checked here for every run: primary
keys unique across all files, foreign keys to documents and code lists (``keys.ArrowKeyCheck``),
CSV/Parquet parity, the corpus tables and code lists by Frictionless, and that the documents hold
every accepted raw file. ``PIPELINE_FULL_VALIDATION_ROWS`` validates a small release whole again.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import frictionless
import pyarrow.parquet as pq

from pipelines.interrupts import signals_held
from pipelines.publish.archive import publish_plain_latest
from pipelines.publish.assemble import kept_rows, write_segments
from pipelines.publish.codelists import code_lists
from pipelines.publish.extras import write_extras
from pipelines.publish.keys import ArrowKeyCheck
from pipelines.publish.layout import ReleaseLayout, load_previous, register, save_layout, unregister
from pipelines.publish.package import descriptor, sha256_file, write_package_files
from pipelines.publish.rows import FileTables, Row
from pipelines.publish.schemas import TABLES, load_schema
from pipelines.publish.writer import csv_bytes, sort_rows, write_table
from pipelines.staging import SUFFIX, StagedHeader, encode, read_header, read_texts, write_staged
from pipelines.tables import corpus_tables, names

log = logging.getLogger(__name__)

SCHEMA_MAJOR = 2  # bump with any rename or removal of a contract column
_VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


class ValidationFailed(RuntimeError):
    """The release did not pass validation; the message lists the errors."""


@dataclass(frozen=True)
class PublishResult:
    version: str
    path: Path
    reused: bool  # True when the content equals the last release and nothing new was written
    row_counts: dict[str, int]


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
            # a foreign key to a table not given (documents of another batch, a code list written at
            # publish time) is checked elsewhere: by KeyCheck across the whole release
            schema["foreignKeys"] = [fk for fk in schema.get("foreignKeys", [])
                                     if fk["reference"]["resource"] in tables]
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


def check_parity(root: Path, counts: Mapping[str, int]) -> list[str]:
    """CSV and Parquet hold the same number of rows and the same columns."""
    problems = []
    for t in TABLES:
        meta = pq.read_metadata(root / "data" / f"{t}.parquet")
        if meta.num_rows != counts.get(t, 0):
            problems.append(f"{t}: parquet has {meta.num_rows} rows, csv {counts.get(t, 0)}")
        with (root / "data" / f"{t}.csv").open(encoding="utf-8", newline="") as f:
            header = next(csv.reader(f))
        if meta.schema.to_arrow_schema().names != header:
            problems.append(f"{t}: parquet columns differ from csv header")
    return problems


def _content_files(root: Path) -> list[Path]:
    """The files :func:`content_digest` reads, in its order."""
    return sorted(list((root / "data").glob("*.csv")) + list((root / "texts").glob("*.txt")))


def _same_bytes(a: Path, b: Path) -> bool:
    with a.open("rb") as fa, b.open("rb") as fb:
        while True:
            block = fa.read(1 << 20)
            if block != fb.read(1 << 20):
                return False
            if not block:
                return True


def same_content(a: Path, b: Path) -> bool:
    """Whether two release folders have the same content as :func:`content_digest` defines it,
    deciding as early as it can: a file more or less, or one of another size, is other content
    without reading a byte; then the files are compared block by block, smallest first, and the first
    difference ends it (a changed figure keeps its tables' sizes but differs in the first topic table
    read, instead of 400 MB hashed twice); only when all agree are the descriptors' parts compared."""
    files_a, files_b = _content_files(a), _content_files(b)
    rel_a = [p.relative_to(a).as_posix() for p in files_a]
    if rel_a != [p.relative_to(b).as_posix() for p in files_b]:
        return False
    sizes = [(pa.stat().st_size, pb.stat().st_size) for pa, pb in zip(files_a, files_b, strict=True)]
    if any(x != y for x, y in sizes):
        return False
    by_size = sorted(range(len(files_a)), key=lambda i: (sizes[i][0], rel_a[i]))
    if not all(_same_bytes(files_a[i], files_b[i]) for i in by_size):
        return False
    return _descriptor_parts(a) == _descriptor_parts(b)


def _descriptor_parts(root: Path) -> bytes:
    """The parts of ``datapackage.json`` that are content: its sources and its table schemas."""
    package = root / "datapackage.json"
    if not package.is_file():
        return b""
    descriptor_ = json.loads(package.read_text(encoding="utf-8"))
    schemas = {r.get("name", ""): r.get("schema") for r in descriptor_.get("resources", [])}
    return b"".join(json.dumps(part, sort_keys=True, ensure_ascii=False).encode("utf-8")
                    for part in (descriptor_.get("sources", []), schemas))


def content_digest(root: Path) -> str:
    """Digest of the data files, texts, sources and table schemas (not of the whole datapackage.json,
    whose `created` changes).  A schema changed alone (a new enum value, a description) is a new release:
    the published descriptor would otherwise keep the old schema."""
    h = hashlib.sha256()
    for p in _content_files(root):
        h.update(p.relative_to(root).as_posix().encode())
        with p.open("rb") as f:  # in blocks: a table of a large corpus is tens of MB
            for block in iter(lambda f=f: f.read(1 << 20), b""):
                h.update(block)
    h.update(_descriptor_parts(root))  # a new raw/sources.csv entry, a changed schema: a new release
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


def _referenced_tables() -> set[str]:
    return {fk["reference"]["resource"] for t in names() for fk in load_schema(t).get("foreignKeys", [])}


def _write_tables(build: Path, headers: Sequence[StagedHeader], layout: ReleaseLayout,
                  previous: Path | None) -> tuple[dict[str, int], list[str], set[str]]:
    """Write every table into ``build/data``; returns row counts, key problems and source files.

    File and subset tables are written segment by segment (``assemble.write_segments``: segments the
    last release holds are copied from it); keys are checked on each table's Arrow batches and
    forgotten after it, except the key values of referenced tables (``documents``) for the foreign
    keys. Corpus tables are built from the rows they read (``input_where``), kept in the layout.
    """
    counts: dict[str, int] = {}
    problems: list[str] = []
    # coded columns point at their code list (written with the release by the code-list extra)
    referenced: dict[str, set[str]] = {name: {str(r["code"]) for r in rows}
                                       for name, _title, _schema, rows in code_lists()}
    keep = _referenced_tables()
    for t in names("file", "subset"):
        check = ArrowKeyCheck(t, keep_values=t in keep)
        counts[t] = write_segments(t, headers, build / "data", layout, previous, check)
        problems += check.problems(referenced)
        if t in keep:
            referenced[t] = check.values
    sources = {seg.group for seg in layout.tables["documents"].segments}  # its source_file values
    inputs: dict[tuple, object] = {}

    def read(name: str, where: Callable | None = None, typed: bool = True) -> object:
        # the same iterable for the same input, so that corpus tables built from the same inputs
        # (panel and reconciliation) can share one pass over them (panel.panel_tables)
        return inputs.setdefault((name, where, typed), kept_rows(layout, name, where, typed))

    for t, rows in corpus_tables(read).items():
        write_table(t, rows, build / "data")
        counts[t] = len(rows)
    return counts, problems, sources


def full_validation_rows() -> int:
    """Releases up to this many rows are validated again, whole, by Frictionless (env
    ``PIPELINE_FULL_VALIDATION_ROWS``, default 0: every file's rows were validated by Frictionless in
    their batch, and keys across files are checked here in Python)."""
    return int(os.environ.get("PIPELINE_FULL_VALIDATION_ROWS", "0"))


def publish_staged(headers: Sequence[StagedHeader], out_dir: Path, sources: Sequence[Mapping[str, str]],
                   before_rename: Callable[[set[str]], None] | None = None) -> PublishResult:
    """Write, check and atomically publish a release of staged files; raises ValidationFailed.

    ``before_rename(source_files_in_documents)`` runs right before the rename and may raise to stop
    the publish (a raw file changed, a file is missing, a signal came).
    """
    from pipelines.fingerprint import code_fingerprint

    headers = sorted(headers, key=lambda h: h.source_file)
    releases = out_dir / "releases"
    releases.mkdir(parents=True, exist_ok=True)
    version = next_version(releases)
    versions = existing_versions(releases)
    previous = releases / ".".join(map(str, versions[-1])) if versions else None
    # the last release's layout, when it was written by this code and its files are as published
    layout = ReleaseLayout(version, code_fingerprint(), previous=load_previous(out_dir, previous,
                                                                               code_fingerprint()))
    build = Path(tempfile.mkdtemp(prefix=f".build-{version}-", dir=releases))
    register(build, layout)
    try:
        (build / "data").mkdir()
        (build / "texts").mkdir()
        counts, problems, in_documents = _write_tables(build, headers, layout, previous)
        for h in headers:
            for doc_id, text in read_texts(h).items():
                (build / "texts" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        for src in sources:  # the raw files themselves, so that raw offsets can be checked in place
            if src.get("raw_path"):
                (build / "raw").mkdir(exist_ok=True)
                raw_copy = build / "raw" / src["name"]
                shutil.copyfile(src["raw_path"], raw_copy)
                if sha256_file(raw_copy) != src["sha256"]:
                    raise ValidationFailed(f"{src['name']}: changed while the release was built")
        package = descriptor(build, version, sources, counts)
        errors = problems + check_parity(build, counts)
        if sum(counts.values()) <= full_validation_rows():
            errors += validate_descriptor(build, package)
        else:
            corpus = [r for r in package["resources"] if r["name"] in names("corpus")]
            errors += validate_descriptor(build, dict(package, resources=corpus))
        if errors:
            raise ValidationFailed(f"release {version} failed validation ({len(errors)} errors): "
                                   + "; ".join(errors[:20]))
        write_package_files(build, package, sums=False)  # SHA256SUMS once, when sealed after the extras
        write_extras(build, previous)  # extras read and extend the written descriptor
        if before_rename is not None:
            before_rename(in_documents)
        # the last zip's entries are reused only when the same code made it (same level, same headers)
        reuse_zip = previous.name if previous is not None and layout.previous is not None else None
        if previous is not None and same_content(previous, build):
            shutil.rmtree(build)
            with signals_held():
                point_latest(out_dir, previous.name)
                publish_plain_latest(out_dir, previous.name)
            # the same content: the layout describes the kept release (its files are checked by
            # sha256 before any reuse, so a file that differs is simply not reused)
            layout.version = previous.name
            if layout.previous is not None:
                layout.zip_sha256, layout.zip_pieces = layout.previous.zip_sha256, layout.previous.zip_pieces
            save_layout(out_dir, layout)  # no stats: the kept files are checked by sha256 next time
            log.info("content unchanged since release %s: nothing new published", previous.name)
            return PublishResult(previous.name, previous, True, counts)
        final = releases / version
        build.chmod(0o755)
        with signals_held():
            os.rename(build, final)
            point_latest(out_dir, version)
            publish_plain_latest(out_dir, version, reuse_zip, layout)
        layout.previous = None  # not saved with it: free it first
        layout.record_stats(final)
        save_layout(out_dir, layout)
        log.info("published release %s at %s", version, final)
        return PublishResult(version, final, False, counts)
    except BaseException:
        shutil.rmtree(build, ignore_errors=True)
        raise
    finally:
        unregister(build)


def publish(files: Sequence[FileTables], out_dir: Path,
            sources: Sequence[Mapping[str, str]]) -> PublishResult:
    """Publish in-memory tables of ``files``: validated by Frictionless as one batch, staged to a
    temporary folder, then published as by publish_staged."""
    from pipelines.fingerprint import code_fingerprint

    errors = validate_rows({t: [r for f in files for r in f.tables.get(t, [])] for t in names("file")})
    if errors:
        raise ValidationFailed(f"the tables failed validation ({len(errors)} errors): "
                               + "; ".join(errors[:20]))

    with tempfile.TemporaryDirectory(prefix=".stage-", dir=out_dir if out_dir.is_dir() else None) as tmp:
        headers = []
        for n, f in enumerate(files):
            path = Path(tmp) / f"{n:06d}{SUFFIX}"
            write_staged(path, encode(f, code_fingerprint()))
            headers.append(read_header(path))
        return publish_staged(headers, out_dir, sources)


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
