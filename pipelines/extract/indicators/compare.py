"""Comparisons between the figures of one sentence: which change belongs to which figure.

A comparison right after a figure is its change (``收入8.2亿元，增长6%``), also across a clause
on method or scope (``按可比价格计算``, ``剔除不可比因素``, ``（不含…，下同）``); a ``分别`` list
pairs values with names (or figures) before it; ``增长6%—6.5%`` shares its comparison.  Every
function takes the sentence's figures and returns new ones (:class:`.stages.Figure` is frozen).

>>> from pipelines.extract.quantity import change_before, iter_quantities
>>> t = "营业收入8.2亿元，剔除不可比因素，增长6.5%。"
>>> figs = tuple(Figure(i, q, 0, len(t) - 1, change_before(t, 0, q))
...              for i, q in enumerate(iter_quantities(t)))
>>> [(f.q.value, f.base_change, f.consumed) for f in with_changes(t, figs)]
[(Decimal('8.2'), ('yoy_pct', Decimal('6.5'), 'up'), False), (Decimal('6.5'), None, True)]
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise

from pipelines.extract.indicators.stages import Figure, Pair, renew
from pipelines.extract.indicators.words import AVERAGE_TAIL, COMPLETED, WINDOW, clean, list_names
from pipelines.extract.quantity import Change

_RANGE_CHARS = frozenset("-－~～至到—")
_CHANGE_KINDS = ("yoy_pct", "yoy_pp", "share_pct")
_RATIO_GAP = re.compile(r"(?:[∶:：]1)?[，,、\s]*")
_ALL_GAP = re.compile(r"[，,\s]*(?:均|都)")
#: A clause on method or scope between a figure and its change (按可比价格计算, 剔除不可比因素),
#: or a bracket on what the figure holds (（不含电力企业，下同）).
_METHOD = (r"(?:按|以)(?:可比价格?|可比口径|同口径|现价|不变价格?)(?:计算)?|扣除价格因素"
           r"|剔除[^，,；;。]{1,10}因素(?:后)?|扣除[^，,；;。]{1,10}(?:因素|后)")
_GAP = re.compile(r"[，,、\s]*(?:（[^（）]{0,30}）|\([^()]{0,30}\))?[，,、\s]*"
                  r"(?:(?:其中|" + _METHOD + r")[，,、\s]*)?")


def with_ranges(text: str, figs: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """``增长6%—6.5%``: the upper bound shares the comparison of the lower; both keep their bound."""
    if len(figs) < 2:
        return figs  # a range needs two figures
    out = list(figs)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.q.post_end + 1 == b.q.qual_start and text[a.q.post_end] in _RANGE_CHARS \
                and a.q.qualifier == "at_least" and b.q.qualifier == "at_most":
            change = b.change
            if change is None and a.change is not None:
                change = Change(a.change.kind, a.change.direction, a.change.start, a.change.average)
            out[k] = renew(a, ranged=True)
            out[k + 1] = renew(b, ranged=True, change=change)
    return tuple(out)


def _gap_start(text: str, figs: list[Figure], base: Figure, it: Figure) -> int:
    """Where the text between a figure and its change starts: after any absolute change between."""
    end = base.after_end
    for x in figs:
        if base.q.start < x.q.start < it.q.start and (
                (x.change is not None and x.change.kind == "absolute")
                or (x.q.kind == "percent" and COMPLETED.search(text, x.cs, x.q.qual_start))):
            end = x.q.post_end  # …，完成调整预算的98.2%，增长6.1%: the completion stands between
    return end


#: A share stated as a from-level (占…的比重由31%提高到54.5%): a level of its own, not the change
#: of the count before it.
_FROM_SHARE = re.compile(r"[由从](?:[^，,；;。0-9]{0,10}的)?$")


def with_changes(text: str, figs: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """A comparison right after a figure (same clause, or a clause of its own) is its change."""
    if len(figs) < 2:
        return figs  # a change belongs to a figure before it, or to a list of two or more
    out = list(figs)
    base: int | None = None
    run: list[int] = []  # figures without a change since the last one with a change
    for k, it in enumerate(out):
        ch = it.change
        first = out[run[0]] if run else None
        if ch is not None and ch.kind in ("yoy_pct", "yoy_pp") and len(run) >= 2 and not ch.average \
                and not it.ranged and first is not None \
                and all(out[x].q.unit == first.q.unit and out[x].base_change is None for x in run) \
                and _ALL_GAP.fullmatch(text, out[run[-1]].after_end, ch.start):
            for x in run:  # 收入分别为a元、b元，均增长6%: the change of every figure of the list
                out[x] = renew(out[x], base_change=(ch.kind, it.q.value, ch.direction),
                                 quote_end=max(out[x].quote_end, it.ce))
            out[k] = renew(it, consumed=True)
            run = []
            continue
        if ch is None and not it.consumed:
            run.append(k)
        elif ch is not None and ch.kind != "absolute":
            run = []
        b = out[base] if base is not None else None
        if ch is not None and ch.kind == "absolute" and it.q.kind == "delta" and b is not None \
                and b.q.base_unit == "ratio" and b.q.unit == "" and b.base_change is None \
                and _RATIO_GAP.fullmatch(text, b.after_end, ch.start):
            out[base] = renew(b, base_change=("", it.q.value, ch.direction),  # type: ignore[index]
                                quote_end=max(b.quote_end, it.ce))  # 收入比2.49∶1，比上年缩小0.03
            out[k] = renew(it, consumed=True)
            continue
        if ch is not None and ch.kind in _CHANGE_KINDS and b is not None and b.base_change is None \
                and (b.change is None or (b.change.kind == "share_pct" and ch.kind == "yoy_pp")) \
                and not ch.average and not it.ranged \
                and _GAP.fullmatch(text, _gap_start(text, out, b, it), ch.start) \
                and "分别" not in text[b.q.post_end:it.q.start] \
                and not (ch.kind == "share_pct" and _FROM_SHARE.search(text, ch.start, it.q.start)):
            out[base] = renew(b, base_change=(ch.kind, it.q.value, ch.direction),  # type: ignore[index]
                                quote_end=max(b.quote_end, it.ce), after_end=it.q.post_end)
            out[k] = renew(it, consumed=True)
            continue
        if ch is not None and ch.kind == "multiple" and b is not None and b.base_change is None \
                and b.q.kind != "percent" and it.cs > b.q.post_end and _MULTIPLE_OF.match(text, it.cs) \
                and _GAP.fullmatch(text, b.after_end, it.cs - 1) is not None:
            # 财政总收入突破30亿元，是2011年的2.1倍: a multiple of a past value, the figure's change
            out[base] = renew(b, base_change=("multiple", it.q.value, ""),  # type: ignore[index]
                                quote_end=max(b.quote_end, it.ce))
            out[k] = renew(it, consumed=True)
            continue
        if ch is not None and ch.kind == "multiple" and ch.direction == "up" and b is not None \
                and b.base_change is None and b.change is None and b.q.kind not in ("percent", "ratio") \
                and not ch.average and not it.ranged and _GROWN_BY.match(text, ch.start) \
                and _GAP.fullmatch(text, _gap_start(text, out, b, it), ch.start) \
                and "分别" not in text[b.q.post_end:it.q.start]:
            # 自营出口8650万美元，增长1.4倍: grown by 140%, the level's change (a stated 倍 × 100)
            pct = it.q.value * 100
            pct = pct.to_integral_value() if pct == pct.to_integral_value() else pct.normalize()
            out[base] = renew(b, base_change=("yoy_pct", pct, "up"),  # type: ignore[index]
                                quote_end=max(b.quote_end, it.ce), after_end=it.q.post_end)
            out[k] = renew(it, consumed=True)
            continue
        if ch is None and b is not None and b.base_change is None and _share_of_base(text, b, it):
            out[base] = renew(b, base_change=("share_pct", it.q.value, ""),  # type: ignore[index]
                                quote_end=max(b.quote_end, it.ce))
            out[k] = renew(it, consumed=True)
            continue
        if (ch is None or ch.kind != "absolute") and not (
                it.q.kind == "percent" and COMPLETED.search(text, it.cs, it.q.qual_start)):
            base = k  # 比年初增加x亿元，增长y%: y is the figure's before; also after 完成预算的98%
    return tuple(out)


#: A clause that states a multiple of a past value (是2011年的2.1倍, 为“十二五”时期的1.6倍).
_MULTIPLE_OF = re.compile(r"\s*(?:是|为|相当于)[^，,；;。]{1,16}的\s*[0-9.]+\s*倍")
#: Growth told in times (增长1.4倍, 同比增长2.3倍, 增加了1倍): the new level is 1 + that many times the old.
_GROWN_BY = re.compile(r"(?:同比|比上年|较上年|(?:比|较)(?:19|20)\d\d年(?:末|底)?)?(?:增长|增加|提高)")

#: What a share after a figure is a share of: 拆迁1308户，完成…以来60%的拆迁总量.
_SHARE_OF = re.compile(r"的([\u4e00-\u9fff]{1,10}?)(?:总量|总数|总额|总和|总面积|总任务)")


def _share_of_base(text: str, b: Figure, it: Figure) -> bool:
    """A percent in the clause right after a figure, of the whole that figure's own words name
    (``拆迁1308户，完成旧城改造以来60%的拆迁总量``): the figure's share, not a row of its own
    (tests/test_indicator_parts.py shows it)."""
    if it.q.kind != "percent" or b.q.kind == "percent" or it.cs <= b.q.post_end \
            or text.find("，", b.q.post_end, it.cs - 1) >= 0 or text.find(",", b.q.post_end, it.cs - 1) >= 0:
        return False
    m = _SHARE_OF.match(text, it.q.post_end)
    if m is None:
        return False
    own = clean(text[b.cs:b.q.qual_start])
    return bool(own) and (m.group(1) in own or own in m.group(1))


#: Between the from-values and the to-values of a 分别由…提高到… list.
_FROM_TO = re.compile(r"\s*(?:提高|增加|增长|上升|提升|降低|下降|减少|调整)(?:到|至)"
                      r"(?:每[月年人天]|人均)*\s*")
#: What stands between 分别 and from-values that are per period: 由每月, 由人均每年.
_PER = re.compile(r"(?:由|从)?((?:每人)?每[月年天]|人均每[月年])")
#: The words between 分别 and a list of multiples of past values: 分别是2005年的, 分别为上年的.
_MULTIPLE_WORDS = re.compile(r"\s*(?:是|为|相当于)[^，,；;。0-9]{0,4}(?:(?:19|20)\d\d年(?:末|底)?)?"
                             r"[^，,；;。0-9]{0,8}的\s*")
#: The words between 分别 and a list of shares: 分别占, 分别占比为, 分别占全部提案的.
_SHARE_WORDS = re.compile(r"\s*(?:占|占比为?|占比达到?)(?:[^，,；;。0-9]{0,10}的)?\s*")


def with_pairs(text: str, figs: tuple[Figure, ...], sentence_start: int) -> tuple[Figure, ...]:
    """``分别`` lists: pair each value after 分别 with a name (or a figure) before it, in order.

    ``A和B分别完成3亿元和2亿元`` names the values A and B; ``…拆迁100户，安置80户，分别完成年度
    任务的1.1倍和1.2倍`` pairs them with the figures before; ``分别增长5%和6%`` gives the
    figures before their changes.
    """
    if not figs or text.find("分别", sentence_start, figs[-1].q.start) < 0:
        return figs  # most sentences: no 分别 before their last figure, nothing to pair
    out = list(figs)
    i = 0
    while i < len(out):
        it = out[i]
        pos = text.rfind("分别", max(it.cs, it.q.start - WINDOW), it.q.start)
        ch = it.change
        if pos < 0 and ch is not None and ch.kind in ("yoy_pct", "yoy_pp") \
                and not clean(text[it.cs:ch.start]) and text.find("分别", sentence_start, it.cs) >= 0:
            pos = it.cs  # 分别达到a元和b元，增长x%和y%: the changes pair with the values as 分别 paired them
        run = [k for k in range(i, len(out)) if out[k].cs == it.cs and out[k].q.start > pos] \
            if pos >= 0 else []
        if len(run) < 2:
            i += 1
            continue
        before = [k for k in range(i) if not out[k].consumed and out[k].change is None]
        first = out[run[0]].change
        if first is not None and first.kind in ("yoy_pct", "yoy_pp") and not first.average \
                and len(AVERAGE_TAIL.sub("", clean(text[it.cs:min(pos, first.start)]))) < 2:
            bases = [k for k in before if out[k].base_change is None]
            if len(bases) >= len(run):
                verb_down = first.direction == "down" and out[run[0]].q.value >= 0  # 下降, not a sign
                for b, c in zip(bases[-len(run):], run, strict=True):
                    value = out[c].q.value
                    out[b] = renew(out[b], base_change=(first.kind, value,
                                                          "down" if verb_down or value < 0 else "up"),
                                     quote_end=max(out[b].quote_end, out[c].ce))
                    out[c] = renew(out[c], consumed=True)
                i += len(run)
                continue
        shares = [k for k in before if out[k].base_change is None and out[k].q.kind != "percent"]
        # 经济类86件、社会类79件，分别占52.1%和47.9%: the share of each count before, no rows (其中妇女代表
        # 分别占: a group's share); …，分别是2005年的2.6倍和2.7倍: the multiple of a past value of each
        # figure before, no rows (as one 是2005年的2.6倍 is)
        kind = "share_pct" if all(out[c].q.kind == "percent" for c in run) and _SHARE_WORDS.fullmatch(
            text, pos + 2, out[run[0]].q.qual_start) else "multiple" if all(
            out[c].q.unit == "倍" for c in run) and _MULTIPLE_WORDS.fullmatch(
            text, pos + 2, out[run[0]].q.qual_start) else ""
        if kind and len(shares) >= len(run) and not clean(text[out[shares[-1]].after_end:pos]):
            for b, c in zip(shares[-len(run):], run, strict=True):
                out[b] = renew(out[b], base_change=(kind, out[c].q.value, ""),
                                 quote_end=max(out[b].quote_end, out[c].ce))
                out[c] = renew(out[c], consumed=True)
            i += len(run)
            continue
        start = out[i - 1].after_end if i else sentence_start
        region = text[max(start, pos - WINDOW):pos]
        names, in_clause = list_names(region, len(run))
        half = len(run) // 2
        if names is None and half >= 2 and len(run) == 2 * half \
                and _FROM_TO.match(text, out[run[half - 1]].q.post_end, out[run[half]].q.qual_start):
            # 城乡低保标准分别由每月230元、110元提高到每月460元、280元: the names twice, from and to
            names, in_clause = list_names(region, half)
            names = names + names if names is not None else None
        head = "" if in_clause else text[max(it.cs, start):pos]
        tail_end = first.start if first is not None and first.start > pos else out[run[0]].q.qual_start
        rest = clean(head + text[pos + 2:tail_end])
        per = _PER.fullmatch(rest)
        if per is not None:  # 分别由每月…: the period of the values, in brackets
            rest = f"（{per.group(1)}）"
        for n, k in enumerate(run):
            x = out[k]
            change = x.change
            if first is not None and change is None:
                change = Change(first.kind, first.direction, x.q.qual_start, first.average)
            pair = x.pair
            if names is not None:
                pair = Pair(name=names[n] + rest)
            elif len(before) >= len(run) and not clean(AVERAGE_TAIL.sub("", region)):
                # (…、农民人均纯收入超过1万元，年均分别增长13%、15%和12%: the average growth of each)
                pair = Pair(index=before[len(before) - len(run) + n], rest=rest)
            out[k] = renew(x, change=change, pair=pair)
        i += len(run)
    return tuple(out)


#: A milestone's verb right before its number (首次突破千亿元大关, 迈上500亿元台阶).
_MILESTONE = re.compile(r"(?:首次|历史性地?|一举)?(?:突破|跨越|迈上|跨上|站上|越过)\s*$")


def without_milestones(text: str, figs: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """A round milestone next to the exact value of the same measure is no row of its own:
    ``实现产值1036.8亿元，首次突破千亿元大关，增长13.7%`` and ``生产总值突破500亿元大关，达到512.6亿元``
    state one figure; the exact value keeps it, with any change the milestone took."""
    if len(figs) < 2 or _MILESTONE_FIRST.isdisjoint(text[figs[0].cs:figs[-1].q.start]):
        return figs  # most sentences: no verb of a milestone (突破, 迈上…) at all
    out = list(_without_steps(text, figs))
    live = [k for k, f in enumerate(out) if not f.consumed]
    for a, b in pairwise(live):
        x, y = out[a], out[b]
        if x.q.base_unit != y.q.base_unit or x.q.kind == "percent" or x.cs == y.cs \
                or x.q.value_base is None or y.q.value_base is None:
            continue
        for m, e in ((a, b), (b, a)):
            mile, exact = out[m], out[e]
            if exact.q.qualifier != "exact" or not _MILESTONE.search(text, mile.cs, mile.q.start) \
                    or not (mile.q.qualifier == "more_than" or _STEP.match(text, mile.q.post_end)) \
                    or not mile.q.value_base <= exact.q.value_base <= mile.q.value_base * Decimal("1.25") \
                    or clean(text[out[b].cs:out[b].q.qual_start]):  # the later clause names nothing
                continue
            change = exact.base_change or mile.base_change
            out[e] = renew(exact, base_change=change, quote_end=max(exact.quote_end, mile.quote_end))
            out[m] = renew(mile, consumed=True)
            after = [k for k in live if k > m and not out[k].consumed]
            rate = out[after[0]] if after else None
            ch = rate.change if rate is not None else None
            if change is None and ch is not None and ch.kind in ("yoy_pct", "yoy_pp") and not ch.average \
                    and _PAST_MILESTONE.fullmatch(text, mile.q.post_end, ch.start):
                # 1036.8亿元，首次突破千亿元大关，增长13.7%: the growth of the exact value
                out[e] = renew(out[e], base_change=(ch.kind, rate.q.value, ch.direction),  # type: ignore[union-attr]
                               quote_end=max(out[e].quote_end, rate.ce))  # type: ignore[union-attr]
                out[after[0]] = renew(rate, consumed=True)
            break
    return tuple(out)


#: The first characters of the milestone verbs (speed only: a sentence without any has none).
_MILESTONE_FIRST = frozenset("突跨迈站越")
#: Steps passed, listed and counted: 先后跨越2000亿元、3000亿元两个台阶 (the steps are no figures
#: of the year, and their count is none either; the level reached is told apart).
_STEPS_COUNTED = re.compile(r"[、和及]?\s*(?:[两二三四五六七八九十]|\d{1,2})个(?:新)?(?:台阶|大关|关口)")


def _without_steps(text: str, figs: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """``先后跨越2000亿元、3000亿元两个台阶``: the steps listed after a milestone verb and the count
    of steps after them are consumed (no rows)."""
    out = list(figs)
    for k, f in enumerate(out):
        if f.consumed or not _MILESTONE.search(text, f.cs, f.q.start):
            continue
        run = [k]
        while run[-1] + 1 < len(out) and out[run[-1] + 1].cs == f.cs \
                and text[out[run[-1]].q.post_end:out[run[-1] + 1].q.qual_start] in ("、", "和", "及", "，"):
            run.append(run[-1] + 1)
        last = out[run[-1]]
        if len(run) < 2 and not _STEPS_COUNTED.match(text, last.q.post_end):
            continue
        counted = run[-1] + 1 < len(out) and out[run[-1] + 1].q.start - last.q.post_end <= 2 \
            and _STEPS_COUNTED.match(text, last.q.post_end)
        if not counted:
            continue
        for j in [*run, run[-1] + 1]:
            out[j] = renew(out[j], consumed=True)
    return tuple(out)
#: What a milestone passed is called right after its number (迈上500亿元台阶).
_STEP = re.compile(r"(?:新)?(?:台阶|大关|关口)")
#: Between a milestone and a change that follows it: 大关，, 台阶，.
_PAST_MILESTONE = re.compile(r"(?:大关|台阶|关口)?[，,、\s]*(?:比上年|同比|较上年)?")
