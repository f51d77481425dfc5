"""Wrong characters that a rule can recognise without knowing the text.

- a traditional character inside simplified prose (OpenCC ``t2s``), only where it is out of place;
- a stray English function word between Chinese phrases (``执法检查 and 专题视察``);
- a character tripled by OCR (``健康康康`` -> ``健康``);
- a clause printed twice in a row.

A character merely doubled (``AA``) is *not* fixed by rule: Chinese is full of legitimate doubles
across word boundaries (``常委会会议``, ``中国国际``, ``管理理念``, ``2011年年初``, ``参与与否``),
so such faults go to the errata file, where a person has checked them.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from typing import Any

import numpy as np

from pipelines.text.offsets import Edit
from pipelines.text.rules import HAN

#: English words OCR or a translation memory left in Chinese prose, and the word that belongs.
STRAY_WORDS = {"and": "和", "or": "或"}
#: Characters that read naturally doubled: a run of three is cut back to two, not one.
REDUPLICATED = set("紧常渐慢快乐高兴欢喜明白清楚干净认真仔细实在踏扎漂亮轻松"
                   "大小多少人天年月家户处事时刻步层节")

_QUOTES = {"“": "”", "「": "」", "『": "』", "《": "》", "〈": "〉", "‘": "’", '"': '"'}
_SENTENCE = re.compile(r"[^。！？!?\n]+")
# A Chinese character is a word character, so the word boundary needs at least one space on each
# side: the pattern begins with that space (the engine then skips to spaces) and looks behind it.
_STRAY = re.compile(f" (?<=[{HAN}] ) *\\b([A-Za-z]+)\\b *(?=[{HAN}])")
#: (a numeral may run three times in a year written in words: 一九九九年, 二〇〇〇年)
_TRIPLE = re.compile(f"((?![〇零一二三四五六七八九])[{HAN}])\\1{{2,}}")
_CLAUSE = re.compile(r"[^，。；！？：\n]*[，。；！？：]")
_CLAUSE_MARKS = "，。；！？："
# A clause mark whose clause ends with the same character as the clause after it ends with.
_REPEAT_HINT = re.compile(r"[，。；！？：](?<=([^，。；！？：\n])[，。；！？：])"
                          r"(?=[^，。；！？：\n]*\1[，。；！？：])")
_HAN_RE = re.compile(f"[{HAN}]")


@lru_cache(maxsize=1)
def _t2s() -> Any:  # opencc ships no type hints
    """The OpenCC traditional-to-simplified converter, built once (loading it takes ~10 ms)."""
    import opencc

    return opencc.OpenCC("t2s")


def _quoted(line: str) -> list[bool]:
    """Per character of ``line``: is it inside quotes, book-title marks or corner brackets?"""
    inside = [False] * len(line)
    i = 0
    while i < len(line):
        close = _QUOTES.get(line[i])
        j = line.find(close, i + 1) if close else -1
        if j > 0:
            for k in range(i, j + 1):
                inside[k] = True
            i = j + 1
        else:
            i += 1
    return inside


#: Share of Chinese characters that OpenCC changes above which a whole file is traditional.
TRADITIONAL_FILE_SHARE = 0.05
#: …and the least number of such characters (a short simplified text with a quoted name is not).
TRADITIONAL_FILE_MIN = 8
#: Quoted names (“臺灣大學”, 《華嚴經》) keep their form and do not make a file traditional.
_QUOTED_NAME = re.compile(r"“[^”\n]{1,30}”|《[^》\n]{1,30}》|「[^」\n]{1,30}」|『[^』\n]{1,30}』")


def traditional_share(text: str) -> float:
    """Share of the Chinese characters of ``text`` that are traditional-only (OpenCC ``t2s`` changes them).

    ``traditional_share('嘉興市人民政府工作報告')`` -> 0.18 (2 of 11); a simplified text gives about 0.
    """
    han = han_only(text)
    if not han:
        return 0.0
    return _changed(han, _t2s().convert(han)) / len(han)


#: The code-point ranges of :data:`HAN`, for numpy.
_HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))


def han_only(text: str) -> str:
    """The Chinese characters of ``text``, in order: ``han_only('2012年，全县')`` -> ``'年全县'``.

    The same as ``''.join(re.findall(f'[{HAN}]', text))``, done on an array of code points (a
    regex makes one match object per character).
    """
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    keep = np.zeros(len(points), dtype=bool)
    for low, high in _HAN_RANGES:
        keep |= (points >= low) & (points <= high)
    return points[keep].tobytes().decode("utf-32-le")


@lru_cache(maxsize=4)
def _traditional_count(han: str) -> int:
    """How many of the Chinese characters ``han`` OpenCC ``t2s`` changes (cached: the confirming
    round usually sees the same Chinese characters, only punctuation and spaces changed)."""
    return _changed(han, _t2s().convert(han))


def _changed(han: str, converted: str) -> int:
    """How many characters of ``han`` its conversion changed (compared position by position)."""
    if converted == han:
        return 0
    n = min(len(han), len(converted))
    # compared as arrays of code points (a Python loop over a whole file is slow)
    a = np.frombuffer(han[:n].encode("utf-32-le"), dtype="<u4")
    b = np.frombuffer(converted[:n].encode("utf-32-le"), dtype="<u4")
    return int(np.count_nonzero(a != b))


def traditional_file(text: str) -> list[Edit]:
    """A text written in traditional characters throughout is converted to simplified (OpenCC ``t2s``).

    ``'區長 陳偉民…'`` (with enough traditional characters) -> ``'区长 陈伟民…'``. Runs first, before
    the other rules, so that every rule and the document parser read simplified text; each run of
    changed characters is one correction (``traditional_file``). A simplified text with a few
    traditional characters is left to :func:`traditional_chars`, which respects quoted names.
    """
    unquoted = _QUOTED_NAME.sub("", text)
    chinese = han_only(unquoted)
    han = len(chinese)
    share = _traditional_count(chinese) / han if han else 0.0  # as traditional_share
    if han == 0 or share < TRADITIONAL_FILE_SHARE or share * han < TRADITIONAL_FILE_MIN:
        return []
    edits: list[Edit] = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        simple = _t2s().convert(line)
        if simple == line:
            continue
        if len(simple) == len(line):
            i = 0
            while i < len(line):
                if line[i] == simple[i]:
                    i += 1
                    continue
                j = i
                while j < len(line) and line[j] != simple[j]:
                    j += 1
                edits.append(Edit(m.start() + i, m.start() + j, simple[i:j], "traditional_file"))
                i = j
            continue
        matcher = difflib.SequenceMatcher(a=line, b=simple, autojunk=False)
        edits.extend(Edit(m.start() + a0, m.start() + a1, simple[b0:b1], "traditional_file")
                     for op, a0, a1, b0, b1 in matcher.get_opcodes() if op != "equal")
    return edits


def traditional_chars(text: str, max_share: float = 0.2) -> list[Edit]:
    """A traditional character out of place in simplified prose becomes simplified.

    ``'及时启动本屆单月'`` -> ``'及时启动本届单月'``. Left alone: characters inside quotes or
    title marks (``“臺灣大學”``, ``《華嚴經》`` — a quoted proper name keeps its form) and
    sentences where more than ``max_share`` of the Chinese characters are traditional (a
    traditional passage, not an OCR slip).
    """
    converted = _t2s().convert(text)
    if converted == text:
        return []
    edits: list[Edit] = []
    for m in _SENTENCE.finditer(text):
        slips = _sentence_slips(m.group(), max_share)
        if slips:
            at = m.start()
            edits.extend(Edit(at + i, at + i + 1, simple, "traditional_char") for i, simple in slips)
    return edits


@lru_cache(maxsize=8192)
def _sentence_slips(sentence: str, max_share: float) -> tuple[tuple[int, str], ...]:
    """``(index, simplified character)`` for each traditional slip of one sentence.

    Cached: the confirming round of :func:`~pipelines.text.clean.clean_text` sees the same
    sentences again, and OpenCC is called once per sentence.
    """
    simple = _t2s().convert(sentence)
    if simple == sentence or len(simple) != len(sentence):
        return ()
    quoted = _quoted(sentence)
    diffs = [i for i, (a, b) in enumerate(zip(sentence, simple, strict=True))
             if a != b and not quoted[i] and _HAN_RE.match(a)]
    han = sum(1 for i, ch in enumerate(sentence) if not quoted[i] and _HAN_RE.match(ch))
    if not diffs or len(diffs) > max_share * han:
        return ()
    return tuple((i, simple[i]) for i in diffs)


def stray_english(text: str) -> list[Edit]:
    """A lone English function word between Chinese phrases becomes its Chinese word.

    ``'开展执法检查 and 专题视察22次'`` -> ``'开展执法检查和专题视察22次'``. Only words in
    :data:`STRAY_WORDS` are replaced; :func:`stray_english_warnings` reports the others.
    """
    return [Edit(m.start(), m.end(), STRAY_WORDS[m.group(1)], "stray_english")
            for m in _STRAY.finditer(text) if m.group(1) in STRAY_WORDS]


def stray_english_warnings(text: str) -> list[tuple[int, str]]:
    """Lower-case English words between Chinese that no rule replaces: ``[(offset, word)]``."""
    return [(m.start(1), m.group(1)) for m in _STRAY.finditer(text)
            if m.group(1).islower() and m.group(1) not in STRAY_WORDS]


#: Function characters that are rarely doubled in good text; ``AA`` of these is worth a look.
_SUSPECT_CHARS = "的是在和与及并把被从于"
_SUSPECT_DOUBLE = re.compile(f"([{_SUSPECT_CHARS}])\\1")
#: Words that end with, or start with, one of those characters: the double is then legitimate.
_DOUBLE_OK = ("目的的", "有的的", "参与与", "给与与", "合并并", "一把把", "不了了", "实实在在", "的的确确",
              "是是非非", "和和美美", "存在在")


def doubled_char_warnings(text: str) -> list[tuple[int, str]]:
    """Doubled function characters that may be OCR faults (for the errata, never fixed by rule).

    ``'发展的的基础'`` -> ``[(2, '的的')]``; ``'达到目的的手段'`` -> ``[]``.
    """
    out: list[tuple[int, str]] = []
    if not any(ch + ch in text for ch in _SUSPECT_CHARS):  # a few substring tests beat a regex scan
        return out
    for m in _SUSPECT_DOUBLE.finditer(text):
        around = text[max(0, m.start() - 2):m.end() + 2]
        if not any(ok in around for ok in _DOUBLE_OK):
            out.append((m.start(), m.group()))
    return out


def _first_tripled_han(text: str) -> int:
    """Index of the first Chinese character printed three times in a row, or -1.

    ``_first_tripled_han('健康康康')`` -> 1. Compared as arrays of code points: one pass in numpy
    instead of a regex attempt at every Chinese character.
    """
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    if len(points) < 3:
        return -1
    head = points[:-2]
    same = (head == points[1:-1]) & (head == points[2:])
    if not same.any():
        return -1
    han = np.zeros(len(head), dtype=bool)
    for low, high in _HAN_RANGES:
        han |= (head >= low) & (head <= high)
    found = np.flatnonzero(same & han)
    return int(found[0]) if len(found) else -1


def tripled_chars(text: str) -> list[Edit]:
    """A Chinese character printed three or more times in a row is cut back.

    ``'企业员工健康康康生活着'`` -> ``'企业员工健康生活着'``; a character that reads naturally doubled
    keeps two (``'紧紧紧围绕'`` -> ``'紧紧围绕'``).
    """
    edits: list[Edit] = []
    first = _first_tripled_han(text)
    if first < 0:
        return edits
    for m in _TRIPLE.finditer(text, first):  # no match can begin before the first triple
        keep = 2 if m.group(1) in REDUPLICATED else 1
        edits.append(Edit(m.start() + keep, m.end(), "", "tripled_char"))
    return edits


def repeated_clauses(text: str, min_han: int = 6) -> list[Edit]:
    """A clause of at least ``min_han`` Chinese characters printed twice in a row loses one copy.

    ``'综合督查对企业问题进行专项督查，对企业问题进行专项督查，采用座谈'`` ->
    ``'综合督查对企业问题进行专项督查，采用座谈'``. The repeat may be the tail of the clause before
    (OCR re-reads a line). The first copy goes, so the second keeps its own punctuation when it
    ends the sentence: ``'…专项督查，…专项督查。'`` -> ``'…专项督查。'``. Three or more copies in a
    row lose all but the last at once.
    """
    edits = []
    # Only a punctuation mark whose clause ends with the same character as the next clause can
    # start a repeat: those are found by one search, and each is checked as before.
    for mark in _REPEAT_HINT.finditer(text):
        end = mark.start()  # the first copy's punctuation; the second clause follows it
        nxt = _CLAUSE.match(text, end + 1)
        if nxt is None:
            continue
        body = nxt.group()[:-1]
        line_start = text.rfind("\n", 0, end) + 1
        clause_start = max(line_start, max(text.rfind(p, line_start, end) for p in _CLAUSE_MARKS) + 1)
        if text.endswith(body, clause_start, end) and len(_HAN_RE.findall(body)) >= min_han:
            edits.append(Edit(end - len(body), end + 1, "", "repeated_clause"))
    return edits
