"""A release built on the last one (segments copied, only changed files read) has the bytes of one
built from scratch; the layout is trusted only for the release and code it was written for."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from pipelines.publish import assemble, writer
from pipelines.runner import run

from .conftest import COMPOSED_REPORT

PLACES = ("某某县", "青山县", "白水区", "东林市")


def _write_raw(raw: Path, places: tuple[str, ...], figure: str = "128.5") -> None:
    raw.mkdir(parents=True, exist_ok=True)
    for n, place in enumerate(places):
        text = COMPOSED_REPORT.replace("某某县", place).replace("128.5", figure if n == 1 else "128.5")
        (raw / f"report-{n}.txt").write_text(text, encoding="utf-8")


def _files(root: Path, *folders: str) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for f in folders for p in sorted((root / f).rglob("*")) if p.is_file()}


@pytest.fixture
def small_batches(monkeypatch):
    # row groups of a few rows, so that copied segments straddle Parquet row groups
    monkeypatch.setattr(assemble, "BATCH_ROWS", 7)
    monkeypatch.setattr(writer, "BATCH_ROWS", 7)
    monkeypatch.setenv("PIPELINE_WORKBOOK_MAX_ROWS", "10")  # spreadsheet CSVs instead of a workbook
    monkeypatch.setenv("PIPELINE_REVIEW_MAX_DOCS", "2")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


@pytest.mark.slow
def test_a_release_built_on_the_last_one_has_the_bytes_of_a_fresh_one(tmp_path: Path, small_batches,
                                                                       monkeypatch):
    from pipelines.publish.changes import changes_document, compare_releases
    from pipelines.publish.review import review_page

    raw, out = tmp_path / "raw", tmp_path / "out"
    _write_raw(raw, PLACES)
    assert run(raw, out, echo=lambda *_: None).ok
    copied: list[int] = []
    real_copy = assemble.SegmentWriter.add_copy
    monkeypatch.setattr(assemble.SegmentWriter, "add_copy",
                        lambda self, *a: (copied.append(a[1]), real_copy(self, *a))[1])
    # one figure of one file changes, one file goes, one comes
    _write_raw(raw, PLACES[:3], figure="130.5")
    (raw / "report-3.txt").unlink()
    (raw / "report-9.txt").write_text(COMPOSED_REPORT.replace("某某县", "南河县"), encoding="utf-8")
    second = run(raw, out, echo=lambda *_: None)
    assert second.ok and not second.reused and second.published == "2.0.1"
    assert sum(copied) > 0  # segments of the unchanged files were copied, not rebuilt
    fresh_raw, fresh_out = tmp_path / "fresh-raw", tmp_path / "fresh-out"
    shutil.copytree(raw, fresh_raw)
    assert run(fresh_raw, fresh_out, echo=lambda *_: None).ok
    incremental, scratch = out / "releases" / "2.0.1", fresh_out / "releases" / "2.0.0"
    assert _files(incremental, "data", "spreadsheet", "texts", "raw") == \
        _files(scratch, "data", "spreadsheet", "texts", "raw")
    # the extras read segments while building; read whole, after the fact, they are the same bytes
    previous = out / "releases" / "2.0.0"
    doc = changes_document("2.0.1", "2.0.0", compare_releases(incremental, previous))
    written = json.loads((incremental / "changes.json").read_text(encoding="utf-8"))
    assert written == json.loads(json.dumps(doc, ensure_ascii=False))
    assert written["tables"]["indicators"]["changed"]  # the changed figure is found
    # without a layout (the last release made by other code) groups are compared: the same changes as
    # reading both tables whole into pandas
    from pipelines.publish.changes import diff_frames, read_csv, table_resources

    streamed = {t.table: t for t in compare_releases(incremental, previous)}
    for name, res in table_resources(incremental).items():
        key = list(res["schema"].get("primaryKey", []))
        if key:
            whole = diff_frames(name, key, read_csv(previous / res["path"], key),
                                read_csv(incremental / res["path"], key))
            if streamed[name].unchanged:  # same bytes in both: not read at all
                assert whole.unchanged, name
            else:
                assert streamed[name] == whole, name
    assert not streamed["indicators"].unchanged
    assert (incremental / "review.html").read_text(encoding="utf-8") == review_page(incremental)[0]


@pytest.mark.slow
def test_a_zip_built_on_the_last_one_has_the_bytes_of_a_fresh_one(tmp_path: Path, small_batches):
    from pipelines.publish.archive import archive_release

    raw, out = tmp_path / "raw", tmp_path / "out"
    _write_raw(raw, PLACES)
    assert run(raw, out, echo=lambda *_: None).ok
    _write_raw(raw, PLACES, figure="130.5")
    assert run(raw, out, echo=lambda *_: None).ok
    releases = tmp_path / "copy"
    shutil.copytree(out / "releases" / "2.0.1", releases / "2.0.1")
    assert archive_release(releases, "2.0.1").read_bytes() == (out / "releases" / "2.0.1.zip").read_bytes()
    with zipfile.ZipFile(out / "releases" / "2.0.1.zip") as zf:
        assert zf.testzip() is None


@pytest.mark.slow
def test_the_layout_is_not_trusted_once_the_last_release_differs(tmp_path: Path, small_batches):
    from pipelines.fingerprint import code_fingerprint
    from pipelines.publish.layout import load_previous

    raw, out = tmp_path / "raw", tmp_path / "out"
    _write_raw(raw, PLACES[:2])
    assert run(raw, out, echo=lambda *_: None).ok
    last = out / "releases" / "2.0.0"
    assert load_previous(out, last, code_fingerprint()) is not None
    assert load_previous(out, last, "other code") is None
    csv_path = last / "data" / "glossary.csv"
    csv_path.chmod(0o644)
    csv_path.write_bytes(csv_path.read_bytes() + b"\n")
    assert load_previous(out, last, code_fingerprint()) is None


def test_a_large_file_is_zipped_in_pieces_and_the_next_zip_reuses_the_unchanged_ones(tmp_path: Path,
                                                                                     monkeypatch):
    from pipelines.publish import archive, pieces
    from pipelines.publish.archive import zip_release

    def release(folder: Path, figure: str) -> Path:
        (folder / "data").mkdir(parents=True)
        rows = [f"f-{n:08x},某县,地区生产总值,{n % 997}.{n % 7},亿元,{n * 3},{n * 3 + 9}\n"
                for n in range(90_000)]
        rows[45_000] = f"f-0000afc8,某县,地区生产总值,{figure},亿元,1,2\n"
        (folder / "data" / "indicators.csv").write_text("".join(rows), encoding="utf-8")
        (folder / "data" / "indicators.parquet").write_bytes(b"PAR1" + bytes(range(256)) * 40 + b"PAR1")
        (folder / "README.md").write_text("# 数据\n", encoding="utf-8")
        return folder

    releases = tmp_path / "releases"
    first = release(releases / "1.0.0", "128.5")
    assert first.joinpath("data", "indicators.csv").stat().st_size >= archive.PIECED
    pieces_1 = zip_release(first, "1.0.0", releases / "1.0.0.zip")
    second = release(releases / "1.0.1", "130.5")
    compressed: list[bytes] = []
    real = pieces.deflate_piece
    monkeypatch.setattr(pieces, "deflate_piece", lambda piece: (compressed.append(piece), real(piece))[1])
    pieces_2 = zip_release(second, "1.0.1", releases / "1.0.1.zip", releases / "1.0.0.zip", "1.0.0", pieces_1)
    monkeypatch.setattr(pieces, "deflate_piece", real)
    scratch = tmp_path / "scratch"
    (scratch / "1.0.1").parent.mkdir()
    shutil.copytree(second, scratch / "1.0.1")
    zip_release(scratch / "1.0.1", "1.0.1", scratch / "fresh.zip")
    assert (releases / "1.0.1.zip").read_bytes() == (scratch / "fresh.zip").read_bytes()
    total = len(pieces_2["data/indicators.csv"])
    assert total > 20 and len(compressed) <= 3  # only the pieces around the changed row
    with zipfile.ZipFile(releases / "1.0.1.zip") as zf:
        assert zf.testzip() is None
        assert zf.read("1.0.1/data/indicators.csv") == (second / "data" / "indicators.csv").read_bytes()
        assert zf.getinfo("1.0.1/data/indicators.parquet").compress_type == zipfile.ZIP_STORED


@pytest.mark.slow
def test_the_keys_of_a_first_release_are_listed_as_pandas_listed_them(seed_release: Path):
    import pandas as pd

    from pipelines.publish.changes import _all_added, diff_frames, read_csv, table_resources

    latest = seed_release / "latest"
    for name, res in table_resources(latest).items():
        key = list(res["schema"].get("primaryKey", []))
        if not key:
            continue
        cols = [f["name"] for f in res["schema"]["fields"]]
        empty = pd.DataFrame(columns=cols, dtype=str).set_index(key, drop=False)
        assert _all_added(name, key, latest / res["path"], cols) == \
            diff_frames(name, key, empty, read_csv(latest / res["path"], key)), name


def test_arrow_key_check_finds_what_the_row_check_finds():
    import pyarrow as pa

    from pipelines.publish.keys import ArrowKeyCheck, KeyCheck
    from pipelines.publish.schemas import columns

    cols = columns("glossary")
    rows = [["g-1", "甲", "乙", "doc-a", "", "", "", "1", "2", "0", "1"][:len(cols)] for _ in range(3)]
    rows += [["g-2", "丙", "丁", "doc-x", "", "", "", "5", "6", "4", "5"][:len(cols)]]
    rows = [r + [""] * (len(cols) - len(r)) for r in rows]
    by_rows, by_arrow = KeyCheck("glossary"), ArrowKeyCheck("glossary")
    for r in rows:
        by_rows.add(r)
    by_arrow.add_table(pa.table({c: [r[i] for r in rows] for i, c in enumerate(cols)}))
    known = {"documents": {"doc-a"}}
    assert by_arrow.problems(known) == by_rows.problems(known)
    assert len(by_arrow.problems(known)) == 2


def test_a_code_list_is_compared_without_a_schema_file(tmp_path: Path) -> None:
    """Code lists carry their schemas in the release, not in schemas/: a release after one made by
    other code (a code list gained a row) must still list its changes, not fail."""
    from pipelines.publish.changes import _group_delta
    old, new = tmp_path / "old.csv", tmp_path / "new.csv"
    old.write_text("code,zh\na,甲\nb,乙\n", encoding="utf-8")
    new.write_text("code,zh\na,甲\nb,乙\nc,丙\n", encoding="utf-8")
    delta = _group_delta("some_code_list", ["code"], old, new, ["code", "zh"])
    assert delta is not None and delta.added == ["c"] and not delta.removed and not delta.changed


@pytest.mark.parametrize("failure", ["internals missing", "internals raise", "directory wrong"])
def test_a_zip_falls_back_to_the_public_api_when_zipfile_internals_fail(tmp_path: Path, monkeypatch, failure):
    """The fast path appends through ZipFile internals that Python does not promise: when they are
    missing, raise, or leave an archive that does not list every file, the archive is written again
    with the public API and holds the same content."""
    from pipelines.publish import archive
    from pipelines.publish.archive import zip_release

    folder = tmp_path / "releases" / "1.0.0"
    (folder / "data").mkdir(parents=True)
    big = "".join(f"f-{n:08x},某县,{n % 97}.5,亿元\n" for n in range(150_000)).encode()
    (folder / "data" / "indicators.csv").write_bytes(big)
    (folder / "README.md").write_text("# 数据\n", encoding="utf-8")
    assert len(big) >= archive.PIECED
    target = tmp_path / "releases" / "1.0.0.zip"
    if failure == "internals missing":
        monkeypatch.setattr(archive, "_can_append_packed", lambda: False)
    elif failure == "internals raise":
        def broken(*args, **kwargs):
            raise AttributeError("'ZipFile' object has no attribute 'start_dir'")
        monkeypatch.setattr(archive, "_write_pieced", broken)
    else:
        monkeypatch.setattr(archive, "_lists_files", lambda archive_path, files: False)
    pieced = zip_release(folder, "1.0.0", target)
    assert pieced == {}  # nothing was deflated in pieces: the public API wrote every entry whole
    with zipfile.ZipFile(target) as zf:
        assert zf.testzip() is None
        assert zf.namelist() == ["1.0.0/README.md", "1.0.0/data/indicators.csv"]
        assert zf.read("1.0.0/data/indicators.csv") == big
    assert not list(target.parent.glob(".*.tmp"))


def test_this_python_has_the_zipfile_internals_the_fast_path_uses():
    from pipelines.publish import archive

    assert archive._can_append_packed()
