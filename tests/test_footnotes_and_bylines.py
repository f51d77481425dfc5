"""Page footnotes, WeChat bylines, newspaper page lines and WeChat chapter numbers.

Layouts composed in the genre's style for invented places (none from the seed): a government
report printed with its glossary as footnotes at each page's foot (``推进“甲制”①改革`` … a rule …
``①“甲制”：指…``), a township report copied from a WeChat article, a CPPCC report from a
newspaper's digital edition.
"""

from __future__ import annotations

from pipelines.text.clean import clean_text
from pipelines.text.documents import find_documents

FOOTNOTED = """溪岭区人民政府工作报告

——2020年1月8日在溪岭区第三届人民代表大会第五次会议上

区长 严松柏

各位代表：

现在，我代表区人民政府，向大会报告工作，请予审议。

一、2019年工作回顾

（一）规划引领更加有力。推进“多图合一”①改革，编制完成村庄规划36个。

（二）产业加快转型。深入实施“溪岭智造”三年行动②，完成工业技改投资21.6亿元，全年共

＿＿＿＿＿＿＿＿＿＿＿＿
　　①“多图合一”：指将多个规划融合为一张蓝图。
　　②“溪岭智造”三年行动：指推动制造业智能化改造的行动计划。

— 1 —

新增市场主体3260户。

（三）民生持续改善。推行“一门通办”③，政务服务事项网上可办率达到88%。

③“一门通办”：指将政务服务事项集中到一个窗口统一受理。
"""


def _docs(text: str, name: str):
    cleaned = clean_text(text, name)
    return cleaned, find_documents(cleaned.text, name.removesuffix(".txt"))


def test_footnotes_at_a_page_foot_are_glossary_notes_with_their_first_use():
    cleaned, [doc] = _docs(FOOTNOTED, "xiling-2020.txt")
    notes = {n.term: n for n in doc.doc.notes}
    assert set(notes) == {"“多图合一”", "“溪岭智造”三年行动", "“一门通办”"}
    text = doc.doc.text
    assert notes["“多图合一”"].definition.startswith("指将多个规划")
    first = notes["“溪岭智造”三年行动"]
    assert text[first.first_use:first.first_use_end] == "“溪岭智造”三年行动"
    assert first.first_use < first.start  # used in the body before its footnote
    # the footnotes are not joined to the sentence the page cut, nor the rule to anything
    assert "全年共＿" not in cleaned.text and "全年共①" not in cleaned.text
    bodies = [text[p.start:p.end] for p in doc.doc.paragraphs if p.kind == "body"]
    assert not any("：指" in b for b in bodies)


def test_a_keyed_line_among_the_paragraphs_is_no_note_without_its_term_used_above():
    text = FOOTNOTED.replace("②“溪岭智造”三年行动：指推动制造业智能化改造的行动计划。",
                             "②“三色预警”：指按风险程度分红黄绿三色管理。")
    _, [doc] = _docs(text, "xiling-2020.txt")
    assert "“三色预警”" not in {n.term for n in doc.doc.notes}


WECHAT = """【聚焦人代会】梅溪镇人民代表大会主席团工作报告
原创 梅溪人大 梅溪人大 2024-02-20 18:05 发表于浙江

点击上方蓝字 关注我们

梅溪镇人民代表大会主席团工作报告

——2024年2月6日在梅溪镇第十七届人民代表大会第四次会议上

镇人大主席 沈秋禾

各位代表：

我代表镇人民代表大会主席团，向大会报告工作，请予审议。

01 2023年工作回顾

主席团组织代表视察了镇污水处理设施运行情况。

02 2024年工作安排

2024年，主席团将组织代表视察重点项目建设。开展站所评议。

END
"""


def test_a_wechat_byline_gives_the_publication_date_and_is_no_part_of_the_title():
    _, [doc] = _docs(WECHAT, "meixi-2024.txt")
    assert doc.meta.title == "梅溪镇人民代表大会主席团工作报告"
    assert doc.meta.published_on == "2024-02-20"
    assert doc.meta.report_kind == "npc"


def test_wechat_chapter_numbers_are_headings_and_the_plans_chapter_holds_no_action():
    from pipelines.extract.supervision import extract_supervision

    _, [doc] = _docs(WECHAT, "meixi-2024.txt")
    paths = {p.section for p in doc.doc.paragraphs if p.kind == "body"}
    assert {"012023年工作回顾", "022024年工作安排"} <= paths
    rows = extract_supervision(doc.doc)
    assert [r.form for r in rows] == ["视察"]  # the review's visit; the plan's visit and 站所评议 are plans


NEWSPAPER = """某市日报数字报
2022年01月15日　星期六
第05版：两会特刊

政协某市某区第九届委员会常务委员会工作报告

——2022年1月11日在政协某市某区第十届委员会第一次会议上

各位委员：

现在，我代表政协某市某区第九届委员会常务委员会向大会报告工作，请予审议。
"""


def test_a_newspaper_page_line_is_no_part_of_the_title():
    _, [doc] = _docs(NEWSPAPER, "paper-2022.txt")
    assert doc.meta.title == "政协某市某区第九届委员会常务委员会工作报告"


def test_zero_padded_list_lines_are_no_chapters():
    from pipelines.text.structure import heading_info

    assert heading_info("01 2022年工作回顾") is not None and heading_info("02 今年工作安排") is not None
    for line in ("01 县城污水处理厂提标改造工程 总投资1.2亿元", "01 关于加快发展乡村旅游的提案",
                 "02 城西安置房建设项目", "03 12.5%"):
        assert heading_info(line) is None, line


def test_a_list_item_that_defines_is_no_footnote_without_a_rule_above():
    text = FOOTNOTED.replace("＿＿＿＿＿＿＿＿＿＿＿＿\n", "")
    _, [doc] = _docs(text, "xiling-2020.txt")
    assert "“多图合一”" not in {n.term for n in doc.doc.notes}
