"""A web copy's navigation path is kept as the document's ``breadcrumb``, as printed (the cleaning
removes the line from the text). Pages composed for other places and years."""

from __future__ import annotations

import pytest

from pipelines.text.clean import clean_text
from pipelines.text.documents import attach_breadcrumbs, find_documents
from pipelines.text.web_head import breadcrumb_of


@pytest.mark.parametrize("line,want", [
    ("当前位置：首页 > 政务公开 > 规划计划", "首页 > 政务公开 > 规划计划"),
    ("您现在的位置：首页>>信息公开>>工作报告", "首页>>信息公开>>工作报告"),
    ("您当前的位置：首页>常委会公报>工作报告  ", "首页>常委会公报>工作报告"),
    ("首页 » 人大要闻 » 常委会工作", "首页 » 人大要闻 » 常委会工作"),
    ("网站首页 ＞ 政协工作 ＞ 履职报告", "网站首页 ＞ 政协工作 ＞ 履职报告"),
    ("当前位置：首页 > 政协 工作 > 履职报告", ""),
    ("全县生产总值 > 300亿元", ""),
    ("首页", ""),
])
def test_breadcrumb_lines(line, want):
    assert breadcrumb_of(line) == want


def _documents(text: str):
    outcome = clean_text(text, "page.txt", errata=[])
    return attach_breadcrumbs(find_documents(outcome.text, "page"), outcome.tracked), outcome


def test_a_web_copy_keeps_its_breadcrumb_and_its_title():
    page = ("当前位置：首页 > 政务公开 > 规划计划\n\n瑞安市人民政府工作报告\n\n"
            "发布时间：2017-01-20 来源：市政府办\n\n"
            "——2017年1月10日在瑞安市第十五届人民代表大会第一次会议上\n\n市长 林立新\n\n各位代表：\n\n"
            "现在，我代表市人民政府向大会报告工作，请予审议。全市实现地区生产总值720.5亿元。\n")
    [found], outcome = _documents(page)
    assert found.meta.extra["breadcrumb"] == "首页 > 政务公开 > 规划计划"
    assert found.meta.title == "瑞安市人民政府工作报告"
    assert "首页" not in outcome.text  # the line itself is still removed from the text


def test_a_copy_without_a_breadcrumb_has_none():
    page = ("临海市人民政府工作报告\n\n各位代表：\n\n"
            "现在，我代表市人民政府向大会报告工作。全市生产总值增长7%。\n")
    [found], _ = _documents(page)
    assert "breadcrumb" not in found.meta.extra
