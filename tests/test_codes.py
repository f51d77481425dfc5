"""The national code list (reviewed data) and the lookup from report wording to a code."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from frictionless import Resource, Schema

from pipelines.extract import codes
from pipelines.extract.codes import code_for, code_for_unit, entries, unit_fits

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "cases"


def read_cases(name: str) -> list[tuple[str, str, str, str]]:
    with (CASES / name).open(encoding="utf-8") as f:
        rows = csv.reader((line for line in f if line.strip() and not line.startswith("#")), delimiter="\t")
        return [(r[0], r[1], r[2], r[3]) for r in rows]


DEV = read_cases("core_statistics.tsv")
HELD_OUT = read_cases("core_statistics_heldout.tsv") + read_cases("core_statistics_heldout2.tsv")


@pytest.mark.parametrize(("style", "sentence", "name", "code"), DEV + HELD_OUT)
def test_core_statistic_names_get_their_own_code(style: str, sentence: str, name: str, code: str) -> None:
    assert code_for(name)[0] == code


def test_every_expected_code_is_in_the_list() -> None:
    known = {e.code for e in entries()}
    assert {c for *_, c in DEV + HELD_OUT} <= known


def test_list_validates_against_its_schema() -> None:
    descriptor = json.loads((ROOT / "schemas" / "indicator_codes.json").read_text("utf-8"))
    schema = Schema.from_descriptor(descriptor)
    report = Resource(path="indicator_codes.csv", basepath=str(codes.DATA.parent), schema=schema).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])[:5]


def test_no_name_belongs_to_two_codes() -> None:
    assert codes.conflicts() == []


def test_list_is_large_and_every_entry_is_documented() -> None:
    rows = entries()
    assert len(rows) >= 120
    for e in rows:
        assert e.definition and e.source and e.en and e.name_zh, e.code


@pytest.mark.parametrize(("a", "b"), [
    ("农民人均纯收入", "农村居民人均可支配收入"),  # net income (until 2013) vs disposable income (from 2013)
    ("财政总收入", "一般公共预算收入"),  # all revenue collected vs what the local budget keeps
    ("规模以上工业增加值", "工业增加值"),  # above designated size vs all industry
    ("常住人口", "户籍人口"),
    ("空气质量优良天数", "空气质量优良率"),  # days vs a share
    ("单位GDP能耗", "万元工业增加值能耗"),
    ("专利授权量", "专利申请量"),
    ("基本医疗保险参保率", "新型农村合作医疗参合率"),
])
def test_distinct_statistics_get_distinct_codes(a: str, b: str) -> None:
    assert code_for(a)[0] and code_for(b)[0] and code_for(a)[0] != code_for(b)[0]


@pytest.mark.parametrize("era_name", ["地方财政一般预算收入", "公共财政预算收入", "地方公共财政预算收入",
                                      "一般公共预算收入", "地方一般公共预算收入"])
def test_renamed_budget_revenue_is_one_series(era_name: str) -> None:
    assert code_for(era_name)[0] == "FISCAL_LOCAL"


@pytest.mark.parametrize("label", ["Rural residents' per-capita disposable income",
                                   "Farmers' per-capita net income"])
def test_income_series_are_labelled_by_their_concept(label: str) -> None:
    assert label in {e.en for e in entries()}


@pytest.mark.parametrize("generic", ["学校", "人口", "项目", "企业", "网格", "收入", "产值", "增加值",
                                     "十大产业增加值", "利润", "财政收入", "人均纯收入"])
def test_generic_or_ambiguous_names_get_no_code(generic: str) -> None:
    assert code_for(generic) == ("", "")


@pytest.mark.parametrize(("wording", "code"), [
    ("全县实现规上工业增加值", "VA_INDUSTRY_ABOVE_SIZE"),
    ("2019年全市完成全社会固定资产投资", "FAI"),
    ("地区生产总值增速", "GDP"),
    ("进出口总值", "IMPORTS_EXPORTS"),
    ("商品房销售额下降率", "HOUSING_SALES_VALUE"),
    ("“城镇新增就业”", "JOBS_NEW"),
    ("全年累计接待游客", "TOURIST_ARRIVALS"),
])
def test_report_wording_around_the_name_is_ignored(wording: str, code: str) -> None:
    assert code_for(wording)[0] == code


def test_unit_family_check() -> None:
    assert unit_fits("GDP", "CNY") and unit_fits("GDP", "percent")
    assert not unit_fits("GDP", "persons")
    assert not unit_fits("JOBS_NEW", "CNY")
    assert unit_fits("AFFORDABLE_HOUSING", "m2") and unit_fits("AFFORDABLE_HOUSING", "units")
    assert code_for_unit("实际利用外资", "USD")[0] == "FDI_ACTUAL"
    assert code_for_unit("实际利用外资", "persons") == ("", "")
    assert not unit_fits("NO_SUCH_CODE", "CNY")


# Names as reports of other places word them (composed), with the code the list's definitions give.
MEASURE_CASES = [
    ("县工业园区新增规上工业企业21家", "新增规上工业企业", "INDUSTRIAL_FIRMS_ABOVE_SIZE_NEW"),
    ("全市规上工业企业总数达到1350家", "全市规上工业企业总数", "INDUSTRIAL_FIRMS_ABOVE_SIZE"),
    ("高新技术企业总数达到312家", "高新技术企业总数", "HIGH_TECH_ENTERPRISES"),
    ("新认定高新技术企业47家", "新认定高新技术企业", "HIGH_TECH_ENTERPRISES_NEW"),
    ("新增企业研发中心6家", "新增企业研发中心", "RD_CENTERS_NEW"),
    ("全年新增贷款86.3亿元", "全年新增贷款", ""),  # loans are a balance: their addition is another statistic
    ("新增常住人口1.2万人", "新增常住人口", ""),  # a change of a stock, not the stock
    ("新增粮食播种面积1.5万亩", "新增粮食播种面积", ""),  # a change of the year's total, not the total
    ("改造老旧小区42个", "改造老旧小区", "OLD_COMMUNITY_RENOVATION"),
    ("修缮历史建筑23处", "修缮历史建筑", "HISTORIC_BUILDINGS"),
    ("编报社情民意信息118篇", "编报社情民意信息", "SOCIAL_INFO_REPORTS"),
    ("报送社情民意信息96篇", "报送社情民意信息", "SOCIAL_INFO_REPORTS"),
    ("办理人大代表建议137件", "办理人大代表建议", "SUGGESTIONS_NPC"),
    ("办理政协提案204件", "办理政协提案", "PROPOSALS_HANDLED"),
    ("召开常委会会议8次", "召开常委会会议", "SC_MEETINGS"),
    ("新建道路12条", "新建道路", "ROADS_BUILT"),
    ("开工建设保障性住房3200套", "开工建设保障性住房", "AFFORDABLE_HOUSING"),
]


@pytest.mark.parametrize(("sentence", "name", "code"), MEASURE_CASES)
def test_added_counts_get_only_codes_of_things_added(sentence: str, name: str, code: str) -> None:
    assert name in sentence  # the name is what an extractor takes from the sentence
    assert code_for(name)[0] == code


def test_every_code_says_what_it_measures() -> None:
    from pipelines.extract.codes import entries
    measures = {e.code: e.measure for e in entries()}
    assert set(measures.values()) == {"stock", "flow", "added", "rate"}
    # a percent-only statistic is a rate; a balance is a stock
    assert measures["UNEMPLOYMENT_RATE"] == "rate" and measures["LOANS"] == "stock"


def test_no_alias_of_a_level_is_worded_as_an_addition() -> None:
    """新增X as an alias of a stock or a period total would give additions the level's code."""
    from pipelines.extract.codes import _ADD_VERB, entries
    # 引进内资 is the name of a period total (capital brought in): only 新… words mark an addition there
    wrong = [(e.code, a) for e in entries() if e.measure != "added"
             for a in (e.name_zh, *e.aliases)
             if _ADD_VERB.match(a) and (e.measure != "flow" or a.startswith("新"))]
    assert wrong == []
