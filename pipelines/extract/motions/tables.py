"""Proposals listed in a table: a row on one line, or a row the OCR flattened into one cell per line.

- ``table_row``: ``关于X的提案 市住建局 已解决`` (the cells of a row on one line, the last one its
  outcome);
- the same rule, ``关于X的提案`` / ``市住建局`` / ``已解决`` (each cell on its own line, as a copy
  of a table often comes out); the row is a title line inside a run of short cell lines, its
  outcome the last cell of the row that states one;
- a row whose title cell, right after the row's number, has no type word (``4`` / ``发展山区特色林下
  经济`` / ``农业界`` / ``县林业局`` / ``已采纳``) under a title column headed ``提案名称``, ``案由``,
  ``建议名称`` or ``议案名称``: a row of a table of motions is one whatever its title says.

A 建议-titled row of a table whose header or caption speaks of 提案 (``提案名称``,
``重点提案督办情况表``) is a proposal: members often title their proposals 关于…的建议.

>>> from pipelines.model import DocumentText
>>> text = "提案名称\\n承办单位\\n办理结果\\n关于增设城区公厕的建议\\n市城管局\\n已建成8座\\n"
>>> rows = table_motions(DocumentText("d", "cppcc", 2016, text))
>>> [(m.title, m.motion_type, m.outcome, m.rule) for m in rows]
[('关于增设城区公厕的建议', '提案', '已建成8座', 'table_row')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipelines.extract.doc_cache import section_at
from pipelines.extract.supervision.layouts import PLANNED_LEAD, SUGGESTION_LINE
from pipelines.model import DocumentText, Motion
from pipelines.text.structure import list_lead

# The cells of a row on one line, apart by spaces or bars (a markdown or text table), a number first.
_SEP = r"[ \t\u3000|｜]"
_TABLE_ROW = re.compile(
    rf"^{_SEP}*(?:\d{{1,3}}[.．、]?{_SEP}+)?《?(?P<t>关于[^\s，。；《》|｜]{{4,60}}的(?P<w>提案|议案|建议))》?"
    rf"(?:{_SEP}+[^\s|｜]{{2,20}}){{0,2}}?{_SEP}+(?P<o>[^\s|｜]{{2,16}}){_SEP}*$", re.M)
# A cell holding a title and nothing else (in 《》 or bare), and a line holding such a cell.
_TITLE = r"《?(?P<t>关于[^\s，。；《》]{4,60}的(?P<w>提案|议案|建议))》?"
_TITLE_CELL = re.compile(_TITLE)
_TITLE_LINE = re.compile(rf"^[ \t\u3000]*{_TITLE}[ \t\u3000]*$", re.M)
# A cell of a flattened table: a short line with no sentence end (a result may hold a comma:
# 已列入年度计划，建成服务站46个).
_CELL = re.compile(r"[^。；：\n]{1,30}")
# The header cell over the titles of a table of motions, and the type of its rows.
_TITLE_HEADER = re.compile(r"(?P<w>提案|建议|议案)(?:名称|题目|标题)|(?P<c>案由)")
# A bare title cell (发展山区特色林下经济): Chinese, at least four characters.
_BARE_TITLE = re.compile(r"《?(?P<t>[\u4e00-\u9fff][^\s，。；：《》]{3,59})》?")
_NUMBER = re.compile(r"\d{1,3}[.．、]?")
# What a results column says: 已解决, 列入计划, 已建成并试运行, 县政府已出台办法.
_OUTCOME_WORD = re.compile(
    r"已|正在|解决|办结|办复|落实|采纳|答复|参考|列入计划|纳入计划|列入|纳入|建成|完成|出台|启动|开工")
# An office's name (市人口和计划生育局, 市规划实施管理中心): who handles it, no result.
_OFFICE = re.compile(r"(?:局|委|办|中心|院|政府|委员会|公司|所|站|处|科|部)$")


def _said(cell: str) -> bool:
    """A cell that states a result, not the office that handles the proposal."""
    return _OUTCOME_WORD.search(cell) is not None and _OFFICE.search(cell) is None
# A header cell or caption of a table of proposals: 提案名称, 案由, 重点提案办理情况表.
_PROPOSAL_HEADER = re.compile(r"提案|案由")
_BODY = {"提案": "cppcc", "议案": "npc", "建议": ""}
_LOOK_BACK = 40  # lines: a table of a dozen rows of three or four cells


def _body(doc: DocumentText, word: str) -> str:
    """Whose motion: a 提案 the CPPCC's, an 议案 the People's Congress's, a 建议 the report's body."""
    return _BODY[word] or ("npc" if doc.report_kind == "npc" else "cppcc")


def _line_at(text: str, pos: int) -> tuple[int, int]:
    """The stripped span of the line holding ``pos``."""
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    e = len(text) if e < 0 else e
    line = text[s:e]
    return s + len(line) - len(line.lstrip()), s + len(line.rstrip())


def _lines_before(text: str, pos: int) -> Iterator[tuple[int, int]]:
    """The non-blank lines before the line holding ``pos``, nearest first, as stripped spans."""
    s = text.rfind("\n", 0, pos) + 1
    while s > 0:
        a, b = _line_at(text, s - 1)
        s = text.rfind("\n", 0, s - 1) + 1
        if a < b:
            yield a, b


def _lines_after(text: str, pos: int) -> Iterator[tuple[int, int]]:
    """The non-blank lines after the line holding ``pos``, as stripped spans."""
    e = text.find("\n", pos)
    while 0 <= e < len(text):
        a, b = _line_at(text, e + 1)
        e = text.find("\n", e + 1)
        if a < b:
            yield a, b


def _is_cell(text: str, span: tuple[int, int]) -> bool:
    return _CELL.fullmatch(text, *span) is not None


def _type(doc: DocumentText, word: str, pos: int) -> str:
    """``word``, or 提案 for a 建议-titled row of a CPPCC table about proposals: its header cells
    or caption (the lines above, up to the sentence that introduces the table) name 提案."""
    if word != "建议" or doc.report_kind != "cppcc":
        return word
    text = doc.text
    for k, (a, b) in enumerate(_lines_before(text, pos)):
        if k >= _LOOK_BACK or "。" in text[a:b]:
            break
        if _PROPOSAL_HEADER.search(text, a, b) and not _TITLE_CELL.fullmatch(text, a, b):
            return "提案"
    return word


def _row(doc: DocumentText, m: re.Match[str], outcome: str, quote_start: int, quote_end: int) -> Motion:
    """The motion of a table row whose title ``m`` matched (groups ``t`` and ``w``)."""
    kind = _type(doc, m["w"], m.start())
    return Motion(m.start("t"), m.end("t"), _body(doc, kind), m["t"], kind, outcome,
                  doc.text[quote_start:quote_end], section_at(doc, m.start("t")), "table_row")


def _one_line_rows(doc: DocumentText) -> list[Motion]:
    text = doc.text
    out = []
    for m in _TABLE_ROW.finditer(text):
        if doc.report_kind == "npc" and m["w"] == "提案":
            continue
        outcome = m["o"] if _said(m["o"]) else ""
        out.append(_row(doc, m, outcome, m.start("t"), m.end()))
    return out


def _cell_rows(doc: DocumentText) -> list[Motion]:
    text = doc.text
    out = []
    for m in _TITLE_LINE.finditer(text):
        if doc.report_kind == "npc" and m["w"] == "提案":
            continue
        prev = next(_lines_before(text, m.start()), None)
        if prev is None or not _is_cell(text, prev):
            continue  # a row inside a table: a header cell or the row before sits above it
        cells: list[tuple[int, int]] = []
        for span in _lines_after(text, m.end()):
            if (len(cells) == 4 or not _is_cell(text, span) or _TITLE_CELL.fullmatch(text, *span)
                    or _NUMBER.fullmatch(text, *span)):
                break  # the row ends at the next row's number or title, or at prose
            cells.append(span)
        if not cells:
            continue  # a title alone on its line, no cells: not a table row
        said = [c for c in cells if _said(text[c[0]:c[1]])]
        outcome = text[said[-1][0]:said[-1][1]] if said else ""
        out.append(_row(doc, m, outcome, _line_at(text, m.start("t"))[0], cells[-1][1]))
    return out


def _header_type(doc: DocumentText, pos: int) -> str:
    """The type of the rows of the table of motions above ``pos`` (its title column's header:
    ``提案名称``, ``案由`` → 提案, ``建议名称`` → 建议, ``议案名称`` → 议案), '' if none."""
    text = doc.text
    for k, (a, b) in enumerate(_lines_before(text, pos)):
        if k >= _LOOK_BACK or "。" in text[a:b]:
            break
        if h := _TITLE_HEADER.fullmatch(text, a, b):
            return "提案" if h["c"] else h["w"]
    return ""


def _numbered_rows(doc: DocumentText) -> list[Motion]:
    """Rows of a flattened table of motions whose title cell, right after the row's number, has
    no type word (``4`` / ``发展山区特色林下经济`` / ``农业界`` / ``县林业局`` / ``已采纳``): a row of
    such a table is a motion whatever its title says."""
    text = doc.text
    out = []
    for n in re.finditer(r"^[ \t\u3000]*\d{1,3}[ \t\u3000]*$", text, re.M):
        prev = next(_lines_before(text, n.start()), None)
        title = next(_lines_after(text, n.end() - 1), None) if n.end() < len(text) else None
        if prev is None or title is None or not _is_cell(text, prev):
            continue
        m = _BARE_TITLE.fullmatch(text, *title)
        if not m or _TITLE_CELL.fullmatch(text, *title) or _OFFICE.search(m["t"]) or _said(m["t"]):
            continue  # a typed title is the other rule's; an office or a result is no title
        kind = _header_type(doc, n.start())
        if not kind or (doc.report_kind == "npc" and kind == "提案") or (
                doc.report_kind != "npc" and kind == "议案"):
            continue
        cells: list[tuple[int, int]] = []
        for span in _lines_after(text, title[1]):
            if (len(cells) == 4 or not _is_cell(text, span) or _TITLE_CELL.fullmatch(text, *span)
                    or _NUMBER.fullmatch(text, *span)):
                break
            cells.append(span)
        if not cells:
            continue
        said = [c for c in cells if _said(text[c[0]:c[1]])]
        outcome = text[said[-1][0]:said[-1][1]] if said else ""
        out.append(Motion(m.start("t"), m.end("t"), _body(doc, kind), m["t"], kind, outcome,
                          text[title[0]:cells[-1][1]], section_at(doc, m.start("t")), "table_row"))
    return out


#: A head cell over the titles of a table of works, and the type of its rows: 报告题目 → 调研报告.
_HEAD_TITLE = re.compile(r"(?P<w>提案|建议|议案|调研报告|调研课题|报告|课题|发言|调研)(?:名称|题目|标题)"
                         r"|(?P<c>案由)")
_HEAD_TYPES = {"提案": "提案", "建议": "建议", "议案": "议案", "调研报告": "调研报告", "报告": "调研报告",
               "调研": "调研报告", "调研课题": "课题报告", "课题": "课题报告", "发言": "大会发言"}
_TAB_LINE = re.compile(r"^[^\n\t]*\t[^\n]*$", re.M)


def _headed_rows(doc: DocumentText) -> list[Motion]:
    """Rows of a table whose cells the cleaning set apart by tabs, under a head naming the title
    column (``序号 报告题目 形成时间`` → ``1 关于X的调研报告 2014年6月``): each row's title cell is a
    work of the type the head names, whatever its title says (``…的调查与思考``)."""
    text = doc.text
    out = []
    for h in _TAB_LINE.finditer(text):
        head = h.group().split("\t")
        col = next((i for i, c in enumerate(head) if _HEAD_TITLE.fullmatch(c.strip())), None)
        if col is None:
            continue
        hm = _HEAD_TITLE.fullmatch(head[col].strip())
        kind = "提案" if hm["c"] else _HEAD_TYPES[hm["w"]]
        if (doc.report_kind == "npc" and kind not in ("议案", "建议")) \
                or (doc.report_kind != "npc" and kind == "议案"):
            continue  # (a People's Congress report's table of reports lists the reports it heard)
        for a, b in _lines_after(text, h.end() - 1):
            cells = text[a:b].split("\t")
            if len(cells) != len(head):
                break  # the table ends at the first line that is no row of it
            start = a + sum(len(c) + 1 for c in cells[:col])
            m = _BARE_TITLE.fullmatch(cells[col].strip())
            if m is None or _OFFICE.search(m["t"]) or _said(m["t"]):
                continue
            t0 = start + len(cells[col]) - len(cells[col].lstrip()) + m.start("t")
            said = [c.strip() for k, c in enumerate(cells) if k != col and _said(c.strip())]
            body = _body(doc, kind if kind in _BODY else "提案")
            out.append(Motion(t0, t0 + len(m["t"]), body, m["t"], kind,
                              said[-1] if said else "", text[a:b], section_at(doc, t0), "table_row"))
    return out


#: The line a list of suggestions or proposals hangs from: 主任会议确定以下四件建议为重点督办建议：.
_LIST_LEAD = re.compile(r"(?:建议|议案|提案)[^\n]{0,20}[：:]\s*$")


def _listed_rows(doc: DocumentText) -> list[Motion]:
    """Titles listed one to a line under a sentence about suggestions or proposals (numbered,
    in 《》, in “” or bare): ``1.关于加快X的建议；`` under ``确定以下四件建议为重点督办建议：``."""
    text = doc.text
    out = []
    for m in SUGGESTION_LINE.finditer(text):
        lead = list_lead(text, m.start(), SUGGESTION_LINE.fullmatch)
        if not lead or not _LIST_LEAD.search(lead) or PLANNED_LEAD.search(lead):
            continue
        title = m["s"].strip("《》“”")
        word = title[-2:]
        kind = "提案" if doc.report_kind == "cppcc" and "提案" in lead else word
        if (doc.report_kind == "npc" and kind == "提案") or (doc.report_kind != "npc" and kind == "议案"):
            continue
        start = m.start("s") + (1 if m["s"][0] in "《“" else 0)
        out.append(Motion(start, start + len(title), _body(doc, kind), title, kind, "",
                          text[m.start():m.end()].strip(), section_at(doc, start), "table_row"))
    return out


def table_motions(doc: DocumentText) -> list[Motion]:
    """The rows of the proposal tables of a CPPCC or People's Congress report, in text order."""
    if doc.report_kind not in ("cppcc", "npc"):
        return []
    rows = _one_line_rows(doc)
    taken = [(m.start, m.end) for m in rows]
    rows += [m for m in _cell_rows(doc) if all(m.end <= s or m.start >= e for s, e in taken)]
    taken = [(m.start, m.end) for m in rows]
    rows += [m for m in _numbered_rows(doc) if all(m.end <= s or m.start >= e for s, e in taken)]
    taken = [(m.start, m.end) for m in rows]
    rows += [m for m in _headed_rows(doc) if all(m.end <= s or m.start >= e for s, e in taken)]
    taken = [(m.start, m.end) for m in rows]
    rows += [m for m in _listed_rows(doc) if all(m.end <= s or m.start >= e for s, e in taken)]
    taken = [(m.start, m.end) for m in rows]
    rows += [m for m in _numbered_items(doc) if all(m.end <= s or m.start >= e for s, e in taken)]
    return sorted(rows, key=lambda r: (r.start, r.end))


#: A numbered item that opens with a proposal's title, its proposer and what became of it after it
#: (``4.《关于X的建议》（医卫界委员提出）。县卫健局…``).
_NUMBERED_ITEM = re.compile(r"^[ \t\u3000]*\d{1,2}\s?[.．、]\s*[《“]?"
                            r"(?P<t>关于[^，。；《》“”\n]{2,60}?的(?:提案|建议))[》”]?"
                            r"(?:[（(][^（）()\n]{1,24}[）)])?[。，,；;]", re.M)
_NUMBER_START = re.compile(r"\d{1,2}\s?[.．、]")


def _numbered_items(doc: DocumentText) -> list[Motion]:
    """Numbered items under a lead on key proposals (常委会确定年度重点提案6件，…办理情况如下：): each
    item's title is a proposal, whatever its title's last word (members title proposals 关于…的建议)."""
    text = doc.text
    if doc.report_kind != "cppcc" or "提案" not in text:
        return []
    out = []
    for m in _NUMBERED_ITEM.finditer(text):
        lead = list_lead(text, m.start(), _NUMBER_START.match)
        if not lead or "提案" not in lead or lead[-1] not in "：:" or PLANNED_LEAD.search(lead):
            continue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        out.append(Motion(m.start("t"), m.end("t"), "cppcc", m["t"], "提案", "",
                          text[m.start():line_end].strip(), section_at(doc, m.start("t")), "table_row"))
    return out
