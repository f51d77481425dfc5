"""The distributed engine: a real Dask scheduler and two workers (separate processes on this machine)
build the files, and the release is byte-identical to the local run."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import ROOT
from .test_runner import cli, finish, write_raw

pytestmark = pytest.mark.slow

DASK = Path(sys.executable).with_name("dask")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def cluster(tmp_path: Path):
    """A scheduler and two single-threaded workers, each its own process; yields the address."""
    pytest.importorskip("distributed")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = dict(os.environ, PYTHONPATH=str(ROOT))  # the workers import this checkout's code
    logs = (tmp_path / "dask.log").open("w")
    procs = [subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--no-dashboard"], cwd=ROOT, env=env, stdout=logs, stderr=logs)]
    for n in range(2):
        procs.append(subprocess.Popen([str(DASK), "worker", address, "--nthreads", "1", "--nworkers", "1",
                                       "--no-dashboard", "--name", f"w{n}", "--local-directory",
                                       str(tmp_path / f"w{n}")], cwd=ROOT, env=env, stdout=logs,
                                      stderr=logs))
    try:
        from distributed import Client

        deadline = time.monotonic() + 120
        while True:
            try:
                with Client(address, timeout="5s") as client:
                    client.wait_for_workers(2, timeout=60)
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        yield address
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()
        logs.close()


def test_dask_cluster_release_is_byte_identical_to_the_local_one(tmp_path: Path, cluster: str,
                                                                 monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    raw = tmp_path / "raw"
    write_raw(raw, 6)
    code, out_text, err = finish(cli(raw, tmp_path / "dask", "--scheduler", cluster))
    assert code == 0, err
    assert f"on Dask at {cluster}" in out_text
    code, _, err = finish(cli(raw, tmp_path / "local", "--workers", "2"))
    assert code == 0, err
    dask_release, local_release = tmp_path / "dask" / "latest", tmp_path / "local" / "latest"
    files = sorted(p.relative_to(local_release) for p in local_release.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(dask_release) for p in dask_release.rglob("*") if p.is_file())
    for rel in files:
        assert (dask_release / rel).read_bytes() == (local_release / rel).read_bytes(), rel
