"""Topics of figures in every kind of report: the body's own work, the enum's honest ``other``.

Sentences composed for other places and years (none from the seed)."""

from __future__ import annotations

import pytest

from pipelines.extract.topics import topic_for

CASES = [
    # (kind, section, indicator, clause, topic)
    # a word naming another subject outright overrides even a strong heading; motions the government
    # handles do not
    ("government", "（一）经济发展和国企改革", "下岗人员再就业", "下岗人员再就业3.2万人", "livelihood"),
    # relief to firms in an epidemic year is the economy's; a Party branch is the Party's anywhere
    ("government", "（一）统筹疫情防控和经济社会发展", "发放消费券", "发放消费券5000万元", "economy"),
    ("government", "（一）统筹疫情防控和经济社会发展", "为企业减免租金", "为企业减免租金1.2亿元", "economy"),
    ("party", "（二）基层党建", "新建渔船党支部", "新建渔船党支部26个", "party"),
    ("government", "（三）民生事业", "防止返贫监测对象", "纳入防止返贫监测对象860户", "livelihood"),
    ("government", "一、2021年工作回顾", "建成集中安置点", "易地扶贫搬迁建成集中安置点9个", "livelihood"),
    ("government", "一、2021年工作回顾", "设立交通卡口", "疫情防控期间设立交通卡口120个", "livelihood"),
    ("government", "一、2021年工作回顾", "到位援藏资金", "到位援藏资金1.2亿元", "economy"),
    ("government", "一、2003年工作回顾", "完成退耕还林", "完成退耕还林2.6万亩", "city"),
    ("government", "一、2012年工作回顾", "生态移民搬迁群众", "生态移民搬迁群众3200人", "livelihood"),
    ("government", "一、2019年工作回顾", "培育家庭农场", "培育家庭农场260家", "economy"),
    ("government", "（二）新农村建设和社会事业", "生猪饲养量", "生猪饲养量达到96万头", "economy"),
    ("government", "（一）经济发展和国有企业改革", "办理政协提案", "办理政协提案186件", "economy"),
    # a heading of two subjects (经济发展和脱贫攻坚): the indicator says which; farm output is the economy's
    ("government", "（一）经济发展和脱贫攻坚", "一般公共预算收入", "一般公共预算收入2.15亿元", "economy"),
    ("government", "（二）打好脱贫攻坚战", "新建油茶基地", "新建油茶基地1.6万亩", "economy"),
    ("government", "（二）打好脱贫攻坚战", "村集体经济收入", "村集体经济收入达到8.2万元", "economy"),
    ("government", "（二）打好脱贫攻坚战", "新建改造农村公路", "新建改造农村公路320公里", "city"),
    ("government", "（五）办好民生实事", "加装电梯", "加装电梯46部", "city"),
    ("government", "（五）办好民生实事", "12345热线受理诉求", "12345热线受理诉求9.6万件", "government"),
    ("government", "注释", "纳入防止返贫监测对象", "纳入防止返贫监测对象620户", "livelihood"),
    ("npc", "一、依法履行监督职能", "听取审议专项工作报告", "全年听取审议专项工作报告14项", "supervision"),
    ("npc", "二、做好代表工作", "代表建议办结", "代表提出的241件建议全部办结", "supervision"),
    ("npc", "", "开展执法检查和视察", "开展执法检查和视察11次", "supervision"),
    ("cppcc", "（一）提案工作", "立案", "共收到提案356件，立案321件", "cppcc"),
    ("cppcc", "", "报送社情民意信息", "报送社情民意信息98篇", "cppcc"),
    ("cppcc", "三、协商议政", "提出意见建议", "围绕城乡一体化开展专题协商，提出意见建议36条", "cppcc"),
    ("work_plan", "", "提案", "做好十届三次会议提案的办理督办工作，力争办复率达100%", "cppcc"),
    ("other", "", "代表建议", "办理人大代表建议和议案共120件", "supervision"),
    ("court_report", "一、依法履行审判职能", "审结刑事案件", "审结刑事案件1120件", "government"),
    ("procuratorate_report", "二、强化诉讼监督", "监督立案", "监督侦查机关立案31件", "government"),
    ("budget_report", "一、2019年预算执行情况", "调整预算完成率", "完成调整预算的100.8%", "economy"),
    ("statistical_communique", "", "年末常住人口", "年末全市常住人口452.6万人", "livelihood"),
    # a People's Congress report: the economy it reviewed, the livelihood projects it had chosen
    ("npc", "一、加强经济监督", "上半年地区生产总值", "上半年全县地区生产总值完成86.4亿元", "economy"),
    ("npc", "", "民生实事项目完成投资", "10件民生实事项目完成投资4.2亿元", "livelihood"),
    ("npc", "", "推动解决民生实事", "代表推动解决民生实事36件", "supervision"),
    # the core statistics of the economy name their topic under any heading (weight 4)
    ("government", "（一）产业发展和脱贫攻坚", "地区生产总值", "全县完成地区生产总值41.2亿元", "economy"),
    ("government", "（三）扶贫开发", "地方财政收入", "地方财政收入2.6亿元", "economy"),
    # a heading of two subjects: the indicator's words choose (社会事业, 民宿, 国有企业)
    ("government", "（三）生态建设和社会事业", "小学入学率", "小学入学率99.3%", "livelihood"),
    ("government", "（三）生态建设和社会事业", "治理水土流失", "治理水土流失42平方公里", "city"),
    ("government", "（五）文旅融合", "新增精品民宿", "新增精品民宿38家", "economy"),
    ("government", "", "完成改制的国有企业", "27户国有企业完成改制", "economy"),
    # a heading of weight 2 (产业, 项目建设) yields to a word of weight 3 of another subject
    ("government", "（二）项目建设", "棚户区改造", "完成棚户区改造1260户", "city"),
    ("government", "（二）产业发展", "新增城镇就业", "新增城镇就业3100人", "livelihood"),
    # public finance told in a budget paragraph of any report: the economy's, the 三保 outlays livelihood
    ("government", "一、2021年预算执行情况", "政府债务余额", "年末全市政府债务余额48.6亿元", "economy"),
    ("government", "一、2021年预算执行情况", "动用预备费", "预算执行中动用预备费1200万元", "economy"),
    ("government", "二、2022年预算草案", "“三保”支出", "安排“三保”支出42.6亿元", "livelihood"),
    # what most labellers of the read sets file them as: new projects started the economy's, the
    # officials' cars and offices the Party's conduct, resettlement the livelihood's
    ("government", "", "新开工亿元以上项目", "新开工亿元以上项目36个", "economy"),
    ("party", "（四）作风建设", "清理超标办公用房", "清理超标办公用房2.3万平方米", "party"),
    ("government", "", "生态移民人口", "实施生态移民5100人", "livelihood"),
    # a bare 收入 is mostly revenue (旅游收入, 经营收入: 334 of 376 read labels economy); the people's
    # incomes name themselves (居民收入, 生活费收入, 收入比)
    ("government", "", "村集体经营收入", "村集体经营收入达到860万元", "economy"),
    ("government", "", "城镇居民收入年均增长率", "城镇居民收入年均增长9.8%", "livelihood"),
    ("government", "", "城乡居民收入比", "城乡居民收入比缩小到2.24∶1", "livelihood"),
    # energy per unit of output stays with its heading (the labellers split between city and economy)
    ("government", "（四）生态环境", "单位地区生产总值能耗下降率", "单位地区生产总值能耗下降4.1%", "city"),
]


@pytest.mark.parametrize("kind,section,indicator,clause,topic", CASES, ids=[c[0] + ":" + c[2] for c in CASES])
def test_topic_of_a_figure_by_report_kind(kind, section, indicator, clause, topic):
    assert topic_for(kind, section, "", indicator, clause) == topic


@pytest.mark.parametrize(("indicator", "topic"), [
    ("设立集中隔离点", "livelihood"),        # epidemic control is the people's health
    ("紧急转移安置受灾群众", "livelihood"),   # disaster relief
    ("新增土地规模经营面积", "economy"),       # farming is the economy's
    ("大马力拖拉机保有量", "economy"),
    ("草原禁牧面积", "city"),                 # land and ecology
    ("新建绿道", "city"),
])
def test_a_figure_under_a_heading_without_subject_words_takes_the_topic_of_what_it_measures(
        indicator: str, topic: str) -> None:
    assert topic_for("government", "（二）统筹推进各项工作", "", indicator) == topic


def test_residents_income_is_livelihood_under_an_economic_heading() -> None:
    assert topic_for("government", "一、经济运行稳中向好", "", "农村居民人均可支配收入") == "livelihood"
    assert topic_for("government", "一、经济运行稳中向好", "", "地区生产总值") == "economy"
    assert topic_for("party", "", "", "新增普惠托位") == "livelihood"


@pytest.mark.parametrize(("indicator", "topic"), [
    ("边民互市贸易额", "economy"),           # trade
    ("个体工商户", "economy"),
    ("压减煤炭产能", "economy"),
    ("机动渔船", "economy"),
    ("新辟公交线路", "city"),                 # transport, utilities, environment
    ("新建公共充电桩", "city"),
    ("管道燃气用户", "city"),
    ("氨氮排放量削减率", "city"),
    ("治理历史遗留矿山", "city"),
    ("城镇待业青年", "livelihood"),           # jobs, housing need, schools, disasters
    ("缺房户", "livelihood"),
    ("每万人口全科医生数", "livelihood"),
    ("台风倒塌房屋", "livelihood"),
])
def test_subject_words_of_other_eras_and_places(indicator: str, topic: str) -> None:
    assert topic_for("government", "一、1993年工作回顾", "", indicator) == topic


def test_a_figure_nothing_votes_for_takes_the_topic_of_the_figure_before_it_in_the_sentence() -> None:
    from pipelines.extract.indicators import extract_indicators
    from tests.test_indicators import doc_of

    text = "1987年，全县主要工业产品产量稳定增长：棉纱1.2万吨；原木3.4万立方米；缝纫机8600架。"
    got = [(f.value, f.topic) for f in extract_indicators(doc_of(text, section="一、1987年工作回顾"))]
    assert [t for _, t in got] == ["economy"] * 3, got
    # nothing to inherit: the report's own work, as before
    alone = extract_indicators(doc_of("全年共清理各类文件312份。", section="一、1987年工作回顾"))
    assert [f.topic for f in alone] == ["government"]
    assert topic_for("government", "", "", "缝纫机", "", None, "economy") == "economy"
    assert topic_for("government", "", "", "缝纫机") == "government"


@pytest.mark.parametrize(("name", "topic"), [
    ("2010年地方财政一般预算收入", "economy"), ("区本级政府性债务余额", "economy"),
    ("新增专项债券", "economy"),
    ("调增一般预算支出", "economy"), ("审计查出违规资金", "supervision"), ("督促整改问题资金", "supervision"),
    ("听取和审议专项工作报告", "supervision"), ("预算联网监督系统预警涉及资金", "supervision"),
])
def test_a_peoples_congress_report_s_public_finances_are_the_economy_s(name: str, topic: str) -> None:
    """The budget's totals and the debt a People's Congress reviewed are economic figures; the money
    its own oversight found or followed up stays the committee's."""
    assert topic_for("npc", "一、2010年主要工作", "", name) == topic
