"""Byte-identity check of the extraction: every Fact of every document, every row of every table.

Two dumps, both in a fixed order, so a speed change can be shown to change no output:

- facts: every Fact of ``extract_indicators`` for the seed's documents (raw/ cleaned and split by
  the pipeline's stages), every composed text under tests/corpus/, every sentence of the held-out
  tables in benchmarks/heldout/, and the synthetic corpora of bench_extract.py (each Fact's repr);
- tables (``--step``): every row of every table the whole extract step (``steps.extract``:
  indicators and its topic subsets, supervision, motions, documents, glossary, corrections, and
  the documents' texts) builds for the seed, every file of tests/corpus/ and ``--files`` composed
  files of benchmarks/corpus.py (each row as the JSON the tables are staged from).

    python benchmarks/extract_identity.py --save /tmp/facts.txt
    python benchmarks/extract_identity.py --compare /tmp/facts.txt   # prints the differences
    python benchmarks/extract_identity.py --step --save /tmp/tables.txt
    python benchmarks/extract_identity.py --step --compare /tmp/tables.txt
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

# this checkout's code and benchmarks, not an installed copy
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_extract import seed_documents, synthetic_corpus  # noqa: E402
from benchmarks.corpus import write_corpus  # noqa: E402
from pipelines.extract.indicators import extract_indicators  # noqa: E402
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


def raw_files(composed: int, tmp: Path) -> list[Path]:
    """The seed, every text of tests/corpus/ and ``composed`` files of benchmarks/corpus.py."""
    paths = sorted(Path("raw").glob("*.txt")) + sorted(Path("tests/corpus").rglob("*.txt"))
    return paths + write_corpus(tmp, composed)


def _cell(value: object) -> object:
    """JSON's own types as they are, others (Decimal, date) as ``type:str`` (Decimal('7.90') stays 7.90)."""
    if isinstance(value, (str, int, float, bool, type(None))):
        return value
    return f"{type(value).__name__}:{value}"


def dump_tables(composed: int) -> list[str]:
    """One line per row of every table of ``steps.extract`` (and one per document text)."""
    from pipelines.steps import clean, extract, load, parse

    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in raw_files(composed, Path(tmp)):
            try:
                src = load(path)
            except BadInputError:  # a test text that is meant to be refused
                continue
            tracked, _ = clean(src)
            out = extract(src, tracked, parse(src, tracked))
            for name, rows in out.tables.items():
                for row in rows:
                    cells = {k: _cell(v) for k, v in row.items()}
                    lines.append(f"{path.name}\t{name}\t{json.dumps(cells, ensure_ascii=False)}")
            for doc_id, text in out.texts.items():
                lines.append(f"{path.name}\ttext\t{doc_id}\t{json.dumps(text, ensure_ascii=False)}")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--compare", type=Path)
    ap.add_argument("--step", action="store_true", help="every table of the whole extract step")
    ap.add_argument("--files", type=int, default=300, help="composed files of benchmarks/corpus.py (--step)")
    args = ap.parse_args()
    lines = dump_tables(args.files) if args.step else dump()
    what = "rows" if args.step else "facts"
    if args.save:
        args.save.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines)} {what} saved to {args.save}")
        return
    old = args.compare.read_text(encoding="utf-8").splitlines()
    diffs = [(i, a, b) for i, (a, b) in enumerate(zip(old, lines, strict=False)) if a != b]
    for i, a, b in diffs[:10]:
        print(f"line {i}:\n  - {a}\n  + {b}")
    print(f"{len(lines)} {what}, {len(old)} saved, {len(diffs) + abs(len(old) - len(lines))} differences")
    sys.exit(1 if diffs or len(old) != len(lines) else 0)


if __name__ == "__main__":
    main()
