"""The project's code list: one code and English label per statistic, whatever the wording.

``pipelines/data/indicator_codes.csv`` is reviewed data: per code its Chinese name, an English
label naming the concept, the unit family, a one-line statistical definition, the aliases reports
use, the years the series exists, a topic and the source of the definition (docs/codes.md).  An
indicator gets a code when its name, normalised, is the code's name or one of its aliases.
Normalising takes away what reports add around a statistic's name and does not change what it
measures: scope words (全区, 全年, 累计), a leading year, light verbs (实现, 完成, 达到), and it
spells short forms out (规上 → 规模以上).  When that fails, a suffix that only restates the kind
of quantity (总额, 总量, 总值, 人数, 增速) is taken away and the lookup is tried once more.
Matching is exact after normalising: a name that is not in the list gets no code, never a guess.

>>> code_for("全区地区生产总值")
('GDP', 'Gross regional product')
>>> code_for("全年实现规上工业增加值")
('VA_INDUSTRY_ABOVE_SIZE', 'Value added of industry above designated size')
>>> code_for("失业人员再就业")
('REEMPLOYMENT', 'Re-employment of the unemployed')
>>> code_for("十大产业增加值")
('', '')
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "indicator_codes.csv"
UNITS = Path(__file__).resolve().parent.parent / "data" / "units.csv"

# Words that say whose or which period's figure it is, not what is measured.  全口径 is not among
# them: 全口径财政收入 is an alias of the total fiscal revenue, and 财政收入 alone is ambiguous.
_SCOPE_WORDS = tuple(
    "全区 全市 全县 全镇 全乡 全旗 全省 全州 全盟 全区域 我区 我市 我县 本区 本市 本县 辖区 区域内 "
    "全年 本年 当年 "
    "年内 今年 上年 去年 累计 共计 共 合计 总计 实现 完成 达到 预计".split()
)
_SCOPE = re.compile(r"^(?:" + "|".join(_SCOPE_WORDS) + r"|(?:19|20)\d{2}年度?)+")
_NOISE = re.compile(r"[“”\"'‘’《》\s]")
# short forms spelled out; 各项 (各项存款余额) only says "all kinds of", as the statistic does anyway
_SHORT = (("规上", "规模以上"), ("限上", "限额以上"), ("（", "("), ("）", ")"), ("ＧＤＰ", "GDP"),
          ("各项", ""), ("社零", "社会消费品零售"), ("固投", "固定资产投资"), ("批零业", "批发零售业"),
          ("一产", "第一产业"), ("二产", "第二产业"), ("三产", "第三产业"))
# the standard set of bodies a People's Congress hears (“一府两院”, “一府一委两院”) says whose reports,
# not which statistic: 听取和审议“一府两院”专项工作报告 is the count of special work reports heard
_BODIES = re.compile(r"一府(?:一委)?两院")
# Suffixes that restate the kind of figure: 地区生产总值增速 is still the GDP statistic (its
# growth rate; the row's unit says which), 进出口总额 and 进出口总值 are one statistic.
# The same holds for a decline (商品房销售额下降率) and for the act a count is of (保障性安居工程开工).
_SUFFIXES = ("同比增长率", "比上年增长", "同比增长", "增长率", "增速", "增幅", "增长", "下降率", "降低率",
             "下降", "总额", "总量", "总值", "总计", "总数", "个数", "数量", "金额", "户数", "人数", "面积",
             "规模", "开工", "竣工", "交付", "建成", "额", "数", "量")
_SUFFIX_LAST = frozenset(s[-1] for s in _SUFFIXES)  # most names end otherwise: skip the loop
# a name that starts with no scope word's first character (nor a year's) skips the regex
_SCOPE_FIRST = frozenset(w[0] for w in _SCOPE_WORDS) | {"1", "2"}
# Verbs that only say the figure was reported, handled or held: the thing counted stays the same
# (召开主任会议 is the count of 主任会议, 上报社情民意信息 of 社情民意信息).
_LIGHT_VERB = re.compile(r"^(?:召开|开展|组织开展|组织|实施|完成|累计|发放|接待|上报|报送|编报|提交|受理"
                         r"|征集|听取和审议|听取审议|审议|听取|督办|办理|办结|查处)")
# Verbs that make a count of things ADDED in the period (新增研发中心 is not the number of R&D centres
# there are): the name without them fits only a code whose measure is ``added``.
_ADD_VERB = re.compile(r"^(?:新增|新建|新开工|开工建设|开工|建成(?!区)|竣工|交付|引进|新认定|新设立|新培育"
                       r"|新引进)")
# Acts a report puts before their object (改造老旧小区) where the list names the act after it
# (老旧小区改造): the name is tried with the act moved to its end.
_ACT_FIRST = re.compile(r"^(改造|修缮|整治|建设|办理|化解|查处|审计|拆迁|征收|安置|培育)(.{2,})$")


@dataclass(frozen=True)
class CodeEntry:
    """One row of the code list."""

    code: str
    name_zh: str
    en: str
    unit_family: str  # e.g. ``money``, ``count``, ``area|count``
    measure: str  # ``stock`` (a level at a moment), ``flow`` (a total of the period), ``added``, ``rate``
    definition: str
    aliases: tuple[str, ...]
    years: str  # ``all``, ``2013-``, ``-2014``, ``2006-2020``
    topic: str
    source: str


@lru_cache(maxsize=1)
def entries() -> tuple[CodeEntry, ...]:
    """Every code of the list, in the file's order."""
    with DATA.open(encoding="utf-8", newline="") as f:
        return tuple(
            CodeEntry(r["code"], r["name_zh"], r["en"], r["unit_family"], r["measure"], r["definition"],
                      tuple(a for a in r["aliases"].split("|") if a), r["years"], r["topic"], r["source"])
            for r in csv.DictReader(f)
        )


def normalise(name: str) -> str:
    """The statistic's name without scope, period and verb words.

    >>> normalise("全县2015年实现规上工业增加值")
    '规模以上工业增加值'
    """
    out = _NOISE.sub("", name.strip())
    if "两院" in out:
        out = _BODIES.sub("", out)
    for short, full in _SHORT:
        if short in out and (not full or full not in out):
            out = out.replace(short, full)
    return _SCOPE.sub("", out) if out[:1] in _SCOPE_FIRST else out


@lru_cache(maxsize=1)
def codes() -> dict[str, tuple[str, str, str, str]]:
    """Every normalised Chinese name of the list → (code, English label, topic, measure)."""
    out: dict[str, tuple[str, str, str, str]] = {}
    for e in entries():
        for name in (e.name_zh, *e.aliases):
            out.setdefault(normalise(name), (e.code, e.en, e.topic, e.measure))
    return out


def conflicts() -> list[tuple[str, str, str]]:
    """Names that two codes both claim (must be empty: tests check it): (name, code, other code)."""
    seen: dict[str, str] = {}
    out = []
    for e in entries():
        for name in {normalise(n) for n in (e.name_zh, *e.aliases)}:
            if seen.setdefault(name, e.code) != e.code:
                out.append((name, seen[name], e.code))
    return out


@lru_cache(maxsize=1)
def by_code() -> dict[str, CodeEntry]:
    return {e.code: e for e in entries()}


def _lookup(name: str) -> tuple[str, str, str, str] | None:
    """The entry of a normalised name, or of the name less a suffix that restates the kind of figure."""
    table = codes()
    hit = table.get(name)
    if hit is None and name[-1:] in _SUFFIX_LAST:  # 进出口总值, 地区生产总值增速: name + kind of figure
        for suffix in _SUFFIXES:
            if name.endswith(suffix) and len(name) > len(suffix) + 1:
                hit = table.get(name[: -len(suffix)])
                if hit:
                    break
    return hit


def _candidates(name: str) -> list[tuple[str, bool]]:
    """Readings of a normalised name to look up, each with whether only an ``added`` code may fit."""
    out = [(name, False)]
    light = _LIGHT_VERB.sub("", name)
    if light != name and len(light) > 1:  # 上报社情民意信息 → 社情民意信息
        out.append((light, False))
    for base, added_only in list(out):
        act = _ACT_FIRST.match(base)
        if act:  # 改造老旧小区 → 老旧小区改造
            out.append((act.group(2) + act.group(1), added_only))
        bare = _ADD_VERB.sub("", base)
        if bare != base and len(bare) > 1:  # 新增研发中心 → 研发中心, but only a code of things added
            out.append((bare, True))
    return out


@lru_cache(maxsize=32768)
def code_for(indicator: str) -> tuple[str, str]:
    """(code, English label) of an indicator name, ('', '') when no code fits.

    >>> code_for("改造老旧小区")[0], code_for("新增规上工业企业")[0]
    ('OLD_COMMUNITY_RENOVATION', 'INDUSTRIAL_FIRMS_ABOVE_SIZE_NEW')
    >>> code_for("新增贷款")  # loans are a balance: the loans added in a year are another statistic
    ('', '')
    """
    name = normalise(indicator)
    for reading, added_only in _candidates(name):
        hit = _lookup(reading)
        if hit is not None and (not added_only or hit[3] == "added"):
            return hit[0], hit[1]
    return "", ""


@lru_cache(maxsize=1)
def _unit_kinds() -> dict[str, str]:
    with UNITS.open(encoding="utf-8", newline="") as f:
        return {r["base_unit"]: r["kind"] for r in csv.DictReader(f)}


# units.csv kinds (and a few base units) → the families of the code list
_FAMILY = {"money": "money", "count": "count", "area": "area", "length": "length", "weight": "mass",
           "energy": "energy", "concentration": "concentration", "ratio": "ratio", "day": "days",
           "year": "years", "year_of_age": "years"}


def unit_family(base_unit: str) -> str:
    """The family of a base unit: ``unit_family('CNY')`` → ``'money'``; '' when unknown."""
    if base_unit in _FAMILY:
        return _FAMILY[base_unit]
    return _FAMILY.get(_unit_kinds().get(base_unit, ""), "")


@lru_cache(maxsize=4096)
def unit_fits(code: str, base_unit: str) -> bool:
    """Whether a figure in ``base_unit`` can be the statistic ``code``.

    A percent fits every code (a growth rate, a share or a decline of the statistic); an unknown
    unit is not held against a code.  A money code is never given to a count.

    >>> unit_fits("GDP", "CNY"), unit_fits("GDP", "percent"), unit_fits("GDP", "units")
    (True, True, False)
    """
    entry = by_code().get(code)
    if entry is None or base_unit in ("", "percent", "percentage_point"):
        return entry is not None
    if base_unit == "permille_point":
        return False  # 比上年下降0.6个千分点: a gap of a rate in ‰, no level of any statistic
    family = unit_family(base_unit)
    families = set(entry.unit_family.split("|"))
    if not family or "index" in families:
        return not family
    # a ratio per N people is stated in the unit of the thing counted: 每千人口床位数5.2张
    return family in families or ("ratio" in families and family == "count")


def code_for_unit(indicator: str, base_unit: str) -> tuple[str, str]:
    """``code_for`` that also checks the unit family: ('', '') when the unit cannot be the code's.

    >>> code_for_unit("出口", "USD")
    ('EXPORTS', 'Exports')
    >>> code_for_unit("总投资", "units")
    ('', '')
    """
    code, en = code_for(indicator)
    return (code, en) if code and unit_fits(code, base_unit) else ("", "")


def code_rows() -> list[dict[str, str]]:
    """The code list as the release's ``indicator_codes`` rows (columns of schemas/indicator_codes.json).

    >>> code_rows()[0]["code"], sorted(code_rows()[0])[:3]
    ('GDP', ['aliases', 'code', 'definition'])
    """
    return [{"code": e.code, "name_zh": e.name_zh, "en": e.en, "unit_family": e.unit_family,
             "definition": e.definition, "aliases": "|".join(e.aliases), "years": e.years,
             "topic": e.topic, "source": e.source, "measure": e.measure} for e in entries()]
