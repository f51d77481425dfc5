"""Debris that web scraping and OCR leave around the prose.

These rules run first (after the errata), so that the page-break rule sees clean line structure.
Removed lines are emptied but their newlines stay: the page-break rule then decides whether the
text on both sides belongs to one paragraph.
"""

from __future__ import annotations

import html
import re
from collections import Counter

from pipelines.text.offsets import Edit
from pipelines.text.rules import HAN, HSPACE, is_han, page_breaks
from pipelines.text.web_head import FURNITURE, meta_fields, split_fused_title

_CRLF = re.compile(r"\r\n?")
_LITERAL_NEWLINE = re.compile(r"\\r\\n|\\n|\\r")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_ODD_SPACE = re.compile("[\t\u00a0\u2002-\u200a\u202f\u3000]")
# an odd space, or two spaces (begins with the character it consumes: the engine skips to those)
_ODD = "\t\u00a0\u2002-\u200a\u202f\u3000"
_ODD_SPACE_HINT = re.compile(f"[{_ODD} ](?:(?<=[{_ODD}])| )")
# Two or more ASCII question marks where a non-breaking space was decoded wrongly.
# Patterns begin with the character they consume and look behind it after it (one character
# wider): the same matches, but the engine skips straight to candidates.
_NBSP_MARKS = re.compile(r"\?(?<![吗呢么嘛吧?]\?)\?+")
_FOOTNOTE = re.compile(r"\[(?<=[^\s\n]\[)(?<!注[:：]\[)(?<!注[:：] \[)(?:注)?\d{1,3}\]"
                       r"|［(?<=[^\s\n]［)(?<!注[:：]［)(?<!注[:：] ［)(?:注)?[0-9０-９]{1,3}］")
# A circled figure right after a word, a figure or a closing mark is a footnote reference
# ('增长3.5%①。'); after clause punctuation, a space or at a line start it numbers a list item.
# Never between two figures: removing it would glue them ('3①2020年' stays).
_CIRCLED = "\u2460-\u2473\u2776-\u277f"
_CIRCLED_CHARS = frozenset(chr(c) for c in (*range(0x2460, 0x2474), *range(0x2776, 0x2780)))
_CLOSERS = frozenset("%‰”’）)》】]0123456789")
_CIRCLED_FOOTNOTE = re.compile(f"[{_CIRCLED}](?<=[{HAN}\\d%‰”’）)》】\\]].)(?!\\d)"
                               f"(?=[^{HAN}\\d{_CIRCLED}]|$|(?<=[\\d%‰”’）)》】\\]].))",
                               re.MULTILINE)
_PAGE_NUMBER = re.compile(
    r"[-—–－~～·•・\s]*\d{1,4}[-—–－~～·•・\s]*"    # - 12 -   — 3 —   ·256·   12
    r"|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?"  # 第3页 共10页
    r"|\d{1,4}\s*/\s*\d{1,4}"                      # 3/10
    r"|(?:Page|page|P\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"
)
# A running title with its page number: '某县人大常委会工作报告 第 13 页', '- 5 - 某区政府工作报告',
# '某区年鉴（2020） ·256·', '·42·  某市年鉴·2004'.
_PAGE_MARK = (r"(?:第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?"
              r"|[-—–－]\s*\d{1,4}\s*[-—–－]|[·•・]\s*\d{1,4}\s*[·•・])")
_PAGE_MARK_HINT = re.compile(r"[页\-—–－·•・]")  # every _PAGE_MARK holds one of these
_TITLE_PAGE = re.compile(f"(?P<t>[^\\d\\s].*?)\\s*{_PAGE_MARK}"
                         f"|{_PAGE_MARK}\\s*(?P<t2>.*[^\\d\\s](?:\\s*(?:19|20)\\d\\d)?)")
_REPORT_NAME = re.compile(r"报告|公报|年鉴|纲要|汇编|白皮书")
_REPORT_TITLE = re.compile(r"(?:报告|公报|年鉴|纲要|汇编|白皮书)(?:[（(][^）)]{1,8}[）)]|\d{4})?$")
_DATE_LINE = re.compile(r"[（(]\s*\d{4}\s*年.{0,20}[）)]")
# Site furniture: one strong sign, or two weak ones (a weak one alone may be a heading's words).
_NAV_STRONG = re.compile(
    # (every alternative begins with a literal character, so the engine skips to those)
    r"当前位置|您的位置|您现在的位置|首页\s*[>＞»›]|>\s*正文|＞\s*正文|»\s*正文|›\s*正文"
    r"|【\s*(?:打印|关闭|字体|字号|收藏|返回)"
    r"|打印本页|关闭窗口|返回顶部|上一篇|下一篇|版权所有|ICP备|Copyright|©|浏览次数|阅读次数|点击数"
    r"|字号\s*[:：]\s*[大中小]|扫一扫|在手机(?:上)?打开|手机扫描|分享到\s*[:：]"
    r"|阅读原文|点赞\s*在看|分享\s*收藏|长按识别|识别二维码|关注我们"
)
# A line opening like this is page debris even if long or ending with '。' (a linked title).
_NAV_START = re.compile(r"\s*(?:上一篇|下一篇|上一条|下一条|分享到|扫一扫"
                        r"|【\s*(?:打印|关闭|字体|字号|收藏|返回)|(?:信息)?来源\s*[:：][^。]{0,40}$|发布(?:时间|日期)\s*[:：])")
# A breadcrumb at a line start: '当前位置：首页>>信息公开>>工作报告'; text after it (past a space) stays.
_BREADCRUMB = re.compile(r"\s*(?:(?:当前位置|您的位置|您现在的位置|所在位置)\s*[:：]?\s*)?"
                         r"[^\s>＞»›→]+(?:\s*(?:>{1,2}|＞{1,2}|»|›|→)\s*[^\s>＞»›→]+)+\s+(?![>＞»›→])")
# Page furniture in brackets inside a line of prose: '…4800个。 【字体：大 中 小】'.
_NAV_INLINE = re.compile(r"[ \t\u3000]*【\s*(?:打印|关闭|字体|字号|收藏|返回|分享)[^】\n]{0,20}】")
_NAV_WEAK = re.compile(r"发布时间|发布日期|信息来源|来源\s*[:：]|作者\s*[:：]|技术支持|主办单位|联系我们"
                       r"|网站地图|分享到|责任编辑|编辑\s*[:：]|主办\s*[:：]|承办(?:单位)?\s*[:：]|地址\s*[:：]|网站标识码"
                       r"|联系电话\s*[:：]|联系方式\s*[:：]|电子邮箱\s*[:：]|邮编\s*[:：]|传真\s*[:：]"
                       # a WeChat article's credits: 编辑：… 审核：… 责编：…
                       r"|审核\s*[:：]|责编\s*[:：]|校对\s*[:：]|监制\s*[:：]|统筹\s*[:：]|初审\s*[:：]|终审\s*[:：]")
#: A site's menu: four or more short items set off by bars (首页 | 人大概况 | 人大要闻 | 监督工作).
_MENU = re.compile(r"\s*[\u4e00-\u9fffA-Za-z]{2,8}(?:\s*[|｜]\s*[\u4e00-\u9fffA-Za-z]{2,8}){3,}\s*")
_LINE = re.compile(r"[^\n]+")
_NOTAB = HSPACE.replace("\t", "")
#: One tab and the spaces around it: consecutive tabs are empty cells between them, kept apart.
_TAB_GAP = re.compile(f"[{_NOTAB}]*\t[{_NOTAB}]*")
_WIDE_GAP = re.compile(f"[{HSPACE}]{{2,}}|\u3000[{HSPACE}]*")
_CLAUSE = re.compile(r"[，,；;。！？!?]")
#: A row's number, its first cell (序号).
_ROW_NUMBER = re.compile(r"\d{1,3}[.．、]?")
_FIGURE = re.compile(r"[-+－]?[\d０-９][\d０-９.,．]*[%％‰]?")
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,7}|#[xX][0-9a-fA-F]{2,6});")
_BLOCK_TAG = re.compile(r"<\s*(?:br|p|div|tr|li|h[1-6])\b[^<>\n]{0,200}>|<\s*/\s*(?:p|div|tr|li|h[1-6])\s*>",
                        re.IGNORECASE)
#: The end of a table cell another cell follows: ``地区生产总值</td><td>亿元`` keeps a tab between them.
_CELL_END = re.compile(r"<\s*/\s*t[dh]\s*>(?=\s*<\s*t[dh]\b)", re.IGNORECASE)
_INLINE_TAG = re.compile(r"<\s*/?\s*(?:span|font|strong|b|i|em|u|a|td|th|table|tbody|img|sup|sub)\b"
                         r"[^<>\n]{0,200}>", re.IGNORECASE)


def line_endings(text: str) -> list[Edit]:
    r"""Windows and old-Mac line endings become ``\n``: ``'a\r\nb' -> 'a\nb'``."""
    return [Edit(m.start(), m.end(), "\n", "line_ending") for m in _CRLF.finditer(text)]


def literal_newlines(text: str) -> list[Edit]:
    r"""The escaped text ``\r\n`` (backslash, r, backslash, n) scraped from HTML becomes a newline.

    ``'全年\\r\\n分别完成' -> '全年\n分别完成'`` (the page-break rule then joins the halves).
    """
    return [Edit(m.start(), m.end(), "" if m.group() == "\\r" else "\n", "literal_newline")
            for m in _LITERAL_NEWLINE.finditer(text)]


def html_markup(text: str) -> list[Edit]:
    """HTML left in scraped text: entities are decoded, block tags become a line break, inline
    tags go, and the end of a table cell before the next cell becomes a tab.
    ``'增长&nbsp;12%<br/>全年'`` -> ``'增长\u00a012%\n全年'``; ``R&D`` stays (no ``;``).
    """
    edits = [Edit(m.start(), m.end(), html.unescape(m.group()), "html_entity")
             for m in _ENTITY.finditer(text) if html.unescape(m.group()) != m.group()]
    edits += [Edit(m.start(), m.end(), "\n", "html_tag") for m in _BLOCK_TAG.finditer(text)]
    cells = {m.start(): m.end() for m in _CELL_END.finditer(text)}  # a table's cells stay apart
    edits += [Edit(a, b, "\t", "html_tag") for a, b in cells.items()]
    edits += [Edit(m.start(), m.end(), "", "html_tag") for m in _INLINE_TAG.finditer(text)
              if m.start() not in cells]
    return edits


def zero_width(text: str) -> list[Edit]:
    """Invisible characters (zero-width space, BOM, soft hyphen) are removed."""
    return [Edit(m.start(), m.end(), "", "zero_width") for m in _ZERO_WIDTH.finditer(text)]


def odd_spaces(text: str) -> list[Edit]:
    """Tabs, non-breaking, thin and ideographic spaces become a space: ``'36\u00a0418' -> '36 418'``.

    The number and page-break rules then decide whether the space stays. A table row keeps its
    cells apart: in a line of three or more cells split by tabs, or by wide gaps with two figures
    among the cells, each gap becomes one tab (logged ``table_cell``), which no later rule closes
    up: ``'收入\t亿元\t18.62\t-2.1'`` stays, ``'收入  亿元  18.62'`` -> ``'收入\t亿元\t18.62'``.
    """
    edits: list[Edit] = []
    line_end = -1
    # Only a line with an odd space or two spaces in a row can hold an odd space or a cell gap.
    for hint in _ODD_SPACE_HINT.finditer(text):
        if hint.start() < line_end:
            continue  # that line is done
        at = text.rfind("\n", 0, hint.start()) + 1
        line_end = text.find("\n", hint.start())
        if line_end < 0:
            line_end = len(text)
        edits += _odd_spaces_in_line(text[at:line_end], at, text)
    return edits


def _neighbours(text: str, at: int, end: int) -> tuple[str, str]:
    """The nearest non-blank lines before and after the line [at, end) of ``text``."""
    before = text[:max(at - 1, 0)].rstrip("\n" + HSPACE)
    after = text[end:].lstrip("\n" + HSPACE)
    return before[before.rfind("\n") + 1:], after[:after.find("\n")] if "\n" in after else after


def _odd_spaces_in_line(line: str, at: int, text: str = "") -> list[Edit]:
    """The edits of :func:`odd_spaces` for one line that starts at ``at`` (in ``text``, whose lines
    around it may show it is a row of their table)."""
    edits = []
    gaps = _cell_gaps(line)
    if not gaps and text:
        gaps = _row_among_rows(line, _neighbours(text, at, at + len(line)))
    for g in gaps:
        if g.group() != "\t":
            edits.append(Edit(at + g.start(), at + g.end(), "\t", "table_cell"))
    inside = [(g.start(), g.end()) for g in gaps]
    edits += [Edit(at + o.start(), at + o.end(), " ", "odd_space") for o in _ODD_SPACE.finditer(line)
              if not any(a <= o.start() < b for a, b in inside)]
    return edits


def _cell_gaps(line: str) -> list[re.Match[str]]:
    """The gaps between the cells of a table row (none if ``line`` is not one)."""
    body = line.strip(HSPACE)
    lead = len(line) - len(line.lstrip(HSPACE))
    tabs = list(_TAB_GAP.finditer(line, lead, lead + len(body)))
    if len(tabs) >= 2:
        return tabs
    wide = list(_WIDE_GAP.finditer(line, lead, lead + len(body)))
    if len(wide) >= 2 and not _CLAUSE.search(_GROUPING_COMMA.sub("", body)):  # (1,256.3 is no clause)
        cells = re.split(_WIDE_GAP, body)
        if sum(1 for c in cells if _FIGURE.fullmatch(c)) >= 2 or (
                len(cells) >= 3 and all(len(c) <= 12 for c in cells) and _TABLE_HEAD.search(body)):
            return wide  # (a head row: 指标名称    单位    完成数    比上年增长（%）)
        if len(cells) >= 4 and _ROW_NUMBER.fullmatch(cells[0]):
            return wide  # (a numbered row: 2    关于X的建议    民族宗教委员会    旗文体广电局    基金已设立)
    return []


def _row_among_rows(line: str, around: tuple[str, str]) -> list[re.Match[str]]:
    """The gaps of a row with one figure and a word cell (``居民收入增长（%）  5.6  与经济增长同步``)
    between rows of a table with as many cells: a row of that table too (none otherwise)."""
    body = line.strip(HSPACE)
    lead = len(line) - len(line.lstrip(HSPACE))
    wide = list(_WIDE_GAP.finditer(line, lead, lead + len(body)))
    if len(wide) < 2 or _CLAUSE.search(_GROUPING_COMMA.sub("", body)):
        return []
    cells = re.split(_WIDE_GAP, body)
    if not any(_FIGURE.fullmatch(c) for c in cells):
        # a row of words (第十九次    关于X的报告    县人民政府) between lines of its shape: the head or
        # rows of a table of titles, one of them at least with no clause in it either
        if all(len(c) <= 40 for c in cells) and any(
                n and not _CLAUSE.search(n) and len(_wide_gaps(n)) == len(wide) for n in around):
            return wide
        return []
    return wide if any(len(_cell_gaps(n)) == len(wide) for n in around if n) else []


def _wide_gaps(line: str) -> list[re.Match[str]]:
    """The wide gaps inside a line (its leading and trailing spaces left out)."""
    body = line.strip(HSPACE)
    lead = len(line) - len(line.lstrip(HSPACE))
    return list(_WIDE_GAP.finditer(line, lead, lead + len(body)))


_GROUPING_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
#: Words of a table's head row: a row of them set off by wide gaps is a table row too.
#: (a cell's unit in brackets too: 学校数（所）, 在校学生（人）; the label heads of
#: ``indicators.tables``: 类别, 名称, 品种 …)
_TABLE_HEAD = re.compile(r"单位|指标|项目|完成|增长|增速|比上年|绝对数|本年|上年"
                         r"|类别|名称|(?:品种|产品|行业|地区|区域|类型|分类|科目|事项)(?=\s|$)"
                         r"|[（(][^（）()\s]{1,6}[）)](?=\s|$)")


def nbsp_marks(text: str) -> list[Edit]:
    """``??`` left where a web page had a non-breaking space becomes a space.

    ``'2012??年' -> '2012 年'``; a run after a question particle (``吗??``) is left alone.
    """
    return [Edit(m.start(), m.end(), " ", "nbsp_marks") for m in _NBSP_MARKS.finditer(text)]


def footnote_markers(text: str) -> list[Edit]:
    """Footnote references like ``[1]`` after a word are removed: ``'增长12%[1]，' -> '增长12%，'``.

    A marker at the start of a line or after ``注：`` is the footnote itself and stays. A circled
    figure after a figure, ``%`` or a closing mark, or after a word and before punctuation, is a
    reference too: ``'增长3.5%①。'`` -> ``'增长3.5%。'``; one after ``；``, ``：`` or at a line start
    numbers a list item and stays (``'①全年接待游客'``, ``'注：①增长速度…'``).
    """
    edits = [Edit(m.start(), m.end(), "", "footnote_marker") for m in _FOOTNOTE.finditer(text)]
    for m in _CIRCLED_FOOTNOTE.finditer(text):
        end = m.end()
        while end < len(text) and text[end] in _CIRCLED_CHARS:
            end += 1  # a run of markers (①②) goes at once, so the cleaning converges in one pass
        if end > m.end() and end < len(text) and (text[end].isdigit() or (
                is_han(text[end]) and text[m.start() - 1] not in _CLOSERS)):
            end = m.end()  # (never glue two figures: 3①②2; a run before a word goes as before)
        edits.append(Edit(m.start(), end, "", "footnote_marker"))
    return edits


def nav_lines(text: str) -> list[Edit]:
    """Site navigation and page furniture lines are emptied (their newlines stay).

    ``'当前位置：首页 > 政务公开'`` -> ``''``, ``'上一篇：…'``, ``'扫一扫在手机打开当前页'`` -> ``''``;
    below the first line of prose ``'发布时间：2013-01-25 来源：区政府办'`` -> ``''`` too. In the title
    block above it such a line stays, less its furniture, and a title fused with it is split onto
    its own line (see :func:`_head_line`): the document parser reads them as publication details.
    A title after a breadcrumb stays
    (``'当前位置：首页>>工作报告  政府工作报告'`` -> ``'政府工作报告'``), and so does a line of prose
    (with ``。``) or a heading with one weak sign (``'（三）强化技术支持'``); bracketed furniture
    inside prose goes (``'…4800个。【字体：大 中 小】'`` -> ``'…4800个。'``).
    """
    edits = []
    head_end = _head_end(text)
    for m in _LINE.finditer(text):
        line = m.group()
        if m.start() < head_end and (head := _head_line(line, m.start())) is not None:
            edits += head
            continue
        if _is_nav(line) or (len(line) <= 200 and _NAV_START.match(line)):
            crumb = _BREADCRUMB.match(line)
            rest = line[crumb.end():] if crumb else ""
            if rest.strip() and not _is_nav(rest) and not _NAV_START.match(rest):
                edits.append(Edit(m.start(), m.start() + crumb.end(), "", "nav_line"))
                continue
            edits.append(Edit(m.start(), m.end(), "", "nav_line"))
            continue
        if "【" in line:  # every inline match holds one (a quick test spares a regex scan)
            edits += [Edit(m.start() + f.start(), m.start() + f.end(), "", "nav_line")
                      for f in _NAV_INLINE.finditer(line)]
    return edits


#: The head of a page (title block) ends at the first line of prose, and never goes past this.
HEAD_LINES = 16


def _head_end(text: str) -> int:
    """Where the title block of a text ends: the start of its first prose line (one with ``。``)."""
    for n, m in enumerate(_LINE.finditer(text)):
        if "。" in m.group() or n >= HEAD_LINES:
            return m.start()
    return len(text)


def _head_line(line: str, at: int) -> list[Edit] | None:
    """Edits for a line of a page's title block that carries publication details, else None.

    A meta line (``发布时间：2025-01-12 来源：某区政府办``) stays, less its furniture, for the
    document parser to read; a title fused with such items (``某县…工作报告 2019-02-21 来源：…``)
    is split onto lines of their own (``web_head_split``).
    """
    furniture = [Edit(at + f.start(), at + f.end(), "", "nav_line") for f in FURNITURE.finditer(line)]
    if meta_fields(line.strip()) is not None:
        return furniture
    fused = split_fused_title(line)
    if fused is None:
        return None
    title, cut = fused
    gap = re.match(r"\s*", line[cut:])
    gap_end = cut + (gap.end() if gap else 0)
    tail = line[gap_end:]
    if meta_fields(tail.strip()) is None:  # only furniture after the title
        return [Edit(at + line.index(title) + len(title), at + len(line), "", "nav_line")]
    return [Edit(at + cut, at + gap_end, "\n\n", "web_head_split")] + \
        [e for e in furniture if e.start >= at + gap_end]


def _is_nav(line: str) -> bool:
    return len(line) <= 80 and "。" not in line and (
        _NAV_STRONG.search(line) is not None or len(_NAV_WEAK.findall(line)) >= 2
        or (("|" in line or "｜" in line) and _MENU.fullmatch(line) is not None
            and not _TABLE_HEAD.search(line)))


_YEAR_LINE = re.compile(r"\s*(?:19|20)\d{2}\s*")


def page_numbers(text: str) -> list[Edit]:
    """Lines that hold only a page number are emptied: ``'- 12 -'``, ``'·256·'``, ``'第3页 共10页'``.

    A line that is only a year (``2025``: a cover line, a web page's date) is a page number only
    where the page numbers before or after it run in sequence with it (``2024`` … ``2025``).
    """
    found = [(m, _page_value(m.group())) for m in _LINE.finditer(text)
             if m.group().strip() and _PAGE_NUMBER.fullmatch(m.group())]
    edits = []
    rows = _row_numbers(text, found)
    for i, (m, value) in enumerate(found):
        if i in rows or _chapter_number(text, m):
            continue  # the 序号 cell of a table copied one cell per line; a WeChat chapter's 01
        if _YEAR_LINE.fullmatch(m.group()):
            before = found[i - 1][1] if i else None
            after = found[i + 1][1] if i + 1 < len(found) else None
            if value is None or (before != value - 1 and after != value + 1):
                continue
        edits.append(_page_number_edit(text, m, edits[-1].end if edits else 0))
    return edits


_BLANK = " \t\u3000\n"


def _page_number_edit(text: str, m: re.Match[str], floor: int) -> Edit:
    """The edit that empties a page-number line, or, where the page cut a sentence, removes it
    with the breaks around it (``'审议县人民法院关于行政审判工\n\n— 5 —\n\n作情况的报告'`` → one line).

    A page number proves a page ended there, and typesetters keep a heading with the text after
    it: so a short line without clause punctuation before it is a cut sentence, not a title
    (:func:`page_breaks.should_join` with ``page``).
    """
    start, end = m.start(), m.end()
    while start > floor and text[start - 1] in _BLANK:
        start -= 1
    while end < len(text) and text[end] in _BLANK:
        end += 1
    if start > floor and end < len(text) and text.count("\n", start, m.start()) \
            and text.count("\n", m.end(), end):
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        prev, nxt = text[line_start:start], text[end:line_end if line_end >= 0 else len(text)].rstrip()
        if page_breaks.should_join(prev.strip(), nxt, page=True):
            latin = prev[-1].isascii() and prev[-1].isalpha() and nxt[0].isascii() and nxt[0].isalpha()
            sep = " " if latin else ""
            return Edit(start, end, sep, "page_number")
    return Edit(m.start(), m.end(), "", "page_number")


_ROW_NUMBER = re.compile(r"\s*\d{1,3}\s*")
_ROW_GAP = 8  # non-blank lines: a table row of a few cells, never a page of text
_CELL_LINE = re.compile(r"[^。；;！？!?\n]{1,40}")


def _row_numbers(text: str, found: list[tuple[re.Match[str], int | None]]) -> set[int]:
    r"""The indexes in ``found`` of the row numbers of a table copied one cell per line: bare
    numbers that run in sequence (``1`` … ``2`` … ``3``) with at most a few short cell lines
    between them. Page numbers lie a page of text apart.

    >>> t = "序号\n名称\n1\n关于甲的提案\n县商务局\n已解决\n2\n乙\n县教育局\n部分解决\n"
    >>> found = [(m, _page_value(m.group())) for m in _LINE.finditer(t) if _PAGE_NUMBER.fullmatch(m.group())]
    >>> sorted(_row_numbers(t, found))
    [0, 1]
    """
    rows: set[int] = set()
    for i in range(len(found) - 1):
        (a, va), (b, vb) = found[i], found[i + 1]
        if va is None or vb != va + 1 or not (_ROW_NUMBER.fullmatch(a.group())
                                              and _ROW_NUMBER.fullmatch(b.group())):
            continue
        between = [x.strip() for x in text[a.end():b.start()].split("\n") if x.strip()]
        if 0 < len(between) <= _ROW_GAP and all(_CELL_LINE.fullmatch(x) for x in between):
            rows.update((i, i + 1))
    return rows


#: A chapter number of a WeChat copy, on its own line above the chapter's title: ``01``, ``02``.
CHAPTER_NUMBER = re.compile(r"\s*0[1-9]\s*")
#: The title under it: short, no clause punctuation (``2022年工作回顾``, ``代表联络站建设``).
_CHAPTER_TITLE = re.compile(r"[ \t\u3000]*[^\s，。；：,;:！？!?]{2,20}[ \t\u3000]*")


def _chapter_number(text: str, m: re.Match[str]) -> bool:
    r"""``01`` alone on a line with a short title on the next non-blank line is a chapter's number
    (WeChat copies set them so); a page number is not zero-padded.

    >>> t = "回顾。\n\n01\n2022年工作回顾\n\n全年…"
    >>> _chapter_number(t, next(_LINE.finditer(t, t.index("01"))))
    True
    """
    if not CHAPTER_NUMBER.fullmatch(m.group()):
        return False
    rest = text[m.end():].lstrip(" \t\u3000\n")
    line = rest[:rest.find("\n")] if "\n" in rest else rest
    return _CHAPTER_TITLE.fullmatch(line) is not None


def _page_value(line: str) -> int | None:
    """The page number a page-number line prints (its first figure), or None."""
    m = re.search(r"\d{1,4}", line)
    return int(m.group()) if m else None


def running_headers(text: str) -> list[Edit]:
    """Running page headers and footers are emptied, so that the page-break rule can join the
    sentence they cut (``'比上\n某区工作报告\n- 5 -\n年提高'`` -> ``'比上\n\n\n年提高'``).

    A header is a short line without clause punctuation that is not a heading (``#``, ``**``,
    ``——``, ``一、``…). It goes if it is printed three or more times; if it is printed twice and
    stands next to a page-number line or inside a cut sentence; or if it stands next to a
    page-number line and is a report's name (``…工作报告``, ``…年鉴（2020）``). A title with its page
    number (``'某县人大常委会工作报告 第 13 页'``) goes if it names a report or is repeated.
    The document's own title stays: a line followed by a subtitle (``——…``, ``（2021年1月5日）``),
    or the first line when a short (speaker or title) line follows it.
    """
    lines = [(m.start(), m.end(), m.group().strip()) for m in _LINE.finditer(text)]
    lines = [(a, b, s) for a, b, s in lines if s]
    cells = _table_cells(text, lines)  # a table copied one cell a line: its cells repeat, its 序号 runs
    lines = [x for k, x in enumerate(lines) if k not in cells]
    titled = [_page_title(s) for _, _, s in lines]  # 'title' of a 'title 第 N 页' line
    counts = Counter(t or s for (_, _, s), t in zip(lines, titled, strict=True) if _header_like(t or s))
    pages = [bool(_PAGE_NUMBER.fullmatch(s)) for _, _, s in lines]
    before_of, after_of = _neighbour_lines(lines, pages)
    edits = []
    for i, (a, b, s) in enumerate(lines):
        if titled[i]:
            if _header_like(titled[i]) and (counts[titled[i]] >= 2 or _REPORT_NAME.search(titled[i])):
                edits.append(Edit(a, b, "", "running_header"))
            continue
        if pages[i] or not counts[s] or _is_title(lines, i, after_of[i]):
            continue
        by_page = (i > 0 and pages[i - 1]) or (i + 1 < len(lines) and pages[i + 1])
        before, after = before_of[i], after_of[i]
        cut = bool(before and after) and page_breaks.should_join(before, after)
        if counts[s] >= 3 or (counts[s] >= 2 and (by_page or cut)) \
                or (by_page and len(s) <= 30 and _REPORT_TITLE.search(s)):
            edits.append(Edit(a, b, "", "running_header"))
    return edits


def table_cell_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines of a table copied one cell a line (:func:`_table_cells`)."""
    lines = [(m.start(), m.end(), m.group().strip()) for m in _LINE.finditer(text)]
    lines = [(a, b, s) for a, b, s in lines if s]
    return [(lines[k][0], lines[k][1]) for k in sorted(_table_cells(text, lines))]


def _table_cells(text: str, lines: list[tuple[int, int, str]]) -> set[int]:
    r"""Indexes of ``lines`` that are a table's row numbers and cells, where the table was copied one
    cell a line (``1``, ``2月``, ``听取审议报告``, ``县人民政府关于X的报告``, ``2`` …): numbers in sequence
    (:func:`_row_numbers`) and the lines between them, with as many after the last one as its row before.

    >>> t = "表\n序号\n形式\n1\n视察\n甲项目\n2\n视察\n乙项目\n3\n视察\n丙项目\n正文。"
    >>> ls = [(m.start(), m.end(), m.group().strip()) for m in _LINE.finditer(t)]
    >>> sorted(_table_cells(t, ls))
    [3, 4, 5, 6, 7, 8, 9, 10, 11]
    """
    numbered = [k for k, (_, _, s) in enumerate(lines) if _PAGE_NUMBER.fullmatch(s)]
    if len(numbered) < 2:
        return set()
    matches = {m.start(): m for m in _LINE.finditer(text)}
    found = [(matches[lines[k][0]] if lines[k][0] in matches else None, k) for k in numbered]
    found = [(m, k) for m, k in found if m is not None]
    rows = sorted(_row_numbers(text, [(m, _page_value(m.group())) for m, _ in found]))
    out: set[int] = set()
    for i, j in zip(rows, rows[1:], strict=False):
        if j == i + 1:
            a, b = found[i][1], found[j][1]
            out.update(range(a, b + 1))
            width = b - a
            if j == rows[-1] or j + 1 not in rows:  # the last row: its cells after its number
                out.update(range(b, min(len(lines), b + width)))
    return out


def _page_title(line: str) -> str:
    """The title of a running title printed with its page number, else ``''``."""
    if not _PAGE_MARK_HINT.search(line):
        return ""  # no page mark in the line: it cannot match (a quick test before a slow one)
    m = _TITLE_PAGE.fullmatch(line)
    return (m.group("t") or m.group("t2")).strip() if m else ""


def _neighbour_lines(lines: list[tuple[int, int, str]], pages: list[bool]) -> tuple[list[str], list[str]]:
    """Per line, the nearest line above and below it that is not a page number (``''`` if none).

    ``(['', 'a', 'a'], ['b', 'b', ''])`` for lines ``a``, ``- 1 -``, ``b``.
    """
    before, after = [""] * len(lines), [""] * len(lines)
    last = ""
    for i, (_, _, s) in enumerate(lines):
        before[i] = last
        if not pages[i]:
            last = s
    last = ""
    for i in range(len(lines) - 1, -1, -1):
        after[i] = last
        if not pages[i]:
            last = lines[i][2]
    return before, after


def _is_title(lines: list[tuple[int, int, str]], i: int, nxt: str) -> bool:
    """The line is the document's title: a subtitle follows, or it opens the text before a short line.

    ``nxt`` is the next line that is not a page number. "Opens the text" allows a masthead above
    it (``某市政协`` / title / speaker): the first of its copies, above any prose, is the title
    even where the same words run as a page header below.
    """
    if nxt.startswith(("——", "—")) or _DATE_LINE.fullmatch(nxt):
        return True
    if i >= 4:
        return False
    above = [t for _, _, t in lines[:i]]
    opens = lines[i][2] not in above and not any(_CLAUSE.search(t) for t in above)
    return opens and 0 < len(nxt) <= 30 and not _CLAUSE.search(nxt)


#: A cell of a table flattened one cell per line that repeats on every row: a unit, never a header.
_UNIT_CELL = re.compile(r"(?:[万亿千百]?(?:元|美元|吨|人|户|个|家|亩|公里|千瓦时?|平方米|立方米|人次|件|项"
                        r"|所|座|台|辆|套|头)"
                        r"|[%％‰]|万|公顷|平方公里|万标箱|标准煤)")


def _header_like(line: str) -> bool:
    return (4 <= len(line) <= 40 and not line.startswith(("#", "**", "——", "注释"))
            and not _UNIT_CELL.fullmatch(line)
            and not _HEADER_PUNCT.search(line)
            and _HAN_OR_LATIN.search(line) is not None and not page_breaks.is_heading_line(line))


_HEADER_PUNCT = re.compile(r"[，,、；;。！？!?：:\t]")
_HAN_OR_LATIN = re.compile(f"[{HAN}A-Za-z]")
