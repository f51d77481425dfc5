"""Spaces inside numbers and between a number and its unit.

OCR of Chinese print turns the thin space of digit grouping (``36 418``) and the spacing around
Latin-set figures (``增加值 218 亿元``) into ordinary spaces. These rules delete exactly those
spaces, one edit per space, so every digit keeps its own raw offset. They never glue two numbers
that the text separates: only a 1-3 digit group followed by groups of exactly three digits is one
number (``36 418``, ``1 234 567``); ``3 5`` or ``2012 2013`` stay as they are. A number OCR
printed digit by digit (``2 5 6 . 3 亿元``, ``4 2 3 6 5 元``) is closed up only between Chinese text
and a Chinese unit, and only when it cannot be a list: three or more single digits, or a decimal
point with a space before it (``3 .5 万吨``, ``5 1 2 .6 亿``).
"""

from __future__ import annotations

import re

from pipelines.text.offsets import Edit
from pipelines.text.rules import HAN

# Not after or before another number set off by a space: '7.0 675 620 5.1' is a table row.
# Some patterns begin with the character they consume first and check what stands before it
# after it (a look-behind one wider): the same matches, found faster.
_GROUPED = re.compile(r"\d(?<![A-Za-z\d.,].)(?<![\d%] .)\d{0,2}(?: \d{3})+(?!\d)(?! [\d.])")
# Digits printed one by one: >= 3 single digits, or a spaced decimal point. Never after or before
# another figure (a table row), never across '、' or a line break; a Chinese unit or % must follow.
# (It begins with the digit it consumes; the look-behinds then check the two characters before it.)
_SPACED_DIGITS = re.compile(
    r"\d(?<![\d.,%‰、].)(?<![\d.,%‰、] .)"
    r"(?:(?: \d)+ ?\. ?\d(?: \d)*|\d* \. ?\d+|(?: \d){2,}"
    r"|\d*\. \d{1,3}(?![\d.])(?![年月日]))"  # 386. 2亿元: a space after the point only
    f"(?![\\d.])(?= ?[{HAN}%‰])"
)
# Both patterns only match at the start of a run of digits (their look-behinds exclude a digit
# before), and the run's last digit is followed by what these hints see. So matches are sought
# only at the start of the runs the hints end (see _matches_at_runs), not at every digit.
# (begin with the space: the engine skips to spaces; the second: a space after the point only)
_SPACED_DIGITS_HINT = re.compile(r" (?<=\d )[\d.]| (?<=\d\. )\d")
_GROUPED_HINT = re.compile(r" (?<=\d )\d{3}")
_DIGIT = re.compile(r"\d")
# a whole run of spaces: it begins after the character the look-behind names
_NUM_THEN_HAN = re.compile(f"(?P<sp> (?<=[\\d%‰] ) *)(?=[{HAN}])")
_HAN_THEN_NUM = re.compile(f"(?P<sp> (?<=[{HAN}] ) *)(?=\\d)")
_NUM_THEN_PCT = re.compile(r"(?P<sp> (?<=\d ) *)(?=[%‰])")
# A small number that opens a line (after heading marks) numbers a heading: '1 总体要求' keeps
# its space, unless a unit follows ('3 个', '12 月'); '2012 年是' at a line start is prose.
_HEADING_NUMBER = re.compile(r"[#*\s]*\d{1,2}(?:\.\d{1,2})*$")
_UNIT_START = set("年月日时分秒个万亿千百十元人户家项次名条件座所位倍天周岁米吨台辆套")


def _opens_line(text: str, end: int) -> bool:
    """True if ``text`` from its line start up to ``end`` is a heading number (``'## 1.2'``).

    Walks back over the characters a heading number can have and runs the pattern only when
    that reaches the line start, so a long paragraph is not scanned back for every number.
    """
    i = end - 1
    while i >= 0 and text[i] != "\n" and (text[i] in "#*." or text[i].isdecimal() or text[i].isspace()):
        i -= 1
    if i >= 0 and text[i] != "\n":
        return False  # another character stands between the line start and the number
    return _HEADING_NUMBER.match(text, i + 1, end) is not None


def _matches_at_runs(pattern: re.Pattern[str], hint: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a pattern that can only match at the start of a run
    of digits whose last digit ``hint`` matches: tried there only, left to right, never inside
    the previous match.
    """
    found: list[re.Match[str]] = []
    reached = 0
    for h in hint.finditer(text):
        start = h.start() - 1  # the hint begins with the space after the run's last digit
        while start > 0 and _DIGIT.match(text, start - 1):
            start -= 1
        if start < reached:
            continue
        m = pattern.match(text, start)
        if m:
            found.append(m)
            reached = m.end()
    return found


# Two single digits spaced out inside a Chinese phrase, the unit right after (会议1 1次, 2月2 6日,
# 代表1 0名): OCR of digits printed one by one. Only with Chinese text just before the first and a
# unit just after the second, so a list (2、3户), a table row or '，3 5 户' is left.
_TWO_UNITS = "年月日时个万亿千百十元人户家项次名条件座所位倍天周岁米吨台辆套公亩批期篇份场届%‰"
_TWO_DIGITS = re.compile(f"\\d(?<=[{HAN}]\\d) \\d(?![\\d.])(?=[{_TWO_UNITS}])")


def spaced_digits(text: str) -> list[Edit]:
    """Spaces inside a number printed digit by digit are removed (logged as ``number_space``).

    ``'达到 2 5 6 . 3 亿元'`` -> ``'达到 256.3 亿元'``, ``'4 2 3 6 5 元'`` -> ``'42365 元'``,
    ``'3 .5 万吨'`` -> ``'3.5 万吨'``, ``'386. 2亿元'`` -> ``'386.2亿元'``, ``'会议1 1次'`` ->
    ``'会议11次'`` (two single digits between Chinese words and a unit). Two single digits
    set off by a space or punctuation (``'，3 5 户'``), a list (``'2、3 户'``),
    figures of a table row (``'7.0 2 1 2 家'``) and numbers not followed by a Chinese unit are left.
    """
    edits: list[Edit] = []
    for m in _matches_at_runs(_SPACED_DIGITS, _SPACED_DIGITS_HINT, text):
        edits += [Edit(i, i + 1, "", "number_space") for i in range(m.start(), m.end()) if text[i] == " "]
    taken = {e.start for e in edits}
    edits += [Edit(m.start() + 1, m.start() + 2, "", "number_space")
              for m in _matches_at_runs(_TWO_DIGITS, _SPACED_DIGITS_HINT, text) if m.start() + 1 not in taken]
    return sorted(edits, key=lambda e: e.start)


def digit_groups(text: str) -> list[Edit]:
    """Spaces between the digit groups of one number are removed.

    ``'新增就业 36 418 人'`` -> ``'新增就业 36418 人'``; ``'3 5 户'``, ``'2012 2013'`` and a row of
    figures (``'620 7.0 675 620 5.1'``) are left.
    """
    edits: list[Edit] = []
    for m in _matches_at_runs(_GROUPED, _GROUPED_HINT, text):
        for i in range(m.start(), m.end()):
            if text[i] == " ":
                edits.append(Edit(i, i + 1, "", "number_space"))
    return edits


def unit_spaces(text: str) -> list[Edit]:
    """Spaces between a number and the Chinese word or ``%`` around it are removed.

    ``'实现增加值 218 亿元'`` -> ``'实现增加值218亿元'``, ``'2012 年'`` -> ``'2012年'``,
    ``'1 月 21 日'`` -> ``'1月21日'``, ``'12.5 %'`` -> ``'12.5%'``. A space after a number that
    opens a heading stays (``'1 总体要求'``); spaces before Latin units stay (``'5 km'``).
    """
    # (each match is its group "sp": what follows is a look-ahead)
    spans = map(re.Match.span, _NUM_THEN_HAN.finditer(text))
    edits = [Edit(start, end, "", "unit_space") for start, end in spans
             if text[end] in _UNIT_START or not _opens_line(text, start)]
    edits += [Edit(*m.span(), "", "unit_space") for m in _HAN_THEN_NUM.finditer(text)]
    edits += [Edit(*m.span(), "", "unit_space") for m in _NUM_THEN_PCT.finditer(text)]
    return edits


# A number grouped by thousands with a full-width comma or a comma and a space (OCR of a thin
# comma, or a typist's): 1-3 digits, then groups of exactly three, then a decimal, a Chinese unit
# or %. Never inside a longer number, never after a decimal point.
_COMMA_GROUPED = re.compile(rf"(?<![\d.,，])\d{{1,3}}(?:(?:，|, ) ?\d{{3}})+(?!\d)(?=[.．]\d|[{HAN}%‰])")
#: Units of measure after which a full-width comma group is one number (not a count of people or
#: things, which a list could end with: 学校12，300名教师).
_MEASURE_UNIT = re.compile(r"[万亿千百]?(?:元|美元|千瓦时|千瓦|吨|公斤|平方米|立方米|亩|公顷|公里|标箱|人次)")
#: Lists of figures the same shape could be: 分别为50，100，200万元, 第5, 120个.
_LISTED = re.compile(r"(?:分别|依次|各|第|为|是)[^，,。；;\d]{0,3}$")


def comma_groups(text: str) -> list[Edit]:
    """Full-width commas (and spaces after a comma) between the digit groups of one number.

    ``'用电量12，345万千瓦时'`` -> ``'用电量12,345万千瓦时'``; ``'完成12, 345万元'`` -> ``'完成12,345万元'``.
    A full-width comma joins one group before a decimal point or a unit of measure:
    ``'分别为50，100，200万元'``, ``'学校12，300名教师'`` and ``'2012，2013年'`` stay, as does anything
    after 分别, 第, 为.
    """
    edits: list[Edit] = []
    for m in _COMMA_GROUPED.finditer(text):
        full_width = "，" in m.group()
        if _LISTED.search(text, max(0, m.start() - 6), m.start()) or (full_width and (
                m.group().count("，") > 1 or (text[m.end():m.end() + 1] not in ".．"
                                              and not _MEASURE_UNIT.match(text, m.end())))):
            continue  # 分别为50，100，200万元; 学校12，300名教师: lists; 12，345万千瓦时 is one number
        for i in range(m.start(), m.end()):
            if text[i] == "，":
                edits.append(Edit(i, i + 1, ",", "number_comma"))
            elif text[i] == " ":
                edits.append(Edit(i, i + 1, "", "number_space"))
    return edits

