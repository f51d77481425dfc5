"""TrackedText: edits, the correction log and the map from clean back to raw text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.model import Correction
from pipelines.text.offsets import Edit, TrackedText, locate, replay


def test_docstring_example() -> None:
    t = TrackedText.from_raw("共 27 321 户").apply([Edit(4, 5, "", "number_space")])
    assert t.text == "共 27321 户"
    assert t.raw_span(2, 7) == (2, 8)
    assert t.corrections == (Correction(4, 5, " ", "", "number_space"),)


def test_replacement_and_insertion_map_to_raw() -> None:
    raw = "甲乙丙丁"
    t = TrackedText.from_raw(raw).apply([Edit(1, 2, "XY", "r"), Edit(3, 3, "+", "ins")])
    assert t.text == "甲XY丙+丁"
    assert t.raw_span(1, 3) == (1, 2)          # both replacement characters stand for raw 乙
    assert t.raw_span(4, 5) == (3, 3)          # the insertion sits before raw 丁, empty
    assert t.raw_span(0, 6) == (0, 4)
    assert t.raw_span(6, 6) == (4, 4)
    assert [c.rule for c in t.corrections] == ["r", "ins"]


def test_insertion_at_end_and_deletion() -> None:
    t = TrackedText.from_raw("ab").apply([Edit(2, 2, "!", "end"), Edit(0, 1, "", "del")])
    assert t.text == "b!"
    assert t.raw_span(1, 2) == (2, 2)
    assert t.corrections[0] == Correction(0, 1, "a", "", "del")


def test_overlapping_edits_rejected_even_after_a_no_op() -> None:
    t = TrackedText.from_raw("abcdef")
    with pytest.raises(ValueError):
        t.apply([Edit(1, 3, "xx", "a"), Edit(2, 4, "", "b")])
    # The first edit changes nothing, but it still claims 1:3; before the fix this passed.
    with pytest.raises(ValueError):
        t.apply([Edit(1, 3, "bc", "a"), Edit(2, 4, "", "b")])


def test_no_op_edits_are_not_logged() -> None:
    t = TrackedText.from_raw("abc").apply([Edit(0, 1, "a", "same")])
    assert t.corrections == ()


def test_raw_span_out_of_range() -> None:
    with pytest.raises(IndexError):
        TrackedText.from_raw("abc").raw_span(2, 5)


def test_locate_rejects_a_wrong_before() -> None:
    t = TrackedText.from_raw("abc")
    with pytest.raises(LookupError):
        locate(t, Correction(0, 1, "z", "", "r"))


# -- properties -------------------------------------------------------------------------------

_ALPHABET = "甲乙丙 12\n,，"


@st.composite
def edit_passes(draw: st.DrawFn) -> tuple[str, list[list[tuple[int, int, str]]]]:
    """A raw text and a few passes of random non-overlapping edits, as (start, end, replacement)."""
    raw = draw(st.text(_ALPHABET, max_size=30))
    passes = []
    length = len(raw)
    for _ in range(draw(st.integers(1, 4))):
        cuts = sorted(draw(st.lists(st.integers(0, length), max_size=8)))
        edits = []
        for a, b in zip(cuts[::2], cuts[1::2], strict=False):
            edits.append((a, b, draw(st.text("XY甲 ", max_size=3))))
        passes.append(edits)
        length = length - sum(b - a for a, b, _ in edits) + sum(len(r) for *_, r in edits)
    return raw, passes


def _run(raw: str, passes: list[list[tuple[int, int, str]]]) -> TrackedText:
    t = TrackedText.from_raw(raw)
    for n, edits in enumerate(passes):
        t = t.apply([Edit(a, b, r, f"pass{n}") for a, b, r in edits])
    return t


def _touched(corrections: tuple[Correction, ...], rs: int, re_: int) -> bool:
    """Does any correction's raw span meet [rs, re_)? (Insertions count at their point.)"""
    return any(c.raw_start < re_ and rs < c.raw_end or (c.raw_start == c.raw_end and rs <= c.raw_start <= re_)
               for c in corrections)


@settings(max_examples=300, deadline=None)
@given(edit_passes())
def test_untouched_clean_spans_map_back_to_identical_raw(case: tuple[str, list]) -> None:
    raw, passes = case
    t = _run(raw, passes)
    n = len(t.text)
    assert list(t.starts) == sorted(t.starts) and len(t.starts) == len(t.ends) == n
    for a in range(n + 1):
        for b in range(a, min(n, a + 6) + 1):
            rs, re_ = t.raw_span(a, b)
            assert 0 <= rs <= re_ <= len(raw)
            if not _touched(t.corrections, rs, re_) and a < b:
                assert raw[rs:re_] == t.text[a:b]


@settings(max_examples=300, deadline=None)
@given(edit_passes())
def test_replay_from_raw_and_corrections_gives_the_clean_text(case: tuple[str, list]) -> None:
    raw, passes = case
    t = _run(raw, passes)
    again = replay(raw, t.corrections)
    assert again.text == t.text
    assert list(again.starts) == list(t.starts) and list(again.ends) == list(t.ends)


@settings(max_examples=300, deadline=None)
@given(edit_passes())
def test_first_correction_of_a_raw_span_quotes_the_raw_text(case: tuple[str, list]) -> None:
    raw, passes = case
    t = _run(raw, passes)
    for k, c in enumerate(t.corrections):
        if not _touched(t.corrections[:k], c.raw_start, c.raw_end):
            assert raw[c.raw_start:c.raw_end] == c.before


@settings(max_examples=200, deadline=None)
@given(edit_passes(), st.data())
def test_group_test_agrees_with_bisection(case: tuple[str, list[list[tuple[int, int, str]]]],
                                          data: st.DataObject) -> None:
    """_in_group (a comparison of neighbours, on numpy for many positions) says what bisecting
    the raw starts says: a position is inside a group of made characters."""
    from bisect import bisect_left

    raw, passes = case
    t = TrackedText.from_raw(raw)
    for edits in passes:
        t = t.apply([Edit(a, b, r, "r") for a, b, r in edits])
    n = len(t.text)
    positions = sorted(data.draw(st.lists(st.integers(0, n), min_size=1, max_size=40)))
    expected = any(bisect_left(t.starts, t.raw_pos(a)) < a for a in positions)
    assert t._in_group(positions) == expected


@settings(max_examples=60, deadline=None)
@given(st.text(_ALPHABET, min_size=600, max_size=900), st.data())
def test_a_large_batch_maps_like_the_same_edits_made_one_at_a_time(raw: str, data: st.DataObject) -> None:
    """Hundreds of deletions and one-character replacements in one pass (the maps are then
    rebuilt with numpy) give the text, maps and log of the same edits made one by one."""
    starts = sorted(data.draw(st.sets(st.integers(0, len(raw) - 3), min_size=260, max_size=300)))
    edits, reached = [], 0
    for a in starts:
        if a < reached:
            continue
        width = data.draw(st.integers(1, 2))
        edits.append(Edit(a, a + width, data.draw(st.sampled_from(["", "", "X"])), "r"))
        reached = a + width
    assert len(edits) >= 128  # (enough for the numpy path of apply)
    batch = TrackedText.from_raw(raw).apply(edits)
    single = TrackedText.from_raw(raw)
    for e in reversed(edits):  # right to left: the positions of the edits still to make stay put
        single = single.apply([e])
    assert batch.text == single.text
    assert list(batch.starts) == list(single.starts) and list(batch.ends) == list(single.ends)
    assert sorted(batch.corrections, key=lambda c: c.raw_start) == sorted(single.corrections,
                                                                          key=lambda c: c.raw_start)
