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
          ("各项", ""))
# Suffixes that restate the kind of figure: 地区生产总值增速 is still the GDP statistic (its
# growth rate; the row's unit says which), 进出口总额 and 进出口总值 are one statistic.
# The same holds for a decline (商品房销售额下降率) and for the act a count is of (保障性安居工程开工).
_SUFFIXES = ("同比增长率", "比上年增长", "同比增长", "增长率", "增速", "增幅", "增长", "下降率", "降低率",
             "下降", "总额", "总量", "总值", "总计", "金额", "户数", "人数", "面积", "规模", "开工", "竣工",
             "交付", "建成", "额", "数", "量")
_SUFFIX_LAST = frozenset(s[-1] for s in _SUFFIXES)  # most names end otherwise: skip the loop
# a name that starts with no scope word's first character (nor a year's) skips the regex
_SCOPE_FIRST = frozenset(w[0] for w in _SCOPE_WORDS) | {"1", "2"}
_VERB = re.compile(r"^(?:新增|新建|新开工|开工建设|开工|建成|交付|引进|召开|开展|组织|实施|完成|累计"
                   r"|发放|接待)")


@dataclass(frozen=True)
class CodeEntry:
    """One row of the code list."""

    code: str
    name_zh: str
    en: str
    unit_family: str  # e.g. ``money``, ``count``, ``area|count``
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
            CodeEntry(r["code"], r["name_zh"], r["en"], r["unit_family"], r["definition"],
                      tuple(a for a in r["aliases"].split("|") if a), r["years"], r["topic"], r["source"])
            for r in csv.DictReader(f)
        )


def normalise(name: str) -> str:
    """The statistic's name without scope, period and verb words.

    >>> normalise("全县2015年实现规上工业增加值")
    '规模以上工业增加值'
    """
    out = _NOISE.sub("", name.strip())
    for short, full in _SHORT:
        if short in out and (not full or full not in out):
            out = out.replace(short, full)
    return _SCOPE.sub("", out) if out[:1] in _SCOPE_FIRST else out


@lru_cache(maxsize=1)
def codes() -> dict[str, tuple[str, str, str]]:
    """Every normalised Chinese name of the list → (code, English label, topic)."""
    out: dict[str, tuple[str, str, str]] = {}
    for e in entries():
        for name in (e.name_zh, *e.aliases):
            out.setdefault(normalise(name), (e.code, e.en, e.topic))
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


@lru_cache(maxsize=32768)
def code_for(indicator: str) -> tuple[str, str]:
    """(code, English label) of an indicator name, ('', '') when no code fits."""
    table = codes()
    name = normalise(indicator)
    hit = table.get(name)
    if hit is None:  # 新增研发中心, 召开主任会议: the thing without the verb of its clause
        bare = _VERB.sub("", name)
        hit = table.get(bare) if bare != name else None
    if hit is None and name[-1:] in _SUFFIX_LAST:  # 进出口总值, 地区生产总值增速: name + kind of figure
        for suffix in _SUFFIXES:
            if name.endswith(suffix) and len(name) > len(suffix) + 1:
                hit = table.get(name[: -len(suffix)])
                if hit:
                    break
    return (hit[0], hit[1]) if hit else ("", "")


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
    family = unit_family(base_unit)
    families = set(entry.unit_family.split("|"))
    if not family or "index" in families:
        return not family
    return family in families


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
             "topic": e.topic, "source": e.source} for e in entries()]
