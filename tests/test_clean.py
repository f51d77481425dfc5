"""clean_text on the seed and on synthetic noise: rules, correction log, offsets, idempotence."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.text.clean import CleanOutcome, clean_text
from pipelines.text.offsets import Edit, TrackedText, replay
from pipelines.text.rules import characters, numbers, page_breaks, punctuation, web_noise
from pipelines.text.rules.errata import Erratum, load_errata

SEED = Path(__file__).resolve().parents[1] / "raw" / "shangcheng-2013-reports.txt"
HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: The only rules allowed to change, add or remove a Chinese character.
HAN_RULES = {"errata", "traditional_char", "traditional_file", "stray_english", "tripled_char",
             "repeated_clause", "nav_line", "page_number", "running_header", "footnote_marker"}
#: The only rules allowed to remove a digit (page furniture, footnote references, repeats).
DIGIT_RULES = {"page_number", "footnote_marker", "running_header", "nav_line", "repeated_clause"}


@lru_cache(maxsize=1)
def seed() -> tuple[str, CleanOutcome]:
    raw = SEED.read_text(encoding="utf-8")
    return raw, clean_text(raw, SEED.name)


def _rules(rule: str) -> set[str]:
    """The rules behind a logged name; an erratum counts as the ``errata`` rule."""
    return {"errata" if r.startswith("errata:") else r for r in rule.split("+")}


def _digits(s: str) -> list[int]:
    return [unicodedata.digit(ch) for ch in s if ch.isdigit()]


# -- the seed ---------------------------------------------------------------------------------

def test_seed_cleans_without_problems() -> None:  # speed: benchmarks/bench_clean.py
    raw = SEED.read_text(encoding="utf-8")
    out = clean_text(raw, SEED.name)
    assert out.problems == ()


def test_seed_page_breaks_joined() -> None:
    _, out = seed()
    text = out.text
    assert "\n\n\n" not in text and not text.startswith("\n")
    for phrase in ("全年分别完成85.87亿元", "提出推进经济、文化", "1.10倍、1.16倍和1.48倍。",
                   "《关于检察机关加强法律监督的决定》", "物联网、生物医药", "其中“5”指5条主要道路",
                   "充分发挥代表在依法参与管理地方国家和社会事务"):
        assert phrase in text, phrase
    for para in text.split("\n\n"):
        if not page_breaks.ends_paragraph(para):
            # Only headings, subtitles, dates and speaker lines stand without closing punctuation.
            assert page_breaks.is_heading_line(para) or len(para) <= 30, para


def test_seed_paragraphs_and_markdown_kept() -> None:
    raw, out = seed()
    assert [ln for ln in out.text.split("\n") if ln.startswith("#")] == \
        [re.sub(r"\(([^)]*)\)", r"（\1）", ln).replace(",", "，").replace(") ", "）").replace("） ", "）")
         for ln in raw.split("\n") if ln.startswith("#")]
    assert out.text.count("**") == raw.count("**")
    lines = [ln for ln in raw.split("\n") if ln.strip()]
    paragraphs = out.text.split("\n\n")
    assert len(paragraphs) == len(lines) - out.counts()["page_break_join"]
    assert all(p and "\n" not in p and p == p.strip() for p in paragraphs)
    assert "中共上城区委书记 陈红英\n\n2012年是宏观经济形势" in out.text
    assert "上城区人民政府区长 缪承潮" in out.text  # role and name stay apart


def test_seed_numbers_whole() -> None:
    _, out = seed()
    text = out.text
    for n in ("27321个", "14589人", "667.87亿元", "实现增加值218亿元", "（2013年1月21日）", "2012年是本届",
              "达到10%以上", "GDP增幅3个百分点"):
        assert n in text, n  # each figure whole: no space or page break left inside it
    assert not re.search(r"\d \d", text)
    assert not re.search(f"\\d +[%{HAN.pattern[1:-1]}]|{HAN.pattern} +\\d", text)


def test_seed_punctuation_consistent() -> None:
    _, out = seed()
    text = out.text
    assert not re.search(f"{HAN.pattern}[,;:?!()]|[,;:?!()]{HAN.pattern}", text)
    assert not re.search(r"[,;:?!()]", text.replace("lifestyles of health and sustainability", ""))
    assert "乐活（LOHAS），是由 lifestyles of health and sustainability 句中" in text
    assert "（R&D）" in text and "（2011~2015年）" in text


def test_seed_character_faults_fixed_and_logged() -> None:
    raw, out = seed()
    text = out.text
    by_rule = {c.rule: c for c in out.corrections}
    assert "及时启动本届单月" in text and "屆" not in text
    c = by_rule["traditional_char"]
    assert (raw[c.raw_start:c.raw_end], c.after) == ("屆", "届")
    assert "开展执法检查和专题视察22次" in text
    c = by_rule["stray_english"]
    assert raw[c.raw_start:c.raw_end] == " and " and c.after == "和"
    assert "企业员工健康生活着，快快乐乐过日子" in text
    assert raw[by_rule["tripled_char"].raw_start:by_rule["tripled_char"].raw_end] == "康康"
    clause = "对一些企业反映的重点、难点问题进行专项督查，"
    assert text.count(clause) == 1 and raw.count(clause.replace("，", "，")) == 2
    assert "科学安排来年实事项目。" in text and "培育经济新增长点" in text and "经国务院批准正式更名" in text
    c = by_rule["errata:E001"]
    assert (c.raw_start, c.raw_end, c.before, c.after) == (raw.index("实项目") + 1,) * 2 + ("", "事")
    for legit in ("常委会会议", "中国国际", "管理理念", "2011年年初", "紧紧围绕", "政协协同"):
        assert legit in text, legit


def test_seed_every_difference_is_a_correction() -> None:
    raw, out = seed()
    _check_outcome(raw, out)
    again = replay(raw, out.corrections)
    assert again.text == out.text
    assert list(again.starts) == list(out.tracked.starts)


def test_seed_offsets_of_numbers_cover_the_printed_number() -> None:
    raw, out = seed()
    i = out.text.index("27321个")
    rs, re_ = out.tracked.raw_span(i, i + len("27321个"))
    assert raw[rs:re_] == "27 321 个"


def test_seed_rule_counts() -> None:
    _, out = seed()
    counts = out.counts()
    assert counts["page_break_join"] == 32
    assert counts["number_space"] == 4
    for rule in ("traditional_char", "stray_english", "tripled_char", "repeated_clause", "errata:E001",
                 "errata:E002", "errata:E003"):
        assert counts[rule] == 1, rule


# -- errata -----------------------------------------------------------------------------------

def test_errata_file_rows_are_complete_and_match_once() -> None:
    raw = SEED.read_text(encoding="utf-8")
    rows = load_errata()
    assert rows and len({e.id for e in rows}) == len(rows)
    for e in rows:
        assert e.reason and e.checked_by and e.wrong != e.fix
        if e.source_file == SEED.name:
            assert raw.count(e.wrong) == 1, e.id


def test_errata_not_unique_or_missing_are_reported_not_guessed() -> None:
    raw = "甲乙。甲乙。丙丁。"
    errata = [Erratum("T1", "t.txt", "甲乙", "甲丙", "ambiguous", "test"),
              Erratum("T2", "t.txt", "戊", "己", "absent", "test"),
              Erratum("T3", "t.txt", "丙丁", "丙丙", "unique", "test"),
              Erratum("T4", "other.txt", "丙丁", "X", "other file", "test")]
    out = clean_text(raw, "t.txt", errata)
    assert out.text == "甲乙。甲乙。丙丙。"
    assert [c.rule for c in out.corrections] == ["errata:T3"]
    messages = " ".join(p.message for p in out.problems)
    assert "T1 matched 2 times" in messages and "T2 matched 0 times" in messages
    assert "T4" not in messages


# -- single rules -----------------------------------------------------------------------------

def _apply(rule: Callable[[str], list[Edit]], text: str) -> str:
    return TrackedText.from_raw(text).apply(rule(text)).text


def test_number_rules() -> None:
    assert _apply(numbers.digit_groups, "就业 36 418 人，3 5 户，2012 2013") == \
        "就业 36418 人，3 5 户，2012 2013"
    assert _apply(numbers.digit_groups, "1 234 567元") == "1234567元"
    assert _apply(numbers.unit_spaces, "实现增加值 218 亿元") == "实现增加值218亿元"
    assert _apply(numbers.unit_spaces, "1 月 21 日，12.5 %，2、3 户，5 km") == "1月21日，12.5%，2、3户，5 km"
    assert _apply(numbers.unit_spaces, "### 1 总体要求\n2012 年") == "### 1 总体要求\n2012年"


def test_punctuation_rules() -> None:
    assert _apply(punctuation.halfwidth_punct, "2012年,是(摘要);好?对!") == "2012年，是（摘要）；好？对！"
    assert _apply(punctuation.halfwidth_punct, "1,234 10:30 f(x) http://a") == "1,234 10:30 f(x) http://a"
    assert _apply(punctuation.halfwidth_punct, "**“三申”**:西湖") == "**“三申”**：西湖"
    assert _apply(punctuation.fullwidth_alnum, "２０１２年增长１２．５％ＧＤＰ") == "2012年增长12.5%GDP"
    assert _apply(punctuation.punct_spaces, "## （二） 环境， 品质") == "## （二）环境，品质"
    assert _apply(punctuation.latin_spaces, "勾山里 B 地块 lifestyles of health") == \
        "勾山里B地块 lifestyles of health"


def test_scraped_text_rules() -> None:
    assert _apply(punctuation.halfwidth_period, "稳步发展.全年增长1.5%.") == "稳步发展。全年增长1.5%。"
    assert _apply(punctuation.halfwidth_period, "版本1.5. See p.3") == "版本1.5. See p.3"
    assert _apply(web_noise.footnote_markers, "增长8.2%[1]；\n注：[1] 按可比价格计算。") == \
        "增长8.2%；\n注：[1] 按可比价格计算。"
    assert _apply(punctuation.halfwidth_quotes, '落实"两区"建设，"a" "b" x') == '落实“两区”建设，“a” "b" x'
    assert _apply(punctuation.halfwidth_quotes, '落实"两区建设') == '落实"两区建设'
    assert _apply(punctuation.spaced_han, "政 府 工 作 报 告\n主席 余 勇") == "政府工作报告\n主席 余 勇"
    assert _apply(web_noise.html_markup, "增长&nbsp;12%<br/>全年<span>完成</span>。R&D") == \
        "增长\u00a012%\n全年完成。R&D"
    out = clean_text("<p>全年增长&nbsp;12%,</p>\n<p>完成\"两区\"建设.</p>", "web.txt", errata=[])
    assert out.text == "全年增长12%，完成“两区”建设。\n"


def test_page_break_rules() -> None:
    assert _apply(page_breaks.page_breaks, "\n\n推进,全年\n\n\n分别完成。\n\n\n## 二\n正文。\n") == \
        "推进，全年分别完成。\n\n## 二\n\n正文。\n".replace("，", ",")
    assert _apply(page_breaks.page_breaks, "(2013年1月5日)\n\n中共上城区委书记 陈红英\n\n2012年是。") == \
        "(2013年1月5日)\n\n中共上城区委书记 陈红英\n\n2012年是。"
    assert _apply(page_breaks.page_breaks, "of health\n\nand more") == "of health and more"
    assert _apply(page_breaks.page_breaks, "目标任务，连续7年被评为“平安浙江”\n\n先进区。") == \
        "目标任务，连续7年被评为“平安浙江”先进区。"


def test_web_noise_rules() -> None:
    raw = ("当前位置：首页 > 政务公开\r\n　　2012??年,全区生产总值增长12%[1],全年\\r\\n\n- 12 -\n\n"
           "分别完成85亿元。\n【打印本页】【关闭窗口】\n")
    out = clean_text(raw, "web.txt", errata=[])
    assert out.text == "2012年，全区生产总值增长12%，全年分别完成85亿元。\n"
    rules = {r for c in out.corrections for r in _rules(c.rule)}
    assert {"nav_line", "line_ending", "odd_space", "nbsp_marks", "footnote_marker", "literal_newline",
            "page_number"} <= rules
    assert _apply(web_noise.nbsp_marks, "是吗??") == "是吗??"
    # below the prose a page's date and source line is debris; in the title block it stays (next test)
    page = "全年完成。\n发布时间：2013-01-25 来源：区政府办\n（三）强化技术支持"
    assert _apply(web_noise.nav_lines, page) == "全年完成。\n\n（三）强化技术支持"


def test_web_head_lines_stay_apart_from_the_title_and_the_first_paragraph():
    raw = ("首页 > 政务公开 > 规划计划\n长兴县2016年政府工作报告 2016-02-03 来源：县政府办 【打印】\n"
           "作者：县府办  编辑：李伟\n字号：大 中 小\n2016\n各位代表：\n"
           "现在，我代表县人民政府向大会报告工作。\n")
    out = clean_text(raw, "web.txt", errata=[])
    assert out.text == ("长兴县2016年政府工作报告\n\n2016-02-03来源：县政府办\n\n作者：县府办  编辑：李伟\n\n"
                        "2016\n\n各位代表：\n\n现在，我代表县人民政府向大会报告工作。\n")
    assert "web_head_split" in {c.rule for c in out.corrections}


OTHER_DISTRICT_OCR = """\u3000\u3000某某区人民政府工作报告

——2020年1月8日在某某区第五届人民代表大会

第三次会议上

区长\u3000王\u3000明

各位代表：

\u3000\u3000现在，我代表区人民政府向大会报告工作，请予审议。

一、2019年工作回顾

\u3000\u3000全年实现地区生产总值 １２８.５ 亿元，同比增长 6.8 %；一般公共预算收入
9.26 亿元。新增城镇就业 3 200 人，完成年度任务的 1.2

某某区年鉴（2020）
·256·

倍。积极推进“臺灣青年創業園”建設 and 项目签约，引进项目 12 个。

某某区年鉴（2020）
·257·

\u3000\u3000（一）深化改革。推进“放管服”改革，办理事项 1 234 件[1]。

某某区年鉴（2020）
·258·
"""


def test_another_districts_ocr_is_cleaned_without_code_changes() -> None:
    out = clean_text(OTHER_DISTRICT_OCR, "other.txt", errata=[])
    assert out.text == (
        "某某区人民政府工作报告\n\n——2020年1月8日在某某区第五届人民代表大会第三次会议上\n\n区长 王 明\n\n"
        "各位代表：\n\n现在，我代表区人民政府向大会报告工作，请予审议。\n\n一、2019年工作回顾\n\n"
        "全年实现地区生产总值128.5亿元，同比增长6.8%；一般公共预算收入9.26亿元。新增城镇就业3200人，"
        "完成年度任务的1.2倍。积极推进“臺灣青年創業園”建设和项目签约，引进项目12个。\n\n"
        "（一）深化改革。推进“放管服”改革，办理事项1234件。\n")
    assert out.problems == ()
    _check_outcome(OTHER_DISTRICT_OCR, out)
    assert clean_text(out.text, "other.txt", errata=[]).text == out.text


WEB_PAGE = (
    "首页 > 政务公开 > 规划计划 > 工作报告\r\n发布时间：2014-01-20 来源：区政府办公室 浏览次数：1234\r\n"
    "【字体：大 中 小】 【打印本页】 【关闭窗口】\r\n\r\n2014年某某区政府工作报告\r\n\r\n"
    "??????各位代表:\\r\\n??????现在,我代表区人民政府,向大会报告工作,请予审议.\\r\\n\\r\\n"
    "??????一、2013年工作回顾\\r\\n??????过去的一年,全区实现地区生产总值 ７２３.６ 亿元,增长 8.2%[1];"
    "城镇居民人均可支配收入达到 41 852 元,分别增长 9.8% 和 10.6%.&nbsp;\\r\\n"
    "<p>注：[1] 按可比价格计算。</p>\r\n上一篇：关于2013年预算执行情况的报告\r\n下一篇：无\r\n"
    "版权所有：某某区人民政府 浙ICP备12345678号\r\n")


def test_a_scraped_web_page_is_cleaned_without_code_changes() -> None:
    out = clean_text(WEB_PAGE, "web.txt", errata=[])
    assert out.text == (  # the page's date and source line stays in the title block, less its counter
        "发布时间：2014-01-20来源：区政府办公室\n\n2014年某某区政府工作报告\n\n各位代表：\n\n现在，我代表区人民政府，向大会报告工作，请予审议。\n\n"
        "一、2013年工作回顾\n\n过去的一年，全区实现地区生产总值723.6亿元，增长8.2%；"
        "城镇居民人均可支配收入达到41852元，分别增长9.8%和10.6%。\n\n注：[1] 按可比价格计算。\n")
    assert out.problems == ()
    _check_outcome(WEB_PAGE, out)


def test_join_decisions_see_the_line_as_joined() -> None:
    # Found by fuzzing: deciding on the unjoined line made each round join one more line.
    raw = "?的\n的\n是的\n是\n是"
    out = clean_text(raw, "f.txt", errata=[])
    assert "not_converged" not in {p.kind for p in out.problems}
    assert clean_text(out.text, "f.txt", errata=[]).corrections == ()


def test_seed_is_idempotent() -> None:
    _, out = seed()
    assert clean_text(out.text, SEED.name, errata=[]).corrections == ()


def test_running_headers_removed() -> None:
    page = "上城年鉴2013\n\n第一段落的文字，继续\n\n"
    raw = page * 3 + "完。"
    out = clean_text(raw, "h.txt", errata=[])
    assert "上城年鉴" not in out.text
    assert out.text.startswith("第一段落的文字，继续第一段落")


def test_running_headers_at_page_breaks_are_removed_before_the_join() -> None:
    raw = ("东坡区人大常委会工作报告\n——2021年1月6日在东坡区第三届人民代表大会第二次会议上\n"
           "各位代表：\n全区代表建议办理满意率为97.1%，比上\n东坡区人大常委会工作报告\n- 7 -\n"
           "年提高1.5个百分点。今年计划开展视察4次，其中\n- 8 -\n东坡区人大常委会工作报告\n"
           "重点视察2次。\n东坡区人大常委会工作报告 第 9 页\n")
    out = clean_text(raw, "h.txt", errata=[])
    assert out.text == ("东坡区人大常委会工作报告\n\n——2021年1月6日在东坡区第三届人民代表大会第二次会议上\n\n"
                        "各位代表：\n\n全区代表建议办理满意率为97.1%，比上年提高1.5个百分点。"
                        "今年计划开展视察4次，其中重点视察2次。\n")
    assert out.counts()["running_header"] == 3
    _check_outcome(raw, out)
    # A title next to a page number, once: still a header when it names a report and cuts a sentence.
    raw = "财政收入稳步回升，比上年增长\n   - 3 -\n西岭县人民政府工作报告\n6.2%。\n- 4 -\n二、今年的任务\n"
    assert clean_text(raw, "h.txt", errata=[]).text == \
        "财政收入稳步回升，比上年增长6.2%。\n\n二、今年的任务\n"
    # A title repeated as the title of a second report in the same file stays.
    two = "政府工作报告\n——在第一次会议上\n正文。\n政府工作报告\n——在第二次会议上\n正文。\n"
    assert clean_text(two, "h.txt", errata=[]).text.count("政府工作报告") == 2


def test_web_debris_and_breadcrumbs() -> None:
    raw = ("当前位置：首页>>政务公开>>规划计划  西岭县政府工作报告\r\n——在西岭县人民代表大会上\r\n"
           "全年新增就业1200人。 【字体：大 中 小】\r\n分享到：\r\n来源：西岭县人民政府办公室\r\n"
           "上一篇：西岭县统计公报。\r\n下一篇：西岭县预算报告\r\n【打印本页】【关闭窗口】\r\n扫一扫在手机打开当前页\r\n")
    out = clean_text(raw, "web.txt", errata=[])
    assert out.text == "西岭县政府工作报告\n\n——在西岭县人民代表大会上\n\n全年新增就业1200人。\n"
    _check_outcome(raw, out)
    assert _apply(web_noise.nav_lines, "首页 > 政务公开 > 政府工作报告") == ""
    assert _apply(web_noise.nav_lines, "资料来源：县统计局。") == "资料来源：县统计局。"


def test_titles_printed_with_their_page_number() -> None:
    for footer in ("东坡区人大常委会工作报告 第 9 页", "- 12 - 西岭县政府工作报告", "某区年鉴（2020） ·256·"):
        assert _apply(web_noise.running_headers, f"正文。\n{footer}\n") == "正文。\n\n"
    assert _apply(web_noise.running_headers, "正文。\n详见第 3 页\n") == "正文。\n详见第 3 页\n"


def test_circled_markers() -> None:
    raw = "全年增长4.2%①。③实现收入12亿元；④新增企业5家。\n注：①按可比价格计算。"
    assert clean_text(raw, "c.txt", errata=[]).text == \
        "全年增长4.2%。③实现收入12亿元；④新增企业5家。\n\n注：①按可比价格计算。"
    assert _apply(web_noise.footnote_markers, "疫情②，全市；共3①2020年") == "疫情，全市；共3①2020年"


def test_table_rows_keep_their_cells() -> None:
    raw = ("表2 主要指标\n指标\t单位\t数值\t增长(%)\n财政总收入\t亿元\t26.41\t-1.8\n"
           "工业增加值  亿元  88.1  4.0\n区长  王明\n")
    out = clean_text(raw, "t.txt", errata=[])
    assert out.text == ("表2主要指标\n\n指标\t单位\t数值\t增长（%）\n\n财政总收入\t亿元\t26.41\t-1.8\n\n"
                        "工业增加值\t亿元\t88.1\t4.0\n\n区长  王明\n")
    _check_outcome(raw, out)


def test_spaced_out_digits() -> None:
    assert _apply(numbers.spaced_digits, "达到 3 0 7 . 4 亿元，收入 5 6 1 2 8 元，共 3 1 4 家") == \
        "达到 307.4 亿元，收入 56128 元，共 314 家"
    assert _apply(numbers.spaced_digits, "产值 6 3 4 .2 亿，产量 4 .7 万吨，增长 1 2 .5 %") == \
        "产值 634.2 亿，产量 4.7 万吨，增长 12.5 %"
    kept = "第2、3 户，3 5 户，7.0 2 1 2 家，1 2 3，增长3. 5月，156. 2020年"
    assert _apply(numbers.spaced_digits, kept) == kept
    out = clean_text("全县企业达到 2 4 1 家，产值 4 0 6 .8 亿元。", "d.txt", errata=[])
    assert out.text == "全县企业达到241家，产值406.8亿元。"
    assert set(out.counts()) == {"number_space", "unit_space"}


@settings(max_examples=200, deadline=None)
@given(st.integers(100, 99_999_999), st.one_of(st.none(), st.integers(0, 99)),
       st.sampled_from(["亿元", "元", "家", "万吨", "%"]), st.sampled_from([" . ", " .", ". ", "."]))
def test_spaced_out_digits_make_one_number(n: int, frac: int | None, unit: str, dot: str) -> None:
    spaced = " ".join(str(n)) + (f"{dot}{' '.join(str(frac))}" if frac is not None else "")
    number = str(n) + (f".{frac}" if frac is not None else "")
    assert clean_text(f"全年达到 {spaced} {unit}。", "d.txt", errata=[]).text == f"全年达到{number}{unit}。"


def test_character_rules() -> None:
    assert _apply(characters.traditional_chars, "及时启动本屆单月“臺灣”") == "及时启动本届单月“臺灣”"
    trad = "這是一個完全繁體的句子。"
    assert _apply(characters.traditional_chars, trad) == trad
    assert _apply(characters.stray_english, "执法检查 and 专题视察") == "执法检查和专题视察"
    assert characters.stray_english_warnings("检查 with 视察") == [(3, "with")]
    assert _apply(characters.tripled_chars, "健康康康生活，紧紧紧围绕") == "健康生活，紧紧围绕"
    repeated = "综合督查对企业问题进行专项督查，对企业问题进行专项督查，采用"
    assert _apply(characters.repeated_clauses, repeated) == "综合督查对企业问题进行专项督查，采用"
    assert _apply(characters.repeated_clauses, "好的，好的，") == "好的，好的，"
    assert _apply(characters.repeated_clauses, "完成年度目标任务，" * 9) == "完成年度目标任务，"  # one pass
    assert characters.doubled_char_warnings("发展的的基础，达到目的的手段，参与与否") == [(2, "的的")]
    out = clean_text("加快发展的的基础。", "d.txt", errata=[])
    assert out.text == "加快发展的的基础。" and [p.kind for p in out.problems] == ["doubled_char"]
    assert (out.problems[0].raw_start, out.problems[0].raw_end) == (4, 6)


# -- synthetic noise (hypothesis) -------------------------------------------------------------

_CLAUSES = ["全年实现地区生产总值", "比上年增长", "常委会会议听取审议报告", "积极推进城市综合体建设",
            "完成年度目标任务", "新增就业岗位", "紧紧围绕中心工作", "居民群众满意", "开展执法检查",
            "财政总收入", "引进内资", "中国国际微电影节", "《关于推进依法治区的决议》", "“两区”建设",
            "乐活LOHAS", "GDP", "本屆", "健康康康"]
_UNITS = ["亿元", "万元", "%", "个", "户", "人", "年", "万平方米", "倍", ""]
_PUNCT = ["，", "。", "、", "；", ",", ".", ";", ":", "(", ")", "？", "!", "“", "”"]
_NOISE = ["\n\n", "\n\n\n\n", " ", "\u00a0", "??", "\r\n", "\\r\\n", "\u3000", "\n", "**", "## ", " and ",
          "[1]", "\n\n- 12 -\n\n", "\n第3页\n", "2、3 户", "3 5", "吗??", "lifestyles of health", " or ",
          "区长 缪承潮", "\n\n### （一）区域经济\n\n", "**术语**:", "（2013 年 1 月 21 日）", "\u200b",
          "当前位置：首页 > 新闻\n", "PM2.5 监测", "勾山里 B 地块", "1,234", "10:30", "f(x)",
          "——在会议上的报告\n", "\n一、工作回顾\n", "会议上\n\n的报告", '"', "&nbsp;", "<br>", "</p>",
          "政 府 工 作", ".", "&amp;", "<span>", "\t", "①", "2 5 6 . 3 亿元", "3 .5 万吨", "4 2 3 6 5 元",
          "\n某区工作报告\n- 5 -\n", "\n某区工作报告 第 6 页\n", "上一篇：", "【字体：大 中 小】",
          "\n地区生产总值\t亿元\t236.8\t3.5\n", "当前位置：首页>>工作报告  政府工作报告\n"]


@st.composite
def number(draw: st.DrawFn) -> str:
    n = draw(st.integers(0, 99_999_999))
    s = f"{n:,}".replace(",", draw(st.sampled_from([" ", "", "\u00a0"])))
    if draw(st.booleans()):
        s += "." + str(draw(st.integers(0, 99)))
    if draw(st.integers(0, 5)) == 0:
        s = s.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    return s + draw(st.sampled_from(["", " "])) + draw(st.sampled_from(_UNITS))


@st.composite
def noisy_report(draw: st.DrawFn) -> str:
    repeated = st.sampled_from(_CLAUSES).map(lambda c: f"{c}，{c}，")
    parts = draw(st.lists(st.one_of(st.sampled_from(_CLAUSES), number(), st.sampled_from(_PUNCT),
                                    st.sampled_from(_NOISE), st.text("的是在区街社一二", max_size=3),
                                    repeated), max_size=40))
    return "".join(parts)


def _check_outcome(raw: str, out: CleanOutcome) -> None:
    assert "not_converged" not in {p.kind for p in out.problems}
    again = replay(raw, out.corrections)
    assert again.text == out.text
    for k, c in enumerate(out.corrections):
        earlier = out.corrections[:k]
        if not any(e.raw_start < c.raw_end and c.raw_start < e.raw_end
                   or e.raw_start == e.raw_end and c.raw_start <= e.raw_start <= c.raw_end for e in earlier):
            assert raw[c.raw_start:c.raw_end] == c.before, c  # the first change of a span quotes the raw
        rules = _rules(c.rule)
        if HAN.findall(c.before) != HAN.findall(c.after):
            assert rules & HAN_RULES, c
        if _digits(c.before) != _digits(c.after):
            assert rules & DIGIT_RULES, c
    if not any(_rules(c.rule) & DIGIT_RULES for c in out.corrections):
        assert _digits(out.text) == _digits(raw)
    if not any(_rules(c.rule) & HAN_RULES for c in out.corrections):
        assert HAN.findall(out.text) == HAN.findall(raw)


#: CLEAN_EXAMPLES=5000 for a deeper search than the default run.
_SETTINGS = settings(max_examples=int(os.environ.get("CLEAN_EXAMPLES", "400")), deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(noisy_report())
def test_clean_is_idempotent(raw: str) -> None:
    once = clean_text(raw, "synthetic.txt", errata=[])
    twice = clean_text(once.text, "synthetic.txt", errata=[])
    assert twice.text == once.text
    assert twice.corrections == ()


@_SETTINGS
@given(noisy_report())
def test_clean_keeps_digits_and_chinese_except_by_logged_rules(raw: str) -> None:
    _check_outcome(raw, clean_text(raw, "synthetic.txt", errata=[]))


@_SETTINGS
@given(noisy_report(), st.data())
def test_clean_spans_map_back_to_the_raw_text(raw: str, data: st.DataObject) -> None:
    out = clean_text(raw, "synthetic.txt", errata=[])
    n = len(out.text)
    a = data.draw(st.integers(0, n))
    b = data.draw(st.integers(a, n))
    rs, re_ = out.tracked.raw_span(a, b)
    assert 0 <= rs <= re_ <= len(raw)
    touched = [c for c in out.corrections if c.raw_start < re_ and rs < c.raw_end
               or c.raw_start == c.raw_end and rs <= c.raw_start <= re_]
    if not touched:
        assert raw[rs:re_] == out.text[a:b]
    # Character by character: an identity character maps to itself in the raw text.
    for i in range(a, b):
        s, e = out.tracked.starts[i], out.tracked.ends[i]
        if e == s + 1 and raw[s] == out.text[i]:
            continue
        assert any(c.raw_start <= s and e <= c.raw_end and out.text[i] in c.after
                   for c in out.corrections), (i, out.text[i])


def test_fullwidth_minus_before_a_figure_becomes_ascii():
    out = clean_text("全年增长－6.4%，降幅收窄。", "x.txt", errata=[])
    assert out.text == "全年增长-6.4%，降幅收窄。"
    assert [(c.before, c.after, c.rule) for c in out.corrections] == [("－", "-", "fullwidth_alnum")]


def test_a_line_that_is_only_a_year_is_a_page_number_only_in_sequence() -> None:
    seq = "第一段落文字。\n\n2019\n\n第二段落文字。\n\n2020\n\n第三段落文字。\n"
    assert _apply(web_noise.page_numbers, seq) == \
        "第一段落文字。\n\n\n\n第二段落文字。\n\n\n\n第三段落文字。\n"
    cover = "某县人民政府工作报告\n\n2021\n\n——在某县第五届人民代表大会第一次会议上\n\n3\n\n正文。\n\n4\n"
    assert _apply(web_noise.page_numbers, cover) == \
        "某县人民政府工作报告\n\n2021\n\n——在某县第五届人民代表大会第一次会议上\n\n\n\n正文。\n\n\n"


def test_a_file_in_traditional_characters_is_converted_first_and_logged() -> None:
    raw = "臨安縣人民政府工作報告\n\n過去一年，全縣實現地區生產總值120億元，增長8%；新增城鎮就業5200人。\n"
    out = clean_text(raw, "t.txt", errata=[])
    assert out.text == ("临安县人民政府工作报告\n\n"
                        "过去一年，全县实现地区生产总值120亿元，增长8%；新增城镇就业5200人。\n")
    changed = [c for c in out.corrections if c.rule == "traditional_file"]
    assert changed and all(raw[c.raw_start:c.raw_end] == c.before for c in changed)
    # simplified prose with a quoted traditional name is not a traditional file
    simple = "积极推进“臺灣青年創業園”建设，引进项目12个。" * 3
    assert not [c for c in clean_text(simple, "s.txt", errata=[]).corrections if c.rule == "traditional_file"]


# -- the trigger characters that let clean_text skip a rule -----------------------------------

@_SETTINGS
@given(noisy_report(), st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_a_rule_changes_nothing_without_its_trigger_characters(raw: str, extra: str) -> None:
    """Every rule listed in TRIGGERS proposes no edit on a text holding none of its characters."""
    from pipelines.text.clean import TRIGGERS

    for rule, trigger in TRIGGERS.items():
        text = (raw + extra).translate({ord(ch): None for ch in trigger})
        assert rule(text) == [], rule.__name__


def test_trigger_characters_are_the_ones_the_rules_need() -> None:
    """Each trigger character alone, in prose, makes its rule propose an edit (the sets are not
    vacuous: a rule would never be skipped for a character it does not need)."""
    from pipelines.text.clean import TRIGGERS

    samples = {web_noise.line_endings: "甲\r\n乙", web_noise.literal_newlines: "全年\\n分别",
               web_noise.html_markup: "增长&nbsp;12%<br>全年", web_noise.zero_width: "全\u200b年",
               web_noise.nbsp_marks: "2012??年", web_noise.footnote_markers: "增长12%[1]，增长3.5%①。",
               punctuation.halfwidth_punct: "2012年,是", punctuation.halfwidth_period: "稳步发展.全年",
               punctuation.halfwidth_quotes: '落实"两区"建设', numbers.comma_groups: "用电12，345.5万度"}
    assert set(samples) == set(TRIGGERS)
    for rule, text in samples.items():
        assert rule(text), rule.__name__
        assert rule(text.translate({ord(ch): None for ch in TRIGGERS[rule]})) == [], rule.__name__


def test_thousands_grouped_by_a_fullwidth_comma_or_a_comma_and_space_become_one_number() -> None:
    out = clean_text("全社会用电量１２，３４５万千瓦时，完成投资3, 250.6万元；2019，2020年分别为12，345。"
                     "奖励资金分别为50，100，200万元，全县12，300名教师参加培训。", "x.txt", errata=[])
    assert out.text == ("全社会用电量12,345万千瓦时，完成投资3,250.6万元；2019，2020年分别为12，345。"
                        "奖励资金分别为50，100，200万元，全县12，300名教师参加培训。")
    rules = {c.rule for c in out.corrections}
    assert {"number_comma", "number_space"} <= rules


def test_a_site_menu_and_a_footer_of_who_runs_the_site_are_page_furniture() -> None:
    text = ("某县人大常委会网站\n首页 | 机构概况 | 工作动态 | 监督工作 | 代表之窗\n\n"
            "某县人民代表大会常务委员会工作报告\n\n各位代表：\n\n一年来，常委会依法履职。\n\n"
            "主办：某县人大常委会办公室  地址：某县人民路1号  技术支持：某县信息中心\n")
    out = clean_text(text, "x.txt", errata=[]).text
    assert "首页" not in out and "主办" not in out
    assert "\n某县人民代表大会常务委员会工作报告\n" in out
    # a markdown table row and a line of prose with bars stay
    table = "| 指标 | 2019年 | 2020年 | 增长 |\n"
    assert clean_text(table, "x.txt", errata=[]).text == table


def test_the_unit_cells_of_a_table_flattened_one_cell_per_line_are_no_running_header() -> None:
    text = ("主要指标\n指标\n单位\n完成数\n地区生产总值\n亿元\n286.4\n财政总收入\n亿元\n32.1\n"
            "固定资产投资\n亿元\n118.9\n社会消费品零售总额\n亿元\n96.3\n")
    assert clean_text(text, "x.txt", errata=[]).text.count("亿元") == 4


def test_the_cells_of_an_html_table_stay_apart() -> None:
    raw = ("<table><tr><td>指标</td><td>单位</td><td>完成数</td></tr>"
           "<tr><td>地区生产总值</td><td>亿元</td><td>356.8</td></tr></table>")
    assert clean_text(raw, "x.html", errata=[]).text.strip() == \
        "指标\t单位\t完成数\n\n地区生产总值\t亿元\t356.8"


def test_a_run_of_circled_markers_goes_in_one_pass() -> None:
    """Found by the property test: ``)①①①①`` lost one marker a round and never settled."""
    for raw, want in ((")①①①①", ")"), ("增长3.5%①②。", "增长3.5%。"), ("①全年接待游客", "①全年接待游客")):
        out = clean_text(raw, "t.txt", errata=[])
        assert (out.text, [p.kind for p in out.problems]) == (want, [])


def test_an_indented_first_line_that_fills_a_wrapped_page_is_joined() -> None:
    """A page 30 characters wide (a report's OCR): the first line of a paragraph is indented, so
    its text is shorter than the margin, yet the margin cut it (…合作医 / 疗工作情况…)."""
    prose = ("常委会听取和审议了县人民政府关于农村饮水安全工程建设工作情况的报告，要求加快工程进度，"
             "确保群众喝上放心水。常委会组织部分代表视察了县城污水处理厂和城东新区建设情况，督促有关"
             "部门加快进度、确保质量。常委会对县卫生局、县林业局进行了工作评议，两个部门制定了整改措施。")
    wrapped = [prose[i:i + 30] for i in range(0, len(prose), 30)]
    lines = ["    常委会第五次会议听取和审议了县人民政府关于新型农村合作医",  # 4 + 28×2 columns
             "疗工作情况的报告。据报告，全县参合农民达到18.6万人。"]
    raw = "\n".join(wrapped + lines + wrapped) + "\n"
    assert "新型农村合作医疗工作情况的报告" in clean_text(raw, "t.txt", errata=[]).text


def test_markdown_bullets_and_numbered_spaced_rows_keep_their_lines():
    """A bulleted title is an item of its own line; a numbered row of a table set in wide spaces
    keeps its cells (tabs) and its line, whatever the cells say."""
    text = ("常委会全年听取和审议专项工作报告6个。主要有：\n\n"
            "- 区人民政府关于2015年上半年国民经济和社会发展计划执行情况的报告\n"
            "- 区人民检察院关于未成年人刑事检察工作情况的报告\n\n"
            "序号    提案名称                      提案者          主办单位      办理结果\n"
            "1       关于加快发展冷水鱼养殖的提案    巴特尔          旗农牧业局    已列入扶持项目\n"
            "2       关于设立民族文化保护基金的建议  民族宗教委员会  旗文体广电局  基金已设立\n"
            "3       关于改善牧区道路通行条件的提案  农工党旗支部    旗交通运输局  已解决\n")
    lines = [line for line in clean_text(text, "t.txt").text.split("\n") if line]
    assert "- 区人民检察院关于未成年人刑事检察工作情况的报告" in lines
    assert "2\t关于设立民族文化保护基金的建议\t民族宗教委员会\t旗文体广电局\t基金已设立" in lines
    assert lines[-1] == "3\t关于改善牧区道路通行条件的提案\t农工党旗支部\t旗交通运输局\t已解决"


def test_a_year_in_numerals_keeps_its_repeated_digits():
    """一九九九年 is a year written in words, no OCR stutter; 健康康康 still is one."""
    assert clean_text("一九九九年二月三日", "t.txt").text == "一九九九年二月三日"
    assert clean_text("二〇〇〇年，企业员工健康康康生活着", "t.txt").text == "二〇〇〇年，企业员工健康生活着"


def test_rows_set_in_ideographic_spaces_under_a_tabbed_head_stay_rows():
    """A table whose head has tabs but whose numbered rows set their cells apart by ideographic
    spaces: no row is joined to the next, nor the last row to the paragraph after it."""
    text = ("常委会全年听取和审议的主要报告如下：\n\n序号\t会次\t审议事项\n"
            "1\u3000\u3000第五次会议\u3000\u3000听取和审议县人民政府关于农村饮水安全工作情况的报告\n"
            "2\u3000\u3000第六次会议\u3000\u3000听取和审议县人民政府关于林长制落实情况的报告，并开展专题询问\n"
            "11\u3000 第九次会议\u3000听取和审议县人民法院关于执行工作情况的报告\n\n"
            "第六次会议开展专题询问时，县林业局等5个部门负责人到会应询。\n")
    lines = [line for line in clean_text(text, "t.txt").text.split("\n") if line]
    assert [line.split()[0] for line in lines[2:5]] == ["1", "2", "11"]
    assert lines[4].endswith("执行工作情况的报告")
    assert lines[5].startswith("第六次会议开展专题询问时")


def test_a_table_of_titles_set_in_wide_spaces_keeps_its_rows():
    """Rows of words only (a session, a report's title, who reported), set apart by wide gaps under
    a head of the same shape: each row keeps its line and its cells, none runs into the next."""
    text = ("常委会全年听取和审议的专项工作报告如下：\n"
            "会议次别      报告名称                                  报告单位\n"
            "第八次        关于全县林长制落实情况的报告              县人民政府\n"
            "第九次        关于2012年度县本级预算执行的审计工作报告  县审计局\n"
            "第十次        关于行政审判工作情况的报告                县人民法院\n"
            "（二）加强执法检查\n")
    lines = [line for line in clean_text(text, "t.txt").text.split("\n") if line]
    assert lines[1:5] == ["会议次别\t报告名称\t报告单位", "第八次\t关于全县林长制落实情况的报告\t县人民政府",
                          "第九次\t关于2012年度县本级预算执行的审计工作报告\t县审计局",
                          "第十次\t关于行政审判工作情况的报告\t县人民法院"]


def test_a_tabbed_numbered_head_still_heads_rows_set_in_ideographic_spaces():
    """序号　报告题目　完成时间 over numbered rows set in single ideographic spaces: all are tabbed."""
    text = ("主要调研报告如下：\n\n序号\u3000报告题目\u3000形成时间\n"
            "1\u3000关于加快发展林下经济的调研报告\u30002014年6月\n"
            "2\u3000关于城区停车难问题的调研报告\u30002015年8月\n\n以上报告均报送县委。")
    lines = [line for line in clean_text(text, "t.txt").text.split("\n") if line]
    assert lines[2] == "1\t关于加快发展林下经济的调研报告\t2014年6月"
    assert lines[3] == "2\t关于城区停车难问题的调研报告\t2015年8月"


def test_a_table_copied_one_cell_a_line_keeps_each_cell_on_its_line():
    """A PDF's table copied one cell a line (序号 | 议题 | 单位 | 结果 …): no cell is joined to the next,
    nor the last cell to the paragraph after the table."""
    text = ("询问情况见表1。\n表1　专题询问情况\n序号\n询问议题\n主要应询单位\n测评结果\n"
            "1\n城区供水保障工作\n县水务局、县住建局\n满意\n"
            "2\n农村公路养护工作\n县交通运输局、县财政局\n基本满意\n"
            "围绕茶产业发展，常委会开展了专题调研。\n")
    lines = [line for line in clean_text(text, "t.txt").text.split("\n") if line]
    assert "县水务局、县住建局" in lines and "满意" in lines
    assert "基本满意" in lines
    assert lines[-1] == "围绕茶产业发展，常委会开展了专题调研。"
