"""Naming rules that read the sentence around a figure: what an earlier clause says it is about.

In narrative (the standing committee's and the CPPCC's reports, glossary notes), a clause often
names only what was done (``实地查看水厂8座``): its subject stands clauses away (``对…工程建设情况
进行视察``), or is the thing the figure before counted (``划分网格…，上报信息…``).  These rules
give such names their subject, and take away the words that frame a name but are not part of it
(``在…会议期间``, ``截至…年底``, ``经审查``, ``目标是``, ``到2025年``).  They are entries of
:data:`pipelines.extract.indicators.naming.RULES`; the golden cases are in
``tests/cases/naming.csv``.

>>> activity_of("常委会组成人员对全县农村饮用水安全工程建设情况进行视察")
'农村饮用水安全工程建设视察'
>>> activity_of("开展安全生产法执法检查"), activity_of("全年新建学校9所")
('安全生产法执法检查', '')
>>> activity_of("对《中华人民共和国水法》贯彻实施情况开展执法检查")
'《水法》执法检查'
>>> framed("区人大代表在区三届二次会议期间提出建议"), framed("经审查立案"), framed("目标是三年新增")
('区人大代表提出建议', '立案', '新增')
>>> framed("县政协九届三次会议经审查立案"), framed("十四届人大二次会议以来收到代表建议")
('立案', '收到代表建议')
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipelines.extract.indicators.cues import alternation, words
from pipelines.extract.indicators.scope import owner_at_start, without_owner
from pipelines.extract.indicators.stages import renew as replace
from pipelines.extract.indicators.words import LEAD_VERB, OBTAINED, SCOPE_ALT, VERB_AT, clean, object_of

if TYPE_CHECKING:  # naming imports this module: the types only, no import at run time
    from pipelines.extract.indicators.naming import Draft, Scene

_WORDS = "name_words.csv"
_FORM = alternation(words(_WORDS, "word", role="activity"), "(?:{})").pattern
_PLACE = rf"(?:{SCOPE_ALT}|[县区市]政府|[县区市]委|本[县区市]|我[县区市])"
#: Who carries the activity out, between its subject and its verb (围绕X，常委会组织开展专题调研).
_WHO = r"(?:县|区|市)?(?:人大)?常委会|(?:县|区|市)?政协|主任会议|主席会议|(?:县|区|市)?政府"
_SUBJ = r"(?:(?!开展|进行|组织|专题|专项)[^，,；;。：:]){2,40}?"
#: An activity an earlier clause names: 对X进行视察, 围绕X开展专题调研, 开展X执法检查, 听取和审议…关于X的报告.
_ACTIVITY = re.compile(
    rf"(?:对|就|围绕|针对)(?:{_PLACE})?(?P<a>{_SUBJ})(?:的?(?:贯彻实施|贯彻执行|实施|执行)?(?:情况|工作|问题))?"
    rf"(?:[，,](?:{_WHO})?)?(?:组织)?(?:进行|开展|组织)了?(?P<fa>(?:专项|专题)?(?:{_FORM}))"
    # the verb before what it looks at, the clause's whole: 组织委员视察老小区长效管理工作，提出…
    rf"|(?:^|组织|开展)(?:部分)?(?:[县区市旗]?(?:人大代表|政协委员)|代表|委员|常委会组成人员)?"
    rf"(?P<fg>(?:专题)?(?:视察|考察|调研|督查))"
    rf"(?![组中和、及与]|期间|活动|[0-9一二三四五六七八九十两])(?P<g>(?:(?![0-9])[^，,；;。：:]){{2,40}}?)"
    rf"(?:的?(?:贯彻实施|实施|执行|推进|落实)?(?:情况|工作|问题))?(?=[，,]|$)"
    rf"|(?:开展|组织|进行)了?(?:{_PLACE})?(?P<b>{_SUBJ})(?P<fb>{_FORM})"
    rf"|(?:听取|审议)[^，,；;。]{{0,10}}?关于(?:{_PLACE})?(?P<c>{_SUBJ})(?:的?(?:工作)?(?:情况|进展))?的(?:综合|专项|工作)?报告"
    # the time of an activity, framing what follows: 在大气污染防治法执法检查中，…
    rf"|在(?:{_PLACE})?(?P<d>{_SUBJ})(?P<fd>(?:专项|专题)?(?:{_FORM}))(?:中|期间|过程中)(?=[，,]|$)"
    # a law's inspection named as the sentence's subject: 《X条例》执法检查历时近两个月，…
    rf"|^(?P<e>《[^《》]{{2,40}}》)(?:的?(?:贯彻)?(?:实施|执行)情况)?(?P<fe>(?:专项)?(?:执法检查|检查|视察))"
    # a meeting called on its matter: 围绕产业扶贫召开专题协商会2次, 就X召开常委会专题议政会
    rf"|(?:围绕|就|针对)(?P<h>{_SUBJ})[，,]?(?:{_WHO})?召开了?"
    rf"(?P<fh>(?:常委会)?(?:专题)?(?:协商会|议政会|协商座谈会|议政性常委会议?))")
#: What a clause that only says what was done opens with (查看, 提出, 发现).
_FINDING = alternation(words(_WORDS, "word", role="finding"), "^(?:{})")
#: Who did it and how (常委会组成人员先后察看…, 检查组实地查看…): not part of the name.
#: A team split in groups (分三组, 分成4个小组): how it went, no part of what it did.
TEAM_SPLIT = r"分成?[一二三四五六七八九十两\d]+个?小?组"
_ACTOR = re.compile(r"^(?:常委会组成人员|常委会|检查组|调研组|视察组|督查组|执法检查组|与会人员"
                    r"|委员们|代表们|组织(?:部分)?(?:委员|代表))?"
                    r"(?:先后|实地|共同|分别|还|并|共|累计|逐一|逐件|随机)*"
                    rf"(?:{TEAM_SPLIT})?")


_ACTOR_FIRST = frozenset("常检调视督执与委代组先实共分还并累逐随")  # the first characters _ACTOR can match


def activity_of(clause: str) -> str:
    """The subject and form of the activity a clause names ('' if none)."""
    m = _ACTIVITY.search(clause)
    if not m:
        return ""
    said = m.group("a") or m.group("b") or m.group("c") or m.group("d") or m.group("e") or m.group("g") \
        or m.group("h") or ""
    subject = clean(said).replace("《中华人民共和国", "《")
    subject = _WHERE.sub("", subject)  # 《草原法》在我旗的贯彻实施: where it was checked is the place
    titles = _TITLE_LIST.fullmatch(subject)
    if titles:
        subject = titles.group(1)  # 《A法》和《B条例》: the first law names the inspection
    form = m.group("fa") or m.group("fb") or m.group("fd") or m.group("fe") or m.group("fg") \
        or m.group("fh") or ""
    if _COUNTED.search(subject):
        # 对全旗9个苏木镇、38个嘎查的禁牧落实情况进行视察: where it went is counted, what it looked
        # at follows the last 的 after the counts
        last = list(_COUNTED.finditer(subject))[-1].end()
        at = subject.find("的", last)
        if at >= 0 and len(tail := _CARRIED_OUT.sub("", subject[at + 1:])) >= 2 and form:
            return tail + form
        # 组织代表260人次视察农村公路建设, 对11个乡镇开展专项视察: who went and where are figures of
        # their own; the activity is its form and the object after it, if any
        after = _OBJECT_AFTER.match(clause, m.end())
        return form + (after.group() if after and form else "") if form else ""
    if len(subject) < 2 or re.fullmatch(_FORM, subject):
        return ""  # 开展专题调研: an activity without a subject names nothing
    return subject + form


def activity_subject(s: Scene, d: Draft) -> Draft | None:
    """A clause that says only what was done takes the activity an earlier clause names, or the
    sentence before in its paragraph when this one opens with what was done.

    ``对全县农村饮用水安全工程建设情况进行视察，实地查看水厂8座`` → 农村饮用水安全工程建设视察查看水厂;
    ``…对《草原法》的贯彻实施情况开展执法检查。检查组走访牧户130户`` → 《草原法》执法检查走访牧户.
    """
    if not d.name:
        return None
    bare = _ACTOR.sub("", d.name) if d.name[0] in _ACTOR_FIRST else d.name
    if not _FINDING.match(bare) or (bare != d.name and s.it.q.base_unit == "persons"):
        return None  # (9名常委会组成人员提出询问问题23个: the people who asked are counted, no finding)
    subject = ""
    if s.it.cs > s.sentence[0] + 4:
        # a run of findings goes on (so does a list its first member named by the activity)
        chained = s.prev is not None and ("activity_subject" in s.prev.rule or (
            s.prev.name[:1] == "《" and _FORM_IN.search(s.prev.name) is not None))
        before = s.text[max(s.sentence[0], s.it.cs - (240 if chained else 90)):s.it.cs]
        before = before[max(before.rfind("；"), before.rfind(";")) + 1:]  # a ；-part is about one thing
        clauses = [c for c in re.split(r"[，,]", before) if c][-8 if chained else -3:]  # the nearest last
        found = [activity_of("，".join(clauses[k:k + 2])) for k in range(len(clauses))]
        # the nearest activity with a subject of its own; a bare form (检查, told with who went) only
        # when no activity before names one
        subject = next((a for a in reversed(found) if a and not _BARE_FORM.fullmatch(a)), "") \
            or next((a for a in reversed(found) if a), "")
    if not subject and _OPENS_WITH_DEEDS.match(s.text, s.sentence[0], s.it.cs):
        subject = _activity_before(s.text, s.sentence[0])
    if not subject or subject in d.name:
        return None
    overlap = next((k for k in range(min(len(subject), len(bare)) - 1, 1, -1)
                    if subject.endswith(bare[:k])), 0)
    if overlap and bare.startswith(("组", "历时"), overlap):
        bare = bare[overlap:]  # 执法检查 + 检查历时: the form said once (检查企业 keeps its verb)
    return replace(d, name=subject + bare, extra=tuple(subject + _ACTOR.sub("", n) for n in d.extra))


#: How a subject was carried out, after it (禁牧和草畜平衡落实): no part of the activity's name.
_CARRIED_OUT = re.compile(r"(?:贯彻)?(?:落实|实施|执行|推进)$")
#: A figure counting people, days or times inside a would-be subject.
_COUNTED = re.compile(r"[0-9]+(?:\.\d+)?(?:人次|人|名|天|日|次|批|个|家|户|项)")
_FORM_IN = re.compile(_FORM)
_BARE_FORM = re.compile(rf"(?:专项|专题)?(?:{_FORM})")
#: The object right after an activity's form, to the clause's end (视察｜农村公路建设).
_OBJECT_AFTER = re.compile(r"[^，,；;。：:0-9]{2,20}(?=$|[，,；;。])")
#: A subject that is only a list of titles (《A法》和《B条例》).
_TITLE_LIST = re.compile(r"(《[^《》]+》)(?:[和、及与]《[^《》]+》)+(?:等)?")
#: Where an activity took place, inside its subject (在我旗, 在全县): no part of the name.
_WHERE = re.compile(r"在(?:我|本|全)[县区市旗州镇乡]的?")
#: A sentence that opens with who did it or with a deed (检查组历时7天…, 期间，走访…): the activity of
#: the sentence before goes on.
_OPENS_WITH_DEEDS = re.compile(r"[\s]*(?:检查组|调研组|视察组|执法检查组|督查组|期间|其间|活动中|检查中"
                               r"|视察中|调研中)")
#: A name part that ends in an activity's form (…执法检查): the verbs after it are the activity's.
ACTIVITY_END = re.compile(rf"(?:{_FORM})$")


def verb_after_activity(name: str) -> re.Match[str] | None:
    """The last verb of a name that an activity opens (《X法》执法检查走访…), else None.

    >>> verb_after_activity("《水法》执法检查走访乡镇").group(), verb_after_activity("征集问题")
    ('走访', None)
    """
    last = None
    for m in VERB_AT.finditer(name):
        last = m
    return last if last is not None and ACTIVITY_END.search(name, 0, last.start()) else None


def _activity_before(text: str, ss: int) -> str:
    """The activity the sentence before ``ss`` names, in the same paragraph ('' if none)."""
    stop = max(text.rfind("。", 0, max(0, ss - 1)), text.rfind("\n", 0, ss))
    if text.find("\n", stop + 1, ss) >= 0:
        return ""
    clauses = [c for c in re.split(r"[，,；;]", text[stop + 1:ss]) if c][-4:]
    found = [activity_of("，".join(clauses[k:k + 2])) for k in range(len(clauses))]
    return next((a for a in reversed(found) if a), "")


#: Words that frame a name but are no part of it.
#: A session named before what it received (区政协四届一次会议经审查立案…): the time, not the thing.
_SESSION = re.compile(r"^(?:[县区市]?(?:人大|政协)?)?(?:第?[一二三四五六七八九十]{1,3}|\d{1,2})届"
                      r"(?:人大|政协)?(?:第?[一二三四五六七八九十]{1,3}|\d{1,2})次(?:全体)?会议(?:以来|期间|上)?")
_FRAME = re.compile(
    r"在[^，,；;。]{2,16}?(?:期间|会议上|会上|活动中)"
    r"|^截至(?:(?:19|20)\d\d年)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})月)?(?:底|末)?"
    r"|^(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:底|末)(?:前)?"
    r"|^(?:19|20)\d\d年(?:底|末)?(?:以前|之前|前)"
    r"|^经(?:审查|审核|认定|评审|批准|核定|核查)"
    r"|^(?:目标是|目标为|力争|争取|确保|计划(?!生育|单列))*[一二三四五六七八九十两]年内"
    rf"|^(?:目标是|目标为|力争|争取(?!{OBTAINED})|确保|计划(?!生育|单列))+(?:[一二三四五六七八九十两]年(?:内|来)?)?"
    r"|(?:到|至)(?:19|20)\d\d年(?:底|末)?")


#: A character every frame above holds (在, 截, 经, 届, 并, 前, 年内, the target words, 到/至 a year, 月底).
_HINT = re.compile(r"[在截经届并前内标争保划到至月]")
#: 形成调研报告并提出建议14条: two acts joined by 并, the figure is the last one's.
_AND_THEN = re.compile(r"^[^，,；;]{2,14}?(?<![合兼吞归])并(?=" + _FINDING.pattern[1:] + ")")


def framed(name: str) -> str:
    """The name without its frame words (``在…期间``, ``截至…年底``, ``经审查``, ``目标是``, ``到2025年``)."""
    if not _HINT.search(name):
        return name  # most names hold none of the frames' characters: no substitution to try
    out = _AND_THEN.sub("", _FRAME.sub("", _SESSION.sub("", name)))
    return clean(out) if out != name else name


def frame_words(s: Scene, d: Draft) -> Draft | None:
    """``区人大代表在区三届二次会议期间提出建议`` → 区人大代表提出建议; ``截至年底全市共有…`` → …."""
    name = framed(d.name)
    if name == d.name or len(name) < 2:
        return None
    return replace(d, name=name, extra=tuple(framed(n) for n in d.extra))


def unowned(name: str) -> str:
    """A name of the row before without the owner its clause opened with (named before the scope
    was taken away): ``各街道新建日间照料中心`` → 新建日间照料中心."""
    own = owner_at_start(name)
    return without_owner(name, own) if own else name


_MAKES = alternation(words(_WORDS, "word", role="makes"), "^(?:{})")
_SERVES = alternation(words(_WORDS, "word", role="serves"), "^(?:共|累计|全年|年均)?(?:{})")


def object_as_owner(s: Scene, d: Draft) -> Draft | None:
    """What the figure before made or set up does the next: ``划分网格159个，上报信息…`` → 网格上报信息.

    ``建成日间照料中心22个，服务老人1.2万人次`` → 日间照料中心服务老人.
    """
    prev = s.prev
    if prev is None or prev.fig.q.kind != "count" or prev.fig.change is not None or s.same_clause():
        return None
    if not _SERVES.match(d.name):
        return None
    name = unowned(prev.name)
    made = _MAKES.match(name)
    thing = name[made.end():] if made else ""
    if len(thing) < 2 or thing in d.name:
        return None
    return replace(d, name=thing + d.name)


#: A bracketed exclusion changes the statistic (固定资产投资（不含农户）): it stays in the name.
EXCLUSION = re.compile(r"[（(](?:不含|不包括|剔除|扣除|除去?)[^（）()，,；;。]{1,12}[）)]")


def kept_bracket(s: Scene, d: Draft) -> Draft | None:
    """``固定资产投资（不含农户）增长9.8%`` → 固定资产投资（不含农户）增长率, not 固定资产投资增长率.

    The words before the bracket are found in the name and the bracket put back after them.
    """
    raw = s.raw
    if "含" not in raw and "除" not in raw and "括" not in raw:
        return None
    found = list(EXCLUSION.finditer(raw))
    if not found or not d.name:
        return None
    m = found[-1]
    head = clean(raw[:m.start()])[-4:]
    at = d.name.find(head) if len(head) >= 2 else -1
    if at < 0 or m.group()[1:-1] in d.name:
        return None
    end = at + len(head)
    return replace(d, name=d.name[:end] + m.group() + d.name[end:])


_OWNED = alternation(words(_WORDS, "word", role="owned_noun"), "(?:{})$")
_OWNED_ONLY = frozenset(words(_WORDS, "word", role="owned_noun"))
#: An owner of such measures is a firm, an industry or an area: 规模以上工业企业, 十大产业, 开发区.
_FIRM = alternation(words(_WORDS, "word", role="firm"), "(?:{})$")


def owner_of_previous(s: Scene, d: Draft) -> Draft | None:
    """A bare measure of a firm (利税, 利润, 产值) belongs to whoever owned the measure before it.

    ``规模以上工业企业完成产值368亿元；实现利税32.6亿元，利润18.9亿元`` → 规模以上工业企业利税, …利润.
    """
    prev = s.prev
    if prev is None or d.name not in _OWNED_ONLY or s.text.startswith("其中", prev.fig.cs):
        return None  # (…产值86亿元，其中高新技术产业产值32亿元，实现利润…: the part owns no profit)
    tail = _OWNED.search(prev.name)
    # (规模以上工业企业142家，从业人员3.2万人: the firms counted own their staff)
    owner = prev.name[:tail.start()] if tail else prev.name if prev.fig.q.kind == "count" else ""
    if not _FIRM.search(owner) or LEAD_VERB.fullmatch(owner):
        return None  # 工业销售产值…，利润…: 工业销售 is a kind of output, no owner of profits
    return replace(d, name=owner + d.name)


#: The group a subject names (区属医疗机构, 城镇居民): it stands before the measure it owns.
_GROUP_END = re.compile(r"(?:机构|企业|居民|医院|学校|园区|单位|农户|职工|公司|集团|银行|景区|开发区)$")


#: What a group of residents has per head (the household survey's measures).
_HOUSEHOLD = re.compile(r"(?:可支配|消费|生活消费|纯|现金|工资性|经营净|财产净|转移净)?(?:收入|支出)"
                        r"|住房|居住|储蓄|存款")


def shared_head(s: Scene, d: Draft) -> Draft | None:
    """A measure whose first words the row before names after its group takes that group.

    ``区属医疗机构门诊总人次增长13.3%，门诊均次费用降低13.4%`` → 区属医疗机构门诊均次费用;
    ``城镇居民人均可支配收入…，人均消费支出…`` → 城镇居民人均消费支出.
    """
    prev = s.prev
    name = d.name
    if prev is None or len(s.before) < 4 or s.same_clause() or not name.startswith(s.before):
        return None  # the clause's own words, maybe with a rate word after them
    if name.startswith("人均") and not _HOUSEHOLD.match(name, 2):
        return None  # 人均地区生产总值, 人均预期寿命: the whole place's, not the group's
    group = _before_repeated(unowned(prev.name), name)
    if not group or not _GROUP_END.search(group) or LEAD_VERB.match(group) or name.startswith(group):
        return None
    return replace(d, name=group + name)


def listed_kind(s: Scene, d: Draft) -> Draft | None:
    """A short name listed after 、 that repeats the last words but one of the thing before it is
    another kind of that thing: ``建成社区卫生服务中心11个、服务站46个`` → 社区卫生服务站."""
    prev = s.prev
    if prev is None or not s.same_clause() or not 3 <= len(d.name) <= 4 or s.after.text \
            or not s.text.startswith("、", prev.after_end):
        return None  # (走访9个乡镇、26个村: things after their numbers are named by their own nouns)
    body = unowned(prev.name)
    verb = LEAD_VERB.match(body)
    body = body[verb.end():] if verb else body
    group = _before_repeated(body, d.name)
    if not group or d.name in body or not 1 <= len(body) - len(group) - 2 <= 3:
        return None
    return replace(d, name=group + d.name)


def _before_repeated(whole: str, name: str) -> str:
    """The words of ``whole`` before where the first two characters of ``name`` stand in it ('' when
    they stand in its first two or not at all): the group a shorter name repeats the rest of."""
    at = whole.find(name[:2])
    return whole[:at] if at >= 2 else ""


#: A population a sentence opens with (规模以上工业企业, 金融机构人民币): the measures listed after it in
#: the sentence are its own.
_POPULATION = re.compile(r"^([\u4e00-\u9fff]{2,12}?(?:企业|机构|金融机构|农户))(?:人民币|本外币)?")
_OWN_GROUP = re.compile(r"企业|机构|居民|农户|农民|职工|单位|^全|^人均|^城镇|^农村|^城乡")


def population_of_sentence(s: Scene, d: Draft) -> Draft | None:
    """A measure listed after the first figure of a sentence that opened with a population takes it.

    ``规模以上工业企业实现总产值…；实现销售产值…，产品销售率…`` → 规模以上工业企业销售产值, …产品销售率;
    ``年末金融机构人民币各项存款余额…；各项贷款余额…`` → 金融机构人民币各项贷款余额. A measure with a group
    or place of its own (新增企业, 城镇居民…, 全社会用电量) keeps its name.
    """
    prev = s.prev
    if prev is None or s.same_clause() or not s.named:
        return None
    first = s.named[min(s.named)]
    m = _POPULATION.match(first.name)
    name = d.name
    if m is None or len(first.name) - m.end() < 2 or name.startswith(m.group()) or len(name) < 2 \
            or _OWN_GROUP.search(name) or first.fig.cs >= s.it.cs:
        return None
    q, head = s.it.q, first.fig.q
    if head.kind == "percent":
        return None  # a sentence of rates (利润总额下降4.6%，住院人次增长8%) lists unrelated measures
    rate_of_it = name.endswith("率") and any(name[i:i + 2] in prev.name for i in range(len(name) - 2))
    if q.kind == "percent" and not rate_of_it or q.kind != "percent" and q.base_unit != head.base_unit:
        return None
    return replace(d, name=m.group() + name)


#: A short rate of what the figure before did (土地流转…，流转率46%): ``流转率`` → 土地流转率.
_SHORT_RATE = re.compile(r"[\u4e00-\u9fff]{2}率")


def rate_of_previous_verb(s: Scene, d: Draft) -> Draft | None:
    """``完成土地流转8.6万亩，流转率达到46%`` → 土地流转率: the rate of the act counted before."""
    prev = s.prev
    if prev is None or s.it.q.kind != "percent" or not _SHORT_RATE.fullmatch(d.name):
        return None
    name = unowned(prev.name)
    at = name.find(d.name[:-1])
    head = LEAD_VERB.sub("", name[:at]) if at > 0 else ""
    return replace(d, name=head + d.name) if len(head) >= 2 else None


_ANY_VERB = alternation(words(_WORDS, "word", role="finding") + words(_WORDS, "word", role="list_verb"))
#: Taking part in what the figure before counted (组织活动31次，参加委员480人次).
_JOINS = alternation(words(_WORDS, "word", role="joins"), "^(?:共|累计|全年)?(?:{})")
#: A part of the things counted before that something happened to (其中8篇获批示, 其中6件被采纳).
_HAPPENED = re.compile(r"^(?:获|被|已|经|得到|受到|列入|纳入)")


_FORM_AT = re.compile(_FORM)


def _after_verbs(name: str) -> str:
    """The thing after the first run of verbs: 县政协各专委会组织开展视察调研活动 → 视察调研活动."""
    m = _ANY_VERB.search(name)
    if m is None:
        return ""
    end = m.end()
    while (m := _ANY_VERB.match(name, end)) is not None and not _FORM_AT.match(name, end):
        end = m.end()  # 组织开展 is one run; 视察调研活动 is the thing (an activity's form starts it)
    return name[end:]


def part_of_previous(s: Scene, d: Draft) -> Draft | None:
    """Those who took part in, or the part of, what the figure before counted.

    ``组织视察调研活动31次，参加委员达480人次`` → 视察调研活动参加委员; ``形成调研报告19篇，其中8篇获
    县领导批示`` → 调研报告获县领导批示.
    """
    prev = s.prev
    if prev is None or prev.fig.q.kind != "count" or prev.fig.change is not None or s.same_clause():
        return None
    joins = _JOINS.match(d.name)
    part = not joins and "其中" in s.raw and prev.fig.q.unit == s.it.q.unit and _HAPPENED.match(d.name)
    if not (joins or part):
        return None
    name = unowned(prev.name)
    thing = _after_verbs(name) or object_of(name)
    if len(thing) < 2 or thing in d.name or (joins and not _EVENTFUL.search(thing)):
        return None  # 收集意见建议100条，参与委员300人次: one takes part in events, not in suggestions
    return replace(d, name=thing + d.name)


_EVENTFUL = re.compile(r"(?:活动|会议?|调研|视察|培训|讲座|论坛|检查|评议|协商|研讨|演练|比赛|竞赛)$")


#: Measures that come in pairs (收入/支出, 出口/进口): each side of a pair, the other side.
_COUNTERPART = {a: b for pair in words(_WORDS, "word", role="counterpart")
                for x, y in [pair.split("|")] for a, b in ((x, y), (y, x))}


def counterpart(s: Scene, d: Draft) -> Draft | None:
    """``一般公共预算收入完成23.6亿元，支出41.2亿元`` → 一般公共预算支出: the other side of a pair."""
    prev = s.prev
    other = _COUNTERPART.get(d.name)
    at = prev.name.rfind(other) if prev is not None and other is not None else -1
    if at < 0 or len(prev.name) - at - len(other) > 2 or len(prev.name) <= len(other):  # type: ignore[union-attr]
        return None  # 出口总额…，进口…: the counterpart may carry a short tail (总额) the other shares
    name = prev.name  # type: ignore[union-attr]
    return replace(d, name=name[:at] + d.name + name[at + len(other):])


#: A whole the sentence opens with, its classes after it: 立案提案中，经济类…; 在签约项目中，…
_WHOLE_FIRST = re.compile(r"[\s]*(?:在)?([\u4e00-\u9fff“”]{2,12}?)(?:当)?中[，,：:]")


_NO_WHOLE = ("过程", "工作", "期间", "活动", "实践", "会议")


def class_of_whole(s: Scene, d: Draft) -> Draft | None:
    """A class (``经济建设类``) counted after a whole the sentence opens with takes the whole's noun.

    ``立案提案中，经济建设类86件、社会事业类79件`` → 经济建设类提案, 社会事业类提案.
    """
    if not d.name.endswith("类") or s.it.q.kind != "count":
        return None
    whole = _WHOLE_FIRST.match(s.text, s.sentence[0])
    if whole is None or whole.end() > s.it.q.start or whole.group(1).endswith(_NO_WHOLE):
        return None  # 在办理过程中，A类…: a time, no whole
    head = whole.group(1).rsplit("的", 1)[-1]  # 受理的信访件 → 信访件; 立案提案 → 提案
    return replace(d, name=d.name + (LEAD_VERB.sub("", head) or head))


#: What opens a list of the classes of a count (其中, 按内容分：, 立案提案中，).
_SPLIT_BY = r"其中|按内容分|按类别分|按性质分|从内容看|从类别看|分类看"
_CLASS_INTRO = re.compile(rf"^(?:{_SPLIT_BY}|[^，,。；;：:]{{2,8}}中)[：:，,]?")
#: A sentence that opens on the list of classes of a count told in the sentence before (按内容分：…).
_LIST_OPENS = re.compile(rf"\s*(?:{_SPLIT_BY})[：:，,]")
#: A class of suggestions or proposals counted bare (工业, 城建交通, 科教文卫方面, 其他).
_CLASS = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:[、和及与][\u4e00-\u9fff]{1,6})?(?:类|方面)?")
#: What a class never holds: a verb of handling or a grade (立案, 承办, 已解决, 基本满意, 不予…).
_NOT_CLASS = re.compile(r"^(?:经|共|全部|均|和|及|与)|审查|收到|提出|立案|办结|办复|解决|答复|采纳|交办|转"
                        r"|并案|列入|留作|正在|已|主办|会办|协办|承办|办理|纠正|督促|满意|不予|研究|参考"
                        r"|修改|废止|保留|撤销|失效|取消|的(?!$)")
_CLASS_LOOK_BACK = 120


def class_of_handled(s: Scene, d: Draft) -> Draft | None:
    """The classes a count of suggestions or proposals is split into are classes of those things:
    ``代表提出建议、批评和意见196件。按内容分：工业32件，农业47件，其他20件`` → 工业类代表建议,
    农业类代表建议, 其他类代表建议; ``其中农业农村方面51件`` → 农业农村方面代表建议."""
    q = s.it.q
    if q.unit != "件" or q.kind != "count" or _HANDLED_THING.search(d.name) or s.after.text:
        return None  # (其余25件涉及…: named after the number, no class before it)
    text, cs = s.text, s.it.cs
    clause = text[max(cs, s.raw_start):q.start].strip().lstrip("、，,")  # (this item of a 、-list)
    led = max([s.sentence[0]] + [text.rfind(c, s.sentence[0], cs - 1) + 1 for c in "，,；;：:"])
    intro = _CLASS_INTRO.match(clause) or _CLASS_INTRO.fullmatch(text[led:cs].strip())
    cls = (clause[intro.end():] if intro and intro.string == clause else clause).removesuffix("的")
    if len(cls) < 2 or not _CLASS.fullmatch(cls) or _NOT_CLASS.search(cls) or LEAD_VERB.match(cls) \
            or (intro is None and (s.prev is None or s.prev.fig.q.unit != "件")):
        return None  # (a class stands in a list: after its opening words, or after a count of 件)
    # (the whole counted in the sentence before, only where this one opens on the list: 按内容分：…)
    opened = _paragraph_back(s, _CLASS_LOOK_BACK) \
        if _LIST_OPENS.match(text, s.sentence[0]) else s.sentence[0]
    things = [m for m in _HANDLED_THING.finditer(text, opened, cs)]
    if not things:
        return None
    thing = things[-1].group()
    thing = thing if thing in ("提案", "议案") else "代表建议"
    return replace(d, name=f"{cls}{'' if cls.endswith(('类', '方面')) else '类'}{thing}")


#: Petitions received (受理群众来信312件, 来信来访236件次, 信访案件): what a bare handling verb after
#: them in the sentence handled.
_PETITIONS = re.compile(r"来信|来访|信访")
#: A bare handling verb (向有关部门交办, 已办结, 转办): the name of a count of petitions handled so.
_PETITION_HANDLED = re.compile(r"(?:向?有关(?:部门|单位))?(?:已|共|均)?"
                               r"(?P<v>交办|转办|转交|督办|办结|答复|回复|办理)")


def petitions_handled(s: Scene, d: Draft) -> Draft | None:
    """A count named by a bare handling verb after the petitions the sentence received is of those
    petitions: ``受理群众来信来访236件次，交办74件，已办结69件`` → 交办的信访件, 办结的信访件."""
    m = _PETITION_HANDLED.fullmatch(d.name)
    if m is None or s.it.q.unit not in ("件", "件次", "起") \
            or not _PETITIONS.search(s.text, s.sentence[0], s.it.cs):
        return None
    return replace(d, name=f"{m['v']}的信访件")  # (办结信访件 would read as the petitions received)


#: The livelihood projects a congress votes on or a government promises (民生实事项目, 县级民生实事):
#: the figures of their sentence (candidates, those voted, their investment, those done) are theirs.
_PROJECTS = re.compile(r"(?P<level>[市县区镇乡旗]级)?民生实事(?:项目)?")
#: A sentence that goes on about the projects of the sentence before (截至年底已完成9件, 其中…).
_GOES_ON = re.compile(r"\s*(?:截至|截止|到|至|年底|年内|全年|其中|目前|已|均|各项目|项目|全部)")
_PROJECT_LOOK_BACK = 160
_PROJECT_COUNTS = frozenset(("个", "件", "项"))


def livelihood_projects(s: Scene, d: Draft) -> Draft | None:
    """Figures of the livelihood projects a sentence (or the one it goes on from) names are the
    projects': ``首次实行民生实事项目人大代表票决制，从20个候选项目中票决产生10个项目，计划总投资9.6亿元，
    年底前已完成9个`` → 民生实事候选项目, 票决产生的民生实事项目, 民生实事项目计划总投资,
    已完成的民生实事项目."""
    text, q, ss = s.text, s.it.q, s.sentence[0]
    named = list(_PROJECTS.finditer(text, ss, q.start))
    if not named and _GOES_ON.match(text, ss):
        opened = _paragraph_back(s, _PROJECT_LOOK_BACK)
        named = list(_PROJECTS.finditer(text, opened, ss))
    if not named:
        return None
    projects = f"{named[-1]['level'] or ''}民生实事项目"
    clause = text[max(s.it.cs, named[-1].end()):q.start]
    after = text[q.post_end:q.post_end + 6]
    counted = q.unit in _PROJECT_COUNTS
    if counted and (after.startswith("候选") or clause.endswith(("从", "从政府提出的"))):
        name = f"{projects[:-2]}候选项目"
    elif counted and "票决" in text[s.it.cs:q.start]:
        name = f"票决产生的{projects}"
    elif q.kind == "money" and "总投资" in clause:
        name = f"{projects}{'计划' if '计划' in clause else ''}总投资"
    elif q.kind == "percent" and "投资完成率" in clause:
        name = f"{projects}投资完成率"
    elif q.kind == "money" and _DONE_INVESTMENT.search(clause):
        name = f"{projects}完成投资"
    elif q.kind == "percent" and clause.endswith(("完成率", "完成率为", "完成率达")):
        name = f"{projects}完成率"
    elif counted and _DONE.search(clause) and not _OTHER_THING.search(clause + after):
        name = f"已完成的{projects}"
    else:
        return None
    return replace(d, name=name)


_DONE_INVESTMENT = re.compile(r"(?:实际|已|累计)?完成投资$|完成投资(?:额)?(?:为|达到?)?$")
_DONE = re.compile(r"(?:已|全部|均)?(?:完成|完工|建成|办结)(?:了)?$")
#: Something else counted after the projects (完成道路12条, 完成投资…): not the projects.
_OTHER_THING = re.compile(r"公里|道路|学校|户|人")


#: A book or a volume of a series (《某文史资料》第十二辑): what the figures of its contents are of.
_BOOK = re.compile(r"《[^《》]{2,30}》(?:（?第[一二三四五六七八九十百\d]+[辑卷期册集]）?)?")
#: A clause that counts what a book holds (收录文章46篇, 刊发稿件…).
_CONTENTS = re.compile(r"(?:共|累计)?(?:收录|收入|刊发|刊载|选编|编入|辑录)")


def contents_of_book(s: Scene, d: Draft) -> Draft | None:
    """The contents counted after a book named in the clause before are the book's:
    ``编辑出版《澜屏文史资料》第十二辑，收录文章46篇`` → 《澜屏文史资料》第十二辑收录文章."""
    if not _CONTENTS.match(d.name) or s.it.cs <= s.sentence[0] + 1:
        return None
    books = list(_BOOK.finditer(s.text, s.clause_before_start(), s.it.cs))
    if not books or books[-1].group() in d.name:
        return None
    return replace(d, name=books[-1].group() + d.name)


#: The trouble a run of counts had solved, told after them (解决了1.4万人、9200头牲畜的饮水困难).
_TROUBLE_AFTER = re.compile(r"[^，,；;。]{0,14}?的(?P<t>[\u4e00-\u9fff]{2,8}?(?:问题|困难|难题))"
                            r"(?=[，,；;。]|$)")
_SOLVED = re.compile(r"(?:帮助|累计|共|协调)?解决了?")
#: A counted group whose name says only its unit: the people or households themselves.
_COUNTED_AS = {"persons": "人口", "households": "户数", "person_times": "人次"}


def trouble_solved(s: Scene, d: Draft) -> Draft | None:
    """Counts solved a trouble named after them are named by it: ``解决了1.4万人、9200头牲畜的
    饮水困难`` → 解决饮水困难人口, 解决饮水困难牲畜."""
    clause = s.text[s.it.cs:s.it.q.start]
    solved = _SOLVED.search(clause)
    if solved is None or (m := _TROUBLE_AFTER.match(s.text, s.it.q.post_end, s.it.ce)) is None:
        return None
    trouble = m.group("t")
    if trouble in d.name:
        return None
    noun = s.after.noun if s.after.noun and s.after.noun not in trouble else ""
    counted = noun or _COUNTED_AS.get(s.it.q.base_unit, "")
    return replace(d, name="解决" + trouble + counted)


#: Who took part (党员参加, 基层党组织参与其中): named bare, after an activity the sentence named.
_TOOK_PART = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,8}?)(?P<verb>参加|参与)(?:了)?(?:其中|活动|进来)?")
#: An activity a sentence names (开展X活动, X活动深入开展, X教育实践活动): what the people took part in.
_KINDS_OF_CAMPAIGN = r"(?:教育实践活动|活动|主题教育|教育实践)"
_CAMPAIGN = re.compile(rf"(?:开展(?:了)?|推进)(?P<a>[^，,；;。：:]{{2,24}}?{_KINDS_OF_CAMPAIGN})"
                       rf"|(?P<b>[^，,；;。：:开展]{{2,24}}?{_KINDS_OF_CAMPAIGN})(?:深入|扎实|全面|广泛)?开展")


_WHO_UNITS = frozenset(("名", "人", "个", "家", "支", "位", "人次", "万名", "万人", "万人次"))


def took_part(s: Scene, d: Draft) -> Draft | None:
    """People or bodies counted as taking part, named bare, took part in the activity the sentence
    named before them: ``深入开展党的群众路线教育实践活动，全县412个党组织、1.46万名党员参加`` →
    参加党的群众路线教育实践活动的党员."""
    m = _TOOK_PART.fullmatch(d.name)
    if m is None or s.it.q.kind != "count" or s.it.q.unit not in _WHO_UNITS or "均" in m["who"]:
        return None  # (委员人均参加活动11.2次: a rate of activity, no one counted)
    campaign = None
    for c in _CAMPAIGN.finditer(s.text, s.sentence[0], s.it.cs):
        campaign = c
    if campaign is None:
        return None
    act = (campaign.group("a") or campaign.group("b")).removeprefix("深入").removeprefix("扎实")
    return replace(d, name=f"{m['verb']}{act}的{m['who']}")


#: A station where deputies or members meet the people (代表联络站, 代表之家, 委员工作室, “X议事厅”),
#: as a sentence names it; two joined by 和 are one venue (代表之家和代表联络站).
_ONE_STATION = (r"(?:(?:人大)?代表(?:联络站|之家|工作站|活动室|服务站)"
                r"|(?:政协)?委员(?:工作室|联络站|之家|工作站)"
                r"|“[^“”，,。]{2,10}(?:联络站|工作室|议事厅|议事堂|议事会)”|(?:民生|协商)(?:议事厅|议事堂))(?:（点）)?")
_STATION = re.compile(rf"{_ONE_STATION}(?:(?:和|及|、){_ONE_STATION})?")
#: A name that says the station already (进站接待, 代表“海上联络站”收集…, 委员工作室): left as it is.
_AT_STATION = re.compile(r"进[站室家]|联络站|工作室|工作站|之家|议事厅|议事堂")
#: What is done at such a station, opening a figure's name (接待群众, 收集意见建议, 办结…).
_STATION_DEED = re.compile(r"^(?:全年|共|累计|已|先后)*(?:接待|收集|征集|办结|办理|转交|转办|交办"
                           r"|推动解决|协调解决|帮助解决|解决|答复|反馈|化解)")
_PERSONS = frozenset(("名", "人", "位", "万名", "万人"))


def station_deeds(s: Scene, d: Draft) -> Draft | None:
    """What was done at a station the sentence named before the figure is the station's:
    ``全区建成委员工作室9个，全年接待群众1080余人次，收集意见建议213条`` → 委员工作室收集意见建议 (a
    data user looks for the station's work, not for any 收集意见建议).  People counted keep who they
    are; a name that says where already (代表进站接待…) is left as it is, and so is a glossary note's
    (its figures are the term's)."""
    if s.note or not _STATION_DEED.match(d.name) or _AT_STATION.search(d.name) or s.it.q.unit in _PERSONS:
        return None
    stations = [m.group() for m in _STATION.finditer(s.text, s.sentence[0], s.it.cs)]
    return replace(d, name=stations[-1] + d.name) if stations else None  # (the nearest)


#: An inquiry held (开展专题询问, 进行询问): its parts are counted in the clauses after it.
_INQUIRY = re.compile(r"(?:开展|进行|组织|举行)了?(?:专题)?询问")
#: What the inquiry was on, before its verb (围绕X开展专题询问, 针对X情况，常委会开展专题询问) or
#: after it (开展专题询问，就X提出询问问题).
_INQUIRY_ON = re.compile(r"(?:围绕|针对|就|对)(?P<s>[^，,。；;：:]{2,30}?)"
                         r"(?:的?(?:贯彻)?(?:落实|实施|执行|推进)?(?:情况|工作|问题))?(?=[，,]|开展|进行|提出|组织)")
_ALL_OF = re.compile(r"^(?:全[省市县区旗镇乡]|本[省市县区旗镇乡]|我[省市县区旗镇乡])")
#: Asking, in the figure's clause (14名委员先后提出询问问题22个, 16名代表现场提问).
_ASKING = re.compile(r"提出(?:询问)?问题|提出询问|提问|询问问题")
_ANSWERING = re.compile(r"应询|到会回答|作答|回答(?:了)?(?:询问|问题)")
#: Who asked, after their number: up to the next number, the manner or the verb.
_ASKERS = re.compile(r"(?P<who>[\u4e00-\u9fff“”（）]{2,16}?)"
                     r"(?=和\d|及\d|、\d|现场|先后|当场|分别|共|均|提出|提问|询问|[，,])")
#: What the inquiry left, named by the clause after it (会后梳理形成问题清单21条).
_LEFT = re.compile(r"^(?:会后)?(?:梳理|形成|汇总|交办|列出)+(?P<rest>(?:问题|整改)(?:清单|事项)|整改意见)")
_LOOK_BACK_INQUIRY = 160


def inquiry_part(s: Scene, d: Draft) -> Draft | None:
    """The parts of an inquiry told after it carry it: who asked (``中提问的常委会组成人员``), the
    questions (``提出问题``), the departments that answered (``到会应询的部门``) and what it left
    (``问题清单``): ``围绕乡村振兴开展专题询问，11名常委会组成人员现场提出问题15个，9个部门负责人到会
    应询`` → 乡村振兴专题询问中提问的常委会组成人员, 乡村振兴专题询问提出问题, 乡村振兴专题询问到会应询的
    部门."""
    text, q = s.text, s.it.q
    ss, cs = s.sentence[0], s.it.cs
    left = _LEFT.match(d.name)
    opened = ss if left is None else _paragraph_back(s, _LOOK_BACK_INQUIRY)
    inquiries = list(_INQUIRY.finditer(text, opened, cs))
    if not inquiries:
        return None
    held = inquiries[-1]
    clause_end = min((x for x in (text.find(c, q.start, s.sentence[1]) for c in "，,；;。") if x >= 0),
                     default=s.sentence[1])
    if left is not None:
        part = left["rest"]
    elif q.unit in _PERSONS and _ASKING.search(text, q.start, clause_end) \
            and (who := _ASKERS.match(text, q.post_end)) is not None:
        part = f"中提问的{who['who']}"
    elif q.unit in ("个", "家") and re.match(r"[^，,；;。]{0,6}?部门", text[q.post_end:clause_end]) \
            and _ANSWERING.search(text, q.post_end, clause_end):
        part = "到会应询的部门"
    elif q.unit in ("个", "条", "项") and _ASKING.search(text, cs, q.start):
        part = "提出问题"
    else:
        return None
    topics = list(_INQUIRY_ON.finditer(text, max(opened, held.start() - 60), held.end()))
    topic = topics[-1] if topics else _INQUIRY_ON.search(text, held.end(), q.start)
    subject = _ALL_OF.sub("", clean(topic["s"])) if topic is not None else ""
    return replace(d, name=f"{subject}专题询问{part}")


def _paragraph_back(s: Scene, chars: int) -> int:
    """Where to look back from for what the sentences before said: ``chars`` before the sentence,
    not before its paragraph."""
    return max(s.text.rfind("\n", 0, s.sentence[0]) + 1, s.sentence[0] - chars)


#: Members or deputies counted as taking part, named bare (参与委员, 委员参加, 参加的代表共).
_JOINED = re.compile(r"(?:(?:参与|参加)(?:的)?(?P<w1>委员|代表|人员)|(?P<w2>委员|代表)(?:参与|参加))"
                     r"(?:共|总计)?")
#: What a rule before may have put in front of such a name: an activity's form alone (调研参与委员共).
_LENT_FORM = re.compile(r"(?:专题|集中)?(?:视察|调研|协商|考察|督查|检查)?")
#: The forms of the activities a sentence counted before such a count, in the order told.
_JOINED_FORMS = re.compile(r"视察|调研|协商|考察|督查|检查|座谈|评议")


def joined_activities(s: Scene, d: Draft) -> Draft | None:
    """Members or deputies counted as taking part took part in the activities the sentence counted
    before them: ``组织委员视察7次、调研6次，参与委员共260人次`` → 参与视察调研的委员."""
    m = _JOINED.search(d.name)  # (at its end: 调研参与委员共, where the clause before lent its form)
    if m is None or m.end() != len(d.name) or not _LENT_FORM.fullmatch(d.name, 0, m.start()) \
            or s.it.q.kind != "count" or s.it.q.unit not in _WHO_UNITS:
        return None
    forms: list[str] = []
    for f in _JOINED_FORMS.finditer(s.text, s.sentence[0], s.it.cs):
        if f.group() not in forms:
            forms.append(f.group())
    if not forms:
        return None
    verb = "参加" if "参加" in d.name else "参与"
    return replace(d, name=f"{verb}{''.join(forms)}的{m['w1'] or m['w2']}")


#: A satisfaction rate named by who is satisfied alone (代表满意率, 委员满意和基本满意占比).
_SATISFIED = re.compile(r"(?P<who>代表|委员|提案者|提案人|群众)(?P<rest>(?:满意|满意和基本满意|满意和较满意)"
                        r"(?:率|度|占比|比例|比重)?)")
#: What was handled, as the sentence names it before the rate (the longer first).
_HANDLED = re.compile(r"建议、批评和意见|议案和建议|议案、建议|建议|提案|诉求")


def satisfied_with(s: Scene, d: Draft) -> Draft | None:
    """A satisfaction rate named by who is satisfied rates the handling of what the sentence said
    they raised: ``代表提出建议142件，办复率100%，代表满意率96.5%`` → 代表对建议办理满意率."""
    m = _SATISFIED.fullmatch(d.name)
    if m is None or s.it.q.kind != "percent":
        return None
    found = [h.group() for h in _HANDLED.finditer(s.text, s.sentence[0], s.it.cs)]
    if not found:
        return None
    thing = max(found, key=len)
    return replace(d, name=f"{m['who']}对{thing}办理{m['rest']}")


#: How satisfied, as reports grade the handling of suggestions and proposals (the longer first).
_DEGREES = r"满意和基本满意|满意和比较满意|基本满意|比较满意|不满意|满意"
#: The things handled whose outcomes are counted (the longer first; a name with one of them is named).
_THINGS = r"建议、批评和意见|代表建议|建议|提案|议案"
_HANDLED_THING = re.compile(_THINGS)
#: A count of the things handled, named by who was how satisfied (代表对办理结果表示满意,
#: 委员满意, 基本满意): ``pre`` is all before the degree, ``deg`` the degree.
_SATISFIED_COUNT = re.compile(rf"(?P<pre>(?:代表|委员|提案者|提案人|提案单位|选民|群众)?"
                              rf"(?:对[^，,；;。的]{{1,10}}?)?(?:表示)?)(?P<deg>{_DEGREES})(?:的(?P<thing>{_THINGS}))?的?")
#: A row named so before (its name as :func:`satisfied_count` leaves it), whose ``pre`` a bare
#: degree after it shares.
_SATISFIED_BEFORE = re.compile(rf"(?P<pre>.*?)(?:{_DEGREES})的(?:{_THINGS})")
#: A rate named by the degree alone (满意率, 满意和基本满意率).
_BARE_SATISFIED_RATE = re.compile(rf"(?P<deg>{_DEGREES})(?P<rate>率|度|占比|比例|比重)")
#: The words of the handling a count's grade is of, as the sentence names them.
_HANDLING = re.compile(r"办理结果|办理工作|答复|办理")
_LOOK_BACK = 300


def satisfied_count(s: Scene, d: Draft) -> Draft | None:
    """Suggestions or proposals counted by how satisfied who raised them was are those things:
    ``代表对办理工作表示满意的248件、基本满意的31件`` → 代表对办理工作表示满意的建议, …基本满意的建议;
    a bare degree shares who the row before named (基本满意的31件), and so does a bare rate after
    them (满意和基本满意率100% → 提案者对办理工作满意和基本满意率).  The things handled are the
    nearest the paragraph named before the figure."""
    q = s.it.q
    prev = s.prev
    if q.kind == "percent":
        m = _BARE_SATISFIED_RATE.fullmatch(d.name)
        before = _SATISFIED_BEFORE.fullmatch(prev.name) if m is not None and prev is not None else None
        if before is None or not before["pre"]:
            return None
        return replace(d, name=f"{before['pre']}{m['deg']}{m['rate']}")
    if q.kind != "count" or q.unit not in ("件", "条") or (m := _SATISFIED_COUNT.fullmatch(d.name)) is None:
        return None
    thing = m["thing"]
    if not thing:
        opened = _paragraph_back(s, _LOOK_BACK)
        found = [h.group() for h in _HANDLED_THING.finditer(s.text, opened, s.it.cs)]
        if not found:
            return None
        thing = found[-1]
    pre = m["pre"]
    if not pre and prev is not None and (before := _SATISFIED_BEFORE.fullmatch(prev.name)) is not None:
        pre = before["pre"]  # (…满意的141件、基本满意的17件: the second grade is of the same people's)
    elif pre and "对" not in pre and (said := _HANDLING.search(s.text, s.sentence[0], s.it.cs)) is not None \
            and said.group() != "办理":
        pre = f"{pre}对{said.group()}"  # (在对办理结果的测评中，委员满意的118件)
    if thing == "代表建议" and pre.startswith("代表"):
        thing = "建议"  # (代表满意的建议, not 代表满意的代表建议)
    return replace(d, name=f"{pre}{m['deg']}的{thing}")


#: What became of suggestions or proposals, named bare (已解决或基本解决, 列入计划逐步解决, 留作参考).
_OUTCOME = re.compile(r"(?!推动|帮助|协调|督促|促进)[\u4e00-\u9fff、“”（）]{0,16}?"
                      r"(?:解决|采纳|留作参考|作为参考|解释说明|答复说明|转为来信|作为来信|转为委员来信|并案)(?:处理)?")


def outcome_of_handled(s: Scene, d: Draft) -> Draft | None:
    """An outcome counted bare is of the suggestions or proposals the sentence handled:
    ``立案提案已全部办复，其中所提问题已解决或基本解决的178件`` → 解决或基本解决的提案."""
    if s.it.q.kind != "count" or s.it.q.unit not in ("件", "条") or not _OUTCOME.fullmatch(d.name) \
            or _HANDLED_THING.search(d.name) or "率" in d.name or d.name.startswith("被") \
            or (d.name.endswith("采纳") and "解决" not in d.name):
        return None  # (征求意见…，采纳136条; 被市政府采纳11条: opinions taken up, named as they are)
    found = [h.group() for h in _HANDLED_THING.finditer(s.text, s.sentence[0], s.it.cs)]
    if not found and _REVIEWED.match(s.text, s.sentence[0]):
        # (共收到提案164件。经审查，立案146件，转为来信7件: the proposals of the sentence before)
        opened = _paragraph_back(s, _CLASS_LOOK_BACK)
        found = [h.group() for h in _HANDLED_THING.finditer(s.text, opened, s.sentence[0])][-1:]
    if not found:
        return None
    outcome = _ASKED.sub("", d.name) or d.name  # (所提问题已解决: the suggestion's, not the question's)
    return replace(d, name=f"{outcome}的{max(found, key=len)}")


#: A sentence that opens on the review of what the sentence before counted (经审查，立案…).
_REVIEWED = re.compile(r"\s*经(?:提案委员会)?审查[，,]?")


_ASKED = re.compile(r"^所提(?:出的)?问题")

