"""Score the motion extractor on ``tests/cases/motions_heldout.csv``: composed paragraphs of CPPCC
and People's Congress reports (other places and years) written before the rules they exercise
were tuned, and never tuned on afterwards.

Each row holds a paragraph (lines are paragraphs), the report kind, a section heading and the
expected rows ``type|title`` joined by `` ;; `` (empty: the paragraph names no motion). A found
row matches an expected one of the same type whose title shares 60% of its bigrams
(:func:`tests.corpus_score.similar`).

``python -m tests.motions_heldout [--show]`` prints the misses and extras (with ``--show``) and
the totals: ``found/wanted`` and ``right/rows``.
"""

from __future__ import annotations

import sys

from pipelines.extract.motions import extract_motions
from tests import golden
from tests.corpus_score import similar


def score(show: bool = False) -> tuple[int, int, int, int]:
    """(expected rows found, expected rows, found rows that match, found rows)."""
    hit = wanted = right = rows = 0
    for case in golden.load("motions_heldout"):
        doc = golden.case_doc({**case, "sentence": case["text"]})
        found = [(m.motion_type, m.title) for m in extract_motions(doc)]
        expected = [tuple(r.split("|")) for r in case["expected"].split(" ;; ") if r]
        used: set[int] = set()
        for kind, title in expected:
            match = [i for i, (k, t) in enumerate(found) if k == kind and similar(title, t)]
            hit += bool(match)
            used.update(match)
            if show and not match:
                print(f"missing {kind}:{title}")
        wanted += len(expected)
        rows += len(found)
        right += len(used)
        if show:
            for i, (k, t) in enumerate(found):
                if i not in used:
                    print(f"extra {k}:{t}")
    return hit, wanted, right, rows


if __name__ == "__main__":
    h, w, r, n = score("--show" in sys.argv)
    print(f"motions_heldout  recall {h}/{w}  precision {r}/{n}")
