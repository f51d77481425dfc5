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
        text, old_starts, old_ends = self.text, self.starts, self.ends
        # The maps are assembled from buffer slices joined once (no per-edit array copies).
        all_starts, all_ends = memoryview(old_starts), memoryview(old_ends)
        pieces: list[str] = []
        start_parts: list = []
        end_parts: list = []
        logged = list(self.corrections)
        at = 0
        n = len(text)
        for start, end, replacement, rule in planned:
            before = text[start:end]
            if before == replacement:
                continue
            pieces.append(text[at:start])
            start_parts.append(all_starts[at:start])
            end_parts.append(all_ends[at:start])
            if start == end:  # a pure insertion stands at the raw place of the next character
                rs = re_ = old_starts[start] if start < n else self.raw_length
            else:
                rs, re_ = old_starts[start], old_ends[end - 1]
            pieces.append(replacement)
            if replacement:
                start_parts.append(array("l", (rs,)) * len(replacement))
                end_parts.append(array("l", (re_,)) * len(replacement))
            logged.append(Correction(rs, re_, before, replacement, rule))
            at = end
        pieces.append(text[at:])
        start_parts.append(all_starts[at:])
        end_parts.append(all_ends[at:])
        starts, ends = array("l"), array("l")
        starts.frombytes(b"".join(start_parts))
        ends.frombytes(b"".join(end_parts))
        return TrackedText("".join(pieces), starts, ends, self.raw_length, tuple(logged))

    def _plan(self, ordered: list[Edit]) -> list[tuple[int, int, str, str]]:
        """Check the edits and widen those that begin inside a group of made characters.

        Characters made by earlier edits share one raw start (a group). An edit that begins
        inside a group takes in the group's head, and one that meets the previous edit inside a
        group is merged with it, so that each logged raw span and ``before`` say unambiguously
        where the edit applied (see :func:`replay`). Identity characters form no groups, so edits
        on untouched text are logged exactly as proposed.
        """
        planned: list[list] = []
        reached = 0  # end of the last edit seen, made or not: a no-op edit still claims its span
        for e in ordered:
            if e.start < reached or e.end < e.start or e.end > len(self.text):
                raise ValueError(f"edit {e} overlaps an earlier one or leaves the text")
            reached = e.end
            if self.text[e.start:e.end] == e.replacement:
                continue
            start, replacement = e.start, e.replacement
            group = bisect_left(self.starts, self.raw_pos(e.start))
            if group < e.start:
                if planned and planned[-1][1] > group:
                    last = planned[-1]
                    last[2] += self.text[last[1]:e.start] + replacement
                    last[1] = e.end
                    if e.rule not in last[3].split("+"):
                        last[3] += "+" + e.rule
                    continue
                start, replacement = group, self.text[group:e.start] + replacement
            planned.append([start, e.end, replacement, e.rule])
        return [(a, b, r, rule) for a, b, r, rule in planned]

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
