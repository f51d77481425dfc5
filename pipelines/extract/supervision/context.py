"""Subjects an action takes from its context: the subject before it, or the topic of its sentence.

- ``elliptic``: a frame's short noun that only points back at what was just heard
  (``听取X办理情况的报告，并对办理工作进行满意度测评`` rates the report heard);
- ``own_object``: a clause with an object of its own (``对其中15件建议实行跟踪督办``) does not take the
  subject of the clause before;
- ``shared_head``: the officials word that only the last body of a list holds belongs to each
  (``对县住建局、县国土局的负责人进行述职评议``);
- ``met``: a 约见 or 座谈 named by its problem or topic, with how the committee met in brackets
  (see :mod:`pipelines.extract.supervision.meetings`).
"""

from __future__ import annotations

import re

from pipelines.extract.supervision.clauses import Clause
from pipelines.extract.supervision.meetings import how_part, without_raiser
from pipelines.extract.supervision.subjects import _Hit, _meaningful, _strip_actor, _Subject

# The clause's own object of the action, which the subject of the action before cannot be:
# 对其中15件仍在办理中的建议实行跟踪督办 (not 对该报告进行满意度测评, which is the report before).
_OWN_OBJECT = re.compile(r"对(?!该|此|上述|这)(?P<s>[^，。；]{2,40}?)(?:实行|实施|进行|开展|予以)")
# The work of what was just named, told by a short noun: 对办理工作进行测评, 对该项工作开展评议.
_ELLIPTIC = re.compile(r"(?:该|此|这)项?工作|[\u4e00-\u9fff]{2}工作")


def elliptic(piece: str, before: str) -> bool:
    """A frame's subject that only points back at the subject before it.

    >>> elliptic("办理工作", "县政府关于代表建议办理情况的报告")
    True
    >>> elliptic("办理工作", "县政府关于河长制的报告"), elliptic("该项工作", "X")
    (False, True)
    """
    return bool(_ELLIPTIC.fullmatch(piece)) and (piece[0] in "该此这" or piece[:2] in before)


def own_object(text: str, clause: Clause, hit: _Hit) -> bool:
    """The clause of ``hit`` names an object of its own before it (``对其中15件建议实行…``)."""
    m = _OWN_OBJECT.search(text, clause.start, hit.start)
    return m is not None and _meaningful(text, *m.span("s"))


#: The problem a 约见 is about, named before its verb in the same clause: 就X问题约见…, 针对X问题约见….
_ON_PROBLEM = re.compile(r"(?:就|针对|围绕)(?P<p>[^，。；、]{2,30}?(?:问题|难题|情况|工作))"
                         r"(?:[，,]?(?:组织代表)?)$")


#: What a visit's talks were about, told in the clause after them: ，了解X情况 / ，了解X中的困难.
_LEARNED = re.compile(r"[，,]\s*(?:详细|深入|全面|广泛)?了解(?P<t>[^，。；]{2,30}?)"
                      r"(?:中|的|中的)?(?:情况|困难|问题|现状)")


def met(text: str, clause: Clause, hit: _Hit, subject: _Subject, topic: tuple[int, int] | None,
         name: str | None) -> tuple[str | None, _Subject]:
    """The name of a 约见 or 座谈 row: its problem or topic with how the committee met in
    brackets (``X问题（组织代表约见A局、B局负责人）``, ``X（深入街道和企业走访座谈）``)."""
    on = _ON_PROBLEM.search(text, clause.start, hit.start) if hit.trigger.form == "约见" else None
    how = how_part(text, clause, "约见", hit.start, hit.end) if on else None
    if on and how:  # 就X问题约见A局负责人: the problem before the verb, the meeting after it
        a = without_raiser(text, *on.span("p"))
        return f"{text[a:on.end('p')]}（{text[how[0]:how[1]]}）", _Subject((a, on.end("p")), "topic")
    problem = subject.rule == "topic" or subject.span[0] >= clause.end  # 约见…，就X问题进行沟通
    if hit.trigger.form == "座谈":
        if not topic and subject.rule == "place" and (learned := _LEARNED.match(text, clause.end)):
            topic = learned.span("t")  # 深入园区企业走访座谈，了解县域经济运行情况: the topic after
        if not topic or subject.rule not in ("topic", "place"):
            return name, subject  # 关心X，召开Y座谈会: the meeting names its own subject
        subject, problem = _Subject(topic, "topic"), True
    how = how_part(text, clause, hit.trigger.form, _strip_actor(text, clause.start, hit.start), hit.end)
    if not how or not problem:
        return name, subject
    a, b = subject.span
    if hit.trigger.form == "座谈":
        subject = _Subject((a, max(b, how[1])), "topic_place")
    return f"{text[a:b]}（{text[how[0]:how[1]]}）", subject


# The officials of every body listed: 县住建局、县国土局的负责人 → 县住建局负责人, 县国土局负责人.
_HEAD = re.compile(r"的(?P<h>(?:主要|分管)?(?:负责人|负责同志|局长|主任|院长|检察长))$")


def shared_head(text: str, items: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
    """Give each listed body the officials word that only the last item holds.

    >>> t = "县住建局、县国土局的负责人"
    >>> [label for _, _, label in shared_head(t, [(0, 4, None), (5, 13, None)])]
    ['县住建局负责人', '县国土局负责人']
    """
    last_a, last_b, _ = items[-1]
    m = _HEAD.search(text, last_a, last_b)
    if not m or any("的" in text[a:b] for a, b, _ in items[:-1]):
        return items
    head = m.group("h")
    last = (last_a, m.start(), text[last_a:m.start()] + head)
    return [(a, b, text[a:b] + head) for a, b, _ in items[:-1]] + [last]
