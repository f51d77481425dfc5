"""Glossary notes in the forms reports print them, and where the report first uses each term.

Notes stand after the report under a header (``名词解释``, ``《政府工作报告》名词解释``,
``附：名词解释``, ``附件2：名词解释``, ``注释：``, ``名词注释``), or as end notes keyed ``[1]``,
``［1］``, ``①``, ``注1：`` without a header, or in brackets (``（）`` or ``【】``) right after a term in the
body: a quoted one (``“美丽乡村”（指…）``, ``“四单”管理法【指…】``) or an unquoted one, whose start is
found by the verb before it (``全面推行河长制（指由…担任河长…）`` → ``河长制``).

>>> is_notes_header("附件2：名词解释"), is_notes_header("《政府工作报告》名词解释"), is_notes_header("注释")
(True, True, True)
>>> is_notes_header("本报告有关用语解释："), is_notes_header("附：报告中有关术语说明")
(True, True)
>>> is_notes_header("二、名词解释工作"), is_notes_header("有关情况说明")
(False, False)
>>> strip_key("［2］“城乡一体化”：指统筹城乡发展。")
('［2］', '“城乡一体化”：指统筹城乡发展。')
>>> [(n.term, n.definition) for n in inline_notes("推进“美丽乡村”（指村容整洁的新农村）建设。", 0, 40)]
[('“美丽乡村”', '指村容整洁的新农村')]
>>> [n.term for n in inline_notes("深入实施农村康庄工程（指全省通乡村公路建设工程），新建公路。", 0, 40)]
['农村康庄工程']
>>> inline_notes("比上年（指2011年，下同）增长7%。", 0, 20)
[]
>>> first_use("大力发展四新产业。", "“四新”产业", 0, 9)
(4, 8)
>>> first_use("全面实施“城乡居保”制度。", "城乡居民基本医疗保险（简称“城乡居保”）", 0, 13)
(4, 10)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.model import GlossaryNote

#: The title of a notes block that names what it explains: ``名词解释``, ``有关名词注释``,
#: ``本报告有关用语解释``, ``政府工作报告名词解释``, ``报告中有关术语说明``, ``部分名词解释``.
NAMED_NOTES = (r"(?:(?:本|该)?(?:《[^》]{1,30}》|[\u4e00-\u9fff]{0,12}?报告)?\s*(?:中|里)?的?"
               r"(?:有关|相关|部分|主要|若干|涉及的?)?(?:名词术语|专有名词|名词|用语|术语|词语)"
               r"(?:解释|注释|解析|释义|说明|注解))")
_HEADER = re.compile(
    r"(?:附\s*(?:件\s*[\d一二三四五六七八九十]{0,2})?\s*[:：]?\s*)?"
    rf"(?:{NAMED_NOTES}|注释|注解|释义|附注|注)\s*[:：]?"
)
#: The key of an end note at the start of its line.
ENDNOTE_KEY = re.compile(r"\s*(?:[\[［【]\s*(?:注\s*)?\d{1,3}\s*[\]］】]|[\u2460-\u2473]"
                         r"|注\s*\d{1,3}\s*[:：.、．]?|注\s*[\u2460-\u2473])\s*")
_SENTENCE_END = "。；！？!?;”）)"
# A quoted term may carry a few words after its quotes before the bracket: “四单”管理法（指…）.
_QUOTED_TERM = r"[“\"《][^”\"》\n]{1,20}[”\"》][\u4e00-\u9fff]{0,6}"
_OPEN, _CLOSE = "（(【", "）)】"
_DEFINITION = (rf"[{_OPEN}](?:注\s*[:：]\s*)?(?P<definition>(?:是指|指|即|就是)[^{_OPEN}{_CLOSE}\n]{{4,160}})"
               rf"[{_CLOSE}]")
_INLINE = re.compile(rf"(?P<term>{_QUOTED_TERM}){_DEFINITION}")
# An unquoted term: the run of words before the bracket; a definition must say 指 (即 restates a
# figure as often as it explains a name) and be no date (比上年（指2011年，下同）).
_BARE_INLINE = re.compile(rf"(?P<run>[\u4e00-\u9fffA-Za-z]{{2,30}}){_DEFINITION}")
#: Verbs that put a term into practice: the term is what follows the last of them in the run.
_PUT_VERBS = re.compile(r"推进|推行|实施|实行|深化|落实|开展|启动|建立|健全|完善|推广|探索|创建"
                        r"|打造|构建|坚持|执行|引入|试行|推开|加快|做好|抓好|强化|加强|深入|全面|积极|扎实"
                        r"|大力|稳步|有序|持续|继续|进一步|全力|认真|着力|率先|在全国|在全省|在全市|试点|建成|形成|设立|成立|出台")
_NOT_TERM = re.compile(r"^(?:上年|去年|今年|同期|前年|本年|当年|基期|下同|以上|以下|其中|全年|全县|全区"
                       r"|全市)$"
                       r"|[的了和与及在对将把从向于为是]$")
#: A notes header that opens its line and runs into the first note: ``注：1．生态乡镇：指…``.
_HEAD_RUN_IN = re.compile(rf"\s*(?:附\s*[:：]?\s*)?(?:{NAMED_NOTES}|注释|注解|释义|附注|注)"
                          r"\s*[:：]\s*(?=\S)")
_KEYS = (r"[\u2460-\u2473]|[（(]\d{1,2}[）)]|\d{1,2}\s*[.、．](?!\d)|[\[［【]\d{1,3}[\]］】]"
         r"|[一二三四五六七八九十]{1,2}[、.．]|[（(][一二三四五六七八九十]{1,2}[）)]")
#: The key of a list item or note at the start of a line (``1.``, ``（1）``, ``一、``, ``①``).
LIST_KEY = re.compile(rf"\s*(?:{_KEYS})\s*")
#: A key inside a line that holds several notes: right after a sentence end.
_KEY_IN_LINE = re.compile(rf"(?<=[。；;])\s*(?={_KEYS})")
#: A note whose term and definition stand apart without a colon: ``三改一拆，是指…``,
#: ``三改一拆是指…``, ``“三改一拆”——旧住宅区改造…``.
NOTE_SEPARATED = re.compile(
    r"(?P<term>“[^”]{1,20}”[\u4e00-\u9fff]{0,6}|[\u4e00-\u9fffA-Za-z]{2,20}?)\s*"
    r"(?:[，,]\s*(?=是指|系指|指(?!导|标|数|南|挥|定|引|示|令|出)|即)|——\s*|—\s*|(?=是指|系指)"
    r"|(?<=[”\"])(?=指(?!导|标|数|南|挥|定|引|示|令|出))"
    # a term set off by a space alone: '“两违”整治 指…' (the term then holds no space)
    r"|(?<=\S)\s+(?=是指|系指|指(?!导|标|数|南|挥|定|引|示|令|出)))"
    r"(?P<definition>\S.*\S)\s*")
#: A term printed with its short form in brackets: '城乡居民基本医疗保险（简称“城乡居保”）'.
_SHORT_FORM = re.compile(r"(?P<full>.{2,}?)\s*[（(](?:以下)?(?:简称)?\s*(?P<short>[^（）()]{2,20})[）)]")
_QUOTES = re.compile(r"[“”\"《》〈〉「」『』]")


def is_notes_header(line: str) -> bool:
    """A line that only announces the notes: ``名词解释``, ``附：名词解释``, ``注释：``, also in
    brackets as web pages print it (``【名词解释】``, ``〔注释〕``)."""
    text = re.sub(r"^\s*#{1,6}\s*|\*\*", "", line).strip()
    if len(text) > 2 and text[0] in "【[〔［" and text[-1] in "】]〕］":
        text = text[1:-1].strip()
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


#: How a definition opens: '指…', '是指…', '即…'.
DEFINES = re.compile(r"(?:是指|系指|指(?!导|标|数|南|挥|定|引|示|令|出)|即|就是)\S")


def numbered_notes_start(lines: list[str], parse: Callable[[str], tuple[str, str] | None]) -> int | None:
    """Index of the first of the notes numbered ``1．`` … that close a text whose notes title was
    lost (a web copy), or None. Every line from there to the end is a note numbered 1, 2, 3…
    whose definition opens with 指/是指/即 (``parse`` gives term and definition), there are two at
    least, and the line before them ends the report's prose.

    >>> numbered_notes_start(["让我们携手奋进！", "1．“甲”：指甲制度。", "2．乙区：是指乙区域。"], _split)
    1
    >>> numbered_notes_start(["主要任务如下：", "1．项目：指标完成。", "2．工业：增长5%。"], _split) is None
    True
    """
    n = len(lines)
    i = n
    while i > 0 and (key := LIST_KEY.match(lines[i - 1])) and re.search(r"\d", key.group(0)):
        i -= 1
    if n - i < 2 or i == 0 or lines[i - 1].rstrip()[-1:] not in "。！!":
        return None
    for k, line in enumerate(lines[i:], 1):
        key = LIST_KEY.match(line)
        note = parse(line)
        if key is None or re.sub(r"\D", "", key.group(0)) != str(k) or not note \
                or not DEFINES.match(note[1]):
            return None
    return i


def _split(line: str) -> tuple[str, str] | None:
    """Term and definition of a keyed ``term：definition`` line (for the doctests)."""
    rest = line[LIST_KEY.match(line).end():] if LIST_KEY.match(line) else line
    term, sep, definition = rest.partition("：")
    return (term, definition) if sep else None


def _bare_term(run: str) -> str:
    """The term an unquoted run ends with: what follows its last verb (``推进全面实施河长制`` →
    ``河长制``), or the whole run when it has none and is short; '' if nothing term-like is left."""
    last = None
    for m in _PUT_VERBS.finditer(run):
        if len(run) - m.end() >= 2:
            last = m
    term = run[last.end():] if last else (run if len(run) <= 12 else "")
    return term if 2 <= len(term) <= 20 and not _NOT_TERM.search(term) else ""


def inline_notes(text: str, start: int, end: int) -> list[GlossaryNote]:
    """Notes in brackets right after a term in ``text[start:end]`` (form ``inline``): after a quoted
    term first, then after an unquoted one outside those."""
    notes = [GlossaryNote(m["term"], m["definition"].strip(), m.start(), m.end(),
                          first_use=m.start(), first_use_end=m.start() + len(m["term"]), form="inline")
             for m in _INLINE.finditer(text, start, end)]
    taken = [(n.start, n.end) for n in notes]
    for m in _BARE_INLINE.finditer(text, start, end):
        definition = m["definition"].strip()
        if (not definition.startswith(("指", "是指")) or re.search("下同|口径|不含|以下同", definition)
                or re.match(r"(?:是指|指)\s*\d|指(?:导|标|数|南|挥|定|引|示|令|出)", definition)
                or any(s < m.end() and m.start("definition") - 1 < e for s, e in taken)):
            continue
        term = _bare_term(m["run"])
        if term:
            at = m.end("run") - len(term)
            notes.append(GlossaryNote(term, definition, at, m.end(), first_use=at,
                                      first_use_end=m.end("run"), form="inline"))
    return sorted(notes, key=lambda n: n.start)


#: A note that is a term and its definition in brackets, and the place after one where the next
#: such note starts on the same line (``甲制（指某种制度）乙区（指某个区域）``).
_BRACKETED_NOTE = re.compile(r"\s*[^（()），,。；;：:、\s]{2,30}?[（(](?:是指|系指|指)")
_NEXT_BRACKETED = re.compile(r"(?<=[）)])[。．]?\s*(?=[^（()），,。；;：:、\s]{2,30}?[（(](?:是指|系指|指))")


def note_pieces(line: str) -> list[tuple[int, int]]:
    """Spans of the notes one line of a notes block holds: a run-in header (``注：``) is left out,
    and a line of several keyed notes is cut before each key.

    >>> line = "注：①甲制：指某种制度。②乙区：指某个区域。"
    >>> [line[s:e] for s, e in note_pieces(line)]
    ['①甲制：指某种制度。', '②乙区：指某个区域。']
    >>> note_pieces("“甲制”：指某种制度，见第1.5节。")
    [(0, 18)]
    """
    head = _HEAD_RUN_IN.match(line)
    start = head.end() if head else 0
    cuts = [start]
    if LIST_KEY.match(line, start):  # only a line that opens with a key holds several notes
        cuts += [k.end() for k in _KEY_IN_LINE.finditer(line, start)]
    elif _BRACKETED_NOTE.match(line, start):  # 甲制（指…）乙区（指…）: notes joined by the cleaning
        cuts += [k.end() for k in _NEXT_BRACKETED.finditer(line, start)]
    cuts.append(len(line))
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if line[a:b].strip()]


def _variants(term: str) -> list[str]:
    """The ways a body may write a note's term, most specific first: as printed, without quotes,
    the quoted core alone (``“四新”产业`` -> ``“四新”``, ``四新``)."""
    out = [term, _QUOTES.sub("", term)]
    if m := _SHORT_FORM.fullmatch(term):
        # a term printed with its short form: '城乡居民基本医疗保险（简称“城乡居保”）'
        out += [m["full"], _QUOTES.sub("", m["full"]), m["short"], _QUOTES.sub("", m["short"])]
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
