"""The one loader of the indicator extractor's reviewed word lists in ``pipelines/data/``.

Every list is a CSV file with a header; a list is the values of one column, optionally only the
rows of one ``role``.  A missing file or column is an error that names the file.

>>> "全区" in words("scope_words.csv", "word", role="place")
True
>>> alternation(["全年", "全"], "^(?:{})").pattern
'^(?:全年|全)'
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / "data"


@lru_cache(maxsize=64)
def words(file: str, column: str, role: str | None = None) -> tuple[str, ...]:
    """The values of ``column`` in ``pipelines/data/<file>`` (rows of ``role`` only, if given)."""
    path = DATA / file
    try:
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
    except OSError as e:
        raise ValueError(f"{path}: cannot read the word list ({e})") from e
    if rows and (column not in rows[0] or (role is not None and "role" not in rows[0])):
        raise ValueError(f"{path}: no column {column!r}{' or role' if role else ''} in the header")
    return tuple(r[column] for r in rows if role is None or r["role"] == role)


def alternation(items: tuple[str, ...] | list[str], frame: str = "{}") -> re.Pattern[str]:
    """A regex of the words (longest first, so that 全年 wins over 全) set into ``frame``."""
    ordered = sorted(items, key=len, reverse=True)
    return re.compile(frame.format("|".join(re.escape(w) for w in ordered)))
