"""Text that remembers where each of its characters came from in the raw source.

A :class:`TrackedText` holds a text and, for each character, the raw span it stands for.  Cleaning
rules propose :class:`Edit` s on the current text; :meth:`TrackedText.apply` makes them, logs one
:class:`~pipelines.model.Correction` per edit (with its raw span) and keeps the map, so that any
span of the cleaned text maps back to the raw text it came from.

>>> t = TrackedText.from_raw("共 27 321 户")
>>> t = t.apply([Edit(4, 5, "", "number_space")])
>>> t.text
'共 27321 户'
>>> t.raw_span(2, 7)
(2, 8)
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from dataclasses import dataclass

from pipelines.model import Correction


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` of the current text by ``replacement`` (rule names why)."""

    start: int
    end: int
    replacement: str
    rule: str


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
        return cls(raw, array("l", range(n)), array("l", range(1, n + 1)), n, ())

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
        ordered = sorted(edits, key=lambda e: (e.start, e.end))
        if not ordered:
            return self
        pieces: list[str] = []
        starts = array("l")
        ends = array("l")
        logged = list(self.corrections)
        at = 0
        for e in ordered:
            if e.start < at or e.end < e.start or e.end > len(self.text):
                raise ValueError(f"edit {e} overlaps an earlier one or leaves the text")
            before = self.text[e.start:e.end]
            if before == e.replacement:
                continue
            pieces.append(self.text[at:e.start])
            starts.extend(self.starts[at:e.start])
            ends.extend(self.ends[at:e.start])
            rs, re_ = self.raw_span(e.start, e.end)
            if e.start == e.end:  # a pure insertion stands at the raw place of the next character
                rs = re_ = self.raw_pos(e.start)
            pieces.append(e.replacement)
            starts.extend([rs] * len(e.replacement))
            ends.extend([re_] * len(e.replacement))
            logged.append(Correction(rs, re_, before, e.replacement, e.rule))
            at = e.end
        pieces.append(self.text[at:])
        starts.extend(self.starts[at:])
        ends.extend(self.ends[at:])
        return TrackedText("".join(pieces), starts, ends, self.raw_length, tuple(logged))

    def slice(self, start: int, end: int) -> TrackedText:
        """The part ``[start, end)`` as its own TrackedText (corrections are not carried)."""
        return TrackedText(self.text[start:end], self.starts[start:end], self.ends[start:end],
                           self.raw_length, ())
