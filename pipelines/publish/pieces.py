"""Deflate a large file in pieces cut by its content, so that the next zip reuses unchanged pieces.

A table of a thousand reports is tens of MB; one changed report shifts every byte after its rows, so
a whole-file deflate must be redone (about 20 MB/s here). Cut instead at line starts chosen by the
content (the first line start at least ``PIECE_MIN`` bytes after the last cut whose first 16 bytes
have a CRC-32 ending in four zero bits), deflate each piece on its own with a full flush, and end the
stream with an empty final block: a valid deflate stream, a pure function of the file's bytes, in
which a piece that is in the last zip (same bytes, by SHA-1) is copied compressed. Cuts depend on
nearby content only, so after a change they fall in the same places again within a piece or two.

>>> import io
>>> data = b"".join(b"row %d,%d\\n" % (i, i * 7) for i in range(40000))
>>> parts = list(deflate_pieces(io.BytesIO(data), {}, lambda o, n: b""))
>>> len(parts) > 4, zlib.decompress(b"".join(p for _, p, _ in parts), -15) == data
(True, True)
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Callable, Iterator
from typing import BinaryIO

PIECE_MIN = 1 << 15  # bytes: pieces of ~32-80 KB lose little ratio against one stream
PIECE_MAX = 1 << 18  # a piece is cut here when no line start qualifies (a file without newlines)
LEVEL = 6
FINAL_BLOCK = b"\x03\x00"  # an empty final block (fixed Huffman): what flush() of an idle stream gives


def _cut(buf: bytes) -> int:
    """Where the piece at the start of ``buf`` ends."""
    p = PIECE_MIN
    while True:
        nl = buf.find(b"\n", p, PIECE_MAX)
        if nl < 0 or nl + 1 >= len(buf):
            break
        if zlib.crc32(buf[nl + 1:nl + 17]) & 15 == 0:
            return nl + 1
        p = nl + 1
    return min(PIECE_MAX, len(buf))


def iter_pieces(f: BinaryIO, block: int = PIECE_MAX) -> Iterator[bytes]:
    """The pieces of a file read from ``f`` (memory holds a few hundred KB, whatever its size)."""
    buf, eof = b"", False
    while True:
        while len(buf) < PIECE_MAX + 16 and not eof:
            chunk = f.read(block)
            eof = not chunk
            buf += chunk
        if not buf:
            return
        cut = _cut(buf)
        yield buf[:cut]
        buf = buf[cut:]


def piece_id(piece: bytes) -> str:
    return hashlib.sha1(piece).hexdigest()


def deflate_piece(piece: bytes) -> bytes:
    c = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    return c.compress(piece) + c.flush(zlib.Z_FULL_FLUSH)


def deflate_pieces(f: BinaryIO, known: dict[str, tuple[int, int]],
                   read_packed: Callable[[int, int], bytes]) -> Iterator[tuple[str, bytes, bytes]]:
    """(piece id, compressed bytes, the piece) of each piece of ``f``, then the final block.

    ``known`` maps a piece id to (offset, length) of its compressed bytes in the last zip, read by
    ``read_packed(offset, length)``; other pieces are compressed here.
    """
    for piece in iter_pieces(f):
        pid = piece_id(piece)
        spot = known.get(pid)
        yield pid, (read_packed(*spot) if spot is not None else deflate_piece(piece)), piece
    yield "", FINAL_BLOCK, b""
