"""Page and line breaks: join what a page break cut, keep one blank line between paragraphs.

After these rules the text has one paragraph per line block: paragraphs (and headings) are
separated by exactly one blank line (``\\n\\n``), no line has leading or trailing spaces, and the
text starts with its first character and ends with at most one ``\\n``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from pipelines.text.glossary import is_notes_header
from pipelines.text.offsets import Edit
from pipelines.text.rules import HSPACE, is_han
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
#: A next line starting like this is a heading, note, subtitle, date or list item.
_HEADING_START = re.compile(
    r"#|\*\*|——|—{1,2}|注释|注[:：]|附[:：件]"
    r"|[（(][一二三四五六七八九十百\d]{1,4}[）)]"
    r"|[一二三四五六七八九十]{1,3}、"
    r"|第[一二三四五六七八九十百\d]{1,4}[章节部篇条]"
    r"|\d{1,2}[.、．]\D"
)
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
    if s.startswith(("#", "——")) or (s.startswith("**") and s.endswith("**")):
        return True
    if _NUMBERED.match(s) and len(s) <= 60 and "。" not in s and not ends_paragraph(s):
        return True  # '一、2019年工作回顾', '（一）围绕中心，立足区情，着力提高监督实效'
    return len(s) >= 2 and s[0] in "(（【[" and s[-1] in ")）】]"


def should_join(prev: str, nxt: str) -> bool:
    """Whether the break between line ``prev`` and line ``nxt`` was cut by a page, not a paragraph.

    >>> should_join('一般公共预算收入…,稳步回升,全年', '分别完成46.32亿元和21.75亿元。')
    True
    >>> should_join('中共某某县委书记 李明', '2019年是全县发展极不平凡的一年。')
    False
    """
    if not prev or not nxt or ends_paragraph(prev) or "\t" in prev or "\t" in nxt:
        return False  # a table row (cells split by tabs) stands alone
    if nxt.isdigit() and len(nxt) <= 3:
        return False  # a row number left by page_numbers: the 序号 cell of a flattened table
    # A web page's date or source line, or a year on a cover, is never joined. Both tests are
    # pure, so the costlier one runs only where the lines' form would join them.
    return _joins_by_form(prev, nxt) and not (_stands_alone(prev) or _stands_alone(nxt))


def _joins_by_form(prev: str, nxt: str) -> bool:
    """The rest of :func:`should_join`, for two non-empty lines without tabs."""
    if nxt[0] == "的" and not nxt.startswith("的确") and not prev.startswith("#"):
        return True  # no line begins with 的: '——在…会议上' + '的报告' is one subtitle
    if _cut_subtitle(prev, nxt):
        return True
    if is_heading_line(prev):
        return False
    if nxt[0] in _CONTINUATION_START:
        return True
    if prev[-1] in "，,、" and not nxt.startswith(("#", "**", "——")):
        return True  # a clause never ends a paragraph on a comma
    if _HEADING_START.match(nxt):
        return False
    if prev[-1].isascii() and prev[-1].isalpha() and nxt[0].isascii() and nxt[0].islower():
        return True  # Latin prose: a lower-case word never starts a title or a paragraph
    # A short line without any clause punctuation is a title or a speaker line, not a cut clause.
    return not (len(prev) <= 30 and not _CLAUSE_PUNCT.search(prev))


@lru_cache(maxsize=4096)  # pure, and each line is asked about as the line before and after a break
def _stands_alone(line: str) -> bool:
    """A line that is never part of a paragraph: ``2025``, ``来源：某区政府办``, ``附：名词解释``,
    a speaker line (``县人大常委会党组书记、主任 王明``), an address (``各位代表：``), a row of a
    markdown table (``| 指标 | 数值 |``)."""
    s = line.strip()
    return bool(re.fullmatch(r"(?:19|20)\d{2}|\|.*\|", s)) or is_notes_header(s) \
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
    for start, end in _breaks(text, at):
        if end == len(text):  # the text's tail: at most one newline
            edits.append(Edit(start, end, "\n", "paragraph_break"))
            continue
        if start > at and text[start - 1] in TERMINAL:
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
        if should_join(prev, nxt):
            sep = " " if prev[-1].isascii() and prev[-1].isalpha() and nxt[0].isascii() \
                and nxt[0].isalpha() else ""
            edits.append(Edit(start, end, sep, "page_break_join"))
            joined = prev + sep
            continue
        joined = ""
        if text[start:end] != "\n\n":
            edits.append(Edit(start, end, "\n\n", "paragraph_break"))
    return edits


def trailing_spaces(text: str) -> list[Edit]:
    """Spaces at the very end of a text without a final newline are removed: ``'完成。  ' -> '完成。'``."""
    # A match ends the text or stands before its final newline (``$``), so it lies in the run of
    # spaces there: search from that run's start instead of trying every space of the text.
    start = len(text) - 1 if text.endswith("\n") else len(text)
    while start > 0 and _HSPACE_CHAR.match(text, start - 1):
        start -= 1
    m = _TRAILING_SPACE.search(text, start)
    return [Edit(m.start(), m.end(), "", "paragraph_break")] if m else []
