"""Oversight actions that a layout states rather than a sentence: list items under a heading that
names the form, and rows of a table the OCR flattened into lines.

- ``heading_item``: under ``一、听取和审议专项工作报告`` (or ``（二）执法检查``), an item
  ``1.县政府关于森林防火工作情况的报告；`` with no trigger of its own is one action of that form;
- ``table_row``: a line ``2 农村公路建设情况 视察`` (a number, the subject, the form's own word) is
  one action; the table's header line (``序号 监督项目 监督方式``) gives none.

>>> from pipelines.model import DocumentText, Paragraph
>>> text = "序号 监督项目 监督方式\\n1 全县河长制落实情况 执法检查\\n2 农村公路建设情况 视察"
>>> doc = DocumentText("d", "npc", 2019, text, (Paragraph(0, 0, len(text), "body", ""),))
>>> [(a.form, a.subject, a.rule) for a in layout_rows(doc)]
[('执法检查', '全县河长制落实情况', 'table_row'), ('视察', '农村公路建设情况', 'table_row')]
"""

from __future__ import annotations

import re

from pipelines.extract.supervision.rules import law_of
from pipelines.model import DocumentText, SupervisionAction
from pipelines.text.structure import list_lead

# The form's own word closing a table row, or naming the form in a heading.
_FORM_WORDS = (
    ("听取审议报告", r"听取(?:和|并)?审议(?:[^，。；]{0,12}报告)?|听取审议报告"),
    ("执法检查", r"执法检查"),
    ("视察", r"(?:专题|集中)?视察"),
    ("专题调研", r"专题调研|调研"),
    ("专题询问", r"专题询问"),
    ("工作评议", r"工作评议|满意度测评"),
    ("备案审查", r"备案审查|规范性文件备案审查"),
)
_ROW = re.compile(r"^[ \t\u3000]*\d{1,3}[.．、]?[ \t\u3000]+(?P<s>[^\s，。；]{4,40})[ \t\u3000]+"
                  r"(?P<f>[^\s，。；]{2,12})[ \t\u3000]*$", re.M)
_ITEM = re.compile(r"^[ \t\u3000]*(?:\d{1,2}\s?[.．、]|[（(]\d{1,2}[）)])\s*(?P<s>[^\n。；;]{4,80}?)[；;。]?"
                   r"[ \t\u3000]*$", re.M)
# An item that states an action of its own (a trigger verb) is read by the sentence rules instead.
_OWN_VERB = re.compile(r"听取|审议|视察|检查|调研|询问|评议|审查|批准|任免|任命|作出|开展|组织")


_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])")


def _form_of(word: str) -> str:
    """The form a table cell or heading names in full (``执法检查`` → 执法检查), '' if none."""
    for form, pattern in _FORM_WORDS:
        if re.fullmatch(pattern, word):
            return form
    return ""


def _heading_form(section: str) -> str:
    """The form the last heading of a section path names: ``一、听取和审议专项工作报告``."""
    last = section.rsplit(" > ", 1)[-1]
    title = _NUMBER.sub("", last)
    for form, pattern in _FORM_WORDS:
        if re.fullmatch(rf"(?:依法|认真|积极|加强|开展)?(?:{pattern})(?:工作|情况|项目)?", title):
            return form
    return ""


def _row(doc: DocumentText, s: int, e: int, form: str, line: tuple[int, int],
         rule: str) -> SupervisionAction:
    subject = doc.text[s:e]
    return SupervisionAction(s, e, form, subject, None, "standing_committee",
                             doc.text[line[0]:line[1]].strip(), doc.section_at(s), law_of(subject), rule)


#: A row of a numbered table flattened to a line, its cells apart by tabs or spaces: ``1 区人民政府关于X的
#: 报告 4月``, ``3\t《X法》实施情况\t执法检查\t5月``, ``2 关于Y的建议 某某 已完成…``.
_NUMBERED_ROW = re.compile(r"^[ \t\u3000]*\d{1,3}[.．、]?[ \t\u3000]+(?P<s>[^\s]{4,80}?)"
                           r"(?P<rest>(?:[ \t\u3000]+[^\n]*?)?)[ \t\u3000]*$", re.M)
#: The header row of such a table (序号 项目 形式 时间) and the caption above it (表2　…执法检查和视察…).
_HEADER_ROW = re.compile(r"^[ \t\u3000]*序号[ \t\u3000][^\n]*$", re.M)
#: The header cell 序号 alone on its line (a table copied one cell a line).
_HEADER_CELL = re.compile(r"^[ \t\u3000]*序号[ \t\u3000]*$", re.M)
_CAPTION = re.compile(r"^[ \t\u3000]*(?:附?表\s*[\d一二三四五六七八九十]+|附件)")
#: A table's caption or header line, which states no action of its own (keepout.list_pointer).
TABLE_HEAD_LINE = re.compile(r"[ \t\u3000]*(?:附?表\s*[\d一二三四五六七八九十]+[ \t\u3000]|序号[ \t\u3000])")
#: A cell that only dates a row: 4月, 2015年6月, 第三季度, 全年.
_DATE_CELL = re.compile(r"(?:(?:19|20)\d\d年)?\d{1,2}月(?:\d{1,2}日)?(?:[-—至~]\d{1,2}月)?|第[一二三四]季度"
                        r"|[上下]半年|全年")
_REPORT_TITLE = re.compile(r"[^\s，。；：《》]{0,30}?关于\S{2,80}?(?:报告|汇报)")


def _table_form(caption: str) -> str:
    """The one form a table's caption names (表1　常委会听取和审议专项工作报告情况), '' for none or
    several."""
    forms = {form for form, pattern in _FORM_WORDS if re.search(pattern, caption)}
    if "督办" in caption and re.search(r"建议|议案", caption):
        forms.add("督查")
    return forms.pop() if len(forms) == 1 else ""


def _numbered_table_rows(doc: DocumentText) -> list[SupervisionAction]:
    """Rows of a numbered table under its header (序号 …) and caption (表N …): the subject is the first
    cell; the form is a cell that names one, else the report or suggestion the subject is, else the
    one form of the caption."""
    text = doc.text
    out: list[SupervisionAction] = []
    at = 0
    while (head := _HEADER_ROW.search(text, at)) is not None:
        at = head.end()
        before = text[:head.start()].rstrip("\n")
        caption = before[before.rfind("\n") + 1:]
        caption = caption if _CAPTION.match(caption) else ""
        if PLANNED_LEAD.search(caption):
            continue
        pos = head.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            if not text[pos:end].strip():  # (a copy may hold a blank line between rows)
                pos = end + 1
                continue
            m = _NUMBERED_ROW.fullmatch(text, pos, end)
            if m is None:
                break
            cells = [c for c in re.split(r"[ \t\u3000]+", m["rest"].strip()) if c]
            named = [f for c in cells if (f := _form_of(c))]
            subject = m["s"]
            form = named[0] if len(named) == 1 else ""
            if not form and _REPORT_TITLE.fullmatch(subject):
                form = "听取审议报告"
            elif not form and re.fullmatch(SUGGESTION_TITLE, subject) \
                    and "督办" in caption + text[head.start():head.end()]:
                form = "督查"
            form = form or _table_form(caption)
            if form and not _form_of(subject) and (not cells or _DATE_CELL.fullmatch(cells[-1]) or named
                                                    or form in ("听取审议报告", "督查")):
                s = m.start("s") + (1 if subject[0] in "《“" and form == "督查" else 0)
                e = m.end("s") - (1 if subject[-1] in "》”" and form == "督查" else 0)
                out.append(_row(doc, s, e, form, (pos, end), "table_row"))
            pos = end + 1
    return out


#: The header cells of a table flattened to one cell a line: what names the subject and the form.
_CONTENT_HEAD = re.compile(r"(?:监督|检查|视察|调研|工作)?(?:内容|项目|名称|事项|议题|题目)")
_FORM_HEAD = re.compile(r"(?:监督|工作)?(?:形式|方式|类型|类别)")


_CELL = re.compile(r"[^\n]*\S[^\n]*")


def _cell_table_rows(doc: DocumentText) -> list[SupervisionAction]:
    """Rows of a table flattened to one cell a line (``序号\n时间\n监督形式\n监督内容\n1\n2月\n听取审议报告\n
    县人民政府关于X的报告\n2\n…``): the content cell is the subject, the form cell (or the report the
    subject is) the form."""
    text = doc.text
    out: list[SupervisionAction] = []
    for head in _HEADER_CELL.finditer(text):
        lines = [(m.start(), m.end()) for m in _CELL.finditer(text, head.end(), head.end() + 6000)]
        cells = [text[a:b].strip() for a, b in lines]
        k = next((i for i, c in enumerate(cells) if c.isdigit()), -1)
        if not 2 <= k <= 6 or cells[k] != "1":
            continue
        content = next((i for i, c in enumerate(cells[:k]) if _CONTENT_HEAD.fullmatch(c)), -1)
        form_at = next((i for i, c in enumerate(cells[:k]) if _FORM_HEAD.fullmatch(c)), -1)
        if content < 0:
            continue
        n, at = 1, k
        while at + k < len(cells) and cells[at] == str(n):
            row = cells[at + 1:at + 1 + k]
            a, b = lines[at + 1 + content]
            subject = row[content]
            form = _form_of(row[form_at]) if form_at >= 0 else ""
            if not form and _REPORT_TITLE.fullmatch(subject):
                form = "听取审议报告"
            if form and not _form_of(subject):
                out.append(_row(doc, a + len(text[a:b]) - len(text[a:b].lstrip()), b, form,
                                (lines[at][0], lines[at + k][1]), "table_row"))
            n, at = n + 1, at + 1 + k
    return out


def layout_rows(doc: DocumentText) -> list[SupervisionAction]:
    """The actions of a report's flattened tables and of its items under a form's heading."""
    text = doc.text
    out = []
    for m in _ROW.finditer(text):
        form = _form_of(m["f"])
        if form and not _form_of(m["s"]):
            out.append(_row(doc, m.start("s"), m.end("s"), form, m.span(), "table_row"))
    if "序号" in text:
        for rows in (_numbered_table_rows(doc), _cell_table_rows(doc)):
            taken = [(r.start, r.end) for r in out]
            out += [r for r in rows if not any(s < r.end and r.start < e for s, e in taken)]
    for m in _ITEM.finditer(text):
        if _OWN_VERB.search(m["s"]) or re.search(r"\d", m["s"]):
            continue  # 1.听取和审议X / 2.全年审议议题35项: the sentence rules read it
        form = _heading_form(doc.section_at(m.start("s")))
        if form:
            out.append(_row(doc, m.start("s"), m.end("s"), form, m.span(), "heading_item"))
    for m in _TITLE_LINE.finditer(text):
        lead = list_lead(text, m.start(), _TITLE_LINE.fullmatch)
        if lead and _REVIEW_LEAD.search(lead) and not PLANNED_LEAD.search(lead):
            out.append(_row(doc, m.start("s"), m.end("s"), "备案审查", m.span(), "heading_item"))
    for head in _REPORTS_HEAD.finditer(text):  # a table of the reports heard, one to a row
        cells = head.group().split("\t")
        col = next(i for i, c in enumerate(cells) if _REPORT_COLUMN.fullmatch(c.strip()))
        at = head.end() + 1
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            row = text[at:end].split("\t")
            if not text[at:end].strip():
                at = end + 1
                continue
            if len(row) != len(cells):
                break
            s = at + sum(len(c) + 1 for c in row[:col])
            title = row[col].strip()
            if title.endswith(("报告", "汇报")):
                s += len(row[col]) - len(row[col].lstrip())
                out.append(_row(doc, s, s + len(title), "听取审议报告", (at, end), "table_row"))
            at = end + 1
    # 确定6件重点建议…督办。其中，“关于A的建议”…；关于B的建议…
    for s, e, quote in key_suggestions_named(text):
        out.append(_row(doc, s, e, "督查", quote, "heading_item"))
    for m in _REVIEW_SERIES.finditer(text):  # 经审查，发现两件文件…问题：一是《A》…；二是《B》…
        if PLANNED_LEAD.search(text, m.start(), m.start("b")):
            continue
        for part in series_parts(text, m.start("b"), m.end("b")):
            t = _DOCUMENT_TITLE.match(text, part)
            if t is not None:
                out.append(_row(doc, t.start(), t.end(), "备案审查", m.span("b"), "heading_item"))
    for m in REPORT_LINE.finditer(text):  # 听取和审议了以下报告：\n1.区政府关于X的报告（第九次会议）；
        if _OWN_VERB.search(m["s"]):
            continue  # 1.听取和审议X的报告: the sentence rules read it
        lead = list_lead(text, m.start(), REPORT_LINE.fullmatch)
        if lead and _HEARD_LEAD.search(lead) and not PLANNED_LEAD.search(lead):
            out.append(_row(doc, m.start("s"), m.end("s"), "听取审议报告", m.span(), "heading_item"))
    for m in _NAME_LINE.finditer(text):  # 先后视察了三个乡村振兴示范点：\n- A村美丽乡村精品村
        if _OWN_VERB.search(m["s"]):
            continue
        lead = list_lead(text, m.start(), _NAME_LINE.fullmatch)
        if lead and (visit := _VISIT_LEAD.search(lead)) and not PLANNED_LEAD.search(lead):
            form = "专题调研" if visit["w"].endswith("调研") else "视察"
            out.append(_row(doc, m.start("s"), m.end("s"), form, m.span(), "heading_item"))
    for m in SUGGESTION_LINE.finditer(text):
        lead = list_lead(text, m.start(), SUGGESTION_LINE.fullmatch)
        if lead and _FOLLOWED_LEAD.search(lead) and not PLANNED_LEAD.search(lead):
            out.append(_row(doc, m.start("s"), m.end("s"), "督查", m.span(), "heading_item"))
    return out


def key_suggestions_named(text: str) -> list[tuple[int, int, tuple[int, int]]]:
    """(start, end, the list's span) of each suggestion a sentence names as a key one followed up,
    at the start of a part of its list: ``确定6件重点建议…督办。其中，“关于A的建议”…；关于B的建议…``,
    ``…由副主任领衔督办：一是关于A的建议，…；二是“关于B的建议”，…``, ``实行重点建议由主任会议成员领衔
    督办，“关于A的建议”办理后…，“关于B的建议”推动…`` (a part then ends at a comma; an ordinal may open a part,
    and who made it may come before the title: ``某某等12名代表提出的关于C的建议``)."""
    out = []
    for m in _KEY_ONES_NAMED.finditer(text):
        body = m.start("b")
        cuts = ("；", ";", "，", ",") if m.group("c") else ("；", ";")  # (…领衔督办，“关于A的建议”…，“关于B…)
        for t in _NAMED_IN_PART.finditer(text, body, m.end("b")):
            part = max(*(text.rfind(c, body, t.start()) for c in cuts), body - 1) + 1
            if (o := ORDINAL.match(text, part, t.start())) is not None:
                part = o.end()
            if t.start() == part or PROPOSER.fullmatch(text, part, t.start()):
                out.append((t.start("s"), t.end("s"), m.span("b")))
    return out


#: The marker of a list item: 4. / 4、 / （4） / (四) / 一是 (the sentence reading's too).
ITEM_MARKS = r"\d{1,2}\s?[.．、]|[（(][\d一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]是"
#: The ordinal that opens an item of a run-in series: those, and 其一, 第一，, ①.
ORDINAL = re.compile(rf"(?:{ITEM_MARKS}|其[一二三四五六七八九十][，,、]?|第[一二三四五六七八九十][，,、]"
                     r"|[①②③④⑤⑥⑦⑧⑨⑩])[ \t\u3000]*")


def series_parts(text: str, start: int, end: int) -> list[int]:
    """Where the item of each part of ``text[start:end]`` (parts cut at ；) begins, after the ordinal
    that opens it; parts without an ordinal are not items of a series and give nothing."""
    out, at = [], start
    while at < end:
        stop = min((i for i in (text.find("；", at, end), text.find(";", at, end)) if i >= 0), default=end)
        o = ORDINAL.match(text, at, stop)
        if o is not None and o.end() < stop:
            out.append(o.end())
        at = stop + 1
    return out


#: A sentence that tells a review and then, after a colon, what it found: ``经审查，发现两件规范性文件
#: 存在与上位法不一致的问题：一是《A》…；二是《B》…`` (each part's document is one reviewed).
_REVIEW_SERIES = re.compile(r"(?<![^。\n])[^。\n：:]*?(?:审查|备案)[^。\n：:]{0,60}[：:](?P<b>[^。\n]*)")
#: A document's title at the start of such a part.
_DOCUMENT_TITLE = re.compile(r"《[^《》\n]{2,80}(?:办法|细则|规定|意见|决定|通知|方案|规则|条例|制度)"
                             r"(?:[（(](?:试行|暂行)[）)])?》")
#: A line that is only a short name, bulleted or numbered: ``- 竹坞村美丽乡村精品村``, ``（1）X项目；``.
_NAME_LINE = re.compile(r"^[ \t\u3000]*(?:[-•·*]|\d{1,2}\s?[.．、]|[（(]\d{1,2}[）)])[ \t\u3000]*"
                        r"(?P<s>[^\s，,。；;：:《》“”]{4,30}?)[；;。，,]?[ \t\u3000]*$", re.M)
#: The sentence a list of sites hangs from tells a visit: 先后视察了三个乡村振兴示范点：; or of topics, a
#: research: 围绕以下三个课题开展专题调研，形成的调研报告均报送市委、市政府：.
_VISIT_LEAD = re.compile(r"(?P<w>视察|察看|专题调研|(?<=开展)调研)[^\n：:。]{0,30}[：:]\s*$")
#: A line that is only a title, maybe bulleted or numbered: ``- 《某区…管理办法》``.
_TITLE_LINE = re.compile(r"^[ \t\u3000]*(?:[-•·*]|\d{1,2}\s?[.．、]|[（(]\d{1,2}[）)])?[ \t\u3000]*"
                         r"(?P<s>《[^《》\n]{2,60}》)[；;。，,]?[ \t\u3000]*$", re.M)
#: The sentence a list of documents hangs from tells their review
#: (经审查，对以下三件规范性文件提出了修改意见：).
_REVIEW_LEAD = re.compile(r"(?:审查|备案)[^\n]{0,60}[：:]\s*$")
PLANNED_LEAD = re.compile(r"将|拟|计划|明年")
#: A suggestion's or motion's title: “关于A的建议” (a quoted word may nest), 《关于A的建议》, 关于A的建议.
SUGGESTION_TITLE = (r"“关于[^\n]{2,60}?的(?:建议|议案)”|《关于[^《》\n]{2,60}?的(?:建议|议案)》"
                     r"|关于[^，,。；;“”《》\n]{2,60}?的(?:建议|议案)")
#: A sentence that names key suggestions followed up, then ``其中，`` and what became of each.
#: (Tried only where a sentence starts, ``(?<![^。\n])``: the same matches as from every position,
#: in linear time.)
_KEY_ONES_NAMED = re.compile(r"(?<![^。\n])[^。\n]*重点(?:督办)?(?:建议|件)[^。\n]*督办[^。\n]*?"
                             r"(?:。其中[，,]|：|(?P<c>[，,])(?=[“《]关于))(?P<b>[^。\n]*)")
#: Who made a suggestion, before its title at the start of a part: 某某等12名代表提出的, 某县代表团提出的.
PROPOSER = re.compile(r"[^，,。；;“”《》]{0,24}?提出的")
#: A suggestion named at the start of a part of that sentence: “关于A的建议”, 《关于A的建议》, 关于A的建议.
_NAMED_IN_PART = re.compile(rf"(?P<s>{SUGGESTION_TITLE})")
#: The head of a table of reports heard: a tab-separated line with a title column (报告名称).
_REPORTS_HEAD = re.compile(r"^[^\n\t]*\t[^\n]*(?:报告名称|报告题目|报告事项|审议议题)[^\n]*$", re.M)
_REPORT_COLUMN = re.compile(r"报告名称|报告题目|报告事项|审议议题")
#: A line that is only a suggestion's or motion's title, in 《》, in “” or bare, maybe numbered:
#: ``1.关于加快X的建议；``.
SUGGESTION_LINE = re.compile(r"^[ \t\u3000]*(?:[-•·*]|\d{1,2}\s?[.．、]|[（(]\d{1,2}[）)])?[ \t\u3000]*"
                             rf"(?P<s>{SUGGESTION_TITLE})[；;。，,]?[ \t\u3000]*$", re.M)
#: A numbered or bulleted line that names a report heard, maybe with its meeting and more after it:
#: ``1.区人民政府关于X的报告（第九次会议），并审查批准了…；``, ``（2）区人民政府关于Y的报告；``.
REPORT_LINE = re.compile(r"^[ \t\u3000]*(?:[-•·*]|\d{1,2}\s?[.．、]|[（(]\d{1,2}[）)])[ \t\u3000]*"
                         r"(?P<s>[^\n，,。；;：:《》]{0,30}?关于[^\n；;。]{2,80}?(?:报告|汇报))"
                         r"(?:[（(][^（）()\n]{1,20}[）)])?(?:[，,；;。][^\n]*)?[ \t\u3000]*$", re.M)
#: The line such a list hangs from tells that they were heard: ``全年听取和审议了以下报告：``,
#: ``围绕群众关心的问题，常委会听取和审议了：``.
#: (or a count of reports heard, then what they mainly were: …听取和审议专项工作报告11个。主要有：)
_HEARD_LEAD = re.compile(r"听取[^\n：:。]{0,30}[：:]\s*$"
                         r"|听取[^\n：:]{0,60}?(?:主要有|主要包括|包括|分别是|分别为|具体是|具体为|其中有)[：:]\s*$")
#: The sentence such a list hangs from tells that they are followed up (确定以下四件建议为重点督办建议：).
_FOLLOWED_LEAD = re.compile(r"督办[^\n]{0,20}[：:]\s*$")

