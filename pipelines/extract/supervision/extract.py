"""Oversight actions of a People's Congress standing committee, one row per action and subject.

Reads the NPC standing committee's report clause by clause. A trigger word from
``pipelines/data/supervision_forms.csv`` names the form (视察, 听取审议报告, 专题调研 …); the subject is
found, in this order, in the trigger's own group, in a ``对/就/围绕 … 进行`` frame inside the clause,
after the trigger, in a place or meeting before it (``到X视察``, ``召开X座谈会``), or in an earlier
clause of the sentence that names the topic (``关心X工作，前往某地视察``); failing these, a count names
the work (``开展执法检查和专题视察22次``), or the subject of the action before it is shared
(``在审议X报告的同时，开展专题询问``). A meeting whose subject the next clause names (``召开政情通报会，
通报X``) widens that action's span. Enumerations become one row per item, sharing the quote.
``actor`` says whose action it is (see ``ACTORS``); ``count`` is set where the text gives one, and the
subject then keeps only the words (``对2家部门`` → 部门, 2; ``作出决议决定11项`` → 决议决定, 11; a bare
``审查17件`` takes the form's generic subject, 规范性文件). A run of laws (``《A》《B》实施情况``) gives
one row per law. Not actions: objects counted inside an inspection (``开展执法检查，检查企业136家``),
and plans — every trigger in a section about the year ahead (``二、2020年工作任务``) or in a sentence
whose clause opens with 将/计划/拟 (``常委会将听取…``). The table has no field for planned work, so
plans are left out rather than published as done.

>>> from pipelines.model import DocumentText
>>> text = "常委会先后视察城东综合体、保障性住房和滨江路整治等重点工程，提出建议。"
>>> doc = DocumentText("d", "npc", 2020, text)
>>> [(a.form, a.subject) for a in extract_supervision(doc)]
[('视察', '城东综合体'), ('视察', '保障性住房'), ('视察', '滨江路整治')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from pipelines.extract.supervision.clauses import Clause, doc_clauses, forward_section, list_items, trim
from pipelines.extract.supervision.vocab import Trigger, supervision_triggers
from pipelines.model import DocumentText, SupervisionAction

SUPERVISION_FORMS = (
    "听取审议报告", "视察", "执法检查", "专题询问", "工作评议", "专题调研", "备案审查",
    "约见", "座谈", "听取汇报", "督查", "决定", "批准", "任免", "其他",
)

# Who acted, from the words that open a clause (the sentence keeps the last one named):
#   standing_committee        the district congress's standing committee (the default: it reports)
#   director_meeting          its director meetings (主任会议), an organ of the same committee
#   deputy_groups, deputies   deputies' groups or deputies at large (代表小组, 代表们)
#   street_working_committee  a street (sub-district) working committee of the congress (街道工委)
#   city_congress, provincial_congress, national_congress   a higher congress or its committee
ACTORS = (
    (re.compile(r"^(?:人大)?[\u4e00-\u9fff]{1,6}街道(?:人大)?工委|^街道人大"), "street_working_committee"),
    (re.compile(r"^全国人大(?:常委会)?"), "national_congress"),
    (re.compile(r"^(?:省、)?市人大(?:常委会)?"), "city_congress"),
    (re.compile(r"^省人大(?:常委会)?"), "provincial_congress"),
    (re.compile(r"^(?:[\u4e00-\u9fff]{0,3}人大)?(?:常委会)?主任会议"), "director_meeting"),
    (re.compile(r"^(?:人大)?代表小组"), "deputy_groups"),
    (re.compile(r"^(?:与会|全体)?代表们?"), "deputies"),
    (re.compile(r"^(?:[\u4e00-\u9fff]{1,4})?常委会"), "standing_committee"),
)
_OPENERS = re.compile(r"^(?:此外|同时|其中|一年来|今年以来|[0-9]{4}年|随后|在此基础上)?")
# A clause that names the topic of what follows: 关心X、围绕X、对X、以X为切入点、为督促X.
_TOPIC = re.compile(
    r"^(?:高度|继续|持续|重点|始终|进一步|十分)?(?:(?:关心|关注|重视|围绕|针对|对|就|聚焦)(?P<s>.+?)"
    r"(?:的特殊性|的实际)?|以(?P<t>.+?)为(?:切入点|抓手|重点|突破口)|为了?(?:有效|进一步|全面|深入|积极)?"
    r"(?:督促|推进|推动|促进|了解)(?P<u>.+?))$"
)
# Inside a clause: 对X进行重点督查, 就X开展评议, 对X的评审.
_FRAME = re.compile(
    r"(?:对|就|围绕|针对)(?P<s>.{2,120}?)(?:的|进行|开展|组织)+了?(?:专题|重点|集中|专项|联合|实地|跟踪)*"
    r"(?P<q>履职|述职|满意度|执法|司法)?$"
)
_PLACE = re.compile(r"(?:到|赴|前往|深入|走进)(?P<s>[^，。；和并]{2,40}?)(?:走访|调研|开展|进行)*$")
_MEETING = re.compile(r"召开(?P<s>[^，。；]{4,40}?)$")
_BEFORE_OPEN = re.compile(r"(?:开展|进行)(?P<s>[^，。；]{2,60}?)$")
_BEFORE_OF = re.compile(r"(?:开展的|进行的|组织的)(?P<s>[^，。；]{4,160}?)的$")
_UNITS = r"(?:人次|批次|次|项|人|名|件|篇|个|场|条|家|所|处|户|份|部|位)"
_COUNT = re.compile(rf"\s?(?P<n>\d+)\s?(?:余|多)?\s?{_UNITS}(?:左右|以上|余)?")
# A count inside a subject: 2家部门, 市住建局等6个部门, 区政府组成部门的6名负责人.
_LEAD_COUNT = re.compile(rf"^(?P<n>\d+)\s?(?:余|多)?\s?{_UNITS}(?:的)?")
_INNER_COUNT = re.compile(rf"(?P<k>等|的)\s?(?P<n>\d+)\s?(?:余|多)?\s?{_UNITS}")
# What a counted action without a named subject is about, when the form implies it.
_SELF_LEAD = re.compile(r"^(?:依法|共|先后|作出)+")
# A bare inspecting verb: 检查企业136家 / 实地察看河道15条 after an inspection names its detail.
_DETAIL_VERB = re.compile(r"^(?:实地|现场|随机|抽样)?(?:检查|察看|查看|踏看|抽查|走访)$")
_OBJECT_COUNT = re.compile(r"\d+\s?(?:余|多)?\s?(?:家|个|条|处|所|座|户|份|件|批次|批)(?:左右|以上)?$")
# A body described before its name: 社会关注度较高的区住房和城建局 → 区住房和城建局.
_DESCRIBED_BODY = re.compile(
    r"^[^、，]{2,20}?的(?P<o>[区县市省镇乡][^的、]{1,24}(?:局|委员会|委|办|院|厅|署|中心|政府))$")
# A clause about the year ahead: a plan, not an action done.
# 将 of a plan comes before a verb; 将审议意见交… (把) is no plan.
_PLANNED = re.compile(
    r"(?:还|也|继续|今年|明年|下一步)?(?:计划|拟|准备|将要|打算|将(?=继续|重点|适时|进一步|着力|围绕|认真|"
    r"切实|深入|全面|组织|开展|听取|审议(?!意见)|视察|检查(?!报告|意见)|调研(?!报告)|做好|抓好|加强|推进))")
# Laws listed in a row: 《A》《B》和《C》贯彻实施情况 → one row per law.
_TITLE = re.compile(r"《[^《》]{2,80}》")
_TITLE_JOIN = re.compile(r"^(?:、|和|及|以及|与)?$")
_LEAD_WORDS = re.compile(r"(?:了解|了|对|就|关于|有关|全面|一批|备案|、)")
_TAILS = re.compile(
    r"(?:并开展|并进行|的同时|(?<=报告)时|的工作汇报|的汇报|汇报|的情况|的决定|等方面|情况的)$"
)
_EMPTY = re.compile(
    r"^(?:工作|活动|情况|问题|建议|意见|推进|落实|等|了解|一批|有关|相关|工作中|汇报|中心工作|大局|"
    r"重点工作|中心|作出决定|作出决议|代表|委员|集中|专项|联合|重点|部分|全面|一次|首次|基层|一线|现场|"
    r"街道|社区|企业|各地)*$"
)
_OPINIONS = re.compile(r"(?:意见|建议)(?:\s?\d+\s?(?:余|多)?条)?$")
_CONNECTORS = re.compile(r"^(?:和|并|及|与|、|并开展|并进行)")
_LIST_MEMBER = re.compile(r"^(?:、|等)")
_RUN_IN = 14  # a paragraph's first sentence this short and comma-free is a run-in heading
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class _Hit:
    trigger: Trigger
    start: int
    end: int
    group: tuple[int, int] | None


@dataclass(frozen=True)
class _Subject:
    span: tuple[int, int]
    source: str  # group | frame | self | after | place | before | topic | count | previous
    suffix: str = ""  # what of the subject is appraised: 对6名负责人进行履职评议 → 负责人履职


def _actor(text: str, clause: Clause) -> str | None:
    """The actor that opens a clause, if any: ``主任会议专题听取…`` → ``director_meeting``."""
    head = _OPENERS.sub("", text[clause.start:clause.end].lstrip())
    for pattern, actor in ACTORS:
        if pattern.match(head):
            return actor
    return None


def _hits(text: str, clause: Clause) -> list[_Hit]:
    """Non-overlapping trigger matches in a clause, earliest first, longest on ties."""
    found: list[_Hit] = []
    purpose = text[clause.start:clause.end].lstrip().startswith("为")
    for trig in supervision_triggers():
        for m in trig.pattern.finditer(text, clause.start, clause.end):
            if any(text.startswith(w, m.end()) for w in trig.not_after):
                continue
            if any(text.endswith(w, clause.start, m.start()) for w in trig.not_before):
                continue
            if purpose and "配合" not in text[clause.start:m.start()]:
                continue  # 为加强对X的监督 names an aim; 为配合上级开展的检查 is an action
            group = m.span("s") if "s" in trig.pattern.groupindex and m.group("s") else None
            found.append(_Hit(trig, m.start(), m.end(), group))
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    chosen: list[_Hit] = []
    for h in found:
        if all(h.start >= c.end or h.end <= c.start for c in chosen):
            chosen.append(h)
    return sorted(chosen, key=lambda h: h.start)


def _clean_span(text: str, s: int, e: int) -> tuple[int, int]:
    """Shrink a subject span past lead words, tails (``汇报``, ``的同时``) and stray punctuation."""
    s, e = trim(text, s, e)
    for _ in range(3):
        m = _LEAD_WORDS.match(text, s, e)
        if m and m.end() < e:
            s = m.end()
        m = _TAILS.search(text, s, e)
        if m and m.start() > s:
            e = m.start()
        s, e = trim(text, s, e)
    while e > s and text[e - 1] in "、等的":
        e -= 1
    return s, e


def _meaningful(text: str, s: int, e: int) -> bool:
    piece = text[s:e]
    return len(_CJK.findall(piece)) >= 2 and not _EMPTY.match(piece) and not _COUNT.fullmatch(piece)


def _strip_actor(text: str, s: int, e: int) -> int:
    """The position after the adverbs and actor that open ``text[s:e]``."""
    head = text[s:e]
    s += len(head) - len(head.lstrip())
    m = _OPENERS.match(text[s:e])
    s += m.end() if m else 0
    for pattern, _ in ACTORS:
        m = pattern.match(text[s:e])
        if m:
            return s + m.end()
    return s


def _topic_of(text: str, clause: Clause) -> tuple[int, int] | None:
    """The topic a clause names (``关心X工作`` → ``X工作``), or None."""
    s = _strip_actor(text, clause.start, clause.end)
    m = _TOPIC.match(text[s:clause.end])
    if not m:
        return None
    g = next(name for name in ("s", "t", "u") if m.group(name))
    a, b = _clean_span(text, s + m.start(g), s + m.end(g))
    return (a, b) if _meaningful(text, a, b) else None


def _before(text: str, clause: Clause, hit: _Hit, floor: int) -> _Subject | None:
    """A subject standing before the trigger in its clause (after ``floor``, the end of the hit
    before it): a meeting, ``X的检查``, a place."""
    s = max(floor, _strip_actor(text, clause.start, hit.start))
    head = text[s:hit.start]
    for pattern, source in ((_MEETING, "before"), (_BEFORE_OF, "before"), (_PLACE, "place"),
                            (_BEFORE_OPEN, "before")):
        m = pattern.search(head)
        if m and m.group("s"):
            a, b = _clean_span(text, s + m.start("s"), s + m.end("s"))
            if _meaningful(text, a, b):
                return _Subject((a, b), source)
    return None


def _subject(text: str, clause: Clause, hit: _Hit, next_start: int, floor: int) -> _Subject | None:
    """Where the subject of one trigger stands, or None when the clause does not say."""
    if hit.group:
        return _Subject(_clean_span(text, *hit.group), "group")
    framed = _FRAME.search(text, _strip_actor(text, clause.start, hit.start), hit.start)
    if framed and _meaningful(text, *framed.span("s")):
        return _Subject(_clean_span(text, *framed.span("s")), "frame", framed.group("q") or "")
    if hit.trigger.subject == "self":
        s = hit.start
        m = re.search(r"组织", text[clause.start:hit.start])
        if m:  # 组织40名代表向选民述职: the organising is the committee's action
            s = clause.start + m.start()
        a, b = trim(text, s, clause.end)
        if b - hit.end < 2 and not _COUNT.search(text, hit.end, b):
            return None  # 作出决定 alone names no subject
        return _Subject((a, b), "self")
    after = text[hit.end:next_start].strip()
    if not _LIST_MEMBER.match(after):  # 调研、座谈等: the trigger is one item of a list of verbs
        s, e = _clean_span(text, hit.end, next_start)
        if _OPINIONS.search(text, s, e):
            return None  # 听取代表意见建议: opinions heard are no subject of oversight
        if _meaningful(text, s, e):
            return _Subject((s, e), "after")
    return _before(text, clause, hit, floor)


def _counted(piece: str) -> tuple[str, int | None]:
    """A subject's wording without the count it holds, and that count: ``2家部门`` → (部门, 2),
    ``市住建局等6个部门`` → (市住建局等部门, 6), ``区政府部门的6名负责人`` → (区政府部门负责人, 6)."""
    m = _LEAD_COUNT.match(piece)
    if m and len(_CJK.findall(piece[m.end():])) >= 2 and "的" not in piece[m.end():]:
        # 26家单位的普法工作 stays whole: the count is of the units, the subject their work
        return piece[m.end():], int(m.group("n"))
    m = _INNER_COUNT.search(piece)
    if m and len(_CJK.findall(piece[m.end():])) >= 2:
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


def _rows(text: str, subject: _Subject, hit: _Hit, quote: tuple[int, int], actor: str,
          section: str, name: str | None = None) -> list[SupervisionAction]:
    """One row per enumerated item of a subject span (one row when it is not an enumeration).

    A count the subject holds goes to ``count`` (``听取专项工作报告20项左右``, ``对2家部门``); a
    counted action that names no subject takes the form's generic subject where it has one."""
    s, e = subject.span
    count = None
    m = _COUNT.search(text, s, e)
    if m and (m.end() == e or subject.source == "self"):
        count = int(m.group("n"))
        if subject.source != "self":
            e = m.start()
    form = hit.trigger.form
    if form == "听取汇报" and text[s:e].endswith("报告"):
        form = "听取审议报告"
    items: list[tuple[int, int, str | None]] = [(s, e, name)]
    splittable = subject.source not in ("self", "place", "count") and name is None
    titles = _title_run(text, *_clean_span(text, s, e)) if splittable else []
    if titles:  # 《A》《B》贯彻实施情况: one row per law, each with the shared tail
        tail = text[titles[-1][1]:e].strip()
        tail = "" if tail.startswith("等") or len(tail) > 12 else tail
        items = [(a, b, text[a:b] + tail) for a, b in titles]
    elif (splittable and not re.search(r"等(?:方面|内容|问题)$", text[s:subject.span[1]])
          and "关于" not in text[s:max(s, text.find("、", s, e))]):  # 关于A、B等3个报告: one title
        split = list_items(text, s, e)
        if len(split) > 1 and min(b - a for a, b in split) >= 4:  # 区政府、区法院专项报告 stays whole
            items = [(a, b, None) for a, b in split]
    rows = []
    for a, b, label in items:
        a, b = _clean_span(text, a, b) if subject.source != "self" else (a, b)
        if not _meaningful(text, a, b):
            continue
        label = label or text[a:b]
        n = count
        if subject.source == "self":
            if m:
                label = (text[a:m.start()] + text[m.end():b]).strip()
            label = _SELF_LEAD.sub("", label) or label
        elif subject.source == "count" and label == text[hit.start:hit.end] and hit.trigger.generic:
            label = hit.trigger.generic  # 审查17件: the form says what was reviewed
        elif name is None:
            label, inner = _counted(label)
            n = n if inner is None else inner
            body = _DESCRIBED_BODY.match(label)
            label = body.group("o") if body else label
        label += subject.suffix
        lo, hi = (min(a, hit.start), max(b, hit.end)) if len(items) == 1 else (a, b)
        if m and count is not None and len(items) == 1:
            hi = max(hi, m.end())  # the span holds the count as printed
        rows.append(SupervisionAction(lo, hi, form, label, n, actor,
                                      text[quote[0]:quote[1]], section))
    return rows


def _run_in_heading(text: str, clause: Clause, clauses_: list[Clause], k: int) -> bool:
    """``执法检查维护民利。`` opening a paragraph is a heading, not an action."""
    if k and clauses_[k - 1].sentence == clause.sentence:
        return False
    if k + 1 < len(clauses_) and clauses_[k + 1].sentence == clause.sentence:
        return False
    first = k == 0 or text.rfind("\n", 0, clause.start) >= clauses_[k - 1].end
    short = clause.end - clause.start <= _RUN_IN and not _COUNT.search(text, clause.start, clause.end)
    return first and short and text[clause.end:clause.end + 1] == "。"  # 作出决定8项。 is no heading


def extract_supervision(doc: DocumentText) -> list[SupervisionAction]:
    """Every oversight action of the report's standing committee and its organs.

    Only a People's Congress report (``report_kind == "npc"``) has them; other reports give [].

    >>> from pipelines.model import DocumentText
    >>> text = "主任会议专题听取区法院执行工作情况汇报。关注养老服务，前往某街道视察。"
    >>> rows = extract_supervision(DocumentText("d", "npc", 2020, text))
    >>> [(a.form, a.subject, a.actor) for a in rows]  # doctest: +NORMALIZE_WHITESPACE
    [('听取汇报', '区法院执行工作情况', 'director_meeting'),
     ('视察', '养老服务（某街道）', 'standing_committee')]
    """
    if doc.report_kind != "npc":
        return []
    text = doc.text
    out: list[SupervisionAction] = []
    cls = doc_clauses(doc)
    state = _State()
    all_hits = [[] if _run_in_heading(text, c, cls, k) else _hits(text, c) for k, c in enumerate(cls)]
    for k, (clause, hits) in enumerate(zip(cls, all_hits, strict=True)):
        if clause.sentence != state.sentence:
            state = _State(sentence=clause.sentence)
        state.actor = _actor(text, clause) or state.actor
        if _PLANNED.match(text, _strip_actor(text, clause.start, clause.end), clause.end):
            state.planned = True  # 常委会将听取…, 计划开展…: the rest of the sentence is a plan
        if hits and (state.planned or forward_section(doc.section_at(clause.start))):
            continue  # a plan for the year ahead is no oversight action done
        if not hits:
            state.topic = _topic_of(text, clause) or state.topic
            state.previous = None
            continue
        same = k + 1 < len(cls) and cls[k + 1].sentence == clause.sentence
        ahead = {h.trigger.form for h in all_hits[k + 1]} if same else set()
        out.extend(_clause_rows(doc, clause, hits, state, ahead))
    unique: dict[tuple[int, int, str], SupervisionAction] = {}
    for row in out:
        unique.setdefault((row.start, row.end, row.subject), row)
    return list(unique.values())


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


def _shared_subjects(text: str, clause: Clause, hits: list[_Hit]) -> list[_Subject | None]:
    """The subject of each hit; hits joined by 和/并 share the subject of the one after them."""
    subjects: list[_Subject | None] = []
    for i, hit in enumerate(hits):
        nxt = hits[i + 1].start if i + 1 < len(hits) else clause.end
        if (i + 1 < len(hits) and hit.trigger.subject != "self"
                and _CONNECTORS.match(text[hit.end:nxt].strip() or "和")):
            subjects.append(None)  # 视察并评审X, 深入调研和专题审议
            continue
        subjects.append(_subject(text, clause, hit, nxt, hits[i - 1].end if i else clause.start))
    for i in range(len(subjects) - 2, -1, -1):
        if subjects[i] is None:
            subjects[i] = subjects[i + 1]
    return subjects


def _clause_rows(doc: DocumentText, clause: Clause, hits: list[_Hit], state: _State, ahead: set[str]
                 ) -> list[SupervisionAction]:
    """The rows of one clause's trigger hits, given what the sentence said before and the forms
    of the next clause's hits (``ahead``)."""
    text = doc.text
    out: list[SupervisionAction] = []
    section = doc.section_at(clause.start)
    found: _Subject | None = None
    counted_to = -1
    waiting, state.pending = state.pending, []
    for hit, subject in zip(hits, _shared_subjects(text, clause, hits), strict=True):
        if hit.start < counted_to:
            continue  # already named by the counted phrase before it
        name = None
        topic = state.topic
        if subject is None and hit.trigger.form in ahead:
            state.pending.append((hit, clause))  # the next clause names it: 召开通报会，通报X
            continue
        if topic and (subject is None or hit.trigger.prefer_topic):
            subject = _Subject(topic, "topic")
        elif topic and subject.source == "place":  # 关心X，前往某地视察: X（某地）
            name = f"{text[topic[0]:topic[1]]}（{text[subject.span[0]:subject.span[1]]}）"
            subject = _Subject((topic[0], subject.span[1]), "place")
        if subject is None:
            m = _COUNT.search(text, hit.end, clause.end)
            if m and not _OPINIONS.search(text, hit.start, m.end()):  # 开展执法检查和专题视察22次
                subject = _Subject((hit.start, m.end()), "count")
                counted_to = m.end()
        subject = subject or found or state.previous  # 听取X的报告并开展专题询问
        if subject is None:
            state.pending.append((hit, clause))
            continue
        if (state.acted and _DETAIL_VERB.match(text[hit.start:hit.end]) and subject.source == "after"
                and _OBJECT_COUNT.search(text, *subject.span)):
            continue  # 开展执法检查，检查企业136家: the objects the inspection counted, no new action
        quote = trim(text, min(clause.start, subject.span[0]), max(clause.end, subject.span[1]))
        rows = _rows(text, subject, hit, quote, state.actor, section, name)
        early = [h for h, _ in waiting if h.trigger.form == hit.trigger.form]
        if early and subject.source == "after":  # 召开政情通报会，通报X: one action, widened
            lo = min(h.start for h in early)
            quote = trim(text, min(c.start for _, c in waiting), quote[1])
            rows = [replace(r, start=min(r.start, lo), quote=text[quote[0]:quote[1]]) for r in rows]
        out.extend(rows)
        state.acted = state.acted or bool(rows)
        if subject.source not in ("self", "count"):
            found = subject
    state.previous = found
    return out
