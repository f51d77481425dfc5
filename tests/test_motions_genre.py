"""Forms of the genre the motion finders read (composed for other places and years): proposal tables
copied one cell per line with titles of any ending, counts of research reports, speeches named by
their titles, information pieces under 社情民意, and bare suggestions with no topic."""

from __future__ import annotations

import pytest

from pipelines.extract.motions import extract_motions
from pipelines.text.clean import clean_text
from tests.test_motions_forms import doc, found


def cleaned_rows(raw: str) -> list[tuple[str, str, str]]:
    text = clean_text(raw, "x.txt", errata=[]).text
    return [(m.title, m.motion_type, m.outcome) for m in extract_motions(doc(text))]


def test_flattened_table_rows_are_proposals_whatever_their_title_ends_with():
    raw = ("2019年度区政协重点提案督办情况表\n序号\n提案名称\n提案者\n承办单位\n办理情况\n"
           "1\n关于推进老旧小区加装电梯的提案\n民盟区委\n区住建局\n已列入计划，完成加装31台\n"
           "2\n关于规范校外培训机构管理的建议\n教育界\n区教育局\n已解决\n"
           "3\n扶持乡村民宿集群发展\n经济界\n区文旅局\n部分解决\n"
           "4\n加快城西菜市场改造提升\n李明远等3位委员\n区商务局\n已采纳\n"
           "会后，主席会议听取了办理情况汇报。\n")
    assert cleaned_rows(raw) == [
        ("关于推进老旧小区加装电梯的提案", "提案", "已列入计划，完成加装31台"),
        ("关于规范校外培训机构管理的建议", "提案", "已解决"),
        ("扶持乡村民宿集群发展", "提案", "部分解决"),
        ("加快城西菜市场改造提升", "提案", "已采纳")]


def test_row_numbers_stay_but_page_numbers_go():
    raw = "序号\n案由\n主办单位\n1\n完善农村垃圾分类\n县环卫处\n已办结\n2\n增设城区公厕\n县城管局\n已建成\n"
    text = clean_text(raw, "x.txt", errata=[]).text
    assert "\n\n1\n\n" in text and "\n\n2\n\n" in text
    # a page number a page of text apart still goes
    page = "全县粮食总产量稳定。\n" * 12
    text = clean_text(page + "3\n" + page + "4\n" + "完。\n", "x.txt", errata=[]).text
    assert "\n3\n" not in text and "\n4\n" not in text


def test_bare_cells_outside_a_table_of_motions_are_no_rows():
    # a table of visits (no 提案/案由 header): its subjects are no proposals
    text = ("序号\n视察项目\n责任单位\n1\n城区污水管网建设\n市住建局\n已完成\n2\n农村公路养护\n"
            "市交通局\n推进中")
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "常委会组织委员深入基层开展调研，形成调研报告9篇。",
    "各专委会围绕中心工作开展调研，形成12篇调研报告，报送市委参阅。",
    "全年形成一批调研报告，为党政决策提供参考。",
])
def test_a_count_of_research_reports_is_no_row(text):
    assert found(text) == []


def test_an_untitled_report_without_a_count_stays():
    [(title, kind, _)] = found("围绕山区水库移民安置开展调研，形成调研报告供县委决策参考。")
    assert kind == "调研报告" and title.startswith("围绕山区水库移民安置")


def test_a_titled_report_whose_long_suggestion_was_adopted_after_a_count():
    text = ("组织委员开展调研，形成调研报告5篇。《关于发展县域职业教育的调研报告》得到县委书记批示；"
            "《关于推进城乡环卫一体化的调研报告》提出的建立乡镇垃圾中转站运维机制的建议被县政府采纳。")
    assert found(text) == [
        ("关于发展县域职业教育的调研报告", "调研报告", "得到县委书记批示"),
        ("关于推进城乡环卫一体化的调研报告", "调研报告", "被县政府采纳")]


def test_speeches_named_by_their_titles():
    assert found("- 九三学社市委会“建设区域科创走廊”的发言得到市委书记批示；") == [
        ("建设区域科创走廊", "大会发言", "得到市委书记批示")]
    assert found("农工党县总支“守护乡村医生队伍”的大会发言被县政府采纳。") == [
        ("守护乡村医生队伍", "大会发言", "被县政府采纳")]
    assert found("- 关于加快临空经济区开发建设的大会发言，推动设立临空产业基金。") == [
        ("关于加快临空经济区开发建设", "大会发言", "推动设立临空产业基金")]


def test_talks_that_are_no_speech_rows():
    assert found("市委书记在全会上发表重要讲话。") == []
    assert found("全年安排大会发言14个、书面发言40篇。") == []


def test_information_pieces_under_public_opinion():
    section = "（三）反映社情民意，助力科学决策"
    text = ("全年编报信息180条，被全国政协、省政协采用36条。其中：《关于农村自建房安全隐患的反映》"
            "被全国政协采用；《电动自行车进楼充电亟须规范》得到副省长批示。")
    assert found(text, section=section) == [
        ("关于农村自建房安全隐患的反映", "社情民意信息", "被全国政协采用"),
        ("电动自行车进楼充电亟须规范", "社情民意信息", "得到副省长批示")]
    text = "委员反映的“城郊公交末班车过早”问题得到市长批示，公交公司延长运营时间。"
    assert found(text, section=section) == [("城郊公交末班车过早", "社情民意信息", "得到市长批示")]


def test_the_bulletin_is_no_information_piece():
    section = "三、反映社情民意"
    assert found("全年编报《社情民意》28期。", section=section) == []
    text = "其中《关于山区学校食堂改造的建议》被省政协《社情民意》刊用。"
    assert found(text, section=section) == [
        ("关于山区学校食堂改造的建议", "社情民意信息", "被省政协《社情民意》刊用")]


def test_titles_outside_public_opinion_need_their_own_type():
    # a title without a type word and outside a 社情民意 section gives no row
    assert found("《老城区停车难问题亟待破解》得到区长批示。") == []
    # a prize is no outcome of a piece
    assert found("《政协委员履职手册》被评为优秀读物。", section="三、反映社情民意") == []
    # a problem reported outside 社情民意, or with no outcome, is no row
    assert found("委员反映的“学校周边停车难”问题得到解决。") == []
    assert found("委员反映的“学校周边停车难”问题较为突出。", section="三、反映社情民意") == []


def test_suggestions_made_with_no_topic_are_no_row():
    assert found("围绕“山海协作”开展月度协商座谈，委员们提出的意见建议被市委吸收。") == []
    assert found("组织委员视察城乡供水，提出的建议得到县政府重视。") == []
    # a suggestion with a topic stays
    [(title, kind, _)] = found("委员们就完善城乡供水管网提出建议。")
    assert kind == "建议" and "城乡供水管网" in title


def test_unquoted_suggestions_listed_or_handled_are_members_motions():
    titles = [t for t, _, _ in found(
        "委员们提出的关于建立农机合作社扶持机制的建议、关于设立返乡创业贷款贴息资金的建议被县政府采纳。")]
    assert titles == ["关于建立农机合作社扶持机制的建议", "关于设立返乡创业贷款贴息资金的建议"]
    assert [t for t, _, _ in found("一般提案落实较好；关于规范校外培训机构收费的建议经县教育局办理，"
                                   "全县开展专项整治。")] == ["关于规范校外培训机构收费的建议"]
    # a document of another organ, or a suggestion nobody made or handled, stays out
    assert found("全县认真贯彻中共中央关于制定国民经济和社会发展第十四个五年规划的建议。") == []


def test_notes_headed_in_brackets_are_notes() -> None:
    from pipelines.text.glossary import is_notes_header

    assert is_notes_header("【名词解释】") and is_notes_header("〔注释〕")
    assert not is_notes_header("【打印本页】")


def test_speeches_books_and_reports_named_in_other_ways():
    # titles in a sentence about the plenary speeches are speeches
    assert found("在三届二次会议上，委员们作了大会发言，其中《发展林下经济》《建设全域旅游示范县》"
                 "受到县委肯定。") == [("发展林下经济", "大会发言", "受到县委肯定"),
                                      ("建设全域旅游示范县", "大会发言", "受到县委肯定")]
    # books compiled, or whose editing was finished
    assert found("征集整理了《某县抗战老兵口述录》。") == [("某县抗战老兵口述录", "其他", "")]
    assert found("完成了《某县文史资料（第十五辑）》的编辑工作。") == [
        ("某县文史资料（第十五辑）", "其他", "")]
    # a research report titled without 《》 after the verb that made it
    assert found("社会法制委员会形成了关于加强农村留守儿童关爱服务的调研报告，报送县委。") == [
        ("关于加强农村留守儿童关爱服务的调研报告", "调研报告", "")]


def test_more_ways_of_naming_a_motion():
    # a report made (形成的关于…的调研报告), a titled oversight report, a proposal handled right after
    assert found("文史委员会形成的关于保护传统村落的调研报告，为县政府提供了参考。") == [
        ("关于保护传统村落的调研报告", "调研报告", "")]
    report = found("形成了《关于全县营商环境建设的民主监督报告》。")
    assert report[0][:2] == ("关于全县营商环境建设的民主监督报告", "调研报告")
    titles = [t for t, _, _ in found("委员提出的《关于加强古树名木保护的建议》，经承办单位认真办理，"
                                     "得到落实。")]
    assert titles == ["关于加强古树名木保护的建议"]
    # a short topic with a quoted term, and a book whose compiling began
    assert [t for t, _, _ in found("关于推广“一站式”服务的提案，经县政务办办理，已取得成效。")] == [
        "关于推广“一站式”服务的提案"]
    assert found("启动了《某县老街口述史》的采编工作。") == [("某县老街口述史", "其他", "")]
    # suggestions hoped for, or planned, are none
    assert found("努力为县委、县政府提出更多有价值的意见建议。") == []
    assert found("今后要进一步完善知情明政机制，把提出建议的过程变成凝聚共识的过程。") == []


def test_titles_by_their_authors_after_the_speeches_and_the_points_of_a_motion():
    """致公党某支部的《A》和农工党某市委的《B》 after a sentence on the speeches are speeches; the
    points a titled 建议案 made (其中提出的A、B等意见) are no suggestion of their own."""
    got = found("全会期间，18个单位和委员作大会发言。致公党榆州市支部的《发挥侨乡优势 扩大对外开放》"
                "和农工党榆州市委的《关于完善基层医疗服务网络的思考》，被市委主要领导批示。")
    assert [(t, k) for t, k, _ in got] == [("发挥侨乡优势 扩大对外开放", "大会发言"),
                                           ("关于完善基层医疗服务网络的思考", "大会发言")]
    got = found("常委会议审议通过了《关于加快县城建设的建议案》，报送县委、县政府，其中提出的撤村并组、"
                "建设城南新区等意见被吸收进县“十一五”规划纲要。")
    assert [(t, k) for t, k, _ in got] == [("关于加快县城建设的建议案", "建议")]


def test_a_member_named_before_a_proposal_and_a_report_s_own_suggestions():
    got = found("县政协委员、县二中教师林子墨针对城区菜市场“脏乱差”问题提出提案，县政府新建了城北菜市场。")
    assert [(k, t) for t, k, _ in got] == [("提案", "城区菜市场“脏乱差”问题")]
    got = found("组织委员视察全县小水电开发情况，形成《关于我县小水电开发情况的视察报告》，"
                "提出的理顺小水电管理体制等建议被县政府采纳。")
    assert [(k, t) for t, k, _ in got] == [("调研报告", "关于我县小水电开发情况的视察报告")]


def test_sector_speeches_party_branch_proposals_and_named_volumes():
    """A sector's speech on a topic (教育界委员就X作了大会发言, 工商联和经济界委员…作了联合大会发言); a
    party branch by its place proposing on a matter (农工党某市委就X提出的集体提案); a member's piece
    on a problem given an instruction (委员反映的X问题获省领导批示, under 社情民意); a volume named
    (第九辑…定名为《X》) and a documentary filmed (拍摄的纪录片《X》) are works of their own."""
    got = found("教育界委员就稳定山区教师队伍作了大会发言。工商联和经济界委员就发展民营经济作了联合大会发言。"
                "农工党榆州市委就城区医疗资源分布不均衡提出的集体提案，促成市政府新建一所医院。")
    assert [(k, t) for t, k, _ in got] == [("大会发言", "就稳定山区教师队伍的大会发言"),
                                           ("大会发言", "就发展民营经济的大会发言"),
                                           ("提案", "城区医疗资源分布不均衡")]
    got = found("第九辑为工商史料专辑，定名为《榆州工商史话》，已于年底付印。"
                "与区电视台合作拍摄的纪录片《榆州记忆》在本地播出。", section="（五）文史资料工作")
    assert [(k, t) for t, k, _ in got] == [("其他", "榆州工商史话"), ("其他", "榆州记忆")]


def test_suggestions_made_key_ones_by_their_bare_titles():
    got = found("主任会议将关于加快老城区雨污分流改造的建议和关于增设渔港避风锚地的建议确定为重点督办建议，"
                "由常委会领导领衔督办。", kind="npc")
    assert [(k, t) for t, k, _ in got] == [("建议", "关于加快老城区雨污分流改造的建议"),
                                           ("建议", "关于增设渔港避风锚地的建议")]


def test_key_suggestions_listed_with_ordinals_and_a_member_speaking_on_a_topic():
    """Bare titles in a run-in list of key suggestions (领衔督办：一是关于A的建议，…；二是关于B的建议) are
    suggestions; a member opening a clause (；委员就X作了大会发言) made a speech on X."""
    got = found("主任会议确定两件建议为重点督办建议，由主任领衔督办：一是关于治理河湾镇内涝的建议，"
                "排涝泵站已建成；二是关于延长城乡公交末班时间的建议，已调整线路3条。", kind="npc")
    assert [(k, t) for t, k, _ in got] == [("建议", "关于治理河湾镇内涝的建议"),
                                           ("建议", "关于延长城乡公交末班时间的建议")]
    got = found("民盟支部作了题为“守护乡村记忆”的大会发言；委员就发展林下经济作了大会发言，引起县委重视。")
    assert [(k, t) for t, k, _ in got] == [("大会发言", "守护乡村记忆"),
                                           ("大会发言", "就发展林下经济的大会发言")]


def test_a_speech_given_under_a_quoted_title():
    got = found("委员周某以“让老街更有烟火气”为题作了大会发言，得到区委主要领导批示。")
    assert [(k, t) for t, k, _ in got] == [("大会发言", "让老街更有烟火气")]
