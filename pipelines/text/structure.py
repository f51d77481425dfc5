"""Paragraphs, section headings and glossary notes of one report's cleaned text.

Headings are recognised by their numbering (``一、``, ``（一）``, ``1.``), not by the markdown
``#`` marks an OCR tool may or may not have put before them, so a plain-text report parses too.

>>> info = heading_info("### （二）环境品质稳步提升")
>>> (info.level, info.number, info.title)
(2, '（二）', '环境品质稳步提升')
>>> heading_info("全区实现地区生产总值100亿元。") is None
True
>>> parse_note("**注释 “三改”工程：**指危房改造、道路改造。")
('“三改”工程', '指危房改造、道路改造。')
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import attrgetter

from pipelines.model import GlossaryNote, Paragraph, Section
from pipelines.text.glossary import (
    DEFINES,
    LIST_KEY,
    NAMED_NOTES,
    NOTE_SEPARATED,
    endnotes_start,
    first_use,
    inline_notes,
    is_notes_header,
    note_pieces,
    numbered_notes_start,
    strip_key,
)
from pipelines.text.rules.page_breaks import RULE_LINE, SUBHEAD_MARK
from pipelines.text.rules.web_noise import CHAPTER_NUMBER  # a WeChat chapter's 01 alone on its line

CN_NUM = "一二三四五六七八九十百零〇"
# heading marks, blockquote marks ('> ——在…会议上', '> > 县长 某某') and bold marks
_MARKUP = re.compile(r"^\s*(?:>\s*)*#{1,6}\s*|^\s*(?:>\s*)+|\*\*|__"
                     r"|^\s*[\U0001F300-\U0001FAFF]\ufe0f?\s*"  # 📌 一、…: a WeChat copy's mark
                     r"|^\s*[▍▌▎▏┃][ \u3000]*")  # ▎二、2021年主要任务: its bar
#: A line wrapped whole in italics: '*——2016年2月3日在…会议上*'.
_ITALIC = re.compile(r"^[*_](?=\S)(?P<inner>.*\S)(?<=\S)[*_]$")
_NUMBERING = (
    (1, re.compile(rf"^(?P<number>[{CN_NUM}]+\s*[、.．])\s*(?P<title>.*)$")),
    (2, re.compile(rf"^(?P<number>[（(]\s*[{CN_NUM}]+\s*[）)])\s*[、.．]?\s*(?P<title>.*)$")),
    (3, re.compile(r"^(?P<number>\d{1,2}\s*[、.．](?!\d))\s*(?P<title>.*)$")),
    (4, re.compile(r"^(?P<number>[（(]\s*\d{1,2}\s*[）)])\s*(?P<title>.*)$")),
    # a WeChat article's chapter: ``01 2022年工作回顾``, ``02 今年工作安排`` (zero-padded, a space)
    # (a chapter's short title: no figure but a year, no space, not an item such as a project or a
    # proposal: ``01 县城污水处理厂提标改造工程 总投资1.2亿元``, ``01 关于…的提案`` are list lines)
    (1, re.compile(r"^(?P<number>0[1-9])\s+(?P<title>(?:(?:19|20)\d\d年)?"
                   r"(?![^\n]*(?:提案|建议|议案|工程|项目)$)[\u4e00-\u9fff“”、]{2,14})$")),
)
_PART = re.compile(rf"^(?P<number>第[{CN_NUM}\d]{{1,3}}(?:部分|章|篇))\s*(?P<title>.*)$")
MAX_RUN_IN_LEN = 24
_SENTENCE_END = "。；！？!?;"
MAX_HEADING_LEN = 40
_NOTES_START = re.compile(
    r"^\s*(?:\*\*)?\s*(?:(?:注释|注解|名词解释)\s*(?:[:：]|\s|\*\*|\d|[“\"《]|$)|注\s*(?:[:：]|\*\*|\d)"
    rf"|{NAMED_NOTES}\s*(?:[:：]|\*\*))"
)
#: A list bullet of a markdown or web copy before a note: '- **“甲”：** 指…', '• 乙：指…' (not a bold mark).
_BULLET = re.compile(r"^\s*(?:[-+•●▪■◆·◎○◇□★☆▶►]|\*(?!\*))\s*")
#: A note as a row of a markdown table, maybe numbered: '| 1 | “甲” | 指… |'; the head row names its
#: columns ('| 名词 | 解释 |').
_TABLE_ROW = re.compile(r"\|(?:\s*\d{1,3}\s*\|)?\s*(?P<term>[^|]{2,40}?)\s*\|"
                        r"\s*(?P<definition>[^|]*[^|\s])\s*\|?")
_TABLE_HEAD = re.compile(r"序号|名词|术语|用语|名称|词条|名词术语")
#: The start of a definition on the line after its term: '指…', '是指…', '即…'.
_TERM_ALONE = re.compile(r"[^，。；：:,;！？\s]{2,24}")
_NOTE_BOLD = re.compile(
    r"^\s*\*\*\s*(?:(?:注释|注解|名词解释|注)\s*[:：]?\s*)?(?:\d{1,3}\s*[.、．]\s*)?"
    r"(?P<term>[^*]+?)\s*[:：]?\s*\*\*\s*[:：]?\s*(?P<definition>.*\S)\s*$"
)
#: A note whose term stands in lenticular brackets: '【“三化”】指工业化…', '【河长制】：由…担任河长'.
_BRACKET_TERM = re.compile(r"[【〖](?!(?:专栏|附表|附图|表|图|附件)\s*\d)(?P<term>[^【】〖〗]{2,30})[】〗]"
                           r"\s*[:：—\-]*\s*"
                           r"(?P<definition>\S.*\S)\s*")
#: A note line that is a term and its definition in brackets: '河长制（指由…担任河长的制度）。'.
_TERM_THEN_BRACKET = re.compile(r"(?P<term>[^（()）：:，,。；;、\s]{2,30}?)\s*[（(]"
                                r"(?P<definition>(?:是指|系指|指(?!导|标|数|南|挥|定|引|示|令|出)|即)[^（()）]{2,}"
                                r"(?:[（(][^（()）]*[）)][^（()）]*)*)[）)]\s*[。．.]?\s*")
_NOTE_PLAIN = re.compile(
    r"^\s*(?:(?:注释|注解|名词解释|注)\s*[:：]?\s*)?(?:[\[［【(（]?\d{1,3}[\]］】)）.、．]\s*)?"
    r"(?P<term>[^：:。，,；;]{1,40}?)\s*[:：]\s*(?P<definition>.*\S)\s*$"
)


#: A remark under a table or a list, one sentence after 注：, no term defined: ``注：第2项报告经审议后，
#: 常委会审查批准了决算。`` (the notes start at ``注：`` alone or at ``注：1.“甲”：指…``).
_REMARK = re.compile(r"^\s*注\s*[:：]\s*(?P<s>[^：:\n]{8,}[。．.])\s*$")


def _remark(line: str) -> bool:
    m = _REMARK.match(strip_markup(line))
    return m is not None and not DEFINES.search(m["s"]) and "“" not in m["s"][:3]


@dataclass(frozen=True)
class HeadingInfo:
    level: int
    number: str
    title: str


def strip_markup(line: str) -> str:
    """A line without markdown heading, blockquote, bold and whole-line italic marks.

    >>> strip_markup("## **（一）标题**"), strip_markup("> *（2016年2月3日）*"), strip_markup(">")
    ('（一）标题', '（2016年2月3日）', '')
    """
    text = _MARKUP.sub("", line).strip()
    m = _ITALIC.match(text)
    return m["inner"].strip() if m else text


def heading_info(line: str) -> HeadingInfo | None:
    """Level, number and title of a section heading line, or None for a prose line."""
    marked = line.lstrip().startswith("#")
    text = strip_markup(line)
    if not text or len(text) > MAX_HEADING_LEN + (20 if marked else 0):
        return None
    if text[-1] in _SENTENCE_END and not marked:
        return None
    if m := _PART.match(text):
        return HeadingInfo(0, m.group("number"), m.group("title").strip())
    for level, pattern in _NUMBERING:
        m = pattern.match(text)
        if m and m.group("title"):
            number = re.sub(r"\s+", "", m.group("number"))
            return HeadingInfo(level, number, m.group("title").strip())
    if marked and text[-1] not in _SENTENCE_END and "。" not in text:
        return HeadingInfo(1, "", text)
    return None


#: The title of a report's chapter, printed without a number (a WeChat copy drops its ``01``):
#: ``2022年工作回顾``, ``过去一年的主要工作``, ``今年工作安排``, ``2023年工作打算``.
_CHAPTER_TITLE = re.compile(
    r"(?:(?:19|20)\d\d年(?:度)?|过去(?:的)?一年|一年来|过去五年|五年来|今年|明年|新的一年|本届以来)?"
    r"(?:的|来的)?(?:主要)?(?:工作)?(?:回顾|安排|打算|任务|思路|计划|建议|总结|目标任务|主要任务)"
    r"|(?:(?:19|20)\d\d年(?:度)?|过去(?:的)?一年|今年|明年|新的一年).{0,6}(?:主要工作|工作|任务)")
#: A subheading's text: short, no clause punctuation, no figure but a year or a quoted name.
_SUBHEAD = re.compile(r"(?:(?:19|20)\d\d年度?)?[\u4e00-\u9fff“”《》·]{4,16}")
#: Picture captions and other lines that stand alone without being headings.
_NOT_SUBHEAD = re.compile(r"[▲△●◆■□★☆※]|图|照片|摄|来源|编辑|责编|审核|阅读|点击")


#: A picture's caption: ``▲代表视察河道治理工程（资料图）``, ``（图为…）``, ``摄影：某某``.
# (▲ may also mark a run-in lead, ``▲票决民生实事。1月，…``: a caption ends no sentence before its end)
_CAPTION = re.compile(r"\s*[▲△][^。！？]*[。！？]?\s*$|\s*图为"
                      r"|.*[（(](?:资料图|图为|摄影|供图|图片)[^（）()]*[)）]\s*$")


def is_caption(line: str) -> bool:
    """A caption of a picture, which tells what the picture shows, not what was done.

    >>> is_caption("▲代表视察河道治理工程（资料图）"), is_caption("（图为代表视察现场）")
    (True, True)
    >>> is_caption("组织代表视察河道治理工程。"), is_caption("▲票决民生实事。1月，代表票决产生实事项目8件。")
    (False, False)
    """
    return len(line) <= 80 and _CAPTION.match(line) is not None


#: An appendix's head alone on its line (附件, 附件2：, 附表1, 附录): what follows is no part of the last
#: chapter (a table of the reports heard after the year-ahead chapter is no plan).
_APPENDIX = re.compile(r"(?:附件|附表|附录)\s*[0-9０-９一二三四五六七八九十]{0,2}\s*[：:]?")


def appendix_heading(line: str) -> HeadingInfo | None:
    """An appendix's head as a first-level heading.

    >>> appendix_heading("附件").title, appendix_heading("附表2：").title, appendix_heading("附件：名词解释")
    ('附件', '附表2', None)
    """
    text = strip_markup(line).strip()
    return HeadingInfo(1, "", text.rstrip("：:")) if _APPENDIX.fullmatch(text) else None


#: The bar a WeChat copy sets before a subheading, and the spaces between its parts.
#: The mark a WeChat copy puts before a subheading: a bar, or an emoji (🔵 2019年工作安排).
_BAR = re.compile(rf"(?:[▶►]|(?:{SUBHEAD_MARK})\ufe0f?)[ \u3000]*")
_SPACES = re.compile(r"[ \u3000]+")
#: A line that is all one lenticular bracket (【2015年工作回顾】, 【聚焦发展大局，财经监督有力有效】).
_BRACKETED = re.compile(r"[【〖](?P<inner>[^【】〖〗]{2,30})[】〗]")


def unnumbered_heading(line: str, nxt: str, inside: bool) -> HeadingInfo | None:
    """A heading printed without a number, told by its form and the paragraph under it.

    A chapter's title (``2022年工作回顾``) is a first-level heading; a short line of words alone
    (``视察调研“察实情”``), with a paragraph of prose under it, heads a part of the chapter it
    stands in (``inside``). A line ending a sentence, with clause marks or a figure is prose.

    >>> unnumbered_heading("2022年工作回顾", "2022年，街道人大工委依法履职。", False).level
    1
    >>> unnumbered_heading("视察调研“察实情”", "6月，人大工委组织代表视察了河道治理工程。", True).level
    2
    >>> unnumbered_heading("视察调研“察实情”", "6月，组织代表视察", True) is None  # no prose under it
    True
    >>> unnumbered_heading("▍社情民意　畅通渠道", "全年报送社情民意信息86条，被采用12条。", True).title
    '社情民意\u3000畅通渠道'
    >>> under = "8月，常委会对《水污染防治法》实施情况开展执法检查。"
    >>> unnumbered_heading("🔹执法检查聚焦短板，守护绿水青山", under, True).title
    '执法检查聚焦短板，守护绿水青山'
    >>> unnumbered_heading("【聚焦民生实事，专项监督务求实效】", under, False).title
    '聚焦民生实事，专项监督务求实效'
    >>> unnumbered_heading("【2024年工作安排】", "2024年，常委会将重点做好以下工作。", False).level
    1
    """
    text = strip_markup(line)
    words = text
    marked = _BAR.match(line.lstrip()) is not None  # (strip_markup takes a bar or an emoji away)
    if bar := _BAR.match(text):
        text = text[bar.end():]  # (▶ is left by strip_markup)
    if bracket := _BRACKETED.fullmatch(text):  # 【紧扣民生关切，专项监督务求实效】: a web copy's subheading
        text, marked = bracket["inner"].strip(), True
    if marked:  # ▍社情民意　畅通渠道: a WeChat copy's subheading, its two parts spaced
        words = _SPACES.sub("", text)
    if marked and words.count("，") + words.count(",") == 1:
        words = words.replace("，", "").replace(",", "")  # or set apart by one comma: 🔹X，Y
    if not _SUBHEAD.fullmatch(words) or _NOT_SUBHEAD.search(text) or text.count("“") != text.count("”"):
        return None
    body = strip_markup(nxt)
    if len(body) <= len(text) or body[-1] not in "。！？；”" or heading_info(nxt) is not None:
        return None
    if _CHAPTER_TITLE.fullmatch(text):
        return HeadingInfo(1, "", text)
    return HeadingInfo(2, "", text) if inside or marked else None  # (a marked line heads wherever it is)


_YEAR_HEAD = re.compile(r"^(?:19|20)\d\d年度?")


def run_in_heading(line: str) -> tuple[HeadingInfo, int] | None:
    """A numbered heading run into its paragraph: ``（一）经济运行稳中有进。全年…`` gives the
    heading and the length of the line's heading part (up to and including its full stop).

    >>> info, n = run_in_heading("1.做强工业经济。全年新增企业10家。")
    >>> (info.level, info.number, info.title, n)
    (3, '1.', '做强工业经济', 9)
    """
    text = line.lstrip()
    lead = len(line) - len(text)
    m = re.match(rf"[^。！？；]{{2,{MAX_RUN_IN_LEN + 8}}}[。！？；]", text)
    if not m or len(m.group(0)) >= len(text.rstrip()):
        return None
    info = heading_info(m.group(0)[:-1])
    # a run-in heading names a task; a numbered sentence with figures is a list item, not a heading
    if (info is None or not info.number or len(info.title) > MAX_RUN_IN_LEN
            or re.search(r"[，,、\d]", _YEAR_HEAD.sub("", info.title))):
        return None  # (六、2018年主要任务。: a year opening the title is no figure)
    return info, lead + m.end()


def parse_note(line: str) -> tuple[str, str] | None:
    """Term and definition of a glossary note line, or None if the line is not a note.

    >>> parse_note("注1：“一圈两翼”：指主城经济圈和两翼地区。")
    ('“一圈两翼”', '指主城经济圈和两翼地区。')
    >>> parse_note("附：名词解释") is None
    True
    """
    if is_notes_header(line):
        return None
    if row := _TABLE_ROW.fullmatch(line.strip()):
        term, definition = strip_markup(row["term"]), strip_markup(row["definition"])
        return None if _TABLE_HEAD.fullmatch(term) or re.fullmatch(r"[-:\s]+", term) else (term, definition)
    line = _BULLET.sub("", line)
    keyed = strip_key(strip_markup(line))
    if keyed is not None:
        line = keyed[1]
    bare = strip_markup(line)
    bare = bare[LIST_KEY.match(bare).end():] if LIST_KEY.match(bare) else bare
    if m := _BRACKET_TERM.fullmatch(bare) or _TERM_THEN_BRACKET.fullmatch(bare):
        return m.group("term"), m.group("definition")
    if m := NOTE_SEPARATED.fullmatch(bare):
        return m.group("term"), m.group("definition")
    m = _NOTE_BOLD.match(line) or _NOTE_PLAIN.match(bare)
    if not m:
        return None
    term = m.group("term").strip().strip(":：").strip()
    definition = m.group("definition").strip()
    if not term or not definition or len(term) > MAX_HEADING_LEN:
        return None
    return term, definition


def _term_alone(line: str) -> str:
    """The term of a line that holds only a term (``**“两违”整治**``, ``### 1. 河长制``), or ''.

    >>> _term_alone("- **“两违”整治**"), _term_alone("全年新增就业3200人。")
    ('“两违”整治', '')
    """
    bare = strip_markup(_BULLET.sub("", line))
    key = LIST_KEY.match(bare)
    bare = bare[key.end():] if key else bare
    return bare if _TERM_ALONE.fullmatch(bare) and not is_notes_header(bare) else ""


def paragraph_lead(text: str, para: Paragraph, max_len: int = 20) -> str:
    """The short lead sentence a body paragraph opens with, which acts as its title in reports
    without numbered sub-headings: ``加快产业转型升级。全年…`` → ``加快产业转型升级``; '' if none."""
    if para.kind != "body":
        return ""
    # matched in place (no copy of the paragraph): it runs for every row a paragraph gives
    m = _lead_pattern(max_len).match(text, para.start, para.end)
    if not m or m.end() >= para.end:
        return ""
    return strip_markup(m.group(0)[:-1])


@lru_cache(maxsize=8)
def _lead_pattern(max_len: int) -> re.Pattern[str]:
    return re.compile(rf"[^。！？；，,、\d]{{2,{max_len}}}[。！]")


_START = attrgetter("start")


def paragraph_at(paragraphs: tuple[Paragraph, ...], pos: int) -> Paragraph | None:
    """The paragraph that holds offset ``pos`` (paragraphs in text order), or None."""
    lo = bisect_right(paragraphs, pos, key=_START)  # the bisection in C: it runs for every row
    p = paragraphs[lo - 1] if lo else None
    return p if p is not None and pos < p.end else None


def section_label(text: str, paragraphs: tuple[Paragraph, ...], pos: int) -> str:
    r"""Heading path at ``pos`` with the paragraph's lead sentence as its last part, if any.

    >>> paras = (Paragraph(0, 0, 5, "heading", "（一）经济"), Paragraph(1, 6, 21, "body", "（一）经济"))
    >>> section_label("（一）经济\n做强工业经济。新增企业10家。", paras, 15)
    '（一）经济 > 做强工业经济'
    """
    p = paragraph_at(paragraphs, pos)
    if p is None:
        return ""
    lead = paragraph_lead(text, p)
    return " > ".join(x for x in (p.section, lead) if x)


def list_lead(text: str, at: int, is_item: Callable[[str], object]) -> str:
    """The line a list hangs from: the last line before ``at`` (over blank lines and the lines that
    ``is_item`` takes for the list's other items), '' if there is none.

    >>> list_lead("对以下文件提出意见：\\n- 《甲》\\n- 《乙》", 16, lambda s: s.startswith("-"))
    '对以下文件提出意见：'
    """
    end = at
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end].strip()
        if line and not is_item(line):
            return line
        if start == 0:
            return ""
        end = start - 1
    return ""


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Spans ``(s, e)`` of the non-blank lines of ``text[start:end]``, whitespace trimmed."""
    end = len(text) if end is None else end
    for m in re.finditer(r"[^\n]+", text[start:end]):
        s, e = m.start() + start, m.end() + start
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            yield s, e


_CIRCLED = frozenset(chr(c) for c in range(0x2460, 0x2474))


def _under_rule(text: str, at: int) -> bool:
    """The line at ``at`` is one of a page's footnotes: the line its keyed lines hang from is a rule
    drawn across the page (``＿＿＿＿``); a list item ``①产业发展：即…`` in the body hangs from prose."""
    return RULE_LINE.fullmatch(list_lead(text, at, lambda line: strip_key(line) is not None)) is not None


def footnote(text: str, body_start: int, at: int, line: str) -> tuple[str, str] | None:
    """Term and definition of a footnote line among the body's paragraphs, or None.

    A footnote is keyed (``①``, ``[1]``), stands under a rule drawn across the page (``＿＿＿＿``,
    other footnotes between), defines its term (``指…``), and the body before it used the term
    (``推进“多规合一”①改革`` … ``①“多规合一”：指…``; the cleaning drops the marker).

    >>> t = "推进“甲制”①改革。\\n＿＿＿＿\\n①“甲制”：指某种制度。\\n全年增长5%。"
    >>> footnote(t, 0, 16, "①“甲制”：指某种制度。")
    ('“甲制”', '指某种制度。')
    >>> footnote(t, 0, 16, "①全年接待游客：指人次。") is None  # no term used above
    True
    """
    keyed = strip_key(strip_markup(line))
    if keyed is None or at <= body_start or not _under_rule(text, at):
        return None
    note = parse_note(line)
    if note is None or not DEFINES.match(note[1]) or not note[0]:
        return None
    if keyed[0][0] not in _CIRCLED and not keyed[0].startswith(("[", "［", "【")):
        return None  # (注1：… between paragraphs is an aside, not a footnote)
    # the body used the term before (its marker ① after the term is gone with the cleaning, which
    # logs it): 开展河湖“清四乱”专项行动 for the note's term 河湖“清四乱”
    term = note[0]
    quoted = term[term.find("“"):term.find("”") + 1] if "“" in term and "”" in term else ""
    found = text.rfind(term, body_start, at) >= 0 \
        or (len(quoted) >= 4 and text.rfind(quoted, body_start, at) >= 0)
    return note if found else None


def parse_body(text: str, body_start: int, front: list[tuple[int, int]]
               ) -> tuple[tuple[Paragraph, ...], tuple[Section, ...], tuple[GlossaryNote, ...]]:
    """Paragraphs, sections and notes of a document's text; ``front`` are its title-block lines."""
    paragraphs: list[Paragraph] = [Paragraph(i, s, e, "front", "") for i, (s, e) in enumerate(front)]
    sections: list[Section] = []
    notes: list[GlossaryNote] = []
    stack: list[Section] = []
    in_notes = False
    spans = list(iter_lines(text, body_start))
    ends = endnotes_start([text[s:e] for s, e in spans], parse_note)
    if ends is None:
        ends = numbered_notes_start([text[s:e] for s, e in spans], parse_note)
    notes_from = spans[ends][0] if ends is not None else -1
    term_at: tuple[int, str] | None = None  # a term alone on its line, whose definition follows
    number = ""  # a chapter's number on the line above its title
    for k, (s, e) in enumerate(spans):
        line = text[s:e]
        if not in_notes and (s == notes_from or (_NOTES_START.match(line) and not _remark(line))
                             or is_notes_header(line)):
            in_notes = True
            notes_from = s
        if in_notes:
            found = [(s + a, s + b, note) for a, b in note_pieces(line) if (note := parse_note(line[a:b]))]
            if not found and term_at and DEFINES.match(bare := strip_markup(_BULLET.sub("", line))):
                found = [(term_at[0], e, (term_at[1], bare))]
            term_at = None
            if not found and (term := _term_alone(line)) and k + 1 < len(spans) \
                    and DEFINES.match(strip_markup(_BULLET.sub("", text[slice(*spans[k + 1])]))):
                term_at = (s, term)
                paragraphs.append(Paragraph(len(paragraphs), s, e, "note", "注释"))
                continue
            for a, b, note in found:
                form = "endnote" if strip_key(strip_markup(text[a:b])) else "list"
                notes.append(GlossaryNote(note[0], note[1], a, b, form=form))
            if not found and notes and notes[-1].definition[-1] not in _SENTENCE_END + "。”）)":
                # a note cut by a page break that the cleaning could not join
                last = notes[-1]
                notes[-1] = GlossaryNote(last.term, last.definition + strip_markup(line), last.start, e)
            paragraphs.append(Paragraph(len(paragraphs), s, e, "note", "注释"))
            continue
        if (note := footnote(text, body_start, s, line)) is not None:
            # a page's footnote between body paragraphs: ``①“甲制”：指…`` for ``“甲制”①`` above it
            notes.append(GlossaryNote(note[0], note[1], s, e, form="footnote"))
            paragraphs.append(Paragraph(len(paragraphs), s, e, "note", "注释"))
            continue
        if CHAPTER_NUMBER.fullmatch(line) and k + 1 < len(spans):
            number = line.strip()  # a WeChat chapter's number alone above its title
            paragraphs.append(Paragraph(len(paragraphs), s, e, "heading", stack[0].path if stack else ""))
            continue
        if is_caption(line):
            paragraphs.append(Paragraph(len(paragraphs), s, e, "caption", stack[-1].path if stack else ""))
            continue
        info = heading_info(line)
        run_in = None if info else run_in_heading(line)
        if run_in:
            info = run_in[0]
        elif not info and number and _SUBHEAD.fullmatch(strip_markup(line)):
            info = HeadingInfo(1, number, strip_markup(line))
        elif not info:
            info = appendix_heading(line)
        if not info and not run_in and k + 1 < len(spans):
            info = unnumbered_heading(line, text[slice(*spans[k + 1])], bool(stack))
        number = ""
        if info:
            while stack and stack[-1].level >= info.level:
                stack.pop()
            label = f"{info.number}{info.title}"
            path = " > ".join([x.path.split(" > ")[-1] for x in stack] + [label])
            section = Section(s, s + run_in[1] if run_in else e, info.level, info.number, info.title, path)
            stack.append(section)
            sections.append(section)
            paragraphs.append(Paragraph(len(paragraphs), s, e, "body" if run_in else "heading", path))
        else:
            paragraphs.append(Paragraph(len(paragraphs), s, e, "body", stack[-1].path if stack else ""))
    body_end = notes_from if in_notes else len(text)
    # an inline note's term may be used before the bracket that explains it: the earliest use counts
    linked = [replace(n, first_use=a, first_use_end=b)
              for n in notes + inline_notes(text, body_start, body_end)
              for a, b in [first_use(text, n.term, body_start, body_end)]]
    return tuple(paragraphs), tuple(sections), tuple(sorted(linked, key=lambda n: n.start))
