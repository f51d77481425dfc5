"""Precision of the supervision extractor on trap sentences, and recall on tricky real ones.

``benchmarks/heldout_sup_traps/cases.jsonl`` (written blind by a helper who read only the contract
and the sample gold): composed People's Congress report sentences, each with the rows a reader
expects (``[]`` for a trap: a trigger word with no oversight action done). A row matches when its
form is the expected one and 60% of the expected subject's bigrams are in it (as
``tests/report_eval.py`` matches). Odd lines were read to find errors, even lines never (``--half``).

    PYTHONPATH=. python benchmarks/measure_sup_traps.py [--half odd|even|all] [-v]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pipelines.extract.supervision import extract_supervision
from tests.corpus_score import similar
from tests.test_supervision import npc

CASES = Path(__file__).parent / "heldout_sup_traps" / "cases.jsonl"


def main(argv: list[str]) -> None:
    half = argv[argv.index("--half") + 1] if "--half" in argv else "all"
    verbose = "-v" in argv
    cases = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]
    if half != "all":
        cases = cases[0::2] if half == "odd" else cases[1::2]
    traps = false_on_traps = wanted = hit = rows_real = false_real = 0
    for case in cases:
        found = [(a.form, a.subject) for a in extract_supervision(npc(case["text"]))]
        want = case["rows"]
        if not want:
            traps += 1
            false_on_traps += bool(found)
            if verbose and found:
                print(f"TRAP {case['id']} {case['text']}\n     -> {found}")
            continue
        used: set[int] = set()
        for form, subject in want:
            match = [i for i, (f, s) in enumerate(found) if f == form and similar(subject, s)]
            hit += bool(match)
            used.update(match)
            if verbose and not match:
                print(f"MISS {case['id']} {form}:{subject}\n     {case['text']}\n     -> {found}")
        wanted += len(want)
        rows_real += len(found)
        false_real += len(found) - len(used)
    print(f"{CASES.name} ({half}): traps {traps}, with a row {false_on_traps}; "
          f"real rows {hit}/{wanted} found, {false_real} of {rows_real} rows on real sentences unmatched")


if __name__ == "__main__":
    main(sys.argv[1:])
