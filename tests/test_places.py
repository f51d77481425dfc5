"""Administrative division codes (GB/T 2260) of the places reports are about."""

from __future__ import annotations

import doctest

import pytest

from pipelines.text import places
from pipelines.text.documents import find_documents
from pipelines.text.places import admin_code_for


def test_doctests() -> None:
    assert doctest.testmod(places).failed == 0


@pytest.mark.parametrize("vintage", range(len(places.VINTAGES)))
def test_each_list_is_complete(vintage: int) -> None:
    codes = {c for found in places._index(vintage).values() for c in found}
    provinces = {c for c in codes if c.endswith("0000")}
    counties = {c for c in codes if not c.endswith("00")}
    assert len(provinces) >= 31 and len(counties) >= 2800


@pytest.mark.parametrize(
    ("place", "year", "code"),
    [
        ("湖北省宜昌市夷陵区", 2015, "420506"),
        ("宜昌市夷陵区", None, "420506"),
        ("夷陵区", 2019, "420506"),
        ("四川省", 2010, "510000"),
        ("成都市", 2020, "510100"),
        ("北京市", 2012, "110000"),  # a municipality, not its 市辖区 level
        ("北京市朝阳区", 2012, "110105"),
        ("天津市滨海新区", 2011, "120116"),
        ("湖北省仙桃市", 2014, "429004"),  # a county-level city under the province directly
        ("广西壮族自治区南宁市青秀区", 2018, "450103"),
        ("杭 州 市 上 城 区", 2013, "330102"),  # OCR spaces
    ],
)
def test_full_and_partial_names_resolve(place: str, year: int | None, code: str) -> None:
    assert admin_code_for(place, year) == code


@pytest.mark.parametrize("place", ["新城区", "朝阳区", "鼓楼区", "城关镇", "开发区", "某某县", ""])
def test_ambiguous_or_unknown_names_get_no_code(place: str) -> None:
    assert admin_code_for(place) == ""


@pytest.mark.parametrize(
    ("place", "within", "code"),
    [
        ("朝阳区", "北京市", "110105"),
        ("朝阳区", "吉林省长春市", "220104"),
        ("鼓楼区", "南京市", "320106"),
        ("鼓楼区", "350000", "350102"),
        ("鼓楼区", "江苏省", ""),  # two in Jiangsu: 南京 and 徐州
    ],
)
def test_a_parent_disambiguates(place: str, within: str, code: str) -> None:
    assert admin_code_for(place, within=within) == code


@pytest.mark.parametrize(
    ("place", "year", "code"),
    [
        ("杭州市下城区", 2013, "330103"),  # merged into 拱墅区 in 2021
        ("杭州市下城区", 2022, ""),
        ("江干区", 2019, "330104"),
        ("江干区", 2021, ""),
        ("杭州市临平区", 2022, "330113"),  # set up in 2021
        ("杭州市临平区", 2015, ""),
        ("富阳市", 2012, "330183"),  # a city until 2014, then 富阳区 330111
        ("富阳区", 2016, "330111"),
        ("临安市", 2015, "330185"),
        ("临安区", 2020, "330112"),
        ("山东省莱芜市", 2016, "371200"),  # merged into 济南 in 2019: found in the older list
    ],
)
def test_renamed_and_merged_places_keep_the_code_of_their_year(place: str, year: int, code: str) -> None:
    assert admin_code_for(place, year) == code


# A statistical communiqué's title names its place and year.
REPORT = """{city}{county}{year}年国民经济和社会发展统计公报

{city}{county}统计局

全年实现地区生产总值 528.5 亿元,同比增长 6.8%。
"""


@pytest.mark.parametrize(
    ("city", "county", "year", "code"),
    [
        ("宜昌市", "夷陵区", 2020, "420506"),
        ("杭州市", "下城区", 2016, "330103"),
        ("杭州市", "下城区", 2022, ""),  # the district no longer existed in 2022
    ],
)
def test_documents_get_the_code_of_their_place_and_year(city: str, county: str, year: int, code: str) -> None:
    found = find_documents(REPORT.format(city=city, county=county, year=year), "composed")
    assert [(f.meta.place, f.meta.admin_code) for f in found] == [(city + county, code)]
