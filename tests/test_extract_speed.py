"""The speed helpers of the extraction give exactly what the plain code gives.

Frozen records filled directly (``pipelines.extract.records``), per-document caches and section
look-up by bisection (``pipelines.extract.doc_cache``), the regex clause split
(``supervision.clauses``): each against the straightforward version on composed inputs.
"""

from __future__ import annotations

import dataclasses
import pickle
import random
from decimal import Decimal

import pytest

from pipelines.extract.doc_cache import per_document, section_at
from pipelines.extract.indicators.stages import Figure
from pipelines.extract.quantity import parse_text
from pipelines.extract.records import fast_init, maker
from pipelines.extract.supervision.clauses import CLAUSE_END, CLOSE, OPEN, SENTENCE_END, Clause, clauses
from pipelines.model import DocumentText, Fact, Paragraph


@fast_init
@dataclasses.dataclass(frozen=True)
class _Point:
    x: int
    y: int = 7

    def __post_init__(self) -> None:
        if self.x < 0:
            object.__setattr__(self, "x", 0)


def test_fast_init_keeps_the_dataclass_contract() -> None:
    p = _Point(3)
    assert (p.x, p.y) == (3, 7)
    assert p == _Point(3, 7) and hash(p) == hash(_Point(3, y=7))
    assert repr(_Point(-5, 1)) == "_Point(x=0, y=1)"  # __post_init__ still runs
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.x = 4  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(p)) == p


def test_figure_defaults_after_fast_init() -> None:
    q = parse_text("新增就业1200人")
    assert q is not None
    f = Figure(0, q, 0, 9)
    assert (f.quote_end, f.after_end, f.change, f.consumed) == (9, q.post_end, None, False)


def test_maker_builds_the_same_fact() -> None:
    values = (3, 9, "地区生产总值", Decimal("356.8"), "亿元", Decimal("35680000000"), "CNY", "target",
              "approx", "economy", "GDP", "GDP", 2021, "yoy_pct", Decimal("7.9"), "up", "q", "s", "r", "")
    made, plain = maker(Fact)(*values), Fact(*values)
    assert made == plain and repr(made) == repr(plain) and hash(made) == hash(plain)
    assert maker(Fact)(*values[:7]) == Fact(*values[:7])  # defaults as the class's
    with pytest.raises(TypeError):
        maker(_Point)  # a record with a __post_init__ must use its own constructor


def test_per_document_computes_once_per_document_object() -> None:
    calls: list[str] = []

    @per_document
    def length(doc: DocumentText) -> int:
        calls.append(doc.doc_id)
        return len(doc.text)

    a = DocumentText("a", "npc", 2019, "一二三")
    twin = DocumentText("a", "npc", 2019, "一二三")  # equal, but another object
    assert [length(a), length(a), length(twin), length(a)] == [3, 3, 3, 3]
    assert calls == ["a", "a"]
    others = [DocumentText(str(i), "npc", 2019, "甲" * i) for i in range(20)]
    assert [length(d) for d in others] == list(range(20))
    assert length(a) == 3 and calls.count("a") == 3  # forgotten after many other documents


def _composed_doc(rng: random.Random) -> DocumentText:
    paras, text = [], ""
    for i in range(rng.randint(1, 12)):
        gap = rng.choice(["", "\n"])
        body = "甲" * rng.randint(0, 6)
        start = len(text) + len(gap)
        text += gap + body
        paras.append(Paragraph(i, start, len(text), rng.choice(["body", "heading"]), f"第{i}节"))
    if rng.random() < 0.2 and len(paras) > 1:  # overlapping paragraphs: the first one wins
        p = paras[1]
        paras[1] = dataclasses.replace(p, start=max(0, p.start - 2))
    return DocumentText("d", "government", 2020, text, tuple(paras))


def test_section_at_agrees_with_the_scan() -> None:
    rng = random.Random(11)
    for _ in range(300):
        doc = _composed_doc(rng)
        assert [section_at(doc, i) for i in range(-1, len(doc.text) + 2)] == \
            [doc.section_at(i) for i in range(-1, len(doc.text) + 2)]


def _clauses_by_character(text: str, first: int) -> list[Clause]:
    """The clause split as it was written first: one step per character."""
    out, sentence, begin, depth = [], first, 0, 0
    for i, ch in enumerate(text):
        if ch in SENTENCE_END or (ch in CLAUSE_END and depth == 0):
            if i > begin:
                out.append(Clause(begin, i, sentence))
            begin = i + 1
            if ch in SENTENCE_END:
                sentence += 1
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE and depth:
            depth -= 1
    if len(text) > begin:
        out.append(Clause(begin, len(text), sentence))
    return out


def test_clause_split_agrees_with_the_character_walk() -> None:
    rng = random.Random(5)
    alphabet = "视察审议报告" + SENTENCE_END + CLAUSE_END + OPEN + CLOSE
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert clauses(text, first_sentence=2) == _clauses_by_character(text, 2), text
