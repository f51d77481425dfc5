"""Wall time and peak memory of the whole job and of each pure stage, on the raw folder.

    .venv/bin/python benchmarks/bench_pipeline.py [--raw raw] [--repeat 3]

Prints seconds per stage (decode, clean, parse, extract, publish) as the best of --repeat runs,
the end-to-end time of ``python -m pipelines run`` (a new process) and this process's peak RSS.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pipelines import steps
from pipelines.publish.release import publish
from pipelines.text.decode import list_raw_files


def best(fn, repeat: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return min(times), out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--raw", default="raw")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    files = list_raw_files(Path(args.raw))
    chars = 0
    totals = dict.fromkeys(("decode", "clean", "parse", "extract"), 0.0)
    bundles = []
    for path in files:
        t, src = best(lambda p=path: steps.load(p), args.repeat)
        totals["decode"] += t
        chars += len(src.text)
        t, (tracked, _) = best(lambda s=src: steps.clean(s), args.repeat)
        totals["clean"] += t
        t, docs = best(lambda s=src, tr=tracked: steps.parse(s, tr), args.repeat)
        totals["parse"] += t
        t, tables = best(lambda s=src, tr=tracked, d=docs: steps.extract(s, tr, d), args.repeat)
        totals["extract"] += t
        bundles.append(tables)
    with tempfile.TemporaryDirectory() as tmp:
        sources = [{"name": b.source_file, "sha256": b.source_sha256} for b in bundles]
        t_pub, _ = best(lambda: publish(bundles, Path(tmp) / "out", sources), 1)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pipelines", "run", "--raw", args.raw, "--out",
                        str(Path(tmp) / "cli")], check=True, capture_output=True)
        t_cli = time.perf_counter() - t0
    print(f"files: {len(files)}, characters: {chars}")
    for stage, t in totals.items():
        print(f"{stage:8s} {t * 1000:8.1f} ms  ({chars / t / 1e6:6.2f} M chars/s)" if t else stage)
    print(f"publish  {t_pub * 1000:8.1f} ms  (validate with Frictionless, stage, write CSV + Parquet)")
    print(f"python -m pipelines run (new process): {t_cli:.2f} s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
