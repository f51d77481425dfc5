"""Oversight actions of a People's Congress standing committee, one row per action and subject.

Reads the NPC standing committee's report clause by clause, prose and lists alike (``1.`` items,
``（一）`` items, ``一是…；二是…``). A trigger word from ``pipelines/data/supervision_forms.csv`` names
the form (视察, 听取审议报告, 专题调研 …); the subject is found by the rules of
:data:`pipelines.extract.supervision.rules.SUBJECT_RULES`, in their order: the trigger's own group,
a ``对/就/围绕 … 进行`` frame inside the clause, the words after the trigger, a meeting, place or
activity before it (``召开X座谈会``, ``到X视察``, ``开展X专题调研``), an earlier clause of the sentence
that names the topic (``关心X工作，前往某地视察``), or the subject of the action before it
(``在审议X报告的同时，开展专题询问``). A meeting whose subject the next clause names (``召开政情通报会，
通报X``) widens that action's span. Enumerations become one row per item, sharing the quote: a
list of reports (``关于A的报告、关于B的报告``, ``关于A、B等12个专项工作报告``), a run of laws
(``《A》《B》等3部法律法规实施情况`` → ``《A》实施情况``, ``《B》实施情况``). ``law`` holds the law or
regulation the subject names, ``rule`` the rule that found the subject, ``actor`` whose action it is
(see ``ACTORS``); ``count`` is set where the text counts the subject's parts (``对2家部门`` → 部门, 2).

Not actions (:data:`~pipelines.extract.supervision.rules.KEEP_OUT_RULES`): aggregates, a count of
a class of actions (``开展执法检查和专题视察22次``, ``听取审议专项工作报告12项``, ``任免…188人次``),
which the indicators table carries; objects counted inside an inspection (``检查企业136家``);
opinions heard; and plans — a clause with 将/计划/拟, a section about the year ahead
(``二、2020年工作任务``), a document that is a work plan (``某县人大常委会2024年工作要点``). The table
holds actions done, so plans are left out rather than published (docs/supervision.md).

>>> from pipelines.model import DocumentText
>>> text = "常委会先后视察城东综合体、保障性住房和滨江路整治等重点工程，提出建议。"
>>> doc = DocumentText("d", "npc", 2020, text)
>>> [(a.form, a.subject) for a in extract_supervision(doc)]
[('视察', '城东综合体'), ('视察', '保障性住房'), ('视察', '滨江路整治')]
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace

from pipelines.extract.doc_cache import section_at
from pipelines.extract.quantity import cn_to_int
from pipelines.extract.supervision import keepout
from pipelines.extract.supervision.clauses import Clause, doc_clauses, forward_section, list_items, trim
from pipelines.extract.supervision.context import elliptic, met, own_object, shared_head
from pipelines.extract.supervision.layouts import ITEM_MARKS, ORDINAL, layout_rows
from pipelines.extract.supervision.meetings import MEETING_FORMS
from pipelines.extract.supervision.prefilter import EndSearch
from pipelines.extract.supervision.rules import aggregate, law_of, plan_document
from pipelines.extract.supervision.subjects import (
    _CONNECTORS,
    _COUNT,
    _DESCRIBED_BODY,
    _DETAIL_VERB,
    _INNER_COUNT,
    _LEAD_COUNT,
    _OBJECT_COUNT,
    _OPINIONS,
    _PLANNED,
    _RUN_IN,
    _SELF_LEAD,
    _TITLE,
    _TITLE_JOIN,
    _TWO_CJK,
    _actor,
    _clean_span,
    _Hit,
    _hits,
    _meaningful,
    _Subject,
    _subject,
    _topic_of,
    fragment,
)
from pipelines.model import DocumentText, SupervisionAction

log = logging.getLogger(__name__)

SUPERVISION_FORMS = (
    "听取审议报告", "视察", "执法检查", "专题询问", "质询", "工作评议", "专题调研", "备案审查",
    "约见", "座谈", "听取汇报", "督查", "决定", "批准", "任免", "其他",
)


def _counted(piece: str) -> tuple[str, int | None]:
    """A subject's wording without the count it holds, and that count: ``2家部门`` → (部门, 2),
    ``市住建局等6个部门`` → (市住建局等部门, 6), ``区政府部门的6名负责人`` → (区政府部门负责人, 6)."""
    m = _LEAD_COUNT.match(piece)
    if m and _TWO_CJK.search(piece, m.end()) and "的" not in piece[m.end():]:
        # 26家单位的普法工作 stays whole: the count is of the units, the subject their work
        return piece[m.end():], int(m.group("n"))
    m = _INNER_COUNT.search(piece)
    if m and _TWO_CJK.search(piece, m.end()):
        keep = "等" if m.group("k") == "等" else ""
        return piece[:m.start()] + keep + piece[m.end():], int(m.group("n"))
    return piece, None


def _title_run(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The titles of a subject that is a run of two or more 《》 titles (``《A》《B》实施情况``)."""
    titles = [m.span() for m in _TITLE.finditer(text, s, e)]
    if len(titles) < 2 or titles[0][0] != s:
        return []
    if all(_TITLE_JOIN.match(text[a[1]:b[0]].strip()) for a, b in zip(titles, titles[1:], strict=False)):
        return titles
    return []


#: A thing named before by its kind alone (该工程, 这个项目): the sentence's opening noun of that kind.
_BACK_REF = re.compile(r"(?:该|这一?|此)(?:个|项|座|家|所)?"
                       r"(?P<head>工程|项目|单位|部门|企业|学校|医院|院|局|站)")
#: A decision that is a personnel act: accepting a resignation, removing or dismissing from office.
_PERSONNEL = re.compile(r"辞去.{1,30}职务|接受.{1,30}辞职"
                        r"|(?:免去|撤销|罢免|免除|终止).{1,30}(?:职务|代表资格)"
                        r"|任命.{1,30}为")


def _rows(text: str, subject: _Subject, hit: _Hit, quote: tuple[int, int], actor: str,
          section: str, name: str | None = None, local: bool = False) -> list[SupervisionAction]:
    """One row per enumerated item of a subject span (one row when it is not an enumeration).

    A count the subject holds goes to ``count`` (``对2家部门``); a counted class of actions
    (``听取专项工作报告12项``, ``任免…46人次``) is an aggregate and gives no row (rule ``aggregate``)."""
    s, e = subject.span
    if _PARTICIPANTS.fullmatch(text, s, e):
        return []  # 召开由A、B和C参加的座谈会: who took part, no matter discussed
    if hit.trigger.form == "决定" and subject.rule == "topic" and _GENERAL_AIM.search(text, s, e):
        return []  # 围绕旗委的重大决策部署，及时作出决议决定: no decision named
    count = None
    m = _COUNT.search(text, s, e)
    if m and (m.end() == e or subject.rule == "self"):
        count = int(m.group("n")) if m.group("n").isdigit() else cn_to_int(m.group("n"))
        if subject.rule != "self":
            e = m.start()
    form = hit.trigger.form
    if form == "听取汇报" and _REPORT_END.search(text, s, e):
        form = "听取审议报告"  # (在听取…的报告之后: the report, whatever time word follows)
    if form == "执法检查" and text[hit.start:hit.end] == "检查" and _PROMISED.search(text, s, e) \
            and "《" not in text[s:e]:
        form = "督查"  # 对乡政府承诺的A、B和C三件实事逐项进行了检查: promises checked, no law
        if lead := _PROMISER.match(text, s, e):
            s = lead.end()
    items: list[tuple[int, int, str | None]] = [(s, e, name)]
    # the officials summoned to one 约见 are one meeting: 约见A局、B局负责人
    # sites visited are one row each (赴A和B视察); other places are where an action went
    splittable = (subject.rule not in ("self", "place") or form == "视察") and name is None and form != "约见"
    whole, cleaned = (s, e), _clean_span(text, s, e) if splittable else None
    titles = _title_run(text, *cleaned) if cleaned else []
    if titles:  # 《A》《B》贯彻实施情况: one row per law, each with the shared tail
        tail = text[titles[-1][1]:e].strip()
        tail = _LAWS_COUNTED.sub("", tail)  # 《A》《B》等3部法律法规实施情况 → 《A》实施情况
        tail = "" if tail.startswith("等") or len(tail) > 12 else tail
        items = [(a, b, text[a:b] + tail) for a, b in titles]
    elif splittable and not _ASPECTS.search(text[s:subject.span[1]]):
        counted_class = _ETC_COUNTED.search(text, s, e)
        if counted_class and "、" in text[s:counted_class.start()]:
            e = counted_class.start()  # 关于A、B等12个专项工作报告: one row per report named
            count = None
        split = list_items(text, s, e)
        if form == "听取审议报告" and subject.rule == "group" \
                and (cuts := [m.start() for m in _NEXT_REPORT.finditer(text, s, e)]):
            # 关于A的报告、关于B和C情况的报告分别提请…审议: split where the next report opens, never at 和
            bounds = [s, *cuts, e]
            split = [(bounds[0], cuts[0]), *((c + 1, b) for c, b in zip(cuts, bounds[2:], strict=True))]
        if len(split) == 1 and (joins := list(_TITLES_JOINED.finditer(text, s, e))):
            # 关于A的建议和关于B的建议: two titles joined by 和, one row each
            bounds = [s, *(x for m in joins for x in m.span("j")), e]
            split = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
        if len(split) == 1 and form == "工作评议" and (two := _TWO_OFFICIALS.fullmatch(text, s, e)
                                                     or _TWO_ORGANS.fullmatch(text, s, e)):
            # 组织街道办事处主任和分管城管的副主任向代表述职; 县交通运输局和县市场监管局接受了…评议
            split = [two.span("a"), two.span("b")]
        if len(split) == 1 and form == "视察" \
                and (two := _TWO_SITES.fullmatch(text, *_clean_span(text, s, e))):
            split = [two.span("a"), two.span("b")]  # 视察了A科技园二期和B产业园: two sites
        if len(split) == 1 and subject.rule == "topic" and form in ("专题调研", "视察", "督查") \
                and (two := _TWO_MATTERS.fullmatch(text, *_clean_span(text, s, e))):
            split = [two.span("a"), two.span("b")]  # 围绕A发展和B发展，开展专题调研: one study of each
        # 关于A、B等3个报告 is one title; 关于A的报告、关于B的报告和X关于C的报告 are three
        reports = counted_class or all(_TITLE_END.search(text, a, b) for a, b in split)
        # 关于春运工作、防汛抗旱工作的情况汇报: one briefing on each topic
        topics = form == "听取汇报" and all(_TOPIC_END.search(text, a, b) for a, b in split[:-1])
        one_title = "关于" in text[s:max(s, text.find("、", s, e))] and not reports and not topics
        # 作出关于A、B的决议: one resolution on two matters (a second 关于 would make two)
        one_title = one_title or (
            form == "决定" and text[max(0, s - 2):s] == "关于" and "关于" not in text[s:e])
        # 审查区政府、区法院报送备案的规范性文件17件: a class counted, whoever filed it: no items
        counted_whole = count is not None and m is not None and aggregate(text[s:e].strip(), m.group())
        if len(split) > 1 and min(b - a for a, b in split) >= 4 and not one_title and not counted_whole:
            items = [(a, b, None) for a, b in split]  # 区政府、区法院专项报告 stays whole
            items = shared_head(text, items)
    rows = []
    for a, b, label in items:
        counted = ""
        if subject.rule != "self":  # the span cleaned above when it is still the whole subject
            a, b = cleaned if cleaned and (a, b) == whole else _clean_span(text, a, b)
        if not _meaningful(text, a, b):
            continue
        label = label or text[a:b]
        row_form = form
        if form == "决定" and label.startswith("批准"):  # 作出关于批准X的决议: the approval of X
            row_form, label, a = "批准", label[2:], a + 2
        elif form == "决定" and _PERSONNEL.search(label):  # 关于接受X辞去Y职务的决定: a personnel act
            row_form = "任免"
        n = count
        if subject.rule == "self":
            if m:
                label = (text[a:m.start()] + text[m.end():b]).strip()
            label = _SELF_LEAD.sub("", label) or label
        elif name is None:
            label, inner = _counted(label)
            n = n if inner is None else inner
            if n is None and (cell := _TABLE_CELL.search(label)):  # 听取审议专项工作报告 12 (a table)
                label, n, counted = label[:cell.start()], int(cell.group("n")), cell.group("n")
            body = _DESCRIBED_BODY.match(label)
            label = body.group("o") if body else label
        counted = text[m.start():m.end()] if m and count is not None else counted
        trigger = _SELF_LEAD.sub("", text[hit.start:hit.end])
        bare = label[len(trigger):] if label.startswith(trigger) and label != trigger else label
        if n is not None and aggregate(bare, counted):
            log.debug("aggregate, not an action: %s", text[quote[0]:quote[1]])
            continue  # 听取审议专项工作报告12项: a statistic for the indicators table
        label = _TIME_TAIL.sub("", label)  # 在听取和审议X的报告时(的基础上)开展了专题询问: the report X
        label = _CN_COUNT_TAIL.sub("", label)  # 确定A、B两项作为督查重点: B, not B两项
        if (ref := _BACK_REF.fullmatch(label)) is not None:  # X工程是…，常委会…对该工程进行了视察: X工程
            opened = max(text.rfind("。", 0, a), text.rfind("\n", 0, a)) + 1
            named = re.compile(rf"\s*(?P<n>[\u4e00-\u9fff“”《》]{{2,30}}?{ref['head']})(?:是|，|,|作为)")\
                .match(text, opened, a)
            label = named["n"] if named is not None else label
        if fragment(label, row_form) or (_DRAFT_LAW.search(label) and row_form not in ("决定", "批准")) or (
                row_form == "听取审议报告" and ((actor == "deputies" and not local)
                                                 or _LAW_ITSELF.fullmatch(label))):
            # 审议《X条例（草案）》: law-making; 代表们在审议政府工作报告时: the congress in session (a
            # street's or township's deputies hearing its office's report at their meeting is oversight)
            log.debug("fragment, no subject: %s", label)
            continue  # 经批准的预算, 把听取专项工作报告与…结合起来, 在视察X时: nothing overseen
        label += subject.suffix
        if row_form == "听取汇报" and actor == "director_meeting":
            label += "（主任会议）"  # a briefing to the directors' meeting, not to the committee
        lo, hi = (min(a, hit.start), max(b, hit.end)) if len(items) == 1 else (a, b)
        if m and count is not None and len(items) == 1:
            hi = max(hi, m.end())  # the span holds the count as printed
        rows.append(SupervisionAction(lo, hi, row_form, label, n, actor, text[quote[0]:quote[1]],
                                      section, law_of(label), subject.via or subject.rule))
    return rows


#: Another organ opening a clause as its actor (市审计局对…, 县人民政府组织检查…, 区法院在审理…时):
#: the action is its own. The committee's organs and the congress are actors of :data:`ACTORS`.
_OTHER_ACTOR = re.compile(r"(?:[省市县区州旗]|全国)(?:人民)?(?:[\u4e00-\u9fff]{0,8}?(?:局|厅|办公室|中心)"
                          r"|政府(?:办公室)?|法院|检察院|监察委员会|监委|纪委(?:监委)?|政协|委(?:常委会)?)"
                          r"(?:[、和及](?:[省市县区]?[\u4e00-\u9fff]{0,8}(?:局|厅|政府|法院|检察院)))*"
                          r"(?:先后|及时|认真|积极|也|还|均|都|分别|同期|全年|牵头|会同[^，,。；;]{2,12}?)?"
                          r"(?:对|在|组织|开展|进行|深入|向社会|专题|听取|召开|审结|批准|受理|办理|立案)"
                          r"|各(?:县|区|县区|县（市、区）|县（市）|乡镇|乡（镇）|苏木镇|苏木)人大")
#: A Party or government leader acting (市委书记多次视察人大代表之家建设): not the committee's action.
_LEADER_ACTS = re.compile(r"(?:[省市县区州旗]委|[省市县区州旗](?:人民)?政府)(?:主要)?"
                          r"(?:书记|副书记|领导|负责同志|主要负责人)"
                          r"(?:[\u4e00-\u9fff]{2,3})?(?:多次|先后|亲自|专门)?(?:到|来|莅临)?"
                          r"(?=视察|调研|检查|察看|听取|考察)")
#: The committee assisting a higher congress's team (配合市人大常委会执法检查组，对X进行了检查): the
#: action is that congress's, the committee only taking part: no row, as for another organ's action
#: (until the committee acts again in its own words).
#: (A township's or street's committee assists its county's or district's: 配合区人大常委会执法检查组;
#: and the team may go unnamed: 配合市人大常委会对《X法》的实施情况开展执法检查.)
#: (the higher congresses helped, and the inspection a clause tells: shared by the patterns below)
_HIGHER_HELPED = (r"(?:配合|协助|陪同)[\u4e00-\u9fff]{0,8}?(?:全国|省|自治区|市|州|盟|区|县|旗)人大"
                  r"(?:常委会|工委|工作委员会)?"
                  r"(?:[、和及](?:全国|省|市)人大(?:常委会)?)*")  # 配合全国人大常委会、市人大常委会
_INSPECTION_TOLD = (r"(?:对[^，,。；;]{2,60}?)?(?:开展|进行)了?[^，,。；;的]{0,30}?(?:检查|视察|调研)"
                    r"(?:[，,。；;]|$)"
                    # 陪同盟人大工委视察了我旗X: its visit, the verb right after the body
                    r"|(?:检查|视察|调研|察看)了?")
_ASSISTING = re.compile(_HIGHER_HELPED + r"(?:[\u4e00-\u9fff]{0,6}?(?:检查组|调研组|视察组)(?=[，,]|$)"
                        r"|代表(?=视察|调研|检查)|(?=" + _INSPECTION_TOLD + "))")
#: Lower bodies guided by the committee doing the action (指导13个乡镇人大主席团对乡镇站所开展了工作评议):
#: theirs, not the committee's.
_GUIDING = re.compile(r"(?:还|并|积极|认真)?(?:指导|督促|推动|帮助)(?:各|全[县市区旗])?[^，,。；;]{0,8}?"
                      r"(?:乡镇|街道|镇)(?:人大)?(?:主席团|人大工委)")
#: A higher congress's team come to the place (省人大常委会执法检查组来我市检查X): its action, not the
#: committee's.
_VISITING = re.compile(r"(?:全国|省|自治区|市|州|县|区|旗)人大(?:常委会)?[\u4e00-\u9fff]{0,10}?"
                       r"(?:来|到|莅临)(?:我|本)[省市县区州旗镇乡]")  # (县人大…来我镇: a town's report)
#: What an action's team heard on its way: 听取汇报, 听取了有关部门的汇报 (the inspection's step).
_TEAM_HEARD = re.compile(r"了?(?:(?:(?!关于)[^，,。；;]){0,24}?的)?(?:情况|工作)?(?:汇报|介绍)")
#: …and the congress named alone, the inspection in the next clause (配合市人大常委会，对《X法》在我区的
#: 实施情况进行了检查); a hearing there is the committee's own (积极配合市人大常委会，听取和审议了…).
_ASSISTING_ENDS = re.compile(_HIGHER_HELPED + "$")
_INSPECTION = re.compile(_INSPECTION_TOLD)
#: A law or regulation itself reviewed or passed (审议通过《X条例》): law-making.
_LAW_ITSELF = re.compile(r"《[^《》]{2,40}(?:条例|法|办法|规定)》")
_PARTICIPANTS = re.compile(r"由?[^，。；]{2,40}参加"
                           # 召开家长、教师座谈会: who met, by kind of people, no matter discussed
                           r"|(?:(?:家长|教师|群众|村民|居民|学生|职工|企业家|老党员|代表|委员|专家|律师)[、和及与]?)+")
#: An aim, not a matter: 围绕…的重大决策部署 / 中心工作 / 工作大局.
_GENERAL_AIM = re.compile(r"(?:决策部署|中心工作|重点工作|大局|部署)$")
#: A clause that is only the title of another report heard, listed after a comma: ，关于B的报告.
# (an organ may open it, and the list go on with 、: ，以及市中级人民法院关于A的报告、市人民检察院关于B的报告)
_MORE_REPORT = re.compile(r"(?P<sep>[，,、])(?:以及|和|及)?"
                          r"(?P<t>(?:[\u4e00-\u9fff]{2,16}?)?关于[^，。；、]{2,60}?的"
                          r"(?:报告|工作报告|审计工作报告))(?=[，,。；、])")


#: Two reports heard joined by 和 in one subject, the second with its own 关于 (…的报告和县审计局关于…的报告).
#: (the second holds one 报告: 关于A的报告和关于B的报告审议意见研究处理情况的报告 is one report)
_JOINED_REPORTS = re.compile(r"(?<=报告)(?:和|及|以及|、)"
                             r"(?=[^，,；;。和]{0,16}关于(?:(?!报告)[^，,；;。]){2,80}报告$)")


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_CIRCLED_JOIN = re.compile(r"(?:、|和|及|与|以及)(?=[②-⑳])")
_NEXT_CIRCLED = re.compile(r"(?:[，,、]|和|及|与|以及)(?P<m>[②-⑳])(?P<s>[^，,；;。、\n]*)")
#: The count of the items after the last one: 三个项目, 4项工作.
_ITEMS_COUNTED = re.compile(r"(?:等)?[两二三四五六七八九十\d]+(?:个|项|件|处)[^，,。；;、]{0,4}$")


def _circled_series(text: str, rows: list[SupervisionAction]) -> list[SupervisionAction]:
    """A subject opened by ① whose sentence goes on with ②, ③ … after commas (视察了①A，②B，③C，对…): the
    mark is no part of it, and each next item is the same action on its own subject."""
    out: list[SupervisionAction] = []
    for row in rows:
        k = _CIRCLED.find(row.subject[:1]) if row.subject else -1
        if k < 0 and not _CIRCLED_JOIN.search(row.subject):
            out.append(row)
            continue
        start = row.start
        for piece in _CIRCLED_JOIN.split(row.subject):  # ①A、②B和③C三个项目: one row each
            piece = _ITEMS_COUNTED.sub("", piece.lstrip(_CIRCLED))
            at = text.find(piece, start, row.end + 1) if piece else -1
            if len(piece) >= 2 and at >= 0:
                out.append(replace(row, start=at, end=at + len(piece), subject=piece, law=law_of(piece),
                                   count=None))
                start = at + len(piece)
        at = row.end
        while k >= 0 and (nxt := _NEXT_CIRCLED.match(text, at)) is not None \
                and nxt["m"] == _CIRCLED[(k := k + 1) % len(_CIRCLED)]:
            s, e = nxt.span("s")
            e = text.rfind("等", s, e) if text.find("等", s + 1, e) > 0 else e  # ③C等项目 → C
            join = _CIRCLED_JOIN.search(text, s, e)  # ②B和③C: B, then C
            subject = _ITEMS_COUNTED.sub("", text[s:join.start() if join else e].strip())
            if len(subject) < 2 or any(r.start in (s - 1, s) for r in rows):
                break  # (an item the sentence rules found already: they read the rest too)
            out.append(replace(row, start=s, end=s + len(subject), subject=subject, law=law_of(subject),
                               count=None))
            at = join.start() if join else nxt.end()
    return out


def _more_reports(text: str, rows: list[SupervisionAction]) -> list[SupervisionAction]:
    """Reports heard listed after a comma (听取和审议了X关于A的报告，关于B的报告，关于C的报告):
    one row each, its subject as printed."""
    out: list[SupervisionAction] = []
    for row in rows:
        if row.form in ("听取审议报告", "工作评议", "专题询问") and _JOINED_REPORTS.search(row.subject):
            # 听取和审议了A关于X的报告和B关于Y的审计工作报告: two reports heard, a row each
            at = row.start
            for piece in _JOINED_REPORTS.split(row.subject):
                start = text.find(piece, at, row.end + 1)
                start = row.start if start < 0 else start
                end = start + len(piece) if start != row.start else row.end
                out.append(replace(row, start=start, end=end, subject=piece, law=law_of(piece), count=None))
                at = start + len(piece)
            continue
        out.append(row)
        if row.form == "任免" and row.subject.startswith(("任命", "决定任命")):
            at = row.end  # 任命A为X，B为Y: one row per appointment
            while m := _MORE_APPOINTED.match(text, at):
                out.append(replace(row, start=m.start("s"), end=m.end("s"), subject=m.group("s"),
                                   law="", count=None))
                at = m.end()
            continue
        if row.form != "听取审议报告" or not row.subject.endswith("报告"):
            continue
        at = text.find(row.subject[-6:], row.start, row.end + 1)
        at = row.end if at < 0 else at + 6
        first = True
        while (m := _MORE_REPORT.match(text, at)) and (m["sep"] != "、" or not first):
            first = False  # (a 、-list after the row is the row's own, split already)
            subject = m.group("t")
            out.append(replace(row, start=m.start("t"), end=m.end("t"), subject=subject,
                               law=law_of(subject), count=None))
            at = m.end()
    return out


#: Another appointment after one told (任命A为市计委主任，B为市中级人民法院副院长): a name, 为, a post.
_MORE_APPOINTED = re.compile(r"[，,、](?P<s>[\u4e00-\u9fff·]{2,4}为[^，,。；;为]{2,30}?"
                             r"(?:主任|局长|院长|庭长|检察长|检察员|审判员|委员|县长|区长|市长|主席|秘书长|部长"
                             r"|厅长|所长|队长|处长|陪审员|成员|负责人))(?=[，,。；;]|$)")
#: A Chinese-numeral count after the last item of a list: 确定A、B两项作为督查重点.
_CN_COUNT_TAIL = re.compile(r"(?<=[\u4e00-\u9fff])[两二三四五六七八九十]{1,2}(?:项|个|件)"
                            r"(?:站所|部门|单位|项目|重点项目)?$")  # 和镇卫生院三个站所 → 镇卫生院
#: A report named only by its organ and class (县政府的专项工作报告): on the matter told before it.
_GENERIC_REPORT = re.compile(r"(?P<organ>[\u4e00-\u9fff]{0,8}?"
                             r"(?:人民政府|政府|人民法院|法院|人民检察院|检察院))的?专项(?:工作)?报告")
#: What an interpellation is about, before the department it is put to: 就X问题对县建设局(依法)提出….
_QUESTIONED_ON = re.compile(r"就(?P<s>[^，,。；;]{2,40}?)(?:对[^，,。；;]{2,20}?)?(?:依法)?$")
#: A part of a sentence after ；that organises an action of its own (；11月，组织代表实地察看了X):
#: no detail of the action before it.
_NEW_PART = re.compile(r"[^。；]{0,12}?组织")


def _new_part(text: str, at: int) -> bool:
    """The part of the sentence holding ``at`` begins after ；and organises an action of its own."""
    part = text.rfind("；", 0, at) + 1
    return part > 0 and text.rfind("。", 0, at) < part and _NEW_PART.match(text, part, at) is not None


#: Two officials joined by 和, each named by a post: 街道办事处主任和分管城市管理的副主任.
_POST = r"(?:主任|局长|院长|检察长|所长|站长|镇长|乡长|区长|县长|市长|主席|书记|队长)"
#: Two sites joined by 和 (视察了栾溪科技园二期和东湖电子商务产业园): a visit to each.
_SITE = (r"(?:园|园区|厂|中心|工程|项目|[一二三四]期|站|馆|学校|医院|村|社区|基地|市场|公园|大桥|小区|码头"
         r"|枢纽|景区|街区|广场|大道)")
_TWO_SITES = re.compile(rf"(?P<a>[^，,。；;、和及与]{{3,30}}?{_SITE})(?:和|与)"  # (A中心及其分中心: one)
                        rf"(?P<b>[^，,。；;、和及与]{{3,30}}?{_SITE})")
#: Two matters joined by 和 that end in the same word (围绕A产业发展和B产业发展，开展专题调研): one
#: study, visit or follow-up of each, as the rows of a list.
_TWO_MATTERS = re.compile(r"(?P<a>[^，,。；;、和及与]{2,24}?(?P<h>发展|工作|建设|改革|保护|治理|改造|管理))"
                          r"(?:和|及|与|以及)(?P<b>[^，,。；;、和及与]{2,24}?(?P=h))")
_TWO_OFFICIALS = re.compile(rf"(?P<a>[^和、，,]{{2,24}}?{_POST})和(?P<b>[^和、，,]{{2,24}}?{_POST})")
#: Two departments joined by 和, each named with its place (县交通运输局和县市场监管局;
#: not 县自然资源和规划局).
_ORGAN_END = r"(?:局|委员会|委|办公室|办|法院|检察院|中心)"
_TWO_ORGANS = re.compile(rf"(?P<a>[区县市州旗][^和、，,]{{1,16}}?{_ORGAN_END})(?:和|与|及)"
                         rf"(?P<b>[区县市州旗][^和、，,]{{1,16}}?{_ORGAN_END})")
#: A clause that goes on from the one before: 随后开展专题询问, 并开展专题询问.
_THEN = re.compile(r"(?:随后|随即|之后|并|同时|接着)?(?:开展|进行|组织)了?$")
#: The title or opening of a street's or a township's own report.
_LOCAL_REPORT = re.compile(r"人大工(?:作)?委(?:员会)?|人大主席团|人民代表大会主席团|镇人大|乡人大")
#: The district's or county's standing committee named as an actor (区人大常委会, 县人大常委会领导).
_UPPER_COMMITTEE = re.compile(r"[区县旗](?:人大)?常委会(?:领导|主任会议)?$")
#: Works a government promised or the deputies asked for, checked by the committee (no law).
_PROMISED = re.compile(r"实事|承诺|民生工程|民生项目|重点项目|议案|建议")
#: Who promised them, before the works: 乡政府在十三届人大一次会议上承诺的.
_PROMISER = re.compile(r"[^，,。；;、]{0,30}?(?:承诺|确定|提出)的")
#: An organ, or its report or briefing named by kind only: 县人民政府, 州人民政府的专项工作报告, 县法院的汇报.
_ORGAN_ONLY = re.compile(r"[\u4e00-\u9fff]{0,8}?"
                         r"(?:人民政府|政府|人民法院|法院|人民检察院|检察院|局|委员会|办公室)"
                         r"的?(?:专项)?(?:工作)?(?:汇报|报告|情况汇报)?")
#: The matter a hearing is on, told before its verb: 就X听取…, 围绕X专题听取….
_ON_BEFORE = re.compile(r"(?:就|围绕|针对)(?P<s>[^，,。；;]{2,40}?)(?:专题|专门)?$")
#: A time word after a report or matter heard: 在审议X的报告时 names X (a bare 视察茶叶产业时 is a fragment).
_TIME_TAIL = re.compile(r"(?<=报告|情况|汇报)(?:时|后|期间|的基础上)(?:[，,]?(?:开展|进行|组织)了?)?$")
#: A draft law or regulation reviewed: the committee's law-making, not its oversight (the subject;
#: subjects._DRAFTING keeps a sentence of drafting from giving research or hearing rows at all).
_DRAFT_LAW = re.compile(r"(?:条例|法|办法|规定)[（(]?(?:修订|修正)?草案")
#: A team verb told as the focus of the action before it in the sentence: 重点检查了, 实地察看.
_FOCUS = re.compile(r"(?:重点|实地|现场)(?:检查|察看|查看|抽查|调研|走访)")
# A budget or final accounts: examined to approve them, not a 备案审查 of a normative document.
_BUDGET = re.compile(r"决算|预算|预算调整方案")
_TOPIC_END = re.compile(r"(?:工作|情况)$")
# A subject of aspects, not of items: 对A、B等方面 stays one row.
_ASPECTS = re.compile(r"等(?:方面|内容|问题)$")
# A count standing alone after a subject: a row of a table flattened by OCR (执法检查 3).
_TABLE_CELL = re.compile(r"\s+(?P<n>\d{1,4})$")
# A class counted after the items named: 关于A、B等12个专项工作报告, 《A》《B》等3部法律法规.
# (without 等 after a 、-list too: 评议区教育局、区卫生局2个部门)
_ETC_COUNTED = re.compile(r"等?\s?(?:\d+|[两二三四五六七八九十]{1,3})\s?(?:余|多)?\s?(?:个|项|件|部)"
                          r"[\u4e00-\u9fff]{0,10}$")
_LAWS_COUNTED = re.compile(
    r"^等\s?(?:\d+|[一二三四五六七八九十两]+)?\s?(?:部|个|项)?(?:法律法规|法律|法规|地方性法规)")
# The marker of a list item: 4. / 4、 / （4） / (四) / 一是.
_ITEM_MARK = re.compile(rf"\s*(?:{ITEM_MARKS})")


#: A lead that numbers a point inside a paragraph (一是, 二是, 首先).
_LEAD = re.compile(r"\s*(?:[一二三四五六七八九十]是|首先|其次)")


def _run_in_heading(text: str, clause: Clause, clauses_: list[Clause], k: int) -> bool:
    """``执法检查维护民利。`` opening a paragraph, with the paragraph's text after it, is a heading,
    not an action; so is a bold lead of any length (``**5．执法检查与视察调研联动。**对照…``)."""
    line_start = text.rfind("\n", 0, clause.start) + 1
    if text.startswith("**", line_start):
        close = text.find("**", line_start + 2)
        if clause.end <= close and text[close - 1:close] in "。：:" and text[close + 2:close + 3].strip():
            return True
    if _two_part_heading(text, clauses_, k):
        return True
    if k and clauses_[k - 1].sentence == clause.sentence:
        return False
    if k + 1 < len(clauses_) and clauses_[k + 1].sentence == clause.sentence:
        return False
    if _LEAD.match(text, clause.start) and text[clause.end:clause.end + 1] == "。" \
            and clause.end - clause.start <= _RUN_IN and "了" not in text[clause.start:clause.end] \
            and not _COUNT.search(text, clause.start, clause.end) \
            and text[clause.end + 1:clause.end + 2].strip():
        return True  # …增强实效。一是审查批准决算。常委会第十八次会议…: a lead inside the paragraph
    first = k == 0 or text.rfind("\n", 0, clause.start) >= clauses_[k - 1].end
    short = clause.end - clause.start <= _RUN_IN and not _COUNT.search(text, clause.start, clause.end)
    line_end = text.find("\n", clause.end)
    alone = not text[clause.end + 1:len(text) if line_end < 0 else line_end].strip()
    item = alone and _ITEM_MARK.match(text, clause.start)
    # 作出决定8项。 is no heading; nor is a numbered item alone on its line (4.视察城北水厂。)
    return first and short and text[clause.end:clause.end + 1] == "。" and not item


#: A chapter's number opening a line (二、, （二）).
_CHAPTER_MARK = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])")


def _two_part_heading(text: str, clauses_: list[Clause], k: int) -> bool:
    """``二、聚焦民生关切，专项监督更加精准。`` opening a line, the chapter's text after it: a numbered
    heading in two short parts, no action (each part at most 12 characters, no figure)."""
    clause = clauses_[k]
    first = k if not k or clauses_[k - 1].sentence != clause.sentence else k - 1
    last = k if k + 1 >= len(clauses_) or clauses_[k + 1].sentence != clause.sentence else k + 1
    if last - first != 1 or (first and clauses_[first - 1].sentence == clause.sentence) \
            or (last + 1 < len(clauses_) and clauses_[last + 1].sentence == clause.sentence):
        return False
    a, b = clauses_[first], clauses_[last]
    line_start = text.rfind("\n", 0, a.start) + 1
    mark = _CHAPTER_MARK.match(text, line_start)
    line_end = text.find("\n", b.end)
    return mark is not None and mark.end() >= a.start - 1 and text[b.end:b.end + 1] == "。" \
        and a.end - mark.end() <= 12 and b.end - b.start <= 12 \
        and not _COUNT.search(text, a.start, b.end) \
        and bool(text[b.end + 1:len(text) if line_end < 0 else line_end].strip())


_AFTER_IT = re.compile(r"\s*(?:会后|随后|此后|之后|[\u4e00-\u9fff]{2}(?:结束|完毕)后)")
#: A clause that only tells when (询问结束后, 会上, 随后): a back-reference reaches over it.
_TIME_CLAUSE = re.compile(r"\s*[\u4e00-\u9fff]{0,6}(?:结束后|之后|以后|后|时|会上|会后|随后|同时)\s*")


def _clause_before(text: str, clause: Clause) -> tuple[int, int]:
    """The span of the clause right before ``clause`` in its sentence (empty if none)."""
    start = max(text.rfind(c, 0, clause.start - 1) for c in "，,；;。\n") + 1
    return (start, max(start, clause.start - 1))


#: A law or a motion pointed back at (对该法贯彻实施情况…的执法检查, 对该议案进行了审议), and the titles of
#: its paragraph it may point at, per form.
_POINTED = {
    "执法检查": (re.compile(r"(?:该|本|此)(?:法|条例|法规)"), re.compile(r"《[^《》]{2,60}?(?:法|条例)》")),
    "听取审议报告": (re.compile(r"(?:该|此)(?:项|件)?议案"),
                     re.compile(r"《[^《》]{2,80}?议案》|“[^“”]{2,80}?议案”")),
}
#: A list of shortcomings the report owns up to: what follows in its sentence tells no action.
_SHORTCOMINGS_LEAD = re.compile(r"(?:不足|不足之处|问题和不足|差距和不足|存在的问题|薄弱环节|差距[，,])"
                                r"(?:主要是|是)?[：:]")
#: A follow-up told bare as a lead, its act in the next clause (三是跟踪督办，12月主任会议听取了…的汇报).
_BARE_FOLLOW_UP = re.compile(r"[\s，,；;]*(?:[一二三四五六七八九十]是)?(?:加强|坚持|持续|注重|抓好)?"
                             r"(?:跟踪)?督办"
                             r"[，,；;。]?")
#: A hearing of how something was followed up, told right after a follow-up (对X实施跟踪监督，…听取和审议了
#: 关于X整改情况的报告): the follow-up was done by that hearing, one row.
_FOLLOW_UP_HEARD = re.compile(r"听取[^。；;]{0,80}?(?:落实|整改|审议意见|办理)"
                              r"[^。；;，,]{0,20}?(?:报告|汇报)")
#: "Thereupon" before an action: it is on what was just heard (针对X问题，听取Y的报告，并就此开展专题询问).
_HEREUPON = re.compile(r"就此|对此|就(?:这一?|该)(?:问题|工作|议题|事项)")
#: A subject that only counts what the rows after its colon name (5部法律的实施情况, 三个重点项目).
_UMBRELLA = re.compile(r"^(?:[0-9]+|[一二三四五六七八九十两]+)(?:部|项|个|件|处)")
#: Where the next of a list of reports opens (…的报告、关于B的报告).
_NEXT_REPORT = re.compile(r"(?<=报告)、(?=关于)")


def _listed_after(text: str, rows: list[SupervisionAction]) -> list[SupervisionAction]:
    """A subject a colon opens into items (集中视察了全区重点工程建设：一是A，二是B，三是C; 视察了三个
    项目：A、B和C) gives one row per item, the subject only their heading."""
    out: list[SupervisionAction] = []
    for row in rows:
        if not text.startswith(("：", ":"), row.end):
            out.append(row)
            continue
        close = text.find("。", row.end)
        close = len(text) if close < 0 else close
        # the ordinals that open items (一是, （二）, 3., 其一, ①: the layouts' own)
        marked = [m for m in ORDINAL.finditer(text, row.end + 1, close)
                  if m.start() == row.end + 1 or text[m.start() - 1] in "，,；;\n"]
        if len(marked) >= 2:
            ends = [m.start() - 1 for m in marked[1:]] + [close]
            spans = [(m.end(), e) for m, e in zip(marked, ends, strict=True)]
        else:
            spans = list_items(text, row.end + 1, close)
        items = [(a, b) for a, b in (trim(text, a, b) for a, b in spans) if 2 <= b - a <= 40]
        if len(items) < 2 or any(any(c.isdigit() for c in text[a:b]) for a, b in items):
            if not (_UMBRELLA.search(row.subject) and any(row.end < r.start < close for r in rows)):
                out.append(row)  # (对5部法律的实施情况开展了执法检查：…牵头对《A》…进行了检查: the laws'
            continue  # own rows after the colon tell the inspections; the count of them is none)
        out.extend(replace(row, subject=text[a:b], start=a, end=b, rule="listed_after") for a, b in items)
    return out


#: A subject that points back to the one before: 对该项工作进行了满意度测评, 对此开展跟踪监督.
_BACK_REFERENCE = re.compile(r"(?:该|此|这)(?:一|项|个)?(?:工作|报告|问题|事项|议题)?")
#: Another body choosing pilots of its own (县政府确定城关镇、河西镇为首批试点单位): not the committee's.
_OTHER_BODY = re.compile(r"政府|法院|检察院|局(?=确定|选择|选定)")
#: The units an action is tried out in, later in its sentence: 选择A、B为首批试点单位.
_PILOTS = re.compile(r"(?:选择|选取|确定|选定)(?:[^，,。；;]{0,30}的)?(?P<u>[^，,。；;的]{2,60}?)"
                     r"(?:作)?为(?P<w>(?:首批|第[一二三四五六七八九十]批)?试点(?:单位|部门))")


def _piloted(text: str, rows: list[SupervisionAction]) -> list[SupervisionAction]:
    """An action started in pilot units named after it in its sentence is one action per unit:
    ``启动参与式预算监督工作，选择区民政局、区残联为首批试点单位`` → 参与式预算监督（区民政局，首批试点单位）,
    参与式预算监督（区残联，首批试点单位）."""
    out: list[SupervisionAction] = []
    for row in rows:
        stop = text.find("。", row.end)
        m = _PILOTS.search(text, row.end, len(text) if stop < 0 else stop)
        units = list_items(text, *m.span("u")) if m else []
        if not m or row.form != "其他" or text.find("；", row.end, m.start()) >= 0 \
                or _OTHER_BODY.search(text, row.end, m.start()) or any(b - a < 2 for a, b in units):
            out.append(row)
            continue
        base = row.subject.removesuffix("工作")
        out.extend(replace(row, subject=f"{base}（{text[a:b]}，{m['w']}）", end=max(row.end, m.end()))
                   for a, b in units)
    return out


#: The 和 between two titles: 关于A的建议和关于B的建议.
#: The end of a named report, suggestion or motion: 关于A的报告, “关于B的建议”, 《关于C的议案》.
_TITLE_END = EndSearch(re.compile(r"(?:报告|建议|议案|提案)[”》]?$"))
_REPORT_END = re.compile(r"报告(?:[之以]?[后时])?$")
_TITLES_JOINED = re.compile(r"(?<=的建议|的议案|的报告|的汇报)[”》]?(?P<j>和|及|以及|与)(?=[“《]?关于)")
#: A suggestion named by its title: 关于A的建议, 《关于A的建议》, “关于A的建议” (not 代表提出的重点建议).
#: (the subject's span may start after its 关于)
# (who made it may be said first: 对代表提出的关于A的建议，工委进行跟踪督办)
_NAMED_SUGGESTION = re.compile(r".{0,2}(?:[^，。；、]{0,10}?(?:提出|反映)的)?"
                               r"[《“]?关于[^，。；、]{2,60}的(?:建议|议案)[》”]?")


def extract_supervision(doc: DocumentText) -> list[SupervisionAction]:
    """Every oversight action of the report's standing committee and its organs.

    Only a People's Congress report (``report_kind == "npc"``) has them; other reports give [].

    >>> from pipelines.model import DocumentText
    >>> text = "主任会议专题听取区法院执行工作情况汇报。关注养老服务，前往某街道视察。"
    >>> rows = extract_supervision(DocumentText("d", "npc", 2020, text))
    >>> [(a.form, a.subject, a.actor) for a in rows]  # doctest: +NORMALIZE_WHITESPACE
    [('听取汇报', '区法院执行工作情况（主任会议）', 'director_meeting'),
     ('视察', '养老服务（某街道）', 'standing_committee')]
    """
    if doc.report_kind != "npc":
        return []
    if plan_document(doc.text):
        # A work plan lists what the committee means to do; the table holds actions done, and a
        # planned row would read as one. Its actions stay out (docs/supervision.md).
        log.info("%s: a work plan; its planned actions are not published as actions", doc.doc_id)
        return []
    text = doc.text
    out: list[SupervisionAction] = []
    cls = doc_clauses(doc)
    state = _State()
    all_hits = [[] if _run_in_heading(text, c, cls, k) else _hits(text, c) for k, c in enumerate(cls)]
    needed = _clauses_to_read(cls, all_hits)
    plans = _plan_paragraphs(doc)
    local = _LOCAL_REPORT.search(text, 0, 400) is not None  # a street's or a township's own report
    for k, (clause, hits) in enumerate(zip(cls, all_hits, strict=True)):
        if not needed[k]:
            continue
        if clause.sentence != state.sentence:
            state = _State(sentence=clause.sentence, local=local)
        actor, after_actor = _actor(text, clause)
        if out and keepout.team_sentence(text, after_actor, clause.end, out[-1].form) \
                and text.count("。", out[-1].end, clause.start) <= 1:
            state.team = True  # 检查组深入…: the team of the action just told, for the rest of the sentence
        elif out and keepout.during(text, after_actor, clause.end,
                                    [o.form for o in out[-4:] if clause.start - o.end < 400]):
            state.team = True  # 视察中，代表们…听取情况介绍: a visit told a few sentences before
        if local and actor == "standing_committee" \
                and _UPPER_COMMITTEE.search(text, max(0, after_actor - 8), after_actor):
            actor = "county_congress"  # in a street's report, 区人大常委会领导到街道视察X is the district's
        state.actor = actor or state.actor
        if _PLANNED.match(text, after_actor, clause.end):
            state.planned = True  # 常委会将听取…, 计划开展…: the rest of the sentence is a plan
        if _SHORTCOMINGS_LEAD.search(text, clause.start, clause.end):
            state.planned = True  # 存在的不足：执法检查后跟踪问效不够，…: shortcomings, no actions
        if hits and (state.planned or forward_section(section_at(doc, clause.start))
                     or any(s <= clause.start < e for s, e in plans)):
            continue  # a plan for the year ahead is no oversight action done
        if actor:
            state.other = False
        elif _OTHER_ACTOR.match(text, after_actor, clause.end) \
                or _LEADER_ACTS.match(text, after_actor, clause.end):
            state.other = True  # 市审计局对…进行了审计，审查发现…: another organ acts, not the committee
        if _ASSISTING.search(text, clause.start, clause.end) is not None or _GUIDING.match(
                text, after_actor, clause.end) is not None or _VISITING.search(
                text, clause.start, clause.end) is not None or (
                _ASSISTING_ENDS.search(text, after_actor, clause.end) is not None
                and _INSPECTION.match(text, clause.end + 1) is not None):
            state.other = True  # its inspection, the committee only assisting: no action of its own
        if hits and state.other:
            continue
        if not hits:
            state.topic = _topic_of(text, clause, after_actor) or state.topic
            state.previous = None
            continue
        same = k + 1 < len(cls) and cls[k + 1].sentence == clause.sentence
        ahead = {h.trigger.form for h in all_hits[k + 1]} if same else set()
        out.extend(_clause_rows(doc, clause, hits, state, ahead, cls[k + 1] if same else None))
    out = _piloted(text, _more_reports(text, _circled_series(text, out)))
    taken = [(r.start, r.end) for r in out]  # a layout's rows where no sentence rule found one
    heard = {_report_core(r.subject) for r in out if r.form == "听取审议报告"}
    for r in sorted(layout_rows(doc), key=lambda r: r.start):
        if forward_section(r.section) or any(s < r.end and r.start < e for s, e in taken):
            continue
        if r.form == "听取审议报告":  # a report listed in the text and again in an appendix's table
            core = _report_core(r.subject)
            if core in heard:
                continue
            heard.add(core)
        out.append(r)
    # two forms on one span and subject are two actions (听取审议X的报告并进行满意度测评: a hearing and
    # an appraisal), unless one is 其他 (视察并开展对X的评审: the visit says it)
    named = {(r.start, r.end, r.subject) for r in out if r.form != "其他"}
    unique: dict[tuple[int, int, str, str], SupervisionAction] = {}
    for row in out:
        if row.form != "其他" or (row.start, row.end, row.subject) not in named:
            unique.setdefault((row.start, row.end, row.subject, row.form), row)
    rows: list[SupervisionAction] = []
    for row in unique.values():  # one action told by two rules of one sentence (经审查，对《X》提出修改意见)
        if not any(r.form == row.form and r.subject == row.subject
                   and text.find("。", min(r.start, row.start), max(r.start, row.start)) < 0 for r in rows):
            rows.append(row)
    rows = _listed_after(text, rows)
    return [r for k, r in enumerate(rows)
            if not keepout.named_after(text, r, rows) and not keepout.named_before(r, rows[:k])
            and not keepout.list_pointer(text, r) and not keepout.counted_mention(text, r)
            and not keepout.quoted_campaign(text, r)
            and not _heard_accounts(text, r, rows) and not _theme_of_sites(text, r, rows)
            and not _heard_again(text, r, rows[:k]) and not _umbrella(text, r, rows)
            and not _seen_on_an_action(text, r, rows)]


def _seen_on_an_action(text: str, row: SupervisionAction, rows: list[SupervisionAction]) -> bool:
    """What was seen (察看了X) on an action of another form told before it in the sentence (对X落实情况的
    督查由…牵头，小组成员分段察看了Y): a step of that action, no visit of its own."""
    if row.form != "视察" or row.rule != "after":
        return False
    opened = text.rfind("。", 0, row.start) + 1
    return any(r.form in _SEEN_ON and opened <= r.start and r.end <= row.start
               and _SEEN.search(text, r.end, row.end) for r in rows)  # (a row's span holds its verb)


_SEEN_ON = frozenset(("督查", "执法检查", "专题调研", "工作评议"))


def _theme_of_sites(text: str, row: SupervisionAction, rows: list[SupervisionAction]) -> bool:
    """A visit named by its theme, then the sites seen on it, in one sentence (对重点项目建设进行视察，
    先后察看了A、B和C): the sites are the visit's rows, the theme is none."""
    if row.form != "视察" or row.rule not in ("frame", "topic"):
        return False
    closed = text.find("。", row.end)
    closed = len(text) if closed < 0 else closed
    return any(r.form == "视察" and r.rule == "after" and row.end <= r.start < closed
               and _SEEN.search(text, row.end, r.end) for r in rows)


#: The verb of the sites seen on a visit told before.
_SEEN = re.compile(r"察看了?|查看了?|踏看了?")


#: A report's title without its reporter and kind: 区人民政府关于X的综合报告 → X.
_REPORT_ENDS = re.compile(r"的?(?:综合|专项|专题|工作)?(?:报告|汇报)$")


def _report_core(subject: str) -> str:
    """What a report heard is about, to tell the same report named twice (in the text and in an
    appendix's table): ``区政府关于X的专项报告`` and ``关于X的报告`` → ``X``."""
    at = subject.find("关于")
    return _REPORT_ENDS.sub("", subject[at + 2:] if at >= 0 else subject)


#: A paragraph of the year ahead, opened by its year or 明年 and a 将 (1998年，常委会将做好以下工作：…).
_PLAN_PARAGRAPH = re.compile(r"\s*(?:(?P<y>(?:19|20)\d\d)年|今年|明年|新的一年)[，,]"
                             r"[^。]{0,24}?(?:将|要|拟|计划)")


def _plan_paragraphs(doc: DocumentText) -> list[tuple[int, int]]:
    """The spans of the paragraphs about the year after the one the report covers: every action
    they name is a plan, numbered items and all (``：1.…；2.…；3.…``)."""
    out = []
    for p in doc.paragraphs:
        m = _PLAN_PARAGRAPH.match(doc.text, p.start, p.end)
        if m and (not m["y"] or doc.covers_year is None or int(m["y"]) > doc.covers_year):
            out.append((p.start, p.end))
    return out


def _heard_accounts(text: str, row: SupervisionAction, rows: list[SupervisionAction]) -> bool:
    """A final account approved in the sentence that heard its report is one action, the hearing
    (…关于2013年市级财政决算的报告…经第九次会议审议，会议审查批准了2013年市级财政决算); and so is an
    official's report heard in an appraisal of that official (听取了县水利局局长…的述职报告，…进行了审议
    和测评: the appraisal)."""
    if row.form == "听取审议报告":  # (a report heard and appraised, 听取X的报告并进行满意度测评, is two)
        return _OFFICIAL.search(row.subject) is not None \
            and any(r.form == "工作评议" and (r.start, r.end) == (row.start, row.end) for r in rows)
    if row.form != "批准" or not row.subject.endswith(("决算", "决算草案")):
        return False
    opened = max(text.rfind("。", 0, row.start), text.rfind("\n", 0, row.start))
    closed = min(x for x in (text.find("。", row.end), text.find("\n", row.end), len(text)) if x >= 0)
    account = _LEVEL.sub("", row.subject.removesuffix("草案"))
    # (the hearing may be told after it: 审查批准了2022年区级决算，此前听取和审议了…关于2022年区级决算的报告)
    return any(r.form == "听取审议报告" and opened < r.start < closed and r is not row
               and account in _LEVEL.sub("", r.subject)
               for r in rows)


def _umbrella(text: str, row: SupervisionAction, rows: list[SupervisionAction]) -> bool:
    """An inspection of a class of laws, then in its sentence the titled laws inspected (对本市地方性
    法规的实施情况开展执法检查，9月检查了《A条例》…，11月检查了《B条例》…): those are the actions."""
    if row.form != "执法检查" or "《" in row.subject:
        return False
    closed = text.find("。", row.end)
    closed = len(text) if closed < 0 else closed
    return any(r.form == row.form and "《" in r.subject and row.end <= r.start < closed for r in rows)


def _heard_again(text: str, row: SupervisionAction, earlier: list[SupervisionAction]) -> bool:
    """A report heard before, named again as the time of what was done then (第十八次会议审议“两免一补”
    政策落实工作情况的报告时，…进行了询问): the hearing told already, no row of its own."""
    if row.form != "听取审议报告" or not text.startswith("时", row.end):
        return False
    core = _report_core(row.subject)
    return len(core) >= 4 and any(e.form == row.form and core in _report_core(e.subject) for e in earlier)


#: An official by the title of the office, whose report in an appraisal is the appraisal's.
_OFFICIAL = re.compile(r"(?:局长|主任|院长|检察长|庭长|行长|所长|站长|队长|主席|部长|科长)$")


#: The level of a budget or account, which a hearing may leave out: 2012年县本级财政决算 ~ 2012年财政决算;
#: and the 度 of 年度 (2012年度财政决算 ~ 2012年财政决算).
_LEVEL = re.compile(r"[县市区州旗]?本级|[县市区州旗]级|(?<=年)度")


def _clauses_to_read(cls: tuple[Clause, ...], all_hits: list[list[_Hit]]) -> list[bool]:
    """Which clauses the sentence reading must visit: those up to a sentence's last clause with
    a trigger. What a clause tells (actor, topic, plan) only serves later clauses of its sentence,
    and most sentences hold no trigger at all.

    >>> c = (Clause(0, 2, 0), Clause(3, 5, 0), Clause(6, 8, 1), Clause(9, 11, 2), Clause(12, 14, 2))
    >>> _clauses_to_read(c, [[], ["hit"], [], ["hit"], []])
    [True, True, False, True, False]
    """
    needed = [False] * len(cls)
    live = False
    for k in range(len(cls) - 1, -1, -1):
        if k + 1 < len(cls) and cls[k + 1].sentence != cls[k].sentence:
            live = False  # the sentence of the clause after this one is another
        live = live or bool(all_hits[k])
        needed[k] = live
    return needed


@dataclass
class _State:
    """What earlier clauses of the sentence said: who acts, the topic, the last subject, and
    actions still waiting for a subject the next clause names (``召开政情通报会，通报X``)."""

    sentence: int = -1
    actor: str = "standing_committee"
    topic: tuple[int, int] | None = None
    previous: _Subject | None = None
    pending: list[tuple[_Hit, Clause]] = field(default_factory=list)
    acted: bool = False  # an action of the sentence has been found
    planned: bool = False  # a clause of the sentence said 将/计划/拟: what follows is a plan
    team: bool = False  # the sentence opens with the team of an action (检查组…): its verbs are details
    other: bool = False  # a clause opened with another organ as its actor; until the committee acts again
    last: _Subject | None = None  # the last subject of the sentence, for a back-reference (对该项工作…)
    local: bool = False  # the document is a street's or a township's own report


#: One of several actions told as nouns, each with its object (开展了对A的视察、对B的视察和对C的调研).
_NOMINAL_ITEM = re.compile(r"对(?P<s>[^，,。；;、对]{2,60}?)的(?:专题|集中|重点)?$")
_ITEM_ENDS = frozenset("、和及，,。；;")


def _shared_subjects(text: str, clause: Clause, hits: list[_Hit]) -> list[_Subject | None]:
    """The subject of each hit; hits joined by 和/并 share the subject of the one after them."""
    subjects: list[_Subject | None] = []
    own: dict[int, _Subject | None] = {}  # a shared hit's subject before it, if the next has none
    for i, hit in enumerate(hits):
        nxt = hits[i + 1].start if i + 1 < len(hits) else clause.end
        floor = hits[i - 1].end if i else clause.start
        item = _NOMINAL_ITEM.search(text, floor, hit.start) if len(hits) > 1 else None
        if item is not None and text[hit.end:hit.end + 1] in _ITEM_ENDS:
            subjects.append(_Subject(item.span("s"), "frame"))  # 对A的视察、对B的调研: each its own
            continue
        if (i + 1 < len(hits) and hit.trigger.subject != "self" and hit.group is None
                and _CONNECTORS.match(text[hit.end:nxt].strip() or "和")):
            subjects.append(None)  # 视察并评审X, 深入调研和专题审议
            own[i] = _subject(text, clause, hit, hit.end, floor)  # 对X进行审查并作出批准决议
            continue
        subjects.append(_subject(text, clause, hit, nxt, floor))
    for i in range(len(subjects) - 2, -1, -1):
        if subjects[i] is None:
            subjects[i] = subjects[i + 1] or own.get(i)
    return subjects


def _clause_rows(doc: DocumentText, clause: Clause, hits: list[_Hit], state: _State, ahead: set[str],
                 following: Clause | None = None) -> list[SupervisionAction]:
    """The rows of one clause's trigger hits, given what the sentence said before, the forms
    of the next clause's hits (``ahead``) and that clause (``following``, None after the sentence)."""
    text = doc.text
    out: list[SupervisionAction] = []
    section = section_at(doc, clause.start)
    found: _Subject | None = None
    counted_to = -1
    waiting, state.pending = state.pending, []
    for i, (hit, subject) in enumerate(zip(hits, _shared_subjects(text, clause, hits), strict=True)):
        if hit.start < counted_to:
            continue  # already named by the counted phrase before it
        if keepout.aside(text, hit.trigger.form, hit.start, hit.end, clause.start, clause.end):
            continue  # a count of hearings, a remark on one told before, a step of an appraisal, a
            # practice's quoted name (实行“一季一督查”)
        if (hit.trigger.form == "听取审议报告" and i + 1 < len(hits)
                and hits[i + 1].trigger.form in ("决定", "批准")
                and text.startswith("并", hit.end) and hits[i + 1].start - hit.end <= 3):
            continue  # 审议并作出了关于X的决议: one decision, whose row tells it
        if subject is not None and subject.rule == "opinions":
            continue  # 召开座谈会，听取代表的意见: hearing opinions is no action of its own
        if hit.trigger.form == "督查" and ahead & {"听取汇报", "听取审议报告"} \
                and _BARE_FOLLOW_UP.fullmatch(text, clause.start, clause.end):
            continue  # 三是跟踪督办，主任会议听取了X落实情况的汇报: the hearing is the follow-up's row
        if hit.trigger.form == "督查" and ahead & {"听取汇报", "听取审议报告"} and following is not None \
                and _FOLLOW_UP_HEARD.search(text, following.start, following.end):
            continue  # 对X实施跟踪监督，12月听取和审议了关于X整改情况的报告: the hearing is the row
        name = None
        topic = state.topic
        if subject is None and hit.trigger.form in ahead and (not topic or hit.trigger.form == "听取汇报"):
            # the next clause names it: 召开通报会，通报X (围绕X，开展集中视察，察看了… is about X)
            state.pending.append((hit, clause))
            continue
        if hit.trigger.form == "质询" and (on := _QUESTIONED_ON.search(text, clause.start, hit.start)):
            subject = _Subject(on.span("s"), "topic")  # 就X问题对县建设局提出质询案: on X
        if subject is None and found is not None and hit.trigger.form == "专题询问" \
                and _TIME_TAIL.search(text, clause.start, hit.start):
            subject = replace(found, via="previous")  # 针对Y，在审议X的报告时开展专题询问: on the report X
        elif subject is None and hit.trigger.form == "专题询问" and state.previous is not None \
                and _THEN.match(text, clause.start, hit.start):
            subject = replace(state.previous, via="previous")  # 围绕Y，听取了X的报告，随后开展专题询问
        elif subject is None and (found or state.previous) is not None \
                and _HEREUPON.search(text, clause.start, hit.start):
            subject = replace(found or state.previous, via="previous")  # 听取X的报告，并就此开展专题询问
        elif topic and (subject is None or hit.trigger.prefer_topic):
            subject = _Subject(topic, "topic")
        elif topic and subject.rule == "place" and hit.trigger.form != "座谈":  # 关心X，前往某地视察
            name = f"{text[topic[0]:topic[1]]}（{text[subject.span[0]:subject.span[1]]}）"  # X（某地）
            subject = _Subject((topic[0], subject.span[1]), "topic_place")
        if subject is not None and hit.trigger.form in MEETING_FORMS:
            name, subject = met(text, clause, hit, subject, topic, name)
        if (subject is not None and name is None and hit.trigger.form in ("听取审议报告", "听取汇报")
                and _ORGAN_ONLY.fullmatch(text, *subject.span)
                and (on := _ON_BEFORE.search(text, clause.start, hit.start)) is not None):
            name = text[on.start("s"):on.end("s")]  # 就X听取县政府的专项工作报告: the report on X
        if (subject is not None and name is None and hit.trigger.form == "听取审议报告"
                and (generic := _GENERIC_REPORT.fullmatch(text, *subject.span)) and generic["organ"]):
            before = found or state.previous
            about = before.span if before is not None else topic
            if about is not None:  # 在对X开展视察的基础上，听取和审议了县政府的专项工作报告: the report on X
                name = f"{text[subject.span[0]:subject.span[1]]}（{text[about[0]:about[1]]}）"
        if subject is None:
            m = _COUNT.search(text, hit.end, clause.end)
            if m and not _OPINIONS.search(text, hit.start, m.end()):  # 开展执法检查和专题视察22次
                counted_to = m.end()  # a count of actions that names no subject: an aggregate
                log.debug("aggregate, not an action: %s", text[hit.start:m.end()])
                continue
        if subject is None and (found or (state.previous and not own_object(text, clause, hit))):
            # 听取X的报告，并开展专题询问; but 对其中15件建议实行跟踪督办 has an object of its own
            subject = replace(found or state.previous, via="previous")
        if subject is None:
            state.pending.append((hit, clause))
            continue
        pointer = _POINTED.get(hit.trigger.form) if subject.rule == "frame" else None
        if pointer and pointer[0].match(text, subject.span[0]):
            para = max(text.rfind("\n", 0, clause.start), 0)
            named = list(pointer[1].finditer(text, para, clause.start))
            if named:  # 《X法》自6月起施行。对该法贯彻实施情况的执法检查于7月启动: X is inspected
                subject = _Subject(named[-1].span(), "frame")
        over_time = _TIME_CLAUSE.fullmatch(text, *_clause_before(text, clause)) is not None \
            or _AFTER_IT.match(text, clause.start) is not None  # 会后对该项工作进行了满意度测评
        if subject.rule == "frame" and _BACK_REFERENCE.fullmatch(text, *subject.span) \
                and (back := found or state.previous or (state.last if over_time else None)) is not None:
            subject = replace(back, via="previous")  # 询问结束后，对该项工作进行了满意度测评: the topic asked
        if (subject.rule == "frame" and (before := found or state.previous)
                and elliptic(text[subject.span[0]:subject.span[1]], text[before.span[0]:before.span[1]])):
            subject = replace(before, via="previous")  # 听取X办理情况的报告，并对办理工作进行满意度测评
        if (state.team or (state.acted and _FOCUS.search(text, max(clause.start, hit.start - 2), hit.end)
                           and not _new_part(text, hit.start)))\
                and (keepout.team_verb(text[hit.start:hit.end])  # (检查组深入各县听取汇报、实地察看)
                     or (text[hit.start:hit.end] == "听取" and _TEAM_HEARD.match(text, hit.end) is not None)
                     or (state.team and hit.trigger.form == "座谈"
                         and "；" not in text[text.rfind("组", 0, hit.start):hit.start])) \
                and (subject.via == "previous" or "《" not in text[slice(*subject.span)]):
            # (a law named is an inspection of its own, unless it is the team's own law)
            continue  # 检查组深入…，重点检查了X; 开展执法检查，重点检查了A、B: what it looked at
        if hit.trigger.form in ("座谈", "工作评议", "听取汇报") \
                and keepout.own_work(text[slice(*subject.span)]):
            heard = keepout.opinions_sought(text, clause.end) if hit.trigger.form == "座谈" else None
            if heard is None:
                continue  # 召开乡镇人大主席团工作座谈会, 开展代表履职评议: the congress's own work
            subject = replace(subject, span=heard, rule="topic")  # 召开代表座谈会，征求对X的意见: on X
        if hit.trigger.form == "督查" and subject.rule != "group" and _OPINIONS.search(text, *subject.span) \
                and not _NAMED_SUGGESTION.fullmatch(text, max(0, subject.span[0] - 2), subject.span[1]):
            continue  # 对代表提出的重点建议进行跟踪督办: the handling of suggestions (motions), no check
            # (named suggestions followed up are checks: 将关于A的建议、关于B的建议确定为重点督办建议,
            # 对关于A的建议进行重点督办)
        if subject.rule == "place" and _COUNT.match(text, hit.end):
            continue  # 深入乡镇、村居开展专题调研12次: actions counted where they went, an aggregate
        if (hit.trigger.form == "备案审查" and _BUDGET.search(text, *subject.span)
                and "批准" in text[clause.start:text.find("。", clause.end) % (len(text) + 1)]):
            found = subject  # 对…财政决算进行审查，并作出批准决议: the approval's row carries it
            continue
        if (_DETAIL_VERB.match(text[hit.start:hit.end]) and subject.rule == "after"
                and ((state.acted and (_OBJECT_COUNT.search(text, *subject.span) or keepout.counted_places(
                    text, clause.start, hit.start, subject.span[0])))
                     or _OBJECT_COUNT.search(text, subject.span[0], clause.end))):
            continue  # 开展执法检查，检查企业136家 / 深入12个村察看X / 开展会前调研，察看排污口17个: what
            # the action looked at, no new one (the things counted tell it, whatever gave a row before)
        if (subject.rule == "frame" and (found or state.previous)
                and keepout.local_part(text[subject.span[0]:subject.span[1]])):
            continue  # 配合开展的《X》实施情况的检查，对我市贯彻实施情况进行了检查: the same inspection
        quote = trim(text, min(clause.start, subject.span[0]), max(clause.end, subject.span[1]))
        actor = state.actor
        if subject.rule == "passive" and actor == "deputies":
            actor = "standing_committee"  # 代表提出的“关于X的建议”，经工委跟踪督办: the committee acts
        rows = _rows(text, subject, hit, quote, actor, section, name, state.local)
        early = [h for h, _ in waiting if h.trigger.form == hit.trigger.form]
        if early and subject.rule == "after":  # 召开政情通报会，通报X: one action, widened
            lo = min(h.start for h in early)
            quote = trim(text, min(c.start for _, c in waiting), quote[1])
            rows = [replace(r, start=min(r.start, lo), quote=text[quote[0]:quote[1]]) for r in rows]
        out.extend(rows)
        state.acted = state.acted or bool(rows)
        if subject.rule != "self":
            found = subject
    state.previous = found
    state.last = found or state.last
    return out
