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

from pipelines.extract.codes import code_for_unit
from pipelines.extract.indicators.compare import with_changes, with_pairs, with_ranges, without_milestones
from pipelines.extract.indicators.naming import name_figures
from pipelines.extract.indicators.precision import not_an_indicator
from pipelines.extract.indicators.scope import owner_at_start, sub_unit_pattern, with_scopes
from pipelines.extract.indicators.stages import Figure, Named
from pipelines.extract.indicators.status import first_ahead, opens_on_the_past, sentence_cues, status_of
from pipelines.extract.indicators.tables import table_rows
from pipelines.extract.indicators.words import NAME_SPANS, SPAN, TARGET_AFTER
from pipelines.extract.quantity import LIST_JOIN, Quantity, change_before, iter_quantities
from pipelines.extract.records import maker
from pipelines.extract.topics import topic_for
from pipelines.extract.units import counted_base, lookup
from pipelines.model import DocumentText, Fact

_CLAUSE_END = "，,；;。！？!?\n："  # (主要产品产量：钢X万吨；…: the colon ends its lead)
_SENTENCE_END = frozenset("。！？!?\n")  # a subset of _CLAUSE_END
#: Where the lead of a list before its colon starts: the clause ends but the colon.
_LEAD_ENDS = _CLAUSE_END.replace("：", "")
#: What follows a colon that ends a list's lead: words, not a figure.
_LIST_AFTER_COLON = re.compile(r"[“《（(]?[\u4e00-\u9fff](?<![一二三四五六七八九十两零〇百千万亿])")
_SHIELD = re.compile(r"（[^（）\n]{0,40}）|\([^()\n]{0,40}\)|《[^《》\n]{0,80}》")
_YEAR_HEAD = re.compile(r"(?:19|20)\d\d(?=年)")
_fact = maker(Fact)  # a Fact per row: filled directly, not through the frozen __init__
#: A Figure per quantity, every field given (quote_end, after_end too): its __post_init__ has
#: nothing to fill.
_figure = maker(Figure, filled=True)


def _boundaries(text: str, shields: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Sorted positions of clause and of sentence boundaries outside shielded spans.

    Both lists start with -1 and end with len(text), so every position has a span around it.
    """
    clauses = [-1]
    clauses.extend(char_positions(text, _CLAUSE_END))
    sentences = [-1]
    sentences.extend([p for p in clauses[1:] if text[p] in _SENTENCE_END])
    for s, e in reversed(shields):
        del clauses[bisect_left(clauses, s):bisect_left(clauses, e)]
        del sentences[bisect_left(sentences, s):bisect_left(sentences, e)]
    clauses.append(len(text))
    sentences.append(len(text))
    return clauses, sentences


def char_positions(text: str, chars: str) -> list[int]:
    """Sorted positions in ``text`` of any of the (distinct) ``chars``.

    Speed only: one ``str.find`` scan per character (a fast scan in C) costs a fifth of a regex
    character class run over the whole text, which tests a character set at each position.

    >>> char_positions("甲，乙。丙，", "，。")
    [1, 3, 5]
    """
    out: list[int] = []
    find, append = text.find, out.append
    for c in chars:
        i = find(c)
        while i >= 0:
            append(i)
            i = find(c, i + 1)
    out.sort()
    return out


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
    if "：" in text:
        # a colon ends a lead before a list (主要产品产量：钢X万吨；…), not a label before its figure
        # (新增就业：1.2万人), nor a glossary note's 术语：释义 (its figures are the term's)
        notes = [(n.start, n.end) for n in doc.notes]
        clauses = [p for p in clauses if p < 0 or p >= len(text) or text[p] != "：" or (
            _LIST_AFTER_COLON.match(text, p + 1) and not any(a <= p < b for a, b in notes))]
    names = _name_spans(text)
    name_starts = [s for s, _ in names]
    ctx = _DocContext(doc)
    facts: list[Fact] = []
    group: list[tuple[Quantity, int, int]] = []
    sentence = (-1, -1)
    for q in iter_quantities(text):
        if (names and _inside(names, name_starts, q.start)) or not_an_indicator(text, q):
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
    if "\t" in text or "|" in text or "  " in text or "\u3000" in text or "单位\n" in text:  # tables only
        facts = _with_table_facts(facts, doc, ctx)
    return facts


def _with_table_facts(facts: list[Fact], doc: DocumentText, ctx: _DocContext) -> list[Fact]:
    """The facts of the document's tables of indicators (:mod:`.tables`) among those of its prose,
    in text order; on a line the table reads, its rows replace what the sentence rules made of it
    (``92.3%`` in a cell is no sentence's)."""
    rows = table_rows(doc.text, doc.covers_year)
    if not rows:
        return facts
    lines = {(r.line_start, r.line_end) for r in rows}
    facts = [f for f in facts if not any(a <= f.start < b for a, b in lines)]
    extra = []
    for r in rows:
        info = lookup(r.unit)
        if info is None:
            continue
        section, lead, note_term = ctx.place(r.start)
        quote = doc.text[r.line_start:r.line_end].strip()
        topic = topic_for(doc.report_kind, section, lead, r.name, quote, note_term)
        base_unit = counted_base(info.base_unit, r.unit, r.name)
        code, en = code_for_unit(r.name, base_unit)
        direction = "" if r.change is None else "down" if r.change < 0 or r.name.endswith("下降率") else "up"
        extra.append(_fact(
            r.start, r.end, r.name, r.value, r.unit, info.base(r.value), base_unit, r.status, r.bound,
            topic, code, en, r.period, r.change_kind, r.change, direction, quote, section, "table_row", "",
        ))
    return sorted(facts + extra, key=lambda f: f.start)


#: Verbs a CPPCC figure may be named by alone: what they count is proposals.
_MOTION_VERBS = frozenset(("立案", "并案", "办复", "办结", "答复", "转办", "交办"))


_DIGIT = re.compile(r"[0-9０-９]")


_QUOTED = re.compile(r"“[^“”]{1,12}”|《[^《》]{1,30}》")


def _term_key(term: str) -> str:
    """What of a glossary term a name must hold to be about it: its quoted part, else its first
    four characters (“三江两岸”生态景观保护与建设 → “三江两岸”)."""
    m = _QUOTED.search(term)
    return m.group() if m else term[:4]


class _DocContext:
    """Per-document lookups: section, paragraph lead, glossary note of a position."""

    def __init__(self, doc: DocumentText) -> None:
        self.doc = doc
        self.paras = sorted(doc.paragraphs, key=lambda p: p.start)
        self.para_starts = [p.start for p in self.paras]
        self.notes = sorted(doc.notes, key=lambda n: n.start)
        self.note_starts = [n.start for n in self.notes]
        self._leads: dict[int, str] = {}
        self._recaps: dict[int, int] = {}  # paragraph → where it turns ahead after opening on the past
        self._used: dict[str, tuple[str, str] | None] = {}
        self._last: tuple[int, int, tuple[str, str, str | None]] = (0, 0, ("", "", None))
        self.sub_unit = sub_unit_pattern(doc.text)  # a city's report: its counties own their figures

    def carried_owner(self, ss: int) -> str:
        """The owner that opens the sentence before ``ss`` in its paragraph, when that sentence has
        no figure of its own (``财政经济委员会认真履行初审职责。全年召开全体会议6次…``)."""
        i = bisect_right(self.para_starts, ss) - 1
        if i < 0 or ss >= self.paras[i].end:
            return ""
        start = self.paras[i].start
        text = self.doc.text
        stop = text.rfind("。", start, max(start, ss - 1))
        before = text[stop + 1 if stop >= 0 else start:ss]
        if len(before) < 4 or _DIGIT.search(before):
            return ""
        return owner_at_start(before)

    def recap(self, ss: int) -> bool:
        """The sentence at ``ss`` is in a paragraph that opened on the time past (过去五年，…) and has
        not turned to the time ahead before it (今后五年的目标是：…)."""
        i = bisect_right(self.para_starts, ss) - 1
        if i < 0 or ss >= self.paras[i].end:
            return False
        p = self.paras[i]
        if i not in self._recaps:  # once a paragraph: where its recap ends (p.start if it is none)
            text, covers = self.doc.text, self.doc.covers_year
            self._recaps[i] = first_ahead(text, p.start, p.end, covers) \
                if opens_on_the_past(text, p.start, p.end, covers) else p.start
        return p.start < ss <= self._recaps[i]

    def used_at(self, term: str) -> tuple[str, str] | None:
        """(section, lead) of the first body paragraph that uses a glossary term, if any."""
        if term not in self._used:
            found = None
            at = self.doc.text.find(term)
            while at >= 0 and found is None:
                section, lead, note = self.place(at)
                if note is None and (section or lead):
                    found = (section, lead)
                at = self.doc.text.find(term, at + len(term))
            self._used[term] = found
        return self._used[term]

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
    figs = tuple(_figure(i, q, cs, ce, change_before(text, cs, q), False, None, False, None, ce, q.post_end)
                 for i, (q, cs, ce) in enumerate(group))  # quote_end, after_end given: no defaults to fill
    figs = without_milestones(text, with_changes(text, with_pairs(text, with_ranges(text, figs), ss)))
    rows = tuple(f for f in figs if not f.consumed)
    if not rows:
        return []
    note = ctx.place(rows[0].q.start)[2] is not None
    carried = None if note else ctx.carried_owner
    return _facts(text, with_scopes(text, name_figures(text, rows, sentence, note), sentence, note, carried,
                                    ctx.sub_unit), sentence, ctx)


#: A grade alone (A类, 乙类) counts what the report's body grades by their handling: the deputies'
#: suggestions in a People's Congress report, the proposals in a CPPCC report.
_GRADE = re.compile(r"[A-DＡ-Ｄ甲乙丙丁]类")
_GRADED = {"npc": "建议", "cppcc": "提案"}
#: A floor before the verb of a count (至少提交1件, 最少开展2次): at least, as 至少1件 is.
_LEAST_VERB = re.compile(r"(?:至少|最少|不少于)[\u4e00-\u9fff]{1,4}$")
_FLOOR = re.compile(r"至少|最少|不少于")


def _shared_bounds(text: str, named: tuple[Named, ...]) -> dict[int, str]:
    """Bounds a 分别 list's last value gives the values before it: ``分别达到95%、98%以上`` → both
    at least (start of each such value → its bound); most sentences: none."""
    out: dict[int, str] = {}
    for k in range(len(named) - 1, 0, -1):
        it, q, nxt = named[k - 1].fig, named[k - 1].fig.q, named[k].fig.q
        bound = out.get(nxt.start) or (nxt.qualifier if nxt.post_end > nxt.end else "")
        if bound in ("at_least", "at_most") and q.qualifier == "exact" and q.unit == nxt.unit \
                and text[q.post_end:nxt.qual_start] in LIST_JOIN and text.find("分别", it.cs, q.start) >= 0:
            out[q.start] = bound
    for k in range(1, len(named)):  # 分别不低于120万亩、100万亩: a floor before the list bounds it all
        it, q, nxt = named[k - 1].fig, named[k - 1].fig.q, named[k].fig.q
        bound = out.get(q.start) or (q.qualifier if q.qual_start < q.start else "")
        if bound in ("at_least", "at_most") and nxt.qualifier == "exact" and nxt.qual_start == nxt.start \
                and q.unit == nxt.unit and text[q.post_end:nxt.start] in LIST_JOIN \
                and text.find("分别", it.cs, q.start) >= 0:
            out[nxt.start] = bound
    return out


#: A sentence that opens with a span of years (五年来，…; 本届常委会五年来共…; “十三五”期间，…): its
#: counts and amounts are totals over the span, not the year's.
_SPAN_OPEN = re.compile(rf"\s*[^，,；;。：:0-9]{{0,8}}?(?<![今未])(?<!今后|未来|此后|以后)({SPAN})"
                        r"(?:[（(][^（）()]{1,16}[）)])?(?:[，,]|(?=[^，,；;。]{0,8}?(?:共|累计|先后|合计|总计)))")
#: Before the figure, in its clause: a year or a date (2017年达到…), or a level reached (党员总数达到…,
#: 发展到…), where the figure is the state at the span's end, not a total over it.
_YEARS_AFTER = re.compile(r"[^，,；;。]{0,2}?([一二三四五六七八九十两]年来)")
_LEVEL = re.compile(r"(?:19|20)\d\d年|今年|当年|去年|上年|全年|年底|年末|期末|达到|(?<![下表送])达|"
                    r"发展到|增加到|增至|提高到|上升到|扩大到|总数|总量|存量|余额|拥有|现有|共有|保有|突破|超过"
                    r"|跨上|迈上|站上|[由从]$|稳定在|保持在|控制在|每年|年均|平均|目前|已有|(?<![共拥现保占])有$"
                    r"|已入住")
#: A year of its own before a figure: the total is of that year, not of the span.
_ONE_YEAR = re.compile(r"(?:19|20)\d\d年|今年|当年|去年|上年|年底|年末")
_TOTAL_WORD = re.compile(r"累计|共计|合计|总计|(?<!总)共(?!有)")
#: What a span total can be: counted things and amounts (not rates, shares, multiples or ratios).
_SPAN_BASES = frozenset(("percent", "ratio", "multiple", "year"))


def _span_of_sentence(text: str, sentence: tuple[int, int]) -> str:
    """The span of years a sentence opens with ('' if none): ``五年来，县政协共收到提案…`` → 五年来."""
    m = _SPAN_OPEN.match(text, sentence[0] + 1 if text[sentence[0]:sentence[0] + 1] in _CLAUSE_END else
                        sentence[0], sentence[1])
    if not m or "一年" in m.group(1):
        return ""  # 一年来: the report's own year
    if m.group(1).startswith("本届"):  # 本届常委会五年来共…: the years, else the term (本届)
        years = _YEARS_AFTER.match(text, m.end(1))
        return years.group(1) if years else "本届"
    return m.group(1)


def _over_span(text: str, it: Figure, status: str, span: str, name: str) -> bool:
    """A figure of a span-opened sentence that is a total over the span (see :data:`_SPAN_OPEN`)."""
    q = it.q
    if status != "outcome" or it.change is not None or q.base_unit in _SPAN_BASES or q.unit in ("倍", "成") \
            or span in name or "累计）" in name:
        return False
    before = text[it.cs:q.start]
    if text.startswith("的", q.post_end) or (q.qual_start < q.start and text.startswith("超", q.qual_start)
                                              and _TOTAL_WORD.search(before) is None):
        return False  # 收入超50万元的村, 集体经济收入超50万元: a threshold, no total
    return _LEVEL.search(before) is None or _TOTAL_WORD.search(before) is not None and \
        _ONE_YEAR.search(before) is None


def _facts(text: str, named: tuple[Named, ...], sentence: tuple[int, int], ctx: _DocContext) -> list[Fact]:
    if not named:
        return []
    place, report_kind = ctx.place, ctx.doc.report_kind  # looked up once per sentence, not per figure
    cues = sentence_cues(text, sentence, ctx.doc.covers_year, place(named[0].fig.q.start)[2] is not None,
                         ctx.recap(sentence[0]), report_kind == "work_plan")
    out = []
    shared = _shared_bounds(text, named)
    head = text[sentence[0]:sentence[0] + 24]
    span = _span_of_sentence(text, sentence) if "年" in head or "五" in head or "本届" in head else ""
    topic = ""  # the topic of the figure before in the sentence
    for n in named:
        it = n.fig
        q = it.q
        section, lead, note_term = place(q.start)
        status, period = status_of(text, it, cues, section, lead)
        told = TARGET_AFTER.match(text, q.post_end, it.ce)  # 超过12%的年度计划目标: a target, compared
        ckind, cval, cdir = it.base_change or ("", None, "")
        if not ckind and it.change is not None and it.change.kind != "absolute":
            ckind, cval, cdir = it.change.kind, q.value, it.change.direction
        elif not ckind and q.kind == "ratio_part" and q.base_unit == "percent":
            ckind, cval = "share_pct", q.value  # 三次产业结构为3.8∶42.7∶53.5: each part a share
        if cval is not None and cval < 0 and ckind in ("yoy_pct", "yoy_pp"):
            cdir = "down"  # 分别增长3.5%和-2.1%: the sign decides
        base_unit = counted_base(q.base_unit, q.unit, n.name)
        cs, ce, qs, qe = it.cs, it.ce, q.start, q.end  # conditionals, not max()/min(): a call each
        opened = cs  # (the words of a list's lead before a colon tell its topic: 主要工业产品产量：钢X万吨)
        if cs and text[cs - 1] == "：":
            opened = max(sentence[0], max(text.rfind(c, 0, cs - 1) for c in _LEAD_ENDS) + 1)
        clause = text[(qs - 80 if qs - 80 > opened else opened):(qe + 40 if qe + 40 < ce else ce)]
        # the owner's words say the subject too (红柳滩移民新村|建成住房), a campaign's do not
        owner = n.scope if n.scope and n.scope[0] not in "“每《" and len(n.scope) <= 12 else ""
        topic = topic_for(report_kind, section, lead, owner + n.name, clause, note_term, topic)
        if note_term and topic == "other":  # a note's figure says little: the term's use in the body does
            used = ctx.used_at(note_term)
            if used is not None:
                topic = topic_for(report_kind, used[0], used[1], n.name, clause) or topic
        qend = it.quote_end if it.quote_end > ce else ce
        quote = text[(qs - 200 if qs - 200 > cs else cs):(qe + 200 if qe + 200 < qend else qend)].strip()
        bound = shared.get(q.start, q.qualifier)
        if told is not None:
            status = "target"
            bound = "at_most" if text.startswith("以内", told.end()) else "exact" \
                if bound in ("more_than", "less_than") else bound
        if bound == "exact" and text.find("少", (qs - 7 if qs - 7 > cs else cs), qs) >= 0 \
                and _LEAST_VERB.search(text, cs, q.qual_start):
            bound = "at_least"  # 每名委员至少提交1件提案: the floor stands before the verb
        rule = n.rule
        spanned = bool(span) and not note_term and _over_span(text, it, status, span, n.name)
        if spanned:
            rule += "+span_of_sentence"  # 五年来，共收到提案1024件 → 收到提案（五年来）
        # a change summed over the span (“十三五”期间，…能耗累计下降16%): the span's, not the year's
        summed = bool(span) and not spanned and not note_term and it.change is not None \
            and it.change.kind in ("yoy_pct", "yoy_pp") and span not in n.name \
            and text.find("累计", cs, q.qual_start) >= 0
        if summed:
            rule += "+span_of_sentence"
        for name in (n.name, *n.extra_names):  # 办结率、满意率均为100%: one row per name
            if spanned:
                name = f"{name}（{span}）"
            elif summed:
                name = f"{name}（{span}累计）"
            if bound != q.qualifier:
                name = _FLOOR.sub("", name)  # the floor is the bound's, no part of the name
            if topic == "cppcc" and name in _MOTION_VERBS:
                name += "提案"  # 经审查立案286件: in the CPPCC's work a bare 立案 counts proposals
            elif q.unit == "件" and report_kind in _GRADED and _GRADE.fullmatch(name):
                name += _GRADED[report_kind]  # A类（已解决）96件: the grade of the deputies' suggestions
            # a part's figure gets no place code; a count never gets a money code (and so on)
            code, en = code_for_unit(name, base_unit) if not n.scope else ("", "")
            if note_term and len(name) <= 12 and _term_key(note_term) not in name:
                name = note_term + name  # a glossary note's figure is about the term it explains
            scope = n.scope
            if scope[:1] == "“" or scope.endswith(("经济", "产业")):
                # a quoted campaign, scheme or slogan (开展“希望工程”捐资助学) owns nothing: it is what
                # the figure is of, kept in its name (of 212 such owners in the read paragraph sets, 5
                # were labelled scopes); so is a sector (楼宇经济快速发展，现有企业… → 楼宇经济现有企业).
                # Topic and code are as they were with the owner
                name, scope = (name if scope in name else scope + name), ""
            out.append(_fact(  # positional, in the field order of Fact (faster than keywords)
                q.start, q.end, name, q.value, q.unit, q.value_base, base_unit, status, bound,
                topic, code, en, period, ckind, cval, cdir, quote, section, rule, scope,
            ))
    return out
