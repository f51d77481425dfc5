"""One download per release, and a ``latest`` that needs no symbolic link.

``releases/<version>.zip`` holds the whole release folder under ``<version>/``. It is deterministic:
entries sorted by path, every timestamp 1980-01-01 00:00, fixed permissions and compression, so the
same release content always gives the same bytes (and the same sha256).

How entries are compressed, and why (the archive's bytes changed with this, its content did not):
a release of a thousand reports is ~400 MB and deflate runs at ~20 MB/s here, so zipping it whole
took 15-20 s on every publish, even when one report changed. Now (1) an entry the last release's
zip holds with the same content is copied compressed; (2) files from 4 MiB on (the large tables and
their spreadsheet copies) are deflated in pieces cut by their content (``pieces``), so that after a
change only the pieces around it are compressed again; (3) Parquet files are stored: they are
compressed already and deflate gained 2 % on them. Every file's bytes inside the zip are as before.

Where symbolic links do not work (zip files, Windows, object stores), ``LATEST`` (a text file with
the version) and ``latest.zip`` (the last release's zip under a second name: a hard link, or a copy
where links fail) sit beside ``latest``.
"""

from __future__ import annotations

import os
import shutil
import struct
import zipfile
import zlib
from pathlib import Path

from pipelines.publish.layout import ReleaseLayout
from pipelines.publish.package import sha256_file
from pipelines.publish.pieces import FINAL_BLOCK, deflate_pieces

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


def _entry(name: str, size: int, stored: bool = False) -> zipfile.ZipInfo:
    """The entry as :func:`deterministic_zip` makes it (or stored, uncompressed)."""
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
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


def _begin_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Write ``info``'s local header where the archive's directory would start, as ``ZipFile``
    does before an entry's data; returns whether the header is a zip64 one."""
    zip64 = info.file_size * 1.05 > zipfile.ZIP64_LIMIT
    zf.fp.seek(zf.start_dir)
    info.header_offset = zf.fp.tell()
    zf._writecheck(info)
    zf._didModify = True
    zf.fp.write(info.FileHeader(zip64))
    return zip64


def _copy_packed(zf: zipfile.ZipFile, info: zipfile.ZipInfo, crc: int, packed: bytes) -> None:
    """Append an entry whose compressed bytes are known, writing what ``ZipFile.writestr`` writes
    for the same content (same header fields, same deflate output at the same level)."""
    info.compress_size, info.CRC, info.flag_bits = len(packed), crc, 0
    _begin_entry(zf, info)
    zf.fp.write(packed)
    zf.start_dir = zf.fp.tell()
    zf.filelist.append(info)
    zf.NameToInfo[info.filename] = info


PIECED = 1 << 22  # files from 4 MiB on are deflated in pieces (``pieces``), so that zips share them


def _data_start(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> int:
    zf.fp.seek(info.header_offset)
    name_len, extra_len = struct.unpack("<HH", zf.fp.read(30)[26:30])
    return info.header_offset + 30 + name_len + extra_len


def _known_pieces(old: zipfile.ZipFile | None, prior: zipfile.ZipInfo | None,
                  listed: list[tuple[str, int]] | None) -> dict[str, tuple[int, int]]:
    """Piece id → (offset, length) of its compressed bytes in the last zip."""
    if old is None or prior is None or not listed:
        return {}
    if sum(n for _, n in listed) + len(FINAL_BLOCK) != prior.compress_size:
        return {}  # the list does not describe this entry
    out, pos = {}, _data_start(old, prior)
    for pid, n in listed:
        out[pid] = (pos, n)
        pos += n
    return out


def _write_pieced(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path, known: dict[str, tuple[int, int]],
                  old: zipfile.ZipFile | None) -> list[tuple[str, int]]:
    """Append a file deflated in pieces; returns its pieces' ids and compressed lengths."""
    def read_packed(offset: int, length: int) -> bytes:
        assert old is not None
        old.fp.seek(offset)
        return old.fp.read(length)

    info.compress_size, info.CRC, info.flag_bits = 0, 0, 0
    zip64 = _begin_entry(zf, info)
    crc, size, listed = 0, 0, []
    with path.open("rb") as f:
        for pid, packed, piece in deflate_pieces(f, known, read_packed):
            zf.fp.write(packed)
            crc = zlib.crc32(piece, crc)
            size += len(packed)
            if pid:
                listed.append((pid, len(packed)))
    info.CRC, info.compress_size = crc, size
    end = zf.fp.tell()
    zf.fp.seek(info.header_offset)
    zf.fp.write(info.FileHeader(zip64))  # now with the CRC and sizes, as ZipFile does
    zf.fp.seek(end)
    zf.start_dir = end
    zf.filelist.append(info)
    zf.NameToInfo[info.filename] = info
    return listed


def zip_release(release: Path, prefix: str, target: Path, reuse: Path | None = None,
                reuse_prefix: str = "", pieces_before: dict[str, list[tuple[str, int]]] | None = None,
                ) -> dict[str, list[tuple[str, int]]]:
    """Zip the release folder under ``prefix/``, file by file (memory holds a block, not the release);
    returns the pieces of the files deflated in pieces, by path inside the release.

    Entries are sorted by path, with fixed times and permissions. Parquet files are stored (they are
    compressed already: deflate gains 2 % at the price of the slowest bytes to compress); files from
    :data:`PIECED` bytes on are deflated in pieces (``pieces``); the others whole, at level 6.
    An entry of ``reuse`` (the last release's zip, entries under ``reuse_prefix``) with the same path,
    size and CRC-32 is copied compressed (the same code gives the same bytes for the same content), and
    so is each piece ``pieces_before`` lists for it. The bytes depend on the release's content only.

    Copying compressed bytes and deflating in pieces append to the archive through ``ZipFile``'s
    internals (``fp``, ``start_dir``, ``_writecheck``), which CPython has kept from 3.8 to 3.13 but
    does not promise. Where they are missing or misbehave, or the written archive does not list
    every file at its size, the archive is written again with the public API alone: every entry
    deflated whole (slower, the same content, other compressed bytes).
    """
    files = sorted((f"{prefix}/{p.relative_to(release).as_posix()}", p)
                   for p in release.rglob("*") if p.is_file())
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    pieced: dict[str, list[tuple[str, int]]] | None = None
    if _can_append_packed():
        try:
            pieced = _write_zip(tmp, files, prefix, reuse, reuse_prefix, pieces_before, fast=True)
        except Exception:  # noqa: BLE001 - any failure of the internals: the public API writes it again
            pieced = None
        if pieced is not None and not _lists_files(tmp, files):
            pieced = None
    if pieced is None:
        pieced = _write_zip(tmp, files, prefix, None, "", None, fast=False)
    os.replace(tmp, target)
    return pieced


_INTERNALS = ("fp", "start_dir", "_writecheck", "_didModify", "filelist", "NameToInfo")


def _can_append_packed() -> bool:
    """Whether this Python's ``ZipFile`` has the internals :func:`_copy_packed` and
    :func:`_write_pieced` append through (checked on a throwaway archive in memory)."""
    import io

    with zipfile.ZipFile(io.BytesIO(), "w") as probe:
        has_fields = all(hasattr(probe, a) for a in _INTERNALS)
    return has_fields and callable(getattr(zipfile.ZipInfo, "FileHeader", None))


def _lists_files(archive: Path, files: list[tuple[str, Path]]) -> bool:
    """The archive's directory names every file, in order, at its size (reads the directory only)."""
    try:
        with zipfile.ZipFile(archive) as zf:
            listed = [(i.filename, i.file_size) for i in zf.infolist()]
    except (zipfile.BadZipFile, OSError):
        return False
    return listed == [(name, path.stat().st_size) for name, path in files]


def _write_zip(tmp: Path, files: list[tuple[str, Path]], prefix: str, reuse: Path | None, reuse_prefix: str,
               pieces_before: dict[str, list[tuple[str, int]]] | None, fast: bool,
               ) -> dict[str, list[tuple[str, int]]]:
    """Write the archive of ``files`` to ``tmp``; ``fast`` copies and pieces as :func:`zip_release` says."""
    old = zipfile.ZipFile(reuse) if fast and reuse is not None and reuse.is_file() else None
    pieced: dict[str, list[tuple[str, int]]] = {}
    try:
        old_infos = {i.filename.removeprefix(reuse_prefix + "/"): i for i in old.infolist()} if old else {}
        with zipfile.ZipFile(tmp, "w") as zf:
            for name, path in files:
                rel = name.removeprefix(prefix + "/")
                info = _entry(name, path.stat().st_size, stored=path.suffix == ".parquet")
                prior = old_infos.get(rel)
                if fast and info.file_size >= PIECED and info.compress_type == zipfile.ZIP_DEFLATED:
                    known = _known_pieces(old, prior, (pieces_before or {}).get(rel))
                    pieced[rel] = _write_pieced(zf, info, path, known, old)
                    continue
                if prior is not None and old is not None and prior.file_size == info.file_size \
                        and prior.compress_type == info.compress_type:
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
    return pieced


def archive_release(releases: Path, version: str, previous: str | None = None,
                    layout: ReleaseLayout | None = None) -> Path:
    """``releases/<version>.zip`` of ``releases/<version>/`` (rewritten atomically); returns its path.

    With ``previous`` (a version whose zip the same code made), unchanged files and pieces are copied
    from that zip; ``layout`` (of the new release, with the previous one's) records the new pieces.
    """
    target = releases / f"{version}.zip"
    reuse = releases / f"{previous}.zip" if previous else None
    before = layout.previous.zip_pieces if layout is not None and layout.previous is not None else None
    pieced = zip_release(releases / version, version, target, reuse, previous or "", before)
    if layout is not None:
        layout.zip_pieces = pieced
        layout.zip_sha256 = sha256_file(target)
    return target


def publish_plain_latest(out_dir: Path, version: str, previous: str | None = None,
                         layout: ReleaseLayout | None = None) -> None:
    """``LATEST`` with the version and ``latest.zip`` as a hard link to its zip, or a copy where links
    fail (the zip made if missing).

    Call after ``latest`` was switched to ``releases/<version>``. Both files are replaced by rename,
    so a reader sees the old or the new one, never half of one.
    """
    releases = out_dir / "releases"
    archive = releases / f"{version}.zip"
    if not archive.exists():
        archive_release(releases, version, previous, layout)
    tmp_zip = out_dir / f".{LATEST_ZIP}.{os.getpid()}.tmp"
    tmp_zip.unlink(missing_ok=True)
    try:  # a second name for the same bytes (a release's zip is never written again once renamed)
        os.link(archive, tmp_zip)
    except OSError:  # no hard links here (another file system, Windows shares): a copy
        shutil.copyfile(archive, tmp_zip)
    os.replace(tmp_zip, out_dir / LATEST_ZIP)
    tmp = out_dir / f".{LATEST_FILE}.{os.getpid()}.tmp"
    tmp.write_text(version + "\n", encoding="utf-8")
    os.replace(tmp, out_dir / LATEST_FILE)
