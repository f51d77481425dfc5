"""One value per place, period and statistic: the ``panel`` and ``reconciliation`` tables.

Input: the release's ``indicators`` and ``documents`` rows (dicts, typed or as read from CSV).
A statement enters the panel when it has an ``indicator_code``, an empty ``scope`` (the figure is
the place's own), ``origin`` = ``report`` (not a glossary note), a ``period`` and a document with
an ``admin_code``.  Statements are grouped by (``admin_code``, ``period``, ``indicator_code``,
``kind``, ``measure``): ``kind`` is ``target`` for a target and ``outcome`` otherwise; ``measure``
is ``level`` for the statistic's value and ``yoy_pct``/``yoy_pp``/``share_pct`` for its change or
share (地区生产总值86.4亿元，增长11.2% gives a level and a yoy_pct statement; a change is signed,
``下降3.2%`` is -3.2).

The choice rule, in order (the first step that tells the statements apart decides; ``rule``
names it):

1. ``final_over_estimate`` — an outcome (final figure) over an estimate (预计, 左右 in a report
   delivered before the statistics are final);
2. ``report_kind`` — a statistical communiqué (the bureau's final statistics) over the government
   work report, and the government work report over the other reports (party, congress, CPPCC);
3. ``latest_report`` — the report delivered last over earlier ones;
4. ``exact_over_bound`` — an exact figure over an approximate one or a bound (675 over 670余);
5. ``tiebreak`` — the first by document id and position in the text.

``disagree`` is true when the statements' values differ (in base units where both have one);
``reconciliation`` then lists every statement of the row with its relative difference to the
chosen value.  Rows without ``status``/``bound`` (releases before they existed) fall back on
``qualifier``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from pipelines.extract.codes import by_code

Row = Mapping[str, object]

# qualifier (the older single column) → (status, bound)
_FROM_QUALIFIER = {
    "exact": ("outcome", "exact"),
    "approx": ("outcome", "approx"),
    "estimate": ("estimate", "exact"),
    "target": ("target", "exact"),
    "more_than": ("outcome", "more_than"),
    "at_least": ("outcome", "at_least"),
    "at_most": ("outcome", "at_most"),
    "less_than": ("outcome", "less_than"),
}
_CHANGES = ("yoy_pct", "yoy_pp", "share_pct")
_CHANGE_UNIT = {
    "yoy_pct": ("%", "percent"),
    "yoy_pp": ("个百分点", "percentage_point"),
    "share_pct": ("%", "percent"),
}
_RULES = ("final_over_estimate", "report_kind", "latest_report", "exact_over_bound")
_REL = Decimal("0.000001")


@dataclass(frozen=True)
class Statement:
    """One statement of a statistic: a fact row seen as (place, period, code, kind, measure)."""

    key: tuple[str, int, str, str, str]  # admin_code, period, indicator_code, kind, measure
    place: str
    value: Decimal
    unit: str
    value_base: Decimal | None
    base_unit: str
    status: str
    bound: str
    fact_id: str
    doc_id: str
    report_kind: str
    delivered_on: str
    position: int


def _text(v: object) -> str:
    if v is None or (isinstance(v, float) and v != v):  # NaN from pandas
        return ""
    return str(v).strip()


def _num(v: object) -> Decimal | None:
    s = _text(v)
    if not s:
        return None
    try:
        d = Decimal(s)
    except InvalidOperation:
        return None
    return d if d.is_finite() else None


def status_bound(row: Row) -> tuple[str, str]:
    """(status, bound) of a row: its own columns, else read from ``qualifier``.

    >>> status_bound({"qualifier": "estimate"}), status_bound({"status": "target", "bound": "at_least"})
    (('estimate', 'exact'), ('target', 'at_least'))
    """
    status, bound = _text(row.get("status")), _text(row.get("bound"))
    if status:
        return status, bound or "exact"
    return _FROM_QUALIFIER.get(_text(row.get("qualifier")), ("outcome", "exact"))


def _is_percent_family(code: str) -> bool:
    entry = by_code().get(code)
    return entry is not None and "percent" in entry.unit_family.split("|")


def statements(row: Row, doc: Row) -> list[Statement]:
    """The panel statements one indicator row makes (none when it is not a place-level statistic)."""
    code, admin = _text(row.get("indicator_code")), _text(doc.get("admin_code"))
    period = _num(row.get("period"))
    if not code or not admin or period is None or _text(row.get("scope")):
        return []
    if _text(row.get("origin")) not in ("", "report"):
        return []
    value = _num(row.get("value"))
    if value is None:
        return []
    status, bound = status_bound(row)
    kind = "target" if status == "target" else "outcome"
    base_unit, ckind = _text(row.get("base_unit")), _text(row.get("change_kind"))
    cval = _num(row.get("change_value"))
    sign = -1 if _text(row.get("change_direction")) == "down" else 1
    common = dict(
        place=_text(doc.get("place")),
        status=status,
        bound=bound,
        fact_id=_text(row.get("fact_id")),
        doc_id=_text(row.get("doc_id")),
        report_kind=_text(doc.get("report_kind")),
        delivered_on=_text(doc.get("delivered_on")),
        position=int(_num(row.get("raw_start")) or 0),
    )
    out = []
    in_percent = base_unit in ("percent", "percentage_point")
    if in_percent and not _is_percent_family(code):
        # 地区生产总值增长8%: the row's value is the statistic's change, not the statistic
        if ckind in _CHANGES:
            out.append(
                Statement(
                    (admin, int(period), code, kind, ckind),
                    value=sign * abs(value),
                    unit=_text(row.get("unit")),
                    value_base=sign * abs(value),
                    base_unit=base_unit,
                    **common,
                )
            )
        return out
    out.append(
        Statement(
            (admin, int(period), code, kind, "level"),
            value=value,
            unit=_text(row.get("unit")),
            value_base=_num(row.get("value_base")),
            base_unit=base_unit,
            **common,
        )
    )
    if ckind in _CHANGES and cval is not None:
        unit, base = _CHANGE_UNIT[ckind]
        signed = cval if ckind == "share_pct" else sign * abs(cval)
        out.append(
            Statement(
                (admin, int(period), code, kind, ckind),
                value=signed,
                unit=unit,
                value_base=signed,
                base_unit=base,
                **common,
            )
        )
    return out


def _rank(s: Statement) -> tuple:
    """Sort key: smaller is preferred; one element per step of the choice rule, then the tiebreak."""
    return (
        s.status == "estimate",
        _kind_rank(s.report_kind),
        _neg_date(s.delivered_on),
        s.bound != "exact",
        s.doc_id,
        s.position,
        s.fact_id,
    )


def _kind_rank(kind: str) -> int:
    """0 for a statistical communiqué (whatever the documents table calls it), 1 for the government
    work report, 2 for the others."""
    if "communique" in kind or kind.startswith("stat"):
        return 0
    return 1 if kind == "government" else 2


def _neg_date(d: str) -> str:
    # later dates first; an unknown date sorts after every known one
    return "".join(chr(0x3A - (ord(c) - 0x30)) if c.isdigit() else c for c in d) if d else "~"


def _comparable(s: Statement) -> Decimal:
    return s.value_base if s.value_base is not None else s.value


def choose(group: list[Statement]) -> tuple[Statement, str]:
    """The chosen statement of a group and the step of the rule that chose it."""
    ranked = sorted(group, key=_rank)
    best = ranked[0]
    if len(ranked) == 1:
        return best, "only"
    runner = ranked[1]
    for i, name in enumerate(_RULES):
        if _rank(best)[i] != _rank(runner)[i]:
            return best, name
    return best, "tiebreak"


# The last inputs and result: ``panel`` and ``reconciliation`` are built from the same inputs one after
# the other; given the same (re-iterable) objects, the second gets the first's result.
_LAST: list = []


def panel_tables(indicators: Iterable[Row], documents: Iterable[Row]) -> tuple[list[dict], list[dict]]:
    """(panel rows, reconciliation rows), each sorted by their primary key."""
    if _LAST and _LAST[0] is indicators and _LAST[1] is documents and not isinstance(indicators, list):
        result = _LAST[2]
        _LAST.clear()  # used once: nothing of a release stays referenced after it
        return result
    result = _panel_tables(indicators, documents)
    _LAST[:] = [indicators, documents, result]
    return result


def _panel_tables(indicators: Iterable[Row], documents: Iterable[Row]) -> tuple[list[dict], list[dict]]:
    docs = {_text(d.get("doc_id")): d for d in documents}
    groups: dict[tuple, list[Statement]] = defaultdict(list)
    for row in indicators:
        doc = docs.get(_text(row.get("doc_id")))
        if doc is not None:
            for s in statements(row, doc):
                groups[s.key].append(s)
    panel, recon = [], []
    for key in sorted(groups):
        group = groups[key]
        best, rule = choose(group)
        chosen = _comparable(best)
        disagree = any(_comparable(s) != chosen for s in group)
        head = dict(zip(("admin_code", "period", "indicator_code", "kind", "measure"), key, strict=True))
        head["place"] = best.place
        panel.append(
            {
                **head,
                "value": best.value,
                "unit": best.unit,
                "value_base": best.value_base,
                "base_unit": best.base_unit,
                "status": best.status,
                "bound": best.bound,
                "fact_id": best.fact_id,
                "doc_id": best.doc_id,
                "report_kind": best.report_kind,
                "n_statements": len(group),
                "disagree": disagree,
                "rule": rule,
            }
        )
        if disagree:
            for s in sorted(group, key=lambda s: s.fact_id):
                rel = (_comparable(s) - chosen) / abs(chosen) if chosen else None
                recon.append(
                    {
                        **head,
                        "fact_id": s.fact_id,
                        "doc_id": s.doc_id,
                        "report_kind": s.report_kind,
                        "chosen": s is best,
                        "value": s.value,
                        "unit": s.unit,
                        "value_base": s.value_base,
                        "status": s.status,
                        "bound": s.bound,
                        "rel_diff": rel.quantize(_REL) if rel is not None else None,
                    }
                )
    return panel, recon
