"""Layout invariance: the same report text in other layouts should give the same rows.

Each transform rewrites a composed report the way another copy of it might look (a PDF's text
hard-wrapped at the page width, ASCII punctuation, page numbers between lines, traditional
characters, full-width digits, spaces around figures, Windows line ends, indents, blank lines);
the script runs the pipeline's own stages on the clean and the damaged copy of every composed
report in ``tests/corpus`` (and the seed) and counts the rows lost and gained per table.

    python benchmarks/layout_invariance.py [transform ...] [--show 20]

No labels are needed: the clean copy's rows are the reference. The files kept blind
(``qgen_blind2/k5_*, k6_*``, ``qgen_blind/b2_, b4_, b6_``) are left out.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

_BLIND = re.compile(r"qgen_blind2/k[56]_|qgen_blind/b[246]_|qgen_blind3_kept/")


def _cols(ch: str) -> int:
    return 2 if ord(ch) >= 0x1100 else 1


def wrap(text: str, width: int = 36, keep_digits: bool = True) -> str:
    """Hard-wrap every line at ``width`` full-width columns, as a PDF's text is: closing marks
    stay at the line's end (no line starts with ``，``); digit runs kept whole unless not
    ``keep_digits``."""
    cols = width * 2
    out = []
    for line in text.split("\n"):
        if not line:
            out.append("")
        i = 0
        while i < len(line):
            j, w = i, 0
            while j < len(line) and w + _cols(line[j]) <= cols:
                w += _cols(line[j])
                j += 1
            if keep_digits:
                while j < len(line) and j > i + 1 and (line[j].isdigit() or line[j] in ".%") \
                        and line[j - 1].isdigit():
                    j += 1
            while j < len(line) and line[j] in "，。；：、）”！？,.;:)":
                j += 1
            out.append(line[i:j])
            i = j
    return "\n".join(out)


def pages(text: str, every: int = 600, seed: int = 5) -> str:
    """A page number line (``— 7 —``) every ``every`` characters or so, often inside a sentence."""
    rng = random.Random(seed)
    out, k, page = [], 0, 1
    while k < len(text):
        step = every + rng.randint(-every // 4, every // 4)
        while k + step < len(text) and (text[k + step - 1].isdigit() or text[k + step] in ".．"):
            step += 1  # a page never ends inside a figure or a list number (4.对…)
        out.append(text[k:k + step])
        k += step
        if k < len(text):
            page += 1
            out.append(f"\n— {page} —\n\n" if text[k - 1] == "\n" else f"\n\n— {page} —\n\n")
    return "".join(out)


_FULL_DIGITS = {c: chr(ord(c) + 0xFEE0) for c in "0123456789.%"}
_ASCII_PUNCT = {"，": ",", "。": ".", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?"}


def fullwidth_digits(text: str) -> str:
    return "".join(_FULL_DIGITS.get(ch, ch) for ch in text)


def ascii_punct(text: str) -> str:
    return "".join(_ASCII_PUNCT.get(ch, ch) for ch in text)


def traditional(text: str) -> str:
    import opencc

    return opencc.OpenCC("s2t").convert(text)


def spaced(text: str, seed: int = 5) -> str:
    """Spaces around figures (``增长 7.0% ，``) and, at random, inside thousands (``27 321``)."""
    rng = random.Random(seed)
    t = re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)", " ", text)
    t = re.sub(r"(?<=[\d%])(?=[\u4e00-\u9fff])", " ", t)
    return re.sub(r"(?<=\d)(?=(\d{3})+(?![.\d]))", lambda m: " " if rng.random() < 0.5 else "", t)


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "wrap": wrap,
    "wrap_digits_cut": lambda t: wrap(t, 34, keep_digits=False),
    "pages": pages,
    "wrap_pages": lambda t: pages(wrap(t)),
    "fullwidth_digits": fullwidth_digits,
    "ascii_punct": ascii_punct,
    "traditional": traditional,
    "spaced": spaced,
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "blank_lines": lambda t: t.replace("\n", "\n\n"),
    "indent": lambda t: "\n".join("\u3000\u3000" + line if line.strip() else line for line in t.split("\n")),
}


def rows_key(tables: Mapping[str, Sequence[Mapping[str, object]]]) -> dict[str, Counter]:
    """What must not change with the layout: each table's rows by their content, not position."""
    return {
        "facts": Counter((r["value"], r["unit"], r["indicator"], r["status"], r["bound"])
                         for r in tables["indicators"]),
        "supervision": Counter((r["form"], r["subject"]) for r in tables["supervision"]),
        "motions": Counter(r["title"] for r in tables["cppcc_motions"]),
        "glossary": Counter(r["term"] for r in tables["glossary"]),
        "documents": Counter((r["report_kind"], r["place"], r["title"], r["speaker"], r["covers_year"],
                              r["delivered_on"]) for r in tables["documents"]),
    }


def sources() -> list[Path]:
    paths = sorted((ROOT / "tests" / "corpus").rglob("*.txt")) + sorted((ROOT / "raw").glob("*.txt"))
    return [p for p in paths if not _BLIND.search(p.as_posix())]


def main() -> None:
    import logging

    from pipelines.steps import process_file
    from pipelines.text.decode import BadInputError, decode_bytes

    logging.disable(logging.WARNING)
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("transforms", nargs="*", default=list(TRANSFORMS))
    ap.add_argument("--show", type=int, default=10, help="examples of lost and gained rows per transform")
    args = ap.parse_args()
    totals = {t: Counter() for t in args.transforms}
    shown: dict[str, list[str]] = {t: [] for t in args.transforms}
    with tempfile.TemporaryDirectory() as tmp:
        def run(text: str, name: str) -> dict[str, Counter] | None:
            path = Path(tmp) / name
            path.write_text(text, encoding="utf-8")
            try:
                return rows_key(process_file(path).tables)
            except BadInputError:
                return None

        for src in sources():
            text = decode_bytes(src.read_bytes(), src.name)[0]  # as the pipeline reads it (GB18030 too)
            base = run(text, src.name)
            if base is None:
                continue
            for t in args.transforms:
                other = run(TRANSFORMS[t](text), src.name)
                if other is None:
                    totals[t]["refused"] += 1
                    continue
                for part, rows in base.items():
                    lost, new = rows - other[part], other[part] - rows
                    totals[t][part] += sum(rows.values())
                    totals[t][part + " lost"] += sum(lost.values())
                    totals[t][part + " new"] += sum(new.values())
                    shown[t] += [f"  {src.name}: {part} lost {k}" for k in lost]
                    shown[t] += [f"  {src.name}: {part} new {k}" for k in new]
    for t in args.transforms:
        c = totals[t]
        print(f"{t:17s}", "  ".join(f"{p} -{c[p + ' lost']}/+{c[p + ' new']} of {c[p]}"
                                     for p in ("facts", "supervision", "motions", "glossary", "documents")),
              f"  refused {c['refused']}" if c["refused"] else "")
        for line in shown[t][: args.show]:
            print(line)


if __name__ == "__main__":
    main()
