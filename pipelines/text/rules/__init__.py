"""Cleaning rules, one module per family of OCR / web-scrape fault.

Every rule is a plain function ``rule(text: str) -> list[Edit]`` that proposes non-overlapping
edits on the current text, each carrying the rule's name; :func:`pipelines.text.clean.clean_text`
runs them in a fixed order through :meth:`TrackedText.apply`, which logs one correction per edit.

Shared character classes live here so that every family agrees on what "Chinese" means.
"""

from __future__ import annotations

import re

#: CJK unified ideographs (basic block, extension A, compatibility ideographs).
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: Full-width / CJK punctuation, quotes and brackets that belong to Chinese prose.
CJK_PUNCT = "\u3001-\u3003\u3008-\u3011\u3014-\u301f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65" \
    "\u2014\u2018\u2019\u201c\u201d\u2026\u00b7"
#: Horizontal whitespace a scanner or a web page may leave (not newlines).
HSPACE = " \t\u00a0\u2002-\u200a\u202f\u3000"

HAN_RE = re.compile(f"[{HAN}]")


def is_han(ch: str) -> bool:
    """True for a Chinese character: ``is_han('区') -> True``, ``is_han('，') -> False``."""
    return bool(ch) and HAN_RE.match(ch) is not None


def is_cjk(ch: str) -> bool:
    """True for a Chinese character or Chinese punctuation: ``is_cjk('，') -> True``."""
    return bool(ch) and (is_han(ch) or re.match(f"[{CJK_PUNCT}]", ch) is not None)
