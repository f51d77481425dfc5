"""The published release: layout, descriptor, validation, determinism, atomic failure."""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipelines.publish.release import ValidationFailed, publish
from pipelines.publish.rows import FileTables
from pipelines.publish.schemas import TABLES, columns
from pipelines.runner import run

from .conftest import SEED, copy_seed


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.slow
def test_release_layout_and_descriptor(seed_release: Path):
    latest = seed_release / "latest"
    assert latest.is_symlink() and latest.resolve().parent.name == "releases"
    pkg = json.loads((latest / "datapackage.json").read_text(encoding="utf-8"))
    for key in ("$schema", "name", "title", "version", "created", "licenses", "sources", "resources"):
        assert pkg[key], key
    assert pkg["version"] == latest.resolve().name
    assert pkg["licenses"][0]["name"] == "CC-BY-4.0"
    seed_sha = hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert pkg["sources"][0]["version"] == seed_sha
    names = {r["name"] for r in pkg["resources"]}
    assert set(TABLES) <= names
    for res in pkg["resources"]:
        path = latest / res["path"]
        assert path.is_file()
        assert res["bytes"] == path.stat().st_size
        assert res["hash"] == "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()
        assert not Path(res["path"]).is_absolute()
        assert {"format", "mediatype"} <= res.keys()
        if res["format"] in ("csv", "parquet"):  # texts/ and raw/ are declared as files, without a schema
            assert "schema" in res
    for doc in _rows(latest / "data" / "documents.csv"):
        assert (latest / doc["text_path"]).is_file()
    sums = (latest / "SHA256SUMS").read_text().splitlines()
    for line in sums:
        digest, rel = line.split("  ", 1)
        assert hashlib.sha256((latest / rel).read_bytes()).hexdigest() == digest
    assert "## indicators" in (latest / "README.md").read_text(encoding="utf-8")


@pytest.mark.slow
@pytest.mark.slow
def test_every_cell_of_csv_and_parquet_agrees(seed_release: Path):
    """An empty CSV cell is null in Parquet (optional columns); every other cell is the same value."""
    from pipelines.publish.rows import format_value
    from pipelines.publish.schemas import load_schema

    data = seed_release / "latest" / "data"
    nulls = 0
    for table in TABLES:
        rows = _rows(data / f"{table}.csv")
        parquet = pq.read_table(data / f"{table}.parquet").to_pylist()
        required = {f["name"] for f in load_schema(table)["fields"]
                    if f.get("constraints", {}).get("required")}
        assert len(parquet) == len(rows)
        for c_row, p_row in zip(rows, parquet, strict=True):
            for col, cell in c_row.items():
                value = p_row[col]
                if cell == "":
                    assert value is None or col in required, (table, col)
                    nulls += value is None
                elif isinstance(value, float):
                    assert value == float(cell), (table, col, cell, value)
                else:
                    assert format_value(value) == cell, (table, col, cell, value)
    assert nulls > 0


@pytest.mark.slow
def test_csv_and_parquet_hold_the_same_rows(seed_release: Path):
    data = seed_release / "latest" / "data"
    for table in TABLES:
        rows = _rows(data / f"{table}.csv")
        pt = pq.read_table(data / f"{table}.parquet")
        assert pt.column_names == columns(table)
        assert pt.num_rows == len(rows)
        if rows and "raw_start" in pt.column_names:
            assert pt.column("raw_start").to_pylist() == [int(r["raw_start"]) for r in rows]
        assert pq.read_metadata(data / f"{table}.parquet").metadata is None or \
            b"pandas" not in pq.read_metadata(data / f"{table}.parquet").metadata


@pytest.mark.slow
def test_documents_table_of_the_seed(seed_release: Path):
    docs = _rows(seed_release / "latest" / "data" / "documents.csv")
    assert sorted(d["report_kind"] for d in docs) == ["cppcc", "government", "npc", "party"]
    raw = SEED.read_text(encoding="utf-8")
    for d in docs:
        assert d["covers_year"] == "2012" and d["place"] == "杭州市上城区" and d["admin_code"] == "330102"
        title_words = d["title"].replace(" ", "")[:6]
        assert title_words in raw[int(d["raw_start"]):int(d["raw_end"])].replace(" ", "")


@pytest.mark.slow
def test_frictionless_validate_cli_passes(seed_release: Path):
    exe = Path(sys.executable).with_name("frictionless")
    done = subprocess.run([str(exe), "validate", "datapackage.json"], cwd=seed_release / "latest",
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:]


@pytest.mark.slow
def test_two_runs_give_byte_identical_data_files(seed_release: Path, tmp_path: Path):
    second = tmp_path / "out"
    summary = run(copy_seed(tmp_path / "raw"), second, echo=lambda *_: None)
    assert summary.ok
    first_data = seed_release / "latest" / "data"
    for path in sorted(first_data.iterdir()):
        assert path.read_bytes() == (second / "latest" / "data" / path.name).read_bytes(), path.name
    texts = seed_release / "latest" / "texts"
    for path in texts.iterdir():
        assert path.read_bytes() == (second / "latest" / "texts" / path.name).read_bytes()


@pytest.mark.slow
def test_rerun_with_same_input_keeps_the_release(seed_release: Path, tmp_path: Path):
    raw = copy_seed(tmp_path / "raw")
    out = tmp_path / "out"
    first = run(raw, out, echo=lambda *_: None)
    again = run(raw, out, echo=lambda *_: None)
    assert again.reused and again.published == first.published
    assert len([p for p in (out / "releases").iterdir() if p.is_dir()]) == 1  # beside it: its zip


@pytest.fixture(scope="module")
def seed_tables() -> FileTables:
    from pipelines.steps import process_file

    return process_file(SEED)


def _good_files(seed_tables: FileTables) -> list[FileTables]:
    """A fresh copy of the seed's tables (tests change them)."""
    import copy

    return [copy.deepcopy(seed_tables)]


def test_a_broken_row_blocks_publishing_and_keeps_the_last_release(seed_tables: FileTables, tmp_path: Path):
    out = tmp_path / "out"
    files = _good_files(seed_tables)
    sources = [{"name": f.source_file, "sha256": f.source_sha256} for f in files]
    good = publish(files, out, sources)
    before = {p.name: p.read_bytes() for p in (out / "latest" / "data").iterdir()}
    broken = files[0]
    bad_row = dict(broken.tables["documents"][0], report_kind="weather", doc_id="x-broken")
    broken.tables["documents"].append(bad_row)
    with pytest.raises(ValidationFailed, match="report_kind"):
        publish(files, out, sources)
    assert (out / "latest").resolve().name == good.version
    assert sorted(p.name for p in (out / "releases").iterdir() if p.is_dir()) == [good.version]
    assert {p.name: p.read_bytes() for p in (out / "latest" / "data").iterdir()} == before


def test_created_follows_source_date_epoch(seed_tables: FileTables, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    files = _good_files(seed_tables)
    res = publish(files, tmp_path / "o", [{"name": f.source_file, "sha256": f.source_sha256} for f in files])
    pkg = json.loads((res.path / "datapackage.json").read_text(encoding="utf-8"))
    assert pkg["created"] == "2023-11-14T22:13:20Z"


@pytest.mark.slow
def test_published_corrections_rebuild_the_published_texts(seed_release: Path):
    """Every difference between raw and clean text is a row of corrections, in step order."""
    from pipelines.model import Correction
    from pipelines.text.offsets import replay

    latest = seed_release / "latest"
    rows = sorted(_rows(latest / "data" / "corrections.csv"), key=lambda r: int(r["step"]))
    assert [int(r["step"]) for r in rows] == list(range(1, len(rows) + 1))
    raw = SEED.read_text(encoding="utf-8")
    log = [Correction(int(r["raw_start"]), int(r["raw_end"]), r["before"], r["after"], r["rule"])
           for r in rows]
    rebuilt = replay(raw, log).text
    docs = sorted(_rows(latest / "data" / "documents.csv"), key=lambda d: int(d["raw_start"]))
    texts = [(latest / d["text_path"]).read_text(encoding="utf-8") for d in docs]
    assert "".join(texts) == rebuilt


@pytest.mark.slow
def test_unchanged_files_are_reused_and_changed_ones_rebuilt(tmp_path: Path):
    from .conftest import COMPOSED_REPORT

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "county.txt").write_text(COMPOSED_REPORT, encoding="utf-8")
    out = tmp_path / "out"
    lines: list[str] = []
    assert run(raw, out, echo=lines.append).ok
    lines.clear()
    assert run(raw, out, echo=lines.append).ok
    assert any("nothing changed since release" in x for x in lines)
    (raw / "other-county.txt").write_text(COMPOSED_REPORT.replace("某某县", "另一县"), encoding="utf-8")
    lines.clear()
    assert run(raw, out, echo=lines.append).ok
    assert any("county.txt] unchanged file and code: reusing" in x for x in lines)
    (raw / "other-county.txt").unlink()
    lines.clear()
    assert run(raw, out, echo=lines.append, force=True).ok
    assert not any("reusing" in x for x in lines)
    (raw / "county.txt").write_text(COMPOSED_REPORT.replace("128.5", "130.5"), encoding="utf-8")
    lines.clear()
    again = run(raw, out, echo=lines.append)
    assert not any("reusing" in x for x in lines) and not again.reused
    values = [r["value"] for r in _rows(out / "latest" / "data" / "indicators.csv")]
    assert "130.5" in values and "128.5" not in values


def test_a_much_shorter_table_than_last_release_is_flagged(seed_tables: FileTables, tmp_path: Path):
    from pipelines.publish.release import shrinking_tables

    files = _good_files(seed_tables)
    sources = [{"name": f.source_file, "sha256": f.source_sha256} for f in files]
    publish(files, tmp_path / "o", sources)
    assert shrinking_tables(tmp_path / "o" / "releases") == {}
    n = len(files[0].tables["glossary"])
    files[0].tables["glossary"] = files[0].tables["glossary"][: n // 2]
    publish(files, tmp_path / "o", sources)
    assert shrinking_tables(tmp_path / "o" / "releases") == {"glossary": [n, n // 2]}


@pytest.mark.slow
def test_rows_point_into_the_shipped_raw_file_and_texts(seed_release: Path):
    latest = seed_release / "latest"
    docs = {d["doc_id"]: d for d in _rows(latest / "data" / "documents.csv")}
    raws = {name: (latest / "raw" / name).read_text(encoding="utf-8")
            for name in {d["source_file"] for d in docs.values()}}
    texts = {k: (latest / d["text_path"]).read_text(encoding="utf-8") for k, d in docs.items()}
    rows = _rows(latest / "data" / "indicators.csv")
    assert rows
    for r in rows:
        raw_piece = raws[docs[r["doc_id"]]["source_file"]][int(r["raw_start"]):int(r["raw_end"])]
        clean_piece = texts[r["doc_id"]][int(r["clean_start"]):int(r["clean_end"])]
        assert set(r["unit"]) <= set(clean_piece), (r["unit"], clean_piece)
        if clean_piece[0].isdigit():  # an Arabic figure: its digits stand in the raw span as printed
            digits = "".join(ch for ch in clean_piece if ch.isdigit())
            assert digits == "".join(ch for ch in raw_piece if ch.isdigit()), (raw_piece, clean_piece)
        if r["origin"] == "note":
            assert r["period"] == "" and r["section"] == "注释"
        else:
            assert r["period"]
    party = [r for r in rows if r["doc_id"].endswith("-party") and r["origin"] == "report"]
    assert sum(bool(r["section"]) for r in party) / len(party) > 0.8  # lead sentences name them


def test_a_schema_changed_alone_is_new_content(tmp_path: Path):
    """Same rows, a new enum value in a table's schema: the release must not be kept as it was."""
    from pipelines.publish.release import content_digest
    root = tmp_path / "r"
    (root / "data").mkdir(parents=True)
    (root / "data" / "t.csv").write_text("a\n1\n", encoding="utf-8")

    def with_schema(enum: list[str]) -> str:
        package = {"sources": [{"name": "x.txt", "sha256": "0"}], "created": "now",
                   "resources": [{"name": "t", "schema": {"fields": [
                       {"name": "a", "type": "string", "constraints": {"enum": enum}}]}}]}
        (root / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
        return content_digest(root)

    assert with_schema(["1"]) == with_schema(["1"])
    assert with_schema(["1"]) != with_schema(["1", "2"])


def test_same_content_compares_sizes_then_digests(tmp_path: Path):
    """A release folder has the same content as another only when its digest agrees; a file more or
    one of another size differs at once, one of the same size by its bytes."""
    from pipelines.publish.release import content_digest, same_content

    def release(name: str, files: dict[str, str]) -> Path:
        root = tmp_path / name
        for rel, text in files.items():
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_text(text, encoding="utf-8")
        return root

    base = {"data/t.csv": "a\n1\n", "texts/d.txt": "正文"}
    a = release("a", base)
    assert same_content(a, release("b", base))
    assert not same_content(a, release("c", {**base, "data/t.csv": "a\n12\n"}))  # another size
    assert not same_content(a, release("d", {**base, "data/t.csv": "a\n2\n"}))  # same size, other bytes
    assert not same_content(a, release("e", {**base, "texts/e.txt": ""}))  # a file more
    assert not same_content(a, release("f", {"data/t.csv": "a\n1\n"}))  # a file fewer
    big = "x" * (3 << 20)
    g, h = release("g", {**base, "data/u.csv": big}), release("h", {**base, "data/u.csv": big[:-1] + "y"})
    assert not same_content(g, h)  # differs in the last block of a file of several blocks
    assert same_content(g, release("i", {**base, "data/u.csv": big}))
    for root in (a, release("j", base)):
        (root / "datapackage.json").write_text(json.dumps(
            {"created": root.name, "sources": [{"name": "x.txt"}], "resources": []}), encoding="utf-8")
    assert same_content(a, tmp_path / "j")  # only the time of creation differs
    (tmp_path / "j" / "datapackage.json").write_text(json.dumps(
        {"sources": [{"name": "y.txt"}], "resources": []}), encoding="utf-8")
    assert not same_content(a, tmp_path / "j")  # another source listed
    for x, y in [(a, tmp_path / "b"), (a, tmp_path / "c"), (g, h), (a, tmp_path / "j")]:
        assert same_content(x, y) == (content_digest(x) == content_digest(y))
