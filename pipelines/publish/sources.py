"""Each raw file of a release with its sha256 and, where ``raw/sources.csv`` knows it, its origin."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path


def source_descriptions(raw_dir: Path, files: Sequence[tuple[str, str, str]]) -> list[dict[str, str]]:
    """``files`` as (name, sha256, path) → the descriptor's sources, in the order given.

    >>> source_descriptions(Path("/nonexistent"), [("a.txt", "ab12", "/r/a.txt")])[0]["sha256"]
    'ab12'
    """
    known: dict[str, dict[str, str]] = {}
    listing = raw_dir / "sources.csv"
    if listing.is_file():
        with listing.open(encoding="utf-8", newline="") as f:
            known = {row.get("file", ""): row for row in csv.DictReader(f)}
    out = []
    for name, sha256, path in files:
        meta = known.get(name, {})
        parts = [meta.get("description", ""),
                 meta.get("publisher", "") and f"Publisher: {meta['publisher']}.",
                 meta.get("published_in", "") and f"Published in: {meta['published_in']}."]
        out.append({"name": name, "sha256": sha256, "title": meta.get("title", ""), "raw_path": path,
                    "description": " ".join(p for p in parts if p)})
    return out
