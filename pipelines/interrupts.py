"""Stopping a run by signal: SIGTERM/SIGINT become an exception that unwinds without publishing.

>>> Interrupted(15).signum
15
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager


class Interrupted(BaseException):
    """The run was asked to stop (SIGTERM/SIGINT): nothing is published.

    A BaseException, like KeyboardInterrupt, so that ``except Exception`` in a stage never eats it.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(f"stopped by signal {signum}")
        self.signum = signum


_STOP: list[int] = []  # the signals received; stays set if a raise was swallowed somewhere


def check_stop() -> None:
    """Raise Interrupted if a stop signal came (a safe point: between batches, before publishing)."""
    if _STOP:
        raise Interrupted(_STOP[0])


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """SIGTERM and SIGINT raise Interrupted in the main thread for the duration of the block.

    The signal is also remembered, so that :func:`check_stop` raises again where an exception
    raised by the handler was swallowed (inside a library's ``except``, or a fork hook).
    """
    def handler(signum: int, _frame: object) -> None:
        _STOP.append(signum)
        raise Interrupted(signum)

    _STOP.clear()

    old = {s: signal.signal(s, handler) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for s, h in old.items():
            signal.signal(s, h)
        _STOP.clear()


@contextmanager
def signals_held() -> Iterator[None]:
    """Hold SIGINT/SIGTERM while a release is renamed and ``latest`` switched (a few syscalls),
    so that a signal lands before or after the switch, never between."""
    held = {signal.SIGINT, signal.SIGTERM}
    old = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)
