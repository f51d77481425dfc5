"""Oversight actions stated by the layout of a report (composed reports of other places and years)."""

from __future__ import annotations

from pipelines.extract.supervision import extract_supervision
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
