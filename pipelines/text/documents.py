"""Find the reports in a cleaned file by their own words, and read what each says of itself.

A report announces itself with a title (``…工作报告``), a subtitle line naming the meeting
(``——在…会议上的报告``), a date line (``（2013年1月21日）``) and a speaker line
(``…区长 张三``).  Markdown marks are optional.  A file with none of these is one document.

>>> kind_of("政府工作报告", "在某区第五届人民代表大会第三次会议上的报告", "区长")
'government'
>>> kind_of("某区第五届人民代表大会常务委员会工作报告", "", "")
'npc'
>>> parse_date("（2013 年 1 月 21 日）"), parse_date("> *（二〇一九年一月十五日）*")
('2013-01-21', '2019-01-15')
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from pipelines.model import DocumentMeta, DocumentText
from pipelines.text.offsets import TrackedText
from pipelines.text.places import admin_code_for, division_year
from pipelines.text.report_dates import DATE_PATTERN, iso_date
from pipelines.text.report_kinds import classify
from pipelines.text.speakers import SPEAKER, speaker_of
from pipelines.text.structure import iter_lines, parse_body, strip_markup
from pipelines.text.web_head import breadcrumb_of, meta_fields

log = logging.getLogger(__name__)

_SUBTITLE = re.compile(
    # led by a dash or a bracket; or, where a web copy lost the dash, a line that is only the
    # meeting ('在某县第十七届人民代表大会第三次会议上', maybe after its date), taken only under
    # a title (see _anchored)
    r"^(?:[—–\-－]{1,3}|[（(](?=[^）)]*会)"
    rf"|(?=(?:{DATE_PATTERN})?\s*在[^，。；\s]{{4,40}}(?:会议|大会|全会)上(?:的(?:工作)?(?:报告|讲话|发言))?$))\s*"
    rf"(?P<date>{DATE_PATTERN})?\s*"
    r"(?:在)?(?P<meeting>[^，。；]+(?:会议|大会|全会|会(?=上)))(?:上)?"
    r"(?:的?(?:工作)?(?:报告|讲话|发言))?\s*[）)]?\s*(?P<tail>[^，。；]{0,30})$"
)
_SUBTITLE_HEAD = re.compile(r"^[—–\-－]{1,3}\s*在\S")
_SUBTITLE_TAIL = re.compile(r"^\S{0,12}(?:报告|讲话|发言)$")
_DATE = re.compile(rf"^[（(]?\s*(?P<date>{DATE_PATTERN})\s*[）)]?$")
#: A line that holds only markup: a blank blockquote line ('>') or a rule ('---', '* * *').
_MARKUP_ONLY = re.compile(r"\s*(?:>\s*)*(?:(?:[-*_]\s*){3,})?")
_TITLE_WORDS = re.compile(r"报告|讲话|公报|意见|决议|纲要|规划|计划|要点|工作安排|白皮书")
_YEAR_ONLY = re.compile(r"(?:19|20)\d{2}")
_PLACE_SPLIT = re.compile(r"关于|中国共产党|中共|中国人民政治协商会议|政协|会议|在|(?:19|20)\d{2}\s*年度?"
                          r"|第[一二三四五六七八九十百\d]+[届次]|[\s（）()]")
# county, city and province names: '杭州市上城区', '长沙县', '浙江省' (a province alone too)
_PLACE = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}?(?:经济技术开发区|高新技术产业开发区|经济开发区|高新区|新区)"
                    r"(?=人大|人民|委|党工委|管委会|工委)"  # a zone reporting for itself
                    r"|[\u4e00-\u9fff]{2,4}?(?:省|自治区)(?:[\u4e00-\u9fff]{2,4}?(?:市|州|盟))?"
                    r"(?:[\u4e00-\u9fff]{1,4}?(?:区|县|旗|市))?"
                    r"|(?:[\u4e00-\u9fff]{2,4}?(?:市|州|盟))?[\u4e00-\u9fff]{1,4}?(?<!街道)(?:区|县|旗|市)"
                    # an autonomous prefecture, county or banner (霁川彝族自治州, 某某苗族自治县), a
                    # prefecture or league alone (某某州, 某某盟), a township reporting for itself (榴坪镇)
                    r"|[\u4e00-\u9fff]{2,8}?自治(?:州|县|旗)|[\u4e00-\u9fff]{2,4}?(?:州|盟)(?=人民|人大|政府|委员会)"
                    r"|(?![本全我该各])(?!乡镇|城镇|集镇|村镇|城乡)[\u4e00-\u9fff]{1,4}?(?:镇|乡)"
                    r"(?=人民代表大会|人大|人民政府|$)"  # (a meeting line cut at 第X届: 在某某镇)
                    # a street reporting for itself (蘅塘街道人大工作委员会, 在某某街道区人大代表会议上)
                    r"|(?![本全我该各])[\u4e00-\u9fff]{1,4}?街道(?=人大工作委员会|人大工委|办事处|[区县市]人大))"
                    # a town's own report names it after its county: '某某县清溪镇'
                    r"(?:(?!城乡)[\u4e00-\u9fff]{1,4}?(?:镇|乡|街道))?"
                    # (a street's meeting of its district's deputies: 某区某某街道区人大代表会议)
                    r"(?=委|人民|人大|政府|委员会|统计|国民|\d|$|(?<=街道)[区县市]人大)")
#: Whom the speaker reports for, in the body's opening: '我代表某某县人民政府'.
_ON_BEHALF = re.compile(r"我(?:受|代表)(?P<org>[\u4e00-\u9fff]{2,30}?(?:人民政府|常务委员会|常委会|委员会))")
#: A meeting's stamp printed above a report's title: '某县第十七届人民代表大会第三次会议文件（1）'.
_STAMP = re.compile(r"(?:会议|大会|全会)(?:文件|材料|资料)|^文件[（(]?\d|[（(]\s*\d{1,2}\s*[）)]$")
#: A title line that cannot stand alone: the rest of a name cut off on the line above it.
_TITLE_REST = re.compile(r"^(?:常务委员会|常委会|委员会|工作报告|工作总结)")
_YEAR_LEAD = re.compile(r"^(?:\*\*)?\s*(?P<y>(?:19|20)\d{2})\s*年")
_TITLE_YEAR = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年(?:度)?[^年]*(?:统计公报|公报|年报)")
#: The year a title names as its own: a budget's executed year, a plan's year, a communiqué's year.
_OWN_YEAR = {
    "budget_report": re.compile(r"(?P<y>(?:19|20)\d{2})\s*年(?:度)?[^年]{0,16}?(?:预算执行|决算)"),
    "work_plan": re.compile(r"(?P<y>(?:19|20)\d{2})\s*年(?:度)?"),
    "statistical_communique": re.compile(r"(?P<y>(?:19|20)\d{2})\s*年(?:度)?"),
}
#: A report's own statement of the year it reviews: '2020年工作回顾', '2019年工作总结'.
_REVIEW_YEAR = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年(?:度)?(?:主要)?工作(?:回顾|总结)")


@dataclass(frozen=True)
class FoundDocument:
    """A report found in a cleaned file: [start, end) of the file's cleaned text, and its parts."""

    start: int
    end: int
    meta: DocumentMeta
    doc: DocumentText


def kind_of(title: str, meeting: str, role: str, body: str = "") -> str:
    """report_kind from the title, meeting, speaker role and (optionally) the body's words."""
    return classify(title, role, meeting, body).kind


def parse_date(line: str) -> str:
    """ISO date of a date line such as ``（2013年1月5日）``, or ''."""
    m = _DATE.match(strip_markup(line))
    return iso_date(m["date"]) if m else ""


def places_in(text: str) -> list[str]:
    """Place names (``杭州市上城区``, ``上城区``) named in a line, longest first."""
    found = {m.group(0) for seg in _PLACE_SPLIT.split(text) if (m := _PLACE.match(seg))}
    return sorted(found, key=len, reverse=True)


def _covers_year(kind: str, title: str, text: str, body_start: int, dates: tuple[str, ...]) -> int | None:
    """The year a report is about.

    A budget, plan or communiqué names its own year in the title (``2020年预算执行情况``,
    ``2014年工作要点``); a report delivered in January–April is about the year before (its date,
    or the web page's date, in ``dates``); else the year it says it reviews (``2019年工作回顾``)
    or the year its body opens with (``2012年，…``).
    """
    if (own := _OWN_YEAR.get(kind)) and (m := own.search(title)):
        return int(m["y"])
    if m := _TITLE_YEAR.search(title):
        return int(m["y"])
    for date in dates:
        if date:
            year, month = int(date[:4]), int(date[5:7])
            return year - 1 if month <= 4 else year
    if m := _REVIEW_YEAR.search(text, body_start):
        return int(m["y"])
    for n, (s, e) in enumerate(iter_lines(text, body_start)):
        if m := _YEAR_LEAD.match(text[s:e]):
            return int(m["y"])
        if n >= 2:  # the opening paragraphs only: '各位委员：' / '现在，我代表…' / '2009年，…'
            break
    return None


@dataclass
class _Header:
    start: int
    front: list[tuple[int, int]]
    title: str = ""
    role: str = ""
    speaker: str = ""
    delivered_on: str = ""
    web: dict[str, str] = field(default_factory=dict)  # a web page's publication details


def _web_line(line: str, head: _Header) -> bool:
    """Read a web page's meta line (or a bare year under the title) into ``head``; False if not one."""
    if _YEAR_ONLY.fullmatch(line):
        return True
    fields = meta_fields(line)
    if fields is None:
        return False
    for k, v in fields.items():
        head.web.setdefault(k, v)
    return True


def _header(text: str, lines: list[tuple[int, int]]) -> _Header:
    """Title, speaker and date lines that stand before a subtitle line (the last of ``lines``)."""
    head = _Header(lines[-1][0] if lines else 0, [])
    title_lines: list[tuple[int, int]] = []
    for s, e in reversed(lines):
        line = strip_markup(text[s:e])
        if not line or (not title_lines and _web_line(line, head)):
            pass
        elif not title_lines and (sp := speaker_of(line)) and not head.speaker:
            head.role, head.speaker = sp
        elif not title_lines and parse_date(line) and not head.delivered_on:
            head.delivered_on = parse_date(line)
        elif len(line) <= 60 and line[-1] not in "。；" and len(title_lines) < 2:
            title_lines.insert(0, (s, e))
            if _TITLE_WORDS.search(line) or text[s] == "#":
                break
            continue
        else:
            break
        head.front.insert(0, (s, e))
        head.start = s
    if len(title_lines) == 1 and (before := [ln for ln in lines if ln[1] <= title_lines[0][0]]):
        # a title cut in two by OCR or by a page's layout: 某某县人民政府 / 工作报告, or
        # 政协某某县委员会 / 常务委员会工作报告, or 某某市某某区 / 人民代表大会常务委员会工作报告
        first, prev = strip_markup(text[slice(*title_lines[0])]), strip_markup(text[slice(*before[-1])])
        cut = len(first) <= 8 or (not _TITLE_WORDS.search(prev) and (
            _TITLE_REST.match(first) is not None or places_in(prev)[:1] == [prev]))
        if cut and prev and len(prev) <= 30 and not re.search(r"[，。；：:]", prev) \
                and not _STAMP.search(prev) and not SPEAKER.match(prev) and not parse_date(prev):
            title_lines.insert(0, before[-1])
    if title_lines:
        head.title = "".join(strip_markup(text[s:e]) for s, e in title_lines)
        head.front = title_lines + head.front
        head.start = title_lines[0][0]
    return head


def _bare_title(line: str) -> bool:
    """A short first line without sentence punctuation reads as a title: ``某县召开…会议``."""
    return 4 <= len(line) <= 40 and not re.search(r"[，。；：:,;！？]", line) and meta_fields(line) is None


def _flat(piece: str) -> str:
    """A span that may cover several lines, as one line without markup."""
    return "".join(strip_markup(x) for x in piece.split("\n") if x.strip())


def _merge_subtitles(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a subtitle line cut by a page break (``——在…会议上`` / ``的报告``) into one span."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        s, e = lines[i]
        line = strip_markup(text[s:e])
        if (_SUBTITLE_HEAD.match(line) and not _SUBTITLE.match(line) and i + 1 < len(lines)
                and _SUBTITLE_TAIL.match(strip_markup(text[lines[i + 1][0]:lines[i + 1][1]]))):
            out.append((s, lines[i + 1][1]))
            i += 2
            continue
        out.append((s, e))
        i += 1
    return out


def _anchored(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Line ``i`` is a report's subtitle (meeting) line. One without its dash or bracket
    (``在某县第十七届人民代表大会第三次会议上``) counts only under a title a few lines up (a line
    with a genre word, or a short headline without punctuation such as ``凝心聚力谱新篇``), so
    that a speech titled ``在全县经济工作会议上的讲话`` keeps its title."""
    line = _flat(text[slice(*lines[i])])
    if not _SUBTITLE.match(line):
        return False
    if line[0] in "—–-－（(":
        return True
    above = (strip_markup(text[s:e]) for s, e in lines[max(0, i - 3):i])
    return any(len(x) <= 60 and (_TITLE_WORDS.search(x) or _bare_title(x)) and not _SUBTITLE.match(x)
               and not _STAMP.search(x) and not speaker_of(x) and not parse_date(x) for x in above)


def find_documents(text: str, slug: str) -> list[FoundDocument]:
    """Split a cleaned file into reports and parse each one's header and body."""
    lines = _merge_subtitles(text, [(s, e) for s, e in iter_lines(text)
                                    if not _MARKUP_ONLY.fullmatch(text[s:e])])
    anchors = [i for i in range(len(lines)) if _anchored(text, lines, i)]
    heads: list[tuple[_Header, int]] = []  # header and the subtitle's line index
    prev = 0
    for i in anchors:
        head = _header(text, lines[prev:i])
        if not head.front:
            head.start = lines[i][0]
        head.front.append(lines[i])
        heads.append((head, i))
        prev = i + 1
    if not heads:  # one document: its title is the first title-like line near the top
        top = lines[:6]
        pick = next((k for k, (s, e) in enumerate(top) if _TITLE_WORDS.search(text[s:e])
                     and len(strip_markup(text[s:e])) <= 60), None)
        if pick is None and top and _bare_title(strip_markup(text[slice(*top[0])])):
            pick = 0  # a headline without a genre word: '县政府召开全县安全生产工作会议'
        head = _header(text, top[: pick + 1]) if pick is not None else _Header(0, [])
        head.start = 0
        heads = [(head, -1)]
    if heads:  # a page's byline above the first title (原创 某镇人大 2023-02-15 17:42 发表于江苏)
        first = heads[0][0]
        for s, e in [ln for ln in lines if ln[1] <= first.start][-4:]:
            _web_line(strip_markup(text[s:e]), first)
    found: list[FoundDocument] = []
    header_lines = lines[:3] + [x for h, _ in heads for x in h.front]
    # a fuller name of the place from title-like lines (a site name, a title's first line), not prose
    file_places = places_in(" ".join(text[s:e] for s, e in header_lines
                                     if not re.search(r"[，。；！？]", text[s:e])))
    used_ids: set[str] = set()
    for n, (head, idx) in enumerate(heads):
        start = 0 if n == 0 and not text[: head.start].strip() else head.start
        end = heads[n + 1][0].start if n + 1 < len(heads) else len(text)
        front, title = head.front, head.title
        meeting, delivered_on, role, speaker = "", head.delivered_on, head.role, head.speaker
        if idx >= 0 and (m := _SUBTITLE.match(_flat(text[lines[idx][0]:lines[idx][1]]))):
            meeting = m["meeting"].strip()
            # the date may follow the meeting: '——在…会议上（2019年1月15日）'
            when = m["date"] or (d.group(0) if (d := re.search(DATE_PATTERN, m["tail"])) else "")
            delivered_on = delivered_on or parse_date(when)
            if not speaker and (sp := speaker_of(m["tail"].strip())):
                role, speaker = sp
        # date and speaker lines that follow the subtitle (or the title)
        body_from = front[-1][1] if front else start
        for s, e in iter_lines(text, body_from, end):
            line = strip_markup(text[s:e])
            if not line or _web_line(line, head):
                pass
            elif not delivered_on and parse_date(line):
                delivered_on = parse_date(line)
            elif not speaker and (sp := speaker_of(line)):
                role, speaker = sp
            else:
                break
            front.append((s, e))
            body_from = e
        if not delivered_on:  # a date signed at the end, under the body that signs (一九九九年二月三日)
            last = [ln for ln in text[max(body_from, end - 200):end].splitlines() if ln.strip()][-3:]
            delivered_on = next((d for ln in reversed(last) if (d := parse_date(strip_markup(ln.strip())))),
                                "")
        choice = classify(title, role, meeting, text[body_from:end])
        kind = choice.kind
        if kind == "other":
            log.warning("%s: no report kind fits «%s»: %s", slug, title, choice.evidence)
        # else the body that speaks for its body: '现在，我代表某某县人民政府，向大会报告工作'
        own = places_in(f"{title} {meeting} {role}") or [
            p for m in _ON_BEHALF.finditer(text, body_from, min(end, body_from + 300))
            for p in places_in(m["org"])]
        place = own[0] if own else ""
        for fuller in file_places:
            if place and fuller.endswith(place) and len(fuller) > len(place):
                place = fuller
                break
        rel_text = text[start:end]
        rel_front = [(s - start, e - start) for s, e in front]
        body_start = body_from - start
        paragraphs, sections, notes = parse_body(rel_text, body_start, rel_front)
        tag = kind.replace("_", "-")  # doc_id is [a-z0-9-]
        doc_id = f"{slug}-{tag}"
        k = 2
        while doc_id in used_ids:
            doc_id, k = f"{slug}-{tag}-{k}", k + 1
        used_ids.add(doc_id)
        covers = _covers_year(kind, title, rel_text, body_start,
                              (delivered_on, head.web.get("published_on", "")))
        meta = DocumentMeta(
            report_kind=kind, title=title, speaker=speaker, speaker_role=role, meeting=meeting,
            delivered_on=delivered_on,
            covers_year=covers,
            place=place, admin_code=admin_code_for(place, division_year(covers, delivered_on)),
            kind_evidence=choice.evidence, published_on=head.web.get("published_on", ""),
            source=head.web.get("source", ""),
        )
        doc = DocumentText(doc_id, kind, meta.covers_year, rel_text, paragraphs, sections, notes)
        found.append(FoundDocument(start, end, meta, doc))
    return found


def _tail_source(out: list[FoundDocument], tracked: TrackedText, raw_start: int,
                 source: str) -> list[FoundDocument]:
    """A ``来源：X`` line printed after a web copy's text (a WeChat article's foot): the source of
    the document it ends, where the head named none."""
    pos = bisect_left(tracked.starts, raw_start)
    k = next((i for i in range(len(out) - 1, -1, -1) if out[i].start <= pos), None)
    if k is None or out[k].meta.source or pos < out[k].start + (out[k].end - out[k].start) // 2 \
            or len(tracked.text[pos:out[k].end].strip()) > 200:
        return out  # (only at the foot: a line in a page's head is the head's, and read there)
    out[k] = replace(out[k], meta=replace(out[k].meta, source=source))
    return out


def attach_breadcrumbs(found: list[FoundDocument], tracked: TrackedText) -> list[FoundDocument]:
    """The documents with the navigation path of their web page (``meta.extra["breadcrumb"]``).

    The cleaning removes a breadcrumb line (rule ``nav_line``) so it never reads as the title; its
    correction still holds the words. A breadcrumb belongs to the document that starts right after
    it (only blank text between), else to the one that holds it, else to the first one after it (a
    page's headline and editor's note stand between); a document keeps its first one.
    """
    out = list(found)
    for c in tracked.corrections:
        crumb = breadcrumb_of(c.before) if c.rule == "nav_line" else ""
        if not crumb:
            if c.rule == "nav_line" and (source := (meta_fields(c.before.strip()) or {}).get("source")):
                out = _tail_source(out, tracked, c.raw_start, source)
            continue
        pos = bisect_left(tracked.starts, c.raw_start)
        k = next((i for i, f in enumerate(out) if f.start >= pos and not tracked.text[pos:f.start].strip()),
                 next((i for i, f in enumerate(out) if f.start <= pos < f.end),
                      # the page's headline and editor's note before the report: the first one after
                      next((i for i, f in enumerate(out) if f.start >= pos), None)))
        if k is not None and "breadcrumb" not in out[k].meta.extra:
            meta = out[k].meta
            out[k] = replace(out[k], meta=replace(meta, extra={**meta.extra, "breadcrumb": crumb}))
    return out
