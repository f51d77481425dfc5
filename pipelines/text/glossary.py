"""Glossary notes in the forms reports print them, and where the report first uses each term.

Notes stand after the report under a header (``名词解释``, ``《政府工作报告》名词解释``,
``附：名词解释``, ``附件2：名词解释``, ``注释：``, ``名词注释``), or as end notes keyed ``[1]``,
``［1］``, ``①``, ``注1：`` without a header, or in brackets right after a quoted term in the body
(``“美丽乡村”（指…）``).

>>> is_notes_header("附件2：名词解释"), is_notes_header("《政府工作报告》名词解释"), is_notes_header("注释")
(True, True, True)
>>> is_notes_header("二、名词解释工作")
False
>>> strip_key("［2］“城乡一体化”：指统筹城乡发展。")
('［2］', '“城乡一体化”：指统筹城乡发展。')
>>> [(n.term, n.definition) for n in inline_notes("推进“美丽乡村”（指村容整洁的新农村）建设。", 0, 40)]
[('“美丽乡村”', '指村容整洁的新农村')]
>>> first_use("大力发展四新产业。", "“四新”产业", 0, 9)
(4, 8)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.model import GlossaryNote

_HEADER = re.compile(
    r"(?:附\s*(?:件\s*[\d一二三四五六七八九十]{0,2})?\s*[:：]?\s*)?(?:《[^》]{1,30}》\s*)?"
    r"(?:名词解释|名词注释|名词解析|名词释义|注释|注解|释义|附注|注)\s*[:：]?"
)
#: The key of an end note at the start of its line.
ENDNOTE_KEY = re.compile(r"\s*(?:[\[［【]\s*(?:注\s*)?\d{1,3}\s*[\]］】]|[\u2460-\u2473]"
                         r"|注\s*\d{1,3}\s*[:：.、．]?|注\s*[\u2460-\u2473])\s*")
_SENTENCE_END = "。；！？!?;”）)"
_TERM_TAIL = r"(?:工程|产业|行动|计划|战略|模式|体系|机制|平台|改革|建设|活动)"
_QUOTED_TERM = rf"[“\"《][^”\"》\n]{{1,20}}[”\"》]{_TERM_TAIL}?"
_INLINE = re.compile(rf"(?P<term>{_QUOTED_TERM})[（(]"
                     r"(?P<definition>(?:是指|指|即|就是)[^（）()\n]{4,160})[）)]")
_QUOTES = re.compile(r"[“”\"《》〈〉「」『』]")


def is_notes_header(line: str) -> bool:
    """A line that only announces the notes: ``名词解释``, ``附：名词解释``, ``注释：``."""
    text = re.sub(r"^\s*#{1,6}\s*|\*\*", "", line).strip()
    return bool(text) and _HEADER.fullmatch(text) is not None


def strip_key(line: str) -> tuple[str, str] | None:
    """(key, rest) of an end-note line keyed ``[1]``, ``［1］``, ``①``, ``注1：``; None if unkeyed."""
    m = ENDNOTE_KEY.match(line)
    if not m or not line[m.end():].strip():
        return None
    return m.group(0).strip(), line[m.end():].strip()


def endnotes_start(lines: list[str], is_note: Callable[[str], object] = bool) -> int | None:
    """Index of the first of the end notes that close a text, or None.

    The notes are the keyed lines from there to the end; a line between them that is not keyed
    must continue the note before it (that note does not end a sentence). A keyed line followed
    by prose is a list item, not a note, and so is one that ``is_note`` rejects (a numbered
    clause ``①全年接待游客…`` at a report's end has no term).

    >>> endnotes_start(["全年增长5%。", "[1]新村：指集中居住点。", "[2]两翼：指两翼地区。"])
    1
    >>> endnotes_start(["①全年接待游客。", "各位代表，让我们共同奋斗！"]) is None
    True
    """
    for i, line in enumerate(lines):
        if strip_key(line) is None or not is_note(line):
            continue
        ok = all(strip_key(lines[j]) is not None or lines[j - 1].rstrip()[-1:] not in _SENTENCE_END
                 or re.fullmatch(r"[（(]\s*完\s*[）)]", lines[j].strip())
                 for j in range(i + 1, len(lines)))
        if ok:
            return i
    return None


def inline_notes(text: str, start: int, end: int) -> list[GlossaryNote]:
    """Notes in brackets right after a quoted term in ``text[start:end]`` (form ``inline``)."""
    return [GlossaryNote(m["term"], m["definition"].strip(), m.start(), m.end(),
                         first_use=m.start(), first_use_end=m.start() + len(m["term"]), form="inline")
            for m in _INLINE.finditer(text, start, end)]


def _variants(term: str) -> list[str]:
    """The ways a body may write a note's term, most specific first: as printed, without quotes,
    the quoted core alone (``“四新”产业`` -> ``“四新”``, ``四新``)."""
    out = [term, _QUOTES.sub("", term)]
    if m := re.search(r"[“\"《]([^”\"》]{2,20})[”\"》]", term):
        out += [m.group(0), m.group(1)]
    bare = _QUOTES.sub("", term)
    if len(bare) >= 5:  # a long name the body shortens: drop a generic tail word
        out.append(re.sub(r"(?:工程|产业|行动|计划|战略|模式|体系|机制|平台|改革|建设|活动|工作)$", "", bare))
    seen: list[str] = []
    for v in out:
        if len(v) >= 2 and v not in seen:
            seen.append(v)
    return seen


def first_use(text: str, term: str, start: int, end: int) -> tuple[int, int]:
    """Where ``text[start:end]`` (the report's body) first uses ``term``, or ``(-1, -1)``.

    The most specific way of writing the term that occurs wins; its first occurrence is taken.
    """
    for v in _variants(term):
        at = text.find(v, start, end)
        if at >= 0:
            return at, at + len(v)
    return -1, -1
