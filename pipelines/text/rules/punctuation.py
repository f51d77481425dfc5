"""Character width and the spaces around punctuation.

Chinese prose takes full-width punctuation (``，；：（）？！``); digits, Latin letters and ``%`` are
half-width everywhere. Figures and Latin runs keep their own punctuation (``1,234``, ``10:30``,
``f(x)``, ``http://``); a decimal point is never touched.
"""

from __future__ import annotations

import re

from pipelines.text.offsets import Edit
from pipelines.text.rules import CJK_PUNCT, HAN, is_cjk

# a full-width minus sign before a figure (增长－6.4%) becomes ASCII, like the digits
# (every alternative begins with the character it consumes, so the engine skips to candidates)
# (one character class first, so the engine skips to candidates; each branch then checks it)
_FULLWIDTH_ALNUM = re.compile("[０-９Ａ-Ｚａ-ｚ％．－]"
                              "(?:(?<=[０-９Ａ-Ｚａ-ｚ％])|(?<=[0-9０-９]．)(?=[0-9０-９])|(?<=－)(?=[0-9０-９]))")
_HALF_OF = {"．": ".", "－": "-"}
_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_HALF = re.compile(r"[,;:?!()]")
_AFTER_HAN = re.compile(f"[,;:?!](?<=[{HAN}].)")
_SKIP = " *"  # spaces and markdown bold marks do not count as neighbours
_SPACE_BEFORE = re.compile(f" +(?=[{CJK_PUNCT}])")
_SPACE_AFTER = re.compile(f" (?<=[{CJK_PUNCT}] ) *(?=[^\\s])")
_ACRONYM = re.compile(r"[A-Z0-9](?<![A-Za-z0-9.&+\-].)(?:(?<=[A-Z])|(?=[A-Z0-9.&+\-]*[A-Z]))"
                      r"[A-Z0-9.&+\-]*(?![A-Za-z0-9])")
_HAN_RE = re.compile(f"[{HAN}]")
# An ASCII full stop after a Chinese character, before Chinese, a line end, a quote or bracket, a
# figure (决算.10月: no decimal point follows a Chinese character), a bold mark (**问题.**) or a
# space before the next sentence (not before Latin: 中国 Inc. Ltd).
_HAN_PERIOD = re.compile(f"\\.(?<=[{HAN}%”」』）》)]\\.)(?=[{HAN}“”「」『』（）《\n0-9*]| +(?![A-Za-z])|$)")
_LINE = re.compile(r"[^\n]+")
_BRACKET_OR_LINE = re.compile(r"[()\n]")
_SPACED_HAN = re.compile(f"[{HAN}](?<![{HAN} ].)(?: [{HAN}]){{2,}}(?![{HAN}])")
# the space after the first of three spaced Chinese characters (the engine skips to spaces)
_SPACED_HAN_HINT = re.compile(f" (?<=[{HAN}] )(?=[{HAN}] [{HAN}])")
# Every latin_space edit is a space between a Chinese character and a code, or the reverse.
_LATIN_SPACE_HINT = re.compile(f" (?<=[{HAN}] ) *[A-Z0-9]| (?<=[A-Z0-9.&+\\-] ) *[{HAN}]")


def fullwidth_alnum(text: str) -> list[Edit]:
    """Full-width digits, Latin letters and ``％`` become half-width (as NFKC does).

    ``'２０１２年增长１２．５％'`` -> ``'2012年增长12.5%'``; ``'增长－6.4%'`` -> ``'增长-6.4%'``.
    """
    edits = []
    for m in _FULLWIDTH_ALNUM.finditer(text):
        ch = m.group()
        half = _HALF_OF.get(ch) or chr(ord(ch) - 0xFEE0)
        edits.append(Edit(m.start(), m.end(), half, "fullwidth_alnum"))
    return edits


def _neighbour_index(text: str, i: int, step: int) -> int:
    """Index of the nearest character from ``i`` in direction ``step`` that is not a space or
    ``*``, on the same line; -1 if there is none."""
    i += step
    while 0 <= i < len(text) and text[i] in _SKIP:
        i += step
    return i if 0 <= i < len(text) and text[i] != "\n" else -1


def _neighbour(text: str, i: int, step: int) -> str:
    """The character at :func:`_neighbour_index` (``''`` if none)."""
    j = _neighbour_index(text, i, step)
    return text[j] if j >= 0 else ""


def _pairs(text: str) -> dict[int, int]:
    """Matching half-width brackets on one line: ``{open_index: close_index}``."""
    pairs: dict[int, int] = {}
    stack: list[int] = []
    for m in _BRACKET_OR_LINE.finditer(text):
        ch, i = m.group(), m.start()
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            pairs[stack.pop()] = i
        elif ch == "\n":
            stack.clear()
    return pairs


def halfwidth_punct(text: str) -> list[Edit]:
    """Half-width ``, ; : ? ! ( )`` in Chinese prose become full-width.

    ``'2012年,是(摘要)'`` -> ``'2012年，是（摘要）'``; ``'乐活(LOHAS),是'`` -> ``'乐活（LOHAS），是'``.
    A mark between two ASCII letters or digits stays (``1,234``, ``10:30``), and so does one with
    no Chinese on either side (``f(x)``, ``health, and``). A mark next to one that is converted is
    converted too (``'的,,'`` -> ``'的，，'``), so one pass reaches the fixed point.
    """
    if not _HALF.search(text):
        return []
    pairs = _pairs(text) if "(" in text else {}
    partner = {**pairs, **{c: o for o, c in pairs.items()}}
    candidates = {m.start() for m in _HALF.finditer(text)}
    convert: set[int] = set()

    def decide(i: int, next_to_converted: bool) -> bool:
        if i in partner:
            o, c = min(i, partner[i]), max(i, partner[i])
            return bool(next_to_converted or _HAN_RE.search(text[o + 1:c])
                        or is_cjk(_neighbour(text, o, -1)) or is_cjk(_neighbour(text, c, 1)))
        before, after = _neighbour(text, i, -1), _neighbour(text, i, 1)
        if before.isascii() and before.isalnum() and after.isascii() and after.isalnum():
            return False
        return next_to_converted or is_cjk(before) or is_cjk(after)

    # The outcome is a closure (decide() does not depend on the order), so it is built in any
    # order: first every mark that converts on its own, then marks next to a converted one.
    # A mark (not a bracket) right after a Chinese character converts on its own: that
    # neighbour is Chinese and not ASCII. The others are decided one by one.
    convert |= {m.start() for m in _AFTER_HAN.finditer(text)}
    for i in sorted(candidates - convert):
        if i not in convert and decide(i, False):
            convert |= {i, partner[i]} if i in partner else {i}
    queue = list(convert)
    pending = candidates - convert
    # The neighbour relation is symmetric (between a mark and its neighbour there are only
    # spaces and '*'), so a pending mark can only be reached from its own neighbours.
    reached_from: dict[int, list[int]] = {}
    for j in pending:
        for step in (-1, 1):
            reached_from.setdefault(_neighbour_index(text, j, step), []).append(j)
    while queue and pending:  # spread to marks that stand next to a converted one
        k = queue.pop()
        for j in reached_from.get(k, ()):
            if j not in convert and decide(j, True):
                new = {j, partner[j]} if j in partner else {j}
                convert |= new
                pending -= new
                queue.extend(new)
    return [Edit(i, i + 1, _TO_FULL[text[i]], "fullwidth_punct") for i in sorted(convert)]


def halfwidth_period(text: str) -> list[Edit]:
    """An ASCII ``.`` ending a Chinese sentence becomes ``。``: ``'稳步发展.全年'`` -> ``'稳步发展。全年'``,
    ``'增长10.6%.'`` -> ``'增长10.6%。'``.

    Decimal points (between digits) and Latin abbreviations are never touched.
    """
    return [Edit(m.start(), m.end(), "。", "fullwidth_punct") for m in _HAN_PERIOD.finditer(text)]


def halfwidth_quotes(text: str) -> list[Edit]:
    """Paired ASCII double quotes around Chinese become Chinese quotes.

    ``'落实"两区"建设'`` -> ``'落实“两区”建设'``; a line with an odd number of ``"`` is left alone
    (the pairing would be a guess), and so is a pair around Latin text only.
    """
    edits: list[Edit] = []
    if '"' not in text:
        return edits
    for m in _LINE.finditer(text):
        if '"' not in m.group():
            continue
        marks = [m.start() + i for i, ch in enumerate(m.group()) if ch == '"']
        if len(marks) % 2:
            continue
        for a, b in zip(marks[::2], marks[1::2], strict=True):
            inside = text[a + 1:b]
            if _HAN_RE.search(inside) or is_cjk(_neighbour(text, a, -1)) or is_cjk(_neighbour(text, b, 1)):
                edits += [Edit(a, a + 1, "“", "fullwidth_quote"), Edit(b, b + 1, "”", "fullwidth_quote")]
    return edits


def spaced_han(text: str) -> list[Edit]:
    """Letter-spaced Chinese (three or more single characters apart) is closed up.

    ``'政 府 工 作 报 告'`` -> ``'政府工作报告'``. Two characters apart are left alone: ``'主席 余 勇'``
    is a role and a two-character name padded to three, and the space may be meant.
    """
    edits: list[Edit] = []
    reached = 0
    # A match begins at a Chinese character followed by ' X Y' (two spaced Chinese characters):
    # it is tried only there, left to right, never inside the previous match (as finditer would).
    for hint in _SPACED_HAN_HINT.finditer(text):
        if hint.start() - 1 < reached:
            continue
        m = _SPACED_HAN.match(text, hint.start() - 1)
        if m:
            edits += [Edit(i, i + 1, "", "spaced_han") for i in range(m.start(), m.end()) if text[i] == " "]
            reached = m.end()
    return edits


def punct_spaces(text: str) -> list[Edit]:
    """Spaces next to full-width punctuation are removed (it carries its own spacing).

    ``'（一） 区域经济'`` -> ``'（一）区域经济'``, ``'增长10% ，'`` -> ``'增长10%，'``. The space after
    markdown heading marks (``'## （二）'``) stays.
    """
    spans: set[tuple[int, int]] = set()
    for m in _SPACE_BEFORE.finditer(text):
        if m.start() > 0 and text[m.start() - 1] not in "#\n":
            spans.add(m.span())
    for m in _SPACE_AFTER.finditer(text):
        spans.add(m.span())
    return [Edit(a, b, "", "punct_space") for a, b in _merge(spans)]


def latin_spaces(text: str) -> list[Edit]:
    """Spaces between Chinese and an upper-case code or acronym are removed.

    ``'全区 GDP 增幅'`` -> ``'全区GDP增幅'``, ``'勾山里 B 地块'`` -> ``'勾山里B地块'``,
    ``'察看 PM2.5 监测点'`` -> ``'察看PM2.5监测点'``; spaces around words with lower-case letters
    stay (``'由 lifestyles of health'``), as do the spaces between Latin words.
    """
    spans: set[tuple[int, int]] = set()
    if not _LATIN_SPACE_HINT.search(text):
        return []
    for m in _ACRONYM.finditer(text):
        a = m.start()
        while a > 0 and text[a - 1] == " ":
            a -= 1
        if a < m.start() and a > 0 and _HAN_RE.match(text[a - 1]):
            spans.add((a, m.start()))
        b = m.end()
        while b < len(text) and text[b] == " ":
            b += 1
        if b > m.end() and b < len(text) and _HAN_RE.match(text[b]):
            spans.add((m.end(), b))
    return [Edit(a, b, "", "latin_space") for a, b in sorted(spans)]


def _merge(spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged
