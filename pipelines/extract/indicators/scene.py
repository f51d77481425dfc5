"""The records a naming rule reads and returns: the :class:`Scene` of a figure (its text, the row
named before it, the words around it) and the :class:`Draft` name being made, with the rule
registry's :class:`NameRule`.  The rules live in :mod:`.naming` and the modules it imports; they
import these records for their types only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property

from pipelines.extract.indicators import name_parts as parts
from pipelines.extract.indicators.stages import After, Figure, Named
from pipelines.extract.indicators.words import RATE_TAIL
from pipelines.extract.records import fast_init

#: The span a total is over, told after its name: 固定资产投资（五年累计）.
_SPAN_NOTE = re.compile(r"（[^（）]{1,14}累计）$")


@fast_init  # speed only: one per figure (pipelines.extract.records)
@dataclass(frozen=True)
class Scene:
    """What a rule may read: the figure, the row named before it, the text around it.

    raw: the clause text before the figure (or before its comparison phrase); before: that text
    as a name; after: the words after the number; named: the sentence's figures named so far;
    note: the sentence is in a glossary note (its figures are the term's).
    """

    text: str
    it: Figure
    prev: Named | None
    raw: str
    before: str
    after: After
    sentence: tuple[int, int]
    named: Mapping[int, Named]
    raw_start: int
    note: bool = False

    def same_clause(self) -> bool:
        return self.prev is not None and self.prev.fig.cs == self.it.cs

    def clause_before_start(self) -> int:
        """Where the clause before the figure's own opens (after the last ，/；, within the sentence)."""
        opened = max(self.text.rfind(c, self.sentence[0], self.it.cs - 1) for c in "，,；;") + 1
        return max(opened, self.sentence[0])

    @cached_property
    def subject_before(self) -> str:
        """The subject of the row before (its name without a rate word), else of the clause before."""
        if self.prev is not None:  # (a total's span is no part of the measure a rate is of)
            return _SPAN_NOTE.sub("", RATE_TAIL.sub("", self.prev.name))
        return parts.previous_subject(self.text, self.it, self.sentence[0])


@fast_init  # speed only: several per figure
@dataclass(frozen=True)
class Draft:
    """A name being made; ``extra`` are further names of one shared value (办结率、满意率均为100%)."""

    name: str
    extra: tuple[str, ...] = ()
    inherited: bool = False
    noun: str = ""
    stem: str = ""
    verb: str = ""
    part_of: str = ""


Apply = Callable[[Scene, Draft], "Draft | None"]


@dataclass(frozen=True)
class NameRule:
    """One naming rule: its name (recorded on the fact), the group it excludes, the function."""

    name: str
    apply: Apply
    group: str = ""
