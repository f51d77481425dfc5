"""The unit registry: units as printed in reports, their base unit and conversion factor.

The registry is data (``pipelines/data/units.csv``, one row per unit, reviewed by a person);
this module reads it and answers two questions: which regex matches a unit as printed, and
what a stated unit (possibly with a multiplier such as 万 or 亿 in front) is worth in its base.

>>> lookup("亿元")
UnitInfo(stated='亿元', base_unit='CNY', factor=Decimal('100000000'), kind='money')
>>> lookup("万平方米").factor
Decimal('10000')
>>> lookup("户").base_unit
'households'
>>> lookup("千米").base_unit, lookup("千米").factor
('km', Decimal('1'))
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "units.csv"

#: Multipliers that may stand inside a stated unit (``20万条``, ``1.2亿元``), longest first.
MULTIPLIERS: dict[str, Decimal] = {
    "万亿": Decimal("1000000000000"),
    "十万": Decimal("100000"),
    "百万": Decimal("1000000"),
    "千万": Decimal("10000000"),
    "万": Decimal("10000"),
    "亿": Decimal("100000000"),
    "千": Decimal("1000"),
    "百": Decimal("100"),
}


_BARE = frozenset(("万", "亿", "万亿"))


@dataclass(frozen=True)
class Unit:
    """One row of the registry.

    scalable: a multiplier may precede it (万元, 万人次); cn_numerals: a Chinese numeral may
    count it (三期 is a phase name, so 期 says no); not_before: what may not follow it, because
    the unit character then begins a word (人 in 人民, 年 in 年度, 次 in 次会议).
    """

    unit: str
    base_unit: str
    factor: Decimal
    kind: str
    scalable: bool
    cn_numerals: bool
    not_before: tuple[str, ...]
    den: int = 1


@dataclass(frozen=True)
class UnitInfo:
    """A stated unit resolved against the registry."""

    stated: str
    base_unit: str
    factor: Decimal
    kind: str
    den: int = field(default=1, repr=False)

    def base(self, value: Decimal) -> Decimal:
        """``value`` in the base unit, exact where the factor is a fraction (亩 = 10000/15 m2)."""
        v = value * self.factor
        if self.den == 1:
            return v
        if v % self.den == 0:
            return v / self.den
        return (v / self.den).quantize(_PLACES)


_PLACES = Decimal("0.0001")


@lru_cache(maxsize=1)
def registry() -> dict[str, Unit]:
    """All units of the registry by their printed form."""
    units: dict[str, Unit] = {}
    with DATA.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            num, _, den = row["factor"].partition("/")  # 10000/15: an exact fraction
            units[row["unit"]] = Unit(
                unit=row["unit"],
                base_unit=row["base_unit"],
                factor=Decimal(num),
                den=int(den or 1),
                kind=row["kind"],
                scalable=row["scalable"] == "1",
                cn_numerals=row["cn_numerals"] == "1",
                not_before=tuple(w for w in (row.get("not_before") or "").split("|") if w),
            )
    return units


def unit_pattern() -> str:
    """A regex alternation of every registered unit, longest first, each with its guard
    (factored by first character).

    >>> import re
    >>> bool(re.fullmatch(unit_pattern(), "人次")), bool(re.match(unit_pattern() + "$", "人民"))
    (True, False)
    """
    # Grouped by first character (元(?:/平方米|/吨|(?!宵|…))|…), in the same order within a group:
    # the same first alternative matches, but the engine tests each first character once, not
    # once per unit (speed only).
    groups: dict[str, list[str]] = {}
    for u in sorted(registry().values(), key=lambda u: (-len(u.unit), u.unit)):
        guard = f"(?!{'|'.join(u.not_before)})" if u.not_before else ""
        groups.setdefault(u.unit[0], []).append(_escape(u.unit[1:]) + guard)
    return "|".join(_escape(first) + (f"(?:{'|'.join(rests)})" if len(rests) > 1 or rests[0] else "")
                    for first, rests in groups.items())


def _escape(s: str) -> str:
    return "".join("\\" + c if c in "%.+*?()[]{}|^$\\" else c for c in s)


@lru_cache(maxsize=4096)
def lookup(stated: str) -> UnitInfo | None:
    """Resolve a stated unit (``亿元``, ``万人次``, ``%``, ``万``) to its base unit and factor.

    A bare multiplier (``近20万`` with no unit after it) counts units.  None if unknown.

    >>> lookup("万").base_unit, lookup("万").factor
    ('units', Decimal('10000'))
    >>> lookup("亿斤").base_unit, lookup("亿斤").factor  # 1 斤 = 0.5 kg
    ('t', Decimal('50000.0000'))
    >>> lookup("两") is None
    True
    """
    units = registry()
    if stated in units:
        u = units[stated]
        return UnitInfo(stated, u.base_unit, u.factor, u.kind, u.den)
    for mult, factor in MULTIPLIERS.items():
        if stated.startswith(mult):
            rest = stated[len(mult):]
            if not rest:  # 近20万: a bare 万 or 亿 counts units (千 and 百 are too often 千伏, 百分点)
                return UnitInfo(stated, "units", factor, "count") if mult in _BARE else None
            u = units.get(rest)
            if u is not None and u.scalable:
                return UnitInfo(stated, u.base_unit, factor * u.factor, u.kind, u.den)
            return None
    return None


def accepts_cn_numerals(unit: str, scaled: bool = False) -> bool:
    """Whether a Chinese numeral may count this (base) unit: 三期 is a phase, not three issues.
    ``scaled``: the numeral carries 万 or 亿 (二十万字), which no idiom does (一字排开): any count
    unit that takes a multiplier is counted then."""
    u = registry().get(unit)
    return u is not None and (u.cn_numerals or (scaled and u.scalable and u.kind == "count"))


#: The counted thing decides the base of a few measure words: 户 counts households, but also
#: market entities and telephone subscribers; 张 counts sheets, beds, cards; a bare 万 before a
#: noun of people counts persons (3.8万贫困人口).  First matching word of the name wins.
_COUNTED: dict[str, tuple[tuple[str, str], ...]] = {
    "households": (("用户", "subscribers"), ("电话", "subscribers"), ("宽带", "subscribers"),
                   ("客户", "subscribers"), ("市场主体", "entities"), ("经营主体", "entities"),
                   ("工商户", "entities"), ("商户", "entities"), ("企业", "entities"),
                   ("合作社", "entities"), ("家庭农场", "entities")),
    "items": (("床", "beds"),),
    "units": (("人口", "persons"), ("人员", "persons"), ("群众", "persons"), ("居民", "persons"),
              ("农民", "persons"), ("职工", "persons"), ("学生", "persons"), ("劳动力", "persons"),
              ("老人", "persons"), ("儿童", "persons"), ("游客", "persons"), ("工人", "persons"),
              ("市场主体", "entities"), ("企业", "organisations"), ("户", "households"),
              ("家庭", "households")),
}


def counted_base(base_unit: str, unit: str, name: str) -> str:
    """The base unit as the counted noun says (``移动电话用户52.3万户`` → subscribers).

    >>> counted_base("households", "万户", "移动电话用户"), counted_base("items", "张", "床位")
    ('subscribers', 'beds')
    >>> counted_base("units", "万", "贫困人口"), counted_base("units", "个", "人口普查小区")
    ('persons', 'units')
    >>> counted_base("units", "万", "带动农户增收"), counted_base("units", "万", "惠及市场主体")
    ('households', 'entities')
    """
    table = _COUNTED.get(base_unit)
    if table is None or (base_unit == "units" and unit not in _BARE):
        return base_unit
    for word, base in table:
        if word in name:
            return base
    return base_unit
