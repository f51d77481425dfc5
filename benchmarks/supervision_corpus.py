"""Recall and precision of the supervision and motion extractors on the composed corpus, per layout.

The corpus and how a row is matched are described in ``tests/corpus_score.py``; each set runs with
the kind the pipeline recognised and with the kind given.

Run from the repository root: ``PYTHONPATH=. python benchmarks/supervision_corpus.py``
(``--show`` lists misses and false positives).
"""

from __future__ import annotations

import sys
from collections import defaultdict

from tests.corpus_score import CORPUS, SPLITS, score


def main(show: bool = False) -> None:
    for split in SPLITS:
        for given in (False, True):
            totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0, 0])
            for path in sorted((CORPUS / split).glob("*.txt")):
                s = score(path, given)
                key = f"{s['table']}/{s['layout']}"
                for i, k in enumerate(("expected", "found", "rows", "false", "aggregates", "law_ok", "laws")):
                    totals[key][i] += s[k]
                if show and given:
                    print(f"  {path.name} kinds={s['kinds']} misses={s['misses']} extra={s['extra']}")
            print(f"{split} ({'kind given' if given else 'kind recognised'})")
            for key, (exp, hit, rows, false, agg, law, laws) in sorted(totals.items()):
                recall = hit / exp if exp else 1.0
                precision = (rows - false) / rows if rows else 1.0
                print(f"  {key:28s} recall {recall:.2f} ({hit}/{exp})  precision {precision:.2f} "
                      f"({rows - false}/{rows})  aggregates-as-actions {agg}  law {law}/{laws}")


if __name__ == "__main__":
    main("--show" in sys.argv)
