"""A stated figure of another kind of quantity than the one asked never answers, on documents written here
(real ingest, Service.ask): an amount per one (`一台花了多少`, `每个孩子每年能分到多少`) is neither the count of
those ones nor a total; a change in 个百分点 is no level; an actual year's value is no requirement (`不低于11%`);
a bound asked (`一所学校最多收多少人`) is no threshold naming a kind (`2000人以上的大规模学校`); the rest asked
(`不是X的`, `除了X以外的`) is not X's figure; what `除A外` sets aside is not the B the sentence gives a figure
of; an addition of several things is not one thing's total; a row that rose is not the item asked to have
fallen. Each class beside the questions the same figures do answer; words that only look like a rule (应届)
or like several (`有几所`) refuse nothing."""

import pytest

from server.answer.askedkind import other_direction
from server.intent import wanted_units
from server.query import Query
from server.service import Service
from tests.written import service_over

FUNDS = """桐庐县教育体育局2025年经费安排情况
桐庐县教育体育局
2025年4月8日

一、经费来源

表1 教育经费来源情况

| 来源 | 金额（万元） |
| --- | --- |
| 本级财政拨款 | 4200.00 |
| 上级补助收入 | 1800.00 |
| 其他收入 | 300.00 |
| 合计 | 6300.00 |

二、主要安排

设备购置费2400.00万元，用于更新教学仪器和信息化设备。

今年为农村学校配备教学电脑300台，全部用于计算机课教学。

全县有中小学45所，在校学生2.1万人。

今年全县应届初中毕业生3200人，普通高中招生2400人。

三、学生资助

除按规定享受营养膳食补助外，寄宿生每生每学期另补助生活费300元。

四、课程与规模

义务教育学校体育课时占总课时的比例不低于11%。

今后不再新建2000人以上的大规模学校。
"""

PLAN = """芦山县学校建设三年行动方案
芦山县人民政府办公室
2022年9月15日

一、目标

表1 主要目标

| 目标 | 基期值 | 目标值 | 性质 |
| --- | --- | --- | --- |
| 普惠性幼儿园覆盖率（%） | 82.0 | 90.0 | 约束性 |
| 高中阶段毛入学率（%） | 91.5 | 95.0 | 预期性 |

二、建设项目

（一）实验楼新建项目。建筑面积6000平方米，总投资3500万元。
（二）运动场改造项目。改造塑胶跑道4条，总投资800万元。
（三）食堂扩建项目。新增就餐座位1200个，总投资1200万元。
"""

CHANGES = """溪口县教育局2025年预算变动说明
溪口县教育局
2025年2月20日

一、支出变动

表3 教育支出预算变动情况

| 科目 | 上年预算数（万元） | 本年预算数（万元） | 增减额（万元） |
| --- | --- | --- | --- |
| 特殊教育 | 310.00 | 385.20 | 75.20 |
| 职业教育 | 900.00 | 960.00 | 60.00 |
| 设备更新 | 520.00 | 485.00 | -35.00 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "asked-quantity", {"tonglu-funds": FUNDS, "lushan-plan": PLAN,
                                                               "xikou-changes": CHANGES})


def _is(figure, value: float) -> bool:  # type: ignore[no-untyped-def]
    """The figure is `value` (in 元), as written in 元, 万元 or 亿元."""
    return any(figure.value == pytest.approx(value / scale) for scale in (1, 1e4, 1e8))


def _states(response, value: float) -> bool:  # type: ignore[no-untyped-def]
    return any(_is(f, value) for f in response.figures)


def _refuses(response, stated: str, why: str) -> None:  # type: ignore[no-untyped-def]
    """The answer abstains naming the nearest stated figure and why it is another kind of quantity."""
    assert response.abstained and not response.figures, response.answer
    assert response.answer.startswith("文件中未找到") and stated in response.answer and why in response.answer, \
        response.answer


@pytest.mark.parametrize("question", [
    "桐庐配的教学电脑一台花了多少",
    "桐庐教学电脑平均每台多少钱",
    "桐庐县给农村学校的电脑每台价格是多少"])
def test_count_of_the_ones_is_no_amount_per_one(service: Service, question: str) -> None:
    _refuses(service.ask(question), "教学电脑300台", "它是“台”的个数，不是每一台的数")


def test_total_is_no_amount_per_one(service: Service) -> None:
    _refuses(service.ask("桐庐设备购置费每个孩子每年能分到多少"), "设备购置费2400.00万元",
             "它是总额，不是所问的每一份的数")
    for question in ("桐庐设备购置费平均每所学校摊多少", "桐庐县设备购置费人均多少钱"):
        r = service.ask(question)
        assert r.abstained and r.answer.startswith("文件中未找到") and not _states(r, 2400e4), r.answer


@pytest.mark.parametrize("question,value", [("桐庐给农村学校配了多少台教学电脑", 300), ("桐庐设备购置费是多少", 2400e4),
                                            ("桐庐寄宿生每学期另补助多少生活费", 300),
                                            ("桐庐本级财政拨款多少", 4200e4)])
def test_the_same_figures_answer_what_they_are(service: Service, question: str, value: float) -> None:
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert _is(r.figures[0], value), r.answer


@pytest.mark.parametrize("question", ["芦山普惠性幼儿园覆盖率三年要提高几个百分点",
                                      "芦山县普惠园覆盖率计划提高多少个百分点"])
def test_level_is_no_change_in_points(service: Service, question: str) -> None:
    r = service.ask(question)
    assert not r.abstained and r.figures[0].value == pytest.approx(8.0) and r.figures[0].unit == "百分点", r.answer
    assert "90.0 − 82.0 = 8.0" in r.answer, r.answer


@pytest.mark.parametrize("question", ["桐庐2024年体育课时占比实际是多少", "桐庐去年体育课时实际占总课时多少"])
def test_requirement_is_no_actual_value(service: Service, question: str) -> None:
    r = service.ask(question)
    assert r.abstained and r.answer.startswith("文件中未找到") and not _states(r, 11), r.answer


@pytest.mark.parametrize("question", ["桐庐规定体育课时占比是多少", "桐庐体育课时占总课时的比例应达到多少"])
def test_requirement_answers_the_rule_asked(service: Service, question: str) -> None:
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert r.figures[0].value == pytest.approx(11), r.answer


@pytest.mark.parametrize("question", ["桐庐今年全县初中毕业生有多少人", "桐庐今年初中毕业生多少人"])
def test_a_word_holding_ying_is_no_rule(service: Service, question: str) -> None:
    """应届 (like 供应, 相应) states no requirement: the year's count answers the year asked."""
    r = service.ask(question)
    assert not r.abstained and _is(r.figures[0], 3200), r.answer


@pytest.mark.parametrize("question", ["桐庐一所学校最多收多少人", "桐庐学校规模上限是多少人"])
def test_threshold_of_a_kind_is_no_bound(service: Service, question: str) -> None:
    r = service.ask(question)
    assert r.abstained and r.answer.startswith("文件中未找到") and not _states(r, 2000), r.answer


@pytest.mark.parametrize("question,named", [("桐庐教育经费里不是上级补助的有多少", "“上级补助”本身的数"),
                                            ("桐庐经费来源中不属于上级补助收入的是多少", "“上级补助收入”本身的数"),
                                            ("桐庐除了上级补助收入以外的经费有多少", "没有除去“上级补助收入”")])
def test_named_part_is_no_rest(service: Service, question: str, named: str) -> None:
    _refuses(service.ask(question), "上级补助收入", named)


def test_what_besides_sets_aside_is_not_the_figure(service: Service) -> None:
    _refuses(service.ask("桐庐营养膳食补助每生每学期多少钱"), "另补助生活费300元",
             "它是“按规定享受营养膳食补助”以外另给的数")


@pytest.mark.parametrize("question", ["芦山那三个建设项目投资加起来是多少", "芦山这些项目的投资之和是多少"])
def test_one_things_total_is_no_sum_of_several(service: Service, question: str) -> None:
    _refuses(service.ask(question), "总投资3500万元", "它是其中一项的数，不是所问几项加起来的合计")


def test_one_things_total_still_answers_it(service: Service) -> None:
    r = service.ask("芦山运动场改造项目总投资多少")
    assert not r.abstained, r.answer
    assert _is(r.figures[0], 800e4), r.answer


def test_a_count_asked_with_ji_is_no_sum_of_several(service: Service) -> None:
    """`加起来有几所` asks a count, not the addition of several things pointed at: a stated count answers."""
    r = service.ask("桐庐中小学加起来有几所")
    assert not r.abstained and r.figures[0].value == 45 and r.figures[0].unit == "所", r.answer


@pytest.mark.parametrize("question,units", [("那几个项目投资加起来多少", ("元",)),
                                            ("这几所学校一共投资多少", ("元",)),
                                            ("那几个项目一共新增多少个学位", ("个",)), ("新建了几所学校", ("所",))])
def test_pointing_at_several_asks_no_counter(question: str, units: tuple[str, ...]) -> None:
    assert wanted_units(question) == units


@pytest.mark.parametrize("question", ["溪口哪几个科目的预算比上年下降了", "溪口今年哪一项教育支出比去年少"])
def test_row_that_rose_is_no_item_that_fell(service: Service, question: str) -> None:
    r = service.ask(question)
    assert not r.abstained and r.answer.startswith("共1个：设备更新") and "设备更新减少35.00万元" in r.answer, r.answer
    assert "特殊教育" not in r.answer and "职业教育" not in r.answer, r.answer


@pytest.mark.parametrize("question,context,value,refused", [
    ("哪个科目今年压减了", "表3 变动表 特殊教育 增减额", 75.2, True),
    ("哪个科目今年压减了", "表3 变动表 设备更新 增减额", -35.0, False),
    ("哪些项目比上年增加了", "表4 决算对比表 校舍维修 增减幅度", -4.8, True),
    ("哪些项目比上年增加了", "表4 决算对比表 职业教育 增长率(%)", 6.67, False),
    ("哪个科目今年压减了", "表3 变动表 特殊教育 本年预算数", 385.2, False),  # a level, not a change
    ("特殊教育比上年减少了多少", "表3 变动表 特殊教育 增减额", 75.2, False),  # no item is chosen
])
def test_change_cell_of_the_other_sign(question: str, context: str, value: float, refused: bool) -> None:
    assert bool(other_direction(Query(question, question), context, value)) == refused
