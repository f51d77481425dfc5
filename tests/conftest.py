"""Shared fixtures: the seed's raw folder, a composed one-report file, one pipeline run on the seed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "raw"
SEED = RAW / "shangcheng-2013-reports.txt"

# A short report composed in the genre's style (not taken from any real report).
COMPOSED_REPORT = """政府工作报告

——在某某县第五届人民代表大会第三次会议上

的报告

(2020 年 1 月 8 日)

某某县人民政府县长 王明

2019年,全县上下攻坚克难,经济社会保持平稳发展。

一、2019年工作回顾

全年实现地区生产总值 128.5 亿元,同比增长 6.8%;一般公共预算收入 9.26 亿元,增长 5.2%。

新增城镇就业 3 200 人,完成年度任务的 1.2 倍。

二、2020年主要任务

力争地区生产总值增长 6.5%左右。
"""


def copy_seed(to: Path) -> Path:
    to.mkdir(parents=True, exist_ok=True)
    shutil.copy(SEED, to / SEED.name)
    return to


@pytest.fixture(scope="session")
def seed_release(tmp_path_factory) -> Path:
    """One run of the whole job on the seed; returns the output folder (with latest/)."""
    from pipelines.runner import run

    base = tmp_path_factory.mktemp("seedrun")
    raw = copy_seed(base / "raw")
    summary = run(raw, base / "out", echo=lambda *_: None)
    assert summary.ok, summary.failed_files
    return base / "out"


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "slow: an end-to-end run of the pipeline (seconds, not milliseconds)")
