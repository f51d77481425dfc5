"""The lines a web page prints around a report's title: publication date, source, author, editor.

A page copied from a government site carries, next to the title, lines such as
``发布时间：2025-01-12  来源：某区人民政府办公室`` or a bare ``2025-01-12``; sometimes all on the
title's own line. The cleaning keeps these lines apart (never glued into the first paragraph) and
the document parser reads them into fields.

>>> meta_fields("发布时间：2023-01-16 来源：海宁市人民政府办公室")
{'published_on': '2023-01-16', 'source': '海宁市人民政府办公室'}
>>> meta_fields("来源：某区政协微信公众号　　发布时间：2019-01-10　　阅读：3126")
{'source': '某区政协微信公众号', 'published_on': '2019-01-10'}
>>> meta_fields("作者：市府办  编辑：陈晓")
{'author': '市府办', 'editor': '陈晓'}
>>> meta_fields("2019-02-21")
{'published_on': '2019-02-21'}
>>> meta_fields("2019年02月21日 09:30  来源：某县人民政府")
{'published_on': '2019-02-21', 'source': '某县人民政府'}
>>> meta_fields("原创 某镇人大 某镇人大 2023-02-15 17:42 发表于江苏")
{'published_on': '2023-02-15'}
>>> meta_fields("原创 某镇人大 某镇人大2023-02-15 17:42发表于江苏")  # as the cleaning leaves it
{'published_on': '2023-02-15'}
>>> meta_fields("过去一年，来源于群众的建议30件。") is None, meta_fields("2019年2月21日") is None
(True, True)
>>> split_fused_title("某县人大常委会工作报告 2019-02-21 来源：县人大办")
('某县人大常委会工作报告', 11)
>>> breadcrumb_of("当前位置：首页>>政务公开>>规划计划")
'首页>>政务公开>>规划计划'
"""

from __future__ import annotations

import re

_KEYS = {
    "published_on": r"发布(?:时间|日期)|发文日期|日期|时间",
    "source": r"信息来源|文章来源|来源",
    "author": r"作者|撰稿",
    "editor": r"责任编辑|编辑|审核",
}
_KEY = re.compile("|".join(_KEYS.values()))
_ISO_DATE = (r"(?:19|20|１９|２０)\d{2}\s*[-/.－／．]\s*\d{1,2}\s*[-/.－／．]\s*\d{1,2}"  # \d: full-width too
             r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
_CN_DATE = r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
_DATE = re.compile(f"{_ISO_DATE}|{_CN_DATE}")
#: One ``key：value`` item of a meta line; the value runs to the next key or a wide gap.
_ITEM = re.compile(rf"(?P<key>{_KEY.pattern})\s*[:：]\s*(?P<value>.*?)\s*"
                   rf"(?=(?:{_KEY.pattern})\s*[:：]|\s{{2,}}|$)")
#: Furniture printed among the meta items: font size switches, counters, print/close links.
FURNITURE = re.compile(r"【[^】]{0,20}】|\[[^\]]{0,12}(?:打印|关闭|字体|字号)[^\]]{0,12}\]"
                       r"|(?:字号|字体)\s*[:：]\s*[大中小\s]+|(?:浏览次数|阅读次数|点击数|点击量|访问量|浏览量|阅读量)\s*[:：]?\s*\d*"
                       r"|(?:阅读|浏览|点击)\s*[:：]\s*\d+"
                       r"|(?:打印本页|关闭窗口|收藏本页|分享到)")
#: Where the meta part of a fused title line starts: an ISO date or a key with its colon.
_META_START = re.compile(rf"\s+(?:{_ISO_DATE}|(?:{_KEY.pattern})\s*[:：]|【)")


#: A WeChat article's byline: ``原创 某某人大 某某人大 2023-02-15 17:42 发表于江苏`` (the account's
#: name, its author's, the date and the province it was posted from).
_WECHAT = re.compile(rf"(?:原创\s*)?(?:[^\s\d。，]{{1,20}}\s*){{0,3}}(?P<date>{_ISO_DATE})"
                     rf"\s*发表于\s*[\u4e00-\u9fff]{{1,8}}"
                     rf"|原创\s*(?:[^\s\d。，]{{1,20}}\s*){{0,3}}(?P<date2>{_ISO_DATE})")


def _iso(date: str | None) -> str:
    nums = re.findall(r"\d+", date or "")[:3]
    if len(nums) < 3:
        return ""
    y, m, d = (int(x) for x in nums)
    return f"{y:04d}-{m:02d}-{d:02d}" if 1 <= m <= 12 and 1 <= d <= 31 else ""


def meta_fields(line: str) -> dict[str, str] | None:
    """The fields of a web page's meta line, or None if ``line`` is not one.

    Every part of the line must be a ``key：value`` item, a date or page furniture, so a sentence
    that merely contains ``来源`` is not a meta line.
    """
    rest = FURNITURE.sub(" ", line).strip()
    if not rest or len(rest) > 120 or "。" in rest:
        return None
    if (wx := _WECHAT.fullmatch(rest)) and _iso(wx["date"] or wx["date2"]):
        return {"published_on": _iso(wx["date"] or wx["date2"])}
    out: dict[str, str] = {}
    if m := re.fullmatch(f"(?:{_ISO_DATE})", rest):
        return {"published_on": _iso(m.group(0))} if _iso(m.group(0)) else None
    lead = re.match(rf"(?:{_ISO_DATE})\s*", rest)  # '2019-02-21 来源：…'
    if not lead and (cn := re.match(rf"(?:{_CN_DATE})\s*", rest)) \
            and (re.search(r"\d:\d", cn.group(0)) or rest[cn.end():].strip()):
        # '2019年02月21日 09:30 来源：…'; a Chinese date alone is a report's own date line
        lead = cn
    if lead:
        out["published_on"] = _iso(lead.group(0))
        rest = rest[lead.end():]
    pos = 0
    for m in _ITEM.finditer(rest):
        if rest[pos:m.start()].strip():
            return None
        key = next(k for k, v in _KEYS.items() if re.fullmatch(v, m.group("key")))
        value = m.group("value").strip()
        if key == "published_on":
            d = _DATE.match(value)
            if not d:
                return None
            value = _iso(d.group(0))
        if value and key not in out:
            out[key] = value
        pos = m.end()
    if rest[pos:].strip() or not out:
        return None
    return out


def split_fused_title(line: str) -> tuple[str, int] | None:
    """A title fused with its page's meta items: the title and where the meta part starts.

    None if the line has no meta part, or nothing before it that could be a title.
    """
    m = _META_START.search(line)
    if not m:
        return None
    title = line[:m.start()].strip()
    if not re.search(r"[\u4e00-\u9fff]{4}", title) or re.search(r"[。；，]", title) or len(title) > 60:
        return None
    tail = line[m.start():]
    if meta_fields(tail) is None and not FURNITURE.search(tail):
        return None
    return title, m.start()


#: A site's navigation path: ``当前位置：首页 > 政务公开 > 规划计划`` (>, >>, ＞, », ›, →).
_CRUMB_LEAD = re.compile(r"\s*(?:您?当前的?位置|您的位置|您现在的位置|您所在的位置|所在位置)?\s*[:：]?\s*")
_CRUMB_SEP = re.compile(r"\s*(?:>{1,2}|＞{1,2}|»|›|→)\s*")


def breadcrumb_of(line: str) -> str:
    """The navigation path a web page prints above a report, as printed (its separators too: labellers
    copy ``首页>履职动态>工作报告`` as it stands); '' if ``line`` is no breadcrumb (two parts at least,
    each a short name without spaces).

    >>> breadcrumb_of("您所在的位置：首页 >> 人大动态 >> 工作报告")
    '首页 >> 人大动态 >> 工作报告'
    >>> breadcrumb_of("当前位置：首页>履职工作>常委会工作报告")
    '首页>履职工作>常委会工作报告'
    >>> breadcrumb_of("增速 > 5%")
    ''
    """
    rest = line[_CRUMB_LEAD.match(line).end():].strip()
    parts = _CRUMB_SEP.split(rest)
    if len(parts) < 2 or not all(re.fullmatch(r"[\u4e00-\u9fffA-Za-z]{1,20}", p) for p in parts):
        return ""
    return rest
