"""Command line: ``python -m pipelines run [--raw DIR] [--out DIR]``.

Exit codes: 0 release published (or unchanged) from every file; 1 some files failed (the others
were published); 2 nothing was published (the last release is untouched).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from pipelines.text.decode import BadInputError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipelines",
                                     description="Build a validated open-data release from raw report texts.")
    sub = parser.add_subparsers(dest="command", required=True)
    run_p = sub.add_parser("run", help="process every raw file and publish a release")
    run_p.add_argument("--raw", default=os.environ.get("PIPELINE_RAW_DIR", "raw"),
                       help="folder of raw report texts (env PIPELINE_RAW_DIR, default raw/)")
    run_p.add_argument("--out", default=os.environ.get("PIPELINE_OUTPUT_DIR", "outputs"),
                       help="output folder (env PIPELINE_OUTPUT_DIR, default outputs/)")
    run_p.add_argument("--force", action="store_true",
                       help="rebuild every file even where its bytes and the code are unchanged")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    from pipelines.runner import run  # dagster import is slow: only when running

    try:
        summary = run(Path(args.raw), Path(args.out), force=args.force)
    except BadInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for name, msg in summary.failed_files.items():
        print(f"error: {name}: {msg}", file=sys.stderr)
    print(f"done in {summary.seconds:.1f} s: {len(summary.files) - len(summary.failed_files)} of "
          f"{len(summary.files)} files" + (f", release {summary.published}" if summary.published else ""))
    if not summary.published:
        return 2
    return 1 if summary.failed_files else 0


if __name__ == "__main__":
    sys.exit(main())
