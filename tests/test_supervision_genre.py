"""Supervision rules of the genre met in whole standing committee reports: words used as nouns,
triggers inside a report's title, the team of an inspection, meetings on the congress's own work,
how a 约见 or 座谈 is named, a review told by what it found, lists of decisions.

Every sentence is composed (invented counties and cities, 2009-2022)."""

from __future__ import annotations

import pytest

from pipelines.extract.supervision import extract_supervision
from tests.test_supervision import check_grounding, npc


def rows(text: str) -> list[tuple[str, str]]:
    doc = npc(text)
    found = extract_supervision(doc)
    check_grounding(doc, found)
    return [(a.form, a.subject) for a in found]


@pytest.mark.parametrize("text", [
    "全年召开常委会会议7次，作出决议、决定8项。",
    "一年来，常委会共作出决定和决议5项。",
    "常委会坚持议题选得准、审议有深度、督办有力度，监督实效不断增强。",
    "评议期间，评议组走访群众和服务对象900余人次，召开座谈会12次。",
    "询问情况在市电视台和政府网站全程直播。",
    "视察结果及时向社会公布。",
])
def test_counted_decisions_and_trigger_words_used_as_nouns_give_no_row(text):
    assert rows(text) == []


def test_verbs_that_only_look_like_nouns_still_act():
    assert rows("常委会组织代表视察在建的城东污水处理厂二期工程，提出建议。") == [
        ("视察", "在建的城东污水处理厂二期工程")]
    assert rows("常委会组织执法检查组检查有无违规占用耕地情况，督促整改。") == [
        ("执法检查", "有无违规占用耕地情况")]


def test_rating_a_report_is_an_appraisal_of_it_and_its_rate_no_subject():
    found = rows("听取和审议县人民政府关于城乡居民医疗保险工作情况的报告，并对报告进行满意度测评，"
                 "测评满意率为92.3%。")
    assert found == [("听取审议报告", "县人民政府关于城乡居民医疗保险工作情况的报告"),
                     ("工作评议", "县人民政府关于城乡居民医疗保险工作情况的报告")]


def test_a_trigger_inside_the_title_of_a_report_heard_is_part_of_the_title():
    assert rows("常委会听取和审议县政府关于2013年安全生产专题询问所提问题整改情况的报告。") == [
        ("听取审议报告", "县政府关于2013年安全生产专题询问所提问题整改情况的报告")]
    assert rows("听取和审议市政府关于市人大常委会执法检查意见落实情况的报告，并进行满意度测评。") == [
        ("听取审议报告", "市政府关于市人大常委会执法检查意见落实情况的报告"),
        ("工作评议", "市政府关于市人大常委会执法检查意见落实情况的报告")]


def test_an_inquiry_after_a_report_still_counts_when_the_title_is_closed():
    assert rows("听取和审议区政府关于菜市场改造工作情况的报告，并开展专题询问。") == [
        ("听取审议报告", "区政府关于菜市场改造工作情况的报告"),
        ("专题询问", "区政府关于菜市场改造工作情况的报告")]


def test_the_team_of_an_inspection_and_its_report_are_no_new_actions():
    text = ("开展《中华人民共和国水污染防治法》贯彻实施情况执法检查。检查组深入全市9个工业园区，"
            "查阅台账、听取意见，重点检查了污水处理设施运行和排污许可执行情况，"
            "检查报告经常委会会议审议后交市人民政府研究处理。")
    assert rows(text) == [("执法检查", "《中华人民共和国水污染防治法》贯彻实施情况")]


def test_a_team_opening_the_first_action_of_a_report_still_acts():
    assert rows("调研组深入全县12个乡镇开展农村饮水安全专题调研，形成调研报告。") == [
        ("专题调研", "农村饮水安全")]


def test_a_meeting_on_the_congress_own_work_is_no_oversight():
    assert rows("常委会还召开乡镇人大主席团工作座谈会，交流闭会期间代表活动的做法。") == []
    assert rows("常委会召开全县中小企业融资情况座谈会，听取企业代表的意见。") == [
        ("座谈", "全县中小企业融资情况")]


def test_a_visit_to_talk_is_named_by_the_topic_with_how_it_was_held():
    assert rows("围绕优化营商环境，常委会领导带队深入园区和企业走访座谈，收集企业诉求35条。") == [
        ("座谈", "优化营商环境（深入园区和企业走访座谈）")]
    assert rows("关心城乡养老服务，多次深入乡镇、社区走访座谈，了解老人需求。") == [
        ("座谈", "城乡养老服务（深入乡镇、社区走访座谈）")]


def test_officials_summoned_are_one_meeting_on_the_problem():
    assert rows("针对群众反映强烈的货车夜间超载扰民问题，组织部分代表约见县交通运输局、县公安交警大队负责人，"
                "督促建立联合执法机制。") == [
        ("约见", "货车夜间超载扰民问题（组织部分代表约见县交通运输局、县公安交警大队负责人）")]
    assert rows("常委会组织代表约见县水利局、县农业农村局负责人，督促加快灌区改造进度。") == [
        ("约见", "县水利局、县农业农村局负责人")]


def test_a_review_is_named_by_the_document_its_finding_names():
    text = ("全年共收到县政府及其部门报送备案的规范性文件7件。经审查，发现《澄江县农村集体资产管理办法》"
            "中有3处条款与上位法不一致，已督促制定机关修改。")
    found = extract_supervision(npc(text))
    assert [(a.form, a.subject, a.law) for a in found] == [
        ("备案审查", "《澄江县农村集体资产管理办法》", "《澄江县农村集体资产管理办法》")]
    assert rows("经审查，报备的规范性文件均未发现与上位法相抵触的情形。") == []


def test_a_list_of_decisions_gives_one_row_each():
    assert rows("常委会作出关于加强农村人居环境整治的决定、关于推进全域旅游发展的决议和"
                "关于开展“八五”普法的决议。") == [
        ("决定", "加强农村人居环境整治"), ("决定", "推进全域旅游发展"), ("决定", "开展“八五”普法")]


def test_one_resolution_on_two_matters_is_one_row_and_a_resignation_accepted_is_personnel():
    assert rows("常委会作出关于加快建设生态宜居县城、全面推进依法治县的决议。") == [
        ("决定", "加快建设生态宜居县城、全面推进依法治县")]
    assert rows("会议作出关于接受刘某某辞去县人民政府副县长职务的决定，"
                "作出关于撤销赵某某县人大代表资格的决定。") == [
        ("任免", "接受刘某某辞去县人民政府副县长职务"), ("任免", "撤销赵某某县人大代表资格")]


def test_a_decision_on_managing_resigned_cadres_is_no_personnel_act():
    assert rows("作出关于加强和改进辞职干部管理的决定。") == [("决定", "加强和改进辞职干部管理")]
    assert rows("作出关于任命张某某为县人民政府副县长的决定。") == [("任免", "任命张某某为县人民政府副县长")]


def test_officials_reporting_to_the_committee_are_appraised_one_row_each():
    assert rows("常委会组织县交通运输局局长、县卫生健康局局长向常委会述职，并进行满意度测评。") == [
        ("工作评议", "县交通运输局局长"), ("工作评议", "县卫生健康局局长")]
    # deputies reporting to their voters are no appraisal by the committee
    assert all(f != "工作评议" for f, _ in rows("组织县人大代表向原选区选民述职。"))


def test_officials_reporting_on_their_duties_and_key_suggestions_followed_up():
    assert rows("组织县住建局局长、县医保局局长向常委会报告履职情况，并进行满意度测评。") == [
        ("工作评议", "县住建局局长"), ("工作评议", "县医保局局长")]
    text = "常委会将《关于完善城区公交线网的建议》《关于加快农村污水治理的建议》等6件建议确定为重点督办建议。"
    assert rows(text) \
        == [("督查", "《关于完善城区公交线网的建议》"), ("督查", "《关于加快农村污水治理的建议》")]


def test_documents_named_in_a_review_are_rows_and_documents_counted_by_who_filed_them_are_not():
    text = ("全年审查县人民政府、县监察委员会和县人民法院报送备"
            "案的规范性文件23件，对《县城区违法建设治理办法》"
            "《县农村宅基地管理暂行规定》中与上位法不一致的条款提出了纠正意见。")
    assert rows(text) \
        == [("备案审查", "《县城区违法建设治理办法》"), ("备案审查", "《县农村宅基地管理暂行规定》")]
    # one action told by two rules of one sentence is one row
    assert rows("经审查，对《县物业管理实施办法》中3处条款提出修改意见。") \
        == [("备案审查", "《县物业管理实施办法》")]


def test_trigger_words_inside_a_title_a_means_or_an_adjective_give_no_row():
    assert rows("修订常委会议事规则，出台《县人大常委会审议意见交办督办办法》。") == []
    assert rows("坚持党管干部原则与人大依法任免相统一。") == []
    assert [f for f, _ in rows("对2021年审议的农村饮水安全工作开展跟踪监督。")] == ["督查"]
    assert rows("评议组通过走访座谈、发放问卷等方式收集意见建议52条。") == []


def test_following_up_suggestions_after_hearing_their_report_is_no_new_action():
    text = ("常委会听取和审议县政府关于县十五届人大二次会议代表建议办理情况的报告，"
            "对其中9件尚未办结的建议实行跟踪督办。")
    assert rows(text) == [("听取审议报告", "县政府关于县十五届人大二次会议代表建议办理情况的报告")]


def test_a_final_account_examined_and_approved_keeps_its_subject():
    assert rows("三是对县政府2019年度财政决算进行审查并作出批准决议。") == [
        ("批准", "县政府2019年度财政决算")]


def test_markdown_bold_leads_do_not_hide_the_topic():
    text = "**约见督办难点问题。** 针对城区停车难问题，组织部分代表约见市住建局、市交警支队负责人，督促整改。"
    assert rows(text) == [("约见", "城区停车难问题（组织部分代表约见市住建局、市交警支队负责人）")]


def test_a_numbered_item_or_yishi_marker_does_not_hide_the_topic():
    assert rows("2．针对群众关注的城区学校大班额问题，组织部分代表约见市教育局负责人，推动新建学校。") == [
        ("约见", "城区学校大班额问题（组织部分代表约见市教育局负责人）")]
    assert rows("三是围绕稳就业，组织常委会组成人员深入产业园区、商贸企业走访座谈，推动政策落地。") == [
        ("座谈", "稳就业（深入产业园区、商贸企业走访座谈）")]


def test_a_word_that_only_contains_dao_is_no_place_visited():
    text = "听取和审议区政府关于代表建议办理情况的报告，对其中8件办理不到位的建议实行重点督办。"
    assert rows(text) == [("听取审议报告", "区政府关于代表建议办理情况的报告")]


def test_a_team_named_inside_the_sentence_of_its_action_adds_no_visit():
    text = ("二是开展《中华人民共和国土壤污染防治法》执法检查，检查组实地察看了9个污染地块，"
            "检查情况向市人民政府作了反馈。")
    assert rows(text) == [("执法检查", "《中华人民共和国土壤污染防治法》")]


def test_an_inquiry_broadcast_is_no_second_inquiry():
    report = "市政府关于托育服务工作情况的报告"
    assert rows(f"听取和审议{report}，并开展专题询问，询问过程在市电视台直播。") == [
        ("听取审议报告", report), ("专题询问", report)]


@pytest.mark.parametrize("text, title", [
    ("经审查，县政府报送备案的《溪口县城区摊点管理暂行办法》部分条款与上位法不一致，已督促修改。",
     "《溪口县城区摊点管理暂行办法》"),
    ("全年审查规范性文件11件，在审查中发现《河湾市城市绿化管理实施办法》有关条款与上位法相抵触。",
     "《河湾市城市绿化管理实施办法》"),
])
def test_a_review_is_named_by_the_faulty_document_with_or_without_faxian(text, title):
    assert rows(text) == [("备案审查", title)]


def test_a_rating_of_the_work_just_heard_rates_that_report():
    text = "常委会听取和审议市政府关于代表建议办理情况的报告，并对办理工作进行满意度测评。"
    assert rows(text) == [("听取审议报告", "市政府关于代表建议办理情况的报告"),
                          ("工作评议", "市政府关于代表建议办理情况的报告")]
    text = "常委会听取和审议县政府关于河长制工作情况的报告，并对供水工作开展评议。"
    assert rows(text) == [("听取审议报告", "县政府关于河长制工作情况的报告"), ("工作评议", "供水工作")]


def test_decisions_adopted_by_vote_and_an_approval_made_by_resolution():
    assert rows("常委会审议通过了关于加快滨海旅游发展的决议、关于设立白沙县志愿服务日的决定。") == [
        ("决定", "加快滨海旅游发展"), ("决定", "设立白沙县志愿服务日")]
    assert rows("常委会作出了关于批准县人民政府2016年县级预算调整方案的决议。") == [
        ("批准", "县人民政府2016年县级预算调整方案")]


def test_the_places_of_a_visit_may_hold_he_and_a_list_of_sites_is_one_row_each():
    # 和 between two sites splits them (blind labellers of qgen_blind4 and qgen_blind33 wrote one row
    # each); 和 elsewhere splits nothing (城区供水和排水设施 is one thing); a list with 、 is split
    assert rows("组织常委会组成人员赴高新产业园和江北物流园视察，形成视察报告送市人民政府研究。") == [
        ("视察", "高新产业园"), ("视察", "江北物流园")]
    assert rows("组织代表视察了城区供水和排水设施。") == [("视察", "城区供水和排水设施")]
    assert rows("组织代表赴城东水厂、滨江污水处理厂和北郊垃圾焚烧厂视察，提出改进建议。") == [
        ("视察", "城东水厂"), ("视察", "滨江污水处理厂"), ("视察", "北郊垃圾焚烧厂")]


def test_a_study_named_by_its_team_is_still_an_action():
    text = ("听取和审议市人民法院关于执行工作情况的报告。调研组深入5个镇街开展城乡医保整合专题调研，"
            "调研报告提交市人民政府参考。")
    assert rows(text) == [("听取审议报告", "市人民法院关于执行工作情况的报告"), ("专题调研", "城乡医保整合")]


def test_following_up_deputies_suggestions_is_no_check_and_presidents_meetings_are_own_work():
    assert rows("对代表提出的重点建议进行跟踪督办，代表建议办复率100%。") == []
    assert rows("召开乡镇人大主席座谈会3次，加强对乡镇人大工作的指导。") == []


def test_a_topic_opened_by_hai_and_questions_raised_in_an_inquiry():
    assert rows("常委会还关注农村留守儿童问题，派出调研组到4个乡镇进行专题调研，形成了调研报告。") == [
        ("专题调研", "农村留守儿童问题（4个乡镇）")]
    text = "会后，常委会将询问中提出的问题梳理成清单交市人民政府办理。"
    assert rows(text) == []


def test_documents_counted_after_their_filing_and_a_deputies_meeting_give_no_row():
    assert rows("审查县人民政府报送备案的规范性文件9件，未发现与上位法相抵触的情形。") == []
    assert rows("召开部分市人大代表座谈会，听取代表对常委会工作的意见和建议。") == []


def test_appraising_deputies_is_own_work_and_a_class_named_by_its_members_gives_the_members():
    assert rows("常委会推行“代表之家”建设，开展代表履职评议。") == []
    assert rows("2.对市级部门开展述职评议，评议市教育局、市卫健委2个部门。") == [
        ("工作评议", "市教育局"), ("工作评议", "市卫健委")]
    assert rows("组织部分代表对县政府组成部门开展工作评议。") == [("工作评议", "县政府组成部门")]


def test_officials_of_listed_bodies_each_get_the_shared_head():
    found = rows("对县民政局、县医保局的负责人进行了述职评议，测评结果均为满意。")
    assert found == [("工作评议", "县民政局负责人述职"), ("工作评议", "县医保局负责人述职")]


def test_laws_inspected_counted_and_suggestions_handed_over_give_no_row():
    assert rows("全年检查法律法规实施情况6件次，开展专题询问3次。") == []
    assert rows("常委会对代表提出的96件建议进行交办督办，办结率100%。") == []


def test_a_briefing_to_the_directors_meeting_says_so_and_parallel_topics_are_one_row_each():
    assert rows("常委会主任会议先后听取了市政府关于春耕生产工作、森林防火工作的情况汇报。") == [
        ("听取汇报", "市政府关于春耕生产工作（主任会议）"), ("听取汇报", "森林防火工作（主任会议）")]


def test_a_local_part_of_an_inspection_and_counted_places_looked_at_are_no_new_rows():
    text = "配合省人大常委会开展的《中华人民共和国种子法》实施情况的检查，对我县贯彻实施情况进行了检查。"
    assert rows(text) == [("执法检查", "《中华人民共和国种子法》实施情况")]
    text = "三是围绕农村改厕，组织代表开展集中视察，察看了6个乡镇的改厕现场。"
    assert rows(text) == [("视察", "农村改厕")]
    text = "一是对县政府易地扶贫搬迁工作开展专项监督，先后深入9个安置点察看配套设施建设情况。"
    assert rows(text) == [("督查", "县政府易地扶贫搬迁工作")]


def test_an_organised_report_to_voters_is_named_before_its_verb():
    found = rows("组织市人大代表向原选区选民述职，接受选民评议。")
    assert found == [("其他", "组织市人大代表向原选区选民述职")]


def test_a_document_asked_to_amend_is_one_row_apart_from_the_documents_counted():
    text = "在备案审查方面，常委会审查市政府报送的规范性文件7件，对《枫林市犬只管理办法》提出修改意见。"
    doc = npc(text)
    found = extract_supervision(doc)
    assert [(a.form, a.subject) for a in found] == [("备案审查", "《枫林市犬只管理办法》")]
    assert "7件" not in text[found[0].start:found[0].end]


def test_a_team_is_part_of_the_action_just_told_only():
    # after a hearing, an inspection told only by its team is an inspection
    found = rows("常委会听取和审议了市政府关于就业工作情况的报告。市人大常委会执法检查组深入各区县，"
                 "对《中华人民共和国劳动合同法》贯彻实施情况进行了检查。")
    assert ("执法检查", "《中华人民共和国劳动合同法》贯彻实施情况") in found
    # after a 专题调研, a 视察组 is a new action
    assert ("视察", "城北垃圾焚烧发电厂扩建工程") in rows(
        "常委会围绕养老服务开展专题调研。视察组实地察看了城北垃圾焚烧发电厂扩建工程。")
    # the team of the inspection just told looks at parts of it: no new row
    assert rows("常委会对《中华人民共和国食品安全法》实施情况开展执法检查。检查组深入全县12家企业，"
                "重点检查了食品生产许可情况。") == [("执法检查", "《中华人民共和国食品安全法》实施情况")]


def test_words_beginning_with_you_are_subjects_not_predicates():
    assert rows("常委会组织人大代表视察有机茶叶基地建设情况。") == [("视察", "有机茶叶基地建设情况")]


def test_a_meeting_with_officials_is_named_by_the_problem_before_its_verb():
    assert rows("常委会就城区农贸市场周边交通拥堵问题约见市公安局交警支队、市市场监管局负责人。") == [
        ("约见", "城区农贸市场周边交通拥堵问题（约见市公安局交警支队、市市场监管局负责人）")]


def test_a_meeting_of_deputies_on_the_work_of_a_body_is_a_meeting_on_that_work():
    assert rows("常委会召开部分市人大代表座谈会，征求对市中级人民法院执行工作的意见。") == [
        ("座谈", "市中级人民法院执行工作")]
    assert rows("召开乡镇人大主席团工作座谈会，交流履职经验。") == []


@pytest.mark.parametrize("text", [
    # the action's time, manner or institution, not the action
    "专题询问结束后，常委会将询问中提出的问题整理成审议意见书，交县人民政府研究处理。",
    "常委会改进工作评议方式，扩大代表参与面。",
    "常委会认真履行备案审查职责，坚持有件必备、有备必审。",
    "常委会建立了规范性文件备案审查衔接联动机制，推动备案审查工作更加规范高效。",
    "健全审议意见交办、督办和反馈制度。",
    "常委会加强对任命人员的监督，建立了任命人员履职档案。",
    # the committee's powers named, officials taking questions, the committee informing deputies
    "常委会党组把党的领导贯穿于立法、监督、决定、任免和代表工作的全过程。",
    "分管副市长和住建、国土等部门负责人到会接受询问。",
    "常委会及时向代表通报常委会的重要工作，为代表履职提供服务保障。",
    "常委会要求县人民政府严格执行经批准的预算，加强转移支付资金管理。",
])
def test_fragments_and_nouns_of_an_action_give_no_row(text):
    assert rows(text) == []


def test_what_an_action_focused_on_is_no_action_of_its_own():
    assert rows("常委会组成执法检查组，对《中华人民共和国农村土地承包法》贯彻实施情况进行了执法检查，"
                "重点检查了土地经营权流转和承包纠纷调处等情况。") == [
        ("执法检查", "《中华人民共和国农村土地承包法》贯彻实施情况")]
    assert rows("组织代表对易地扶贫搬迁安置点后续扶持工作进行了视察，实地察看就业服务中心和扶贫车间。") == [
        ("视察", "易地扶贫搬迁安置点后续扶持工作")]


def test_an_inquiry_during_which_a_document_was_found_wanting_still_counts():
    found = rows("在备案审查中，发现《某县城乡居民最低生活保障实施办法》有2条规定与上位法不一致，"
                 "已督促制定机关修改。")
    assert found and found[0][0] == "备案审查"


def test_a_decision_on_an_institution_is_a_decision():
    assert rows("常委会作出了关于实行县级人大代表联系选民制度的决定。") == [
        ("决定", "实行县级人大代表联系选民制度")]


def test_a_plan_told_after_将在_is_no_action():
    assert rows("县人大常委会将在县委的坚强领导下，突出抓好以下工作：一是围绕乡村振兴开展监督；"
                "二是围绕生态文明建设开展执法检查。") == []


def test_a_working_body_of_the_committee_acts_on_the_topic_it_names():
    found = rows("常委会农业农村工作委员会围绕高标准农田建设等工作，组织委员深入乡镇和村组进行调研。")
    assert found and found[0][0] == "专题调研" and "高标准农田建设" in found[0][1]


@pytest.mark.parametrize("text", [
    # methods, means and institutions of oversight, not a matter overseen
    "常委会注重把专题视察与暗访抽查相结合，不断增强监督实效。",
    "五年来，常委会坚持把听取审议专项工作报告与开展专题询问结合起来。",
    "出台了代表约见国家机关负责人工作实施细则。",
    "常委会坚持做到审议不代替、检查不包办。",
    "健全听取和审议专项工作报告的工作流程，明确报告须提前送达。",
    "邀请省人大常委会法工委负责同志作了关于规范性文件备案审查工作的专题讲座。",
    "被测评单位须在三个月内整改并重新报告。",
    "对政府工作中的困难，常委会既敢于督办，又善于帮助协调解决。",
    # other bodies act: an audit office, the Party's standing committee, the CPPCC, discipline bodies
    "州审计局对2020年度州本级预算执行情况进行了审计，审查发现问题资金8600万元。",
    "市委常委会专题听取了市人大常委会党组的工作汇报。",
    "县政协组织部分委员视察了城区供水管网改造工程。",
    "区纪委监委对部分单位落实中央八项规定精神情况开展了专项督查。",
    # the committee's own work, law-making, self-criticism, thanks, plans
    "机关党组召开专题民主生活会，深刻检查在联系群众方面存在的不足。",
    "常委会党组定期听取机关党建工作汇报。",
    "法制工作委员会深入乡镇开展立法调研，征求对条例草案的修改意见。",
    "常委会对《某县农村人居环境治理条例（草案）》进行了第二次审议。",
    "向在视察、检查中给予大力支持的各乡镇、各部门表示衷心的感谢！",
    "明年由主任会议牵头，对农村饮水安全工作进行跟踪督查。",
    "组织常委会组成人员赴外省考察学习人大工作的先进经验。",
])
def test_methods_other_bodies_and_own_work_give_no_row(text):
    assert rows(text) == []


def test_the_committee_acting_after_another_body_is_still_an_action():
    found = rows("县审计局报告了审计查出问题的整改情况，常委会对整改情况进行了专题审议。")
    assert found[0][0] == "听取审议报告"
    assert rows("对县住建局开展工作评议，评议组走访群众200余人。") == [("工作评议", "县住建局")]


@pytest.mark.parametrize("text", [
    "询问会上，常委会组成人员共提出问题15个。",
    "常委会认为，专题询问要坚持问题导向，做到问得准、答得实。",
    "两项专题调研均形成了调研报告。",
    "常委会坚持评议与整改相结合，不断增强评议实效。",
    "综合运用听取审议报告、执法检查、专题询问等监督方式，增强监督合力。",
    "对区人民政府提请审议的重大事项，坚持先调研、后审议、再决定。",
    "制定了备案审查工作规程，明确了审查范围、审查程序和纠正方式。",
    "常委会积极配合省人大常委会开展立法调研，对《某省物业管理条例（修订草案）》提出了修改意见。",
    "建立了备案审查信息平台，实现报备文件在线审查。",
])
def test_more_nouns_and_methods_give_no_row(text):
    assert rows(text) == []


def test_a_report_heard_in_a_time_clause_is_heard():
    assert rows("常委会在听取和审议市人民政府关于城乡供水一体化工作情况的报告时开展了专题询问。") == [
        ("听取审议报告", "市人民政府关于城乡供水一体化工作情况的报告"),
        ("专题询问", "市人民政府关于城乡供水一体化工作情况的报告")]


@pytest.mark.parametrize("text", [
    "坚持听取审议报告与实地调查相结合、集体监督与代表参与相结合。",
    "各县区人大常委会也积极探索，有的开展了代表评议政府部门活动。",
    "检查中，检查组召开了由乡镇干部、村“两委”成员和群众代表参加的座谈会3次。",
    "县人民法院全年审结各类案件4630件，县人民检察院全年批准逮捕犯罪嫌疑人212人。",
    "评议工作历时4个月，评议组共走访群众300人。",
    "围绕县委的重大决策部署，及时作出决议决定。",
])
def test_methods_lower_bodies_and_participants_give_no_row(text):
    assert rows(text) == []


def test_a_decision_on_a_bill_reviewed_is_still_a_decision():
    found = rows("对县政府报请的关于撤销城关镇、设立城关街道的议案，常委会进行了审议并作出决定。")
    assert [f for f, _ in found] == ["决定"]


def test_reports_listed_after_commas_are_each_heard():
    found = rows("常委会听取和审议了县人民政府关于安全生产工作情况的报告，关于农村饮水安全工作情况的报告，"
                 "关于义务教育均衡发展情况的报告。")
    assert [f for f, _ in found] == ["听取审议报告"] * 3
    assert found[2][1] == "关于义务教育均衡发展情况的报告"


def test_a_document_filed_by_an_organ_and_found_wanting_is_reviewed():
    assert rows("对县人民政府办公室报送的《某县城区停车收费管理实施细则》提出了审查意见，"
                "制定机关已予以修改。") == [
        ("备案审查", "《某县城区停车收费管理实施细则》")]


def test_an_appraisal_of_two_reports_heard_is_one_row_each():
    found = rows("常委会听取和审议了县人民政府关于养老服务工作情况的报告、关于城区停车管理工作情况的报告，"
                 "并对这两个报告进行了满意度测评。")
    assert [f for f, _ in found] == ["听取审议报告", "听取审议报告", "工作评议", "工作评议"]
    # a visit that also reviews the plans it saw is the visit
    assert {f for f, _ in rows("组织城建代表视察并开展对城东片区改造、老街提升等方案的评审。")} == {"视察"}


def test_items_chosen_from_a_class_are_what_is_checked():
    assert rows("对县人民政府承诺的十件民生实事，常委会确定农贸市场改造、城区公厕建设两项作为督查重点。") == [
        ("督查", "农贸市场改造"), ("督查", "城区公厕建设")]
    found = rows("常委会选择农村公路养护和乡镇污水处理站建设进行了重点督查。")
    assert found[0][0] == "督查" and "农村公路养护" in found[0][1]


def test_talks_on_a_visit_take_the_topic_told_after_them():
    assert rows("常委会领导多次深入园区企业走访座谈，了解民营经济发展情况，梳理问题30个。") == [
        ("座谈", "民营经济发展（深入园区企业走访座谈）")]


def test_a_report_named_only_by_its_class_is_on_the_matter_told_before():
    assert rows("在对农村人居环境整治情况开展视察的基础上，常委会听取和审议了县政府的专项工作报告。") == [
        ("视察", "农村人居环境整治情况"), ("听取审议报告", "县政府的专项工作报告（农村人居环境整治情况）")]
    assert rows("常委会听取和审议了县政府的专项工作报告。") == []  # no matter named: a class of reports


def test_an_organ_reporting_to_the_committee_is_a_hearing_and_shortcomings_and_assisting_no_action():
    """县人民法院向常委会报告了X工作情况 is a report the committee heard; its own office reporting on
    its own work is not; a shortcoming owned up to and an inspection it only assisted give no row."""
    text = ("县人民政府向常委会报告了2023年度县本级预算执行和其他财政收支的审计情况。"
            "县人民法院向常委会报告了涉农纠纷多元化解工作情况。"
            "常委会首次向常委会会议报告了年度备案审查工作情况。"
            "常委会还配合市人大常委会，对《中华人民共和国水法》在我县的实施情况进行了检查。"
            "工作中还存在视察调研不够深入、督办建议的力度还需加大等不足。")
    got = [(a.form, a.subject) for a in extract_supervision(npc(text))]
    assert got == [("听取审议报告", "2023年度县本级预算执行和其他财政收支的审计情况"),
                   ("听取审议报告", "涉农纠纷多元化解工作情况")]


def test_laws_inspected_at_once_a_team_s_steps_and_appointments_listed():
    """对《A》《B》和《C》…同时进行了检查 is one inspection per law; the team hearing the departments
    and holding a forum is part of it; 任命A为X，B为Y is one appointment each; a vague or counted
    class of bodies (部分县人民政府组成部门, 42名…干部) names nothing appraised."""
    text = ("常委会组织三个执法检查组，对《中华人民共和国农业法》《中华人民共和国种子法》和《中华人民共和国"
            "森林法》在我市的贯彻执行情况同时进行了检查。检查组听取了有关部门的汇报，召开座谈会。"
            "任命赵明远为市水利局局长，钱若溪为市中级人民法院副院长。"
            "常委会每年选择部分县人民政府组成部门开展工作评议。常委会还组织42名由常委会任命的干部向常委会述职。")
    got = [(a.form, a.subject) for a in extract_supervision(npc(text))]
    assert got == [("执法检查", "《中华人民共和国农业法》在我市的贯彻执行情况"),
                   ("执法检查", "《中华人民共和国种子法》在我市的贯彻执行情况"),
                   ("执法检查", "《中华人民共和国森林法》在我市的贯彻执行情况"),
                   ("任免", "任命赵明远为市水利局局长"), ("任免", "钱若溪为市中级人民法院副院长")]


def test_actions_told_as_nouns_pointers_and_other_bodies_visits():
    """对A的视察、对B的调研 (each its own form); 并就此开展专题询问 on the report just heard; titles
    reviewed in the passive (《A办法》《B办法》经审查); a report heard 在这次会议上 or 经…审议后; no
    row for a higher congress's visiting team, a Party secretary's visit, a task set out (提出要…),
    a count before a list (三次集中视察：一是…) or a class of works whose members are named next."""
    text = ("常委会先后开展了对县中医院新院区建设的视察和对全县养老服务体系建设的调研。"
            "针对城区停车难问题日益突出，常委会听取审议了县人民政府关于停车设施建设管理工作情况的报告，并就此开展专题询问。"
            "其中，《某县城市道路挖掘管理办法》《某县户外广告设置管理办法》经审查，建议制定机关作了修改。"
            "县人民政府关于全县安全生产工作情况的报告，经常委会第十七次会议审议后，审议意见已交县人民政府研究办理。"
            "县人民政府关于国有资产管理情况的专项报告，也在这次会议上得到审议。"
            "4月，市人大常委会执法检查组来我县检查《中华人民共和国水法》实施情况，常委会做好了配合工作。"
            "县委书记多次视察人大代表之家建设。"
            "常委会在工作报告中提出要对《中华人民共和国种子法》的实施情况进行执法检查。"
            "常委会组织代表开展了两次集中视察：一是视察城南污水处理厂，二是视察县第二人民医院迁建项目。"
            "常委会对2018年十件民生实事项目开展了督查，重点督查了城区农贸市场改造、农村公厕新建和公交候车亭建设三个项目。"
            "年初确定的对《中华人民共和国大气污染防治法》的执法检查，由常委会副主任带队于5月完成。")
    got = [(a.form, a.subject) for a in extract_supervision(npc(text))]
    assert got == [
        ("视察", "县中医院新院区建设"), ("专题调研", "全县养老服务体系建设"),
        ("听取审议报告", "县人民政府关于停车设施建设管理工作情况的报告"),
        ("专题询问", "县人民政府关于停车设施建设管理工作情况的报告"),
        ("备案审查", "《某县城市道路挖掘管理办法》"), ("备案审查", "《某县户外广告设置管理办法》"),
        ("听取审议报告", "全县安全生产工作情况的报告"), ("听取审议报告", "国有资产管理情况的专项报告"),
        ("视察", "城南污水处理厂"), ("视察", "县第二人民医院迁建项目"),
        ("督查", "城区农贸市场改造"), ("督查", "农村公厕新建"), ("督查", "公交候车亭建设"),
        ("执法检查", "《中华人民共和国大气污染防治法》")]


def test_sites_visited_under_a_generic_theme_are_the_subjects():
    """深入A、B实地视察重点项目建设: the theme says only that projects were seen, so A and B are what was
    visited; counted places (深入12个贫困村察看项目建设情况) leave the theme."""
    got = [(a.form, a.subject) for a in extract_supervision(npc(
        "常委会组织组成人员深入城西产业园、清溪风情小镇实地视察重点项目建设。"))]
    assert got == [("视察", "城西产业园"), ("视察", "清溪风情小镇")]
    got = [(a.form, a.subject) for a in extract_supervision(npc("先后深入12个贫困村察看项目建设情况。"))]
    assert got == [("视察", "项目建设情况")]


def test_suggestions_made_are_no_plan_for_the_rest_of_the_sentence():
    """提出要增强…等对策建议 tells suggestions made, not a task set out (在工作报告中提出要…): the visit
    after it in the sentence stays a row."""
    text = ("召开教师绩效工资改革座谈会，提出要增强考核科学性等对策建议；"
            "实地踏看城北小学和城南幼儿园装修工程等项目，督促政府抓好落实。")
    assert "视察" in [a.form for a in extract_supervision(npc(text))]


def test_counts_in_numerals_shortcomings_listed_and_departments_chosen_in_the_passive():
    """作出决议、决定十一项 and 任免…四十一人次 are counts (aggregates); what follows 存在的不足： is no
    action; 区A局、区B局被确定为年度工作评议对象 names two appraisals; 经检查督促 is no inspection."""
    text = ("一年来，常委会共召开常委会会议八次，作出决议、决定十一项。"
            "一年来共任免国家机关工作人员四十一人次。"
            "我们也清醒地看到存在的不足：执法检查后跟踪问效不够，专题询问、工作评议等监督方式运用不多。"
            "区卫生局、区民政局被确定为年度工作评议对象。经检查督促，退还农民不合理负担款八万六千元。")
    got = [(a.form, a.subject) for a in extract_supervision(npc(text))]
    assert got == [("工作评议", "区卫生局"), ("工作评议", "区民政局")]


def test_assisting_a_named_higher_congress_and_shortcomings_after_a_gap():
    text = ("常委会还配合某某盟人大常委会对《中华人民共和国水法》贯彻实施情况开展了执法检查，"
            "协助内蒙古自治区人大常委会调研组完成了牧区水利调研。"
            "一年来的工作也还存在不少差距，主要是：监督工作还不够有力；评议工作还处于探索阶段。")
    assert extract_supervision(npc(text)) == []


def test_run_in_series_of_key_suggestions_and_of_documents_reviewed():
    """Key suggestions listed after a colon with ordinals (…领衔督办：一是关于A的建议，…；二是“关于B的建议”)
    are one 督查 each; documents found faulty in a review, listed 一是《A》…；二是《B》…, one 备案审查 each;
    a forward reference (察看了以下项目：) and a goal (推动备案审查工作规范化) name nothing."""
    text = ("主任会议确定两件代表建议为重点督办建议，由副主任分别领衔督办：一是关于改造梧桐路排水管网的建议，"
            "管网改造已完工；二是“关于增设社区助餐点的建议”，新设助餐点9个。"
            "经审查，发现两件规范性文件与上位法不一致：一是《某县集贸市场管理办法》设定的罚款过高；"
            "二是《某县殡葬管理实施细则》部分条款超越权限。常委会据此推动备案审查工作规范化。"
            "常委会组织部分代表开展集中视察，察看了以下项目：")
    got = [(a.form, a.subject) for a in extract_supervision(npc(text))]
    assert got == [("督查", "关于改造梧桐路排水管网的建议"), ("督查", "“关于增设社区助餐点的建议”"),
                   ("备案审查", "《某县集贸市场管理办法》"), ("备案审查", "《某县殡葬管理实施细则》")]


def test_a_follow_up_told_by_its_hearing_and_actions_of_others_give_one_row_or_none():
    """对X实施跟踪监督，…听取和审议了关于X整改情况的报告: the hearing is the row; a 决算 approved in the
    sentence of its hearing (年度 or not) is that hearing; a visit made with a higher body's working
    committee (陪同盟人大工委视察了…), lower presidia guided (指导乡镇人大主席团对…开展工作评议), a vote
    in an appraisal and a remark on one (评议取得了较好效果) are no actions of the committee."""
    text = ("对上年审计查出问题的整改实施跟踪监督，11月听取和审议了县政府关于审计查出问题整改情况的报告。"
            "常委会听取和审议了县政府关于2016年度财政决算的报告，审查批准了2016年县本级财政决算。"
            "常委会还陪同盟人大工委视察了我县草场围栏工程。"
            "常委会指导8个乡镇人大主席团对乡镇站所开展了工作评议。"
            "会上，组成人员听取述职报告后进行了无记名投票测评。评议取得了较好效果。")
    got = [(a.form, a.subject) for a in extract_supervision(npc(text))]
    assert got == [("听取审议报告", "县政府关于审计查出问题整改情况的报告"),
                   ("听取审议报告", "县政府关于2016年度财政决算的报告")]


def test_two_reports_heard_before_a_time_word_and_officials_reporting_on_their_duties():
    """在听取…关于A的报告和关于B的报告之后 are two hearings; officials appointed by the committee who
    分别报告了履职情况 are appraised one row each; a review that found nothing, an inquiry pointed
    back to (这次专题询问…) and a ceremony counted give no row."""
    text = ("第三次会议在听取县政府关于上半年计划执行情况的报告和关于上半年预算执行情况的报告之后，"
            "提出了审议意见。由常委会任命的县水利局局长、县林业局局长分别报告了履职情况，"
            "组成人员对其进行了满意度测评。这次专题询问通过县电视台直播。"
            "全年接收报备的规范性文件9件，经审查未发现与法律相抵触的情形。全年举行宪法宣誓仪式5场。")
    got = rows(text)
    assert got == [("听取审议报告", "县政府关于上半年计划执行情况的报告"),
                   ("听取审议报告", "上半年预算执行情况的报告"),
                   ("工作评议", "县水利局局长"), ("工作评议", "县林业局局长")]


def test_sites_seen_on_a_visit_are_its_rows_and_seen_on_other_actions_none():
    """对X的视察…先后察看了A、B和C等项目的建设进度: A, B and C, no theme; 视察了A园和B园: two sites;
    sites listed under 视察了三个示范点： are rows, the count is none; what was seen on a follow-up
    (对X的督查…察看了Y) or counted (察看排污口17个) is no visit; a county team come to the town is not
    the town's action."""
    text = ("对全县重点工程的视察由主任会议成员带队，先后察看了城北大道二期、县文化中心和"
            "高铁站综合枢纽等项目的建设进度。常委会视察了青山科技园和河湾物流园。常委会组织开展会前调研，察看沿河排污口12个。"
            "对农村公路养护的督查由代表小组牵头，小组成员察看了村道的养护状况。")
    assert rows(text) == [("视察", "城北大道二期"), ("视察", "县文化中心"), ("视察", "高铁站综合枢纽"),
                          ("视察", "青山科技园"), ("视察", "河湾物流园"), ("督查", "农村公路养护")]
    text = "常委会组织部分代表，先后视察了两个示范点：\n- 东岭村美丽乡村点\n- 西溪茶旅产业园\n"
    assert rows(text) == [("视察", "东岭村美丽乡村点"), ("视察", "西溪茶旅产业园")]
    assert rows("9月，县人大常委会执法检查组来我镇检查《中华人民共和国土地管理法》的实施情况。") == []
