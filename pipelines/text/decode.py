"""Read a raw report file: detect its encoding, reject what is not text, hash its bytes.

>>> slug_for("上城区 2013 报告.txt")
'2013-2b3b1b2c'
>>> slug_for("shangcheng-2013-reports.txt")
'shangcheng-2013-reports'
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

ACCEPTED_SUFFIXES = (".txt", ".md", ".text")
#: Default size limit of one raw file (bytes); ``PIPELINE_MAX_FILE_BYTES`` overrides it. A real
#: report is well under 1 MB; the limit keeps a stray dump or a device from filling memory.
DEFAULT_MAX_FILE_BYTES = 50_000_000
# A BOM names its encoding; UTF-32 first, since the UTF-32-LE BOM begins with the UTF-16-LE one.
_BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),
         (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"))


# Characters that would break a line-based listing (README, SHA256SUMS, logs) or hide text:
# control characters, line and paragraph separators, bidirectional and other format controls.
_BAD_NAME_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})


class BadInputError(ValueError):
    """A raw file that cannot become a document: the message names the file and the problem."""


@dataclass(frozen=True)
class SourceText:
    """A raw file decoded as text. ``text`` is what every raw offset indexes."""

    name: str
    slug: str
    text: str
    sha256: str
    encoding: str
    size: int


def slug_for(file_name: str) -> str:
    """An ASCII partition key for a raw file name: its ASCII words, or a hash where there are none."""
    stem = Path(file_name).stem
    ascii_part = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    if ascii_part and stem.isascii():
        return ascii_part[:60]
    digest = hashlib.sha1(stem.encode("utf-8")).hexdigest()[:8]
    return f"{ascii_part[:50]}-{digest}" if ascii_part else f"file-{digest}"


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data[:4096]:
        return True
    sample = data[:4096]
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 13, 12))
    return control > max(8, len(sample) // 50)


def _text_quality(text: str) -> float:
    """Share of characters that are CJK, ASCII printable or common punctuation."""
    if not text:
        return 0.0
    good = 0
    for ch in text:
        o = ord(ch)
        if ch.isspace() or 0x20 <= o < 0x7F or 0x4E00 <= o <= 0x9FFF or 0x3000 <= o <= 0x303F \
                or 0xFF00 <= o <= 0xFFEF or 0x2000 <= o <= 0x206F:
            good += 1
        elif unicodedata.category(ch).startswith(("L", "N", "P")):
            good += 0.5
    return good / len(text)


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    """Decode raw bytes: UTF-16/32 by their BOM, else UTF-8 (with or without BOM), else GB18030.

    Returns (text, encoding). An error names the encoding tried and the byte offset in it.

    >>> decode_bytes("上城区".encode("gb18030"), "x.txt")
    ('上城区', 'gb18030')
    >>> decode_bytes("\ufeff上城区".encode("utf-16-le"), "x.txt")
    ('上城区', 'utf-16-le')
    """
    if not data.strip():
        raise BadInputError(f"{name}: the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_with_bom(data[len(bom):], len(bom), encoding, name)
    if _looks_binary(data):
        raise BadInputError(f"{name}: the file is binary, not a text report")
    try:
        text = data.decode("utf-8-sig")
        encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    except UnicodeDecodeError as utf8_exc:
        try:
            text = data.decode("gb18030")
            encoding = "gb18030"
        except UnicodeDecodeError as exc:
            raise BadInputError(f"{name}: {_utf8_problem(data, utf8_exc)}; not GB18030 either "
                                f"(undecodable byte at GB18030 offset {exc.start})") from exc
        if _ends_in_cut_utf8(data, utf8_exc):
            # valid UTF-8 up to a character cut off at the end: the file was truncated, and a
            # GB18030 reading of the whole would turn every Chinese character into two wrong ones
            raise BadInputError(f"{name}: {_utf8_problem(data, utf8_exc)}") from utf8_exc
        log.warning("%s: not UTF-8; decoded as GB18030", name)
    if _text_quality(text) < 0.85:
        raise BadInputError(f"{name}: decoded text is mostly not Chinese or Latin prose ({encoding})")
    return text, encoding


def _decode_with_bom(body: bytes, bom_len: int, encoding: str, name: str) -> tuple[str, str]:
    """Decode the bytes after a UTF-16/32 BOM; an error gives the byte offset in the whole file."""
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        raise BadInputError(f"{name}: invalid {encoding.upper()} (file starts with its byte order "
                            f"mark) at byte {exc.start + bom_len}: {exc.reason}") from exc
    if not text.strip():
        raise BadInputError(f"{name}: the file is empty")
    if _text_quality(text) < 0.85:
        raise BadInputError(f"{name}: decoded text is mostly not Chinese or Latin prose ({encoding})")
    return text, encoding


def _utf8_problem(data: bytes, exc: UnicodeDecodeError) -> str:
    """'invalid UTF-8 at byte 1234 (…)', the offset counted in the file's bytes."""
    cut = " (a character cut off at the end: truncated file?)" if _ends_in_cut_utf8(data, exc) else ""
    return f"invalid UTF-8 at byte {exc.start}: {exc.reason}{cut}"


def _ends_in_cut_utf8(data: bytes, exc: UnicodeDecodeError) -> bool:
    """True when the bytes are UTF-8 except for an incomplete character at the very end.

    >>> data = "上城区".encode()[:-1]
    >>> _ends_in_cut_utf8(data, _utf8_error(data))
    True
    """
    if exc.reason != "unexpected end of data" or len(data) - exc.start >= 4:
        return False
    return exc.start >= 3 and _utf8_error(data[:exc.start]) is None


def _utf8_error(data: bytes) -> UnicodeDecodeError | None:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc
    return None


def max_file_bytes() -> int:
    """The size limit of one raw file: ``PIPELINE_MAX_FILE_BYTES`` or 50 MB."""
    value = os.environ.get("PIPELINE_MAX_FILE_BYTES", "").strip()
    if not value:
        return DEFAULT_MAX_FILE_BYTES
    try:
        limit = int(value)
    except ValueError as exc:
        raise BadInputError(f"PIPELINE_MAX_FILE_BYTES={value!r}: not a number of bytes") from exc
    if limit <= 0:
        raise BadInputError(f"PIPELINE_MAX_FILE_BYTES={value!r}: must be positive")
    return limit


_KINDS = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"))


def file_kind(mode: int) -> str:
    """What a non-regular file is, for messages: ``file_kind(stat.S_IFIFO) -> 'a FIFO (named pipe)'``."""
    for test, kind in _KINDS:
        if test(mode):
            return kind
    return "not a regular file"


def link_target(path: Path) -> str:
    """What a symbolic link points to, for messages, found without opening the target."""
    try:
        st = os.stat(path)
    except OSError:
        return "to a missing file"
    kind = "a regular file" if stat.S_ISREG(st.st_mode) else file_kind(st.st_mode)
    return f"to {kind} ({os.path.realpath(path)})"


def read_regular(path: Path, limit: int | None = None, name: str | None = None) -> bytes:
    """The bytes of a regular file, opened without following a link and read up to ``limit``.

    A symbolic link, a FIFO, a device or a directory is never opened (so never hangs or reads
    forever); a file over the limit is refused before reading. Raises BadInputError naming
    ``name`` (default: the file name).
    """
    name = name or path.name
    limit = max_file_bytes() if limit is None else limit
    try:
        st = os.lstat(path)
    except OSError as exc:
        raise BadInputError(f"{name}: cannot be read ({exc.strerror or exc})") from exc
    if stat.S_ISLNK(st.st_mode):
        raise BadInputError(f"{name}: is a symbolic link {link_target(path)}; links are not followed")
    if not stat.S_ISREG(st.st_mode):
        raise BadInputError(f"{name}: is {file_kind(st.st_mode)}, not a regular file")
    if st.st_size > limit:
        raise BadInputError(f"{name}: {st.st_size} bytes, over the limit of {limit} "
                            "(PIPELINE_MAX_FILE_BYTES)")
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) \
        | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:  # swapped for a link since the lstat: ELOOP
        raise BadInputError(f"{name}: cannot be read ({exc.strerror or exc})") from exc
    with os.fdopen(fd, "rb") as fh:
        # check the opened file itself: the name may have been swapped since the lstat
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise BadInputError(f"{name}: is not a regular file")
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise BadInputError(f"{name}: more than {limit} bytes, over the limit (PIPELINE_MAX_FILE_BYTES)")
    return data


def name_problem(name: str) -> str:
    """Why a file name cannot be published as is, or ``''``.

    >>> name_problem("上城区 2013.txt")
    ''
    >>> name_problem("a\\nb.txt")
    "the file name has a control character ('\\\\n'); rename the file"
    """
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return "the file name is not valid UTF-8; rename the file"
    bad = [ch for ch in name if unicodedata.category(ch) in _BAD_NAME_CATEGORIES]
    if bad:
        return f"the file name has a control character ({bad[0]!r}); rename the file"
    return ""


def read_source(path: Path, key: str | None = None, limit: int | None = None) -> SourceText:
    """Read and decode one raw file; raises BadInputError naming the file and the problem.

    ``key`` is the file's partition key (default :func:`slug_for` of its name; a run plan gives
    colliding names distinct keys, see :func:`pipelines.text.inputs.plan_inputs`).
    """
    problem = name_problem(path.name)
    if problem:
        raise BadInputError(f"{path.name!r}: {problem}")
    data = read_regular(path, limit)
    text, encoding = decode_bytes(data, path.name)
    return SourceText(
        name=path.name,
        slug=key or slug_for(path.name),
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        size=len(data),
    )


def list_raw_files(raw_dir: Path) -> list[Path]:
    """The report files of a raw folder, sorted by name (hidden files and other suffixes skipped)."""
    if not raw_dir.is_dir():
        raise BadInputError(f"{raw_dir}: the raw folder does not exist")
    return sorted(
        p for p in raw_dir.iterdir()
        # a dangling link is listed too, so that the run names it instead of skipping it
        if (p.is_file() or p.is_symlink()) and not p.name.startswith(".")
        and p.suffix.lower() in ACCEPTED_SUFFIXES
    )


def other_files(raw_dir: Path) -> list[str]:
    """Names of files in a raw folder that are not report texts (they are not processed)."""
    reports = {p.name for p in list_raw_files(raw_dir)}
    return sorted(p.name for p in raw_dir.iterdir()
                  if p.is_file() and not p.name.startswith(".") and p.name not in reports
                  and p.name != "sources.csv")
