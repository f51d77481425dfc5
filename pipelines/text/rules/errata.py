"""The curated errata: faults no rule can fix safely, each checked by a person.

``pipelines/data/errata.csv`` has one row per fault::

    id,source_file,wrong,fix,reason,checked_by
    E001,shangcheng-2013-reports.txt,科学安排来年实项目,科学安排来年实事项目,"missing 事 …",editor

``wrong`` is copied verbatim from the raw file, with enough context around the fault to occur
exactly once in it; ``fix`` is the same passage corrected. An entry is applied only where it
matches exactly once; otherwise it is reported and nothing is guessed. Only the characters that
differ are edited (common prefix and suffix are trimmed), so the context keeps its offsets.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipelines.text.offsets import Edit

ERRATA_CSV = Path(__file__).resolve().parents[2] / "data" / "errata.csv"
FIELDS = ("id", "source_file", "wrong", "fix", "reason", "checked_by")


@dataclass(frozen=True)
class Erratum:
    """One checked fault: in ``source_file``, ``wrong`` (unique in the file) should read ``fix``."""

    id: str
    source_file: str
    wrong: str
    fix: str
    reason: str
    checked_by: str

    @property
    def rule(self) -> str:
        """The name logged in the corrections table: ``'errata:E001'``."""
        return f"errata:{self.id}"


def load_errata(path: Path = ERRATA_CSV, source_file: str | None = None) -> list[Erratum]:
    """Read the errata file (all rows, or only those for ``source_file``)."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = set(FIELDS) - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path}: missing columns {sorted(missing)}")
        rows = [Erratum(**{k: (row[k] or "") for k in FIELDS}) for row in reader]
    for e in rows:
        if not e.id or not e.wrong or not e.reason or not e.checked_by:
            raise ValueError(f"{path}: erratum {e.id or '?'} needs id, wrong, reason and checked_by")
    return [e for e in rows if source_file is None or e.source_file == source_file]


def errata_edits(text: str, errata: Iterable[Erratum]) -> tuple[list[Edit], list[tuple[Erratum, int]]]:
    """Edits for the errata that match exactly once, and ``(erratum, count)`` for those that don't.

    >>> e = Erratum("E1", "f.txt", "来年实项目", "来年实事项目", "missing 事", "editor")
    >>> errata_edits("科学安排来年实项目。", [e])
    ([Edit(start=7, end=7, replacement='事', rule='errata:E1')], [])
    """
    edits: list[Edit] = []
    failed: list[tuple[Erratum, int]] = []
    taken: list[tuple[int, int]] = []
    for e in errata:
        count = text.count(e.wrong)
        if count != 1:
            failed.append((e, count))
            continue
        at = text.index(e.wrong)
        if any(at < b and a < at + len(e.wrong) for a, b in taken):
            failed.append((e, -1))  # overlaps another entry: both cannot be right
            continue
        taken.append((at, at + len(e.wrong)))
        start, end, replacement = _minimal_change(e.wrong, e.fix)
        edits.append(Edit(at + start, at + end, replacement, e.rule))
    return edits, failed


def _minimal_change(wrong: str, fix: str) -> tuple[int, int, str]:
    """The smallest ``wrong[start:end] -> replacement`` that turns ``wrong`` into ``fix``."""
    p = 0
    while p < min(len(wrong), len(fix)) and wrong[p] == fix[p]:
        p += 1
    s = 0
    while s < min(len(wrong), len(fix)) - p and wrong[-1 - s] == fix[-1 - s]:
        s += 1
    return p, len(wrong) - s, fix[p:len(fix) - s]


def describe_failure(e: Erratum, count: int) -> str:
    """A line for the run report: why an erratum was not applied."""
    if count == -1:
        return f"erratum {e.id} overlaps another erratum; not applied"
    return f"erratum {e.id} matched {count} times in {e.source_file} (needs exactly 1); not applied"


def check_errata_file(errata: Sequence[Erratum]) -> list[str]:
    """Problems with the file itself: duplicate ids, entries whose fix equals the wrong text."""
    problems, seen = [], set()
    for e in errata:
        if e.id in seen:
            problems.append(f"duplicate erratum id {e.id}")
        seen.add(e.id)
        if e.wrong == e.fix:
            problems.append(f"erratum {e.id} changes nothing")
    return problems
