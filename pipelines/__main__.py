"""Command line: ``python -m pipelines run [--raw DIR] [--out DIR]``.

Exit codes: 0 a release holds every raw file (published, or unchanged and kept); 1 some files were
rejected (the others were published); 2 nothing was published (the last release is untouched):
no file passed, another run holds the output folder, a published file now fails, or an unexpected
error (one line here, the trace in ``OUT/logs/``); 130/143 stopped by SIGINT/SIGTERM, nothing published.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
import traceback
from pathlib import Path

from pipelines.text.decode import BadInputError


def _log_trace(out_dir: Path) -> str:
    """Write the current exception's trace to ``OUT/logs/`` and return the log's path."""
    try:
        logs = out_dir / "logs"
        logs.mkdir(parents=True, exist_ok=True)
        path = logs / f"error-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%SZ}-{os.getpid()}.log"
        path.write_text(traceback.format_exc(), encoding="utf-8")
        return str(path)
    except OSError:
        return "(no log: the output folder is not writable)"


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
    run_p.add_argument("--workers", type=int, default=0,
                       help="local worker processes (env PIPELINE_WORKERS, default: one per core)")
    run_p.add_argument("--scheduler", default=os.environ.get("PIPELINE_DASK_SCHEDULER", ""),
                       help="build on a Dask cluster at this address, e.g. tcp://10.0.0.5:8786 "
                            "(env PIPELINE_DASK_SCHEDULER; see docs/deploy.md)")
    run_p.add_argument("--wait", action="store_true",
                       help="wait for another run on the same output folder instead of exiting 2")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    out = Path(args.out)

    from pipelines.interrupts import Interrupted
    from pipelines.locking import Locked
    from pipelines.runner import RunFailed, run

    try:
        summary = run(Path(args.raw), out, force=args.force, workers=args.workers,
                      scheduler=args.scheduler, wait=args.wait)
    except Interrupted as exc:
        print(f"error: stopped by signal {exc.signum}: nothing published; the last release is untouched",
              file=sys.stderr)
        return 128 + exc.signum
    except (BadInputError, RunFailed, Locked) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - one line for the user, the trace in the log
        print(f"error: unexpected {type(exc).__name__}: {exc} (trace in {_log_trace(out)})", file=sys.stderr)
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
