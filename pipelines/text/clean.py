"""Clean one raw source file: errata, then the rule families in a fixed order, every change logged.

>>> out = clean_text("稳步回升,全年\\n\\n\\n分别完成 46.32 亿元", "x.txt", errata=[])
>>> out.text
'稳步回升，全年分别完成46.32亿元'
>>> [(c.raw_start, c.raw_end, c.before, c.after, c.rule) for c in out.corrections]
[(7, 10, '\\n\\n\\n', '', 'page_break_join'), (14, 15, ' ', '', 'unit_space'), \
(20, 21, ' ', '', 'unit_space'), (4, 5, ',', '，', 'fullwidth_punct')]

The order matters and is part of the contract (see docs/cleaning.md):

1. errata (on the raw text, so an entry's ``wrong`` is copied straight from the file);
2. web noise: line endings, literal ``\\r\\n``, HTML entities and tags, invisible and odd
   spaces (table cells keep one tab), ``??``, navigation lines, running headers, page numbers,
   footnote markers;
3. page breaks: join cut lines, one blank line between paragraphs;
4. width: full-width digits and letters to half-width;
5. numbers: spaces inside numbers (digit groups, digits printed one by one) and between number
   and unit;
6. punctuation: half-width marks, full stops and quotes in Chinese prose to full-width,
   letter-spaced Chinese closed up, spaces around punctuation and upper-case codes;
7. characters: traditional characters, stray English words, tripled characters, repeated clauses.

Steps 2-7 are repeated until nothing changes (at most :data:`MAX_ROUNDS` times), so the result is a
fixed point: cleaning a cleaned text changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pipelines.model import Correction
from pipelines.text.offsets import Edit, TrackedText
from pipelines.text.rules import characters, numbers, page_breaks, punctuation, web_noise
from pipelines.text.rules.errata import (
    Erratum,
    check_errata_file,
    describe_failure,
    errata_edits,
    load_errata,
)

Rule = Callable[[str], list[Edit]]

#: The rules after the errata, in the order they run. Each runs as its own pass.
RULES: tuple[Rule, ...] = (
    characters.traditional_file,  # a traditional file first: every later rule reads simplified
    web_noise.line_endings,
    web_noise.literal_newlines,
    web_noise.html_markup,
    web_noise.zero_width,
    web_noise.odd_spaces,
    web_noise.nbsp_marks,
    web_noise.nav_lines,
    web_noise.running_headers,  # before page numbers: a header is known by the page number next to it
    web_noise.page_numbers,
    web_noise.footnote_markers,
    page_breaks.spaced_tables,  # before the joins and the number rules: cells stay cells
    page_breaks.page_breaks,
    page_breaks.trailing_spaces,
    punctuation.fullwidth_alnum,
    numbers.spaced_digits,
    numbers.digit_groups,
    numbers.unit_spaces,
    numbers.comma_groups,
    punctuation.halfwidth_punct,
    punctuation.halfwidth_period,
    punctuation.halfwidth_quotes,
    punctuation.spaced_han,
    punctuation.punct_spaces,
    punctuation.latin_spaces,
    characters.traditional_chars,
    characters.stray_english,
    characters.tripled_chars,
    characters.repeated_clauses,
)
MAX_ROUNDS = 4


def _chars(*ranges: str) -> str:
    """The characters of ``'ab'`` strings and ``'a-z'`` ranges: ``_chars('ab', '0-2')`` -> ``'ab012'``."""
    return "".join(chr(c) for r in ranges
                   for c in (range(ord(r[0]), ord(r[2]) + 1) if len(r) == 3 and r[1] == "-" else map(ord, r)))


#: For some rules, characters without which they cannot change anything: every edit they make
#: matches a pattern that needs one (see each rule's patterns). A text holding none of them is
#: not given to the rule (``ch in text`` for a few characters is much quicker than a regex scan).
TRIGGERS: dict[Rule, str] = {
    web_noise.line_endings: "\r",
    web_noise.literal_newlines: "\\",
    web_noise.html_markup: "&<",  # entities begin with &, tags with <
    web_noise.zero_width: "\u200b\u200c\u200d\u2060\ufeff\u00ad",
    web_noise.nbsp_marks: "?",
    web_noise.footnote_markers: _chars("[［", "\u2460-\u2473", "\u2776-\u277f"),  # brackets, circled figures
    numbers.comma_groups: "，,",
    punctuation.halfwidth_punct: ",;:?!()",
    punctuation.halfwidth_period: ".",
    punctuation.halfwidth_quotes: '"',
}


def _triggered(rule: Rule, text: str) -> bool:
    """False if ``rule`` has trigger characters and ``text`` holds none of them."""
    trigger = TRIGGERS.get(rule)
    return trigger is None or any(ch in text for ch in trigger)


@dataclass(frozen=True)
class Problem:
    """Something a person should look at: an erratum that did not apply, a suspicious word.

    ``raw_start``/``raw_end`` locate it in the raw file where that is known (else -1).
    """

    kind: str
    message: str
    raw_start: int = -1
    raw_end: int = -1


@dataclass(frozen=True)
class CleanOutcome:
    """The cleaned text with its offset map and correction log, and the problems found."""

    tracked: TrackedText
    source_file: str
    problems: tuple[Problem, ...] = ()

    @property
    def text(self) -> str:
        """The cleaned text."""
        return self.tracked.text

    @property
    def corrections(self) -> tuple[Correction, ...]:
        """Every change, in the order made, with its raw span."""
        return self.tracked.corrections

    def counts(self) -> dict[str, int]:
        """Corrections per rule: ``{'unit_space': 312, …}`` (errata entries as ``errata:<id>``)."""
        out: dict[str, int] = {}
        for c in self.corrections:
            out[c.rule] = out.get(c.rule, 0) + 1
        return out


def clean_text(raw: str, source_file: str, errata: Sequence[Erratum] | None = None) -> CleanOutcome:
    """Clean ``raw`` (the decoded text of ``source_file``) and log every change.

    ``errata`` defaults to the rows of ``pipelines/data/errata.csv`` for ``source_file``; pass
    ``[]`` to clean by rules alone.
    """
    if errata is None:
        errata = load_errata(source_file=source_file)
    problems = [Problem("errata_file", message) for message in check_errata_file(errata)]
    tracked = TrackedText.from_raw(raw)
    edits, failed = errata_edits(raw, [e for e in errata if e.source_file in ("", source_file)])
    problems.extend(Problem("erratum", describe_failure(e, n)) for e, n in failed)
    tracked = tracked.apply(edits)
    # A rule is a pure function of the text: on a text it already left unchanged it would change
    # nothing again, so it is not run (the confirming round then costs only what changed).
    unchanged_by: dict[int, str] = {}
    for _ in range(MAX_ROUNDS):
        before = len(tracked.corrections)
        for i, rule in enumerate(RULES):
            text, logged = tracked.text, len(tracked.corrections)
            if unchanged_by.get(i) == text or not _triggered(rule, text):
                continue
            tracked = tracked.apply(rule(text))
            if len(tracked.corrections) == logged:
                unchanged_by[i] = text
        if len(tracked.corrections) == before:
            break
    else:
        problems.append(Problem("not_converged", f"rules still changing text after {MAX_ROUNDS} rounds"))
    for pos, word in characters.stray_english_warnings(tracked.text):
        rs, re_ = tracked.raw_span(pos, pos + len(word))
        problems.append(Problem("stray_english", f"English word {word!r} between Chinese; not replaced",
                                rs, re_))
    for pos, pair in characters.doubled_char_warnings(tracked.text):
        problems.append(Problem("doubled_char", f"doubled {pair[0]!r} may be an OCR fault (errata?)",
                                *tracked.raw_span(pos, pos + 2)))
    if "\ufffd" in tracked.text:
        pos = tracked.text.index("\ufffd")
        problems.append(Problem("decode", "replacement character U+FFFD: text lost in decoding",
                                *tracked.raw_span(pos, pos + 1)))
    return CleanOutcome(tracked, source_file, tuple(problems))
