"""Cases a review composed to break the rules of the fourth session of 2026-12-01 (none from the
seed): each of them once gave a wrong status, a junk row or a wrong name."""

from __future__ import annotations

from decimal import Decimal

import pytest

from benchmarks.measure_paragraphs import document
from pipelines.extract.indicators import extract_indicators
from pipelines.extract.motions import extract_motions
from pipelines.extract.supervision import extract_supervision
from pipelines.model import DocumentText, Paragraph


def _doc(kind: str, text: str, section: str = "一、工作回顾") -> DocumentText:
    return DocumentText("d", kind, 2015, text, (Paragraph(0, 0, len(text), "body", section),))


def _facts(text: str):
    case = {"id": "x", "kind": "government", "year": 2015, "section": "一、工作回顾", "note": "",
            "text": text}
    return extract_indicators(document(case))


@pytest.mark.parametrize("text", [
    "区人民政府提出的2015年区级预算调整方案，因调整理由不充分，常委会暂不予以批准。",
    "2015年区级预算调整方案，经区政府常务会议审议批准。",
    "机构编制调整方案，经县编委会议审议，予以批准。",
    "区级预算调整方案，须经区人大常委会会议审查批准。",
    "县政府关于城区供水管网改造情况的报告，将于6月提请常委会审议。",
    "县人大常委会副主任在主任会议上述职。",
])
def test_no_action_of_the_committee(text):
    assert extract_supervision(_doc("npc", text, "二、监督工作")) == []


def test_pilot_units_split_only_the_committee_s_own_trial():
    text = "常委会对《农村土地承包法》开展执法检查，县政府确定城关镇、河西镇为首批试点单位推进确权登记。"
    rows = extract_supervision(_doc("npc", text, "二、监督工作"))
    assert [(r.form, r.subject) for r in rows] == [("执法检查", "《农村土地承包法》")]


def test_a_back_reference_reaches_over_a_time_clause_only():
    text = "常委会围绕城区停车难治理开展专题询问，询问结束后，组成人员对该项工作进行了满意度测评。"
    over_time = extract_supervision(_doc("npc", text, "二、监督工作"))
    assert ("工作评议", "城区停车难治理") in [(r.form, r.subject) for r in over_time]
    text = ("常委会听取审议了县政府关于教育工作情况的报告，县政府随后启动了城区供水改造工程，"
            "常委会对该项工作开展了跟踪监督。")
    over_act = extract_supervision(_doc("npc", text, "二、监督工作"))
    assert "督查" not in [r.form for r in over_act]


@pytest.mark.parametrize("text", [
    "引导委员提出更多有分量、高质量的提案。",
    "鼓励委员提出切实可行的提案。",
    "对列为“主席督办”的提案进行重点督办。",
    "聚焦“乡村振兴战略”的提案共32件。",
    "县工商联就民营经济发展问题积极发言。",
    "九三学社围绕生态环境保护在专题协商会上发言。",
])
def test_no_motion(text):
    assert extract_motions(_doc("cppcc", text)) == []


def test_speeches_by_bodies_listed_take_one_topic_each():
    text = ("十届一次会议期间，共有12个单位和个人作大会发言。"
            "民革、民盟、民建分别就城市管理、学前教育、营商环境发言。")
    assert [m.title for m in extract_motions(_doc("cppcc", text))] == [
        "就城市管理的大会发言", "就学前教育的大会发言", "就营商环境的大会发言"]


def test_a_research_report_of_places_counted_is_still_one_report():
    text = "组织委员深入12个乡镇开展农村养老服务调研，形成调研报告，为县委决策提供参考。"
    assert [m.motion_type for m in extract_motions(_doc("cppcc", text))] == ["调研报告"]


def test_a_sector_after_two_measures_borrows_neither():
    facts = _facts("实现工业总产值612亿元、利税48亿元，其中装备制造业318亿元。")
    part = [f for f in facts if f.value == Decimal("318")]
    assert part and "利税" not in part[0].indicator


def test_hoped_for_is_no_status_word_and_no_part_of_a_name():
    facts = _facts("全县行政村光纤网络有望今年实现全覆盖，目前已覆盖312个村，覆盖率86%。")
    assert {f.status for f in facts} == {"outcome"}
    facts = _facts("全县共有国家级重点龙头企业3家，有望新增省级龙头企业5家。")
    assert not any(f.indicator.startswith("望") for f in facts)


def test_documents_listed_under_a_review_sentence_are_each_reviewed():
    text = ("常委会全年接收区人民政府报备的规范性文件9件，做到逐件审查。"
            "经审查，对以下两件规范性文件提出了修改意见：\n"
            "- 《某区物业管理补助办法》\n- 《某区停车场建设管理实施细则》\n"
            "常委会修订了《某区人大常委会规范性文件备案审查工作规程》。")
    rows = extract_supervision(_doc("npc", text, "二、监督工作"))
    assert [(r.form, r.subject) for r in rows if r.rule == "heading_item"] == [
        ("备案审查", "《某区物业管理补助办法》"), ("备案审查", "《某区停车场建设管理实施细则》")]
    planned = text.replace("经审查，对以下两件规范性文件提出了修改意见：", "明年将重点审查以下文件：")
    rows = extract_supervision(_doc("npc", planned, "二、监督工作"))
    assert not [r for r in rows if r.rule == "heading_item"]
