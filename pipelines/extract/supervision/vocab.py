"""The reviewable vocabularies of the supervision and motion extractors, read from ``pipelines/data``.

``supervision_forms.csv`` lists, per form of oversight, the trigger words (a regular expression,
optionally with a named group ``s`` that captures the subject), where the subject stands
(``after`` the trigger, the trigger phrase ``self``, the ``group``, or the reports of the clause
before for a hearing told in the ``passive``), words that, right before or
after the trigger, show it is not an action (``审议意见`` is an opinion, not a review; ``被视察单位``
is passive), and whether a topic named earlier in the sentence beats the object (``约见政府负责人``).
A counted action that names no subject (``审查17件``) is an aggregate (see ``rules.aggregate``).

>>> [t.form for t in supervision_triggers() if t.pattern.match("约见政府负责人")]
['约见']
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from pipelines.extract.supervision.prefilter import Prefilter


@dataclass(frozen=True)
class Trigger:
    """One row of ``supervision_forms.csv``: form, compiled pattern, subject mode, exclusions."""

    form: str
    pattern: re.Pattern[str]
    subject: str
    not_before: tuple[str, ...]
    not_after: tuple[str, ...]
    prefer_topic: bool


def read_rows(name: str) -> list[dict[str, str]]:
    """The rows of a CSV file under ``pipelines/data`` as dicts."""
    with resources.files("pipelines.data").joinpath(name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@cache
def supervision_triggers() -> tuple[Trigger, ...]:
    """The triggers of ``supervision_forms.csv``, in file order (earlier rows win ties)."""
    return tuple(
        Trigger(r["form"], re.compile(r["pattern"]), r["subject"],
                tuple(w for w in r["not_before"].split("|") if w),
                tuple(w for w in r["not_after"].split("|") if w), r["prefer_topic"] == "yes")
        for r in read_rows("supervision_forms.csv")
    )


@cache
def trigger_filter() -> Prefilter:
    """The triggers indexed by the characters their matches must hold (see ``prefilter``)."""
    return Prefilter([t.pattern for t in supervision_triggers()])


@cache
def supervision_forms() -> tuple[str, ...]:
    """The forms named in ``supervision_forms.csv``, in order of first appearance."""
    return tuple(dict.fromkeys(r["form"] for r in read_rows("supervision_forms.csv")))
