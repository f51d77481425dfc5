"""Page and line breaks: join what a page break cut, keep one blank line between paragraphs.

After these rules the text has one paragraph per line block: paragraphs (and headings) are
separated by exactly one blank line (``\\n\\n``), no line has leading or trailing spaces, and the
text starts with its first character and ends with at most one ``\\n``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from pipelines.text.glossary import is_notes_header
from pipelines.text.offsets import Edit
from pipelines.text.rules import HAN, HSPACE, is_han
from pipelines.text.speakers import is_address_line, is_speaker_line
from pipelines.text.web_head import meta_fields

# A line break with the blank lines and spaces after it; the spaces before it are added by
# _breaks. Found from the newline (a literal the engine skips to quickly, where a pattern that
# may begin with a space stops at every space).
_NEWLINES = re.compile(f"\n(?:[{HSPACE}]*\n)*[{HSPACE}]*")
_HSPACE_CHARS = frozenset(chr(c) for c in range(0x3001) if re.match(f"[{HSPACE}]", chr(c)))
_LEADING = re.compile(f"^[{HSPACE}\n]+")
_TRAILING_SPACE = re.compile(f"[{HSPACE}]+$")
_HSPACE_CHAR = re.compile(f"[{HSPACE}]")

#: A line ending in one of these ends a paragraph (closing quotes/brackets after them too).
TERMINAL = "。！？!?；;：:…"
_CLOSERS = "”’」』）)》〉】\"'*"
#: A next line starting like this continues the previous one.
_CONTINUATION_START = "，,、。．；;：:！!？?）)》〉」』”’%％"
#: The emoji a WeChat copy marks its lines with (🔹 before a subheading, 👇 at a line's end).
EMOJI = r"[\U0001F300-\U0001FAFF\u2600-\u27BF]"
#: A WeChat copy's subheading mark: a bar or an emoji (🔹执法检查聚焦短板，守护绿水青山).
SUBHEAD_MARK = r"[▍▌▎▏┃]|" + EMOJI
#: A next line starting like this is a heading, note, subtitle, date or list item.
_HEADING_START = re.compile(
    r"#|\*\*|——|—{1,2}|注释|注[:：]|附[:：件]"
    r"|[（(][一二三四五六七八九十百\d]{1,4}[）)]"
    r"|[一二三四五六七八九十]{1,3}、"
    r"|第[一二三四五六七八九十百\d]{1,4}[章节部篇条]"
    r"|\d{1,2}[.、．]\D"
    r"|[-•·*][ \t\u3000]"  # a bulleted item (- 区人民政府关于X的报告)
    r"|" + SUBHEAD_MARK  # a WeChat copy's subheading (🔹X，Y; ▎X)
)
_MARKED = re.compile(SUBHEAD_MARK)
_MARK_END = re.compile(EMOJI + "\ufe0f?$")
#: A line that is a bulleted item: a title listed, whole on its line unless a page's width cut it.
_BULLET = re.compile(r"[-•·*][ \t\u3000]")
_CLAUSE_PUNCT = re.compile(r"[，,、；;：:。！？!?]")
#: A numbered heading: 一、  （一）  (1)  第一章  1.  — without markdown marks.
_NUMBERED = re.compile(
    r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十百\d]{1,4}[）)]"
    r"|第[一二三四五六七八九十百\d]{1,4}[章节部篇]|\d{1,2}[.．、]\D"
)


def ends_paragraph(line: str) -> bool:
    """True if ``line`` ends a sentence: ``'…完成。' -> True``, ``'…全年' -> False``.

    Closing quotes and brackets count only after a sentence end (``'…满意。”'`` ends,
    ``'…“平安浙江”'`` does not).
    """
    body = line.rstrip(_CLOSERS)
    if len(body) >= 2 and body[-1] == "." and (is_han(body[-2]) or body[-2] in "%”」』）"):
        return True  # an ASCII full stop after Chinese (made 。 later)
    return bool(body) and body[-1] in TERMINAL


def is_heading_line(line: str) -> bool:
    """A line that stands alone: a markdown heading, a bold line, a subtitle, a date in brackets.

    ``'## 政府工作报告(摘要)'``, ``'——在…上的报告'``, ``'(2013年1月5日)'``, ``'**注释**'``,
    ``'一、2019年工作回顾'`` -> True.
    """
    s = line.strip()
    if s.startswith("#") or (s.startswith("**") and s.endswith("**")):
        return True
    if s.startswith("——"):  # a subtitle; a line led by a dash that ends a sentence inside is prose
        return "。" not in s[:-1]  # ('——坚持民生为本，群众获得感不断增强。民生支出占…的比')
    if _NUMBERED.match(s) and len(s) <= 60 and "。" not in s and not ends_paragraph(s):
        return True  # '一、2019年工作回顾', '（一）围绕中心，立足区情，着力提高监督实效'
    return len(s) >= 2 and s[0] in "(（【[" and s[-1] in ")）】]"


#: Full-width digits and letters: an OCR prints them for the narrow figures of the page.
_WIDE_ALNUM = re.compile(r"[０-９Ａ-Ｚａ-ｚ]")


def display_width(line: str) -> int:
    """Columns a line takes on a page: Chinese characters and full-width marks two, ASCII one
    (from its UTF-8 length: three bytes for those, one for ASCII; fast, and close enough).

    Digits and letters take one column however the copy prints them: a page sets its figures
    narrow, and an OCR of it may give them as full-width characters (``２０１８``); counted wide,
    every line with a figure would seem to pass the page's margin."""
    n = len(line)
    w = n + (len(line.encode("utf-8", "surrogatepass")) - n) // 2
    return w - len(_WIDE_ALNUM.findall(line)) if _WIDE_ALNUM.search(line) else w


#: The fewest full lines (of one width, give or take) that show a text was hard-wrapped.
_WRAP_MIN_LINES = 6


def wrap_width(text: str, measure: Callable[[str], int] = display_width) -> int:
    """The page width a hard-wrapped copy (a PDF's text, an OCR of a page) cuts its lines at, in
    columns (:func:`display_width`); 0 where lines are paragraphs.

    A wrapped copy has most of its long lines the same width, give or take a mark that protrudes
    (a line may end in ``，`` past the margin, or hold half-width digits); prose lines vary. The
    width is the most common one (within 3 columns) of lines of 20 columns or more, when at
    least :data:`_WRAP_MIN_LINES` lines and a quarter of those lines have it (the last lines of
    paragraphs are shorter) and hardly any line (a tenth) is wider.
    """
    widths = [measure(line.strip()) for line in text.split("\n")]
    long = [w for w in widths if w >= 20]
    if len(long) < _WRAP_MIN_LINES:
        return 0
    counts: dict[int, int] = {}
    for w in long:
        counts[w] = counts.get(w, 0) + 1
    best, top = 0, 0
    for w in counts:
        n = sum(counts.get(w - k, 0) for k in range(4))  # widths w-3 … w
        if n > top or (n == top and w > best):
            best, top = w, n
    if top < _WRAP_MIN_LINES or top * 4 < len(long):
        return 0
    over = sum(n for w, n in counts.items() if w > best + 3)  # a wrapped page has no longer lines
    return best if over * 10 <= len(long) else 0


#: A rule drawn across a page above its footnotes: ＿＿＿＿, ————, ----, ━━━━.
RULE_LINE = re.compile(r"[＿_—－\-─━=＝~～·…]{4,}")
#: Keys of a footnote or list item that opens a line: ① … ⑳.
_FOOTNOTE_KEYS = frozenset(chr(c) for c in range(0x2460, 0x2474))


#: A row of a table whose cells are set apart by spaces, not tabs: its number, then a gap of an
#: ideographic space or two spaces or more, then a cell (``3　　第九次会议　　听取和审议…``).
_TABLE_ROW = re.compile(r"\d{1,3}(?:\u3000|[ \u00a0]{2,})[ \u3000]*(?=[^\d\s])")
#: A gap between two cells of such a row (after its number's, one space may do: 第十三次会议 听取…).
_CELL_GAP = re.compile(r"\S[ \u3000\u00a0]+\S")
#: A line that is one entry of a list: its author or speaker, a colon, a title (区工商联：《…》).
_ENTRY = re.compile(r"[^，。；;：:《》\n]{2,24}[：:]\s*《[^《》\n]{2,60}》[。；;]?")


def should_join(prev: str, nxt: str, full: bool = False, page: bool = False) -> bool:
    """Whether the break between line ``prev`` and line ``nxt`` was cut by a page, not a paragraph.

    >>> should_join('一般公共预算收入…,稳步回升,全年', '分别完成46.32亿元和21.75亿元。')
    True
    >>> should_join('中共某某县委书记 李明', '2019年是全县发展极不平凡的一年。')
    False

    ``full``: the line before the break fills the page width of a hard-wrapped text
    (:func:`wrap_width`): the margin cut it, even where it begins like a heading
    (``1．听取和审议…提出了稳``) or ends a clause with ``；``. ``page``: a page number stood between
    the lines: a short line without clause punctuation before it is cut too, not a title.
    """
    if prev.startswith("**") and prev.count("**") % 2 and nxt.startswith("**"):
        return True  # '**term：' + '**definition': a bold mark never spans two paragraphs
    if not prev or not nxt or "\t" in prev or "\t" in nxt \
            or (ends_paragraph(prev) and not (full and prev.rstrip(_CLOSERS)[-1:] in "；;")):
        return False  # a table row (cells split by tabs) stands alone
    if nxt.isdigit() and len(nxt) <= 3:
        return False  # a row number left by page_numbers: the 序号 cell of a flattened table
    if _TABLE_ROW.match(nxt) or ((row := _TABLE_ROW.match(prev)) and _CELL_GAP.search(prev, row.end())):
        return False  # '3　　第九次会议　　听取和审议…': a table's row, its cells set apart by spaces
    if (_ENTRY.match(nxt) and (prev.endswith("》") or prev[-1:] in "：:")) or _ENTRY.fullmatch(prev):
        return False  # 某某委员：《X》 / 区工商联：《Y》: entries of a list, one a line
    if RULE_LINE.fullmatch(nxt) or RULE_LINE.fullmatch(prev) or nxt[0] in _FOOTNOTE_KEYS:
        return False  # a page's footnotes below a rule (＿＿＿＿ / ①“甲制”：指…) are not the text cut
    # A web page's date or source line, or a year on a cover, is never joined. Both tests are
    # pure, so the costlier one runs only where the lines' form would join them.
    return _joins_by_form(prev, nxt, full, page) and not (_stands_alone(prev) or _stands_alone(nxt))


def _joins_by_form(prev: str, nxt: str, full: bool = False, page: bool = False) -> bool:
    """The rest of :func:`should_join`, for two non-empty lines without tabs."""
    if nxt[0] == "的" and not nxt.startswith("的确") and not prev.startswith("#"):
        return True  # no line begins with 的: '——在…会议上' + '的报告' is one subtitle
    if _cut_subtitle(prev, nxt):
        return True
    if nxt[0] in _CONTINUATION_START:
        return True  # no paragraph, not even one after a heading, begins with '：' or '，'
    if is_heading_line(prev) and not _cut_item(prev, nxt, full or (page and _ITEM.match(prev) is not None)) \
            and not _open_mark(prev):
        return False
    if _MARKED.match(prev) and len(prev) <= 40 and not (full or page):
        return False  # 🔹执法检查聚焦短板，守护绿水青山: a marked subheading, on its own line
    if _MARK_END.search(prev) and not (full or page):
        return False  # 一起来看报告全文👇: an emoji ends a WeChat copy's line as a full stop does
    if prev[-1] in "，,、" and not nxt.startswith(("#", "**", "——")):
        return True  # a clause never ends a paragraph on a comma
    if _HEADING_START.match(nxt):
        return False
    if prev[-1].isascii() and prev[-1].isalpha() and nxt[0].isascii() and nxt[0].islower():
        return True  # Latin prose: a lower-case word never starts a title or a paragraph
    if _BULLET.match(prev) and not (full or page):
        return False  # - 区人民政府关于X的报告: an item listed, not a clause cut
    # A short line without any clause punctuation is a title or a speaker line, not a cut clause.
    # (a line that fills a hard-wrapped page's width was cut by the margin, however short: a page
    # 28 characters wide cuts 县人民政府关于新型农村合作医 / 疗工作情况的报告)
    # (its length without the spaces a header sets between its parts: '·42·      某市年鉴·2004')
    return page or full or _open_mark(prev) \
        or not (len(prev) - prev.count(" ") <= 30 and not _CLAUSE_PUNCT.search(prev))


#: An item numbered in Arabic figures (``1.``, ``2．``, ``（3）``): at a page's foot, the start of a
#: cut item; chapter headings (``一、``, ``（一）``) may end a page.
_ITEM = re.compile(r"\d{1,2}[.．、]\D|[（(]\d{1,2}[）)]")


def _open_mark(line: str) -> bool:
    """A title mark or quote opened and not closed (``'（四）开展《中华人'``): the line was cut."""
    return line.count("《") > line.count("》") or line.count("“") > line.count("”")


#: The fewest characters of a numbered line that is an item cut by a line break, not a heading,
#: when it holds clause punctuation and the short rest ends on the next line.
_LONG_ITEM = 26


def _cut_item(prev: str, nxt: str, full: bool) -> bool:
    """A line that begins like a heading (``1.``, ``（二）``) but is a list item cut by a line break:
    it fills a hard-wrapped page's width (``full``, :func:`wrap_width`) or stands before a page
    number, or it is long and the shorter next line ends the sentence
    (``'1.听取和审议区政府关于…报告、区人民法院关于民事审判工作'`` + ``'情况的报告。'``).
    Headings of that length are rare, and the paragraph under one is longer than it."""
    if prev.startswith(("#", "**", "——")) or (prev[0] in "(（【[" and prev[-1] in ")）】]"):
        return False
    if full:
        return True
    return (len(prev) >= _LONG_ITEM and len(nxt) < len(prev) and ends_paragraph(nxt)
            and not _HEADING_START.match(nxt))


@lru_cache(maxsize=4096)  # pure, and each line is asked about as the line before and after a break
def _stands_alone(line: str) -> bool:
    """A line that is never part of a paragraph: ``2025``, ``来源：某区政府办``, ``附：名词解释``,
    a newspaper's page line (``第05版：两会特刊``),
    a speaker line (``县人大常委会党组书记、主任 王明``), an address (``各位代表：``), a row of a
    markdown table (``| 指标 | 数值 |``)."""
    s = line.strip()
    return bool(re.fullmatch(r"(?:19|20)\d{2}|\|.*\||第\s*[A-Z]?\d{1,3}\s*版\s*[:：].{0,20}", s)) \
        or is_notes_header(s) \
        or is_speaker_line(s) or is_address_line(s) or (len(s) <= 120 and meta_fields(s) is not None)


_SUBTITLE_END = ("上", "报告", "讲话", "发言", "说明", "致辞")


def _cut_subtitle(prev: str, nxt: str) -> bool:
    """A ``——在…会议上的报告`` subtitle cut in two: the rest is short and ends the subtitle.

    ``('——2020年1月8日在某区第五届人民代表大会', '第三次会议上')`` -> True.
    """
    return (prev.startswith("——") and not prev.endswith(_SUBTITLE_END) and len(nxt) <= 20
            and nxt.endswith(_SUBTITLE_END) and not _CLAUSE_PUNCT.search(nxt)
            and not _HEADING_START.match(nxt))


def _breaks(text: str, pos: int) -> Iterator[tuple[int, int]]:
    """The spans of the line breaks from ``pos`` on, each with the spaces and blank lines around it.

    The same spans as ``re.finditer(f'[{HSPACE}]*\\n(?:[{HSPACE}]*\\n)*[{HSPACE}]*', text, pos)``:
    each break is found from its first newline and widened back over the spaces before it (not
    into the previous break, not before ``pos``).
    """
    reached = pos
    for m in _NEWLINES.finditer(text, pos):
        start = m.start()
        while start > reached and text[start - 1] in _HSPACE_CHARS:
            start -= 1
        yield start, m.end()
        reached = m.end()


#: A line whose first characters are an indent (two spaces or more): a paragraph's first line.
_INDENTED_LINE = re.compile(f"^[{HSPACE}]{{2,}}[^{HSPACE}\n]", re.M)
_HAN_START = re.compile(f"[{HAN}“《]")


def _goes_on(text: str, start: int, end: int) -> bool:
    """The break ``text[start:end]`` (one newline) leads to a line that is not indented and opens
    like prose: on a hard-wrapped page whose paragraphs begin indented, a line that fills the
    width and ends a sentence (``…开展了执法检查。``) goes on in the next line (``检查组深入…``).
    """
    return text[start:end] == "\n" and _HAN_START.match(text, end) is not None \
        and not _HEADING_START.match(text, end)


def page_breaks(text: str) -> list[Edit]:
    """Join lines cut by a page break; make every other break one blank line.

    ``'全年\\n\\n\\n分别完成46.32亿元。\\n## 二'`` -> ``'全年分别完成46.32亿元。\\n\\n## 二'``.
    The join is logged as ``page_break_join``, the normalisation as ``paragraph_break``. Two
    Latin words are joined with a space (``'health\\n\\nand'`` -> ``'health and'``).
    """
    edits: list[Edit] = []
    lead = _LEADING.match(text)
    at = lead.end() if lead else 0
    if lead:
        edits.append(Edit(0, at, "", "paragraph_break"))
    joined = ""  # the current line as joined so far: decisions see what the next pass will see
    width = wrap_width(text) if text.count("\n") >= _WRAP_MIN_LINES else 0
    # a copy wrapped at a count of characters (digits as wide as Chinese): its lines with figures
    # are short of the width in columns, never in characters
    chars = wrap_width(text, len) if width else 0
    indented = bool(width) and len(_INDENTED_LINE.findall(text)) >= _WRAP_MIN_LINES // 2
    cells = _one_cell_lines(text)
    for start, end in _breaks(text, at):
        if end == len(text):  # the text's tail: at most one newline
            edits.append(Edit(start, end, "\n", "paragraph_break"))
            continue
        # (a paragraph's first line is indented: its spaces fill the page's width too; a heading's
        # line is no paragraph's, its indent and its short text say it ended)
        line = text[(at if _HEADING_START.match(text, at) else text.rfind("\n", 0, at) + 1):start] \
            if width else ""
        full = bool(width) and (display_width(line) >= width - 3 or (bool(chars) and len(line) >= chars - 1))
        ends = start > at and text[start - 1] in TERMINAL and not (full and text[start - 1] in "；;") \
            and not text.startswith("**", at)  # '**term：' may go on (should_join)
        goes_on = ends and full and indented and text[start - 1] in "。！？!?" and _goes_on(text, start, end)
        if ends and not goes_on:
            # The line ends a sentence: never joined (should_join says so first), so the break
            # only becomes one blank line. Checked here to spare building both lines.
            at, joined = end, ""
            if text[start:end] != "\n\n":
                edits.append(Edit(start, end, "\n\n", "paragraph_break"))
            continue
        prev = joined + text[at:start]
        line_end = text.find("\n", end)
        nxt = text[end:line_end if line_end >= 0 else len(text)].rstrip()
        at = end
        if cells and (start - 1 in cells or end in cells):
            joined = ""  # a cell of a table copied one cell a line keeps its line (县教育局 | 满意)
            if text[start:end] != "\n\n":
                edits.append(Edit(start, end, "\n\n", "paragraph_break"))
            continue
        if (goes_on and not _stands_alone(nxt)) or should_join(prev, nxt, full):
            sep = " " if prev[-1].isascii() and prev[-1].isalpha() and nxt[0].isascii() \
                and nxt[0].isalpha() else ""
            edits.append(Edit(start, end, sep, "page_break_join"))
            joined = prev + sep
            continue
        joined = ""
        if text[start:end] != "\n\n":
            edits.append(Edit(start, end, "\n\n", "paragraph_break"))
    return edits


#: A line that is a bare number: a page's, or a row's of a table copied one cell a line.
_BARE_NUMBER_LINE = re.compile(r"\n[ \t\u3000]*\d{1,3}[ \t\u3000]*\n")


class _Positions:
    """The positions inside a set of lines (a start and an end per line), asked with ``in``."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans

    def __bool__(self) -> bool:
        return bool(self.spans)

    def __contains__(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.spans)


def _one_cell_lines(text: str) -> _Positions:
    """The lines of a table copied one cell a line (its row numbers and the cells between them, as
    :func:`pipelines.text.rules.web_noise.table_cell_lines` finds them)."""
    if len(_BARE_NUMBER_LINE.findall(text)) < 2:
        return _Positions([])  # (most texts: no two bare numbers on lines of their own)
    from pipelines.text.rules.web_noise import table_cell_lines  # (web_noise imports this module)

    return _Positions(table_cell_lines(text))


def trailing_spaces(text: str) -> list[Edit]:
    """Spaces at the very end of a text without a final newline are removed: ``'完成。  ' -> '完成。'``."""
    # A match ends the text or stands before its final newline (``$``), so it lies in the run of
    # spaces there: search from that run's start instead of trying every space of the text.
    start = len(text) - 1 if text.endswith("\n") else len(text)
    while start > 0 and _HSPACE_CHAR.match(text, start - 1):
        start -= 1
    m = _TRAILING_SPACE.search(text, start)
    return [Edit(m.start(), m.end(), "", "paragraph_break")] if m else []


#: The head of a table set in single spaces: ``指标 单位 规划目标 2010年 2005年 年均增长（%）``.
_SPACED_HEAD = re.compile(r"(?:指标|项目|名称|主要指标)(?:名称)?|序号")
_TOKEN_GAP = re.compile(f"[{HSPACE}\t]+")
_HEAD_LINE = re.compile(f"^[{HSPACE}]*(?:(?:主要)?(?:指标|项目|名称)(?:名称)?|序号)[{HSPACE}]", re.MULTILINE)
#: The number of a row of a table headed 序号: ``1``, ``12``.
_ROW_NUMBER_CELL = re.compile(r"\d{1,3}[.．、]?")
_NUMERIC_CELL = re.compile(r"[-+－]?\d[\d,]*(?:\.\d+)?[%％]?|[—–\-－]+")


def spaced_tables(text: str) -> list[Edit]:
    """The cells of a table set off by single spaces get tabs between them (logged as
    ``table_cells``), so that no later rule joins its figures (``750 811.6`` is two cells, not
    one number with a digit group) or its rows (a row does not end a sentence).

    A table is a head line opening with 指标/项目/名称 and three or more cells, then the lines with
    as many cells, each with a figure or a dash; it ends at the first line that has not. A head
    opening with 序号 heads rows that open with their number (``1 关于X的调研报告 2014年6月``).

    >>> text = "指标 单位 2010年 2005年\\n地区生产总值 亿元 811.6 386.4\\n城镇化率 % 46.2 —\\n注：按现价。"
    >>> [(text[e.start:e.end], e.replacement) for e in spaced_tables(text)][:3]
    [(' ', '\\t'), (' ', '\\t'), (' ', '\\t')]
    >>> len(spaced_tables(text))
    9
    >>> spaced_tables("指标 完成 情况良好\\n全年增长 5% 以上。")
    []
    """
    edits: list[Edit] = []
    if _HEAD_LINE.search(text) is None:
        return edits  # (most texts: no line opens a table head; one scan instead of one per line)
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    k = 0
    while k < len(lines):
        s, e = lines[k]
        if not _HEAD_LINE.match(text, s, e):
            k += 1
            continue
        head = _cells_of(text, s, e)
        k += 1
        if len(head) < 3 or not _SPACED_HEAD.fullmatch(text[slice(*head[0])]):
            continue  # (a head tabbed already, by odd_spaces, still heads its rows set in spaces)
        numbered = text[slice(*head[0])] == "序号"  # a list of titles: each row opens with its number
        rows = []
        while k < len(lines):
            cells = _cells_of(text, *lines[k])
            if len(cells) != len(head) or not (
                    _ROW_NUMBER_CELL.fullmatch(text[slice(*cells[0])]) if numbered
                    else any(_NUMERIC_CELL.fullmatch(text[a:b]) for a, b in cells[1:])):
                break
            rows.append(cells)
            k += 1
        if len(rows) < 2:
            continue
        for cells in [head, *rows]:
            edits += [Edit(a[1], b[0], "\t", "table_cells") for a, b in zip(cells, cells[1:], strict=False)
                      if text[a[1]:b[0]] != "\t"]
    return edits


def _cells_of(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The spans of a line's tokens between runs of spaces (its leading spaces left out)."""
    out, at = [], s
    for m in _TOKEN_GAP.finditer(text, s, e):
        if m.start() > at:
            out.append((at, m.start()))
        at = m.end()
    if at < e:
        out.append((at, e))
    return out
