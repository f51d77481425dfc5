"""``review.html``: one self-contained page where a person sees every row in its sentence.

Each document's cleaned text (``texts/<doc_id>.txt``) is shown with every row of every table that has
a clean span (indicators, supervision, cppcc_motions, glossary …; the topic subsets repeat rows of
``indicators`` and are not drawn twice) highlighted at ``clean_start:clean_end``, coloured by table.
Clicking a highlight shows the row's fields (and those of every row around it). Below each text:
the numbers no row covers, the indicators without a code, and the OCR corrections of its raw file as
before → after. The page loads nothing: styles, script and data are inline, and a Content Security
Policy forbids any request.
"""

from __future__ import annotations

import csv
import html
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from pipelines.publish.package import read_descriptor
from pipelines.publish.schemas import TOPIC_TABLES

REVIEW_FILE = "review.html"
COLOURS = ("#8ecae6", "#b7e4a0", "#ffc97a", "#d7b8f3", "#f4a6a6", "#a0e8e0", "#e9e38a")
# A run of digits (with decimal point or thousands separator) that reads as a quantity.
NUMBER = re.compile(r"[0-9０-９]+(?:[.,．][0-9０-９]+)*")
# Dates are not quantities: a year before 年, a month or day before 月/日/号.
DATE_AFTER = re.compile(r"(?:\d{4}年|[0-9０-９]{1,2}(?:月|日|号))")


@dataclass(frozen=True)
class Mark:
    """One row drawn at its span: index into the page's row list, table, start and end."""

    index: int
    table: str
    start: int
    end: int


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _rows_of(build: Path, table: str, path: str, docs: set[str], sources: set[str]) -> list[dict[str, str]]:
    """The rows of a table that can belong to the documents shown: while the release is built, only
    the segments of those documents (or of their raw files) are read; else the whole file."""
    from pipelines.publish.assemble import read_segment_rows
    from pipelines.publish.layout import layout_for
    from pipelines.publish.schemas import columns
    from pipelines.publish.writer import group_column

    layout = layout_for(build)
    tl = layout.tables.get(table) if layout is not None else None
    group = group_column(table) if tl is not None else ""
    allowed = docs if group == "doc_id" else sources if group == "source_file" else None
    if tl is None or allowed is None:
        return _read(build / path)
    cols = columns(table)
    rows = read_segment_rows(build, tl, lambda seg: seg.group in allowed)
    return [dict(zip(cols, r, strict=True)) for r in rows]


def spanned_tables(package: dict) -> list[tuple[str, str]]:
    """(table, CSV path) of the tables whose rows have a doc_id and a clean span, in package order."""
    out = []
    for r in package["resources"]:
        if r.get("format") != "csv":
            continue
        names = {f["name"] for f in r.get("schema", {}).get("fields", [])}
        if {"doc_id", "clean_start", "clean_end"} <= names and r["name"] not in TOPIC_TABLES:
            out.append((r["name"], r["path"]))
    return out


CHANGE_REACH = 40  # how far after a figure its stated change may stand (…亿元，比上年增长7.0%)


def _number(s: str) -> float | None:
    try:
        return float(s.translate(FULL_WIDTH).replace(",", ""))
    except ValueError:
        return None


FULL_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")


def uncovered_numbers(text: str, spans: list[tuple[int, int]],
                      changes: list[tuple[int, float]] = ()) -> list[tuple[int, int]]:
    """Numbers in ``text`` that overlap no span (dates left out) and are not the stated change
    (``changes``: (clean_end, change_value) of a row) shortly after a row's figure.

    >>> uncovered_numbers("共有12个社区，新建3所学校，2015年", [(2, 5)])
    [(10, 11)]
    >>> uncovered_numbers("产值8亿元，增长6.5%，另有3项", [(2, 5)], [(5, 6.5)])
    [(15, 16)]
    """
    covered = sorted(spans)
    out = []
    for m in NUMBER.finditer(text):
        value = _number(m.group())
        if any(end <= m.start() < end + CHANGE_REACH and value == v for end, v in changes):
            continue
        date = DATE_AFTER.match(text, m.start())
        if date and date.end() > m.end():
            continue
        if any(s < m.end() and m.start() < e for s, e in covered):
            continue
        out.append((m.start(), m.end()))
    return out


def render_text(text: str, marks: list[Mark], numbers: list[tuple[int, int]], doc_key: str) -> str:
    """The text as HTML with nested ``<span class="hl">`` per row; a row crossing another is split,
    and only its first piece has the class ``hl-start`` (so the page has one per row).

    >>> render_text("ab12cd", [Mark(0, "t", 2, 4)], [], "d")
    'ab<span class="hl hl-start t-t" data-r="0" id="r-0">12</span>cd'
    """
    cuts = {0, len(text)}
    for m in marks:
        cuts.update((m.start, m.end))
    for s, e in numbers:
        cuts.update((s, e))
    ordered = sorted(marks, key=lambda m: (m.start, -m.end, m.index))
    starts_of_number = {s: (i, e) for i, (s, e) in enumerate(numbers)}
    points = sorted(cuts)
    parts: list[str] = []
    for a, b in zip(points, points[1:], strict=False):
        for m in ordered:  # rows of no width are drawn as an empty marker where they sit
            if m.start == m.end == a:
                parts.append(f'<span class="hl hl-start hl-empty t-{m.table}" data-r="{m.index}" '
                             f'id="r-{m.index}"></span>')
        active = [m for m in ordered if m.start <= a and m.end >= b and m.start < m.end]
        piece = html.escape(text[a:b], quote=False)
        if a in starts_of_number and starts_of_number[a][1] == b:
            piece = f'<span class="uncovered" id="u-{doc_key}-{starts_of_number[a][0]}">{piece}</span>'
        for m in reversed(active):
            first = " hl-start" if m.start == a else ""
            anchor = f' id="r-{m.index}"' if first else ""
            piece = f'<span class="hl{first} t-{m.table}" data-r="{m.index}"{anchor}>{piece}</span>'
        parts.append(piece)
    return "".join(parts)


def _context(text: str, s: int, e: int, width: int = 12) -> str:
    return (html.escape(text[max(0, s - width):s]) + "<b>" + html.escape(text[s:e]) + "</b>"
            + html.escape(text[e:e + width]))


def review_max_docs() -> int:
    """How many documents the page shows (env ``PIPELINE_REVIEW_MAX_DOCS``, default 20): the page
    holds every row of the documents it shows, and is written again at every release."""
    return int(os.environ.get("PIPELINE_REVIEW_MAX_DOCS", "20"))


def review_page(build: Path) -> tuple[str, int]:
    """The page, and the number of rows drawn on it (rows whose span lies inside their text)."""
    package = read_descriptor(build)
    tables = spanned_tables(package)
    colour = {t: COLOURS[i % len(COLOURS)] for i, (t, _) in enumerate(tables)}
    docs = _read(build / "data" / "documents.csv")
    total_docs = len(docs)
    docs = docs[:review_max_docs()]  # a page a browser can open: the first documents by id
    kept = {d["doc_id"] for d in docs}
    texts = {d["doc_id"]: (build / "texts" / f"{d['doc_id']}.txt").read_text(encoding="utf-8")
             for d in docs if (build / "texts" / f"{d['doc_id']}.txt").exists()}
    rows: list[dict] = []
    marks: dict[str, list[Mark]] = {d: [] for d in texts}
    unplaced: list[str] = []
    counts = {t: 0 for t, _ in tables}
    shown = {d["source_file"] for d in docs}
    for table, path in tables:
        for r in _rows_of(build, table, path, kept, shown):
            idx = len(rows)
            if r["doc_id"] not in kept:
                continue
            rows.append({"t": table, "f": r})
            text = texts.get(r["doc_id"])
            try:
                s, e = int(r["clean_start"]), int(r["clean_end"])
            except ValueError:
                s = e = -1
            if text is None or not 0 <= s <= e <= len(text):
                unplaced.append(f"{table} row {idx} ({r['doc_id']}): no span in its text")
                continue
            marks[r["doc_id"]].append(Mark(idx, table, s, e))
            counts[table] += 1
    corrections = {}
    if (build / "data" / "corrections.csv").exists():
        for c in _rows_of(build, "corrections", "data/corrections.csv", kept, shown):
            if c["source_file"] in shown:
                corrections.setdefault(c["source_file"], []).append(c)
    body = [f"<h1>{html.escape(package['title'])} — {html.escape(package['version'])}</h1>",
            "<p>Every row of every table at its place in the cleaned text. Click a highlight to see its "
            "fields. Dotted underlines are numbers that no row covers.</p>"]
    if total_docs > len(docs):
        body.append(f"<p>This page shows the first {len(docs)} of {total_docs} documents (by id); "
                    "set PIPELINE_REVIEW_MAX_DOCS to show more.</p>")
    body.append('<div id="legend">')
    for t, _ in tables:
        body.append(f'<label><input type="checkbox" checked data-t="{t}"> <span class="sw" '
                    f'style="background:{colour[t]}"></span>{t} ({counts[t]})</label>')
    body.append('<label><span class="sw uncovered-sw"></span>number no row covers</label></div>')
    for d in docs:
        doc_id, text = d["doc_id"], texts.get(d["doc_id"])
        if text is None:
            continue
        changes = [(m.end, v) for m in marks[doc_id]
                   if (v := _number(rows[m.index]["f"].get("change_value") or "x")) is not None]
        numbers = uncovered_numbers(text, [(m.start, m.end) for m in marks[doc_id]], changes)
        key = re.sub(r"[^a-z0-9-]", "-", doc_id)
        body += [f'<section class="doc" id="doc-{key}"><h2>{html.escape(d.get("title") or doc_id)}</h2>',
                 f'<p class="meta">{html.escape(doc_id)} · {html.escape(d.get("report_kind", ""))} · '
                 f'{html.escape(d.get("place", ""))} · {len(marks[doc_id])} rows</p>',
                 f'<div class="text">{render_text(text, marks[doc_id], numbers, key)}</div>',
                 f"<details><summary>Numbers no row covers ({len(numbers)})</summary><ul>"]
        body += [f'<li><a href="#u-{key}-{i}">{_context(text, s, e)}</a></li>'
                 for i, (s, e) in enumerate(numbers)]
        body.append("</ul></details>")
        nocode = [(m, rows[m.index]["f"]) for m in marks[doc_id]
                  if m.table == "indicators" and not rows[m.index]["f"].get("indicator_code")]
        body.append(f"<details><summary>Indicators without a code ({len(nocode)})</summary><ul>")
        body += [f'<li><a href="#r-{m.index}">{html.escape(f.get("indicator", ""))}: '
                 f'{html.escape(f.get("value", ""))} {html.escape(f.get("unit", ""))}</a></li>'
                 for m, f in nocode]
        body.append("</ul></details></section>")
    for source, items in sorted(corrections.items()):
        body.append(f"<section><details><summary>OCR corrections in raw/{html.escape(source)} ({len(items)})"
                    '</summary><table class="corr"><tr><th>raw</th><th>before → after</th><th>rule</th></tr>')
        body += [f'<tr><td>{c["raw_start"]}–{c["raw_end"]}</td><td><del>{html.escape(c["before"])}</del> → '
                 f'<ins>{html.escape(c["after"])}</ins></td><td>{html.escape(c["rule"])}</td></tr>'
                 for c in items]
        body.append("</table></details></section>")
    if unplaced:
        body.append("<section><h2>Rows without a span in their text</h2><ul>"
                    + "".join(f"<li>{html.escape(u)}</li>" for u in unplaced) + "</ul></section>")
    style = STYLE + "".join(f".t-{t}{{background:{c}cc}}" for t, c in colour.items())
    data = json.dumps(rows, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    page = (f'<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">{CSP}<title>Review '
            f'{html.escape(package["version"])}</title><style>{style}</style></head><body>'
            + "\n".join(body) + '<aside id="panel" hidden></aside>'
            f'<script type="application/json" id="rows">{data}</script>'
            f"<script>{SCRIPT}</script></body></html>\n")
    return page, sum(counts.values())


CSP = ("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
       "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">")
STYLE = """body{font-family:sans-serif;margin:1em 24em 1em 1em;line-height:1.9}
.text{white-space:pre-wrap;border:1px solid #ccc;padding:1em;font-size:15px}
.hl{cursor:pointer;border-radius:2px;padding:1px 0}.hl .hl{border-bottom:2px solid #333}
.hl-empty{display:inline-block;width:4px;height:1em;background:#e63946}
.uncovered{text-decoration:underline dotted #d00 2px}.sw{display:inline-block;width:1.2em;height:1em;
vertical-align:middle;margin-right:.3em}.uncovered-sw{border-bottom:2px dotted #d00}
#legend label{margin-right:1.2em}.meta{color:#555}body.hide-x .hl{background:none}
#panel{position:fixed;top:0;right:0;width:22em;height:100%;overflow:auto;background:#fafafa;
border-left:1px solid #aaa;padding:.5em;font-size:13px;line-height:1.4}
#panel table,.corr{border-collapse:collapse}#panel td,.corr td{border-top:1px solid #ddd;padding:2px 4px;
vertical-align:top}.sel{outline:2px solid #e63946}del{color:#a00}ins{color:#070}"""
SCRIPT = """(function(){
const rows=JSON.parse(document.getElementById('rows').textContent);
const panel=document.getElementById('panel');
function show(el){
  document.querySelectorAll('.sel').forEach(e=>e.classList.remove('sel'));
  const seen=new Set();const parts=[];
  for(let e=el;e&&e.classList&&e.classList.contains('hl');e=e.parentElement){
    const i=e.dataset.r;if(seen.has(i))continue;seen.add(i);
    document.querySelectorAll('[data-r="'+i+'"]').forEach(x=>x.classList.add('sel'));
    const r=rows[Number(i)];
    let t='<h3>'+r.t+'</h3><table>';
    for(const k of Object.keys(r.f)){const d=document.createElement('td');d.textContent=r.f[k];
      t+='<tr><td>'+k+'</td>'+d.outerHTML+'</tr>';}
    parts.push(t+'</table>');
  }
  panel.innerHTML=parts.join('');panel.hidden=false;
}
document.addEventListener('click',ev=>{const h=ev.target.closest('.hl');if(h){show(h);}});
document.querySelectorAll('#legend input').forEach(box=>box.addEventListener('change',()=>{
  document.querySelectorAll('.t-'+box.dataset.t).forEach(e=>{e.style.background=box.checked?'':'none';});
}));
})();"""


def write_review(build: Path, previous: Path | None) -> None:
    """Extra: ``review.html`` of the release being built."""
    page, _ = review_page(build)
    (build / REVIEW_FILE).write_text(page, encoding="utf-8")
