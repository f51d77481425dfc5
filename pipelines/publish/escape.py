"""Put file names and source descriptions into the release's README and SHA256SUMS safely.

Raw file names and the titles in ``raw/sources.csv`` are data from outside: a backtick, ``<b>``
or a newline in them must not become Markdown, HTML or a new line of a listing.

>>> md_text("<b>上城区</b> *2013*")
'&lt;b&gt;上城区&lt;/b&gt; \\\\*2013\\\\*'
>>> md_code("raw/a`b.txt")
'``raw/a`b.txt``'
>>> sums_line("ab12", "raw/a\\\\b.txt")
'\\\\ab12  raw/a\\\\\\\\b.txt\\n'
"""

from __future__ import annotations

import re

# CommonMark: any ASCII punctuation may be backslash-escaped; these are the ones that make
# inline markup (the text is flattened to one line that never starts a block, so '#', '-', '1.'
# at a line start cannot occur).
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_WHITESPACE = re.compile(r"\s+")


def md_text(value: str) -> str:
    """Plain text for Markdown prose: one line, HTML special characters as entities, Markdown
    punctuation backslash-escaped."""
    value = _WHITESPACE.sub(" ", value).strip()
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", value)


def md_code(value: str) -> str:
    """A Markdown code span holding ``value`` literally (a fence longer than any backtick run
    inside; padded with a space where the value starts or ends with a backtick)."""
    value = _WHITESPACE.sub(" ", value)
    longest = max((len(run) for run in re.findall(r"`+", value)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if value.startswith("`") or value.endswith("`") else ""
    return f"{fence}{pad}{value}{pad}{fence}"


def sums_line(digest: str, path: str) -> str:
    """One line of SHA256SUMS as GNU ``sha256sum`` writes it (and ``sha256sum -c`` reads it):
    a name with a backslash, newline or carriage return is escaped and the line starts with ``\\``.
    """
    if not any(ch in path for ch in "\\\n\r"):
        return f"{digest}  {path}\n"
    escaped = path.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
    return f"\\{digest}  {escaped}\n"
