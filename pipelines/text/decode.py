"""Read a raw report file: detect its encoding, reject what is not text, hash its bytes.

>>> slug_for("上城区 2013 报告.txt")
'2013-2b3b1b2c'
>>> slug_for("shangcheng-2013-reports.txt")
'shangcheng-2013-reports'
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

ACCEPTED_SUFFIXES = (".txt", ".md", ".text")


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
    """Decode raw bytes as UTF-8 (with or without BOM), else GB18030; returns (text, encoding).

    >>> decode_bytes("上城区".encode("gb18030"), "x.txt")
    ('上城区', 'gb18030')
    """
    if not data.strip():
        raise BadInputError(f"{name}: the file is empty")
    if _looks_binary(data):
        raise BadInputError(f"{name}: the file is binary, not a text report")
    try:
        text = data.decode("utf-8-sig")
        encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
            encoding = "gb18030"
        except UnicodeDecodeError as exc:
            raise BadInputError(
                f"{name}: not UTF-8 and not GB18030 text (undecodable byte at {exc.start})"
            ) from exc
        log.warning("%s: not UTF-8; decoded as GB18030", name)
    if _text_quality(text) < 0.85:
        raise BadInputError(f"{name}: decoded text is mostly not Chinese or Latin prose ({encoding})")
    return text, encoding


def read_source(path: Path) -> SourceText:
    """Read and decode one raw file; raises BadInputError naming the file and the problem."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BadInputError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    text, encoding = decode_bytes(data, path.name)
    return SourceText(
        name=path.name,
        slug=slug_for(path.name),
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
