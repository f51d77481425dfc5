"""Reports heard told as a list under a lead line, and again in an appendix's table.

Texts composed for other places and years (none from the seed)."""

from __future__ import annotations

from pathlib import Path

from pipelines.steps import process_file
from pipelines.text.structure import appendix_heading

REPORT = """榆州市桐川区人民代表大会常务委员会工作报告

——2022年1月12日在桐川区第九届人民代表大会第二次会议上

区人大常委会主任　某某

各位代表：

现在，我代表区人大常委会向大会报告工作，请予审议。

一、2021年主要工作

（一）聚焦高质量发展，加强经济监督

常委会紧扣预算管理，全年听取和审议了以下报告：

1.区人民政府关于2020年区级决算草案的报告（第三十次会议），并审查批准了2020年区级决算；
2.区人民政府关于2021年上半年计划执行情况的报告（第三十二次会议）。

（二）回应民生关切

围绕群众关心的养老托育问题，常委会听取和审议了：

（1）区人民政府关于居家养老服务工作情况的报告；
（2）区人民政府关于普惠托育工作情况的报告。

二、2022年工作任务

2022年，常委会将听取和审议区人民政府关于城市更新工作情况的报告，对《中华人民共和国安全生产法》的实施情况开展执法检查。

附件

区人大常委会2021年听取和审议工作报告一览表

序号\t会议\t报告名称\t报告机关
1\t第三十次\t关于2020年区级决算草案的报告\t区人民政府
2\t第三十一次\t关于河道综合治理工作情况的报告\t区人民政府
3\t第三十二次\t关于2021年上半年计划执行情况的报告\t区人民政府
4\t第三十三次\t关于居家养老服务工作情况的报告\t区人民政府
"""


def test_an_appendix_head_is_a_chapter_of_its_own() -> None:
    assert appendix_heading("附件").title == "附件"
    assert appendix_heading("附表3：").title == "附表3"
    assert appendix_heading("附件：名词解释") is None  # a glossary's head, read by the notes
    assert appendix_heading("附近村庄") is None


def test_reports_listed_under_a_lead_and_in_an_appendix_are_one_row_each(tmp_path: Path) -> None:
    path = tmp_path / "tongchuan-2022-npc.txt"
    path.write_text(REPORT, encoding="utf-8")
    rows = [(r["form"], r["subject"], r["section"]) for r in process_file(path).tables["supervision"]]
    heard = [s for f, s, _ in rows if f == "听取审议报告"]
    assert heard == [
        "区人民政府关于2020年区级决算草案的报告", "区人民政府关于2021年上半年计划执行情况的报告",
        "区人民政府关于居家养老服务工作情况的报告", "区人民政府关于普惠托育工作情况的报告",
        "关于河道综合治理工作情况的报告",  # heard, named only in the appendix's table
    ], rows
    # the leads point at their lists; the table's title and the year-ahead plans are no rows
    assert not any("以下" in s or "养老托育问题" in s or "一览表" in s or "城市更新" in s for _, s, _ in rows)
    # the account approved on the line of its hearing is that one action, the hearing
    assert not any(f == "批准" for f, _, _ in rows)
    assert [sec for f, s, sec in rows if "河道" in s] == ["附件"]
