"""One writer per output folder: an OS lock (flock) on ``OUT/.lock`` held for the whole run.

Worker processes forked by the run close their inherited copy of the lock's descriptor first
(:func:`close_inherited`): otherwise an orphaned worker of a killed run would hold the lock.
"""

from __future__ import annotations

import errno
import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_HELD: set[int] = set()


class Locked(RuntimeError):
    """Another run holds the output folder."""


@contextmanager
def output_lock(out_dir: Path, wait: bool = False) -> Iterator[None]:
    """Hold ``OUT/.lock`` for the block: a second run waits (``wait``) or raises Locked naming the PID."""
    out_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(out_dir / ".lock", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except OSError as exc:
            if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN):
                raise
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            raise Locked(f"{out_dir}: locked by PID {holder} (another run is writing this output "
                         "folder; wait for it or use --wait)") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        _HELD.add(fd)
        yield
    finally:
        _HELD.discard(fd)
        os.close(fd)  # the last close of the descriptor releases the lock


def close_inherited() -> None:
    """In a forked worker: drop the parent's lock descriptors (the parent keeps the lock)."""
    for fd in list(_HELD):
        try:
            os.close(fd)
        except OSError:
            pass
        _HELD.discard(fd)
