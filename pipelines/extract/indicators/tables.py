"""Figures of a table of indicators: a header row, then one row per indicator.

Statistical communiqués and web copies of work reports print their main figures as a table: a head
that names the columns (``指标 | 单位 | 完成数 | 比上年增长（%）``) and a row per indicator. After the
cleaning such a table is a run of lines whose cells are set off by tabs, bars or wide gaps, or a run of
lines of one cell each. Each number of a value column becomes a fact named by the row's label, in the
unit of the unit column (or of the cell, the label's brackets, the column's brackets, or a
``单位：亿元`` line above the table), with the percentage change of the growth column on the
current value; a caption of targets (``预期目标``) makes the figures targets unless the column says
they were done (``完成数``). A line of prose ends the table.

>>> text = "指标\\t单位\\t完成数\\t比上年增长（%）\\n地区生产总值\\t亿元\\t356.8\\t7.2\\n"
>>> [(r.name, r.value, r.unit, r.change) for r in table_rows(text)]
[('地区生产总值', Decimal('356.8'), '亿元', Decimal('7.2'))]
>>> text = "指标\\t单位\\t2023年\\t2022年\\t增长（%）\\n财政收入\\t亿元\\t\\t42.1\\t\\n"
>>> [(r.value, r.period) for r in table_rows(text)]  # an empty cell keeps its column
[(Decimal('42.1'), 2022)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from pipelines.extract.units import lookup

_WIDE = re.compile(r"\s{2,}|\u3000+")
_NUMBER = re.compile(r"[-+－]?\d[\d,]*(?:\.\d+)?")
#: A value cell: a number, maybe with its own unit (356.8亿元, 92.3%), and with the words of a bound
#: before or after it as a target table prints them (5.5左右, 6以上, 稳定在180以上, ≥95).
_CELL = re.compile(r"(?P<pre>约|近|超过|超|达到|达|稳定在|控制在|保持在|力争|不低于|不少于|不高于|不超过"
                   r"|高于|低于|[≥≤＞＜><])?\s*([-+－]?\d[\d,]*(?:\.\d+)?)\s*(?P<u>[^\d\s]{1,6}?)??\s*"
                   r"(?P<post>左右|上下|以上|以下|以内|多|余)?")
#: The bound each such word gives a cell's value.
_CELL_BOUND = {
    **dict.fromkeys(("约", "近", "左右", "上下"), "approx"),
    **dict.fromkeys(("超过", "超", "多", "余", "高于", "＞", ">"), "more_than"),
    **dict.fromkeys(("不低于", "不少于", "以上", "≥"), "at_least"),
    **dict.fromkeys(("不高于", "不超过", "以下", "以内", "控制在", "≤"), "at_most"),
    **dict.fromkeys(("低于", "＜", "<"), "less_than"),
}
_DASH = re.compile(r"[-—–－/…]*|无")
#: (the words after 类别 only where they end the cell: 地区 heads a column, 地区生产总值 is a row)
_LABEL_HEAD = re.compile(r"指标|项目|名称|类别|(?:品种|产品|行业|地区|区域|类型|分类|科目|事项)$")
#: A count column named by what it counts (件数, 人数, 户数): the row's count, its unit the first
#: character.
_COUNT_HEAD = re.compile(r"(件|人|户|个|家|项|次|所|座|条|处)数")
#: A rate column of a measure of its own (办复率（%）, 满意率): a value, not the row's share or
#: progress (完成率, 增长率, 占比 are skipped).
_OWN_RATE = re.compile(r"(?P<m>[\u4e00-\u9fff]{1,6}率)(?<!完成率)(?<!执行率)(?<!增长率)(?<!进度率)"
                       r"\s*(?:[（(]\s*[%％]\s*[）)])?")
_SERIAL_HEAD = re.compile(r"序号|编号")
_UNIT_HEAD = re.compile(r"(?:计量)?单位")
_VALUE_HEAD = re.compile(r"完成|实绩|实际|数值|绝对数|总量|总额|金额|本年|本期|累计|预计|目标|计划|预期"
                         r"|预算|决算|执行数"
                         r"|(?:19|20)\d\d年?|数量|规模|指标值")
_PAST_HEAD = re.compile(r"上年|去年|同期")
_RATIO_HEAD = re.compile(r"率|进度|占比|比重|比例")
_GROWTH_HEAD = re.compile(r"增长|增速|增幅")
_DELTA_HEAD = re.compile(r"增减|±|比上年")
_DONE = re.compile(r"完成|实绩|实际|决算|执行数")
_TARGET = re.compile(r"目标|计划|预期|预算")
_ESTIMATE = re.compile(r"预计")
_YEAR = re.compile(r"((?:19|20)\d\d)年")
_BRACKET_UNIT = re.compile(r"[（(]\s*(?:单位\s*[:：])?\s*([^（）()：:\d、]{1,6})\s*"
                           r"(?:、[^（）()]{1,4})?[）)]$")
#: A bracket of a row's label that tells a span, not a unit: （五年累计）, （亿元、五年累计）,
#: （“十三五”累计）.
_SPAN_BRACKET = re.compile(r"[（(](?:[^（）()]{0,6}、)?(?P<s>[^（）()、]{0,8}(?:累计|以来|期间|时期))[）)]$")
_ANY_BRACKET = re.compile(r"[（(][^（）()]{1,12}[）)]$")
_TABLE_UNIT = re.compile(r"单位\s*[:：]\s*([^\s，。；;,)）、]{1,6})")
_LEAD_MARK = re.compile(r"^(?:其中[:：]?|\d{1,2}\s*[.、．]\s*|[一二三四五六七八九十]{1,3}、\s*"
                        r"|[（(][一二三四五六七八九十\d]{1,3}[）)]\s*|[#*\-•·]+\s*)")
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
    bound: str = "exact"


@dataclass(frozen=True)
class _Column:
    index: int
    kind: str  # value | change | unit | label
    status: str = "outcome"
    period: int | None = None
    unit: str = ""
    points: bool = False  # a change in percentage points
    average: bool = False  # an average annual growth (年均增长（%）): a figure of its own, not the change
    measure: str = ""  # what a value column measures of each row (项目 | 2023年计划投资 → 投资)


#: The words of a value column's head that say only when or how sure (完成数, 2023年目标, 预计):
#: what is left names the measure of each row (计划投资 → 投资).
_GENERIC_HEAD = re.compile(r"(?:19|20)\d\d年?|[（(][^（）()]*[）)]|完成数|完成|实绩|实际|绝对数|数值|指标值"
                           r"|总量|本年|本期|决算数|决算|执行数|预算数"
                           r"|累计|预计|目标|计划|预期|规划|期末|数量|规模|值|数|额度|情况|全年|年度|年")
_PART_OF_YEAR = re.compile(r"\d{1,2}\s*[-—－~至]\s*\d{1,2}月|[一二三四]季度|前三季度|上半年|下半年")
_MEASURE = re.compile(r"(?![^月季]*(?:月|季|半年))[\u4e00-\u9fff]{2,8}")
#: A row label that is a growth rate (地区生产总值增长, 固定资产投资增速).
_GROWTH_LABEL = re.compile(r"(?:增长|增速|增幅|下降|降低|降幅)$")
#: A row that sums the rows above it: no indicator of its own name.
_TOTAL_ROW = re.compile(r"合计|总计|小计|共计")


def _cells(line: str) -> tuple[list[tuple[int, int]], bool]:
    """[start, end) of the cells of a line and whether their positions are sure: cells between tabs
    or bars keep their empty ones (an empty cell is a column); cells between wide gaps do not."""
    if "\t" in line or "|" in line or "｜" in line:
        sep = "\t" if "\t" in line else "|"
        body = line.replace("｜", "|")
        spans, at = [], 0
        for i, ch in enumerate(body):
            if ch == sep:
                spans.append((at, i))
                at = i + 1
        spans.append((at, len(body)))
        if sep == "|":  # bars at the ends of a markdown row open and close it
            if spans and not body[slice(*spans[0])].strip():
                spans = spans[1:]
            if spans and not body[slice(*spans[-1])].strip():
                spans = spans[:-1]
        return [_trimmed(line, a, b) for a, b in spans], True
    spans, at = [], 0
    for m in _WIDE.finditer(line):
        if m.start() > at:
            spans.append((at, m.start()))
        at = m.end()
    if at < len(line):
        spans.append((at, len(line)))
    return [_trimmed(line, a, b) for a, b in spans if line[a:b].strip()], False


def _trimmed(line: str, a: int, b: int) -> tuple[int, int]:
    while a < b and line[a].isspace():
        a += 1
    while b > a and line[b - 1].isspace():
        b -= 1
    return a, b


def _number(cell: str) -> Decimal | None:
    cell = cell.strip().replace("－", "-").rstrip("%％")
    if not _NUMBER.fullmatch(cell):
        return None
    try:
        return Decimal(cell.replace(",", ""))
    except InvalidOperation:
        return None


def _value(cell: str) -> tuple[Decimal, str] | None:
    """The number of a value cell and the unit it carries ('' if none); None if it holds no figure."""
    found = _bounded(cell)
    return found[:2] if found is not None else None


def _bounded(cell: str) -> tuple[Decimal, str, str] | None:
    """The number of a value cell, its unit ('' if none) and its bound (``exact`` unless the cell
    says otherwise: ``5.5左右`` approx, ``6以上`` at_least); None if it holds no figure."""
    m = _CELL.fullmatch(cell.strip())
    if not m:
        return None
    unit = (m.group("u") or "").strip()
    if unit in ("%", "％"):
        unit = "%"
    elif unit and lookup(unit) is None:
        return None
    number = _number(m.group(2))
    if number is None:
        return None
    words = [w for w in (m.group("pre"), m.group("post")) if w]
    bound = _CELL_BOUND.get(words[-1], "exact") if words else "exact"
    return number, unit, bound


def _header(cells: list[str], caption: str) -> list[_Column] | None:
    """The columns a header row names, or None when the row is no header of a table of figures."""
    first = 1 if cells and _SERIAL_HEAD.fullmatch(cells[0]) else 0
    if len(cells) - first < 3 or any(_number(c) is not None for c in cells):
        return None
    if not _LABEL_HEAD.search(cells[first]) and not any(_UNIT_HEAD.fullmatch(c) for c in cells):
        return None
    status = "target" if _TARGET.search(caption) else "estimate" if _ESTIMATE.search(caption) else "outcome"
    cols: list[_Column] = [_Column(first, "label")]
    for k, c in enumerate(cells[first + 1:], first + 1):
        unit = _BRACKET_UNIT.search(c)
        year = _YEAR.search(c)
        if _UNIT_HEAD.fullmatch(c):
            cols.append(_Column(k, "unit"))
        elif not re.search(r"额|量", c) and (_GROWTH_HEAD.search(c) or (
                _DELTA_HEAD.search(c) and ("%" in c or "％" in c or "百分点" in c))):
            cols.append(_Column(k, "change", period=int(year.group(1)) if year else None,
                                points="百分点" in c, average="年均" in c or "平均" in c))
        elif (count := _COUNT_HEAD.fullmatch(c)) is not None:
            cols.append(_Column(k, "value", status, None, count.group(1), measure=""))  # 件数: a count
        elif (rate := _OWN_RATE.fullmatch(c)) is not None and not _PAST_HEAD.search(c):
            cols.append(_Column(k, "value", status, None, "%", measure=rate.group("m")))  # 办复率（%）
        elif _RATIO_HEAD.search(c) or _PAST_HEAD.search(c) or _DELTA_HEAD.search(c) or "%" in c or "％" in c:
            continue  # 完成率（%）, 上年, 增减额: no value of the row's indicator this year
        elif unit and lookup(unit.group(1)) and _MEASURE.fullmatch(head := c[:unit.start()].strip()):
            # a measure per column (学校数（所）, 在校学生（人）): each row's count of it
            cols.append(_Column(k, "value", status, int(year.group(1)) if year else None, unit.group(1),
                                measure=head))
        elif _VALUE_HEAD.search(c):
            own = ("outcome" if _DONE.search(c) else "target" if _TARGET.search(c)
                   else "estimate" if _ESTIMATE.search(c) else status)
            measure = _GENERIC_HEAD.sub("", c)
            measure = "（调整预算）" if "调整预算" in c else measure  # a budget revised
            cols.append(_Column(k, "value", own, int(year.group(1)) if year else None,
                                unit.group(1) if unit and lookup(unit.group(1)) else "",
                                measure=measure if _MEASURE.fullmatch(measure) or measure.startswith("（")
                                else f"（{measure}）" if _PART_OF_YEAR.fullmatch(measure) else ""))
    if not any(c.kind == "value" for c in cols):
        return None
    return cols


def _current(cols: list[_Column]) -> int:
    """The value column a growth column speaks of: the one of its year, else the latest, else the first."""
    values = [c for c in cols if c.kind == "value"]
    change = next((c for c in cols if c.kind == "change"), None)
    if change is not None and change.period is not None:
        named = [c for c in values if c.period == change.period]
        if named:  # 2023年目标 | 2023年完成 | 增长: the growth of what was done
            return next((c.index for c in named if c.status == "outcome"), named[0].index)
    dated = [c for c in values if c.period is not None]
    if dated:
        latest = max(c.period or 0 for c in dated)
        named = [c for c in dated if c.period == latest]
        return next((c.index for c in named if c.status == "outcome"), named[0].index)
    return next((c.index for c in values if c.status == "outcome"), values[0].index)  # 实际完成, not 年初目标


#: A cell of a header flattened one cell per line: a column's name, short, no figure but a year.
_HEAD_CELL = re.compile("|".join(p.pattern for p in (_LABEL_HEAD, _SERIAL_HEAD, _UNIT_HEAD, _VALUE_HEAD,
                                                     _PAST_HEAD, _GROWTH_HEAD, _DELTA_HEAD, _RATIO_HEAD)))


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
    heads = _LABEL_HEAD.search(first) or _SERIAL_HEAD.fullmatch(first)
    return n if n >= 3 and len(first) <= 6 and heads else 0


def _flat_rows(text: str, lines: list[tuple[int, int]], k: int, n: int, cols: list[_Column],
               table_unit: str, covers_year: int | None) -> tuple[list[TableRow], int]:
    """The figures of the rows after a flattened header (``n`` lines each), and the line after them.
    A group whose cells do not fit the columns (a missing cell) ends the table."""
    out: list[TableRow] = []
    while k + n <= len(lines):
        group = lines[k:k + n]
        cells = [text[a:b].strip() for a, b in group]
        if any(_PROSE.search(c) for c in cells) or not _fits(cells, cols):
            break
        found = _row_cells(text, [(a + len(text[a:b]) - len(text[a:b].lstrip()),
                                   a + len(text[a:b].rstrip())) for a, b in group],
                           cols, table_unit, covers_year, group[0][0], group[-1][1])
        if found is None:
            break
        out.extend(found)
        k += n
    return out, k


def _fits(cells: list[str], cols: list[_Column]) -> bool:
    """Whether the cells of a flattened row stand where the header's columns say."""
    for c in cols:
        cell = cells[c.index] if c.index < len(cells) else ""
        if c.kind == "label" and (not cell or _number(cell) is not None):
            return False
        if c.kind in ("value", "change") and _value(cell) is None and not _DASH.fullmatch(cell):
            return False
        if c.kind == "unit" and cell and lookup(cell) is None and cell not in ("%", "％"):
            return False
    return True


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
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
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
                out.extend(_parts_named(text, found))
                k = after
                continue
        if _PROSE.search(line) or ("\t" not in line and "|" not in line and "｜" not in line
                                   and not _WIDE.search(line.strip())):
            k += 1
            continue
        spans, _ = _cells(line)
        cols = _header([line[a:b] for a, b in spans], caption)
        if cols is None:
            k += 1
            continue
        table_unit = _TABLE_UNIT.search(caption + " " + line)
        width = len(spans)
        table: list[TableRow] = []
        k += 1
        while k < len(lines):
            s, e = lines[k]
            row = text[s:e]
            if _RULE_LINE.fullmatch(row):
                k += 1
                continue
            if _PROSE.search(row):
                break
            spans, sure = _cells(row)
            if len(spans) < 2:
                break
            if not sure and len(spans) != width:
                k += 1
                continue  # a row of wide gaps with a cell missing cannot be read by position: skipped
            found = _row_cells(text, [(s + a, s + b) for a, b in spans], cols,
                               table_unit.group(1) if table_unit else "", covers_year, s, e)
            if found is None:
                break
            table.extend(found)
            k += 1
        out.extend(_parts_named(text, table))
    return out


#: The measure of a parent row its parts share (规模以上工业总产值 → 轻工业总产值); a GDP's parts are
#: the sectors' value added.
_PARENT_MEASURE = re.compile(r"(?:总产值|增加值|产值|主营业务收入|营业收入|投资|销售额|产量|利润)$")
_PART_LABEL = re.compile(r"第[一二三]产业|[轻重]工业|农业|林业|牧业|渔业|服务业")


def _parts_named(text: str, rows: list[TableRow]) -> list[TableRow]:
    """Rows of parts (``其中：轻工业``, an indented row, ``第一产业``) named with their parent row's
    measure: 轻工业 under 规模以上工业总产值 → 轻工业总产值; 第一产业 under 地区生产总值 → 第一产业增加值."""
    out: list[TableRow] = []
    parent = ""
    for r in rows:
        line = text[r.line_start:r.line_end]
        part = line[:1].isspace() or line.lstrip().startswith("其中") \
            or _PART_LABEL.fullmatch(r.name) is not None
        if not part:
            parent = r.name
            out.append(r)
            continue
        m = _PARENT_MEASURE.search(parent)
        measure = "增加值" if "生产总值" in parent else m.group() if m else ""
        own = _PARENT_MEASURE.search(r.name) or r.name.endswith("率")
        named = r.name if not measure or own else r.name + measure
        out.append(r if named == r.name else replace(r, name=named))
    return out


def _row_cells(text: str, spans: list[tuple[int, int]], cols: list[_Column], table_unit: str,
               covers_year: int | None, line_start: int, line_end: int) -> list[TableRow] | None:
    """The figures of one row, [] for a row without figures, None when the line is no row."""
    cells = [text[a:b] for a, b in spans]
    label_col = next(c.index for c in cols if c.kind == "label")
    if label_col >= len(cells):
        return None
    label = _LEAD_MARK.sub("", cells[label_col].strip()).strip()
    if not label or _number(label) is not None:
        return None
    if _TOTAL_ROW.fullmatch(label):
        return []  # 合计: the sum of the rows above, which name themselves
    span = _SPAN_BRACKET.search(label)  # （五年累计）, （亿元、五年累计）: a total over years
    own_unit = _BRACKET_UNIT.search(label)
    if own_unit and own_unit.group(1) not in ("%", "％", "‰") and lookup(own_unit.group(1)) is None:
        own_unit = None
    bracket = span or own_unit or _ANY_BRACKET.search(label)  # （现价）, （按可比价）: no part of the name
    if bracket is not None:
        label = label[:bracket.start()].strip()
    if span is not None:  # 全社会固定资产投资（五年累计）: the span stays in the name (no annual code)
        label = f"{label}（{span.group('s')}）"
    unit = next((cells[c.index].strip() for c in cols if c.kind == "unit" and c.index < len(cells)), "")
    if _DASH.fullmatch(unit) and own_unit:
        unit = ""  # 能耗降低（%） | — : the label's bracket says it (a dash alone: no unit, no row)
    current = _current(cols)
    change = change_kind = None
    averages = []  # 年均增长（%） | 16.0: the average growth over the table's span, a row of its own
    for c in cols:
        if c.kind == "change" and c.average and c.index < len(cells) and (v := _value(cells[c.index])):
            averages.append((c, v[0]))
            continue
        if c.kind == "change" and c.index < len(cells) and (v := _value(cells[c.index])) is not None:
            change, change_kind = v[0], "yoy_pp" if c.points or v[1] == "个百分点" else "yoy_pct"
            if unit in ("%", "％", "‰") or (own_unit and own_unit.group(1) in ("%", "‰")):
                change_kind = "yoy_pp"  # 城镇化率 58.2% | 1.4: a rate's growth is in points
            break
    out = []
    for c in cols:
        if c.kind != "value" or c.index >= len(cells):
            continue
        found = _bounded(cells[c.index])
        if found is None:
            continue
        value, cell_unit, bound = found
        stated = cell_unit or unit or (own_unit.group(1) if own_unit else "") or c.unit or table_unit
        if not stated or (stated != "%" and lookup(stated) is None):
            continue
        a, b = spans[c.index]
        mine = c.index == current
        name = label if not c.measure or c.measure in label else label + c.measure
        own_change, own_kind = (change, change_kind or "") if mine else (None, "")
        if stated == "%" and (grown := _GROWTH_LABEL.search(name)):
            # 地区生产总值增长（%） | 5.2: a growth rate, as the prose's 增长5.2% is (…增长率, yoy_pct);
            # 单位GDP能耗下降（%） | 3.2: a fall (…下降率, the direction down)
            rate = "下降率" if grown.group() in ("下降", "降低", "降幅") else "增长率"
            name, own_change, own_kind = name[:grown.start()] + rate, value, "yoy_pct"
        out.append(TableRow(a, b, name, value, stated, c.status, c.period or covers_year,
                            own_change, own_kind, line_start, line_end, bound))
    by_index = {c.index: c for c in cols}
    for c, value in averages if out else ():  # (a row whose values were not read: no average either)
        a, b = spans[c.index]
        of = by_index.get(current)
        fall = _GROWTH_LABEL.search(label)
        down = fall is not None and fall.group() in ("下降", "降低", "降幅")
        rate_unit = unit in ("%", "％", "‰") or (own_unit is not None and own_unit.group(1) in ("%", "‰"))
        kind = "下降率" if down else "提高" if rate_unit else "增长率"  # a rate rises in points: 年均提高
        name = f"{_GROWTH_LABEL.sub('', label)}年均{kind}"
        out.append(TableRow(a, b, name, value, "%" if not rate_unit or down else "个百分点",
                            of.status if of else "outcome", (of.period if of else None) or covers_year,
                            value, "yoy_pp" if rate_unit and not down else "yoy_pct", line_start, line_end,
                            "exact"))
    return sorted(out, key=lambda r: r.start)
