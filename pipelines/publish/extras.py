"""Files a release carries beside its tables (review page, changes, archive …).

Each extra is a function ``(build_dir, previous_dir) -> None`` that writes its files into the
release being built, ``build_dir``, after every table was written and validated and before the
release is renamed into place; ``previous_dir`` is the last published release, or None for the
first. An extra that raises stops the publish: the last release stays as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

Extra = Callable[[Path, "Path | None"], None]

# Filled by the modules that write each extra (in the order they run).
EXTRAS: list[Extra] = []


def write_extras(build_dir: Path, previous_dir: Path | None) -> None:
    """Run every registered extra on the release being built."""
    for extra in EXTRAS:
        extra(build_dir, previous_dir)
