"""Report kinds of layouts without a title: the opening, the speaker's role and the vocabulary decide.

Openings composed in each genre's style for other places and years (none from the seed).
"""

from __future__ import annotations

import pytest

from pipelines.text.documents import find_documents
from pipelines.text.report_kinds import classify

OPENINGS = [
    ("各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和列席人员提出意见。\n"
     "一、2011年工作回顾\n全县实现生产总值88.6亿元，增长12.4%。", "government"),
    ("各位代表：\n受县人民代表大会常务委员会委托，我向大会报告工作，请予审议。\n一年来，常委会认真履行职责。",
     "npc"),
    ("受政协宁德市第三届委员会常务委员会的委托，我向大会报告工作，请予审议。\n一年来，市政协围绕中心履行职能，"
     "共收到提案301件。", "cppcc"),
    ("同志们：\n这次全会的主要任务是总结过去一年工作。全县党员干部奋发有为，全面从严治党向纵深推进。",
     "party"),
]


@pytest.mark.parametrize("body,kind", OPENINGS, ids=[k for _, k in OPENINGS])
def test_an_untitled_report_is_known_by_its_opening(body, kind):
    assert classify("", "", "", body).kind == kind


@pytest.mark.parametrize("role,kind", [("县人大常委会副主任", "npc"), ("市政协副主席", "cppcc"),
                                       ("代县长", "government"), ("区委书记", "party")])
def test_a_deputy_chair_or_acting_head_delivering_names_the_kind(role, kind):
    assert classify("", role, "", "各位代表：").kind == kind


def test_a_report_with_only_its_meeting_line_and_a_deputy_speaker():
    text = ("——2015年1月20日在永康市第十五届人民代表大会第五次会议上\n\n市人大常委会副主任 吕国强\n\n"
            "各位代表：\n\n"
            "受市人大常委会委托，我向大会报告工作，请予审议。\n\n常委会听取和审议了市政府关于五金产业转型情况的报告。\n")
    [found] = find_documents(text, "yongkang")
    meta = found.meta
    assert (meta.report_kind, meta.title, meta.speaker) == ("npc", "", "吕国强")
    assert meta.delivered_on == "2015-01-20"
    assert meta.place == "永康市"


@pytest.mark.parametrize("title,role,body", [
    ("梅岭街道办事处工作报告", "", "各位代表：\n现在，我代表街道办事处向大会报告工作，请予审议。"),
    ("", "镇长", "各位代表：\n现在，我代表镇人民政府向大会报告工作。全镇实现财政收入1.2亿元。"),
    ("", "街道办事处主任", "各位代表：\n现在，我代表街道办事处向居民代表会议报告工作，请予审议。"),
])
def test_a_street_office_or_township_government_reports_as_government(title, role, body):
    """A street office is the district government's agency; a township head speaks for its government."""
    assert classify(title, role, "", body).kind == "government"
