"""The real CLI under stress: concurrent runs, signals, kill -9, files changing mid-run, bad staging.

Every test runs ``python -m pipelines run`` as a subprocess on small composed inputs, with a time
bound, and checks the promise of issue 9: a release holds every accepted raw file or is not
published, and ``latest`` is never left pointing at anything else.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import COMPOSED_REPORT, ROOT

pytestmark = pytest.mark.slow

PLACES = ["青山县", "白水县", "东林区", "西岭区", "南河县", "北塘区", "清溪县", "石桥县", "长宁区", "安平县"]


def composed(i: int) -> str:
    """A variant of the composed report: another place, year and figures."""
    text = COMPOSED_REPORT.replace("某某县", PLACES[i % len(PLACES)])
    text = text.replace("128.5", f"{100 + i}.{i % 10}").replace("2019年", f"{2009 + i % 12}年")
    return text


def write_raw(raw: Path, n: int, start: int = 0) -> list[Path]:
    raw.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        p = raw / f"county-{i:03d}.txt"
        p.write_text(composed(i) * 6, encoding="utf-8")  # a few reports per file: some work to do
        paths.append(p)
    return paths


def cli(raw: Path, out: Path, *extra: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    return subprocess.Popen([sys.executable, "-m", "pipelines", "run", "--raw", str(raw), "--out", str(out),
                             *extra], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def finish(proc: subprocess.Popen, timeout: float = 300) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def wait_for_line(proc: subprocess.Popen, needle: str, timeout: float = 120) -> list[str]:
    """Read the run's stdout until a line holds ``needle``; returns the lines read."""
    lines, deadline = [], time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line)
        if needle in line:
            return lines
    raise AssertionError(f"no line with {needle!r} in {lines[-5:]}")


def published_files(out: Path) -> set[str]:
    with (out / "latest" / "data" / "documents.csv").open(encoding="utf-8", newline="") as f:
        return {row["source_file"] for row in csv.DictReader(f)}


def latest_version(out: Path) -> str:
    return (out / "latest").resolve().name


def no_leftovers(out: Path) -> None:
    assert not list((out / "releases").glob(".build-*"))
    assert not list(out.glob(".stage-*")) and not list(out.glob(".latest-*"))
    assert not [p for p in (out / "staging").iterdir() if p.name.endswith(".tmp")]


def test_a_second_run_on_the_same_output_exits_2_naming_the_lock_holder(tmp_path: Path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_raw(raw, 12)
    first = cli(raw, out, "--force", "--workers", "1")
    wait_for_line(first, "building")
    second = cli(raw, out, "--force")
    code, _, err = finish(second, 120)
    assert code == 2
    assert f"locked by PID {first.pid}" in err
    code, _, _ = finish(first)
    assert code == 0
    assert published_files(out) == {p.name for p in raw.iterdir()}
    waiting = cli(raw, out, "--force", "--wait")  # --wait queues behind a holder instead
    assert finish(waiting)[0] == 0


@pytest.mark.parametrize("signum,code", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_stops_the_run_without_publishing(tmp_path: Path, signum: int, code: int):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_raw(raw, 2)
    assert finish(cli(raw, out))[0] == 0
    before = latest_version(out)
    write_raw(raw, 20, start=2)
    proc = cli(raw, out, "--workers", "2")
    wait_for_line(proc, "building")
    proc.send_signal(signum)
    rc, _, err = finish(proc, 120)
    assert rc == code, err
    assert "nothing published" in err
    assert latest_version(out) == before
    assert sorted(p.name for p in (out / "releases").iterdir() if p.is_dir()) == [before]
    assert published_files(out) == {"county-000.txt", "county-001.txt"}
    no_leftovers(out)


@pytest.mark.parametrize("moment", ["building", "[release] check"])
def test_kill_9_then_a_normal_run_publishes_everything(tmp_path: Path, moment: str):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_raw(raw, 16)
    proc = cli(raw, out, "--workers", "2")
    wait_for_line(proc, moment)
    proc.kill()  # SIGKILL: no cleanup at all
    finish(proc, 60)
    assert not (out / "latest").exists() or published_files(out) == {p.name for p in raw.iterdir()}
    code, _, err = finish(cli(raw, out))
    assert code == 0, err
    assert published_files(out) == {p.name for p in raw.iterdir()}
    no_leftovers(out)


def test_a_file_rewritten_during_the_run_is_never_left_out_under_exit_0(tmp_path: Path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    paths = write_raw(raw, 16)
    proc = cli(raw, out, "--workers", "1")
    wait_for_line(proc, "building")
    paths[-1].write_text(composed(99) * 6, encoding="utf-8")
    code, _, err = finish(proc)
    if code == 0:
        assert published_files(out) == {p.name for p in paths}
        with (out / "latest" / "data" / "documents.csv").open(encoding="utf-8", newline="") as f:
            docs = [r for r in csv.DictReader(f) if r["source_file"] == paths[-1].name]
        assert {d["place"] for d in docs} == {"东林区"}  # the new text, composed(99)
    else:
        assert "county-015.txt" in err and "changed during the run" in err
    code, _, err = finish(cli(raw, out))  # the next run picks the new bytes up
    assert code == 0, err
    assert published_files(out) == {p.name for p in paths}


def _flip_a_byte_in_a_table(staged: Path) -> None:
    data = bytearray(staged.read_bytes())
    second_line = data.index(b"\n") + 1
    i = data.index(b'"', second_line + 10)
    data[i + 1] = ord("Z") if data[i + 1] != ord("Z") else ord("Y")
    staged.write_bytes(bytes(data))


def test_corrupt_planted_and_foreign_staging_files_are_rebuilt_or_removed(tmp_path: Path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    paths = write_raw(raw, 3)
    assert finish(cli(raw, out))[0] == 0
    first = (out / "latest" / "data" / "indicators.csv").read_bytes()
    staging = out / "staging"
    _flip_a_byte_in_a_table(staging / "county-000.staged.jsonl")
    (staging / "county-001.staged.jsonl").write_bytes(b"\x80\x04\x95 not json, a pickle's opening bytes")
    marker = tmp_path / "pwned"
    planted = f"import os; os.system('touch {marker}')"
    (staging / "county-002.pickle").write_text(planted, encoding="utf-8")
    (staging / "ghost.staged.jsonl").write_text('{"format":"district-reports-staged/1"}\n', encoding="utf-8")
    paths[2].write_text(composed(7) * 6, encoding="utf-8")  # something to republish
    code, stdout, err = finish(cli(raw, out))
    assert code == 0, err
    assert "[county-000.txt] unchanged file and code: reusing" not in stdout  # rebuilt, not trusted
    assert "[county-001.txt] unchanged file and code: reusing" not in stdout
    assert not marker.exists()
    assert not (staging / "county-002.pickle").exists() and not (staging / "ghost.staged.jsonl").exists()
    assert published_files(out) == {p.name for p in paths}
    rows = (out / "latest" / "data" / "indicators.csv").read_bytes()
    assert rows != first  # county-002 changed
    fresh = tmp_path / "fresh"
    assert finish(cli(raw, fresh, "--force"))[0] == 0
    assert rows == (fresh / "latest" / "data" / "indicators.csv").read_bytes()  # nothing corrupt got in


def test_a_published_file_that_now_fails_stops_the_release(tmp_path: Path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    paths = write_raw(raw, 3)
    assert finish(cli(raw, out))[0] == 0
    before = latest_version(out)
    paths[1].write_bytes(b"")  # was published; now it cannot be read as a report
    code, _, err = finish(cli(raw, out))
    assert code == 2
    assert "county-001.txt" in err and "in the last release but failed now" in err
    assert latest_version(out) == before
    paths[1].unlink()  # removing it is how it is dropped on purpose
    code, _, err = finish(cli(raw, out))
    assert code == 0, err
    assert published_files(out) == {paths[0].name, paths[2].name}
    assert not (out / "staging" / "county-001.staged.jsonl").exists()


def test_a_new_file_that_fails_is_left_out_with_exit_1(tmp_path: Path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_raw(raw, 2)
    (raw / "blank.txt").write_text("\n\n", encoding="utf-8")
    code, _, err = finish(cli(raw, out))
    assert code == 1
    assert err.strip().splitlines() == ["error: blank.txt: the file is empty"]
    assert published_files(out) == {"county-000.txt", "county-001.txt"}


def test_an_edit_of_sources_csv_alone_is_a_new_release(tmp_path: Path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_raw(raw, 2)
    assert finish(cli(raw, out))[0] == 0
    first = latest_version(out)
    assert finish(cli(raw, out))[0] == 0 and latest_version(out) == first  # nothing changed
    (raw / "sources.csv").write_text("file,title,publisher\ncounty-000.txt,某县报告,某县人民政府\n",
                                     encoding="utf-8")
    code, _, err = finish(cli(raw, out))
    assert code == 0, err
    assert latest_version(out) != first
    pkg = json.loads((out / "latest" / "datapackage.json").read_text(encoding="utf-8"))
    assert [s["title"] for s in pkg["sources"]][0] == "某县报告"


def test_an_unexpected_error_is_one_line_with_the_trace_in_a_log(tmp_path: Path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_raw(raw, 1)
    out.mkdir()
    (out / "releases").write_text("not a folder", encoding="utf-8")  # publishing cannot work
    code, _, err = finish(cli(raw, out))
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "unexpected" in lines[0]
    log = Path(lines[0].rsplit("trace in ", 1)[1].rstrip(")"))
    assert log.is_file() and "Traceback" in log.read_text(encoding="utf-8")
