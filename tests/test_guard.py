"""The report-text guard: every genre of report passes, numbers, other languages and genres do not.

All texts are composed for the test (places and figures invented), in the style of each genre.
"""

from __future__ import annotations

import pytest

from pipelines.text.decode import BadInputError
from pipelines.text.guard import check_report_text, report_text_problem

from .conftest import COMPOSED_REPORT, SEED

REPORTS = {
    "party": """中国共产党某某市某某区第六次代表大会报告

同志们：现在，我代表中共某某区第五届委员会向大会作报告，请予审议。
过去五年，区委团结带领全区党员干部群众，坚持稳中求进工作总基调，经济社会发展取得显著成就。
全面从严治党向纵深推进，党风廉政建设和反腐败斗争深入开展，基层党组织战斗堡垒作用不断增强。
今后五年，我们要着力推动高质量发展，持续保障和改善民生。""",
    "npc": """某某县人民代表大会常务委员会工作报告

各位代表：我代表县人大常委会，向大会报告工作，请予审议。
一年来，常委会共召开会议8次，听取和审议“一府一委两院”专项工作报告14个，开展执法检查3次。
常委会围绕优化营商环境开展专题询问，督促有关部门整改落实问题27个。
认真办理代表建议，年内办结代表建议126件，办结率100%。""",
    "government": COMPOSED_REPORT,
    "cppcc": """政协某某市委员会常务委员会工作报告

各位委员：受政协第九届某某市委员会常务委员会委托，我向大会报告工作，请予审议。
一年来，市政协共收到提案412件，经审查立案365件，已全部办复。
围绕乡村振兴开展专题协商，形成调研报告6篇，提出意见建议40余条。
编报社情民意信息158期，被上级采用21期。""",
    "communique": """某某县2021年国民经济和社会发展统计公报

某某县统计局
2022年3月15日

一、综合
全年全县实现地区生产总值186.4亿元，按可比价格计算，比上年增长7.9%。
其中，第一产业增加值21.3亿元，增长2.6%；第二产业增加值78.9亿元，增长9.1%。
年末全县户籍人口52.61万人，比上年末减少0.32万人。
二、农业
全年粮食总产量18.7万吨，比上年增长1.2%。""",
    "budget": """关于某某市2022年预算执行情况和2023年预算草案的报告

2022年，全市一般公共预算收入完成45.6亿元，为预算的101.3%，增长5.4%。
一般公共预算支出完成98.2亿元，增长3.1%，其中民生支出占比达到78%。
项目\t预算数\t执行数\t完成预算%
税收收入\t32.1\t33.0\t102.8
非税收入\t12.9\t12.6\t97.7
2023年全市一般公共预算收入预期增长5%。""",
    "court": """某某区人民法院工作报告

2020年，区法院共受理各类案件18 452件，审结17 996件，结案率97.5%。
审结刑事案件1 021件，判处罪犯1 367人。
依法审理民商事案件，妥善化解矛盾纠纷，调解撤诉率达46.2%。
加强执行工作，执结案件5 430件，执行到位金额12.6亿元。""",
    "procuratorate": """某某县人民检察院工作报告

一年来，县检察院共批准逮捕犯罪嫌疑人312人，提起公诉498人。
深入开展扫黑除恶专项斗争，起诉涉恶案件7件43人。
加强公益诉讼检察工作，立案办理公益诉讼案件36件，发出诉前检察建议31件。""",
    "plan": """某某镇2024年重点工作计划

一、总体目标
全镇地区生产总值增长6%左右，村级集体经济收入全部达到30万元以上。
二、主要任务
（一）推进项目建设。全年实施重点项目12个，完成投资8.5亿元。
（二）加强基层治理。完善网格化管理机制，开展矛盾纠纷排查化解。
三、保障措施
各部门要落实责任，每季度报告进展情况。""",
    "web copy": """<html><head><title>政府工作报告</title></head><body>
<div class="nav">当前位置：首页 &gt; 政务公开 &gt; 规划计划</div>
<p>2018年，全市经济运行总体平稳，地区生产总值增长7.1%。</p>
<p>深入推进供给侧结构性改革，规模以上工业增加值增长8.3%。</p>
<p>城乡居民人均可支配收入分别增长8.0%和8.9%。</p>
<div class="foot">版权所有：某某市人民政府办公室 ICP备12345678号</div></body></html>""",
    "ocr copy": """政 府 工 作 报 告

— 3 —

2 0 1 5 年 ，全 区 实 现 地 区 生 产 总 值 2 5 6 . 3 亿 元 ，增 长 9 . 2 % 。
一 般 公 共 预 算 收 入 1 8 . 6 亿 元 ，增 长 1 0 . 1 % 。

— 4 —

深 入 推 进 城 乡 统 筹 发 展 ，完 成 农 村 危 房 改 造 3 2 0 户 。""",
    "traditional": """某某縣政府工作報告

二〇一〇年，全縣經濟社會發展保持良好態勢，地區生產總值增長百分之十二。
深入推進改革開放，加強基礎設施建設，城鄉居民收入穩步提高。
紮實開展民生實事工程，完成年度目標任務。""",
}

NOT_REPORTS = {
    "numbers only": "\n".join(f"{i} {i * 37 % 1000}.{i % 10} {i * 113}" for i in range(1, 400)),
    "numbers with a heading": "统计表\n" + "\n".join(f"{i}\t{i * 7.5}\t{i * 3}" for i in range(300)),
    "english": ("The county government reported steady growth in 2019. Investment rose by eight "
                "percent, and the committee reviewed the budget in detail. ") * 20,
    "japanese": ("二〇一九年、県の経済は安定して成長しました。投資は八パーセント増加し、"
                 "委員会は予算を詳しく審議しました。住民の生活も改善されています。") * 10,
    "novel": ("他推开木门，院子里的桂花正开得热闹。母亲坐在檐下剥豆子，头也不抬地问他吃过饭没有。"
              "他说还没，便蹲下来帮着剥。远处传来几声狗叫，天色一点点暗下去。"
              "小妹从屋里跑出来，手里攥着一只纸风筝，嚷着明天要去河边放。") * 6,
    "recipe": ("红烧肉的做法：五花肉切成三厘米见方的块，冷水下锅焯去血沫。锅里放少许油，"
               "加冰糖小火炒出糖色。放入肉块翻炒上色，加生抽、老抽、料酒和姜片。"
               "倒入开水没过肉块，大火烧开后转小火炖一小时。最后大火收汁，撒上葱花即可。") * 5,
    "poems": ("床前明月光，疑是地上霜。举头望明月，低头思故乡。\n"
              "春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。\n"
              "白日依山尽，黄河入海流。欲穷千里目，更上一层楼。\n") * 5,
}


@pytest.mark.parametrize("kind", sorted(REPORTS))
def test_every_genre_of_report_passes(kind: str):
    assert report_text_problem(REPORTS[kind]) == ""


def test_the_seed_passes():
    assert report_text_problem(SEED.read_text(encoding="utf-8")) == ""


@pytest.mark.parametrize("kind", sorted(NOT_REPORTS))
def test_texts_without_a_report_are_rejected_by_name(kind: str):
    with pytest.raises(BadInputError, match=r"^x\.txt: no report text found \(.+\)$"):
        check_report_text(NOT_REPORTS[kind], "x.txt")


def test_the_reason_says_which_criterion_failed():
    assert report_text_problem(NOT_REPORTS["numbers only"]) == "only 0 Chinese characters (needs 20)"
    assert report_text_problem(NOT_REPORTS["english"]).startswith("only 0 Chinese")
    assert report_text_problem(NOT_REPORTS["japanese"]).startswith("Japanese or Korean text")
    assert "sentences use the words of a work report" in report_text_problem(NOT_REPORTS["novel"])


def test_a_report_followed_by_a_long_appendix_of_figures_still_passes():
    appendix = "\n".join(f"{i}\t{i * 1.5}\t{i * 2}" for i in range(2000))
    assert report_text_problem(REPORTS["communique"] + "\n" + appendix) == ""


def test_prose_with_a_few_report_words_is_still_not_a_report():
    text = NOT_REPORTS["novel"] + "他说今年村里的经济发展得不错。"
    assert "sentences use the words of a work report" in report_text_problem(text)
