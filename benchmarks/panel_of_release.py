"""The panel and reconciliation of a published release, as markdown tables.

    python benchmarks/panel_of_release.py /tmp/out/latest

Reads ``data/indicators.csv`` and ``data/documents.csv`` of the release and applies
:func:`pipelines.publish.panel.panel_tables` to them.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from pipelines.publish.panel import panel_tables


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def main(release: Path) -> int:
    rows, docs = read(release / "data" / "indicators.csv"), read(release / "data" / "documents.csv")
    panel, recon = panel_tables(rows, docs)
    print(f"indicators {len(rows)}, coded {sum(1 for r in rows if r['indicator_code'])}, "
          f"scope non-empty {sum(1 for r in rows if r.get('scope'))}; panel {len(panel)}, "
          f"disagreeing {sum(p['disagree'] for p in panel)}, reconciliation {len(recon)}\n")
    print("| period | code | kind | measure | value | unit | status | bound | report | n | disagree | rule |")
    print("|---|---|---|---|---:|---|---|---|---|---:|---|---|")
    for p in panel:
        print(f"| {p['period']} | {p['indicator_code']} | {p['kind']} | {p['measure']} | {p['value']} | "
              f"{p['unit']} | {p['status']} | {p['bound']} | {p['report_kind']} | {p['n_statements']} | "
              f"{p['disagree']} | {p['rule']} |")
    print("\nreconciliation:\n")
    print("| period | code | measure | report | value | unit | status | chosen | rel_diff |")
    print("|---|---|---|---|---:|---|---|---|---:|")
    for r in recon:
        print(f"| {r['period']} | {r['indicator_code']} | {r['measure']} | {r['report_kind']} | "
              f"{r['value']} | {r['unit']} | {r['status']} | {r['chosen']} | {r['rel_diff']} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "outputs/latest")))
