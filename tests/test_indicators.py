"""The indicator extractor on paragraphs composed in the style of county and district reports."""

from __future__ import annotations

import doctest
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.extract import codes, topics
from pipelines.extract.indicators import compare, extract, extract_indicators, name_parts, naming, words
from pipelines.model import DocumentText, Fact, GlossaryNote, Paragraph


def doc_of(text: str, kind: str = "government", year: int = 2016, section: str = "",
           notes: tuple[GlossaryNote, ...] = ()) -> DocumentText:
    paras = []
    at = 0
    for i, line in enumerate(text.split("\n")):
        kind_p = "note" if any(n.start <= at < n.end for n in notes) else "body"
        paras.append(Paragraph(i, at, at + len(line), kind_p, section if kind_p == "body" else "注释"))
        at += len(line) + 1
    return DocumentText("t-doc", kind, year, text, tuple(paras), (), notes)


def facts(text: str, **kw: object) -> list[Fact]:
    return extract_indicators(doc_of(text, **kw))  # type: ignore[arg-type]


def qual(f: Fact) -> str:
    """Status and bound in one word, as the tests state them: the status where the figure is
    not an outcome, else its bound (``target``, ``estimate``, ``exact``, ``at_most`` …)."""
    return f.bound if f.status == "outcome" else f.status


def by_value(found: list[Fact]) -> dict[Decimal, Fact]:
    return {f.value: f for f in found}


@pytest.mark.parametrize("module", [extract, compare, name_parts, naming, words, topics, codes])
def test_doctests(module: object) -> None:
    result = doctest.testmod(module)  # type: ignore[arg-type]
    assert result.attempted > 0 and result.failed == 0  # each of these modules shows examples


def test_figure_with_change_is_one_row_with_grounded_span() -> None:
    text = "全县实现地区生产总值356.8亿元，比上年增长7.9%；一般公共预算收入21.3亿元，同比增长5.2%。"
    found = facts(text)
    assert [(f.indicator, f.value, f.unit, f.change_kind, f.change_value, f.change_direction)
            for f in found] == [
        ("地区生产总值", Decimal("356.8"), "亿元", "yoy_pct", Decimal("7.9"), "up"),
        ("一般公共预算收入", Decimal("21.3"), "亿元", "yoy_pct", Decimal("5.2"), "up"),
    ]
    for f in found:
        assert text[f.start:f.end] == f"{f.value}{f.unit}"
        assert f.value_base == f.value * Decimal(100_000_000) and f.base_unit == "CNY"
        assert f.period == 2016 and f.quote in text
    assert found[0].indicator_code == "GDP" and found[0].indicator_en == "Gross regional product"
    assert found[1].indicator_code == "FISCAL_LOCAL"


def test_share_and_points_attach_to_the_figure_before() -> None:
    text = "全年教育支出5.6亿元，占一般公共预算支出的18.2%。城镇化率达到63.5%，比上年提高1.2个百分点。"
    found = facts(text)
    assert [(f.value, f.change_kind, f.change_value) for f in found] == [
        (Decimal("5.6"), "share_pct", Decimal("18.2")), (Decimal("63.5"), "yoy_pp", Decimal("1.2"))]


def test_rate_stated_alone_is_a_row_named_as_a_rate() -> None:
    found = facts("规模以上工业企业利润总额下降4.6%，住院人次增长8%。")
    assert [(f.indicator, f.unit, f.change_kind, f.change_direction) for f in found] == [
        ("规模以上工业企业利润总额下降率", "%", "yoy_pct", "down"),
        ("住院人次增长率", "%", "yoy_pct", "up"),
    ]


def test_fenbie_pairs_names_before_with_values_in_order() -> None:
    text = "城镇和农村居民人均可支配收入分别达到38650元和21420元，分别增长8.1%和9.0%。"
    found = facts(text)
    assert [(f.indicator, f.value, f.change_value) for f in found] == [
        ("城镇居民人均可支配收入", Decimal(38650), Decimal("8.1")),
        ("农村居民人均可支配收入", Decimal(21420), Decimal("9.0")),
    ]


def test_fenbie_pairs_figures_before_with_multiples() -> None:
    text = "全年新建道路8.5公里，改造管网12公里，分别完成年度计划的1.06倍和1.2倍。"
    found = facts(text, section="（二）城乡建设扎实推进")
    mult = [f for f in found if f.unit == "倍"]
    assert [f.value for f in mult] == [Decimal("1.06"), Decimal("1.2")]
    assert mult[0].indicator.startswith("新建道路") and mult[1].indicator.startswith("改造管网")
    assert all(f.change_kind == "multiple" and f.base_unit == "ratio" for f in mult)
    assert all(f.topic == "city" for f in found)


def test_estimate_covers_verbless_clauses_of_its_sentence() -> None:
    text = ("全年预计完成固定资产投资215亿元，增长10%；社会消费品零售总额96亿元，增长11.8%；"
            "进出口总额实现4.2亿美元。")
    found = facts(text)
    assert [(f.value, qual(f)) for f in found] == [
        (Decimal(215), "estimate"), (Decimal(96), "estimate"), (Decimal("4.2"), "estimate")]


def test_a_whole_year_estimate_stops_at_a_clause_on_a_span_of_its_own() -> None:
    """预计全年… covers the sentence's later clauses, verb or not (the year is not over when they are
    told), except a clause on another span (前三季度, 1—10月, 上半年) or on what is done already (已)."""
    text = ("预计全年实现地区生产总值186亿元；城乡居民人均可支配收入分别达到52300元和31800元；"
            "前三季度规模以上工业增加值增长7.2%，已建成保障性住房1200套。")
    assert [(f.value, qual(f)) for f in facts(text)] == [
        (Decimal(186), "estimate"), (Decimal(52300), "estimate"), (Decimal(31800), "estimate"),
        (Decimal("7.2"), "exact"), (Decimal(1200), "exact")]


def test_a_whole_year_estimate_covers_the_later_whole_year_clauses_of_its_sentence() -> None:
    """全年预计… then, in the same sentence, 全年分别完成…: told before the year's statistics, an
    estimate too."""
    text = ("全年预计实现地区生产总值312亿元，增长8%；财政总收入和地方财政收入稳步回升，"
            "全年分别完成41.2亿元和26.8亿元。")
    assert [(f.value, qual(f)) for f in facts(text)] == [
        (Decimal(312), "estimate"), (Decimal("41.2"), "estimate"), (Decimal("26.8"), "estimate")]


def test_targets_and_their_period() -> None:
    text = "到2020年，力争全区生产总值突破500亿元，新增城镇就业1.5万人。"
    found = facts(text, year=2016)
    assert [(f.value, qual(f), f.period) for f in found] == [
        (Decimal(500), "target", 2020), (Decimal("1.5"), "target", 2020)]
    assert found[1].unit == "万人" and found[1].value_base == Decimal(15000)


def test_planned_duration_named_from_the_clause_it_governs() -> None:
    found = facts("计划用两年时间，把老城区打造成宜居示范区。")
    assert len(found) == 1 and qual(found[0]) == "target" and found[0].unit == "年"
    assert "宜居示范区" in found[0].indicator


def test_number_before_its_noun_names_the_noun() -> None:
    text = "组织86名干部参加专题培训，选派20余名年轻干部到基层挂职，查处违纪案件17件。"
    found = facts(text, kind="party")
    names = [f.indicator for f in found]
    assert "干部参加专题培训" in names[0] and "年轻干部到基层挂职" in names[1]
    assert names[2] == "查处违纪案件"
    assert [qual(f) for f in found] == ["exact", "more_than", "exact"]
    assert {f.topic for f in found} == {"party"}


def test_list_of_figures_in_one_clause() -> None:
    text = "引进高层次人才45名和创新团队6个，盘活闲置厂房8处、3.2万平方米。"
    found = facts(text)
    names = {f.value: f.indicator for f in found}
    assert names[Decimal(45)] == "引进高层次人才" and "创新团队" in names[Decimal(6)]
    assert names[Decimal("3.2")].endswith("面积") and names[Decimal("3.2")].startswith("盘活闲置厂房")


def test_short_rates_borrow_the_subject_of_the_figure_before() -> None:
    text = "受理群众诉求12600件，按时办结率98.5%，满意率96.1%。"
    found = facts(text)
    assert [f.indicator for f in found][1:] == ["受理群众诉求按时办结率", "受理群众诉求满意率"]


def test_dates_ordinals_and_names_are_not_facts() -> None:
    text = ("2015年1月8日，县第十六届人民代表大会第二次会议审议通过“十三五”规划纲要，"
            "部署“3521”工程，学习贯彻党的十八届五中全会精神，坚持四项基本原则，进一步打响一批品牌。")
    assert facts(text) == []


def test_every_other_quantity_is_a_row() -> None:
    text = "该平台整合了12类信息资源，覆盖3个街道。"  # 12类 counts kinds: no indicator
    found = facts(text)
    assert [f.value for f in found] == [Decimal(3)]
    assert all(f.indicator for f in found)


def test_topics_follow_sections_in_government_reports() -> None:
    text = "新增城镇就业2860人，发放创业担保贷款1.2亿元。"
    found = facts(text, section="（三）民生福祉持续增进")
    assert {f.topic for f in found} == {"livelihood"}


def test_npc_and_cppcc_reports_have_their_own_topics() -> None:
    npc = facts("听取和审议专项工作报告12项，开展视察9次。", kind="npc")
    assert {f.topic for f in npc} == {"supervision"}
    assert {f.topic for f in facts("全年立案提案186件，办复率100%。", kind="cppcc")} == {"cppcc"}


def test_numbers_in_notes_are_facts_with_topic_by_meaning() -> None:
    text = "主体内容。\n“百千工程”：指培育100家骨干企业、建设20个示范村。"
    start = text.index("“百千")
    note = GlossaryNote("“百千工程”", "指培育100家骨干企业、建设20个示范村。", start, len(text))
    found = facts(text, notes=(note,))
    assert [f.value for f in found] == [Decimal(100), Decimal(20)]
    assert found[0].indicator.endswith("骨干企业")


def test_parenthesis_does_not_split_the_clause() -> None:
    text = "全区生产总值128亿元，比上年（按可比价格计算，下同）增长6.8%。"
    found = facts(text)
    assert len(found) == 1 and found[0].change_value == Decimal("6.8")


def test_offsets_cover_chinese_numerals() -> None:
    text = "出台扶持政策二十余项。"
    f = facts(text)[0]
    assert text[f.start:f.end] == "二十余项" and f.value == 20 and qual(f) == "more_than"


def test_communique_style_comparable_prices_and_absolute_changes() -> None:
    text = ("全年全县生产总值（GDP）286.4亿元，按可比价格计算，比上年增长6.9%。"
            "年末户籍人口58.2万人，比上年末增加0.3万人。每千人拥有医院床位4.8张。")
    found = facts(text)
    assert [(f.value, f.change_kind, f.change_value) for f in found] == [
        (Decimal("286.4"), "yoy_pct", Decimal("6.9")), (Decimal("58.2"), "", None),
        (Decimal("0.3"), "", None), (Decimal("4.8"), "", None)]
    assert found[0].indicator == "生产总值" and found[0].indicator_code == "GDP"
    assert found[2].indicator == "户籍人口增加量"


def test_unit_shared_by_a_list_of_numbers() -> None:
    found = facts("增速分别比全省、全市高1.5和0.7个百分点。")
    assert [(f.value, f.unit) for f in found] == [(Decimal("1.5"), "个百分点"), (Decimal("0.7"), "个百分点")]
    assert all("分别" not in f.indicator for f in found)


def test_plan_section_figures_are_targets_of_the_next_year() -> None:
    found = facts("地区生产总值增长7%左右，城镇新增就业1万人以上。", section="三、2017年工作安排", year=2016)
    assert [(qual(f), f.period) for f in found] == [("target", 2017), ("target", 2017)]
    found = facts("今年的主要预期目标是：一般公共预算收入增长6%。", year=2016)
    assert [(qual(f), f.period) for f in found] == [("target", 2017)]


def test_one_value_shared_by_several_rates_gives_one_row_each() -> None:
    found = facts("全年受理代表建议212件，办结率、满意率均为100%。")
    rates = [f for f in found if f.unit == "%"]
    assert len(rates) == 2 and {f.start for f in rates} == {rates[0].start}
    assert [f.indicator for f in rates] == ["受理代表建议办结率", "受理代表建议满意率"]


def test_fenbie_with_merged_town_and_country_names() -> None:
    text = "城乡居民人均可支配收入分别达到41200元和22800元，分别增长8.3%和9.1%。"
    found = facts(text)
    assert [(f.indicator, f.change_value) for f in found] == [
        ("城镇居民人均可支配收入", Decimal("8.3")), ("农村居民人均可支配收入", Decimal("9.1"))]
    assert [f.indicator_code for f in found] == ["URBAN_INCOME", "RURAL_INCOME"]


def test_size_threshold_names_the_class_it_counts() -> None:
    found = facts("新引进亿元以上项目36个，其中10亿元以上项目5个。")
    assert [(f.value, qual(f)) for f in found] == [(Decimal(36), "exact"), (Decimal(5), "exact")]
    assert found[1].indicator == "项目（10亿元以上）"  # the size class names the count, no row of its own
    found = facts("力争引进投资超5亿元制造业项目12个以上，年末全镇65周岁以上老年人口3.4万人。", year=2021)
    assert [(f.indicator, f.value, f.unit) for f in found] == [
        ("引进制造业项目（投资超5亿元）", Decimal(12), "个"),
        ("老年人口（65周岁以上）", Decimal("3.4"), "万人")]


def test_index_stated_without_unit() -> None:
    found = facts("城乡居民收入比为1.92，恩格尔系数为0.31。")
    assert [(f.value, f.unit, f.base_unit) for f in found] == [
        (Decimal("1.92"), "", "ratio"), (Decimal("0.31"), "", "ratio")]


_ALPHABET = list("0123456789.,，。；、：（）“”《》%一二两三十百千万亿余多约近以上下左右") + list(
    "个户人名家项次亿元平方米公里年月日第比上增长下降占的倍分别预计力争全区实现完成新增共")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=80))
def test_any_text_gives_grounded_facts(text: str) -> None:
    found = facts(text)
    for f in found:
        assert 0 <= f.start < f.end <= len(text)
        assert f.indicator and f.topic and qual(f)
        span = text[f.start:f.end]
        assert f.unit == "" or f.unit in span or f.unit.lstrip("万亿千百十") in span or span[-1].isdigit()
    assert [f.start for f in found] == sorted(f.start for f in found)


def test_table_like_lists_with_numbering_and_colons() -> None:
    text = ("主要指标完成情况：地区生产总值325.6亿元，增长7.8%。\n"
            "1.新增就业：1.2万人。\n（2）完成年度计划的105%。")
    found = facts(text)
    assert [(f.indicator, f.value) for f in found] == [
        ("地区生产总值", Decimal("325.6")), ("新增就业", Decimal("1.2")), ("年度计划完成率", Decimal(105))]


def test_long_unpunctuated_text_stays_linear() -> None:
    text = "".join(f"新增企业{n % 900 + 2}家完成投资{n % 90 + 2}亿元" for n in range(3500))
    found = facts(text)
    assert len(found) == 7000
    assert all(len(f.quote) <= 420 and len(f.indicator) <= 40 for f in found)


def test_verb_of_a_list_governs_its_bare_nouns() -> None:
    found = facts("走访企业85家、社区12个，新建幼儿园3所、中小学2所，政府采纳21条、部门采纳9条。")
    assert [f.indicator for f in found] == [
        "走访企业", "走访社区", "新建幼儿园", "新建中小学", "政府采纳", "部门采纳"]


def test_short_names_in_notes_carry_the_term() -> None:
    text = "正文。\n“两改工程”：计划2年全面启动，力争5年基本完成。"
    start = text.index("“两改")
    note = GlossaryNote("“两改工程”", "计划2年全面启动，力争5年基本完成。", start, len(text))
    found = facts(text, notes=(note,))
    assert [(f.indicator, qual(f)) for f in found] == [
        ("“两改工程”全面启动所需时间", "target"), ("“两改工程”基本完成所需时间", "target")]


def test_relative_change_after_an_absolute_one_belongs_to_the_figure() -> None:
    found = facts("年末各项存款余额812.4亿元，比年初增加64.2亿元，增长8.6%。")
    assert [(f.value, f.change_kind, f.change_value) for f in found] == [
        (Decimal("812.4"), "yoy_pct", Decimal("8.6")), (Decimal("64.2"), "", None)]
    assert found[1].indicator == "各项存款余额增加量"


def rows(found: list[Fact]) -> list[tuple[object, ...]]:
    return [(f.indicator, f.value, qual(f), f.period, f.change_kind, f.change_value, f.change_direction)
            for f in found]


def test_negative_growth_is_a_fall_with_its_sign() -> None:
    found = facts("受疫情影响，一季度全镇规上工业增加值同比增长-5.4%，全年地区生产总值88.1亿元，增长-0.6%。")
    assert rows(found) == [
        ("规上工业增加值增长率（一季度）", Decimal("-5.4"), "exact", 2016, "yoy_pct", Decimal("-5.4"),
         "down"),  # (a quarter's figure carries its span)
        ("地区生产总值", Decimal("88.1"), "exact", 2016, "yoy_pct", Decimal("-0.6"), "down")]


def test_ratios_one_row_per_part_and_index_changes() -> None:
    found = facts("全县三次产业结构调整为9.2∶38.5∶52.3。城乡居民收入比为2.08∶1，比上年缩小0.05。")
    assert [(f.indicator, f.value, f.unit, f.base_unit, f.change_kind, f.change_value) for f in found] == [
        ("三次产业结构（第一产业）", Decimal("9.2"), "", "percent", "share_pct", Decimal("9.2")),
        ("三次产业结构（第二产业）", Decimal("38.5"), "", "percent", "share_pct", Decimal("38.5")),
        ("三次产业结构（第三产业）", Decimal("52.3"), "", "percent", "share_pct", Decimal("52.3")),
        ("城乡居民收入比", Decimal("2.08"), "", "ratio", "", Decimal("0.05"))]
    assert found[3].change_direction == "down"


def test_estimates_plans_and_ranges_in_the_plan_for_next_year() -> None:
    text = ("今年主要预期目标是：地区生产总值增长5.5%—6%，城镇调查失业率5.5%以内。"
            "全年计划实施重点项目86个，年度计划投资210亿元。预计投入资金6.3亿元。")
    found = facts(text)
    assert rows(found) == [
        ("地区生产总值增长率", Decimal("5.5"), "target", 2017, "yoy_pct", Decimal("5.5"), "up"),
        ("地区生产总值增长率", Decimal(6), "target", 2017, "yoy_pct", Decimal(6), "up"),
        ("城镇调查失业率", Decimal("5.5"), "target", 2017, "", None, ""),
        ("实施重点项目", Decimal(86), "target", 2016, "", None, ""),
        ("重点项目年度计划投资", Decimal(210), "target", 2016, "", None, ""),
        ("投入资金", Decimal("6.3"), "estimate", 2016, "", None, "")]
    assert [f.bound for f in found[:3]] == ["at_least", "at_most", "at_most"]  # a target keeps its bound
    done = facts("列入计划逐步解决的19件，完成年度计划的108%。")
    assert {qual(f) for f in done} == {"exact"}
    # a class of suggestions explained in brackets: 列入计划 / 纳入计划 is what was done to them, no plan
    graded = facts("代表建议按A类（已解决）96件、B类（列入计划逐步解决）41件、C类（纳入计划研究）11件办理。")
    assert [f.status for f in graded] == ["outcome"] * 3


def test_figures_of_stated_years_and_shares_that_rise() -> None:
    text = ("服务业增加值占生产总值比重由2011年的41.2%提高到2016年的48.9%，"
            "财政总收入由2011年的31亿元增加到2016年的57亿元。")
    found = facts(text)
    assert [(f.indicator, f.value, f.period, qual(f)) for f in found] == [
        ("服务业增加值占生产总值比重", Decimal("41.2"), 2011, "exact"),
        ("服务业增加值占生产总值比重", Decimal("48.9"), 2016, "exact"),
        ("财政总收入", Decimal(31), 2011, "exact"), ("财政总收入", Decimal(57), 2016, "exact")]
    found = facts("研发经费投入占生产总值比重提高到2.7%，比上年提高0.4个百分点。")
    assert rows(found) == [("研发经费投入占生产总值比重", Decimal("2.7"), "exact", 2016, "yoy_pp",
                            Decimal("0.4"), "up")]


def test_comparisons_on_the_same_basis_and_average_rates() -> None:
    found = facts("全年税收收入12.6亿元，同口径增长3.3%。五年来，全县生产总值年均增长6.1%。"
                  "研究与试验发展经费支出4.4亿元，相当于生产总值的2.1%。")
    assert rows(found) == [
        ("税收收入", Decimal("12.6"), "exact", 2016, "yoy_pct", Decimal("3.3"), "up"),
        ("生产总值年均增长率", Decimal("6.1"), "exact", 2016, "yoy_pct", Decimal("6.1"), "up"),
        ("研究与试验发展经费支出", Decimal("4.4"), "exact", 2016, "share_pct", Decimal("2.1"), "")]


def test_names_without_verbs_generic_totals_and_brackets() -> None:
    found = facts("新增规上工业企业17家，总数达到143家；油菜种植面积9.6万亩，总产量约1.4万吨。"
                  "城市快速路二期工程（全长8.4公里）建成通车。一网通办事项比例提升至96.5%。"
                  "我们将继续实施八件民生实事。")
    assert [f.indicator for f in found] == [
        "新增规上工业企业", "规上工业企业总数", "油菜种植面积", "油菜总产量", "城市快速路二期工程全长",
        "一网通办事项比例", "实施民生实事"]


def test_counted_noun_decides_the_base_unit() -> None:
    found = facts("年末移动电话用户31.5万户，新登记市场主体4200户，医疗机构床位2380张，"
                  "2.6万农村低收入人口实现稳定增收，惠及居民1500户。")
    assert [f.base_unit for f in found] == ["subscribers", "entities", "beds", "persons", "households"]


def test_topics_of_poverty_air_telecom_and_population() -> None:
    found = facts("建成5G基站950个，PM2.5平均浓度降至29微克/立方米，1.3万贫困人口全部脱贫，"
                  "完成棚户区改造860户，全镇常住人口8.2万人。", section="（二）项目建设")
    assert [f.topic for f in found] == ["economy", "city", "livelihood", "city", "livelihood"]


def test_converted_figures_rate_changes_and_counted_nouns_after_figures() -> None:
    found = facts("全年人均地区生产总值达到7.3万元，按年平均汇率折算为1.06万美元。"
                  "规上工业增加值下降2.1%，降幅比1—9月收窄0.6个百分点。"
                  "截至11月底，174件提案已全部办复。一般公共预算收入完成预算的101.6%。"
                  "财政总收入是2011年的1.4倍。")
    assert [(f.indicator, f.value, f.unit, f.period, f.change_kind) for f in found] == [
        ("人均地区生产总值", Decimal("7.3"), "万元", 2016, ""),
        ("人均地区生产总值", Decimal("1.06"), "万美元", 2016, ""),
        ("规上工业增加值下降率", Decimal("2.1"), "%", 2016, "yoy_pct"),
        ("规上工业增加值降幅", Decimal("0.6"), "个百分点", 2016, "yoy_pp"),
        ("提案已全部办复", Decimal(174), "件", 2016, ""),
        ("一般公共预算收入预算完成率", Decimal("101.6"), "%", 2016, ""),
        ("财政总收入倍数", Decimal("1.4"), "倍", 2016, "multiple")]


def test_classes_structures_that_change_and_ranges_after_a_figure() -> None:
    found = facts("年主营业务收入2000万元及以上工业企业达到164家。"
                  "产业结构由6.3:45.1:48.6调整为5.9:44.0:50.1。"
                  "农民人均可支配收入超1.8万元，增长7%—7.5%。五年来固定资产投资稳步增长，是上一个五年的1.7倍。"
                  "形成《关于甲镇的调研》《关于乙村的调研》等调研报告6篇，并案处理5件。")
    assert [f.indicator for f in found] == [
        "工业企业（年主营业务收入2000万元及以上）",
        "产业结构（第一产业）", "产业结构（第二产业）", "产业结构（第三产业）",
        "产业结构（第一产业）", "产业结构（第二产业）", "产业结构（第三产业）",
        "农民人均可支配收入", "农民人均可支配收入增长率", "农民人均可支配收入增长率",
        "固定资产投资相当于上一个五年倍数", "形成调研报告", "并案处理"]
    assert [qual(f) for f in found[7:10]] == ["more_than", "at_least", "at_most"]
    assert found[7].change_kind == ""


def test_natural_growth_two_year_averages_and_signed_falls() -> None:
    found = facts("人口自然增长率为-0.52‰。规上工业增加值比上年增长9.4%，两年平均增长6.1%。"
                  "利润总额8.3亿元，下降-2.6%。年末全镇共有卫生机构47个。", kind="other")
    assert [(f.indicator, f.value, f.change_kind, f.change_value, f.change_direction) for f in found] == [
        ("人口自然增长率", Decimal("-0.52"), "", None, ""),
        ("规上工业增加值增长率", Decimal("9.4"), "yoy_pct", Decimal("9.4"), "up"),
        ("规上工业增加值两年平均增长率", Decimal("6.1"), "yoy_pct", Decimal("6.1"), "up"),
        ("利润总额", Decimal("8.3"), "yoy_pct", Decimal("-2.6"), "down"),
        ("卫生机构", Decimal(47), "", None, "")]


def test_ratios_that_narrow_completion_of_planned_amounts_and_project_totals() -> None:
    found = facts("城乡居民收入比缩小到1.98∶1。实施重点项目74个，总投资516亿元，完成年度计划投资的107%。")
    assert [(f.indicator, f.value, f.base_unit) for f in found] == [
        ("城乡居民收入比", Decimal("1.98"), "ratio"), ("实施重点项目", Decimal(74), "units"),
        ("重点项目总投资", Decimal(516), "CNY"), ("重点项目年度计划投资完成率", Decimal(107), "percent")]
    assert {qual(f) for f in found} == {"exact"}


def test_bare_verbs_after_a_count_take_its_object() -> None:
    found = facts("全年共收到报送备案的规范性文件31件，审查31件，纠正3件。"
                  "219件提案已全部办复，其中已解决或采纳的160件。", kind="npc")
    assert [f.indicator for f in found] == [
        "收到报送备案的规范性文件", "审查规范性文件", "纠正规范性文件", "提案已全部办复", "解决或采纳的提案"]


def test_signed_lists_and_real_growth() -> None:
    found = facts("接待游客860万人次，实现旅游收入74亿元，分别比上年增长-9.6%和2.2%。"
                  "农村居民人均可支配收入26410元，增长6.3%；扣除价格因素，实际增长4.1%。")
    assert rows(found) == [
        ("接待游客", Decimal(860), "exact", 2016, "yoy_pct", Decimal("-9.6"), "down"),
        ("旅游收入", Decimal(74), "exact", 2016, "yoy_pct", Decimal("2.2"), "up"),
        ("农村居民人均可支配收入", Decimal(26410), "exact", 2016, "yoy_pct", Decimal("6.3"), "up"),
        ("农村居民人均可支配收入实际增长率", Decimal("4.1"), "exact", 2016, "yoy_pct", Decimal("4.1"), "up")]


def test_an_estimate_for_a_later_year_stays_an_estimate() -> None:
    found = facts("预计到2018年末，全县常住人口突破46万人。力争到2020年，全县生产总值达到410亿元。")
    assert [(f.value, qual(f), f.period) for f in found] == [
        (Decimal(46), "estimate", 2018), (Decimal(410), "target", 2020)]


def test_levels_that_pass_a_mark_and_shares_of_a_base_year() -> None:
    found = facts("全年规上工业总产值突破600亿元，达到612.4亿元，增长9.8%，增速比上年提高2.3个百分点。"
                  "全年接待游客1021.5万人次，恢复到2019年的78.4%。", year=2021)
    assert [(f.indicator, f.value, f.period, f.change_kind) for f in found] == [
        ("规上工业总产值", Decimal("612.4"), 2021, "yoy_pct"),  # 突破600亿元: the mark of this value, no row
        ("规上工业总产值增速", Decimal("2.3"), 2021, "yoy_pp"), ("接待游客", Decimal("1021.5"), 2021, ""),
        ("接待游客恢复到2019年水平比例", Decimal("78.4"), 2021, "")]


def test_an_amount_followed_by_a_verb_is_no_size_class() -> None:
    found = facts("全年减税降费超3亿元惠及企业860家，其中5亿元以上项目4个。")
    assert [(f.indicator, f.value, qual(f)) for f in found] == [
        ("减税降费", Decimal(3), "more_than"), ("减税降费惠及企业", Decimal(860), "exact"),
        ("项目（5亿元以上）", Decimal(4), "exact")]


def test_parallel_subjects_take_the_rest_of_the_one_before() -> None:
    found = facts("城镇居民人均可支配收入增长5.5%，农村居民增长6.5%；"
                  "第一产业增加值增长2.4%，第二产业增长4.4%，服务业增长6%。")
    assert [f.indicator for f in found] == [
        "城镇居民人均可支配收入增长率", "农村居民人均可支配收入增长率", "第一产业增加值增长率",
        "第二产业增加值增长率", "服务业增长率"]


def test_aims_stated_with_effort_words_are_targets() -> None:
    found = facts("经过努力，全年新增就业1.1万人。明年努力实现地区生产总值增长7%，财政收入预期增长5%。")
    assert [(f.value, qual(f)) for f in found] == [
        (Decimal("1.1"), "exact"), (Decimal(7), "target"), (Decimal(5), "target")]


def test_totals_over_a_plan_period_and_multiples_after_a_figure() -> None:
    found = facts("五年来，全县生产总值年均增长6.6%，累计完成固定资产投资980亿元，是“十二五”时期的1.4倍。"
                  "全年累计完成投资56亿元。")
    assert [f.indicator for f in found] == ["生产总值年均增长率", "固定资产投资（五年来累计）", "完成投资"]
    # 是“十二五”时期的1.4倍: a multiple of a past value is the change of the figure before it
    assert (found[1].change_kind, found[1].change_value) == ("multiple", Decimal("1.4"))


def test_short_heads_of_a_list_share_the_rest_of_the_last_name() -> None:
    found = facts("城镇、农村居民人均可支配收入分别为61200元、33450元。"
                  "国有、集体和私营企业分别有12家、30家和410家。")
    assert [f.indicator for f in found] == [
        "城镇居民人均可支配收入", "农村居民人均可支配收入", "国有企业", "集体企业", "私营企业"]


def test_average_rates_of_a_list_are_rows_not_changes_of_the_figures_before() -> None:
    found = facts("全市生产总值达到860亿元；财政收入五年累计完成210亿元；"
                  "城乡居民收入年均分别增长7.2%和8.4%。")
    assert [(f.indicator, f.value, f.change_value) for f in found] == [
        ("生产总值", Decimal(860), None), ("财政收入（五年累计）", Decimal(210), None)
    ] + [(n, v, v) for n, v in (("城镇居民收入年均增长率", Decimal("7.2")),
                                  ("农村居民收入年均增长率", Decimal("8.4")))] or \
        [f.indicator for f in found][2:] == ["城镇居民收入年均增长率", "农村居民收入年均增长率"]
    assert found[0].change_kind == "" and found[1].change_kind == ""


def test_net_changes_totals_and_margins_take_their_owner() -> None:
    found = facts("规上企业达到356家，净增41家。新建道路15条、总长28.4公里。"
                  "全县生产总值增长7.1%，高于全市平均水平1.2个百分点。")
    assert [f.indicator for f in found] == [
        "规上企业", "规上企业净增", "新建道路", "道路总长", "生产总值增长率", "生产总值增速高于全市平均水平"]


def test_markets_and_listed_companies_are_economy() -> None:
    for name in ("技术合同成交额", "上市公司总数"):
        assert topics.topic_for("government", "一、过去一年工作回顾", "", name) == "economy"


def test_a_change_said_of_all_figures_of_a_list_is_each_ones_change() -> None:
    found = facts("城镇、农村居民人均可支配收入分别为61200元、33450元，均比上年增长6.5%。")
    assert [(f.indicator, f.change_kind, f.change_value) for f in found] == [
        ("城镇居民人均可支配收入", "yoy_pct", Decimal("6.5")),
        ("农村居民人均可支配收入", "yoy_pct", Decimal("6.5"))]


def test_completion_rate_after_a_figure_is_that_figures() -> None:
    found = facts("全年新增城镇就业4620人，完成目标任务的115.5%。年末耕地保有量62.3万亩，其中4A级景区3个。",
                  section="一、过去一年工作回顾")
    assert found[1].indicator == "新增城镇就业目标任务完成率" and found[1].topic == "livelihood"
    assert found[2].topic == "economy" and found[3].topic == "economy"


def test_harvest_changes_are_absolute_changes_before_the_rate() -> None:
    found = facts("全年粮食产量28.4万吨，比上年减产0.8万吨，下降2.7%。年末民用汽车保有量12.6万辆。",
                  kind="other")
    assert [(f.indicator, f.change_kind, f.change_value, f.change_direction) for f in found] == [
        ("粮食产量", "yoy_pct", Decimal("2.7"), "down"), ("粮食产量减少量", "", None, ""),
        ("民用汽车保有量", "", None, "")]
    assert found[2].topic == "economy"


def test_short_parts_after_qizhong_name_the_whole_they_belong_to() -> None:
    found = facts("全区共有各级文明单位156家，其中国家级2家、省级18家。新开工安置房1200套、基本建成980套，"
                  "分别完成年度任务的120%和108%。")
    assert [f.indicator for f in found][:3] == [
        "各级文明单位", "各级文明单位（国家级）", "各级文明单位（省级）"]
    assert [f.indicator.endswith("完成率") for f in found[-2:]] == [True, True]


def test_a_bare_you_before_a_count_is_no_part_of_its_name() -> None:
    found = facts("全县有医院12家。有色金属工业增加值增长5%。有效发明专利拥有量860件。", kind="other")
    assert [f.indicator for f in found] == ["医院", "有色金属工业增加值增长率", "有效发明专利拥有量"]


def test_a_move_in_rank_is_named_as_one() -> None:
    found = facts("地区生产总值突破500亿元，位居全省第12位，较上年前移3位。县域经济综合实力排名上升5位。")
    assert [f.indicator for f in found] == [
        "地区生产总值", "地区生产总值位次前移", "县域经济综合实力排名上升"]


def test_status_from_the_section_and_bound_kept_apart() -> None:
    section = "三、今后五年的主要目标任务"
    found = facts("全县生产总值年均增长7%以上，城镇居民人均可支配收入突破6万元。", year=2020, section=section)
    assert [(f.status, f.bound, f.period) for f in found] == [
        ("target", "at_least", 2021), ("target", "more_than", 2021)]
    done = facts("过去一年已建成农村公路85公里。", year=2020, section=section)
    assert [(f.status, f.bound) for f in done] == [("outcome", "exact")]


def test_a_base_year_is_no_target_and_less_than_is_its_own_bound() -> None:
    found = facts("全年接待游客1200万人次，恢复到2019年的92%；不足50人的企业120家。", year=2021)
    assert [(f.value, f.status, f.bound) for f in found] == [
        (Decimal(1200), "outcome", "exact"), (Decimal(92), "outcome", "exact"),
        (Decimal(50), "outcome", "less_than"), (Decimal(120), "outcome", "exact")]


@pytest.mark.parametrize(("text", "expected"), [
    ("全市规上工业增加值1260亿元，按可比价格计算，增长5.0%。", (Decimal(1260), Decimal("5.0"))),
    ("社会消费品零售总额21.1亿元，剔除不可比因素，增长27.4%。", (Decimal("21.1"), Decimal("27.4"))),
    ("工业用电量12.6亿千瓦时（不含光伏自发自用，下同）、增长9%。", (Decimal("12.6"), Decimal(9))),
    ("外贸出口额3.2亿美元，按同口径计算，下降4.1%。", (Decimal("3.2"), Decimal("4.1"))),
])
def test_a_change_after_a_clause_on_method_belongs_to_the_figure(
        text: str, expected: tuple[Decimal, Decimal]) -> None:
    assert [(f.value, f.change_value) for f in facts(text)] == [expected]


def test_fenbie_changes_after_two_figures_of_two_clauses() -> None:
    found = facts("进出口总额8.6亿美元，服务贸易额2.1亿美元，同比分别增长12%、6%。")
    assert [(f.indicator, f.change_value) for f in found] == [
        ("进出口总额", Decimal(12)), ("服务贸易额", Decimal(6))]


def test_counts_of_kinds_and_counts_inside_a_rate_are_no_rows() -> None:
    text = ("围绕产业、人才、服务三个方面，搭建4类服务平台，建成公园12个；"
            "八类严重暴力案件破案率保持98%，15个重点项目完成率达到100%。")
    assert [(f.value, f.unit) for f in facts(text)] == [
        (Decimal(12), "个"), (Decimal(98), "%"), (Decimal(100), "%")]


def test_motion_counts_of_an_unknown_report_are_cppcc_or_supervision() -> None:
    found = facts("全年共收到提案312件，经审查立案285件。收到代表议案6件、代表建议198件。", kind="other")
    assert [f.topic for f in found] == ["cppcc", "cppcc", "supervision", "supervision"]


def _note(term: str, definition: str, year: int = 2019) -> list[Fact]:
    text = f"正文。\n1.{term}：{definition}"
    start = text.index("1.")
    return facts(text, year=year, notes=(GlossaryNote(term, definition, start, len(text)),))


def test_a_goal_in_a_note_is_a_target_and_what_is_done_already_an_outcome() -> None:
    found = _note("“美丽庭院”", "指庭院整洁、绿化美化的农户家庭，计划到2021年创建6000户，今年已创建2100户。")
    assert [(f.value, f.status, f.period) for f in found] == [
        (Decimal(6000), "target", 2021), (Decimal(2100), "outcome", 2019)]
    goals = _note("“一村一品”", "目标为每个村培育主导产业，力争三年内建成示范村40个。")
    assert [(f.value, f.status, f.indicator) for f in goals] == [
        (Decimal(40), "target", "“一村一品”建成示范村")]


def test_a_count_that_sizes_the_list_a_note_defines_is_no_indicator() -> None:
    assert _note("“四个平台”", "指综治工作、市场监管、综合执法和便民服务四个功能性工作平台。") == []
    added = facts("增设教育、卫生两个界别，新增委员12名。", kind="cppcc")
    assert [f.value for f in added] == [Decimal(2), Decimal(12)]


def test_a_plan_goal_after_its_year_keeps_the_year_out_of_the_name() -> None:
    found = _note("“两癌”筛查", "指宫颈癌、乳腺癌筛查，到2022年适龄妇女筛查率达到80%。")
    assert [(f.indicator, f.status, f.period) for f in found] == [
        ("“两癌”筛查适龄妇女筛查率", "target", 2022)]


def test_a_deadline_year_is_a_target_and_an_estimate_keeps_its_year() -> None:
    goal = _note("“污水零直排区”", "建设目标：2021年底前建成“污水零直排区”镇街9个。")
    assert [(f.status, f.period, f.indicator) for f in goal] == [("target", 2021, "建成“污水零直排区”镇街")]
    est = facts("视频监控系统已接入点位1200个，预计2020年扩展到3000个。", year=2019)
    assert [(f.value, f.status, f.period) for f in est] == [
        (Decimal(1200), "outcome", 2019), (Decimal(3000), "estimate", 2020)]
    past = facts("截至2018年底，全县已建成农村文化礼堂126个。", year=2019)
    assert [(f.status, f.indicator) for f in past] == [("outcome", "建成农村文化礼堂")]


def test_a_goal_year_after_its_word_is_the_targets_period() -> None:
    found = facts("全县常住人口城镇化率达到61.2%，力争2025年达到68%。", year=2020)
    assert [(f.value, f.status, f.period) for f in found] == [
        (Decimal("61.2"), "outcome", 2020), (Decimal(68), "target", 2025)]


def test_a_heading_of_two_subjects_lets_the_indicator_choose():
    """（二）招商引资和城乡建设: a government report's heading naming two subjects; each figure goes
    to the one its own words name (the heading alone decided it for the first subject before)."""
    from pipelines.extract.topics import topic_for

    section = "一、工作回顾 > （二）招商引资和城乡建设"
    assert topic_for("government", section, "", "招商引资到位资金") == "economy"
    assert topic_for("government", section, "", "新建改造城区道路") == "city"


def test_review_cases_of_the_sixth_round() -> None:
    """Cases a reviewer composed to break this round's rules (third session of 2026-12-01)."""
    found = facts("一般公共预算收入完成12.6亿元，比上年增长8.2%，比年初预算增长3.2%。")
    first = found[0]
    assert (first.value, first.change_kind, first.change_value) == (
        Decimal("12.6"), "yoy_pct", Decimal("8.2"))
    assert all(f.indicator_code != "FISCAL_LOCAL" for f in found[1:])  # against the budget: no yearly growth
    # levels and yearly rates of a span-opened sentence are no totals over the span
    found = facts("五年来，全县建成高标准农田18万亩，粮食产量稳定在65万吨以上，平均每年新增就业6000人。")
    assert [f.indicator.endswith("（五年来）") for f in found] == [True, False, False]
    # every part of a from-ratio is of the year named before the first part
    found = facts("三次产业结构由2015年的18.2∶45.6∶36.2调整为12.8∶40.1∶47.1。", year=2020)
    assert [f.period for f in found] == [2015, 2015, 2015, 2020, 2020, 2020]
    # a heading clause gives no owner to names that say what they count
    found = facts("社会事业全面进步，新建学校12所，新增床位800张。")
    assert [f.indicator for f in found] == ["新建学校", "新增床位"]


def test_units_of_ports_crossings_cases_and_per_ten_thousand() -> None:
    text = ("全年港口集装箱吞吐量3.6万标准箱，口岸出入境车辆7.2万辆次、船舶1200艘次；卷烟产量8.4万箱；"
            "每万人口全科医生数达到3.8人/万人。")
    got = [(float(f.value), f.unit, f.base_unit) for f in facts(text)]
    assert got == [(3.6, "万标准箱", "TEU"), (7.2, "万辆次", "vehicle_trips"), (1200, "艘次", "vessel_trips"),
                   (8.4, "万箱", "cases"), (3.8, "人/万人", "persons_per_10k")], got


def test_a_colon_ends_the_lead_of_a_list_of_figures() -> None:
    got = [f.indicator for f in facts("社会事业全面进步：新建学校3所，新增床位200张。")]
    assert got == ["新建学校", "新增床位"]
    # (the lead's measure goes to the bare products: measure_of_lead, then measure_of_previous)
    got = [f.indicator for f in facts("主要农产品产量：粮食52万吨，油料3.1万吨。")]
    assert got == ["粮食产量", "油料产量"]
    text = "全年主要预期目标：地区生产总值增长7%左右，城镇新增就业4500人。"
    got = [(f.indicator, f.status) for f in facts(text)]
    assert got == [("地区生产总值增长率", "target"), ("城镇新增就业", "target")]


def test_a_section_on_the_year_so_far_looks_back() -> None:
    text = "全市分流富余人员1.6万人，新发展党员3860名。"
    for section, status in (("一、今年以来的工作", "outcome"), ("一、今年以来的主要工作", "outcome"),
                            ("二、今年的工作", "target"), ("二、今后五年的主要任务", "target")):
        got = {f.status for f in facts(text, kind="party", year=1995, section=section)}
        assert got == {status}, (section, got)


def test_a_heading_on_past_and_coming_years_and_a_named_plan_are_no_plan_section() -> None:
    """过去五年的工作回顾和今后五年的奋斗目标 heads both: the review's figures are outcomes, the
    goals' targets by their own words; 今年是“九五”计划的第二年 opens a review, no plan."""
    text = ("过去五年，全乡粮食总产量由2.1万吨增加到2.6万吨，新建村级卫生室14个。"
            "今后五年的目标是：新建村级卫生室20个。")
    got = [(f.value, f.status) for f in facts(text, kind="party", year=2020,
                                               section="一、过去五年的工作回顾和今后五年的奋斗目标")]
    assert got == [(Decimal("2.1"), "outcome"), (Decimal("2.6"), "outcome"), (Decimal("14"), "outcome"),
                   (Decimal("20"), "target")]
    text = "今年是“九五”计划的第二年。1—9月，全县乡镇企业完成总产值48.2亿元。"
    doc = doc_of(text, kind="party", year=1997, section="一、1997年工作的基本情况")
    assert [(f.value, f.status) for f in extract_indicators(doc)] == [(Decimal("48.2"), "outcome")]


def test_a_meeting_is_no_owner_and_a_month_end_no_part_of_a_name() -> None:
    text = "县第十二届人民代表大会第三次会议期间，代表提出建议、批评和意见86件，截至十月底已办结84件。"
    got = [(f.scope, f.indicator) for f in facts(text, kind="npc", year=2015)]
    assert got[0][0] == "" and "十月" not in got[1][1] and got[1][0] == ""


def test_growth_in_times_after_a_level_is_its_change_and_a_size_class_no_figure() -> None:
    """自营出口8650万美元，增长1.4倍: the level grew by 140%, its change, no row of its own (是上年的
    2.1倍 stays a multiple); 3000吨级泊位 is a class of berth, no tonnage."""
    got = [(f.value, f.unit, f.change_kind, f.change_value) for f in
           facts("全年自营出口8650万美元，增长1.4倍；实际利用外资3.65亿美元，是上年的2.1倍；新建3000吨级泊位2个。")]
    assert got == [(Decimal("8650"), "万美元", "yoy_pct", Decimal("140")),
                   (Decimal("3.65"), "亿美元", "multiple", Decimal("2.1")), (Decimal("2"), "个", "", None)]


def test_a_paragraph_opening_on_the_past_is_outcomes_under_a_heading_of_goals() -> None:
    """A paragraph under 今后五年的奋斗目标 (or a heading that names the review and next year's goals)
    that opens 过去五年，… or 2020年，… tells outcomes until it turns to the time ahead (今后…目标是,
    2021年…); a clause after 去年已建成… that says 今年 keeps the plan's target."""
    text = ("过去五年，全县生产总值由38.2亿元增加到61.5亿元。农村公路新增420公里，发展党员1860名。"
            "今后五年的目标是：农村公路新增600公里。")
    got = [(f.value, f.status)
           for f in facts(text, kind="party", year=2015, section="二、今后五年的奋斗目标")]
    assert got == [(Decimal("38.2"), "outcome"), (Decimal("61.5"), "outcome"), (Decimal("420"), "outcome"),
                   (Decimal("1860"), "outcome"), (Decimal("600"), "target")]
    text = "2020年，全市完成地区生产总值152.6亿元。2021年，地区生产总值增长7%左右。"
    got = [(f.value, f.status) for f in facts(text, year=2020, section="一、2020年工作回顾和2021年主要目标")]
    assert got == [(Decimal("152.6"), "outcome"), (Decimal("7"), "target")]
    text = "去年已建成的12个菜市场全部投入运营；今年再改造菜市场8个。"
    got = [(f.value, f.status) for f in facts(text, year=2011, section="二、2012年工作安排")]
    assert got == [(Decimal("12"), "outcome"), (Decimal("8"), "target")]


def test_a_list_shares_its_first_verbs_and_its_last_head_noun() -> None:
    """组织开展执法检查、视察、专题调研分别为…: the verbs of the first item open the others;
    委员、党派团体、专委会提案分别为…: the head noun of the last closes the others (新增A、改造B keeps
    each verb)."""
    got = [f.indicator for f in facts("组织开展执法检查、视察、专题调研分别为3次、6次、4次。", kind="npc")]
    assert got == ["组织开展执法检查", "组织开展视察", "组织开展专题调研"]
    got = [f.indicator for f in facts("其中委员、党派团体、专委会提案分别为96件、21件和9件。", kind="cppcc")]
    assert got == ["委员提案", "党派团体提案", "专委会提案"]
    got = [f.indicator for f in facts("新增绿地、改造公园分别为12公顷、3个。")]
    assert got == ["新增绿地面积", "改造公园"]


def test_places_listed_before_a_paired_measure_are_each_value_scope() -> None:
    """城东、城西两个街道税收分别…: the count of the list is no figure, each value is its place's (the
    place the paired name opens with), and a list framed by 区内 shares its rest; 城镇和农村居民…
    opens with no place."""
    got = [(f.scope, f.indicator, f.value) for f in facts(
        "2019年，城东、城西、江滨三个街道税收分别达到3.2亿元、2.6亿元和1.9亿元。")]
    assert got == [("城东街道", "税收", Decimal("3.2")), ("城西街道", "税收", Decimal("2.6")),
                   ("江滨街道", "税收", Decimal("1.9"))]
    got = [(f.scope, f.indicator) for f in facts("城南街道和城北街道财政收入分别完成2亿元和1.5亿元。")]
    assert got == [("城南街道", "财政收入"), ("城北街道", "财政收入")]
    got = [f.indicator for f in facts("区内东湖、西岭两个产业园基础设施投资分别完成6.1亿元和4.3亿元。")]
    assert got == ["东湖产业园基础设施投资", "西岭产业园基础设施投资"]
    got = [(f.scope, f.indicator) for f in facts("城镇和农村居民人均可支配收入分别达到41200元和22100元。")]
    assert got == [("", "城镇居民人均可支配收入"), ("", "农村居民人均可支配收入")]


def test_verbs_alike_a_listed_count_a_listed_noun_and_a_conversion() -> None:
    """棚户区改造开工…、基本建成… share their subject; 贫困人口2816户、6350人全部脱贫: the adverb and verb
    after a listed count are no noun; 64名市、区人大代表参加: the noun's kinds are listed; 折合 is
    no part of the name of what was converted."""
    got = [f.indicator for f in facts("棚户区改造开工3216套、基本建成1870套。")]
    assert got == ["棚户区改造开工", "棚户区改造基本建成"]
    got = [f.indicator for f in facts("全区建档立卡贫困人口1286户、3350人全部脱贫。")]
    assert got == ["建档立卡贫困人口", "建档立卡贫困人口"]
    got = [f.indicator for f in facts("组织56名省、市、区人大代表开展集中视察。", kind="npc")]
    assert got[0].startswith("组织省、市、区人大代表")
    got = [f.indicator for f in facts("委员捐款捐物折合316万元。", kind="cppcc")]
    assert got == ["委员捐款捐物"]


def test_the_place_s_own_discipline_organs_count_the_place_s_cases() -> None:
    """县纪委立案…，给予…处分…: the county's discipline organ counts the county's cases: no scope, the
    organ kept in the name (as the paragraph sets' labellers write it); a department stays a scope."""
    got = [(f.scope, f.indicator) for f in facts("县纪委立案查处违纪案件38件，给予党纪政纪处分41人。",
                                                 kind="party")]
    assert got == [("", "县纪委立案查处违纪案件"), ("", "县纪委给予党纪政纪处分")]
    got = [(f.scope, f.indicator) for f in facts("县水利局新建山塘水库12座。")]
    assert got == [("县水利局", "新建山塘水库")]


def test_words_that_only_look_like_townships_are_no_owner() -> None:
    """新修乡村公路 (乡村 is a word), 稳妥推进撤乡并镇 (a verb phrase) and 但乡镇… (a connective) open no
    township; 城关乡新建… does."""
    assert [f.scope for f in facts("新修乡村公路186公里。")] == [""]
    assert {f.scope for f in facts("稳妥推进撤乡并镇，全县乡镇由23个调整为16个。")} == {""}
    assert [f.scope for f in facts("但乡镇卫生院平均执业医师不足3人。")] == [""]
    assert [f.scope for f in facts("城关乡新建村级活动场所12个。")] == ["城关乡"]


def test_connectives_before_a_name_and_only_after_it_are_no_part_of_it() -> None:
    got = [f.indicator for f in facts("但乡镇卫生院平均执业医师不足3人，而农村居民人均收入仅8000元。")]
    assert got == ["乡镇卫生院平均执业医师", "农村居民人均收入"]


def test_a_service_round_the_clock_is_no_figure() -> None:
    """24小时 before the service it qualifies (24小时供水, 7×24小时服务) names a kind of service;
    within 24 hours, or a time cut to 24 hours, is a figure."""
    values = [(f.value, f.unit) for f in extract_indicators(doc_of(
        "新增3个海岛实现24小时供水，开通7×24小时服务热线，群众诉求响应时间由48小时缩短至24小时。"))]
    assert values == [(Decimal(3), "个"), (Decimal(48), "小时"), (Decimal(24), "小时")]


def test_people_counted_then_what_each_has() -> None:
    """1200名职工人均增收3000元: the people are 职工, each gains 职工人均增收; a score that is a rule's
    points (每次计5分, 低于60分的) is no figure, an average score is."""
    rows = [(f.value, f.unit, f.indicator) for f in extract_indicators(doc_of(
        "全区1200名职工人均增收3000元。全区186名代表年度平均积分84.5分。"
        "出席会议每次计5分，积分低于60分的代表由主任会议约谈。"))]
    assert rows[:2] == [(Decimal(1200), "名", "职工人数"), (Decimal(3000), "元", "职工人均增收")]
    assert (Decimal("84.5"), "分", "代表年度平均积分") in rows
    assert not any(u == "分" and v in (5, 60) for v, u, _ in rows)


def test_a_paragraph_opening_on_this_year_so_far_tells_outcomes_under_the_goals() -> None:
    """今年以来，… under a heading of next year's goals: the year so far, until 明年 turns ahead."""
    text = ("今年以来，全市经济回升向好，预计全年地区生产总值突破900亿元。1—11月，规上工业总产值1312亿元。"
            "明年，地区生产总值增长6%左右。")
    facts = extract_indicators(doc_of(text, kind="party", year=2023, section="二、明年的目标任务"))
    assert [(f.status, f.period) for f in facts] == [("estimate", 2023), ("outcome", 2023), ("target", 2024)]


def test_a_count_of_the_list_it_follows_is_no_figure() -> None:
    """A、B是…的两支队伍, A、B、C三支巡逻队结合各自…: the number counts the names listed before it; a list
    of things added or brought in keeps its count (增设A、B两个界别)."""
    def values(text: str) -> list[tuple[Decimal, str]]:
        return [(f.value, f.unit) for f in extract_indicators(doc_of(text))]

    assert values("经侦大队、治安大队是全区打击经济犯罪的两支骨干力量。") == []
    assert values("城隍街、河坊街、清河坊三支巡逻队结合各自特点开展巡防。") == []
    assert values("增设科技、环境两个界别。") == [(Decimal(2), "个")]


def test_a_grade_alone_counts_what_the_report_grades() -> None:
    """A类（已解决）96件: in a People's Congress report the grades are of the deputies' suggestions, in a
    CPPCC report of the proposals; elsewhere a grade stays as printed."""
    npc = facts("经承办单位办理，A类（已解决或基本解决）96件、B类（列入计划逐步解决）41件。", kind="npc")
    assert [f.indicator for f in npc if f.unit == "件"] == ["A类建议", "B类建议"]
    cppcc = facts("办理结果为A类的提案186件，B类52件。", kind="cppcc")
    assert cppcc[-1].indicator == "B类提案"
    gov = facts("全年排查隐患A类12件。", kind="government")
    assert gov[-1].indicator.endswith("A类")


def test_a_work_plan_of_its_own_year_plans_its_figures() -> None:
    """一、2016年工作要点 in a document on 2016: its counts are the plan's targets, even where a paragraph
    opens on the year (2016年，县政协拟召开…); what is told as done (已) stays an outcome, and a heading on
    the year's work done (2016年工作回顾) plans nothing."""
    plan = facts("2016年，县政协拟召开常委会议4次，安排专题协商会3次，报送社情民意信息60条以上。",
                 kind="cppcc", section="一、2016年工作要点")
    assert [f.status for f in plan] == ["target"] * 3
    done = facts("2016年，县政协召开常委会议4次，报送社情民意信息60条。", kind="cppcc",
                 section="一、2016年工作回顾")
    assert [f.status for f in done] == ["outcome"] * 2
    counted = facts("年初已建成委员工作室12个。", kind="cppcc", section="二、2016年协商工作计划")
    assert [f.status for f in counted] == ["outcome"]


def test_a_work_plan_document_plans_its_year() -> None:
    """A document of kind work_plan (工作要点) on 2019: its counts are targets without a heading that says
    so; what it tells as done the year before stays an outcome."""
    found = facts("2019年，常委会拟听取审议专项工作报告6项，开展执法检查3次。去年已开展视察5次。",
                  kind="work_plan", year=2019)
    assert [(f.value, f.status) for f in found] == [(Decimal(6), "target"), (Decimal(3), "target"),
                                                    (Decimal(5), "outcome")]


def test_a_gap_to_the_years_target_is_an_outcome_in_a_plan_section() -> None:
    """增长4.6%，低于年初预期目标2.4个百分点, told under next year's plan: the gap is the year's result;
    the next year's 预期目标 still plans."""
    found = facts("2021年，全市地区生产总值增长4.6%，低于年初预期目标2.4个百分点。"
                  "2022年全市地区生产总值预期目标是增长6.5%左右。", year=2021, section="二、2022年工作安排")
    assert [(f.value, f.status) for f in found] == [
        (Decimal("4.6"), "outcome"), (Decimal("2.4"), "outcome"), (Decimal("6.5"), "target")]
