"""A table of indicators set in single spaces (a PDF or a web copy that lost its cell borders).

Composed in the style of a five-year review's annex for an invented city (none from the seed):
the cleaning must keep each cell a cell (``820 903.5`` is two figures, not one with a digit
group) and each row a line; the indicator rows then read it like any other table.
"""

from __future__ import annotations

from decimal import Decimal

from pipelines.extract.indicators import extract_indicators
from pipelines.model import DocumentText, Paragraph
from pipelines.text.clean import clean_text

TABLE = """主要指标完成情况见下表。
指标 单位 规划目标 2015年 2010年 年均增长（%）
地区生产总值 亿元 820 903.5 452.7 14.8
全社会固定资产投资（五年累计） 亿元 2100 2386.2 — —
城镇化率 % 52 53.6 44.1 —
单位生产总值能耗降低（%） — 16 17.2 — —
注：年均增长按可比价格计算。"""


def _facts(text: str):
    cleaned = clean_text(text, "t.txt", errata=[]).text
    doc = DocumentText("t", "government", 2015, cleaned, (Paragraph(0, 0, len(cleaned), "body", "附表"),))
    return cleaned, extract_indicators(doc)


def test_cells_set_off_by_single_spaces_stay_apart():
    cleaned, _ = _facts(TABLE)
    assert "820903.5" not in cleaned and "903.5 452.7" not in cleaned
    assert "地区生产总值\t亿元\t820\t903.5\t452.7\t14.8" in cleaned
    assert "注：年均增长按可比价格计算。" in cleaned  # the note after the table is prose again


def test_every_value_column_and_the_average_growth_are_rows():
    _, facts = _facts(TABLE)
    got = {(f.indicator, f.value, f.unit, f.status, f.period) for f in facts}
    assert ("地区生产总值", Decimal("820"), "亿元", "target", 2015) in got
    assert ("地区生产总值", Decimal("903.5"), "亿元", "outcome", 2015) in got
    assert ("地区生产总值", Decimal("452.7"), "亿元", "outcome", 2010) in got
    assert ("地区生产总值年均增长率", Decimal("14.8"), "%", "outcome", 2015) in got
    # a span in the label's bracket is part of the name, and a five-year sum has no annual code
    fai = [f for f in facts if f.value == Decimal("2386.2")]
    assert [(f.indicator, f.indicator_code) for f in fai] == [("全社会固定资产投资（五年累计）", "")]
    # a dash in the unit column: the label's own bracket gives the unit (a fall in %: a rate, down)
    assert ("单位生产总值能耗下降率", Decimal("17.2"), "%", "outcome", 2015) in got
    assert not any(f.value in (Decimal("820903.5"), Decimal("903.5452")) for f in facts)


def test_a_line_of_words_with_spaces_is_no_table():
    text = "指标 完成 情况良好\n全年增长 5% 以上。"
    assert clean_text(text, "t.txt", errata=[]).text.count("\t") == 0


REVIEWED = """主要指标完成情况见下表。（单位：亿元）
指标 单位 规划目标 2015年 2010年 年均增长（%）
地区生产总值（现价） 亿元 820 903.5 452.7 14.8
全社会固定资产投资（亿元、五年累计） — 2100 2386.2 — —
城镇化率 % 52 53.6 44.1 1.9
人均地区生产总值 — 52000 56000 30000 13.2
单位GDP能耗降低（%） — 16 17.2 — 3.6
注：年均增长按可比价格计算。"""


def test_review_cases_of_spaced_tables():
    """A review's cases: a dash unit never takes the caption's unit, a price basis is no part of the
    name, a span survives a unit in its bracket, a fall's average is a fall, a rate's is in points."""
    _, facts = _facts(REVIEWED)
    got = {(f.indicator, f.value, f.unit, f.indicator_code) for f in facts}
    assert ("地区生产总值", Decimal("903.5"), "亿元", "GDP") in got
    assert ("全社会固定资产投资（五年累计）", Decimal("2386.2"), "亿元", "") in got
    assert not any(f.value in (Decimal("52000"), Decimal("56000")) for f in facts)  # no 亿元 per head
    assert ("单位GDP能耗年均下降率", Decimal("3.6"), "%", "") in got
    assert ("城镇化率年均提高", Decimal("1.9"), "个百分点", "") in got
