"""Topic of a numeric fact: from the section it stands in and from what it measures.

The vocabulary is data (``pipelines/data/topic_words.csv``: word, topic, weight).  The
standing committee's and the CPPCC's reports are about their own work, so their facts take
``supervision`` and ``cppcc``; elsewhere the section heading (weighted high in the government
report, whose sections follow the subjects) and the words of the indicator vote.

>>> topic_for("government", "（三）民生事业稳步改善", "", "新增就业")
'livelihood'
>>> topic_for("party", "", "提升空间功能品质。", "整理可招商地块")
'economy'
>>> topic_for("npc", "", "", "组建市代表小组")
'supervision'
>>> topic_for("other", "", "", "立案", "共收到提案318件，经审查立案286件")
'cppcc'
>>> topic_for("court_report", "一、依法履行审判职能", "", "审结民商事案件")
'government'
>>> topic_for("budget_report", "", "", "调整预算完成率")
'economy'
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "topic_words.csv"
# A court's or procuratorate's figures (cases heard, persons charged) are the work of a state organ:
# ``government`` (the state's own work), as the labellers of the blind sets file them; ``other`` is for
# quantities the extractor could not name (CONTRACT), and ``supervision`` stays the People's
# Congress's own oversight (诉讼监督 of a procuratorate is not it).
FIXED = {"npc": "supervision", "cppcc": "cppcc", "court_report": "government",
         "procuratorate_report": "government"}
# Where no word of a figure votes: a budget's and a communiqué's figures are the economy's.
DEFAULT = {"party": "party", "government": "government", "budget_report": "economy",
           "statistical_communique": "economy"}
#: In a People's Congress report, the public finances it reviewed (the budget's totals, the debt):
#: the economy's figures, unless the name tells the committee's own oversight of money
#: (审计查出违规资金, 督促整改问题资金, 预算联网监督系统预警涉及资金).
_PUBLIC_FINANCE = re.compile(r"财政总?(?:收入|支出|周转金|专户|资金)|预算(?:收入|支出)"
                             r"|生产总值|固定资产投资|税收收入"
                             r"|(?:一般|公共|全口径)[^，,]{0,4}预算|债务|债券|核定的限额|国有资产|资产总额|预算外资金|民生支出|调[增减][^，,]{0,4}支出")
#: The year's livelihood projects (民生实事) of a People's Congress report: chosen by the deputies' vote,
#: they and their money are the people's livelihood, as the labellers of every blind set file them
#: (推动解决民生实事: the deputies' own work).
_PROJECTS_OF_LIFE = re.compile(r"^(?!推动|促成|帮助|协调).*民生实事")
_OVERSIGHT = re.compile(r"违规|违纪|审计|督促|督办|整改|追回|收回|涉及|监控|预警|冒领|截留|捐|查出|监督|压缩")
#: Kinds that say nothing of whose work it is, where counts of motions name the body themselves.
UNOWNED = ("other", "work_plan")
#: Counts of motions say whose motions they are, whatever report they stand in when its kind is
#: unknown (共收到提案X件, 立案X件, 办复率 → cppcc; 代表议案/建议 → supervision).
MOTIONS = ((re.compile(r"提案|社情民意|办复|立案(?!审查|查处|调查|侦查)"), "cppcc"),
           (re.compile(r"议案|代表建议|代表提出的建议"), "supervision"))
ORDER = ("economy", "city", "livelihood", "government", "party", "supervision", "cppcc", "other")
RANK = {t: i for i, t in enumerate(ORDER)} | {"": len(ORDER)}


@lru_cache(maxsize=1)
def _lexicon() -> tuple[re.Pattern[str], dict[str, tuple[str, int]]]:
    words: dict[str, tuple[str, int]] = {}
    with DATA.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            words[row["word"]] = (row["topic"], int(row["weight"]))
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    return pattern, words


@lru_cache(maxsize=8192)
def scores(text: str) -> dict[str, int]:
    """Topic votes of a text: the weights of the lexicon words in it (longest match wins).

    >>> scores("新增城镇就业")
    {'livelihood': 3}
    """
    pattern, words = _lexicon()
    out: dict[str, int] = defaultdict(int)
    for m in pattern.finditer(text):
        topic, weight = words[m.group()]
        out[topic] += weight
    return dict(out)


def _top(votes: dict[str, int]) -> str:
    """The topic with most votes ('' if none); ties go to the earlier topic of :data:`ORDER`."""
    best, best_votes = "", 0
    for t, v in votes.items():
        if v > best_votes or (v == best_votes and v and RANK[t] < RANK[best]):
            best, best_votes = t, v
    return best


def topic_for(report_kind: str, section: str, lead: str, indicator: str, context: str = "",
              note_term: str | None = None, inherited: str = "") -> str:
    """The topic of a fact.

    section: heading path (its last part counts); lead: the paragraph's short lead sentence
    (``加快产业转型升级。``), which acts as a heading in reports without numbered sections;
    indicator and context (the clause) say what is measured; note_term is the glossary term
    when the fact stands in a note (headings then do not apply).  A government report's
    sections follow the subjects, so its section decides; elsewhere the section or lead
    decides unless the indicator names a subject outright (a word of weight 3).  inherited: the
    topic of the figure before in the same sentence, taken when nothing else votes (a list goes on
    in one subject: ``主要工业产品产量增加：钢186万吨；原煤612万吨；机床2140台``).
    """
    if report_kind == "npc" and not _OVERSIGHT.search(indicator):
        if _PUBLIC_FINANCE.search(indicator):
            return "economy"  # 地方财政一般预算收入, 区本级政府性债务余额: the budget reviewed
        if _PROJECTS_OF_LIFE.search(indicator):
            return "livelihood"  # 民生实事项目完成投资: the projects themselves, whoever chose them
    if report_kind in FIXED:
        return FIXED[report_kind]
    if report_kind in UNOWNED:
        for pattern, topic in MOTIONS:
            if pattern.search(indicator) or pattern.search(context):
                return topic
    if note_term is None:
        by_heading = _by_heading(report_kind, section, lead, indicator)
        if by_heading:
            return by_heading
    meaning: dict[str, int] = defaultdict(int)
    for t, w in scores(indicator).items():
        meaning[t] += w
    for t, w in scores(context).items():
        meaning[t] += 1 if w else 0
    if note_term is not None:
        for t, w in scores(note_term).items():
            meaning[t] += 2 * w
        top = _top(meaning)
        return top if top and meaning[top] >= 3 else "other"  # a note by its meaning, or other
    return _top(meaning) or inherited or DEFAULT.get(report_kind, "other")


#: A lexicon weight that names the topic whatever the heading says.
_OWN_TOPIC = 4


@lru_cache(maxsize=8192)
def _by_heading(report_kind: str, section: str, lead: str, indicator: str) -> str:
    """The topic the section, lead or a strong indicator word decides ('' if none decides).

    Cached: many figures of a paragraph share its section and lead, and names repeat.
    """
    own = _own_topic(indicator)
    if own:
        return own  # 城镇居民人均可支配收入 is livelihood under any heading (weight 4)
    section_votes = scores(section.rsplit(" > ", 1)[-1])
    base = _top(section_votes)
    shared = [t for t, v in section_votes.items() if v >= 2]
    if len(shared) > 1:  # （二）招商引资和城乡建设: a heading of two subjects, the indicator says which
        mine = scores(indicator)
        pick = max(shared, key=lambda t: (mine.get(t, 0), section_votes[t], -RANK[t]))
        base = pick if mine.get(pick, 0) else base
    strong = _strong(indicator)
    # a word naming another subject outright overrides a government heading, except the motions the
    # government handles (办理政协提案: its own work under 政府自身建设)
    other = {t for t in strong if t not in ("cppcc", "supervision")}
    if base and report_kind == "government" and (
            (section_votes[base] >= 3 and (not other or base in strong)) or not strong):
        return base  # a heading that says little (项目建设, 特色产业: weight 2 or less) yields to
        # a word that names the subject outright (棚户区改造, PM2.5, 入学率)
    if not base:
        lead_votes = scores(lead)
        base = _top({t: v for t, v in lead_votes.items() if v >= 2})  # 建设 alone says little
    if base and (not strong or base in strong):
        return base
    if strong:
        return _top(strong)
    return ""


def _own_topic(indicator: str) -> str:
    """The topic of a word of weight 4 in the indicator ('' if none): it names its topic outright."""
    pattern, words = _lexicon()
    for m in pattern.finditer(indicator):
        topic, weight = words[m.group()]
        if weight >= _OWN_TOPIC:
            return topic
    return ""


@lru_cache(maxsize=8192)
def _strong(indicator: str) -> dict[str, int]:
    """The topics an indicator names outright (its weight-3 words) with their votes."""
    pattern, words = _lexicon()
    votes: dict[str, int] = defaultdict(int)
    for m in pattern.finditer(indicator):
        topic, weight = words[m.group()]
        if weight >= 3:
            votes[topic] += weight
    return dict(votes)
