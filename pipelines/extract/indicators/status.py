"""Status (outcome, estimate, target) and period of a figure, from its clause and its context.

A figure is a target where its clause or sentence plans it (``力争``, ``确保``, ``计划…``,
``到2025年``, ``目标是``), or where it stands in a section or paragraph about the coming year or a
plan (``二、2019年工作安排``, ``今后五年的主要目标``, ``新的一年``); an estimate after ``预计``.
What was achieved (``已``, ``累计``, ``共``…, ``完成了``) is an outcome even in a plan's section.
The bound (exact, approx, at_least, …) is the quantity grammar's, kept apart.

>>> from pipelines.extract.quantity import parse_text
>>> t = "力争新增城镇就业5000人。"
>>> cues = sentence_cues(t, (0, len(t)), 2018)
>>> status_of(t, Figure(0, parse_text(t), 0, len(t) - 1), cues, "", "")
('target', 2018)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipelines.extract.indicators.cues import alternation, words
from pipelines.extract.indicators.stages import Figure
from pipelines.extract.indicators.words import LEVEL_SHIFT, OBTAINED, TARGET_AFTER
from pipelines.extract.records import fast_init

_FILE = "status_cues.csv"
_ESTIMATE = alternation(words(_FILE, "word", role="estimate"))
_NEXT_YEAR = re.compile(r"今年|明年|新的一年")
#: A goal's year right after its word (力争2022年达到90%): the target is about that year.
_GOAL_YEAR = re.compile(r"(?:力争|争取|确保|计划|目标是?|预期)(?:在|于)?((?:19|20)\d\d)年(?!的|同期)")
_ESTIMATE_YEAR = re.compile(r"(?:预计|预测|估计)(?:到|至)?((?:19|20)\d\d)年")
_TARGET = re.compile(alternation(words(_FILE, "word", role="target")).pattern
                     + rf"|争取(?!{OBTAINED})"  # 争取中央资金9亿元 was secured: no goal
                     + r"|努力(?=实现|完成|达到)|预期(?=增长|达到|实现|突破)"
                     r"|(?<!下达)(?<!下达的)(?<!省定)计划(?=[0-9一二三四五六七八九十两用通在到于])|(?:到|至)(?<!恢复到|恢复至)(?<!截至|截到)(?P<y>20\d\d)年(?!的|同期)"
                     r"|(?P<by>20\d\d)年(?:底|末)?(?:以前|之前|前)(?=[\u4e00-\u9fff，,])")  # 2020年底前建成…
# (speed: the look-behinds after 到/至, not before, let every branch start with a literal, so the
# regex engine skips ahead to their first characters)
_PREDICATE = re.compile(r"实现|完成|达到")
#: 计划 before a figure of its clause plans it (全年计划实施项目120个, 年度计划投资350亿元), unless
#: it is a noun that was done or listed (完成计划的, 列入计划, 计划生育, 计划执行情况).
_PLAN = re.compile(r"(?<![列纳完超按原达入])计划(?!生育|单列|经济|执行|草案|完成|内|外|的)")
#: The year a figure is about when the text puts it right before (由2015年的38.6%提高到2020年的…).
_YEAR_OF = re.compile(r"(?:由|从|到|至)((?:19|20)\d\d)年(?:末|底)?的?$")
_FROM = re.compile(r"[由从](?:19|20)\d\d年")
_YEAR_HEAD = re.compile(r"(?:19|20)\d\d(?=年)")
_SECTION_YEAR = re.compile(r"(20\d\d)年")
#: A section or lead about what is to come: the coming year, the years ahead, a plan's goals.
_AHEAD = re.compile(alternation(words(_FILE, "word", role="ahead")).pattern)
_PLAN_WORD = re.compile(alternation(words(_FILE, "word", role="plan_heading")).pattern)
#: Words of what was done: such a figure is an outcome even where the section plans.
_DONE = alternation(words(_FILE, "word", role="done"))
#: 已 (已经) in a figure's own clause: what is done already, whatever goal an earlier clause set.
_ALREADY = re.compile(r"已(?!有|知|往)|已经")


@fast_init  # speed only: one per sentence with figures (pipelines.extract.records)
@dataclass(frozen=True)
class SentenceCues:
    """What a sentence says about the status of its figures, found once per sentence."""

    start: int
    end: int
    covers: int | None
    estimate: tuple[int, ...]
    targets: tuple[tuple[int, str | None], ...]
    planned: bool
    period: int | None
    next_year: bool
    visions: frozenset[int] = frozenset()
    looks_back: bool = False
    plan_document: bool = False  # the document is a plan (a work plan): its own year is planned


#: In a glossary note, what a plan sets out: a vision or plan it names (提出…战略设想, 规划), or the
#: years it gives itself (用5年时间，引进…): the note's figures after it are the plan's goals.
_VISION = re.compile(r"设想|蓝图|规划(?!局|馆|部门)|计划(?=[：:，,]|用)"
                     r"|用[0-9一二三四五六七八九十两]{1,3}年(?:左右)?的?时间(?![^。]{0,30}了)")
#: What a note says is there now (从目前省内的70多个园区中…): not a goal.
_NOW = re.compile(r"目前|现有|已有|已经|现已")


_NO_VISIONS: frozenset[int] = frozenset()


_COMPARED_TARGET = re.compile(r"[\d%％]的?(?:年度|全年)?$")
#: A result set against the target (增长4.6%，低于年初预期目标2.4个百分点): the gap is an outcome.
_GAP_TO_TARGET = re.compile(r"(?:低于|高于|超过|超出|快于|慢于|落后于?|比)(?:年初|年度|全年)?"
                            r"(?:确定的|制定的)?(?:预期)?$")
_COMPARED_AHEAD = re.compile(r"[^，,；;。]{0,4}?[\d.]+[%％]?(?:左右)?" + TARGET_AFTER.pattern)


def sentence_cues(text: str, sentence: tuple[int, int], covers: int | None,
                  note: bool = False, recap: bool = False, plan_document: bool = False) -> SentenceCues:
    """The estimate and target words of a sentence and the year it opens with, if any; in a
    glossary ``note``, also the plans it sets out (:data:`_VISION`); ``recap``: the sentence is in
    a paragraph that opened on the time past (:func:`opens_on_the_past`) and looked no further yet."""
    ss, se = sentence
    head = _YEAR_HEAD.match(text, ss, ss + 8 if ss + 8 < se else se)
    targets = [(m.start(), m.group("y") or m.group("by")) for m in _TARGET.finditer(text, ss, se)
               if not _COMPARED_TARGET.search(text, max(ss, m.start() - 6), m.start())
               and not _GAP_TO_TARGET.search(text, max(ss, m.start() - 8), m.start())
               and not _COMPARED_AHEAD.match(text, m.end(), se)]
    # (超过12%的预期目标: a target the outcome is compared with, no cue for the figures after it)
    goals = [(m.start(1), m.group(1)) for m in _GOAL_YEAR.finditer(text, ss, se)] \
        if text.find("年", ss, se) >= 0 else []  # a goal's year ends in 年: most sentences have none
    vision: list[tuple[int, str | None]] = [(m.start(), None) for m in _VISION.finditer(text, ss, se)] \
        if note else []
    return SentenceCues(
        ss, se, covers, tuple(m.start() for m in _ESTIMATE.finditer(text, ss, se)),
        tuple(sorted(targets + goals + vision)) if goals or vision else tuple(targets),  # in order already
        text.find("计划", ss, se) >= 0, int(head.group()) if head else covers,
        _NEXT_YEAR.search(text, ss, se) is not None,
        frozenset(p for p, _ in vision) if vision else _NO_VISIONS,  # no generator per plain sentence
        recap or opens_on_the_past(text, ss, se, covers), plan_document)


def _future(year: str | None, covers: int | None) -> bool:
    """到2015年 is a target only when 2015 is later than the year the report covers."""
    return not year or covers is None or int(year) > covers


#: 全年预计 / 预计全年: an estimate of the whole year, which a later clause of the sentence on the whole
#: year (全年分别完成41.2亿元和26.8亿元) shares, verb or not: the year is not over when it is told.
_WHOLE_YEAR = re.compile(r"全年预计|预计全年")
#: A clause on a span of its own (前三季度, 1—10月, 上半年, 去年): not the whole year estimated.
_OTHER_SPAN = re.compile(r"前[一二三四]季度|[上下]半年|\d{1,2}[—－\-~至到]\d{1,2}月|截至|已")
#: A clause that gives a part of the figure before it (其中…): it is what that figure is.
_PART_OF = re.compile(r"[\s“]*其中")


def _estimated(text: str, estimate: tuple[int, ...], it: Figure) -> bool:
    """预计 before the figure, in its clause, heading a run of verbless clauses, heading the figure a
    其中 clause divides (预计十大产业实现增加值218亿元，其中文化创意产业实现增加值…), or 预计全年
    heading the sentence; not across a clause on a span of its own (前三季度…, 已建成…)."""
    q = it.q
    own_span = _OTHER_SPAN.search(text, it.cs, q.start) is not None
    return any(p < q.start and (p >= it.cs or not own_span and (
        not _PREDICATE.search(text, max(it.cs, q.start - 80), q.start)
        or _PART_OF.match(text, it.cs) is not None
        or _WHOLE_YEAR.search(text, max(0, p - 2), p + 4) is not None))
        for p in estimate)


@lru_cache(maxsize=1024)
def _plan_year(section: str, lead: str, covers: int | None) -> int | None:
    """The year a plan section is about (``二、2013年工作安排``), if later than the report's year;
    ``covers + 1`` for a section or lead on the coming year or the years ahead (``今后五年``)."""
    if covers is None:
        return None
    last = section.rsplit(" > ", 1)[-1]
    m = _SECTION_YEAR.search(section) if section else None
    if m and int(m.group(1)) > covers and not _REVIEW.search(last):
        return int(m.group(1))  # (一、“十三五”时期工作回顾和2021年主要目标: both, the words decide)
    own = _OWN_PLAN.search(last) if last else None
    if own is not None and int(own.group(1)) == covers:
        return covers  # 一、2014年工作要点, 2022年度协商工作计划: a plan of the year the document is on
    for part in (last, lead):
        part = _NAMED_PLAN.sub("", _SINCE.sub("", part))  # 一、今年以来的工作: the year so far, done
        if part and _AHEAD.search(part) and _PLAN_WORD.search(part) and not _REVIEW.search(part):
            return covers + 1
    return None


#: A heading that is a plan of its own year (a work plan's 一、2014年工作要点, 2022年度协商工作计划).
_OWN_PLAN = re.compile(r"((?:19|20)\d\d)年度?[^，,。回顾总结成绩情况]{0,10}?(?:工作要点|工作计划|计划|要点)$")
#: A plan named by its quoted short name (今年是“八五”计划的最后一年): no plan heading.
_NAMED_PLAN = re.compile(r"“[^“”]{1,8}”(?:计划|规划)")
#: A heading on the years past and the years ahead (过去五年的工作回顾和今后五年的奋斗目标): its
#: paragraphs tell both, so their own words decide.
_REVIEW = re.compile(r"回顾|过去|总结|成绩")


#: The time so far, which looks back (今年以来, 一年以来, 换届以来), not ahead.
_SINCE = re.compile(r"[\u4e00-\u9fff]{0,4}以来")


#: A sentence that opens on the time past (过去五年，…; 五年来; 本届以来): its figures are outcomes even
#: where the section or lead is about the years ahead, until a clause turns to them (今年再改造…).
_LOOKS_BACK = re.compile(r"[\s“]*(?:过去(?:的)?[一二三四五六七八九十两\d]{1,2}年"
                         r"|[一二三四五六七八九十两\d]{1,2}年来|本届以来|刚刚过去的|今年以来)")
_YEAR_OPENS = re.compile(r"[\s“]*((?:19|20)\d\d)年(?:[，,]|以来|来)")
#: Words that turn to the time ahead: 今年 (in the plan of the year after the report's), 明年, 今后…,
#: or a year (checked against the report's: :func:`turns_ahead`).
_FORWARD = re.compile(r"今年(?!以来)|明年|新的一年|今后|下一步|目标|力争|((?:19|20)\d\d)年")


def turns_ahead(text: str, start: int, end: int, covers: int | None) -> bool:
    """``text[start:end]`` speaks of the time ahead: 今年再改造…, 今后五年的目标是, 2025年，… (a year
    later than ``covers``)."""
    return first_ahead(text, start, end, covers) < end


def first_ahead(text: str, start: int, end: int, covers: int | None) -> int:
    """Where ``text[start:end]`` first turns to the time ahead (:func:`turns_ahead`), ``end`` if it
    does not."""
    for m in _FORWARD.finditer(text, start, end):
        if m.group() == "目标" and _GAP_TO_TARGET.search(text, max(start, m.start() - 8), m.start()):
            continue  # 低于年初预期目标2.4个百分点: the target the year's result is set against
        if m.group(1) is None or covers is None or int(m.group(1)) > covers:
            return m.start()
    return end


def opens_on_the_past(text: str, start: int, end: int, covers: int | None) -> bool:
    """``text[start:end]`` opens on the time past: 过去五年，…, 五年来，…, 2020年，… (a year not
    later than ``covers``, the year the report covers)."""
    if _LOOKS_BACK.match(text, start, end) is not None:
        return True
    m = _YEAR_OPENS.match(text, start, end)
    return m is not None and covers is not None and int(m.group(1)) <= covers


#: A from-value of a change with no year of its own (由45%, 分别由每月230元、110元): what stands
#: between 由/从 and the figure is at most a period word and the from-values listed before it.
_FROM_VALUE = re.compile(r"(?:由|从)(?:每人)?(?:每[月年天]|人均)?"
                         r"(?:[0-9.]+[^0-9，,；;。、和到至由从]{0,4}[、和])*$")
#: A from-value of last year (由上年的6.8%, 从去年末的): its period is the year before the report's.
_FROM_LAST_YEAR = re.compile(r"(?:由|从)(?:上年|去年)(?:末|底)?的?$")
#: …and a to-value follows: 提高到, 增加至, 下降到 (after any from-values listed after it).
_TO_AFTER = re.compile(r"(?:[、和][0-9.]+[^0-9，,；;。、和]{0,4})*\s*"
                       r"(?:(?:提高|增加|增长|上升|提升|降低|下降|减少|扩大|缩小|调整|发展|回升|回落|"
                       + "|".join(LEVEL_SHIFT) + r"|达|降|升|增|减)"
                       r"(?:到|至|为)|(?:到|至)(?![0-9]))")  # 由5至7人: a range, no change


def status_of(text: str, it: Figure, cues: SentenceCues, section: str, lead: str) -> tuple[str, int | None]:
    """(status, period) of one figure of the sentence ``cues`` describes."""
    q = it.q
    covers = cues.covers
    period = cues.period
    tgt = [p for p, y in cues.targets if p < q.start and _future(y, covers)
           and not (y and p - 2 in cues.estimate)] if cues.targets else []  # 预计到2021年末
    plan = _PLAN.search(text, it.cs, q.start) if cues.planned else None
    if plan and "的" not in text[plan.end():q.start]:
        tgt.append(plan.start())
    elif cues.planned and plan is None and not _PREDICATE.search(text, it.cs, q.start):
        # 全年计划实施项目45个，总投资120亿元，年度投资35亿元: the plan heads the verbless clauses after it
        earlier = _PLAN.search(text, cues.start, it.cs)
        comma = text.find("，", earlier.end(), it.cs) if earlier else -1
        if earlier and "\u4e00" <= text[earlier.end():earlier.end() + 1] <= "\u9fff" \
                and "的" not in text[earlier.end():comma if comma >= 0 else it.cs] \
                and not _COMPARED_TARGET.search(text, max(0, earlier.start() - 6), earlier.start()):
            tgt.append(earlier.start())  # 计划 as a verb (计划实施…), not a plan named (一揽子计划，)
    if tgt and max(tgt) < it.cs and _ALREADY.search(text, it.cs, q.start):
        tgt = []  # 力争两年内全覆盖，今年已建成18个: the goal is another clause's, this was done
    if tgt and cues.visions and _NOW.search(text, max(it.cs, q.qual_start - 8), q.qual_start):
        tgt = [p for p in tgt if p not in cues.visions]  # 从目前…的70多个园区: the present, not the plan
    plan_year = _plan_year(section, lead, covers)
    if plan_year is None and cues.plan_document:
        plan_year = covers  # a work plan (工作要点) on its year: every figure is planned unless done
    if plan_year is None and covers is not None and period is not None and period > covers:
        plan_year = period  # 2025年，区政协将开展协商活动12次 (in the report on 2024): the year ahead
    own_plan = plan_year is not None and plan_year == covers  # (2014年，拟召开…: the plan's own year)
    if plan_year and not tgt and ((cues.looks_back and not own_plan
                                   and not turns_ahead(text, cues.start, q.start, covers))
                                  or _DONE.search(text, it.cs, q.start)):
        plan_year = None  # 去年已建成…, 过去五年，…: what was done, told in the plan's section, is an outcome
    est = max((p for p in cues.estimate if p < q.start), default=-1) \
        if cues.estimate and _estimated(text, cues.estimate, it) else -1
    head = q.qual_start
    if q.kind == "ratio_part":  # 由2015年的18.2∶45.6∶36.2: every part is of the year before the first
        while head > it.cs and (text[head - 1].isdigit() or text[head - 1] in ".∶:："):
            head -= 1
    stated = _YEAR_OF.search(text, max(it.cs, head - 9), head) \
        if text.find("年", head - 4, head) >= 0 else None
    if stated and stated.group()[0] in "到至" and not _FROM.search(text, it.cs, stated.start()):
        stated = None  # 恢复到2019年的86.2%: the year is the base of comparison, 由…提高到2020年的 is not
    if stated and covers is not None and int(stated.group(1)) <= covers:
        return "outcome", int(stated.group(1))  # 由2015年的38.6%: a figure of a past year, as stated
    if covers is not None and _FROM_LAST_YEAR.search(text, max(it.cs, q.qual_start - 8), q.qual_start) \
            and _TO_AFTER.match(text, q.post_end, it.ce):
        return "outcome", covers - 1  # 贫困发生率由上年的6.8%下降到2.9%: last year's level
    if _FROM_VALUE.search(text, it.cs, q.qual_start) and _TO_AFTER.match(text, q.post_end, it.ce):
        return "outcome", None  # 城镇化率由45%提高到52%: an earlier level, of a year the text leaves open
    if not (tgt or plan_year or est >= 0):
        return "outcome", period
    status = "estimate" if est > max(tgt, default=-1) else "target"  # 预计…: even in next year's plan
    years = [y for p, y in cues.targets if p < q.start and y and _future(y, covers)]
    said = _ESTIMATE_YEAR.match(text, est) if status == "estimate" else None
    if said and _future(said.group(1), covers):
        period = int(said.group(1))  # 预计2019年扩展到3000个: the estimate is about that year
    elif years:
        period = int(years[-1])
    elif plan_year:
        period = plan_year
    elif tgt and covers is not None and cues.next_year:
        period = covers + 1
    return status, period
