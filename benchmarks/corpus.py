"""A corpus of composed report files for benchmarks: varied places, years, figures and reports.

Every sentence is composed in the genre's style (government, People's Congress standing committee,
CPPCC and Party committee reports with glossary notes); nothing is copied from a real report. The
same ``seed`` gives the same files.

    python benchmarks/corpus.py OUT_DIR N [--seed 7]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

CITIES = ["赣州市", "岳阳市", "绵阳市", "洛阳市", "安庆市", "泉州市", "临沂市", "襄阳市", "柳州市", "遵义市",
          "曲靖市", "汉中市", "吉安市", "常德市", "南充市", "南阳市"]
UNITS = ["县", "区", "市"]
STEMS = ["青山", "白水", "东林", "西岭", "南河", "北塘", "清溪", "石桥", "长宁", "安平", "永丰", "新和",
         "丰乐", "太平", "兴隆", "和顺", "云台", "龙泉", "金川", "玉屏"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何林罗高"
GIVEN = ["建华", "志强", "海燕", "国平", "晓东", "丽萍", "文军", "红梅", "春生", "玉林", "德明", "秀英"]


GOV_PARTS = ["经济运行稳中有进", "产业结构持续优化", "城乡建设扎实推进", "生态环境不断改善",
             "民生福祉持续增进", "改革开放深入推进", "社会治理不断加强", "政府自身建设全面加强"]


def _fig(r: random.Random, lo: float, hi: float, digits: int = 1) -> str:
    return f"{r.uniform(lo, hi):.{digits}f}"


def _int(r: random.Random, lo: int, hi: int) -> int:
    return r.randint(lo, hi)


def _gov_review(r: random.Random, year: int, short: str) -> list[str]:
    s = [
        f"{year}年,全{short}上下克难攻坚,经济社会保持平稳健康发展。",
        f"全年实现地区生产总值{_fig(r, 80, 900)}亿元,同比增长{_fig(r, 3, 11)}%;"
        f"一般公共预算收入{_fig(r, 5, 90, 2)}亿元,增长{_fig(r, 1, 15)}%。",
        f"规模以上工业增加值增长{_fig(r, 4, 13)}%,固定资产投资{_fig(r, 40, 600)}亿元,增长{_fig(r, 2, 18)}%。",
        f"社会消费品零售总额{_fig(r, 30, 400)}亿元,增长{_fig(r, 5, 14)}%;"
        f"实际利用外资{_fig(r, 0.5, 9, 2)}亿美元。",
        f"城镇居民人均可支配收入{_int(r, 18000, 62000)}元,增长{_fig(r, 5, 10)}%;"
        f"农村居民人均可支配收入{_int(r, 9000, 30000)}元,增长{_fig(r, 6, 11)}%。",
        f"新增城镇就业{_int(r, 1200, 15000)}人,城镇登记失业率控制在{_fig(r, 1.5, 4)}%以内。",
        f"新建改建农村公路{_fig(r, 20, 400)}公里,完成棚户区改造{_int(r, 300, 6000)}户。",
        f"新增绿地面积{_fig(r, 5, 120)}万平方米,森林覆盖率达到{_fig(r, 30, 75)}%。",
        f"新建幼儿园{_int(r, 2, 30)}所,新增学位{_int(r, 500, 9000)}个;"
        f"城乡居民医保参保率达{_fig(r, 95, 99.9)}%。",
        f"全年引进项目{_int(r, 10, 200)}个,协议投资额{_fig(r, 20, 800)}亿元。",
        f"粮食总产量{_fig(r, 5, 90)}万吨,增产{_fig(r, 0.5, 6)}%。",
        f"完成造林{_fig(r, 0.5, 9)}万亩,治理水土流失面积{_fig(r, 3, 90)}平方公里。",
    ]
    r.shuffle(s)
    return s[: r.randint(6, len(s))]


def _gov_plan(r: random.Random, year: int) -> list[str]:
    return [
        f"{year + 1}年经济社会发展的主要预期目标是:地区生产总值增长{_fig(r, 5, 9)}%左右;"
        f"一般公共预算收入增长{_fig(r, 3, 9)}%;城乡居民收入增长与经济增长基本同步。",
        f"新增城镇就业{_int(r, 1000, 12000)}人以上,单位生产总值能耗下降{_fig(r, 2, 4)}%。",
    ]


def _npc(r: random.Random, year: int, place: str) -> list[str]:
    subjects = ["义务教育均衡发展", "城乡环境综合整治", "食品安全工作", "农村饮水安全工程", "预算执行",
                "养老服务体系建设", "旅游产业发展", "安全生产工作", "河道管理", "社区矫正工作"]
    laws = ["《中华人民共和国环境保护法》", "《中华人民共和国道路交通安全法》", "《中华人民共和国农业法》",
            "《中华人民共和国水法》", "《中华人民共和国食品安全法》"]
    r.shuffle(subjects)
    return [
        f"一年来,常委会共召开常委会会议{_int(r, 6, 12)}次,主任会议{_int(r, 12, 30)}次。",
        f"听取和审议了{place}人民政府关于{subjects[0]}情况的报告和关于{subjects[1]}情况的报告。",
        f"组织开展了{r.choice(laws)}执法检查,提出意见建议{_int(r, 5, 30)}条。",
        f"组织代表视察了{subjects[2]}和{subjects[3]},开展了{subjects[4]}专题调研。",
        f"对{subjects[5]}工作开展专题询问,对{_int(r, 2, 8)}个部门开展工作评议。",
        f"办理代表建议{_int(r, 40, 300)}件,办结率100%,代表满意率{_fig(r, 90, 99)}%。",
    ]


def _cppcc(r: random.Random, year: int) -> list[str]:
    topics = ["加快发展现代农业", "推进县域经济发展", "加强农村留守儿童关爱", "改善城区交通秩序",
              "发展全域旅游", "提升基层医疗服务能力"]
    r.shuffle(topics)
    n = _int(r, 80, 300)
    return [
        f"全年共收到委员提案{n}件,经审查立案{n - _int(r, 5, 40)}件,目前已全部办结。",
        f"围绕{topics[0]}开展专题调研,形成调研报告{_int(r, 2, 9)}篇。",
        f"报送社情民意信息{_int(r, 20, 160)}条,其中{_int(r, 2, 15)}条被上级政协采用。",
        f"在全会上组织大会发言{_int(r, 8, 20)}篇,《关于{topics[1]}的建议》被列为重点提案。",
    ]


def _party(r: random.Random, year: int, short: str) -> list[str]:
    return [
        f"过去一年,全{short}各级党组织和广大党员干部团结一心,较好完成了各项目标任务。",
        f"新发展党员{_int(r, 80, 600)}名,培训党员干部{_int(r, 1000, 20000)}人次。",
        f"查处违纪违法案件{_int(r, 10, 120)}件,给予党纪政纪处分{_int(r, 10, 110)}人。",
        f"整治软弱涣散基层党组织{_int(r, 5, 60)}个,建成党群服务中心{_int(r, 10, 90)}个。",
    ]


def _notes(r: random.Random) -> list[str]:
    return [
        "注释:",
        "1.“三改一拆”:指旧住宅区、旧厂区、城中村改造和拆除违法建筑。",
        f"2.“两个{_int(r, 1, 9)}%”:指城乡居民收入增速和财政收入增速分别达到的目标。",
    ]


def _report(r: random.Random, kind: str, place: str, short: str, year: int) -> str:
    name = r.choice(SURNAMES) + r.choice(GIVEN)
    session = f"第{r.choice('一二三四五六七八九十')}届"
    meeting = f"第{r.choice('一二三四五')}次会议"
    date = f"({year + 1}年{r.randint(1, 3)}月{r.randint(1, 28)}日)"
    if kind == "government":
        head = ["政府工作报告", "", f"——在{place}{session}人民代表大会{meeting}上", "", date, "",
                f"{place}人民政府{short}长 {name}", "", "各位代表:", "",
                f"现在,我代表{place}人民政府,向大会报告工作,请予审议。", "", f"一、{year}年工作回顾", ""]
        body = []
        for n, part in enumerate(r.sample(GOV_PARTS, r.randint(3, len(GOV_PARTS)))):
            head_n = "一二三四五六七八"[n]
            body += ["", f"({head_n}){part}", ""] + [x for _ in range(3) for x in _gov_review(r, year, short)]
        body += ["", f"二、{year + 1}年主要任务", ""] + _gov_plan(r, year)
    elif kind == "npc":
        head = [f"{place}人民代表大会常务委员会工作报告", "",
                f"——在{place}{session}人民代表大会{meeting}上", "", date, "",
                f"{place}人民代表大会常务委员会主任 {name}", "", "一、依法履行监督职能", ""]
        body = [x for _ in range(r.randint(8, 20)) for x in _npc(r, year, place)]
    elif kind == "cppcc":
        head = [f"政协{place}委员会常务委员会工作报告", "", f"——在政协{place}{session}委员会{meeting}上", "",
                date, "", f"政协{place}委员会主席 {name}", "", "一、履职工作回顾", ""]
        body = [x for _ in range(r.randint(8, 20)) for x in _cppcc(r, year)]
    else:
        congress = f"——在中国共产党{place}第{r.randint(8, 14)}次代表大会上"
        head = [f"中国共产党{place}委员会工作报告", "", congress, "", date, "",
                f"中共{place}委员会书记 {name}", "", "一、过去五年的工作", ""]
        body = [x for _ in range(r.randint(8, 20)) for x in _party(r, year, short)]
    paragraphs: list[str] = []
    for sentence in body:  # two or three sentences to a paragraph, as printed
        if paragraphs and sentence and paragraphs[-1] and r.random() < 0.5:
            paragraphs[-1] += sentence
        else:
            paragraphs.append(sentence)
    return "\n\n".join(head + paragraphs + [""] + _notes(r)) + "\n"


def composed_file(n: int, seed: int = 7) -> tuple[str, str]:
    """(file name, text) of the n-th composed file: one to four reports of one place and year."""
    r = random.Random(seed * 1_000_003 + n)
    unit = r.choice(UNITS)
    place = r.choice(CITIES) + r.choice(STEMS) + unit
    year = r.randint(2008, 2023)
    kinds = ["government", "npc", "cppcc", "party"]
    r.shuffle(kinds)
    texts = [_report(r, k, place, unit, year) for k in kinds[: r.randint(1, 4)]]
    return f"place-{n:05d}-{year}.txt", "\n\n".join(texts)


def write_corpus(out: Path, count: int, seed: int = 7) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        name, text = composed_file(n, seed)
        (out / name).write_text(text, encoding="utf-8")
        paths.append(out / name)
    return paths


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("count", type=int)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    write_corpus(a.out, a.count, a.seed)
