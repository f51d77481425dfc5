"""Supervision actions on sentences written in the style of district People's Congress reports."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipelines.extract.supervision import SUPERVISION_FORMS, extract_supervision
from pipelines.extract.supervision.clauses import clauses, list_items
from pipelines.extract.supervision.rules import RULE_NAMES, SUBJECT_RULES
from pipelines.extract.supervision.vocab import supervision_forms, supervision_triggers
from pipelines.model import DocumentText, Paragraph, SupervisionAction
from tests import golden

ROOT = Path(__file__).resolve().parents[1]


def npc(text: str, kind: str = "npc") -> DocumentText:
    """A document whose paragraphs are the text's lines."""
    paragraphs = []
    for m in re.finditer(r"[^\n]+", text):
        paragraphs.append(Paragraph(len(paragraphs), m.start(), m.end(), "body", "（一）依法监督"))
    return DocumentText("doc", kind, 2019, text, tuple(paragraphs))


def rows(text: str) -> list[tuple[str, str]]:
    return [(a.form, a.subject) for a in extract_supervision(npc(text))]


def check_grounding(doc: DocumentText, found: list[SupervisionAction]) -> None:
    for a in found:
        assert 0 <= a.start < a.end <= len(doc.text)
        assert a.quote and a.quote in doc.text
        span = doc.text[a.start:a.end]
        assert a.form in SUPERVISION_FORMS
        # the span holds the subject's leading words as printed (composed subjects: before the （）)
        assert a.subject.split("（")[0][:4] in span


def test_enumerated_modifiers_of_one_noun_stay_whole():
    assert rows("常委会听取和审议区政府、区法院、区检察院关于优化营商环境工作的专项报告。") == [
        ("听取审议报告", "区政府、区法院、区检察院关于优化营商环境工作的专项报告")]


def test_reports_of_the_organs_counted_are_an_aggregate():
    assert rows("听取和审议区政府、区法院、区检察院专项工作报告21项。") == []


def test_enumerated_subjects_become_one_row_each_with_a_shared_quote():
    text = "一年来，常委会先后视察城北商务区、滨江湿地公园和文一路综合整治等重点工程，建议政府加快进度。"
    doc = npc(text)
    found = extract_supervision(doc)
    assert [(a.form, a.subject) for a in found] == [
        ("视察", "城北商务区"), ("视察", "滨江湿地公园"), ("视察", "文一路综合整治")]
    assert len({a.quote for a in found}) == 1
    assert [doc.text[a.start:a.end] for a in found] == ["城北商务区", "滨江湿地公园", "文一路综合整治"]
    check_grounding(doc, found)


def test_director_meeting_hears_a_briefing():
    doc = npc("主任会议专题听取区人民法院执行工作情况汇报，提出改进意见。")
    [a] = extract_supervision(doc)
    subject = "区人民法院执行工作情况（主任会议）"  # the directors' meeting, not the committee, heard it
    assert (a.form, a.subject, a.actor) == ("听取汇报", subject, "director_meeting")
    check_grounding(doc, [a])


def test_hearing_and_reviewing_a_report():
    # the account approved in the sentence that heard its report is one action, the hearing
    # (区级决算 is the 2019年财政决算 heard: a level word does not make it another account)
    assert rows("常委会认真听取和审议区政府关于2019年财政决算的报告，批准区级决算。") == [
        ("听取审议报告", "区政府关于2019年财政决算的报告")]
    assert rows("常委会听取和审议区政府关于2019年财政决算的报告，批准2020年区级预算调整方案。") == [
        ("听取审议报告", "区政府关于2019年财政决算的报告"), ("批准", "2020年区级预算调整方案")]


def test_frame_before_the_trigger_names_the_subjects():
    assert rows("常委会对老旧小区改造、垃圾分类处置等民生实事进行重点督查。") == [
        ("督查", "老旧小区改造"), ("督查", "垃圾分类处置")]


def test_topic_of_an_earlier_clause_and_the_place_visited():
    doc = npc("关心山海协作工作，前往淳安视察，推动两地合作。")
    [a] = extract_supervision(doc)
    assert (a.form, a.subject) == ("视察", "山海协作工作（淳安）")
    assert doc.text[a.start:a.end] == "山海协作工作，前往淳安视察"


def test_meeting_officials_is_about_the_problem_not_the_officials():
    found = rows("针对夜间施工噪声扰民问题，组织代表约见区城管局负责人。")
    assert found == [("约见", "夜间施工噪声扰民问题（组织代表约见区城管局负责人）")]


def test_special_inquiry_shares_the_report_under_review():
    assert rows("常委会在审议区政府关于养老服务体系建设情况的报告时，开展专题询问。") == [
        ("听取审议报告", "区政府关于养老服务体系建设情况的报告"),
        ("专题询问", "区政府关于养老服务体系建设情况的报告")]


def test_research_on_topics_named_by_a_preceding_clause():
    assert rows("常委会围绕数字经济发展、未来社区建设和基层治理创新等工作，成立课题组开展专题调研。") == [
        ("专题调研", "数字经济发展"), ("专题调研", "未来社区建设"), ("专题调研", "基层治理创新")]


def test_counted_classes_of_actions_are_aggregates_not_actions():
    found = extract_supervision(npc(
        "一年来，听取和审议专项工作报告12项，开展执法检查和专题视察15次；依法任免国家机关工作人员40人。"))
    assert found == []


def test_actors_other_than_the_district_committee():
    text = "人大河西街道工委视察辖区背街小巷改造工程。\n市人大常委会专题调研我区代表联络站建设。"
    found = extract_supervision(npc(text))
    assert [(a.subject, a.actor) for a in found] == [
        ("辖区背街小巷改造工程", "street_working_committee"), ("我区代表联络站建设", "city_congress")]


def test_record_review_and_decisions():
    assert rows("开展规范性文件备案审查，审查《区城市绿化管理办法》等规范性文件。") == [
        ("备案审查", "规范性文件"), ("备案审查", "《区城市绿化管理办法》等规范性文件")]
    assert rows("开展《中华人民共和国安全生产法》执法检查。") == [
        ("执法检查", "《中华人民共和国安全生产法》")]
    assert rows("审议通过《关于加强国有资产管理情况监督的决定》。") == [
        ("决定", "《关于加强国有资产管理情况监督的决定》")]
    assert rows("常委会及时作出关于开展“七五”普法工作的决议。") == [("决定", "开展“七五”普法工作")]


def test_work_appraisal_of_chosen_departments():
    assert rows("选择区卫生健康局、区市场监管局为本届工作评议对象。") == [
        ("工作评议", "区卫生健康局"), ("工作评议", "区市场监管局")]
    assert rows("选择群众反映较多的区城管局、区市场监管局为工作评议对象。") == [
        ("工作评议", "区城管局"), ("工作评议", "区市场监管局")]


@pytest.mark.parametrize("text", [
    "常委会提出审议意见，评议满意率为98%。",          # opinions and ratings are no actions
    "被视察单位由区政府部门扩充到区法院。",            # passive: the units, not a visit
    "为加强对区审计局的监督，常委会认真行使监督职权。",  # an aim, not an action
    "专题调研助推发展。",                            # a run-in heading
    "常委会构筑定向视察活动平台。",                   # a platform for visits
    "常委会组成人员赴外地学习考察人大工作。",          # a study tour
    "开展代表集中视察，组织代表开展视察。",            # visits without a subject
    "代表在视察中提出的意见建议，由有关部门研究处理。",  # opinions made during visits
    "常委会领导带队深入基层调研，听取代表意见建议120余条。",  # opinions heard, a place
])
def test_no_action(text):
    assert extract_supervision(npc(text)) == []


def test_purpose_clause_does_not_add_a_row():
    found = rows("为加强对区审计局的监督，主任会议听取审计整改情况汇报。")
    assert found == [("听取汇报", "审计整改情况（主任会议）")]


def test_only_peoples_congress_reports():
    assert extract_supervision(npc("常委会视察城北商务区建设。", kind="government")) == []


def test_clauses_respect_quotes_and_titles():
    text = "开展“创品质，建示范”主题活动，审查《甲，乙办法》。"
    pieces = [text[c.start:c.end] for c in clauses(text)]
    assert pieces == ["开展“创品质，建示范”主题活动", "审查《甲，乙办法》"]


def test_list_items_keep_quoted_enumerations_whole():
    text = "“背街、小巷”工程、河道整治及截污纳管等工作"
    items = [text[s:e] for s, e in list_items(text, 0, len(text))]
    assert items == ["“背街、小巷”工程", "河道整治", "截污纳管"]


def test_vocabulary_is_the_schema_enum():
    assert set(supervision_forms()) == set(SUPERVISION_FORMS)
    assert all(t.subject in ("after", "self", "group", "passive") for t in supervision_triggers())
    schema = json.loads((ROOT / "schemas" / "supervision.json").read_text(encoding="utf-8"))
    form = next(f for f in schema["fields"] if f["name"] == "form")
    assert tuple(form["constraints"]["enum"]) == SUPERVISION_FORMS


def test_inspection_of_a_law_and_inquiry_on_the_same_report():
    assert rows("对《中华人民共和国大气污染防治法》贯彻实施情况开展执法检查，提出整改意见。") == [
        ("执法检查", "《中华人民共和国大气污染防治法》贯彻实施情况")]
    assert rows("听取区政府关于食品安全工作情况的报告并开展专题询问。") == [
        ("听取审议报告", "区政府关于食品安全工作情况的报告"),
        ("专题询问", "区政府关于食品安全工作情况的报告")]


def test_director_meeting_named_with_its_committee_and_approximate_counts():
    [a] = extract_supervision(npc("常委会主任会议听取区教育局关于学前教育发展情况的汇报。"))
    assert a.actor == "director_meeting"
    assert extract_supervision(npc("听取审议专项工作报告15项，开展视察调研20余次。")) == []


def test_a_meeting_named_before_its_subject_is_one_widened_action():
    doc = npc("分别召开政情通报会和专题通报会，通报上半年财政收支情况，组织代表提出意见。")
    [a] = extract_supervision(doc)
    assert (a.form, a.subject) == ("听取汇报", "上半年财政收支情况")
    assert doc.text[a.start:a.end].startswith("政情通报会") and a.quote.startswith("分别召开")


def counted(text: str, section: str = "（一）依法监督") -> list[tuple[str, str, int | None]]:
    paragraphs = [Paragraph(i, m.start(), m.end(), "body", section)
                  for i, m in enumerate(re.finditer(r"[^\n]+", text))]
    doc = DocumentText("doc", "npc", 2019, text, tuple(paragraphs))
    found = extract_supervision(doc)
    for a in found:
        assert 0 <= a.start < a.end <= len(text) and a.quote in text
        if a.count is not None:
            assert str(a.count) in text[a.start:a.end]
    return [(a.form, a.subject, a.count) for a in found]


def test_objects_counted_inside_an_inspection_are_no_new_action():
    text = "对《中华人民共和国消防法》贯彻实施情况开展执法检查，检查商场和娱乐场所48家，发现隐患19处。"
    assert counted(text) == [
        ("执法检查", "《中华人民共和国消防法》贯彻实施情况", None)]
    assert counted("组织代表视察全区水库安全度汛工作，实地察看水库12座，提出意见建议9条。") == [
        ("视察", "全区水库安全度汛工作", None)]


def test_counts_leave_the_subject_a_readable_noun_phrase():
    assert counted("常委会对3家部门开展了工作评议。") == [("工作评议", "部门", 3)]
    assert counted("对区教育局等4个部门开展工作评议。") == [("工作评议", "区教育局等部门", 4)]
    assert counted("常委会对区政府组成部门的5名负责人进行了履职评议。") == [
        ("工作评议", "区政府组成部门负责人履职", 5)]
    assert counted("专题视察12家单位的安全生产工作。") == [("视察", "12家单位的安全生产工作", None)]


@pytest.mark.parametrize("text", [
    "全年作出决议决定8项。", "全年共收到报送备案的规范性文件9件，审查9件，纠正1件。",
    "全年审查备案规范性文件14件。", "开展执法检查5次。", "任免国家机关工作人员188人次。",
])
def test_counted_decisions_reviews_and_inspections_are_aggregates(text):
    assert counted(text) == []


@pytest.mark.parametrize(("text", "section"), [
    ("计划听取和审议专项工作报告15项左右，开展执法检查2次。", "二、2021年工作任务"),
    ("常委会将听取和审议区政府关于垃圾分类工作情况的报告，开展《中华人民共和国消防法》执法检查。",
     "二、今年的主要任务"),
    ("今年，常委会将听取和审议区政府关于养老服务工作情况的报告。", "（一）依法监督"),
    ("常委会还将适时视察城东新区建设。", "（一）依法监督"),
])
def test_plans_for_the_year_ahead_are_no_actions_done(text, section):
    assert counted(text, section) == []


def test_a_run_of_laws_and_a_list_of_bodies_give_one_row_each():
    assert counted("对《中华人民共和国水法》《浙江省河道管理条例》贯彻实施情况开展执法检查。") == [
        ("执法检查", "《中华人民共和国水法》贯彻实施情况", None),
        ("执法检查", "《浙江省河道管理条例》贯彻实施情况", None)]
    assert counted("开展对区民政局、区人力资源和社会保障局的工作评议。") == [
        ("工作评议", "区民政局", None), ("工作评议", "区人力资源和社会保障局", None)]
    text = "区民政局、区法院和区检察院"
    assert [text[a:b] for a, b in list_items(text, 0, len(text))] == ["区民政局", "区法院", "区检察院"]


def test_reports_named_before_their_count_are_one_row_each_and_an_appraisal_of_reports_given():
    assert counted("听取和审议了区政府关于城市管理、交通治堵等3个专项工作报告。") == [
        ("听取审议报告", "区政府关于城市管理", None), ("听取审议报告", "交通治堵", None)]
    assert counted("对区交通运输局等3个部门的主要负责人进行了述职评议。") == [
        ("工作评议", "区交通运输局等部门的主要负责人述职", 3)]


def test_jiang_that_hands_something_over_is_no_plan():
    assert counted("常委会将审议意见交区政府研究处理，并对整改落实情况进行跟踪督查。") == [
        ("督查", "整改落实情况", None)]


GOLDEN = golden.load("supervision")


@pytest.mark.parametrize("case", GOLDEN, ids=[f"{c['rule']}-{i}" for i, c in enumerate(GOLDEN)])
def test_golden_case(case):
    found = [(a.form, a.subject, a.law, "" if a.count is None else str(a.count), a.rule)
             for a in extract_supervision(golden.case_doc(case))]
    assert found == golden.expected_rows(case)


def test_every_rule_has_a_golden_case_and_subject_rules_are_seen_in_theirs():
    assert {c["rule"] for c in GOLDEN} == set(RULE_NAMES)
    subject_rules = {r.name for r in SUBJECT_RULES}
    for case in GOLDEN:
        if case["rule"] in subject_rules:
            assert case["rule"] in {row[-1] for row in golden.expected_rows(case)}, case["sentence"]


def test_rule_column_enumerates_the_subject_rules():
    schema = json.loads((ROOT / "schemas" / "supervision.json").read_text(encoding="utf-8"))
    [field] = [f for f in schema["fields"] if f["name"] == "rule"]
    assert field["constraints"]["enum"] == [r.name for r in SUBJECT_RULES]


def test_an_inspection_the_committee_only_assisted_is_no_action_of_its_own():
    """配合市人大常委会执法检查组，对X进行了检查: the higher congress's inspection, no row; the
    committee's own action in the next sentence is one."""
    text = ("常委会还配合市人大常委会执法检查组，对《中华人民共和国消防法》在我区的贯彻实施情况进行了检查。"
            "常委会组织部分代表对城区消防站建设情况进行了视察。")
    assert [(a.form, a.actor) for a in extract_supervision(npc(text))] == [("视察", "standing_committee")]


def test_assisting_a_higher_congress_only_gives_its_team_s_inspection():
    text = "积极配合市人大常委会，听取和审议了县政府关于农村公路建设情况的报告。"
    assert [a.actor for a in extract_supervision(npc(text))] == ["standing_committee"]
    text = "在配合市人大常委会开展《水法》执法检查的同时，对全县河长制落实情况开展了专题调研。"
    assert [(a.form, a.actor) for a in extract_supervision(npc(text))] == [("专题调研", "standing_committee")]
