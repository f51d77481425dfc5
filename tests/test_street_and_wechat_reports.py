"""Reports of a street's People's Congress working committee (街道人大工委) and the layouts such
reports come in: a WeChat copy with chapter numbers alone on their lines, unnumbered subheadings
and picture captions; a yearbook page whose running header stands above the title.

Every text here is composed for places that do not exist.
"""

from __future__ import annotations

from pathlib import Path

from pipelines.extract.motions import extract_motions
from pipelines.extract.supervision import extract_supervision
from pipelines.model import DocumentText, Paragraph
from pipelines.steps import process_file
from pipelines.text.clean import clean_text
from pipelines.text.report_kinds import classify
from pipelines.text.structure import is_caption, unnumbered_heading

WECHAT = """桐溪街道人大工委2023年度工作报告
原创 澜川人大 澜川人大 2024-02-22 18:05 发表于福建

桐溪街道人大工作委员会工作报告
——2024年2月20日在澜川区桐溪街道人大代表大会上
街道人大工委主任　闵若川
各位代表：
现在，我代表街道人大工委向大会报告工作，请予审议。

01
2023年工作回顾

2023年，街道人大工委在区人大常委会和街道党工委的领导下，依法履职，较好地完成了全年各项任务。

视察调研“接地气”
5月，人大工委组织辖区各级人大代表，视察了桐溪河生态修复工程，就河道保洁提出意见。
▲代表视察桐溪河生态修复工程（资料图）
人大工委还配合区人大常委会执法检查组，对《中华人民共和国噪声污染防治法》在街道的贯彻实施情况进行了检查。

工作评议“见真章”
人大工委组织代表对街道综合执法队、街道便民服务中心开展工作评议。11月，人大工委组织代表对两个被评议单位进行满意度测评。

02
2024年工作安排

2024年，人大工委将组织代表视察老旧小区改造工程，对街道社区卫生服务中心开展工作评议。
"""


def _wechat_tables(tmp_path: Path):
    path = tmp_path / "tongxi-2024-street.txt"
    path.write_text(WECHAT, encoding="utf-8")
    return process_file(path)


def test_a_street_working_committee_report_is_a_peoples_congress_report() -> None:
    assert classify("某街道人大工作委员会工作报告", "", "", "").kind == "npc"
    assert classify("", "街道人大工委主任", "", "").kind == "npc"
    opening = classify("工作报告", "", "", "现在，我代表街道人大工委向大会报告工作，请予审议。")
    assert opening.evidence == "no kind reaches 5 (npc 4)"  # the opening alone counts for npc
    # a meeting of the street's deputies (人大代表大会) is no Party congress
    assert classify("", "", "在某区某街道人大代表大会上", "").kind != "party"


def test_the_street_report_of_a_wechat_copy_gives_its_actions(tmp_path: Path) -> None:
    res = _wechat_tables(tmp_path)
    [doc] = res.tables["documents"]
    assert doc["report_kind"] == "npc"
    rows = [(r["form"], r["subject"], r["actor"]) for r in res.tables["supervision"]]
    assert ("视察", "桐溪河生态修复工程", "standing_committee") in rows
    assert ("工作评议", "街道综合执法队", "standing_committee") in rows
    assert ("工作评议", "街道便民服务中心", "standing_committee") in rows
    # the caption repeats the visit; the subheadings name no action; the two units appraised are
    # those named before; the district's inspection it assisted and the plans are no actions
    assert not any("资料图" in s or "接地气" in s or "见真章" in s or "被评议单位" in s for _, s, _ in rows)
    assert [a for f, s, a in rows if f == "执法检查"] == []  # only assisted: no action of its own
    assert not any("老旧小区" in s or "社区卫生" in s for _, s, _ in rows)


def test_chapter_numbers_alone_on_their_lines_head_the_chapters(tmp_path: Path) -> None:
    cleaned = clean_text(WECHAT, "w.txt").text
    assert "\n01\n" in cleaned and "\n02\n" in cleaned  # chapter numbers, not page numbers
    sections = {r["section"] for r in _wechat_tables(tmp_path).tables["supervision"]}
    assert {s.split(" > ")[0] for s in sections} == {"012023年工作回顾"}


def test_unnumbered_headings_and_captions() -> None:
    under = "2023年，街道人大工委在街道党工委的领导下依法履职。"
    assert unnumbered_heading("2023年工作回顾", under, False).level == 1
    assert unnumbered_heading("过去一年的主要工作", under, False).level == 1
    assert unnumbered_heading("今年工作安排", under, True).level == 1
    assert unnumbered_heading("代表履职“有温度”", under, True).level == 2
    assert unnumbered_heading("代表履职“有温度”", under, False) is None  # not inside a chapter
    assert unnumbered_heading("全年新增就业3200人", under, True) is None  # a figure: prose
    assert unnumbered_heading("各位代表：", under, True) is None
    assert unnumbered_heading("代表履职“有温度”", "下一行只是半句", True) is None
    assert is_caption("▲代表视察桐溪河生态修复工程（资料图）")
    assert is_caption("代表们在联络站接待群众（图为接待现场）")
    assert not is_caption("人大工委组织代表视察了桐溪河生态修复工程。")


def test_a_yearbook_header_above_the_title_is_removed_not_joined_to_it() -> None:
    raw = ("·57·　　　　　　　　　　　　　　　　　　澄湾年鉴·2006\n"
           "澄湾市人民代表大会常务委员会工作报告\n"
           "——2006年1月12日在澄湾市第十三届人民代表大会第四次会议上\n"
           "市人大常委会主任　巫承泽\n各位代表：\n"
           "　　我受市人民代表大会常务委员会的委托，向大会报告工作，请予审议。\n")
    cleaned = clean_text(raw, "y.txt").text
    assert cleaned.startswith("澄湾市人民代表大会常务委员会工作报告\n")
    assert "年鉴" not in cleaned


def test_a_quoted_title_may_hold_a_quoted_word() -> None:
    text = "“关于整治城区“僵尸车”占用公共车位的建议”由分管副主任督办，累计清理“僵尸车”300余辆。"
    doc = DocumentText("d", "npc", 2023, text, (Paragraph(0, 0, len(text), "body", ""),))
    assert [(m.motion_type, m.title) for m in extract_motions(doc)] == [
        ("建议", "关于整治城区“僵尸车”占用公共车位的建议")]
    assert [(a.form, a.subject) for a in extract_supervision(doc)] == [
        ("督查", "“关于整治城区“僵尸车”占用公共车位的建议”")]


def test_a_table_of_research_reports_headed_by_its_title_column() -> None:
    raw = ("五年来形成调研报告80篇，其中报送市委、市政府的主要调研报告如下：\n\n"
           "序号　报告题目　形成时间\n"
           "1　关于滨湖新区现代物流业发展的调研报告　2017年9月\n"
           "2　我市古村落保护利用情况的调查与思考　2019年5月\n"
           "3　关于推进城乡供水一体化的调研报告　2020年6月\n\n"
           "以上报告均得到市委、市政府主要领导批示。\n")
    text = clean_text(raw, "t.txt").text
    assert "\t关于滨湖新区现代物流业发展的调研报告\t2017年9月" in text  # cells stay cells
    doc = DocumentText("d", "cppcc", 2021, text, (Paragraph(0, 0, len(text), "body", ""),))
    assert [(m.motion_type, m.title) for m in extract_motions(doc)] == [
        ("调研报告", "关于滨湖新区现代物流业发展的调研报告"),
        ("调研报告", "我市古村落保护利用情况的调查与思考"),
        ("调研报告", "关于推进城乡供水一体化的调研报告")]


def test_a_piece_of_information_named_by_its_title() -> None:
    text = ("全年编报社情民意信息42期，被市政协采用11期；委员反映的“山区学校‘营养午餐’供应不稳定”一文，"
            "推动县教育局完善了配送办法。")
    doc = DocumentText("d", "cppcc", 2012, text, (Paragraph(0, 0, len(text), "body", ""),))
    assert [(m.motion_type, m.title) for m in extract_motions(doc)] == [
        ("社情民意信息", "山区学校‘营养午餐’供应不稳定")]


def _npc(text: str) -> list[tuple[str, str]]:
    doc = DocumentText("d", "npc", 2020, text, (Paragraph(0, 0, len(text), "body", "二、监督工作"),))
    return [(a.form, a.subject) for a in extract_supervision(doc)]


def test_a_hearing_that_is_a_step_of_an_appraisal_gives_no_row_of_its_own() -> None:
    text = "评议组走访服务对象，常委会在听取县市场监管局工作报告后进行了评议，并进行了满意度测评。"
    assert _npc(text) == []
    assert _npc("常委会对县林业局开展工作评议，会上听取了被评议部门的工作报告并进行了满意度测评。") == [
        ("工作评议", "县林业局")]


def test_bare_suggestions_followed_up_or_listed_with_quoted_ones_are_motions() -> None:
    text = ("主任会议将“关于改造城东农贸市场的建议”、关于延长城乡公交运营时间的建议确定为重点督办建议；"
            "副主任牵头督办的关于增设乡镇寄宿制学校的建议，促成新建学校1所。")
    doc = DocumentText("d", "npc", 2020, text, (Paragraph(0, 0, len(text), "body", ""),))
    assert [(m.motion_type, m.title) for m in extract_motions(doc)] == [
        ("建议", "关于改造城东农贸市场的建议"), ("建议", "关于延长城乡公交运营时间的建议"),
        ("建议", "关于增设乡镇寄宿制学校的建议")]


def test_information_pieces_listed_after_their_count() -> None:
    text = ("全年编报社情民意信息60期。其中，《关于乡村客运班线停运的反映》被省政协采用；"
            "委员反映的“城区部分路口信号灯配时不合理”问题，市交警支队已调整路口12处。")
    doc = DocumentText("d", "cppcc", 2016, text, (Paragraph(0, 0, len(text), "body", ""),))
    titles = [(m.motion_type, m.title) for m in extract_motions(doc)]
    assert ("社情民意信息", "城区部分路口信号灯配时不合理") in titles


def test_bold_leads_and_remarks_name_no_action() -> None:
    text = ("**5．执法检查与视察调研联动。**"
            "常委会对《中华人民共和国噪声污染防治法》的贯彻实施情况开展执法检查。\n"
            "听取审议县监察委员会关于整治群众身边腐败问题工作情况的报告，这是常委会首次听取审议监察机关专项工作报告。")
    rows = _npc(text)
    assert ("执法检查", "《中华人民共和国噪声污染防治法》的贯彻实施情况") in rows
    assert not any(s in ("联动", "监察机关专项工作报告") for _, s in rows)
    assert len(rows) == 2


def test_a_run_in_lead_marked_with_a_triangle_is_prose() -> None:
    text = ("▲视察重点工作。9月，工委组织代表视察了老街历史风貌区保护工程；"
            "11月，组织代表实地察看了社区养老服务中心建设情况。")
    assert not is_caption(text)
    assert _npc(text) == [("视察", "老街历史风貌区保护工程"), ("视察", "社区养老服务中心建设情况")]


def test_an_untyped_title_written_after_research_is_a_research_report() -> None:
    text = ("三是对全县乡镇企业发展开展调研，写出了《某县乡镇企业发展现状、问题和对策》，"
            "为县委决策提供了参考。"
            "全年完成调研报告12篇。其中，《关于发展县域物流的调研报告》被采纳；"
            "《某县农民专业合作社发展现状与对策》得到县委书记批示。")
    doc = DocumentText("d", "cppcc", 2012, text, (Paragraph(0, 0, len(text), "body", ""),))
    found = {(m.motion_type, m.title) for m in extract_motions(doc)}
    assert ("调研报告", "某县乡镇企业发展现状、问题和对策") in found
    assert ("调研报告", "某县农民专业合作社发展现状与对策") in found


def test_corrections_after_an_appraisal_and_a_visit_the_committee_accompanied() -> None:
    text = ("今年，常委会对县交通局开展了工作评议，形成评议意见后交被评议单位整改。"
            "11月，常委会听取了整改情况报告并进行满意度测评。")
    assert _npc(text) == [("工作评议", "县交通局")]
    doc = DocumentText("d", "npc", 2021, "主席团陪同县人大代表视察了全乡高标准农田建设。")
    assert [(a.form, a.actor) for a in extract_supervision(doc)] == []  # only accompanied


def test_research_reports_quoted_or_named_by_their_committee() -> None:
    text = ("各专委会深入调研。“某市民宿产业发展情况的调研报告”被市政府办公室转发各县参阅；"
            "社会法制委员会的关于农村养老服务体系建设的调研报告为市政府决策提供了参考。"
            "委员反映的“城区部分路段‘僵尸车’长期占道亟待清理”获市长批示。")
    doc = DocumentText("d", "cppcc", 2019, text, (Paragraph(0, 0, len(text), "body", "一、社情民意"),))
    found = {(m.motion_type, m.title) for m in extract_motions(doc)}
    assert ("调研报告", "某市民宿产业发展情况的调研报告") in found
    assert ("调研报告", "关于农村养老服务体系建设的调研报告") in found
    assert ("社情民意信息", "城区部分路段‘僵尸车’长期占道亟待清理") in found


def test_suggestions_listed_under_the_sentence_that_makes_them_key_ones() -> None:
    text = ("主任会议确定以下三件建议为重点督办建议：\n"
            "1.关于加快老城区雨污分流改造的建议；\n"
            "2.《关于在中小学推广课后服务“弹性离校”的建议》；\n"
            "3.“关于增加滨江片区公交线路的建议”。\n"
            "以上建议均由常委会领导领衔督办。")
    doc = DocumentText("d", "npc", 2023, text, (Paragraph(0, 0, len(text), "body", "四、代表工作"),))
    assert [(a.form, a.subject.strip("《》“”")) for a in extract_supervision(doc)] == [
        ("督查", "关于加快老城区雨污分流改造的建议"),
        ("督查", "关于在中小学推广课后服务“弹性离校”的建议"),
        ("督查", "关于增加滨江片区公交线路的建议")]
    assert [m.title for m in extract_motions(doc)] == [
        "关于加快老城区雨污分流改造的建议", "关于在中小学推广课后服务“弹性离校”的建议",
        "关于增加滨江片区公交线路的建议"]


def test_an_inquiry_after_a_report_heard_and_an_approval_before_its_hearing() -> None:
    text = "围绕“一老一小”，常委会听取和审议了区人民政府关于托育服务体系建设情况的报告，随后开展专题询问。"
    assert _npc(text) == [
        ("听取审议报告", "区人民政府关于托育服务体系建设情况的报告"),
        ("专题询问", "区人民政府关于托育服务体系建设情况的报告")]
    text = "6月，常委会审查批准了2022年区级决算，此前听取和审议了区人民政府关于2022年区级决算的报告。"
    assert _npc(text) == [
        ("听取审议报告", "区人民政府关于2022年区级决算的报告")]
    # a mechanism's quoted name holds no action, nor does a clause with a verb of its own give a topic
    assert _npc("工委建立建议办理“交办、督办、评办”闭环机制，对办理进度实行月报告。") == []


def test_untyped_titles_after_a_count_of_research_reports() -> None:
    text = ("全年形成调研报告18篇。《关于某市民营经济发展情况的调研报告》得到市委书记批示；"
            "《我市养老服务业发展现状与对策》为市政府决策提供了参考。")
    doc = DocumentText("d", "cppcc", 2012, text, (Paragraph(0, 0, len(text), "body", ""),))
    found = {(m.motion_type, m.title) for m in extract_motions(doc)}
    assert ("调研报告", "我市养老服务业发展现状与对策") in found


def test_a_table_of_reports_heard_and_key_suggestions_named_after_qizhong() -> None:
    text = ("全年常委会会议听取审议的专项工作报告如下表：\n"
            "会次\t月份\t报告名称\t报告机关\n"
            "第三次\t4月\t关于全市脱贫攻坚工作情况的报告\t市人民政府\n"
            "第六次\t10月\t关于刑事审判工作情况的报告\t市中级人民法院\n\n"
            "主任会议确定6件重点建议由常委会领导领衔督办。其中，“关于解决城东片区学生入学难的建议”办理中，"
            "新建小学2所；关于整治沿河畜禽养殖污染的建议，推动关闭养殖场47户。")
    doc = DocumentText("d", "npc", 2018, text, (Paragraph(0, 0, len(text), "body", "二、监督工作"),))
    rows = [(a.form, a.subject.strip("“”")) for a in extract_supervision(doc)]
    assert ("听取审议报告", "关于全市脱贫攻坚工作情况的报告") in rows
    assert ("听取审议报告", "关于刑事审判工作情况的报告") in rows
    assert ("督查", "关于解决城东片区学生入学难的建议") in rows
    assert ("督查", "关于整治沿河畜禽养殖污染的建议") in rows
    assert not any(m.motion_type == "调研报告" for m in extract_motions(doc))  # reports heard, no research


def test_the_district_committee_in_a_street_report_is_the_upper_congress() -> None:
    text = "某街道人大工作委员会工作报告\n区人大常委会领导到某街道视察代表联络站建设情况，给予充分肯定。"
    paragraphs = (Paragraph(0, 0, 14, "front", ""), Paragraph(1, 15, len(text), "body", ""))
    doc = DocumentText("d", "npc", 2020, text, paragraphs)
    assert [(a.form, a.actor) for a in extract_supervision(doc)] == [("视察", "county_congress")]
    assert _npc("区人大常委会组织代表视察了城东污水处理厂。") == [("视察", "城东污水处理厂")]


def test_books_and_reports_named_by_their_kind_before_the_title() -> None:
    text = ("编辑出版文史资料《某县古驿道》，全书收录文章42篇。市政协农业委员会开展示范片区建设视察，"
            "形成视察报告《打造乡村振兴示范片区的几点建议》。社会法制委员会关于“一老一小”服务体系建设的"
            "专题调研报告，报市委、市政府参阅。")
    doc = DocumentText("d", "cppcc", 2022, text, (Paragraph(0, 0, len(text), "body", ""),))
    found = {(m.motion_type, m.title) for m in extract_motions(doc)}
    assert ("其他", "某县古驿道") in found
    assert ("调研报告", "打造乡村振兴示范片区的几点建议") in found
    assert ("调研报告", "关于“一老一小”服务体系建设的专题调研报告") in found


def test_headings_of_a_wechat_copy_marked_by_an_emoji() -> None:
    from pipelines.text.structure import heading_info

    numbered = heading_info("📌 二、聚焦民生关切，民主监督更加有力")
    assert numbered is not None and (numbered.level, numbered.number, numbered.title) == (
        1, "二、", "聚焦民生关切，民主监督更加有力")
    ahead = unnumbered_heading("🔵 2021年工作安排", "新的一年，县政协常委会将紧扣中心，履职尽责。", False)
    assert ahead is not None and (ahead.level, ahead.title) == (1, "2021年工作安排")
    # a line of prose that opens with an emoji is no heading
    assert unnumbered_heading("🔹围绕乡村振兴开展调研，形成调研报告；", "🔹组织专题视察。", True) is None


def test_speeches_listed_one_a_line_by_their_speakers() -> None:
    from pipelines.text.rules.page_breaks import should_join

    # entries of a list, one a line, are not a sentence cut by the page
    assert not should_join("县工商联：《激发民营经济活力》", "农工党县支部：《推进医共体建设的几点建议》")
    assert not should_join("农工党县支部：《推进医共体建设的几点建议》", "会后，常委会将发言汇编成册。")
    text = ("会上作口头发言的有：\n某某委员：《以数字赋能推动老城商圈焕新》\n"
            "民盟县委：《关于完善灵活就业人员社保的思考》\n县工商联：《优化营商环境 激发民营经济活力》")
    paragraphs = tuple(Paragraph(i, s, s + len(line), "body", "") for i, (s, line) in
                       enumerate((text.index(line), line) for line in text.split("\n")))
    doc = DocumentText("d", "cppcc", 2022, text, paragraphs)
    assert [(m.motion_type, m.title) for m in extract_motions(doc)] == [
        ("大会发言", "以数字赋能推动老城商圈焕新"), ("大会发言", "关于完善灵活就业人员社保的思考"),
        ("大会发言", "优化营商环境 激发民营经济活力")]


def test_a_marked_subheading_with_a_comma_stands_alone_and_heads_its_part() -> None:
    """A WeChat copy's subheading (🔹X，Y) is neither glued to the paragraph under it by the
    page-break rule nor read as prose, inside a chapter or not; a plain line is still joined."""
    from pipelines.text.rules.page_breaks import should_join

    heading = "🔹监督财政工作，管好政府钱袋子"
    under = "常委会第五次会议听取和审议了县人民政府关于财政决算的报告。"
    assert not should_join(heading, under)
    assert not should_join("常委会组成人员深入项目现场", heading)
    assert should_join("常委会组成人员深入项目现场，", "查看工程进度。")
    assert unnumbered_heading(heading, under, False).title == "监督财政工作，管好政府钱袋子"
    assert unnumbered_heading("🔹监督财政工作，管好政府钱袋子，提高资金效益", under, True) is None  # prose
    assert unnumbered_heading("监督财政工作，管好政府钱袋子", under, True) is None  # no mark: prose


def test_a_bar_before_a_numbered_heading_leaves_it_a_heading(tmp_path: Path) -> None:
    """▎二、2021年主要任务: the bar is a WeChat copy's mark, the heading is a chapter (and its
    items, the year's plans, no actions)."""
    from pipelines.text.structure import heading_info

    info = heading_info("▎二、2021年主要任务")
    assert (info.level, info.number, info.title) == (1, "二、", "2021年主要任务")
    text = ("某县人民代表大会常务委员会工作报告\n\n▎一、2020年工作回顾\n\n"
            "常委会听取和审议了县人民政府关于安全生产工作情况的报告。\n\n"
            "▎二、2021年主要任务\n\n重点做好以下工作：\n\n✅对《中华人民共和国消防法》贯彻实施情况开展执法检查；\n")
    path = tmp_path / "muxi-2021-npc.txt"
    path.write_text(text, encoding="utf-8")
    rows = process_file(path).tables["supervision"]
    assert [(r["form"], r["subject"]) for r in rows] == [
        ("听取审议报告", "县人民政府关于安全生产工作情况的报告")]


def test_a_run_in_heading_may_open_on_a_year() -> None:
    from pipelines.text.structure import run_in_heading

    found = run_in_heading("六、2019年主要任务。2019年是新中国成立70周年，常委会将重点做好以下工作。")
    assert found is not None and (found[0].number, found[0].title) == ("六、", "2019年主要任务")
    assert run_in_heading("1.新增就业2000人。全年城镇登记失业率2.1%。") is None  # a figure: a list item


def test_an_emoji_ends_a_wechat_line_and_the_title_after_it_is_kept(tmp_path: Path) -> None:
    """编者按：…一起来看报告全文👇 + the report's title: the emoji ends the editor's line as a full
    stop would, so the title stands on its own line and is the document's title."""
    from pipelines.steps import clean, load, parse
    from pipelines.text.rules.page_breaks import should_join

    assert not should_join("编者按：1月12日，县政协会议开幕。一起来看报告全文👇",
                           "政协某某县委员会常务委员会工作报告")
    assert should_join("编者按：1月12日，县政协会议开幕，一起来看", "报告全文。")
    raw = tmp_path / "wechat.txt"
    raw.write_text("县政协常委会工作报告全文来了！\n某某政协　2021-01-16 19:30　发表于湖南\n\n"
                   "编者按：1月12日，政协某某县第九届委员会第五次会议开幕。一起来看报告全文👇\n\n"
                   "政协某某县委员会常务委员会工作报告\n——2021年1月12日在政协某某县第九届委员会第五次会议上\n"
                   "县政协主席　某某某\n\n各位委员：\n"
                   "现在，我代表政协某某县第九届委员会常务委员会，向大会报告工作，请予审议。\n"
                   "2020年，县政协常委会组织委员开展视察调研21次，提出意见建议86条。\n", encoding="utf-8")
    src = load(raw)
    tracked, _ = clean(src)
    assert [d.meta.title for d in parse(src, tracked)] == ["政协某某县委员会常务委员会工作报告"]
