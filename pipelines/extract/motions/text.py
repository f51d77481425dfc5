"""Sentences, outcomes and vocabulary shared by the titled and described motion finders.

>>> text = "其中《关于修缮古桥的建议》得到市领导批示，推动问题解决。"
>>> outcome_after(text, 13, len(text) - 1)
'得到市领导批示'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import groupby
from operator import attrgetter

from pipelines.extract.doc_cache import per_document, section_at
from pipelines.extract.supervision.clauses import Clause, doc_clauses, trim
from pipelines.extract.supervision.vocab import read_rows
from pipelines.model import DocumentText, Motion

# An outcome opens with one of these words: 得到…批示, 被…录用, 得以落实, 获…采纳, 已基本办结,
# 推动了…落实.
_OUTCOME = re.compile(
    r"(?:均|已|先后|分别|都)?(?:得到|获得|受到|得以|被(?!评为|授予|推荐|聘为|任命)|获)[^，。；]{1,40}"
    r"|(?:均已|已经|已|均)(?:基本|全部|全面|初步)?(?:办结|办复|解决|落实|采纳|实施|完成|答复)[^，。；]{0,20}"
    r"|(?:有力|积极|有效)?推动了?[^，。；]{2,40}"
    r"|[^，。；]{0,8}?(?:领导|书记|区长|市长|县长|主席)(?:作出|作了)(?:重要)?批示"
    r"|引起[^，。；]{1,16}?(?:高度)?(?:重视|关注)"
)
# The clause that says where a work was sent (报送区委、区政府参阅), before what became of it.
_SENT = re.compile(r"(?:并|后)?(?:报送|呈报|呈送|送|提交|转交|转送)")
# An outcome stated for some of the works only (其中3篇获批示): it is no outcome of each one named.
_SUBSET = re.compile(
    r"其中\s?(?:\d+|[一二三四五六七八九十两]+)\s?(?:篇|件|条|份|项|个|期)|其中(?:部分|一些|若干|多篇|多件)")


# An information piece is taken up (采用/录用) by a higher CPPCC; a proposal is adopted (采纳).
_TAKEN_UP = re.compile(r"[^，。；]{0,3}被[^，。；]{0,10}政协[^，。；]{0,8}?(?:采用|录用)")
_INFORMATION = re.compile(r"社情民意")


@dataclass(frozen=True)
class Sentence:
    """A sentence span and its clauses."""

    start: int
    end: int
    clauses: tuple[Clause, ...]


@cache
def vocabulary() -> dict[str, tuple[tuple[str, str], ...]]:
    """``motion_types.csv`` grouped by role: role → ((word, motion_type), …), longest words first."""
    grouped: dict[str, list[tuple[str, str]]] = {}
    for r in read_rows("motion_types.csv"):
        grouped.setdefault(r["role"], []).append((r["word"], r["motion_type"]))
    return {role: tuple(sorted(words, key=lambda w: -len(w[0]))) for role, words in grouped.items()}


@cache  # asked for in every sentence with a title
def words(role: str) -> str:
    """A regex alternation of a role's words, longest first: ``提案|议案|…``."""
    return "|".join(re.escape(w) for w, _ in vocabulary().get(role, ()))


@cache
def role_pattern(template: str, role: str) -> re.Pattern[str]:
    """``template`` with ``WORDS`` replaced by the role's alternation, compiled once.

    >>> role_pattern("(WORDS)$", "title_end").pattern.endswith(")$")
    True
    """
    return re.compile(template.replace("WORDS", words(role)))


def type_of(role: str, word: str) -> str:
    """The motion type a word of a role stands for ('' if none)."""
    return next((t for w, t in vocabulary().get(role, ()) if w == word), "")


@per_document  # the titled and the described finders read the same sentences
def sentences(doc: DocumentText) -> tuple[Sentence, ...]:
    """The sentences of a document's prose, each with its clauses."""
    return tuple(grouped(doc_clauses(doc)))


def grouped(clauses_: Iterable[Clause]) -> list[Sentence]:
    """Clauses (in text order) as sentences."""
    out: list[Sentence] = []
    for _, group in groupby(clauses_, key=_SENTENCE):  # clauses come sentence by sentence
        current = tuple(group)
        out.append(Sentence(current[0].start, current[-1].end, current))
    return out


_SENTENCE = attrgetter("sentence")


def clause_at(sentence: Sentence, pos: int) -> int:
    """The index of the clause of ``sentence`` that holds ``pos`` (the last one before it)."""
    k = 0
    for i, c in enumerate(sentence.clauses):
        if c.start <= pos:
            k = i
    return k


def outcome_after(text: str, pos: int, limit: int) -> str:
    """The outcome the text states right after a motion: in the rest of its clause or the next.

    >>> outcome_after("《甲》等提案得到较好解决。", 3, 12)
    '得到较好解决'
    >>> outcome_after("《甲》由市长领衔督办，已基本办结。", 3, 16)
    '已基本办结'
    >>> outcome_after("形成《甲》等调研报告5篇，其中2篇获批示。", 5, 21)
    ''
    >>> outcome_after("形成《甲》，报送市委参阅，市长作出批示。", 5, 19)
    '市长作出批示'
    """
    clause_ends = [i for i in range(pos, limit) if text[i] in "，；。"]
    stop = clause_ends[1] if len(clause_ends) > 1 else limit
    if len(clause_ends) > 1 and _SENT.match(text, clause_ends[0] + 1):
        # 形成《…》，报送市委参阅，市长作出批示: the outcome follows the sending
        stop = clause_ends[2] if len(clause_ends) > 2 else limit
    m = _OUTCOME.search(text, pos, stop)
    if not m:
        return ""
    lead = max([pos, *(i + 1 for i in clause_ends if i < m.start())])
    if _SUBSET.search(text, lead, m.start()):
        return ""  # 《甲》《乙》等调研报告10篇，其中3篇获批示: which three, the text does not say
    return m.group().strip()


def motion(text: str, span: tuple[int, int], quote: tuple[int, int], body: str, title: str,
           motion_type: str, doc: DocumentText, rule: str) -> Motion:
    """A Motion with its outcome, quote and section filled in from the text; ``rule`` names the
    rule of :data:`pipelines.extract.motions.rules.MOTION_RULES` that found it."""
    q = trim(text, *quote)
    if title.startswith("的") and len(title) > 3:  # 提出的X等建议: the 的 is the verb's, not the title's
        title, span = title[1:], (span[0] + 1 if text.startswith("的", span[0]) else span[0], span[1])
    limit = text.find("。", span[1])
    limit = len(text) if limit < 0 else limit
    return Motion(span[0], span[1], body, title, motion_type, outcome_after(text, span[1], limit),
                  text[q[0]:q[1]], section_at(doc, span[0]), rule)


def about_information(doc: DocumentText, start: int, pos: int, end: int) -> bool:
    """Is the suggestion titled at ``pos`` (its sentence ``start``–``end``, the title ending before
    ``end``) an information piece (社情民意信息)? Yes when a higher CPPCC took it up
    (``…》被省政协采用``), when its section is about 社情民意, or when its sentence opens with 其中
    and the sentence before counts information pieces.

    >>> t = "全年编报社情民意信息40期。其中，《关于X的建议》得到批示。"
    >>> about_information(DocumentText("d", "cppcc", 2018, t), t.index("其中"), t.index("》") + 1, len(t))
    True
    >>> about_information(DocumentText("d", "cppcc", 2018, "《关于X的建议》得到批示。"), 0, 7, 12)
    False
    """
    text = doc.text
    if _TAKEN_UP.match(text, pos, end) or _INFORMATION.search(section_at(doc, start)):
        return True
    if not text.startswith("其中", start):
        return False
    line = text.rfind("\n", 0, start) + 1
    before = text.rfind("。", line, max(line, start - 1)) + 1
    return _INFORMATION.search(text, max(line, before), start) is not None
