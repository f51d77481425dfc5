"""The dates a report prints under its title, in Arabic or Chinese numerals.

A report's date line or meeting line gives the day it was delivered: ``（2013年1月21日）``,
``——2018年1月9日在…会议上``, and, in Party congress reports and many printed copies, Chinese
numerals: ``（二〇二一年九月二十六日）`` (OCR reads 〇 as ○, Ｏ or O, and some print 零).

>>> iso_date("2013 年 1 月 21 日"), iso_date("二〇一一年一月十八日"), iso_date("二○二一年十二月三十一日")
('2013-01-21', '2011-01-18', '2021-12-31')
>>> iso_date("二〇二一年元月十日")  # 元月: the first month
'2021-01-10'
>>> iso_date("二〇一一年十三月一日"), iso_date("去年一月")
('', '')
"""

from __future__ import annotations

import re

_CN_DIGIT = "〇○Ｏ零O一二三四五六七八九"
_CN_VALUE = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "Ｏ": 0, "零": 0, "O": 0, "元": 1}
#: Day and month numbers in Chinese: 一 … 十 … 十二, 二十六, 三十一.
_CN_SMALL = "(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_ARABIC = r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
_CHINESE = (rf"(?P<cy>[一二][{_CN_DIGIT}]{{3}})\s*年\s*(?P<cm>{_CN_SMALL}|元)\s*月"
            rf"\s*(?P<cd>{_CN_SMALL})\s*日")
#: A date in either numerals, for embedding in a larger pattern (its groups are unnamed).
DATE_PATTERN = (r"(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                rf"|[一二][{_CN_DIGIT}]{{3}}\s*年\s*(?:{_CN_SMALL}|元)\s*月\s*{_CN_SMALL}\s*日)")
_DATE = re.compile(f"{_ARABIC}|{_CHINESE}")


def _small(word: str) -> int:
    """The value of a Chinese day or month number: ``十二`` → 12, ``二十六`` → 26, ``九`` → 9."""
    if "十" not in word:
        return _CN_VALUE[word]
    tens, _, ones = word.partition("十")
    return (_CN_VALUE[tens] if tens else 1) * 10 + (_CN_VALUE[ones] if ones else 0)


def iso_date(text: str) -> str:
    """The ISO form of the whole of ``text`` as a date in either numerals, or '' if it is none."""
    m = _DATE.fullmatch(text.strip())
    if not m:
        return ""
    if m["y"]:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    else:
        y = int("".join(str(_CN_VALUE[c]) for c in m["cy"]))
        mo, d = _small(m["cm"]), _small(m["cd"])
    if not (1900 <= y <= 2099 and 1 <= mo <= 12 and 1 <= d <= 31):
        return ""
    return f"{y:04d}-{mo:02d}-{d:02d}"
