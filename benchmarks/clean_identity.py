"""Prove that a change to the cleaning code left every output byte as it was.

    .venv/bin/python benchmarks/clean_identity.py --save /tmp/clean-id.pkl      # on the old code
    .venv/bin/python benchmarks/clean_identity.py --compare /tmp/clean-id.pkl   # on the new code

``--save`` builds a set of input texts and stores each with a SHA-256 of everything
``clean_text`` returns for it: the cleaned text, every correction row (raw span, before, after,
rule, in log order), every problem, and the offset maps (raw start and end of every cleaned
character). ``--compare`` cleans the *stored* inputs again and names every text whose hash differs,
so the random inputs need not be regenerated identically.

The inputs: the seed (``raw/*.txt``), every composed report in ``tests/corpus`` (also
``supervision/*``), files of ``benchmarks/corpus.py``, the synthetic corpus of
``bench_clean.py``, those composed files with random OCR and web faults injected
(:func:`noisy`), and Hypothesis examples of the fuzz test's report-like and arbitrary text
(derandomized). ``--files`` sets how many composed files (default 300).
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from bench_clean import corpus as synthetic_corpus  # noqa: E402
from bench_clean import seed_texts  # noqa: E402
from corpus import composed_file  # noqa: E402

from pipelines.text.clean import clean_text  # noqa: E402
from pipelines.text.decode import decode_bytes  # noqa: E402

#: Faults injected at random places: web and OCR debris, each a rule's trigger.
FAULTS = [
    "\r\n", "\r", "\\r\\n", "\\n", "&nbsp;", "&amp;", "&#20013;", "<br/>",
    "<p>", "</div>", "<span class=x>", "\u200b", "\ufeff", "\xad", "\t", "\xa0",
    "\u3000", "\u2002", "??", "吗??", "\n- 12 -\n", "\n第3页 共10页\n", "\n3/10\n",
    "\nPage 4\n", "\n2019\n", "[1]", "［2］", "[注3]", "①", "②。", "\n\n\n", "\n",
    " \n ", "  ", "１２．５％", "－３", "ＧＤＰ", "2 5 6 . 3 亿元", "36 418 人", "3 .5 万吨",
    "12 %", "1 总体要求", "5 km", ",", ";", ":", "?", "!", "(", ")", "(摘要)", '"两区"',
    '"', ".", "政 府 工 作 报 告", " GDP ", "PM2.5 ", "本屆", "經濟發展", "“臺灣”", " and ",
    " or ", " the ", "健康康康", "紧紧紧", "的的", "�", "当前位置：首页>>信息公开>>工作报告  ",
    "\n上一篇：某某\n", "【字体：大 中 小】", "\n发布时间：2019-01-02 来源：区政府办\n",
    "\n某县政府工作报告\n- 7 -\n", "\n某县政府工作报告 第 13 页\n", "\n收入  亿元  18.62  -2.1\n",
    "\n指标\t亿元\t236.8\t3.5\n", "**“三申”**:", "### (一) 围绕中心\n",
    "——在某县第五届人民代表大会\n第三次会议上\n",
]


def noisy(text: str, rng: random.Random, faults: int) -> str:
    """``text`` with ``faults`` random faults inserted (and a few clauses printed twice)."""
    chars = list(text)
    for _ in range(faults):
        at = rng.randrange(len(chars) + 1)
        if rng.random() < 0.1:  # a clause printed twice
            end = text.find("，", at)
            start = text.rfind("，", 0, at)
            if 0 <= start < end:
                chars.insert(at, text[start + 1:end + 1])
                continue
        chars.insert(at, rng.choice(FAULTS))
    return "".join(chars)


def _hypothesis_texts(count: int) -> list[str]:
    """Examples of the fuzz test's strategies (report-like text, arbitrary UTF-8 text)."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from tests.test_fuzz import report_like

    found: list[str] = []
    quiet = settings(max_examples=count, derandomize=True, database=None, deadline=None,
                     suppress_health_check=list(HealthCheck))

    @quiet
    @given(report_like())
    def reports(raw: str) -> None:
        found.append(raw)

    @quiet
    @given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
    def anything(raw: str) -> None:
        found.append(raw)

    reports()
    anything()
    return found


def inputs(files: int) -> list[tuple[str, str]]:
    """``(name, text)`` of every input text (names unique)."""
    out = list(seed_texts())
    for path in sorted((ROOT / "tests" / "corpus").rglob("*.txt")):
        out.append((str(path.relative_to(ROOT)), decode_bytes(path.read_bytes(), path.name)[0]))
    composed = [composed_file(n, seed=11) for n in range(files)]
    out += composed
    out += [(f"synthetic/{name}", text) for name, text in synthetic_corpus(20)]
    rng = random.Random(20261130)
    for name, text in composed[: files // 2] + out[: len(out) - len(composed) - 20]:
        out.append((f"noisy/{name}", noisy(text, rng, rng.randint(5, max(6, len(text) // 200)))))
    out += [(f"hypothesis/{i:04d}", t) for i, t in enumerate(_hypothesis_texts(max(50, files)))]
    return out


def fingerprint(name: str, text: str) -> str:
    """SHA-256 of everything ``clean_text`` returns for ``text``."""
    out = clean_text(text, Path(name).name)
    h = hashlib.sha256()
    h.update(out.text.encode("utf-8", "surrogatepass"))
    for c in out.corrections:
        h.update(repr((c.raw_start, c.raw_end, c.before, c.after, c.rule)).encode("utf-8", "surrogatepass"))
    for p in out.problems:
        h.update(repr(p).encode("utf-8", "surrogatepass"))
    h.update(out.tracked.starts.tobytes())
    h.update(out.tracked.ends.tobytes())
    h.update(repr(out.tracked.raw_length).encode())
    return h.hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", type=int, default=300, help="composed report files")
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="store the inputs and their hashes here")
    group.add_argument("--compare", type=Path, help="clean stored inputs again and compare hashes")
    args = ap.parse_args()
    if args.save:
        texts = inputs(args.files)
        stored = {name: (text, fingerprint(name, text)) for name, text in texts}
        args.save.write_bytes(pickle.dumps(stored))
        chars = sum(len(t) for t, _ in stored.values())
        print(f"saved {len(stored)} texts ({chars} chars) to {args.save}")
        return 0
    stored = pickle.loads(args.compare.read_bytes())
    differ = [name for name, (text, digest) in stored.items() if fingerprint(name, text) != digest]
    print(f"compared {len(stored)} texts: {len(differ)} differ {differ[:8]}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
