"""Proposals, motions, suggestions, speeches, information and research reports named in a report.

Two finders: titled works in 《》 (typed by the word after them, the sentence they stand in, the
verb before them or the end of the title) and works only described (``“…”提案``, ``就A、B等议题作
大会发言``, ``提出…等工作建议``, ``形成调研报告``; see :mod:`pipelines.extract.motions.described`).
The CPPCC report's works have body ``cppcc``, the People's Congress report's ``npc``; other reports
contribute only titled 提案 (cppcc) and 议案 (npc).

>>> from pipelines.model import DocumentText
>>> text = "委员提交的《关于加快老旧小区加装电梯的建议》等提案得到较好解决。"
>>> [(m.title, m.motion_type, m.outcome) for m in extract_motions(DocumentText("d", "cppcc", 2020, text))]
[('关于加快老旧小区加装电梯的建议', '提案', '得到较好解决')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.extract.doc_cache import section_at
from pipelines.extract.motions.described import described_motions
from pipelines.extract.motions.text import (
    Sentence,
    about_information,
    clause_at,
    grouped,
    motion,
    role_pattern,
    sentences,
    type_of,
)
from pipelines.extract.motions.untitled import untitled_motions
from pipelines.extract.supervision.clauses import body_spans, clauses, forward_section
from pipelines.model import DocumentText, Motion
from pipelines.text.structure import list_lead

MOTION_TYPES = (
    "提案", "议案", "建议", "大会发言", "社情民意信息", "调研报告", "课题报告", "理论文章", "其他",
)
MOTION_BODIES = ("cppcc", "npc")

_TITLE = re.compile(r"《[^《》]{2,120}》")
#: What joins titles of one group: nothing, a conjunction, or one with the next work's author
#: (民盟某总支《A》、区工商联《B》两篇发言).
_JOINER = re.compile(r"^(?:、|和|及|与|以及|，)?$|^(?:、|和|及|与)[\u4e00-\u9fff]{0,8}?"
                     r"(?:党|学社|工商联|支部|支社|总支|委员会|[省市县区]委|界别|小组|委员[\u4e00-\u9fff]{2,3})$")
_COUNTED = r"(?:等|和|的|两篇|两本|\d+\s?(?:篇|本|件|份)|[一二三四五六七八九十两]+(?:篇|本|件|份))*"
_NPC_TYPES = ("议案", "建议")
_PLANNED = re.compile(r"将|计划|拟|力争|准备|打算")
#: Done, in a sentence of the year-ahead part (已出版《X》, 完成了《X》): no plan.
_DONE = re.compile(r"了|已|过")
# 《…》提出的建议 / 所提意见: what the work itself proposes.
_ITS_OWN = re.compile(r"提出|所提")
#: A section on proposals (（二）提案工作提质增效), not on information or research.
_PROPOSALS_PART = re.compile(r"^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)?"
                             r"[^社信调]{0,8}提案")
#: A list item's key before its title: 1. ①, （一）.
_LIST_KEY = re.compile(r"\s*(?:\d{1,2}\s?[.．、]|[①-⑳]|[（(][一二三四五六七八九十\d]{1,3}[）)]"
                       # or its author and a colon: 某某委员：《X》, 区工商联：《Y》 under 作口头发言的有：
                       r"|[^，。；;《》“”\n]{2,24}[：:])\s*")

def _listed_title(line: str) -> bool:
    """A line that is an item of a list of titles (1.《X》…, 某某委员：《X》), not the line it hangs from."""
    m = _LIST_KEY.match(line)
    return m is not None and (m.group().rstrip()[-1:] not in "：:" or "《" in line)


# An outcome right after a title, or after the suggestions it made: 《…》被采纳, 《…》提出的5条建议被采纳.
_OUTCOME_NEXT = re.compile(r"[，,]?[^，。；]{0,3}(?:得到|被|获)|[，,]为[^，。；]{2,30}提供了?(?:重要)?参考"
                           r"|[，,]?经[^，。；]{1,12}(?:办理|研究|督办)"
                           r"|[，,]?(?:提出|所提)的?[^，。；]{0,24}?(?:意见建议|建议|意见)[^，。；]{0,3}?(?:得到|被|获|已)")


# 被省政协《社情民意》刊用, 编报《社情民意》32期: the bulletin that printed the pieces, not a piece.
_PRINTED_IN = re.compile(r"被[^，。；《》]{0,12}$")
_PRINTS = re.compile(r"[^，。；]{0,2}?(?:刊用|刊发|刊登|刊载|采用|录用|转发)")
# 《…读本》被评为优秀图书: a prize, not what became of a piece of information.
_PRIZE = re.compile(r"[^，。；]{0,3}(?:被评为|被授予|获评|获得?[^，。；]{0,10}奖)")
_ISSUES = re.compile(r"\s?(?:\d+|[一二三四五六七八九十两]+)\s?期")


def _groups(text: str, start: int, end: int) -> list[list[tuple[int, int]]]:
    """Runs of 《》 titles joined by 、/和/nothing: ``《甲》《乙》和《丙》`` is one group of three."""
    groups: list[list[tuple[int, int]]] = []
    for m in _TITLE.finditer(text, start, end):
        if groups and _JOINER.match(text[groups[-1][-1][1]:m.start()]):
            groups[-1].append(m.span())
        else:
            groups.append([m.span()])
    return groups


def _after_type(text: str, pos: int, limit: int) -> tuple[str, int]:
    """The type word right after a group of titles (``等提案``, ``两篇大会发言``) and where it ends."""
    m = role_pattern(_COUNTED + r"[\u4e00-\u9fff]{0,8}?(WORDS)", "after").match(text, pos, limit)
    if not m or _ITS_OWN.search(text, pos, m.start(1)):
        return "", pos  # 《…调研报告》提出的建议被采纳: the work's own suggestions, not its type
    return type_of("after", m.group(1)), m.end()


#: Work on a book told after its title: 完成了《…文史资料》的编辑工作.
#: A volume of a series named after the series: 《X文史资料》第九辑《Y》.
_VOLUME = re.compile(r"第[一二三四五六七八九十百\d]{1,4}(?:辑|卷|册|集|部|分册)[—－\-：:\s]{0,3}《")
_VOLUME_OF = re.compile(r"》[、，,和及]?第[一二三四五六七八九十百\d]{1,4}(?:辑|卷|册|集|部|分册)"
                        r"[—－\-：:\s]{0,3}$")
#: (…《X》一书, 《X》一书的征编工作: a book)
#: A series' volumes by number, with no title of their own (《X文史》第19至23辑, 《X文史资料》第九辑).
_SERIES_VOLUME = re.compile(r"第[一二三四五六七八九十百\d]{1,4}"
                            r"(?:[至到、和—－-]第?[一二三四五六七八九十百\d]{1,4})?(?:辑|卷|册|集|分册)")
_BOOK_WORK = re.compile(r"一书|(?:一书)?的(?:编辑|编纂|编写|编撰|出版|征集|征编|整理|印制|采编)")


#: A work made by its author, told right before its title (县茶叶学会所作的《X》被县委采纳): what it is
#: the sentence before says (14位委员和参加单位作了大会发言).
#: (or by its author's name alone: 致公党某市支部的《X》和农工党某市委的《Y》，被市委主要领导批示)
_MADE = re.compile(r"(?:所作|所做|作)的$|(?:党|学社|工商联|支部|委员会|[省市县区]委|总支|界别|小组)的$")
#: A document a work was taken into (吸收进《…》, 写入《…》): the organ's, not a member's work.
_ABSORBED_INTO = re.compile(r"(?:吸收|吸纳|写|纳|融|采纳)(?:进|入|到)了?$")
#: Suggestions made key ones to follow up (将《关于X的建议》列为重点督办件): each title is one.
_KEY_ONES = re.compile(r"列为重点|确定为重点|重点督办|重点建议|(?:领衔|牵头|跟踪)督办")
#: A report's kind told right before its title: 形成视察报告《打造…的几点建议》.
_TYPE_BEFORE = re.compile(r"(?:调研|视察|调查|考察)报告[：:]?$")


def _verb_before(text: str, clause_start: int, pos: int, role: str) -> str:
    """The word of a role (``exclude``, ``other``, ``produce``) that ends at most 3 chars before pos,
    or before the kind of book it names (出版文史资料《X》)."""
    m = role_pattern(r"(WORDS)了?(?:文史资料|文史专辑|史料专辑|丛书|读本|画册|的?纪录片|的?专题片)?"
                     r"[^，。；《》]{0,3}$",
                     role).search(text[clause_start:pos])
    return m.group(1) if m else ""


#: Research told before a work it produced: 开展调研, 进行调查, 完成调研报告14篇.
_RESEARCH = re.compile(r"调研|调查|考察|课题")


#: A sentence that counts research reports or topics: 全年形成调研报告18篇, 完成调研课题9个.
_REPORTS_COUNTED_BEFORE = re.compile(r"(?:调研报告|调查报告|调研课题|调研成果)\s?\d+\s?(?:篇|个|项|份)"
                                     r"|(?:形成|完成)(?:了)?(?:调研报告|调研课题)")


def _researched(text: str, sentence: Sentence, clause_start: int, at: int, produced: bool) -> bool:
    """A work with no type word of its own is a research report: written (``写出了``, ``形成``) in a
    sentence that tells the research, or listed after ``其中`` under a sentence that counts reports."""
    opened = max(text.rfind("。", 0, sentence.start), text.rfind("\n", 0, sentence.start)) + 1
    if produced and _RESEARCH.search(text, opened, clause_start):
        return True
    before = max(text.rfind("。", 0, max(0, opened - 1)), text.rfind("\n", 0, opened)) + 1
    counted = _REPORTS_COUNTED_BEFORE.search(text, before, opened) is not None
    if text[opened:at].lstrip().startswith("其中"):
        return counted
    # 全年形成调研报告18篇。《A》得到批示；《B》为…提供了参考: each part opens with the report it tells of
    part = max(text.rfind("；", opened, at), text.rfind(";", opened, at), opened - 1) + 1
    return counted and not text[part:at].strip(" \t\u3000*")


def _body(doc: DocumentText, motion_type: str) -> str:
    if doc.report_kind in MOTION_BODIES:
        return doc.report_kind
    return {"议案": "npc", "提案": "cppcc"}.get(motion_type, "")


def _titled_in(doc: DocumentText, sentence: Sentence) -> list[Motion]:
    text = doc.text
    out: list[Motion] = []
    if text.find("《", sentence.start, sentence.end) < 0:
        return out  # no title in the sentence (most sentences)
    forward = forward_section(section_at(doc, sentence.start))
    for group in _groups(text, sentence.start, sentence.end):
        first, last = group[0][0], group[-1][1]
        if forward and (_PLANNED.search(text, sentence.start, first)
                        or not _DONE.search(text, sentence.start, sentence.end)):
            continue  # 计划形成《…》, - 编辑出版《…》第十辑 in the plans for the year ahead: not written yet
        clause_start = sentence.clauses[clause_at(sentence, first)].start
        after, after_end = _after_type(text, last, sentence.end)
        context = role_pattern("WORDS", "context").search(text[sentence.start:first])
        lead = text[sentence.start:first]
        if context is None and _LIST_KEY.fullmatch(lead):
            # 1.《关于…的调研报告》，… under 形成调研报告96篇。其中，影响较大的有： the list's lead says what
            lead_line = list_lead(text, sentence.start, _listed_title)
            context = role_pattern("WORDS", "context").search(lead_line)
        if context is None and (lead.lstrip().startswith("其中") or _MADE.search(lead)):
            # 安排委员大会发言8篇。其中，《A》《B》引起较大反响: the sentence before says what they are
            opened = max(text.rfind("。", 0, max(0, sentence.start - 1)),
                         text.rfind("\n", 0, sentence.start)) + 1
            context = role_pattern("WORDS", "context").search(text[opened:sentence.start])
        other = _verb_before(text, clause_start, first, "other")
        excluded = _verb_before(text, clause_start, first, "exclude")
        produced = _verb_before(text, clause_start, first, "produce")
        book_end = -1  # where the last title taken as a book ended
        for s, e in group:
            title = text[s + 1:e - 1]
            end_word = role_pattern("(WORDS)$", "title_end").search(title)
            own = type_of("title_end", end_word.group(1)) if end_word else ""
            if excluded or _ABSORBED_INTO.search(text, max(clause_start, s - 6), s):
                continue  # a law, a rule or a newspaper the sentence merely cites; the organ's own
                # document a work was taken into (被县政府吸收进《关于加快茶产业发展的意见》)
            if _ISSUES.match(text, e) or (_PRINTED_IN.search(text, clause_start, s)
                                          and _PRINTS.match(text, e, sentence.end)):
                continue  # 编报《社情民意》32期, 被省政协《社情民意》刊用: the bulletin
            if after:
                kind, rule = after, "titled_type_after"
            elif _TYPE_BEFORE.search(text, max(clause_start, s - 6), s) and doc.report_kind == "cppcc":
                kind, rule = "调研报告", "titled_context"  # 形成视察报告《X》, 形成的调研报告《X》
            elif context:
                kind, rule = type_of("context", context.group()), "titled_context"
            elif (other or _BOOK_WORK.match(text, e) or _VOLUME_OF.search(text, clause_start, s)
                  or (book_end >= 0 and text[book_end:s] in ("和", "、", "及", "与"))) \
                    and doc.report_kind == "cppcc":  # (…第十辑《A》和《B》: B is a book as A is)
                if _VOLUME.match(text, e) or _SERIES_VOLUME.match(text, e):
                    continue  # 《X》第九辑《Y》: the series, Y the book; 《X》第19至23辑: volumes untitled
                kind, rule = "其他", "titled_verb"  # 编印了《…》, 完成了《…》的编辑工作: a book
                book_end = e
            elif own and (produced or title.endswith("案") or _OUTCOME_NEXT.match(text, e, sentence.end)
                          or (own in ("调研报告", "视察报告", "调查报告") and doc.report_kind == "cppcc")
                          or (own == "建议" and _KEY_ONES.search(text, sentence.start, sentence.end))
                          or (own == "建议" and doc.report_kind == "cppcc" and _LIST_KEY.fullmatch(lead)
                              and _PROPOSALS_PART.search(section_at(doc, s).rsplit(" > ", 1)[-1]))):
                kind, rule = own, "titled_own_end"
                if own == "建议" and about_information(doc, sentence.start, e, sentence.end):
                    kind, rule = "社情民意信息", "titled_context"  # 其中《关于…的建议》被省政协采用
                elif own == "建议" and doc.report_kind == "cppcc" \
                        and _PROPOSALS_PART.search(section_at(doc, s).rsplit(" > ", 1)[-1]):
                    kind = "提案"  # ④《关于…的建议》 among the key proposals of a section on 提案工作
            elif (doc.report_kind == "cppcc" and _OUTCOME_NEXT.match(text, e, sentence.end)
                  and not _PRIZE.match(text, e, sentence.end)
                  and about_information(doc, sentence.start, e, sentence.end)):
                # 其中：《老旧电梯安全隐患亟待重视》得到副省长批示, under 反映社情民意: a piece of
                # information, whatever its title says
                kind, rule = "社情民意信息", "titled_context"
            elif not own and doc.report_kind == "cppcc" \
                    and _researched(text, sentence, clause_start, s, produced):
                # 开展调研，写出了《X现状、问题和对策》; 完成调研报告14篇。其中，…；《X与对策》得到批示
                kind, rule = "调研报告", "titled_context"
            else:
                continue
            if doc.report_kind == "npc" and kind not in _NPC_TYPES:
                continue
            body = _body(doc, kind)
            if not body or (doc.report_kind not in MOTION_BODIES and kind not in ("议案", "提案")):
                continue
            quote_end = max(after_end, e)
            k = clause_at(sentence, quote_end - 1)
            quote = (clause_start, sentence.clauses[k].end)
            out.append(motion(text, (s, e), quote, body, title, kind, doc, rule))
    return out


def _titled_sentences(doc: DocumentText) -> Sequence[Sentence]:
    """The sentences that may hold a title in 《》: all of a CPPCC or People's Congress report
    (its other finders read them all), else those of the paragraphs with a 《 — a sentence never
    runs over a paragraph's end, and most paragraphs of the other reports cite no title.
    (Their clauses' sentence numbers then count from each paragraph: the titled finder does not
    read them.)"""
    if doc.report_kind in MOTION_BODIES:
        return sentences(doc)
    text = doc.text
    out: list[Sentence] = []
    for s, e in body_spans(doc):
        if text.find("《", s, e) >= 0:
            out.extend(grouped(clauses(text, s, e)))
    return out


def extract_motions(doc: DocumentText) -> list[Motion]:
    """Every motion-like work a report names, titled or described, in text order.

    >>> from pipelines.model import DocumentText
    >>> text = "代表提出的关于增设公交站点、延长末班车等建议得到政府采纳。"
    >>> [(m.body, m.title, m.motion_type) for m in extract_motions(DocumentText("d", "npc", 2020, text))]
    [('npc', '关于增设公交站点、延长末班车等建议', '建议')]
    """
    titled: list[Motion] = []
    for sentence in _titled_sentences(doc):
        titled.extend(_titled_in(doc, sentence))
    taken = [(m.start, m.end) for m in titled]
    described = [m for m in described_motions(doc)
                 if all(m.end <= s or m.start >= e for s, e in taken)]
    taken += [(m.start, m.end) for m in described]
    untitled = [m for m in untitled_motions(doc) if all(m.end <= s or m.start >= e for s, e in taken)]
    rows = sorted(titled + described + untitled, key=lambda m: (m.start, m.end))
    unique: dict[tuple[int, int, str], Motion] = {}
    for row in rows:
        unique.setdefault((row.start, row.end, row.title), row)
    return list(unique.values())
