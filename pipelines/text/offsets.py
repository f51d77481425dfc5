"""Text that remembers where each of its characters came from in the raw source.

A :class:`TrackedText` holds a text and, for each character, the raw span it stands for.  Cleaning
rules propose :class:`Edit` s on the current text; :meth:`TrackedText.apply` makes them, logs one
:class:`~pipelines.model.Correction` per edit (with its raw span) and keeps the map, so that any
span of the cleaned text maps back to the raw text it came from.

>>> t = TrackedText.from_raw("共 36 418 户")
>>> t = t.apply([Edit(4, 5, "", "number_space")])
>>> t.text
'共 36418 户'
>>> t.raw_span(2, 7)
(2, 8)
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import NamedTuple

import numpy as np

from pipelines.model import Correction

_BY_SPAN = itemgetter(0, 1)


class Edit(NamedTuple):
    """Replace ``text[start:end]`` of the current text by ``replacement`` (rule names why).

    An immutable record like a frozen dataclass, but a tuple: rules make thousands of edits per
    file, and a NamedTuple is built several times faster.
    """

    start: int
    end: int
    replacement: str
    rule: str


def _identity(first: int, n: int) -> array:
    """``array('l', range(first, first + n))``, built without a Python loop."""
    out = array("l")
    out.frombytes(np.arange(first, first + n, dtype=np.dtype(f"i{out.itemsize}")).tobytes())
    return out


def _remap(old_starts: array, old_ends: array, cut_from: list[int], cut_to: list[int],
           replacements: list[str], raw_from: list[int], raw_to: list[int]) -> tuple[array, array]:
    """The raw-span maps after replacing ``[cut_from[k], cut_to[k])`` by ``replacements[k]`` (in
    text order), whose characters map to ``raw_from[k]``..``raw_to[k]``; the others keep theirs.

    A map is never changed in place, so edits that each replace one character by one character
    (full-width punctuation, the commonest) keep the old maps: the new character maps to the
    raw span of the old one.
    """
    lengths = list(map(len, replacements))
    if all(k == 1 for k in lengths) and all(b - a == 1 for a, b in zip(cut_from, cut_to, strict=True)):
        return old_starts, old_ends
    if len(lengths) >= _MANY_EDITS and max(lengths) <= 1 and all(map(int.__lt__, cut_from, cut_to)):
        # many deletions (and one-character replacements): selected by numpy at once
        start = np.array(cut_from, dtype=np.int64)
        width = np.array(cut_to, dtype=np.int64) - start
        keep = np.ones(len(old_starts), dtype=bool)
        keep[np.repeat(start - (np.cumsum(width) - width), width) + np.arange(int(width.sum()))] = False
        one = np.array(lengths, dtype=bool)
        keep[start[one]] = True  # a one-character replacement keeps its first place
        made = start[one]
        return (_select(old_starts, keep, made, [v for v, k in zip(raw_from, lengths, strict=True) if k]),
                _select(old_ends, keep, made, [v for v, k in zip(raw_to, lengths, strict=True) if k]))
    return (_splice(old_starts, cut_from, cut_to, lengths, raw_from),
            _splice(old_ends, cut_from, cut_to, lengths, raw_to))


#: From this many edits on, deletions are made on numpy arrays (fewer: appended slice by slice).
_MANY_EDITS = 128


def _select(old: array, keep: np.ndarray, made_at: np.ndarray, made: list[int]) -> array:
    """One map: the old values where ``keep``, those at ``made_at`` first set to ``made``."""
    values = np.frombuffer(old, dtype=np.dtype(f"i{old.itemsize}"))
    if len(made):
        values = values.copy()
        values[made_at] = made
    out = array(old.typecode)
    out.frombytes(memoryview(values[keep]).cast("B"))
    return out


def _splice(old: array, cut_from: list[int], cut_to: list[int], lengths: list[int],
            made: list[int]) -> array:
    """One map rebuilt from the old one's kept stretches and the made values, appended in turn.

    Appending buffer slices to one array copies each byte once (joining the parts first, then
    copying them into an array, allocates and copies twice).
    """
    code, size = old.typecode, old.itemsize
    view = memoryview(old).cast("B")
    out = array(code)
    append = out.frombytes
    for a, b, value, k in zip([0, *cut_to[:-1]], cut_from, made, lengths, strict=True):
        append(view[a * size:b * size])
        if k:
            out.extend(array(code, (value,)) * k)
    append(view[cut_to[-1] * size:])
    return out


class TrackedText:
    """A text plus, per character, the raw span ``[starts[i], ends[i])`` it came from."""

    __slots__ = ("text", "starts", "ends", "raw_length", "corrections")

    def __init__(self, text: str, starts: array, ends: array, raw_length: int,
                 corrections: tuple[Correction, ...]) -> None:
        self.text = text
        self.starts = starts
        self.ends = ends
        self.raw_length = raw_length
        self.corrections = corrections

    @classmethod
    def from_raw(cls, raw: str) -> TrackedText:
        n = len(raw)
        return cls(raw, _identity(0, n), _identity(1, n), n, ())

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw span a clean span ``[start, end)`` came from (end exclusive)."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span {start}:{end} outside text of length {len(self.text)}")
        if start == end:
            pos = self.starts[start] if start < len(self.text) else self.raw_length
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def raw_pos(self, pos: int) -> int:
        """The raw index of clean index ``pos`` (the raw length at the end)."""
        return self.starts[pos] if pos < len(self.text) else self.raw_length

    def apply(self, edits: Iterable[Edit], source: str = "") -> TrackedText:
        """Make non-overlapping edits (any order) and log them; returns a new TrackedText."""
        ordered = sorted(edits, key=_BY_SPAN)
        if not ordered:
            return self
        planned = self._plan(ordered)
        if not planned:
            return TrackedText(self.text, self.starts, self.ends, self.raw_length, self.corrections)
        text, old_starts, old_ends, n = self.text, self.starts, self.ends, len(self.text)
        cut_from, cut_to, replacements, rules = (list(column) for column in zip(*planned, strict=True))
        befores = [text[a:b] for a, b in zip(cut_from, cut_to, strict=True)]
        if any(map(str.__eq__, befores, replacements)):  # a merge may undo itself: drop it
            made = [k for k, (b, r) in enumerate(zip(befores, replacements, strict=True)) if b != r]
            cut_from, cut_to, replacements, rules, befores = (
                [column[k] for k in made] for column in (cut_from, cut_to, replacements, rules, befores))
            if not made:
                return TrackedText(text, old_starts, old_ends, self.raw_length, self.corrections)
        # the raw span of each edit; a pure insertion stands at the raw place of the next character
        raw_from = [old_starts[a] if a < n else self.raw_length for a in cut_from]
        raw_to = [old_ends[b - 1] if a < b else r for a, b, r in zip(cut_from, cut_to, raw_from, strict=True)]
        logged = self.corrections + tuple(map(Correction, raw_from, raw_to, befores, replacements, rules))
        pieces = [None] * (2 * len(cut_from) + 1)
        pieces[::2] = [text[a:b] for a, b in zip([0, *cut_to], [*cut_from, n], strict=True)]
        pieces[1::2] = replacements
        starts, ends = _remap(old_starts, old_ends, cut_from, cut_to, replacements, raw_from, raw_to)
        return TrackedText("".join(pieces), starts, ends, self.raw_length, logged)

    def _plan(self, ordered: list[Edit]) -> list[Edit] | list[list]:
        """Check the edits and widen those that begin inside a group of made characters.

        Characters made by earlier edits share one raw start (a group). An edit that begins
        inside a group takes in the group's head, and one that meets the previous edit inside a
        group is merged with it, so that each logged raw span and ``before`` say unambiguously
        where the edit applied (see :func:`replay`). Identity characters form no groups, so edits
        on untouched text are logged exactly as proposed.

        The common case (edits in order, none inside a group) is checked with comprehensions;
        otherwise :meth:`_plan_one_by_one` walks the edits (and raises on a bad one).
        """
        text, n = self.text, len(self.text)
        begins = [e[0] for e in ordered]
        ends = [e[1] for e in ordered]
        if begins[0] < 0 or max(ends) > n or any(map(int.__lt__, ends, begins)) \
                or any(map(int.__lt__, begins[1:], ends)):
            return self._plan_one_by_one(ordered)
        made = [e for e in ordered if text[e[0]:e[1]] != e[2]]
        if made and self._in_group([e[0] for e in made]):
            return self._plan_one_by_one(ordered)
        return made

    def _in_group(self, begins: list[int]) -> bool:
        """Whether any of these positions (in order) lies inside a group of made characters.

        The raw starts never decrease, so a position is inside a group only if the character
        before it shares its raw start (at the text's end: if the last one starts at the end).
        """
        n = len(self.text)
        if begins[-1] == n and n and self.starts[n - 1] >= self.raw_length:
            return True
        if len(begins) < 16:
            starts = self.starts
            return any(starts[a - 1] >= starts[a] for a in begins if 0 < a < n)
        at = np.array(begins, dtype=np.int64)
        at = at[(at > 0) & (at < n)]
        starts = np.frombuffer(self.starts, dtype=np.dtype(f"i{self.starts.itemsize}"))
        return bool((starts[at - 1] >= starts[at]).any())

    def _plan_one_by_one(self, ordered: list[Edit]) -> list[list]:
        """:meth:`_plan` for edits of which some begin inside a group (or overlap: then it raises)."""
        planned: list[list] = []
        text, starts, n = self.text, self.starts, len(self.text)
        reached = 0  # end of the last edit seen, made or not: a no-op edit still claims its span
        for e in ordered:
            e_start, e_end, replacement, rule = e
            if e_start < reached or e_end < e_start or e_end > n:
                raise ValueError(f"edit {e} overlaps an earlier one or leaves the text")
            reached = e_end
            if text[e_start:e_end] == replacement:
                continue
            start = e_start
            # the group's head is the first index with this raw start (bisected only inside groups)
            pos = starts[e_start] if e_start < n else self.raw_length
            group = bisect_left(starts, pos) if e_start and starts[e_start - 1] >= pos else e_start
            if group < e_start:
                if planned and planned[-1][1] > group:
                    last = planned[-1]
                    last[2] += text[last[1]:e_start] + replacement
                    last[1] = e_end
                    if rule not in last[3].split("+"):
                        last[3] += "+" + rule
                    continue
                start, replacement = group, text[group:e_start] + replacement
            planned.append([start, e_end, replacement, rule])
        return planned

    def slice(self, start: int, end: int) -> TrackedText:
        """The part ``[start, end)`` as its own TrackedText (corrections are not carried)."""
        return TrackedText(self.text[start:end], self.starts[start:end], self.ends[start:end],
                           self.raw_length, ())


def locate(tracked: TrackedText, c: Correction) -> int:
    """Where correction ``c`` applies in ``tracked.text`` (clean index of its first character).

    The text at that index reads ``c.before`` and its characters span ``c.raw_start:c.raw_end``
    (for an insertion: the first index whose raw position is ``c.raw_start``). Raises
    ``LookupError`` if there is no such place.
    """
    n = len(tracked.text)
    i = bisect_left(tracked.starts, c.raw_start)
    if not c.before:
        if i < n and tracked.starts[i] == c.raw_start or i == n and c.raw_start == tracked.raw_length:
            return i
        raise LookupError(f"no place for insertion {c}")
    k = len(c.before)
    while i < n and tracked.starts[i] == c.raw_start:
        if tracked.text.startswith(c.before, i) and tracked.ends[i + k - 1] == c.raw_end:
            return i
        i += 1
    raise LookupError(f"correction {c} does not match the text it claims to change")


def replay(raw: str, corrections: Sequence[Correction]) -> TrackedText:
    """Rebuild the cleaned text from the raw text and the correction log alone.

    Each correction is found by its raw span and ``before`` text (see :func:`locate`) and made
    again, in the logged order. If every difference between raw and clean text is explained by a
    correction, ``replay(raw, out.corrections).text == out.text``.

    >>> t = TrackedText.from_raw("共 36 418 户").apply([Edit(4, 5, "", "number_space")])
    >>> replay("共 36 418 户", t.corrections).text
    '共 36418 户'
    """
    tracked = TrackedText.from_raw(raw)
    batch: list[Edit] = []
    reached = 0
    for c in corrections:
        try:
            at = locate(tracked, c)
        except LookupError:
            at = -1
        # Corrections of one pass share a rule and come in text order; a new rule, a step back or
        # a miss starts a new pass.
        if at < reached or at < 0 or (batch and batch[-1].rule != c.rule):
            tracked = tracked.apply(batch)
            batch, reached = [], 0
            at = locate(tracked, c)
        batch.append(Edit(at, at + len(c.before), c.after, c.rule))
        reached = at + len(c.before)
    return tracked.apply(batch)
