"""Throughput of the numeric-indicator extraction, in characters per second on one core.

Two corpora: the seed file's documents (cleaned and split by the pipeline's own stages) and a
larger synthetic corpus of report-style paragraphs composed from templates (figures drawn at
random, fixed seed).  Only :func:`extract_indicators` is timed, as the release's extraction
stage runs it: cleaning and parsing are other stages.

    python benchmarks/bench_extract.py [--raw raw/shangcheng-2013-reports.txt] [--mb 5] [--repeat 5]

With ``--step`` it times the whole extract step instead (``pipelines.steps.extract``: indicators,
supervision, motions and every file table's rows, after cleaning and parsing), on the seed file
and ``--files`` composed files of benchmarks/corpus.py, per part and in all; characters are those
of the cleaned text.

    python benchmarks/bench_extract.py --step [--files 100] [--repeat 3]
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

# this checkout's code, not an installed copy (the script's own folder comes first on the path)
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipelines.extract.indicators import extract_indicators  # noqa: E402
from pipelines.model import DocumentText, Paragraph  # noqa: E402

TEMPLATES = (
    "全年实现地区生产总值{a}亿元，比上年增长{p}%；一般公共预算收入{b}亿元，同比增长{p}%。",
    "规模以上工业增加值{b}亿元，增长{p}%，占全县生产总值的{p}%。",
    "预计全年完成固定资产投资{a}亿元，社会消费品零售总额{b}亿元，增长{p}%。",
    "新增城镇就业{n}人，帮助{n}名就业困难人员实现再就业，城镇登记失业率控制在{p}%以内。",
    "改造老旧小区{n}个、{b}万平方米，新建道路{b}公里，拆迁{n}户，安置{n}户。",
    "城镇和农村居民人均可支配收入分别达到{n}元和{n}元，分别增长{p}%和{p}%。",
    "组织{n}名干部参加专题培训，选派{n}余名年轻干部到基层挂职，查处违纪案件{n}件。",
    "受理群众诉求{n}件，按时办结率{p}%，群众满意率{p}%。",
    "到2025年，力争全县生产总值突破{a}亿元，城镇化率提高{p}个百分点。",
    "全年引进内资项目{n}个，实际利用外资{b}亿美元，新增高新技术企业{n}家。",
    "开展“{n}”工程建设，推动第十届农民运动会顺利举办，2019年3月召开全县动员大会。",
    "绿化覆盖率达到{p}%，空气质量优良天数{n}天，完成造林{n}亩。",
    "常委会听取和审议专项工作报告{n}项，开展执法检查{n}次，组织代表视察{n}批次。",
    "政协委员提交提案{n}件，经审查立案{n}件，办复率100%。",
)

PROSE = (
    "坚持稳中求进工作总基调，统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作。",
    "深化“放管服”改革，优化营商环境，持续激发市场主体活力和社会创造力。",
    "扎实推进乡村振兴战略，加快农业农村现代化步伐，农村人居环境明显改善。",
    "坚持以人民为中心的发展思想，着力解决群众最关心最直接最现实的利益问题。",
    "加强生态环境保护，深入打好蓝天、碧水、净土保卫战，生态文明建设取得新进展。",
    "全面落实安全生产责任制，强化重点行业领域隐患排查整治，社会大局和谐稳定。",
    "自觉接受人大法律监督、工作监督和政协民主监督，认真办理代表建议和委员提案。",
    "严格落实全面从严治党主体责任，驰而不息纠治“四风”，营造风清气正的政治生态。",
)


def synthetic_corpus(chars: int, seed: int = 7, prose: float = 0.85) -> list[DocumentText]:
    """Report-style documents of about ``chars`` characters in all (30 000 characters each).

    ``prose`` is the share of sentences without figures: 0.85 gives about one figure per 90
    characters, as in real work reports (the seed has one per 100); 0 gives a figures-only
    stress corpus (one per 17 characters).
    """
    rng = random.Random(seed)
    docs = []
    total = 0
    while total < chars:
        paras = []
        text = ""
        while len(text) < 30_000:
            body = "".join(rng.choice(PROSE) if rng.random() < prose else rng.choice(TEMPLATES).format(
                a=f"{rng.uniform(100, 900):.2f}", b=f"{rng.uniform(1, 99):.2f}",
                p=f"{rng.uniform(0.5, 30):.1f}", n=rng.randint(2, 30_000))
                for _ in range(rng.randint(3, 8)))
            paras.append(Paragraph(len(paras), len(text), len(text) + len(body), "body", ""))
            text += body + "\n"
        docs.append(DocumentText(f"syn-{len(docs)}", rng.choice(("government", "party", "npc")), 2020,
                                 text, tuple(paras)))
        total += len(text)
    return docs


def seed_documents(raw: Path) -> list[DocumentText]:
    """The documents of a raw file, cleaned and parsed by the pipeline's own stages."""
    from pipelines.steps import clean, load, parse

    src = load(raw)
    tracked, _ = clean(src)
    return [found.doc for found in parse(src, tracked)]


def measure(docs: list[DocumentText], repeat: int) -> tuple[float, int, int]:
    """(best chars/s over ``repeat`` runs, characters, facts); CPU time of this one process."""
    chars = sum(len(d.text) for d in docs)
    best = float("inf")
    n = 0
    for _ in range(repeat):
        t0 = time.process_time()
        n = sum(len(extract_indicators(d)) for d in docs)
        best = min(best, time.process_time() - t0)
    return chars / best, chars, n


def prepared_files(paths: list[Path]) -> list[tuple]:
    """(source, tracked text, documents) of each raw file: the extract step's inputs."""
    from pipelines.steps import clean, load, parse

    out = []
    for path in paths:
        src = load(path)
        tracked, _ = clean(src)
        out.append((src, tracked, parse(src, tracked)))
    return out


def _fresh(files: list[tuple]) -> list[tuple]:
    """The same inputs with new document objects: the extractors cache per-document work by
    identity (pipelines.extract.doc_cache), and the pipeline meets each document once."""
    return [(src, tr, [dataclasses.replace(f, doc=copy.copy(f.doc)) for f in docs])
            for src, tr, docs in files]


def _best(fn: Callable[[list[tuple]], object], files: list[tuple], repeat: int) -> float:
    """Best CPU seconds of ``fn(inputs)`` over ``repeat`` runs, each on fresh document objects."""
    best = float("inf")
    for _ in range(repeat):
        inputs = _fresh(files)
        t0 = time.process_time()
        fn(inputs)
        best = min(best, time.process_time() - t0)
    return best


def measure_step(files: list[tuple], repeat: int) -> dict[str, float]:
    """Best CPU seconds over ``repeat`` runs of each part of the extract step and of all of it."""
    from pipelines import tables as T
    from pipelines.steps import extract, rows

    parts = {}
    for t in T.REGISTRY:
        if t.kind == "file" and t.extractor is not None:
            parts[t.name] = _best(lambda fs, t=t: [[t.extractor(f.doc) for f in docs] for _, _, docs in fs],
                                  files, repeat)
    items = [T.extract_items(f[2]) for f in files]
    parts["rows"] = _best(lambda fs: [rows(*f, i) for f, i in zip(fs, items, strict=True)], files, repeat)
    parts["step"] = _best(lambda fs: [extract(*f) for f in fs], files, repeat)
    return parts


def main_step(args: argparse.Namespace) -> None:
    import tempfile

    from benchmarks.corpus import write_corpus

    with tempfile.TemporaryDirectory() as tmp:
        corpora = []
        if args.raw.exists():
            corpora.append(("seed", prepared_files([args.raw])))
        corpora.append((f"composed×{args.files}", prepared_files(write_corpus(Path(tmp), args.files))))
    for name, files in corpora:
        [extract_indicators(f.doc) for f in files[0][2]]  # warm the caches
        chars = sum(len(tr.text) for _, tr, _ in files)
        repeat = max(args.repeat, 3_000_000 // max(chars, 1))
        parts = measure_step(files, repeat)
        shown = "  ".join(f"{k} {chars / v / 1e6:.2f}" for k, v in parts.items() if k != "step")
        print(f"{name:14s} {chars:>10,d} chars  step {chars / parts['step'] / 1e6:5.2f} M chars/s"
              f"  (parts, M chars/s: {shown})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--raw", type=Path, default=Path("raw/shangcheng-2013-reports.txt"))
    ap.add_argument("--mb", type=float, default=5.0, help="size of the synthetic corpus, millions of chars")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--step", action="store_true", help="time the whole extract step")
    ap.add_argument("--files", type=int, default=100, help="composed files for --step")
    args = ap.parse_args()
    if args.step:
        main_step(args)
        return
    corpora = []
    if args.raw.exists():
        corpora.append(("seed", seed_documents(args.raw)))
    corpora.append(("synthetic", synthetic_corpus(int(args.mb * 1_000_000))))
    corpora.append(("dense", synthetic_corpus(int(args.mb * 200_000), prose=0.0)))
    for name, docs in corpora:
        extract_indicators(docs[0])  # warm the caches: registry, lexicons, compiled patterns
        chars = sum(len(d.text) for d in docs)
        repeat = max(args.repeat, 3_000_000 // max(chars, 1))  # small corpora: more runs, same noise
        rate, chars, n = measure(docs, repeat)
        print(f"{name:10s} {chars:>10,d} chars  {n:>7,d} facts  {rate / 1e6:6.2f} M chars/s")


if __name__ == "__main__":
    main()
