"""Figures of a table of indicators: a header row, then one row per indicator.

Statistical communiqués and web copies of work reports print their main figures as a table: a head
that names the columns (``指标 | 单位 | 完成数 | 比上年增长（%）``) and a row per indicator. After the
cleaning such a table is a run of lines whose cells are set off by tabs, bars or wide gaps. Each
number of a value column becomes a fact named by the row's label, in the unit of the unit column
(or of the label's brackets, the column's brackets, or a ``单位：亿元`` line above the table), with the
change of a growth column; a header or caption of targets (``预期目标``) makes the figures targets.
A line of prose ends the table.

>>> text = "指标\\t单位\\t完成数\\t比上年增长（%）\\n地区生产总值\\t亿元\\t356.8\\t7.2\\n"
>>> [(r.name, r.value, r.unit, r.change) for r in table_rows(text)]
[('地区生产总值', Decimal('356.8'), '亿元', Decimal('7.2'))]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from pipelines.extract.units import lookup

#: Cells of a line: tabs, bars (a markdown row), two spaces or more, ideographic spaces.
_SPLIT = re.compile(r"\t+| *[|｜] *|\s{2,}|\u3000+")
_HEAD_SPLIT = re.compile(r"\t+| *[|｜] *|\s+")
_NUMBER = re.compile(r"[-+－]?\d[\d,]*(?:\.\d+)?")
_LABEL_HEAD = re.compile(r"指标|项目|名称|类别")
_UNIT_HEAD = re.compile(r"(?:计量)?单位")
_VALUE_HEAD = re.compile(r"完成|实绩|实际|数值|绝对数|总量|总额|金额|本年|本期|累计|预计|目标|计划|预期|(?:19|20)\d\d年?|数量|规模|指标值")
_CHANGE_HEAD = re.compile(r"增长|增速|增幅|增减|比上年|同比|±")
_TARGET = re.compile(r"目标|计划|预期")
_ESTIMATE = re.compile(r"预计")
_YEAR = re.compile(r"((?:19|20)\d\d)年")
_BRACKET_UNIT = re.compile(r"[（(]\s*(?:单位\s*[:：])?\s*([^（）()：:\d]{1,6})\s*[）)]$")
_TABLE_UNIT = re.compile(r"单位\s*[:：]\s*([^\s，。；;,)）]{1,6})")
_LEAD_MARK = re.compile(r"^(?:其中[:：]?|\d{1,2}\s*[.、．]\s*|[（(][一二三四五六七八九十\d]{1,3}[）)]\s*|[#*\-•·]+\s*)")
_RULE_LINE = re.compile(r"[\s|｜:：\-—=+]*")
_PROSE = re.compile(r"[。！？；]")


@dataclass(frozen=True)
class TableRow:
    """One figure of a table: where its value stands (offsets in ``text``) and what the row says."""

    start: int
    end: int
    name: str
    value: Decimal
    unit: str
    status: str
    period: int | None
    change: Decimal | None
    change_kind: str
    line_start: int
    line_end: int


@dataclass(frozen=True)
class _Column:
    index: int
    kind: str  # value | change | unit
    status: str = "outcome"
    period: int | None = None
    unit: str = ""
    points: bool = False  # a change in percentage points


def _cells(line: str, head: bool = False) -> list[tuple[int, int]]:
    """[start, end) of the non-empty cells of a line, bars at its ends ignored."""
    spans, at = [], 0
    for m in (_HEAD_SPLIT if head else _SPLIT).finditer(line):
        if m.start() > at:
            spans.append((at, m.start()))
        at = m.end()
    if at < len(line):
        spans.append((at, len(line)))
    return [(a, b) for a, b in spans if line[a:b].strip()]


def _number(cell: str) -> Decimal | None:
    cell = cell.strip().replace("－", "-").rstrip("%％")
    if not _NUMBER.fullmatch(cell):
        return None
    try:
        return Decimal(cell.replace(",", ""))
    except InvalidOperation:
        return None


def _header(cells: list[str], caption: str) -> list[_Column] | None:
    """The columns a header row names, or None when the row is no header of a table of figures."""
    if len(cells) < 3 or _number(cells[0]) is not None or any(_number(c) is not None for c in cells):
        return None
    if not _LABEL_HEAD.search(cells[0]) and not any(_UNIT_HEAD.fullmatch(c) for c in cells):
        return None
    status = "target" if _TARGET.search(caption) else "estimate" if _ESTIMATE.search(caption) else "outcome"
    cols: list[_Column] = []
    for k, c in enumerate(cells[1:], 1):
        unit = _BRACKET_UNIT.search(c)
        if _UNIT_HEAD.fullmatch(c):
            cols.append(_Column(k, "unit"))
        elif _CHANGE_HEAD.search(c):
            cols.append(_Column(k, "change", points="百分点" in c))
        elif _VALUE_HEAD.search(c):
            year = _YEAR.search(c)
            own = "target" if _TARGET.search(c) else "estimate" if _ESTIMATE.search(c) else status
            cols.append(_Column(k, "value", own, int(year.group(1)) if year else None,
                                unit.group(1) if unit and lookup(unit.group(1)) else ""))
    if not any(c.kind == "value" for c in cols):
        return None
    return cols


#: A cell of a header flattened one cell per line: a column's name, short, no figure but a year.
_HEAD_CELL = re.compile(rf"(?:{_LABEL_HEAD.pattern}|{_UNIT_HEAD.pattern}|{_VALUE_HEAD.pattern}|{_CHANGE_HEAD.pattern})")


def _flat_header(text: str, lines: list[tuple[int, int]], k: int) -> int:
    """How many lines from ``k`` make a header flattened one cell per line (指标 / 单位 / 完成数 /
    增长（%）), 0 if none."""
    n = 0
    while k + n < len(lines):
        cell = text[slice(*lines[k + n])].strip()
        if len(cell) > 14 or _PROSE.search(cell) or "，" in cell or not _HEAD_CELL.search(cell) \
                or _number(cell) is not None:
            break
        n += 1
    first = text[slice(*lines[k])].strip()
    return n if n >= 3 and len(first) <= 6 and _LABEL_HEAD.search(first) else 0


def _flat_rows(text: str, lines: list[tuple[int, int]], k: int, n: int, cols: list[_Column],
               table_unit: str, covers_year: int | None) -> tuple[list[TableRow], int]:
    """The figures of the rows after a flattened header (``n`` lines each), and the line after them."""
    out: list[TableRow] = []
    while k + n <= len(lines):
        group = lines[k:k + n]
        start = group[0][0]
        joined = "\t".join(text[a:b].strip() for a, b in group)
        if any(_PROSE.search(text[a:b]) for a, b in group):
            break
        found = _row(text, start, joined, cols, table_unit, covers_year)
        if not found:
            break
        # offsets of the joined row → offsets of its lines in the text
        fixed = []
        for r in found:
            at = r.start - start
            for a, b in group:
                cell = text[a:b].strip()
                if at < len(cell) + 1:
                    lead = len(text[a:b]) - len(text[a:b].lstrip())
                    fixed.append(TableRow(a + lead + at, a + lead + at + (r.end - r.start), r.name, r.value,
                                          r.unit, r.status, r.period, r.change, r.change_kind, group[0][0],
                                          group[-1][1]))
                    break
                at -= len(cell) + 1
        out.extend(fixed)
        k += n
    return out, k


def _caption(text: str, lines: list[tuple[int, int]], k: int) -> str:
    """The title lines right above a table (``2023年主要预期目标``, ``（单位：亿元）``): short, no prose."""
    out = []
    for a, b in reversed(lines[max(0, k - 2):k]):
        line = text[a:b].strip()
        if len(line) > 40 or _PROSE.search(line) or "，" in line:
            break
        out.insert(0, line)
    return " ".join(out)


def table_rows(text: str, covers_year: int | None = None) -> list[TableRow]:
    """Every figure of the tables of indicators in ``text``, in text order."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    lines = [(a, b) for a, b in lines if text[a:b].strip()]
    out: list[TableRow] = []
    k = 0
    while k < len(lines):
        s, e = lines[k]
        line = text[s:e]
        caption = _caption(text, lines, k)
        if (n := _flat_header(text, lines, k)) and (cols := _header(
                [text[slice(*x)].strip() for x in lines[k:k + n]], caption)) is not None:
            unit = _TABLE_UNIT.search(caption)
            found, after = _flat_rows(text, lines, k + n, n, cols, unit.group(1) if unit else "", covers_year)
            if found:
                out.extend(found)
                k = after
                continue
        if _PROSE.search(line) or ("\t" not in line and "|" not in line and "  " not in line
                                   and "\u3000" not in line and " " not in line.strip()):
            k += 1
            continue
        cols = _header([line[a:b].strip() for a, b in _cells(line, head=True)], caption)
        if cols is None:
            k += 1
            continue
        table_unit = _TABLE_UNIT.search(caption + " " + line)
        k += 1
        while k < len(lines):
            s, e = lines[k]
            row = text[s:e]
            if _RULE_LINE.fullmatch(row):
                k += 1
                continue
            found = _row(text, s, row, cols, table_unit.group(1) if table_unit else "", covers_year)
            if found is None:
                break
            out.extend(found)
            k += 1
    return out


def _row(text: str, at: int, row: str, cols: list[_Column], table_unit: str,
         covers_year: int | None) -> list[TableRow] | None:
    """The figures of one row, [] for a row without figures, None when the line is no row."""
    if _PROSE.search(row):
        return None
    spans = _cells(row)
    if len(spans) < 2:
        return None
    cells = [row[a:b].strip() for a, b in spans]
    label = _LEAD_MARK.sub("", cells[0]).strip()
    if not label or _number(label) is not None:
        return None
    own_unit = _BRACKET_UNIT.search(label)
    if own_unit:
        label = label[:own_unit.start()].strip()
    # a row may leave out empty cells at its end; never more cells than the header counted
    by_index = {c.index: c for c in cols}
    unit = next((cells[c.index] for c in cols if c.kind == "unit" and c.index < len(cells)), "")
    change = change_kind = None
    for c in cols:
        if c.kind == "change" and c.index < len(cells) and (v := _number(cells[c.index])) is not None:
            change, change_kind = v, "yoy_pp" if c.points else "yoy_pct"
            break
    out = []
    for index, (a, b) in enumerate(spans):
        col = by_index.get(index)
        if col is None or col.kind != "value":
            continue
        value = _number(row[a:b])
        stated = unit or (own_unit.group(1) if own_unit else "") or col.unit or table_unit
        if row[a:b].strip().endswith(("%", "％")):
            stated = "%"
        if value is None or not stated or lookup(stated) is None:
            continue
        out.append(TableRow(at + a, at + b, label, value, stated, col.status, col.period or covers_year,
                            change, change_kind or "", at, at + len(row)))
    if not out and not any(_number(c) is not None for c in cells[1:]):
        return None if len(cells) < 2 else []
    return out
