"""Agreement of the indicator rows with hand-labelled paragraphs (recall, precision, names …).

Each line of a ``benchmarks/heldout_qind/*.jsonl`` file is one composed paragraph with every
figure that should be a row (format: ``benchmarks/heldout_qind/README.md``).  The extractor's
rows are matched to the labels by value and unit, in text order; then name, scope, status,
bound, topic and code are compared.  ``name`` is the scorer's test (most characters of the
labelled name appear in scope + indicator); ``name_exact`` asks for the very name and
``name_tight`` also that the row says little more (a clause fragment fails it).

    PYTHONPATH=. python benchmarks/measure_paragraphs.py benchmarks/heldout_qind/heldout.jsonl [-v] [--clean]

``--clean`` runs the pipeline's cleaning stage on each paragraph first, as a release does (a set
written with OCR faults, such as ``35 820元``, needs it); without it the text goes to extraction
as written, which is how the figures of earlier sets were measured.
"""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

from pipelines.extract.indicators import extract_indicators
from pipelines.model import DocumentText, Fact, GlossaryNote, Paragraph

FIELDS = ("name", "name_tight", "name_exact", "scope", "status", "bound", "topic", "code")


def _share(a: str, b: str) -> float:
    """How much of ``a``'s characters appear in ``b``."""
    sa = set(a)
    return len(sa & set(b)) / len(sa) if sa else 0.0


CLEAN = False


def document(case: dict) -> DocumentText:
    """The paragraph as a one-paragraph document (a glossary note where ``note`` is given)."""
    text = case["text"]
    if CLEAN:
        from pipelines.text.clean import clean_text

        text = clean_text(text, f"{case['id']}.txt").text.strip()
    kind = "note" if case["note"] else "body"
    notes = (GlossaryNote(case["note"], text, 0, len(text)),) if case["note"] else ()
    return DocumentText(case["id"], case["kind"], case["year"], text,
                        (Paragraph(0, 0, len(text), kind, case["section"]),), (), notes)


def agree(label: list, f: Fact) -> dict[str, bool]:
    """Which fields of one row agree with its label."""
    _, _, name, scope, status, bound, topic, code = label
    full = (f.scope or "") + f.indicator
    # name: as ../shared/tools/score_gold.py scores it (the gold's digits, punctuation and spaces
    # left out: 2015年贫困发生率 agrees with 贫困发生率 and its period); name_tight: both ways, as written
    return {"name": _share(re.sub(r"[\s\W\d]", "", name), full) >= 0.6,
            "name_tight": _share(name, full) >= 0.6 and _share(full, name) >= 0.6,
            "name_exact": full == name or f.indicator == name,
            "scope": (f.scope or "") == scope, "status": f.status == status, "bound": f.bound == bound,
            "topic": f.topic == topic, "code": f.indicator_code == code}


def measure(path: Path, verbose: bool = False) -> dict[str, float]:
    """Print the disagreements (``verbose``) and return the agreement figures of one file."""
    gold = found = extracted = 0
    hits = dict.fromkeys(FIELDS, 0)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        facts = extract_indicators(document(case))
        extracted += len(facts)
        used: set[int] = set()
        for label in case["figs"]:
            gold += 1
            value, unit = Decimal(str(label[0])), label[1]
            k = next((i for i, f in enumerate(facts)
                      if i not in used and f.value == value and f.unit == unit), None)
            if k is None:
                if verbose:
                    print(f"MISS {case['id']} {label[0]}{unit} {label[2]}")
                continue
            used.add(k)
            found += 1
            ok = agree(label, facts[k])
            for field, v in ok.items():
                hits[field] += v
            bad = [x for x in FIELDS if not ok[x] and x not in ("name_exact",)]
            if verbose and bad:
                f = facts[k]
                print(f"DIFF {case['id']} {label[0]}{unit} {','.join(bad)} | gold {label[3]}|{label[2]} "
                      f"{label[4]} {label[5]} {label[6]} {label[7]} | row {f.scope}|{f.indicator} "
                      f"{f.status} {f.bound} {f.topic} {f.indicator_code} [{f.name_rule}]")
        for i, f in enumerate(facts):
            if i not in used and verbose:
                print(f"EXTRA {case['id']} {f.value}{f.unit} {f.scope}|{f.indicator} [{f.name_rule}]")
    out = {"gold": gold, "rows": extracted, "recall": found / gold, "precision": found / extracted}
    out.update({k: v / found for k, v in hits.items()})
    return out


def main(argv: list[str]) -> None:
    global CLEAN
    verbose = "-v" in argv
    CLEAN = "--clean" in argv
    for name in [a for a in argv if a not in ("-v", "--clean")]:
        r = measure(Path(name), verbose)
        print(f"== {name}: {r['gold']} labelled figures, {r['rows']} rows; recall {r['recall']:.3f} "
              f"precision {r['precision']:.3f}; of the matched: "
              + " ".join(f"{k} {r[k]:.3f}" for k in FIELDS))


if __name__ == "__main__":
    main(sys.argv[1:])
