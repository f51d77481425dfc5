"""Report finding and document metadata: on the seed and on composed texts."""

from __future__ import annotations

from pipelines.text.clean import clean_text
from pipelines.text.decode import read_source
from pipelines.text.documents import find_documents, kind_of, places_in
from pipelines.text.structure import heading_info, parse_note

from .conftest import COMPOSED_REPORT, SEED


def _docs(text: str, slug: str = "x"):
    return find_documents(clean_text(text, "x.txt", errata=[]).text, slug)


def test_seed_has_four_reports_with_their_metadata():
    src = read_source(SEED)
    docs = find_documents(clean_text(src.text, src.name).text, src.slug)
    kinds = [d.meta.report_kind for d in docs]
    assert kinds == ["party", "npc", "government", "cppcc"]
    for d in docs:
        assert d.meta.title and d.meta.speaker and d.meta.speaker_role and d.meta.meeting
        assert d.meta.delivered_on.startswith("2013-01-")
        assert d.meta.covers_year == 2012
        assert d.meta.place.endswith("上城区")
    gov = docs[2].meta
    assert "政府工作报告" in gov.title and gov.speaker_role.endswith("区长")
    assert [d.doc.doc_id for d in docs] == [f"{src.slug}-{k}" for k in kinds]
    # documents tile the file: each starts where the previous one ended
    assert all(a.end == b.start for a, b in zip(docs, docs[1:], strict=False))
    # the government report's four numbered sections are found whatever '#' marks precede them
    assert [s.number for s in docs[2].doc.sections] == ["（一）", "（二）", "（三）", "（四）"]


def test_one_report_without_markdown_is_one_government_document():
    docs = _docs(COMPOSED_REPORT)
    assert len(docs) == 1
    meta = docs[0].meta
    assert meta.report_kind == "government"
    assert meta.title == "政府工作报告"
    assert meta.delivered_on == "2020-01-08"
    assert (meta.speaker, meta.speaker_role) == ("王明", "某某县人民政府县长")
    assert meta.covers_year == 2019
    assert meta.place == "某某县"
    assert [s.title for s in docs[0].doc.sections] == ["2019年工作回顾", "2020年主要任务"]
    body = [p for p in docs[0].doc.paragraphs if p.kind == "body"]
    assert body[1].section == "一、2019年工作回顾"


def test_plain_text_without_any_report_header_is_one_other_document():
    docs = _docs("全年完成投资10亿元。\n\n新增就业500人。\n")
    assert len(docs) == 1 and docs[0].meta.report_kind == "other"


def test_report_kind_from_title_meeting_and_role():
    assert kind_of("某市人大常委会工作报告", "", "") == "npc"
    assert kind_of("政协某县委员会常务委员会工作报告", "", "主席") == "cppcc"
    assert kind_of("坚定信心 加快发展", "中共某县委十二届三次全体（扩大）会议", "县委书记") == "party"
    assert kind_of("关于某事的说明", "", "") == "other"


def test_places_keep_province_and_city_when_named():
    assert places_in("湖南省长沙县人民政府") == ["湖南省长沙县"]
    assert places_in("中共某某区委五届三次全体会议") == ["某某区"]
    # a province alone, and a place after the year a title opens with
    assert places_in("江西省人民政府工作报告") == ["江西省"]
    assert places_in("2016年绍兴市国民经济和社会发展统计公报") == ["绍兴市"]
    # a development zone reporting for itself: the zone's full name
    assert places_in("某某经济技术开发区人大工作委员会工作报告") == ["某某经济技术开发区"]
    # a street's meeting of its district's deputies: the street, not its district alone
    assert places_in("在某某区清河街道区人大代表会议上")[0] == "某某区清河街道"


def test_headings_and_notes():
    assert heading_info("二、加快转型升级") .number == "二、"
    assert heading_info("#### (四) 自身建设") .level == 2
    assert heading_info("（三）全年新增就业5000人，比上年增长10%。") is None
    assert parse_note("**“三改一拆”：**指旧住宅区改造。") == ("“三改一拆”", "指旧住宅区改造。")
    assert parse_note("**某某工程**：指道路改造。") == ("某某工程", "指道路改造。")
    assert parse_note("一般正文段落没有冒号。") is None


def test_dated_subtitle_with_speaker_line_before_it():
    text = ("某某市人民政府工作报告\n\n市长 李华\n\n"
            "——2019年1月15日在某某市第十五届人民代表大会第三次会议上\n\n各位代表：\n\n过去一年，全市经济运行稳中有进。\n")
    docs = _docs(text)
    assert len(docs) == 1
    meta = docs[0].meta
    assert (meta.title, meta.speaker, meta.speaker_role) == ("某某市人民政府工作报告", "李华", "市长")
    assert meta.meeting == "某某市第十五届人民代表大会第三次会议"
    assert meta.delivered_on == "2019-01-15" and meta.covers_year == 2018
    assert meta.report_kind == "government"


def test_communique_with_debris_before_the_title_covers_its_titled_year():
    text = ("首页 > 统计数据\n\n某某县2021年国民经济和社会发展统计公报\n\n某某县统计局\n\n"
            "初步核算，全年全县地区生产总值120亿元。\n")
    meta = _docs(text)[0].meta
    assert meta.title == "某某县2021年国民经济和社会发展统计公报"
    assert meta.covers_year == 2021 and meta.report_kind == "statistical_communique"


def test_run_in_and_part_headings_make_sections():
    text = ("政府工作报告\n\n第一部分 主要成效\n\n"
            "（一）经济运行稳中有进。全年地区生产总值增长6%。\n\n1.做强工业经济。新增规上企业12家。\n\n"
            "1.全年完成投资10亿元。\n\n第二部分 今年任务\n\n全年目标增长6%。\n")
    doc = _docs(text)[0].doc
    assert [s.number for s in doc.sections] == ["第一部分", "（一）", "1.", "第二部分"]
    body = [p for p in doc.paragraphs if p.kind == "body"]
    assert body[0].section == "第一部分主要成效 > （一）经济运行稳中有进"
    assert body[1].section.endswith("> 1.做强工业经济")
    assert body[2].section == body[1].section  # a numbered sentence with figures is not a heading
    assert body[3].section == "第二部分今年任务"


def test_title_cut_in_two_by_ocr_is_joined():
    text = ("某某县人民政府\n\n工作报告\n\n——在某某县第十八届人民代表大会第一次会议上\n\n"
            "（2021年1月15日）\n\n县长 张三\n\n各位代表：\n")
    meta = _docs(text)[0].meta
    assert meta.title == "某某县人民政府工作报告" and meta.speaker == "张三"


def test_notes_take_cut_continuations_but_not_trailing_lines():
    text = ("政府工作报告\n\n全年新增就业500人。\n\n**注释 “三改”工程：**指旧住宅区改造、\n\n"
            "城中村改造和旧厂区改造。\n\n**“双创”**：指大众创业、万众创新。\n\n（完）\n")
    notes = _docs(text)[0].doc.notes
    assert [(n.term, n.definition) for n in notes] == [
        ("“三改”工程", "指旧住宅区改造、城中村改造和旧厂区改造。"),
        ("“双创”", "指大众创业、万众创新。"),
    ]


# --- issue 13: recognition by content, web heads, glossary forms, years and places -----------------

def test_kind_is_scored_from_speaker_opening_and_vocabulary_when_the_title_is_missing():
    from pipelines.text.report_kinds import classify

    npc = classify("", "县人大常委会主任", "",
                   "现在，我受县人大常委会委托，向大会报告工作。听取和审议专项报告9个。")
    assert npc.kind == "npc" and "role:" in npc.evidence and "opening:" in npc.evidence
    cppcc = classify("", "", "政协某县第八届委员会第三次会议", "各位委员：全年共收到提案150件，立案139件。")
    assert cppcc.kind == "cppcc"
    # the genre word of a title outweighs the body that issues the text
    assert classify("某县人大常委会2012年工作要点", "", "", "听取和审议报告。执法检查。").kind == "work_plan"
    assert classify("关于某市2015年预算执行情况和2016年预算草案的报告", "市财政局局长", "", "").kind \
        == "budget_report"
    assert classify("某县人民法院工作报告", "院长", "", "全年审结案件3000件。").kind == "court_report"
    assert classify("某区人民检察院工作报告", "检察长", "", "批准逮捕120人。").kind == "procuratorate_report"


def test_a_text_of_no_kind_is_other_with_a_warning(caplog):
    with caplog.at_level("WARNING", logger="pipelines.text.documents"):
        docs = _docs("市里举办读书节活动\n\n5月3日，市图书馆举办读书节，吸引市民2000人次参加。\n")
    assert docs[0].meta.report_kind == "other"
    assert docs[0].meta.title == "市里举办读书节活动"
    assert docs[0].meta.kind_evidence.startswith("no kind reaches")
    assert "no report kind fits" in caplog.text


def test_new_kinds_get_a_doc_id_of_the_release_pattern():
    docs = _docs("某县2016年国民经济和社会发展统计公报\n\n某县统计局\n\n"
                 "初步核算，全年地区生产总值88亿元，比上年增长7%。\n", "mouxian-2016")
    assert docs[0].doc.doc_id == "mouxian-2016-statistical-communique"


def test_web_title_fused_with_date_and_source_is_split_and_read():
    text = ("当前位置：首页 > 人大工作\n\n武义县人大常委会工作报告 2013-03-05 来源：县人大办 【打印】\n\n"
            "——2013年2月27日在武义县第十四届人民代表大会第二次会议上\n\n各位代表：\n\n"
            "过去的一年，县人大常委会共听取和审议专项工作报告10个。\n")
    meta = _docs(text)[0].meta
    assert (meta.title, meta.published_on, meta.source) == \
        ("武义县人大常委会工作报告", "2013-03-05", "县人大办")
    assert (meta.report_kind, meta.place, meta.covers_year) == ("npc", "武义县", 2012)


def test_covers_year_from_delivery_early_next_year_and_from_a_plans_own_year():
    text = ("临海市人民政府工作报告\n\n——2022年2月8日在临海市第十七届人民代表大会第一次会议上\n\n"
            "各位代表：\n\n2022年是党的二十大召开之年。过去一年，全市地区生产总值增长8%。\n")
    assert _docs(text)[0].meta.covers_year == 2021
    plan = _docs("平湖市人民政府2020年工作要点\n\n2019年，全市经济稳中有进。今年要做好以下工作。\n")[0].meta
    assert (plan.report_kind, plan.covers_year, plan.place) == ("work_plan", 2020, "平湖市")


def test_glossary_headers_and_end_notes_in_every_common_form():
    body = "某县人民政府工作报告\n\n全年推进“三化”建设和农村新社区建设，新增就业900人。\n\n"
    for notes in ("附：名词解释\n\n“三化”：指工业化、城镇化、农业现代化。\n\n新社区：指集中居住区。\n",
                  "《政府工作报告》名词解释\n\n1.“三化”：指工业化、城镇化、农业现代化。\n\n"
                  "2.新社区：指集中居住区。\n",
                  "名词注释\n\n“三化”：指工业化、城镇化、农业现代化。\n\n新社区：指集中居住区。\n",
                  "附件2：名词解释\n\n“三化”：指工业化、城镇化、农业现代化。\n\n新社区：指集中居住区。\n",
                  "[1]“三化”：指工业化、城镇化、农业现代化。\n\n[2]新社区，指集中居住区。\n",
                  "注：\n\n①“三化”：指工业化、城镇化、农业现代化。\n\n②新社区：指集中居住区。\n",
                  "注1：“三化”：指工业化、城镇化、农业现代化。\n\n注2：新社区：指集中居住区。\n"):
        doc = _docs(body + notes)[0].doc
        assert [n.term for n in doc.notes] == ["“三化”", "新社区"], notes
        first = doc.text[doc.notes[1].first_use:doc.notes[1].first_use_end]
        assert first == "新社区" and doc.notes[1].first_use < doc.notes[1].start


def test_a_numbered_list_closing_a_report_is_not_end_notes():
    doc = _docs("某县人民政府工作报告\n\n今年重点做好：\n\n①新建学校3所；\n\n②新增就业900人。\n")[0].doc
    assert doc.notes == ()


def test_note_in_brackets_after_a_quoted_term():
    doc = _docs("中共某县委全会报告\n\n同志们：\n\n深入开展“两学一做”（指学党章党规、学系列讲话，做合格党员）"
                "学习教育，全县党员参与率98%。\n")[0].doc
    later = _docs("中共某县委全会报告\n\n同志们：\n\n抓好“两学一做”。深入开展“两学一做”（指学党章党规、"
                  "学系列讲话，做合格党员）学习教育。\n")[0].doc
    assert later.notes[0].first_use < later.notes[0].start  # its earlier use, before the bracket
    (note,) = doc.notes
    assert (note.term, note.form) == ("“两学一做”", "inline")
    assert note.definition.startswith("指学党章党规")
    assert doc.text[note.first_use:note.first_use_end] == "“两学一做”"


def test_a_standing_committee_report_without_its_bodys_name_is_told_by_meeting_and_opening():
    npc = _docs("常务委员会工作报告\n\n——在某县第十七届人民代表大会第二次会议上\n\n各位代表：\n\n"
                "受县人大常委会委托，我向大会报告工作。全年听取和审议专项工作报告9个。\n")[0].meta
    cppcc = _docs("常务委员会工作报告\n\n——在政协某县第十一届委员会第二次会议上\n\n各位委员：\n\n"
                  "现在，我代表政协某县委员会常务委员会向大会报告工作。全年收到提案210件。\n")[0].meta
    assert (npc.report_kind, cppcc.report_kind) == ("npc", "cppcc")


def test_notes_with_the_term_in_lenticular_brackets_or_the_definition_in_brackets():
    body = "某县人民政府工作报告\n\n全年推进“三化”建设和农村新社区建设，新增就业900人。\n\n"
    for notes in ("名词解释\n\n【“三化”】指工业化、城镇化、农业现代化。\n\n【新社区】集中居住的农村社区。\n",
                  "名词解释\n\n1.【“三化”】：工业化、城镇化、农业现代化。\n\n2.【新社区】：集中居住的农村社区。\n",
                  # a term and its definition in brackets; the cleaning joins the two lines into one
                  "名词解释\n\n“三化”（指工业化、城镇化、农业现代化）\n\n新社区（指集中居住的农村社区）。\n"):
        doc = _docs(body + notes)[0].doc
        assert [n.term for n in doc.notes] == ["“三化”", "新社区"], notes
        assert doc.notes[1].definition.rstrip("。").endswith("集中居住的农村社区"), notes


def test_bracketed_restatements_nested_brackets_and_box_titles_are_no_extra_notes():
    body = "某县人民政府工作报告\n\n全面落实“三线一单”，推进碳达峰，新增就业900人。\n\n"
    doc = _docs(body + "名词解释\n\n“三线一单”：生态保护红线（即最严格的保护线）、"
                "环境质量底线（即质量目标）。\n\n"
                "碳达峰（指二氧化碳排放达到最高值（即峰值）后逐步回落）。\n")[0].doc
    assert [n.term for n in doc.notes] == ["“三线一单”", "碳达峰"]
    assert doc.notes[1].definition.startswith("指二氧化碳排放达到最高值（即峰值）后")
    boxed = _docs(body + "名词解释\n\n【专栏1】2024年十件民生实事\n\n"
                  "【河长制】指由党政负责人担任河长的制度。\n")[0].doc
    assert [n.term for n in boxed.notes] == ["河长制"]



def test_front_matter_named_comrade_a_town_in_the_meeting_line_and_a_date_signed_at_the_end():
    text = ("中共某某市委常委会工作报告\n——在中共某某市第十届委员会第六次全体（扩大）会议上\n"
            "（二〇〇三年十二月二十六日）\n宋敬之同志\n同志们：\n现在，我代表市委常委会向全会报告工作。\n"
            "一、今年工作回顾\n全市经济保持较快增长。\n")
    [doc] = find_documents(text, "t")
    assert doc.meta.speaker == "宋敬之" and doc.meta.delivered_on == "2003-12-26"
    text = ("2009年政府工作报告\n——2009年12月28日在清溪镇第十五届人民代表大会第四次会议上\n各位代表：\n"
            "现在，我代表镇人民政府向大会报告工作。\n一、2009年工作回顾\n全镇经济平稳较快发展。\n")
    [doc] = find_documents(text, "t")
    assert doc.meta.place == "清溪镇"
    text = ("政协某某市第三届委员会常务委员会工作报告\n——在政协某某市第三届委员会第二次会议上\n各位委员：\n"
            "一年来，常委会认真履行职能。\n\n政协某某市委员会常务委员会\n一九九九年二月三日\n")
    [doc] = find_documents(text, "t")
    assert doc.meta.delivered_on == "1999-02-03" and doc.meta.covers_year == 1998


def test_a_source_printed_at_the_foot_of_a_web_copy_is_its_source():
    """A WeChat copy names its source after the text (来源：…, 编辑：…); the head's own line wins."""
    from pipelines.text.documents import attach_breadcrumbs

    body = "".join(f"第{k}段，常委会依法履职，听取和审议专项工作报告。\n" for k in range(8))
    raw = ("某某县人大常委会工作报告\n——在某某县第三届人民代表大会第五次会议上\n各位代表：\n" + body
           + "\n来源：某某县人大常委会办公室\n\n编辑：张三｜审核：李四\n")
    out = clean_text(raw, "w.txt", errata=[])
    [doc] = attach_breadcrumbs(find_documents(out.text, "w"), out.tracked)
    assert doc.meta.source == "某某县人大常委会办公室"
