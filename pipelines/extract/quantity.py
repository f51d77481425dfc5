"""The quantity grammar: number + multiplier + unit + qualifier, parsed once, on Decimal.

One compiled regex finds every candidate quantity of a text in a single ``finditer`` pass;
:func:`parse` turns one match into a :class:`Quantity`.  The same module knows the comparison
phrases that stand before a number (``比上年增长``, ``同比下降``, ``提高…个百分点``, ``占…的``)
and the qualifier words around it (``约``, ``近``, ``余``, ``以上``, ``不足``).

>>> q = parse_text("上报信息近20万件")
>>> q.value, q.unit, q.value_base, q.base_unit, q.qualifier
(Decimal('20'), '万件', Decimal('200000'), 'pieces', 'approx')
>>> q = parse_text("挽回损失500余万元")
>>> q.value, q.unit, q.qualifier, q.text
(Decimal('500'), '万元', 'more_than', '500余万元')
>>> parse_text("四十余项").value
Decimal('40')
>>> parse_text("2012年") is None     # a date, not a quantity
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from re import Match
from typing import NamedTuple

from pipelines.extract.units import MULTIPLIERS, accepts_cn_numerals, lookup, registry, unit_pattern

CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
            "七": 7, "八": 8, "九": 9}
CN_SMALL = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 10_000, "亿": 100_000_000}
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")

_D = "0-9０-９"
_AR = rf"[{_D}](?:[{_D}]{{0,2}}(?:,[{_D}]{{3}})+|[{_D}]*)(?:[.．][{_D}]+)?"
_C = "〇零一二两三四五六七八九十百千"
_CN = rf"[{_C}](?:[{_C}万亿]*[{_C}])?"


def _multipliers() -> str:
    """万亿|十万|…|千(?!米|克|瓦|伏): a multiplier never eats the first character of a unit (千米)."""
    units = registry()
    parts = []
    for mult in MULTIPLIERS:
        rests = sorted({u[len(mult):] for u in units if u.startswith(mult) and u != mult}, key=len)
        parts.append(mult + (f"(?!{'|'.join(re.escape(r) for r in rests)})" if rests else ""))
    return "|".join(parts)


_MULT = _multipliers()
_POST = r"及以上|及以下|以上|以下|以内|左右|上下|之多|有余"

#: Arabic numbers with an optional multiplier and unit.  Each pattern starts with a character
#: class, so the regex engine skips ahead to candidate characters in C (3x faster than one
#: pattern with two branches).
ARABIC = re.compile(
    rf"(?P<num>{_AR})[ \u3000]?(?P<q1>余|多)?(?:(?P<mult>{_MULT})(?P<q2>余|多)?)?"
    rf"(?P<unit>{unit_pattern()})?(?P<post>{_POST})?"
)
#: Chinese numerals, which must be followed by a unit (一 in 进一步 is no quantity).
CHINESE = re.compile(
    rf"(?P<num>{_CN})(?P<q1>余|多)?(?:(?P<mult>万|亿)(?P<q2>余|多)?)?"
    rf"(?P<unit>{unit_pattern()})(?P<post>{_POST})?"
)
#: A percentage written in words: 百分之九十三点五, 百分之十二.
PERCENT_CN = re.compile(r"百分之(?P<num>[〇零一二两三四五六七八九十百]+)"
                        r"(?:点(?P<frac>[〇零一二三四五六七八九]+))?")
#: parse() reads a match's groups by position (one ``m.groups()`` call): both patterns keep this layout.
_GROUPS = {"num": 1, "q1": 2, "mult": 3, "q2": 4, "unit": 5, "post": 6}
if any(p.groupindex != _GROUPS or p.groups != len(_GROUPS) for p in (ARABIC, CHINESE)):
    raise RuntimeError("quantity patterns: the groups must be num, q1, mult, q2, unit, post, in order")

_PRE_QUAL = re.compile(r"(大约|约为|(?<![节制签预公条契简邀])约|将近|接近|(?<![最附])近|超过|(?<![赶])超|"
                       r"(?<![通经超不越度路跨胜错])过|突破|逾|多于|不到|不足|低于|少于|不超过|至少|不少于|不低于)$")
_PRE_MAP = {"大约": "approx", "约为": "approx", "约": "approx", "将近": "approx", "接近": "approx",
            "近": "approx", "超过": "more_than", "超": "more_than", "突破": "more_than", "过": "more_than",
            "逾": "more_than", "多于": "more_than", "不到": "less_than", "不足": "less_than",
            "低于": "less_than", "少于": "less_than", "不超过": "at_most", "至少": "at_least",
            "不少于": "at_least", "不低于": "at_least"}
#: The last characters of the qualifier words (each alternative of _PRE_QUAL is a word of _PRE_MAP).
_PRE_LAST = frozenset(w[-1] for w in _PRE_MAP)
_POST_MAP = {"及以上": "at_least", "及以下": "at_most", "以上": "at_least", "以下": "at_most",
             "以内": "at_most", "左右": "approx", "上下": "approx", "之多": "more_than", "有余": "more_than"}

_CHANGE_VERBS = ("增长|增加|提高|上升|提升|扩大|上涨|回升|攀升|增产|增收|减产|减收|增|"
                 "下降|减少|降低|削减|回落|下滑|下跌|节约|节省|缩小|收窄|减|降")
_AFTER_VERB = "了|约|近|超过|达|为|分别为|分别"
#: Comparison phrases that end right before a number (searched in the clause before it).
CHANGE_BEFORE = re.compile(
    r"(?:(?P<cmp>(?:比|较)(?:上年同期|去年同期|上年末|去年末|上年底|上年|去年|同期|年初预算|年初计划|年初|上月"
    r"|预算数?|计划数?|届初|期初|上届|(?:19|20)\d\d年(?:同期|末|底)?)"
    r"(?:（[^（）]{0,24}）)?|同比|环比|可比价?|按?(?:同|可比)口径(?:计算)?"
    r"|比(?:1[—\-－~至]\d{1,2}月|前三季度|上半年|一季度|第一季度))(?:分别)?)?(?:分别)?"
    rf"(?P<avg>(?:[两二三四五六七八九十]年)?(?:年均|年平均|平均)(?:分别)?)?(?P<verb>{_CHANGE_VERBS})"
    rf"(?:{_AFTER_VERB})?$")
#: Bases of a comparison that are not the year before (a budget, a plan, the term's start): an
#: absolute difference from them is a change of its own, a percentage is no year-on-year growth.
_NOT_YEAR_BASE = re.compile(r"预算|计划|届初|期初|上届")
#: A phrase of CHANGE_BEFORE ends with its verb and at most 3 characters after it, so the last
#: character of a verb stands among the 4 characters before the number: where none does, the
#: regex (tried at each of 24 positions) cannot match and is not run.
_VERB_LAST = frozenset(v[-1] for v in _CHANGE_VERBS.split("|"))
_VERB_REACH = 1 + max(len(w) for w in _AFTER_VERB.split("|"))
RATE_WORD_BEFORE = re.compile(r"(?<!自然)(?P<word>增幅|增速|增长率|增长幅度|降幅|下降率)(?:分别)?"
                              r"(?:为|达到|达|约为|约)?$")
SHARE_BEFORE = re.compile(r"(?:占|相当于)(?P<of>[^，,；;。]{0,40}?)(?:的)?(?:比重|比例)?(?:分别)?"
                          r"(?:为|达到|达|约为|约|超过|到)?$")
_DOWN = frozenset(("下降", "减少", "降低", "削减", "回落", "下滑", "下跌", "节约", "节省", "缩小", "减", "降",
                   "减产", "减收",
                   "降幅", "下降率", "收窄"))


_GAP_WORD = re.compile(r"高于|低于|快于|慢于|高出|领先")


class Quantity(NamedTuple):
    """A number with its unit as printed, ``text[start:end]`` (qualifier words outside the span).

    qual_start is where a qualifier word before the number begins (== start if none);
    post_end is where a qualifier word after the unit ends (== end if none).
    """

    start: int
    end: int
    value: Decimal
    unit: str
    value_base: Decimal | None
    base_unit: str
    kind: str
    qualifier: str
    chinese: bool
    qual_start: int
    post_end: int
    text: str


def cn_to_int(s: str) -> int | None:
    """Value of a Chinese numeral in its ordinary written forms, None if it is not one.

    >>> [cn_to_int(x) for x in ("两", "十", "二十三", "一百零五", "三万二千", "近千"[1:], "一二")]
    [2, 10, 23, 105, 32000, 1000, None]
    """
    result = wan = section = 0
    digit: int | None = None
    prev_digit = False
    for ch in s:
        if ch in CN_DIGIT:
            if prev_digit and digit != 0 and CN_DIGIT[ch] != 0:
                return _cn2an_fallback(s)
            digit = CN_DIGIT[ch]
            prev_digit = True
            continue
        prev_digit = False
        if ch in CN_SMALL:
            section += (1 if digit is None else digit) * CN_SMALL[ch]
        elif ch == "万":
            wan = (section + (digit or 0)) * 10_000
            section = 0
        elif ch == "亿":
            result = (result + wan + section + (digit or 0)) * 100_000_000
            wan = section = 0
        else:
            return None
        digit = None
    return result + wan + section + (digit or 0)


def _cn2an_fallback(s: str) -> int | None:
    """Forms our parser refuses (digit runs): cn2an where it works; 三四个 (a range) stays None."""
    try:
        import cn2an  # imported lazily: it is slow to import and rarely needed

        value = cn2an.cn2an(s, "strict")
    except Exception:  # cn2an raises plain ValueError/Exception subclasses on refused input
        return None
    return int(value) if value == int(value) and len(s) > 2 else None


def parse_number(text: str) -> Decimal | None:
    """An arabic or Chinese number as Decimal: ``'12,480'`` → 12480, ``'二十三'`` → 23."""
    if text.isascii():  # the common case, without the (slow, non-ASCII) translate table
        return Decimal(text.replace(",", "")) if text[0].isdigit() else None
    if text[0] in "０１２３４５６７８９":
        return Decimal(text.translate(_FULLWIDTH).replace(",", ""))
    n = cn_to_int(text)
    return None if n is None else Decimal(n)


def qualifier_before(text: str, pos: int) -> tuple[str, int]:
    """The qualifier word ending at ``pos`` and where it starts: ('approx', pos-1) for 近."""
    if text[pos - 1:pos] not in _PRE_LAST:
        return "", pos  # most numbers: no qualifier word can end right before them
    m = _PRE_QUAL.search(text, max(0, pos - 3), pos)
    if m:
        return _PRE_MAP[m.group(1)], m.start()
    return "", pos


#: People or households counted right after a bare 万 or 亿 (18.3万城市居民, 3万贫困户).
_COUNTED_NEXT = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:(?P<h>户|家庭)|居民|人口|农民|群众|职工|学生|老人|老年人"
                           r"|儿童|妇女|游客|市民|村民|劳动力|党员|干部|人员|工人|农民工|残疾人|青少年|人)"
                           r"(?![\u4e00-\u9fff]{0,2}(?:收入|资金|元))")


def parse(m: Match[str], text: str) -> Quantity | None:
    """The quantity of one :data:`ARABIC` or :data:`CHINESE` match, or None when it is no quantity.

    Refused: numbers without a unit, dates (2012年), a lone 一 (an article: 一批, 一次性),
    Chinese numerals with units they never count (三期), 年 after a Chinese numeral unless a
    duration verb stands before it (三年行动计划 is a name, 用三年时间 a duration).
    """
    num, q1, mult, q2, unit, post = m.groups()  # both patterns: num, q1, mult, q2, unit, post
    arabic = m.re is ARABIC
    months = unit == "个" and text.startswith("多月", m.end())  # 两个多月: more than 2 months
    half = unit == "个" and text.startswith("半月", m.end())  # 一个半月: one month and a half
    if months and text[m.end() + 2:m.end() + 3] in ("来", "前", "后", "以"):
        return None  # 两个多月来, 一个多月前: a time, not a length counted
    if months or half:
        unit = "个月"
    if arabic:
        if unit is None and mult is None:
            if text[m.end():m.end() + 1] in _COLON or text[m.start() - 1:m.start()] in _COLON:
                return _ratio_part(m, text)
            return _shared_unit(m, text) or _index_value(m, text) or _delta_value(m, text)
        if unit == "年" and len(num) == 4 and num[0] in "12":
            return None  # a year: a date
    else:
        if num == "一" and not (mult or q1 or q2 or months or half) and not _ONE_COUNTED.search(
                text, max(0, m.start() - 2), m.start()) and not (
                unit == "个月" and _LASTED.search(text, max(0, m.start() - 2), m.start())):
            return None  # 一 is an article (一批, 打造成一条…), unless it counts: 指一支, 新建一所
        if text[m.start() - 1:m.start()] in _VAGUE or not (
                accepts_cn_numerals(unit) or (unit == "期" and text[m.end():m.end() + 1] in _CLAUSE_END)
                or (mult and accepts_cn_numerals(unit, scaled=True))):  # 二十万字: 万 makes it a count
            return None  # 三期工程 is a phase (读书班两期， counts sessions); 数十家, 几百人: no number
        if unit == "年" and not _DURATION_CN.search(text, max(0, m.start() - 2), m.start()) \
                and not _closing_duration(text, m.start(), m.end()):
            return None
    if text.startswith("级", m.end()) and (not arabic or mult):
        return None  # 百亿元级项目, 10亿元级企业: a class of size, no amount
    if not arabic and len(num) == 1 and num in "十百千" and _RATE_BASE.match(text, m.end()):
        return None  # 煤矿百万吨死亡率, 千人口床位数: the base of a rate, no amount
    stated = (mult or "") + (unit or "")
    info = lookup(stated)
    if info is None and mult and unit:  # 千 + 米 and the like: the multiplier was a numeral digit
        if arabic:
            return None  # 3.6万 + a unit no multiplier scales: no value read short by the 万
        info = lookup(unit)
    if info is None:
        return None
    if arabic and info.kind != "count" and text.startswith("级", m.end()):
        return None  # 3000吨级泊位, 500千伏级: a class of size, no amount (as 百亿元级 above)
    value = parse_number(num)
    if value is None:
        return None
    if half:
        value += Decimal("0.5")
    start = m.start()
    if info.stated == "年" and arabic and "." not in num and 1900 <= value <= 2100:
        return None  # a year, i.e. a date
    before = text[start - 2:start]
    upper = len(before) == 2 and before[1] in _RANGE and (
        before[0].isdigit() or before[0] in "%％"
        or (start > len(stated) + 1 and text[start - 1 - len(stated):start - 1] == stated
            and text[start - 2 - len(stated)].isdigit()))  # 35亿元—40亿元: the unit stated twice
    if start and text[start - 1] in _MINUS and arabic and not upper \
            and (_SIGNED.search(text, max(0, start - 6), start - 1)
                 or (text[start - 2:start - 1] in LIST_JOIN and "%" in text[max(0, start - 12):start - 2])):
        value, start = -value, start - 1  # 同比增长-8.2%: a fall, printed with a sign
    elif start and text[start - 1] in _NOT_AFTER and not upper:
        return None  # ordinal, part of a code or a name (第十四届, 6+1, PM2.5), a rate's base (每千人)
    elif start and text[start - 1] == "前" and info.stated in ("位", "名", "强"):
        return None  # 跻身全球集装箱港口前二十位, 进入全省前10名: a rank reached, an ordinal
    base_unit, kind = info.base_unit, info.kind
    if kind == "voltage" and "\u4e00" <= text[m.end():m.end() + 1] <= "\u9fff":
        return None  # 10千伏线路, 110千伏变电站: a class of line or station, no amount
    if base_unit == "kWh" and info.stated.endswith("度") and "电" not in _CLAUSE_TAIL.search(
            text, max(0, start - 24), start).group():
        base_unit, kind = "degrees", "degrees"  # 度 is kWh only where electricity is measured
    end = m.end(6) if post else m.end()  # group 6: post
    unit_end = m.start(6) if post else m.end()
    if months or half:
        end = unit_end = m.end() + 2
    stated_unit = info.stated
    if stated_unit in ("万", "亿") and (counted := _COUNTED_NEXT.match(text, unit_end)) \
            and (whom := lookup(stated_unit + ("户" if counted["h"] else "人"))):
        # 18.3万城市居民, 4.3万农村人口, 3万贫困户: 万 scales people or households printed without
        # their counter: persons or households in base units, the unit as printed (万)
        info, base_unit, kind = whom, whom.base_unit, whom.kind
    if not post and not months and text.startswith("（", unit_end) and info.kind == "count":
        alt = _ALT_UNITS.match(text, unit_end)  # 4.1万头（只）, 2860件（次）: the units it may also count
        if alt and all(_counts(u) for u in alt.group("alts").split("、")):
            stated_unit += alt.group("paren")
            end = unit_end = alt.end("paren")
            post = alt.group("post")
            if post:
                end = alt.end()
    qualifier, qual_start = qualifier_before(text, start)
    if q1 or q2 or months or (not arabic and num[0] in "百千" and text[start - 1:start] == "上"):
        qualifier = "more_than"  # 300余人, 上千人
    if post:
        qualifier = _POST_MAP[post]
    elif upper:
        qualifier = "at_most"  # 3至5年: the upper bound of a range
    elif text[end:end + 1] in _RANGE and text[end + 1:end + 2].isdigit():
        qualifier = "at_least"  # 8%-10%: the lower bound
    return Quantity(  # positional (a NamedTuple's keywords cost): start, end, value, unit, …
        start, unit_end, value, stated_unit, info.base(value), base_unit, kind,
        qualifier or "exact", not arabic, qual_start, end, text[start:unit_end],
    )


#: A count's other units in brackets after it: 万头（只、匹）, 件（次）, 套（间）.
_ALT_UNITS = re.compile(rf"(?P<paren>（(?P<alts>[\u4e00-\u9fff]{{1,2}}(?:、[\u4e00-\u9fff]{{1,2}}){{0,3}})）)"
                        rf"(?P<post>{_POST})?")


def _counts(unit: str) -> bool:
    """A unit that counts things (只, 次, 床), not a place word (街道) nor money."""
    info = lookup(unit)
    return info is not None and info.kind == "count"


LIST_JOIN = frozenset("、和及与")
_CLAUSE_END = frozenset("，,。；;、")
_RANGE = frozenset("-－~～至到—")
_JOINS = LIST_JOIN | _RANGE


def _shared_unit(m: Match[str], text: str) -> Quantity | None:
    """A bare number in a list whose last member carries the unit: ``分别高1.2和0.8个百分点``."""
    end = m.end()
    if end >= len(text) or text[end] not in _JOINS:
        return None
    ranged = text[end] in _RANGE
    nxt = ARABIC.match(text, end + 1)
    while nxt is not None and not ranged and nxt.group("unit") is None and nxt.group("mult") is None \
            and nxt.end() < len(text) and text[nxt.end()] in LIST_JOIN:
        nxt = ARABIC.match(text, nxt.end() + 1)
    if nxt is None or (nxt.group("unit") is None and nxt.group("mult") is None):
        return None
    info = lookup((nxt.group("mult") or "") + (nxt.group("unit") or ""))
    value = parse_number(m.group("num"))
    if info is None or value is None or (info.stated == "年" and 1900 <= value <= 2100):
        return None
    start = m.start()
    if start and text[start - 1] in _NOT_AFTER:
        return None
    qualifier, qual_start = qualifier_before(text, start)
    if ranged:
        qualifier = "at_least"  # 3至5年: the lower bound of a range
    return Quantity(start, m.end("num"), value, info.stated, info.base(value), info.base_unit,
                    info.kind, qualifier or "exact", False, qual_start, m.end("num"), m.group("num"))


#: A rate's base stated without 每 (百万吨死亡率, 千人口床位数, 万人发明专利拥有量).
_RATE_BASE = re.compile(r"[\u4e00-\u9fffA-Za-z]{0,8}?(?:率|床位数|拥有量|密度)")
_INDEX_BEFORE = re.compile(r"(?:指数|系数|比|比值|比例|死亡率)(?:为|是|达到|达|由|从|控制在|保持在"
                           r"|(?:由|从)(?:上年|去年|(?:19|20)\d\d年(?:末|底)?)的"  # 百万吨死亡率由上年的3.86…
                           r"|(?:缩小|扩大|下降|降低|提高|上升|回落|调整|降|升)(?:为|到|至)"
                           r"(?:(?:19|20)\d\d年(?:末|底)?的)?)$")
#: The level an index or ratio moved to after its from-level: 收入比由2.45缩小到2.21.
_INDEX_TO = re.compile(r"(?:指数|系数|比|比值|死亡率)(?:由|从)(?:(?:上年|去年|(?:19|20)\d\d年(?:末|底)?)的)?"
                       r"\d+(?:\.\d+)?(?:缩小|扩大|下降|降低|提高|上升|回落|调整|降|升)(?:为|到|至)"
                       r"(?:(?:19|20)\d\d年(?:末|底)?的)?$")


def _index_value(m: Match[str], text: str) -> Quantity | None:
    """A bare number stated as an index or ratio (``恩格尔系数为0.32``, ``收入比为1.86``)."""
    start = m.start()
    if not (_INDEX_BEFORE.search(text, max(0, start - 14), start)
            or _INDEX_TO.search(text, max(0, start - 30), start)) or text[m.end():m.end() + 1] in "：:":
        return None
    value = parse_number(m.group("num"))
    if value is None:
        return None
    end = m.end("num")
    post = _POST_AFTER.match(text, end)  # (控制在0.3以内: a ceiling, read as any figure's bound word)
    bound = _POST_MAP[post.group()] if post else "exact"
    return Quantity(start, end, value, "", value, "ratio", "ratio", bound, False, start, end,
                    m.group("num"))


_CLAUSE_TAIL = re.compile(r"[^，,；;。\n]*$")
_SIGNED = re.compile(r"(?:增长|增速|增幅|上涨|增加|下降|减少|降低|为|达|是|率)$")
_COLON = frozenset("∶:：")
_RATIO_BEFORE = re.compile(r"(?:(?:结构|比例|之比|比值|配比|比)(?:为|是|达到|达|由|从)|"
                           r"(?:调整|优化|变|缩小|扩大|下降|降低|提高|上升|降)(?:为|到|至)|"
                           # a from-ratio of a year (结构由2010年的24.6∶40.8∶34.6调整为…)
                           r"(?:结构|比例|之比|比值|比)(?:由|从)(?:19|20)\d\d年(?:末|底)?的)$")
_RATIO_CHAIN = re.compile(rf"{_AR}(?:[∶:：]{_AR})+(?![{_D}.∶:：])")
_PART = re.compile(r"[∶:：]")


def ratio_chain(text: str, pos: int) -> tuple[int, int, list[str]] | None:
    """The ratio ``a∶b∶c`` that holds the number at ``pos``: (its start, the part's index, parts).

    Only a ratio the text introduces as one (``结构为``, ``比为``, ``调整为``): a clock time is none.

    >>> ratio_chain("三次产业结构为3.8∶42.7∶53.5。", 11)
    (7, 1, ['3.8', '42.7', '53.5'])
    >>> ratio_chain("发布时间09:30", 7) is None
    True
    """
    lo = pos
    while lo > 1 and text[lo - 1] in _COLON:
        k = lo - 1
        while k > 0 and (text[k - 1].isdigit() or text[k - 1] in ".．,"):
            k -= 1
        if k == lo - 1:
            break
        lo = k
    m = _RATIO_CHAIN.match(text, lo)
    if m is None or m.end() <= pos or not _RATIO_BEFORE.search(text, max(0, lo - 14), lo):
        return None
    return lo, len(_PART.findall(text, lo, pos)), _PART.split(m.group())


def _ratio_part(m: Match[str], text: str) -> Quantity | None:
    """One part of a ratio: ``城乡居民收入比为2.49∶1`` is 2.49 (the 1 is the reference);
    the parts of ``三次产业结构为3.8∶42.7∶53.5`` are shares (kind ratio_part, base percent)."""
    chain = ratio_chain(text, m.start())
    if chain is None:
        return None
    _, k, parts = chain
    values = [parse_number(p) for p in parts]
    if any(v is None for v in values):
        return None
    if len(parts) == 2 and 1 in values:
        if values[k] == 1:
            return None  # the reference part of a:1
        kind, base = "ratio", "ratio"
    else:
        kind = "ratio_part"
        base = "percent" if abs(sum(values) - 100) <= 1 else "ratio"  # type: ignore[arg-type]
    value = values[k]
    assert value is not None
    start, end = m.start(), m.end("num")
    return Quantity(start, end, value, "", value, base, kind, "exact", False, start, end, m.group("num"))


_DELTA_BEFORE = re.compile(r"(?:比|较)(?:上年|去年|上年末|年初)"
                           r"(?:缩小|扩大|下降|减少|降低|提高|增加|上升)了?$")


def _delta_value(m: Match[str], text: str) -> Quantity | None:
    """A bare number that changes an index or ratio: ``收入比…，比上年缩小0.03``."""
    start = m.start()
    if not _DELTA_BEFORE.search(text, max(0, start - 8), start):
        return None
    value = parse_number(m.group("num"))
    if value is None:
        return None
    end = m.end("num")
    return Quantity(start, end, value, "", value, "ratio", "delta", "exact", False, start, end,
                    m.group("num"))


_MINUS = frozenset("-－−—")
_NOT_AFTER = frozenset("第+＋-－.·每/ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_VAGUE = frozenset("数几")
#: A month that lasted: 历时一个月, 为期一个月 (一 counts there, it is no article).
_LASTED = re.compile(r"(?:历时|为期|用时|耗时|持续)$")
_ONE_COUNTED = re.compile(r"(?:指|即|新建|新增|建成|组建|成立|设立|增设|共有|仅有|只有)$")
#: A Chinese-numeral 年 that closes its clause right after a verb is a duration (监督三年。); after a
#: time word it is a time (前三年，, 第三年。, 近三年；).
_CLAUSE_ENDS = frozenset("。；;，,")
_TIME_WORDS = frozenset("前后第这每近今明去上下头末首该的来")  # 极不平凡的五年。: a period named
#: …and a verb of lasting stands earlier in its clause (未来五年，, 改革开放四十年， have none).
_LASTING = re.compile(r"(?:已|连续|持续|坚持|延续|历时|先后)[^，,；;。]*$")
_DURATION_CN = re.compile(r"(用|通过|经过|连续|持续|延续|历时|花|近|约|已|达|满|经)$")


def _closing_duration(text: str, start: int, end: int) -> bool:
    """A Chinese-numeral 年 at ``start:end`` that closes its clause right after a verb, with a verb
    of lasting earlier in the clause: …已连续跟踪监督三年。 (not 未来五年， or 第三年)."""
    before = text[start - 1:start]
    return (text[end:end + 1] in _CLAUSE_ENDS and "\u4e00" <= before <= "\u9fff" and before not in _TIME_WORDS
            and _LASTING.search(text, max(0, start - 14), start) is not None)


def iter_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every quantity of ``text[start:end]`` in order, in one regex pass.

    >>> [q.text for q in iter_quantities("组建2个小组、三支队伍，2012年新增面积1.5万平方米")]
    ['2个', '三支', '1.5万平方米']
    """
    stop = len(text) if end is None else end
    matches = list(ARABIC.finditer(text, start, stop))
    matches.extend(CHINESE.finditer(text, start, stop))
    worded = text.find("百分之", start, stop) >= 0
    if worded:
        matches.extend(PERCENT_CN.finditer(text, start, stop))
    matches.sort(key=Match.start)
    out = []
    last_end = -1
    for m in matches:
        if m.start() < last_end:
            continue  # 5千米: 千米 must not count again as a Chinese numeral with a unit
        q = _percent_cn(m, text) if worded and m.re is PERCENT_CN else parse(m, text)
        if q is not None:
            out.append(q)
            last_end = q.post_end
    return out


def _percent_cn(m: Match[str], text: str) -> Quantity | None:
    """The percentage of a :data:`PERCENT_CN` match: 百分之九十三点五 → 93.5 %."""
    whole = cn_to_int(m.group("num"))
    if whole is None:
        return None
    frac = m.group("frac")
    value = Decimal(f"{whole}.{''.join(str(CN_DIGIT[c]) for c in frac)}") if frac else Decimal(whole)
    info = lookup("%")
    if info is None:
        return None
    start, end = m.start(), m.end()
    qualifier, qual_start = qualifier_before(text, start)
    post = _POST_AFTER.match(text, end)
    post_end = post.end() if post else end
    if post:
        qualifier = _POST_MAP[post.group()]
    return Quantity(start, end, value, info.stated, info.base(value), info.base_unit, info.kind,
                    qualifier or "exact", True, qual_start, post_end, text[start:end])


_POST_AFTER = re.compile(_POST)


def parse_text(text: str) -> Quantity | None:
    """The first quantity in a short text (convenience for tests and callers)."""
    found = iter_quantities(text)
    return found[0] if found else None


@dataclass(frozen=True)
class Change:
    """A comparison phrase standing before a number: kind, direction, where the phrase starts."""

    kind: str
    direction: str
    start: int
    average: bool = field(default=False, repr=False)  # 年均增长: a rate over years, no figure's change


#: What before ``提高为``/``上升为`` makes the figure a level: a from-level anywhere in the clause
#: (由38.5%, 从2.1万元), or a rate or share named right before the verb (覆盖率, 比重, 研发投入强度;
#: not 劳动生产率, a productivity); ``地区生产总值增长为6.5%`` stays a growth.
_FROM_LEVEL = re.compile(r"(?:由|从)(?:[^，,；;。0-9]{0,10}的)?[0-9.]+")
_RATE_NAMED = re.compile(r"(?<!生产)率(?:分别)?$|(?:比重|比例|占比|强度|系数|依存度|(?<![同环])比)(?:分别)?$")


def change_before(text: str, clause_start: int, q: Quantity) -> Change | None:
    """The comparison that governs quantity ``q``, read from the clause text before it.

    >>> t = "地区生产总值增长8.5%"
    >>> change_before(t, 0, parse_text(t))
    Change(kind='yoy_pct', direction='up', start=6)
    >>> t = "占全区财政支出的75%"
    >>> change_before(t, 0, parse_text(t)).kind
    'share_pct'
    """
    pos = q.qual_start
    lo = pos - 48 if pos - 48 > clause_start else clause_start  # max() costs a call per figure
    unit = q.unit
    if unit in ("%", "％", "‰", "个百分点", "百分点", "倍"):
        verb = not _VERB_LAST.isdisjoint(text[(pos - _VERB_REACH if pos - _VERB_REACH > lo else lo):pos])
        m = CHANGE_BEFORE.search(text, pos - 24 if pos - 24 > lo else lo, pos) if verb else None
        if m and text[pos - 1:pos] == "为" and not m.group("cmp") and not m.group("avg") \
                and (_FROM_LEVEL.search(text, lo, m.start()) or _RATE_NAMED.search(text, lo, m.start())):
            m = None  # 从38.5%上升为41.2%, 覆盖率提高为52%: the level a rate rose to, no change
        if m and m.group("cmp") and _NOT_YEAR_BASE.search(m.group("cmp")):
            return None  # 比年初预算增长3.2%, 比届初提高6个百分点: no change on the year before
        if m:
            direction = "down" if m.group("verb") in _DOWN or q.value < 0 else "up"
            kind = "yoy_pp" if "百分点" in unit else "multiple" if unit == "倍" else "yoy_pct"
            return Change(kind, direction, m.start(), bool(m.group("avg")))
        m = RATE_WORD_BEFORE.search(text, max(lo, pos - 12), pos)
        if m and "百分点" in unit and _GAP_WORD.search(text, lo, m.start()):
            return None  # 增速低于财政收入增速1.5个百分点: a gap between two rates, no change
        if m:
            direction = "down" if m.group("word") in _DOWN or q.value < 0 else "up"
            return Change("yoy_pp" if "百分点" in unit else "yoy_pct", direction, m.start())
        if unit != "倍":
            window = text[lo:pos]
            at = max(window.rfind("占"), window.rfind("相当于"))
            if at >= 0 and SHARE_BEFORE.fullmatch(window, at):
                return Change("share_pct", "", lo + at)
        elif text[pos - 1:pos] == "的":
            return Change("multiple", "", pos)
        return None
    if _VERB_LAST.isdisjoint(text[(pos - _VERB_REACH if pos - _VERB_REACH > lo else lo):pos]):
        return None  # most figures: no comparison verb right before them
    m = CHANGE_BEFORE.search(text, pos - 24 if pos - 24 > lo else lo, pos)
    if m and (m.group("cmp") or m.start() == clause_start):  # 比上年末增加0.5万人: a change, no kind
        return Change("absolute", "down" if m.group("verb") in _DOWN else "up", m.start())
    return None
