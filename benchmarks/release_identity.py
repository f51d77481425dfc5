"""Do two versions of the code publish the same bytes? Run both on the same raw files and compare.

    .venv/bin/python benchmarks/release_identity.py --old /tmp/old-checkout [--new .] \
        (--raw raw | --corpus 100) [--work /tmp/identity]

``--old`` is a checkout of the code to compare with (e.g. ``git worktree add /tmp/old main`` or
``git archive main | tar -x -C /tmp/old``). Each code runs the real CLI (``python -m pipelines run``,
imports from its own checkout) four times on its own output folder, on copies of the same raw files:

1. a first release;
2. after one figure of one file changed (the incremental path: the previous release is reused);
3. with nothing changed (nothing published);
4. after one file was removed and a new one (a copy of another under a new name) added.

After each step every file of the new release is compared by sha256, and so are the release zip's
entries, ``LATEST`` and ``latest.zip``. ``created`` follows ``SOURCE_DATE_EPOCH`` (set the same for
both) and the git commit is fixed by ``PIPELINE_GIT_COMMIT``, so the only expected difference is the
code fingerprint in ``x_code_version`` (``datapackage.json``, ``catalogue.jsonld``): it is masked
there, and those two files' lines are left out of ``SHA256SUMS``. Zip entries are compared on their
content (masked the same way) and, for the entries no mask touched, on their compressed bytes: an
entry with the same content compressed otherwise is listed apart (the new archive stores Parquet
files and deflates large files in pieces on purpose, see ``pipelines/publish/archive.py``).
Exit status 0 when everything is identical; the differences are printed otherwise.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_corpus  # noqa: E402

MASKED = ("datapackage.json", "catalogue.jsonld")


def run_cli(code: Path, raw: Path, out: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(code), SOURCE_DATE_EPOCH="1700000000",
               PIPELINE_GIT_COMMIT="identity-check")
    proc = subprocess.run([sys.executable, "-m", "pipelines", "run", "--raw", str(raw), "--out", str(out)],
                          cwd=code, env=env, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{code}: run failed ({proc.returncode}): {proc.stderr[-2000:]}")


def fingerprint(release: Path) -> bytes:
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    return str(package.get("x_code_version", {}).get("code_fingerprint", "")).encode()


def masked(rel: str, data: bytes, fp: bytes) -> bytes:
    name = rel.rsplit("/", 1)[-1]
    if name in MASKED and fp:
        return data.replace(fp, b"<code fingerprint>")
    if name == "SHA256SUMS":
        return b"\n".join(line for line in data.split(b"\n")
                          if not any(line.endswith(b" " + m.encode()) for m in MASKED))
    return data


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def release_files(release: Path, fp: bytes) -> dict[str, str]:
    return {p.relative_to(release).as_posix(): digest(masked(p.relative_to(release).as_posix(),
                                                               p.read_bytes(), fp))
            for p in sorted(release.rglob("*")) if p.is_file()}


def zip_entries(path: Path, fp: bytes) -> dict[str, tuple[str, str]]:
    """Entry → (sha256 of the masked content, sha256 of the compressed bytes where unmasked)."""
    out = {}
    with zipfile.ZipFile(path) as zf, path.open("rb") as raw:
        for info in zf.infolist():
            content = zf.read(info)
            m = masked(info.filename, content, fp)
            raw.seek(info.header_offset + 26)
            name_len, extra_len = (int.from_bytes(raw.read(2), "little") for _ in range(2))
            raw.seek(info.header_offset + 30 + name_len + extra_len)
            packed = digest(raw.read(info.compress_size)) if m == content else ""
            out[info.filename] = (digest(m), packed)
    return out


repacked: set[str] = set()


def compare(old_out: Path, new_out: Path) -> list[str]:
    problems = []
    old_v, new_v = (p.joinpath("LATEST").read_text().strip() for p in (old_out, new_out))
    if old_v != new_v:
        return [f"LATEST: {old_v} != {new_v}"]
    old_rel, new_rel = old_out / "releases" / old_v, new_out / "releases" / new_v
    fps = fingerprint(old_rel), fingerprint(new_rel)
    a, b = release_files(old_rel, fps[0]), release_files(new_rel, fps[1])
    for rel in sorted(set(a) | set(b)):
        if a.get(rel) != b.get(rel):
            what = "missing" if rel not in b else "extra" if rel not in a else "differs"
            problems.append(f"{new_v}/{rel}: {what}")
    for zname in (f"releases/{new_v}.zip", "latest.zip"):
        za, zb = zip_entries(old_out / zname, fps[0]), zip_entries(new_out / zname, fps[1])
        for e in sorted(set(za) | set(zb)):
            if e not in za or e not in zb or za[e][0] != zb[e][0]:
                problems.append(f"{zname}!{e}: content differs")
            elif za[e][1] != zb[e][1]:
                # same content, other compressed bytes: Parquet stored, large files deflated in pieces
                # (pipelines/publish/archive.py says why); counted, not a difference of content
                repacked.add(e.split("/", 1)[1])
    return problems


def step(name: str, codes: dict[str, Path], raws: dict[str, Path], outs: dict[str, Path]) -> list[str]:
    for tag, code in codes.items():
        run_cli(code, raws[tag], outs[tag])
    problems = compare(outs["old"], outs["new"])
    version = (outs["new"] / "LATEST").read_text().strip()
    n = len(list((outs["new"] / "releases" / version).rglob("*")))
    print(f"{name}: release {version}, {n} paths: " + ("identical" if not problems else
                                                        f"{len(problems)} differences"), flush=True)
    for p in problems[:40]:
        print("   ", p)
    return problems


def change_one_figure(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    i = next(i for i, ch in enumerate(text) if ch.isdigit() and i > 200)
    path.write_text(text[:i] + str((int(text[i]) + 1) % 10) + text[i + 1:], encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--old", type=Path, required=True, help="checkout of the code to compare with")
    ap.add_argument("--new", type=Path, default=Path(__file__).resolve().parents[1])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--raw", type=Path, help="a folder of raw files (e.g. the seed's raw/)")
    src.add_argument("--corpus", type=int, help="compose this many files (benchmarks/corpus.py)")
    ap.add_argument("--work", type=Path, default=Path("/tmp/release-identity"))
    args = ap.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    source = args.work / "source"
    if args.raw:
        shutil.copytree(args.raw, source)
    else:
        write_corpus(source, args.corpus)
    codes = {"old": args.old.resolve(), "new": args.new.resolve()}
    raws = {t: args.work / f"raw-{t}" for t in codes}
    outs = {t: args.work / f"out-{t}" for t in codes}
    for r in raws.values():
        shutil.copytree(source, r)
    problems = step("1 first release", codes, raws, outs)
    reports = sorted(p.name for p in source.iterdir() if p.suffix in (".txt", ".md"))
    for r in raws.values():
        change_one_figure(r / reports[len(reports) // 2])
    problems += step("2 one figure of one file changed", codes, raws, outs)
    problems += step("3 nothing changed", codes, raws, outs)
    if len(reports) > 1:
        for r in raws.values():
            (r / reports[0]).unlink()
            shutil.copyfile(r / reports[-1], r / f"zz-added-{reports[-1]}")
            change_one_figure(r / f"zz-added-{reports[-1]}")  # other bytes: not a duplicate
        problems += step("4 one file removed, one added", codes, raws, outs)
    if repacked:
        print(f"zip entries with the same content, compressed otherwise ({len(repacked)}): "
              + ", ".join(sorted(repacked)[:12]) + (" …" if len(repacked) > 12 else ""))
    print("IDENTICAL" if not problems else f"DIFFERENT: {len(problems)} differences")
    return 0 if not problems else 1


if __name__ == "__main__":
    raise SystemExit(main())
