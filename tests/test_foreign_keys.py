"""Coded columns point at the release's code lists: the schemas say so, the publish step checks it."""

from __future__ import annotations

from pipelines.publish.codelists import code_lists
from pipelines.publish.keys import KeyCheck
from pipelines.publish.schemas import columns, load_schema


def _referenced() -> dict[str, set[str]]:
    out = {name: {str(r["code"]) for r in rows} for name, _t, _s, rows in code_lists()}
    out["documents"] = {"county-2020-government"}
    return out


def _fact(**cells: str) -> list[str]:
    row = dict.fromkeys(columns("indicators"), "")
    row.update(fact_id="f-000000000001", doc_id="county-2020-government", origin="report",
               topic="economy", indicator="地区生产总值", indicator_code="GDP", value="128.5",
               unit="亿元", base_unit="CNY", status="outcome", bound="exact", change_kind="yoy_pct",
               change_direction="up")
    row.update(cells)
    return [row[c] for c in columns("indicators")]


def test_every_coded_column_of_indicators_points_at_a_code_list():
    fks = load_schema("indicators")["foreignKeys"]
    targets = {fk["fields"][0]: fk["reference"]["resource"] for fk in fks}
    assert targets["indicator_code"] == "indicator_codes" and targets["status"] == "statuses"
    assert set(targets.values()) <= set(_referenced())  # each target is a resource of the release


def test_a_code_missing_from_its_list_is_a_key_problem():
    good, bad = KeyCheck("indicators"), KeyCheck("indicators")
    good.add(_fact())
    good.add(_fact(fact_id="f-000000000002", indicator_code=""))  # no code: nothing to check
    bad.add(_fact(indicator_code="NOT_A_CODE"))
    assert good.problems(_referenced()) == []
    assert bad.problems(_referenced()) == ["indicators: indicator_codes has no row 'NOT_A_CODE'"]
