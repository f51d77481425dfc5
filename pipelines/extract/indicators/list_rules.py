"""Rules over a sentence's named rows together: what a list of number-first figures shares, the
name both bounds of a range share, and the noun households and persons side by side share.

``全县127个党委（党组）、3860个基层党组织、5.2万名党员参加第二批教育实践活动``: every member of
the list takes part, but only the last one is followed by the predicate. Once every row of a
sentence is named (:func:`~pipelines.extract.indicators.naming.name_figures`), the earlier members
of such a list take the predicate of the last.

>>> from pipelines.extract.indicators import extract_indicators
>>> from pipelines.model import DocumentText, Paragraph
>>> t = "全县86个村、12个社区完成党组织换届选举。"
>>> d = DocumentText("d", "party", 2021, t, (Paragraph(0, 0, len(t), "body", ""),))
>>> [f.indicator for f in extract_indicators(d)]
['村完成党组织换届选举', '社区完成党组织换届选举']
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipelines.extract.indicators.stages import Named
from pipelines.extract.indicators.words import SUFFIX, clean

#: What may stand between two members of a number-first list: a bracket note, then 、 or 和.
_JOIN = re.compile(r"(?:（[^（）]{1,8}）)?(?:、|和|及|以及)")


def share_predicate(text: str, named: tuple[Named, ...]) -> tuple[Named, ...]:
    """The rows of a sentence, the earlier members of a number-first list with the predicate of
    its last member (the words after that member's noun: 参加…, 完成…, 纳入…)."""
    out = list(named)
    k = len(out) - 1
    while k > 0:
        last = out[k]
        run = [k]
        j = k - 1
        while j >= 0 and _listed(text, out[j], out[run[0]]):
            run.insert(0, j)
            j -= 1
        predicate = _predicate(last)
        if len(run) > 1 and predicate:
            for i in run[:-1]:
                n = out[i]
                if predicate not in n.name:
                    out[i] = replace(n, name=n.name + predicate, rule=n.rule + "+shared_predicate")
        elif len(run) > 1 and "took_part" in last.rule and last.noun and last.name.endswith("的" + last.noun):
            lead = last.name[:-len(last.noun)]  # 全县412个党组织、1.46万名党员参加: 参加…的 leads both
            for i in run[:-1]:
                n = out[i]
                if lead not in n.name and n.noun and n.name.endswith(n.noun):
                    out[i] = replace(n, name=lead + n.noun, rule=n.rule + "+shared_predicate")
        k = j
    return tuple(out)


def _listed(text: str, a: Named, b: Named) -> bool:
    """``a`` and ``b`` are members of one number-first list of a clause."""
    return a.number_first and b.number_first and a.fig.cs == b.fig.cs and bool(a.noun) \
        and a.name.endswith(a.noun) and _JOIN.fullmatch(text, a.after_end, b.fig.q.qual_start) is not None


def _predicate(n: Named) -> str:
    """The words after the counted noun of a number-first row (its own predicate), if any."""
    if not n.number_first or not n.noun:
        return ""
    at = n.name.rfind(n.noun)  # (an activity before it may hold the same characters: 农村…走访村)
    rest = n.name[at + len(n.noun):] if at >= 0 else ""
    return rest if len(rest) >= 2 else ""


def counts_of_one_group(text: str, out: tuple[Named, ...]) -> tuple[Named, ...]:
    """Households and persons of one group, side by side before its noun, share it:
    ``2146户8635名贫困人口脱贫`` → 贫困人口脱贫户数, 贫困人口脱贫; ``帮助312户1046名群众解决住房问题``
    → 帮助群众解决住房问题户数, 帮助群众解决住房问题."""
    rows = list(out)
    for k in range(len(rows) - 1):
        low, high = rows[k], rows[k + 1]
        if low.fig.q.post_end != high.fig.q.qual_start:
            continue  # most pairs: not side by side
        unit = SUFFIX.get(low.fig.q.base_unit, "")
        if not (high.number_first and not low.number_first and unit and high.rule.startswith("noun_after")
                and low.fig.q.unit != high.fig.q.unit):
            continue
        seg = text[low.fig.cs:low.fig.q.qual_start]
        lead = clean(seg[max(seg.rfind("、"), seg.rfind("，")) + 1:])
        name = high.name if not lead or high.name.startswith(lead) else lead + high.name
        rows[k], rows[k + 1] = replace(low, name=name + unit), replace(high, name=name)
    return tuple(rows)


def ranges_named(out: list[Named]) -> tuple[Named, ...]:
    """The two bounds of a range share one name: ``新建3至5个文化广场`` names the lower bound by the
    words before (新建) and the upper by the noun after (至文化广场); both are 新建文化广场."""
    for k in range(len(out) - 1):
        low, high = out[k], out[k + 1]
        if low.fig.ranged and high.fig.ranged and high.rule.startswith("noun_after") \
                and high.name.startswith(("至", "到")) \
                and high.fig.q.qual_start - low.fig.q.post_end <= 1:
            rest = high.name.lstrip("至到")
            head = low.name[:-2] if low.name[-2:] == rest[-2:] and len(low.name) > 2 else low.name
            name = head + rest  # 检查组人数 + 至组成人数 → 检查组组成人数: one suffix
            out[k], out[k + 1] = replace(low, name=name), replace(high, name=name)
    return tuple(out)
