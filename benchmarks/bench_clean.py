"""Speed of cleaning (``clean_text``) in characters per second, and a check that output is unchanged.

    .venv/bin/python benchmarks/bench_clean.py [--repeat 5] [--rules]
    .venv/bin/python benchmarks/bench_clean.py --save /tmp/clean-before.pkl     # on the old code
    .venv/bin/python benchmarks/bench_clean.py --compare /tmp/clean-before.pkl  # on the new code

Measures the seed (``raw/*.txt``) and a synthetic corpus composed from sentences of the genre with
varied places, years, figures and OCR/web faults (spaced digits, full-width forms, page numbers,
running headers, HTML, letter spacing, traditional characters), generated with a fixed seed.
``--rules`` prints the time of each rule. ``--save``/``--compare`` store and compare the cleaned
text, the corrections and the problems of every text, so a speed-up can prove it changed no byte.
"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
import time
from pathlib import Path

# Measure this checkout's code, not whatever an installed copy points at.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipelines.text import clean as clean_module  # noqa: E402
from pipelines.text.clean import clean_text  # noqa: E402
from pipelines.text.decode import list_raw_files, read_source  # noqa: E402

PLACES = ["某某县", "东湖区", "临江市", "青山镇", "南溪县", "北塘区", "西岭县", "长河市"]
THINGS = ["地区生产总值", "一般公共预算收入", "固定资产投资", "社会消费品零售总额", "城镇居民人均可支配收入",
          "新增城镇就业", "粮食总产量", "实际利用外资", "新建保障性住房", "审结案件", "办理提案",
          "听取专项报告"]
UNITS = ["亿元", "万元", "元", "人", "户", "万吨", "套", "件", "万平方米", "公里", "个"]
VERBS = ["实现", "完成", "达到", "突破", "新增", "累计"]
CHANGES = ["增长", "同比增长", "下降", "比上年增长", "可比增长"]
PROSE = ["坚持稳中求进工作总基调", "深入推进供给侧结构性改革", "着力保障和改善民生", "加强基层社会治理",
         "扎实开展专题询问和执法检查", "认真办理代表建议和政协提案", "持续优化营商环境", "推动城乡融合发展"]
HEADS = ["政府工作报告", "人民代表大会常务委员会工作报告", "政协委员会常务委员会工作报告", "人民法院工作报告"]


def _number(rng: random.Random) -> str:
    text = str(rng.randint(1, 999_999)) + (f".{rng.randint(0, 99)}" if rng.random() < 0.5 else "")
    style = rng.random()
    if style < 0.1 and len(text.split(".")[0]) > 3:
        whole = text.split(".")[0]
        return f"{whole[:-3]} {whole[-3:]}" + text[len(whole):]
    if style < 0.15:
        return " ".join(text)
    if style < 0.2:
        return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else "．" for c in text)
    return text


def _sentence(rng: random.Random) -> str:
    sp = " " if rng.random() < 0.4 else ""
    comma, stop = ("，", "。") if rng.random() < 0.6 else (",", ".")
    s = (f"{rng.randint(2008, 2023)}{sp}年{comma}{rng.choice(PLACES)}{rng.choice(PROSE)}{comma}"
         f"{rng.choice(VERBS)}{rng.choice(THINGS)}{sp}{_number(rng)}{sp}{rng.choice(UNITS)}")
    if rng.random() < 0.6:
        s += f"{comma}{rng.choice(CHANGES)}{sp}{_number(rng)}{sp}%"
    return s + stop


def synthetic_report(rng: random.Random, chars: int = 30_000) -> str:
    """A report-like text of about ``chars`` characters with the faults the rules fix."""
    place, head = rng.choice(PLACES), rng.choice(HEADS)
    out = [f"{place}{head}\n\n——在{place}第十届人民代表大会第二次会议上\n\n"]
    size, page = 0, 1
    while size < chars:
        r = rng.random()
        if r < 0.04:
            piece = f"\n- {page} -\n{place}{head}\n"
            page += 1
        elif r < 0.07:
            piece = f"\n\n{rng.choice(['一、', '（二）', '3．'])}{rng.choice(PROSE)}\n\n"
        elif r < 0.09:
            piece = "<p>" + _sentence(rng) + "</p>&nbsp;"
        elif r < 0.11:
            piece = " ".join(rng.choice(HEADS)) + "\n"
        elif r < 0.12:
            piece = "全縣經濟社會發展保持良好態勢。"
        elif r < 0.18:
            piece = _sentence(rng)[:-1] + "\n" + _sentence(rng)
        elif r < 0.22:
            cells = [rng.choice(THINGS), rng.choice(UNITS), _number(rng), _number(rng)]
            piece = "\n" + "\t".join(cells) + "\n"
        else:
            piece = _sentence(rng)
        out.append(piece)
        size += len(piece)
    return "".join(out)


def corpus(n: int = 20, seed: int = 2026) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    return [(f"synthetic-{i:03d}.txt", synthetic_report(rng, rng.randint(5_000, 40_000))) for i in range(n)]


def seed_texts() -> list[tuple[str, str]]:
    root = Path(__file__).resolve().parents[1] / "raw"
    return [(p.name, read_source(p).text) for p in list_raw_files(root)]


def _best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return min(times)


def speed(texts: list[tuple[str, str]], repeat: int) -> tuple[int, float]:
    chars = sum(len(t) for _, t in texts)
    seconds = sum(_best(lambda n=name, t=text: clean_text(t, n), repeat) for name, text in texts)
    return chars, seconds


def outputs(texts: list[tuple[str, str]]) -> dict[str, tuple]:
    out = {}
    for name, text in texts:
        o = clean_text(text, name)
        out[name] = (o.text, tuple(o.corrections), tuple(o.problems), tuple(o.tracked.starts),
                     tuple(o.tracked.ends))
    return out


def rule_times(texts: list[tuple[str, str]]) -> dict[str, float]:
    """Seconds per rule over the texts (rules wrapped in a timer for one cleaning each)."""
    totals: dict[str, float] = {}
    original = clean_module.RULES

    def timed(rule):
        def run(text: str):
            t = time.process_time()
            edits = rule(text)
            totals[rule.__name__] = totals.get(rule.__name__, 0.0) + time.process_time() - t
            return edits
        return run

    wrapped = {r: timed(r) for r in original}
    triggers = clean_module.TRIGGERS
    clean_module.RULES = tuple(wrapped.values())
    # a wrapped rule keeps its trigger characters, so it is skipped where the real one would be
    clean_module.TRIGGERS = {**triggers, **{wrapped[r]: t for r, t in triggers.items()}}
    try:
        t0 = time.process_time()
        for name, text in texts:
            clean_text(text, name)
        totals["(total clean_text)"] = time.process_time() - t0
    finally:
        clean_module.RULES = original
        clean_module.TRIGGERS = triggers
    return totals


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--files", type=int, default=20, help="synthetic files")
    ap.add_argument("--rules", action="store_true", help="time each rule")
    ap.add_argument("--save", type=Path, help="store every output here")
    ap.add_argument("--compare", type=Path, help="compare every output with a stored run")
    args = ap.parse_args()
    seed, synthetic = seed_texts(), corpus(args.files)
    if args.save or args.compare:
        now = outputs(seed + synthetic)
        if args.save:
            args.save.write_bytes(pickle.dumps(now))
            print(f"saved {len(now)} outputs to {args.save}")
        if args.compare:
            before = pickle.loads(args.compare.read_bytes())
            differ = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
            print(f"compared {len(now)} texts: {len(differ)} differ {differ[:5]}")
            return 1 if differ else 0
        return 0
    for label, texts in (("seed", seed), ("synthetic", synthetic)):
        chars, seconds = speed(texts, args.repeat)
        print(f"{label}: {len(texts)} files, {chars} chars, {seconds:.3f} s, "
              f"{chars / seconds / 1e6:.2f} M chars/s")
    if args.rules:
        for name, t in sorted(rule_times(seed + synthetic).items(), key=lambda kv: -kv[1]):
            print(f"  {name:28s} {t:7.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
