"""Prechecks of the naming rules, for speed only: which rules cannot apply to a figure.

Most rules of :data:`~pipelines.extract.indicators.naming.RULES` first test the figure's kind
(a rate, a percent, a row before it); :func:`~pipelines.extract.indicators.naming.run_rules`
calls only the rules whose guard holds, so a figure pays for the few rules that may fire.
A guard must be implied by its rule's own first test: it never changes a name.

>>> k = Key(paired=False, compared=True, multiple=False, prev=True, kind="percent", unit="%")
>>> [n for n in ('rate', 'rate_of_count', 'ratio', 'time_needed') if GUARDS[n](k)]
['rate', 'rate_of_count']
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from pipelines.extract.indicators.words import POINTS


class Key(NamedTuple):
    """What the prechecks read of a figure: paired (分别), compared (a change before it),
    multiple (that change is 是…的N倍), prev (a row named before it), kind and unit."""

    paired: bool
    compared: bool
    multiple: bool
    prev: bool
    kind: str
    unit: str


#: Prechecks, for speed only: when a guard is False its rule cannot apply (each guard restates
#: the first test of its rule), so it is not called.  A rule without a guard always runs.
#: Keep a guard in step with its rule: the identity check (benchmarks/extract_identity.py) shows it.
GUARDS: dict[str, Callable[[Key], bool]] = {
    "paired_list": lambda k: k.paired,
    "rate_subject": lambda k: k.compared and not k.paired,
    "multiple_of": lambda k: k.multiple and not k.paired,
    "parallel_subject": lambda k: k.compared and not k.paired and k.prev,
    "rate": lambda k: k.compared and not k.paired,
    "share_of_whole": lambda k: k.compared and k.kind == "percent",
    "time_needed": lambda k: k.kind == "duration",
    "converted_unit": lambda k: k.prev,
    "total_of_previous": lambda k: k.prev and not k.compared and not k.paired,
    "gap_to_rate": lambda k: k.prev and not k.compared and k.unit in POINTS,
    "rank_move": lambda k: k.unit == "位",
    "same_clause": lambda k: k.prev,
    "base_year_level": lambda k: k.prev and not k.compared and k.kind == "percent",
    "ratio": lambda k: k.unit == "" and k.kind in ("ratio", "ratio_part"),
    "cumulative_span": lambda k: not k.compared and k.kind != "percent",
    "completion_rate": lambda k: not k.compared and k.kind == "percent",
    "rate_of_count": lambda k: k.prev and k.kind == "percent",
    "object_of_previous": lambda k: k.kind == "count",  # (no figure before: the topic clause may name it)
    "result_of_previous": lambda k: k.prev,
    "rate_after_rate": lambda k: k.prev and k.kind == "percent",
    # part_of_whole also clears a draft's part_of, but only itself sets one, after this guard
    "part_of_whole": lambda k: k.prev and not k.compared and not k.paired,
    # the context rules (context_rules.py): each reads the row before
    "owner_of_previous": lambda k: k.prev,
    "counterpart": lambda k: k.prev,
    "object_as_owner": lambda k: k.prev,
    "part_of_previous": lambda k: k.prev,
    "rate_of_previous_verb": lambda k: k.prev and k.kind == "percent",
}


#: Triggers, for speed only: for a rule that runs on most figures but applies to few, its first
#: test on the draft ``d`` (and the scene ``s``) written out, so that
#: :func:`~pipelines.extract.indicators.chain.compile_chain` calls the rule only where it holds.
#: Each trigger is false only where its rule returns None (the rule keeps its own test).
TRIGGERS: dict[str, str] = {
    "among_whole": "s.text.find('的有', s.it.cs, s.it.q.qual_start) >= 0",
    "elided_subject": "d.name in GENERIC",
    "owner_of_previous": "d.name in OWNED_ONLY",
    "counterpart": "d.name in COUNTERPART",
    "frame_words": "HINT.search(d.name) is not None",  # framed() leaves a name without these as it is
    "total_of_previous": "not d.name or TOTAL.fullmatch(d.name) is not None",
    "same_clause": "len(d.name) <= 1",
    "previous_clause": "len(d.name) <= 1",
    "cumulative_span": "CUMULATIVE.search(s.raw) is not None",
    # part_of_whole: only itself (and paired_list, for pairs it keeps) sets a draft's part_of, so the
    # draft has none to clear here
    # parts to 3 characters, groups after 其中 to 6, holders of a part (…企业) to 12
    "part_of_whole": "1 < len(d.name) <= 12",
    "class_of_whole": "d.name[-1:] == '类'",
    "unit_suffix": "d.inherited or len(d.name) <= 4",  # suffix() leaves longer own names alone
    "shared_value": "SHARED_VALUE.search(s.raw) is not None",
    "activity_subject": "d.name and (d.name[0] in ACTOR_FIRST or FINDING.match(d.name) is not None)",
    "object_as_owner": "SERVES.match(d.name) is not None",
    "part_of_previous": "'其中' in s.raw or JOINS.match(d.name) is not None",
    "result_of_previous": "RESULT_OF.match(d.name) is not None",
    "rate_after_rate": "d.name[-1:] == '率'",  # HANDLING_RATE ends in 率
    "rate_of_previous_verb": "len(d.name) == 3",  # _SHORT_RATE: two characters and 率
    "kept_bracket": "'含' in s.raw or '除' in s.raw or '括' in s.raw",
    "not_a_name": "PAGE_OR_LIST.search(d.name) is not None",  # a year head holds a digit or 年
    "long_name_head": "len(d.name) > 24 or d.extra",
}


def trigger_names() -> dict[str, object]:
    """The globals the triggers read (imported here, late: the rule modules import this one's
    neighbours, and naming imports both)."""
    from pipelines.extract.indicators import context_rules as c
    from pipelines.extract.indicators import previous_rules as p
    from pipelines.extract.indicators import words as w

    return {"GENERIC": w.GENERIC, "OWNED_ONLY": c._OWNED_ONLY, "COUNTERPART": c._COUNTERPART,
            "HINT": c._HINT, "TOTAL": w.TOTAL, "CUMULATIVE": w.CUMULATIVE,
            "SHARED_VALUE": w.SHARED_VALUE, "SERVES": c._SERVES, "JOINS": c._JOINS,
            "RESULT_OF": p.RESULT_OF, "PAGE_OR_LIST": p._PAGE_OR_LIST,
            "ACTOR_FIRST": c._ACTOR_FIRST, "FINDING": c._FINDING}
