"""Bad raw files get a clear error naming them; the good files are still published."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from pipelines.__main__ import main
from pipelines.text.decode import BadInputError, decode_bytes, read_source

from .conftest import COMPOSED_REPORT


def test_empty_binary_and_undecodable_files_are_rejected_by_name():
    with pytest.raises(BadInputError, match="a.txt: the file is empty"):
        decode_bytes(b"  \n", "a.txt")
    with pytest.raises(BadInputError, match="b.txt: the file is binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "b.txt")
    with pytest.raises(BadInputError, match="c.txt"):
        decode_bytes(bytes(range(128, 256)) * 10, "c.txt")


def test_gb18030_is_detected_and_decoded(tmp_path: Path):
    path = tmp_path / "gbk.txt"
    path.write_bytes(COMPOSED_REPORT.encode("gb18030"))
    src = read_source(path)
    assert src.encoding == "gb18030" and src.text == COMPOSED_REPORT


def test_unreadable_file_is_named(tmp_path: Path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "missing-target.txt")
    with pytest.raises(BadInputError, match="gone.txt: is a symbolic link to a missing file"):
        read_source(link)


@pytest.mark.slow
def test_run_publishes_good_files_and_names_bad_ones(tmp_path: Path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good-county-2020.txt").write_text(COMPOSED_REPORT, encoding="utf-8")
    (raw / "gbk-county-2020.txt").write_bytes(COMPOSED_REPORT.replace("某某县", "另一县").encode("gb18030"))
    (raw / "empty.txt").write_bytes(b"")
    (raw / "binary.txt").write_bytes(os.urandom(2048) + b"\x00")
    out = tmp_path / "out"
    code = main(["run", "--raw", str(raw), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert "empty.txt" in err and "empty" in err
    assert "binary.txt" in err and "binary" in err
    with (out / "latest" / "data" / "documents.csv").open(encoding="utf-8") as f:
        files = sorted(r["source_file"] for r in csv.DictReader(f))
    assert files == ["gbk-county-2020.txt", "good-county-2020.txt"]

    # a later run where every file is bad publishes nothing and leaves the release as it was
    version = (out / "latest").resolve().name
    for p in raw.iterdir():
        p.write_bytes(b"")
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 2
    assert (out / "latest").resolve().name == version
    assert (out / "latest" / "data" / "documents.csv").is_file()


def test_missing_raw_folder_is_a_clear_error(tmp_path: Path, capsys):
    assert main(["run", "--raw", str(tmp_path / "nope"), "--out", str(tmp_path / "out")]) == 2
    assert "nope" in capsys.readouterr().err


@pytest.mark.slow
def test_dangling_link_is_named_and_other_files_are_reported(tmp_path: Path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text(COMPOSED_REPORT, encoding="utf-8")
    (raw / "lost.txt").symlink_to(tmp_path / "nowhere.txt")
    (raw / "scan.pdf").write_bytes(b"%PDF-1.4")
    code = main(["run", "--raw", str(raw), "--out", str(tmp_path / "out")])
    captured = capsys.readouterr()
    assert code == 1
    assert "error: lost.txt: a symbolic link to a file outside the raw folder" in captured.err
    assert "[scan.pdf] skipped" in captured.out


@pytest.mark.slow
def test_numbers_only_and_foreign_texts_are_rejected_as_no_report(tmp_path: Path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good-county-2020.txt").write_text(COMPOSED_REPORT, encoding="utf-8")
    (raw / "table.txt").write_text("\n".join(f"{i}\t{i * 17 % 97}.{i % 10}" for i in range(3000)),
                                   encoding="utf-8")
    (raw / "letter.txt").write_text("Dear committee, the figures for 2020 are attached below.\n" * 30,
                                    encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "table.txt: no report text found (only 0 Chinese characters" in err
    assert "letter.txt: no report text found" in err
    with (out / "latest" / "data" / "documents.csv").open(encoding="utf-8") as f:
        assert sorted(r["source_file"] for r in csv.DictReader(f)) == ["good-county-2020.txt"]


def test_csv_cells_that_look_like_formulas_are_written_verbatim():
    """The data CSVs are for machines and byte-identity: a cell starting with = + - @ is kept as
    the text says it (docs/cleaning.md, "Cells that look like formulas")."""
    from pipelines.publish.writer import csv_bytes

    cells = ["=SUM(A1:A9)", "+86 571", "-3.5%", "@某某县"]
    rows = [{"note_id": f"n{i}", "term": c, "definition": c, "doc_id": "d", "raw_start": 0,
             "raw_end": 1, "clean_start": 0, "clean_end": 1} for i, c in enumerate(cells)]
    lines = csv_bytes("glossary", rows).decode("utf-8").splitlines()[1:]
    assert [line.split(",")[1] for line in lines] == cells
    assert [line.split(",")[2] for line in lines] == cells
