"""Parts, owners and plans of indicator rows, on sentences composed in the genre (other places and
years): what a 其中 clause divides, whose figures a sentence's subject or programme owns, when a
name is only a time or a frame, and when a note's figures are a plan's goals."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipelines.extract.indicators import extract_indicators
from pipelines.model import GlossaryNote
from tests.test_indicators import by_value, doc_of, facts


def names(text: str, **kw: object) -> dict[Decimal, tuple[str, str]]:
    """value → (scope, indicator) of every row of a composed paragraph."""
    return {v: (f.scope, f.indicator) for v, f in by_value(facts(text, **kw)).items()}


def test_a_group_of_the_same_measure_after_qizhong_takes_the_measure() -> None:
    found = names("2019年全市居民人均可支配收入31260元，其中城镇居民40150元、农村居民19870元，"
                  "分别增长8.6%和9.4%。")
    assert found[Decimal("40150")] == ("", "城镇居民人均可支配收入")
    assert found[Decimal("19870")] == ("", "农村居民人均可支配收入")
    assert by_value(facts("全县居民人均消费支出1.8万元，其中城镇居民2.3万元。"))[Decimal("2.3")].indicator \
        == "城镇居民人均消费支出"


def test_a_group_of_people_after_qizhong_is_a_part_of_the_count_before() -> None:
    found = names("全市纪检监察机关共立案审查调查512件，给予党纪政务处分463人，其中县处级干部21人。")
    # (the place's own discipline organs keep their name and no scope: see scope._PLACE_ORGAN)
    assert found[Decimal("21")][1] == "纪检监察机关给予党纪政务处分（县处级干部）"
    # a measure or an act after 其中 is no group: it keeps its own name
    assert names("开发区实现营业收入86亿元，其中工业销售产值61亿元。")[Decimal("61")][1] == "工业销售产值"


def test_a_verb_after_qizhong_takes_the_object_counted_before() -> None:
    found = names("收到群众来信来访860件，其中督促有关部门办理答复812件。")
    assert found[Decimal("812")][1].endswith("群众来信来访")


def test_people_counted_by_what_they_do_are_named_through_de() -> None:
    found = names("其中4.6万人次享受政府购买的居家养老服务。")
    assert found[Decimal("4.6")][1] == "享受政府购买居家养老服务"
    long = names("面向海内外引进创新团队30个，200名以上掌握核心技术、拥有自主知识产权的高层次人才。")
    assert long[Decimal("200")][1] == "高层次人才"
    # things counted are the noun right after the number; a preposition ends the phrase at 的
    assert names("检查36家单位的安全生产工作。")[Decimal("36")][1] == "检查单位"
    assert "选民" not in names("组织52名代表向原选区的选民述职。")[Decimal("52")][1]
    # 从 opens a phrase of its own (从不同角度), not inside a verb (从事)
    assert names("两篇大会发言从不同角度提出建议。", kind="cppcc")[Decimal(2)][1] == "大会发言"
    assert names("全县36名委员从事教育工作。", kind="cppcc")[Decimal(36)][1] == "委员从事教育工作"


def test_a_place_frame_leaves_a_long_name() -> None:
    found = names("在省级以上报刊和主流网站上刊发宣传全县人大工作、反映代表履职风采的各类稿件180余篇。")
    assert found[Decimal("180")][1] == "刊发宣传全县人大工作、反映代表履职风采的各类稿件"


@pytest.mark.parametrize(("text", "value", "name"), [
    ("全市地区生产总值力争突破3800亿元。", "3800", "地区生产总值"),
    ("五年来，全县地区生产总值年均增长8.7%，2020年达到312亿元。", "312", "地区生产总值"),
    ("全区人均地区生产总值年平均增长6.5%，去年达到11.2万元。", "11.2", "人均地区生产总值"),
])
def test_goal_words_and_times_are_no_part_of_a_name(text: str, value: str, name: str) -> None:
    assert names(text)[Decimal(value)][1] == name


def test_a_department_or_organ_that_opens_the_sentence_owns_its_figures() -> None:
    found = names("区城管部门整治背街小巷64条、新增公共停车位2100个。")
    assert found[Decimal("64")] == ("区城管部门", "整治背街小巷")
    assert found[Decimal("2100")] == ("区城管部门", "新增公共停车位")
    organ = names("全县纪检监察机关共受理信访举报356件次。")
    assert organ[Decimal("356")] == ("", "纪检监察机关共受理信访举报")  # the place's own organ
    # a rank, a job or a budget line names no owner
    assert names("全县纪检监察机关立案98件，其中乡科级干部15人。")[Decimal("15")][0] == ""
    assert names("依法任免国家机关工作人员48人。")[Decimal("48")] == ("", "依法任免国家机关工作人员")
    assert names("部门预算支出安排9.6亿元。")[Decimal("9.6")][0] == ""


def test_a_programme_carried_out_in_the_clause_before_owns_the_figures_after() -> None:
    found = names("大力推进智慧养老惠民工程，服务老年人12万人次。")
    assert found[Decimal("12")][0] == "智慧养老惠民工程"
    # a programme counted in its own clause is the thing counted, no owner
    assert names("实施民生实事工程15项，完成投资6亿元。")[Decimal("15")][0] == ""


def test_an_estimate_carries_into_the_qizhong_clause_that_divides_it() -> None:
    found = by_value(facts("预计全年八大产业实现增加值365亿元，增长9%，"
                           "其中数字经济核心产业实现增加值增长15.2%。"))
    assert found[Decimal("365")].status == "estimate"
    assert found[Decimal("15.2")].status == "estimate"
    # without 其中, a clause with its own verb is the whole year's estimate too, unless it tells a
    # span of its own (1—10月) or what is done already
    plain = by_value(facts("预计全年实现增加值365亿元，完成进出口总额28亿元。"))
    assert plain[Decimal("28")].status == "estimate"
    span = by_value(facts("预计全年实现增加值365亿元，1—10月完成进出口总额28亿元。"))
    assert span[Decimal("28")].status == "outcome"
    whole_year = by_value(facts("预计全年实现增加值365亿元，全年完成进出口总额28亿元。"))
    assert whole_year[Decimal("28")].status == "estimate"


def _note(term: str, body: str) -> list:
    text = f"{term}：{body}"
    doc = doc_of(text, notes=(GlossaryNote(term, body, len(term) + 1, len(text)),))
    return extract_indicators(doc)


def test_a_notes_plan_sets_goals_and_what_is_there_now_stays_an_outcome() -> None:
    found = by_value(_note("“双百”引才计划",
                           "市里从2018年开始，用3年时间，引进创新团队50个以上、领军人才100名。"))
    assert found[Decimal("50")].status == "target" and found[Decimal("100")].status == "target"
    vision = by_value(_note("“1310”工程", "全省提出文化产业“1310”工程发展设想，即重点扶持100家骨干企业；"
                                         "从目前省内的60多个产业园区中遴选出10个示范园区。"))
    assert vision[Decimal("100")].status == "target" and vision[Decimal("10")].status == "target"
    assert vision[Decimal("60")].status == "outcome"
    # a note that describes, with no plan, states outcomes; body text needs its own goal words
    assert {f.status for f in _note("“三江”绿道", "沿江绿道全长约26公里，串联景点14处。")} == {"outcome"}
    assert by_value(facts("我们用三年时间，完成了老城区改造项目42个。"))[Decimal("42")].status == "outcome"


@pytest.mark.parametrize("text", ["年度计划投资28亿元—32亿元。", "年度计划投资28亿元至32亿元。",
                                  "年度计划投资28—32亿元。"])
def test_a_range_gives_its_lower_and_upper_bound_however_the_unit_is_written(text: str) -> None:
    found = by_value(facts(text))
    assert (found[Decimal("28")].bound, found[Decimal("32")].bound) == ("at_least", "at_most")
    assert found[Decimal("28")].indicator == found[Decimal("32")].indicator == "年度计划投资"


def test_discipline_figures_are_the_partys_whatever_word_they_share_with_other_topics() -> None:
    found = by_value(facts("全县纪检监察机关运用“四种形态”批评教育帮助和处理526人次，给予党纪政务处分87人。",
                           kind="party", section="四、全面从严治党"))
    assert {f.topic for f in found.values()} == {"party"}


def test_a_notes_figure_without_a_topic_of_its_own_takes_the_topic_where_the_term_is_used() -> None:
    body = "（三）城市建设\n加快推动“5+2”组团按照功能定位发展，完善基础设施。\n"
    term = "“5+2”组团"
    note = f"{term}：指5个镇加2个功能区。"
    text = body + note
    start = len(body)
    paras = doc_of(text, section="二、城乡建设", notes=(GlossaryNote(term, note[len(term) + 1:],
                                                                  start + len(term) + 1, len(text)),))
    found = by_value(extract_indicators(paras))
    assert found[Decimal("5")].topic == "city"
    alone = by_value(_note("“5+2”组团", "指5个镇加2个功能区。"))  # the term used nowhere else
    assert alone[Decimal("5")].topic == "other"


def test_a_share_of_the_whole_a_figure_names_is_that_figures_share() -> None:
    found = facts("全年征迁2140户，完成老城区改造启动以来45%的征迁总量。")
    assert [(f.value, f.change_kind, f.change_value) for f in found] == [
        (Decimal("2140"), "share_pct", Decimal("45"))]
    # a percent of another whole stays a row of its own
    other = facts("全年征迁2140户，完成年度计划的45%的任务量。")
    assert len(other) == 2


def test_one_rate_shared_by_a_list_of_counts_is_a_rate_of_each() -> None:
    found = facts("全年共办理市人大代表建议212件、市政协委员提案347件，办复率均为100%。")
    rates = [f.indicator for f in found if f.unit == "%"]
    assert rates == ["办理市人大代表建议办复率", "办理市政协委员提案办复率"]
    # one count, one rate; several rates of one count stay one row each
    assert [f.indicator for f in facts("受理诉求860件，办结率、满意率均为97%。") if f.unit == "%"] == [
        "受理诉求办结率", "受理诉求满意率"]


def test_a_plan_heads_the_verbless_clauses_after_it_and_their_measures_take_its_projects() -> None:
    found = by_value(facts("全年计划实施交通重点项目38个，总投资约96亿元，年度投资22亿元。"))
    assert {f.status for f in found.values()} == {"target"}
    assert found[Decimal("22")].indicator == "交通重点项目年度投资"
    done = by_value(facts("全年计划实施交通重点项目38个，已完成投资61亿元。"))
    assert done[Decimal("61")].status == "outcome"


def test_what_the_things_counted_before_concern_takes_them_as_owner() -> None:
    found = by_value(facts("完成城中村改造12个、涉及农户3400户。"))
    assert found[Decimal("3400")].indicator == "城中村改造涉及农户"


def test_a_rate_of_a_verb_is_a_rate_of_its_object() -> None:
    found = by_value(facts("办结代表视察意见建议64条，办结率94.1%。"))
    assert found[Decimal("94.1")].indicator == "代表视察意见建议办结率"


def test_a_list_after_a_verb_shares_the_modifier_of_its_first_noun() -> None:
    found = by_value(facts("共受理群众来信98件、来访164批。"))
    assert found[Decimal("164")].indicator == "受理群众来访"
    assert by_value(facts("征集问题27个、建议45条。"))[Decimal("45")].indicator == "征集建议"


def test_rates_after_fenbie_keep_what_each_contributes_to() -> None:
    found = facts("文化旅游业和数字经济对地方财政收入贡献增长较快，增幅分别达到18.6%和24.3%。")
    assert [f.indicator for f in found] == ["文化旅游业对地方财政收入贡献增幅",
                                            "数字经济对地方财政收入贡献增幅"]


def test_a_figure_set_as_a_basis_is_named_by_it() -> None:
    found = by_value(_note("网格议事会", "由各社区居民推选组成，以150户为基数划分网格，每月议事2次。"))
    assert found[Decimal("150")].indicator == "网格议事会基数"


def test_a_bare_proposal_verb_in_the_cppcc_report_counts_proposals() -> None:
    found = by_value(facts("市政协八届三次会议经审查立案318件。", kind="cppcc"))
    row = found[Decimal("318")]
    assert (row.indicator, row.indicator_code) == ("立案提案", "PROPOSALS_ACCEPTED")
    # in a Party committee's report 立案 counts cases
    row = by_value(facts("全市纪检监察机关立案318件。", kind="party"))[Decimal("318")]
    assert row.indicator == "纪检监察机关立案"


def test_a_committee_owns_its_figures_and_the_standing_committee_is_no_owner() -> None:
    found = names("教科文卫委员会开展专题调研，走访学校17所。")
    assert found[Decimal("17")][0] == "教科文卫委员会"
    assert names("人大常务委员会听取专项工作报告9项。")[Decimal("9")][0] == ""


def test_an_owner_opening_the_sentence_before_without_figures_holds_for_the_next() -> None:
    text = "法制委员会认真做好法规初审工作。全年召开全体会议5次，提出审议意见建议18条。"
    assert {scope for scope, _ in names(text).values()} == {"法制委员会"}
    # a sentence that opens with the place itself, or a lead without an owner, carries none
    assert names("县交通局全力推进项目建设。全县新建农村公路86公里。")[Decimal("86")][0] == ""
    assert names("加快补齐民生短板。全年新建幼儿园6所。")[Decimal("6")][0] == ""


@pytest.mark.parametrize(("text", "value", "name"), [
    ("全年发生道路交通事故41起、死亡12人。", "12", "发生道路交通事故死亡人数"),
    ("全县规模以上工业企业达到386家，实现产值近520亿元。", "520", "规模以上工业企业产值"),
    ("全年收集社情民意信息226条，编发专报36期，被市政协采用41条。", "41", "被市政协采用社情民意信息"),
])
def test_a_result_or_a_passive_count_takes_what_was_counted_before(text: str, value: str, name: str) -> None:
    assert names(text)[Decimal(value)][1] == name


def test_a_list_after_a_verb_shares_the_modifier_of_a_longer_first_noun() -> None:
    found = facts("建成新时代文明实践中心1个、实践所14个、实践站203个。")
    assert [f.indicator for f in found] == ["建成新时代文明实践中心", "建成新时代文明实践所",
                                            "建成新时代文明实践站"]


def test_verbs_of_lawmaking_after_a_list_take_the_laws_counted_before() -> None:
    found = facts("全年制定地方性法规3件、修改2件、废止1件。", kind="npc")
    assert [f.indicator for f in found] == ["制定地方性法规", "修改地方性法规", "废止地方性法规"]


def test_a_centre_owns_its_figures_and_a_county_township_pair_is_no_owner() -> None:
    assert names("县矛盾纠纷调处化解中心受理纠纷2300件。")[Decimal("2300")][0] == "县矛盾纠纷调处化解中心"
    assert names("中心城区新增公共停车位1800个。")[Decimal("1800")][0] == ""
    assert names("做好县乡两级人大换届选举工作，登记选民38.2万人。")[Decimal("38.2")][0] == ""


@pytest.mark.parametrize(("text", "value", "name"), [
    ("2021年我市出台稳增长政策措施28条。", "28", "出台稳增长政策措施"),
    ("本县新增城镇就业4300人。", "4300", "新增城镇就业"),
])
def test_the_place_named_by_the_report_itself_is_no_part_of_a_name(text: str, value: str, name: str) -> None:
    assert names(text)[Decimal(value)] == ("", name)


def test_volumes_characters_and_article_times_are_units() -> None:
    found = by_value(facts("编辑出版文史资料4辑，共120万字，收录文章186篇；信息获领导批示23篇次。",
                           kind="cppcc"))
    assert [(found[Decimal(v)].unit) for v in ("4", "120", "186", "23")] == ["辑", "万字", "篇", "篇次"]
    assert found[Decimal("186")].indicator.endswith("文史资料收录文章")


def test_zhengqu_as_a_verb_of_its_own_secured_funds_and_is_no_goal() -> None:
    found = by_value(facts("全年争取中央和省预算内投资项目64个、资金7.8亿元。"))
    assert [(found[v].status, found[v].indicator) for v in (Decimal("64"), Decimal("7.8"))] == [
        ("outcome", "争取中央和省预算内投资项目"), ("outcome", "争取中央和省预算内投资项目资金")]
    assert by_value(facts("争取新增城镇就业6000人。"))[Decimal("6000")].status == "target"
    # a plan named as a noun (一揽子计划) heads no goal
    assert by_value(facts("落实一揽子计划，完成投资86亿元。"))[Decimal("86")].status == "outcome"


def test_a_measure_after_a_list_comma_is_of_the_things_counted_first() -> None:
    found = by_value(facts("拆除违法建筑2130处、面积58.6万平方米。"))
    assert found[Decimal("58.6")].indicator == "拆除违法建筑面积"


def test_an_owner_after_a_span_of_years_owns_and_a_borrowed_rate_gives_it_back() -> None:
    found = names("五年来，全市各级纪检监察机关共受理信访举报2310件，立案468件。")
    assert {scope for scope, _ in found.values()} == {""}  # the place's own organs: no scope
    assert all(name.startswith("各级纪检监察机关") for _, name in found.values())
    rate = names("数字城管平台全年受理各类案件4.8万件，结案率97.9%。")
    assert rate[Decimal("97.9")] == ("数字城管平台", "受理各类案件结案率")


def test_a_number_first_list_shares_the_predicate_of_its_last_member() -> None:
    found = facts("全市214个党委（党组）、5120个基层党组织参加主题教育。", kind="party")
    assert [f.indicator for f in found] == ["党委参加主题教育", "基层党组织参加主题教育"]
    table = facts("已有318项行政许可、1460项行政处罚等事项纳入政务服务网。")
    assert table[0].indicator == "行政许可纳入政务服务网"


def test_a_share_after_qizhong_is_a_share_of_what_was_counted_before() -> None:
    found = by_value(facts("全年发展党员412名，其中35岁以下的占78%，女性党员占41.2%。", kind="party"))
    assert found[Decimal("78")].indicator == "发展党员中35岁以下占比"


def test_agents_of_a_passive_are_one_list() -> None:
    found = by_value(facts("提出意见建议16条，其中11条被市委、市政府采纳。"))
    assert found[Decimal("11")].indicator == "意见建议被市委、市政府采纳"


def test_a_multiple_of_a_past_value_is_the_figures_change_and_a_completion_multiple_a_row() -> None:
    found = facts("地方财政收入突破42亿元，是2015年的2.3倍。")
    assert [(f.value, f.change_kind, f.change_value) for f in found] == [
        (Decimal("42"), "multiple", Decimal("2.3"))]
    done = facts("新建安置房1800套，完成年度任务的1.15倍。")
    assert [f.unit for f in done] == ["套", "倍"]


def test_growth_in_times_over_a_named_year_is_the_figures_change() -> None:
    found = facts("旅游总收入达到42.6亿元，比2005年增长1.8倍。")
    assert [(f.value, f.change_kind, f.change_value) for f in found] == [
        (Decimal("42.6"), "yoy_pct", Decimal("180"))]


def test_multiples_of_past_values_listed_after_fenbie_are_the_figures_changes() -> None:
    found = facts("财政总收入31.4亿元，其中地方财政一般预算收入12.8亿元，分别是2005年的2.6倍和2.7倍。")
    assert [(f.value, f.change_kind, f.change_value) for f in found] == [
        (Decimal("31.4"), "multiple", Decimal("2.6")), (Decimal("12.8"), "multiple", Decimal("2.7"))]
    done = facts("新建安置房1800套、学校3所，分别完成年度任务的1.15倍和1.5倍。")
    assert [f.unit for f in done] == ["套", "所", "倍", "倍"]  # completion multiples stay rows


def test_changes_listed_after_values_paired_by_fenbie_pair_the_same_way() -> None:
    found = facts("城镇居民人均可支配收入和农牧民人均纯收入分别达到31200元和12860元，增长8.2%和9.6%。")
    assert [(f.indicator_code, f.change_value) for f in found] == [
        ("URBAN_INCOME", Decimal("8.2")), ("RURAL_NET_INCOME", Decimal("9.6"))]


def test_an_inspection_named_in_the_sentence_before_names_the_deeds_after_it() -> None:
    text = ("常委会组成执法检查组，对《中华人民共和国水法》在我县的贯彻实施情况开展执法检查。"
            "检查组历时5天，走访乡镇8个、村组23个。")
    found = by_value(facts(text, kind="npc"))
    assert found[Decimal("8")].indicator == "《水法》执法检查走访乡镇"
    assert found[Decimal("23")].indicator == "《水法》执法检查走访村组"
    # a sentence that opens with something else does not carry the inspection
    other = by_value(facts("常委会对《水法》的贯彻实施情况开展执法检查。全年走访企业12家。", kind="npc"))
    assert other[Decimal("12")].indicator == "走访企业"


def test_an_inspection_of_several_laws_is_named_by_the_first() -> None:
    found = by_value(facts("对《中华人民共和国大气污染防治法》和《某省大气污染防治条例》的贯彻实施情况"
                           "进行检查，发放调查问卷800份。", kind="npc"))
    assert found[Decimal("800")].indicator == "《大气污染防治法》检查发放调查问卷"


def test_kinds_of_service_a_list_names_are_no_indicator() -> None:
    found = facts("平台向老人提供助餐、助浴、助医、助洁四项服务内容，全年服务老人9.6万人次。")
    assert [f.value for f in found] == [Decimal("9.6")]


def test_a_bracket_of_like_units_after_a_counted_noun_keeps_its_verb() -> None:
    found = by_value(facts("全县286个村（社区）建成党群服务中心。", kind="party"))
    assert found[Decimal("286")].indicator == "村（社区）建成党群服务中心"


@pytest.mark.parametrize(("text", "value", "name"), [
    ("引进私募基金18家，注册资本9.2亿元，管理资金规模41亿元。", "41", "私募基金管理资金规模"),
    ("新设外资企业23家，注册资本4.1亿美元，实缴资本1.6亿美元。", "1.6", "外资企业实缴资本"),
    ("全年招引产业项目64个，协议资金212亿元。", "212", "产业项目协议资金"),
    ("规模以上工业企业312家，实现产值860亿元。", "860", "规模以上工业企业产值"),
])
def test_an_attribute_of_the_things_counted_before_keeps_them_as_owner(text: str, value: str,
                                                                      name: str) -> None:
    assert names(text)[Decimal(value)][1] == name


def test_a_bare_noun_keeps_the_verb_the_cleaning_would_take_off() -> None:
    assert names("全年完成项目46个，完成投资18.5亿元。")[Decimal("46")][1] == "完成项目"
    assert names("全年完成投资18.5亿元，增长9%。")[Decimal("18.5")][1] == "完成投资"
    # a longer name loses the verb as before: it names the statistic itself
    assert names("预计全年实现地区生产总值512亿元。")[Decimal("512")][1] == "地区生产总值"
    assert names("完成重点工程32项，完成率96.9%。")[Decimal("96.9")][1] == "重点工程完成率"


def test_money_after_a_bare_verb_of_funding_is_named_by_its_use() -> None:
    found = names("县财政安排2600万元用于农村饮水安全和危房改造，投入800万元开展困难群众医疗和养老补助。")
    assert found[Decimal("2600")] == ("县财政", "安排用于农村饮水安全和危房改造")
    assert found[Decimal("800")][1] == "投入开展困难群众医疗和养老补助"
    # money named before the amount keeps that name
    assert names("投入专项资金1.2亿元用于学校和医院建设。")[Decimal("1.2")][1].startswith("投入专项资金")


def test_shares_listed_after_fenbie_are_the_shares_of_the_counts_before() -> None:
    found = by_value(facts("收到的提案中，农业农村类64件、教育卫生类52件、城建环保类40件，"
                           "分别占41%、33.3%和25.7%。"))
    assert set(found) == {Decimal(64), Decimal(52), Decimal(40)}  # no rows of their own
    assert found[Decimal(52)].indicator == "教育卫生类提案"
    assert (found[Decimal(52)].change_kind, found[Decimal(52)].change_value) == ("share_pct", Decimal("33.3"))
    # a group named after 其中 has shares of its own: they stay rows
    group = by_value(facts("共选出市人大代表380名、县人大代表2100名，其中妇女代表分别占26.1%和30.4%。"))
    assert Decimal("26.1") in group


def test_fenbie_pairs_the_list_of_its_own_clause() -> None:
    found = names("确定重点督办提案15件，由市委、市政府领导领衔督办，办结率、满意率分别为100%和97.6%。")
    assert found[Decimal(100)][1].endswith("提案办结率")
    assert found[Decimal("97.6")][1].endswith("提案满意率")
    heads = names("全年第一产业、第三产业增加值分别为36亿元和118亿元。")
    assert heads[Decimal(36)][1] == "第一产业增加值"


def test_a_preposition_after_the_noun_counted_ends_it() -> None:
    found = names("常委会开展专题询问，15名组成人员就9个问题向市政府及6个部门负责人提问。")
    assert found[Decimal(15)][1] == "组成人员"
    assert found[Decimal(9)][1] == "问题"
    # what people do through a preposition is what they are counted by
    assert "述职" in names("组织32名市人大代表向原选区选民述职。")[Decimal(32)][1]
    assert names("组织1.5万名干部结对帮扶困难户。")[Decimal("1.5")][1] == "组织干部结对帮扶困难户"


def test_both_bounds_of_a_range_take_the_noun_after_the_upper() -> None:
    found = facts("计划新建4至6个乡镇综合文化站。")
    assert [(f.indicator, f.bound) for f in found] == [("新建乡镇综合文化站", "at_least"),
                                                       ("新建乡镇综合文化站", "at_most")]


def test_what_money_or_firms_counted_before_reach_takes_them_as_owner() -> None:
    found = names("发放就业补贴资金2100万元，惠及企业860家、职工2.2万人。")
    assert found[Decimal(860)][1] == "就业补贴资金惠及企业"
    assert found[Decimal("2.2")][1] == "就业补贴资金惠及职工"
    firms = names("全县规模以上工业企业达到214家，比上年净增17家，实现增加值63.8亿元。")
    assert firms[Decimal("63.8")][1] == "规模以上工业企业增加值"


def test_a_total_over_years_named_only_by_its_span_is_of_the_measure_before() -> None:
    found = names("一般公共预算收入由2015年的9.8亿元增加到2020年的16.2亿元，五年累计完成64.5亿元。")
    assert found[Decimal("64.5")][1] == "一般公共预算收入（五年累计）"


def test_a_list_of_activities_or_objects_shares_the_verb_or_object_of_its_first_member() -> None:
    found = names("组织开展专题视察8次、调研15次，形成报告11篇。")
    assert found[Decimal(15)][1] == "组织开展调研"
    assert names("全年新建农村公路46条、改造31条。")[Decimal(31)][1] == "改造农村公路"
    # another unit: another object, the verb stays alone
    assert names("走访企业20家、调研12次。")[Decimal(12)][1] == "调研"


def test_sectors_listed_after_qizhong_take_the_measure_of_the_whole() -> None:
    found = names("全市规模以上工业增加值下降3.8%，其中建材、化工行业分别下降9.6%和12.1%。")
    assert found[Decimal("9.6")][1] == "建材行业增加值下降率"
    # sectors with a measure of their own keep it
    assert names("全县规上工业营业收入680亿元，其中电子、纺织产业利润分别为21亿元和9亿元。")[Decimal(21)][1] \
        == "电子产业利润"


def test_from_and_to_values_listed_after_fenbie_take_the_names_in_order() -> None:
    found = facts("城乡居民最低生活保障标准分别由每月280元、150元提高到每月520元、310元。")
    town, village = "城镇居民最低生活保障标准（每月）", "农村居民最低生活保障标准（每月）"
    assert [(f.indicator, f.value) for f in found] == [
        (town, Decimal(280)), (village, Decimal(150)), (town, Decimal(520)), (village, Decimal(310))]


def test_a_from_value_without_a_year_is_of_no_period_and_a_stated_year_is_kept() -> None:
    found = facts("全县森林覆盖率由58.2%提高到61.5%，贫困发生率从9.6%降至0.7%。", year=2020)
    assert [(f.value, f.period) for f in found] == [
        (Decimal("58.2"), None), (Decimal("61.5"), 2020), (Decimal("9.6"), None), (Decimal("0.7"), 2020)]
    stated = facts("城镇化率由2015年的48.6%提高到2020年的57.3%。", year=2020)
    assert [f.period for f in stated] == [2015, 2020]


def test_a_list_of_outlets_before_a_long_name_is_no_part_of_it() -> None:
    found = names("《江宁日报》、“人大之声”、《江宁人大》宣传镇街人大和代表履职的稿件占到52%。")
    assert found[Decimal(52)][1].startswith("宣传镇街人大和代表履职的稿件")


def test_a_completion_rate_of_an_adjusted_budget_is_of_the_figure_before() -> None:
    found = names("全年区级一般公共预算收入完成21.3亿元，完成调整预算的101.6%。")
    assert found[Decimal("101.6")][1] == "区级一般公共预算收入调整预算完成率"


def test_a_floor_before_the_verb_of_a_count_is_its_bound_not_its_name() -> None:
    found = by_value(facts("每名委员每年至少提交1件提案，每位常委至少参加2次视察。"))
    assert (found[Decimal(1)].indicator, found[Decimal(1)].bound) == ("每名委员每年提交提案", "at_least")
    assert found[Decimal(2)].bound == "at_least"
    assert by_value(facts("组织委员视察3次。"))[Decimal(3)].bound == "exact"


def test_a_milestone_next_to_the_exact_value_is_no_row_and_gives_it_its_change() -> None:
    found = facts("全县规模以上工业总产值实现523.6亿元，首次突破500亿元大关，增长11.2%。")
    assert [(f.value, f.change_kind, f.change_value) for f in found] == [
        (Decimal("523.6"), "yoy_pct", Decimal("11.2"))]
    assert [f.value for f in facts("地区生产总值突破300亿元大关，达到308.4亿元。")] == [Decimal("308.4")]
    # a milestone alone, or another measure's, is a row
    assert [f.value for f in facts("全县地区生产总值达到312亿元，财政总收入突破30亿元。")] == [
        Decimal(312), Decimal(30)]


def test_households_and_persons_side_by_side_share_the_noun_after_them() -> None:
    found = facts("实现15个贫困村出列、1862户6120名贫困人口脱贫，帮助214户731名群众解决住房问题。")
    by = {f.value: f.indicator for f in found}
    assert by[Decimal(1862)] == "贫困人口脱贫户数"
    assert by[Decimal(6120)] == "贫困人口脱贫"
    assert by[Decimal(214)] == "帮助群众解决住房问题户数"
    assert by[Decimal(731)] == "帮助群众解决住房问题"


def test_things_counted_after_dui_are_named_with_the_act_done_to_them() -> None:
    found = names("聘请15名政协委员担任行风监督员，对31个县级部门和窗口单位开展民主评议。")
    assert found[Decimal(31)][1] == "开展民主评议的县级部门和窗口单位"


@pytest.mark.parametrize("text", ["未来五年，全县将基本建成现代化强县。",
                                  "改革开放四十年，全市发生历史性巨变。",
                                  "本届政府任期五年，始终把民生放在首位。"])
def test_a_span_of_years_that_only_dates_a_sentence_is_no_row(text: str) -> None:
    assert facts(text) == []


def test_review_cases_of_the_round_stay_named() -> None:
    # 公共 is no cut at 共; a mark with 万 or 台阶 is the exact value's
    assert [f.indicator for f in facts("一般公共预算收入突破5亿元，达到5.4亿元。")] == ["一般公共预算收入"]
    assert [f.value for f in facts("城镇居民人均可支配收入突破3万元，达到31250元。")] == [Decimal(31250)]
    assert [f.value for f in facts("地区生产总值迈上500亿元台阶，达到512.6亿元。")] == [Decimal("512.6")]
    # 双向 and 就餐 are words, no preposition
    assert names("开通8条城乡双向公交线路。")[Decimal(8)][1] == "开通城乡双向公交线路"
    assert names("建成25个老年食堂就餐点。")[Decimal(25)][1] == "建成老年食堂就餐点"
    # another unit: the organising verb stays with its own list member
    assert names("举办培训班12期、培训3200人次。")[Decimal(3200)][1] == "培训人次"
    # counts of firms after a sector's growth take no measure
    assert names("高新技术产业增加值增长12%，其中高新技术企业、科技型中小企业分别达到56家和128家。")[
        Decimal(56)][1] == "高新技术企业"
    # a range is no change, and a process is no whole
    found = facts("检查组由5至7人组成。", year=2020)
    assert [(f.indicator, f.period) for f in found] == [("检查组组成人数", 2020)] * 2
    assert names("在办理过程中，甲类86件、乙类79件。")[Decimal(86)][1] == "甲类"


def test_from_values_joined_by_he_have_no_period() -> None:
    found = facts("城镇和农村居民人均可支配收入分别由28000元和12000元增加到36000元和16500元。", year=2020)
    assert [f.period for f in found] == [None, None, 2020, 2020]


def test_shares_listed_after_fenbie_zhan_keep_no_value_of_another_in_their_name() -> None:
    found = names("全县农村、城镇常住人口分别占41.5%和58.5%。")
    assert found[Decimal("58.5")][1] == "城镇常住人口占比"


def test_a_completion_rate_between_a_figure_and_its_growth_leaves_the_growth_to_the_figure() -> None:
    found = by_value(facts("一般公共预算支出41.2亿元，完成调整预算的97.6%，增长5.3%。"))
    spent = found[Decimal("41.2")]
    assert (spent.change_kind, spent.change_value) == ("yoy_pct", Decimal("5.3"))
    assert found[Decimal("97.6")].change_kind == ""
    stated = names("一般公共预算收入18.6亿元，为调整预算的102.4%。")
    assert stated[Decimal("102.4")][1] == "一般公共预算收入调整预算完成率"


def test_a_verb_done_to_what_was_counted_before_takes_it_across_a_multiplier() -> None:
    found = names("各级党组织共征求意见建议2.3万条，梳理归并为1860条，已整改落实1712条。")
    assert found[Decimal(1860)][1] == "梳理归并意见建议"
    assert found[Decimal(1712)][1] == "整改落实意见建议"
    assert names("共排查矛盾纠纷3120起，化解3056起。")[Decimal(3056)][1] == "化解矛盾纠纷"


def test_parts_of_documents_filed_take_the_documents_counted_before() -> None:
    found = names("全年接收报送备案的规范性文件42件，其中市政府报备33件、区人大常委会报备9件。")
    assert found[Decimal(33)][1] == "市政府报备规范性文件"


def test_a_level_a_measure_rose_to_from_another_is_a_row_and_last_years_level_is_last_years() -> None:
    found = facts("全县森林覆盖率从41.3%上升为44.6%，贫困发生率由上年的5.2%下降到1.1%。", year=2020)
    assert [(f.indicator, f.value, f.period, f.change_kind) for f in found] == [
        ("森林覆盖率", Decimal("41.3"), None, ""), ("森林覆盖率", Decimal("44.6"), 2020, ""),
        ("贫困发生率", Decimal("5.2"), 2019, ""), ("贫困发生率", Decimal("1.1"), 2020, "")]
    # 为 after a verb with no from-level stays a change, unless what rose is a rate or a share
    assert facts("全年地区生产总值增长为6.5%。")[0].change_kind == "yoy_pct"
    rose = facts("全市森林覆盖率提高为52.4%，比上年提高1.2个百分点；城镇登记失业率下降为3.1%。")
    assert [(f.indicator, f.value, f.change_kind, f.change_value) for f in rose] == [
        ("森林覆盖率", Decimal("52.4"), "yoy_pp", Decimal("1.2")),
        ("城镇登记失业率", Decimal("3.1"), "", None)]
    assert facts("服务业增加值占比上升为48.6%。")[0].change_kind == "share_pct"  # a share, no growth


def test_a_bare_verb_after_a_list_comma_takes_the_things_counted_not_the_first_verb() -> None:
    found = names("全年检查食品经营企业120家、关停8家，新增城镇就业5200人、转移农村劳动力3000人。")
    assert found[Decimal(8)][1] == "关停食品经营企业"
    assert found[Decimal(3000)][1] == "转移农村劳动力"
    # a bare noun after the comma still takes the verb before it
    assert names("培训新型职业农民1200人、返乡妇女300人。")[Decimal(300)][1] == "培训返乡妇女"


def test_a_quoted_name_after_a_count_keeps_its_digits_and_a_measure_keeps_its_completion() -> None:
    found = names("引进海外高层次人才36名，其中5人入选省“115”引才计划。")
    assert found[Decimal(5)][1] == "入选省“115”引才计划"
    assert names("全县重点项目投资完成率达到96.5%。")[Decimal("96.5")][1] == "重点项目投资完成率"
    # an attribute of the projects counted before keeps them as its owner
    assert names("全年签约项目38个，总投资额达216亿元。")[Decimal(216)][1] == "项目总投资额"


def test_a_measure_named_after_the_group_of_the_row_before_takes_that_group() -> None:
    found = names("县属公立医疗机构住院人次增长6.2%，住院均次费用下降3.1%；"
                  "农村居民人均可支配收入16800元，人均消费支出12100元。")
    assert found[Decimal("3.1")][1] == "县属公立医疗机构住院均次费用下降率"
    assert found[Decimal(12100)][1] == "农村居民人均消费支出"
    # a kind of output after a kind of firm is no group's: 规上 is no group
    assert names("规上工业增加值增长8.1%，工业用电量增长5.3%。")[Decimal("5.3")][1] == "工业用电量增长率"


def test_a_named_scheme_improved_in_the_clause_before_names_the_figures_of_its_word() -> None:
    # a quoted scheme owns nothing (no scope): it is what the figures are of, first in their names
    found = facts("健全“暖冬”救助、“安居保障”工程救助机制，全年救助困难家庭216户、发放救助金88.5万元。")
    assert {f.value: (f.scope, f.indicator) for f in found}[Decimal(216)] == (
        "", "“暖冬”救助、“安居保障”工程救助困难家庭")
    assert [(f.scope, f.indicator) for f in facts("完善“县医共体”转诊服务，有效转诊3200人次。")] == [
        ("", "“县医共体”有效转诊")]
    # a bare object names no scheme; a figure led by its own verb is its own
    assert facts("完善社会救助机制，全年救助困难家庭216户。")[0].scope == ""
    assert facts("实施城区“五纵三横”道路改造，新建改造街道9条、总长16.2公里。")[1].scope == ""


@pytest.mark.parametrize(("text", "value", "name", "scope"), [
    # 完成 is kept only where it ends the measure (完成率), not before a word that starts with 数/量/额
    ("全县工业企业完成数字化改造46家。", "46", "工业企业数字化改造", ""),
    ("村级组织完成量化考评286个。", "286", "村级组织量化考评", ""),
    # 人均 measures of the whole place take no group from the row before
    ("城镇居民人均可支配收入4.2万元，人均地区生产总值9.6万元。", "9.6", "人均地区生产总值", ""),
    ("城镇居民人均可支配收入4.2万元，人均预期寿命达到81.2岁。", "81.2", "人均预期寿命", ""),
    # a scheme owns only the figures of its own act, never those of a word of any work
    ("推进“美丽乡村”建设，建设用地供应1200亩。", "1200", "建设用地供应", ""),
    ("健全“吹哨报到”基层治理机制，基层党组织达到1260个。", "1260", "基层党组织", ""),
    ("完善“护苗”未成年人保护机制，未成年人犯罪率下降12%。", "12", "未成年人犯罪率下降率", ""),
    # the money and staff of firms listed after them are theirs; people reached with them are reached
    ("关停企业12家、产值3.2亿元。", "3.2", "关停企业产值", ""),  # (the firms closed own it)
    ("发放稳岗返还资金3860万元，惠及企业1276家、职工3.4万人。", "3.4", "稳岗返还资金惠及职工", ""),
    ("走访企业120家、群众860人。", "860", "走访群众", ""),
    # a quoted name of up to twenty characters after a count
    ("全县2家企业进入“2023中国民营企业500强”。", "2", "企业进入“2023中国民营企业500强”", ""),
])
def test_review_cases_of_the_fifth_round(text: str, value: str, name: str, scope: str) -> None:
    found = {f.value: f for f in facts(text)}[Decimal(value)]
    assert (found.indicator, found.scope) == (name, scope)


def test_a_productivity_or_a_rate_elsewhere_in_the_clause_leaves_a_growth_a_growth() -> None:
    assert facts("全员劳动生产率增长为7.1%。")[0].change_kind == "yoy_pct"
    assert facts("以较低的城镇登记失业率实现居民收入增长为6.5%。")[0].change_kind == "yoy_pct"
    found = facts("民生支出占比提高为80.5%，教育支出增长为9%。")
    assert [(f.indicator, f.change_kind) for f in found] \
        == [("民生支出占比", "share_pct"), ("教育支出增长率", "yoy_pct")]
    assert facts("研发经费投入强度提高为2.4%。")[0].change_kind == ""


def test_lists_of_measures_pollutants_and_places_with_beds() -> None:
    found = facts("城乡居民基本养老保险参保率、基本医疗保险参保率分别达到96%、98%以上。")
    assert [(f.indicator, f.bound) for f in found] == [
        ("城乡居民基本养老保险参保率", "at_least"), ("基本医疗保险参保率", "at_least")]
    found = names("二氧化硫、氮氧化物排放量分别比上年削减4.6%和3.9%。")
    assert found[Decimal("4.6")][1] == "二氧化硫排放量削减率"
    assert names("全县发展农家乐超过300家、床位近5000张。")[Decimal(5000)][1].endswith("农家乐床位")
    # a result after a ；-part belongs to its own part's subject: the book of its part, not the visits
    found = names("组织部门走访企业52家；编辑出版《乡土记忆》第二辑，收录文章38篇。", kind="cppcc")
    assert found[Decimal(38)][1] == "《乡土记忆》第二辑收录文章"


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("全县食用菌栽培规模达到8600万袋。", "8600", "万袋"), ("全年收购烟叶12.5万担。", "12.5", "万担")])
def test_bags_and_piculs_are_units(text: str, value: str, unit: str) -> None:
    assert [(f.value, f.unit) for f in facts(text)] == [(Decimal(value), unit)]


def test_shares_as_from_levels_ages_as_bounds_sessions_and_audiences() -> None:
    found = facts("全县集体经济强村由2019年的86个增加到142个，占行政村总数的比重由28%提高到46.5%。",
                  year=2022)
    shares = [(f.value, f.indicator) for f in found if f.unit == "%"]
    assert [v for v, _ in shares] == [Decimal(28), Decimal("46.5")]
    assert all(name.endswith("占行政村总数的比重") for _, name in shares)
    # an age bounds a group unless a lifespan or an average age is measured
    assert [f.value for f in facts("对年满80周岁的老人发放津贴，其中90—99周岁每人每月100元。")] \
        == [Decimal(100)]
    assert facts("全县人均预期寿命达到80.3岁。")[0].indicator == "人均预期寿命"
    # sessions counted by a Chinese numeral before a clause end; a phase (三期工程) is none
    assert [(f.value, f.unit) for f in facts("举办青年干部培训班三期，培训学员420人。")][0] \
        == (Decimal(3), "期")
    assert facts("项目分三期实施。") == []
    audience = names("组建宣讲队28支，开展宣讲1600场、受众12万人次。", kind="party")[Decimal(12)][1]
    assert audience.startswith("宣讲受众")
    # a from-level's verb is no noun after it
    assert names("光伏装机容量由35万千瓦上升为82万千瓦。")[Decimal(35)][1] == "光伏装机容量"


def test_a_target_told_beside_an_outcome_is_the_measures_target() -> None:
    found = facts("全县生产总值增长7.1%，低于8%的预期目标；城镇登记失业率为3.2%，控制在4%的计划目标以内；"
                  "居民消费价格上涨2.1%。", year=2019)
    assert [(f.indicator, f.status, f.bound) for f in found] == [
        ("生产总值增长率", "outcome", "exact"), ("生产总值增长预期目标", "target", "exact"),
        ("城镇登记失业率", "outcome", "exact"), ("城镇登记失业率计划目标", "target", "at_most"),
        ("居民消费价格增长率", "outcome", "exact")]


def test_review_cases_of_targets_ages_and_bounds() -> None:
    # a noun that starts with 目标 is no target told
    assert facts("实现12个目标村的脱贫。")[0].status == "outcome"
    assert facts("全年锁定45家目标企业开展精准招商。")[0].status == "outcome"
    # a clause that names its own measure keeps it; a decline's target is a decline
    found = facts("财政收入增长8%，地区生产总值增长超过7%的预期目标。")
    assert (found[1].indicator, found[1].status) == ("地区生产总值增长预期目标", "target")
    assert facts("单位GDP能耗下降3.5%，超额完成3%的年度控制目标。")[1].indicator \
        == "单位GDP能耗下降年度控制目标"
    assert facts("人口自然增长率控制在6‰，在7‰的计划目标以内。")[1].indicator == "人口自然增长率计划目标"
    # an age measured is a figure, one that bounds a group is not
    assert [f.value for f in facts("全市人均预期寿命比2015年提高1.2岁，达到79.6岁。")] \
        == [Decimal("1.2"), Decimal("79.6")]
    assert [f.value for f in facts("新提拔干部平均39.5岁。")] == [Decimal("39.5")]
    # a floor before a 分别 list bounds every value of it
    assert [f.bound for f in facts("耕地保有量、基本农田面积分别不低于120万亩、100万亩。")] \
        == ["at_least", "at_least"]
    # 亿元年度 is 亿元 and a year's word
    assert facts("完成80亿元年度目标的107.5%。")[0].unit == "亿元"


def test_measures_listed_after_a_population_a_sentence_opens_with_are_its_own() -> None:
    found = names("规模以上工业企业实现营业收入1260亿元，增长6.1%；实现销售产值1198亿元，产品销售率98.2%；"
                  "实现利润总额86.3亿元。", kind="statistical_communique")
    assert found[Decimal("86.3")][1] == "规模以上工业企业利润总额"
    assert found[Decimal("98.2")][1] == "规模以上工业企业产品销售率"  # a rate of the value before it
    # a measure of a group or of the whole place of its own keeps its name
    found = names("规上工业企业实现产值86亿元，新增企业12家，全社会用电量15亿千瓦时。")
    assert (found[Decimal(12)][1], found[Decimal(15)][1]) == ("新增企业", "全社会用电量")
    assert names("规上工业企业实现产值86亿元，全社会用电量12亿千瓦时。")[Decimal(12)][1] == "全社会用电量"


def test_money_of_a_named_kind_secured_is_no_goal() -> None:
    """争取 before money of a named kind is money secured (an outcome of the year told), as before
    上级/中央 money; 争取 before a verb (争取实现…) is a goal."""
    found = by_value(facts("全年争取棚户区改造中央补助资金2.6亿元，新开工安置房1800套。"))
    assert found[Decimal("2.6")].status == "outcome"
    assert found[Decimal("1800")].status == "outcome"
    goal = by_value(facts("全年争取实现地区生产总值增长8%。"))
    assert goal[Decimal("8")].status == "target"
