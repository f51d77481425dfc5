"""Report heads in markdown-like, web and printed copies, and notes blocks under their many titles.

Every text here is composed: invented places, people and years.
"""

from __future__ import annotations

import pytest

from pipelines.text.clean import clean_text
from pipelines.text.documents import find_documents, parse_date, places_in
from pipelines.text.glossary import is_notes_header
from pipelines.text.report_dates import iso_date
from pipelines.text.structure import strip_markup


def _docs(text: str):
    return find_documents(clean_text(text, "x.txt", errata=[]).text, "x")


def _one(text: str):
    docs = _docs(text)
    assert len(docs) == 1
    return docs[0]


@pytest.mark.parametrize(("date", "iso"), [
    ("二〇〇八年三月十日", "2008-03-10"),
    ("二○一五年十月一日", "2015-10-01"),
    ("二〇二三年十一月二十日", "2023-11-20"),
    ("二零一二年二月二十九日", "2012-02-29"),
    ("2017年 12月 3日", "2017-12-03"),
])
def test_dates_in_arabic_and_chinese_numerals(date, iso):
    assert iso_date(date) == iso
    assert parse_date(f"（{date}）") == iso


@pytest.mark.parametrize("text", ["二〇一五年十三月一日", "二〇一五年二月三十二日", "一五年二月三日",
                                  "去年十月"])
def test_no_date_from_a_bad_month_day_or_year(text):
    assert iso_date(text) == ""


def test_markup_of_markdown_copies_is_stripped():
    assert strip_markup("> ——2014年1月8日在某县第九届人民代表大会第三次会议上") \
        == "——2014年1月8日在某县第九届人民代表大会第三次会议上"
    assert strip_markup("> > **县长　王某**") == "县长　王某"
    assert strip_markup("*（2014年1月8日）*") == "（2014年1月8日）"
    assert strip_markup("_——在某市第三届委员会第二次会议上_") == "——在某市第三届委员会第二次会议上"
    # a star inside a line is no italic mark
    assert strip_markup("增长5%*注") == "增长5%*注"


def test_blockquoted_meeting_line_and_bold_speaker():
    doc = _one("# 柘林市青川区人民代表大会常务委员会工作报告\n\n"
               "> ——2015年1月20日在柘林市青川区第四届人民代表大会第五次会议上\n\n"
               "**区人大常委会主任　卢怀瑾**\n\n各位代表：\n\n"
               "2014年，常委会共召开会议7次。\n")
    meta = doc.meta
    assert meta.meeting == "柘林市青川区第四届人民代表大会第五次会议"
    assert (meta.delivered_on, meta.covers_year) == ("2015-01-20", 2014)
    assert (meta.speaker, meta.speaker_role) == ("卢怀瑾", "区人大常委会主任")
    assert meta.place == "柘林市青川区"


def test_blank_blockquote_lines_and_italic_date_in_a_head():
    doc = _one("## 政府工作报告\n\n> 在丰禾县第八届人民代表大会第一次会议上\n>\n> *（2012年2月14日）*\n>\n"
               "> 代县长　甘泽民\n\n---\n\n各位代表：\n\n2011年，全县经济平稳增长。\n")
    meta = doc.meta
    assert (meta.report_kind, meta.title) == ("government", "政府工作报告")
    assert meta.delivered_on == "2012-02-14"
    assert (meta.speaker, meta.speaker_role) == ("甘泽民", "代县长")
    assert meta.place == "丰禾县"
    assert meta.covers_year == 2011


def test_party_congress_report_dated_in_chinese_numerals():
    doc = _one("凝心聚力谱新篇\n\n——在中国共产党石岭县第十三次代表大会上的报告\n\n"
               "（二〇一六年十一月二十二日）\n\n县委书记　欧阳明川\n\n同志们：\n\n"
               "过去五年，全县上下团结奋进。\n")
    meta = doc.meta
    assert meta.report_kind == "party"
    assert meta.delivered_on == "2016-11-22"
    assert meta.speaker == "欧阳明川"


def test_meeting_line_in_chinese_numerals_gives_the_date():
    doc = _one("苍梧山市人民代表大会常务委员会工作报告\n\n"
               "——二〇〇九年一月十二日在苍梧山市第十二届人民代表大会第三次会议上\n\n"
               "市人大常委会主任　温启东\n\n各位代表：\n\n2008年，常委会依法履职。\n")
    assert (doc.meta.delivered_on, doc.meta.covers_year) == ("2009-01-12", 2008)
    assert doc.meta.speaker == "温启东"


def test_meeting_line_without_its_dash_under_a_title():
    doc = _one("鹤溪县人民政府工作报告\n\n发布时间：2019-02-27  来源：鹤溪县政府办\n\n"
               "在鹤溪县第十八届人民代表大会第四次会议上\n\n县长  钟远航\n\n各位代表：\n\n"
               "2018年，全县上下攻坚克难。\n")
    meta = doc.meta
    assert meta.title == "鹤溪县人民政府工作报告"
    assert meta.meeting == "鹤溪县第十八届人民代表大会第四次会议"
    assert meta.speaker == "钟远航"
    assert (meta.published_on, meta.covers_year) == ("2019-02-27", 2018)


def test_a_speech_titled_by_its_meeting_keeps_its_title():
    doc = _one("在全县农村工作会议上的讲话\n\n（2013年2月6日）\n\n各位同志：\n\n"
               "今天召开会议，部署全年农村工作。\n")
    assert doc.meta.title == "在全县农村工作会议上的讲话"
    assert doc.meta.delivered_on == "2013-02-06"


@pytest.mark.parametrize("header", [
    "本报告有关用语解释：", "有关名词解释", "报告中有关用语说明", "政府工作报告名词解释",
    "《常委会工作报告》有关名词注释", "附：部分名词解释", "相关术语释义：", "## 报告中有关名词解释",
    "**本报告涉及的名词术语解释**",
])
def test_notes_block_titles(header):
    assert is_notes_header(header)
    text = ("政府工作报告\n\n——2010年1月25日在桐庐坪县第十五届人民代表大会第四次会议上\n\n"
            "县长　宋嘉禾\n\n各位代表：\n\n2009年，全县深入推进“三治融合”，建成乡村振兴讲堂15个。\n\n"
            f"{header}\n\n1．“三治融合”：指自治、法治、德治相结合的基层治理体系。\n\n"
            "2．乡村振兴讲堂：指在行政村设立的农民培训场所。\n")
    doc = _one(text)
    notes = {n.term: n for n in doc.doc.notes}
    assert list(notes) == ["“三治融合”", "乡村振兴讲堂"]
    body = doc.doc.text
    assert body.startswith("“三治融合”", notes["“三治融合”"].first_use)
    assert body.startswith("乡村振兴讲堂", notes["乡村振兴讲堂"].first_use)


def test_notes_title_run_into_the_first_note():
    doc = _one("政府工作报告\n\n——2020年1月9日在柳溪县第九届人民代表大会第四次会议上\n\n"
               "各位代表：\n\n2019年，全县推行“一窗受理”。\n\n"
               "本报告有关用语解释：“一窗受理”：指在政务大厅一个窗口受理全部事项。\n")
    assert [n.term for n in doc.doc.notes] == ["“一窗受理”"]


@pytest.mark.parametrize("line", ["有关情况说明", "二、名词解释工作", "关于报告中有关数据的说明：",
                                  "用语要规范"])
def test_lines_that_are_no_notes_title(line):
    assert not is_notes_header(line)


def test_a_sentence_on_explaining_terms_does_not_open_notes():
    doc = _one("政府工作报告\n\n——2011年1月6日在梅岭县第十四届人民代表大会第五次会议上\n\n各位代表：\n\n"
               "2010年，全县开展政策用语解释宣传活动，印发手册2万册。\n\n全年新增就业3200人。\n")
    assert doc.doc.notes == ()
    assert all(p.kind != "note" for p in doc.doc.paragraphs)


_MEETING = "——2017年1月5日在栖霞市东坪区第九届人民代表大会第一次会议上"


def _head(title_lines: str, meeting: str = _MEETING) -> str:
    return f"{title_lines}\n\n{meeting}\n\n各位代表：\n\n2016年，各项工作稳步推进。\n"


@pytest.mark.parametrize(("lines", "title"), [
    ("# 中国人民政治协商会议栖霞市东坪区委员会\n# 常务委员会工作报告",
     "中国人民政治协商会议栖霞市东坪区委员会常务委员会工作报告"),
    ("政协栖霞市东坪区委员会\n常务委员会工作报告", "政协栖霞市东坪区委员会常务委员会工作报告"),
    ("栖霞市东坪区\n人民代表大会常务委员会工作报告", "栖霞市东坪区人民代表大会常务委员会工作报告"),
    ("栖霞市东坪区人民政府\n工作报告", "栖霞市东坪区人民政府工作报告"),
])
def test_a_title_cut_over_two_lines_is_joined(lines, title):
    assert _one(_head(lines)).meta.title == title


@pytest.mark.parametrize(("lines", "title"), [
    # a line above that is a title of its own, or a sentence, stays apart
    ("东坪区人大常委会2016年工作要点\n\n常务委员会工作报告", "常务委员会工作报告"),
    ("现将有关情况报告如下：\n\n常务委员会工作报告", "常务委员会工作报告"),
])
def test_a_whole_title_is_not_glued_to_the_line_above(lines, title):
    assert _one(_head(lines)).meta.title == title


def test_a_town_report_names_its_town_after_its_county():
    doc = _one("镇人民政府工作报告\n\n——2014年1月16日在汀江县白沙镇第十八届人民代表大会第四次会议上\n\n"
               "镇长　邱永福\n\n各位代表：\n\n2013年，全镇工作稳步推进。\n")
    meta = doc.meta
    assert (meta.place, meta.admin_code) == ("汀江县白沙镇", "")
    assert (meta.speaker_role, meta.speaker) == ("镇长", "邱永福")


def test_no_town_from_words_that_only_end_in_a_town_suffix():
    assert places_in("汀江县城乡居民收入统计") == []
    assert places_in("汀江县人民政府") == ["汀江县"]


@pytest.mark.parametrize(("line", "role", "name"), [
    ("报告人：县长　邱永福", "县长", "邱永福"),
    ("县长　邱  福", "县长", "邱福"),
    ("区人大常委会主任　欧阳  文", "区人大常委会主任", "欧阳文"),
])
def test_speaker_lines(line, role, name):
    meeting = "——2014年1月16日在汀江县第十八届人民代表大会第四次会议上"
    doc = _one(_head("政府工作报告", f"{meeting}\n\n{line}"))
    assert (doc.meta.speaker_role, doc.meta.speaker) == (role, name)


def test_web_stamp_in_chinese_form_is_the_publication_date():
    doc = _one("汀江县2016年政府工作报告\n\n2016年02月03日 10:15  来源：汀江县人民政府\n\n各位代表：\n\n"
               "2015年，全县经济平稳运行。\n")
    assert (doc.meta.published_on, doc.meta.source) == ("2016-02-03", "汀江县人民政府")
    assert doc.meta.covers_year == 2015


_NOTES_REPORT = ("政府工作报告\n\n——2013年1月22日在汀江县第十七届人民代表大会第二次会议上\n\n各位代表：\n\n"
                 "2012年，全县推进“两违”整治，开展“厕所革命”。\n\n名词解释\n\n{notes}\n")


@pytest.mark.parametrize("notes", [
    "- **“两违”整治：** 指整治违法用地和违法建设。\n- **“厕所革命”：** 指改造农村厕所。",
    "* “两违”整治：指整治违法用地和违法建设。\n* “厕所革命”：指改造农村厕所。",
    "• “两违”整治：指整治违法用地和违法建设。\n• “厕所革命”：指改造农村厕所。",
    "◎“两违”整治：指整治违法用地和违法建设。\n◎“厕所革命”：指改造农村厕所。\n\n来源：汀江县人民政府\n"
    "编辑：林小满　审核：周青\n阅读原文\n分享　收藏　点赞　在看",
    "（一）“两违”整治：指整治违法用地和违法建设。\n（二）“厕所革命”：指改造农村厕所。",
    "1.“两违”整治 指整治违法用地和违法建设。\n2.“厕所革命” 指改造农村厕所。",
    "**“两违”整治**\n\n指整治违法用地和违法建设。\n\n**“厕所革命”**\n\n指改造农村厕所。",
    "### 1. “两违”整治\n\n是指整治违法用地和违法建设。\n\n### 2. “厕所革命”\n\n是指改造农村厕所。",
])
def test_notes_in_bullets_bracket_keys_and_terms_on_their_own_line(notes):
    doc = _one(_NOTES_REPORT.format(notes=notes))
    got = [(n.term, n.definition) for n in doc.doc.notes]
    assert [t for t, _ in got] == ["“两违”整治", "“厕所革命”"]
    assert got[1][1].endswith("改造农村厕所。")
    body = doc.doc.text
    assert all(body.startswith(n.term, n.first_use) for n in doc.doc.notes)


def test_a_note_cut_by_a_page_break_still_joins_its_rest():
    notes = "“两违”整治：指整治违法用地和\n\n违法建设。\n\n“厕所革命”：指改造农村厕所。"
    doc = _one(_NOTES_REPORT.format(notes=notes))
    assert [(n.term, n.definition) for n in doc.doc.notes] == [
        ("“两违”整治", "指整治违法用地和违法建设。"), ("“厕所革命”", "指改造农村厕所。")]


_GOV = "政府工作报告\n\n{meeting}\n\n县长　聂怀远\n\n各位代表：\n\n2020年，全县经济稳中有进。\n"


@pytest.mark.parametrize("meeting", [
    "——在溪口县第十六届人民代表大会第五次会议上（2021年1月19日）",
    "（在溪口县第十六届人民代表大会第五次会议上 2021年1月19日）",
    "2021年1月19日在溪口县第十六届人民代表大会第五次会议上",
    "二〇二一年一月十九日在溪口县第十六届人民代表大会第五次会议上",
])
def test_meeting_lines_with_the_date_before_or_after_the_meeting(meeting):
    meta = _one(_GOV.format(meeting=meeting)).meta
    assert meta.meeting == "溪口县第十六届人民代表大会第五次会议"
    assert (meta.delivered_on, meta.covers_year) == ("2021-01-19", 2020)
    assert (meta.title, meta.speaker, meta.place) == ("政府工作报告", "聂怀远", "溪口县")


def test_a_meetings_document_stamp_is_no_part_of_the_title():
    text = "溪口县第十六届人民代表大会第五次会议文件（2）\n\n" + _GOV.format(
        meeting="——2021年1月19日在溪口县第十六届人民代表大会第五次会议上")
    assert _one(text).meta.title == "政府工作报告"


def test_a_speaker_line_with_two_offices_is_not_glued_to_the_address():
    doc = _one("溪口县人民代表大会常务委员会工作报告\n\n"
               "——2021年1月18日在溪口县第十六届人民代表大会第五次会议上\n\n"
               "县人大常委会党组书记、主任　包  华\n各位代表：\n\n2020年，常委会依法履职。\n")
    assert (doc.meta.speaker_role, doc.meta.speaker) == ("县人大常委会党组书记、主任", "包华")
    assert any(doc.doc.text[p.start:p.end] == "各位代表：" for p in doc.doc.paragraphs)


def test_a_wrapped_line_that_ends_in_an_office_and_a_name_is_still_joined():
    text = "2020年，常委会共召开会议9次，每次会议由县人大常委会主任 王明\n主持，审议了各项报告。\n"
    assert "主任 王明主持" in clean_text(text, "x.txt", errata=[]).text


def test_a_party_congress_report_under_a_headline_with_a_dashless_meeting_line():
    doc = _one("# 勇立潮头再出发\n\n> 在中国共产党临川市西塘区第六次代表大会上的报告\n>\n"
               "> （二〇一一年八月三十日）\n\n"
               "同志们：\n\n现在，我代表中国共产党临川市西塘区第五届委员会向大会作报告。\n")
    meta = doc.meta
    assert (meta.report_kind, meta.title) == ("party", "勇立潮头再出发")
    assert meta.meeting == "中国共产党临川市西塘区第六次代表大会"
    assert (meta.place, meta.delivered_on) == ("临川市西塘区", "2011-08-30")


def test_places_before_a_congress_number():
    assert places_in("中国共产党石岭县第十三次代表大会") == ["石岭县"]


def test_a_speech_under_a_document_stamp_keeps_its_title():
    doc = _one("全县经济工作会议文件之三\n\n在全县经济工作会议上的讲话\n\n（2012年12月28日）\n\n同志们：\n\n"
               "今天召开全县经济工作会议。\n")
    assert doc.meta.title == "在全县经济工作会议上的讲话"


_CLOSING = ("政府工作报告\n\n——2013年1月22日在汀江县第十七届人民代表大会第二次会议上\n\n各位代表：\n\n"
            "2012年，全县推进“两违”整治，开展“厕所革命”。\n\n各位代表，让我们携手奋进！\n\n{tail}\n")


def test_numbered_notes_after_the_closing_line_without_a_notes_title():
    tail = "1．“两违”整治：指整治违法用地和违法建设。\n\n2．“厕所革命”：是指改造农村厕所。"
    doc = _one(_CLOSING.format(tail=tail))
    assert [n.term for n in doc.doc.notes] == ["“两违”整治", "“厕所革命”"]
    assert all(doc.doc.text.startswith(n.term, n.first_use) for n in doc.doc.notes)


@pytest.mark.parametrize("tail", [
    # tasks, not notes: the items define nothing
    "1．稳增长：全年增长7%。\n\n2．惠民生：新增就业5000人。",
    # numbered from 2: the rest of a list, not the notes
    "2．“两违”整治：指整治违法用地。\n\n3．“厕所革命”：指改造农村厕所。",
    # one item only
    "1．“两违”整治：指整治违法用地和违法建设。",
])
def test_numbered_lines_at_the_end_that_are_no_notes(tail):
    assert _one(_CLOSING.format(tail=tail)).doc.notes == ()


@pytest.mark.parametrize(("opening", "place"), [
    ("现在，我代表鹤溪县人民政府，向大会报告工作，请予审议。", "鹤溪县"),
    ("我受鹤溪县人大常委会委托，向大会报告工作，请予审议。", "鹤溪县"),
    ("现在，我代表县人民政府，向大会报告工作，请予审议。", ""),
])
def test_a_report_without_a_place_in_its_head_is_placed_by_whom_it_speaks_for(opening, place):
    doc = _one(f"政府工作报告\n\n发布时间：2019-02-27\n\n各位代表：\n\n{opening}\n\n2018年，全县攻坚克难。\n")
    assert doc.meta.place == place


@pytest.mark.parametrize("table", [
    "| 名词 | 解释 |\n|---|---|\n| “两违”整治 | 指整治违法用地和违法建设。 |\n"
    "| “厕所革命” | 指改造农村厕所。 |",
    "| 序号 | 名词 | 解释 |\n| --- | --- | --- |\n| 1 | “两违”整治 | 指整治违法用地和违法建设。 |\n"
    "| 2 | “厕所革命” | 指改造农村厕所。 |",
])
def test_notes_as_a_markdown_table(table):
    doc = _one(_NOTES_REPORT.format(notes=table))
    assert [(n.term, n.definition) for n in doc.doc.notes] == [
        ("“两违”整治", "指整治违法用地和违法建设。"), ("“厕所革命”", "指改造农村厕所。")]


def test_rows_of_a_markdown_table_are_not_glued_together():
    text = "| 指标 | 数值 |\n|---|---|\n| 地区生产总值 | 120亿元 |\n| 财政收入 | 9亿元 |\n"
    lines = [x for x in clean_text(text, "x.txt", errata=[]).text.split("\n") if x]
    assert lines[2:] == ["| 地区生产总值 | 120亿元 |", "| 财政收入 | 9亿元 |"]
