"""Scale of the real CLI on composed corpora: wall time, per file, peak RSS, cores; skip and one-change runs.

    .venv/bin/python benchmarks/bench_scale.py [--sizes 10 100 1000] [--workers 0] [--keep DIR]

For each N it writes N composed report files (``benchmarks/corpus.py``: composed sentences of the
genre with varied places, years and figures), then runs ``python -m pipelines run`` three times on
one output folder: ``--force`` (everything built), again with nothing changed, and again after one
file's figure changed. Peak RSS is the largest sum of the RSS of the CLI and its worker processes,
sampled every 50 ms, and in brackets the same for PSS (shared pages charged once: the real
footprint); CPU is user + system seconds of the CLI and its workers, and cores is CPU
over wall time (below the core count when the machine is shared).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def _tree_rss_kib(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of a process and all its descendants, in KiB (0 when gone).

    RSS counts a page shared by several processes once in each of them: the forked workers share
    the CLI's imported libraries copy-on-write, so the RSS sum overstates what the tree holds.
    PSS (``/proc/PID/smaps_rollup``) charges each process its share of a shared page: the sum is
    the tree's real footprint.
    """
    rss = pss = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status", encoding="ascii") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        rss += int(line.split()[1])
            try:
                with open(f"/proc/{p}/smaps_rollup", encoding="ascii") as f:
                    for line in f:
                        if line.startswith("Pss:"):
                            pss += int(line.split()[1])
                            break
            except OSError:
                pass
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children", encoding="ascii") as f:
                    todo += [int(c) for c in f.read().split()]
        except (OSError, ValueError):
            continue
    return rss, pss


def run_cli(raw: Path, out: Path, *extra: str) -> dict[str, float]:
    """One CLI run: wall seconds, peak tree RSS and PSS (MiB), CPU seconds, exit code."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "pipelines", "run", "--raw", str(raw), "--out", str(out),
                             *extra], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = peak_pss = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_pss
        while not done.is_set():
            rss, pss = _tree_rss_kib(proc.pid)
            peak, peak_pss = max(peak, rss), max(peak_pss, pss)
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        print(err.decode("utf-8", "replace")[-2000:], file=sys.stderr)
    return {"wall": wall, "rss": peak / 1024, "pss": peak_pss / 1024, "cpu": cpu, "code": proc.returncode}


def change_one_figure(path: Path) -> None:
    """Change the first figure of a file (a new value, same layout)."""
    text = path.read_text(encoding="utf-8")
    i = next(i for i, ch in enumerate(text) if ch.isdigit() and i > 200)
    path.write_text(text[:i] + str((int(text[i]) + 1) % 10) + text[i + 1:], encoding="utf-8")


def bench(n: int, base: Path, workers: int) -> dict[str, dict[str, float]]:
    raw, out = base / f"raw-{n}", base / f"out-{n}"
    write_corpus(raw, n)
    extra = ("--workers", str(workers)) if workers else ()
    results = {"force": run_cli(raw, out, "--force", *extra), "unchanged": run_cli(raw, out, *extra)}
    change_one_figure(sorted(raw.glob("*.txt"))[n // 2])
    results["one changed"] = run_cli(raw, out, *extra)
    chars = sum(len(p.read_text(encoding="utf-8")) for p in raw.glob("*.txt"))
    results["force"]["chars"] = chars
    return results


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    ap.add_argument("--workers", type=int, default=0, help="0: one per core (the CLI's default)")
    ap.add_argument("--keep", type=Path, help="write corpora and outputs here (else a temporary folder)")
    args = ap.parse_args()
    print(f"cores on this machine: {os.cpu_count()}")
    print("| files | chars | `--force` wall | per file | CPU | peak RSS (PSS) | cores used "
          "| nothing changed | one changed | exit codes |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        for n in args.sizes:
            r = bench(n, base, args.workers)
            f, u, c = r["force"], r["unchanged"], r["one changed"]
            codes = "/".join(f"{x['code']:.0f}" for x in (f, u, c))
            print(f"| {n} | {f['chars']:.0f} | {f['wall']:.1f} s | {f['wall'] / n:.2f} s | "
                  f"{f['cpu']:.0f} s | {f['rss']:.0f} MiB ({f['pss']:.0f}) | {f['cpu'] / f['wall']:.2f} | "
                  f"{u['wall']:.1f} s (CPU {u['cpu']:.1f} s, {u['rss']:.0f} MiB ({u['pss']:.0f})) | "
                  f"{c['wall']:.1f} s (CPU {c['cpu']:.1f} s, {c['rss']:.0f} MiB ({c['pss']:.0f})) "
                  f"| {codes} |",
                  flush=True)


if __name__ == "__main__":
    main()
