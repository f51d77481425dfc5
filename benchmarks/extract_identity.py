"""Byte-identity check of the numeric-indicator extraction: every Fact of every document.

The documents: the seed's (raw/ cleaned and split by the pipeline's stages), every composed
text under tests/corpus/, every sentence of the held-out tables in benchmarks/heldout/, and the
synthetic corpora of bench_extract.py.  Each Fact is dumped as its repr, in order, so a speed
change can be shown to change no output.

    python benchmarks/extract_identity.py --save /tmp/facts.txt
    python benchmarks/extract_identity.py --compare /tmp/facts.txt   # prints the differences
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterator
from pathlib import Path

from benchmarks.bench_extract import seed_documents, synthetic_corpus
from pipelines.extract.indicators import extract_indicators
from pipelines.model import DocumentText, Paragraph
from pipelines.text.decode import BadInputError


def _raw_documents(path: Path) -> list[DocumentText]:
    try:
        return seed_documents(path)
    except BadInputError:  # a test text that is meant to be refused
        return []


def _heldout_documents(path: Path) -> Iterator[DocumentText]:
    with path.open(encoding="utf-8") as f:
        for i, row in enumerate(csv.DictReader(f)):
            text = row["sentence"]
            year = int(row["year"]) if row["year"] else None
            yield DocumentText(f"{path.stem}-{i}", row["kind"], year, text,
                               (Paragraph(0, 0, len(text), "body", row["section"]),))


def documents() -> Iterator[tuple[str, DocumentText]]:
    """(corpus label, document) for every document the check covers, in a fixed order."""
    for path in sorted(Path("raw").glob("*.txt")):
        for doc in _raw_documents(path):
            yield str(path), doc
    for path in sorted(Path("tests/corpus").rglob("*.txt")):
        for doc in _raw_documents(path):
            yield str(path), doc
    for path in sorted(Path("benchmarks/heldout").glob("*.csv")):
        for doc in _heldout_documents(path):
            yield str(path), doc
    for doc in synthetic_corpus(1_000_000):
        yield "synthetic", doc
    for doc in synthetic_corpus(200_000, prose=0.0):
        yield "dense", doc


def dump() -> list[str]:
    """One line per Fact: ``label doc_id repr(fact)``."""
    lines = []
    for label, doc in documents():
        for fact in extract_indicators(doc):
            lines.append(f"{label}\t{doc.doc_id}\t{fact!r}")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--compare", type=Path)
    args = ap.parse_args()
    lines = dump()
    if args.save:
        args.save.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines)} facts saved to {args.save}")
        return
    old = args.compare.read_text(encoding="utf-8").splitlines()
    diffs = [(i, a, b) for i, (a, b) in enumerate(zip(old, lines, strict=False)) if a != b]
    for i, a, b in diffs[:10]:
        print(f"line {i}:\n  - {a}\n  + {b}")
    print(f"{len(lines)} facts, {len(old)} saved, {len(diffs) + abs(len(old) - len(lines))} differences")
    sys.exit(1 if diffs or len(old) != len(lines) else 0)


if __name__ == "__main__":
    main()
