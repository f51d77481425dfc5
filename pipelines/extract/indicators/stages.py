"""The frozen values a sentence's figures pass through: figure → (compared) figure → named.

Each stage is made by a pure function from the one before (``dataclasses.replace``), so a
reader can see which function decided what: :mod:`.compare` gives a figure its comparison or
its place in a ``分别`` list, :mod:`.naming` names it and records the rule, :mod:`.extract`
turns a named figure into a :class:`~pipelines.model.Fact` with its code, topic and status.

>>> from pipelines.extract.quantity import parse_text
>>> f = Figure(0, parse_text("新增就业1200人"), 0, 9)
>>> f.consumed, f.after_end == f.q.post_end
(False, True)
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pipelines.extract.quantity import Change, Quantity
from pipelines.extract.records import fast_init


def renew(obj, /, **changes):  # type: ignore[no-untyped-def]
    """``dataclasses.replace`` without its per-call field walk and ``__init__``: a frozen
    record's copy with ``changes``, several times faster (figures and names are copied in
    every sentence).  For records whose ``__post_init__`` only fills defaults (set already).

    >>> f = Figure(0, None, 0, 9, quote_end=9, after_end=3)  # type: ignore[arg-type]
    >>> g = renew(f, consumed=True)
    >>> (g.consumed, g.after_end, f.consumed, type(g) is Figure)
    (True, 3, False, True)
    """
    new = object.__new__(type(obj))
    state = new.__dict__
    state.update(obj.__dict__)
    state.update(changes)
    return new


@fast_init  # built several times per figure: see pipelines.extract.records
@dataclass(frozen=True)
class Pair:
    """A ``分别`` list's partner of a figure: a name (``城镇居民收入``), or the figure at ``index``
    of the sentence (``…拆迁100户，安置80户，分别完成任务的1.1倍和1.2倍``) plus a ``rest``."""

    name: str = ""
    index: int | None = None
    rest: str = ""


@fast_init  # built several times per figure: see pipelines.extract.records
@dataclass(frozen=True)
class Figure:
    """A quantity in its clause ``[cs, ce)`` and, once compared, what its comparison made of it.

    index: position among the sentence's figures; change: the comparison before the number;
    base_change: a later figure's comparison that belongs to this one (kind, value, direction);
    consumed: the figure is such a comparison and gets no row; quote_end/after_end: how far the
    quote and the figure's own words reach.
    """

    index: int
    q: Quantity
    cs: int
    ce: int
    change: Change | None = None
    ranged: bool = False
    base_change: tuple[str, Decimal | None, str] | None = None
    consumed: bool = False
    pair: Pair | None = None
    quote_end: int = -1
    after_end: int = -1

    def __post_init__(self) -> None:
        if self.quote_end < 0:
            object.__setattr__(self, "quote_end", self.ce)
        if self.after_end < 0:
            object.__setattr__(self, "after_end", self.q.post_end)


@fast_init  # built several times per figure: see pipelines.extract.records
@dataclass(frozen=True)
class After:
    """The words after a number that names its noun (``组织80名干部参加培训`` → 干部参加培训)."""

    text: str = ""
    end: int = -1
    noun: str = ""
    number_first: bool = False
    threshold: bool = False


@fast_init  # built several times per figure: see pipelines.extract.records
@dataclass(frozen=True)
class Named:
    """A figure with its name, the rule that gave it, and what the next figure may borrow.

    noun: the counted thing (``提案``); stem: the subject a rate after it borrows; verb: the verb
    of a number-first figure; part_of: the whole that short parts after 其中 belong to; scope:
    the owner of the figure in the text's words ('' for the place the report is about).
    """

    fig: Figure
    name: str
    rule: str
    extra_names: tuple[str, ...] = ()
    noun: str = ""
    stem: str = ""
    verb: str = ""
    number_first: bool = False
    threshold: bool = False
    after_end: int = 0
    part_of: str = ""
    scope: str = ""
