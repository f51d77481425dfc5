"""The project's code list: one code and English label per indicator, whatever the wording.

``pipelines/data/indicator_codes.csv`` holds, per code, the Chinese names and synonyms that
reports use (``地区生产总值|生产总值|GDP``), an English label and a topic.  An indicator joins
the list when its name, with scope words such as 全区 or 全年 and light verbs such as 实现 taken
away, is one of those names.

>>> code_for("全区地区生产总值")
('GDP', 'Gross regional product')
>>> code_for("失业人员再就业")
('REEMPLOYMENT', 'Re-employment of the unemployed')
>>> code_for("十大产业增加值")
('', '')
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "indicator_codes.csv"
_SCOPE = re.compile(r"^(?:全区|全市|全县|全镇|全省|全乡|全年|本年|当年|累计|共|全口径|辖区)+")
_VERB = re.compile(r"^(?:新增|新建|建成|引进|召开|开展|组织|实施|完成|累计)")
_NOISE = re.compile(r"实现|完成|达到|[“”\s]")


@lru_cache(maxsize=1)
def codes() -> dict[str, tuple[str, str, str]]:
    """Every Chinese name of the list → (code, English label, topic)."""
    out: dict[str, tuple[str, str, str]] = {}
    with DATA.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            for name in row["zh"].split("|"):
                out.setdefault(_norm(name), (row["code"], row["en"], row["topic"]))
    return out


def _norm(name: str) -> str:
    return _NOISE.sub("", _SCOPE.sub("", name.strip()))


@lru_cache(maxsize=16384)
def code_for(indicator: str) -> tuple[str, str]:
    """(code, English label) of an indicator name, ('', '') when no code fits."""
    table = codes()
    name = _norm(indicator)
    hit = table.get(name)
    if hit is None:  # 新增研发中心, 召开主任会议: the thing without the verb of its clause
        bare = _VERB.sub("", name)
        hit = table.get(bare) if bare != name else None
    if hit is None:  # 拆迁户数, 竣工面积: the name plus the counted thing
        for suffix in ("户数", "面积", "金额", "人数", "总量", "总额", "数"):
            if name.endswith(suffix) and len(name) > len(suffix):
                hit = table.get(name[: -len(suffix)])
                if hit:
                    break
    return (hit[0], hit[1]) if hit else ("", "")
