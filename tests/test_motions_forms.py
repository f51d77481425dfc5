"""Motions in the forms CPPCC reports of any county or city print them: inspection reports, the
suggestions a titled report made, proposal tables copied one cell per line, bare titles, quoted
suggestions, information pieces, and the duty phrases and counts that are no motion."""

from __future__ import annotations

import pytest

from pipelines.extract.motions import extract_motions
from pipelines.model import DocumentText, Paragraph


def doc(text: str, kind: str = "cppcc", section: str = "（二）参政议政") -> DocumentText:
    """One body paragraph per line, all under ``section``."""
    paragraphs, pos = [], 0
    for i, line in enumerate(text.split("\n")):
        paragraphs.append(Paragraph(i, pos, pos + len(line), "body", section))
        pos += len(line) + 1
    return DocumentText("doc", kind, 2015, text, tuple(paragraphs))


def found(text: str, kind: str = "cppcc", section: str = "（二）参政议政") -> list[tuple[str, str, str]]:
    return [(m.title, m.motion_type, m.outcome) for m in extract_motions(doc(text, kind, section))]


def test_inspection_and_study_tour_reports_are_research_reports():
    assert found("组织委员视察城区供热管网改造，形成《关于城区供热管网改造情况的视察报告》，"
                 "市长作出批示。") == [("关于城区供热管网改造情况的视察报告", "调研报告", "市长作出批示")]
    assert found("形成《赴皖南学习茶旅融合发展的考察报告》报送县委。") == [
        ("赴皖南学习茶旅融合发展的考察报告", "调研报告", "")]


def test_a_titled_report_whose_suggestions_were_adopted_is_one_row():
    text = "《关于盘活农村闲置宅基地的调研报告》提出的6条建议被市政府采纳。"
    assert found(text) == [("关于盘活农村闲置宅基地的调研报告", "调研报告", "被市政府采纳")]
    text = "《关于发展夜间经济的调研报告》提出的建议得到区长肯定。"
    assert found(text) == [("关于发展夜间经济的调研报告", "调研报告", "得到区长肯定")]


def test_a_count_of_suggestions_is_no_row():
    assert found("专题协商会上，委员们提出的9条建议被县政府吸收。") == []
    assert found("委员们提出了四点建议，引起市委重视。") == []


def test_a_duty_listed_is_no_suggestion():
    assert found("委员们还围绕物价上涨、就业困难等问题，积极反映情况、提出建议。") == []
    assert found("委员们围绕城乡统筹深入调研、建言献策、提出建议。") == []
    # a bare suggestion after a visit, not listed with a duty, keeps its context
    [(title, kind, _)] = found("为改善景区交通，区政协组织委员调研，提出相关工作建议。")
    assert (title, kind) == ("为改善景区交通，提出相关工作建议", "建议")


def test_proposal_table_flattened_one_cell_per_line():
    text = ("2014年重点提案办理情况表\n\n序号\n\n提案名称\n\n承办单位\n\n办理结果\n\n1\n\n"
            "关于建设城东污水处理厂的提案\n\n县住建局\n\n已建成运行\n\n2\n\n"
            "关于扶持茶叶专业合作社的建议\n\n县农业局\n\n列入年度计划\n\n"
            "会后，主席会议听取了办理情况汇报。")
    d = doc(text)
    rows = extract_motions(d)
    assert [(m.title, m.motion_type, m.outcome, m.rule) for m in rows] == [
        ("关于建设城东污水处理厂的提案", "提案", "已建成运行", "table_row"),
        ("关于扶持茶叶专业合作社的建议", "提案", "列入年度计划", "table_row")]
    for m in rows:
        assert d.text[m.start:m.end] == m.title and m.title in m.quote and m.quote in d.text


def test_table_rows_without_a_results_column_or_in_title_marks():
    text = ("案由\n主办单位\n《关于整治城中村消防隐患的建议》\n市消防支队\n"
            "《关于增设公交夜班线路的提案》\n市交通局")
    assert found(text) == [("关于整治城中村消防隐患的建议", "提案", ""),
                           ("关于增设公交夜班线路的提案", "提案", "")]


def test_a_table_of_deputies_suggestions_keeps_them_suggestions():
    text = "建议名称\n承办单位\n办理结果\n关于拓宽城北快速路的建议\n市交通局\n已办结"
    [m] = extract_motions(doc(text, "npc"))
    assert (m.body, m.title, m.motion_type, m.outcome) == (
        "npc", "关于拓宽城北快速路的建议", "建议", "已办结")


@pytest.mark.parametrize("text", [
    "关于加快发展乡村旅游的提案\n区政协第三次会议以来，委员们积极履职。",   # a heading-like line before prose
    "二、关于提案工作\n全年收到提案268件。",                               # a heading
    "市委关于加强政协协商民主建设的意见\n市委办公室\n2014年5月",          # a document, not a row
])
def test_lines_that_are_no_table_rows(text):
    assert [m for m in extract_motions(doc(text)) if m.rule == "table_row"] == []


def test_bare_titles_may_hold_a_quoted_term():
    assert found("关于推广“互联网+医疗”便民服务的提案被市卫健委采纳。") == [
        ("关于推广“互联网+医疗”便民服务的提案", "提案", "被市卫健委采纳")]


def test_an_opinion_reported_by_members_is_a_suggestion_or_an_information_piece():
    assert found("委员提出的关于规范农贸市场摊位管理的意见被县政府采纳。") == [
        ("关于规范农贸市场摊位管理的意见", "建议", "被县政府采纳")]
    assert found("委员反映的关于解决老旧楼道照明问题的意见，得到区委书记批示。",
                 section="四、反映社情民意") == [
        ("关于解决老旧楼道照明问题的意见", "社情民意信息", "得到区委书记批示")]
    # documents of other organs stay out
    assert found("认真学习省委关于加强新时代政协工作的意见。") == []
    assert found("贯彻落实市委关于推进协商民主建设的实施意见。") == []


def test_quoted_suggestions_one_row_per_quotation():
    assert found("提出的“设立中小企业转贷基金、简化续贷手续”等建议已被市金融办采纳。") == [
        ("设立中小企业转贷基金、简化续贷手续", "建议", "已被市金融办采纳")]
    assert [t for t, _, _ in found("提出“推行垃圾分类积分制”“建设再生资源回收站点”等意见。")] == [
        "推行垃圾分类积分制", "建设再生资源回收站点"]
    assert found("提出“两不愁”意见。") == []  # a short quoted term, not a suggestion


def test_information_pieces_typed_by_who_took_them_up_and_their_paragraph():
    assert found("委员们积极建言，其中《关于加强校园食品安全监管的建议》被省政协采用。") == [
        ("关于加强校园食品安全监管的建议", "社情民意信息", "被省政协采用")]
    text = "全年编报社情民意信息72期。其中，《关于整治城区噪声扰民的建议》得到市长批示。"
    assert found(text) == [("关于整治城区噪声扰民的建议", "社情民意信息", "得到市长批示")]
    # adopted by the government: a suggestion
    assert found("委员提出的《关于建设城北体育公园的建议》被市政府采纳。") == [
        ("关于建设城北体育公园的建议", "建议", "被市政府采纳")]


def test_table_rows_on_one_line_with_a_number_or_bars():
    text = ("序号 提案名称 承办单位 办理结果\n"
            "1 关于增建城北公共停车场的建议 市城管局 已建成投用\n"
            "| 2 | 关于规范小区物业收费的提案 | 市住建局 | 列入计划解决 |")
    assert [(t, k, o) for t, k, o in found(text)] == [
        ("关于增建城北公共停车场的建议", "提案", "已建成投用"),
        ("关于规范小区物业收费的提案", "提案", "列入计划解决")]


def test_an_outcome_after_the_clause_that_sends_the_work():
    assert found("形成《关于城郊结合部环境整治的视察报告》，报送区委、区政府参阅，区长作出批示。") == [
        ("关于城郊结合部环境整治的视察报告", "调研报告", "区长作出批示")]
    # an outcome that is no outcome of the work stays out: the clause after the sending is another act
    assert found("形成《关于城郊公交线网优化的调研报告》，报送区政府，并组织召开座谈会。") == [
        ("关于城郊公交线网优化的调研报告", "调研报告", "")]


def test_a_quoted_information_piece():
    text = "全年报送社情民意信息45条。其中，反映的“关于整治电动车违规充电的建议”被省政协采用。"
    assert found(text) == [("关于整治电动车违规充电的建议", "社情民意信息", "被省政协采用")]


def test_the_office_handling_a_proposal_is_no_outcome():
    from pipelines.extract.motions.tables import _said

    assert not _said("市人口和计划生育局") and not _said("市规划实施管理中心")
    assert _said("已列入计划") and _said("县政府已出台办法")
