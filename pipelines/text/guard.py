"""Is there a report in this text at all? Reject numbers, other languages and other genres early.

Every kind of report this pipeline reads — Party, People's Congress, government and CPPCC work
reports, statistical communiqués, budget reports, court and procuratorate reports, work plans —
is Chinese prose in the administrative register: most of its sentences use words such as 发展,
推进, 加强, 完成, 增长, 审议, 预算, 案件. A file of figures only, an English or Japanese text, a
novel or a recipe does not. :func:`report_text_problem` applies three general criteria to the
decoded raw text (markup and spacing ignored, traditional forms counted too):

1. at least :data:`MIN_HAN` Chinese characters;
2. Chinese characters make up at least :data:`MIN_HAN_SHARE` of the letters (so Latin, kana,
   Hangul or Cyrillic prose fails), and kana or Hangul stay under :data:`MAX_KANA_SHARE` of them;
3. at least :data:`MIN_REPORT_SENTENCES` sentences, and :data:`MIN_REPORT_SHARE` of all
   sentences, use the register's vocabulary (:data:`REPORT_WORDS`).

>>> report_text_problem("2019年，全县经济平稳发展。全年完成固定资产投资12亿元，增长8%。"
...                     "深入推进改革，加强民生保障。")
''
>>> report_text_problem("12 345 678\\n3.14 2.71\\n" * 20)
'only 0 Chinese characters (needs 20)'
"""

from __future__ import annotations

import re

from pipelines.text.decode import BadInputError
from pipelines.text.rules import HAN

MIN_HAN = 20
MIN_HAN_SHARE = 0.5
MAX_KANA_SHARE = 0.05
MIN_REPORT_SENTENCES = 2
MIN_REPORT_SHARE = 0.2

#: Words of the administrative register, simplified and traditional. Deliberately common words
#: of every report kind, none specific to one place or year.
REPORT_WORDS = (
    "发展 建设 推进 加强 完成 实施 落实 改革 经济 社会 增长 下降 坚持 提高 服务 管理 会议 报告 委员 "
    "代表 人民 政府 监督 审议 提案 议案 预算 决算 收入 支出 案件 审判 审理 检察 起诉 统计 公报 计划 任务 "
    "目标 群众 开展 同比 上年 亿元 万元 百分点 项目 企业 政策 制度 机制 体系 民生 保障 治理 党委 党组 "
    "干部 协商 政协 人大 常委 主任 书记 工程 产业 投资 财政 城乡 农村 居民 就业 全年 全区 全县 全市 "
    "全省 全镇 我们 积极 扎实 深入 认真 有序 持续 着力 稳步 进一步 组织 部门 单位 重点 专项 "
    "發展 建設 推進 加強 實施 落實 經濟 社會 增長 堅持 服務 會議 報告 委員 監督 審議 議案 預算 決算 "
    "審判 審理 檢察 統計 計劃 任務 目標 群眾 開展 項目 機制 體系 治理 黨委 幹部 協商 政協 人大 常委 "
    "書記 產業 投資 財政 農村 就業 積極 紮實 認真 著力 穩步 進一步 組織 單位 重點 專項"
).split()

_TAG = re.compile(r"<[^<>\n]{0,200}>")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
_SENTENCE = re.compile(r"[^。！？；!?;\n]+")
_HAN_CHAR = re.compile(f"[{HAN}]")
_KANA_HANGUL = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uac00-\ud7af\u1100-\u11ff]")
_WORDS = re.compile("|".join(sorted(REPORT_WORDS, key=len, reverse=True)))
_MIN_SENTENCE_HAN = 4  # shorter pieces (page numbers, table cells, headings) are not counted


def report_text_problem(text: str) -> str:
    """Why ``text`` holds no report (one short clause), or ``''`` if it may hold one."""
    text = _SPACES.sub("", _TAG.sub("\n", text))
    han = len(_HAN_CHAR.findall(text))
    if han < MIN_HAN:
        return f"only {han} Chinese characters (needs {MIN_HAN})"
    kana = len(_KANA_HANGUL.findall(text))
    if kana > MAX_KANA_SHARE * han:
        return f"Japanese or Korean text ({kana} kana or Hangul letters)"
    letters = sum(1 for ch in text if ch.isalpha())
    if han < MIN_HAN_SHARE * letters:
        return f"mostly not Chinese: {han} of {letters} letters are Chinese characters"
    sentences = [s for s in _SENTENCE.findall(text) if len(_HAN_CHAR.findall(s)) >= _MIN_SENTENCE_HAN]
    register = sum(1 for s in sentences if _WORDS.search(s))
    if register < MIN_REPORT_SENTENCES or register < MIN_REPORT_SHARE * len(sentences):
        return (f"{register} of {len(sentences)} sentences use the words of a work report "
                f"(needs {MIN_REPORT_SENTENCES} and {MIN_REPORT_SHARE:.0%})")
    return ""


def check_report_text(text: str, name: str) -> None:
    """Raise BadInputError ``'<name>: no report text found (<why>)'`` for a text without a report.

    >>> check_report_text("1 2 3 4 5 6 7 8 9 10\\n" * 50, "numbers.txt")
    Traceback (most recent call last):
    ...
    pipelines.text.decode.BadInputError: numbers.txt: no report text found (only 0 Chinese ...)
    """
    problem = report_text_problem(text)
    if problem:
        raise BadInputError(f"{name}: no report text found ({problem})")
