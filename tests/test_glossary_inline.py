"""Notes in brackets after a term (form ``inline``): quoted and unquoted terms, （） and 【】.

Sentences composed in the genre's style for other places and years (none from the seed).
"""

from __future__ import annotations

import pytest

from pipelines.text.glossary import inline_notes
from pipelines.text.structure import parse_body

# (sentence, [(term, definition starts with)])
CASES = [
    ("2017年，全县全面推行河长制（指由各级党政负责人担任河长，负责河湖管护的制度），河道水质明显改善。",
     [("河长制", "指由各级党政负责人")]),
    ("深入实施农村康庄工程（指全省通乡村公路建设工程），新改建公路410公里。",
     [("农村康庄工程", "指全省通乡村")]),
    ("常委会推行湾长制（指由沿海乡镇负责人担任湾长的制度）。", [("湾长制", "指由沿海")]),
    ("落实党政领导干部生态环境损害责任终身追究制（指对造成生态环境损害的领导干部终身追责的制度）。",
     [("党政领导干部生态环境损害责任终身追究制", "指对造成")]),
    ("深入实施“千万工程”【指千村示范、万村整治工程】，建成精品村12个。", [("“千万工程”", "指千村示范")]),
    ("全面推行“四单”管理法（指任务清单、责任清单、问题清单、考核清单），基层党建全面进步。",
     [("“四单”管理法", "指任务清单")]),
    ("推进“两山”转化（指绿水青山就是金山银山理念的实践转化），试点有序开展。",
     [("“两山”转化", "指绿水青山")]),
    ("大力推进“美丽乡村”（指生态良好、村容整洁的新农村）建设。", [("“美丽乡村”", "指生态良好")]),
    ("全面实施“一村一策”（注：指每个村制定一份发展规划的做法），成效明显。", [("“一村一策”", "指每个村")]),
    # not notes: a date in the bracket, a restatement with 即, words that merely begin with 指
    ("全县生产总值比上年（指2014年，下同）增长8.1%。", []),
    ("实施城乡居民养老保险制度（即新农保和城居保合并后的制度），参保18万人。", []),
    ("下达年度计划（指导性计划共36项），全部完成。", []),
    ("实现一般公共预算收入（指按新口径统计的全口径收入）52亿元。", []),
    ("完成考核（指标体系由省里统一确定），排名第三。", []),
]


@pytest.mark.parametrize("sentence,want", CASES, ids=[c[0][:12] for c in CASES])
def test_inline_notes_after_quoted_and_unquoted_terms(sentence, want):
    got = inline_notes(sentence, 0, len(sentence))
    assert [(n.term, n.form) for n in got] == [(t, "inline") for t, _ in want]
    for note, (term, head) in zip(got, want, strict=True):
        assert note.definition.startswith(head)
        assert sentence[note.first_use:note.first_use_end] == term


def test_an_unquoted_note_is_found_in_a_report_body_and_linked_to_its_first_use():
    text = ("一、工作回顾\n去年全市试行林长制，今年全面推行林长制（指由各级党政负责人担任林长的制度）。\n"
            "名词解释\n“一网通办”：指政务服务事项网上一次办理。\n")
    _, _, notes = parse_body(text, 0, [])
    by_term = {n.term: n for n in notes}
    assert set(by_term) == {"林长制", "“一网通办”"}
    assert by_term["林长制"].form == "inline"
    # the body names the term before the bracket that explains it: that earlier use counts
    assert by_term["林长制"].first_use == text.index("林长制")


# Notes listed after a report in layouts of other places: (notes block, expected terms in order)
NOTE_BLOCKS = [
    ("注：①“亩均论英雄”：指以单位面积产出评价企业的改革。②“标准地”：指带着标准出让的工业用地。",
     ["“亩均论英雄”", "“标准地”"]),
    ("名词解释：1.“最多跑一次”，指群众办事一次办成。2.“四张清单一张网”，指权力清单等四张清单和政务服务网。",
     ["“最多跑一次”", "“四张清单一张网”"]),
    ("注释\n一、“五气共治”：指治理燃煤烟气、工业废气、汽车尾气、扬尘灰气和餐饮排气。\n二、“三改一拆”：指三类改造和拆除违法建筑。",
     ["“五气共治”", "“三改一拆”"]),
    ("注：\n“千企千亿”——指千家企业千亿投资的技术改造工程。\n“双千”助企——指千名干部联系千家企业。",
     ["“千企千亿”", "“双千”助企"]),
    ("注：1、四边三化，是指在公路边、铁路边、河边、山边开展洁化绿化美化；2、一村一品，是指每个村发展一种主导产品。",
     ["四边三化", "一村一品"]),
    ("注：\n“腾笼换鸟”指淘汰落后产能、引进先进产业的转型做法。\n“机器换人”指以自动化设备替代人工的技术改造。",
     ["“腾笼换鸟”", "“机器换人”"]),
    ("①低丘缓坡开发是指利用坡度较缓的低丘陵地建设的开发模式。\n②飞地经济是指两地打破行政区划的合作开发模式。",
     ["低丘缓坡开发", "飞地经济"]),
]


@pytest.mark.parametrize("block,terms", NOTE_BLOCKS, ids=[b[:8] for b, _ in NOTE_BLOCKS])
def test_notes_listed_after_a_report(block, terms):
    text = "一、工作回顾\n2012年全县实现生产总值216亿元。\n" + block + "\n"
    _, _, notes = parse_body(text, 0, [])
    assert [n.term for n in notes] == terms
    for n in notes:
        assert n.definition.startswith(("指", "是指")) and n.term in text[n.start:n.end]
