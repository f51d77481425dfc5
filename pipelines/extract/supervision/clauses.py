"""Sentences, clauses and enumerations of a report's cleaned text, as offset spans.

Shared by the supervision and motion extractors: both read a report clause by clause, and both
split enumerations (``A、B和C等工程``) into their items without losing where each item stands.

>>> text = "常委会视察甲、乙和丙等项目，提出建议。"
>>> [text[c.start:c.end] for c in clauses(text)]
['常委会视察甲、乙和丙等项目', '提出建议']
>>> [text[s:e] for s, e in list_items(text, 5, 13)]
['甲', '乙', '丙']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from pipelines.extract.doc_cache import per_document
from pipelines.model import DocumentText

SENTENCE_END = "。！？\n"
CLAUSE_END = "，；：,;:"
OPEN, CLOSE = "“《（(〈「‘", "”》）)〉」’"
_LAST_AND = re.compile(r"(?:以及|和|及|与)")
#: A list of the kinds of one thing named after it: 涉及A、B等方面的重点信访事项, A、B等领域的问题.
_KINDS_OF = re.compile(r"等(?:方面|领域|类型|类别|行业)的[\u4e00-\u9fff“”]{2,12}$")
_ETC_TAIL = re.compile(r"等(?:[\u4e00-\u9fff]{0,6})(?:的[\u4e00-\u9fff]{1,6})?$")  # 等项目的建设进度
# A body's name ends with one of these: 县自然资源和规划局 is one body, 区法院和区检察院 two.
_ORGAN = re.compile(r"(?:局|委员会|委|办公室|办|院|厅|署|中心|政府|公司|集团|站|所)$")


# Headings of the part of a report about the year ahead: 二、2020年工作任务, 今年的主要任务, 工作建议.
_FORWARD = re.compile(
    r"今年(?!以来)|明年|新的一年|下一步|今后|(?:工作|主要)(?:任务|安排|打算|思路|计划)|工作(?:建议|意见|要点)")
_PAST = re.compile(r"以来|回顾|过去|主要工作$|工作情况")


@lru_cache(maxsize=1024)  # asked for every clause; a report has a few dozen sections
def forward_section(section: str) -> bool:
    """A heading path inside the part about the year ahead: what it names are plans.

    >>> forward_section("二、2020年工作任务"), forward_section("一、2019年工作回顾")
    (True, False)
    >>> forward_section("二、一九九九年的工作意见")
    True
    """
    return any(_FORWARD.search(h) and not _PAST.search(h) for h in section.split(" > "))


class Clause(NamedTuple):
    """``text[start:end]`` is one clause; ``sentence`` numbers the sentence it belongs to.

    Immutable like a frozen dataclass, but a tuple: a report has thousands of clauses, made
    for every document, and a tuple is made several times faster."""

    start: int
    end: int
    sentence: int


def _depth_walk(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield (position, bracket depth before that character) for ``text[start:end]``."""
    depth = 0
    for i in range(start, end):
        ch = text[i]
        yield i, depth
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE and depth:
            depth -= 1


def body_spans(doc: DocumentText) -> list[tuple[int, int]]:
    """The spans of prose paragraphs (all of the text when the structure is unknown)."""
    if not doc.paragraphs:
        return [(0, len(doc.text))]
    return [(p.start, p.end) for p in doc.paragraphs if p.kind == "body"]


# The characters the clause split reads; the rest of the text is skipped by the regex engine
# (one Python step per mark, not per character).  Without an opener in a span, depth stays 0.
_ENDS = re.compile(f"[{re.escape(SENTENCE_END + CLAUSE_END)}]")
_MARKS = re.compile(f"[{re.escape(SENTENCE_END + CLAUSE_END + OPEN + CLOSE)}]")
_OPENERS = re.compile(f"[{re.escape(OPEN)}]")
_COMMA = re.compile("、")
_SPLIT = re.compile(f"([{re.escape(SENTENCE_END + CLAUSE_END)}])")
_MARKS_SPLIT = re.compile(f"([{re.escape(SENTENCE_END + CLAUSE_END + OPEN + CLOSE)}])")


def clauses(text: str, start: int = 0, end: int | None = None, first_sentence: int = 0) -> list[Clause]:
    """Split ``text[start:end]`` into clauses at ，；： and sentence ends outside quotes and titles.

    >>> [c.sentence for c in clauses("甲，乙。丙")]
    [0, 0, 1]
    >>> [(c.start, c.end) for c in clauses("甲“乙，丙”丁，戊")]
    [(0, 7), (8, 9)]
    """
    end = len(text) if end is None else end
    if 0 <= start and end <= len(text) and _OPENERS.search(text, start, end) is None:
        return _plain_clauses(text, start, end, first_sentence)
    if 0 <= start and end <= len(text):
        return _quoted_clauses(text, start, end, first_sentence)
    out: list[Clause] = []
    sentence, begin, depth = first_sentence, start, 0
    marks = _MARKS if _OPENERS.search(text, start, end) else _ENDS
    for m in marks.finditer(text, start, end):
        ch = m.group()
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth -= 1 if depth else 0
        elif ch in SENTENCE_END or depth == 0:
            i = m.start()
            if i > begin:
                out.append(Clause(begin, i, sentence))
            begin = i + 1
            if ch in SENTENCE_END:
                sentence += 1
    if end > begin:
        out.append(Clause(begin, end, sentence))
    return out


def _plain_clauses(text: str, start: int, end: int, sentence: int) -> list[Clause]:
    """``clauses`` of a span without quotes or titles: every mark ends a clause, so the span is
    split in one call and only the pieces are walked (a paragraph has dozens of marks).

    >>> [(c.start, c.end, c.sentence) for c in _plain_clauses("x甲，乙。。丙", 1, 7, 0)]
    [(1, 2, 0), (3, 4, 0), (6, 7, 2)]
    """
    out: list[Clause] = []
    parts = _SPLIT.split(text[start:end])  # [piece, mark, piece, mark, …, piece]
    pos = start
    for k in range(0, len(parts) - 1, 2):
        n = len(parts[k])
        if n:
            out.append(Clause(pos, pos + n, sentence))
        pos += n + 1
        if parts[k + 1] in SENTENCE_END:
            sentence += 1
    if parts[-1]:
        out.append(Clause(pos, end, sentence))
    return out


def _quoted_clauses(text: str, start: int, end: int, sentence: int) -> list[Clause]:
    """``clauses`` of a span with quotes or titles: the span is split at every mark in one call
    and the marks are walked with their depth (no match object per mark).

    >>> [(c.start, c.end, c.sentence) for c in _quoted_clauses("x甲“乙，丙”丁。戊", 1, 10, 0)]
    [(1, 8, 0), (9, 10, 1)]
    """
    out: list[Clause] = []
    begin, depth = start, 0
    parts = _MARKS_SPLIT.split(text[start:end])  # [piece, mark, piece, mark, …, piece]
    i = start
    for k in range(1, len(parts), 2):
        i += len(parts[k - 1])  # where the mark stands
        ch = parts[k]
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth -= 1 if depth else 0
        elif ch in SENTENCE_END or depth == 0:
            if i > begin:
                out.append(Clause(begin, i, sentence))
            begin = i + 1
            if ch in SENTENCE_END:
                sentence += 1
        i += 1
    if end > begin:
        out.append(Clause(begin, end, sentence))
    return out


@per_document  # the supervision and both motion finders read the same clauses
def doc_clauses(doc: DocumentText) -> tuple[Clause, ...]:
    """All clauses of a document's prose paragraphs, sentences numbered across paragraphs."""
    out: list[Clause] = []
    for s, e in body_spans(doc):
        first = out[-1].sentence + 1 if out else 0
        out.extend(clauses(doc.text, s, e, first))
    return tuple(out)


def trim(text: str, start: int, end: int, chars: str = " \u3000“”") -> tuple[int, int]:
    """Shrink a span past blanks and unbalanced quotes at its edges."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    # read in place (it runs for every candidate subject): both tests see the span trimmed of blanks
    first, last = start, end
    if first < last and text[first] == "“" and text.find("”", first + 1, last) < 0:
        start += 1
    if first < last and text[last - 1] == "”" and text.find("“", first, last - 1) < 0:
        end -= 1
    return start, end


#: A list item that only says something of the noun after the last item (反映强烈、久拖不决的…).
_SAID_OF = re.compile(r"(?:强烈|突出|集中|严重|不决|复杂|较大|较多|普遍|迫切|关注|关心|期盼|滞后|薄弱|困难)$")


#: The last of trades listed before the firms they are of (造纸、印染企业, 化工、医药行业).
_KIND_OF_FIRM = re.compile(r"[\u4e00-\u9fff]{2}(?:企业|行业|产业|园区)")


def list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split an enumeration ``A、B、C和D等X`` into item spans; one span when there is no 、.

    The trailing ``等X`` (a category word) is dropped; ``和``/``及`` split only the last item.

    >>> t = "四大综合体、保障房和延安路整治等重点工程"
    >>> [t[s:e] for s, e in list_items(t, 0, len(t))]
    ['四大综合体', '保障房', '延安路整治']
    >>> t = "县司法局、县自然资源和规划局"
    >>> [t[s:e] for s, e in list_items(t, 0, len(t))]
    ['县司法局', '县自然资源和规划局']
    >>> t = "沿岸的造纸、印染企业污水处理设施"
    >>> [t[s:e] for s, e in list_items(t, 0, len(t))]
    ['沿岸的造纸、印染企业污水处理设施']
    >>> t = "“背改、危改”工程"
    >>> [t[s:e] for s, e in list_items(t, 0, len(t))]
    ['“背改、危改”工程']
    """
    if text.find("、", start, end) < 0:
        return [(start, end)]  # no enumeration (most spans): no walk through the characters
    if _OPENERS.search(text, start, end) is None:  # no bracket: every 、 is at depth 0
        cuts = [m.start() for m in _COMMA.finditer(text, start, end)]
    else:
        cuts = [i for i, depth in _depth_walk(text, start, end) if text[i] == "、" and depth == 0]
    if not cuts:
        return [(start, end)]
    if _KINDS_OF.search(text, cuts[-1], end):
        return [trim(text, start, end)]  # 涉及A、B等方面的重点信访事项: one subject, its kinds listed
    firsts = [start, *(c + 1 for c in cuts[:-1])]
    if text.find("的", cuts[-1], end) > 0 and all(
            _SAID_OF.search(text, a, b) for a, b in zip(firsts, cuts, strict=True)):
        return [trim(text, start, end)]  # 人民群众反映强烈、久拖不决的个别案件: what is said of one thing
    if _KIND_OF_FIRM.match(text, cuts[-1] + 1, end) and all(
            b - max(a, text.rfind("的", a, b) + 1) <= 2 for a, b in zip(firsts, cuts, strict=True)):
        return [trim(text, start, end)]  # 沿岸的造纸、印染企业污水处理设施: the kinds of one kind of firm
    tail = _ETC_TAIL.search(text, cuts[-1], end)
    if tail and tail.start() > cuts[-1] + 1:
        end = tail.start()
    bounds = [start, *cuts, end]
    items = [(bounds[k] + (1 if k else 0), bounds[k + 1]) for k in range(len(bounds) - 1)]
    last_s, last_e = items[-1]
    joint = list(_LAST_AND.finditer(text, last_s, last_e))
    if joint and _OPENERS.search(text, last_s, last_e) is not None:  # 和 inside “…” joins no items
        depth_at = dict(_depth_walk(text, last_s, last_e))
        joint = [m for m in joint if depth_at.get(m.start()) == 0]
    if joint:
        m = joint[0]
        organ = _ORGAN.search(text, last_s, last_e) and not _ORGAN.search(text, last_s, m.start())
        if m.start() > last_s and m.end() < last_e and not organ:
            items[-1:] = [(last_s, m.start()), (m.end(), last_e)]
    return [trim(text, s, e) for s, e in items if e > s]
