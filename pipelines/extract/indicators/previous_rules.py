"""Naming rules that lean on the row named before a figure, or on what the sentence said before it.

A figure's clause often names only a part of what it measures: a total (``总数达到186家``), a
result (``净核减…``), a handling rate (``办结率…``), a gap (``高于全省平均水平…``), a completion
rate (``完成目标任务的115.5%``), a part (``其中国家级2家``).  These rules take the rest from the
row before.  They are entries of :data:`pipelines.extract.indicators.naming.RULES` (moved here
from ``naming.py`` unchanged, to keep each module small); the golden cases are in
``tests/cases/naming.csv``.

>>> bool(HANDLING_RATE.fullmatch("办结率")), bool(HANDLING_RATE.fullmatch("森林覆盖率"))
(True, False)
>>> [bool(RESULT_OF.match(w)) for w in ("净核减金额", "新增就业")]
[True, False]
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from pipelines.extract.indicators import name_parts as parts
from pipelines.extract.indicators.cues import alternation, words
from pipelines.extract.indicators.scope import named_owner, place_kind, place_part
from pipelines.extract.indicators.stages import renew as replace  # a Draft has no __post_init__
from pipelines.extract.indicators.words import (
    ABOVE,
    ABOVE_WORDS,
    BASE_YEAR,
    COMPLETED,
    CONVERTED,
    CUMULATIVE,
    LEAD,
    LEAD_VERB,
    OWN_TASK,
    OWNER_TRIM,
    PLACE_OPENS,
    POINTS,
    RANK_MOVE,
    RATE_TAIL,
    RATE_WORDS,
    SHARED_VALUE,
    SPAN_HEAD,
    TARGET_AFTER,
    TASK_END,
    TOTAL,
    VERB_AT,
    VERB_END,
    WHOLE_MEASURE,
    clean,
    object_of,
    parallel,
)

if TYPE_CHECKING:  # naming imports this module: the types only, no import at run time
    from pipelines.extract.indicators.naming import Draft, Scene
    from pipelines.extract.indicators.stages import Named


def converted_unit(s: Scene, d: Draft) -> Draft | None:
    """``8.6万元，按年平均汇率折算为1.25万美元``: the same figure in another unit."""
    if s.prev is None or not CONVERTED.fullmatch(d.name):
        return None
    return replace(d, name=s.prev.name)


def _plain(s: Scene) -> bool:
    return s.prev is not None and s.it.change is None and s.it.pair is None


def total_of_previous(s: Scene, d: Draft) -> Draft | None:
    """``新增规上企业23家，总数达到186家`` → 规上企业总数."""
    if not _plain(s) or not (TOTAL.fullmatch(d.name) or (not d.name and CUMULATIVE.search(s.raw)
                                                         and not SPAN_HEAD.search(s.raw))):
        return None  # (五年累计完成64.5亿元: a total over years, cumulative_span names it)
    owner, span = s.prev.name, ""  # type: ignore[union-attr]
    if owner.endswith("累计）") and "（" in owner:  # 实施项目（五年来累计），完成投资… → 项目完成投资（…）
        at = owner.rindex("（")
        owner, span = owner[:at], owner[at:]
    owner = OWNER_TRIM.sub("", LEAD_VERB.sub("", owner))
    if not owner or owner.endswith("率"):
        return None
    return replace(d, name=owner + (d.name or ("总数" if s.it.q.kind == "count" else "累计")) + span)


def gap_to_rate(s: Scene, d: Draft) -> Draft | None:
    """``增长6.2%，高于全省平均水平0.8个百分点`` → <subject>增速高于全省平均水平."""
    if s.prev is None or s.it.change is not None or s.it.q.unit not in POINTS \
            or not ABOVE.match(d.name):
        return None
    subject = RATE_TAIL.sub("", s.prev.name)
    if not subject or subject.startswith(ABOVE_WORDS):
        return None
    return replace(d, name=subject + ("" if subject.endswith(RATE_WORDS) else "增速") + d.name)


def rank_move(s: Scene, d: Draft) -> Draft | None:
    """``位居全省第12位，较上年前移3位`` → <subject>位次前移 (a move in rank, not persons)."""
    moved = RANK_MOVE.search(s.raw) if s.it.q.unit == "位" and len(d.name) <= 4 else None
    return replace(d, name=f"{s.subject_before}位次{moved.group()}") if moved else None


def base_year_level(s: Scene, d: Draft) -> Draft | None:
    """``游客…，恢复到2019年的86.2%`` → <subject>恢复到2019年水平比例."""
    if s.it.q.kind != "percent" or s.it.change is not None or s.prev is None or len(d.name) > 4:
        return None
    m = BASE_YEAR.search(s.raw)
    if not m:
        return None
    return replace(d, name=f"{RATE_TAIL.sub('', s.prev.name)}{m.group(1)}{m.group(2)}年水平比例")


def completion_rate(s: Scene, d: Draft) -> Draft | None:
    """``完成年度计划的105%`` → …完成率; after a count, the count's completion rate."""
    it, prev = s.it, s.prev
    if it.q.kind != "percent" or it.change is not None:
        return None
    if it.pair is not None:
        return replace(d, name=d.name + "完成率") if TASK_END.search(d.name) else None
    if not COMPLETED.search(s.raw):
        return None
    name = d.name.removeprefix("为") + "完成率"  # 为调整预算的101.6%: 为 is the verb, no name
    if prev is not None and OWN_TASK.fullmatch(name[:-3]) and prev.fig.q.kind != "percent":
        name = RATE_TAIL.sub("", prev.name) + name  # 新增就业4620人，完成目标任务的115.5%
    return replace(d, name=name)


def _same_measure(group: str, whole: str) -> str:
    """A group named like the one the measure before was of takes that measure: 城镇居民 after
    全体居民人均可支配收入 → 城镇居民人均可支配收入 (the group's last two characters stand in the
    name before, a measure of two or more characters after them).

    >>> _same_measure("城镇居民", "居民人均可支配收入"), _same_measure("省级", "文明单位")
    ('城镇居民人均可支配收入', '省级')
    """
    if len(group) < 3:
        return parallel(group, whole)
    at = whole.find(group[-2:])
    rest = whole[at + 2:] if at >= 0 else ""
    return group + rest if len(rest) >= 2 and rest not in group and not group.startswith(whole[:at + 2]) \
        else group


def _group_part(s: Scene, name: str) -> bool:
    """A longer part after 其中 is a group of what was counted (乡科级干部), not a measure or an act;
    so is the next part of the same list (其中农业农村类62件、教育卫生类41件)."""
    continued = s.raw.startswith("、") and s.prev is not None and bool(s.prev.part_of) \
        and s.prev.fig.cs == s.it.cs
    # (a part of a mass or a sum is a group when it names who holds it: 其中乡镇煤矿144万吨)
    return ("其中" in s.raw or continued) and s.prev is not None \
        and s.prev.fig.q.base_unit == s.it.q.base_unit \
        and (s.it.q.kind == "count" or _HOLDER_END.search(name) is not None) \
        and (_CATEGORY.search(name) is not None or (
            not LEAD_VERB.match(name) and not VERB_END.search(name) and not VERB_AT.search(name)))


#: A class of firms by size, a statistic's own name (规模以上工业企业, 产值超亿元企业).
_CLASS_OF_SIZE = re.compile(r"以上|以下|超|规模|限额")
#: Who holds a part of a mass or a sum (乡镇煤矿, 国有企业, 公办学校): a group, no measure of its own.
_HOLDER_END = re.compile(r"(?:企业|煤矿|矿山|厂|公司|集团|学校|医院|单位|园区|基地|农户|居民|职工|部门|机构"
                         r"|合作社|景区|电站)$")


#: A category of what was counted, whatever verb its words hold: 城乡建设类, 发展经济方面.
_CATEGORY = re.compile(r"(?:类|方面)$")


#: A sector named bare after 其中 (装备制造业, 高新技术产业, 服务业), and the measures a whole lends it.
_SECTOR_PART = re.compile(r"[\u4e00-\u9fff]{1,10}"
                          r"(?:行业|产业|制造业|工业|服务业|建筑业|农业|商贸业|旅游业|物流业)")
_GDP = re.compile(r"生产总值$|GDP$")


def _place_part(s: Scene, d: Draft) -> Draft | None:
    prev = s.prev
    if prev is None or s.it.change is not None or s.it.pair is not None \
            or not (place_part(d.name) or named_owner(d.name)):
        return None  # (a town, or a named body or zone: 其中汶坪矿务局842万吨)
    if prev.fig.q.base_unit != s.it.q.base_unit and "其中" in s.raw:
        # 完成庭院改善86个、面积98.6万平方米，其中柳泾街道完成14个: the part of the count of its unit
        prev = next((n for _, n in sorted(s.named.items(), reverse=True)
                     if n.fig.q.base_unit == s.it.q.base_unit and n.name), None)
    if prev is None or prev.fig.q.base_unit != s.it.q.base_unit:
        return None
    if "其中" in s.raw:
        whole = prev.part_of if prev.name.endswith("）") and prev.part_of else prev.name
    elif s.raw.startswith("、") and prev.part_of and prev.fig.cs == s.it.cs:
        whole = prev.part_of  # 、石碾乡4.1亿元: the next place of the list
    else:
        return None
    whole = LEAD_VERB.sub("", whole) if len(whole) - len(LEAD_VERB.sub("", whole)) < len(whole) - 1 else whole
    return replace(d, name=d.name + whole, part_of=whole) if len(whole) >= 2 else None


#: A per-head income (农牧民人均纯收入) and the kinds of income it is made of (现金收入, 工资性收入).
_PER_HEAD_INCOME = re.compile(r"(?P<who>[\u4e00-\u9fff]{0,8}?)(?P<per>人均|户均)(?:纯收入|可支配收入|收入)")
_INCOME_PART = re.compile(r"(?:现金|工资性|经营性|财产性|转移性|家庭经营|务工|种植业|养殖业)(?:净)?收入")


def part_of_whole(s: Scene, d: Draft) -> Draft | None:
    """``文明单位156家，其中国家级2家、省级18家`` → 文明单位（国家级）, 文明单位（省级）;
    a group of the same measure takes its rest: ``全体居民人均可支配收入2.4万元，其中城镇居民3.2万元、
    农村居民1.4万元`` → 城镇居民人均可支配收入, 农村居民人均可支配收入; a longer part after 其中 is a
    part too: ``给予党纪处分131人，其中乡科级干部27人`` → 给予党纪处分（乡科级干部）."""
    prev = s.prev
    listed = "其中" in s.raw or s.raw.startswith(("、", "，", ","))
    if listed and (place := _place_part(s, d)) is not None:
        return place
    if s.text.startswith("其中", s.it.cs) and _INCOME_PART.fullmatch(d.name):
        # 农牧民人均纯收入1582元，比上年增加146元，其中现金收入1120元: a kind of the per-head income
        for n in sorted(s.named.values(), key=lambda n: -n.fig.index):
            if n.fig.cs < s.it.cs and n.fig.q.unit == s.it.q.unit \
                    and (whole := _PER_HEAD_INCOME.fullmatch(n.name)) is not None:
                return replace(d, name=whole["who"] + whole["per"] + d.name, part_of=n.name)
    if prev is not None and s.text.startswith("其中", s.it.cs) and _SECTOR_PART.fullmatch(d.name) \
            and prev.fig.q.base_unit == s.it.q.base_unit and s.it.change is None \
            and sum(n.fig.cs == prev.fig.cs and n.fig.q.base_unit == s.it.q.base_unit
                    for n in s.named.values()) == 1 \
            and ((measure := WHOLE_MEASURE.search(prev.name)) is not None or _GDP.search(prev.name)):
        # 实现产值612亿元，其中装备制造业318亿元: the sector's share of the whole's measure; a sector's
        # share of a product (生产总值…，其中第三产业…) is its value added
        return replace(d, name=d.name + (measure.group() if measure else "增加值"), part_of=prev.name)
    if _plain(s) and listed and len(d.name) <= 4 and VERB_AT.match(d.name) \
            and prev.fig.q.unit == s.it.q.unit:  # type: ignore[union-attr]
        # 调整交流科级干部214名，其中提拔使用63名、交流轮岗151名: a part done to the whole's object
        whole = prev.name if "其中" in s.raw else prev.part_of  # type: ignore[union-attr]
        ends = [m.end() for m in VERB_AT.finditer(whole)]
        thing = whole[ends[-1]:].split("（")[0] if ends else ""
        if len(thing) >= 2 and not VERB_AT.match(thing):
            return replace(d, name=d.name + thing, part_of=whole)
    if _plain(s) and listed and 2 <= len(d.name) <= 4 and prev.fig.q.unit == s.it.q.unit \
            and not prev.name.endswith("）") and not VERB_AT.search(prev.name):  # type: ignore[union-attr]
        same = _same_measure(d.name, prev.name)  # type: ignore[union-attr]
        if same != d.name:
            return replace(d, name=same, part_of="")
    # (其中国有及国有控股企业71.8亿元: a holder; 其中规模以上工业企业238家: a class named of its own)
    longest = 12 if _HOLDER_END.search(d.name) and not _CLASS_OF_SIZE.search(d.name) else 6
    if not (_plain(s) and 1 < len(d.name) <= (longest if _group_part(s, d.name) else 3)):
        return replace(d, part_of="") if d.part_of and s.it.pair is None else None
    part_of = prev.part_of  # type: ignore[union-attr]
    if "其中" in s.raw:
        part_of = part_of if prev.name.endswith("）") and part_of else prev.name  # type: ignore[union-attr]
    if part_of and ("其中" in s.raw or s.raw.startswith(("、", "，", ","))):
        return replace(d, name=f"{part_of}（{d.name}）", part_of=part_of)
    # (a paired place keeps the measure it is a value of: naming.paired_list)
    return replace(d, part_of="") if d.part_of and s.it.pair is None else None


def rate_of_count(s: Scene, d: Draft) -> Draft | None:
    """A short rate after a count borrows its subject: ``受理诉求300件，办结率98%`` → 受理诉求办结率."""
    prev = s.prev
    if s.it.q.kind != "percent" or prev is None or not (prev.fig.q.kind == "count" or prev.stem) \
            or PLACE_OPENS.match(s.raw):
        return None  # 走访26个村，全县参合率88.2%: a rate the clause gives the place, not the count's
    stem = d.stem
    names = []
    counts = _listed_counts(s) if not d.extra and SHARED_VALUE.search(s.raw) else [_whole_of(s, prev)]
    for n in (d.name, *d.extra):
        for count in counts:  # 办理建议168件、提案215件，办复率均为100%: one rate of each count
            named, borrowed = parts.with_stem(n, count)
            names.append(named)
            stem = borrowed if borrowed is not None else stem
    return replace(d, name=names[0], extra=tuple(names[1:]), stem=stem)


def _whole_of(s: Scene, prev: Named) -> Named:
    """The count a rate after a list of parts is of: the whole the parts belong to (提出建议168件，其中
    农业农村类62件、城建交通类33件，办复率100% → 提出建议办复率), else the count right before."""
    if not prev.part_of or "其中" in s.raw:
        return prev
    for k in range(prev.fig.index - 1, -1, -1):
        n = s.named.get(k)
        if n is not None and n.name == prev.part_of and n.fig.q.unit == prev.fig.q.unit:
            return n
    return prev


def _listed_counts(s: Scene) -> list[Named]:
    """The counts listed right before a figure (A168件、B215件), in order; at least the one before."""
    prev = s.prev
    assert prev is not None
    run = [prev]
    for k in range(prev.fig.index - 1, -1, -1):
        n = s.named.get(k)
        if n is None or n.fig.q.unit != prev.fig.q.unit or n.fig.cs != prev.fig.cs:
            break
        run.insert(0, n)
    return run


def _last_object(name: str) -> str:
    """The thing after the last verb of a name: 委员和各参加单位提交提案 → 提案."""
    ends = [m.end() for m in VERB_AT.finditer(name)]
    thing = name[ends[-1]:] if ends else ""
    return thing if len(thing) >= 2 else ""


#: What a clause without figures says of the thing it opens with: 安置房建设加快 → 安置房.
_WORK_TAIL = re.compile(r"(?:建设|工作|工程)$")
#: A clause that opens with what was done (完成年度任务，推进…): it names an act, no thing counted.
_ACT_FIRST = re.compile(r"(?:完成|实现|开展|推进|加强|落实|组织|召开|举办|深化|实施"
                        r"|全面|大力|积极|认真|坚持)")
_TOPIC_SAYS = re.compile(r"(?:建设|工作|工程)?"
                         r"(?:加快|加速|全面|稳步|有序|顺利|持续|扎实|深入|进展|推进|提速|已全部|已|均已)")


def _object_of_topic(s: Scene, d: Draft) -> Draft | None:
    """A bare completion verb after a clause without figures that names the thing (``安置房建设加快，
    新开工9栋，竣工6栋``) counts that thing: 新开工安置房."""
    if len(d.name) > (8 if "和" in d.name else 4):  # (解决和部分解决: two verbs joined)
        return None
    opened = max(s.text.rfind(c, s.sentence[0], s.it.cs - 1) for c in "，,；;。") + 1
    raw = s.text[max(opened, s.sentence[0]):s.it.cs - 1].strip()
    if not _TOPIC_SAYS.search(raw) or _ACT_FIRST.match(raw):
        return None  # (完成年度任务，办结…: an act told, not a thing the clause is about)
    topic = parts.previous_subject(s.text, s.it, s.sentence[0], bare=True)
    cut = _TOPIC_SAYS.search(topic)
    thing = _WORK_TAIL.sub("", topic[:cut.start()] if cut else topic)
    if not 2 <= len(thing) <= 10:
        return None
    return replace(d, name=d.name + thing, noun=thing)


def object_of_previous(s: Scene, d: Draft) -> Draft | None:
    """``收到备案文件17件，审查17件`` → 审查备案文件: a bare verb takes the thing counted before."""
    prev = s.prev
    if s.it.q.kind != "count" or (verb := VERB_END.search(d.name)) is None:
        return None
    if verb.start() > 0 and verb.group() in _STOCK:
        return None  # 生猪出栏86.4万头: the beasts are named already (肉牛存栏…、出栏…: bare, they are not)
    if prev is None:
        return _object_of_topic(s, d)
    if prev.fig.q.base_unit != s.it.q.base_unit:  # 收集信息312条，编发简报42期，被采用68条: the last
        prev = next((n for _, n in sorted(s.named.items(), reverse=True)  # count of 条 (or 万条)
                     if n.fig.q.base_unit == s.it.q.base_unit and n.name), None)
        if prev is None:
            return _object_of_topic(s, d)
    # 其中督促落实解决431件: a part of what was counted before; 被市政协采用68条、全国政协采用3条: done to it
    part = s.text.startswith("其中", s.it.cs) or d.name.startswith(("被", "获")) or s.raw.startswith("、")
    if not part:  # 立案286件，其中…、集体提案45件；已办复286件: what was done is done to the whole
        prev = _whole_of(s, prev)
    if s.raw.startswith("、") and not prev.noun and (verb := VERB_END.search(prev.name)) is not None \
            and verb.start() >= 2 and not LEAD_VERB.match(prev.name) \
            and _ADVERB.fullmatch(d.name[:VERB_END.search(d.name).start()]):  # (部门采纳 has a subject)
        # 棚户区改造开工3216套、基本建成1870套: two steps of one subject, verbs alike
        return replace(d, name=prev.name[:verb.start()] + d.name)
    noun = prev.noun or (object_of(prev.name) or _last_object(prev.name) if len(d.name) <= 4 or part else "")
    return replace(d, name=d.name + noun, noun=noun) if noun and noun not in d.name else None


#: Counts of livestock kept or sold (存栏, 出栏): bare after the beasts' own count, they take the beasts.
_STOCK = frozenset(("存栏", "出栏", "存笼", "出笼"))


#: What may stand before the verb of a bare predicate (基本建成, 全部竣工): an adverb, or nothing.
_ADVERB = re.compile(r"(?:基本|全部|全面|已经|已|累计|陆续|相继|新|共)?")


#: What facilities have (their area, capacity, yield): results too, but only of the facilities counted
#: in the clause right before, not across a clause that names another (…，污水处理厂建成投产，日处理能力…).
_FACILITY_WORDS = words("name_words.csv", "word", role="facility_result")
_OF_FACILITIES = frozenset(_FACILITY_WORDS)
#: Results and attributes of what the figure before counted (净核减, 注册资本, 带动就业).
RESULT_OF = alternation(words("name_words.csv", "word", role="result_of") + _FACILITY_WORDS, "^(?:{})")


#: A measure per head of population: the frame of the name, shared by a measure told after it.
_PER_HEAD = re.compile(r"每(?:[一二三四五六七八九十百千万\d]+)?(?:万|千|百)人口?|每千名?(?:老年人|儿童)")


def result_of_previous(s: Scene, d: Draft) -> Draft | None:
    """A result named bare takes the activity or things counted just before it in the sentence.

    ``完成政府投资项目审计86个，净核减金额1.26亿元，净核减率7.9%`` → 政府投资项目审计净核减金额,
    政府投资项目审计净核减率 (the rate borrows what the amount before it was prefixed with);
    ``引进企业25家，注册资本18亿元，带动就业1200人``: a chain of results keeps the owner.
    """
    result = RESULT_OF.match(d.name)
    prev = s.prev
    if result is None or prev is None or len(d.name) - result.end() > 4:
        return None  # 带动就业困难人员再就业: a longer name is a thing of its own, no bare result
    if s.text.find("；", prev.fig.q.end, s.it.cs) >= 0:
        return None  # 走访企业52家；文史委员会编辑出版…，收录文章46篇: another part, another subject
    if (per := _PER_HEAD.match(prev.name)) and not d.name.startswith(per.group()):
        # 每万人口执业医师数达到36.2人，床位数达到71.5张: per ten thousand people too, nothing else
        return replace(d, name=per.group() + d.name, stem=per.group())
    at = prev.name.find(result.group())
    if at > 0:  # the row before is this result already, with its owner in front
        owner = prev.name[:at]
    elif at < 0 and "result_of_previous" in prev.rule and prev.stem:  # a chain of results
        owner = prev.stem
    elif at < 0 and prev.fig.change is None and (prev.fig.q.kind == "count" or (
            prev.fig.q.kind == "money" and result.group() in _REACHED_BY_MONEY)):
        # 发放稳岗返还资金3860万元，惠及企业1276家: the money's; 企业186家，净增23家，实现增加值…: the firms'
        if result.group() in _OF_FACILITIES and s.it.cs > prev.fig.ce + 1 \
                and s.text[prev.fig.ce + 1:s.it.cs].strip("，,、 "):
            return None  # 关停企业14家，污水处理厂建成投产，日处理能力…: a clause between has its own subject
        owner = LEAD_VERB.sub("", prev.name)
        rest = owner[1:] if owner[:1] in "、和及与" else owner
        if (second := LEAD_VERB.match(rest)) is not None and len(rest) - second.end() >= 2:
            owner = rest[second.end():]  # 新建改建活动场所23个，面积…: two verbs, one act (新建、改扩建)
        owner = OWNER_TRIM.sub("", owner)
    elif at < 0 and prev.fig.change is None and prev.fig.q.kind == "area" and _YIELD.fullmatch(d.name) \
            and s.text[prev.fig.q.post_end:s.it.cs].strip("，,、 ") == "":
        # 种植马铃薯32万亩，产量58.6万吨 → 马铃薯产量: the crop of the land told right before
        owner = LEAD_VERB.sub("", prev.name).removesuffix("面积")  # (新植核桃面积: the suffix's)
        if len(owner) < 2:  # 新种百香果5600亩，全镇种植面积达到1.2万亩，产量…: the crop named before
            owner = next((crop for _, n in sorted(s.named.items(), reverse=True) if n.fig.q.kind == "area"
                          and len(crop := LEAD_VERB.sub("", n.name).removesuffix("面积")) >= 2
                          and crop != n.name), "")
        elif owner == prev.name:
            return None  # (no verb before the crop)
        if len(owner) < 2 or len(owner) > 8:
            return None  # (no crop, or more than a crop's name)
    else:
        return None
    return replace(d, name=owner + d.name, stem=owner) if owner else None


#: What land sown or planted yields, named bare after its area (产量, 亩均增产, 单产, 总产值).
_YIELD = re.compile(r"(?:总|亩均|平均|单位面积)?(?:产量|总产|单产|亩产|增产|产值|收入|效益)(?:量)?")


#: Results money reaches: 发放补贴资金…，惠及农户… → 补贴资金惠及农户.
_REACHED_BY_MONEY = frozenset(("惠及", "受益", "带动就业"))


#: A rate of handling named bare (办结率, 满意和基本满意率): it rates the things of the rate before.
_HANDLING = "(?:" + "|".join(words("name_words.csv", "word", role="handling")) + ")"


HANDLING_RATE = re.compile(rf"(?:及时|按期)?{_HANDLING}(?:和基本{_HANDLING})?率$")


def rate_after_rate(s: Scene, d: Draft) -> Draft | None:
    """A bare handling rate after another rate borrows that rate's subject.

    ``热线工单处置率99.1%，办结率96.5%`` → 热线工单办结率; ``城镇化率…，森林覆盖率…`` stays.
    """
    prev = s.prev
    if prev is None or s.it.q.kind != "percent" or prev.fig.q.kind != "percent" \
            or not HANDLING_RATE.fullmatch(d.name):
        return None
    own = HANDLING_RATE.search(prev.name)
    stem = (prev.stem or (prev.name[:own.start()] if own else "")).removesuffix("的")
    if not stem or d.name.startswith(stem):
        return None
    return replace(d, name=stem + d.name, stem=stem)


#: A period that opens a name: 2018年, 2016—2020年, and the years a report counts from its own
#: (去年, 今年, 当年: ``…，去年达到9.6万元`` names the same measure a year on).
_YEAR_HEAD = re.compile(r"^(?:(?:19|20)\d\d年(?:末|底|度)?|(?:19|20)\d\d[-—至到](?:19|20)\d\d年|"
                        r"(?:去|今|当|同|明)年(?:末|底|度)?)")


_PAGE = re.compile(r"第?\s*[-—－]?\s*\d{1,3}\s*[-—－]?\s*页?|[-—－]\s*\d{1,3}\s*[-—－]")


_PLACE_LIST = re.compile(r"^(?:[\u4e00-\u9fff]{1,4}(?:镇|乡|街道|村|县|区|市)[、，,和及]){2,}"
                         r"[\u4e00-\u9fff]{1,4}(?:镇|乡|街道|村|县|区|市)等?$")


#: Speed only: a character every match of _YEAR_HEAD (a digit or 年), _PAGE (a digit) and
#: _PLACE_LIST (a list mark) holds.
_PAGE_OR_LIST = re.compile(r"[\d、，,和及年]")


def not_a_name(s: Scene, d: Draft) -> Draft | None:
    """A year, a page marker or a list of places is no name: ``2021年`` → the subject before;
    ``2021年新增就业`` → 新增就业 (the year is the period's); ``甲镇、乙镇、丙镇`` → the subject."""
    name = d.name
    head = _YEAR_HEAD.match(name)
    if head is None and _PAGE_OR_LIST.search(name) is None:
        return None  # most names: neither a page marker (a digit) nor a list of places (a 、)
    if head and len(name) - head.end() >= 2:
        rest = name[head.end():]  # 2018年全县… → …; 2020年我市出台… → 出台…
        return replace(d, name=clean(LEAD.sub("", rest)) or clean(rest) or rest)
    if not (head or _PAGE.fullmatch(name) or _PLACE_LIST.match(name)):
        return None
    prev = s.prev
    if head and prev is not None and prev.fig.q.unit == s.it.q.unit and prev.name:
        return replace(d, name=prev.name)  # 城镇化率达到61%，2025年达到70%: the same measure, a later year
    subject = parts.previous_subject(s.text, s.it, s.sentence[0])
    return replace(d, name=subject if subject and subject != name else "未具名数量")


#: What a figure is set as (以200户为基数, 以每亩300元为标准): the name is that measure.
_SET_AS = re.compile(r"为(基数|标准|上限|下限|起点|门槛|单位|基准)")


def set_as(s: Scene, d: Draft) -> Draft | None:
    """``以200户为基数组建`` → 基数: a figure set as a basis or standard is named by it, not by the
    clause before (a glossary note's figure then takes the note's term: 邻里值班室基数)."""
    if not s.raw.endswith("以"):
        return None
    m = _SET_AS.match(s.text, s.it.q.post_end)
    return replace(d, name=d.name.removesuffix("以") + m.group(1)) if m else None


def share_of_whole(s: Scene, d: Draft) -> Draft | None:
    """``选出乡镇人大代表312名，其中妇女代表占31.5%`` → 乡镇人大代表中妇女代表占比: a share after
    其中 is a share of what the count before it counted."""
    ch = s.it.change
    if ch is None or ch.kind != "share_pct" or not d.name.endswith("占比"):
        return None
    if "其中" not in s.text[s.it.cs:s.it.q.start]:
        # 县人大代表中，女代表占27.6%，少数民族代表占48.5%: the group named first, a comma after 中;
        # …，其中女党员占31.2%、农村一线党员占58%: the next share of the same whole
        group = _GROUP_FIRST.match(s.text, s.sentence[0], s.it.cs)
        whole = group.group("g") if group else ""
        if not whole and s.prev is not None and "share_of_whole" in s.prev.rule and "中" in s.prev.name:
            whole = s.prev.name.split("中", 1)[0]
        if not whole:  # 村“两委”成员平均年龄41.6岁，…，大专及以上学历的占38.5%: the group aged before
            aged = next((n for _, n in sorted(s.named.items(), reverse=True)
                         if n.name.endswith("平均年龄")), None)
            whole = aged.name.removesuffix("平均年龄") if aged is not None else ""
            whole = whole if 2 <= len(whole) <= 16 else ""
        return replace(d, name=f"{whole}中{d.name}") if whole and whole not in d.name else None
    prev = next((n for _, n in sorted(s.named.items(), reverse=True)  # 其中35岁以下的占72%: past the class
                 if not n.threshold and n.name and n.fig.q.kind != "percent"), None)  # (and past shares)
    if prev is None or prev.fig.q.kind != "count":
        return None
    whole = prev.noun or object_of(prev.name) or _last_object(prev.name) or prev.name
    if not whole or whole in d.name:
        return None
    part = d.name.removeprefix("（").replace("）", "", 1) if d.name.startswith("（") else d.name
    return replace(d, name=f"{whole}中{part}")


#: A group a sentence opens with, its shares told after it (新提拔干部中，大专以上文化程度的占54.3%).
_GROUP_FIRST = re.compile(r"\s*(?:在)?(?P<g>[^，,；;。\d]{2,16}?)中[，,]")


_TARGET_NAME = re.compile(r"(?:年度|全年)?(?:计划|预期|奋斗|调控|控制)?目标(?:以内)?")
#: The target itself is told (计划目标为4.5%以内), not a gap to it (高于8%的预期目标0.2个百分点).
_TARGET_IS = re.compile(r"目标(?:值)?(?:为|是|定为|确定为)$")
#: What compares an outcome with a target before the target's figure: no measure's name.
_COMPARING = re.compile(r"^(?:超过|超出|高于|低于|略低于|控制在|超额|提前|完成|实现|达到)*")


def target_of_previous(s: Scene, d: Draft) -> Draft | None:
    """A target told beside the outcome of the measure before it takes that measure's name.

    ``地区生产总值增长13.6%，超过12%的年度计划目标`` → 地区生产总值增长年度计划目标;
    ``城镇登记失业率4.1%，计划目标为4.5%以内`` → 城镇登记失业率计划目标.
    """
    prev = s.prev
    if prev is None:
        return None
    after = TARGET_AFTER.match(s.text, s.it.q.post_end, s.it.ce)
    named = after is None and _TARGET_NAME.fullmatch(d.name) and _TARGET_IS.search(s.raw)
    if after is None and not named:
        return None
    words = (after.group() if after else d.name).removeprefix("的").removesuffix("以内")
    own = _COMPARING.sub("", s.before)
    if after is not None and len(own) >= 2:  # 地区生产总值增长超过7%的预期目标: the clause's own measure
        mine = s.it.change
        return replace(d, name=own + (_grew(mine.kind, mine.direction) if mine else "") + words)
    change = prev.fig.change
    kind, _, direction = (change.kind, None, change.direction) if change is not None \
        else prev.fig.base_change or ("", None, "")
    # a rate word the rate rule added goes; one the measure is named by stays (人口自然增长率)
    subject = RATE_TAIL.sub("", prev.name) if change is not None else prev.name
    if not subject or subject in words:
        return None
    verb = "" if subject.endswith(("增长", "下降")) else _grew(kind, direction)
    return replace(d, name=subject + verb + words)


def _grew(kind: str, direction: str) -> str:
    """The verb a target of a change carries: 增长, 下降, or '' for a level."""
    return "" if kind not in ("yoy_pct", "yoy_pp") else "下降" if direction == "down" else "增长"


#: Who does deeds of their own in a report (the longer first).
_PEOPLE_NOUNS = ("人大代表", "政协委员", "党员干部", "机关干部", "委员", "代表", "党员", "干部", "志愿者",
                 "职工", "民兵", "企业家")
#: People counted right after their number (130余名委员, 1860余名各级人大代表): whose deeds follow.
_PEOPLE_AFTER = re.compile(r"(?:各级|全体|部分|机关)?(?:[区县市镇乡]级)?(?:[区县市镇乡])?"
                           r"(?P<n>" + "|".join(_PEOPLE_NOUNS) + ")")
#: Deeds such people do, opening a name that has no doer of its own (帮扶贫困户, 捐款捐物).
_DEEDS = re.compile(r"(?:结对)?(?:帮扶|捐款|捐物|捐赠|捐资|捐助|慰问|走访|参与|下沉|投身|认领|资助|助学|义诊"
                    r"|调解|化解|宣讲|服务)")


def deeds_of_people(s: Scene, d: Draft) -> Draft | None:
    """A deed told in the clause after a count of people, without a doer of its own, is theirs:
    ``组织130余名委员参与结对帮扶，帮扶贫困户260户，捐款捐物折合48万元`` → 委员帮扶贫困户, 委员捐款捐物.
    """
    prev = s.prev
    if prev is None or prev.fig.cs >= s.it.cs or not d.name or not _DEEDS.match(d.name):
        return None
    if s.text.count("，", prev.fig.q.post_end, s.it.cs) + s.text.count(",", prev.fig.q.post_end, s.it.cs) > 1:
        return None  # the clause right after the people's, or after a deed of theirs
    if prev.fig.q.base_unit in ("persons", "person_times"):
        people = _PEOPLE_AFTER.match(s.text, prev.fig.q.post_end)
        noun = people.group("n") if people else ""
    else:  # 帮扶贫困户260户，捐款捐物…: the people of the deed before
        noun = next((n for n in _PEOPLE_NOUNS if prev.name.startswith(n)), "") \
            if "deeds_of_people" in prev.rule else ""
    return replace(d, name=noun + d.name) if noun and noun not in d.name else None


#: Words between a subject and its verb that are no part of the subject (全年, 共, 先后).
_SUBJECT_TAIL = re.compile(r"(?:全年|今年|当年|年内|全部|先后|累计|共计|共|已|还|又|也|均|都|分别|首次"
                           r"|积极|主动|[一二三四五六七八九十两]年(?:来|内|间)?)+$")
#: A doer's verb: a listing verb or a deed (捐资, 帮扶).
_DOER_VERB = re.compile(f"{VERB_AT.pattern}|{_DEEDS.pattern}")
#: A subject that is no doer: a preposition's phrase, a time, a place, a clause with a verb.
_NO_SUBJECT = re.compile(r"^(?:在|为|从|由|其中|全[县区市旗州镇乡]$|[我本][县区市旗州镇乡]$)"
                         r"|[的和与及、“”（）《》]$|[，,；;：:]|\d|期间|以来|时期|年底|年末|通过|对|向|把|将|按照|根据|围绕|针对|经过"
                         # the report's own body is no doer a name keeps (常委会收到…: see ACTOR)
                         r"|(?:人大常委会|常委会|人大|政协|政府|党委|[县区市州旗]委|主任会议|主席会议)$")
#: A verb that sets people to work (组织委员视察…): the people after it are the doers.
_MOBILISED = re.compile(r"(?:组织|带领|动员|发动|引导|邀请)(?:引导|带领|动员)?")
#: What a doer is: people, bodies, firms, offices, places, lines (代表联络站, 委员企业家, 区长公开电话).
_DOER_HEAD = re.compile(r"(?:代表|委员|党员|干部|企业家|企业|集团|公司|厂|站|中心|部门|单位|机关|机构"
                        r"|学校|医院|协会|商会|会|合作社|口岸|电话|热线|平台|街道|社区|乡镇|镇|乡|村|园区|开发区|工作室|银行"
                        r"|局|办|所|队|组|院|馆|户|人员|职工|居民|群众|志愿者|基地|景区|楼宇|工委|管委会)$")


@lru_cache(maxsize=4096)
def _doers(name: str) -> tuple[str, ...]:
    """The doers a name may open with, in order, each before one of its verbs (the name alone
    decides; the caller keeps the first its own clause told): ``区长公开电话全年受理群众来电`` →
    ``('区长公开电话',)``."""
    out = []
    for verb in _DOER_VERB.finditer(name, 2):  # the first verb after a doer (市民服务热线全年受理…)
        subject = _SUBJECT_TAIL.sub("", name[:verb.start()])
        if (sent := _MOBILISED.search(subject)) is not None:
            # 组织委员…: the members set to work are the doers; 街道人大工委组织代表…: who set them is
            subject = subject[sent.end():] if sent.start() == 0 else subject[:sent.start()]
        if 2 <= len(subject) <= 10 and _DOER_HEAD.search(subject) and not _NO_SUBJECT.search(subject) \
                and not _DOER_VERB.match(subject) and not SPAN_HEAD.search(subject) \
                and not place_kind(subject):
            # (举办各类干部…: a verb's object, no doer; 组织委员…: the members mobilised are)
            out.append(subject)
    return tuple(out)


def subject_of_previous(s: Scene, d: Draft) -> Draft | None:
    """A clause that opens with its verb shares the doer the sentence named before:
    ``区长公开电话全年受理群众来电3864件，办结3790件`` → 区长公开电话办结群众来电;
    ``委员企业家捐资126万元，结对帮扶贫困户310户`` → 委员企业家结对帮扶贫困户."""
    prev = s.prev
    if prev is None or not prev.name or s.it.q.kind == "percent" or not _DOER_VERB.match(d.name) \
            or not s.raw.lstrip("，,；;、 ").startswith(d.name[:2]):
        return None  # (the clause's own words open with the verb: no doer of its own)
    if sum(s.text.count(c, prev.fig.q.post_end, s.it.cs) for c in "，,；;") > 1:
        return None  # (…提交提案243件，经提案委员会审查，立案221件: another doer came between)
    opened = s.text[prev.fig.cs:prev.fig.q.start]
    subject = next((doer for doer in _doers(prev.name) if doer in opened), None)
    if subject is None:
        return None
    if subject in d.name:
        return None
    return replace(d, name=subject + d.name)


#: A part of a revenue whose share of it is told bare (税收占比, 非税收入比重).
_REVENUE_PART = re.compile(r"(?P<part>税收收入|税收|非税收入)(?:占比|比重|所占比重)")


def share_of_revenue(s: Scene, d: Draft) -> Draft | None:
    """The share of taxes told bare after a revenue is of that revenue:
    ``一般公共预算收入58.3亿元，增长13.2%，税收占比达到86.4%`` → 税收收入占一般公共预算收入比重."""
    m = _REVENUE_PART.fullmatch(d.name)
    if m is None or s.it.q.kind != "percent":
        return None
    whole = next((n for _, n in sorted(s.named.items(), reverse=True) if n.fig.q.kind == "money"
                  and n.name.endswith("收入") and not n.name.startswith(m["part"])), None)
    if whole is None or s.text.find("；", whole.fig.q.end, s.it.cs) >= 0:
        return None  # (another part of the sentence, another revenue)
    part = "税收收入" if m["part"] == "税收" else m["part"]  # (the statistic's own name: TAX_SHARE)
    return replace(d, name=f"{part}占{whole.name}比重")

