"""Which kind of report a text is, from its own words, with the reason recorded.

Each kind has signals (``pipelines/data/report_kind_signals.csv``): words of the title, the
speaker's role, the meeting line, the opening sentences and the body's vocabulary, each with a
weight. The signals are scored together, so a report whose title was lost or fused with web debris
is still known by its speaker (``区人大常委会主任``), its opening (``我代表县人民政府``) and its
vocabulary.  A kind needs :data:`MIN_SCORE`; below it the report is ``other``.

>>> k = classify("某县人大常务委员会工作报告", "", "", "各位代表：")
>>> (k.kind, k.evidence)
('npc', 'title:人大常务委员会(+6); title:常务委员会工作报告(+3)')
>>> classify("", "区人大常委会主任", "", "").kind
'npc'
>>> classify("县政府召开安全生产会议", "", "", "会议要求压实责任。").kind
'other'
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from pipelines.model import REPORT_KINDS

#: The lowest score that names a kind: one strong sign (title or role), or several weaker ones.
MIN_SCORE = 5
#: Body vocabulary counts at most this much per kind: a long text must not outvote its title.
BODY_CAP = 3
#: How much of the body's opening is read for the address and ``我代表…`` sentence.
OPENING_CHARS = 300
WHERES = ("title", "role", "meeting", "opening", "body")


@dataclass(frozen=True)
class Signal:
    kind: str
    where: str
    pattern: re.Pattern[str]
    weight: int


@dataclass(frozen=True)
class KindChoice:
    """The chosen kind, its score and the evidence (``title:人大常委会(+6); role:主任(+5)``)."""

    kind: str
    score: int
    evidence: str


@lru_cache(maxsize=1)
def signals() -> tuple[Signal, ...]:
    """The signals of ``report_kind_signals.csv`` (a bad kind or place is an error naming the row)."""
    out = []
    path = resources.files("pipelines.data").joinpath("report_kind_signals.csv")
    with path.open(encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.DictReader(f), 2):
            if row["kind"] not in REPORT_KINDS or row["where"] not in WHERES:
                raise ValueError(f"report_kind_signals.csv line {n}: unknown kind or where {row}")
            out.append(Signal(row["kind"], row["where"], re.compile(row["pattern"], re.MULTILINE),
                              int(row["weight"])))
    return tuple(out)


def classify(title: str, role: str, meeting: str, body: str) -> KindChoice:
    """Score every kind on the report's title, speaker role, meeting line and body text."""
    parts = {"title": title, "role": role, "meeting": meeting,
             "opening": body[:OPENING_CHARS], "body": body}
    score: dict[str, int] = defaultdict(int)
    body_score: dict[str, int] = defaultdict(int)
    why: dict[str, list[str]] = defaultdict(list)
    for sig in signals():
        text = parts[sig.where]
        if not text:
            continue
        if sig.where == "body":
            hits = sig.pattern.findall(text)
            gain = min(len(hits) * sig.weight, BODY_CAP - body_score[sig.kind])
            if gain > 0:
                body_score[sig.kind] += gain
                score[sig.kind] += gain
                why[sig.kind].append(f"body:{len(hits)} words(+{gain})")
        elif m := sig.pattern.search(text):
            score[sig.kind] += sig.weight
            why[sig.kind].append(f"{sig.where}:{m.group(0)}(+{sig.weight})")
    ranked = sorted(score.items(), key=lambda kv: (-kv[1], REPORT_KINDS.index(kv[0])))
    if not ranked or ranked[0][1] < MIN_SCORE:
        best = ", ".join(f"{k} {v}" for k, v in ranked[:2]) or "no signal"
        return KindChoice("other", 0, f"no kind reaches {MIN_SCORE} ({best})")
    kind, points = ranked[0]
    return KindChoice(kind, points, "; ".join(why[kind]))
