"""Where the subject of an oversight action stands, and who acted.

Each finder is one rule of :data:`pipelines.extract.supervision.rules.SUBJECT_RULES`; a found
subject carries the rule's name (``_Subject.rule``), which lands in the row's ``rule`` column.

>>> text = "对《某市物业管理条例》实施情况开展市、区联动执法检查"
>>> from pipelines.extract.supervision.clauses import Clause
>>> c = Clause(0, len(text), 0)
>>> [h] = [h for h in _hits(text, c) if h.trigger.form == "执法检查"]
>>> s = _subject(text, c, h, len(text), 0)
>>> text[s.span[0]:s.span[1]], s.rule
('《某市物业管理条例》实施情况', 'frame')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extract.supervision.clauses import Clause, trim
from pipelines.extract.supervision.keepout import inside_title, noun_use
from pipelines.extract.supervision.layouts import PROPOSER, SUGGESTION_TITLE
from pipelines.extract.supervision.meetings import without_raiser
from pipelines.extract.supervision.prefilter import EndSearch
from pipelines.extract.supervision.vocab import Trigger, supervision_triggers, trigger_filter

ACTORS = (
    (re.compile(r"^(?:人大)?[\u4e00-\u9fff]{1,6}街道(?:人大)?工委|^街道人大"), "street_working_committee"),
    (re.compile(r"^全国人大(?:常委会)?"), "national_congress"),
    (re.compile(r"^(?:省、)?市人大(?:常委会)?"), "city_congress"),
    (re.compile(r"^省人大(?:常委会)?"), "provincial_congress"),
    (re.compile(r"^(?:[\u4e00-\u9fff]{0,3}人大)?(?:常委会)?主任会议"), "director_meeting"),
    (re.compile(r"^(?:人大)?代表小组"), "deputy_groups"),
    (re.compile(r"^(?:与会|全体)?代表们?"), "deputies"),
    # its working bodies act for it: 常委会教育科学文化卫生工作委员会围绕X… (the topic follows them)
    (re.compile(r"^(?![\u4e00-\u9fff]{0,3}[省市县区州旗党]委常委会)"  # 县委常委会 is the Party's
                r"(?:[\u4e00-\u9fff]{1,4})?常委会(?:各?[\u4e00-\u9fff]{0,12}?(?:工作委员会|工委))?"),
     "standing_committee"),
    # the body of a street's or a township's own report, named alone: 工委将…, 主席团组织…
    (re.compile(r"^(?:人大)?工委(?!会)|^(?:镇|乡)?(?:人大)?主席团(?!会议)"), "standing_committee"),
)
#: Where no actor pattern matches (most clauses), this one does not either: the loop is skipped.
_ANY_ACTOR = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in ACTORS))
# A list item's marker (4． / （二） / 三是) and the adverbs that open a clause before its actor.
_OPENERS = re.compile(r"^(?:\d{1,2}\s?[.．、]|[（(][\d一二三四五六七八九十]{1,3}[）)]"
                      r"|[一二三四五六七八九十]是)?\s*(?:此外|同时|其中|一年来|今年以来|[0-9]{4}年|随后|在此基础上)?")
# A clause that names the topic of what follows: 关心X、围绕X、对X、以X为切入点、为督促X.
_TOPIC = re.compile(
    r"^(?:还|也|一直)?(?:高度|继续|持续|重点|始终|进一步|十分)?(?:(?:关心|关注|重视|围绕|针对|对|就|聚焦)(?P<s>.+?)"
    r"(?:的特殊性|的实际)?|以(?P<t>.+?)为(?:切入点|抓手|重点|突破口)|为了?(?:有效|进一步|全面|深入|积极)?"
    r"(?:督促|推进|推动|促进|了解)(?P<u>.+?)"
    # 把代表提出的“关于X的建议”列为重点，多次督办: what was made a key item is the next verb's subject
    r"|(?:把|将)(?P<v>.+?)(?:列为|确定为)(?:重点|重点督办)(?:建议|件|议题|项目|课题)?"
    # 《X法》在我区的实施情况，由常委会执法检查组于4月进行检查: a law's implementation told first
    r"|(?P<w>《[^》]{2,80}》[^，,。；;]{0,16}?(?:实施|执行|贯彻落实|贯彻执行|贯彻实施)情况))$"
)
# (EndSearch: patterns ending in $, searched often, skip spans whose last character ends no match)
# Inside a clause: 对X进行重点督查, 就X开展评议, 对X的评审.
_FRAME = EndSearch(re.compile(
    r"(?:对|就|围绕|针对|选择|选取|选定|确定)(?P<s>(?!的).{2,120}?)(?:同时|一并|分别|先后|逐项|逐一|逐个)?(?:的|进行|开展|组织|作为|实施)+了?"
    r"(?:(?:[省市县区乡镇]、?){2,4}(?:三级|两级|四级)?(?:人大)?联动|上下联动)?(?:专题|重点|集中|专项|联合|实地|跟踪|交办|再|主动|依法|认真|全面|民主|站所)*"
    r"(?:“[^“”]{2,8}”式?)?(?P<q>履职|述职|满意度|执法|司法)?$"  # (开展“回头看”督查)
))
# A subject made the object of an action by listing it: 将《X条例》的贯彻执行情况列为执法检查项目
# (将 here hands something over, no plan: 将…列为, 把…确定为).
_LISTED_AS = EndSearch(re.compile(
    r"(?:(?:将|把)(?P<s>[^，,。；;]{2,120}?)|(?:[一二三四五六七八九十]是)?(?P<p>[^，,。；;]{2,120}?)被)(?:列为|确定为|列入|纳入)(?:常委会)?"
    r"(?:今年|本年度|年度|全年|[上下]半年)?的?(?:重点)?$"))
# The place visited stops before 开展/进行: 深入12个乡镇开展X专题调研 is about X (不到位, 做到 go nowhere).
_PLACE = re.compile(
    r"(?:(?<![不做达得收受遇感看识实])到(?!位)|赴|前往|深入|走进)(?P<s>(?:(?!开展|进行)[^，。；并]){2,40}?)(?:实地|现场)?(?:走访|调研|开展|进行)*$")
_MEETING = re.compile(r"召开(?P<s>[^，。；]{4,40}?)$")
_BEFORE_OPEN = re.compile(r"(?:开展|进行)(?P<s>[^，。；]{2,60}?)$")
_BEFORE_OF = re.compile(r"(?:开展的|进行的|组织的)(?P<s>[^，。；]{4,160}?)的$")
_UNITS = r"(?:人次|批次|件次|次|项|人|名|件|篇|个|场|条|家|所|处|户|份|部|位)"
#: (a count in numerals too: 作出决议、决定十一项, 任免国家机关工作人员四十一人次)
_COUNT = re.compile(rf"\s?(?P<n>\d+|(?<![\u4e00-\u9fff])[一二三四五六七八九十两][一二三四五六七八九十百]*|"
                    rf"(?<=[\u4e00-\u9fff])[二三四五六七八九十两][一二三四五六七八九十百]*)\s?(?:余|多)?\s?{_UNITS}"
                    rf"(?:左右|以上|余)?")
# A count inside a subject: 2家部门, 市住建局等6个部门, 区政府组成部门的6名负责人.
_LEAD_COUNT = re.compile(rf"^(?P<n>\d+)\s?(?:余|多)?\s?{_UNITS}(?:的)?")
_INNER_COUNT = re.compile(rf"(?P<k>等|的)\s?(?P<n>\d+)\s?(?:余|多)?\s?{_UNITS}")
# What a counted action without a named subject is about, when the form implies it.
_SELF_LEAD = re.compile(r"^(?:依法|共|先后|作出)+")
# A bare inspecting verb: 检查企业136家 / 实地察看河道15条 after an inspection names its detail.
_DETAIL_VERB = re.compile(r"^(?:实地|现场|随机|抽样)?(?:检查|察看|查看|踏看|抽查|走访)$")
_OBJECT_COUNT = EndSearch(
    re.compile(r"\d+\s?(?:余|多)?\s?(?:家|个|条|处|所|座|户|份|件|批次|批)(?:左右|以上)?$"))
# A body described before its name: 社会关注度较高的区住房和城建局 → 区住房和城建局.
_DESCRIBED_BODY = re.compile(
    r"^[^、，]{2,20}?的(?P<o>[区县市省镇乡][^的、]{1,24}(?:局|委员会|委|办|院|厅|署|中心|政府))$")
# A clause about the year ahead: a plan, not an action done.
# 将 of a plan comes before a verb; 将审议意见交… (把) is no plan.
_PLANNED = re.compile(
    # (在工作报告中提出要对X进行执法检查: a task set out, told again where it is done)
    r"在[^，,。；;]{2,16}?(?:报告|计划|要点|安排)中(?:提出|明确|确定)了?要(?!求)|"
    r"(?:工作的?)?(?:主要)?任务(?:是|为)|明年|下一步|今后|来年|新的一年|(?:还|也|继续|今年|明年|下一步)?要(?!求|点|素|件|案)|(?:还|也|继续|今年|明年|下一步)?(?:计划(?!生育|单列)|拟|准备|将要|打算|将(?=于|继续|重点|适时|进一步|着力|围绕|认真|在|以|按照|紧紧|始终|把|计划|"
    r"切实|深入|全面|组织|开展|听取|审议(?!意见)|视察|检查(?!报告|意见)|调研(?!报告)|做好|抓好|加强|推进))")
# Laws listed in a row: 《A》《B》和《C》贯彻实施情况 → one row per law.
_TITLE = re.compile(r"《[^《》]{2,80}》")
_TITLE_JOIN = re.compile(r"^(?:、|和|及|以及|与)?$")
_LEAD_WORDS = re.compile(r"(?:了解|了|对|就|关于|有关|全面|一批|备案|、"
                         # 对上年审议意见中提出的X进行跟踪检查: X is what is followed up
                         r"|(?:(?:19|20)\d\d年|上年|去年|上一年度|上届)?(?:常委会)?(?:审议|检查|评议)意见中"
                         r"(?:提出|指出|要求)(?:整改)?的"
                         # 对由其任命的A、B进行述职评议 (a class alone stays whole)
                         r"|由(?:其|[^，,。；;、]{0,8}?常委会)(?:依法)?任命的(?=[^，,。；;]*、))")
_TAILS = EndSearch(re.compile(
    r"(?:并开展了?|并进行了?|并作了?|后进行了?|后开展了?|逐件|逐一|逐条|的同时|(?<=报告)[之以]?[时后](?:开展|进行)?|的工作汇报|的汇报|汇报|的情况|的决定|等方面|情况的"
    r"|集中|专题|重点|联合|专项)$"  # 开展“代表活动月”集中视察: the modifier of the action is no subject
))
_EMPTY = re.compile(
    r"^(?:工作|活动|情况|问题|建议|意见|推进|落实|等|了解|一批|有关|相关|工作中|汇报|中心工作|大局|"
    r"重点工作|中心|作出决定|作出决议|代表|委员|集中|专项|联合|重点|部分|全面|一次|首次|基层|一线|现场|发现|"
    r"第[一二三四五六七八九十]次|监督|初步|题目|方法|形式|阶段|程序|次数|规模|对象|执法检查|开展|进行|了|"
    r"主动|掌握|了解|能力建设|人员|承办单位|摸底|施行|实效|征求|坚持|试点|全覆盖|交流|[两二三四五六]个|两份|"
    r"街道|社区|企业|各地|方面|报告|该|上述|以上|以下[^，,。；;]{0,6}|下列[^，,。；;]{0,6}|如下|(?:规范化|制度化|程序化|常态化|长效化|科学化|标准化|信息化|法治化)(?:建设|水平)?|此|这|决议|决定|评议结果|审议结果|结果|无记名|投票|票决式|(?:未|没有|均未|尚未)(?:发现|出现).*|当场|现场|述职报告后.*|述职报告|述职|跟踪|进度|进展|[两二三四五六]项|分别)*$"
    # 在…方面, 对该报告进行满意度测评, 作出批准决议, 对评议结果进行满意度测评: no subject of their own
)
# A topic framed by 就/围绕 and then the body addressed: 就X问题对县卫健局进行询问.
_ADDRESSED = re.compile(r"(?P<k>问题|情况|工作|事项)(?:向|对)[^，。；]{2,40}$")
# What an inquiry asked about, in the clause before the officials it asked (…就X问题，对Y负责人进行了询问).
_ASKED_ABOUT = re.compile(r"就(?P<s>[^，,。；;就]{2,40}?(?:问题|情况|工作|事项))[，,]$")
# What officials were met about, named after them: 约见X负责人，就Y问题进行沟通 → Y问题.
_MEET_ON = re.compile(r"(?:就|围绕|针对)(?P<s>[^，。；]{2,40}?)"
                      r"(?:进行|开展|展开|作|提出|面对面|当面|座谈|交流|沟通)")
_OFFICIALS = re.compile(r"(?:负责人|负责同志|领导|局长|主任|主要负责人|分管负责人)$")
# What a review found, in the next clause: 经审查，发现《X办法》个别条款与上位法不一致.
# Or a document the next clause says conflicts with a higher law: 经审查，《X办法》部分条款与上位法不一致.
_REVIEWED = re.compile(
    r"[，,]?(?:[^。；，,]{0,12}?(?P<v>发现|认为|指出)[^。；，,《]{0,16}|[^。；，,《]{0,20}?)"
    r"(?P<s>《[^《》]{2,80}(?:办法|细则|规定|意见|决定|决议|通知|方案|规则|条例|制度)(?:[（(](?:试行|暂行)[）)])?》"
    r"(?:(?:[、和及与]|和[^《》，,。；;]{0,12}的)《[^《》]{2,80}(?:办法|细则|规定|意见|决定|决议|通知|方案|规则|条例|制度)(?:[（(](?:试行|暂行)[）)])?》)*)"
    r"(?(v)|(?=[^。；]{0,24}?(?:上位法|不一致|相抵触|不符|修改|纠正|撤销)))")
#: What a review found, told right after it (审查中发现, 备案审查中，常委会发现…).
_FOUND_IN_REVIEW = re.compile(r"(?:中|过程中|时)[，,]?[^。；，,《]{0,12}?(?:发现|认为)")
_OPINIONS = EndSearch(re.compile(r"(?:意见|建议)(?:\s?\d+\s?(?:余|多)?条)?$"))
_CONNECTORS = re.compile(r"^(?:和|并|及|与|、|并开展|并进行)")
_LIST_MEMBER = re.compile(r"^(?:、|等)")
_RUN_IN = 14  # a paragraph's first sentence this short and comma-free is a run-in heading
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Blanks and the marks of a markdown copy (``**针对X问题，``) before a clause's first word.
_MARKUP = " \t\n\u3000*#>_"
_HEARINGS = frozenset({"听取审议报告", "听取汇报"})
# Two Chinese characters somewhere in a string (one search, no list of all of them).
_TWO_CJK = re.compile(r"[\u4e00-\u9fff][^\u4e00-\u9fff]*[\u4e00-\u9fff]")


@dataclass(frozen=True)
class _Hit:
    trigger: Trigger
    start: int
    end: int
    group: tuple[int, int] | None


@dataclass(frozen=True)
class _Subject:
    span: tuple[int, int]
    rule: str  # the name of the rule of SUBJECT_RULES that found it
    suffix: str = ""  # what of the subject is appraised: 对6名负责人进行履职评议 → 负责人履职
    via: str = ""  # "previous" where the subject is shared with the action before it


def _actor(text: str, clause: Clause) -> tuple[str | None, int]:
    """The actor that opens a clause, if any (``主任会议专题听取…`` → ``director_meeting``), and
    where the clause goes on after it (``_strip_actor`` of the clause: both read the same head)."""
    s, e = clause.start, clause.end
    head = text[s:e]
    s += len(head) - len(head.lstrip(_MARKUP))
    m = _OPENERS.match(text[s:e])  # on a copy: its ^ matches only where a string starts
    s += m.end() if m else 0
    rest = text[s:e]
    if not _ANY_ACTOR.match(rest):
        return None, s
    for pattern, actor in ACTORS:
        m = pattern.match(rest)
        if m:
            return actor, s + m.end()
    return None, s


#: A trigger that names the means of another action: 通过走访座谈、发放问卷等方式.
_MEANS = re.compile(r"(?:通过|采取|采用|运用)[^，,；;。]{0,24}$")
_MEANS_END = re.compile(r"[^，,；;。]{0,40}?(?:等|的)[\u4e00-\u9fff]{0,4}?(?:方式|形式|途径|渠道|办法|手段)")


_DRAFTING = re.compile(r"起草|(?<!决算)(?<!预算)(?<!计划)草案|条例审议|立法")
#: A clause that states a method (听取审议报告与实地调查相结合) or thanks those who helped (向在视察、
#:检查中给予支持的…表示感谢): the triggers in it are its terms, no action done.
_NO_ACTION = re.compile(r"相结合|结合起来|相统一|感谢")
#: The committee's powers listed (立法、监督、决定、任免和代表工作): its work named, no action.
_POWERS = re.compile(r"(?:立法|监督|决定)、$")
#: Verbs whose object is the action as a noun: 到会接受询问, 回答询问 (the questioned officials);
#: 深刻检查 is self-criticism, no inspection.
_TAKES_NOUN = ("接受", "回答", "深刻", "自我", "学习", "培训",  # 学习考察: a study tour
               "立法", "被", "敢于", "善于", "勇于")  # 立法调研, 被测评单位, 敢于督办
#: The committee's own report of an action told before, reviewed in the passive (执法检查报告经第五次会议
#:审议): part of that action, no hearing of its own.
_OWN_REPORT = re.compile(r"\s*[^，,。；;关]{0,6}(?:执法检查|检查|视察|调研)报告")
#: Another organ's action the committee backs or urges (积极支持县人民政府开展…大检查): not its own.
_SUPPORTED = re.compile(r"(?:支持|督促|推动|要求)[^，,。；;]{0,12}?(?:政府|法院|检察院|部门)[^，,。；;]{0,4}?"
                        r"(?:开展|进行|组织)")
#: A stance on a kind of work (把审查监督计划和预算的执行作为一项经常性工作来抓, 把评议工作作为加强监督的
#:有效形式): the word names the work, no action done.
_STANCE_OPEN = re.compile(r"(?:把|将)[^，,。；;]{0,12}$")
_STANCE = re.compile(r"[^，,。；;]{0,16}?作为(?:一项|一种|加强[^，,。；;]{0,8}的)?[^，,。；;]{0,12}?"
                     r"(?:工作|形式|手段|途径|抓手|载体|方式|举措)")
#: Questions answered (负责人到会回答了常委会组成人员的询问): the questions of an inquiry told already.
_ANSWERED = re.compile(r"(?:回答|答复|解答)了?[^，,。；;]{0,14}的$")
#: How often or how soon something is told (每季度通报, 及时通报): a routine, not a briefing.
_ROUTINE = re.compile(r"(?:每[年季月周旬]度?|定期|及时|随时)$")
#: Whom results are told to (测评结果通报本人, 通报被评议单位): the committee informs, it hears nothing.
_INFORMED = re.compile(r"(?:给|至)?(?:本人|被[\u4e00-\u9fff]{1,3}(?:单位|部门|人员|对象|人)|有关(?:单位|部门)"
                       r"|相关(?:单位|部门)|全体代表|社会)(?:[，,。；;]|$)")
#: The committee telling deputies or the public (向代表通报…): no briefing it hears.
_TO_DEPUTIES = re.compile(r"向(?:全体|各位|人大)?(?:代表|委员|社会|群众|公众"
                          r"|[\u4e00-\u9fff]{0,4}?(?:组织部|纪委|党委|[省市县区州旗]委))[^，。；]{0,6}$")
#: A subject that is a fragment, not a thing overseen: a particle or conjunction at its start or
#: end (``的预算``, ``专项工作报告与``), a time clause (``视察茶叶产业时``, ``审查监督中``), or
#: (:data:`_INSTITUTION`) an institution (``衔接联动机制``, ``和反馈制度``, ``任命人员履职档案``).
_FRAGMENT = re.compile(r"^(?:的|和|与|及|或|并|而|其(?![他中])|发现|”|—|、|工作的|不|于|该|由"
                       r"|[前后](?=[都就再先])"
                       r"|[\u4e00-\u9fff]?得[\u4e00-\u9fff]{1,2}(?:[、，]|$)"  # 调研摸得透, 议得深
                       # 每年确定一至两个部门, 一至两部法律
                       r"|[一二三四五六七八九十两]至[一二三四五六七八九十两](?:个|部|项|件)"
                       r"|中(?![小华国心医药学央职等])|一[次批步]、|前(?=组织|深入)|监督(?=从|向|要)|向|从|当场)"
                       # 把A与B相结合, 任免有机统一; 向县委请示报告
                       r"|相结合|有机统一|相统一|向[省市县区州旗]委|提供了|提供服务$"
                       r"|^(?:[\u4e00-\u9fff]{0,10}(?:政府|法院|检察院)的?)?专项工作报告$|^这?[两二三四五六]个报告$|纳入"
                       # a back-reference to bodies named before (两个部门的整改报告)
                       r"|^(?:这|上述|全[省市县区州旗镇])?(?:[两二三四五六七八九十]+|\d+)个[\u4e00-\u9fff]{0,4}?"
                       r"(?:部门|单位|站所|局|乡镇|街道|项目|工程)(?:的[\u4e00-\u9fff]{0,6})?$|^(?:这|那|该|此)$"
                       # a vague or counted class, no body named: 部分县人民政府组成部门, 42名由常委会任命的
                       # 干部; a bare generic noun (交办个案监督案件17件)
                       r"|^部分[\u4e00-\u9fff]{0,12}(?:部门|单位|站所)$|^(?:案件|事项|问题)$"
                       # a slogan of the work (做到有件必备、有备必审、有错必纠) and a bare verb (审查纠正1件)
                       r"|^做到|^有[\u4e00-\u9fff]必[\u4e00-\u9fff]$|^(?:纠正|撤销|废止|前移)$"
                       r"|(?<=[\u4e00-\u9fff])各$"  # 审查批准决算和预算调整方案各1项: a count of each kind
                       # the form itself pointed at (探索询问这一监督形式): no thing overseen
                       # (约见这种形式针对性强; 依法履行监督、决定和任免等职权: the powers listed)
                       r"|^(?:这一|这种|这项|此种|此类|此项)[\u4e00-\u9fff]{0,4}?(?:形式|方式|手段|做法|机制)|等职权|等职能"
                       # a vague number of things (每年确定几部…法律进行检查), where an action went (共深入8个
                       # 街道), the persons nominated (对提请任命的人员认真进行审议)
                       r"|^(?:几|若干)[部个项件]|^(?:共|先后|分别|还)深入|^深入(?:到)?(?:\d|[一二三四五六七八九十两]+个)"
                       r"|^提请(?:任命|任免)的|认真$"
                       # a vague class of organs, no body named (注意听取司法机关的工作汇报)
                       r"|^(?:司法机关|政府部门|有关部门|各部门|相关部门|职能部门)(?:的工作)?$"
                       r"|^(?:[一二三四五六七八九十两]+|\d+)(?:次|批|场)$"  # 开展了三次集中视察：一是…
                       r"|^(?:\d+|[两二三四五六七八九十]+)名[\u4e00-\u9fff]{0,12}(?:干部|人员|局长|负责人)$"
                       # 两位局长(的履职情况): officials named before
                       r"|^(?:这|上述)?[两二三四五六七八九十]位[\u4e00-\u9fff]{1,4}(?:的履职情况|的工作|的整改情况)?$"
                       r"|(?<=[\u4e00-\u9fff])(?:[与和及或]|时|中|后|前|先|期间)$|率\s*\d[\d.]*\s*[%％]$"
                       # a method or a means told, not a matter: 与…相结合, 的做法, 实施细则, 专题讲座
                       r"|(?:结合起来|做法|细则|讲座|流程|辅导|修订|提高|感谢|开展|进行|原则|不到位|不力|了"
                       r"|参加|初步|(?<![网道线路])延伸|拓展|外脑|力量|闭环|重大事项|不满意|(?<=[法式面会节])上|全过程|问卷)$"
                       # 回答的问题要实在: a demand, no subject (纲要, 主要, 纪要… are words of their own)
                       r"|(?<![纲主重概摘提纪需])要[\u4e00-\u9fff]{1,2}$"
                       r"|^(?:充分|认真|深入|广泛|逐项|逐一)$|(?:逐项|逐一|逐条)$"  # 充分评议, 逐项评议
                       r"|的基础上"  # 在广泛听取各方面意见的基础上依法作出决定: a means, no matter
                       r"|^(?:本届以来|今年以来|近年来|历史上)?的?首次$"  # 开展了本届以来的首次专题询问
                       # those to be appointed (对拟任命人员，会前考察): part of an appointment, no action
                       r"|^(?:拟提请|提请|拟)任命的?(?:人员|干部|对象|人选)$"
                       # a plan for the work (制定了执法检查计划), kinds of places named as a class
                       # (深入乡镇、部门开展检查), the issues of the public in general (热点问题)
                       r"|^计划$|^(?:乡镇|部门|单位|街道|村|社区|企业|学校)"
                       r"(?:[、和](?:乡镇|部门|单位|街道|村|社区|企业|学校))+$"
                       r"|^(?:[\u4e00-\u9fff]{0,8}关心的)?热点(?:难点)?问题$"
                       r"|^现场"  # 询问现场通过…直播: the scene of an action, no action of its own
                       # generic places an action went to (深入施工现场和居民家中督查), no thing overseen
                       r"|^(?:施工|工地|田间地头|基层一线|一线|居民家中|农户家中)$")
_INSTITUTION = re.compile(r"(?:机制|制度|职责|职能|档案|议事规则|规程|平台|专家库|体系"
                          r"|[两三四五六七八九]个环节|闭环)$")  # (…交办、督办、反馈三个环节: a procedure)


def fragment(label: str, form: str = "") -> bool:
    """A subject that names nothing overseen (:data:`_FRAGMENT`); an institution is one only as
    the matter of a decision (作出关于实行代表联系选民制度的决定) or of a study.

    >>> fragment("的预算"), fragment("专项工作报告与"), fragment("审议意见交办和反馈制度")
    (True, True, True)
    >>> fragment("其他财政收支的审计工作"), fragment("城区中小学校舍安全"), fragment("《某市条例》实施情况")
    (False, False, False)
    """
    # (a study may look into an institution: 就山区生态公益林补偿机制开展了专题调研)
    return _FRAGMENT.search(label) is not None or (form not in ("决定", "专题调研")
                                                    and _INSTITUTION.search(label) is not None)


def _hits(text: str, clause: Clause) -> list[_Hit]:
    """Non-overlapping trigger matches in a clause, earliest first, longest on ties."""
    # only the triggers whose required characters the clause holds (most clauses: none)
    candidates = trigger_filter().candidates(text, clause.start, clause.end)
    if not candidates:
        return []
    triggers = supervision_triggers()
    found: list[_Hit] = []
    purpose = text[clause.start:clause.end].lstrip(_MARKUP).startswith("为")
    no_action = _NO_ACTION.search(text, clause.start, clause.end) is not None
    # law-making: a draft drafted or reviewed (起草组深入…调研, 在条例审议过程中…进行了审议), in the
    # clause's ；-part (…起草了执法检查报告；围绕X开展专题调研: the research is a part of its own)
    opened = max(text.rfind("。", 0, clause.start), text.rfind("\n", 0, clause.start),
                 text.rfind("；", 0, clause.start)) + 1
    drafting = _DRAFTING.search(text, opened, clause.end) is not None
    for trig in map(triggers.__getitem__, candidates):
        for m in trig.pattern.finditer(text, clause.start, clause.end):
            if text.startswith(trig.not_after, m.end()) or text.startswith("过的", m.end()):
                continue  # (审议过的X: a participle, the X of an earlier year)
            if text.endswith(trig.not_before, clause.start, m.start()):
                continue
            # 在审查中发现，《X》…; 在备案审查中，常委会发现某县人大常委会《X决议》…
            reviewed = trig.form == "备案审查" and _FOUND_IN_REVIEW.match(text, m.end()) is not None
            if not reviewed and _FOCUS_OF.match(text, m.end()) is not None:
                # 《X法》的实施情况，是常委会本年度执法检查的又一个重点 (the topic fronted); 将X列为今年视察的
                # 重点, X被列为下半年执法检查的重点 (listed): X was checked
                reviewed = (_FOCUS_CLAUSE.match(text, clause.start, m.start()) is not None
                            and (f := _FRONTED_TOPIC.match(text, opened)) is not None
                            and f.end() == clause.start) \
                    or _LISTED_AS.search(text, clause.start, m.start()) is not None
            # (A和B，9月被工委列为重点督查对象: the things before were followed up)
            reviewed = reviewed or (_LISTED_LATE.fullmatch(text, clause.start, m.start()) is not None
                                    and _LISTED_END.fullmatch(text, m.end(), clause.end) is not None)
            if (noun_use(text, m.end()) and not reviewed) \
                    or text.endswith(_TAKES_NOUN, clause.start, m.start()) \
                    or _ANSWERED.search(text, clause.start, m.start()) \
                    or _SUPPORTED.search(text, clause.start, m.start()) \
                    or (trig.form == "听取审议报告" and _OWN_REPORT.match(text, clause.start, m.start())) \
                    or (_STANCE_OPEN.search(text, clause.start, m.start()) and _STANCE.match(text, m.end())) \
                    or _POWERS.search(text, clause.start, m.start()) or no_action \
                    or (drafting and trig.form in ("专题调研", "听取审议报告", "座谈")):
                continue  # 审议有深度, 评议期间, 询问情况在电视台播出, 到会接受询问: the word is a noun
            if trig.form == "听取汇报" and (_TO_DEPUTIES.search(text, clause.start, m.start()) or (
                    text.startswith("通报", m.start()) and (_ROUTINE.search(text, clause.start, m.start())
                                                          or _INFORMED.match(text, m.start() + 2)))):
                # 及时向代表通报常委会的重要工作: the committee informs, it hears nothing; 每季度通报一次
                # 进度, 及时通报…进展情况: a routine of informing, no briefing held
                continue
            if purpose and "配合" not in text[clause.start:m.start()]:
                continue  # 为加强对X的监督 names an aim; 为配合上级开展的检查 is an action
            if text.rfind("《", clause.start, m.start()) > text.rfind("》", clause.start, m.start()):
                continue  # 出台《…审议意见交办督办办法》: a word of a document's title
            if _MEANS.search(text, clause.start, m.start()) and _MEANS_END.match(text, m.end(), clause.end):
                continue  # 评议组通过走访座谈、发放问卷等方式收集意见: a means of an action told already
            group = m.span("s") if "s" in trig.pattern.groupindex and m.group("s") else None
            found.append(_Hit(trig, m.start(), m.end(), group))
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    chosen: list[_Hit] = []
    for h in found:
        if all(h.start >= c.end or h.end <= c.start for c in chosen):
            chosen.append(h)
    chosen.sort(key=lambda h: h.start)
    out: list[_Hit] = []
    hearing = -1  # where the last report hearing of the clause ended
    for h in chosen:
        if inside_title(text, clause.start, h.start, h.end, clause.end, hearing):
            continue  # 听取和审议关于专题询问所提问题整改情况的报告: one report heard
        out.append(h)
        if h.trigger.form in _HEARINGS:
            hearing = h.end
    return out


def _clean_span(text: str, s: int, e: int) -> tuple[int, int]:
    """Shrink a subject span past lead words, tails (``汇报``, ``的同时``) and stray punctuation."""
    s, e = trim(text, s, e)
    for _ in range(3):
        before = s, e
        m = _LEAD_WORDS.match(text, s, e)
        if m and m.end() < e:
            s = m.end()
        m = _TAILS.search(text, s, e)
        if m and m.start() > s:
            e = m.start()
        s, e = trim(text, s, e)
        if (s, e) == before:
            break  # a round that changes nothing: the next would not either
    while e > s and text[e - 1] in "、等的":
        e -= 1
    return s, e


def _meaningful(text: str, s: int, e: int) -> bool:
    piece = text[s:e]
    return bool(_TWO_CJK.search(piece)) and not _EMPTY.match(piece) and not _COUNT.fullmatch(piece)


def _strip_actor(text: str, s: int, e: int) -> int:
    """The position after the adverbs and actor that open ``text[s:e]``."""
    head = text[s:e]
    s += len(head) - len(head.lstrip(_MARKUP))
    m = _OPENERS.match(text[s:e])
    s += m.end() if m else 0
    rest = text[s:e]
    if not _ANY_ACTOR.match(rest):
        return s
    for pattern, _ in ACTORS:
        m = pattern.match(rest)
        if m:
            return s + m.end()
    return s


#: Who made a suggestion, before its title: 代表提出的“关于X的建议”.
_SUGGESTED_BY = re.compile(PROPOSER.pattern + r"(?=[“《]|关于)")
#: A verb that makes a clause an action of its own rather than a topic for the next one.
# (贯彻实施, 实施情况 are nouns of a topic: 围绕《X条例》的贯彻实施)
_PREDICATE = re.compile(r"(?:实行|推行|建立)(?=[\u4e00-\u9fff])(?!情况|工作|的)|(?:实施|开展|进行)了")


def _topic_of(text: str, clause: Clause, after_actor: int | None = None) -> tuple[int, int] | None:
    """The topic a clause names (``关心X工作`` → ``X工作``), or None; ``after_actor`` is
    ``_strip_actor`` of the clause when the caller has it already."""
    s = _strip_actor(text, clause.start, clause.end) if after_actor is None else after_actor
    m = _TOPIC.match(text[s:clause.end])
    if not m and text.startswith("对", clause.start):
        # 对上届常委会审议意见中提出的X问题，…: a body named inside the topic is no actor of the clause
        s = clause.start
        m = _TOPIC.match(text[s:clause.end])
    if not m:
        return None
    g = next(name for name in ("s", "t", "u", "v", "w") if m.group(name))
    a, b = _clean_span(text, s + m.start(g), s + m.end(g))
    a = without_raiser(text, a, b)  # 针对群众反映强烈的X问题 → X问题
    if g == "v" and (named := _SUGGESTED_BY.match(text, a, b)):
        a = named.end()  # 把代表提出的“关于X的建议”列为重点 → the suggestion by its title
    if _PREDICATE.search(text, a, b):
        return None  # 对办理进度实行月报告: a clause with a verb of its own, no topic
    return (a, b) if _meaningful(text, a, b) else None


#: A theme that says only that projects were visited (重点项目建设, 项目推进情况): the sites named
#: before the verb are what was visited.
_GENERIC_THEME = re.compile(r"(?:了)?(?:全[县区市]|我[县区市])?(?:重点)?(?:项目|工程)(?:建设|推进)?"
                            r"(?:情况|进展情况|工作)?")
_COUNTED_PLACES = re.compile(r"[\d一二三四五六七八九十两]+\s?(?:余|多)?\s?(?:个|家|所|处|座|条)")
#: An action told as a noun, its subject before it and its time or doer after it
#: (全区老旧小区改造工作的专题调研由城建环资工委牵头完成, 区级重点项目建设情况视察于10月组织).
_NOMINAL = re.compile(r"(?P<s>(?!对|就|围绕|针对)[^，,。；;]{4,60}?)的?")
_NOMINAL_AFTER = re.compile(r"(?:已于|于|由|在)[^，,。；;]{0,16}?"
                            r"(?:举行|启动|组织|开展|进行|完成|召开|全员参加|参加)")
#: A clause told by its doer after the things it acted on (A和B，也由主任会议成员带队进行了实地视察): the
#: things are the clause before, when that clause tells no act of its own.
_BY_AGENT = re.compile(r"\s*(?:也|还|均|都|则|分别)?由")
_FRONTED = re.compile(r"\s*(?P<s>[^，,。；;]{4,80}?)[，,]")
#: Things a visit or a check goes to, said first (not 根据群众来信, 为此: no things).
_SITE = re.compile(r"(?!根据|按照|依照|为|经|在|随后|此外|同时)[^，,。；;]{2,80}"
                   r"(?:工程|项目|建设|改造|设施|工作|情况|问题|厂|站|场|园|路|桥|院|校|中心|基地|小区)")
#: …or by the committee that did it, the things said first (A和B，常委会于8月组织代表进行了视察).
_COMMITTEE_DID = re.compile(r"\s*(?:[区县市州旗]?(?:人大)?常委会|主任会议|主席团|(?:人大)?工委|代表们)"
                            r"(?:[也还]?于[^，,。；;]{1,8}?|[也还]?在[^，,。；;]{1,8}?)?"
                            r"[^，,。；;]{0,16}?(?:进行了?|开展了?)")
_ACTS_IN = re.compile(r"了|开展|进行|组织|听取|审议|视察|检查|调研|完成|实现|提出|围绕|针对|对|就"
                     r"|确定|选定|列为|将|把|常委会|主任会议|工委|主席团|代表")
#: The first time, between 开展了 and its verb (开展了本届以来的首次专题询问): no subject.
_FIRST_TIME = re.compile(r"了?(?:本届以来|今年以来|近年来|历史上)?的?(?:首次|第一次)")
#: How an action was done, between 进行了 and its verb (进行了认真审议): no subject.
_MANNER = re.compile(r"了?(?:认真|深入|全面|充分|严格|细致|热烈|广泛|反复|逐条|逐项|详细|仔细|初步"
                     r"|集体|分组|联组|实地|现场)+(?:的|地)?")


def _before(text: str, clause: Clause, hit: _Hit, floor: int) -> _Subject | None:
    """A subject standing before the trigger in its clause (after ``floor``, the end of the hit
    before it): a meeting, ``X的检查``, a place."""
    s = max(floor, _strip_actor(text, clause.start, hit.start))
    head = text[s:hit.start]
    for pattern, source in ((_MEETING, "before_meeting"), (_BEFORE_OF, "before_of"), (_PLACE, "place"),
                            (_BEFORE_OPEN, "before_open")):
        m = pattern.search(head)
        if m and m.group("s") and not _MANNER.fullmatch(m.group("s")) \
                and not _FIRST_TIME.fullmatch(m.group("s")):
            a, b = _clean_span(text, s + m.start("s"), s + m.end("s"))
            if _meaningful(text, a, b):
                return _Subject((a, b), source)
    return None


#: The reports a clause names, to be heard in the passive in the next: (…)关于A的报告、关于B的报告.
_REPORTS_NAMED = re.compile(r"关于[^，,。；;]{2,80}?的[\u4e00-\u9fff]{0,6}?(?:报告|汇报|建议|议案)"
                            r"(?:[、和及][^，,。；;]{0,12}?关于[^，,。；;]{2,80}?的[\u4e00-\u9fff]{0,6}?"
                            r"(?:报告|汇报|建议|议案))*[”》]?$"
                            # 区审计局受区政府委托所作的2019年度…审计工作报告，经常委会第五次会议审议
                            r"|(?<=所作的|提交的|报送的)[^，,。；;]{2,80}?(?:报告|汇报)$"
                            # a report named by its matter alone, opening its sentence (X情况的报告，提请…)
                            r"|(?:(?<=[。；;\n])|^)[^，,。；;关]{2,40}?情况的(?:专项|工作)?(?:报告|汇报)$")


#: What a sentence told in the passive puts up for approval: (…提请审议的)2014年市级财政预算调整方案，
#: (the budget or account approved, in the clause before or in its own: shared by both patterns)
_BUDGET_ITEM = (r"(?P<s>[^，,。；;]{2,40}?(?:预算调整方案|预算调整|决算|决算草案|计划调整方案|调整方案))"
                r"(?:的报告|草案)?")
_APPROVED = re.compile(r"\s*(?:[^，,。；;]{0,20}?(?:提请|提交)(?:常委会)?(?:审议|审查)的)?"
                       rf"(?:[^，,。；;]{{0,20}}?关于)?{_BUDGET_ITEM}[，,]")
#: …or in the clause of the approval itself: 2022年区级预算调整方案于8月经第六次会议审查批准.
_APPROVED_HERE = re.compile(rf"\s*{_BUDGET_ITEM}(?:于[^，,。；;]{{1,8}}?)?经")
#: Officials named before they report on their work (由常委会任命的A局长和B局长，向常委会…作了述职报告).
_OFFICIALS_BEFORE = re.compile(r"\s*(?:由(?:[区县市州旗]?(?:人大)?常委会|其)任命的)?(?P<s>[^，,。；;]{2,60}?"
                               r"(?:局长|主任|院长|检察长|区长|县长|市长|部长|站长|所长|庭长|负责人))[，,]")
#: A suggestion named earlier in the sentence of its passive follow-up.
_SUGGESTION_NAMED = re.compile(SUGGESTION_TITLE)
#: A resolution or decision named before its passive adoption: 关于X的决议，经第五次会议表决通过.
_RESOLVED = r"关于(?P<s>[^，,。；;]{4,80}?)的(?:决定|决议)"
_RESOLUTION = re.compile(rf"\s*{_RESOLVED}[，,]")
#: …or in the clause of the adoption itself: 《关于X的决定》经第十次会议表决通过.
_RESOLUTION_HERE = re.compile(rf"\s*《?{_RESOLVED}》?(?:于[^，,。；;]{{1,8}}?)?经")
#: A report titled in 《》 in the clause of its passive hearing.
_TITLED_REPORT = re.compile(r"《(?P<s>关于[^《》]{2,80}?报告)》")
#: The committee's own meeting, which alone approves for it (not 区政府常务会议, 县编委会议).
_COMMITTEE_MEETING = re.compile(r"常委会|第[一二三四五六七八九十\d]+次(?:常委会)?会议")
_NOT_YET = re.compile(r"将|拟|计划|尚未|未经|未|待|准备")


def _part_start(text: str, pos: int) -> int:
    """Where the sentence (or its ；-part) holding ``pos`` starts: what a clause may point back into."""
    return max(text.rfind(c, 0, pos) for c in "。；;\n") + 1


#: A clause that makes the things of the clause before the objects of an action (9月被工委列为重点督查对象).
_LISTED_LATE = re.compile(r"\s*(?:\d{1,2}月份?|今年|年内|年初)?(?:均|都|分别)?被"
                          r"(?:[区县市州旗]?(?:人大)?常委会|主任会议|人大工委|工委|主席团)?(?:列为|确定为|选定为|作为)(?:常委会)?(?:年度|全年)?(?:重点)?")
_LISTED_END = re.compile(r"(?:对象|项目|重点|事项)\s*")
#: The count of the things listed, closing their clause (A、B和C三个项目).
_COUNT_TAIL = re.compile(r"(?:这|等)?[两二三四五六七八九十\d]+(?:个|项|件)(?:项目|工程|实事)?$")
#: Who accepts the committee's review, told before it in the clause (县X局今年接受了常委会的工作评议).
_ACCEPTS = re.compile(r"(?<!自觉|主动|认真)(?:(?:也|还|均|都|分别|先后)?(?:在|于)?"
                      r"(?:今年|本年度|年内|当年|[上下]半年|\d{1,2}月份?)(?:内|中)?)?[，,]?\s*"
                      r"(?:分别|先后|均|也|还|都)?接受了?(?:[区县市州旗]?人大)?(?:常委会|主任会议|主席团|工委)?"
                      r"(?:组织的|开展的|的)?$")
#: The work of a department reviewed, after its name (市国土资源局的依法行政工作).
_ITS_WORK = re.compile(r"的[\u4e00-\u9fff]{0,8}?工作$")
#: A clause of procedure between a fronted matter and its action (经主任会议研究，).
_PROCEDURE = re.compile(r"\s*(?:经|根据|按照|依照)[^，,。；;]{2,16}?(?:研究|决定|同意|讨论|安排|部署|要求)"
                        r"(?:同意|决定)?[，,]")


def _procedure_before(text: str, stop: int, start: int) -> int | None:
    """Where a clause of procedure (``经主任会议研究，``) ending right before ``start`` begins, when a
    clause stands before it in the sentence (from ``stop``)."""
    a = max(text.rfind("，", stop, start - 1), text.rfind(",", stop, start - 1)) + 1
    if a <= stop:
        return None
    return a if _PROCEDURE.fullmatch(text, a, start) else None


def _passive(text: str, clause: Clause, form: str) -> _Subject | None:
    """The reports the clause before names (in the same sentence), for a hearing told in the
    passive (``县政府关于A的报告、关于B的报告，分别经常委会第四次、第五次会议审议``), or None."""
    if _NOT_YET.search(text, clause.start, clause.end):
        return None  # 将于6月提请常委会审议, 未经常委会审议: no hearing held
    stop = _part_start(text, clause.start)
    if form == "批准":  # X，经第十二次会议审查，予以批准: the budget or plan the sentence opened with
        m = _APPROVED.match(text, stop, clause.start)
        by_committee = _COMMITTEE_MEETING.search(text, m.end() if m else stop, clause.end)
        if m and by_committee:
            return _Subject(m.span("s"), "passive")
        m = _APPROVED_HERE.match(text, clause.start, clause.end)  # X于8月经第六次会议审查批准
        return _Subject(m.span("s"), "passive") if m else None
    if form == "工作评议":  # 由常委会任命的A局长和B局长，向常委会第十一次会议作了述职报告
        m = _OFFICIALS_BEFORE.match(text, stop, clause.start)
        return _Subject(m.span("s"), "passive") if m else None
    if form == "决定":  # 关于X的决议，经第五次会议表决通过: the resolution the clause before names
        m = _RESOLUTION.match(text, stop, clause.start) \
            or _RESOLUTION_HERE.match(text, clause.start, clause.end)
        return _Subject(m.span("s"), "passive") if m else None
    end = clause.start - 1
    if end - stop < 6 or text[end] not in "，,":
        # 《关于X的报告》及X草案经第四次会议审议: the titled report of the trigger's own clause
        m = _TITLED_REPORT.search(text, clause.start, clause.end) if form != "督查" else None
        return _Subject(m.span("s"), "passive") if m else None
    m = _REPORTS_NAMED.search(text, stop, end)
    if m is None and form == "督查":  # 关于X的建议，被主任会议列为重点督办件，经常委会跟踪督办
        named = list(_SUGGESTION_NAMED.finditer(text, stop, end))
        m = named[-1] if named else None
    if m is None or m.group().rstrip("”》").endswith(("建议", "议案")) != (form == "督查"):
        return None  # a hearing hears reports; a check follows suggestions up
    return _Subject((m.start(), m.end()), "passive")


#: Documents filed for review, named in the clause before a passive review (…报送备案的《X》等5件文件，).
_FILED_BEFORE = re.compile(r"(?:报送备案|报备|备案)的(?P<s>《[^》]{2,80}》(?:[、和及与]?《[^》]{2,80}》)*)"
                           r"(?:等[^，,。；;《》]{0,12})?[，,]$")
#: A deputies' motion or suggestion named by its title, closing the clause before a follow-up.
_MOTION_BEFORE = re.compile(r"《关于(?P<s>[^《》]{2,60}?的(?:议案|建议|重点建议))》[，,]$")
#: A report heard named only by who gave it (了县政府的汇报, 乡人民政府的报告).
_ORGAN_ONLY = re.compile(r"了?(?:[\u4e00-\u9fff]{0,8}?"
                         r"(?:人民政府|政府|法院|检察院|局|委员会|委|办公室|办|中心)"
                         r"(?:及其?有关部门|和有关部门)?)的?(?:专项|专题)?(?:工作)?(?:汇报|报告|情况汇报)?")
#: An action told as the focus of the year's work, its matter fronted before it:
#: ``《X法》的贯彻实施情况，是今年常委会执法检查的重点``.
_FOCUS_OF = re.compile(r"的(?:又一个|一个|一项|首要|主要)?重点")
_FOCUS_CLAUSE = re.compile(r"\s*(?:也|则|又)?是[^，,。；;]{0,16}$")
#: A sentence that opens with its topic alone (计划生育工作，…; 关于防汛工作，…).
_FRONTED_TOPIC = re.compile(r"\s*(?:关于|对于|对|就|围绕|针对)?(?P<s>[\u4e00-\u9fff“”《》\d]{2,24}?"
                            r"(?:工作|问题|情况|建设|管理|改革))[，,]")


def _subject(text: str, clause: Clause, hit: _Hit, next_start: int, floor: int) -> _Subject | None:
    """Where the subject of one trigger stands, or None when the clause does not say."""
    if hit.group:
        return _Subject(_clean_span(text, *hit.group), "group")
    framed = _FRAME.search(text, _strip_actor(text, clause.start, hit.start), hit.start)
    if framed and _meaningful(text, *framed.span("s")):
        a, b = framed.span("s")
        # 就X问题对县卫健局等6个部门进行询问: X is the subject, the departments are asked about it
        if addressed := _ADDRESSED.search(text, a, b):
            b = addressed.start() + len(addressed.group("k"))
        elif hit.trigger.form == "专题询问" and (asked := _ASKED_ABOUT.search(
                text, max(text.rfind("。", 0, clause.start) + 1, clause.start - 60), clause.start)):
            # 就X问题，对州教育局负责人进行了询问: the clause before says what was asked about
            return _Subject(_clean_span(text, *asked.span("s")), "frame")
        return _Subject(_clean_span(text, a, b), "frame", framed.group("q") or "")
    if _LISTED_LATE.fullmatch(text, clause.start, hit.start) \
            and _LISTED_END.fullmatch(text, hit.end, clause.end):
        # A、B和C三个项目，9月被工委列为重点督查对象: the things of the clause before
        m = _FRONTED.fullmatch(text, _part_start(text, clause.start), clause.start)
        if m is not None:
            a, b = m.span("s")
            counted = _COUNT_TAIL.search(text, a, b)
            b = counted.start() if counted else b
            if _meaningful(text, a, b) and not _ACTS_IN.search(text, a, b):
                return _Subject(_clean_span(text, a, b), "passive")
    listed = _LISTED_AS.search(text, clause.start, hit.start)
    if listed and _meaningful(text, *listed.span("s" if listed.group("s") else "p")):
        # 将X列为…执法检查; X被列为下半年执法检查的重点
        return _Subject(_clean_span(text, *listed.span("s" if listed.group("s") else "p")), "frame")
    if hit.trigger.subject == "passive":
        return _passive(text, clause, hit.trigger.form)
    if hit.trigger.subject == "self":
        s = hit.start
        m = re.search(r"组织", text[clause.start:hit.start])
        if m:  # 组织40名代表向选民述职: the organising is the committee's action
            s = clause.start + m.start()
        a, b = trim(text, s, clause.end)
        if b - hit.end < 2 and a >= hit.start and hit.end - hit.start < 6 \
                and not _COUNT.search(text, hit.end, b):
            return None  # 作出决定 alone names no subject (组织代表向选民述职 names it before); a whole
            # event named by its trigger (召开颁发任命书大会) is its own subject
        return _Subject((a, b), "self")
    if hit.trigger.form == "工作评议" and (accepts := _ACCEPTS.search(text, clause.start, hit.start)):
        # 县X局今年接受了常委会的工作评议; X局的工作，今年接受了常委会的工作评议: who accepts it
        a, b = _clean_span(text, clause.start, accepts.start())
        if not _meaningful(text, a, b):
            m = _FRONTED.fullmatch(text, _part_start(text, clause.start), clause.start)
            a, b = _clean_span(text, *m.span("s")) if m else (a, b)
        if (work := _ITS_WORK.search(text, a, b)) is not None:
            b = work.start()  # X局的依法行政工作: the department
        if _meaningful(text, a, b) and not _ACTS_IN.search(text, a, b):
            return _Subject((a, b), "passive")
    stop = _part_start(text, clause.start)
    procedure = _procedure_before(text, stop, clause.start)
    if (_BY_AGENT.match(text, clause.start) or _COMMITTEE_DID.match(text, clause.start)
            or procedure is not None) and not text[hit.end:clause.end].strip(" 。"):
        # A和B，也由主任会议成员带队进行了视察: the things of the clause before (past a clause of
        # procedure: A的实施情况，经主任会议研究，合并开展了执法检查)
        m = _FRONTED.fullmatch(text, stop, clause.start if procedure is None else procedure)
        if m and not _ACTS_IN.search(m.group("s")) and (
                _BY_AGENT.match(text, clause.start) or _SITE.fullmatch(m.group("s"))):
            return _Subject(m.span("s"), "passive")
    if hit.trigger.form == "备案审查" and text.startswith("中发现", hit.end) and next_start == clause.end:
        m = _REVIEWED.match(text, clause.end)  # 在审查中发现，某局印发的《X办法》…与上位法不一致
        return _Subject(m.span("s"), "after") if m else None
    if _NOMINAL_AFTER.match(text, hit.end):  # X的专题调研由…牵头完成: the action told as a noun
        s = max(floor, _strip_actor(text, clause.start, hit.start))
        if (m := _NOMINAL.fullmatch(text, s, hit.start)) is not None:
            a, b = _clean_span(text, m.start("s"), m.end("s"))
            if _meaningful(text, a, b):
                return _Subject((a, b), "before_of")
    after = text[hit.end:next_start].strip()
    if hit.trigger.prefer_topic and _OFFICIALS.search(after.rstrip("，,。；")):
        end = text.find("。", hit.end)
        m = _MEET_ON.search(text, next_start, len(text) if end < 0 else end)
        if m and _meaningful(text, *m.span("s")):  # 约见X负责人，就Y问题进行沟通: the subject is Y
            return _Subject(_clean_span(text, *m.span("s")), "after")
    # (…执法检查的又一个重点: no subject after; 调研、座谈等: the trigger is one item of a list of verbs)
    focus = _FOCUS_OF.fullmatch(after.rstrip("，,。；;")) is not None
    if not _LIST_MEMBER.match(after) and not focus:
        s, e = _clean_span(text, hit.end, next_start)
        if _OPINIONS.search(text, s, e):
            return _Subject((s, e), "opinions")  # 听取代表意见建议: no subject of oversight
        if hit.trigger.form in ("听取汇报", "听取审议报告") and _ORGAN_ONLY.fullmatch(text, s, e):
            stop = _part_start(text, clause.start)
            fronted = _FRONTED_TOPIC.match(text, stop)
            if fronted is not None and fronted.end() <= clause.start:
                # 计划生育工作，9月召开的主席团会议听取了乡人民政府的汇报: the topic opened the sentence
                return _Subject(fronted.span("s"), "topic")
        if _meaningful(text, s, e):
            if hit.trigger.form == "视察" and _GENERIC_THEME.fullmatch(text, s, e):
                place = _before(text, clause, hit, floor)  # 深入A、B实地视察重点项目建设: A and B
                if place is not None and place.rule == "place" \
                        and not _COUNTED_PLACES.search(text, max(0, place.span[0] - 6), place.span[0] + 6):
                    return place  # (深入12个贫困村察看项目建设情况: counted places, the theme stays)
            return _Subject((s, e), "after")
    before = _before(text, clause, hit, floor)
    if before is None and hit.trigger.form == "备案审查" and next_start == clause.end:
        m = _REVIEWED.match(text, clause.end)  # 经审查，发现《X细则》个别条款与上位法不一致
        if m:
            return _Subject(m.span("s"), "after")
        stop = _part_start(text, clause.start)
        filed = _FILED_BEFORE.search(text, stop, clause.start)
        if filed is not None and text.startswith("经", clause.start):
            # 县政府报送备案的《X办法》等5件规范性文件，经法制工作委员会逐件审查: the documents filed
            return _Subject(filed.span("s"), "passive")
    if before is None and hit.trigger.form == "督查" and not text[hit.end:clause.end].strip():
        stop = _part_start(text, clause.start)
        motion = _MOTION_BEFORE.search(text, stop, clause.start)
        if motion is not None:
            # 大会主席团交付州政府办理的《关于加快X的议案》，常委会进行了专项督查: the motion followed up
            return _Subject(motion.span("s"), "passive")
    return before
