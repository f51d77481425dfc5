"""Figures of tables of indicators (``pipelines.extract.indicators.tables``): composed tables in the
layouts copies of communiqués and work reports print them (tabs, markdown bars, wide gaps)."""

from __future__ import annotations

from decimal import Decimal

from tests.test_indicators import facts


def _rows(text: str, **kw: object) -> list[tuple]:
    return [(f.indicator, f.value, f.unit, f.status, f.period, f.change_kind, f.change_value, f.name_rule)
            for f in facts(text, **kw)]


def test_a_tab_separated_table_gives_a_row_per_indicator_with_its_growth() -> None:
    text = ("2021年全市主要经济指标\n指标名称\t单位\t绝对数\t比上年增长（%）\n"
            "地区生产总值\t亿元\t1286.4\t7.6\n一般公共预算收入\t亿元\t96.2\t-3.5\n"
            "城镇居民人均可支配收入\t元\t41260\t6.9\n")
    found = _rows(text, year=2021)
    assert found[0] == ("地区生产总值", Decimal("1286.4"), "亿元", "outcome", 2021, "yoy_pct", Decimal("7.6"),
                        "table_row")
    assert found[1][5:7] == ("yoy_pct", Decimal("-3.5"))
    assert [f.change_direction for f in facts(text, year=2021)] == ["up", "down", "up"]
    assert facts(text, year=2021)[0].indicator_code == "GDP"


def test_a_markdown_table_of_targets_with_units_in_brackets() -> None:
    text = ("2023年主要预期目标\n| 指标 | 2023年目标 | 增长（%） |\n|---|---|---|\n"
            "| 地区生产总值（亿元） | 520 | 6.5 |\n| 城镇化率（%） | 63.2 | |\n"
            "全市上下要为实现上述目标而努力奋斗。\n")
    found = _rows(text, year=2022)
    assert [(n, v, u, st, p) for n, v, u, st, p, *_ in found] == [
        ("地区生产总值", Decimal(520), "亿元", "target", 2023),
        ("城镇化率", Decimal("63.2"), "%", "target", 2023)]


def test_a_unit_line_above_the_table_and_parts_marked_qizhong() -> None:
    text = ("（单位：万元）\n项目\t本年\t上年\t增长\n税收收入\t58600\t54200\t8.1\n"
            "其中：增值税\t21300\t20100\t6.0\n")
    found = _rows(text, year=2020)
    assert [(n, v, u) for n, v, u, *_ in found] \
        == [("税收收入", Decimal(58600), "万元"), ("增值税", Decimal(21300), "万元")]


def test_prose_ends_a_table_and_a_list_of_words_is_no_table() -> None:
    text = "指标\t单位\t完成数\n粮食总产量\t万吨\t38.6\n全年粮食生产再获丰收，新增高标准农田5万亩。\n"
    found = _rows(text)
    assert [(n, r) for n, *_, r in found] \
        == [("粮食总产量", "table_row"), ("新增高标准农田", "clause_before")]
    assert facts("甲镇\t乙镇\t丙镇\n全面完成年度任务。\n") == []


def test_a_table_flattened_one_cell_per_line() -> None:
    text = ("全县经济平稳增长。\n2022年主要指标完成情况\n指标\n单位\n完成数\n增长（%）\n"
            "地区生产总值\n亿元\n412.5\n6.8\n粮食总产量\n万吨\n36.2\n1.4\n"
            "（一）产业发展。全年新增规上企业38家。\n")
    found = facts(text, year=2022)
    assert [(f.indicator, f.value, f.unit, f.change_value, f.status, f.name_rule) for f in found[:2]] == [
        ("地区生产总值", Decimal("412.5"), "亿元", Decimal("6.8"), "outcome", "table_row"),
        ("粮食总产量", Decimal("36.2"), "万吨", Decimal("1.4"), "outcome", "table_row")]
    assert text[found[0].start:found[0].end] == "412.5"
    assert found[2].indicator.endswith("规上企业")


def test_review_cases_of_tables() -> None:
    # an empty cell keeps its column: last year's value is last year's, a growth no level
    text = "指标\t单位\t2023年\t2022年\t增长（%）\n财政收入\t亿元\t\t42.1\t\n进出口总额\t亿元\t\t\t3.2\n"
    assert [(f.value, f.period, f.change_value) for f in facts(text, year=2023)] \
        == [(Decimal("42.1"), 2022, None)]
    # rates and progress of completion, 增减额 and last year's columns are no values of the row
    text = ("指标\t单位\t目标值\t完成值\t完成率（%）\t比上年增减额\t增长（%）\n"
            "新增城镇就业\t人\t3000\t3260\t108.7\t210\t6.9\n")
    found = facts(text, year=2023)
    assert [(f.value, f.status, f.change_value) for f in found] == [
        (Decimal(3000), "target", None), (Decimal(3260), "outcome", Decimal("6.9"))]
    # a caption of targets yields to a column of what was done; a total row gives nothing
    text = ("2023年主要目标任务完成情况\n指标\t单位\t完成数\t增长（%）\n地区生产总值\t亿元\t515\t6.2\n"
            "合计\t亿元\t515\t6.2\n")
    assert [(f.indicator, f.status) for f in facts(text, year=2023)] == [("地区生产总值", "outcome")]
    # cells carrying their unit, numbered labels, a header without outer bars
    text = ("指标 | 2023年 | 增长\n---|---|---\n一、地区生产总值 | 356.8亿元 | 7.9%\n"
            "二、城镇化率 | 61.2% | 1.1个百分点\n")
    assert [(f.indicator, f.value, f.unit, f.change_kind) for f in facts(text, year=2023)] == [
        ("地区生产总值", Decimal("356.8"), "亿元", "yoy_pct"), ("城镇化率", Decimal("61.2"), "%", "yoy_pp")]
    # a project table names the measure of its value column
    text = "序号\t项目名称\t单位\t2024年计划投资\n1\t城南污水处理厂扩建\t亿元\t3.6\n"
    assert [(f.indicator, f.status) for f in facts(text, year=2023)] == [("城南污水处理厂扩建投资", "target")]


def test_a_wide_gap_table_survives_the_cleaning() -> None:
    from pipelines.text.clean import clean_text

    raw = ("指标名称        单位        完成数       比上年增长（%）\n"
           "地区生产总值        亿元        1,256.3        7.1\n"
           "第一产业增加值      亿元        98.6         3.5\n")
    text = clean_text(raw, "x.txt", errata=[]).text
    assert [(f.indicator, f.value, f.change_value) for f in facts(text, year=2023)] == [
        ("地区生产总值", Decimal("1256.3"), Decimal("7.1")),
        ("第一产业增加值", Decimal("98.6"), Decimal("3.5"))]


def test_a_table_of_measures_per_column_and_a_gapped_row_with_a_cell_missing() -> None:
    text = "学校类别\t学校数（所）\t在校学生（人）\n普通高中\t5\t12860\n小学\t41\t50218\n"
    assert [(f.indicator, f.value, f.unit) for f in facts(text, year=2021)] == [
        ("普通高中学校数", Decimal(5), "所"), ("普通高中在校学生", Decimal(12860), "人"),
        ("小学学校数", Decimal(41), "所"), ("小学在校学生", Decimal(50218), "人")]
    # in a table of wide gaps a row missing a cell is skipped (its figures cannot be placed), the
    # rows after it are read
    text = ("指标名称        单位        绝对数        比上年增长（%）\n"
            "工业总产值      亿元        612.4         8.8\n工业增加值      亿元                      7.9\n"
            "利润总额        亿元        41.6          12.2\n")
    assert [(f.indicator, f.value) for f in facts(text, year=2021)] == [
        ("工业总产值", Decimal("612.4")), ("利润总额", Decimal("41.6"))]


def test_review_cases_of_tables_second_round() -> None:
    text = "指标\t单位\t2023年目标\t2023年完成\t增长（%）\n地区生产总值\t亿元\t380\t372.5\t6.1\n"
    assert [(f.value, f.status, f.change_value) for f in facts(text, year=2023)] == [
        (Decimal(380), "target", None), (Decimal("372.5"), "outcome", Decimal("6.1"))]
    text = "指标\t单位\t2023年\t增长（%）\n城镇化率\t%\t59.6\t1.4\n"
    assert facts(text, year=2023)[0].change_kind == "yoy_pp"


def test_rows_of_parts_take_their_parents_measure() -> None:
    text = ("指标\t单位\t绝对数\t增长（%）\n地区生产总值\t亿元\t412.5\t6.8\n第一产业\t亿元\t36.2\t3.1\n"
            "规模以上工业总产值\t亿元\t864.3\t9.6\n其中：轻工业\t亿元\t213.6\t6.2\n"
            "税收收入\t亿元\t58.6\t8.1\n其中：增值税\t亿元\t21.3\t6.0\n")
    assert [f.indicator for f in facts(text, year=2022)] == [
        "地区生产总值", "第一产业增加值", "规模以上工业总产值", "轻工业总产值", "税收收入", "增值税"]


def test_a_budget_table_of_budget_revised_budget_and_final_accounts() -> None:
    text = ("（单位：亿元）\n项目\t预算数\t调整预算数\t决算数\t决算数为调整预算的%\t比上年增长%\n"
            "一般公共预算收入\t48.0\t47.2\t49.36\t104.6\t6.1\n")
    assert [(f.indicator, f.value, f.status, f.change_value) for f in facts(text, year=2020)] == [
        ("一般公共预算收入", Decimal("48.0"), "target", None),
        ("一般公共预算收入（调整预算）", Decimal("47.2"), "target", None),
        ("一般公共预算收入", Decimal("49.36"), "outcome", Decimal("6.1"))]


def test_tables_headed_by_kind_with_count_and_rate_columns() -> None:
    # a column of counts named by what it counts (件数) and a rate of its own (办复率（%）)
    text = ("十届三次会议以来交办的代表建议办理情况：\n类别\t件数\t办复率（%）\n农业农村\t57\t100\n"
            "教育卫生\t43\t97.7\n")
    assert [(f.indicator, f.value, f.unit) for f in facts(text, kind="npc")] == [
        ("农业农村", Decimal("57"), "件"), ("农业农村办复率", Decimal("100"), "%"),
        ("教育卫生", Decimal("43"), "件"), ("教育卫生办复率", Decimal("97.7"), "%")]
    # a head cell of the first column names the rows' kind (品种, 产品, 地区)
    text = "主要农产品产量\n品种\t产量（万吨）\t比上年增长（%）\n粮食\t38.6\t2.4\n油料\t5.1\t-1.2\n"
    found = facts(text, year=2019)
    assert [(f.indicator, f.value, f.change_value) for f in found] == [
        ("粮食产量", Decimal("38.6"), Decimal("2.4")), ("油料产量", Decimal("5.1"), Decimal("-1.2"))]
    # 完成率 and 占比 columns say how much of something else: no rows of their own
    text = "指标\t单位\t完成数\t完成率（%）\n税收收入\t亿元\t12.4\t103.2\n"
    assert [(f.indicator, f.value) for f in facts(text)] == [("税收收入", Decimal("12.4"))]


def test_a_row_label_that_begins_like_a_head_word_is_a_row() -> None:
    text = ("指标\n单位\n完成数\n增长（%）\n地区生产总值\n亿元\n286.5\n7.1\n"
            "规模以上工业增加值\n亿元\n96.3\n9.4\n")
    assert [(f.indicator, f.value) for f in facts(text, year=2021)] == [
        ("地区生产总值", Decimal("286.5")), ("规模以上工业增加值", Decimal("96.3"))]


def test_a_wide_gap_head_row_with_units_in_brackets_is_cleaned_into_cells() -> None:
    from pipelines.text.clean import clean_text

    raw = ("学校类别          学校数（所）    在校学生（人）    专任教师（人）\n"
           "普通高中          5               12631             1084\n")
    assert clean_text(raw, "t.txt").text.startswith("学校类别\t学校数（所）\t在校学生（人）\t专任教师（人）")


def test_target_cells_with_bounds_and_growth_rows_of_a_plan_table() -> None:
    """A table of this year's estimate and next year's target: a cell says its bound (左右, 以上,
    稳定在…以上), a row of growth in % is a growth rate as prose's 增长6% is, a word cell
    (与经济增长同步) is no figure and the rows after it still count; units such as 亿斤 resolve."""
    from pipelines.text.clean import clean_text

    raw = ("主要指标            2023年预计      2024年目标\n"
           "地区生产总值增长（%）      6.1      6左右\n"
           "城乡居民收入增长（%）      6.8      与经济增长同步\n"
           "城镇新增就业（万人）      2.46      2.4以上\n"
           "粮食总产量（亿斤）      96.2      稳定在95以上\n")
    text = clean_text(raw, "x.txt", errata=[]).text
    found = [(f.indicator, f.value, f.unit, f.status, f.bound, f.change_kind) for f in facts(text, year=2023)]
    assert found == [
        ("地区生产总值增长率", Decimal("6.1"), "%", "estimate", "exact", "yoy_pct"),
        ("地区生产总值增长率", Decimal("6"), "%", "target", "approx", "yoy_pct"),
        ("城乡居民收入增长率", Decimal("6.8"), "%", "estimate", "exact", "yoy_pct"),
        ("城镇新增就业", Decimal("2.46"), "万人", "estimate", "exact", ""),
        ("城镇新增就业", Decimal("2.4"), "万人", "target", "at_least", ""),
        ("粮食总产量", Decimal("96.2"), "亿斤", "estimate", "exact", ""),
        ("粮食总产量", Decimal("95"), "亿斤", "target", "at_least", ""),
    ]


def test_a_row_of_a_fall_in_percent_is_a_falling_rate() -> None:
    text = "指标\t单位\t2023年\n单位GDP能耗下降（%）\t%\t3.2\n地区生产总值增长（%）\t%\t6.1\n"
    found = [(f.indicator, f.change_kind, f.change_value, f.change_direction) for f in facts(text, year=2023)]
    assert found == [("单位GDP能耗下降率", "yoy_pct", Decimal("3.2"), "down"),
                     ("地区生产总值增长率", "yoy_pct", Decimal("6.1"), "up")]
