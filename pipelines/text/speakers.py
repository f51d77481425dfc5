"""Who delivers a report: the speaker line under its title, and the address that opens its body.

A speaker line is an office and a name (``某某县人民政府县长　王明``, ``区人大常委会党组书记、主任
李强``, ``报告人：县长 王明``); a printed two-character name is often padded to the width of three
(``王  明``). A communiqué is issued by a body instead (``某某市统计局``).

>>> speaker_of("县人大常委会党组书记、主任　王  明")
('县人大常委会党组书记、主任', '王明')
>>> speaker_of("报告人：代县长 李强"), speaker_of("某某市统计局"), speaker_of("王明同志")
(('代县长', '李强'), ('', '某某市统计局'), ('', '王明'))
>>> is_speaker_line("区政协主席 张丽"), is_speaker_line("会议由区政协主席张丽")
(True, False)
>>> is_speaker_line("全年召开会议9次，会议由区政协主席 张丽")
False
>>> is_address_line("各位代表、各位委员："), is_address_line("各位代表为全县发展作出了贡献。")
(True, False)
"""

from __future__ import annotations

import re

ROLE_WORDS = ("书记", "主任", "区长", "县长", "市长", "旗长", "州长", "省长", "主席", "局长", "部长",
              "秘书长", "院长", "检察长", "代区长", "代县长", "代市长", "镇长", "乡长")
_ROLES = "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
#: (a name of an ethnic minority is longer, its parts joined by a middle dot: 艾山江·托乎提)
_NAME = r"[\u4e00-\u9fff·](?:\s{0,3}[\u4e00-\u9fff·]){1,4}|[\u4e00-\u9fff]{1,8}[·•][\u4e00-\u9fff·•]{1,16}"
#: An office and a name; a two-character name may be padded: '县长　王  明'.
SPEAKER = re.compile(rf"^(?P<role>(?:\S.*?)?(?:{_ROLES}))\s*(?P<name>{_NAME})$")
#: What a speaker line may open with: '报告人：县长 王明'.
_LEAD = re.compile(r"^(?:报告人|讲话人|发言人)\s*[:：]\s*")
_ISSUER = re.compile(r"^[\u4e00-\u9fff]{2,16}(?:统计局|调查队|人民政府|办公室|委员会)$")
#: A name alone with 同志 (宋敬之同志), as a Party report's speaker line prints it.
_COMRADE = re.compile(r"(?P<name>(?![各全诸广])(?:[\u4e00-\u9fff·]{2,4}"
                      r"|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff·]{1,16}))\s*同志")
#: Words no person's name holds: 某镇人民代表大会主席团工作报告 is a title, not 主席 + a name.
_NO_NAME = re.compile(r"报告|工作|会议|讲话")
_ADDRESS = re.compile(r"(?:各位|尊敬的)[^，。；！？\s]{1,20}[:：]|同志们\s*[:：]")


def speaker_of(line: str) -> tuple[str, str] | None:
    """(role, name) of a speaker line; for a communiqué's issuing body (``某某市统计局``) the
    role is empty and the body is the speaker; None if ``line`` is neither."""
    line = _LEAD.sub("", line)
    m = SPEAKER.match(line)
    if m and len(line) <= 40 and not _NO_NAME.search(m["name"]):
        return m["role"].strip(), re.sub(r"\s+", "", m["name"])
    if _ISSUER.match(line):
        return "", line
    m = _COMRADE.fullmatch(line)
    if m:
        return "", m["name"]  # 某某同志 under a Party report's title: the name alone
    return None


def is_speaker_line(line: str) -> bool:
    """A line that only names a speaker, an office set off from the name by a space or led by
    ``报告人：`` (a wrapped line of prose that ends in an office and a name has no space there)."""
    line = line.strip()
    if len(line) > 40:
        return False
    led = _LEAD.match(line)
    m = SPEAKER.match(line[led.end():] if led else line)
    return (m is not None and not re.search(r"[，,。；;：:！？]", m["role"])
            and not _NO_NAME.search(m["name"])
            and (led is not None or line[m.start("name") - 1].isspace()))


def is_address_line(line: str) -> bool:
    """The address a report's body opens with: ``各位代表：``, ``各位委员、同志们：``, ``同志们：``."""
    return _ADDRESS.fullmatch(line.strip()) is not None
