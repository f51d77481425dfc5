"""Oversight actions stated by the layout of a report (composed reports of other places and years)."""

from __future__ import annotations

from pipelines.extract.supervision import extract_supervision
from pipelines.model import DocumentText, Paragraph
from pipelines.text.documents import find_documents

REPORT = """丽水市莲都区人民代表大会常务委员会工作报告

——2012年1月9日在丽水市莲都区第四届人民代表大会第二次会议上

各位代表：

受区人大常委会委托，我向大会报告工作，请予审议。

一、听取和审议专项工作报告

1.区政府关于城中村改造工作情况的报告；

2.区法院关于民商事审判工作情况的报告。

二、执法检查

1.《中华人民共和国道路交通安全法》贯彻实施情况；

2.全年审议议题28项。

三、2012年工作安排

（一）执法检查

1.《中华人民共和国森林法》贯彻实施情况。
"""


def test_items_under_a_heading_that_names_the_form_are_actions_of_it():
    [found] = find_documents(REPORT, "liandu")
    rows = [(a.form, a.subject, a.rule) for a in extract_supervision(found.doc)]
    assert rows == [
        ("听取审议报告", "区政府关于城中村改造工作情况的报告", "heading_item"),
        ("听取审议报告", "区法院关于民商事审判工作情况的报告", "heading_item"),
        ("执法检查", "《中华人民共和国道路交通安全法》贯彻实施情况", "heading_item"),
    ]  # a count under the heading is no item, and the plan for 2012 publishes nothing


TABLES = """桐溪县人民代表大会常务委员会工作报告

——2019年1月15日在桐溪县第十七届人民代表大会第四次会议上

各位代表：

一、2018年工作回顾

常委会全年听取和审议的专项工作报告见表1。

表1　2018年常委会听取和审议专项工作报告情况
序号 项目 时间
1 县人民政府关于农村生活污水治理工作情况的报告 3月
2 县人民法院关于行政审判工作情况的报告 6月

注：第1项报告审议后，常委会进行了满意度测评。

在视察茶叶产业园时，常委会组成人员提出了加快冷链建设的意见。两次专题询问共有7个部门负责人到会应询。

表2　2018年常委会执法检查和视察活动情况
序号\t项目\t形式\t时间
1\t茶叶产业园\t视察\t4月
2\t《中华人民共和国水污染防治法》实施情况\t执法检查\t9月

主任会议选出2件代表建议作为重点督办建议，办理情况如下。

表3　重点督办代表建议办理情况
序号 建议名称 领衔督办 办理情况
1 关于改造城关农贸市场的建议 某某 已完成
2 关于增设城区公交线路的建议 某某 新开线路3条

二、2019年工作任务

常委会将听取和审议县人民政府关于营商环境建设情况的报告。
"""


def test_rows_of_numbered_tables_flattened_to_lines_are_actions():
    [found] = find_documents(TABLES, "tongxi")
    assert all(p.section != "注释" for p in found.doc.paragraphs)  # a remark under a table is no note
    rows = {(a.form, a.subject) for a in extract_supervision(found.doc)}
    assert {("听取审议报告", "县人民政府关于农村生活污水治理工作情况的报告"),
            ("听取审议报告", "县人民法院关于行政审判工作情况的报告"),
            ("执法检查", "《中华人民共和国水污染防治法》实施情况"),
            ("督查", "关于改造城关农贸市场的建议"), ("督查", "关于增设城区公交线路的建议")} <= rows
    assert [a.subject for a in extract_supervision(found.doc) if a.form == "视察"] == ["茶叶产业园"]
    # the captions, headers, pointers to the tables and a count of inquiries give no row
    assert not [s for _, s in rows if "表" in s or "办理情况" == s or s.startswith("共有")]
    assert not [s for f, s in rows if "营商环境" in s]  # the plans ahead


CELLS = """某县人民代表大会常务委员会工作报告

——2020年1月8日在某县第十七届人民代表大会第五次会议上

各位代表：

一、2019年工作回顾

常委会依法履职，各项工作取得新进展。

附件

2019年县人大常委会主要监督工作一览表

序号
时间
监督形式
监督内容
1
3月
听取审议报告
县人民政府关于河长制落实情况的报告
2
5月
视察
县城污水处理厂扩建项目
3
6月
听取审议报告
县人民政府关于2018年县级决算的报告
4
9月
听取审议报告
县人民法院关于执行工作情况的报告
"""


def test_a_table_copied_one_cell_a_line_keeps_its_repeated_cells_and_gives_its_rows(tmp_path):
    from pipelines.steps import clean, load, parse

    path = tmp_path / "cells.txt"
    path.write_text(CELLS, encoding="utf-8")
    src = load(path)
    tracked, _ = clean(src)
    assert tracked.text.count("听取审议报告") == 3  # a repeated cell is no running header
    [found] = parse(src, tracked)
    rows = [(a.form, a.subject) for a in extract_supervision(found.doc)]
    assert rows == [("听取审议报告", "县人民政府关于河长制落实情况的报告"),
                    ("视察", "县城污水处理厂扩建项目"),
                    ("听取审议报告", "县人民政府关于2018年县级决算的报告"),
                    ("听取审议报告", "县人民法院关于执行工作情况的报告")]


def test_circled_items_run_into_a_sentence_are_one_action_each():
    text = ("常委会组织部分代表视察了①城南安置房三期项目，②沿河截污管网工程，③县人民医院住院楼建设，"
            "对项目推进中的问题提出了意见。常委会重点督查了①城区停车场建设、②农贸市场改造和③社区食堂建设三个项目。")
    doc = DocumentText("d", "npc", 2020, text, (Paragraph(0, 0, len(text), "body", "一、工作回顾"),))
    rows = [(a.form, a.subject) for a in extract_supervision(doc)]
    assert rows == [("视察", "城南安置房三期项目"), ("视察", "沿河截污管网工程"),
                    ("视察", "县人民医院住院楼建设"), ("督查", "城区停车场建设"), ("督查", "农贸市场改造"),
                    ("督查", "社区食堂建设")]


def test_topics_listed_under_a_research_lead_are_researched():
    text = ("常委会围绕以下两个课题开展专题调研，形成的调研报告报送县委：\n"
            "- 县域商业体系建设情况\n- 农村寄递物流发展")
    doc = DocumentText("d", "npc", 2020, text, (Paragraph(0, 0, len(text), "body", "一、工作回顾"),))
    assert [(a.form, a.subject) for a in extract_supervision(doc)] == [
        ("专题调研", "县域商业体系建设情况"), ("专题调研", "农村寄递物流发展")]
