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
import struct
import zipfile
import zlib
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


CHUNK = 1 << 20


def _entry(name: str, size: int) -> zipfile.ZipInfo:
    """The entry as :func:`deterministic_zip` makes it."""
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o100644 << 16
    info.create_system = 3
    info.file_size = size
    if hasattr(zipfile.ZipInfo, "compress_level"):  # Python ≥ 3.13
        info.compress_level = 6
    else:
        info._compresslevel = 6
    return info


def _crc32(path: Path) -> int:
    crc = 0
    with path.open("rb") as f:
        for block in iter(lambda: f.read(CHUNK), b""):
            crc = zlib.crc32(block, crc)
    return crc


def _packed(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The compressed bytes of an entry of ``zf``, as stored."""
    fp = zf.fp
    fp.seek(info.header_offset)
    head = fp.read(30)
    name_len, extra_len = struct.unpack("<HH", head[26:30])
    fp.seek(info.header_offset + 30 + name_len + extra_len)
    return fp.read(info.compress_size)


def _copy_packed(zf: zipfile.ZipFile, info: zipfile.ZipInfo, crc: int, packed: bytes) -> None:
    """Append an entry whose compressed bytes are known, writing what ``ZipFile.writestr`` writes
    for the same content (same header fields, same deflate output at the same level)."""
    info.compress_size, info.CRC, info.flag_bits = len(packed), crc, 0
    zip64 = info.file_size * 1.05 > zipfile.ZIP64_LIMIT
    zf.fp.seek(zf.start_dir)
    info.header_offset = zf.fp.tell()
    zf._writecheck(info)
    zf._didModify = True
    zf.fp.write(info.FileHeader(zip64))
    zf.fp.write(packed)
    zf.start_dir = zf.fp.tell()
    zf.filelist.append(info)
    zf.NameToInfo[info.filename] = info


def zip_release(release: Path, prefix: str, target: Path, reuse: Path | None = None,
                reuse_prefix: str = "") -> None:
    """The bytes :func:`deterministic_zip` gives for :func:`release_files`, written file by file
    (memory holds one block, not the release).

    An entry of ``reuse`` (the last release's zip, entries under ``reuse_prefix``) with the same
    path, size and CRC-32 is copied compressed: deflate at one level gives the same bytes for the
    same content, so only files that changed are compressed again.
    """
    files = sorted((f"{prefix}/{p.relative_to(release).as_posix()}", p)
                   for p in release.rglob("*") if p.is_file())
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    old = zipfile.ZipFile(reuse) if reuse is not None and reuse.is_file() else None
    try:
        old_infos = {i.filename.removeprefix(reuse_prefix + "/"): i for i in old.infolist()} if old else {}
        with zipfile.ZipFile(tmp, "w") as zf:
            for name, path in files:
                info = _entry(name, path.stat().st_size)
                prior = old_infos.get(name.removeprefix(prefix + "/"))
                if prior is not None and old is not None and prior.file_size == info.file_size \
                        and prior.compress_type == zipfile.ZIP_DEFLATED:
                    crc = _crc32(path)
                    if crc == prior.CRC:
                        _copy_packed(zf, info, crc, _packed(old, prior))
                        continue
                with zf.open(info, "w") as dest, path.open("rb") as src:
                    for block in iter(lambda src=src: src.read(CHUNK), b""):
                        dest.write(block)
    finally:
        if old is not None:
            old.close()
    os.replace(tmp, target)


def archive_release(releases: Path, version: str, previous: str | None = None) -> Path:
    """``releases/<version>.zip`` of ``releases/<version>/`` (rewritten atomically); returns its path.

    With ``previous`` (a version whose zip exists), unchanged files are copied from that zip.
    """
    target = releases / f"{version}.zip"
    reuse = releases / f"{previous}.zip" if previous else None
    zip_release(releases / version, version, target, reuse, previous or "")
    return target


def publish_plain_latest(out_dir: Path, version: str, previous: str | None = None) -> None:
    """``LATEST`` with the version and ``latest.zip`` as a copy of its zip (made if missing).

    Call after ``latest`` was switched to ``releases/<version>``. Both files are replaced by rename,
    so a reader sees the old or the new one, never half of one.
    """
    releases = out_dir / "releases"
    archive = releases / f"{version}.zip"
    if not archive.exists():
        archive_release(releases, version, previous)
    tmp_zip = out_dir / f".{LATEST_ZIP}.{os.getpid()}.tmp"
    shutil.copyfile(archive, tmp_zip)
    os.replace(tmp_zip, out_dir / LATEST_ZIP)
    tmp = out_dir / f".{LATEST_FILE}.{os.getpid()}.tmp"
    tmp.write_text(version + "\n", encoding="utf-8")
    os.replace(tmp, out_dir / LATEST_FILE)
