"""The run plan of a raw folder: links, special files, sizes, names, key clashes, duplicates; decoding."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from pipelines.text.decode import BadInputError, decode_bytes, list_raw_files, read_regular, read_source
from pipelines.text.inputs import InputPlan, name_problem, plan_inputs, read_input

from .conftest import COMPOSED_REPORT


@pytest.fixture
def no_hang():
    """Fail (instead of hanging the suite) if a test blocks on a FIFO for more than 10 s."""
    def boom(*_):
        raise TimeoutError("blocked: a FIFO or device was opened")
    old = signal.signal(signal.SIGALRM, boom)
    signal.alarm(10)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def _raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "county-2020.txt").write_text(COMPOSED_REPORT, encoding="utf-8")
    return raw


def _reasons(plan: InputPlan) -> dict[str, str]:
    return dict(plan.rejected)


def test_links_out_of_the_folder_devices_and_fifos_are_rejected_by_name_never_opened(tmp_path, no_hang):
    raw = _raw(tmp_path)
    secret = tmp_path / "outside.txt"
    secret.write_text("外部文件，不属于原始文件夹。", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe")
    os.mkfifo(raw / "fifo.txt")
    (raw / "outside.txt").symlink_to(secret)
    (raw / "zero.txt").symlink_to("/dev/zero")
    (raw / "pipe.txt").symlink_to(tmp_path / "pipe")
    (raw / "gone.txt").symlink_to(tmp_path / "missing.txt")
    plan = plan_inputs(raw)
    reasons = _reasons(plan)
    assert [i.name for i in plan.accepted] == ["county-2020.txt"]
    assert "outside the raw folder" in reasons["outside.txt"]
    assert "outside the raw folder" in reasons["zero.txt"]
    assert "outside the raw folder" in reasons["pipe.txt"]
    assert "FIFO" in reasons["fifo.txt"] and "not opened" in reasons["fifo.txt"]
    assert "outside the raw folder" in reasons["gone.txt"]
    # the per-file reader refuses them too, whoever calls it
    for name, what in (("zero.txt", "character device"), ("pipe.txt", "FIFO"), ("outside.txt", "regular")):
        with pytest.raises(BadInputError, match=f"{name}: is a symbolic link to .*{what}"):
            read_source(raw / name)
    with pytest.raises(BadInputError, match="fifo.txt: is a FIFO"):
        read_regular(raw / "fifo.txt")


def test_a_link_to_a_file_inside_the_folder_is_read_and_deduplicated(tmp_path):
    raw = _raw(tmp_path)
    (raw / "alias.txt").symlink_to(raw / "county-2020.txt")
    (raw / "body.dat").write_text(COMPOSED_REPORT.replace("某某县", "另一县"), encoding="utf-8")
    (raw / "other.txt").symlink_to("body.dat")
    plan = plan_inputs(raw)
    assert [i.name for i in plan.accepted] == ["county-2020.txt", "other.txt"]
    assert plan.accepted[1].path == (raw / "body.dat").resolve()
    assert plan.duplicates == (("alias.txt", "county-2020.txt"),)


def test_hidden_files_folders_and_other_suffixes_are_listed_as_skipped(tmp_path):
    raw = _raw(tmp_path)
    (raw / ".draft.txt").write_text(COMPOSED_REPORT, encoding="utf-8")
    (raw / "2019.txt").mkdir()
    (raw / "archive").mkdir()
    (raw / "scan.pdf").write_bytes(b"%PDF-1.4")
    (raw / "sources.csv").write_text("file,title\n", encoding="utf-8")
    plan = plan_inputs(raw)
    skipped = dict(plan.skipped)
    assert skipped == {".draft.txt": "hidden file",
                       "2019.txt": "a directory named like a report text; sub-folders are not read",
                       "archive": "a directory; sub-folders are not read",
                       "scan.pdf": "not a report text (.txt, .md, .text)"}
    assert "skipped: 2019.txt: a directory named like a report text; sub-folders are not read" \
        in plan.messages()


def test_size_limit_is_checked_before_reading(tmp_path, monkeypatch):
    raw = _raw(tmp_path)
    big = raw / "big.txt"
    with big.open("wb") as fh:  # sparse: 3 GB on paper, nothing on disk
        fh.truncate(3 * 1024 ** 3)
    monkeypatch.setenv("PIPELINE_MAX_FILE_BYTES", "100000")
    plan = plan_inputs(raw)
    assert _reasons(plan) == {
        "big.txt": "3221225472 bytes, over the limit of 100000 (PIPELINE_MAX_FILE_BYTES)"}
    with pytest.raises(BadInputError, match="big.txt: 3221225472 bytes, over the limit"):
        read_source(big)
    monkeypatch.setenv("PIPELINE_MAX_FILE_BYTES", "lots")
    with pytest.raises(BadInputError, match="PIPELINE_MAX_FILE_BYTES='lots'"):
        plan_inputs(raw)


def test_colliding_slugs_get_distinct_keys_and_documents_distinct_ids(tmp_path):
    raw = _raw(tmp_path)
    names = (("report.txt", "甲县"), ("report.md", "乙县"), ("a b.txt", "丙县"), ("a-b.txt", "丁县"))
    for name, place in names:
        (raw / name).write_text(COMPOSED_REPORT.replace("某某县", place), encoding="utf-8")
    plan = plan_inputs(raw)
    keys = {i.name: i.key for i in plan.accepted}
    assert len(set(keys.values())) == len(keys) == 5
    assert keys["county-2020.txt"] == "county-2020"
    assert {k.rsplit("-", 1)[0] for n, k in keys.items() if n.startswith("report")} == {"report"}
    assert keys["a b.txt"].startswith("a-b-") and keys["a-b.txt"].startswith("a-b-")
    # the key is the source's slug, which document ids are built from
    src = read_input(plan.by_key(keys["report.md"]))
    assert src.slug == keys["report.md"] and src.name == "report.md"
    # keys do not depend on the order of the listing or on unrelated files
    (raw / "zz.txt").write_text(COMPOSED_REPORT.replace("某某县", "戊县"), encoding="utf-8")
    assert {i.name: i.key for i in plan_inputs(raw).accepted if i.name != "zz.txt"} == keys


def test_identical_bytes_under_two_names_are_accepted_once_with_a_warning_naming_both(tmp_path):
    raw = _raw(tmp_path)
    (raw / "copy of county.txt").write_bytes((raw / "county-2020.txt").read_bytes())
    plan = plan_inputs(raw)
    assert [i.name for i in plan.accepted] == ["copy of county.txt"]
    assert plan.duplicates == (("county-2020.txt", "copy of county.txt"),)
    assert plan.messages() == ["warning: county-2020.txt: same bytes as copy of county.txt; "
                               "published once, as copy of county.txt"]


def test_names_with_control_characters_are_rejected_by_name(tmp_path):
    raw = _raw(tmp_path)
    for name in ("new\nline.txt", "tab\there.txt", "rtl\u202etxt.md"):
        (raw / name).write_text(COMPOSED_REPORT.replace("某某县", name[:3]), encoding="utf-8")
    (raw / "mark`up<b>.txt").write_text(COMPOSED_REPORT.replace("某某县", "戊县"), encoding="utf-8")
    plan = plan_inputs(raw)
    assert sorted(i.name for i in plan.accepted) == ["county-2020.txt", "mark`up<b>.txt"]
    assert set(_reasons(plan)) == {"new\nline.txt", "tab\there.txt", "rtl\u202etxt.md"}
    assert all(line.count("\n") == 0 for line in plan.messages())
    assert "error: new\\nline.txt: the file name has a control character" in plan.messages()[0]
    assert name_problem("上城区（2013）报告.txt") == ""


def test_a_file_changed_after_the_plan_is_refused_by_name(tmp_path):
    raw = _raw(tmp_path)
    plan = plan_inputs(raw)
    (raw / "county-2020.txt").write_text(COMPOSED_REPORT + "\n补充。", encoding="utf-8")
    with pytest.raises(BadInputError, match="county-2020.txt: changed since the run started"):
        read_input(plan.accepted[0])


def test_missing_folder_and_old_helpers(tmp_path):
    with pytest.raises(BadInputError, match="the raw folder does not exist"):
        plan_inputs(tmp_path / "nope")
    raw = _raw(tmp_path)
    assert [p.name for p in list_raw_files(raw)] == ["county-2020.txt"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_a_bom_are_decoded_not_called_binary(encoding):
    data = ("\ufeff" + COMPOSED_REPORT).encode(encoding)
    assert decode_bytes(data, "wide.txt") == (COMPOSED_REPORT, encoding)


def test_broken_utf16_names_the_encoding_and_the_byte_offset():
    data = "\ufeff政府工作报告".encode("utf-16-le") + b"\x00\xd8" + "报告".encode("utf-16-le")
    with pytest.raises(BadInputError, match=r"w.txt: invalid UTF-16-LE .* at byte 14"):
        decode_bytes(data, "w.txt")


def test_truncated_utf8_is_reported_at_its_utf8_offset():
    body = COMPOSED_REPORT.encode("utf-8")
    data = body + "报".encode()[:2]
    with pytest.raises(BadInputError, match=f"cut.txt: invalid UTF-8 at byte {len(body)}: unexpected end"
                                            ".*truncated"):
        decode_bytes(data, "cut.txt")


def test_bad_byte_in_the_middle_names_both_encodings_and_offsets():
    head = COMPOSED_REPORT.encode("utf-8")
    data = head + b"\xff\xff" + "尾部文字".encode()
    with pytest.raises(BadInputError, match=f"m.txt: invalid UTF-8 at byte {len(head)}: .*GB18030 offset"):
        decode_bytes(data, "m.txt")


@pytest.mark.slow
def test_names_with_markup_backticks_and_backslashes_are_escaped_and_sums_check(tmp_path, capsys):
    import subprocess

    from pipelines.__main__ import main

    raw = tmp_path / "raw"
    raw.mkdir()
    names = {"mark`up<i>x.txt": "甲县", "back\\slash *bold*.txt": "乙县", "new\nline.txt": "丙县"}
    for name, place in names.items():
        (raw / name).write_text(COMPOSED_REPORT.replace("某某县", place), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 1
    assert "the file name has a control character" in capsys.readouterr().err
    latest = (out / "latest").resolve()
    check = subprocess.run(["sha256sum", "-c", "--strict", "SHA256SUMS"], cwd=latest,
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "raw/back\\slash *bold*.txt: OK" in check.stdout
    readme = (latest / "README.md").read_text(encoding="utf-8")
    assert "<i>" not in readme.replace("``raw/mark`up<i>x.txt``", "")  # literal inside a code span
    assert "- ``raw/mark`up<i>x.txt``: mark\\`up&lt;i&gt;x.txt" in readme
    assert "line.txt" not in readme
