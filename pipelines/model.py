"""Records shared by the pipeline's stages.

Offsets follow the release contract: Python ``str`` indices, end exclusive.  Extractors work on
one document's cleaned text and report *clean* offsets relative to it; the pipeline maps them back
to the raw file through the document's offset map.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

REPORT_KINDS = ("party", "npc", "government", "cppcc", "statistical_communique", "budget_report",
                "court_report", "procuratorate_report", "work_plan", "other")
TOPICS = ("economy", "city", "livelihood", "supervision", "cppcc", "party", "government", "other")
STATUSES = ("outcome", "estimate", "target")
BOUNDS = ("exact", "approx", "at_least", "at_most", "more_than", "less_than")
CHANGE_KINDS = ("yoy_pct", "yoy_pp", "share_pct", "multiple")


@dataclass(frozen=True)
class Correction:
    """One change the cleaning made: raw[raw_start:raw_end] was ``before`` and became ``after``."""

    raw_start: int
    raw_end: int
    before: str
    after: str
    rule: str


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of a document's cleaned text, ``text[start:end]``.

    kind is ``heading`` (a section heading), ``body`` (prose) or ``note`` (a glossary note).
    section is the heading path, outermost first, joined by `` > ``; empty before the first heading.
    """

    index: int
    start: int
    end: int
    kind: str
    section: str


@dataclass(frozen=True)
class Section:
    """A numbered or titled section: heading text, its number as printed (``（一）``), level, path."""

    start: int
    end: int
    level: int
    number: str
    title: str
    path: str


@dataclass(frozen=True)
class GlossaryNote:
    """A note printed after a report: ``term`` explained by ``definition``.

    start/end span the whole note in the document's cleaned text.
    """

    term: str
    definition: str
    start: int
    end: int
    first_use: int = -1  # where the report's body first uses the term (clean offset), -1 if never
    first_use_end: int = -1
    form: str = "list"  # list (under a notes header), endnote ([1], ①, 注1：) or inline (in brackets)


@dataclass(frozen=True)
class DocumentText:
    """One report as the extractors see it: its cleaned text and its structure."""

    doc_id: str
    report_kind: str
    covers_year: int | None
    text: str
    paragraphs: tuple[Paragraph, ...] = ()
    sections: tuple[Section, ...] = ()
    notes: tuple[GlossaryNote, ...] = ()

    def section_at(self, pos: int) -> str:
        """The heading path of the paragraph that holds clean offset ``pos`` ('' if none)."""
        for p in self.paragraphs:
            if p.start <= pos < p.end:
                return p.section
        return ""


@dataclass(frozen=True)
class Fact:
    """A numeric fact found in a document (clean offsets relative to the document's text).

    ``start``/``end`` cover at least the number and its unit as printed; the quote is the clause.
    """

    start: int
    end: int
    indicator: str
    value: Decimal
    unit: str
    value_base: Decimal | None
    base_unit: str
    status: str = "outcome"  # outcome | estimate | target (STATUSES)
    bound: str = "exact"  # exact | approx | at_least | at_most | more_than | less_than (BOUNDS)
    topic: str = "other"
    indicator_code: str = ""
    indicator_en: str = ""
    period: int | None = None
    change_kind: str = ""
    change_value: Decimal | None = None
    change_direction: str = ""
    quote: str = ""
    section: str = ""
    name_rule: str = ""  # the naming rules that made ``indicator`` (pipelines.extract.indicators.naming)
    scope: str = ""  # whose figure, in the text's words; '' for the place the report is about


@dataclass(frozen=True)
class SupervisionAction:
    """An oversight action of a People's Congress standing committee on one subject."""

    start: int
    end: int
    form: str
    subject: str
    count: int | None = None
    actor: str = "standing_committee"
    quote: str = ""
    section: str = ""
    law: str = ""  # the 《》 title of the law or regulation the subject names, with its 《》
    rule: str = ""  # the rule of supervision.rules.SUBJECT_RULES that found the subject


@dataclass(frozen=True)
class Motion:
    """A proposal, suggestion, speech, information or research report named in a document."""

    start: int
    end: int
    body: str
    title: str
    motion_type: str
    outcome: str = ""
    quote: str = ""
    section: str = ""
    rule: str = ""  # the rule of motions.rules.MOTION_RULES that found it


@dataclass(frozen=True)
class DocumentMeta:
    """What the report says about itself (title, meeting, date, speaker)."""

    report_kind: str
    title: str
    speaker: str = ""
    speaker_role: str = ""
    meeting: str = ""
    delivered_on: str = ""  # ISO date, '' if unknown
    covers_year: int | None = None
    place: str = ""
    admin_code: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    kind_evidence: str = ""  # why report_kind was chosen: the signals and their weights
    published_on: str = ""  # ISO date a web page gives for its publication, '' if none
    source: str = ""  # the publisher a web page names (来源：…), '' if none
