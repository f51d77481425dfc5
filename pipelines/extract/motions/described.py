"""Motions a report describes without a 《》 title.

The genre names them in a few recurring ways, each a rule below:

- a quoted proposal: ``终于使延续多年的“建议修缮某祠堂”提案得以落实``;
- a joint writing project: ``完成协作课题——“某某口述史”的采写``;
- plenary speeches by topic: ``作大会发言，分别就A、B等议题提出意见建议`` (one row per topic);
- a speech named by its title: ``某党派“打造X品牌”的发言得到市长批示``, ``关于X的大会发言，推动…``;
- suggestions: ``就X提出建议``, ``提出A、B等工作建议``, ``就A等议题积极建言献策``; where the words say
  nothing by themselves (``提出相关工作建议``) the title takes the clause before, or the purpose
  clause that opens the sentence (``为提升某街商业氛围，…提出相关工作建议``);
- untitled research reports: ``…，形成调研报告供决策参考``;
- deputies' suggestions in a People's Congress report: ``代表提出的关于X等建议得到政府采纳``.

>>> from pipelines.model import DocumentText
>>> text = "委员视察区养老服务中心，就护理人员培训提出建议。"
>>> [(m.title, m.motion_type) for m in described_motions(DocumentText("d", "cppcc", 2020, text))]
[('视察区养老服务中心，就护理人员培训提出建议', '建议')]
"""

from __future__ import annotations

import re

from pipelines.extract.doc_cache import section_at
from pipelines.extract.motions.text import (
    Sentence,
    about_information,
    clause_at,
    motion,
    sentences,
    type_of,
)
from pipelines.extract.supervision.clauses import forward_section, list_items
from pipelines.model import DocumentText, Motion

# “X”提案, or a title in quotation marks instead of 《》: “关于X的建议”被采纳.
_QUOTED = re.compile(r"“(?P<t>[^“”]{4,60})”\s?(?:的)?(?P<w>提案|议案|建议)(?![书人者])"
                     r"|“(?P<q>关于(?:[^“”]|“[^“”]{1,20}”){4,60}?(?P<v>提案|议案|建议))”")
# (a quoted word may nest inside a quoted title: “关于整治城区“僵尸车”占用公共车位的建议”)
#: A quoted status of proposals (答复为“列入计划解决”的提案), and a 关于 still open before a quote.
_STATUS_QUOTED = re.compile(r"(?:解决|办理|采纳|落实|答复|办复|留作参考|督办|重点提案|优秀提案)$")
_IN_TITLE = re.compile(r"关于[^，。；“”《》]*$|(?:聚焦|围绕|涉及|列为|确定为|评为|作为)$")
# 委员反映的“农村客运班线停运”问题得到县长批示: a problem reported as a piece of information.
#: What became of a reported problem, told in the clause after it.
_HANDLED_NEXT = re.compile(r"[，,](?:也|还|均|都)?(?:经|被|得到|获)")
_REPORTED_PROBLEM = re.compile(r"反映的“(?P<t>[^“”]{4,40})”"
                               r"(?:等?(?:问题|情况)|(?=被|得到|获|引起|上报|报送|[，,]经))")
# A piece of information named by its title: (委员反映的)“山区乡镇‘两免一补’资金到位滞后”一文.
# (or told with what became of it: “港区大货车超载超限问题亟待治理”得到副省长批示)
_PIECE = re.compile(r"“(?P<t>[^“”]{6,40})”"
                    r"(?:一文|(?=(?:得到|获)[^，。；]{0,12}批示|被[^，。；]{0,16}(?:采用|专报|刊发|转发)))")
# A work written right before its quoted title (撰写的“X”, 形成了“X”), after research told in its
# sentence (对X进行调研，撰写的“Y”被《调研与建言》刊发): a research report.
_WRITTEN = re.compile(r"(?:撰写|写出|形成|完成)(?:了|的)?$")
_RESEARCHED = re.compile(r"调研|调查|考察")
# A research report titled in quotation marks: “淦川市民宿产业发展情况的调研报告”被市政府办公室转发.
_QUOTED_REPORT = re.compile(r"“(?P<t>[^“”]{4,60}?(?:调研|调查|视察|考察)报告)”"
                            # or its kind after the quote: “以文旅融合推动全域旅游发展”调研报告被…转发
                            r"|“(?P<u>[^“”]{6,40})”(?:的|为题的)?(?:专题)?(?:调研|调查|视察|考察)报告")
_PROJECT = re.compile(r"(?P<w>协作课题|合作课题|课题)(?:——|—|：)?“(?P<t>[^“”]{2,40})”")
# A speech named by its title: 民建市委会“打造X品牌”的发言得到市长批示, 关于加快X发展的大会发言，推动….
_SPEECH_TITLED = re.compile(r"“(?P<q>[^“”]{4,40})”(?:的|为题的)?(?:大会发言|书面发言|口头发言|发言)"
                            r"|(?<![《“\"〈])(?P<b>关于[^，。；、《》“”\"\s]{4,40}?)的(?:大会发言|书面发言|口头发言)"
                            # 以“X”为题作了大会发言: the title first, then the speech
                            r"|以[“《](?P<t>[^“”《》]{4,40})[”》]为题(?:作了?|进行了?)(?:大会|书面|口头)?发言"
                            # the speech, then its title: 县工商联的大会发言“稳住市场主体，助力复工复产”
                            r"|(?<=的)(?:大会|书面|口头)发言“(?P<a>[^“”]{4,40})”"
                            # a member's speech told by its appeal: 在大会发言中呼吁加快推进X
                            r"|在大会发言中(?:呼吁|建议|提出)(?P<c>[^，。；“”《》]{4,30})"
                            # a speaker's speech, then its matter: 某委员的大会发言，就发展X提出了建议
                            r"|的大会发言[，,](?:就|围绕)(?P<d>[^，。；“”《》]{4,30}?)(?:问题)?(?=(?:提出|作了|进行))")
_SPEECH_TOPICS = re.compile(r"(?:就|围绕)(?:(?P<t>[^，。；]{4,200}?)等?(?:议题|问题|方面|主题|话题|专题)"
                            # topics listed right before the speeches (围绕A、B作了大会发言); one topic
                            # alone there (围绕全县发展作了大会发言) is the theme of them all
                            r"|(?P<l>[^，。；、]{2,60}(?:、[^，。；、]{2,60})+?)等?"
                            r"(?=[，,]?(?:作了?|进行了?)(?:大会|书面|口头)?发言))")
#: A speech made, said without 大会 (作了发言, 作发言).
_SPOKE = re.compile(r"(?:作了?|进行了?)发言")
#: How or where remarks were made, not a speech's topic (积极, 踊跃, 在专题协商会上).
_MANNER = re.compile(r"积极|踊跃|热烈|会上|会议上")
#: A party, a body of the CPPCC or one of its branches, which speaks or proposes as one: 民革, 工商联,
#: 经济界别, 某县支部, 某区委会.
_BODY = (r"(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|工商联|界别|支部|支社|总支|委员会|区委会|市委会"
         r"|县委会|工委|(?<=[\u4e00-\u9fff])界(?:委员)?"
         # a party's branch by its place (农工党某市委, 民进某区总支)
         r"|(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)[\u4e00-\u9fff]{1,6}?(?:市委|县委|区委|总支|支部))")
# A speech by one body on its own topic: 无党派人士界别围绕X作大会发言; 民革A支部和农工党B支部分别就X和Y
# 作了大会发言 (one topic each); 委员就X作了大会发言 (a member opening a clause). Plural speakers on one
# topic (委员们围绕X作了发言) speak to a theme.
_SPEECH_BY_BODY = re.compile(
    r"(?:" + _BODY + r"|(?:另有|还有|有)(?:一名|一位|\d名|\d位)?委员"
    # a member opening a clause or a bulleted line, maybe by name (委员柯某某就X所作的大会发言)
    r"|(?:(?<=[，,。；;\n▶▷►•·*-])|^)委员(?!们)(?:[\u4e00-\u9fff]{2,3}(?=就|围绕))?)"
    r"(?P<each>分别)?"
    r"(?:就|围绕)(?P<t>(?:就(?=[业医学读])|[^，。；就]){2,60}?)"
    r"(?=[，,]?(?:所作的|所做的|作了?|进行了?)(?:联合)?(?:大会|书面|口头)?发言"
    r"|(?<=[^，。；]{2})发言(?:[，。；]|$))", re.M)
# A note in brackets after a topic's term (“生态立市”【指…】) is no part of the topic.
_NOTE_BRACKET = re.compile(r"[（(【](?:是指|指|即)")
# 就 the preposition (就X提出建议), not a character of 就业, 就医, 成就, 就是….
_ON = r"(?<![成造迁])就(?![业医学读诊餐近地是要])"
_SUGGESTIONS = (
    # 就X提出切实可行意见 / 就X提出建议 (X may run over a comma)
    re.compile(_ON + r"(?P<t>[^。；就]{2,60}?)提出(?P<g>[^，。；]{0,8}?)(?:意见建议|意见、建议|建议|意见)"),
    # 提出A、B等工作建议 / 形成…对策建议 / 梳理归纳…意见建议
    re.compile(r"(?:提出|梳理归纳|归纳|汇总)了?(?P<t>[^，。；]{0,60}?)"
               r"(?:(?:等)?(?:工作建议|意见建议|意见、建议|对策建议|建议)|等(?:协商|对策|具体)?意见(?![稿书]))"),
    # 就A、B等议题积极建言献策 / 就如何…出谋划策
    re.compile(_ON + r"(?P<t>[^。；就]{2,60}?)(?:等议题)?[^，。；]{0,4}?(?:建言献策|出谋划策)(?!力度)"),
    re.compile(r"围绕(?P<t>[^。；]{2,60}?)等(?:议题|问题|方面)[^，。；]{0,4}?(?:建言献策|出谋划策)(?!力度)"),
)
#: A report titled in quotation marks (形成了“关于X的调研报告”，提出的…建议): the suggestions are its own.
_REPORT_QUOTED = re.compile(r"报告”|发言“[^“”]+”")  # (…的大会发言“X”，提出的Y建议: the speech's own)
# The rule name of each pattern of _SUGGESTIONS, in order.
#: A report told just before, opening the clause of its suggestions (报告提出的…建议).
_THE_REPORTS = re.compile(r"(?:^|[。；;，,])(?:该|这份|此|上述)?(?:调研|视察|考察|专题|协商)?报告中?所?$")
_SUGGESTION_RULES = ("suggestion_on", "suggestion_listed", "advice_on", "advice_around")
_REPORT = re.compile(r"形成(?![^，。；]{0,6}《)[^，。；]{0,6}?(?P<w>调研报告|课题报告|调研材料)")
# 形成调研报告6篇, 形成12篇调研报告, 形成一批调研报告: a count of reports (an indicator), no row.
_REPORT_COUNT = re.compile(r"\s?(?:\d+|[一二三四五六七八九十两几多]+)\s?(?:余|多)?\s?(?:篇|份|个|批|项)")
_REPORTS_COUNTED = re.compile(r"(?:\d+|[一二三四五六七八九十两几多数]+)\s?(?:余|多)?\s?(?:篇|份|个|批|项)"
                              r"|系列|若干|大量")
#: A member's proposal or information piece told by its matter, no title (委员们提出的整治县城农贸
#: 市场脏乱差的提案, 委员反映的部分乡镇敬老院消防设施缺失的信息): titled by that matter.
_MEMBERS_MOTION = re.compile(r"(?:委员|委员们|党派|界别|民盟[\u4e00-\u9fff]{0,6}|民建[\u4e00-\u9fff]{0,6}"
                             r"|农工党[\u4e00-\u9fff]{0,6}|九三学社[\u4e00-\u9fff]{0,6}|致公党[\u4e00-\u9fff]{0,6})"
                             r"(?P<v>提出|提交|反映|撰写)的(?!关于)(?P<t>[^，。；《》“”\d]{4,40}?)"
                             r"(?:的(?P<w>(?:集体)?提案|信息|社情民意)|(?<=问题)(?=[，,]|被|获|得到))")
#: A call on members to make proposals (引导委员提出…的提案), not a proposal made.
_URGED = re.compile(r"(?:引导|鼓励|动员|推动|要求|组织|支持)$")
#: …and one told without 的 after the verb: 还有委员提出整治X的提案.
_MEMBERS_PROPOSED = re.compile(r"(?:委员|委员们|党派|界别)(?:连续[^，。；]{0,4})?提出(?![的了])(?!关于)"
                               r"(?P<t>[^，。；《》“”\d]{4,40}?)的(?:集体)?提案"
                               # 农工党某支部针对X提出提案: a body's proposal on its matter
                               # (a member named after 委员: 县政协委员、县一中教师某某针对X问题提出提案)
                               r"|(?:委员们?|" + _BODY + r")(?:[、，,][^，。；、]{2,16}?)?(?:针对|就|围绕)"
                               r"(?P<t2>[^，。；《》\d]{4,40}?)(?:等问题)?提出[了的]?(?:集体)?提案")
#: Words that describe a kind of proposals or problems rather than name one (涉及民生领域的,
#: 事关群众切身利益的, 具有前瞻性的, 群众最关心最直接最现实的利益问题).
_KIND_OF = re.compile(r"^(?:涉及|事关|具有|有关|属于|关系|关乎|针对|围绕|反映|一批|大量|一些|这些)"
                      r"|方面$|领域$|类$|最关心|切身利益|热点难点|可操作性|前瞻性")
_DEPUTIES = re.compile(r"代表(?:联名)?提出的(?P<t>(?:关于)?[^，。；\d]{2,60}?等?(?:意见建议|建议|议案))")
# 提出的“A、B”等意见, 提出“A”“B”的建议: suggestions quoted in full (sentences, not quoted terms
# like “三园一带”), one row per quotation.
_QUOTED_ADVICE = re.compile(r"(?:提出|反映)[了的]?(?P<qs>“[^“”]{6,60}”(?:[、和及]?“[^“”]{6,60}”)*)"
                            r"[等的]?(?:意见建议|意见|建议)")
_QUOTATION = re.compile(r"“(?P<t>[^“”]+)”")
# 提出的7条建议, 提出三点建议: a count of suggestions, no title.
_COUNT_ONLY = re.compile(
    r"^(?:的|了)?\s?(?:\d+|[一二三四五六七八九十两几]+)\s?(?:余|多)?\s?(?:条|点|项|个方面)$")
# 及时反映情况、提出建议, 建言献策、提出建议: a bare suggestion listed after another duty says what
# members do, not a suggestion they made.
_DUTIES = re.compile(r"(?:反映|了解|收集|听取|掌握)[^，。；、]{0,6}、$|(?:建言献策|献计献策|出谋划策)、$"
                     r"|(?:发表|表达)意见、$")  # (以本组织名义在政协发表意见、提出建议: a role)
_GENERIC = re.compile(r"^(?:相关|有关|一些|若干|具体|切实可行|合理化|工作|专家学者|委员|的|意见|、|和|及|与"
                      r"|大量|许多|不少|诸多|了大量|了许多|了不少)*$")
#: A speech's matter told in the clause after it (某委员的大会发言，就X提出了建议).
_SPEECH_MATTER = re.compile(r"的大会发言[，,](?:(?:就|围绕)[^，。；]*)?$")
#: Inspectors the CPPCC appoints (特约监督员), earlier in the sentence: what they raise is no members' motion.
_INSPECTORS = re.compile(r"(?:特约监督员|民主监督员)")
_AGGREGATE = re.compile(r"案?\s?\d+\s?(?:余|多)?\s?(?:条|件|篇|项)")  # (提出建议案2件: a count too)
_ACTOR_PREFIX = re.compile(r"^(?:(?:区|市)?政协|委员们?|政协委员|常委会议?|主席会议|专委会|界别|组织)+")
_ACTIVITY = re.compile(r"视察|调研|协商|座谈|走访|考察|论证")
_PLANNED = re.compile(r"将|计划|拟|力争|准备|打算|要")
#: A sentence that tells something done (in a part about the year ahead, the rest are plans).
_TOLD_DONE = re.compile(r"已|了|过去|去年|上年|一年来")
_REPORT_TYPES = {"调研报告": "调研报告", "调研材料": "调研报告", "课题报告": "课题报告"}


def _context(text: str, sentence: Sentence, k: int) -> str:
    """The clause that says what an otherwise bare suggestion is about: the sentence's opening
    purpose clause (``为…``) or the clause just before."""
    first = sentence.clauses[0]
    if k > 0 and text[first.start:first.end].lstrip().startswith("为"):
        return text[first.start:first.end].strip()
    if k > 0:
        prev = sentence.clauses[k - 1]
        return text[prev.start:prev.end].strip()
    return ""


def _quote(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """From the clause holding start to the clause holding end."""
    a = sentence.clauses[clause_at(sentence, start)]
    b = sentence.clauses[clause_at(sentence, max(start, end - 1))]
    return a.start, b.end


def _speeches(doc: DocumentText, sentence: Sentence) -> list[Motion]:
    text = doc.text
    if "发言" not in text[sentence.start:sentence.end]:
        return []
    out = []
    said = text[sentence.start:sentence.end]
    # (踊跃发言 at a meeting is no speech); the sentences after the plenary's speeches were told may
    # give the other speakers' topics (…作大会发言。其他委员分别就A、B等问题作了发言)
    plenary = "大会发言" in said or (_SPOKE.search(said) is not None and not _MANNER.search(said)
                                   and "大会发言" in text[max(0, sentence.start - 200):sentence.start])
    for m in _SPEECH_TOPICS.finditer(text, sentence.start, sentence.end) if plenary else ():
        for s, e in list_items(text, *m.span("t" if m["t"] else "l")):
            if "围绕" in text[s:e] or "就" in text[s:e]:
                continue  # 民盟县委围绕A、农工党县委围绕B作了大会发言: a speaker and a topic, no topic alone
            if note := _NOTE_BRACKET.search(text, s, e):
                e = note.start()
            title = f"就{text[s:e]}的大会发言"
            out.append(motion(text, (s, e), _quote(sentence, m.start(), m.end()), "cppcc", title,
                              "大会发言", doc, "speech_topics"))
    if out:
        return out
    for m in _SPEECH_BY_BODY.finditer(text, sentence.start, sentence.end):
        s, e = m.span("t")
        if not m["each"] and text.find("、", s, e) >= 0:
            continue  # (a list of topics without 分别 is the topics finder's)
        bare = not re.match(r"[，,]?(?:所作的|所做的|作了?|进行了?)", text[e:e + 4])
        if bare and (not m["each"] or "大会发言" not in text[max(0, m.start() - 300):m.start()]
                     or _MANNER.search(text, s, e)):
            continue  # 就X问题积极发言, 在协商会上发言: remarks, no plenary speech
        parts = [(s, e)]
        opened = max(text.rfind(c, sentence.start, m.start()) for c in "，。；") + 1
        two = re.search(r"和|及|与|、", text[max(opened, sentence.start):m.start()]) is not None
        if m["each"] and two:  # bodies and topics listed alike: one topic each
            cuts = [j for j in re.finditer(r"、", text[s:e])] or list(re.finditer(r"和|及|与", text[s:e]))[:1]
            bounds = [s, *(x for j in cuts for x in (s + j.start(), s + j.end())), e]
            parts = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
        for a, b in parts:
            if b - a >= 2:
                out.append(motion(text, (a, b), _quote(sentence, m.start(), m.end()), "cppcc",
                                  f"就{text[a:b]}的大会发言", "大会发言", doc, "speech_topics"))
    return out


#: 既A，又B: two sides of how work is done (既指出问题，又提出建议), no suggestion made.
_BOTH = re.compile(r"\s*(?:既|不仅|不但)")
_AND_ALSO = re.compile(r"\s*(?:又|也|还)")
#: Suggestions hoped for, not made: 提出更多有价值的意见建议, 提出有分量、可操作的意见建议.
_ASPIRED = re.compile(r"^(?:的|了)?(?:更多|更加|更)?(?:有价值|有分量|有质量|高质量|可操作|切实可行)")
#: A sentence of the year ahead: 今后要…, 明年将…, 下一步….
_AHEAD = re.compile(r"今后|明年|下一步|新的一年|(?<![已])将(?=[^，。；]{0,10}(?:提出|围绕|组织))")


def _suggestions(doc: DocumentText, sentence: Sentence) -> list[Motion]:
    text = doc.text
    out: list[Motion] = []
    taken: list[tuple[int, int]] = []
    for pattern, rule in zip(_SUGGESTIONS, _SUGGESTION_RULES, strict=True):
        for m in pattern.finditer(text, sentence.start, sentence.end):
            if any(m.start() < e and m.end() > s for s, e in taken):
                continue
            if "《" in m.group() or "》" in m.group() or _QUOTED.search(m.group()):
                continue  # titled (in 《》 or quotation marks): another finder has it
            if _SPEECH_MATTER.search(text, sentence.start, m.start()):
                continue  # 某委员的大会发言，就X提出了建议: the speech's matter (_SPEECH_TITLED)
            criticised = "批评" in text[max(sentence.start, m.start() - 10):m.end()]
            if text.startswith("的方式", m.end()) or criticised:
                continue  # 通过提出意见、批评、建议的方式, 既提出批评，又提出建议: the role, no suggestion
            if _AGGREGATE.match(text, m.end()) or _COUNT_ONLY.match(m.group("t")):
                continue  # 提出意见建议86条, 提出的7条建议: a count for the indicators table
            if _ASPIRED.match(m.group("t")) or _AHEAD.search(text, sentence.start, m.start()):
                continue  # 提出更多有价值的意见建议, 今后要…提出建议: an aim, no suggestion made
            if text[:m.start()].rstrip().endswith("》") or (
                    (text.endswith("其中", max(sentence.start, m.start() - 4), m.start())
                     or (text.startswith("提出的", m.start())
                         and text[m.start() - 2:m.start()] in ("》，", "》,", "”，", "”,")))
                    and (text.find("》", sentence.start, m.start()) >= 0
                         or _REPORT_QUOTED.search(text, sentence.start, m.start()) is not None)):
                continue  # 《…调研报告》提出的建议被采纳; 《X建议案》…，其中提出的A、B等意见: the work's
            if _THE_REPORTS.search(text[sentence.start:m.start()]):
                continue  # 形成《…视察报告》。报告提出的X建议被采纳: the report's own, named already
            if re.search(r"大量|许多|不少|诸多", m.groupdict().get("g") or "") \
                    or re.match(r"了?(?:大量|许多|不少|诸多)", m["t"]):
                continue  # 委员们从不同角度提出了大量意见和建议: a summary of a meeting, no suggestion named
            if re.search(r"[，,][^，,]*其中$", m.group("t")):
                continue  # 就A、B等开展视察，形成视察报告5篇，…，其中提出的X意见: the reports' own
            k = clause_at(sentence, m.start())
            if _GENERIC.match(m.group("t")):
                if m.group("t").startswith("的") or _INSPECTORS.search(text, sentence.start, m.start()):
                    # (特约监督员…明察暗访80余次，提出意见和建议: the inspectors' findings, no motion)
                    continue  # 委员们提出的意见建议被市委吸收: the suggestions made, no topic named
                context = _context(text, sentence, k)
                if not context or _DUTIES.search(text, sentence.start, m.start()):
                    continue  # 反映情况、提出建议: one of the duties listed, no suggestion made
                clause = sentence.clauses[k]
                if _BOTH.match(context) and _AND_ALSO.match(text, clause.start):
                    continue  # 既指出问题，又提出建议: how the work is done, no suggestion made
                if _COUNTED_SPEECHES.search(context):
                    continue  # 有8位委员作了大会发言，对A、B提出了建议: what counted speeches said
                title = f"{context}，{text[clause.start:m.end()].strip()}"
                rule = "suggestion_context"
            elif m.group().startswith(("就", "围绕")):
                title = m.group()
                prev = sentence.clauses[k - 1] if k else None
                if prev and _ACTIVITY.search(text, prev.start, prev.end):
                    lead = _ACTOR_PREFIX.sub("", text[prev.start:prev.end].strip().lstrip("*#> "))
                    title = f"{lead}，{title}"  # 视察X，就Y提出建议
            else:
                title = text[m.start("t"):m.end()]
            taken.append(m.span())
            out.append(motion(text, m.span(), _quote(sentence, m.start(), m.end()), "cppcc", title,
                              "建议", doc, rule))
    return out


#: Actions counted in the clauses before a report (调研视察18项): its reports are a class, not one.
_COUNTED_WORK = re.compile(r"(?:调研|视察|考察|课题|协商|座谈会?|走访)[^，。；\d]{0,4}"
                          r"\d+\s*(?:项|次|批|个|场)")


def _reports(doc: DocumentText, sentence: Sentence) -> list[Motion]:
    text = doc.text
    out = []
    for m in _REPORT.finditer(text, sentence.start, sentence.end):
        if _REPORT_COUNT.match(text, m.end()) or _REPORTS_COUNTED.search(text, m.start(), m.start("w")):
            continue  # 形成调研报告6篇: how many, not which
        if text.startswith(("：", ":"), m.end()) \
                or text.endswith(("以下", "如下"), sentence.start, m.start("w")):
            continue  # 形成了以下调研报告：（1）《…》: the titles listed after it are the reports
        opened = max(text.rfind(c, sentence.start, m.start()) for c in "。；") + 1
        if _COUNTED_WORK.search(text, max(opened, sentence.start), m.start()):
            continue  # 全年开展调研视察18项，形成的调研报告…: the reports of a counted class, none named
        k = clause_at(sentence, m.start())
        context = _context(text, sentence, k)
        if not context:
            continue
        title = f"{context}，{m.group()}"
        out.append(motion(text, m.span(), _quote(sentence, m.start(), m.end()), "cppcc", title,
                          _REPORT_TYPES[m.group("w")], doc, "research_report"))
    return out


def _named(doc: DocumentText, sentence: Sentence, body: str) -> list[Motion]:
    """Quoted proposals and joint projects: ``“X”提案``, ``协作课题——“X”``."""
    text = doc.text
    out = []
    for m in _QUOTED.finditer(text, sentence.start, sentence.end):
        g = "t" if m.group("t") else "q"
        if g == "t" and text.startswith("的", m.end("t") + 1) and (
                _STATUS_QUOTED.search(m.group("t"))
                or _IN_TITLE.search(text, max(0, m.start() - 24), m.start())):
            continue  # “列入计划解决”的提案: a status; 关于推广“15分钟生活圈”的提案: a word of a title
        kind = type_of("type", m.group("w") or m.group("v")) or "建议"
        if body == "npc" and kind == "提案":
            continue
        if kind == "建议" and body == "cppcc" and about_information(doc, sentence.start, m.end(),
                                                                   sentence.end):
            kind = "社情民意信息"  # 反映的“关于…的建议”被省政协采用
        out.append(motion(text, m.span(g), _quote(sentence, m.start(), m.end()), body,
                          m.group(g), kind, doc, "quoted"))
    for m in _QUOTED_ADVICE.finditer(text, sentence.start, sentence.end):
        if text[max(sentence.start, m.start() - 4):m.start()] in ("报告》，", "报告》,") \
                and text.startswith("提出", m.start()):
            continue  # 《…视察报告》，提出的“X”等建议被采纳: the report's own, named already
        for q in _QUOTATION.finditer(text, *m.span("qs")):
            if not any(n.start <= q.start("t") < n.end for n in out):
                out.append(motion(text, q.span("t"), _quote(sentence, m.start(), m.end()), body,
                                  q.group("t"), "建议", doc, "quoted"))
    if body == "cppcc":
        for m in _REPORTED_PROBLEM.finditer(text, sentence.start, sentence.end):
            row = motion(text, m.span("t"), _quote(sentence, m.start(), m.end()), body,
                         m.group("t"), "社情民意信息", doc, "quoted")
            listed = text.startswith("其中", sentence.start)  # 其中，… after a count of the pieces
            # “X”，经区卫生局调查核实后，…; “X”问题，也被市政协采用
            handled = _HANDLED_NEXT.match(text, m.end()) is not None \
                or text.startswith(("上报后", "报送后"), m.end())  # “X”上报后，市民政局…: sent up, acted on
            para = text.rfind("\n", 0, m.start()) + 1  # (a paragraph on 社情民意: a piece of it)
            if ((row.outcome and text.startswith(row.outcome, m.end())) or listed or handled) and (
                    "社情民意" in text[para:m.start()]
                    or about_information(doc, sentence.start, m.end(), sentence.end)):
                out.append(row)  # only with what became of it, or listed after their count, under 社情民意
        for m in _QUOTED_REPORT.finditer(text, sentence.start, sentence.end):
            g = "t" if m.group("t") else "u"
            if g == "u" and _IN_TITLE.search(text, max(0, m.start() - 24), m.start()):
                continue  # 关于推进“最多跑一次”改革的调研报告: a word of an unquoted title
            if not any(n.start <= m.start(g) < n.end for n in out):
                out.append(motion(text, m.span(g), _quote(sentence, m.start(), m.end()), body,
                                  m.group(g), "调研报告", doc, "quoted"))
        for m in _PIECE.finditer(text, sentence.start, sentence.end):
            para = text.rfind("\n", 0, m.start()) + 1  # “X”一文 in a paragraph on 社情民意: a piece of it
            if any(n.start <= m.start("t") < n.end for n in out):
                continue
            if "社情民意" in text[para:m.start()] \
                    or about_information(doc, sentence.start, m.end(), sentence.end):  # (its section's)
                out.append(motion(text, m.span("t"), _quote(sentence, m.start(), m.end()), body,
                                  m.group("t"), "社情民意信息", doc, "quoted"))
            elif _WRITTEN.search(text, sentence.start, m.start()) and \
                    _RESEARCHED.search(text, sentence.start, m.start()):  # 进行调研，撰写的“X”被…刊发
                out.append(motion(text, m.span("t"), _quote(sentence, m.start(), m.end()), body,
                                  m.group("t"), "调研报告", doc, "quoted"))
        for m in _SPEECH_TITLED.finditer(text, sentence.start, sentence.end):
            g = next(k for k in ("q", "b", "t", "a", "c", "d") if m.group(k))
            out.append(motion(text, m.span(g), _quote(sentence, m.start(), m.end()), body,
                              m.group(g), "大会发言", doc, "speech_titled"))
        for m in _PROJECT.finditer(text, sentence.start, sentence.end):
            kind = "课题报告" if m.group("w") == "课题" else "其他"
            out.append(motion(text, m.span("t"), _quote(sentence, m.start(), m.end()), body,
                              m.group("t"), kind, doc, "joint_project"))
    return out


#: Speeches counted (有8位委员作了大会发言): what they proposed is their content, no motion of its own.
_COUNTED_SPEECHES = re.compile(r"\d+(?:位|名|人)[^，,。；;]{0,8}?(?:作了?|进行了?)?(?:大会|书面|口头)?发言")


def _apart(found: list[Motion], named: list[Motion]) -> list[Motion]:
    """The rows of ``found`` that do not overlap a quoted title (“关于X的建议”被采纳 is one work)."""
    return [m for m in found if all(m.end <= n.start or m.start >= n.end for n in named)]


def _members_motions(doc: DocumentText, sentence: Sentence) -> list[Motion]:
    """Proposals and information pieces told by their matter (:data:`_MEMBERS_MOTION`)."""
    text = doc.text
    out = []
    for m in _MEMBERS_PROPOSED.finditer(text, sentence.start, sentence.end):
        g = "t" if m["t"] else "t2"
        if not _KIND_OF.search(m[g]) and not _AHEAD.search(text, sentence.start, m.start()) \
                and not _ASPIRED.match(m[g]) and not _URGED.search(text, max(0, m.start() - 4), m.start()):
            out.append(motion(text, (m.start(g), m.end()), _quote(sentence, m.start(), m.end()), "cppcc",
                              m[g], "提案", doc, "described_by_matter"))
    for m in _MEMBERS_MOTION.finditer(text, sentence.start, sentence.end):
        start = m.start("t") + (2 if m["t"].startswith("有关") else 0)  # 有关X的提案: on X
        if len(m["t"]) - (start - m.start("t")) < 4 or _KIND_OF.search(text[start:m.end("t")]):
            continue  # 委员们提出的涉及民生领域的提案占总数的60%: a kind of proposals, no title
        word = m["w"] or ""
        if (m["v"] == "反映" and word.endswith("提案")) or (
                not word and not about_information(doc, sentence.start, m.end(), sentence.end)):
            continue  # (委员反映的X问题，推动…: an information piece only where the text is about them)
        kind = "提案" if word.endswith("提案") else "社情民意信息"
        quote = _quote(sentence, m.start(), m.end())
        out.append(motion(text, (start, m.end()), quote, "cppcc", text[start:m.end("t")], kind, doc,
                          "described_by_matter"))
    return out


def described_motions(doc: DocumentText) -> list[Motion]:
    """Untitled motions of a CPPCC report, and deputies' suggestions of a People's Congress report."""
    text = doc.text
    out: list[Motion] = []
    if doc.report_kind not in ("cppcc", "npc"):
        return out  # no finder below reads another kind of report
    for sentence in sentences(doc):
        if forward_section(section_at(doc, sentence.start)) and (
                _PLANNED.search(text, sentence.start, sentence.end)
                or not _TOLD_DONE.search(text, sentence.start, sentence.end)):
            continue  # 要就X提出建议, 🔹围绕X开展调研，形成…调研报告 in the plans ahead: not made yet
        named = _named(doc, sentence, doc.report_kind) if doc.report_kind in ("cppcc", "npc") else []
        out.extend(named)
        if doc.report_kind == "cppcc":
            speeches = _speeches(doc, sentence)
            out.extend(speeches)
            if not speeches:
                out.extend(_apart(_suggestions(doc, sentence), named))
            out.extend(_reports(doc, sentence))
            out.extend(_apart(_members_motions(doc, sentence), named))
        elif doc.report_kind == "npc":
            deputies = [motion(text, m.span("t"), _quote(sentence, m.start(), m.end()), "npc",
                               m.group("t"), "议案" if m.group("t").endswith("议案") else "建议", doc,
                               "deputies_suggestion")
                        for m in _DEPUTIES.finditer(text, sentence.start, sentence.end)]
            out.extend(_apart(deputies, named))
    return out
