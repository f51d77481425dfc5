"""Words of indicator names: what is taken away from a name and what marks its parts.

A name is the clause text before a figure, less scope words (全年, 全区, 其中), light verbs
(实现, 完成, 达到), comparison words and dangling particles.  The word lists are reviewed data
(``pipelines/data/name_words.csv``, ``name_phrases.csv``, ``scope_words.csv``), read through
:mod:`.cues`.

>>> clean("全年实现地区生产总值")
'地区生产总值'
>>> clean("其中金融业实现增加值")
'金融业增加值'
>>> subject("进出口总额继续保持较快增长")
'进出口总额'
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.extract.indicators.cues import alternation, words
from pipelines.extract.quantity import cn_to_int

SCOPE_WORDS = words("scope_words.csv", "word")
PLACE_WORDS = words("scope_words.csv", "word", role="place")
SCOPE_ALT = "|".join(sorted(SCOPE_WORDS, key=len, reverse=True))
LIST_VERBS = words("name_words.csv", "word", role="list_verb")
#: A clause that opens with the place itself (全县, 我区, 本市): what it measures is the place's.
PLACE_OPENS = re.compile(r"[\s，,；;]*(?:全|我|本)(?:县|区|市|旗|州|盟|镇|乡|省|街道)")

NAME_SPANS = re.compile(r"《[^《》\n]{0,80}》|“[^“”\n]{1,14}”|\"[^\"\n]{1,14}\"|"
                        + alternation(words("name_phrases.csv", "phrase")).pattern)

#: A span of years a total is over, as a report opens a clause with it: 五年来, 过去五年, 近三年,
#: “十三五”期间 (quoted or not), 本届政府任期内, 2016—2020年.
SPAN = (r"(?:(?:过去|近|这|前)?[一二三四五六七八九十两]年(?:来|间|中|里)"
        r"|本届(?:政府|人大|政协|党委|常委会|人大常委会)(?=共|累计|先后|[一二三四五六七八九十两]年|以来)"
        r"|(?:过去|近|这)[一二三四五六七八九十两]年|[一二三四五六七八九十两]年(?=累计|共计|合计|总计)|“?(?:[六七八九十]|十[一二三四五])五”?(?:时期|期间|以来)|本届(?:政府|人大|政协|党委|常委会)?(?:任期内|以来)"
        r"|(?:19|20)\d\d年?[—\-－~至到](?:19|20)\d\d年(?:间|期间)?)")

#: The body whose report it is, opening a clause as the doer (常委会共听取…, 区政协全年收到…): no part
#: of what is counted; its meetings, members and offices are (常委会会议, 政协委员).
ACTOR = (r"(?<![\u4e00-\u9fff”》）])(?:[市区县旗州]|自治[区州县]|本次)?(?:人大常委会|人大|常委会|政协)"
         r"(?=共|全年|累计|先后|还|又|已|进一步|认真|积极|主动|组织|[一二三四五六七八九十两]年|今年|当年"
         r"|收到|听取|审议|开展|召开|作出|任免|办理|接待|走访|举办|报送|编报|提出|形成|完成|通过|批准|制定)")

#: A session of the congress or the conference as a time (旗政协七届二次会议以来, 区十五届人大三次会议期间,
#: 自县第十七届人民代表大会第一次会议以来): no part of what is counted since or during it.
MEETING_TIME = (r"(?:自|从)?(?:[市区县旗州镇乡]|自治[区州县])?(?:人大|政协)?"
                r"(?:第?[一二三四五六七八九十\d]+届)(?:人民代表大会|人大|政协)?(?:第?[一二三四五六七八九十\d]+次)(?:全体)?会议"
                r"(?:召开|闭会|闭幕)?(?:以来|期间|上|后)")

#: What 争取 obtains when it is a verb of its own (争取中央和省资金9.3亿元: secured), not a goal word.
OBTAINED = (r"上级|中央|省|国家|各类|专项|资金|项目|政策|补助|债券|支持|资助|试点"
            # (or money of a named kind: 争取资源枯竭城市财力性转移支付资金2.3亿元)
            r"|[^，,；;。\d]{0,14}?(?:资金|补助|补贴|债券|转移支付|专项款)(?=[^，,；;。]{0,3}\d)")

LEAD = re.compile((
    r"^(?:[，,；;。：:、\s）)]|[（(](?=其中)|\d{1,2}[.．、](?!\d)|[（(][0-9一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|"
    r"[一二三四五六七八九十]是(?![否非])|"
    r"[—\-－•·●]+|{scope}|其中|此外|同时|另外|并且|而且|但是|但|而|且|"
    r"[①-⑳]|控制在|保持在|稳定在|明年|新的一年|努力|我们将?要?|要继续|继续(?!教育)|目前|一年来|第?[一二三四]季度|上半年|下半年|前三季度|"
    r"{span}|{meeting}|{actor}|先后|共计|总计|累计|共有(?!产权)|有(?![色机效线关序力利限偿害望])|共(?![青同享建有])|另(?!外)|并(?![购案])|还|又|已经|已|均|都(?!市)|对(?![外台口接话])|"
    r"向|给(?!予)|把|将(?!近)|预计|估计|初步统计|据统计|力争|争取(?!{obtain})|计划(?!生育|单列)|通过|经过|终于使|截至年底|年底|年末|"
    r"和(?!谐)|以及|及(?!时)|与(?!会)|的|即|可望|有望|可(?=完成|实现|达)|要(?![求素点件案害塞闻务])"
    r"|实现|完成|达到)+").replace("{scope}", SCOPE_ALT)
                  .replace("{obtain}", OBTAINED).replace("{span}", SPAN).replace("{actor}", ACTOR)
                  .replace("{meeting}", MEETING_TIME))
#: Verbs that move a level to a new one, beside the common 提高/减少…到 (调减到, 缩短至, 攀升为): the
#: names' trail, the status's to-value and the after-noun reading share them.
LEVEL_SHIFT = ("调减", "调增", "压减", "削减", "缩减", "下调", "上调", "攀升", "跃升", "缩短", "延长", "压缩",
               "精简", "整合", "撤并")
#: How long what follows lasted (历时12天, 为期一周).
LASTING = re.compile(r"历时|为期|用时|耗时")
TRAIL = re.compile(r"(?:(?:提升|提高|上升|增加|增长|下降|降低|减少|扩大|缩小|上涨|回落|回升|发展"
                    r"|" + "|".join(LEVEL_SHIFT) + r"|增|降|升|减)"
                    r"(?:到|至|为)(?:每(?:人|户|生|亩|名)?每?[年月])?|"
                    r"(?:由|从)?(?:19|20)\d\d年(?:末|底)?的|(?:由|从)(?:19|20)\d\d年(?:末|底)?|"
                    r"(?:由|从)(?:上年|去年|年初|届初|期初|原来|原先|[\u4e00-\u9fff]{1,3}前)(?:末|底)?的?|由|从|(?:今年|当年|本年)(?:末|底)?|"
                    r"预期|突破|超过|接近|实现|完成|达到|达|(?<!行)为|是|约为|分别|预计|首次|共计|合计|总计|累计|了|的|已|折合|仅有|仅为|仅|只有|"
                    r"力争|争取|确保|力求|有望|可望|(?<![认许])可|(?:均|都|始终)在|平均|均|都|全部|仍然|依然|仍旧|依旧|仍|"
                    r"(?<![偿归退返奉交送])还|也|和|(?<![涉惠普波危顾])及|(?<![参给赋授])与|、|(?<![增参追添施])加|指|：|:|占|到|比|较|其中|保持|控制在|保持在|稳定在|(?<=[率数量额])在|连续(?:\d+|[一二三四五六七八九十两]+)?(?:年|届)?|[，,；;\s])+$")
#: 完成 inside a name is the verb of a clause run together (产值完成…): out, except where it is part
#: of the measure (总投资完成率, 计划完成额).
MID = re.compile(r"(?<=[\u4e00-\u9fff”）])(?:实现|完成|达到)(?![率额值量数](?![\u4e00-\u9fff]))"
                 r"(?=[\u4e00-\u9fff“（])")
CMP = re.compile(r"比上年同期|比去年同期|比上年|比去年|较上年|较去年|同比|环比|分别|（[^（）]*）|[*#]")
AFTER_TRAIL = re.compile(r"(?:等|了|的|和|及|(?:全部|均|都)(?:超过|达到|突破)|(?<![参给赋授])与|、"
                         r"|(?<![增参追添施])加|“|《|大关|[，,；;\s])+$")
#: The words after a figure up to a stop; a quoted name holds its digits (入选“521”计划).
AFTER = re.compile(r"的?(?:“[^“”\n]{1,20}”|参与"
                   # 和 inside a noun phrase that no figure follows in the clause (23户国有和集体企业完成改制)
                   r"|(?<=[\u4e00-\u9fff]{2})[和及与](?=[\u4e00-\u9fff][^，,；;。！？!?：:、（(\n0-9０-９]*(?:[，,；;。！？!?\n]|$))"
                   r"|[平人户]均|[^，,；;。！？!?：:、和及与的均（(\n0-9０-９])*")
NOT_FIRST = frozenset("比较同占增下降提以左为，,；;。、：:（(")
HEAD_CUT = re.compile(r"克服|继续|保持|实现|完成|"
                      r"(?:[两二三四五六七八九十]年)?年?(?:平)?均(?=增|提高|递增|下降|减少)|"
                      r"(?<![人年户亩平])均|分别|对(?![外口象接])|(?<![所现存实内])在|增长|达到|同比|比上年|较|"
                      r"逐步|稳步|大幅|明显|贡献|(?<![公总])共|累计|合计|占(?!地)|(?<![作行成认])为|是|呈|"
                      r"得到|受(?![理益])|由于|因|首次|迈上|跨上|站上|突破|跨越|先后|相继")
LIST_SPLIT = re.compile(r"、|以及|和(?!谐)|及|与")
CLAUSE_SPLIT = re.compile(r"[，,；;。：:]")
THRESHOLD_KINDS = frozenset(("money", "area", "length", "weight", "power", "age"))
COMPLETED = re.compile(r"(?:完成|为)[^，,；;]{0,12}(?:计划|任务|目标|预算)[^，,；;的]{0,4}的$")
CHANGE_VERB = re.compile(r"(?:增长|增加|提高|上升|下降|减少|降低|削减)$")
RATE_TAIL = re.compile(r"(?:增长率|下降率|增幅|增速|降幅|增加量|减少量|提高幅度|下降幅度)$")
STEM_TRIM = re.compile(r"(?:总量|总数|数量|总额|户数|人数|面积|金额|数)$")
LEAD_VERB = alternation(LIST_VERBS, "^(?:{})")
VERB_END = alternation(words("name_words.csv", "word", role="object_verb"), "(?:{})$")
VERB_AT = alternation(LIST_VERBS, "(?:{})")
RATE_WORDS = ("增长率", "下降率", "增幅", "增速", "降幅", "涨幅")
WINDOW = 80  # how far back (or ahead) a name is looked for: clauses are short, texts may not be
MONEY_NOUNS = ("金", "额", "资", "入", "出", "润", "税", "费", "款", "本", "值", "价", "失", "模", "量",
               "标准", "补助", "补贴")
SUFFIX = {"households": "户数", "persons": "人数", "person_times": "人次"}
INSTRUMENT = re.compile(r"(?:用|通过|经过|花|计划|力争|争取|确保)[^，,；;]{0,4}$")
GENERIC = frozenset(words("name_words.csv", "word", role="owned_noun"))
ELIDED = re.compile(r"[，,；;\s]*(?:实现|完成|达到|共|累计)")
SHARED_VALUE = re.compile(r"(?:均为|均达到|均达|均是|都是|都达到|均超过)$")
SHARED = re.compile(r"、|和")
TITLE = re.compile(r"《[^《》]*》")
TITLES = re.compile(r"(?:《[^《》]*》[、和及与]?)+等?")
DIGIT = re.compile(r"[0-9０-９]")
FRAME_HEAD = re.compile(r"(?:目标|任务|安排|预期|要求|措施|工作|如下|情况|指标|是)$")
#: Measures of the things a list counted first (拆除违法建筑1268处、面积46.3万平方米).
#: The measure a whole is told in, which the parts listed after 其中 without one take
#: (…工业增加值下降4.6%，其中钢铁、煤炭行业分别…; 实现产值612亿元，其中装备制造业318亿元).
WHOLE_MEASURE = re.compile(r"(?:增加值|总产值|产值|主营业务收入|营业收入|销售收入|利润总额|利润|利税|税收"
                           r"|销售额|出口额|出口|进出口总额|进出口|投资|用电量)(?=增长率|下降率|增速|增幅|降幅|$)")
ATTRIBUTES = frozenset(("面积", "金额", "总额", "资金", "投资", "总投资", "长度", "里程", "人数", "户数",
                        "人次", "长", "全长"))
#: A name that is only a time (去年, 2016年底): the figure takes the measure named before it.
TIME_ONLY = re.compile(r"(?:(?:19|20)\d\d|去|今|当|同|明)年(?:末|底|度)?")
FRAME = re.compile(r"^在(.+?)的?(?:情况|背景|形势|前提)下$")
CLASS_MEASURE = re.compile(r"年?(?:主营业务收入|营业收入|销售收入|总投资|计划投资|投资|产值|面积|规模|收入)"
                            r"$")
ABOVE_WORDS = ("高于", "低于", "快于", "慢于", "高出", "领先")
ABOVE = re.compile("|".join(ABOVE_WORDS))
AVERAGE_TAIL = re.compile(r"(?:[两二三四五六七八九十]年)?(?:年均|年平均|平均)$")
AVERAGE = re.compile(r"(?:[两二三四五六七八九十]年)?(?:年均|年平均|平均)")
BASE_YEAR = re.compile(r"(恢复到|恢复至|相当于|达到)((?:19|20)\d\d)年(?:同期)?的$")
SPAN_HEAD = re.compile(SPAN)
RANK_MOVE = re.compile(r"(?:前移|后移|前进|后退|上升|提升|跃升|下降|上移|下移)(?=[^，,；;]{0,2}$)")
TASK_END = re.compile(r"(?:目标|任务|计划|预算)$")
OWN_TASK = re.compile(r"(?:年度|全年|省|市|县|区|上级|调整)?(?:下达的?|后的?)?(?:目标|任务|计划|预算)+")
SPAN_TAIL = re.compile(r"(?<=[\u4e00-\u9fff])[两二三四五六七八九十]年(?:来|间)?$")
NOUN_CUT = re.compile(r"已|全部|均|都|被|得到|顺利|正在|将|实现|参加|参与|获|纳入|列入|完成")
CONVERTED = re.compile(r"(?:按[^，,；;]{0,12}(?:汇率|价格)[^，,；;]{0,4})?(?:折算|折合|约合|合)(?:成)?")
TOTAL = re.compile(r"总数|总量|总产量|总额|总计|总规模|总投资|投资|完成投资|总长|总长度|总里程|总面积"
                    r"|净增|净增加|净减少|年度投资|年度计划投资|计划投资|当年投资|年度完成投资")
#: Units of a gap between two rates (高于全省0.8个百分点, 低于计划0.6个千分点).
POINTS = ("个百分点", "百分点", "个千分点", "千分点")
CUMULATIVE = re.compile(r"累计|总计|合计|共计")
OWNER_TRIM = re.compile(r"(?:(?:总|建筑|占地)?面积|播种面积|种植面积|总产量|产量|总数|总量|数量|金额|"
                        r"人数|户数|新增|净增|总投资|计划投资|投资)$")
RATIO_SAID = re.compile(r"比值?(?:(?:缩小|扩大|下降|降低|提高|上升|调整|降)?(?:为|到|至)|是|达到|达)?$")
RATIO_VERB = re.compile(r"(?:进一步)?(?:调整|优化|变)$")
RATIO_LABELS = {3: ("第一产业", "第二产业", "第三产业")}


@lru_cache(maxsize=16384)
def clean(s: str) -> str:
    """A name without scope words, light verbs, comparison words or dangling particles."""
    before = _BEFORE_EVENT.search(s) if "前" in s else None
    s = TRAIL.sub("", LEAD.sub("", s))
    t = CMP.sub("", MID.sub("", s))
    if t != s:
        s = TRAIL.sub("", LEAD.sub("", t))
    if "（" in s and "）" not in s[s.rfind("（"):]:  # 地铁1号线一期工程（全长23.6公里）: not cut in brackets
        s = TRAIL.sub("", s.replace("（", "", 1) if s.count("（") == 1 else s)
    if before is not None and s and not s.startswith(before.group(1)):
        s = before.group(1) + s  # 煤矿由整合前的41座: the from-level is the count before the merger
    return "" if s == "有" else s


#: A from-level dated by an event, not a year (由整合前的41座, 从改制前的): the name keeps it.
_BEFORE_EVENT = re.compile(r"(?:由|从)([\u4e00-\u9fff]{1,3}前)的?$")


#: An action on a law or a document named by its title: 《X法》的贯彻执行情况进行了检查.
_ACTION_ON_TITLE = re.compile(r"(?:[\u4e00-\u9fff]{0,8}?对)?(?P<t>《[^《》]{2,40}》)"
                              r"[^，,；;。《》]{0,16}?(?:进行|开展|组织)了?"
                              r"(?P<a>(?:执法|专题|跟踪)?(?:检查|视察|调研|评议|审查))")


def subject(piece: str) -> str:
    """The head of a clause: ``进出口总额继续保持较快增长`` → ``进出口总额``."""
    s = clean(piece)
    if acted := _ACTION_ON_TITLE.fullmatch(s):  # 对《X法》的贯彻执行情况进行了检查 → 《X法》检查
        return acted["t"] + acted["a"]
    m = HEAD_CUT.search(s, 2)
    if m and s.count("《", 0, m.start()) > s.count("》", 0, m.start()):
        # never inside a title: 对《中华人民共和国森林法》的贯彻执行情况进行了检查 → the law, whole
        close = s.find("》", m.start())
        m = HEAD_CUT.search(s, close + 1) if close >= 0 else None
    return s[: m.start()] if m else s


def list_names(segment: str, n: int) -> tuple[list[str] | None, bool]:
    """The ``n`` names of a list (``A、B和C``) in the segment before 分别, and whether they
    stand in its last clause (the one 分别 is in); ``城乡X`` is 城镇X and 农村X."""
    pieces = CLAUSE_SPLIT.split(segment)
    last = subject(pieces[-1]) if pieces else ""
    if n == 2 and last.startswith("城乡") and len(LIST_SPLIT.split(pieces[-1])) != n:
        # (城乡居民养老保险参保率、医疗保险参合率分别…: a list of two measures, not 城 and 乡)
        return ["城镇" + last[2:], "农村" + last[2:]], True
    # the clause 分别 is in first (由县委、县政府领导督办，办结率、满意率分别为…: the rates), then the others
    for k in sorted(range(len(pieces)), key=lambda k: k != len(pieces) - 1):
        piece = pieces[k]
        parts = LIST_SPLIT.split(piece)
        if len(parts) == n:
            names = [clean(p) for p in parts]
            names[-1] = _without_list_count(names[-1], n)  # 榴埠三个街道税收: the count is the list's
            names[0] = _WITHIN.sub("", names[0]) or names[0]  # 区内金山、银湖专业园: 区内 frames the list
            whole, names[-1] = names[-1], subject(names[-1])
            if all(names):
                # A和B对地方财政收入贡献增长明显，增幅分别…: what each contributes to is the measure
                towards = _CONTRIBUTION.match(whole, len(names[-1]))
                names = [x + towards.group() for x in names] if towards else names
                return share_rest(names), k == len(pieces) - 1
    return None, False


_CONTRIBUTION = re.compile(r"对[^，,；;。]{1,16}?的?贡献(?:率|度)?")


#: The measure a list of pollutants (or of fuels) shares: 二氧化硫、氮氧化物排放量.
_SHARED_MEASURE = re.compile(r"(?:排放总量|排放量|排放强度|消费量|浓度)$")


#: Where a list's items lie, before the first of them: 区内金山、银湖两个专业园.
_WITHIN = re.compile(r"^(?:[区县市镇乡园]内|全[区县市镇乡])")
#: A count of a list's items right after its last item: 濛山、澍泉、榴埠三个街道, 南圩、北门两街道.
_LIST_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])(?P<n>[两二三四五六七八九十]|\d{1,2})"
                         r"(?:(?:个|家|所|项|条|座|类)(?=[\u4e00-\u9fff])|(?=街道|乡镇|镇|乡|社区|村|苏木))")


def _without_list_count(name: str, n: int) -> str:
    """``榴埠三个街道税收`` → ``榴埠街道税收`` when the count is ``n``, the list's size."""
    m = _LIST_COUNT.search(name)
    if m is None:
        return name
    value = int(m["n"]) if m["n"].isdigit() else cn_to_int(m["n"])
    return name[:m.start()] + name[m.end():] if value == n else name


#: A place a 分别 pair names alone (勐溪县、者坝县分别达到…), not a kind of place (城镇, 山区, 地区).
_PAIRED_PLACE = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:县|市|区|旗|州|盟|镇|乡|街道|苏木"
                           r"|(?<![村])村(?!民|级|集体|委)|嘎查)")
#: Kinds of place, not places: the end of a name that is one (农村, 城镇, 山区, 全县).
PLACE_KINDS = (r"(?:农村|乡村|城镇|乡镇|集镇|城乡|山村|渔村|行政村|自然村|贫困村|重点村|示范村|中心村"
               r"|中心镇|重点镇|特色镇|小城镇|城市社区|农村社区|新型社区|社区|城区|市区|郊区|山区|景区|园区|辖区"
               r"|矿区|林区|牧区|库区|灾区|老区|新区|全县|全市|全区|县城|县市|地区)$")
_PLACE_KINDS = re.compile(PLACE_KINDS)


def paired_place(name: str) -> str:
    """The place ``name`` opens with, as a 分别 pair names places ('' if none).

    >>> paired_place("勐溪县地区生产总值"), paired_place("地区生产总值"), paired_place("城镇居民收入")
    ('勐溪县', '', '')
    """
    m = _PAIRED_PLACE.match(name)
    return m.group() if m is not None and not _PLACE_KINDS.search(m.group()) else ""


#: A street, town or township named whole at the head of a list's last item, and what ends such a name.
_PLACE_WORD = r"(?:街道|苏木|镇|乡)"
_PLACE_HEAD = re.compile(rf"[\u4e00-\u9fff]{{1,6}}?{_PLACE_WORD}(?![镇村])")
#: What ends the name of a street, town or township (a 苏木 is a township of Inner Mongolia).
PLACE_END = re.compile(rf"{_PLACE_WORD}$")
#: The class of places a list names, said after it: 两个重灾乡镇, 三个中心镇.
_PLACE_CLASS = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:乡镇|街道|镇)")


def share_rest(names: list[str]) -> list[str]:
    """Short heads of a list share the rest of its last name: 城镇、农村居民人均可支配收入 →
    城镇居民人均可支配收入, 农村居民人均可支配收入; 国有、集体和私营企业 → 国有企业, …."""
    size = len(names[0])
    last = names[-1]
    head = _PLACE_HEAD.match(last)
    if head is not None and all(PLACE_END.search(x) for x in names[:-1]):
        # 蓼溪镇、青冈坪乡两个重灾乡镇分别完成…: places named whole share what follows the last one
        # (its class, 重灾乡镇, said of them all, is no part of the name)
        rest = last[head.end():]
        rest = rest[cls.end():] if (cls := _PLACE_CLASS.match(rest)) else rest
        return [x + rest for x in names[:-1]] + [last[:head.end()] + rest]
    tail = _SHARED_MEASURE.search(last)
    if tail and len(last) > len(tail.group()) and not any(_SHARED_MEASURE.search(x) for x in names[:-1]):
        return [x + tail.group() for x in names[:-1]] + [last]  # 化学需氧量、氨氮排放量 → 化学需氧量排放量
    if size > 4 or len(last) < size + 2 or (size == 4 and names[0][-1] != last[3]) \
            or any(len(x) != size for x in names[:-1]) \
            or any(last.startswith(x) or last.endswith(x) for x in names[:-1]):
        # (满意率和基本满意率: the last ends with the first, a whole name, no head of it)
        return _shared_head(_shared_lead(names))
    return [x + last[size:] for x in names[:-1]] + [last]


def _shared_lead(names: list[str]) -> list[str]:
    """The verbs that open the first name open the others too, where they have none of their own:
    组织开展执法检查、视察、专题调研 → 组织开展视察, 组织开展专题调研; 新建道路、桥梁 → 新建桥梁
    (but 新增A、改造B: B has its own verb; a bare verb such as 视察 is what was done, no verb of B's)."""
    first, lead = names[0], ""
    while (m := LEAD_VERB.match(first[len(lead):])) is not None and len(first) - len(lead) - m.end() >= 2:
        lead += m.group()  # (LEAD_VERB is anchored with ^: matched on the rest, not at a position)
    if not lead or any(x.startswith(lead) for x in names[1:]):
        return names
    for x in names[1:]:
        own = LEAD_VERB.match(x)
        if own is not None and len(x) > own.end():
            return names  # 改造B: a verb of its own
    return [first] + [lead + x for x in names[1:]]


#: Head nouns a list may share, written once after its last item: 委员、党派团体、专委会提案.
_HEAD_NOUN = re.compile(r"(?:提案|议案|建议|项目|企业|学校|医院|资金|人员|工程|案件)$")


def _shared_head(names: list[str]) -> list[str]:
    """Short items before a last one that ends in a head noun they lack share it: 委员、党派团体、
    专委会提案 → 委员提案, 党派团体提案, 专委会提案."""
    last = names[-1]
    head = _HEAD_NOUN.search(last)
    if head is None or head.start() < 2 or any(len(x) > 6 or _HEAD_NOUN.search(x) or head.group() in x
                                                for x in names[:-1]):
        return names
    return [x + head.group() for x in names[:-1]] + [last]


def parallel(name: str, subject: str) -> str:
    """A short subject parallel to the one before takes its rest: 城镇居民人均可支配收入增长6%，
    农村居民增长7% → 农村居民人均可支配收入; 第一产业增加值…，第二产业增长… → 第二产业增加值."""
    n = len(name)
    if not 2 <= n <= 4 or len(subject) <= n or subject.startswith(name):
        return name
    shared = 2 if n >= 3 else 1
    if subject[n:] in ("占比", "比重", "比例"):
        return name  # 民生支出占比…，教育支出增长9%: the spending grew, not its share
    return name + subject[n:] if subject[n - shared:n] == name[-shared:] else name


def object_of(name: str) -> str:
    """The thing a count names after its verb: 收到报送备案的规范性文件 → 规范性文件."""
    if "的" in name:
        return name.rsplit("的", 1)[1]
    verb = LEAD_VERB.match(name)
    return name[verb.end():] if verb else ""


#: A frame of where something happened (在全国和省、市有关媒体上, 在…过程中) that opens a long name.
_PLACE_FRAME = re.compile(r"^在[^，,；;。的]{1,24}?(?:(?<!以)上|中|里|内|期间|方面)(?=[\u4e00-\u9fff“《])")


#: What a list of titles leaves at a name's head once TITLES took them: 、“人大之窗”、.
_OUTLETS = re.compile(r"^(?:[、，和及与]|“[^“”]{1,12}”)+")


def shorten(name: str) -> str:
    """Long names keep their head noun: the part after the last 的, without book titles."""
    if len(name) <= 24:
        return name
    name = TITLES.sub("", name) or name
    outlets = _OUTLETS.match(name)
    if outlets and 4 <= len(name) - outlets.end() <= 24:
        return clean(name[outlets.end():])  # 《日报》、“人大之窗”、《信息》宣传…的稿件: where it ran goes
    framed = _PLACE_FRAME.sub("", name, 1)
    if framed != name and 4 <= len(framed) <= 24:
        return framed  # 在…媒体上报道区人大工作的稿件: the place it appeared is no part of the name
    at = _last_of_outside_titles(name)
    if 0 <= at < len(name) - 2:
        name = name[at + 1:]
    return clean(name)[-40:] or name[-40:]


def _last_of_outside_titles(name: str) -> int:
    """Where the last 的 outside quotes and book titles stands (-1 if none): a 的 inside a proposal's
    title (“关于加快X的建议”提案得到落实) is no head of the name.

    >>> _last_of_outside_titles("“关于加快X的建议”提案"), _last_of_outside_titles("完成整改的问题")
    (-1, 4)
    """
    at = name.rfind("的")
    while at >= 0 and (name.count("“", 0, at) > name.count("”", 0, at)
                       or name.count("《", 0, at) > name.count("》", 0, at)):
        at = name.rfind("的", 0, at)
    return at


#: An item of a list opening (一是…, 其一…, 首先…).
_ENUMERATED = re.compile(r"\s*(?:[一二三四五六七八九十]是|其[一二三四五]|首先)")


def before_name(raw: str, number_first: bool) -> str:
    """The name part before a figure; a note's ``term：definition`` keeps the term."""
    if "：" not in raw:
        return clean(raw)
    head, _, tail = raw.rpartition("：")
    if _ENUMERATED.match(tail):  # 特色农业初具规模：一是全县八角种植面积…: the list's first item
        return clean(tail)
    head, tail = clean(head), clean(tail)
    if FRAME_HEAD.search(head):  # 主要预期目标是：… introduces a list, it names nothing
        head = ""
    if number_first and len(tail) > 6:
        return head
    return head + tail


#: A target told right after its figure, to which an outcome is compared (超过12%的年度计划目标,
#: 低于7.5%的预期目标, 控制在4.5%的计划目标以内): read by the naming, status and bound of a figure.
TARGET_AFTER = re.compile(r"(?:的(?:年度|全年)?(?:计划|预期|奋斗|调控|控制|约束性)?"
                          r"|(?:年度|全年)?(?:计划|预期|奋斗|调控|控制))目标"
                          r"(?:任务)?(?=以内|以下|[\d，,。；;、）)]|$)")
