"""Motions on sentences written in the style of district CPPCC and People's Congress reports."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipelines.extract.motions import MOTION_BODIES, MOTION_TYPES, extract_motions
from pipelines.extract.motions.rules import MOTION_RULES, RULE_NAMES
from pipelines.extract.motions.text import vocabulary
from pipelines.model import DocumentText, Motion, Paragraph
from tests import golden

ROOT = Path(__file__).resolve().parents[1]


def doc(text: str, kind: str = "cppcc") -> DocumentText:
    paragraphs = [Paragraph(i, m.start(), m.end(), "body", "（三）参政议政")
                  for i, m in enumerate(re.finditer(r"[^\n]+", text))]
    return DocumentText("doc", kind, 2019, text, tuple(paragraphs))


def found(text: str, kind: str = "cppcc") -> list[tuple[str, str, str]]:
    return [(m.title, m.motion_type, m.outcome) for m in extract_motions(doc(text, kind))]


def check_grounding(d: DocumentText, motions: list[Motion]) -> None:
    for m in motions:
        assert 0 <= m.start < m.end <= len(d.text)
        assert m.quote in d.text and d.text[m.start:m.end] in m.quote
        assert m.motion_type in MOTION_TYPES and m.body in MOTION_BODIES


def test_titled_proposals_with_their_outcome():
    text = "委员提交的《关于加快老旧小区加装电梯的建议》《关于规范共享单车停放的建议》等提案得到较好解决。"
    d = doc(text)
    motions = extract_motions(d)
    assert [(m.title, m.motion_type, m.outcome) for m in motions] == [
        ("关于加快老旧小区加装电梯的建议", "提案", "得到较好解决"),
        ("关于规范共享单车停放的建议", "提案", "得到较好解决")]
    assert d.text[motions[0].start:motions[0].end] == "《关于加快老旧小区加装电梯的建议》"
    check_grounding(d, motions)


def test_plenary_speeches_named_by_topic_one_row_each():
    text = ("各民主党派和界别作大会发言，分别就加快数字经济发展、完善养老服务体系等议题提出意见建议，"
            "得到区委领导肯定。")
    assert found(text) == [
        ("就加快数字经济发展的大会发言", "大会发言", "得到区委领导肯定"),
        ("就完善养老服务体系的大会发言", "大会发言", "得到区委领导肯定")]


def test_titled_speeches_typed_by_the_word_after_them():
    text = "《关于推进城市有机更新的建议》和《关于加强社区医疗人才培养的建议》两篇大会发言引起广泛关注。"
    assert [t for t, kind, _ in found(text) if kind == "大会发言"] == [
        "关于推进城市有机更新的建议", "关于加强社区医疗人才培养的建议"]


def test_information_reports_typed_by_their_sentence():
    text = "全年报送社情民意信息150篇，其中《关于改善学校周边交通秩序的建议》得到市委书记批示。"
    assert found(text) == [("关于改善学校周边交通秩序的建议", "社情民意信息", "得到市委书记批示")]


def test_research_and_topic_reports():
    assert found("区政协开展调研，形成《关于老城区停车难问题的调研报告》，得到区委书记的批示。") == [
        ("关于老城区停车难问题的调研报告", "调研报告", "得到区委书记的批示")]
    assert found("邀请专家论证，形成《地铁时代城区发展对策研究》课题报告。") == [
        ("地铁时代城区发展对策研究", "课题报告", "")]
    [(title, kind, outcome)] = found(
        "为全面掌握全区经济运行情况，走访各个街道，形成调研报告供决策参考，得到区委领导肯定。")
    assert kind == "调研报告" and title.startswith("为全面掌握全区经济运行情况")
    assert outcome == "得到区委领导肯定"


def test_articles_and_books_of_the_cppcc():
    assert found("其中《以数字化推进提案工作》等文章在研讨会上交流。") == [
        ("以数字化推进提案工作", "理论文章", "")]
    assert found("编撰出版《钱塘老街故事》，广受好评。") == [("钱塘老街故事", "其他", "")]


def test_described_proposals_and_joint_projects():
    assert found("终于使延续多年的“建议修缮城隍庙古戏台”提案得以落实。") == [
        ("建议修缮城隍庙古戏台", "提案", "得以落实")]
    assert found("完成与市政协的协作课题——“百名企业家口述史”的采写工作。") == [
        ("百名企业家口述史", "其他", "")]


def test_suggestions_described_in_the_text():
    assert found("委员视察区养老服务中心，就护理人员培训提出建议。") == [
        ("视察区养老服务中心，就护理人员培训提出建议", "建议", "")]
    text = "常委会议就推进数字经济进行专题协商，提出优化营商环境、加大人才引进等工作建议，得到政府领导肯定。"
    assert found(text) == [
        ("优化营商环境、加大人才引进等工作建议", "建议", "得到政府领导肯定")]
    [(title, _, outcome)] = found(
        "为提升老街商业氛围，区政协经科委开展调研，提出相关工作建议，得到区领导肯定。")
    assert title == "为提升老街商业氛围，提出相关工作建议" and outcome == "得到区领导肯定"


def test_peoples_congress_motions_and_suggestions():
    d = doc("其中《关于加快发展养老服务业的议案》交由常委会专题审议。"
            "代表提出的关于增设公交站点、延长末班车等建议得到政府采纳。", "npc")
    motions = extract_motions(d)
    assert [(m.body, m.title, m.motion_type, m.outcome) for m in motions] == [
        ("npc", "关于加快发展养老服务业的议案", "议案", ""),
        ("npc", "关于增设公交站点、延长末班车等建议", "建议", "得到政府采纳")]
    check_grounding(d, motions)


@pytest.mark.parametrize("text", [
    "区委下发《关于加强政协协商工作的实施意见》，明确协商内容。",    # a Party document
    "有关工作成果在《联谊报》上刊登。",                            # a newspaper
    "制定出台《委员履职考核办法》，规范履职行为。",                  # the CPPCC's own rules
    "遵照已颁布实施的《政协提案工作规范》开展提案各项工作。",        # a rule, though 提案 follows
    "民主监督是通过提出意见、批评、建议的方式进行的政治监督。",      # a definition of the role
    "区政协四届一次会议经审查立案158件，办结率100%。",              # aggregate counts
    "委员们认真听取并讨论《政府工作报告》，提出意见建议86条。",      # a count of suggestions
    "深入学习《中国共产党统一战线工作条例》和《政协章程》。",        # texts studied
])
def test_not_motions(text):
    assert extract_motions(doc(text)) == []


def test_other_reports_give_only_titled_proposals_and_motions():
    assert extract_motions(doc("认真办理人大代表建议120件、政协提案150件。", "government")) == []
    assert found("编撰出版《钱塘老街故事》。", "npc") == []
    [m] = extract_motions(doc("《关于建设城市书房的提案》得到落实。", "government"))
    assert (m.body, m.motion_type) == ("cppcc", "提案")


def test_vocabulary_matches_the_schema():
    assert {t for _, t in vocabulary()["type"]} == set(MOTION_TYPES)
    schema = json.loads((ROOT / "schemas" / "cppcc_motions.json").read_text(encoding="utf-8"))
    enums = {f["name"]: f.get("constraints", {}).get("enum") for f in schema["fields"]}
    assert tuple(enums["motion_type"]) == MOTION_TYPES
    assert tuple(enums["body"]) == MOTION_BODIES


def test_suggestions_on_topics_and_after_a_visit():
    assert found("委员们围绕打造数字经济高地、推进共同富裕等议题积极建言献策。") == [
        ("围绕打造数字经济高地、推进共同富裕等议题积极建言献策", "建议", "")]
    assert found("区政协组织委员视察全区垃圾分类工作，提出了加强宣传引导、完善收运体系等意见建议。") == [
        ("加强宣传引导、完善收运体系等意见建议", "建议", "")]
    assert found("常委会围绕区委、区政府的中心工作，加大调查研究、建言献策力度。") == []


def test_a_suggestion_motion_is_a_suggestion():
    assert found("《关于建设城南湿地公园的建议案》报送区委，被采纳。") == [
        ("关于建设城南湿地公园的建议案", "建议", "被采纳")]


def test_an_outcome_of_some_of_the_works_is_given_to_none_of_the_named_ones():
    text = "形成《关于老字号保护的调研报告》《关于夜间经济的调研报告》等调研报告8篇，其中2篇获区领导批示。"
    assert found(text) == [("关于老字号保护的调研报告", "调研报告", ""),
                           ("关于夜间经济的调研报告", "调研报告", "")]
    assert found("其中《关于老字号保护的调研报告》获区领导批示。") == [
        ("关于老字号保护的调研报告", "调研报告", "获区领导批示")]


def test_outcomes_stated_as_done_or_as_what_the_work_moved():
    assert found("重点提案《关于改善老城区停车的提案》由区长领衔督办，已基本办结。") == [
        ("关于改善老城区停车的提案", "提案", "已基本办结")]
    assert found("《关于规范校外培训的提案》等一批提案推动了相关工作落实。") == [
        ("关于规范校外培训的提案", "提案", "推动了相关工作落实")]


def test_plans_for_the_year_ahead_name_no_motions():
    text = "计划形成《关于乡村旅游发展的调研报告》，要就养老服务体系建设提出建议。"
    paragraphs = (Paragraph(0, 0, len(text), "body", "三、2021年工作建议"),)
    assert extract_motions(DocumentText("doc", "cppcc", 2020, text, paragraphs)) == []
    assert found("《关于设立古桥保护基金的建议案》报送区委，区委主要领导作出批示。") == [
        ("关于设立古桥保护基金的建议案", "建议", "区委主要领导作出批示")]


GOLDEN = golden.load("motions")


@pytest.mark.parametrize("case", GOLDEN, ids=[f"{c['rule']}-{i}" for i, c in enumerate(GOLDEN)])
def test_golden_case(case):
    found = [(m.body, m.motion_type, m.title, m.outcome, m.rule)
             for m in extract_motions(golden.case_doc(case))]
    assert found == golden.expected_rows(case)


def test_every_rule_has_a_golden_case_and_finding_rules_are_seen_in_theirs():
    assert {c["rule"] for c in GOLDEN} == set(RULE_NAMES)
    finders = {r.name for r in MOTION_RULES}
    for case in GOLDEN:
        if case["rule"] in finders:
            assert case["rule"] in {row[-1] for row in golden.expected_rows(case)}, case["sentence"]


def test_rule_column_enumerates_the_motion_rules():
    schema = json.loads((ROOT / "schemas" / "cppcc_motions.json").read_text(encoding="utf-8"))
    [field] = [f for f in schema["fields"] if f["name"] == "rule"]
    assert field["constraints"]["enum"] == [r.name for r in MOTION_RULES]


def test_a_book_listed_in_the_year_ahead_part_is_a_plan_unless_told_done() -> None:
    lines = ["三、2022年工作建议", "- 围绕乡村振兴开展专题调研；", "- 编辑出版《桐溪文史资料》第九辑。",
             "- 已完成的《桐溪老街》一书年内出版发行。"]
    text = "\n".join(lines)
    paras, pos = [], 0
    for i, line in enumerate(lines):
        paras.append(Paragraph(i, pos, pos + len(line), "heading" if i == 0 else "body", lines[0]))
        pos += len(line) + 1
    doc = DocumentText("d", "cppcc", 2021, text, tuple(paras))
    assert [m.title for m in extract_motions(doc)] == ["桐溪老街"]


def test_remarks_at_a_consultation_after_plenary_speeches_are_no_speeches():
    """A sentence after the plenary's speeches that says 作了发言 gives the other speakers' topics,
    unless the remarks were made at another meeting (在会上)."""
    text = ("安排大会发言8篇。委员们围绕老旧小区改造、停车难等问题在会上作了发言。")
    paragraphs = (Paragraph(0, 0, len(text), "body", ""),)
    assert extract_motions(DocumentText("doc", "cppcc", 2020, text, paragraphs)) == []
    text = "安排大会发言8篇。其他委员分别就老旧小区改造、停车难等问题作了发言。"
    paragraphs = (Paragraph(0, 0, len(text), "body", ""),)
    assert [m.title for m in extract_motions(DocumentText("doc", "cppcc", 2020, text, paragraphs))] == [
        "就老旧小区改造的大会发言", "就停车难的大会发言"]


def test_both_sides_of_how_work_is_done_are_no_suggestion():
    text = ("专项民主监督坚持寓监督于协商之中，既指出问题，又提出建议，推动相关部门整改。"
            "委员们深入调研城区停车难问题，提出建议。")
    paragraphs = (Paragraph(0, 0, len(text), "body", ""),)
    found = extract_motions(DocumentText("doc", "cppcc", 2020, text, paragraphs))
    assert [m.title for m in found] == ["委员们深入调研城区停车难问题，提出建议"]
