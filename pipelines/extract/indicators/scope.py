"""Whose figure it is: the owner (scope) of a figure, in the text's words; empty for the place.

The genre names the owner of a run of figures once, before them: as the subject of the figure's
clause (``县经济开发区实现规上工业产值…``), as the subject that opens the sentence
(``滨江新城建设全面提速，完成征迁860户…``), or as the event or programme an earlier clause of the
sentence names (``成功举办第三届茶文化博览会，签约项目35个``; ``开展“委员履职月”活动，…``;
``做好《县政协简报》编辑工作，全年编发42期``).  Words for the place itself (全县, 我区) give an
empty scope.  The owner words are reviewed data (``pipelines/data/owner_words.csv``).

>>> owner_at_start("高新园区实现工业总产值")
'高新园区'
>>> owner_at_start("全县实现地区生产总值"), owner_at_start("新建学校")
('', '')
>>> event_owner("成功举办第三届茶文化博览会")
'第三届茶文化博览会'
>>> event_owner("开展“委员履职月”活动")
'“委员履职月”'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from pipelines.extract.indicators.cues import alternation, words
from pipelines.extract.indicators.stages import Named
from pipelines.extract.indicators.stages import renew as replace  # a Named has no __post_init__
from pipelines.extract.indicators.words import LEAD_VERB, PLACE_END, PLACE_KINDS, SCOPE_ALT, paired_place

_FILE = "owner_words.csv"
#: Owner words that are also the tail of other words stand only where these guards allow:
#: 城镇化率, 城乡 name no town; 格局, 布局 no bureau; 地方财政收入 no treasury (区财政, 县财政 are).
_GUARDS = {"镇": "(?<![城乡村集])", "乡": "(?<![城下返家县])", "局": "(?<![格布结大当时开全])",
           "工业区": "(?<![老新各全本])",
           # a named village (东岭村), not a kind of village (农村, 贫困村, 城中村, 各村, 126个村)
           "村": "(?<![农乡山渔政然困点范心城中该本全每各个两三四五六七八九十一村新老置社查道])",
           "委员会": "(?<!常务)",
           "财政": "(?<=[县区市镇乡州旗级])"}
_OWNER_WORDS = words(_FILE, "word", role="area") + words(_FILE, "word", role="body") \
    + words(_FILE, "word", role="event")
#: 标准厂房, 厂长: no plant; 乡科级干部: a rank, no township; 机关事业单位, 部门预算: no owner.
_AFTER = {"厂": "(?![房长商家区])",
          # a named village owns what follows only as its collective's or with a predicate
          "村": "(?=村集体|村级集体|集体|实现|完成|达到|全年|年内|共|累计|新增|利用|依托|发展|接待)",
          "财政": "(?!总?收入|支出)",  # 镇级财政收入: the revenue, no treasury
          "乡": "(?!科级|级|村振兴|土|贤|愁|情)",
          # 乡镇卫生院, 乡镇企业: a kind of institution in every town, no town of the place
          "乡镇": "(?!人大代表|卫生院|企业|干部|中心校|中小学|学校|派出所|文化站|农技站|财政所|敬老院)",
          "大会": "(?!发言)",  # 委员大会发言18篇: speeches at the plenary, no conference's own
          "机关": "(?!事业|单位|干部|作风|效能|党|工委|服务|工作|人员|建设)",
          "部门": "(?!预算|决算|收入|支出|职能|协作|联动)",
          "中心": "(?!城区|城市|镇|区|工作|任务|环节|组)", "平台": "(?!建设|经济|企业|公司)",
          # 地质灾害防治…: the work against a disaster, not the disaster whose losses follow
          "灾害": "(?!防治|治理|防范|防御|隐患|监测|预警|应急)"}
_SUFFIX = "|".join(_GUARDS.get(w, "") + re.escape(w) + _AFTER.get(w, "")
                   for w in sorted(_OWNER_WORDS, key=len, reverse=True))
_EVENT = alternation(words(_FILE, "word", role="event")).pattern
_PREDICATE = alternation(words(_FILE, "word", role="predicate")).pattern
_SELF = alternation(words(_FILE, "word", role="self")).pattern
_TITLE_PART = alternation(words(_FILE, "word", role="title_part")).pattern
#: 各镇（街道）, 各乡镇（场）: a bracket that adds the like units belongs to the owner.
_ALSO = r"（(?:街道|社区|村|场|园区|乡|镇)）"
_TITLE = r"《[^《》，,；;。]{2,30}》|“[^“”，,；;。]{2,14}”"
#: A span of time that opens a sentence before its owner (五年来，全县各级纪检监察机关…).
_SPAN = r"[一二三四五六七八九十两]年来|今年以来|近年来|过去一年|活动中"
#: A clause that opens with its owner: an entity (ends in an owner word) or a quoted/titled name,
#: best followed by a predicate (城西工业园区实现…: not 城西工业园 + 区…).
#: An owner's project that opens its sentence (县中医院迁建项目加快推进，总投资…): the project owns.
_PROJECT = rf"[\u4e00-\u9fff]{{0,8}}?(?:项目|工程)(?=(?:{_PREDICATE}))"
_OPEN = (rf"^(?:[，,；;。：:、\s]|其中|此外|同时|目前|{_SPAN})*(?:(?:{SCOPE_ALT}|{_SELF})(?=.))?"
         rf"(?P<owner>(?:{_TITLE})(?:[\u4e00-\u9fff·]{{0,12}}?(?:{_TITLE_PART}))?|[\u4e00-\u9fff·]{{1,14}}?(?:{_SUFFIX})(?:{_ALSO})?(?:{_PROJECT})?)")
#: A sector (楼宇经济) owns what follows only where a predicate says so (楼宇经济快速发展，…).
_SECTOR = alternation(words(_FILE, "word", role="sector")).pattern
_OPEN_SECTOR = _OPEN.replace(f"(?:{_SUFFIX})", f"(?:{_SUFFIX}|{_SECTOR})", 1)
_AT_START = (re.compile(_OPEN_SECTOR + rf"(?={_PREDICATE})"), re.compile(_OPEN + r"(?=[\u4e00-\u9fff])"))
_EVENT_VERB = alternation(words(_FILE, "word", role="event_verb")).pattern
_EVENT_AT = re.compile(
    rf"(?:{_EVENT_VERB})了?(?P<owner>(?:{_TITLE})(?:{_TITLE_PART})?"
    rf"|[\u4e00-\u9fff·]{{2,24}}?(?:{_EVENT}))")
_PLACE_SELF = re.compile(rf"^(?:{SCOPE_ALT}|{_SELF})")
_PLACE = alternation(words("scope_words.csv", "word", role="place")).pattern
#: The place's own built-up part, named in the figure's name (县城污水处理率, 城区绿化覆盖率): no owner.
_TOWN_PART = r"(?:县城|城区|市区|主城区|中心城区|镇区|建成区)(?![\u4e00-\u9fff]{0,8}(?:厂|公司|中心|医院))"
#: A clause that opens with the place itself (全县规上工业增加值…) is the place's, whatever came before.
_OPENS_SELF = re.compile(rf"(?:[，,；;。：:、\s]|其中|此外|同时|目前|{_SPAN})*"
                         rf"(?:{_PLACE}|{_SELF}|{_TOWN_PART})")
_SPLIT = re.compile(r"[，,；;。]")
_NOT_OWNER = alternation(words(_FILE, "word", role="not_owner"), "^(?:{})")
#: A preposition inside a would-be owner shows a clause (代表向大会提交…), not a name.
#: (and verbs of a clause's actor: 镇党委团结带领全镇…, 区人大工委立足开发区实际)
_CLAUSE_WORD = re.compile(r"[向对把将被在从给为与和及]|带领|团结|立足|围绕|坚持|聚焦|紧扣|依托|推进|稳妥|撤"
                          r"|督促|推动|协调|指导|责成|帮助|加快|加强|深化|着力|全力|大力|扎实")
#: Titles followed by more titles are the things counted (《A》和《B》2篇), not their owner.
_TITLE_LIST = re.compile(r"[和、及与等]")
_PROGRAMME = re.compile(rf"(?:{_TITLE_PART}|{_EVENT})$")  # “春风行动”: a programme by its own name
#: What may follow a quoted owner: a predicate or a verb (“清风”行动实现…, “百村”工程新建…).
_ACTS = re.compile(rf"(?:{_PREDICATE})|{LEAD_VERB.pattern[1:]}")


_CONNECTIVES = ("其中", "此外", "同时", "目前", "但", "而", "并且", "另外")
#: A congress or committee followed by its meeting's number is a time (县第十一届人民代表大会第二次
#: 会议期间代表提出的…, 区政协八届三次会议以来), not the owner of the figures.
_MEETING = re.compile(r"(?:第?[一二三四五六七八九十\d]+届)?第?[一二三四五六七八九十\d]+次"
                      r"(?:全体|常委会)?(?:会议|全会)")
#: Speed only: an owner ends in an owner or sector word or is a title, so a clause without any
#: of their last characters (or 《, “) has none, and the two long patterns need not be tried.
_OWNER_ENDS = frozenset(w[-1] for w in _OWNER_WORDS + words(_FILE, "word", role="sector")) | frozenset("《“")


#: An owner word that goes on into a longer one (工业园 + 区 = 工业园区) or into another (县财政 + 局):
#: the shortest match of _OPEN stopped inside the name, and the owner is the whole of it.
_OWNER_WORD = re.compile(f"(?:{_SUFFIX})")  # (with its guards: 街道 + 财政 is no treasury's name)
_OWNER_SIZES = sorted({len(w) for w in _OWNER_WORDS})
_CJK = re.compile(r"[\u4e00-\u9fff]+")
#: Owner words that end in 村 but name more than a village (移民新村): any length.
_VILLAGE_WORDS = tuple(w for w in _OWNER_WORDS if w.endswith("村") and w != "村")


#: An owner that opens with a verb, maybe after a span or 新 (新引进跨国公司, 五年累计引进…): none.
_VERB_LED = re.compile(r"(?:[一二三四五六七八九十两]年)?(?:新|累计|共|全年|今年|当年|先后)+"
                       r"(?:" + LEAD_VERB.pattern.removeprefix("^(?:").removesuffix(")")
                       + r"|开发|培育|组建|打造|开设|开通|认定)")


@lru_cache(maxsize=8192)  # a pure function of the clause, asked again for each figure the clause holds
def owner_at_start(clause: str) -> str:
    """The owner a clause opens with, '' if it opens with the place itself or a verb."""
    if _OWNER_ENDS.isdisjoint(clause):
        return ""
    m = _AT_START[0].match(clause) or _AT_START[1].match(clause)
    if not m:
        return ""
    owner = m.group("owner")
    end = m.end()
    for more in (2, 1) if owner[:1] not in ("《", "“") else ():  # 黄渠工业园区: not 工业园 + 区…
        tail = clause[end:end + more]
        if tail == "中心" and _CENTRAL_FACILITY.match(clause, end + 2):
            break  # 王官屯镇中心敬老院: the town's central home, not a 中心 of the town
        if len(tail) == more and _CJK.fullmatch(tail) and any(
                (w := _OWNER_WORD.match(clause, end + more - n)) is not None and w.end() == end + more
                for n in _OWNER_SIZES if n >= more):
            owner, end = owner + tail, end + more
            break
    if len(owner) > 4 and owner.endswith("村") and not owner.endswith(_VILLAGE_WORDS):
        return ""  # 整顿软弱涣散村党组织: a kind of village, not one (东岭村村集体经济收入)
    if owner.startswith(_CONNECTIVES):  # 其中乡…: the connective opened the clause, no owner's word
        return ""
    if _PLACE_SELF.match(owner) or LEAD_VERB.match(owner) or _NOT_OWNER.match(owner) or len(owner) < 3 \
            or _MEETING.match(clause, end) or _VERB_LED.match(owner):
        return ""  # (新引进跨国公司…, 五年累计引进…: a verb leads, no owner)
    if owner.endswith("乡") and clause[end:end + 1] in ("村", "镇", "土"):
        return ""  # 新修乡村公路186公里: 乡村 is a word, no township 新修乡
    if _SELF_AT_END.search(owner) or (_TOWN_CENTRE.fullmatch(owner) and _CENTRAL_FACILITY.match(clause, end)):
        return ""  # 预计全年全镇实现…, 台风造成全镇…: the place itself; 镇中心小学: a facility of the town
    if (owner.endswith("街道") and clause.startswith("路", end)) or _AMONG_OTHERS.match(clause, end):
        return ""  # 硬化村街道路: street roads; 县水务局等9个县直部门: one of the things counted
    if owner[0] in "《“":
        if owner[0] == "“" and owner[-1] == "”" and not _PROGRAMME.search(owner, 0, len(owner) - 1) \
                and not _ACTS.match(clause, end):
            return ""  # “三公”经费支出…, “两新”组织: a quoted word of a compound name, no owner
        if owner[0] == "“" and owner[-1] == "”" and clause.startswith(_TERM_GOES_ON, end):
            return ""  # “两新”组织党组织覆盖率: 组织 goes on with the term, it is no verb here
        # (《关于X的提案》推动区政府安排资金…: a motion moves others, it owns nothing)
        titled = _TITLE_LIST.match(clause, end) or _LAW_TITLE.match(owner) or _MOTION_TITLE.search(owner)
        return "" if titled else owner
    return "" if _CLAUSE_WORD.search(owner) or _COUNTED_GROUP.search(owner) else owner


#: The place itself ending a would-be owner (预计全年全镇, 今后五年全县): no owner but the place.
_SELF_AT_END = re.compile(r"[全本我该][县区市旗州盟镇乡]$")
#: The centre of the town or township (镇中心, 乡中心) before a facility of its own: no owner.
_TOWN_CENTRE = re.compile(r"[镇乡]中心")


#: A motion's or report's title (《关于X的提案》, 《X调研报告》): what it asked for is done by others.
_MOTION_TITLE = re.compile(r"(?:提案|建议|议案|建议案|报告|意见)》$")
#: A facility named after a town's 中心 (镇中心敬老院, 乡中心小学): the town owns it.
_CENTRAL_FACILITY = re.compile(r"(?:敬老院|养老院|小学|中学|学校|校|卫生院|医院|幼儿园|村|社区|广场|市场"
                               r"|集镇|街)")
#: An owner followed by 等 and a count is one of the things counted (县水务局等9个县直部门).
_AMONG_OTHERS = re.compile(r"等\s*(?:\d|[一二三四五六七八九十两]|$)")
#: Nouns a quoted word goes on into (“两新”组织, “4050”人员), and the works done on what it names
#: (“三旧”改造, “两违”整治): one term, no owner.
_TERM_GOES_ON = ("组织", "人员", "企业", "干部", "党员", "群体", "经费", "对象", "改造", "整治", "治理")
#: A count of places closing what would be an owner: 组织委员深入八个苏木 tells where they went.
_COUNTED_GROUP = re.compile(r"(?:[\u4e00-\u9fff]{2}|^)[一二三四五六七八九十两\d]+个[\u4e00-\u9fff]{1,3}$")


#: What may stand between an owner and its figure's words: 各镇（街道）要完成…, 县水利局计划新建….
_MODAL = re.compile(r"^(?:要|将|需|应|须|计划|力争|全年|年内|共计|共(?![青享建有同]))+"
                    r"(?=[\u4e00-\u9fff“《])")


def without_owner(name: str, owner: str) -> str:
    """The name of a figure whose clause opens with ``owner``, the owner and a modal taken away.

    >>> without_owner("县水利局计划新建山塘水库", "县水利局")
    '新建山塘水库'
    >>> without_owner("各镇要农村污水治理项目", "各镇（街道）")
    '农村污水治理项目'
    >>> without_owner("园区产值", "高新园区")
    '园区产值'
    """
    name = _SUBORDINATE.sub("", name) if name.startswith(("下辖", "所辖")) else name  # 下辖的菱溪县…
    for own in (owner, owner.split("（", 1)[0]):
        if name.startswith(own) and len(name) > len(own) + 1:
            return _MODAL.sub("", name[len(own):]) or name[len(own):]
    return name


#: Words that present a unit as the place's own (下辖的菱溪县, 所辖): no part of the unit's name.
_SUBORDINATE_WORDS = r"(?:下辖|所辖)的?"
_SUBORDINATE = re.compile(f"^{_SUBORDINATE_WORDS}")


#: A clause that is only the carrying out of a named programme (大力推进居家系列惠民工程，服务85万人次):
#: the programme owns the figures after it.
_PROGRAMME_AT = re.compile(
    r"(?:推进|实施|启动|推行|开展)(?P<owner>[\u4e00-\u9fff·“”]{2,16}?(?:工程|行动|计划))$")


#: A law or a rule by its title (开展《水污染防治法》执法检查): what is checked, no owner of figures.
_LAW_TITLE = re.compile(r"《[^《》]*(?:法|条例|规定|办法|决定|细则|意见|规则|通知|准则)》$")


def event_owner(clause: str) -> str:
    """The event or programme a clause holds or carries out (举办…博览会, 开展“…”活动,
    推进…惠民工程)."""
    m = _EVENT_AT.search(clause) or _PROGRAMME_AT.search(clause)
    return m.group("owner") if m and not _LAW_TITLE.match(m.group("owner")) else ""


#: Rules that name a figure by the row before it (its owner comes along in the name).
_BORROWED = ("rate_of_count", "result_of_previous", "total_of_previous", "object_of_previous",
             "subject_of_previous", "owner_of_previous")


#: A clause that improves or carries out a named service or scheme: 完善“…”预约, 健全…救助机制.
_IMPROVES = re.compile(r"(?:[，,；;\s]|同时|此外)*(?:进一步)?"
                       r"(?:完善|健全|建立|深化|优化|推进|实施|推行|开展|启动|扩大"
                       r"|做好|加强|深入推进|全面推行|升级)(?P<obj>.{3,40})$")
_NAMED = re.compile(r"“[^“”]{2,30}”|《[^《》]{2,30}》")


#: Words of any work, which name no scheme's own act (推进“美丽乡村”建设，建设用地…).
_GENERIC_WORK = frozenset(("建设", "发展", "改革", "治理", "管理", "保护", "工作", "服务", "产业", "基层",
                           "建立", "推进", "提升", "转型", "升级", "创新", "工程", "项目"))
#: What may follow the scheme's act in its name: nothing, or a word for an arrangement.
_SCHEME_TAIL = re.compile(r"(?:机制|体系|制度|服务|模式|平台|系统|网络|工作)?")
#: A scheme's name ends in its quoted or titled name, or in a word for a programme.
_SCHEME_END = re.compile(r"(?:[”》]|工程|行动|计划|项目)$")


def _object_owner(text: str, spans: list[tuple[int, int]], cs: int, name: str) -> str:
    """The named scheme of the figure-less clause right before the figure's, when the figure's
    name takes up the clause's last word: ``完善“零贫困”家庭工程救助机制，全年救助130户`` →
    “零贫困”家庭工程 (the 救助 counted is the scheme's); ''. The scheme must carry a quoted or
    titled name: a bare object (完善救助机制) names no owner."""
    a, b = next(((a, b) for a, b in reversed(spans) if b < cs), (-1, -1))
    if a < 0 or cs - b > 2 or (text.find("“", a, b) < 0 and text.find("《", a, b) < 0):
        return ""  # (speed: a scheme's name is quoted or titled, most clauses hold neither)
    m = _IMPROVES.match(text, a, b)
    if m is None or _NAMED.search(m["obj"]) is None or any(c.isdigit() for c in m["obj"]):
        return ""
    obj = m["obj"]
    for i in range(min(3, len(name) - 1)):  # 救助户数 → 救助; 有效预约 → 预约
        if i and LEAD_VERB.match(name):
            break  # 新建改造街道: the figure's own verb leads, the scheme's word is no part of it
        word = name[i:i + 2]
        at = obj.rfind(word)
        # the word closes the scheme's name (…预约, …救助机制), and is no word of any work (建设)
        if at < 3 or word in _GENERIC_WORK or not _SCHEME_TAIL.fullmatch(obj, at + 2):
            continue
        owner = obj[:at]
        return owner if _SCHEME_END.search(owner) else ""
    return ""


#: A place a paired name may open with: a street, town or township, maybe with its village.
_VILLAGE = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:村|社区|嘎查)(?=[\u4e00-\u9fff])")


#: The place's own discipline organs: their counts are the place's statistics (`scope` empty, the organ
#: kept in the name, as most labellers of the read paragraph sets wrote it: 163 of their 256 figures of
#: a 纪委 or 纪检监察 organ have no scope).
_PLACE_ORGAN = re.compile(r"(?:全?[县区市旗州盟镇乡])?(?:纪委监委|纪委|监委|纪检监察机关|各级纪检监察机关)")


#: A street, town, township or village named as a part after 其中 (其中关庙镇6.8亿元): its own share of
#: the whole, so the place owns it (scope) and the name is the whole's; not a kind of place (农村, 贫困村).
_PLACE_PART = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:街道|苏木|镇|乡|村|社区|嘎查)")
_PLACE_KIND = re.compile(r"(?:^[各全本该])|" + PLACE_KINDS)


def place_kind(name: str) -> bool:
    """A name that ends with a kind of place, not a place (农村, 城镇, 各乡镇); a body of each
    place (各乡镇卫生院, 各街道) is none.

    >>> place_kind("城镇"), place_kind("各乡镇"), place_kind("关庙镇"), place_kind("各乡镇卫生院")
    (True, True, False, False)
    """
    return _PLACE_KIND.search(name.lstrip("各全本该")) is not None


def named_owner(name: str) -> bool:
    """A name that is an owner as a whole (汶坪矿务局, 华新集团, 临港产业园), as a part after 其中 is.

    >>> named_owner("汶坪矿务局"), named_owner("地方煤矿"), named_owner("关庙镇")
    (True, False, True)
    """
    return len(name) <= 16 and owner_at_start(name + "实现") == name


def place_part(name: str) -> bool:
    """``关庙镇``, ``新寨村``: a place named alone as a part of a whole (not ``农村``, ``各乡镇``).

    >>> place_part("关庙镇"), place_part("新寨村"), place_part("农村"), place_part("贫困村")
    (True, True, False, False)
    """
    return _PLACE_PART.fullmatch(name) is not None and _PLACE_KIND.search(name) is None


#: A village or one of its groups opening a paired name (那林村, 青龙村大湾组, 石门村三组).
_PAIRED_VILLAGE = re.compile(r"[\u4e00-\u9fff]{2,3}?(?:村|嘎查)(?![民级集委])(?:[\u4e00-\u9fff]{1,2}组)?")


def _listed_place(name: str) -> str:
    """The street, town or township (and village) a paired name opens with: ``城西街道税收`` →
    城西街道, ``金泽镇蔡浜村接待游客`` → 金泽镇蔡浜村; '' for others (城镇居民…, 区属国有企业…)."""
    owner = owner_at_start(name)
    village = _PAIRED_VILLAGE.match(name) if not owner else None
    if village is not None and not place_kind(village.group()) and len(name) - village.end() >= 2:
        return village.group()  # 其中那林村、岜旺村分别推广850亩和720亩: each village's value
    if not owner or "的" in owner or not (PLACE_END.search(owner) or owner.endswith(("村", "嘎查"))) \
            or len(name) - len(owner) < 2:
        return ""
    village = _VILLAGE.match(name, len(owner))
    if village and LEAD_VERB.match(name[len(owner):]):
        village = None  # 湄桥街道新建社区卫生服务站: what the street built, no village of it
    return name[:village.end()] if village else owner


#: The words a report uses for its own place (全市, 我县): the most used tells the place's level.
_SELF_LEVEL = re.compile(r"[全我本]([市县区旗州盟])")
#: Second characters that make 区/县 a common word, not a unit's name (社区, 园区, 棚户区, 贫困县, 区县).
_NOT_UNIT = ("社园景片新山牧林矿库灾老郊辖街港校厂营病产垦湖海小市地户"
             "成心护游发活住业济理范验能聚税政治困点境区")
#: A county, district or banner named by its two-character name (菱溪县, 泺北区, 敖伦旗) opening a
#: clause, maybe after 下辖的: in the report of a city, prefecture or league, one of its units.
_SUB_UNIT = re.compile(rf"(?:[，,；;。：:、\s]|其中|{_SUBORDINATE_WORDS})*"
                       rf"(?P<p>(?![全本我该各其下所])(?![新老主旧中]城)[\u4e00-\u9fff](?![{_NOT_UNIT}])"
                       rf"[\u4e00-\u9fff][县区旗])"
                       rf"(?!委|政府|人大|政协|级|域|城|乡|市|直|处|科|[（(、和及与])")


def sub_unit_pattern(text: str) -> re.Pattern[str] | None:
    """The pattern of the units a report's figures may belong to: its counties and districts when
    the report is a city's, prefecture's or league's (it calls itself 全市, 全州); else None.

    >>> sub_unit_pattern("全市地区生产总值…，全市…，菱溪县实现…").match("下辖的菱溪县实现").group("p")
    '菱溪县'
    >>> sub_unit_pattern("全县地区生产总值…") is None
    True
    """
    levels: dict[str, int] = {}
    for m in _SELF_LEVEL.finditer(text):
        levels[m.group(1)] = levels.get(m.group(1), 0) + 1
    top = max(levels, key=levels.__getitem__) if levels else ""
    return _SUB_UNIT if top in ("市", "州", "盟") else None


def with_scopes(text: str, named: tuple[Named, ...], sentence: tuple[int, int], note: bool = False,
                carried: Callable[[int], str] | None = None,
                sub_unit: re.Pattern[str] | None = None) -> tuple[Named, ...]:
    """The sentence's rows with their scope; an owner in the figure's own clause leaves its name.

    The sentence's owner (its opening subject, or the last event before the figure) holds for
    every figure after it, unless the figure's clause opens with an owner of its own.  A glossary
    note's figures belong to the note's term, which their name carries already (``note``).
    ``carried(sentence_start)``: the owner that opened the sentence before, which had no figure
    (asked only where needed); it holds where this sentence names no owner nor the place itself.
    """
    if note or not named:
        return named
    ss = sentence[0]
    last_cs = named[-1].fig.cs
    opening = owner_at_start(text[ss:min(last_cs, ss + 64)]) if last_cs > ss else ""
    events: list[tuple[int, str]] = []  # (where the clause ends, the event it names), in order
    spans: list[tuple[int, int]] = []  # the clauses before the last figure's
    at = ss
    for m in _SPLIT.finditer(text, ss, last_cs):
        event = event_owner(text[at:m.start()])
        if event:
            events.append((m.start(), event))
        spans.append((at, m.start()))
        at = m.end()
    owners: dict[int, str] = {}
    parts: dict[int, str] = {}
    parted = text.find("；", ss, last_cs) >= 0
    out = []
    before: str | None = None  # the carried owner, asked once
    schemes: dict[int, str] = {}  # clause start → the scheme of the clause before it
    for n in named:
        it = n.fig
        if n.part_of and len(n.name) > len(n.part_of) and n.name.endswith(n.part_of) \
                and (place_part(place := n.name[:-len(n.part_of)]) or paired_place(place) == place
                     or named_owner(place)):
            # 总产值41.3亿元，其中关庙镇6.8亿元: the town's own share of the whole (part_of_whole);
            # 勐溪县、者坝县分别达到…: each county's value of the measure before (paired_list)
            out.append(replace(n, scope=place, name=n.part_of))
            continue
        if it.pair is not None and sub_unit is not None and (unit := sub_unit.match(n.name)) is not None \
                and len(n.name) > unit.end() + 1:
            # 泺北区、崮前区地区生产总值分别达到…: each value is of the county or district it names
            out.append(replace(n, scope=unit.group("p"), name=n.name[unit.end():]))
            continue
        if it.pair is not None and (listed := _listed_place(n.name)):
            # 城东街道和城西街道税收分别达到…: each value is of the place its paired name opens with
            out.append(replace(n, scope=listed, name=n.name[len(listed):]))
            continue
        if it.cs not in owners:
            owners[it.cs] = owner_at_start(text[it.cs:it.q.start])
        own = owners[it.cs]
        if not own and sub_unit is not None and (unit := sub_unit.match(text, it.cs, it.q.start)) is not None:
            own = owners[it.cs] = unit.group("p")  # (菱溪县实现地区生产总值…: the city's county)
        if own and _PLACE_ORGAN.fullmatch(own):
            out.append(n)  # 县纪委立案…: the place's own discipline organ counts the place's cases
            continue
        if own and own != n.name:  # (政府工作部门由32个精简为24个: the owners are what is counted)
            out.append(replace(n, scope=own, name=without_owner(n.name, own)))
            continue
        if _OPENS_SELF.match(text, it.cs, it.q.start):
            out.append(n)
            continue
        part = text.rfind("；", ss, max(ss, it.cs - 1)) if parted else -1  # a ；-part may have its own owner
        if part >= 0 and part not in parts:
            parts[part] = owner_at_start(text[part + 1:min(it.cs, part + 65)])
        first = parts.get(part, "") if part >= 0 else ""
        head, at = (first, part + 1) if first else (opening, ss)
        if not head and carried is not None and not _OPENS_SELF.match(text, ss):
            if before is None:
                before = carried(ss)
            if before:
                head, at = before, ss - len(before) - 1  # the owner stands in the sentence before
        # a name that starts with the owner was named by its own clause, unless it borrowed the
        # owner from the figure before (…受理案件5.6万件，结案率98.7% → 受理案件结案率)
        scope = head if head and it.cs > at + len(head) and (
            first or not n.name.startswith(head)
            or (n.rule.endswith(_BORROWED) and head not in text[it.cs:it.q.start])) else ""
        if scope.endswith("财政") and it.q.kind != "money":
            scope = ""  # 区财政投入资金…，新建学校9所: a treasury owns the money it spends, not what is built
        for end, event in reversed(events):
            if end < it.cs and event not in n.name:
                # an event holds to the end of its ；-part (…；②实施“一村一幼”计划，开办幼教点…；③…),
                # and no further than a clause that opens with the place itself (遭受特大洪涝灾害，全旗
                # 政协委员为灾区捐款…，捐物折款…: the place's members gave, the flood owns no gift)
                if (not parted or text.find("；", end, it.cs) < 0) \
                        and not any(end < a < it.cs and _OPENS_SELF.match(text, a, b) for a, b in spans):
                    scope = event
                break
        if not scope and spans:
            if it.cs not in schemes:  # decided by the clause's first figure, for all of its figures
                schemes[it.cs] = _object_owner(text, spans, it.cs, n.name)
            scope = schemes[it.cs]
        if scope and _PLACE_ORGAN.fullmatch(scope):  # …，给予党纪政纪处分52人 after 县纪委立案…
            out.append(n if n.name.startswith(scope) else replace(n, name=scope + n.name))
            continue
        if scope == n.name:
            scope = ""  # the owner is what is counted, no owner of it
        # a name that took the owner along from the figure before (…投资) gives it back to scope
        out.append(replace(n, scope=scope, name=without_owner(n.name, scope)) if scope else n)
    # (a name borrowed from a list whose first owner went to scope: 、区国土房管局等部门… loses the 、)
    return tuple(replace(n, name=n.name.lstrip("、，,")) if n.name[:1] in "、，," else n for n in out)
