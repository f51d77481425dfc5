"""Catalogue metadata: what a portal needs to list the release, in datapackage.json and as DCAT-AP.

``datapackage.json`` gains (custom properties are allowed by Data Package v2):
``spatialCoverage`` and ``temporalCoverage`` (named as in schema.org's Dataset, which Google's dataset
search reads), ``x_years``, ``x_code_version`` (git commit where known, code fingerprint, package
version), each source's ``encoding``, more ``keywords``, a publisher and contact among
``contributors``, and every file of ``texts/`` and ``raw/`` as a declared resource (type ``file``:
bytes and hash checked by validators).

``catalogue.jsonld`` beside it describes the release as a ``dcat:Dataset`` following DCAT-AP 3.0
(SEMIC): mandatory ``dct:title`` and ``dct:description``; recommended ``dcat:contactPoint``
(vCard), ``dcat:distribution``, ``dcat:keyword``, ``dct:publisher`` (foaf:Agent), ``dct:spatial``,
``dct:temporal`` (dct:PeriodOfTime with ``dcat:startDate``/``dcat:endDate``), ``dcat:theme`` (the EU
data-theme vocabulary: GOVE, government and public sector); each distribution
with its mandatory ``dcat:accessURL`` and ``dcat:downloadURL``, ``dcat:mediaType``,
``dcat:byteSize``, ``spdx:checksum`` and ``dct:license``.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
from importlib import metadata
from pathlib import Path

from pipelines.fingerprint import code_fingerprint
from pipelines.publish.layout import layout_for
from pipelines.publish.package import read_descriptor, save_descriptor, sha256_file
from pipelines.text.decode import decode_bytes, slug_for

DCAT_FILE = "catalogue.jsonld"
PUBLISHER = os.environ.get("PIPELINE_PUBLISHER", "district-reports-pipeline maintainers")
CONTACT_EMAIL = os.environ.get("PIPELINE_CONTACT_EMAIL", "")
BASE_URL = os.environ.get("PIPELINE_BASE_URL", "")  # where the release folder is served, if anywhere
EU_THEME_GOVERNMENT = "http://publications.europa.eu/resource/authority/data-theme/GOVE"
KEYWORDS = ["China", "local government", "annual work report", "government work report",
            "People's Congress", "CPPCC", "open data", "indicators", "政府工作报告", "人大常委会工作报告",
            "政协工作报告", "党委工作报告"]


def git_commit(root: Path) -> dict[str, object]:
    """The checkout's commit and whether its code differs from it; empty outside a git checkout."""
    env = os.environ.get("PIPELINE_GIT_COMMIT")
    if env:
        return {"git_commit": env}
    if not (root / ".git").exists():
        return {}
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True,
                              text=True, check=True, timeout=10).stdout.strip()
        status = ["git", "-C", str(root), "status", "--porcelain", "--", "pipelines", "schemas"]
        dirty = subprocess.run(status, capture_output=True, text=True, check=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return {}
    return {"git_commit": head, "git_dirty": bool(dirty)}


def code_version() -> dict[str, object]:
    """What code built the release: package version, code fingerprint and git commit where known."""
    try:
        version = metadata.version("district-reports-pipeline")
    except metadata.PackageNotFoundError:
        version = ""
    return {"package": "district-reports-pipeline", "package_version": version,
            "code_fingerprint": code_fingerprint(), **git_commit(Path(__file__).resolve().parents[2])}


def documents(build: Path) -> list[dict[str, str]]:
    with (build / "data" / "documents.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def coverage(docs: list[dict[str, str]]) -> tuple[list[dict[str, str]], list[int]]:
    """Places (with admin codes) and the years the documents cover.

    >>> coverage([{"place": "某县", "admin_code": "", "covers_year": "2015"},
    ...           {"place": "某县", "admin_code": "", "covers_year": ""}])
    ([{'name': '某县', 'admin_code': ''}], [2015])
    """
    places = sorted({(d.get("place") or "", d.get("admin_code") or "") for d in docs if d.get("place")})
    years = sorted({int(d["covers_year"]) for d in docs if d.get("covers_year")})
    return [{"name": p, "admin_code": c} for p, c in places], years


def file_resource(build: Path, path: Path, name: str, title: str, encoding: str) -> dict:
    rel = path.relative_to(build).as_posix()
    return {"name": name, "type": "file", "title": title, "path": rel, "format": "txt",
            "mediatype": "text/plain", "encoding": encoding, "bytes": path.stat().st_size,
            "hash": f"sha256:{sha256_file(path)}"}


def write_catalogue(build: Path, previous: Path | None) -> None:
    """Extra: coverage, code version, encodings, keywords, publisher; texts/ and raw/ as resources."""
    package = read_descriptor(build)
    places, years = coverage(documents(build))
    package["spatialCoverage"] = [dict(p, identifier=f"GB/T 2260:{p['admin_code']}") if p["admin_code"] else p
                                  for p in places]
    if years:
        package["temporalCoverage"] = f"{years[0]}/{years[-1]}"
        package["x_years"] = years
    package["x_code_version"] = code_version()
    keywords = package.get("keywords", []) + KEYWORDS + [p["name"] for p in places]
    package["keywords"] = list(dict.fromkeys(keywords))
    contact = {"title": PUBLISHER, "roles": ["publisher", "contact"]}
    if CONTACT_EMAIL:
        contact["email"] = CONTACT_EMAIL
    others = [c for c in package.get("contributors", []) if c.get("title") != PUBLISHER]
    package["contributors"] = others + [contact]
    encodings = {}
    layout = layout_for(build)
    # a raw file's encoding depends on its bytes and the code only: the last release's, by sha256
    known = layout.previous.encodings if layout is not None and layout.previous is not None else {}
    shas = {str(s.get("path", "")).removeprefix("raw/"): s.get("version", "")
            for s in package.get("sources", [])}
    for p in sorted((build / "raw").glob("*")) if (build / "raw").is_dir() else []:
        sha = shas.get(p.name, "")
        encodings[p.name] = known.get(sha) or decode_bytes(p.read_bytes(), p.name)[1]
        if layout is not None and sha:
            layout.encodings[sha] = encodings[p.name]
        title = f"Raw source file {p.name} (bytes as received)"
        res = file_resource(build, p, f"raw-{slug_for(p.name)}", title, encodings[p.name])
        package["resources"].append(res)
    for s in package.get("sources", []):
        name = s.get("path", "").removeprefix("raw/")
        if name in encodings:
            s["encoding"] = encodings[name]
    for p in sorted((build / "texts").glob("*.txt")):
        package["resources"].append(file_resource(build, p, f"text-{p.stem}",
                                                  f"Cleaned text of document {p.stem}", "utf-8"))
    save_descriptor(build, package)


def _url(path: str) -> str:
    return BASE_URL.rstrip("/") + "/" + path if BASE_URL else path


def dcat_dataset(package: dict, extra_files: list[tuple[str, str, int, str]]) -> dict:
    """The release as a DCAT-AP 3.0 ``dcat:Dataset`` in JSON-LD.

    ``extra_files``: (path, media type, bytes, sha256) of files that are not package resources.
    """
    lic = package["licenses"][0]["path"]
    dists = []
    files = [(r["path"], r.get("mediatype", ""), r.get("bytes", 0), r.get("hash", "").removeprefix("sha256:"),
              r.get("title", r["name"])) for r in package["resources"] if r.get("type") == "table"
             or r.get("format") == "parquet"]
    files += [(p, m, b, h, p) for p, m, b, h in extra_files]
    for path, media, size, digest, title in files:
        dists.append({"@type": "dcat:Distribution", "dct:title": title,
                      "dcat:accessURL": {"@id": _url(path)}, "dcat:downloadURL": {"@id": _url(path)},
                      "dcat:mediaType": {"@id": f"http://www.iana.org/assignments/media-types/{media}"},
                      "dcat:byteSize": {"@value": str(size), "@type": "xsd:nonNegativeInteger"},
                      "spdx:checksum": {"@type": "spdx:Checksum",
                                        "spdx:algorithm": {"@id": "spdx:checksumAlgorithm_sha256"},
                                        "spdx:checksumValue": digest},
                      "dct:license": {"@id": lic}})
    contact = {"@type": "vcard:Organization", "vcard:fn": PUBLISHER}
    if CONTACT_EMAIL:
        contact["vcard:hasEmail"] = {"@id": f"mailto:{CONTACT_EMAIL}"}
    dataset = {
        "@context": {"dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/",
                     "foaf": "http://xmlns.com/foaf/0.1/", "vcard": "http://www.w3.org/2006/vcard/ns#",
                     "spdx": "http://spdx.org/rdf/terms#", "xsd": "http://www.w3.org/2001/XMLSchema#",
                     "locn": "http://www.w3.org/ns/locn#", "skos": "http://www.w3.org/2004/02/skos/core#",
                     "adms": "http://www.w3.org/ns/adms#", "owl": "http://www.w3.org/2002/07/owl#"},
        "@type": "dcat:Dataset",
        "dct:identifier": f"{package['name']}/{package['version']}",
        "dct:title": {"@value": package["title"], "@language": "en"},
        "dct:description": {"@value": package["description"], "@language": "en"},
        "dcat:version": package["version"],
        "dct:issued": {"@value": package["created"], "@type": "xsd:dateTime"},
        "dct:modified": {"@value": package["created"], "@type": "xsd:dateTime"},
        "dcat:keyword": package.get("keywords", []),
        "dcat:theme": {"@id": EU_THEME_GOVERNMENT},
        "dct:publisher": {"@type": "foaf:Agent", "foaf:name": PUBLISHER},
        "dcat:contactPoint": contact,
        "dct:license": {"@id": lic},
        "dct:conformsTo": {"@id": package.get("$schema", "")},
        "dct:spatial": [{"@type": "dct:Location", "skos:prefLabel": {"@value": p["name"], "@language": "zh"},
                         **({"dct:identifier": p["admin_code"]} if p.get("admin_code") else {})}
                        for p in package.get("spatialCoverage", [])],
        "dct:provenance": {"@type": "dct:ProvenanceStatement",
                           "rdfs:label": "Extracted by district-reports-pipeline "
                                         + json.dumps(package.get("x_code_version", {}), sort_keys=True)},
        "dcat:distribution": dists,
    }
    dataset["@context"]["rdfs"] = "http://www.w3.org/2000/01/rdf-schema#"
    years = package.get("x_years")
    if years:
        dataset["dct:temporal"] = {"@type": "dct:PeriodOfTime",
                                   "dcat:startDate": {"@value": f"{years[0]}-01-01", "@type": "xsd:date"},
                                   "dcat:endDate": {"@value": f"{years[-1]}-12-31", "@type": "xsd:date"}}
    return dataset


def write_dcat(build: Path, previous: Path | None) -> None:
    """Extra: ``catalogue.jsonld`` (run after the other extras, so it lists their files)."""
    package = read_descriptor(build)
    extra = []
    for name, media in (("tables.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                        ("review.html", "text/html"), ("CHANGES.md", "text/markdown"),
                        ("changes.json", "application/json")):
        p = build / name
        if p.exists():
            extra.append((name, media, p.stat().st_size, sha256_file(p)))
    text = json.dumps(dcat_dataset(package, extra), ensure_ascii=False, indent=1) + "\n"
    (build / DCAT_FILE).write_text(text, encoding="utf-8")
