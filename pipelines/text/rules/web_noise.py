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
from pipelines.text.rules import HAN

_CRLF = re.compile(r"\r\n?")
_LITERAL_NEWLINE = re.compile(r"\\r\\n|\\n|\\r")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_ODD_SPACE = re.compile("[\t\u00a0\u2002-\u200a\u202f\u3000]")
# Two or more ASCII question marks where a non-breaking space was decoded wrongly.
_NBSP_MARKS = re.compile(r"(?<![吗呢么嘛吧?])\?{2,}")
_FOOTNOTE = re.compile(r"(?<=[^\s\n])(?<!注[:：])(?<!注[:：] )"
                       r"(?:\[(?:注)?\d{1,3}\]|［(?:注)?[0-9０-９]{1,3}］)")
_PAGE_NUMBER = re.compile(
    r"[-—–－~～·•・\s]*\d{1,4}[-—–－~～·•・\s]*"    # - 12 -   — 3 —   ·256·   12
    r"|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?"  # 第3页 共10页
    r"|\d{1,4}\s*/\s*\d{1,4}"                      # 3/10
    r"|(?:Page|page|P\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"
)
# Site furniture: one strong sign, or two weak ones (a weak one alone may be a heading's words).
_NAV_STRONG = re.compile(
    r"当前位置|您的位置|您现在的位置|首页\s*[>＞»›]|[>＞»›]\s*正文|【\s*(?:打印|关闭|字体|字号|收藏|返回)"
    r"|打印本页|关闭窗口|返回顶部|上一篇|下一篇|版权所有|ICP备|Copyright|©|浏览次数|阅读次数|点击数"
    r"|字号\s*[:：]\s*[大中小]"
)
_NAV_WEAK = re.compile(r"发布时间|发布日期|信息来源|来源\s*[:：]|作者\s*[:：]|技术支持|主办单位|联系我们"
                       r"|网站地图|分享到|责任编辑|编辑\s*[:：]")
_LINE = re.compile(r"[^\n]+")
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,7}|#[xX][0-9a-fA-F]{2,6});")
_BLOCK_TAG = re.compile(r"<\s*(?:br|p|div|tr|li|h[1-6])\b[^<>\n]{0,200}>|<\s*/\s*(?:p|div|tr|li|h[1-6])\s*>",
                        re.IGNORECASE)
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
    tags go. ``'增长&nbsp;12%<br/>全年'`` -> ``'增长\u00a012%\n全年'``; ``R&D`` stays (no ``;``).
    """
    edits = [Edit(m.start(), m.end(), html.unescape(m.group()), "html_entity")
             for m in _ENTITY.finditer(text) if html.unescape(m.group()) != m.group()]
    edits += [Edit(m.start(), m.end(), "\n", "html_tag") for m in _BLOCK_TAG.finditer(text)]
    edits += [Edit(m.start(), m.end(), "", "html_tag") for m in _INLINE_TAG.finditer(text)]
    return edits


def zero_width(text: str) -> list[Edit]:
    """Invisible characters (zero-width space, BOM, soft hyphen) are removed."""
    return [Edit(m.start(), m.end(), "", "zero_width") for m in _ZERO_WIDTH.finditer(text)]


def odd_spaces(text: str) -> list[Edit]:
    """Tabs, non-breaking, thin and ideographic spaces become a space: ``'27\u00a0321' -> '27 321'``.

    The number and page-break rules then decide whether the space stays.
    """
    return [Edit(m.start(), m.end(), " ", "odd_space") for m in _ODD_SPACE.finditer(text)]


def nbsp_marks(text: str) -> list[Edit]:
    """``??`` left where a web page had a non-breaking space becomes a space.

    ``'2012??年' -> '2012 年'``; a run after a question particle (``吗??``) is left alone.
    """
    return [Edit(m.start(), m.end(), " ", "nbsp_marks") for m in _NBSP_MARKS.finditer(text)]


def footnote_markers(text: str) -> list[Edit]:
    """Footnote references like ``[1]`` after a word are removed: ``'增长12%[1]，' -> '增长12%，'``.

    A marker at the start of a line or after ``注：`` is the footnote itself and stays.
    """
    return [Edit(m.start(), m.end(), "", "footnote_marker") for m in _FOOTNOTE.finditer(text)]


def nav_lines(text: str) -> list[Edit]:
    """Site navigation and page furniture lines are emptied (their newlines stay).

    ``'当前位置：首页 > 政务公开'`` -> ``''``, ``'发布时间：2013-01-25 来源：区政府办'`` -> ``''``.
    A line of prose (with ``。``) is never touched, nor a heading with one weak sign
    (``'（三）强化技术支持'``).
    """
    edits = []
    for m in _LINE.finditer(text):
        line = m.group()
        if len(line) <= 80 and "。" not in line and (
                _NAV_STRONG.search(line) or len(_NAV_WEAK.findall(line)) >= 2):
            edits.append(Edit(m.start(), m.end(), "", "nav_line"))
    return edits


def page_numbers(text: str) -> list[Edit]:
    """Lines that hold only a page number are emptied: ``'- 12 -'``, ``'·256·'``, ``'第3页 共10页'``."""
    return [Edit(m.start(), m.end(), "", "page_number") for m in _LINE.finditer(text)
            if m.group().strip() and _PAGE_NUMBER.fullmatch(m.group())]


def running_headers(text: str) -> list[Edit]:
    """Short lines repeated three or more times (a printed page header) are emptied.

    ``'上城年鉴2013'`` on every page goes; headings (``#``, ``**``, ``——``) and lines with clause
    punctuation (prose) never count as page headers.
    """
    lines = [(m.start(), m.end(), m.group().strip()) for m in _LINE.finditer(text)]
    counts = Counter(s for _, _, s in lines if _header_like(s))
    return [Edit(a, b, "", "running_header") for a, b, s in lines if s and counts[s] >= 3]


def _header_like(line: str) -> bool:
    return (0 < len(line) <= 40 and not line.startswith(("#", "**", "——", "注释"))
            and not re.search(r"[，,、；;。！？!?]", line) and re.search(f"[{HAN}A-Za-z]", line) is not None)
