"""How a meeting of the committee is named: the problem or topic, with how it met in brackets.

A 约见 (officials summoned) is about a problem: ``针对X问题，组织代表约见A局、B局负责人`` is one
action on ``X问题（组织代表约见A局、B局负责人）``, not one per office summoned. A 座谈 held on a
visit is about the topic of its sentence: ``围绕X，常委会领导深入街道和企业走访座谈`` is
``X（深入街道和企业走访座谈）``. Where the sentence names no topic, the rows stay as the subject
rules found them.

>>> from pipelines.extract.supervision.clauses import Clause
>>> t = "针对城区噪声扰民问题，组织代表约见县住建局、县公安局负责人"
>>> t[slice(*how_part(t, Clause(11, len(t), 0), "约见", 11, 17))]
'组织代表约见县住建局、县公安局负责人'
>>> t = "关注营商环境，深入园区和企业走访座谈"
>>> t[slice(*how_part(t, Clause(7, len(t), 0), "座谈", 7, 18))]
'深入园区和企业走访座谈'
"""

from __future__ import annotations

import re

from pipelines.extract.supervision.clauses import Clause, trim

# The forms named with how the committee met.
MEETING_FORMS = frozenset({"约见", "座谈"})
# Going somewhere to talk: 深入街道和企业走访座谈, 到企业座谈, 赴园区座谈.
_GOING = re.compile(r"(?:深入|赴|前往|走进|到)[^，。；]{2,40}?$")
# A problem described by who raised it: 群众反映强烈的X问题 → X问题.
_RAISED_BY = re.compile(
    r"(?:人民群众|群众|社会|市民|居民|代表|企业)[^，。；的]{0,6}(?:反映|关注|关心|关切|投诉)[^，。；的]{0,6}的")


def how_part(text: str, clause: Clause, form: str, after_actor: int, hit_end: int) -> tuple[int, int] | None:
    """The span of how the committee met, for the bracket of a 约见 or 座谈 row, or None.

    ``after_actor`` is where the clause goes on after its actor (常委会, 主任会议 …); for a 约见
    the bracket is the rest of the clause (``组织代表约见A局负责人``), for a 座谈 the visit that
    leads to it (``深入街道和企业走访座谈``)."""
    if form == "约见":
        a, b = trim(text, after_actor, clause.end)
        return (a, b) if b > hit_end - 2 else None
    if form == "座谈":
        head = text[after_actor:hit_end]
        m = _GOING.search(head)
        return (after_actor + m.start(), hit_end) if m else None
    return None


def without_raiser(text: str, start: int, end: int) -> int:
    """Where a problem starts once who raised it is dropped: ``群众反映强烈的X问题`` → at X.

    >>> t = "群众反映强烈的渣土车扰民问题"
    >>> t[without_raiser(t, 0, len(t)):]
    '渣土车扰民问题'
    """
    m = _RAISED_BY.match(text, start, end)
    return m.end() if m and end - m.end() >= 4 else start
