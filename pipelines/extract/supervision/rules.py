"""The named rules of the supervision extractor, in the order they are tried.

Like the cleaning's ``RULES``, every rule has a name that lands in the output: a row's ``rule``
column names the :data:`SUBJECT_RULES` entry that found its subject; :data:`KEEP_OUT_RULES` name
why a trigger gave no row (they are logged at debug level, never published). The golden cases in
``tests/cases/supervision.csv`` hold at least one sentence per rule.

Two facts about a row are decided here as well: its ``law`` (the 《》 title of a law or regulation
inside the subject) and whether a counted action is an aggregate (a statistic for the
``indicators`` table, not an action).

>>> law_of("《某市数字经济促进条例》实施情况")
'《某市数字经济促进条例》'
>>> law_of("《关于加快老旧小区改造的议案》"), law_of("城区老旧小区改造"), law_of("行政执法实施情况")
('', '', '')
>>> law_of("食品安全法实施情况")
'《食品安全法》'
>>> aggregate("专项工作报告", "12项"), aggregate("国家机关工作人员", "46人次")
(True, True)
>>> aggregate("区法院人民陪审员", "10人"), aggregate("信访件", "41件")
(False, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipelines.extract.supervision.prefilter import Prefilter
from pipelines.extract.supervision.vocab import read_rows


@dataclass(frozen=True)
class Rule:
    """A named rule: what it reads and one sentence it was built from."""

    name: str
    reads: str


SUBJECT_RULES: tuple[Rule, ...] = (
    Rule("group", "the trigger's own phrase holds the subject: 《X议案》交由常委会专题审议"),
    Rule("frame", "对/就/围绕 X 进行/开展 + trigger: 对《X条例》实施情况开展市、区联动执法检查"),
    Rule("passive", "the reports of the clause before, heard in the passive: "
                    "县政府关于X的报告，经常委会第五次会议审议"),
    Rule("self", "the trigger phrase is the action: 任命区法院人民陪审员10人"),
    Rule("after", "the words after the trigger: 视察X; 一是听取和审议区政府关于X的报告"),
    Rule("before_meeting", "a meeting named before it: 召开X座谈会"),
    Rule("before_of", "开展的X的检查"),
    Rule("place", "a place visited: 赴某街道视察"),
    Rule("before_open", "开展/进行 X + trigger: 开展X专题调研"),
    Rule("topic", "an earlier clause names the topic: 围绕X，成立课题组开展专题调研"),
    Rule("topic_place", "a topic and a place: 关心X工作，前往某地视察 → X（某地）"),
    Rule("previous", "shares the subject of the action before it: 在审议X报告的同时，开展专题询问"),
    Rule("heading_item", "an item under a heading that names the form: 一、执法检查 / 1.《X条例》实施情况；"),
    Rule("table_row", "a row of a table flattened by OCR: 2 农村公路建设情况 视察"),
    Rule("listed_after", "the items a colon lists after the subject: 视察了重点工程建设：一是A，二是B"),
)

KEEP_OUT_RULES: tuple[Rule, ...] = (
    Rule("plan_document", "a work plan (工作要点, 工作计划) lists planned actions: none is published"),
    Rule("run_in_heading", "a short run-in heading is no action: 执法检查维护民利。"),
    Rule("planned", "a clause of the year ahead: 常委会将听取…; a section 二、2020年工作任务"),
    Rule("aggregate", "a counted class of actions is an indicator: 开展执法检查和专题视察22次"),
    Rule("object_count", "objects counted inside an inspection: 开展执法检查，检查企业136家"),
    Rule("opinions", "opinions heard are no subject: 听取代表意见建议"),
    Rule("noun_use", "the trigger word is a noun: 审议有深度, 评议期间, 询问情况在电视台播出"),
    Rule("inside_title", "inside the title of a report heard: 听取关于专题询问所提问题整改情况的报告"),
    Rule("team_detail", "what an action's team looked at: 检查组深入…，重点检查了X"),
    Rule("own_work", "the congress's own work: 召开乡镇人大主席团工作座谈会, 开展代表履职评议"),
    Rule("named_after", "a class of bodies whose members are named next: 对区级部门开展述职评议，评议A、B"),
    Rule("named_before", "units or officials appraised above, pointed back at: 对两个被评议单位进行测评"),
    Rule("remark", "a remark on an action told before, a mechanism's name or a shortcoming: "
                   "这是常委会首次听取…, 督办建议的力度还需加大"),
    Rule("list_pointer", "a hearing whose object is the list below it: 全年听取和审议了以下报告："),
    Rule("appraisal_step", "a hearing that is a step of an appraisal: 听取X局工作报告后进行了评议"),
    Rule("quoted_campaign", "the trigger word is a campaign's: 开展“大学习、大调研、大落实”活动"),
    Rule("counted_mention", "actions named by their count to tell what came of them: "
                            "两次专题询问共有9个部门负责人到会应询"),
)

RULE_NAMES = tuple(r.name for r in SUBJECT_RULES + KEEP_OUT_RULES)

# A law or regulation by the word its title ends with (a 决定/决议 of the committee is no law).
_LAW = re.compile(r"《[^《》]{2,80}?(?:法|条例|规定|办法|细则|规则|实施意见|若干规定)》")
# A law named without 《》 before 实施情况: 对食品安全法实施情况开展执法检查 (执法, 司法 are no law).
_BARE_LAW = re.compile(r"^(?:[\u4e00-\u9fff]{0,12}?(?:中华人民共和国|[省市县区]))?[\u4e00-\u9fff]{2,24}?"
                       r"(?:(?<![执司方办])法|条例)(?=(?:贯彻|实施|执行|落实))")
_LAW_FILTER, _BARE_LAW_FILTER = Prefilter([_LAW]), Prefilter([_BARE_LAW])
_PLAN_TITLE = re.compile(r"工作(?:要点|计划|安排)|监督工作计划")


def law_of(subject: str) -> str:
    """The first title of a law or regulation in a subject, with its 《》, or ''; a law the
    subject names without 《》 before 实施情况 gets them: ``食品安全法实施情况`` → ``《食品安全法》``."""
    # most subjects name no law: the patterns run only where their required characters stand
    m = _LAW.search(subject) if _LAW_FILTER.candidates(subject, 0, len(subject)) else None
    if m:
        return m.group()
    bare = _BARE_LAW.match(subject) if _BARE_LAW_FILTER.candidates(subject, 0, len(subject)) else None
    return f"《{bare.group()}》" if bare else ""


@cache
def _aggregate_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(r["pattern"]) for r in read_rows("supervision_aggregates.csv"))


def aggregate(subject: str, counted: str) -> bool:
    """A counted action is an aggregate where it counts a class (``专项工作报告12项``), persons by
    the 人次 (``任免…46人次``) or actions by their form, rather than naming what was supervised."""
    if "人次" in counted:
        return True
    subject = subject.strip()
    patterns = _aggregate_patterns()
    # only the patterns whose required characters the subject holds (see supervision.prefilter)
    return any(patterns[k].search(subject) for k in _aggregate_filter().candidates(subject, 0, len(subject)))


@cache
def _aggregate_filter() -> Prefilter:
    return Prefilter(_aggregate_patterns())


def plan_document(text: str) -> bool:
    """A report whose title (its first line) says it is a work plan: ``某县人大常委会2024年工作要点``.

    >>> plan_document("某县人大常委会2024年工作要点\\n一、监督工作")
    True
    >>> plan_document("某县人大常委会工作报告\\n")
    False
    """
    first = text.lstrip().split("\n", 1)[0]
    return bool(_PLAN_TITLE.search(first)) and "报告" not in first
