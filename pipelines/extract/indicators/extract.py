"""Numeric indicators: every quantity of a document as a :class:`~pipelines.model.Fact`.

The text is read once: one regex pass finds the quantities (:mod:`pipelines.extract.quantity`),
one pass each finds the clause and sentence boundaries and the spans that are names (book
titles, short quoted names, fixed phrases).  Each sentence's quantities are then read together,
because a comparison (``比上年增长7%``) belongs to the figure before it, a ``分别`` list pairs
names with values in order, and ``预计``/``力争`` govern the clauses after them.

>>> doc = DocumentText("d", "government", 2015, "全县实现地区生产总值120.5亿元，比上年增长8.2%。")
>>> [(f.indicator, f.value, f.unit, f.change_kind, f.change_value, f.indicator_code)
...  for f in extract_indicators(doc)]
[('地区生产总值', Decimal('120.5'), '亿元', 'yoy_pct', Decimal('8.2'), 'GDP')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from re import Match

from pipelines.extract.codes import code_for
from pipelines.extract.indicators.compare import with_changes, with_pairs, with_ranges
from pipelines.extract.indicators.naming import name_figures
from pipelines.extract.indicators.scope import with_scopes
from pipelines.extract.indicators.stages import Figure, Named
from pipelines.extract.indicators.words import NAME_SPANS
from pipelines.extract.quantity import Quantity, change_before, iter_quantities
from pipelines.extract.topics import topic_for
from pipelines.extract.units import counted_base
from pipelines.model import DocumentText, Fact

_CLAUSE_END = re.compile(r"[，,；;。！？!?\n]")
_SENTENCE_CHARS = frozenset("。！？!?\n")
_SHIELD = re.compile(r"（[^（）\n]{0,40}）|\([^()\n]{0,40}\)|《[^《》\n]{0,80}》")
_ESTIMATE = re.compile(r"预计|预测|估计")
_NEXT_YEAR = re.compile(r"今年|明年|新的一年")
_TARGET = re.compile(r"力争|争取|确保|目标(?:是|为)|预期目标|主要目标"
                     r"|努力(?=实现|完成|达到)|预期(?=增长|达到|实现|突破)"
                     r"|计划(?=[0-9一二三四五六七八九十两用通在到于])|(?:到|至)(?P<y>20\d\d)年")
_PREDICATE = re.compile(r"实现|完成|达到")
#: 计划 before a figure of its clause plans it (全年计划实施项目120个, 年度计划投资350亿元), unless
#: it is a noun that was done or listed (完成计划的, 列入计划, 计划生育, 计划执行情况).
_PLAN = re.compile(r"(?<![列纳完超按原])计划(?!生育|单列|经济|执行|草案|完成|内|外|的)")
#: The year a figure is about when the text puts it right before (由2015年的38.6%提高到2020年的…).
_YEAR_OF = re.compile(r"(?:由|从|到|至)((?:19|20)\d\d)年(?:末|底)?的?$")
_FROM = re.compile(r"[由从](?:19|20)\d\d年")
_YEAR_HEAD = re.compile(r"(?:19|20)\d\d(?=年)")


def _boundaries(text: str, shields: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Sorted positions of clause and of sentence boundaries outside shielded spans.

    Both lists start with -1 and end with len(text), so every position has a span around it.
    """
    clauses = [-1]
    clauses.extend(map(Match.start, _CLAUSE_END.finditer(text)))
    for s, e in reversed(shields):
        del clauses[bisect_left(clauses, s):bisect_left(clauses, e)]
    sentences = [p for p in clauses if p < 0 or text[p] in _SENTENCE_CHARS]
    clauses.append(len(text))
    sentences.append(len(text))
    return clauses, sentences


def _span(bounds: list[int], pos: int) -> tuple[int, int]:
    """[start, end) of the clause or sentence that holds ``pos``."""
    i = bisect_left(bounds, pos)
    return bounds[i - 1] + 1, bounds[i]


def _name_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in NAME_SPANS.finditer(text)]


def _inside(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and pos < spans[i][1]


def extract_indicators(doc: DocumentText) -> list[Fact]:
    """Every numeric fact of one document's cleaned text, in text order."""
    text = doc.text
    shields = [m.span() for m in _SHIELD.finditer(text)]
    clauses, sentences = _boundaries(text, shields)
    names = _name_spans(text)
    name_starts = [s for s, _ in names]
    ctx = _DocContext(doc)
    facts: list[Fact] = []
    group: list[tuple[Quantity, int, int]] = []
    sentence = (-1, -1)
    for q in iter_quantities(text):
        if names and _inside(names, name_starts, q.start):
            continue
        cs, ce = _span(clauses, q.start)
        if not sentence[0] <= q.start < sentence[1]:
            if group:
                facts.extend(_sentence_facts(text, group, sentence, ctx))
                group = []
            sentence = _span(sentences, q.start)
        group.append((q, cs, ce))
    if group:
        facts.extend(_sentence_facts(text, group, sentence, ctx))
    return facts


class _DocContext:
    """Per-document lookups: section, paragraph lead, glossary note of a position."""

    def __init__(self, doc: DocumentText) -> None:
        self.doc = doc
        self.paras = sorted(doc.paragraphs, key=lambda p: p.start)
        self.para_starts = [p.start for p in self.paras]
        self.notes = sorted(doc.notes, key=lambda n: n.start)
        self.note_starts = [n.start for n in self.notes]
        self._leads: dict[int, str] = {}
        self._last: tuple[int, int, tuple[str, str, str | None]] = (0, 0, ("", "", None))

    def place(self, pos: int) -> tuple[str, str, str | None]:
        """(section path, paragraph lead sentence, note term or None) at clean offset ``pos``."""
        lo, hi, last = self._last
        if lo <= pos < hi:
            return last  # figures come in text order, mostly many to a paragraph
        found = self._place(pos)
        i = bisect_right(self.para_starts, pos) - 1
        if i >= 0 and pos < self.paras[i].end:
            j = bisect_right(self.note_starts, pos)
            nxt = self.note_starts[j] if j < len(self.note_starts) else self.paras[i].end
            self._last = (pos, min(self.paras[i].end, nxt), found)
        return found

    def _place(self, pos: int) -> tuple[str, str, str | None]:
        i = bisect_right(self.para_starts, pos) - 1
        note_term = None
        j = bisect_right(self.note_starts, pos) - 1
        if j >= 0 and pos < self.notes[j].end:
            note_term = self.notes[j].term
        if i < 0 or pos >= self.paras[i].end:
            return "", "", note_term
        p = self.paras[i]
        if p.kind == "note" and note_term is None:
            note_term = ""
        if i not in self._leads:
            head = self.doc.text[p.start:min(p.end, p.start + 18)]
            cut = head.find("。")
            self._leads[i] = head[:cut + 1] if cut > 0 else ""
        return p.section, self._leads[i], note_term


def _sentence_facts(text: str, group: list[tuple[Quantity, int, int]], sentence: tuple[int, int],
                    ctx: _DocContext) -> list[Fact]:
    """The facts of one sentence: its figures compared, paired, named, then coded and dated."""
    ss, se = sentence
    figs = tuple(Figure(i, q, cs, ce, change_before(text, cs, q)) for i, (q, cs, ce) in enumerate(group))
    figs = with_changes(text, with_pairs(text, with_ranges(text, figs), ss))
    rows = tuple(f for f in figs if not f.consumed)
    if not rows:
        return []
    note = ctx.place(rows[0].q.start)[2] is not None
    return _facts(text, with_scopes(text, name_figures(text, rows, sentence), sentence, note), sentence, ctx)


def _facts(text: str, named: tuple[Named, ...], sentence: tuple[int, int], ctx: _DocContext) -> list[Fact]:
    ss, se = sentence
    estimate = [m.start() for m in _ESTIMATE.finditer(text, ss, se)]
    targets = list(_TARGET.finditer(text, ss, se))
    planned = text.find("计划", ss, se) >= 0
    covers = ctx.doc.covers_year
    head = _YEAR_HEAD.match(text, ss, min(se, ss + 8))
    period_default = int(head.group()) if head else covers
    out = []
    for n in named:
        it = n.fig
        q = it.q
        qualifier, period = q.qualifier, period_default
        tgt = [m.start() for m in targets if m.start() < q.start and _future(m.group("y"), covers)
               and not (m.group("y") and m.start() - 2 in estimate)] if targets else []  # 预计到2021年末
        plan = _PLAN.search(text, it.cs, q.start) if planned else None
        if plan and "的" not in text[plan.end():q.start]:
            tgt.append(plan.start())
        section, lead, note_term = ctx.place(q.start)
        plan_year = _plan_year(section, covers)
        est = max((p for p in estimate if p < q.start), default=-1) \
            if estimate and _estimated(text, estimate, it) else -1
        stated = _YEAR_OF.search(text, max(it.cs, q.qual_start - 9), q.qual_start) \
            if text.find("年", q.qual_start - 4, q.qual_start) >= 0 else None
        if stated and stated.group()[0] in "到至" and not _FROM.search(text, it.cs, stated.start()):
            stated = None  # 恢复到2019年的86.2%: the year is the base of comparison, 由…提高到2020年的 is not
        if stated and covers is not None and int(stated.group(1)) <= covers:
            period = int(stated.group(1))  # 由2015年的38.6%: a figure of a past year, as stated
        elif tgt or plan_year or est >= 0:
            if est > max(tgt, default=-1):
                qualifier = "estimate"  # 预计投入资金…: an estimate, even in the plan for next year
            elif not it.ranged:
                qualifier = "target"  # 增长6.5%左右 in a target clause: the target is what it says
            years = [m.group("y") for m in targets if m.start() < q.start and m.group("y")
                     and _future(m.group("y"), covers)]
            if years:
                period = int(years[-1])
            elif plan_year:
                period = plan_year
            elif tgt and covers is not None and _NEXT_YEAR.search(text, ss, se):
                period = covers + 1
        ckind, cval, cdir = it.base_change or ("", None, "")
        if not ckind and it.change is not None and it.change.kind != "absolute":
            ckind, cval, cdir = it.change.kind, q.value, it.change.direction
        elif not ckind and q.kind == "ratio_part" and q.base_unit == "percent":
            ckind, cval = "share_pct", q.value  # 三次产业结构为3.8∶42.7∶53.5: each part a share
        if cval is not None and cval < 0 and ckind in ("yoy_pct", "yoy_pp"):
            cdir = "down"  # 分别增长3.5%和-2.1%: the sign decides
        base_unit = counted_base(q.base_unit, q.unit, n.name)
        clause = text[max(it.cs, q.start - 80):min(it.ce, q.end + 40)]
        topic = topic_for(ctx.doc.report_kind, section, lead, n.name, clause, note_term)
        quote = text[max(it.cs, q.start - 200):min(max(it.quote_end, it.ce), q.end + 200)].strip()
        for name in (n.name, *n.extra_names):  # 办结率、满意率均为100%: one row per name
            code, en = code_for(name) if not n.scope else ("", "")  # a part's figure: no place code
            if note_term and len(name) <= 8 and note_term not in name:
                name = note_term + name  # a glossary note's figure is about the term it explains
            out.append(Fact(  # positional, in the field order of Fact (faster than keywords)
                q.start, q.end, name, q.value, q.unit, q.value_base, base_unit, qualifier, topic,
                code, en, period, ckind, cval, cdir, quote, section, n.rule, n.scope,
            ))
    return out


def _future(year: str | None, covers: int | None) -> bool:
    """到2015年 is a target only when 2015 is later than the year the report covers."""
    return not year or covers is None or int(year) > covers


def _estimated(text: str, estimate: list[int], it: Figure) -> bool:
    """预计 before the figure, in its clause or heading a run of verbless clauses."""
    q = it.q
    return any(p < q.start and (p >= it.cs or not _PREDICATE.search(text, max(it.cs, q.start - 80), q.start))
               for p in estimate)


_SECTION_YEAR = re.compile(r"(20\d\d)年")


@lru_cache(maxsize=1024)
def _plan_year(section: str, covers: int | None) -> int | None:
    """The year a plan section is about (``二、2013年工作安排``), if later than the report's year."""
    m = _SECTION_YEAR.search(section) if covers is not None and section else None
    return int(m.group(1)) if m and int(m.group(1)) > covers else None
