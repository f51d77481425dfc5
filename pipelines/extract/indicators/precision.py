"""Numbers that are no indicator: counts of kinds, and counts inside the name of a rate.

``3类载体``, ``六个方面``, ``三种方式`` count the parts of a scheme, not things done; ``五类恶性案件
破案率保持100%`` and ``12个重点项目完成率100%`` state one rate, whose row is the rate.  The words
are reviewed data (``pipelines/data/kind_words.csv``).

>>> from pipelines.extract.quantity import iter_quantities
>>> t = "围绕六个方面，搭建3类载体，新建公园12个，五类恶性案件破案率保持100%。"
>>> [q.text for q in iter_quantities(t) if not not_an_indicator(t, q)]
['12个', '100%']
"""

from __future__ import annotations

import re

from pipelines.extract.indicators.cues import alternation, words
from pipelines.extract.indicators.words import LEAD_VERB
from pipelines.extract.quantity import Quantity

_FILE = "kind_words.csv"
_KIND_UNITS = frozenset(words(_FILE, "word", role="kind_unit"))
_COUNT_UNITS = frozenset(words(_FILE, "word", role="count_unit"))
_KIND_NOUN = alternation(words(_FILE, "word", role="kind_noun"))
#: After a count: the rest of a rate's name, its verb and the rate (…项目完成率达到100%).
_RATE_AFTER = re.compile(r"[\u4e00-\u9fff“”]{0,12}率(?:保持在?|达到|稳定在|为|是|达)?(?:[0-9]|百分之)")


#: What an age figure measures where it is a statistic (人均预期寿命达到79.2岁, 平均年龄45岁).
_AGE_MEASURE = re.compile(r"寿命|年龄|岁数|退休")


_AGE_FLOOR = re.compile(r"(?:年满|已满|满|不满|未满|超过)$")
_AGE_RANGE = frozenset("—–-－~～至到")


def _bounds_a_group(text: str, q: Quantity) -> bool:
    """An age that bounds a group (年满80周岁的老人, 80—89周岁), not an age measured."""
    return (_AGE_FLOOR.search(text, max(0, q.start - 2), q.start) is not None
            or text.startswith("的", q.post_end)
            or (q.start > 0 and text[q.start - 1] in _AGE_RANGE and text[q.start - 2:q.start - 1].isdigit())
            or (text[q.post_end:q.post_end + 1] in _AGE_RANGE
                and text[q.post_end + 1:q.post_end + 2].isdigit()))


#: Words that state a score as a result (得分, 平均积分): a rule's points (每次计5分, 低于60分的) are none.
_SCORE_SAID = re.compile(r"(?:得分|平均分|平均积分|积分平均|综合评分|评分)(?:为|达到|达|是)?$")
#: A service open round the clock (实现24小时供水, 24小时自助图书馆): a kind of service, no figure.
_ROUND_THE_CLOCK = re.compile(r"(?:不间断|全天候)?(?:供水|供电|营业|服务|值守|值班|在线|监测|监控|开放|运行"
                              r"|运营|不打烊|自助|热线|无人|巡逻|便民|图书馆|便利店|药店|城市书房)")


def not_an_indicator(text: str, q: Quantity) -> bool:
    """True for a count of kinds, a count that is part of a rate's name, or an age that only
    bounds a group (年满80周岁的老年人, 60周岁以上, 80—89周岁)."""
    if q.kind == "age":  # (60周岁以上老人…: a size class, which names what it bounds and gives no row)
        return q.post_end == q.end and _AGE_MEASURE.search(text, max(0, q.start - 12), q.start) is None \
            and _bounds_a_group(text, q)
    if q.unit == "分":  # a score stated as an outcome (平均积分86.4分, 测评得分92.6分), not a rule's
        return "." not in q.text and _SCORE_SAID.search(text, max(0, q.start - 8), q.qual_start) is None
    if q.unit == "小时" and q.value == 24:
        return _ROUND_THE_CLOCK.match(text, q.post_end) is not None \
            or text[q.start - 1:q.start] in ("×", "x", "*")  # 7×24小时
    if q.kind != "count":
        return False
    if q.unit in _KIND_UNITS:
        return True
    if q.unit in _COUNT_UNITS and (_KIND_NOUN.match(text, q.post_end) or counts_its_list(text, q)):
        return True
    return _RATE_AFTER.match(text, q.post_end) is not None


_CUT = re.compile(r"[，,；;。：:（(\n]")


def counts_its_list(text: str, q: Quantity) -> bool:
    """``指综治、市场监管、综合执法、便民服务四个功能性平台``: the number counts the list before it.

    >>> from pipelines.extract.quantity import iter_quantities
    >>> t = "指治污水、防洪水和抓节水三项工作；增设教育、卫生两个界别。"
    >>> [(q.text, counts_its_list(t, q)) for q in iter_quantities(t)]
    [('三项', True), ('两个', False)]
    """
    if not (2 <= q.value <= 12) or q.value != int(q.value) or not _HAN.match(text, q.post_end):
        return False
    lo = max(0, q.start - 80)
    cut = max((m.end() for m in _CUT.finditer(text, lo, q.start)), default=lo)
    head = text[cut:q.start]
    if "、" not in head:
        return False
    if not _DEFINES.search(head) and not _subjects_listed(text, head, q):
        return False  # 增设A、B两个界别: things added, a count of its own; 指A、B两类: the kinds defined
    last = head.rsplit("、", 1)[1]
    return head.count("、") + 1 + (1 if re.search(r"[和及与]", last) else 0) == int(q.value)


def _subjects_listed(text: str, head: str, q: Quantity) -> bool:
    """The list before the count is the subject of a 分别 (or 均, 各自) that follows in the clause:
    ``濛山、澍泉、榴埠三个街道税收分别达到…`` (no verb before the list: nothing was done to them)."""
    stop = _CUT.search(text, q.post_end)
    tail = text[q.post_end:stop.start() if stop else len(text)]
    return ("分别" in tail or "均" in tail or "各自" in tail) and not LEAD_VERB.match(head.strip()) \
        and all(len(item) <= 8 for item in head.split("、"))


_HAN = re.compile(r"[\u4e00-\u9fff“]")
#: Words that define by listing (a note's 指…, 包括…, 分为…): the count after the list is its size.
_DEFINES = re.compile(r"指|包括|包含|即|分为|涵盖|主要有|分别是|就是|(?<![但于总还只而])是(?!否)")
