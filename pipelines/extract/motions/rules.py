"""The named rules of the motion extractor; a row's ``rule`` column names the one that found it.

Titled works (``titled``) are typed by, in this order, the type word after the titles, the
sentence's context, the CPPCC's own writing verb, or the title's own ending; described works
(``described``) by the way the genre describes them. ``tests/cases/motions.csv`` holds at least
one sentence per rule.

>>> len(RULE_NAMES) == len(set(RULE_NAMES)), "titled_own_end" in RULE_NAMES
(True, True)
"""

from __future__ import annotations

from pipelines.extract.supervision.rules import Rule

MOTION_RULES: tuple[Rule, ...] = (
    Rule("titled_type_after", "the type word after the titles: 《关于…的建议》等提案得到较好解决"),
    Rule("titled_context", "the sentence is about information pieces: 《…》被市政协录用"),
    Rule("titled_verb", "the CPPCC wrote it: 编写《…》读本"),
    Rule("titled_own_end", "the title's ending, when produced or with an outcome: 形成《…调研报告》"),
    Rule("quoted", "a quoted proposal or suggestion: “建议修缮某祠堂”提案得以落实, 提出的“A、B”等意见"),
    Rule("joint_project", "a joint writing project: 协作课题——“某某口述史”"),
    Rule("speech_topics", "plenary speeches by topic: 就A、B等议题作大会发言"),
    Rule("speech_titled", "a speech named by its title: “打造X品牌”的发言得到市长批示, 关于X的大会发言"),
    Rule("suggestion_on", "就X提出建议"),
    Rule("suggestion_listed", "提出A、B等工作建议"),
    Rule("suggestion_context", "a bare suggestion titled by the clause before: 视察X，提出相关工作建议"),
    Rule("advice_on", "就A、B等议题建言献策"),
    Rule("advice_around", "围绕A等问题建言献策"),
    Rule("research_report", "an untitled research report: 形成调研报告供决策参考"),
    Rule("deputies_suggestion", "deputies' suggestions in a People's Congress report: 代表提出的关于X等建议"),
    Rule("titled_unquoted", "a title without 《》: 委员提出的关于X的提案得到落实, 反映的关于X的意见"),
    Rule("proposals_listed", "proposals described in a list: 关于A、B等提案得到有效落实"),
    Rule("described_by_matter", "a member's proposal told by its matter: 委员们提出的整治X的提案"),
    Rule("information_titled", "an information piece told by its title: X问题亟待解决，得到县长批示"),
    Rule("table_row", "a proposal table's row, on one line (关于X的提案 市住建局 已解决) or a cell a line"),
)

# Why a work the text names gives no row (not published; each has a golden case too).
KEEP_OUT_RULES: tuple[Rule, ...] = (
    Rule("aggregate", "counts of works are indicators: 共收到提案186件, 立案170件, 提出意见建议86条"),
    Rule("excluded_title", "a law, document or newspaper the sentence cites: 学习《…法典》"),
    Rule("planned", "works of the year ahead: 要就X提出建议 under 二、2021年工作建议"),
    Rule("not_members", "what others raise, not members' works: 特约监督员明察暗访，提出意见和建议"),
)

RULE_NAMES = tuple(r.name for r in MOTION_RULES + KEEP_OUT_RULES)
