"""Names for quantities: the measured thing as the clause names it.

A figure after its noun (``新增就业1200人``) is named by the clause text before it, a figure
before its noun (``组织80名干部参加培训``) by the verb before and the noun after it.  Scope
words (全年, 全区, 其中) and light verbs (实现, 完成, 达到) are taken away; rates stated alone
get a name that says so (``…增长率``); a ``分别`` list names its values from the list of
names (or of figures) before it.

>>> clean("全年实现地区生产总值")
'地区生产总值'
>>> clean("其中金融业实现增加值")
'金融业增加值'
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from pipelines.extract.quantity import Change, ratio_chain

if TYPE_CHECKING:
    from pipelines.extract.indicators import Item

_PHRASES = Path(__file__).resolve().parent.parent / "data" / "name_phrases.csv"


_WORDS = Path(__file__).resolve().parent.parent / "data" / "name_words.csv"


def _phrases() -> list[str]:
    with _PHRASES.open(encoding="utf-8", newline="") as f:
        return [row["phrase"] for row in csv.DictReader(f)]


def _words(role: str) -> list[str]:
    """The words of one role in ``data/name_words.csv`` (list verbs, object verbs, owned nouns)."""
    with _WORDS.open(encoding="utf-8", newline="") as f:
        return [row["word"] for row in csv.DictReader(f) if row["role"] == role]


def _alternation(role: str, frame: str) -> re.Pattern[str]:
    words = sorted(_words(role), key=len, reverse=True)
    return re.compile(frame.format("|".join(re.escape(w) for w in words)))


#: Spans whose numerals are part of a name: book titles, short quoted names, fixed phrases.
NAME_SPANS = re.compile(r"《[^《》\n]{0,80}》|“[^“”\n]{1,14}”|\"[^\"\n]{1,14}\"|"
                        + "|".join(re.escape(p) for p in sorted(_phrases(), key=len, reverse=True)))

_LEAD = re.compile(
    r"^(?:[，,；;。：:、\s]|\d{1,2}[.．、](?!\d)|[（(][0-9一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|"
    r"[—\-－•·●]+|全年|全区|全市|全县|全镇|全省|全乡|全街道|本年度|本年|当年|今年|年内|其中|此外|同时|另外|"
    r"[①-⑳]|明年|新的一年|努力|我们将?要?|要继续|继续(?!教育)|目前|一年来|第?[一二三四]季度|上半年|下半年|前三季度|"
    r"[一二三四五六七八九十两]年(?:来|间|中)|共计|总计|累计|共有(?!产权)|有(?![色机效线关序力利限偿害])|共(?![青同享建有])|另(?!外)|并(?![购案])|还|又|已经|已|均|都(?!市)|对(?![外台口])|"
    r"向|给(?!予)|把|将(?!近)|预计|估计|初步统计|据统计|力争|争取|计划(?!生育|单列)|通过|经过|终于使|截至年底|年底|年末|"
    r"和(?!谐)|以及|及(?!时)|与(?!会)|的|即|实现|完成|达到)+")
_TRAIL = re.compile(r"(?:(?:提升|提高|上升|增加|增长|下降|降低|减少|扩大|缩小|上涨|回落|回升|增|降|升)"
                    r"(?:到|至)|"
                    r"(?:由|从)?(?:19|20)\d\d年(?:末|底)?的|(?:由|从)(?:19|20)\d\d年(?:末|底)?|由|从|"
                    r"预期|突破|超过|接近|实现|完成|达到|达|(?<!行)为|是|约为|分别|预计|首次|共计|合计|总计|累计|了|的|已|"
                    r"均|都|和|及|与|、|加|指|：|:|占|到|比|较|其中|保持|控制在|保持在|稳定在|[，,；;\s])+$")
_MID = re.compile(r"(?<=[\u4e00-\u9fff”）])(?:实现|完成|达到)(?=[\u4e00-\u9fff“（])")
_CMP = re.compile(r"比上年同期|比去年同期|比上年|比去年|较上年|较去年|同比|环比|分别|（[^（）]*）|[*#]")
_AFTER_TRAIL = re.compile(r"(?:等|了|的|和|及|与|、|加|“|《|大关|[，,；;\s])+$")
_AFTER = re.compile(r"的?[^，,；;。！？!?：:、和及与的均（(\n0-9０-９]*")
_NOT_FIRST = frozenset("比较同占增下降提以左为，,；;。、：:（(")
_HEAD_CUT = re.compile(r"克服|继续|保持|实现|完成|(?<!人)均|分别|对|在|增长|达到|同比|比上年|较|逐步|稳步|"
                       r"大幅|明显|贡献|共|累计|合计|占|为|是|呈|得到|受|由于|因|首次")
_LIST_SPLIT = re.compile(r"、|以及|和(?!谐)|及|与")
_CLAUSE_SPLIT = re.compile(r"[，,；;。：:]")
_THRESHOLD_KINDS = frozenset(("money", "area", "length", "weight", "power", "age"))
_COMPLETED = re.compile(r"完成[^，,；;]{0,12}(?:计划|任务|目标|预算)[^，,；;的]{0,4}的$")
_CHANGE_VERB = re.compile(r"(?:增长|增加|提高|上升|下降|减少|降低)$")
_RATE_TAIL = re.compile(r"(?:增长率|下降率|增幅|增速|降幅|增加量|减少量|提高幅度|下降幅度)$")
_STEM_TRIM = re.compile(r"(?:总量|总数|数量|总额|户数|人数|面积|金额|数)$")
_LEAD_VERB = _alternation("list_verb", "^(?:{})")
_VERB_END = _alternation("object_verb", "(?:{})$")
_VERB_AT = _alternation("list_verb", "(?:{})")
_RATE_WORDS = ("增长率", "下降率", "增幅", "增速", "降幅", "涨幅")
_WINDOW = 80  # how far back (or ahead) a name is looked for: clauses are short, texts may not be
_MONEY_NOUNS = ("金", "额", "资", "入", "出", "润", "税", "费", "款", "本", "值", "价", "失", "模", "量")
_SUFFIX = {"households": "户数", "persons": "人数", "person_times": "人次"}
_INSTRUMENT = re.compile(r"(?:用|通过|经过|花|计划|力争|争取|确保)[^，,；;]{0,4}$")
_GENERIC = frozenset(_words("owned_noun"))
_ELIDED = re.compile(r"[，,；;\s]*(?:实现|完成|达到|共|累计)")
_SHARED_VALUE = re.compile(r"(?:均为|均达到|均达|均是|都是|都达到|均超过)$")
_SHARED = re.compile(r"、|和")
_TITLE = re.compile(r"《[^《》]*》")
_TITLES = re.compile(r"(?:《[^《》]*》[、和及与]?)+等?")
_DIGIT = re.compile(r"[0-9０-９]")
_FRAME_HEAD = re.compile(r"(?:目标|任务|安排|预期|要求|措施|工作|如下|情况|指标|是)$")
_FRAME = re.compile(r"^在(.+?)的?(?:情况|背景|形势|前提)下$")


@dataclass(frozen=True)
class NameContext:
    """Where the sentence being named starts and ends in the text."""

    start: int
    end: int


@lru_cache(maxsize=16384)
def clean(s: str) -> str:
    """A name without scope words, light verbs, comparison words or dangling particles."""
    s = _TRAIL.sub("", _LEAD.sub("", s))
    t = _CMP.sub("", _MID.sub("", s))
    if t != s:
        s = _TRAIL.sub("", _LEAD.sub("", t))
    if "（" in s and "）" not in s[s.rfind("（"):]:  # 地铁1号线一期工程（全长23.6公里）: not cut in brackets
        s = _TRAIL.sub("", s.replace("（", "", 1) if s.count("（") == 1 else s)
    return "" if s == "有" else s


def _subject(piece: str) -> str:
    """The head of a clause: ``进出口总额继续保持较快增长`` → ``进出口总额``."""
    s = clean(piece)
    m = _HEAD_CUT.search(s, 2)
    return s[: m.start()] if m else s


def pair_lists(text: str, items: list[Item], ctx: NameContext) -> None:
    """``分别`` lists: pair each value after 分别 with a name (or a figure) before it, in order.

    ``A和B分别完成3亿元和2亿元`` names the values A and B; ``…拆迁100户，安置80户，分别完成年度
    任务的1.1倍和1.2倍`` pairs them with the figures before; ``分别增长5%和6%`` gives the
    figures before their changes.
    """
    i = 0
    while i < len(items):
        it = items[i]
        pos = text.rfind("分别", max(it.cs, it.q.start - _WINDOW), it.q.start)
        run = [x for x in items[i:] if x.cs == it.cs and x.q.start > pos] if pos >= 0 else []
        if len(run) < 2:
            i += 1
            continue
        before = [k for k in range(i) if not items[k].consumed and items[k].change is None]
        first = run[0].change
        if first is not None and first.kind in ("yoy_pct", "yoy_pp") and not first.average \
                and len(_AVERAGE_TAIL.sub("", clean(text[it.cs:min(pos, first.start)]))) < 2:
            bases = [items[k] for k in before if items[k].base_change is None]
            if len(bases) >= len(run):
                verb_down = first.direction == "down" and run[0].q.value >= 0  # 下降, not a sign
                for b, c in zip(bases[-len(run):], run, strict=True):
                    b.base_change = (first.kind, c.q.value, "down" if verb_down or c.q.value < 0 else "up")
                    b.quote_end = max(b.quote_end, c.ce)
                    c.consumed = True
                i += len(run)
                continue
        start = items[i - 1].after_end if i else ctx.start
        region = text[max(start, pos - _WINDOW):pos]
        names, in_clause = _list_names(region, len(run))
        head = "" if in_clause else text[max(it.cs, start):pos]
        tail_end = first.start if first is not None and first.start > pos else run[0].q.qual_start
        rest = clean(head + text[pos + 2:tail_end])
        for k, x in enumerate(run):
            if first is not None and x.change is None:
                x.change = Change(first.kind, first.direction, x.q.qual_start, first.average)
            if names is not None:
                x.pair_name = names[k] + rest
            elif len(before) >= len(run) and not clean(region):
                x.pair_name = f"\x00{before[len(before) - len(run) + k]}\x00{rest}"
        i += len(run)


def _list_names(segment: str, n: int) -> tuple[list[str] | None, bool]:
    """The ``n`` names of a list (``A、B和C``) in the segment before 分别, and whether they
    stand in its last clause (the one 分别 is in); ``城乡X`` is 城镇X and 农村X."""
    pieces = _CLAUSE_SPLIT.split(segment)
    last = _subject(pieces[-1]) if pieces else ""
    if n == 2 and last.startswith("城乡"):
        return ["城镇" + last[2:], "农村" + last[2:]], True
    for k, piece in enumerate(pieces):
        parts = _LIST_SPLIT.split(piece)
        if len(parts) == n:
            names = [clean(p) for p in parts]
            names[-1] = _subject(names[-1])
            if all(names):
                return _share_rest(names), k == len(pieces) - 1
    return None, False


def _share_rest(names: list[str]) -> list[str]:
    """Short heads of a list share the rest of its last name: 城镇、农村居民人均可支配收入 →
    城镇居民人均可支配收入, 农村居民人均可支配收入; 国有、集体和私营企业 → 国有企业, …."""
    size = len(names[0])
    last = names[-1]
    if size > 3 or len(last) < size + 2 or any(len(x) != size for x in names[:-1]) \
            or any(last.startswith(x) for x in names[:-1]):
        return names
    return [x + last[size:] for x in names[:-1]] + [last]


def _rate_name(name: str, text: str, it: Item) -> str:
    ch = it.change
    q = it.q
    if name.endswith(_RATE_WORDS):
        return name
    phrase = text[ch.start:q.qual_start]
    if ch.kind == "share_pct":
        if "占" in name or name.endswith(("比重", "比例", "占比")):
            return name  # 由2015年的38.6%提高到2020年的56.2%: the share named before
        verb = "相当于" if phrase.startswith("相当于") else "占"
        of = clean(phrase[len(verb):]) if phrase.startswith(verb) else ""
        if of.endswith(("比重", "比例")):
            return f"{name}{verb}{of}"
        return f"{name}{verb}{of}比重" if of else f"{name}占比"
    if ch.kind == "multiple":
        return name + "倍数"
    if ch.kind == "absolute":
        return name + ("增加量" if ch.direction == "up" else "减少量")
    if ch.average:  # 年均增长7.5%, 两年平均增长: a rate over the years of a plan
        up = ch.direction == "up" or q.value < 0
        avg = _AVERAGE.match(phrase)
        name = _AVERAGE_TAIL.sub("", name)  # 城乡居民收入年均分别增长: the list's names end in 年均
        return name.removesuffix("年") + (avg.group() if avg else "年均") + ("增长率" if up else "下降率")
    for word in _RATE_WORDS:
        if word in phrase:
            return name + word
    if q.value < 0:
        return name + "增长率"  # 增长-8.2%: a growth rate below zero
    if ch.kind == "yoy_pp":
        return name + ("提高幅度" if ch.direction == "up" else "下降幅度")
    return name + ("增长率" if ch.direction == "up" else "下降率")


def _suffix(name: str, it: Item, inherited: bool) -> str:
    kind, base = it.q.kind, it.q.base_unit
    if "位次" in name:
        return name
    if kind == "area" and "面积" not in name and (inherited or len(name) <= 4):
        return name + "面积"
    if kind == "money" and (inherited or len(name) <= 3) and not name.endswith(_MONEY_NOUNS) \
            and not name.isascii():
        return name + "金额"
    if base in _SUFFIX and len(name) <= 3 and not name.endswith(("户", "人", "数")):
        return name + _SUFFIX[base]
    return name


def name_items(text: str, rows: list[Item], items: list[Item], ctx: NameContext) -> None:
    """Give every row of a sentence its indicator name (and remember nouns and stems)."""
    prev: Item | None = None
    part_of = ""
    last = len(rows) - 1
    for k, it in enumerate(rows):
        q = it.q
        start = it.cs
        if prev is not None and prev.cs == it.cs:
            start = max(start, prev.after_end)
        end = it.change.start if it.change is not None else q.qual_start
        size_class = ""
        if prev is not None and prev.cs == it.cs and prev.threshold and start == prev.after_end:
            size_class = text[prev.q.qual_start:prev.q.post_end]  # 10亿元以上项目5个: a class of projects
        raw = text[max(start, end - _WINDOW):end] if end > start else ""
        after = _after_text(text, it, k < last and rows[k + 1].cs == it.cs)
        if it.threshold:
            it.stem, it.after_end, it.number_first = _before_name(raw, True), q.post_end, False
            prev = it
            continue  # a size class is part of the name of what it classes, no figure of its own
        before = _before_name(raw, bool(after))
        if size_class:
            measure = _CLASS_MEASURE.search(prev.stem)  # 总投资10亿元以上的项目: the measure is the class's
            lead = prev.stem[:measure.start()] if measure else prev.stem
            before = f"{lead}{before}（{measure.group() if measure else ''}{size_class}）"
        if not before and after and prev is not None and prev.cs == it.cs and prev.number_first:
            before = prev.verb
        elif before and not after and prev is not None and prev.cs == it.cs and raw.startswith("、") \
                and q.kind != "percent" and not _LEAD_VERB.match(before) and not _VERB_END.search(before) \
                and not _TOTAL.fullmatch(before):
            verb = _LEAD_VERB.match(prev.name)  # 征集问题31个、建议49条: the verb governs the list
            before = (verb.group() if verb else "") + before
        if it.number_first:
            it.verb = before
        if before and after and before.endswith(after):
            after = ""
        name = before + after
        inherited = False
        if it.pair_name is not None:
            name = _paired(it.pair_name, items) + ("倍数" if q.unit == "倍" else "")
            if it.change is not None and it.change.kind != "multiple":
                name = _rate_name(_CHANGE_VERB.sub("", name), text, it)
        elif it.change is not None:
            subject = _RATE_TAIL.sub("", prev.name) if prev is not None else _previous_subject(text, it, ctx)
            if (name in _RATE_WORDS or name in ("实际", "名义")) and subject:  # 降幅比1—10月收窄…, 实际增长
                name = subject + name
            elif it.change.kind == "multiple" and name.startswith("是") and subject:
                name = f"{subject}相当于{name[1:]}"  # …，是“十二五”时期的1.6倍
            elif prev is not None and subject:
                name = _parallel(name, subject)
            name = _rate_name(name or subject, text, it)
        elif q.kind == "duration" and _INSTRUMENT.search(raw):
            name = (after.removeprefix("时间") or _next_subject(text, it, ctx)) + "所需时间"
        elif prev is not None and _CONVERTED.fullmatch(name):
            name = prev.name  # 8.6万元，按年平均汇率折算为1.25万美元: the same figure in another unit
        elif name in _GENERIC and _ELIDED.match(raw):
            name = _previous_subject(text, it, ctx, bare=True) + name
        if prev is not None and it.change is None and it.pair_name is None and (
                _TOTAL.fullmatch(name) or (not name and _CUMULATIVE.search(raw))):
            owner = _OWNER_TRIM.sub("", _LEAD_VERB.sub("", prev.name))
            if owner and not owner.endswith("率"):  # 新增规上企业23家，总数达到186家
                name = owner + (name or ("总数" if q.kind == "count" else "累计"))
        if prev is not None and it.change is None and q.unit in ("个百分点", "百分点") and _ABOVE.match(name):
            subject = _RATE_TAIL.sub("", prev.name)  # 增长6.2%，高于全省平均水平0.8个百分点
            if subject and not subject.startswith(_ABOVE_WORDS):
                name = subject + ("" if subject.endswith(_RATE_WORDS) else "增速") + name
        moved = _RANK_MOVE.search(raw) if q.unit == "位" and len(name) <= 4 else None
        if moved:  # 位居全省第12位，较上年前移3位: a move in rank, not persons
            owner = _RATE_TAIL.sub("", prev.name) if prev is not None else _previous_subject(text, it, ctx)
            name = f"{owner}位次{moved.group()}"
        if len(name) <= 1:
            if prev is not None and prev.cs == it.cs:
                name, inherited = _STEM_TRIM.sub("", prev.name) or prev.name, True
                it.noun = prev.noun
            else:
                name = _previous_subject(text, it, ctx) or clean(text[q.post_end:it.ce]) or "未具名数量"
        base_year = _BASE_YEAR.search(raw) if q.kind == "percent" and it.change is None else None
        if base_year and prev is not None and len(name) <= 4:  # 游客…，恢复到2019年的86.2%
            name = f"{_RATE_TAIL.sub('', prev.name)}{base_year.group(1)}{base_year.group(2)}年水平比例"
        if q.unit == "" and q.kind in ("ratio", "ratio_part"):
            name = _ratio_name(text, it, name, prev)
        if q.kind != "percent" and it.change is None and name and _CUMULATIVE.search(raw):
            span = _SPAN_HEAD.search(text, ctx.start, q.start)
            own = _SPAN_TAIL.search(name)
            if own:  # 财政收入五年累计完成210亿元: the span stands in the clause
                name = f"{name[:own.start()]}（{own.group()}累计）"
            elif span:  # 五年来…累计完成固定资产投资4200亿元: a total over the years, not the year's
                name += f"（{span.group()}累计）"
        if q.kind == "percent" and it.change is None and it.pair_name is not None and _TASK_END.search(name):
            name += "完成率"  # …，分别完成年度任务的120%和108%
        elif q.kind == "percent" and it.change is None and _COMPLETED.search(raw):
            name += "完成率"  # 完成年度计划的105%
            if prev is not None and _OWN_TASK.fullmatch(name[:-3]) and prev.q.kind != "percent":
                name = _RATE_TAIL.sub("", prev.name) + name  # 新增就业4620人，完成目标任务的115.5%
        if it.change is None and it.pair_name is None and 1 < len(name) <= 3 and prev is not None:
            if "其中" in raw:  # 文明单位156家，其中国家级2家、省级18家: parts of the figure before
                part_of = part_of if prev.name.endswith("）") and part_of else prev.name
            if part_of and ("其中" in raw or raw.startswith(("、", "，", ","))):
                name = f"{part_of}（{name}）"
            else:
                part_of = ""
        else:
            part_of = ""
        name = _suffix(name, it, inherited)
        names = _SHARED.split(name) if _SHARED_VALUE.search(raw) else [name]
        if q.kind == "percent" and prev is not None and (prev.q.kind == "count" or prev.stem):
            names = [_with_stem(n, prev, it) for n in names]
        name = names[0]
        if prev is not None and prev.q.unit == q.unit and q.kind == "count" and _VERB_END.search(name):
            noun = prev.noun or (_object_of(prev.name) if len(name) <= 4 else "")
            if noun:  # 收到备案的规范性文件17件，审查17件 → 审查规范性文件
                name += noun
                it.noun = noun
        it.name, it.extra_names = _shorten(name), [_shorten(n) for n in names[1:]]
        prev = it


def _after_text(text: str, it: Item, more: bool = False) -> str:
    """The noun after a figure that stands before it (``组织80名干部参加培训`` → 干部参加培训).

    more: another figure follows in the clause (``超10亿元产业项目30个``: 超10亿元 is a class).
    """
    q = it.q
    c = text[q.post_end] if q.post_end < it.ce else ""
    if c == "提" and text[q.post_end + 1:q.post_end + 2] not in "高升前":
        c = "案"  # 286件提案: a noun, not 提高
    if not c or c in _NOT_FIRST or not ("\u4e00" <= c <= "\u9fff" or c in "“《") or \
            (q.kind == "percent" and c != "的"):
        return ""
    if q.kind in _THRESHOLD_KINDS and (q.qualifier in ("at_least", "at_most") or (
            more and q.qualifier == "more_than" and q.qual_start < q.start and c not in "大")) \
            and not _VERB_AT.match(text, q.post_end):  # 减税超5亿元惠及企业…: an amount, then a verb
        it.threshold = True  # 亿元以上项目: a size class, not an amount of the noun
    elif q.kind == "money" and c != "的" and len(clean(text[max(it.cs, q.start - _WINDOW):q.qual_start])) > 2:
        return ""  # 收入突破1亿元大关: money named before it; after a bare verb (投入) the use names it
    m = _AFTER.match(text, q.post_end, it.ce)
    after = _AFTER_TRAIL.sub("", _CMP.sub("", m.group().removeprefix("的")))
    if after:
        it.after_end = max(it.after_end, m.end())
        it.number_first = True
        cut = _NOUN_CUT.search(after, 1)
        it.noun = after[:cut.start()] if cut else after  # 286件提案已全部办复: the noun is 提案
    return after


_CLASS_MEASURE = re.compile(r"年?(?:主营业务收入|营业收入|销售收入|总投资|计划投资|投资|产值|面积|规模|收入)"
                            r"$")
_ABOVE_WORDS = ("高于", "低于", "快于", "慢于", "高出", "领先")
_ABOVE = re.compile("|".join(_ABOVE_WORDS))
_AVERAGE_TAIL = re.compile(r"(?:[两二三四五六七八九十]年)?(?:年均|年平均|平均)$")
_AVERAGE = re.compile(r"(?:[两二三四五六七八九十]年)?(?:年均|年平均|平均)")
_BASE_YEAR = re.compile(r"(恢复到|恢复至|相当于|达到)((?:19|20)\d\d)年(?:同期)?的$")
def _parallel(name: str, subject: str) -> str:
    """A short subject parallel to the one before takes its rest: 城镇居民人均可支配收入增长6%，
    农村居民增长7% → 农村居民人均可支配收入; 第一产业增加值…，第二产业增长… → 第二产业增加值."""
    n = len(name)
    if not 2 <= n <= 4 or len(subject) <= n or subject.startswith(name):
        return name
    shared = 2 if n >= 3 else 1
    return name + subject[n:] if subject[n - shared:n] == name[-shared:] else name


_SPAN_HEAD = re.compile(r"[一二三四五六七八九十两]年来|“十[一二三四五]五”(?:时期|期间)|"
                        r"(?:19|20)\d\d[—\-－~至到](?:19|20)\d\d年")
_RANK_MOVE = re.compile(r"(?:前移|后移|前进|后退|上升|提升|跃升|下降|上移|下移)(?=[^，,；;]{0,2}$)")
_TASK_END = re.compile(r"(?:目标|任务|计划|预算)$")
_OWN_TASK = re.compile(r"(?:年度|全年|省|市|县|区|上级)?(?:下达的?)?(?:目标|任务|计划|预算)+")
_SPAN_TAIL = re.compile(r"(?<=[\u4e00-\u9fff])[两二三四五六七八九十]年(?:来|间)?$")
_NOUN_CUT = re.compile(r"已|全部|均|都|被|得到|顺利|正在|将|实现|参加|参与|获")


def _object_of(name: str) -> str:
    """The thing a count names after its verb: 收到报送备案的规范性文件 → 规范性文件."""
    if "的" in name:
        return name.rsplit("的", 1)[1]
    verb = _LEAD_VERB.match(name)
    return name[verb.end():] if verb else ""


_CONVERTED = re.compile(r"(?:按[^，,；;]{0,12}(?:汇率|价格)[^，,；;]{0,4})?(?:折算|折合|约合|合)(?:成)?")
_TOTAL = re.compile(r"总数|总量|总产量|总额|总计|总规模|总投资|投资|完成投资|总长|总长度|总里程|总面积"
                    r"|净增|净增加|净减少")
_CUMULATIVE = re.compile(r"累计|总计|合计|共计")
_OWNER_TRIM = re.compile(r"(?:播种面积|种植面积|面积|总产量|产量|总数|总量|数量|金额|人数|户数|新增|净增)$")
_RATIO_SAID = re.compile(r"比值?(?:(?:缩小|扩大|下降|降低|提高|上升|调整|降)?(?:为|到|至)|是|达到|达)?$")
_RATIO_VERB = re.compile(r"(?:进一步)?(?:调整|优化|变)$")
_RATIO_LABELS = {3: ("第一产业", "第二产业", "第三产业")}


def _ratio_name(text: str, it: Item, name: str, prev: Item | None) -> str:
    """收入比为2.49∶1 keeps its 比; the parts of 三次产业结构为a∶b∶c are named by their sector."""
    q = it.q
    if q.kind == "ratio":
        head = text[max(it.cs, q.start - 8):q.start]
        said = _RATIO_SAID.search(head)
        return name + "比" if said and not name.endswith("比") else name
    chain = ratio_chain(text, q.start)
    if chain is None:
        return name
    name = _RATIO_VERB.sub("", name)
    _, k, parts = chain
    if prev is not None and prev.q.kind == "ratio_part" and (k or len(_RATIO_VERB.sub("", name)) <= 1
                                                             or name.startswith(prev.stem)):
        name = prev.stem  # the next part, or the same structure again (由a∶b∶c调整为d∶e∶f)
    it.stem = name
    labels = _RATIO_LABELS.get(len(parts)) if "产业" in name else None
    return f"{name}（{labels[k] if labels else f'第{k + 1}项'}）"


def _with_stem(name: str, prev: Item, it: Item) -> str:
    """A short rate after a count borrows its subject: 受理诉求…，办结率 → 受理诉求办结率."""
    if not name.endswith("率") or len(name) > 5:
        return name
    stem = prev.stem or _STEM_TRIM.sub("", prev.name)
    stem = stem[-16:]
    if name[:-1] and name[:2] in stem:  # 出生人口…出生率: the rate names its subject already
        return name
    k = min(len(stem), len(name))
    while k and not name.startswith(stem[-k:]):
        k -= 1
    it.stem = stem
    return stem + name[k:]


def _shorten(name: str) -> str:
    """Long names keep their head noun: the part after the last 的, without book titles."""
    if len(name) <= 24:
        return name
    name = _TITLES.sub("", name) or name
    at = name.rfind("的")
    if 0 <= at < len(name) - 2:
        name = name[at + 1:]
    return clean(name)[-40:] or name[-40:]


def _before_name(raw: str, number_first: bool) -> str:
    """The name part before a figure; a note's ``term：definition`` keeps the term."""
    if "：" not in raw:
        return clean(raw)
    head, _, tail = raw.rpartition("：")
    head, tail = clean(head), clean(tail)
    if _FRAME_HEAD.search(head):  # 主要预期目标是：… introduces a list, it names nothing
        head = ""
    if number_first and len(tail) > 6:
        return head
    return head + tail


def _paired(pair: str, items: list[Item]) -> str:
    if pair.startswith("\x00"):
        _, idx, rest = pair.split("\x00")
        return items[int(idx)].name + rest
    return pair


def _previous_subject(text: str, it: Item, ctx: NameContext, bare: bool = False) -> str:
    """Subject of the clause before ``it`` in its sentence; with ``bare``, only of a clause
    without figures (``四大综合体均被列为集聚区，实现营业收入…`` → 四大综合体)."""
    lo = max(ctx.start, it.cs - 1 - _WINDOW)
    pieces = [p for p in _CLAUSE_SPLIT.split(text[lo:max(lo, it.cs - 1)]) if p.strip()]
    if not pieces:
        return ""
    piece = pieces[-1]
    digit = _DIGIT.search(piece)
    if digit:
        if bare:
            return ""
        piece = piece[:digit.start()]  # 新增上市企业8家，累计达到21家: the subject, not its figure
    return _subject(_FRAME.sub(r"\1", piece))


def _next_subject(text: str, it: Item, ctx: NameContext) -> str:
    lo = min(it.ce + 1, ctx.end)
    pieces = [p for p in _CLAUSE_SPLIT.split(text[lo:min(ctx.end, lo + _WINDOW)]) if p.strip()]
    return clean(pieces[0]) if pieces else ""
