"""Proposals named without 《》: OCR copies that lost the brackets, proposals described in a list,
rows of a table the OCR flattened into lines.

- ``titled_unquoted``: ``委员提出的关于X的提案得到落实`` (a 建议 only after a producing verb, since
  ``中共中央关于…的建议`` is a Party document, which is excluded as well);
- ``proposals_listed``: ``关于A、B等提案得到有效落实``, one row per item;
- ``table_row``: ``关于X的提案 市住建局 已解决`` (see :mod:`pipelines.extract.motions.tables`).

>>> from pipelines.model import DocumentText
>>> text = "其中关于加快发展特色产业、推进城乡公交一体化等提案得到有效落实。"
>>> [(m.title, m.outcome) for m in untitled_motions(DocumentText("d", "cppcc", 2016, text))]
[('关于加快发展特色产业的提案', '得到有效落实'), ('关于推进城乡公交一体化的提案', '得到有效落实')]
"""

from __future__ import annotations

import re

from pipelines.extract.motions.tables import table_motions
from pipelines.extract.motions.text import about_information, motion, sentences
from pipelines.extract.supervision.clauses import list_items
from pipelines.extract.supervision.layouts import key_suggestions_named
from pipelines.model import DocumentText, Motion

# 关于X的提案; X may hold a quoted term (关于推广“嵌入式”托育的提案).
_UNQUOTED = re.compile(r"(?<![《“\"〈])关于"
                       r"(?P<t>(?:[^，。；《》“”\"\s、等]|“[^，。；《》“”\s]{1,12}”){3,60}?)的(?P<w>(?:集体|重点)?提案|议案|建议案|建议|意见)(?![》”\"〉])")
_LISTED = re.compile(r"(?<![《“\"〈])关于(?P<t>[^，。；《》“”\"\s]{2,120}?、[^，。；《》“”\"\s]{2,120}?)等"
                     r"(?:\s?\d+\s?件)?(?:重点)?(?P<w>提案|议案)")
# 中共中央关于…的建议, 市政府关于…的议案: the work of another organ, not a member's motion.
_OTHER_ORGAN = re.compile(r"(?:中共|中央|省委|市委|县委|区委|国务院|政府|人大常委会|常委会)$")
_PRODUCED = re.compile(r"提出|撰写|提交|报送|递交|反映|编报|形成|委员|党派|界别")
# 反映的关于X的意见: an 意见 only right after the verb that made it (区委关于…的意见 is a document).
#: Suggestions made key ones to follow up, by their titles (将关于A的建议和关于B的建议确定为重点督办建议).
#: (a quoted title among them, and their count: 确定关于A的建议、“关于B的建议”等4件建议为重点督办建议)
_MADE_KEY = re.compile(r"(?:(?:和|、|及)(?:关于[^，。；“”]{2,60}?的建议|“关于[^，。；“”]{2,60}?的建议”"
                       r"|《[^《》，。；]{2,60}?》))*"
                       r"(?:等[\d一二三四五六七八九十两]+件(?:建议)?(?:确定为|列为|作为|为)|确定为|列为|作为)"
                       r"(?:重点|重点督办)")
_MADE_NOW = re.compile(r"(?:提出|提交|报送|反映|编报|撰写)[了的]?$")
#: A report titled without 《》 after the verb that made it: 形成了关于X的调研报告.
_REPORT_UNQUOTED = re.compile(r"(?:形成|完成|撰写|写出|写成|提交|报送"
                              r"|(?:委员会|专委会|界别|小组|支部)的?)[了的]?"
                              r"(?P<t>关于(?:[^，。；《》“”\s]|“[^，。；“”]{1,12}”){4,60}?的(?:专题)?"
                              r"(?:调研|考察|视察|课题|监督)报告)")
#: A title followed up (督办的关于X的建议) or listed after a quoted one (“关于A的建议”、关于B的建议).
_IN_A_NAMED_LIST = re.compile(r"督办的$|[”》](?:、|和|及|以及)$"
                              # …after a count of key ones and a colon: 确定重点督办建议2件：关于A的建议
                              r"|(?:督办|重点)(?:建议|议案)[^，。；：:]{0,6}[：:]$")
#: What was done with a member's motion, told right after its title: 关于X的建议经县教育局办理.
_HANDLED = re.compile(r"经[^，。；]{1,12}办理|被[^，。；]{0,12}采纳|经[^，。；]{0,12}督办"
                      r"|由[^，。；]{1,16}?(?:牵头|负责|领衔|跟踪|重点)*督办"
                      r"|得到[^，。；]{0,10}(?:落实|采纳|重视|办理)")
#: An information piece told by its title, a problem said to need action, then taken up:
#: ``部分老旧小区加装电梯后维护责任不清问题亟须重视，获市领导批示`` (titles of 社情民意信息 read so).
_INFO_TITLE = re.compile(r"(?:亟待|亟需|亟须|急需|急待|有待|需引起|应引起)"
                         r"(?:解决|重视|关注|规范|加强|破解|引起重视)"
                         r"(?=[，,]?(?:并)?(?:得到|获得?|被)[^，。；]{0,16}(?:批示|采用|刊载|转发|采纳))")
#: Where such a title begins: after the last stop before it.
_TITLE_STOP = re.compile(r"[，。；;《》“”\s：:]")
#: A clause about pieces in general, not one titled (反映的问题亟待解决, 一些信息反映的…).
_NOT_A_TITLE = re.compile(r"(?:反映|一些|这些|有关|相关|部分信息|信息|其中|所)")
_INFO_HINT = re.compile(r"亟|急需|急待|有待|引起")
_BODY = {"提案": "cppcc", "集体提案": "cppcc", "重点提案": "cppcc", "议案": "npc", "建议": "", "建议案": "",
         "社情民意信息": ""}


def _body(doc: DocumentText, word: str) -> str:
    """Whose motion: a 提案 the CPPCC's, an 议案 the People's Congress's, a 建议 the report's body."""
    return _BODY[word] or ("npc" if doc.report_kind == "npc" else "cppcc")


def untitled_motions(doc: DocumentText) -> list[Motion]:
    """The motions a CPPCC or People's Congress report names without 《》 or quotation marks."""
    if doc.report_kind not in ("cppcc", "npc"):
        return []
    text = doc.text
    out = table_motions(doc)
    taken = [(m.start, m.end) for m in out]
    # titles listed as key suggestions followed up (…领衔督办：一是关于A的建议，…；二是…)
    key_ones = {s for s, _, _ in key_suggestions_named(text)} if "督办" in text else set()
    for sentence in sentences(doc):
        if doc.report_kind == "cppcc" and _INFO_HINT.search(text, sentence.start, sentence.end):
            for m in _INFO_TITLE.finditer(text, sentence.start, sentence.end):
                start = m.start()
                while start > sentence.start and not _TITLE_STOP.match(text, start - 1):
                    start -= 1
                if 6 <= m.end() - start <= 48 and not _NOT_A_TITLE.match(text, start) \
                        and about_information(doc, sentence.start, m.end(), sentence.end):
                    out.append(motion(text, (start, m.end()), (sentence.start, sentence.end), "cppcc",
                                      text[start:m.end()], "社情民意信息", doc, "information_titled"))
        if text.find("关于", sentence.start, sentence.end) < 0:
            continue  # both patterns below need it (most sentences have none)
        quote = (sentence.start, sentence.end)
        for m in _LISTED.finditer(text, sentence.start, sentence.end):
            if _OTHER_ORGAN.search(text, sentence.start, m.start()) or (
                    doc.report_kind == "npc" and m["w"] == "提案"):
                continue
            taken.append(m.span())
            for s, e in list_items(text, *m.span("t")):
                out.append(motion(text, (s, e), quote, _body(doc, m["w"]), f"关于{text[s:e]}的{m['w']}",
                                  m["w"], doc, "proposals_listed"))
        for m in _REPORT_UNQUOTED.finditer(text, sentence.start, sentence.end):
            if any(m.start("t") < e and m.end("t") > s for s, e in taken) or doc.report_kind != "cppcc":
                continue
            taken.append(m.span("t"))  # 形成了关于X的调研报告: a report titled without 《》
            out.append(motion(text, m.span("t"), quote, "cppcc", m["t"], "调研报告", doc, "titled_unquoted"))
        kept_to = -1  # where the last title kept ended: a title listed after it (、关于…) is of its kind
        for m in _UNQUOTED.finditer(text, sentence.start, sentence.end):
            if any(m.start() < e and m.end() > s for s, e in taken):
                continue
            head = text[max(sentence.start, m.start() - 12):m.start()]
            made = _PRODUCED.search(head) or text[kept_to:m.start()] in ("、", "和", "及", "以及") \
                or _HANDLED.match(text, m.end(), sentence.end) or _IN_A_NAMED_LIST.search(head) \
                or _MADE_KEY.match(text, m.end(), sentence.end) or m.start() in key_ones
            if _OTHER_ORGAN.search(head) or (m["w"] in ("建议", "建议案") and not made) or (
                    m["w"] == "意见" and not _MADE_NOW.search(head)) or (
                    doc.report_kind == "npc" and m["w"].endswith("提案")):
                continue
            kind = "建议" if m["w"] in ("意见", "建议案") else "提案" if m["w"].endswith("提案") else m["w"]
            if (kind == "建议" and doc.report_kind == "cppcc"
                    and about_information(doc, sentence.start, m.end(), sentence.end)):
                kind = "社情民意信息"  # 反映的关于X的意见, 得到批示 under 反映社情民意
            out.append(motion(text, m.span(), quote, _body(doc, kind), m.group(), kind, doc,
                              "titled_unquoted"))
            kept_to = m.end()
    return sorted(out, key=lambda r: (r.start, r.end))
