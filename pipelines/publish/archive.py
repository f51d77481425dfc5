"""One download per release, and a ``latest`` that needs no symbolic link.

``releases/<version>.zip`` holds the whole release folder under ``<version>/``. It is deterministic:
entries sorted by path, every timestamp 1980-01-01 00:00, fixed permissions and compression level, so
the same release content always gives the same bytes (and the same sha256).

Where symbolic links do not work (zip files, Windows, object stores), ``LATEST`` (a text file with
the version) and ``latest.zip`` (a plain copy of the last release's zip) sit beside ``latest``.
"""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry
LATEST_FILE = "LATEST"
LATEST_ZIP = "latest.zip"


def deterministic_zip(files: list[tuple[str, bytes]], target: Path) -> None:
    """Write ``(name, content)`` pairs to ``target`` as a zip whose bytes depend on the content only.

    >>> import tempfile, hashlib
    >>> d = Path(tempfile.mkdtemp())
    >>> deterministic_zip([("b.txt", b"2"), ("a.txt", b"1")], d / "x.zip")
    >>> deterministic_zip([("a.txt", b"1"), ("b.txt", b"2")], d / "y.zip")
    >>> (d / "x.zip").read_bytes() == (d / "y.zip").read_bytes()
    True
    >>> zipfile.ZipFile(d / "x.zip").namelist()
    ['a.txt', 'b.txt']
    """
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    with zipfile.ZipFile(tmp, "w") as zf:
        for name, data in sorted(files):
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
            info.create_system = 3  # Unix, whatever machine wrote it
            zf.writestr(info, data, compresslevel=6)
    os.replace(tmp, target)


def release_files(release: Path, prefix: str) -> list[tuple[str, bytes]]:
    """Every file of a release folder as ``(prefix/relative path, bytes)``."""
    return [(f"{prefix}/{p.relative_to(release).as_posix()}", p.read_bytes())
            for p in sorted(release.rglob("*")) if p.is_file()]


def archive_release(releases: Path, version: str) -> Path:
    """``releases/<version>.zip`` of ``releases/<version>/`` (rewritten atomically); returns its path."""
    target = releases / f"{version}.zip"
    deterministic_zip(release_files(releases / version, version), target)
    return target


def publish_plain_latest(out_dir: Path, version: str) -> None:
    """``LATEST`` with the version and ``latest.zip`` as a copy of its zip (made if missing).

    Call after ``latest`` was switched to ``releases/<version>``. Both files are replaced by rename,
    so a reader sees the old or the new one, never half of one.
    """
    releases = out_dir / "releases"
    archive = releases / f"{version}.zip"
    if not archive.exists():
        archive_release(releases, version)
    tmp_zip = out_dir / f".{LATEST_ZIP}.{os.getpid()}.tmp"
    shutil.copyfile(archive, tmp_zip)
    os.replace(tmp_zip, out_dir / LATEST_ZIP)
    tmp = out_dir / f".{LATEST_FILE}.{os.getpid()}.tmp"
    tmp.write_text(version + "\n", encoding="utf-8")
    os.replace(tmp, out_dir / LATEST_FILE)
