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
