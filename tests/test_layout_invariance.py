"""The same report in another layout gives the same rows.

Real copies of a report differ in layout, not in words: a PDF's text is hard-wrapped at the page
width (list items and clauses ending in ``；`` cut at the margin), a copy may use ASCII
punctuation (``.`` as the full stop, even before a figure or a bold mark), and page numbers fall
between lines. Each test here damages a composed report of ``tests/corpus`` in one such way and
checks that facts, supervision actions, motions and glossary terms stay exactly as they are for
the clean copy. (``benchmarks/layout_invariance.py`` runs every transform over the whole corpus.)
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from benchmarks.layout_invariance import TRANSFORMS, pages, rows_key
from pipelines.steps import process_file
from pipelines.text.rules.page_breaks import display_width, should_join, wrap_width

CORPUS = Path(__file__).parent / "corpus"
#: Reports whose numbered items and ；-clauses a hard wrap cuts (NPC items, CPPCC lists, OCR copies).
FILES = (
    "sup_heldout5/s1_county_npc_2015_numbered.txt",
    "sup_heldout6/u2_county_npc_2019_ocr.txt",
    "sup_heldout8/w2_county_npc_2011_numbered.txt",
    "qgen_tuning/t5_district_npc_2010_items.txt",
    "qgen_blind/b7_district_cppcc_2021_num.txt",
    "qgen_blind2/k4_city_cppcc_2019_md.txt",
)


def _rows(path: Path) -> dict[str, Counter]:
    return rows_key(process_file(path).tables)


@pytest.mark.parametrize("transform", ["wrap", "wrap_digits_cut", "ascii_punct", "pages"])
@pytest.mark.parametrize("name", FILES)
def test_rows_survive_the_layout(name: str, transform: str, tmp_path: Path) -> None:
    src = CORPUS / name
    damaged = tmp_path / src.name
    text = src.read_text(encoding="utf-8")
    other = pages(text, every=len(text) // 3) if transform == "pages" else TRANSFORMS[transform](text)
    damaged.write_text(other, encoding="utf-8")
    assert damaged.read_text(encoding="utf-8") != src.read_text(encoding="utf-8")  # the layout changed
    clean, other = _rows(src), _rows(damaged)
    assert sum(clean["facts"].values()) + sum(clean["supervision"].values()) > 5
    for part in clean:
        assert other[part] == clean[part], (part, clean[part] - other[part], other[part] - clean[part])


def test_wrap_width_found_only_in_wrapped_text() -> None:
    para = ("2019年，全县上下坚持稳中求进工作总基调，经济社会保持平稳健康发展，地区生产总值"
            "增长6.5%，一般公共预算收入12.3亿元，城乡居民收入稳步增长。")
    prose = "\n\n".join(para[: 20 + 7 * k] + "。" for k in range(12))  # paragraphs of many lengths
    assert wrap_width(prose) == 0
    wrapped = TRANSFORMS["wrap"](prose + "\n\n" + "\n\n".join([para * 3] * 4))
    assert 68 <= wrap_width(wrapped) <= 72
    assert display_width("增长6.5%") == 4 + 4


def test_full_line_that_looks_like_a_heading_is_joined() -> None:
    item = "1．听取和审议县人民政府关于2014年上半年经济运行情况的报告，提出了稳"
    assert not should_join(item[:20], "增长、调结构的审议意见。")  # a short numbered line: a heading
    assert should_join(item, "增长、调结构的审议意见。", full=True)
    # a full line ending a clause with ；goes on; a short one is an item of its own
    cut = "工业销售产值630亿元，比上年增长6.5%，总量和增速均位于前列；"
    assert should_join(cut, "在项目支撑不足的情况下，", full=True)
    assert not should_join("一是加强预算审查监督；", "二是加强国有资产管理监督；")


def test_long_numbered_item_cut_once_is_joined() -> None:
    assert should_join("1.听取和审议区政府关于灾后重建工作情况的报告、区人民法院关于民事审判工作",
                       "情况的报告。")
    # a heading over a longer paragraph is not joined
    assert not should_join("（二）坚持以人民为中心，着力保障和改善民生，不断增进人民福祉",
                           "全年民生支出占一般公共预算支出的78.5%，比上年提高2.1个百分点，"
                           "十项民生实事全面完成。")


def _clean(text: str) -> str:
    from pipelines.text.clean import clean_text

    return clean_text(text, "layout.txt").text


def test_page_number_inside_a_sentence_is_joined() -> None:
    # a short line without clause punctuation before a page number is a cut sentence
    assert "听取和审议县人民法院关于行政审判工作情况的报告。" in _clean(
        "（三）加强司法监督\n\n听取和审议县人民法院关于行政审判工\n\n— 5 —\n\n作情况的报告。\n")
    assert "3．对县人民政府实施农村危房改造工程情况进行了视察。" in _clean(
        "2．听取了报告。\n\n3．对县人民政\n\n- 2 -\n\n府实施农村危房改造工程情况进行了视察。\n")
    # a chapter heading may end a page
    assert "三、依法做好人事任免工作\n\n全年" in _clean(
        "二、决定重大事项\n\n作出决议2项。\n\n三、依法做好人事任免工作\n\n— 2 —\n\n"
        "全年共任免国家机关工作人员33人次。\n")


def test_marks_that_never_span_paragraphs_join_lines() -> None:
    assert "（四）开展《中华人民共和国农产品质量安全法》执法检查。" in _clean(
        "（四）开展《中华人\n\n民共和国农产品质量安全法》执法检查。\n")
    assert "**“三江两岸”工程**：指沿江" in _clean("**“三江两岸”工程**\n\n：指沿江十个乡镇的整治工程。\n")
    assert "**“联村结社”活动：**指" in _clean("**“联村结社”活动：\n\n**指街道和社区结对共建。\n")


def test_ascii_full_stops_before_figures_and_marks() -> None:
    text = _clean("批准了2006年县级财政决算.10月,听取了报告.\n\n**教育均衡.** 围绕均衡发展.\n\n"
                  "增长10.6%.《关于甲的提案》等9件.\n")
    assert "财政决算。10月，听取了报告。" in text
    assert "**教育均衡。**" in text
    assert "增长10.6%。《关于甲的提案》" in text
    assert "Inc. Ltd" in _clean("华为 Inc. Ltd 在全区设立研发中心。\n")


def test_short_fragments_of_a_rewrapped_copy_are_no_running_headers() -> None:
    # a copy wrapped twice leaves two-character lines; printed three times, they are still text
    line = "常委会认真履行备案审查职责，全年接收县人民\n政府\n报送备案的规范性文件8件。\n"
    text = _clean("某县人大常委会工作报告\n\n" + line * 3)
    assert text.count("县人民政府报送备案") == 3


def _wrapped_page(paragraphs: list[str], width: int = 30, indent: str = "　　") -> str:
    """Paragraphs set on a page ``width`` Chinese characters wide, each first line indented."""
    lines = []
    for para in paragraphs:
        text = indent + para
        lines += [text[i:i + width] for i in range(0, len(text), width)]
    return "\n".join(lines) + "\n"


def _paragraphs(text: str) -> list[str]:
    from pipelines.text.clean import clean_text

    return [p.strip() for p in clean_text(text, "page.txt").text.split("\n\n") if p.strip()]


def test_full_line_ending_a_sentence_goes_on_when_paragraphs_are_indented() -> None:
    # the first paragraph's second line ends exactly at the margin with 。; the page indents every
    # paragraph, so the unindented line after it is the same paragraph going on
    first = ("常委会组织对《中华人民共和国防洪法》的实施情况开展执法检查，重点检查了堤防建设和河道管"
             "理情况，检查组还深入四个乡镇。察看水利工程项目二十一个，提出整改意见十三条。")
    assert first.index("。") == 2 * 30 - 2 - 1  # the 。 ends the second line (after the indent)
    others = ["主任会议听取了县人民政府关于防汛抗旱工作的汇报，要求完善应急预案，加强山洪灾害预警体系"
              "建设，切实保障人民群众生命财产安全。" * 2] * 4
    paras = _paragraphs(_wrapped_page([first, *others]))
    assert paras[0] == first
    assert len(paras) == 5
    # a page without indents gives no such sign: the line ending in 。 ends its paragraph there
    flat = _paragraphs(_wrapped_page([first, *others], indent="会上"))
    assert flat[0] == "会上" + first[:first.index("。") + 1]


def test_dash_led_paragraph_cut_by_the_margin_is_joined() -> None:
    # '——坚持…。' opens a paragraph in a Party report; a subtitle never ends a sentence inside
    para = ("——坚持共同富裕，民生保障更加有力。城乡居民人均可支配收入分别增长百分之六点八和八点二，"
            "新增城镇就业四千二百人。")
    paras = _paragraphs(_wrapped_page([para] * 6, indent=""))
    assert paras == [para] * 6
    # a cut subtitle still joins
    assert should_join("——2021年1月6日在某县第十七届人民代表大会", "第五次会议上")
    assert not should_join("——在县委十四届十次全体会议上的报告", "同志们：")


def test_full_width_digits_of_an_ocr_copy_do_not_widen_the_page() -> None:
    from pipelines.text.rules.page_breaks import display_width as width

    assert width("增长６．５％") == width("增长6.5%") + 2  # the digits narrow, the marks stay wide
    para = ("２０２２年全县实现地区生产总值３８６．４亿元，同比增长６．８％；一般公共预算收入２１．７亿元，"
            "增长９．３％；城乡居民人均可支配收入分别达到４３６１２元和２１９８０元。")
    narrow = para.translate({c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)})
    page = TRANSFORMS["wrap"]("\n\n".join([narrow] * 8))
    full = page.translate({c: c + 0xFEE0 for c in range(0x30, 0x3A)})
    assert wrap_width(full) == wrap_width(page) > 0
