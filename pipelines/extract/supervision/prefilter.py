"""Which patterns of a vocabulary can match a span at all, told by the characters it holds.

Most clauses of a report hold no trigger word; a clause that holds one holds one or two of the
vocabulary's twenty-odd patterns.  Trying each pattern on each clause costs a regex call per
pattern; this module reads, from each pattern's parse tree, a small set of characters that every
match of it must contain (``听取(?:和|并)?审议|审议了`` → ``{审}``: both branches hold 审), indexes
the patterns by those characters, and answers for a span which patterns are worth trying.  The
answer never leaves out a pattern that matches (a match lies inside the span and holds one of its
characters); patterns whose characters cannot be read (a class of all CJK characters, a case-blind
flag) are always tried.

>>> pf = Prefilter([re.compile("视察|考察"), re.compile("听取(?:和|并)?审议|审议了"), re.compile(".+")])
>>> pf.candidates("常委会视察了城东项目", 0, 10), pf.candidates("提出意见", 0, 4)
((0, 2), (2,))
"""

from __future__ import annotations

import re
import re._constants as C  # noqa: N812  (the parser's opcodes)
import re._parser as P  # noqa: N812
from collections.abc import Sequence
from itertools import product

_WIDE = 64  # a character range wider than this is no useful requirement (e.g. all CJK)
_COMBINATIONS = 512  # branches whose choices multiply past this are combined greedily

Family = list[frozenset[str]]  # every match holds a character of each set


def _in_set(items: list) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] < _WIDE:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY, a wide range: any character might do
            return None
    return frozenset(chars)


def _branch(families: list[Family]) -> Family:
    """Sets every branch's match holds a character of: one set of each branch, united."""
    if any(not f for f in families):
        return []  # a branch with no requirement: the alternation has none
    size = 1
    for f in families:
        size *= len(f)
    unions = {_cover(families)}
    if size <= _COMBINATIONS:
        unions.update(frozenset().union(*choice) for choice in product(*families))
    return sorted(unions, key=lambda s: (len(s), sorted(s)))[:4]


def _cover(families: list[Family]) -> frozenset[str]:
    """A small union of one set of each branch, greedily: the set most branches share first
    (``视察检查|专题视察|察看|踏看`` → {察, 看})."""
    chosen: set[str] = set()
    left = list(families)
    while left:
        counts: dict[frozenset[str], int] = {}
        for f in left:
            for s in set(f):
                counts[s] = counts.get(s, 0) + 1
        best = max(counts, key=lambda s: (counts[s], -len(s), sorted(s)))
        chosen |= best
        left = [f for f in left if not any(s <= chosen for s in f)]
    return frozenset(chosen)


def _seq(items: Sequence) -> Family:
    out: Family = []
    for op, av in items:
        out.extend(_node(op, av))
    return out


def _node(op: object, av: object) -> Family:
    if op is C.LITERAL:
        return [frozenset(chr(av))]  # type: ignore[arg-type]
    if op is C.IN:
        chars = _in_set(av)  # type: ignore[arg-type]
        return [chars] if chars else []
    if op is C.SUBPATTERN:
        if av[1] & re.IGNORECASE:  # type: ignore[index]  # (?i:…): its literals match either case
            return []
        return _seq(av[3])  # type: ignore[index]
    if op is C.ATOMIC_GROUP:
        return _seq(av)  # type: ignore[arg-type]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, _, item = av  # type: ignore[misc]
        return _seq(item) if lo >= 1 else []
    if op is C.BRANCH:
        return _branch([_seq(b) for b in av[1]])  # type: ignore[index]
    return []  # anchors, lookarounds, back-references, any character: no requirement


def requirements(pattern: re.Pattern[str]) -> Family:
    """Sets of characters of each of which every match of ``pattern`` holds one (none known: []).

    >>> [sorted(s) for s in requirements(re.compile("(?:政情|情况|工作)?通报会|通报(?!会)"))]
    [['报'], ['通']]
    >>> requirements(re.compile("[\\u4e00-\\u9fff]{2}"))
    []
    """
    if pattern.flags & re.IGNORECASE:
        return []
    family = set(_seq(P.parse(pattern.pattern, pattern.flags)))
    # a set that holds another says nothing more
    return sorted((s for s in family if not any(o < s for o in family)), key=lambda s: (len(s), sorted(s)))


class Prefilter:
    """The patterns of a vocabulary indexed by the characters their matches must hold."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.always: tuple[int, ...] = ()
        # each indexed pattern's other requirements, a string of characters each
        self.rest: dict[int, tuple[str, ...]] = {}
        index: dict[str, set[int]] = {}
        for k, pattern in enumerate(patterns):
            family = requirements(pattern)
            if not family:
                self.always += (k,)
                continue
            for ch in family[0]:
                index.setdefault(ch, set()).add(k)
            self.rest[k] = tuple("".join(sorted(chars)) for chars in family[1:])
        self.index = {ch: tuple(sorted(ks)) for ch, ks in index.items()}
        # per character, its patterns with their other requirements: one lookup in the hot loop
        self.entries = {ch: tuple((k, self.rest[k]) for k in ks) for ch, ks in self.index.items()}
        # one scan in C lists the indexed characters a span holds (most spans: none)
        self.scan = re.compile(f"[{re.escape(''.join(sorted(index)))}]") if index else None

    def candidates(self, text: str, start: int, end: int) -> tuple[int, ...]:
        """The indices, in order, of the patterns that may match inside ``text[start:end]``."""
        keys = self.scan.findall(text, start, end) if self.scan is not None else ()
        if not keys:
            return self.always
        piece = text[start:end]
        found = set(self.always)
        entries = self.entries
        for ch in set(keys):
            for k, rest in entries[ch]:
                if k in found:
                    continue
                for chars in rest:  # a loop, not all(…): it runs for many clauses
                    if not (chars in piece if len(chars) == 1 else any(map(piece.__contains__, chars))):
                        break
                else:
                    found.add(k)
        return tuple(sorted(found))


def _last(items: Sequence) -> tuple[frozenset[str] | None, bool]:
    """The characters a match of ``items`` can end with (None: unknown), and whether it can be
    empty."""
    out: set[str] = set()
    for op, av in reversed(items):
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero width: the character before it ends the match
        if op is C.LITERAL:
            chars, empty = frozenset(chr(av)), False
        elif op is C.IN:
            chars, empty = _in_set(av), False
        elif op is C.SUBPATTERN and not av[1] & re.IGNORECASE:
            chars, empty = _last(av[3])
        elif op is C.BRANCH:
            ends = [_last(b) for b in av[1]]
            known = [c for c, _ in ends]
            chars = None if None in known else frozenset().union(*known)
            empty = any(e for _, e in ends)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            chars, empty = _last(av[2])
            empty = empty or av[0] == 0
        else:
            return None, True
        if chars is None:
            return None, True
        out |= chars
        if not empty:
            return frozenset(out), False
    return frozenset(out), True


def final_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """For a pattern that must end where the searched span ends (``…$``), the characters its match
    can end with, or None when they cannot be read: a span ending otherwise has no match.

    ``$`` also matches before a final newline, so a span ending in a newline is always searched.

    >>> sorted(final_chars(re.compile("(?:汇报|(?<=报告)时(?:开展)?|集中)$")) - {chr(10)})
    ['中', '展', '报', '时']
    >>> final_chars(re.compile("汇报")) is None
    True
    """
    if pattern.flags & (re.IGNORECASE | re.MULTILINE):
        return None
    items = list(P.parse(pattern.pattern, pattern.flags))
    if not items or items[-1] != (C.AT, C.AT_END):
        return None
    chars, empty = _last(items[:-1])
    return None if chars is None or empty else chars | {"\n"}


class EndSearch:
    """``pattern.search(text, start, end)`` for a pattern that ends where the span does (``…$``),
    answered None without running the pattern when the span's last character cannot end a match.

    >>> tails = EndSearch(re.compile("(?:汇报|集中)$"))
    >>> tails.search("听取工作汇报", 0, 6).start(), tails.search("听取工作汇报", 0, 5)
    (4, None)
    """

    __slots__ = ("pattern", "ends")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.ends = final_chars(pattern)

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        stop = len(text) if end is None or end > len(text) else end
        if self.ends is not None and 0 <= start and (stop <= start or text[stop - 1] not in self.ends):
            return None  # no character there can end a match: the pattern would find none
        return self.pattern.search(text, start, stop)
