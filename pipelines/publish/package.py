"""The release's ``datapackage.json`` (Data Package v2), its README data dictionary and SHA256SUMS."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from pipelines.publish.escape import md_code, md_text, sums_line
from pipelines.publish.schemas import TABLE_TITLES, TABLES, load_schema

PACKAGE_NAME = "district-annual-reports"
PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
LICENSE = {"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
           "title": "Creative Commons Attribution 4.0"}


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def created_timestamp() -> str:
    """ISO 8601 UTC time of the build; follows SOURCE_DATE_EPOCH when it is set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = (dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch
              else dt.datetime.now(dt.UTC).replace(microsecond=0))
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def descriptor(root: Path, version: str, sources: Sequence[Mapping[str, str]],
               row_counts: Mapping[str, int]) -> dict:
    """The Data Package descriptor of the release folder ``root`` (data files written already)."""
    resources = []
    for table in TABLES:
        for fmt, media in (("csv", "text/csv"), ("parquet", "application/vnd.apache.parquet")):
            path = root / "data" / f"{table}.{fmt}"
            res = {
                "name": table if fmt == "csv" else f"{table}-parquet",
                # Parquet is described as a file (hash and bytes checked) so that validators read the
                # typed rows from the CSV: frictionless reads a Parquet null in a number column as NaN.
                "type": "table" if fmt == "csv" else "file",
                "title": TABLE_TITLES[table] + (" (Parquet)" if fmt == "parquet" else ""),
                "path": f"data/{table}.{fmt}",
                "format": fmt,
                "mediatype": media,
                "bytes": path.stat().st_size,
                "hash": f"sha256:{sha256_file(path)}",
                "schema": load_schema(table),
            }
            if fmt == "csv":
                res["encoding"] = "utf-8"
                res["dialect"] = {"header": True, "delimiter": ",", "quoteChar": '"'}
                res["x_row_count"] = row_counts.get(table, 0)
            resources.append(res)
    return {
        "$schema": PROFILE,
        "name": PACKAGE_NAME,
        "title": "Chinese local annual reports: indicators, oversight actions, motions, glossary",
        "description": ("Numeric indicators, People's Congress oversight actions, CPPCC motions and "
                        "glossary notes extracted from the text (OCR'd or scraped) of Chinese local "
                        "annual work reports, every row grounded by character offsets in the raw "
                        "source file named in `sources`."),
        "version": version,
        "created": created_timestamp(),
        "licenses": [LICENSE],
        "sources": [
            {"title": s.get("title") or s["name"], "path": f"raw/{s['name']}", "version": s["sha256"],
             "hash": f"sha256:{s['sha256']}", "description": s.get("description", "")}
            for s in sources
        ],
        "contributors": [{"title": "district-reports-pipeline maintainers", "roles": ["creator"]}],
        "keywords": ["China", "government work report", "open data", "indicators"],
        "resources": resources,
    }


def readme(package: dict) -> str:
    """A data dictionary a person can read, generated from the descriptor and schemas."""
    lines = [f"# {package['title']}", "", package["description"], "",
             f"- version: {package['version']}", f"- created: {package['created']}",
             f"- licence: {package['licenses'][0]['name']}", "", "## Sources", ""]
    for s in package["sources"]:
        # names and titles come from outside: no markup, no line breaks (pipelines/publish/escape.py)
        lines.append(f"- {md_code(s['path'])}: {md_text(s['title'])} (sha256 `{s['version']}`). "
                     f"{md_text(s['description'])}")
    lines += ["", "## Offsets", "",
              "`raw_start`/`raw_end` index the raw source file decoded as text (Python str indices, "
              "end exclusive); `clean_start`/`clean_end` index `texts/<doc_id>.txt`.", ""]
    for res in package["resources"]:
        if res["format"] != "csv":
            continue
        schema = res["schema"]
        lines += [f"## {res['name']}", "", res["title"] + ".", "",
                  f"Files: `{res['path']}`, `data/{res['name']}.parquet` ({res['x_row_count']} rows). "
                  f"Primary key: `{', '.join(schema.get('primaryKey', []))}`.", "",
                  "| column | type | required | description |", "| --- | --- | --- | --- |"]
        for f in schema["fields"]:
            c = f.get("constraints", {})
            desc = f.get("description", "")
            if "enum" in c:
                desc += " One of: " + ", ".join(f"`{v}`" for v in c["enum"]) + "."
            lines.append(f"| {f['name']} | {f['type']} | {'yes' if c.get('required') else ''} | {desc} |")
        lines.append("")
    return "\n".join(lines)


def write_package_files(root: Path, package: dict, sums: bool = True) -> None:
    """datapackage.json, README.md and SHA256SUMS (of every other file; unless ``sums`` is False)."""
    (root / "datapackage.json").write_text(json.dumps(package, ensure_ascii=False, indent=2) + "\n",
                                           encoding="utf-8")
    (root / "README.md").write_text(readme(package) + "\n", encoding="utf-8")
    if not sums:
        return
    files = sorted(p for p in root.rglob("*") if p.is_file() and p.name != "SHA256SUMS")
    sums = "".join(sums_line(sha256_file(p), p.relative_to(root).as_posix()) for p in files)
    (root / "SHA256SUMS").write_text(sums, encoding="utf-8")


def read_descriptor(root: Path) -> dict:
    """``datapackage.json`` of the release folder ``root``."""
    return json.loads((root / "datapackage.json").read_text(encoding="utf-8"))


def save_descriptor(root: Path, package: dict) -> None:
    """Rewrite ``datapackage.json`` only (README and SHA256SUMS follow in ``seal_package``)."""
    (root / "datapackage.json").write_text(json.dumps(package, ensure_ascii=False, indent=2) + "\n",
                                           encoding="utf-8")


def seal_package(root: Path, previous: Path | None = None) -> None:
    """Extra, run last: README and SHA256SUMS again, now covering the files the extras added."""
    write_package_files(root, read_descriptor(root))
