"""Names for figures: an ordered registry of small naming rules, like the cleaning's ``RULES``.

A figure after its noun (``新增就业1200人``) is named by the clause text before it
(``clause_before``), a figure before its noun (``组织80名干部参加培训``) by the verb before and the
noun after it (``noun_after``).  The rules of :data:`RULES` then run in order on that first name;
each returns a new :class:`Draft` when it applies, or None.  Rules of one ``group`` exclude each
other (the first that applies wins).  A name's ``rule`` lists the rules that changed it, joined
by ``+`` (``clause_before+rate``).  The golden cases in ``tests/cases/naming.csv`` show each rule
at work on composed sentences.

>>> [r.name for r in RULES][:3]
['among_whole', 'paired_list', 'rate_subject']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from pipelines.extract.codes import code_for
from pipelines.extract.indicators import name_parts as parts
from pipelines.extract.indicators.chain import Chain, compile_chain
from pipelines.extract.indicators.context_rules import (
    TEAM_SPLIT,
    activity_of,
    activity_subject,
    class_of_handled,
    class_of_whole,
    contents_of_book,
    counterpart,
    frame_words,
    inquiry_part,
    joined_activities,
    kept_bracket,
    listed_kind,
    livelihood_projects,
    object_as_owner,
    outcome_of_handled,
    owner_of_previous,
    part_of_previous,
    petitions_handled,
    population_of_sentence,
    rate_of_previous_verb,
    satisfied_count,
    satisfied_with,
    shared_head,
    station_deeds,
    took_part,
    trouble_solved,
    verb_after_activity,
)
from pipelines.extract.indicators.list_rules import counts_of_one_group, ranges_named, share_predicate
from pipelines.extract.indicators.prechecks import GUARDS, TRIGGERS, Key, trigger_names
from pipelines.extract.indicators.previous_rules import (
    base_year_level,
    completion_rate,
    converted_unit,
    deeds_of_people,
    gap_to_rate,
    not_a_name,
    object_of_previous,
    part_of_whole,
    rank_move,
    rate_after_rate,
    rate_of_count,
    result_of_previous,
    set_as,
    share_of_revenue,
    share_of_whole,
    subject_of_previous,
    target_of_previous,
    total_of_previous,
)
from pipelines.extract.indicators.scene import Apply, Draft, NameRule, Scene
from pipelines.extract.indicators.scope import owner_at_start
from pipelines.extract.indicators.stages import Figure, Named
from pipelines.extract.indicators.stages import renew as replace  # a Draft has no __post_init__
from pipelines.extract.indicators.words import (
    ATTRIBUTES,
    CHANGE_VERB,
    CLASS_MEASURE,
    CUMULATIVE,
    DIGIT,
    ELIDED,
    GENERIC,
    INSTRUMENT,
    LASTING,
    LEAD_VERB,
    NOUN_CUT,
    PLACE_OPENS,
    RATE_WORDS,
    SHARED,
    SHARED_VALUE,
    SPAN_HEAD,
    SPAN_TAIL,
    STEM_TRIM,
    TOTAL,
    VERB_AT,
    VERB_END,
    WHOLE_MEASURE,
    WINDOW,
    before_name,
    clean,
    paired_place,
    parallel,
    shorten,
)
from pipelines.extract.quantity import iter_quantities

#: Verbs that organise the activities of a list after them (组织开展调研…、视察…).
_ORGANISES = re.compile(r"^(?:组织开展|组织|开展|举办|进行)")
#: The verbs the cleaning takes off a name's head (words.LEAD), kept before a bare noun of two characters.
_KEPT_VERB = re.compile(r"(?:完成|实现)$")


# -- the first name ---------------------------------------------------------------------------

#: Units of the people or households a per-head measure after them is of (每户年均增收).
_COUNTED_HEADS = frozenset(("persons", "households"))

#: The rest of the clause that counted people, up to the next clause (实现应保尽保，).
_CLAUSE_BEFORE_ENDS = re.compile(r"[^，,；;。\d]{0,12}[，,]")
#: Things counted that have staff and money of their own: after 关停企业12家、 an amount or their
#: staff (产值3.2亿元, 职工2300人) is theirs, not a second object of the verb.
_HOLDERS = frozenset(("organisations", "institutions", "households"))


_STAFF = frozenset(("职工", "员工", "从业人员", "工人", "务工人员", "床位", "客房", "车位", "泊位"))
#: The people events reach: 开展宣讲3800场、受众40万人次 → 宣讲受众.
_AUDIENCE = frozenset(("受众", "听众", "观众", "受益群众"))


#: Verbs done to firms as wholes: the staff counted after them are the firms' (搬迁企业…、职工…);
#: after 惠及企业…、职工… the staff are reached too.
_WHOLE_FIRM = re.compile(r"关停|关闭|搬迁|取缔|淘汰|引进|新增|落户|入驻|兼并|重组")


def _attribute_of(prev: str, prev_base: str, base: str, noun: str) -> bool:
    """走访企业120家、群众860人: 群众 is visited too; 搬迁企业35家、职工2300人: the firms' staff;
    新建养老机构12家、床位960张: the homes' beds."""
    return noun in _AUDIENCE or (prev_base in _HOLDERS or prev_base == "persons") and base == "CNY" \
        or (prev_base in _HOLDERS and noun in _STAFF
            and (base != "persons" or _WHOLE_FIRM.match(prev) is not None))


#: What members make: the verb a list of their works shares (提出议案…、建议…).
_PRODUCED = re.compile(r"提出|提交|报送|撰写|反映|领衔提出|联名提出|捐赠|捐献|捐助|捐款捐物")
#: Who did what a list counts, opening the name before it (代表提出议案12件、建议1468件).
_ONE_DOER = (r"(?:(?:人大|政协)?(?:代表|委员)(?:企业)?(?:们)?|群众|市民|居民|企业|党员|干部|职工"
             r"|各(?:级|部门|单位|乡镇|街道))")
#: (several doers joined: 政协委员和委员企业捐赠口罩…、防护服…)
_DOER = re.compile(rf"{_ONE_DOER}(?:(?:和|及|与|、){_ONE_DOER})*")


def _whole_counted(s: Scene) -> str:
    """What the last figure of an earlier clause in the same unit counted, without its verb: the
    whole a size class after 其中 is a part of (``新建场所86个，其中…以上的54个`` → 场所)."""
    for n in sorted(s.named.values(), key=lambda n: -n.fig.index):
        if n.fig.cs < s.it.cs and n.fig.q.unit == s.it.q.unit and n.name:
            verb = LEAD_VERB.match(n.name)
            return n.name[verb.end():] if verb and len(n.name) - verb.end() >= 2 else n.name
    return ""


def first_name(s: Scene) -> tuple[Draft, str]:
    """The name from the words around the figure, and which of the first rules made it.

    size_class: ``10亿元以上项目5个`` → 项目（10亿元以上）; shared_verb: a number-first figure
    without a verb takes the verb of the one before; list_verb: ``征集问题31个、建议49条`` → 征集建议.
    """
    it, prev, before, after = s.it, s.prev, s.before, s.after.text
    rule = "noun_after" if after else "clause_before"
    if after and (done := parts.done_to(s.text, it)):  # 对12个部门开展工作评议 → 开展工作评议的部门
        return Draft(done, (), False, s.after.noun, "", ""), "done_to"
    if prev is not None and s.same_clause() and prev.threshold and s.raw_start == prev.after_end:
        size_class = s.text[prev.fig.q.qual_start:prev.fig.q.post_end]
        measure = CLASS_MEASURE.search(prev.stem)  # 总投资10亿元以上的项目: the measure is the class's
        lead = prev.stem[:measure.start()] if measure else prev.stem
        if not lead + before:  # 新建活动场所86个，其中面积达到200平方米以上的54个: the whole's things
            lead = _whole_counted(s)
        before = f"{lead}{before}（{measure.group() if measure else ''}{size_class}）"
        rule = "size_class"
    if not before and after and prev is not None and s.same_clause() and prev.number_first:
        before, rule = prev.verb, "shared_verb"
    elif before and not after and prev is not None and s.same_clause() and s.raw.startswith("、") \
            and not prev.part_of \
            and (it.q.kind != "percent"  # (精简会议32%、文件28%: a list of shares cut by one verb)
                 or (prev.fig.q.kind == "percent" and len(before) <= 4 and not CHANGE_VERB.search(prev.name)
                     and not prev.name.endswith(_SHARE_WORDS) and not before.endswith(_SHARE_WORDS))) \
            and not LEAD_VERB.match(before) and not VERB_END.search(before) \
            and not TOTAL.fullmatch(before) \
            and not _attribute_of(prev.name, prev.fig.q.base_unit, it.q.base_unit, before):
        verb = LEAD_VERB.match(prev.name)  # 征集问题31个、建议49条: the verb governs the list
        if verb is None and (owner := owner_at_start(prev.name)):
            verb = VERB_AT.match(prev.name, len(owner))  # X苏木新建棚圈860座、储草棚540座: its owner's
        if verb is None and (prev.name[:1] == "《" or "activity_subject" in prev.rule):
            verb = verb_after_activity(prev.name)  # 《X法》执法检查走访苏木镇6个、嘎查村21个
        elif verb is None and "result_of_previous" in prev.rule and prev.name.startswith(prev.stem or "-"):
            verb = VERB_AT.match(prev.name, len(prev.stem))  # 资金…，惠及企业12家、职工300人: 惠及 governs
        elif verb is None and (doer := _DOER.match(prev.name)) is not None and not VERB_AT.match(before) \
                and not code_for(before)[0] and _PRODUCED.match(prev.name, doer.end()):
            verb = _PRODUCED.match(prev.name, doer.end())  # 代表提出议案12件、建议1468件: who made them
        if before in ATTRIBUTES:  # 拆除违法建筑1268处、面积46.3万平方米: the area of the same things
            attribute = "长度" if before in ("长", "全长") else before  # 新建道路18条、长26.5公里
            before, verb, rule = (STEM_TRIM.sub("", prev.name) or prev.name) + attribute, None, "list_verb"
        if verb and verb.end() == len(prev.name) and it.q.kind == "count" and prev.fig.q.kind == "count":
            verb = None  # 视察7次、专题询问1次: activities counted one after another, no object shared
        if verb:
            obj = prev.name[verb.end():]
            # 受理群众来信126件、来访213批: 来访 stands for 来信, the words before it are shared;
            # 组建文明实践中心1个、实践所17个 → 组建文明实践所
            at = max(obj.rfind(before[:2]), 0) or max(obj.rfind(before[:1]), 0)
            shared = obj[:at] if len(before) >= 2 else ""
            level = obj.rfind("级") + 1 if before.endswith("级") and not shared else 0
            # 创建国家级示范单位2个、自治区级15个: the level changes, the thing is the same
            before = before + obj[level:] if level > 1 and len(obj) - level >= 2 else before
            before, rule = prev.name[:verb.end()] + shared + before, "list_verb"
    elif before and not after and prev is not None and len(before) <= 4 and s.same_clause() \
            and s.raw.startswith("、") and LEAD_VERB.fullmatch(before) and not prev.part_of:
        # (a part of a whole after 其中 is listed by part_of_whole: 其中制定3件、修订2件)
        lead = _ORGANISES.match(prev.name)  # 组织开展专题调研12次、视察9次: 视察 is organised too
        verb = LEAD_VERB.match(prev.name)
        if lead is not None and not before.startswith(lead.group()) and prev.fig.q.unit == it.q.unit:
            before, rule = lead.group() + before, "list_verb"
        elif verb is not None and prev.fig.q.unit == it.q.unit and len(prev.name) - verb.end() >= 1:
            before, rule = before + prev.name[verb.end():], "list_verb"  # 新建道路12条、改造8条 → 改造道路
    if 0 < len(before) <= 2 and not after and (it.q.kind in ("count", "area") or before == "投资") \
            and s.raw.endswith(before):
        kept = _KEPT_VERB.search(s.raw, 0, len(s.raw) - len(before))
        if kept:  # 完成项目12个, 完成投资3亿元: a bare noun is no name, the verb says what was counted
            # (money keeps its own convention: 实现利润 → 利润, 实现税收 → 税收金额)
            before = kept.group() + before
    if before and not after and prev is not None and prev.fig.q.base_unit in _COUNTED_HEADS \
            and parts.PER_HEAD.match(before):
        if prev.noun and s.same_clause() and s.raw_start <= prev.after_end:
            before = prev.noun + before  # 带动186户脱贫户每户年均增收3000元: what each of them has
        elif s.raw.strip().startswith(before) \
                and _CLAUSE_BEFORE_ENDS.fullmatch(s.text, prev.after_end, s.it.cs):
            # 城市低保对象2.3万人实现应保尽保，月人均补差186元: a clause of its own, with no subject,
            # on the people the clause before counted (their name without what befell them)
            cut = NOUN_CUT.search(prev.name, 1)
            before = (prev.name[:cut.start()] if cut else prev.name) + before
    verb = before if s.after.number_first else ""
    if before and after and before.endswith(after):
        after = ""
    return Draft(before + after, (), False, s.after.noun, "", verb), rule  # positional: faster


# -- the rules, in the order they run ---------------------------------------------------------

#: Parts of an economy listed after 其中 without the measure (钢铁、煤炭行业), and the measures they take.
_SECTORS = re.compile(r"(?:行业|产业|企业|板块|领域)$")


def _measure_of_whole(s: Scene) -> str:
    """The measure of the last figure named before the clause (its whole), or '' where the figure
    is neither a change nor of that whole's unit (not 56家 after 增加值…)."""
    before = [n for n in s.named.values() if n.fig.cs < s.it.cs]
    if not before or (s.it.change is None and before[-1].fig.q.base_unit != s.it.q.base_unit):
        return ""
    named = [n for n in before if n.name]
    found = WHOLE_MEASURE.search(named[-1].name) if named else None
    return found.group() if found else ""


def paired_list(s: Scene, d: Draft) -> Draft | None:
    """分别 lists: ``城镇和农村居民收入分别达到a元和b元`` → 城镇居民收入, 农村居民收入."""
    pair = s.it.pair
    if pair is None:
        return None
    prior = s.named.get(pair.index) if pair.index is not None else None
    name = pair.name if pair.index is None else (prior.name if prior else "") + pair.rest
    name += "倍数" if s.it.q.unit == "倍" else ""
    bare = CHANGE_VERB.sub("", name)
    if _SECTORS.search(bare) and s.text.startswith("其中", s.it.cs):
        name = bare + _measure_of_whole(s) + name[len(bare):]  # …工业增加值下降4.6%，其中钢铁、煤炭
        # 行业分别下降…: their 增加值
    elif paired_place(bare) == bare:
        # 澜屏市地区生产总值突破150亿元，勐溪县、者坝县分别达到…: places paired after a place's
        # measure take that measure (勐溪县地区生产总值); so do their changes (哈岭县…减少)
        source = _whole_before(s)
        if source is not None and source.fig.q.base_unit == s.it.q.base_unit:
            place = paired_place(source.name)
            measure = source.name[len(place):]
            if len(measure) >= 2 and measure not in name:
                if name == bare:  # the place's value of the measure (its scope: see scope.with_scopes)
                    return replace(d, name=bare + measure, part_of=measure)
                name = bare + measure + name[len(bare):]
    elif (place := paired_place(bare)) and len(bare) - len(place) <= 4:
        # 全市建成代表联络站168个，梅屿区、岚城区分别建成24个和21个: the verb the pair shares opens the
        # measure of the whole before it, which each place has its part of
        verb = bare[len(place):]
        source = _whole_before(s)
        if verb and source is not None and source.fig.q.base_unit == s.it.q.base_unit \
                and source.name.startswith(verb) and len(source.name) > len(verb) + 1 and name == bare:
            return replace(d, name=place + source.name, part_of=source.name)
    if (degree := _DEGREE.match(name)) is not None and s.prev is not None and s.prev.fig.pair is not None:
        # 提案者对办理结果表示满意和基本满意的分别占a和b: the degree shares whose satisfaction it is
        at = s.prev.name.rfind(name[degree.end():])
        if at > 0 and not s.prev.name.startswith(name):
            name = s.prev.name[:at] + name
    if s.it.change is not None and s.it.change.kind != "multiple":
        name = parts.rate_name(CHANGE_VERB.sub("", name), s.text, s.it)
    return replace(d, name=name)


#: A degree of satisfaction listed after the plain one (满意和基本满意): 基本满意, 比较满意, 不满意.
_DEGREE = re.compile(r"(?:基本|比较|较为|不)(?=满意)")



def _whole_before(s: Scene) -> Named | None:
    """The nearest row before a paired figure that is not itself one of a pair: the whole a 分别 list
    of places gives its parts of (澜屏市地区生产总值…，勐溪县、者坝县分别达到…)."""
    return next((n for i, n in sorted(s.named.items(), reverse=True)
                 if i < s.it.index and n.fig.pair is None), None)


def _rated(s: Scene) -> bool:
    return s.it.pair is None and s.it.change is not None


def rate_subject(s: Scene, d: Draft) -> Draft | None:
    """A bare rate word takes the subject before: ``…，增速比上年提高`` / ``实际增长6%``."""
    subject = s.subject_before if _rated(s) else ""
    if not subject or not (d.name in RATE_WORDS or d.name in ("实际", "名义")):
        return None
    return replace(d, name=subject + d.name)


def multiple_of(s: Scene, d: Draft) -> Draft | None:
    """``…，是五年前的1.6倍`` → <subject>相当于五年前的倍数."""
    if not _rated(s) or s.it.change.kind != "multiple" or not d.name.startswith("是"):  # type: ignore[union-attr]
        return None
    subject = s.subject_before
    return replace(d, name=f"{subject}相当于{d.name[1:]}") if subject else None


def parallel_subject(s: Scene, d: Draft) -> Draft | None:
    """A short subject parallel to the one before takes its rest (``农村居民增长7%``)."""
    subject = s.subject_before if _rated(s) and s.prev is not None else ""
    return replace(d, name=parallel(d.name, subject)) if subject else None


def rate(s: Scene, d: Draft) -> Draft | None:
    """A rate stated alone is named as a rate: ``住院人次增长8%`` → 住院人次增长率."""
    if not _rated(s):
        return None
    name = d.name
    if name in ("比重", "比例", "占比") and s.it.change.kind == "share_pct":  # type: ignore[union-attr]
        name = s.subject_before  # …168个，占总数的比重由31%提高到54.5%: the share of what was counted
    return replace(d, name=parts.rate_name(name or s.subject_before, s.text, s.it))


#: The action a clause tells, whose length a bare 历时 after it gives.
_ACTION_WORD = re.compile(r"执法检查|专题调研|专题询问|工作评议|视察|调研|评议|检查|督查|整治|攻坚|活动")
_DIGIT = re.compile(r"\d")  # (对A、B等3部法律进行执法检查: the laws are counted, the inspection named bare)
#: A lasting word after the team's split (分三组历时, 检查组分4组历时).
_SPLIT_LASTING = re.compile(rf"(?:检查组|视察组|调研组|执法检查组)?{TEAM_SPLIT}(?:历时|为期|用时|历经)")
#: A bare verb of lasting in a clause of its own: how long the action of the clause before took.
_LASTING = frozenset(("历时", "为期", "用时", "耗时", "持续", "历经"))


def time_needed(s: Scene, d: Draft) -> Draft | None:
    """``用3年时间，完成…`` → 完成…所需时间; ``开展X执法检查，历时一个多月`` → X执法检查历时."""
    if s.it.q.kind == "duration" and (d.name in _LASTING or _SPLIT_LASTING.fullmatch(d.name)) \
            and s.it.cs > s.sentence[0] + 1:
        d = replace(d, name=d.name[-2:])  # (检查组分4组历时25天: the team went in groups, for 25 days)
        before = parts.previous_subject(s.text, s.it, s.sentence[0])
        if (act := _ACTION_WORD.search(before)) is not None:
            whole = activity_of(before)  # (会同各县人大常委会开展《X法》执法检查: the inspection)
            before = whole if whole.endswith(act.group()) and not _DIGIT.search(whole) else before
        else:  # 组织对A、B等5部法律进行执法检查，历时…: the inspection lasted
            opened = s.clause_before_start()
            act = _ACTION_WORD.search(s.text, opened, s.it.cs - 1)
            if act:  # the activity with what it looked at, where the clause says it (对X进行视察)
                whole = activity_of(s.text[opened:s.it.cs - 1])
                before = whole if whole.endswith(act.group()) and not _DIGIT.search(whole) else act.group()
        return replace(d, name=before + d.name) if len(before) >= 2 else None
    if s.it.q.kind == "duration" and (lead := LASTING.match(d.name)) is not None \
            and len(d.name) - lead.end() >= 2:
        return replace(d, name=d.name[lead.end():] + lead.group())  # 历时12天视察X → 视察X历时
    if s.it.q.kind != "duration" or not INSTRUMENT.search(s.raw):
        return None
    head = s.after.text.removeprefix("时间") or parts.next_subject(s.text, s.it, s.sentence[1])
    return replace(d, name=head + "所需时间")


def elided_subject(s: Scene, d: Draft) -> Draft | None:
    """``四大综合体均被列为集聚区，实现营业收入…`` → 四大综合体营业收入."""
    if d.name not in GENERIC or not ELIDED.match(s.raw):
        return None
    return replace(d, name=parts.previous_subject(s.text, s.it, s.sentence[0], bare=True) + d.name)


def same_clause(s: Scene, d: Draft) -> Draft | None:
    """No name of its own, a figure after another of its clause: ``拆迁120户、3.5万平方米``."""
    if len(d.name) > 1 or not s.same_clause():
        return None
    prev = s.prev
    if s.it.q.kind == "ratio":  # 恩格尔系数由0.38下降到0.33: the same index, its name whole
        return replace(d, name=prev.name, inherited=True, noun=prev.noun)  # type: ignore[union-attr]
    name = STEM_TRIM.sub("", prev.name) or prev.name  # type: ignore[union-attr]
    if (dated := _DATED_BEFORE.match(name)) is not None and len(name) - dated.end() >= 2 \
            and s.text.rfind(f"由{dated.group()}", prev.fig.cs, prev.fig.q.qual_start) >= 0:  # type: ignore[union-attr]
        name = name[dated.end():]  # 由整合前的41座减少到12座: the to-level is no longer before it
    return replace(d, name=name, inherited=True, noun=prev.noun)  # type: ignore[union-attr]


#: A from-level's event date opening a name (整合前煤矿: see words.clean).
_DATED_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,3}前")


#: A name that is only a time (到2015年, 到期末, 届时): the figure's measure is the clause's before.
_TIME_ONLY = re.compile(r"(?:到|至)?(?:(?P<y>(?:19|20)\d\d)年(?:底|末)?|期末|年末|届时)(?:要|将|力争)?")


def time_only(s: Scene, d: Draft) -> Draft | None:
    """``地区生产总值年均增长15%，到2015年达到260亿元`` → 2015年地区生产总值: a name that is only the
    year it is reached by names the measure of the clause before, dated by that year."""
    m = _TIME_ONLY.fullmatch(d.name)
    if m is None:
        return None
    whole = parts.previous_subject(s.text, s.it, s.sentence[0])
    if not whole or _TIME_ONLY.fullmatch(whole):
        return None
    return replace(d, name=f"{m['y']}年{whole}" if m["y"] else whole)


#: The end of a name that is a rate or share already (办结率98%、满意率95%: each names itself).
_SHARE_WORDS = ("率", "比", "比重", "比例", "占比")
#: A figure joined to the one before it by 、 or 和 (全年6800户、2.9万人解决温饱).
_JOINED = re.compile(r"[、和及与]\s*(?:约|近|超过)?(?=[0-9０-９一二三四五六七八九十两])")


def _after_joined(text: str, start: int, end: int) -> str:
    """The words after a figure, past the figures joined to it (``6800户、2.9万人解决温饱`` →
    解决温饱: both count who was lifted out of poverty, and the name holds no other figure)."""
    while (m := _JOINED.match(text, start, end)) is not None:
        following = iter_quantities(text, m.end(), end)
        if not following or following[0].start != m.end():
            break
        start = following[0].post_end
    return text[start:end]


def previous_clause(s: Scene, d: Draft) -> Draft | None:
    """No name of its own: the subject of the clause before (or the words after the figure)."""
    if len(d.name) > 1 or (d.name and d.name == d.noun and s.after.number_first):
        return None  # 86个村、12个社区…: a one-character noun after its number is its name
    it = s.it
    name = parts.previous_subject(s.text, it, s.sentence[0]) \
        or clean(_after_joined(s.text, it.q.post_end, it.ce))
    if d.name == "率" and s.raw.endswith("完成率") and name:
        name += "完成率"  # 完成重点工程18项，完成率100%: the words before lost their verb to the cleaning
    return replace(d, name=name or "未具名数量")


def ratio(s: Scene, d: Draft) -> Draft | None:
    """``收入比为2.49∶1`` keeps its 比; ``三次产业结构为a∶b∶c`` names each part by its sector."""
    q = s.it.q
    if q.unit != "" or q.kind not in ("ratio", "ratio_part"):
        return None
    name, stem = parts.ratio_name(s.text, s.it, d.name, s.prev)
    return replace(d, name=name, stem=d.stem if stem is None else stem)


_BARE_SPAN = re.compile(r"[两二三四五六七八九十]年(?:来|间|中)?")


def cumulative_span(s: Scene, d: Draft) -> Draft | None:
    """``五年来…累计完成投资4200亿元`` → 投资（五年来累计): a total over years, not the year's."""
    if s.it.q.kind == "percent" or s.it.change is not None or not d.name or not CUMULATIVE.search(s.raw):
        return None
    bare = d.name if _BARE_SPAN.fullmatch(d.name) else "" if d.name else \
        (m.group() if (m := SPAN_HEAD.search(s.raw)) else "")
    if bare:  # 收入由…增加到…，五年累计完成246亿元: the measure is the one before
        prev = s.prev
        whole = prev.name if prev is not None and prev.fig.q.unit == s.it.q.unit and prev.name else \
            parts.previous_subject(s.text, s.it, s.sentence[0])
        return replace(d, name=f"{whole}（{bare}累计）") if whole else None
    own = SPAN_TAIL.search(d.name)
    if own:  # 财政收入五年累计完成210亿元: the span stands in the clause
        return replace(d, name=f"{d.name[:own.start()]}（{own.group()}累计）")
    span = SPAN_HEAD.search(s.text, s.sentence[0], s.it.q.start)
    return replace(d, name=f"{d.name}（{span.group()}累计）") if span else None


#: A part of the year a figure is told for (前三季度, 上半年, 1—10月, 一至十一月, 前两个月).
_YEAR_PART = re.compile(r"前[一二三]季度|[一二三四]季度|第[一二三四]季度|[上下]半年"
                        r"|1\s?[—－\-~至到]\s?(?:1[01]|[2-9])\s?月(?:份)?|一至(?:十一|十|[二三四五六七八九])月"
                        r"|前(?:十一|十|[两二三四五六七八九])个月")
#: What ends the reach of a part of the year: the whole year or a date told after it (a ； does not:
#: 前三季度，…；完成固定资产投资96.4亿元 is of the same months).
_YEAR_WHOLE = re.compile(r"全年|年末|年底|截至")


def part_of_year(text: str, sentence: tuple[int, int], n: Named, found: list[re.Match[str]]) -> Named:
    """``1—10月，全区完成固定资产投资41.3亿元`` → 固定资产投资（1—10月）: a figure of part of the year is
    not the year's (it keeps no statistic's code, as a total over years does not). Applied to the
    sentence's names once they are made, so that no rule reads the span as part of a name.
    ``found``: the spans of the sentence (searched once for all its figures)."""
    if not n.name or "（" in n.name:
        return n
    start = n.fig.q.start
    spans = [m for m in found if m.end() <= start and text[m.start() - 1:m.start()] not in _COMPARED_TO]
    if not spans or _YEAR_WHOLE.search(text, spans[-1].end(), start) or spans[-1].group() in n.name:
        return n  # (前三季度…；全年…: the year's figure; 比1—9月收窄: the span compared with)
    span = spans[-1]
    listed = [span]  # 一季度、上半年、前三季度分别增长5.1%、5.4%和5.6%: one span to each figure, in order
    for m in reversed(spans[:-1]):
        if text[m.end():listed[0].start()] not in ("、", "和", "及"):
            break
        listed.insert(0, m)
    if len(listed) > 1 and (each := text.find("分别", span.end(), start)) >= 0:
        k = len(_FIGURE_BEFORE.findall(text, each, start))
        span = listed[k] if k < len(listed) else span
    told = "".join(span.group().split())  # (1 — 10月 as printed with spaces)
    return replace(n, name=f"{n.name}（{told}）", rule=n.rule + "+part_of_year")


_COMPARED_TO = frozenset("比较于与")
#: A figure's number, counted to pair the spans listed before 分别 with the figures after it.
_FIGURE_BEFORE = re.compile(r"\d+(?:\.\d+)?")


#: A change told with no measure (五年增加782元, 年均增加120元): of the measure of the figure before.
_BARE_CHANGE = re.compile(r"(?:[两二三四五六七八九十]年(?:来|间)?|年均|累计|共)?"
                          r"(?:增加|减少|增长|下降|提高|降低|新增)")


def change_of_previous(s: Scene, d: Draft) -> Draft | None:
    """``收入由3120元增加到5860元，五年增加2740元`` → 收入五年增加: a change in a clause of its own,
    with no measure named, is of the measure of the figure before (in the same unit)."""
    prev = s.prev  # (after a part, the part's: 其中非公有制企业党组织83个，比上年新增21个)
    if len(d.name) <= 1 and prev is not None and prev.fig.cs == s.it.cs \
            and (streak_at := _STREAK.search(prev.name)) is not None:
        return replace(d, name=prev.name[:streak_at.start()])  # …连续6年稳定在90万吨以上: the level
    if _BARE_LEVEL.fullmatch(d.name):
        # 粮食总产96.3万吨，连续6年稳定在90万吨以上: the same measure, and the years it held
        streak = s.it.q.base_unit == "year" and s.text.endswith("连续", s.it.cs, s.it.q.qual_start)
        same = next((n for n in sorted(s.named.values(), key=lambda n: -n.fig.index)
                     if n.fig.cs < s.it.cs and n.name and not _BARE_LEVEL.fullmatch(n.name)
                     and (streak or n.fig.q.base_unit == s.it.q.base_unit)), None)
        if same is not None:
            return replace(d, name=f"{same.name}连续{d.name.removesuffix('在')}年数" if streak else same.name)
    if not _BARE_CHANGE.fullmatch(d.name) or prev is None or not prev.name \
            or prev.fig.q.base_unit != s.it.q.base_unit \
            or prev.fig.cs >= s.it.cs or _BARE_CHANGE.search(prev.name):
        return None
    return replace(d, name=prev.name + d.name)


#: The name of a streak made above (粮食总产连续稳定年数).
_STREAK = re.compile(r"连续(?:稳定|保持|控制|维持)年数$")
#: A level told with no measure (稳定在, 保持在, 连续6年稳定在): of the measure of the figure before.
_BARE_LEVEL = re.compile(r"(?:稳定|保持|控制|维持)(?:在)?")


#: A measure a list of products shares, named only with the first (粮食总产量…，油料…，蔬菜…).
_SHARED_MEASURE = re.compile(r"总?(?P<m>产量|播种面积|种植面积)$")


def _listed(s: Scene) -> bool:
    """The figure's words follow the figure before after a 、 (苹果面积28.6万亩、产量31万吨)."""
    return s.raw.startswith("、")


def parallel_quoted(s: Scene, d: Draft) -> Draft | None:
    """``完成“气代煤”改造4.6万户、“电代煤”1.2万户`` → 完成“电代煤”改造: a quoted term alone, listed
    after a figure of the same unit whose name holds another quoted term, takes that name."""
    prev = s.prev
    if prev is None or not _QUOTED.fullmatch(d.name) or not _listed(s) \
            or prev.fig.q.base_unit != s.it.q.base_unit:
        return None
    m = _QUOTED.search(prev.name)
    if m is None:
        return None
    return replace(d, name=prev.name[:m.start()] + d.name + prev.name[m.end():])


_QUOTED = re.compile(r"“[^“”]{1,12}”")  # a quoted term: the whole draft, or one inside the name before


def measure_of_previous(s: Scene, d: Draft) -> Draft | None:
    """``粮食总产量42.6万吨，油料4600吨，蔬菜12.3万吨`` → 油料产量, 蔬菜产量: a bare product in the
    unit of the figure before takes that figure's measure."""
    prev = s.prev
    if prev is None or not 1 < len(d.name) <= 4 or LEAD_VERB.match(d.name) or VERB_END.search(d.name) \
            or prev.fig.q.base_unit != s.it.q.base_unit or (prev.fig.cs >= s.it.cs and not _listed(s)):
        return None  # (原煤产量1286万吨、焦炭312万吨: listed in one clause, as in two)
    m = _SHARED_MEASURE.search(prev.name)
    if m is None or m.group("m") in d.name or code_for(d.name)[0] or _BARE_CROP_MEASURE.search(d.name):
        return None  # (玉米、水稻产量分别…，总产26.3亿斤: 总产 is a measure already)
    return replace(d, name=d.name + m.group("m"))


#: A bare measure of what the figure before measured (冬季瓜菜种植面积18.4万亩，产量42.6万吨).
_BARE_CROP_MEASURE = re.compile(r"(?:总|平均|亩|单)?(?:产量|产值|单产|亩产|总产)")
_MEASURED = re.compile(r"(?P<p>[\u4e00-\u9fff“”]{2,10}?)(?:种植|播种|栽培|养殖)?(?:面积|产量|产值|规模)$")


def product_of_previous(s: Scene, d: Draft) -> Draft | None:
    """``冬季瓜菜种植面积18.4万亩，产量42.6万吨`` → 冬季瓜菜产量: a bare measure right after a figure
    of a product takes that product."""
    prev = s.prev
    if prev is None or not _BARE_CROP_MEASURE.fullmatch(d.name) \
            or (prev.fig.cs >= s.it.cs and not _listed(s)) \
            or s.text.find("；", prev.fig.q.end, s.it.cs) >= 0 \
            or (d.name.startswith("总") and "paired_list" in prev.rule):
        return None  # (玉米、水稻、大豆产量分别…，总产…: the total of them all, not the last one's)
    m = _MEASURED.fullmatch(prev.name)
    if m is None or LEAD_VERB.match(m.group("p")) or m.group("p").startswith(("全", "新增", "累计")):
        return None
    name = m.group("p") + d.name
    if code_for(d.name)[0] and not code_for(name)[0]:
        return None  # (a name the code list knows keeps it)
    return replace(d, name=name)


#: The measure a list's lead names before its colon (主要工业产品产量大幅度增加：钢…；原煤…).
_LEAD_MEASURE = re.compile(r"(?P<m>产量|播种面积|种植面积)")


def measure_of_lead(s: Scene, d: Draft) -> Draft | None:
    """``主要工业产品产量大幅度增加：钢186万吨；原煤612万吨`` → 钢产量 (and 原煤产量 by
    :func:`measure_of_previous`): a bare product right after a colon takes the measure its lead names."""
    it, text = s.it, s.text
    if not d.name or len(d.name) > 4 or it.cs < 1 or text[it.cs - 1] != "：" or LEAD_VERB.match(d.name) \
            or VERB_END.search(d.name):
        return None
    opened = max(s.sentence[0], max(text.rfind(c, 0, it.cs - 1) for c in "，,；;。\n") + 1)
    m = _LEAD_MEASURE.search(text, opened, it.cs - 1)
    if m is None or m.group("m") in d.name or code_for(d.name)[0]:
        return None
    return replace(d, name=d.name + m.group("m"))


def unit_suffix(s: Scene, d: Draft) -> Draft | None:
    """面积, 金额, 户数/人数 after a short name: ``拆迁120户`` → 拆迁户数."""
    name = parts.suffix(d.name, s.it, d.inherited)
    return replace(d, name=name) if name != d.name else None


def shared_value(s: Scene, d: Draft) -> Draft | None:
    """``办结率、满意率均为100%``: one value, one row per name."""
    if not SHARED_VALUE.search(s.raw):
        return None
    names = SHARED.split(d.name)
    return replace(d, name=names[0], extra=tuple(names[1:]))


_SHARE_OF = re.compile(r"占[^的，,；;。]{1,16}的?(?:比重|比例)$")


#: A measure too bare to say whose it is (全长, 总产, 入住率, 签约额, 收入): the clause before names it.
_BARE_MEASURE = re.compile(r"[\u4e00-\u9fff]{0,2}(?:率|额|长|产|入|时|值)")
#: What befell the thing (建成通车, 成功举办): no part of its name.
_DEED = re.compile(r"(?:正式|顺利|成功|全面|基本)?(?:建成|通车|举办|召开|实现|完成|开工|竣工|投用|投入使用|"
                   r"开通|运营|落成|启用|签约|开幕|举行)")
#: What was done to the thing, opening the clause before (建成污水管网40公里，覆盖率…).
_BUILT = re.compile(r"(?:新建|建成|改造|完成|实施|铺设|敷设|新增|改扩建|新改建)")


def bare_measure(s: Scene, d: Draft) -> Draft | None:
    """``县城至口岸二级公路建成通车，全长46.8公里`` → 县城至口岸二级公路建成通车全长; ``粮食生产实现
    “八连增”，总产达到68.4万吨`` → 粮食生产总产: what no other rule named takes the subject before."""
    if len(d.name) > 3 or not _BARE_MEASURE.fullmatch(d.name) or s.it.cs <= s.sentence[0] + 1 \
            or (s.same_clause() and s.raw.startswith("、")) \
            or code_for(d.name)[0] or (d.name[-1] == "率" and PLACE_OPENS.match(s.raw)):
        return None  # (绿地率 is a statistic of its own: the code list names it; 全县参合率: the place's)
    whole = parts.previous_subject(s.text, s.it, s.sentence[0])
    deed = _DEED.search(whole, 2)
    whole = whole[:deed.start()] if deed else whole  # the thing, not what befell it (建成通车, 成功举办)
    verb = _BUILT.match(whole)
    whole = whole[verb.end():] if verb and len(whole) - verb.end() >= 2 else whole  # 建成污水管网 → 污水管网
    if len(whole) < 2 or d.name in whole or _TIME_ONLY.fullmatch(whole):
        return None
    shared = next((k for k in range(len(d.name) - 1, 0, -1) if whole.endswith(d.name[:k])), 0)
    return replace(d, name=whole + d.name[shared:])  # 牧民实现定居 + 定居率 → 牧民实现定居率


#: Where the thing a sentence opens with ends and what it says of it begins:
#: 城乡低保｜实现应保尽保, 农村最低生活保障制度｜全面建立.
_TOPIC_CUT = re.compile(r"实现|全面|明显|进一步|不断|稳步|顺利|建立|取得|得到|保持|持续|有效"
                        r"|扎实|深入|加快|大力|着力|积极|基本|初步|首次|成功|圆满|逐步|显著|再创|迈出"
                        r"|获得|被|工作|覆盖|惠及")
_TOPIC_NAME_MAX = 7
#: Names that measure something left unsaid: 保障对象, 补偿金额, 人均补差, 筹资标准.
_UNSAID_OF = re.compile(r"(?:对象|金额|资金|标准|人数|户数|补差|补助|补贴|规模|比例|范围|主体)$")
#: A clause that opens with what was done, not with a thing (认真办好《…》, 坚持…, 围绕…), or that
#: holds a title.
_NOT_TOPIC = re.compile(r"^(?:认真|切实|努力|全力|坚持|加强|推进|强化|完善|围绕|按照|根据|通过"
                        r"|为|在|对|以|把|将|办好|做好|抓好|开展|组织|落实|深化|推动|强|抓)"
                        r"|[《》“”\"（）()]")


def topic_of_sentence(s: Scene, d: Draft) -> Draft | None:
    """A short name still unsaid of whose it is takes the thing the sentence opened with, in a
    clause of its own without figures: ``城乡低保实现应保尽保，全年发放城乡低保资金8650万元，
    保障对象4.37万人`` → 城乡低保保障对象; a name that opens with the work the opening names goes on
    from it: ``“三旧”改造扎实推进，全年完成改造项目64个`` → “三旧”改造项目."""
    if not d.name or len(d.name) > _TOPIC_NAME_MAX or s.it.cs <= s.sentence[0] + 1 or code_for(d.name)[0]:
        return None
    unsaid = _UNSAID_OF.search(d.name)  # (新建学校, 招聘教师 say what they count: only a measure of
    # something needs its owner, or a name opening with the work the sentence opened with)
    ss = s.sentence[0] + (1 if s.text[s.sentence[0]:s.sentence[0] + 1] in "。；;\n" else 0)
    comma = s.text.find("，", ss, s.it.cs)
    first = s.text[ss:comma] if comma > 0 else ""
    cut = _TOPIC_CUT.search(first)
    topic = clean(first[:cut.start()]) if cut else ""
    if not 2 <= len(topic) <= 10 or DIGIT.search(first) or topic in d.name or LEAD_VERB.match(topic) \
            or owner_at_start(first):
        return None  # (县中医医院新院区投入使用，…: an owner, the scope's to carry)
    verb = _DONE_VERB.match(d.name)
    rest = d.name[verb.end():] if verb else d.name  # 完成改造: what was done is the work itself
    shared = next((k for k in (3, 2) if len(topic) > k and rest.startswith(topic[-k:])), 0)
    if shared and _WORK_DONE.search(topic) and not _NOT_TOPIC.search(topic.replace("“", "").replace("”", "")):
        # the work's own figures: 改造项目 → “三旧”改造项目, 完成改造 → 完成棚户区改造
        return replace(d, name=d.name[:len(d.name) - len(rest)] + topic + rest[shared:])
    if _NOT_TOPIC.search(topic):
        return None
    if not unsaid and not (_WORK_DONE.search(topic) and len(d.name) <= 5 and s.it.q.kind == "count"):
        return None  # (地质灾害防治扎实推进，全年排查隐患点1216处: a short count of the work's deeds)
    return replace(d, name=topic + d.name)


#: What was done to a work, before it in a name (完成改造).
_DONE_VERB = re.compile(r"^(?:完成|实施|推进|开工)")
#: Works whose figures a clause after them counts (the name opening with the same word).
_WORK_DONE = re.compile(r"(?:改造|整治|治理|建设|搬迁|安置|拆除|修缮|造林|绿化|防治)$")


#: A clause that counts the members of a whole by a condition: 超亿元的有12个, 亿元以上的有17个.
_AMONG_COUNT = re.compile(r"(?P<c>[^，,；;。、]{1,20}?)的有(?:[共达]|达到)?\s*$")
#: The whole such clauses count among, framing them: 引进项目中，….
_AMONG_FRAME = re.compile(r"(?P<w>[^，,；;。：:]{2,16}?)中[，,]\s*$")


def among_whole(s: Scene, d: Draft) -> Draft | None:
    """``引进项目中，超亿元的有12个，超5000万元的有21个`` → 超亿元的引进项目, 超5000万元的引进项目:
    the members of a whole framed by ``X中，`` that meet a condition; sibling clauses of the same
    form share the frame."""
    text, it = s.text, s.it
    m = _AMONG_COUNT.match(text, it.cs, it.q.qual_start)
    if m is None:
        return None
    at = it.cs
    while at > s.sentence[0]:
        frame = _AMONG_FRAME.search(text, max(s.sentence[0], at - 20), at)
        if frame is not None:
            whole = clean(frame["w"])
            if owner := owner_at_start(whole):
                whole = whole[len(owner):] or whole
            return replace(d, name=f"{clean(m['c'])}的{whole}") if len(whole) >= 2 else None
        cut = max(text.rfind(c, s.sentence[0], at - 1) for c in "，,；;")
        if cut < s.sentence[0] \
                or _AMONG_COUNT.search(text, cut + 1, _number_start(text, cut + 1, at)) is None:
            return None  # the clause before is no sibling: no frame
        at = cut + 1
    return None


def _number_start(text: str, start: int, end: int) -> int:
    """Where the first digit of ``text[start:end]`` is (``end`` if none)."""
    for k in range(start, end):
        if text[k].isdigit():
            return k
    return end


def long_name_head(s: Scene, d: Draft) -> Draft | None:
    """Long names keep their head noun: the part after the last 的, without book titles."""
    if len(d.name) <= 24 and (not d.extra or all(len(n) <= 24 for n in d.extra)):  # most: no extra
        return None
    if _SHARE_OF.search(d.name) and not d.extra:
        return None  # X占行政村总数的比重: the head after 的 (比重) would say nothing
    return replace(d, name=shorten(d.name), extra=tuple(shorten(n) for n in d.extra))


RULES: tuple[NameRule, ...] = (
    NameRule("among_whole", among_whole, "kind"),
    NameRule("paired_list", paired_list, "kind"),
    NameRule("rate_subject", rate_subject, "subject"),
    NameRule("multiple_of", multiple_of, "subject"),
    NameRule("parallel_subject", parallel_subject, "subject"),
    NameRule("rate", rate, "kind"),
    NameRule("target_of_previous", target_of_previous, "unnamed"),
    NameRule("share_of_whole", share_of_whole),
    NameRule("share_of_revenue", share_of_revenue),
    NameRule("time_needed", time_needed, "kind"),
    NameRule("converted_unit", converted_unit, "kind"),
    NameRule("elided_subject", elided_subject, "kind"),
    NameRule("change_of_previous", change_of_previous),
    NameRule("owner_of_previous", owner_of_previous),
    NameRule("shared_head", shared_head),
    NameRule("listed_kind", listed_kind),
    NameRule("population_of_sentence", population_of_sentence),
    NameRule("counterpart", counterpart),
    NameRule("frame_words", frame_words),
    NameRule("total_of_previous", total_of_previous),
    NameRule("gap_to_rate", gap_to_rate),
    NameRule("rank_move", rank_move),
    NameRule("set_as", set_as, "unnamed"),
    NameRule("same_clause", same_clause, "unnamed"),
    NameRule("time_only", time_only, "unnamed"),
    NameRule("measure_of_lead", measure_of_lead, "unnamed"),
    NameRule("previous_clause", previous_clause, "unnamed"),
    NameRule("base_year_level", base_year_level),
    NameRule("ratio", ratio),
    NameRule("cumulative_span", cumulative_span),
    NameRule("completion_rate", completion_rate),
    NameRule("part_of_whole", part_of_whole),
    NameRule("class_of_whole", class_of_whole),
    NameRule("measure_of_previous", measure_of_previous),
    NameRule("product_of_previous", product_of_previous),
    NameRule("parallel_quoted", parallel_quoted),
    NameRule("unit_suffix", unit_suffix),
    NameRule("shared_value", shared_value),
    NameRule("activity_subject", activity_subject),
    NameRule("took_part", took_part),
    NameRule("satisfied_with", satisfied_with),
    NameRule("satisfied_count", satisfied_count),
    NameRule("outcome_of_handled", outcome_of_handled),
    NameRule("class_of_handled", class_of_handled),
    NameRule("petitions_handled", petitions_handled),
    NameRule("contents_of_book", contents_of_book),
    NameRule("trouble_solved", trouble_solved),
    NameRule("object_as_owner", object_as_owner),
    NameRule("part_of_previous", part_of_previous),
    NameRule("joined_activities", joined_activities),
    NameRule("result_of_previous", result_of_previous),
    NameRule("rate_after_rate", rate_after_rate),
    NameRule("rate_of_previous_verb", rate_of_previous_verb),
    NameRule("rate_of_count", rate_of_count),
    NameRule("object_of_previous", object_of_previous),
    NameRule("deeds_of_people", deeds_of_people),
    NameRule("subject_of_previous", subject_of_previous),
    NameRule("station_deeds", station_deeds),
    NameRule("kept_bracket", kept_bracket),
    NameRule("not_a_name", not_a_name),
    NameRule("bare_measure", bare_measure),
    NameRule("topic_of_sentence", topic_of_sentence),
    NameRule("livelihood_projects", livelihood_projects),
    NameRule("long_name_head", long_name_head),
    # (last: a name of an inquiry's part is long by nature, and says what it needs)
    NameRule("inquiry_part", inquiry_part),
)
#: Every rule name a fact may carry: the first rules, then the registry's.
#: The registry as plain tuples: attribute reads cost in the hot loop of :func:`run_rules`.
_TABLE = tuple((r.name, r.apply, r.group) for r in RULES)
@cache
def _rules_for(key: tuple[bool, bool, bool, bool, str, str]) -> Chain:
    """The rules that may apply to a figure of this kind (the fields of :class:`Key`), in order,
    compiled into one function (:mod:`.chain`)."""
    k = Key(*key)  # a plain tuple per figure is cheaper to build; the cache sees equal keys
    return _chain(tuple(e for e in _TABLE if e[0] not in GUARDS or GUARDS[e[0]](k)))


@cache
def _chain(rules: tuple[tuple[str, Apply, str], ...]) -> Chain:
    """One compiled chain per set of rules: many kinds of figure (units) share a set."""
    return compile_chain(rules, TRIGGERS, trigger_names())


RULE_NAMES = ("clause_before", "noun_after", "done_to", "size_class", "shared_verb", "list_verb", "table_row",
              *(r.name for r in RULES), "span_of_sentence",
              "part_of_year")


def run_rules(s: Scene) -> tuple[Draft, str]:
    """The name of one figure and the rules that made it (``clause_before+rate``)."""
    d, first = first_name(s)
    chain = [first]
    it = s.it
    change = it.change
    key = (it.pair is not None, change is not None, change is not None and change.kind == "multiple",
           s.prev is not None, it.q.kind, it.q.unit)
    d = _rules_for(key)(s, d, chain)  # rules of a fired group skipped, changes recorded in chain
    return d, "+".join(chain)


def name_figures(text: str, rows: tuple[Figure, ...], sentence: tuple[int, int],
                 note: bool = False) -> tuple[Named, ...]:
    """Name every row of a sentence; size classes (``亿元以上``) are named but left out."""
    out: list[Named] = []
    named: dict[int, Named] = {}
    prev: Named | None = None
    last = len(rows) - 1
    for k, it in enumerate(rows):
        q = it.q
        start = it.cs
        if prev is not None and prev.fig.cs == it.cs and prev.after_end > start:
            start = prev.after_end  # conditionals, not max(): a call per figure
        end = it.change.start if it.change is not None else q.qual_start
        raw = text[(end - WINDOW if end - WINDOW > start else start):end] if end > start else ""
        after = parts.after_text(text, it, k < last and rows[k + 1].cs == it.cs)
        part_of = prev.part_of if prev is not None else ""
        if after.threshold:  # a size class is part of the name of what it classes, no figure of its own
            prev = Named(it, "", "size_class", noun=after.noun, stem=before_name(raw, True),
                         after_end=q.post_end, threshold=True, part_of=part_of)
            named[it.index] = prev
            continue
        scene = Scene(text, it, prev, raw, before_name(raw, bool(after.text)), after, sentence, named, start,
                      note)
        d, chain = run_rules(scene)
        prev = Named(it, d.name, chain, d.extra, d.noun, d.stem, d.verb, after.number_first, False,
                     after.end, d.part_of)
        named[it.index] = prev
        out.append(prev)
    named_out = share_predicate(text, counts_of_one_group(text, ranges_named(out)))
    found = list(_YEAR_PART.finditer(text, sentence[0], sentence[1]))  # (most sentences: none)
    return tuple(part_of_year(text, sentence, n, found) for n in named_out) if found else tuple(named_out)


def name_rule_counts(rows: Iterable[Mapping[str, object]]) -> dict[str, int]:
    """How many rows each naming rule took part in (a row's ``name_rule`` may list several).

    >>> name_rule_counts([{"name_rule": "clause_before+rate"}, {"name_rule": "clause_before"}])
    {'clause_before': 2, 'rate': 1}
    """
    counts: dict[str, int] = {}
    for row in rows:
        for rule in str(row.get("name_rule") or "").split("+"):
            if rule:
                counts[rule] = counts.get(rule, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
