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
from dataclasses import dataclass
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


@dataclass(frozen=True)
class UnitInfo:
    """A stated unit resolved against the registry."""

    stated: str
    base_unit: str
    factor: Decimal
    kind: str


@lru_cache(maxsize=1)
def registry() -> dict[str, Unit]:
    """All units of the registry by their printed form."""
    units: dict[str, Unit] = {}
    with DATA.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            units[row["unit"]] = Unit(
                unit=row["unit"],
                base_unit=row["base_unit"],
                factor=Decimal(row["factor"]),
                kind=row["kind"],
                scalable=row["scalable"] == "1",
                cn_numerals=row["cn_numerals"] == "1",
                not_before=tuple(w for w in (row.get("not_before") or "").split("|") if w),
            )
    return units


def unit_pattern() -> str:
    """A regex alternation of every registered unit, longest first, each with its guard.

    >>> import re
    >>> bool(re.fullmatch(unit_pattern(), "人次")), bool(re.match(unit_pattern() + "$", "人民"))
    (True, False)
    """
    parts = []
    for u in sorted(registry().values(), key=lambda u: (-len(u.unit), u.unit)):
        esc = "".join("\\" + c if c in "%.+*?()[]{}|^$\\" else c for c in u.unit)
        guard = f"(?!{'|'.join(u.not_before)})" if u.not_before else ""
        parts.append(esc + guard)
    return "|".join(parts)


@lru_cache(maxsize=4096)
def lookup(stated: str) -> UnitInfo | None:
    """Resolve a stated unit (``亿元``, ``万人次``, ``%``, ``万``) to its base unit and factor.

    A bare multiplier (``近20万`` with no unit after it) counts units.  None if unknown.

    >>> lookup("万").base_unit, lookup("万").factor
    ('units', Decimal('10000'))
    >>> lookup("斤") is None
    True
    """
    units = registry()
    if stated in units:
        u = units[stated]
        return UnitInfo(stated, u.base_unit, u.factor, u.kind)
    for mult, factor in MULTIPLIERS.items():
        if stated.startswith(mult):
            rest = stated[len(mult):]
            if not rest:  # 近20万: a bare 万 or 亿 counts units (千 and 百 are too often 千伏, 百分点)
                return UnitInfo(stated, "units", factor, "count") if mult in _BARE else None
            u = units.get(rest)
            if u is not None and u.scalable:
                return UnitInfo(stated, u.base_unit, factor * u.factor, u.kind)
            return None
    return None


def accepts_cn_numerals(unit: str) -> bool:
    """Whether a Chinese numeral may count this (base) unit: 三期 is a phase, not three issues."""
    u = registry().get(unit)
    return u is not None and u.cn_numerals
