"""The quantity grammar on sentences composed in the style of government work reports."""

from __future__ import annotations

import doctest
from decimal import Decimal

import cn2an
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipelines.extract import quantity, units
from pipelines.extract.quantity import change_before, cn_to_int, iter_quantities, parse_text


def found(text: str) -> list[tuple[str, Decimal, str, str]]:
    return [(q.text, q.value, q.unit, q.qualifier) for q in iter_quantities(text)]


@pytest.mark.parametrize("module", [quantity, units])
def test_doctests(module: object) -> None:
    assert doctest.testmod(module).failed == 0  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "value", "unit", "base", "base_unit"), [
    ("完成税收收入3.75亿元", "3.75", "亿元", "375000000", "CNY"),
    ("新建绿道12.6公里", "12.6", "公里", "12.6", "km"),
    ("改造老旧小区18.20万平方米", "18.20", "万平方米", "182000", "m2"),
    ("服务老年人13.6万人次", "13.6", "万人次", "136000", "person_times"),
    ("实际利用外资2.3亿美元", "2.3", "亿美元", "230000000", "USD"),
    ("流转土地1500亩", "1500", "亩", "1000000.05", "m2"),
    ("城镇登记失业率3.1%", "3.1", "%", "3.1", "percent"),
    ("帮扶困难家庭356户", "356", "户", "356", "households"),
    ("新增各类市场主体1,286家", "1286", "家", "1286", "organisations"),
    # 万 printed before the people or households it counts, without their counter: the unit as printed
    ("将18.3万城市居民纳入低保", "18.3", "万", "183000", "persons"),
    ("惠及3万贫困户", "3", "万", "30000", "households"),
    ("增加2万农民收入", "2", "万", "20000", "units"),
    ("接种新冠疫苗238万剂次", "238", "万剂次", "2380000", "doses"),
])
def test_units_and_base_values(text: str, value: str, unit: str, base: str, base_unit: str) -> None:
    q = parse_text(text)
    assert q is not None
    assert (q.value, q.unit, q.base_unit) == (Decimal(value), unit, base_unit)
    assert q.value_base is not None and abs(q.value_base - Decimal(base)) < Decimal("0.1")


@pytest.mark.parametrize(("text", "expected"), [
    ("累计培训农民工约3200人", ("3200人", "approx")),
    ("接待游客近百万人次", ("百万人次", "approx")),
    ("清理违章建筑1.8万余平方米", ("1.8万余平方米", "more_than")),
    ("受理群众来信300余件", ("300余件", "more_than")),
    ("吸纳就业2000多人", ("2000多人", "more_than")),
    ("税收超过5亿元", ("5亿元", "more_than")),
    ("出口额首次突破2亿美元", ("2亿美元", "more_than")),
    ("引进过10亿元产业项目", ("10亿元", "more_than")),
    ("通过12个部门联审", ("12个", "exact")),
    ("经过3年努力", ("3年", "exact")),
    ("建成10个以上示范点", ("10个", "at_least")),
    ("贫困发生率降至1%以下", ("1%", "at_most")),
    ("不足30人的小微企业", ("30人", "less_than")),
    ("用三年左右时间", ("三年", "approx")),
    ("节约资金7%", ("7%", "exact")),
])
def test_qualifiers(text: str, expected: tuple[str, str]) -> None:
    got = found(text)
    assert [(t, qual) for t, _, _, qual in got] == [expected]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("举办培训班二十三期", None, None),  # a Chinese numeral never counts 期 (一期工程 is a phase)
    ("出台政策措施四十余项", "40", "项"),
    ("组建两支志愿者队伍", "2", "支"),
    ("新建十五个社区服务站", "15", "个"),
    ("全年接待来访群众一千零五十人次", "1050", "人次"),
    ("救助资金三十万元", "30", "万元"),
    ("有效预约近千人次", "1000", "人次"),
    ("参与群众上千人", "1000", "人"),
    ("吸引数十家企业入驻", None, None),
    ("三十多万元", "30", "万元"),
    ("收录文章约二十万字", "20", "万字"),  # 万 makes a count of 字 (一字排开 is none)
    ("编印文史资料两卷", "2", "卷"),
])
def test_chinese_numerals(text: str, value: str | None, unit: str | None) -> None:
    q = parse_text(text)
    if value is None:
        assert q is None
    else:
        assert q is not None and (q.value, q.unit) == (Decimal(value), unit)


@pytest.mark.parametrize("text", [
    "2014年全区经济平稳运行",          # a date
    "于3月15日召开全体会议",            # month and day
    "区第十五届人民代表大会第三次会议",  # ordinals
    "党的十九大精神",                  # a name
    "实施“1235”工程",                  # no unit after a code
    "进一步推进一批重点项目",          # 一 as an article
    "一次性补助",                      # 一 as an article
    "实施三年行动计划",                # a plan's name
    "保持两位数增长",                  # not a count of 位
    "千方百计稳增长",                  # an idiom
    "PM2.5浓度下降",                   # part of a name
    "河西一期工程",                    # a phase
    "近五年来城区面貌显著改善",        # years of a time span
    "每千人拥有床位",                  # the base of a rate
    "一字排开",                        # an idiom
    "一个月内完成整改",                # 一 as an article
    "引进百亿元级项目",                # a class of size
    "培育10亿元级企业",
])
def test_not_quantities(text: str) -> None:
    assert found(text) == []


def test_years_are_dates_but_durations_are_quantities() -> None:
    assert found("2013年起连续5年获评先进") == [("5年", Decimal(5), "年", "exact")]
    assert found("力争用两年时间完成改造")[0][:3] == ("两年", Decimal(2), "年")


def test_spaced_number_and_unit_still_parse() -> None:
    assert found("实现增加值 45.6 亿元") == [("45.6 亿元", Decimal("45.6"), "亿元", "exact")]


@pytest.mark.parametrize(("text", "kind", "direction"), [
    ("工业增加值同比增长9.5%", "yoy_pct", "up"),
    ("财政收入比上年下降2.1%", "yoy_pct", "down"),
    ("农民收入可比增长8%", "yoy_pct", "up"),
    ("能耗比上年（按可比价计算）降低3.2%", "yoy_pct", "down"),
    ("城镇化率提高1.5个百分点", "yoy_pp", "up"),
    ("增速回落0.8个百分点", "yoy_pp", "down"),
    ("占全区生产总值的比重为58.3%", "share_pct", ""),
    ("占财政支出的72%", "share_pct", ""),
    ("完成年度计划的1.2倍", "multiple", ""),
    ("增幅达12%", "yoy_pct", "up"),
])
def test_changes(text: str, kind: str, direction: str) -> None:
    q = iter_quantities(text)[-1]
    ch = change_before(text, 0, q)
    assert ch is not None and (ch.kind, ch.direction) == (kind, direction)


def test_plain_rate_is_no_change() -> None:
    text = "绿化覆盖率达到41.2%"
    assert change_before(text, 0, iter_quantities(text)[0]) is None


@given(st.integers(min_value=0, max_value=999_999_999))
def test_cn_numerals_agree_with_cn2an(n: int) -> None:
    assert cn_to_int(cn2an.an2cn(n)) == n


def test_registry_rows_are_consistent() -> None:
    reg = units.registry()
    assert {"元", "平方米", "户", "人次", "%", "个百分点", "倍", "年"} <= set(reg)
    for u in reg.values():
        assert u.factor > 0 and u.base_unit and u.kind


@pytest.mark.parametrize(("text", "expected"), [
    ("输电电压等级提升至220千伏。", [("220千伏", "kV")]),
    ("新建绿道5千米", [("5千米", "km")]),
    ("装机容量1.2万千瓦", [("1.2万千瓦", "kW")]),
    ("出让土地12宗", [("12宗", "cases")]),
    ("全社会用电量13.2亿度", [("13.2亿度", "kWh")]),
])
def test_units_starting_with_a_multiplier_character(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.text, q.base_unit) for q in iter_quantities(text)] == expected


def test_negative_growth_keeps_its_sign_and_span() -> None:
    text = "一季度全镇生产总值同比增长-4.7%"
    q = parse_text(text)
    assert q is not None and q.value == Decimal("-4.7") and text[q.start:q.end] == "-4.7%"


def test_mu_converts_exactly() -> None:
    assert parse_text("复垦耕地27万亩").value_base == Decimal(180_000_000)
    assert parse_text("流转土地3亩").value_base == Decimal(2000)
    assert parse_text("新增林地1万亩").value_base == Decimal("6666666.6667")


def test_du_is_kwh_only_for_electricity() -> None:
    assert parse_text("全年发电量3.2亿度").base_unit == "kWh"
    assert parse_text("最高气温38度").base_unit == "degrees"


def test_ratio_parts_and_clock_times() -> None:
    found = iter_quantities("产业结构调整为5.1∶40.2∶54.7，会议于09:30开始")
    assert [(q.value, q.kind, q.base_unit) for q in found] == [
        (Decimal("5.1"), "ratio_part", "percent"), (Decimal("40.2"), "ratio_part", "percent"),
        (Decimal("54.7"), "ratio_part", "percent")]
    found = iter_quantities("城乡收入比为2.31:1")
    assert [(q.value, q.kind) for q in found] == [(Decimal("2.31"), "ratio")]


def test_gap_between_two_rates_is_no_change() -> None:
    from pipelines.extract.quantity import change_before, parse_text

    t = "税收收入增速低于一般公共预算收入增速1.5个百分点"
    assert change_before(t, 0, parse_text(t)) is None
    t = "降幅比上年扩大2.1个百分点"
    assert change_before(t, 0, parse_text(t)) is not None


def test_a_chinese_numeral_duration_closing_its_clause_after_a_verb_is_a_quantity() -> None:
    from pipelines.extract.quantity import iter_quantities

    assert [q.text for q in iter_quantities("对该条例的实施情况，常委会已连续跟踪监督四年。")] == ["四年"]
    # a time or a period named, not a duration
    assert iter_quantities("前三年，全市生产总值年均增长8%。")[0].unit == "%"
    assert iter_quantities("今年是规划实施的第三年。") == []
    assert iter_quantities("这是极不平凡的五年。") == []


def test_a_month_and_more_is_a_duration_with_its_bound() -> None:
    assert found("历时两个多月") == [("两个多月", Decimal(2), "个月", "more_than")]
    assert found("执法检查历时1个多月") == [("1个多月", Decimal(1), "个月", "more_than")]
    assert found("历时一个多月")[0][1:] == (Decimal(1), "个月", "more_than")
    assert found("为期一个月")[0][1:] == (Decimal(1), "个月", "exact")


@pytest.mark.parametrize(("text", "expected"), [
    ("信访办结率为百分之九十三点五。", [("百分之九十三点五", "93.5", "%", "exact")]),
    ("提案办复率达到百分之九十四以上，", [("百分之九十四", "94", "%", "at_least")]),
    ("执法检查历时一个半月，", [("一个半月", "1.5", "个月", "exact")]),
    ("解决了4.1万头（只）牲畜的饮水困难", [("4.1万头（只）", "4.1", "万头（只）", "exact")]),
    ("受理群众来信来访2860件（次），", [("2860件（次）", "2860", "件（次）", "exact")]),
    ("改造设备1400台（套）以上", [("1400台（套）", "1400", "台（套）", "at_least")]),
    ("覆盖22个村（社区）", [("22个", "22", "个", "exact")]),
    ("单笔30万元（含）以上", [("30万元", "30", "万元", "exact")]),
    ("已有364家乡镇企业完成改制", [("364家", "364", "家", "exact")]),
])
def test_worded_percentages_half_months_and_bracketed_units(text: str, expected: list) -> None:
    """百分之X is a percentage; 一个半月 a month and a half; a count's other units in brackets
    (头（只）) are part of its unit, a place word in brackets (村（社区）) and 含 are not."""
    assert [(q.text, str(q.value), q.unit, q.qualifier) for q in iter_quantities(text)] == expected


@pytest.mark.parametrize("text", ["新建和改造10千伏线路", "建成110千伏变电站", "煤矿百万吨死亡率下降",
                                  "千人口床位数增加"])
def test_classes_and_rate_bases_are_no_quantities(text: str) -> None:
    """A voltage before a line or station names its class; 百万吨, 千人口 before a rate is its base."""
    assert iter_quantities(text) == []


def test_a_multiplier_before_a_unit_it_cannot_scale_gives_no_value_read_short() -> None:
    """3.6万小时 is 36 000 hours (小时 takes a multiplier); a multiplier before a unit that takes
    none is no quantity rather than the number without its 万."""
    from pipelines.extract.quantity import iter_quantities

    [q] = iter_quantities("党员志愿服务时长3.6万小时。")
    assert (q.value, q.unit, q.value_base, q.base_unit) == (Decimal("3.6"), "万小时", Decimal(36000), "hour")
    assert [x.text for x in iter_quantities("干部下沉值守2万周岁。")] == []


def test_a_score_is_read_with_its_points() -> None:
    from pipelines.extract.quantity import iter_quantities

    assert [(q.value, q.unit) for q in iter_quantities("测评得分92.6分，十分满意，三分之一。")] == [
        (Decimal("92.6"), "分")]


def test_a_rank_reached_is_an_ordinal() -> None:
    """前二十位, 前10名, 前50强: the rank a place reached, no quantity (as 第3位 is none)."""
    text = "跻身全国集装箱港口前二十位，进入全省县域经济前10名，组织20名代表视察。"
    assert [(q.value, q.unit) for q in iter_quantities(text)] == [(Decimal(20), "名")]


def test_a_death_rate_without_unit_is_an_index() -> None:
    """百万吨死亡率 has no unit: its levels, from a year's and to another's, and its ceiling are ratios."""
    text = "煤炭生产百万吨死亡率由2012年的0.92下降到2016年的0.18，百万吨死亡率控制在0.3以内。"
    assert [(q.value, q.unit, q.qualifier) for q in iter_quantities(text)] == [
        (Decimal("0.92"), "", "exact"), (Decimal("0.18"), "", "exact"), (Decimal("0.3"), "", "at_most")]
