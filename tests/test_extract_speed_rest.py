"""The speed-ups of the supervision, motion and row building give exactly what the plain code gives.

Each shortcut is checked against the straightforward computation on composed inputs: the trigger
prefilter and the end-anchored search (``supervision.prefilter``), the enumeration split and the
span trim (``supervision.clauses``), reading only the clauses up to a sentence's last trigger, the
titled finder's sentences of other reports, and the rows' ids and section labels.
"""

from __future__ import annotations

import random
import re
from decimal import Decimal

import pytest

from pipelines.extract.motions import titled
from pipelines.extract.motions.text import sentences
from pipelines.extract.supervision import extract as sup
from pipelines.extract.supervision.clauses import list_items, trim
from pipelines.extract.supervision.prefilter import EndSearch, Prefilter, final_chars, requirements
from pipelines.extract.supervision.subjects import _FRAME, _OPINIONS, _TAILS
from pipelines.extract.supervision.vocab import supervision_triggers
from pipelines.model import DocumentText, Fact, Motion, Paragraph, SupervisionAction
from pipelines.publish import rows as R
from pipelines.publish.doc_rows import doc_rows
from pipelines.text.documents import FoundDocument
from pipelines.text.offsets import TrackedText
from pipelines.text.structure import section_label

# Composed in the genre (other places and years); the characters the vocabularies read are here.
_NPC = (
    "2016年，县人大常委会听取和审议县政府关于城乡供水一体化工作情况的报告，开展专题询问。",
    "主任会议专题听取县法院执行工作情况汇报，提出改进意见。",
    "关注农村饮水安全，常委会组成人员前往青石镇视察。",
    "对《某省河道管理条例》《某省水资源条例》贯彻实施情况开展执法检查。",
    "围绕优化营商环境，组织代表深入乡镇、园区开展专题调研，形成调研报告。",
    "召开政情通报会，通报上半年全县经济运行情况。",
    "常委会将继续听取审议专项工作报告。",
    "依法任命县政府组成人员12名，作出决议决定6项。",
    "选择县住建局、县交通局为工作评议对象，对2家部门开展满意度测评。",
    "审查《某县国有资产管理办法》等规范性文件17件，批准2018年县级财政决算。",
)
_CPPCC = (
    "2019年，市政协委员提交的《关于加快老旧小区加装电梯的建议》等提案得到较好解决。",
    "委员视察市养老服务中心，就护理人员培训提出建议。",
    "就城乡公交一体化、农村垃圾分类等议题作大会发言。",
    "其中关于发展特色农业、推进乡村旅游等提案得到有效落实。",
    "完成协作课题——“古村落保护口述史”的采写，形成调研报告供决策参考。",
)
_GOV = (
    "2021年，全县实现地区生产总值235.6亿元，增长7.2%。",
    "认真贯彻《中华人民共和国预算法》，编制《某县“十四五”规划纲要》。",
    "加快产业转型升级。新增规模以上企业18家，“个转企”32家。",
)


def _doc(kind: str, sentences_: tuple[str, ...], seed: int, n: int = 40) -> DocumentText:
    rng = random.Random(seed)
    lines = ["一、过去一年的工作回顾", *(rng.choice(sentences_) * rng.randint(1, 2) for _ in range(n))]
    text = "\n".join(lines)
    paras, pos = [], 0
    for k, line in enumerate(lines):
        paras.append(Paragraph(k, pos, pos + len(line), "heading" if k == 0 else "body",
                               "" if k == 0 else lines[0]))
        pos += len(line) + 1
    return DocumentText(f"{kind}-{seed}", kind, 2020, text, tuple(paras))


def _spans(rng: random.Random, text: str, n: int) -> list[tuple[int, int]]:
    out = []
    for _ in range(n):
        s = rng.randint(0, len(text))
        out.append((s, rng.randint(s, min(len(text), s + 40))))
    return out


def test_prefilter_never_leaves_out_a_trigger_that_matches() -> None:
    patterns = [t.pattern for t in supervision_triggers()]
    pf = Prefilter(patterns)
    rng = random.Random(5)
    text = "".join(_NPC + _CPPCC + _GOV)
    tried = 0
    for s, e in _spans(rng, text, 4000):
        kept = set(pf.candidates(text, s, e))
        for k, p in enumerate(patterns):
            if p.search(text, s, e):
                assert k in kept, (p.pattern, text[s:e])
                tried += 1
    assert tried > 200  # the spans did hold triggers


@pytest.mark.parametrize("pattern", [t.pattern for t in supervision_triggers()]
                         + [re.compile(r"(?:政情|情况)?通报会|通报(?!会)"), re.compile("[甲乙]{2}|丙+丁")])
def test_every_match_holds_a_character_of_each_requirement(pattern: re.Pattern[str]) -> None:
    rng = random.Random(7)
    text = "".join(_NPC + _CPPCC) + "甲乙丙丁通报会情况"
    family = requirements(pattern)
    for _ in range(300):
        s = rng.randint(0, len(text) - 1)
        piece = text[s:] + text[:s]  # every rotation of the text: matches in new places
        for m in pattern.finditer(piece):
            if m.end() > m.start():
                assert all(set(m.group()) & chars for chars in family), (pattern.pattern, m.group())


def test_a_class_of_all_characters_requires_nothing() -> None:
    assert requirements(re.compile(r"[\u4e00-\u9fff]{2}")) == []
    assert requirements(re.compile("(?i:ab)")) == []
    assert Prefilter([re.compile(".+")]).candidates("任何文字", 0, 4) == (0,)


@pytest.mark.parametrize("pattern", [_TAILS, _FRAME, _OPINIONS])
def test_end_search_finds_what_the_pattern_finds(pattern: EndSearch) -> None:
    assert pattern.ends is not None  # these patterns end in $: the shortcut applies
    rng = random.Random(11)
    text = "\n".join(_NPC + _CPPCC) + "\n"
    for s, e in _spans(rng, text, 5000):
        got, want = pattern.search(text, s, e), pattern.pattern.search(text, s, e)
        assert (got and got.span()) == (want and want.span())


def test_final_chars_of_patterns_not_anchored_at_the_end_are_unknown() -> None:
    assert final_chars(re.compile("汇报")) is None
    assert final_chars(re.compile("(?:汇报)?$")) is None  # an empty match ends anywhere
    assert final_chars(re.compile("(?m)汇报$")) is None


def _list_items_walk(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """list_items by walking every character for the bracket depth (the plain version)."""
    def depths(a: int, b: int) -> dict[int, int]:
        out, depth = {}, 0
        for i in range(a, b):
            out[i] = depth
            if text[i] in "“《（(〈「‘":
                depth += 1
            elif text[i] in "”》）)〉」’" and depth:
                depth -= 1
        return out

    at = depths(start, end)
    cuts = [i for i in range(start, end) if text[i] == "、" and at[i] == 0]
    if not cuts:
        return [(start, end)]
    tail = re.compile(r"等(?:[\u4e00-\u9fff]{0,6})$").search(text, cuts[-1], end)
    if tail and tail.start() > cuts[-1] + 1:
        end = tail.start()
    bounds = [start, *cuts, end]
    items = [(bounds[k] + (1 if k else 0), bounds[k + 1]) for k in range(len(bounds) - 1)]
    last_s, last_e = items[-1]
    last_at = depths(last_s, last_e)
    joint = [m for m in re.finditer(r"(?:以及|和|及|与)", text[:last_e]) if m.start() >= last_s
             and last_at.get(m.start()) == 0]
    if joint:
        m = joint[0]
        organ = re.compile(r"(?:局|委员会|委|办公室|办|院|厅|署|中心|政府|公司|集团|站|所)$")
        is_organ = organ.search(text, last_s, last_e) and not organ.search(text, last_s, m.start())
        if m.start() > last_s and m.end() < last_e and not is_organ:
            items[-1:] = [(last_s, m.start()), (m.end(), last_e)]
    return [trim(text, s, e) for s, e in items if e > s]


def test_list_items_agrees_with_the_character_walk() -> None:
    rng = random.Random(13)
    alphabet = "、和及与以“”《》（）县局甲乙等中 "
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        s = rng.randint(0, len(text))
        e = rng.randint(s, len(text))
        assert list_items(text, s, e) == _list_items_walk(text, s, e), (text, s, e)


def _trim_plain(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    piece = text[start:end]
    if piece.startswith("“") and "”" not in piece[1:]:
        start += 1
    if piece.endswith("”") and "“" not in piece[:-1]:
        end -= 1
    return start, end


def test_trim_agrees_with_the_copying_version() -> None:
    rng = random.Random(17)
    for _ in range(20000):
        text = "".join(rng.choice("“”甲 \u3000\n") for _ in range(rng.randint(0, 8)))
        s = rng.randint(0, len(text))
        e = rng.randint(s, len(text))
        assert trim(text, s, e) == _trim_plain(text, s, e)


@pytest.mark.parametrize("seed", range(6))
def test_supervision_reads_the_same_actions_when_every_clause_is_read(
        seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _doc("npc", _NPC, seed)
    fast = sup.extract_supervision(doc)
    assert fast  # the composed report holds actions
    monkeypatch.setattr(sup, "_clauses_to_read", lambda cls, hits: [True] * len(cls))
    assert sup.extract_supervision(_doc("npc", _NPC, seed)) == fast


@pytest.mark.parametrize("seed", range(4))
def test_titled_motions_of_other_reports_from_their_title_paragraphs_only(
        seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _GOV + tuple(s.replace("市政协委员提交的", "") for s in _CPPCC[:1])
    doc = _doc("government", lines, seed)
    fast = titled.extract_motions(doc)
    assert fast  # the composed report names a proposal
    monkeypatch.setattr(titled, "_titled_sentences", sentences)
    assert titled.extract_motions(_doc("government", lines, seed)) == fast


def test_row_ids_and_sections_are_what_the_generic_helpers_give() -> None:
    doc = _doc("npc", _NPC + _GOV, 3)
    raw = "　" + doc.text  # the document stands one character into its file
    tracked = TrackedText.from_raw(raw)
    found = FoundDocument(1, 1 + len(doc.text), None, doc)
    rng = random.Random(19)
    for s, e in _spans(rng, doc.text, 300):
        rs, re_ = tracked.raw_span(1 + s, 1 + e)
        fact = Fact(s, e, "地区生产总值", Decimal("235.60"), "亿元", None, "", quote=doc.text[s:e])
        row = R.fact_row(doc.doc_id, tracked, found, fact)
        assert row["fact_id"] == R.stable_id("f", doc.doc_id, rs, re_, fact.value, fact.unit)
        assert row["section"] == section_label(doc.text, doc.paragraphs, s)
        assert (row["raw_start"], row["raw_end"], row["clean_start"], row["clean_end"]) == (rs, re_, s, e)
        action = SupervisionAction(s, e, "视察", "城东综合体")
        assert R.supervision_row(doc.doc_id, tracked, found, action)["action_id"] == R.stable_id(
            "a", doc.doc_id, rs, re_, "视察", "城东综合体")
        motion = Motion(s, e, "cppcc", "关于加装电梯的建议", "提案")
        assert R.motion_row(doc.doc_id, tracked, found, motion)["motion_id"] == R.stable_id(
            "m", doc.doc_id, rs, re_, "关于加装电梯的建议")
        assert doc_rows(tracked, found).section(e) == section_label(doc.text, doc.paragraphs, e)
