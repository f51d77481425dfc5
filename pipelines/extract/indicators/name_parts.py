"""Parts of a name that depend on the figure: rates, unit suffixes, ratios, the words after it.

>>> from pipelines.extract.quantity import change_before, parse_text
>>> t = "住院人次增长8%"
>>> q = parse_text(t)
>>> rate_name("住院人次", t, Figure(0, q, 0, len(t), change_before(t, 0, q)))
'住院人次增长率'
"""

from __future__ import annotations

import re

from pipelines.extract.indicators.stages import After, Figure, Named
from pipelines.extract.indicators.words import (
    AFTER,
    AFTER_TRAIL,
    AVERAGE,
    AVERAGE_TAIL,
    CLAUSE_SPLIT,
    CMP,
    DIGIT,
    FRAME,
    LASTING,
    LEVEL_SHIFT,
    MONEY_NOUNS,
    NOT_FIRST,
    NOUN_CUT,
    RATE_WORDS,
    RATIO_LABELS,
    RATIO_SAID,
    RATIO_VERB,
    STEM_TRIM,
    SUFFIX,
    THRESHOLD_KINDS,
    TIME_ONLY,
    VERB_AT,
    WINDOW,
    clean,
    subject,
)
from pipelines.extract.quantity import CHINESE, ratio_chain


def rate_name(name: str, text: str, it: Figure) -> str:
    """The name of a rate stated alone: 住院人次 + 增长8% → 住院人次增长率; 占…的x% → …比重."""
    ch = it.change
    q = it.q
    if name.endswith(RATE_WORDS):
        return name
    phrase = text[ch.start:q.qual_start]
    if name.endswith("增加值占比"):  # 服务业增加值占比达到84%: a sector's share of the place's product
        return name.removesuffix("占比") + "占地区生产总值比重"
    if ch.kind == "share_pct":
        if "占" in name or name.endswith(("比重", "比例", "占比")):
            return name  # 由2015年的38.6%提高到2020年的56.2%: the share named before
        verb = "相当于" if phrase.startswith("相当于") else "占"
        of = clean(phrase[len(verb):]) if phrase.startswith(verb) else ""
        if any(c.isdigit() for c in of):
            of = ""  # 分别占45%和55%: the second's phrase holds the first value, no whole
        if of.endswith(("比重", "比例")):
            return f"{name}{verb}{of}"
        if not of and name.endswith("增加值"):
            return name + "占地区生产总值比重"  # 服务业增加值占比达到85%: a sector's share of the product
        return f"{name}{verb}{of}比重" if of else f"{name}占比"
    if ch.kind == "multiple":
        return name + "倍数"
    if ch.kind == "absolute":
        return name + ("增加量" if ch.direction == "up" else "减少量")
    if ch.average:  # 年均增长7.5%, 两年平均增长: a rate over the years of a plan
        up = ch.direction == "up" or q.value < 0
        avg = AVERAGE.match(phrase)
        name = AVERAGE_TAIL.sub("", name)  # 城乡居民收入年均分别增长: the list's names end in 年均
        return name.removesuffix("年") + (avg.group() if avg else "年均") + ("增长率" if up else "下降率")
    for word in RATE_WORDS:
        if word in phrase:
            return name + word
    if q.value < 0:
        return name + "增长率"  # 增长-8.2%: a growth rate below zero
    if ch.kind == "yoy_pct" and text.find("削减", it.cs, q.qual_start) >= 0 and ch.direction == "down":
        return name + "削减率"  # 化学需氧量排放量削减3.2%: the reduction rate of an emission
    if ch.kind == "yoy_pp":
        return name + ("提高幅度" if ch.direction == "up" else "下降幅度")
    return name + ("增长率" if ch.direction == "up" else "下降率")


def suffix(name: str, it: Figure, inherited: bool) -> str:
    """面积, 金额, 户数/人数 after a short name of an area, money or count: 拆迁 (户) → 拆迁户数."""
    kind, base = it.q.kind, it.q.base_unit
    if "位次" in name or TIME_ONLY.fullmatch(name):
        return name  # 去年 (…，去年达到9.6万元) is a time, no name: not_a_name names it
    if kind == "area" and "面积" not in name and (inherited or len(name) <= 4):
        return name + "面积"
    if kind == "money" and (inherited or len(name) <= 3) and not name.endswith(MONEY_NOUNS) \
            and not name.isascii():
        return name + "金额"
    if base in SUFFIX and len(name) <= 3 and not name.endswith(("户", "人", "数")):
        return name + SUFFIX[base]
    if (kind in ("weight", "volume") or base == "cases") and _PRODUCT.fullmatch(name) \
            and not VERB_AT.search(name):
        return name + "产量"  # 原煤412万吨，水泥186万吨，卷烟6.8万箱: the output of each product
    return name


#: A product named bare before its tonnage or volume (原煤, 水泥, 铁精粉, 卷烟), no measure of its own.
_PRODUCT = re.compile(r"(?!生产|加工|销售|收购|调[入出]|[出进]口|储备|消费|处理|排放|减少|削减|节约"
                      r"|运输|吞吐|完成|实现)[\u4e00-\u9fff]{2,4}(?<![量产额数率值重耗模力放用积入出价收])")


#: A measure of each member of a group counted just before (年度平均积分, 人均收入).
PER_HEAD = re.compile(r"每(?:户|人|名|个)(?:每?年)?(?:年均|平均)?|(?:年度|年|月)?(?:平均|人均|户均)")


#: Things a size class classes, ending their clause (…产值过百亿元的装备制造企业。): no count follows.
_CLASS_NOUN = re.compile(r"[\u4e00-\u9fff]{0,10}?"
                         r"(?:企业|项目|工程|产业集群|集群|园区|村|乡镇|街道|社区|品牌|景区)(?=[，,。；;、）)]|$)")


def after_text(text: str, it: Figure, more: bool = False) -> After:
    """The noun after a figure that stands before it (``组织80名干部参加培训`` → 干部参加培训).

    more: another figure follows in the clause (``超10亿元产业项目30个``: 超10亿元 is a class).
    """
    q = it.q
    c = text[q.post_end] if q.post_end < it.ce else ""
    if c == "提" and text[q.post_end + 1:q.post_end + 2] not in "高升前":
        c = "案"  # 286件提案: a noun, not 提高
    if c.isdigit() and q.kind in THRESHOLD_KINDS and q.qualifier in ("at_least", "at_most", "less_than") \
            and q.post_end == it.after_end:
        # 其中35岁以下17名: a class bounded by the figure, counted by the next one (no noun between)
        return After("", it.after_end, "", False, True)
    if not c or c in NOT_FIRST or not ("\u4e00" <= c <= "\u9fff" or c in "“《") or \
            (q.kind == "percent" and c != "的"):
        return After("", it.after_end)  # positional: keywords cost, once per figure
    threshold = False
    if c in _TO_LEVEL_FIRST and _TO_LEVEL.match(text, q.post_end):
        return After("", it.after_end)  # 由120万千瓦上升为265万千瓦: the verb to the next level, no noun
    if c in "至到" and text[q.post_end + 1:q.post_end + 2].isdigit():
        return After("", it.after_end)  # 35亿元至40亿元: a range's lower bound, not a size class
    if q.kind in THRESHOLD_KINDS and (q.qualifier in ("at_least", "at_most", "less_than") or (
            more and q.qualifier == "more_than" and q.qual_start < q.start and c not in "大")) \
            and not VERB_AT.match(text, q.post_end):  # 减税超5亿元惠及企业…: an amount, then a verb
        threshold = True  # 亿元以上项目: a size class, not an amount of the noun
    elif q.kind in THRESHOLD_KINDS and q.qualifier in ("more_than", "at_least") and c == "的" \
            and _CLASS_NOUN.match(text, q.post_end + 1, it.ce):
        threshold = True  # 成为首家产值过百亿元的装备制造企业: the class of a thing, no amount of it
    elif q.kind == "money" and c != "的" and len(clean(text[max(it.cs, q.start - WINDOW):q.qual_start])) > 2 \
            and not (_PURPOSE.match(text, q.post_end) and _BARE_FUNDING.search(text, it.cs, q.qual_start)):
        # 收入突破1亿元大关: money named before it; after a bare verb (投入) the use names it
        return After("", it.after_end)  # positional: keywords cost, once per figure
    m = AFTER.match(text, q.post_end, it.ce)
    if (q.kind == "money" and _PURPOSE.match(text, q.post_end)) or (
            q.kind == "count" and text[q.qual_start - 1:q.qual_start] == "对" and q.qual_start - 1 >= it.cs):
        # 投入400万元开展养老和医疗保险补缴帮扶: what the money is for runs to the clause's end;
        # 对28个部门和窗口单位开展民主评议: the things the act is done to, and the act
        m = _PURPOSE_REST.match(text, q.post_end, it.ce)
    if (joined := _PARALLEL.search(m.group())) is not None and m.group()[:joined.start()][-2:] == \
            _PARALLEL_END.sub("", m.group())[-2:]:
        # 120户危房改造和农村厕所改造: two acts of one kind (…改造和…改造), only the first counted;
        # 23户国有和集体企业完成改制 is one noun phrase and stays whole
        m = re.compile(r"[^和及与]*").match(text, m.start(), m.start() + joined.start())  # type: ignore[assignment]
    if (q.base_unit in _PEOPLE or q.base_unit == "households") \
            and (per := PER_HEAD.search(text, m.start(), m.end())) is not None:
        # 248名区人大代表年度平均积分86.4分, 1200名职工人均增收: the people, then what each has
        m = AFTER.match(text, m.start(), per.start())  # type: ignore[assignment]
    if (lasting := LASTING.search(text, m.start(), m.end())) is not None:  # (no part of the noun)
        m = AFTER.match(text, m.start(), lasting.start())  # type: ignore[assignment]  # 代表46人次历时12天视察
    chosen_from = 0
    if text[q.qual_start - 1:q.qual_start] == "从" and (among := text.find("中", m.start() + 2, m.end())) > 0:
        m = AFTER.match(text, m.start(), among)  # type: ignore[assignment]  # 从20个候选项目中票决产生…:
        chosen_from = among + 1  # the whole chosen from, not what was chosen (the next figure's words)
    after = AFTER_TRAIL.sub("", CMP.sub("", m.group().removeprefix("的")))
    linked = _LINK.search(after) is not None  # before any cut: a preposition's 的 is no modifier's
    prep = _PREPOSITION.search(after)
    if prep is not None and (prep.end() == len(after) or q.base_unit not in _PEOPLE):
        # 10名组成人员就12个…, 12个问题向区政府…: the phrase of a preposition is no part of the noun;
        # what people do through one is (40名代表向选区选民述职)
        after = after[:prep.start()]
    if not after or (q.kind == "count" and _ADVERB_FIRST.match(after)
                     and text[q.qual_start - 1:q.qual_start] == "、"):
        # 2816户、6350人全部脱贫: an adverb and a verb after a listed count, no noun of it (a
        # duration's verb names it: 力争3年基本完成; so does a count's after its noun: 代表1120名全部编入…)
        return After("", it.after_end, "", False, threshold)
    like = _LIKE_UNITS.match(text, m.end(), it.ce) if len(after) <= 4 else None
    if like is not None:  # 387个村（社区）建成党群服务中心: the bracket adds the like units, the verb goes on
        rest = AFTER.match(text, like.end(), it.ce)
        more = AFTER_TRAIL.sub("", CMP.sub("", rest.group())) if rest else ""
        if len(more) >= 2:
            after, m = after + like.group() + more, rest
    if len(after) <= 2 and text.startswith("、", m.end()) and not after.startswith(("被", "获")):
        listed, at = after, m  # 64名市、区人大代表参加: one noun, its kinds listed (省、市、区人大代表)
        while at is not None and text.startswith("、", at.end()):
            rest = AFTER.match(text, at.end() + 1, it.ce)
            more = AFTER_TRAIL.sub("", CMP.sub("", rest.group())) if rest else ""
            if not more or len(more) > 12 and ((who := _PEOPLE_NOUN.search(more)) is None or who.end() > 12):
                break  # (people of a kind, then what they did: 乡两级人大代表开展河长制专项视察)
            listed, at = listed + "、" + more, rest
            if len(more) >= 2:
                after, m = listed, rest
                break
        prep = _PREPOSITION.search(after)
        if prep is not None and prep.end() == len(after):
            after = after[:prep.start()]  # 58名县、乡人大代表对…: ends at the preposition
    if after.startswith(("被", "获")) and text.startswith("、", m.end()):
        agents = _AGENTS.match(text, m.end(), it.ce)  # 9条被县委、县政府采纳: the agents are a list
        if agents:
            after += agents.group()
            m = agents
    cut = NOUN_CUT.search(after, 1)
    of = _MODIFIERS.match(text, m.end(), it.ce) \
        if cut is None and q.base_unit in _PEOPLE and not linked else None
    if of is not None:
        # 3万人次享受政府购买的居家养老服务: people counted by what they do, and that is named after
        # 的; a short modifier stays (享受政府购买居家养老服务), a long one (100名带着重大项目、…的
        # 人才) leaves only the noun. Things counted (26家单位的普法教育) are the noun after the number.
        tail = AFTER.match(text, of.end(), it.ce)
        head = AFTER_TRAIL.sub("", CMP.sub("", tail.group())) if tail else ""
        if len(head) >= 2 and not NOUN_CUT.search(head, 1) and head[0] not in "一这该其":
            joined = len(after) + len(head) <= _JOINED and "、" not in of.group()
            after = after + head if joined else head
            m = tail
    noun = after[:cut.start()] if cut else after  # 286件提案已全部办复: the noun is 提案
    return After(after, max(it.after_end, m.end(), chosen_from), noun, True, threshold)


#: Adverbs that open a predicate, not a noun: 全部脱贫, 均已达标, 基本建成.
_ADVERB_FIRST = re.compile(r"(?:全部|全面|均|都|已经|已|基本|相继|陆续|先后|全数|悉数)"
                           r"(?![\u4e00-\u9fff]?(?:人口|人员|户|人))")
_PARALLEL = re.compile(r"[和及与]")
_PARALLEL_END = re.compile(r"(?:工作|任务|建设)?$")
#: A verb to the level after a from-level: 上升为, 增加到, 扩大至.
_TO_LEVEL_VERBS = ("上升", "上涨", "增加", "增长", "减少", "扩大", "缩小", "回升", "回落", *LEVEL_SHIFT)
_TO_LEVEL = re.compile(rf"(?:{'|'.join(_TO_LEVEL_VERBS)})(?:为|到|至)")
_TO_LEVEL_FIRST = frozenset(v[0] for v in _TO_LEVEL_VERBS)
#: A preposition after the noun a figure counts (就, 向, 对, 把), not inside a word (成就, 方向, 针对).
_PREPOSITION = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:(?<![成造])就(?![业医学读近诊地餐绪位职任])"
                          r"|(?<![方导志走趋动去意倾纵横内外转定双单面朝流指偏投])向(?![日])"
                          r"|(?<![面相针绝反核比配应校结一派])对(?![象外口接照比话称])|把(?!关)"
                          r"|(?<![服自随盲听])从(?![事业而严中来未此速简优重宽]))")
#: Money put to a use: the verbs of its purpose right after the amount (投入300万元用于…).
_PURPOSE = re.compile(r"(?:专项)?(?:用于|开展|实施|支持|扶持|补助|资助|奖励)")
#: A verb of funding with no noun of money after it, right before the amount (县财政安排1200万元).
_BARE_FUNDING = re.compile(r"(?:投入|安排|拨付|下拨|筹集|落实|统筹|整合)(?:资金)?$")
_PURPOSE_REST = re.compile(r"[^，,；;。！？!?：:（(\n0-9０-９]*")
_JOINED = 14  # a modifier and its noun longer than this: the noun alone names the count
_PEOPLE = frozenset(("persons", "person_times"))
#: The people a listed kind ends with (县、乡两级人大代表…).
_PEOPLE_NOUN = re.compile(r"代表|委员|干部|党员|群众|居民|村民|职工|人员|志愿者|教师|医生|学生")
_LIKE_UNITS = re.compile(r"（[\u4e00-\u9fff]{1,4}）")
_AGENTS = re.compile(r"(?:、[^，,；;。、0-9（(]{1,12})+")
#: A preposition or 等 in the words after a figure: its 的 ends a phrase (向所在选区的选民), no modifier.
_LINK = re.compile(r"[向对在为把给与从由等]")
#: The rest of a modifier (or a list of them, 带着重大项目、拥有自主知识产权) up to its 的.
_MODIFIERS = re.compile(r"(?:、[^，,；;。！？、的0-9（(]{1,20})*的")


#: A from-level of a ratio at a name's end (由上年的21.4∶50.9∶27.7), which names nothing.
_FROM_RATIO_TAIL = re.compile(r"[由从][^由从]{0,8}?[\d.]+(?:[∶:][\d.]+)+$")
#: A ratio's from-level, of a year: 收入比由2010年的3.21∶1.
_RATIO_FROM = re.compile(r"比(?:由|从)(?:(?:19|20)\d\d年(?:末|底)?的)?$")


def ratio_name(text: str, it: Figure, name: str, prev: Named | None) -> tuple[str, str | None]:
    """收入比为2.49∶1 keeps its 比; the parts of 三次产业结构为a∶b∶c are named by their sector.

    Returns the name and, for a part of a structure, the structure's name (the stem the next
    part takes), else None."""
    q = it.q
    if q.kind == "ratio":
        if prev is not None and prev.fig.q.kind == "ratio" and (not name or name[0] in "∶:：1"):
            return prev.name, None  # 收入比由3.21∶1缩小到2.72∶1: the same ratio, a later level
        head = text[max(it.cs, q.start - 14):q.start]
        said = RATIO_SAID.search(head) or _RATIO_FROM.search(head)
        return (name + "比" if said and not name.endswith("比") else name), None
    chain = ratio_chain(text, q.start)
    if chain is None:
        return name, None
    name = RATIO_VERB.sub("", name)
    if (tail := _FROM_RATIO_TAIL.search(name)) is not None and tail.start() >= 2:
        # 三次产业结构由上年的21.4∶50.9∶27.7调整为19.5∶…: the from-level is no part of the name
        name = name[:tail.start()]
    _, k, parts = chain
    if prev is not None and prev.fig.q.kind == "ratio_part" and (k or len(RATIO_VERB.sub("", name)) <= 1
                                                             or name.startswith(prev.stem)):
        name = prev.stem  # the next part, or the same structure again (由a∶b∶c调整为d∶e∶f)
    labels = RATIO_LABELS.get(len(parts)) if "产业" in name else None
    return f"{name}（{labels[k] if labels else f'第{k + 1}项'}）", name


def _tail(name: str, n: int) -> str:
    """The last ``n`` characters of a name, widened so as not to cut a number, a Latin word or a
    quoted term (``12345政务服务热线受理诉求`` keeps its 12345).

    >>> _tail("12345政务服务热线全年受理诉求", 16), _tail("开展“清河行动”累计整治河道", 9)
    ('12345政务服务热线全年受理诉求', '“清河行动”累计整治河道')
    """
    cut = max(0, len(name) - n)
    while 0 < cut < len(name) and name[cut - 1].isascii() and name[cut - 1].isalnum() \
            and name[cut].isascii() and name[cut].isalnum():
        cut -= 1
    opened = name.rfind("“", 0, cut)
    if opened >= 0 and name.find("”", opened) >= cut:
        cut = opened
    return name[cut:]


def with_stem(name: str, prev: Named) -> tuple[str, str | None]:
    """A short rate after a count borrows its subject: 受理诉求…，办结率 → 受理诉求办结率.

    Returns the name and the subject it borrowed (None if it borrowed none)."""
    if not name.endswith("率") or len(name) > 5:
        return name, None
    stem = _tail(prev.stem or STEM_TRIM.sub("", prev.name), 16)
    if len(name) >= 3 and stem.startswith(name[:-1]) and len(stem) - len(name) >= 1:
        # 办结意见建议88条，办结率92.6%: the rate of the verb is of its object → 意见建议办结率
        return stem[len(name) - 1:] + name, stem[len(name) - 1:]
    if name[:-1] and name[:2] in stem:  # 出生人口…出生率: the rate names its subject already
        return name, None
    k = min(len(stem), len(name))
    while k and not name.startswith(stem[-k:]):
        k -= 1
    if k == 1 and len(name) >= 4:
        return name, None  # 全部脱贫，贫困发生率…: one shared character is no shared word
    return stem + name[k:], stem


def _chinese_figure(piece: str) -> re.Match[str] | None:
    """A figure in Chinese numerals that ends its clause (已办复一百二十四件), not an idiom's 一 (一批,
    一次) nor a count inside what the clause names (对三部法律的贯彻实施情况进行了执法检查)."""
    return next((m for m in CHINESE.finditer(piece) if m.end() >= len(piece.rstrip()) - 1
                 and (len(m.group("num")) >= 2 or m.group("num") not in "一两")
                 and piece[m.start() - 1:m.start()] != "第"), None)  # (第七辑: an ordinal)


def previous_subject(text: str, it: Figure, sentence_start: int, bare: bool = False) -> str:
    """Subject of the clause before ``it`` in its sentence; with ``bare``, only of a clause
    without figures (``四大综合体均被列为集聚区，实现营业收入…`` → 四大综合体)."""
    lo = max(sentence_start, it.cs - 1 - WINDOW)
    pieces = [p for p in CLAUSE_SPLIT.split(text[lo:max(lo, it.cs - 1)]) if p.strip()]
    if not pieces:
        return ""
    for piece in reversed(pieces[-3:]):
        digit = DIGIT.search(piece) or _chinese_figure(piece)
        if digit:
            if bare:
                return ""
            piece = piece[:digit.start()]  # 新增上市企业8家，累计达到21家: the subject, not its figure
            if _CHANGE_ONLY.fullmatch(piece.strip()):
                continue  # …1820亿元，年均增长7.2%，今年预计突破2000亿元: the measure is further back
        return subject(FRAME.sub(r"\1", piece))
    return ""


#: A clause that tells only a change of the measure before it (年均增长7.2%, 比上年下降3%).
_CHANGE_ONLY = re.compile(r"(?:比上年|同比|较上年|年均|平均每年|分别)?"
                          r"(?:增长|下降|提高|减少|增加|上升|降低)了?")


def next_subject(text: str, it: Figure, sentence_end: int) -> str:
    """Subject of the clause after ``it`` in its sentence (``用3年时间，完成…`` → 完成…)."""
    lo = min(it.ce + 1, sentence_end)
    pieces = [p for p in CLAUSE_SPLIT.split(text[lo:min(sentence_end, lo + WINDOW)]) if p.strip()]
    return clean(pieces[0]) if pieces else ""


# -- things an act is done to: 对12个部门开展工作评议 -------------------------------------------

_NUM = r"[0-9.０-９一二三四五六七八九十百千万两]+"
#: 对 before a count (or before the earlier members of a list of counts), after the actor:
#: 县委对9个乡镇和24个县级部门开展巡察; not inside a word (针对, 面对, 绝对, 核对).
_DONE_TO_LEAD = re.compile(rf"(?<![面相针绝反核比配应校结一派])对"
                           rf"(?:全[省市州盟县区旗镇乡]|辖区内?|本[省市县区镇])?"
                           rf"(?:{_NUM}[\u4e00-\u9fff（）()“”、]{{1,18}}?[和、及与])*$")
#: The verb of the act after the things (进行, 开展…), not inside a word (工作, 合作).
_LIGHT_VERB = re.compile(r"进行了?|开展了?|实施了?|实行了?|展开了?|给予了?|采取了?|予以"
                         r"|(?<![工合协创操运写制动著])作了?|(?<![叫])做了?")
#: Light verbs that say nothing of the act: left out of the name (开展, 实施, 采取 stay).
_EMPTY_VERB = re.compile(r"进行了?|作了?|做了?|予以|展开了?")
_NEXT_MEMBER = re.compile(rf"[和、及与]{_NUM}")
#: What of the things the act looks at, when it says no more than their doing (的实施情况).
_BARE_ASPECT = re.compile(r"(?:贯彻)?(?:实施|执行|落实|办理|工作|运行)?(?:情况|工作)?")
_ASPECT_TAIL = re.compile(r"(?:情况|工作)$")
_ACT = re.compile(r"[^，,；;。！？!?：:（(\n0-9０-９]{1,16}")
_LASTING_OF = re.compile(r"为期[^，,；;。的]{1,8}的")


def done_to(text: str, it: Figure) -> str:
    """The name of a count of the things an act is done to: ``县委对9个乡镇开展巡察`` → 开展巡察的乡镇,
    ``对全镇12个村的人居环境整治情况进行督查`` → 督查人居环境整治的村 ('' where the figure is none).

    The actor before 对 is no part of it; a list of counts shares the act (``对9个乡镇和24个部门…``).
    """
    q = it.q
    if q.kind != "count" or q.qual_start - it.cs < 1 \
            or _DONE_TO_LEAD.search(text, it.cs, q.qual_start) is None:
        return ""
    rest = text[q.post_end:it.ce]
    verb = _LIGHT_VERB.search(rest)
    while verb is not None and rest.startswith(("情况", "工作"), verb.end()):
        verb = _LIGHT_VERB.search(rest, verb.end())  # 的实施情况开展执法检查: 实施 is what is looked at
    if verb is None or verb.start() < 1:
        return ""
    lasting = _LASTING_OF.match(rest, verb.end())  # 进行了为期5天的视察: how long, no part of the act
    act = _ACT.match(rest, lasting.end() if lasting else verb.end())
    if act is None:
        return ""
    head = rest[:verb.start()]
    member = _NEXT_MEMBER.search(head)
    things = head[:member.start()] if member else head
    things, _, aspect = things.partition("的")
    if not 1 <= len(things) <= 14 or not all("\u4e00" <= c <= "\u9fff" or c in "（）()“”、" for c in things):
        return ""
    aspect = "" if _BARE_ASPECT.fullmatch(aspect) else _ASPECT_TAIL.sub("", aspect)
    lead = "" if _EMPTY_VERB.fullmatch(verb.group()) else verb.group().removesuffix("了")
    return f"{lead}{act.group().removesuffix('了')}{aspect}的{things}"
