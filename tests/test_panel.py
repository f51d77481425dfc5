"""The panel (one value per place, period and statistic) on composed release rows."""

from __future__ import annotations

import csv
import doctest
import json
import random
from decimal import Decimal
from pathlib import Path

import pytest
from frictionless import Resource, Schema

from pipelines.publish import panel as panel_module
from pipelines.publish.panel import panel_tables

ROOT = Path(__file__).resolve().parents[1]

# A county's reports of early 2017 (on 2016) and one of early 2018 (on 2017, restating 2016).
DOCS = [
    {
        "doc_id": "xian-2017-government",
        "report_kind": "government",
        "place": "某省某县",
        "admin_code": "420222",
        "delivered_on": "2017-01-10",
        "covers_year": 2016,
    },
    {
        "doc_id": "xian-2017-party",
        "report_kind": "party",
        "place": "某省某县",
        "admin_code": "420222",
        "delivered_on": "2016-12-27",
        "covers_year": 2016,
    },
    {
        "doc_id": "xian-2018-government",
        "report_kind": "government",
        "place": "某省某县",
        "admin_code": "420222",
        "delivered_on": "2018-01-12",
        "covers_year": 2017,
    },
    {
        "doc_id": "nowhere-2017-government",
        "report_kind": "government",
        "place": "某地",
        "admin_code": "",
        "delivered_on": "2017-02-01",
        "covers_year": 2016,
    },
]


def fact(
    fact_id: str,
    doc_id: str,
    code: str,
    value: str,
    unit: str = "亿元",
    base: str | None = None,
    base_unit: str = "CNY",
    period: int = 2016,
    **kw: object,
) -> dict:
    factor = {"亿元": Decimal(100_000_000), "万元": Decimal(10_000)}.get(unit, Decimal(1))
    row = {
        "fact_id": fact_id,
        "doc_id": doc_id,
        "indicator_code": code,
        "value": value,
        "unit": unit,
        "value_base": base if base is not None else str(Decimal(value) * factor),
        "base_unit": base_unit,
        "period": period,
        "origin": "report",
        "scope": "",
        "qualifier": "exact",
        "change_kind": "",
        "change_value": "",
        "change_direction": "",
        "raw_start": 100,
    }
    row.update(kw)
    return row


def run(rows: list[dict]) -> tuple[dict, list[dict]]:
    panel, recon = panel_tables(rows, DOCS)
    return {(p["indicator_code"], p["period"], p["kind"], p["measure"]): p for p in panel}, recon


def test_doctests() -> None:
    assert doctest.testmod(panel_module).failed == 0


def test_final_figure_of_the_government_report_over_the_party_estimate() -> None:
    rows = [
        fact(
            "f-gov",
            "xian-2017-government",
            "GDP",
            "312.45",
            change_kind="yoy_pct",
            change_value="7.8",
            change_direction="up",
        ),
        fact(
            "f-party",
            "xian-2017-party",
            "GDP",
            "310",
            qualifier="estimate",
            change_kind="yoy_pct",
            change_value="8",
            change_direction="up",
        ),
    ]
    panel, recon = run(rows)
    gdp = panel[("GDP", 2016, "outcome", "level")]
    assert (gdp["value"], gdp["fact_id"], gdp["status"], gdp["bound"]) == (
        Decimal("312.45"),
        "f-gov",
        "outcome",
        "exact",
    )
    assert gdp["n_statements"] == 2 and gdp["disagree"] is True and gdp["rule"] == "final_over_estimate"
    growth = panel[("GDP", 2016, "outcome", "yoy_pct")]
    assert growth["value"] == Decimal("7.8") and growth["disagree"] is True
    level_recon = {r["fact_id"]: r for r in recon if r["measure"] == "level"}
    assert level_recon["f-party"]["rel_diff"] == Decimal("-0.007841")  # -2.45 / 312.45
    assert level_recon["f-party"]["status"] == "estimate" and level_recon["f-party"]["chosen"] is False
    assert level_recon["f-gov"]["rel_diff"] == 0 and level_recon["f-gov"]["chosen"] is True


def test_rows_that_are_not_the_places_own_statistic_stay_out() -> None:
    rows = [
        fact("f-scope", "xian-2017-government", "INDUSTRIAL_SALES_ABOVE_SIZE", "33", scope="县经济开发区"),
        fact("f-note", "xian-2017-government", "RD_INTENSITY", "2.5", "%", "2.5", "percent", origin="note"),
        fact("f-nocode", "xian-2017-government", "", "5"),
        fact("f-noplace", "nowhere-2017-government", "GDP", "80"),
        fact("f-noperiod", "xian-2017-government", "GDP", "80", period=None),
    ]
    assert panel_tables(rows, DOCS) == ([], [])


def test_a_figure_in_a_later_report_wins_over_the_earlier() -> None:
    rows = [
        fact("f-2017", "xian-2017-government", "RETAIL_SALES", "120.5"),
        fact("f-2018", "xian-2018-government", "RETAIL_SALES", "121.3"),
    ]
    row = run(rows)[0][("RETAIL_SALES", 2016, "outcome", "level")]
    assert (row["fact_id"], row["rule"], row["disagree"]) == ("f-2018", "latest_report", True)


def test_government_report_over_others_when_both_are_final() -> None:
    rows = [
        fact("f-party", "xian-2017-party", "JOBS_NEW", "5120", "人", "5120", "persons"),
        fact("f-gov", "xian-2017-government", "JOBS_NEW", "5120", "人", "5120", "persons"),
    ]
    panel, recon = run(rows)
    row = panel[("JOBS_NEW", 2016, "outcome", "level")]
    assert (row["fact_id"], row["rule"], row["disagree"], row["n_statements"]) == (
        "f-gov",
        "report_kind",
        False,
        2,
    )
    assert recon == []


def test_exact_over_a_bound_then_a_fixed_tiebreak() -> None:
    rows = [
        fact(
            "f-b",
            "xian-2017-government",
            "FDI_ACTUAL",
            "1.2",
            "亿美元",
            "120000000",
            "USD",
            qualifier="more_than",
            raw_start=50,
        ),
        fact(
            "f-a", "xian-2017-government", "FDI_ACTUAL", "1.25", "亿美元", "125000000", "USD", raw_start=900
        ),
    ]
    row = run(rows)[0][("FDI_ACTUAL", 2016, "outcome", "level")]
    assert (row["fact_id"], row["rule"]) == ("f-a", "exact_over_bound")
    tie = [
        fact("f-y", "xian-2017-government", "EXPORTS", "3.1", raw_start=700),
        fact("f-x", "xian-2017-government", "EXPORTS", "3.0", raw_start=200),
    ]
    row = run(tie)[0][("EXPORTS", 2016, "outcome", "level")]
    assert (row["fact_id"], row["rule"]) == ("f-x", "tiebreak")


def test_targets_are_their_own_rows_and_changes_are_signed() -> None:
    rows = [
        fact(
            "f-t",
            "xian-2017-government",
            "GDP",
            "7.5",
            "%",
            "7.5",
            "percent",
            period=2017,
            qualifier="target",
            change_kind="yoy_pct",
            change_value="7.5",
            change_direction="up",
        ),
        fact(
            "f-e",
            "xian-2017-government",
            "ENERGY_INTENSITY",
            "3.6",
            "%",
            "3.6",
            "percent",
            change_kind="yoy_pct",
            change_value="3.6",
            change_direction="down",
        ),
        fact("f-u", "xian-2017-government", "UNEMPLOYMENT_RATE", "3.2", "%", "3.2", "percent"),
    ]
    panel, _ = run(rows)
    assert panel[("GDP", 2017, "target", "yoy_pct")]["value"] == Decimal("7.5")
    assert panel[("GDP", 2017, "target", "yoy_pct")]["status"] == "target"
    assert panel[("ENERGY_INTENSITY", 2016, "outcome", "yoy_pct")]["value"] == Decimal("-3.6")
    assert panel[("UNEMPLOYMENT_RATE", 2016, "outcome", "level")]["value"] == Decimal(
        "3.2"
    )  # a rate is a level


def test_status_and_bound_columns_win_over_qualifier() -> None:
    rows = [
        fact(
            "f-1",
            "xian-2017-government",
            "FISCAL_TOTAL",
            "20",
            status="target",
            bound="at_least",
            qualifier="exact",
            period=2017,
        )
    ]
    row = run(rows)[0][("FISCAL_TOTAL", 2017, "target", "level")]
    assert (row["status"], row["bound"]) == ("target", "at_least")


def _rows() -> list[dict]:
    out = []
    for i, (doc, code, v) in enumerate(
        [
            ("xian-2017-government", "GDP", "312.45"),
            ("xian-2017-party", "GDP", "310"),
            ("xian-2018-government", "GDP", "313"),
            ("xian-2017-government", "FAI", "210"),
            ("xian-2017-party", "FAI", "210"),
        ]
    ):
        out.append(
            fact(
                f"f-{i}",
                doc,
                code,
                v,
                qualifier="estimate" if "party" in doc else "exact",
                change_kind="yoy_pct",
                change_value=str(5 + i),
                change_direction="up",
            )
        )
    return out


def test_output_does_not_depend_on_input_order() -> None:
    rows = _rows()
    first = panel_tables(rows, DOCS)
    random.Random(7).shuffle(rows)
    assert panel_tables(rows, DOCS) == first


@pytest.mark.parametrize("table", ["panel", "reconciliation"])
def test_output_validates_against_its_schema(table: str, tmp_path: Path) -> None:
    panel, recon = panel_tables(_rows(), DOCS)
    rows = panel if table == "panel" else recon
    assert rows
    descriptor = json.loads((ROOT / "schemas" / f"{table}.json").read_text("utf-8"))
    names = [f["name"] for f in descriptor["fields"]]
    assert set(rows[0]) == set(names)
    with (tmp_path / f"{table}.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=names)
        w.writeheader()
        for r in rows:
            w.writerow(
                {k: ("" if v is None else str(v).lower() if isinstance(v, bool) else v) for k, v in r.items()}
            )
    report = Resource(
        path=f"{table}.csv", basepath=str(tmp_path), schema=Schema.from_descriptor(descriptor)
    ).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])[:5]


@pytest.mark.slow
def test_panel_of_the_seed_release(seed_release: Path) -> None:
    data = seed_release / "latest" / "data"
    with (data / "indicators.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    with (data / "documents.csv").open(encoding="utf-8") as f:
        docs = list(csv.DictReader(f))
    panel, recon = panel_tables(rows, docs)
    gdp = [p for p in panel if (p["indicator_code"], p["kind"], p["measure"]) == ("GDP", "outcome", "level")]
    assert len(gdp) == 1
    assert (gdp[0]["period"], gdp[0]["value"], gdp[0]["report_kind"], gdp[0]["status"], gdp[0]["bound"]) == (
        2012,
        Decimal("667.87"),
        "government",
        "outcome",
        "exact",
    )
    behind = [
        r for r in recon if r["indicator_code"] == "GDP" and r["measure"] == "level" and not r["chosen"]
    ]
    assert [(r["report_kind"], r["value"], r["status"]) for r in behind] == [
        ("party", Decimal("675"), "estimate")
    ]
    notes = {r["fact_id"] for r in rows if r["origin"] == "note"}
    assert not notes & {p["fact_id"] for p in panel}


def test_a_statistical_communique_over_the_government_report() -> None:
    docs = [
        *DOCS,
        {
            "doc_id": "xian-2016-gongbao",
            "report_kind": "statistical_communique",
            "place": "某省某县",
            "admin_code": "420222",
            "delivered_on": "2017-03-20",
            "covers_year": 2016,
        },
    ]
    rows = [
        fact("f-gov", "xian-2017-government", "GDP", "312.45"),
        fact("f-stat", "xian-2016-gongbao", "GDP", "312.5"),
    ]
    panel, _ = panel_tables(rows, docs)
    assert [(p["fact_id"], p["rule"]) for p in panel] == [("f-stat", "report_kind")]


def test_rows_typed_by_the_schema_and_as_the_csv_strings_give_the_same_tables() -> None:
    # the release feeds the panel the CSV's strings (typed_inputs=False); typed rows must agree
    from pipelines.publish.assemble import typed_row

    def strings(row: dict) -> dict:
        return {k: "" if v is None else str(v) for k, v in row.items()}

    rows = _rows()
    as_text = [strings(r) for r in rows]
    docs_text = [strings(d) for d in DOCS]
    typed = [typed_row("indicators", r) for r in as_text]
    panel, recon = panel_tables(as_text, docs_text)
    assert recon and any(p["disagree"] for p in panel)
    assert (panel, recon) == panel_tables(typed, [typed_row("documents", d) for d in docs_text])


def test_the_rows_kept_between_releases_hold_only_the_columns_the_panel_reads() -> None:
    import csv as csv_module
    import io

    from pipelines.publish.assemble import _keep, columns, kept_columns
    from pipelines.tables import table

    kept = kept_columns("indicators")
    # (qualifier, read by the panel from releases before status/bound, is no column of today's schema)
    assert set(kept) == set(table("panel").input_columns["indicators"]) & set(columns("indicators"))
    assert "quote" not in kept
    assert len(kept_columns("documents")) == len(columns("documents"))  # the panel reads every column
    cols = columns("indicators")
    row = ["x" + c for c in cols]
    for name, value in (("indicator_code", "GDP"), ("scope", ""), ("origin", "report")):
        row[cols.index(name)] = value
    text = _keep([row, [""] * len(cols)], cols, table("panel").input_where["indicators"], "indicators")
    [cells] = list(csv_module.reader(io.StringIO(text)))  # the uncoded row is not kept
    assert dict(zip(kept, cells, strict=True)) == {c: row[cols.index(c)] for c in kept}
