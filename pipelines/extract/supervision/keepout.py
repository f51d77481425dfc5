"""Trigger words that name no oversight action of their own, told by the words around them.

Each test here is one keep-out rule of :data:`pipelines.extract.supervision.rules.KEEP_OUT_RULES`:

- ``noun_use``: the trigger word is a noun of the sentence, not its verb: ``审议有深度``,
  ``评议期间``, ``询问情况在电视台播出``, ``检查报告经常委会会议审议后…``;
- ``inside_title``: the word stands inside the title of a report being heard
  (``听取和审议县政府关于2019年专题询问所提问题整改情况的报告`` is one report, no 专题询问);
- ``team_detail``: a sentence about the team of an action already named (``检查组深入…，重点检查了X``)
  tells what the team looked at, not a new action;
- ``own_work``: a meeting about the congress's own work (``召开乡镇人大主席团工作座谈会``) oversees
  no one, nor does appraising deputies (``开展代表履职评议``);
- ``counted_places`` and ``local_part`` (rule ``object_count``): what an action named before looked
  at (``深入12个贫困村察看X``, ``察看了8个乡镇的整治现场``) or its local part
  (``对我市贯彻实施情况进行了检查`` after the inspection of a law) is no new action;
- ``list_pointer``: a hearing whose object is the list below it (``听取和审议了以下报告：``);
- ``named_after``: a class of bodies appraised (``对区级部门开展述职评议``) whose members the sentence
  names next (``评议区教育局、区卫生局2个部门``) gives the rows of the members only.

>>> noun_use("审议有深度、整改有落实", 2), noun_use("审议有关事项", 2), noun_use("检查有无违规", 2)
(True, False, False)
>>> noun_use("询问情况在县电视台播出", 2), noun_use("视察在建项目", 2)
(True, False)
>>> noun_use("询问结束后", 2), noun_use("审查制度", 2), noun_use("检查中小学校舍安全", 2)
(True, True, False)
>>> own_work("乡镇人大主席团工作"), own_work("部分市人大代表"), own_work("代表履职")
(True, True, True)
>>> own_work("全县民营经济发展情况")
False
"""

from __future__ import annotations

import re

from pipelines.extract.supervision.layouts import TABLE_HEAD_LINE
from pipelines.model import SupervisionAction

# After the trigger: a predicate of the word as a noun (审议有深度, 评议期间, 询问情况在…播出).
# 有关/有无 go on as verbs (审议有关议案, 检查有无违规); 在建 is no 在 of a place (视察在建项目).
# Also a time or manner of the action (询问结束后, 询问中发现的问题, 评议方式), an institution named
# by it (备案审查制度, 督查机制, 履行审查职责) and the persons it names (任命人员).
_NOUN_USE = re.compile(
    r"有(?![关无机色线效偿序])|期间|(?:情况|结果|报告|过程|全过程)(?:在(?!建)|向|已|及时|均|全部|由|经|交|通过|报送|显示|表明|书面|反馈)"
    r"|结束|以后|之后|中(?=[发提反指存])|方式|制度|机制|职责|职能|人员|工作(?=更加|进一步)"
    r"|提纲|文章|资料|材料|方案|学习|委员会|对象"  # 视察提纲, 调研文章, 考察学习, 资格审查委员会
    r"|表明|显示|采取|采用|推动|促成|历时|作为"  # 检查表明, 评议采取…办法, 调查推动…, 评议历时5个月
    r"|还不够|不够|有待"  # 跟踪检查还不够经常: a shortcoming
    r"|的(?:关键|重点|目的|核心|根本)|是(?!指)|工作(?=分|是|的关键|从|办法)"  # 评议是…的一种有效形式
    r"|办法|议题|能力|专家|调查组|小组|审议意见|提供|课题|工作方案|范围|程序|标准"  # 询问议题, 评议调查组
    r"|会(?:上|议|前|后)|要(?!求)|过程中|均|都(?!市)|时(?![间期代])|[后前](?=通过|组织|由|进行)"  # 询问会上
    r"|工作(?=逐步|走上|历时)|监督(?=要|从|向|工作|的)|逮捕")
# A title of a report opened before the trigger: 关于 not yet closed by 报告 or 汇报.
_OPEN_TITLE = re.compile(r"关于(?:(?!报告|汇报)[^，。；])*$")
_CLOSE_TITLE = re.compile(r"[^，。；]*?(?:报告|汇报)")
# The team of an action opening a sentence: 检查组深入…, 执法检查组…, 调研组先后…
_TEAM = re.compile(r"(?:执法)?检查组|视察组|调研组|评议组|督查组|调查组"
                   r"|(?:执法)?检查中|视察中|调研中|评议中|督查中")  # (视察中，代表们…: during it)
# The forms of action each team carries out (or that a clause told during it is part of).
_TEAM_FORMS = {"检查组": ("执法检查", "视察", "督查"), "视察组": ("视察",), "调研组": ("专题调研",),
               "评议组": ("工作评议",), "督查组": ("督查",), "调查组": ("专题调研",),
               "检查中": ("执法检查", "视察", "督查"), "视察中": ("视察",), "调研中": ("专题调研",),
               "评议中": ("工作评议",), "督查中": ("督查",)}
# What such a team does as a part of the action: 重点检查了X, 实地察看X, 调研了X.
_TEAM_VERB = re.compile(r"(?:重点|实地|现场|随机)?(?:检查|察看|查看|踏看|抽查|调研|调查|走访)")
# The congress's own organs and work: a meeting about them oversees no one.
# A meeting of deputies only (召开人大代表座谈会) names who met, not what is overseen; 代表履职评议
# appraises the deputies themselves.
_OWN_WORK = re.compile(
    r"人大(?:主席团|主席|工作|工委|建设)|主席团|代表工作|人大街道工委|常委会(?:自身|机关)|^[^，。；]{0,6}人大代表$"
    r"|^机关(?:党建|建设|作风)|党建工作|^党的建设|^履职"
    r"|^(?:人大)?代表履职"
    r"|^纪念[^，。；]{2,24}(?:周年|成立|设立)")  # 纪念县人大设立常委会十五周年座谈会: a commemoration
# A class of bodies, not one body: 区级部门, 县直单位, 市政府组成部门.
_BODY_CLASS = re.compile(r"^(?:[区县市省]级|[区县市]直|[区县市]?政府(?:组成|工作)?|有关|相关)?(?:部门|单位)")


def noun_use(text: str, end: int) -> bool:
    """The trigger ending at ``end`` is a noun: what follows it is its predicate."""
    return _NOUN_USE.match(text, end) is not None


def inside_title(text: str, clause_start: int, start: int, end: int, clause_end: int,
                 hearing_end: int) -> bool:
    """The trigger ``text[start:end]`` stands inside the title of a report heard by a trigger that
    ended at ``hearing_end`` (-1: none in the clause): a 关于 after the hearing is still open, and
    报告/汇报 closes it later in the clause.

    >>> t = "听取和审议县政府关于专题询问所提问题整改情况的报告"
    >>> inside_title(t, 0, 10, 14, len(t), 5)
    True
    >>> t = "听取和审议县政府关于安全生产工作的报告，开展专题询问"
    >>> inside_title(t, 0, 22, 26, len(t), 5)
    False
    """
    if hearing_end < 0:
        return False
    return (_OPEN_TITLE.search(text, max(clause_start, hearing_end), start) is not None
            and _CLOSE_TITLE.match(text, end, clause_end) is not None)


_DURING = re.compile(r"(?:(?:执法)?检查|视察|调研|评议|督查)(?:中|期间|过程中)(?=[，,]|$)")


def during(text: str, start: int, end: int, forms: list[str]) -> bool:
    """A clause ``text[start:end]`` that is only the time of an action of one of ``forms`` (told
    lately): ``视察中`` after a 视察 — what the sentence tells next is done in it.

    >>> during("视察中", 0, 3, ["专题调研", "视察"]), during("视察中", 0, 3, ["专题调研"])
    (True, False)
    """
    m = _DURING.match(text, start, end)
    if m is None:
        return False
    key = re.sub(r"期间|过程中", "中", m.group().removeprefix("执法"))
    return any(f in _TEAM_FORMS[key] for f in forms)


def team_sentence(text: str, start: int, end: int, form: str) -> bool:
    """A clause ``text[start:end]`` (after its actor and openers) opened by the team of an action
    of ``form`` (the action told just before: 执法检查组 after a 执法检查, 视察组 after a 视察).

    >>> team_sentence("检查组深入全县12所学校", 0, 12, "执法检查")
    True
    >>> team_sentence("组织检查组", 0, 5, "执法检查")
    False
    >>> team_sentence("视察组实地察看了工程", 0, 10, "专题调研")  # another action's team: a new action
    False
    """
    m = _TEAM.match(text, start, end)
    return m is not None and form in _TEAM_FORMS[m.group().removeprefix("执法")]


def team_verb(trigger_text: str) -> bool:
    """A bare verb that a team performs as part of the action: ``检查``, ``实地察看``, ``调研``
    (``专题调研``, ``执法检查`` name an action of their own).

    >>> team_verb("实地察看"), team_verb("专题调研")
    (True, False)
    """
    return _TEAM_VERB.fullmatch(trigger_text) is not None


#: What a meeting of deputies asked their views on, in the clause after it: ，征求对X的意见.
_SOUGHT = re.compile(r"[，,]\s*(?:广泛)?(?:征求|听取)(?:代表们?)?(?:对|关于)"
                     r"(?P<s>[^，。；]{2,30}?)的(?:意见|建议)")
_OWN_VIEWS = re.compile(r"(?:[县区市]?人大)?常委会|人大")


def opinions_sought(text: str, at: int) -> tuple[int, int] | None:
    """The span of what a meeting right before ``at`` sought views on, or None.

    >>> t = "召开人大代表座谈会，征求对县法院审判工作的意见"
    >>> s = opinions_sought(t, 9)
    >>> t[s[0]:s[1]]
    '县法院审判工作'
    """
    m = _SOUGHT.match(text, at)
    if m is None or _OWN_VIEWS.match(m["s"]) or own_work(m["s"]):
        return None  # 听取代表对常委会工作的意见: the congress's own work still
    return m.span("s")


def own_work(subject: str) -> bool:
    """A subject that is the congress's own work, not the work of a body it oversees."""
    return _OWN_WORK.search(subject) is not None


def named_after(text: str, row: SupervisionAction, rows: list[SupervisionAction]) -> bool:
    """A 工作评议 row of a class of bodies whose members a later row of its sentence names; or a
    class of units whose members the next rows of its form name, close after it (对辖区派驻站所开展评议。
    评议对象为A、B和C).

    >>> from pipelines.model import SupervisionAction as A
    >>> t = "对区级部门开展述职评议，评议区教育局、区卫生局2个部门。"
    >>> rows = [A(1, 12, "工作评议", "区级部门述职"), A(14, 18, "工作评议", "区教育局")]
    >>> named_after(t, rows[0], rows), named_after(t, rows[1], rows)
    (True, False)
    """
    if _UNITS_CLASS.fullmatch(row.subject) and any(
            r.form == row.form and 0 < r.start - row.end < _NAMED_REACH for r in rows):
        return True
    if _COUNTED_WORKS.fullmatch(row.subject) and any(
            r.form == row.form and 0 < r.start - row.end < _NAMED_REACH and "。" not in text[row.end:r.start]
            for r in rows):
        return True  # 对2018年十件民生实事项目开展了联合督查，重点督查了A、B和C三个项目: A, B, C
    if row.form != "工作评议" or not _BODY_CLASS.match(row.subject):
        return False
    return any(r.form == "工作评议" and r.start >= row.end and "。" not in text[row.end:r.start]
               and not _BODY_CLASS.match(r.subject) for r in rows)


#: A class of units appraised, whose members the text names next: 辖区派驻站所, 各站所, 有关部门.
_UNITS_CLASS = re.compile(r"(?:辖区|全区|全县|全市|全镇|各|有关|相关)?(?:内的)?(?:派驻)?"
                          r"(?:站所|部门|单位|机构)")
#: Works counted as a class (2018年十件民生实事项目, 三大重点工程), whose members the sentence names next.
_COUNTED_WORKS = re.compile(r"(?:(?:19|20)\d\d年度?)?(?:[一二三四五六七八九十两]+|\d+)(?:件|个|项|大)"
                            r"[\u4e00-\u9fff]{0,10}(?:项目|实事|工程)")
#: How far after a class its members may be named (the next sentence or two).
_NAMED_REACH = 200
#: The units named before, counted or pointed at: 两个被评议单位, 上述部门, 被评议单位, 以上3个单位
#: (对两个被评议单位进行满意度测评 after the appraisal of the two: the same appraisal).
_UNITS_BACK = re.compile(r"(?:(?:[两二三四五六七八九十\d]+个|上述|以上|这些|该|此|各)"
                         r"(?:[两二三四五六七八九十\d]+个)?(?:被评议|被测评|参评|受评)?|被评议|被测评|参评|受评)"
                         r"(?:单位|部门|站所|对象)(?:的?(?:工作)?(?:报告|汇报))?"  # 被评议部门的工作报告
                         # the appraised units' corrections, heard after the appraisal: 听取了整改情况报告
                         r"|(?:(?:被评议|被测评|参评)(?:单位|部门|站所)的?)?整改(?:工作)?(?:情况)?(?:的?报告|的?汇报)?"
                         # 听取了三位局长的述职报告并进行了满意度测评: the officials appraised above
                         r"|(?:[两二三四五六七八九十\d]+(?:位|名)|上述|以上|这些)[\u4e00-\u9fff]{0,4}?"
                         r"(?:局长|负责人|同志|干部|院长|检察长|主任|人员)(?:的述职报告|的述职)?")


def named_before(row: SupervisionAction, earlier: list[SupervisionAction]) -> bool:
    """The units or officials appraised above, pointed back at (对两个被评议单位进行满意度测评,
    听取了整改情况报告, 三位局长的述职报告): the same appraisal, no row of its own.

    >>> from pipelines.model import SupervisionAction as A
    >>> rows = [A(0, 4, "工作评议", "县交通局"), A(20, 28, "工作评议", "两个被评议单位")]
    >>> named_before(rows[1], rows[:1]), named_before(rows[1], [])
    (True, False)
    """
    return _UNITS_BACK.fullmatch(row.subject) is not None and any(
        b.form in (row.form, "工作评议") for b in earlier)


#: What points at the list that follows instead of naming what was heard: 以下报告, 如下3个报告.
_POINTER = re.compile(r"(?:以下|如下|下列|下面)(?:[\d一二两三四五六七八九十]+[个项件份])?"
                      r"(?:专项工作|工作|专项)?(?:报告|汇报|事项|议题)?")
#: A hearing verb that ends its line at a colon: the reports heard are the lines below it.
_HEARD_COLON = re.compile(r"听取[^\n，,。；;：:]{0,10}[：:]\s*(?:\n|$)")


#: A colon ending the line, then a bulleted or numbered line.
_LISTED_BELOW = re.compile(r"[ \t\u3000]*[：:]\s*\n[ \t\u3000]*"
                           r"(?:[-•·*]|\d{1,2}\s?[.．、]|[（(]\d{1,2}[）)])")


#: A sentence that ends pointing at a table or list below: 见表2。, 见附表。, 情况如下。, 如下：
_SEE_TABLE = re.compile(r"(?:见附?表\s*[\d一二三四五六七八九十]*|如下表?)[。：:]")




def quoted_campaign(text: str, row: SupervisionAction) -> bool:
    """A subject cut out of a quoted campaign's name (“大学习、大调研、大改进”活动): the 调研 is the
    campaign's word, no action.

    >>> from pipelines.model import SupervisionAction as A
    >>> t = "深入开展“大学习、大调研、大改进”活动"
    >>> quoted_campaign(t, A(5, 10, "专题调研", "大学习、大"))
    True
    >>> quoted_campaign("视察了“菜篮子”工程", A(3, 10, "视察", "“菜篮子”工程"))
    False
    """
    opened = text.rfind("“", max(0, row.start - 20), row.start + 1)
    if opened < 0 or text.rfind("”", opened, row.start + 1) >= 0:
        return False  # the subject does not start inside a quote
    closed = text.find("”", row.start)
    return 0 <= closed - opened <= 24 and _CAMPAIGN_WORD.search(text, opened, closed) is not None


_CAMPAIGN_WORD = re.compile(r"调研|视察|检查|评议|询问|督查|审查")


def counted_mention(text: str, row: SupervisionAction) -> bool:
    """An action named by its count to tell what came of them (两次专题询问共有9个部门负责人到会应询):
    the actions are told elsewhere; the count is an indicator.

    >>> from pipelines.model import SupervisionAction as A
    >>> t = "两次专题询问共有9个部门负责人到会应询"
    >>> counted_mention(t, A(6, 21, "专题询问", "共有9个部门负责人到会应询"))
    True
    """
    before = text[max(0, row.start - 12):row.start]
    return re.match(r"(?:共有?|共计|累计)\s*[\d一二三四五六七八九十两]", row.subject) is not None \
        and re.search(r"[两二三四五六七八九十\d]+次[^，。；]{0,6}$", before) is not None


def list_pointer(text: str, row: SupervisionAction) -> bool:
    """A hearing whose object is a list below it (全年听取和审议了以下报告：, 围绕X，常委会听取和审议了：):
    the list's lines are the rows (:mod:`.layouts`), the pointer or the topic before the verb is none.

    >>> from pipelines.model import SupervisionAction as A
    >>> t = "围绕民生问题，常委会听取和审议了：\\n（1）县政府关于X的报告；"
    >>> heard = "听取审议报告"
    >>> list_pointer(t, A(2, 6, heard, "民生问题")), list_pointer(t, A(0, 2, heard, "以下报告"))
    (True, True)
    >>> list_pointer("听取和审议了县政府关于X的报告。", A(6, 17, "听取审议报告", "县政府关于X的报告"))
    False
    >>> list_pointer("2023年听取和审议工作报告一览表", A(10, 17, "听取审议报告", "工作报告一览表"))
    True
    """
    line_start = text.rfind("\n", 0, row.start) + 1
    if TABLE_HEAD_LINE.match(text, line_start):
        return True  # 表3　重点督办代表建议办理情况, 序号 建议名称 领衔督办: a table's caption and header
    stop = min((i for i in (text.find("。", row.end), text.find("\n", row.end)) if i >= 0),
               default=len(text))
    if _SEE_TABLE.search(text, row.start, stop + 1):
        return True  # 执法检查和视察活动见表2。…领衔督办，办理情况如下。: the table's rows are the rows
    if row.form == "视察":  # 先后视察了三个示范点：\n- A…: the sites listed below are the rows
        return _LISTED_BELOW.match(text, row.end) is not None
    if row.form != "听取审议报告":
        return False
    if _POINTER.fullmatch(row.subject) or row.subject.endswith(("一览表", "统计表", "汇总表")):
        return True  # 以下报告; 听取和审议工作报告一览表: a table's title
    end = text.find("\n", row.end)
    line_end = len(text) if end < 0 else end
    return _HEARD_COLON.search(text, row.start, line_end + 1) is not None and \
        text.find("关于", row.end, line_end) < 0


#: Hearings counted: 听取街道办事处专项汇报5次, 听取政府专项工作报告12个.
_HEARINGS_COUNTED = re.compile(r"[^，,。；;]{0,12}?(?:专项|工作)*(?:汇报|报告)\s?\d+\s?(?:次|项|个|场|份)")
#: The rest of a quoted name of a mechanism the trigger stands in: “交办、督办、评办”闭环机制.
_NAMED_MECHANISM = re.compile(r"[^“”，。；]{0,10}”[\u4e00-\u9fff]{0,4}(?:机制|制度|模式|工作法|体系)")
#: A short quoted slogan of a practice the trigger word ends (实行“一季一督查”, “月月有视察”): its opening
#: quote just before the word, its closing quote right after.
_SLOGAN_OPEN = re.compile(r"“[^“”，。；]{1,6}$")
_SLOGAN_CLOSE = re.compile(r"[^“”，。；]{0,2}”")
#: A shortcoming the report owns up to (存在…督办建议的力度还需加大等不足, 视察调研的深度还不够):
#: the action's word names what falls short, no action done.
_SHORTCOMING = re.compile(r"[^，,。；;]{0,12}?的(?:力度|深度|广度|实效|针对性|质量|水平|成效|效果|转化)"
                          r"(?:还|仍|尚|有待|不够|不足|不强|不高|欠缺|需)"
                          # (…执法检查后跟踪问效不够, 调研成果的转化还不够: the clause ends on a lack)
                          r"|[^，,。；;]{0,14}?(?:不够|不足|不强|不高|不到位|不落实|运用不多|抓得不紧|处于探索阶段"
                          r"|有待加强|有待提高)(?:[，,。；;]|$)")
#: A streak told of an action (这是常委会连续第五年听取…报告): the action was told before it.
# (连续第三年对X开展满意度测评 is this year's action, and stays)
_STREAK = re.compile(r"(?:这是|此为|这已是|这也是)[^，,。；;]{0,12}?"
                     r"(?:连续(?:第)?[\d一二三四五六七八九十]+(?:年|次)|首次|第一次)")
#: Officials' own reports heard in their appraisal: 听取述职报告, 听取了他们的述职报告.
_REPORTS_OF_OFFICIALS = re.compile(r"了?(?:其|他们的?|各自的?|被评议人的?)?(?:述职|履职)报告"
                                   r"|了?[^，,。；;]{2,60}?(?:局长|主任|院长|检察长|所长)的(?:述职|履职)(?:报告|情况)")
#: A hearing that is a step of an appraisal: 在听取区城管局工作报告后进行了评议（满意度测评）.
_HEARD_TO_APPRAISE = re.compile(r"[^，,。；;]{0,40}?后(?:进行|开展)了?[^，,。；;]{0,6}(?:评议|测评)")
_HEARINGS = ("听取审议报告", "听取汇报")


def aside(text: str, form: str, start: int, end: int, clause_start: int, clause_end: int) -> bool:
    """A trigger (``text[start:end]``, of ``form``) that tells no action of its own: hearings counted
    (rule ``aggregate``: 全年听取街道办事处专项汇报5次); a remark on an action told before, a
    mechanism's or practice's name or a shortcoming owned up to (rule ``remark``: 这是常委会首次听取…,
    建立“交办、督办、评办”闭环机制, 实行“一季一督查”, 督办建议的力度还需加大); a hearing
    that is a step of an appraisal (rule ``appraisal_step``: 听取述职报告后进行了测评, 听取X局工作报告后
    进行了评议).

    >>> t = "这是常委会连续第五年听取国有资产管理情况报告"
    >>> aside(t, "听取汇报", t.index("听取"), t.index("听取") + 2, 0, len(t))
    True
    >>> t = "常委会听取了县政府关于河长制的报告"
    >>> aside(t, "听取汇报", 3, 5, 0, len(t))
    False
    """
    if form in _HEARINGS and _HEARINGS_COUNTED.match(text, end, clause_end):
        return True
    if _NAMED_MECHANISM.match(text, end) or _STREAK.search(text, clause_start, start):
        return True
    if _SLOGAN_OPEN.search(text, max(clause_start, start - 8), start) and _SLOGAN_CLOSE.match(text, end):
        return True  # 实行“一季一督查”: a practice named by its slogan, no action told
    if _THIS_ONE.search(text, max(clause_start, start - 3), start):
        return True  # 这次专题询问通过电视台全程录播: a remark on the action told before
    if _OUTCOME_TOLD.match(text, end, clause_end) and _REMARK_OPENER.fullmatch(text, clause_start, start):
        return True  # 评议取得了较好效果: a remark on the appraisal told before
    if _SHORTCOMING.match(text, end, clause_end):
        return True  # 督办建议的力度还需加大等不足: a shortcoming owned up to, no action
    return form in _HEARINGS and (_REPORTS_OF_OFFICIALS.match(text, end) is not None
                                  or _HEARD_TO_APPRAISE.match(text, end, clause_end) is not None)


#: What an action achieved, told right after its word (评议取得了较好效果, 视察收到了实效): a remark on it.
_OUTCOME_TOLD = re.compile(r"(?:工作|活动)?(?:取得|收到|达到)了?[^，,。；;]{0,8}?(?:效果|成效|实效|目的)")
#: The action told before, pointed back to right before its word: 这次专题询问, 此次视察.
_THIS_ONE = re.compile(r"(?:这次|此次|本次|该次|这项|此项)$")
#: What may come before such a remark's word in its clause.
_REMARK_OPENER = re.compile(r"\s*(?:此次|这次|本次|通过|整个)?\s*")


# Places or objects counted where an action went: 深入12个贫困村察看…, 察看了8个乡镇的整治现场.
_COUNTED_PLACES = re.compile(r"了?\d+\s?(?:余|多)?\s?(?:个|家|所|处|座|户|条)")
# The local part of an action named before: 对我市贯彻实施情况进行了检查.
_LOCAL_PART = re.compile(r"(?:我|本)[省市区县镇](?:的)?(?:贯彻|落实)?(?:实施|执行)?情况")


def counted_places(text: str, clause_start: int, hit_start: int, subject_start: int) -> bool:
    """Counted places before an inspecting verb, or counted objects right after it.

    >>> t = "深入12个贫困村察看项目建设情况"
    >>> counted_places(t, 0, 8, 10), counted_places("察看了8个乡镇的现场", 0, 0, 2)
    (True, True)
    """
    return (_COUNTED_PLACES.search(text, clause_start, hit_start) is not None
            or _COUNTED_PLACES.match(text, subject_start) is not None)


def local_part(subject: str) -> bool:
    """A subject that is only the local part of the action before: ``我市贯彻实施情况``."""
    return _LOCAL_PART.fullmatch(subject) is not None
