"""A stated figure of another kind of quantity than the one asked never answers, on documents written here
(real ingest, Service.ask): an amount per one (`一套花了多少`, `一个学生摊多少`) is neither the count of those
ones nor a total; a change in 个百分点 is no level; an actual year's value is no requirement (`不低于15%`); a
bound asked (`最多控制在多少人`) is no threshold naming a kind (`56人以上大班额`); the rest asked (`不是X的`) is
not X's figure; what `除A外` sets aside is not the B the sentence gives a figure of; an addition of several
things is not one thing's total; a row that rose is not the item asked to have fallen.
Each class beside the questions the same figures do answer."""

import pytest

from server.answer.askedkind import other_direction
from server.intent import wanted_units
from server.query import Query
from server.service import Service
from tests.written import service_over

BUDGET = """石门县教育局2025年部门预算说明
石门县教育局
2025年3月10日

一、收入预算

2025年部门收入预算合计8620.00万元，其中一般公共预算拨款7150.00万元。

表1 部门收入预算总表

| 项目 | 本年预算数（万元） |
| --- | --- |
| 一般公共预算拨款 | 7150.00 |
| 政府性基金预算拨款 | 900.00 |
| 事业收入 | 570.00 |
| 合计 | 8620.00 |

二、支出预算

项目支出3260.50万元，主要用于学生资助、校舍维修改造和教师培训。

三、教师队伍

除享受乡村教师生活补助外，到乡村学校交流的教师每人每月另发交流补助400元。

全县累计新建教师周转宿舍八十套，改善了乡村教师的住宿条件。

每学年交流轮岗教师人数不低于符合交流条件教师总数的15%。

四、办学条件

严格控制班额，到2024年全面消除56人以上大班额。
"""

PLAN = """青川县“十四五”教育事业发展规划
青川县人民政府
2021年6月1日

一、主要指标

表1 青川县“十四五”教育事业发展主要指标

| 指标 | 发展现状 | 规划目标 | 属性 |
| --- | --- | --- | --- |
| 公办园在园幼儿占比（%） | 47.5 | 58 | 约束性 |
| 学前三年毛入园率（%） | 88.0 | 92.0 | 预期性 |

二、重点工程

专栏1 学校建设工程

1.城区第二小学新建工程：新增学位1350个，总投资1.6亿元。
2.青川中学扩建工程：新增学位900个，总投资2.1亿元。
3.乡镇寄宿制学校改造工程：改造宿舍3200平方米，总投资0.4亿元。
"""

EXPENSES = """溪口县教育局2025年部门预算公开说明
溪口县教育局
2025年2月20日

一、支出预算情况

表2 一般公共预算支出预算表（按功能分类）

| 项目 | 上年预算数（万元） | 本年预算数（万元） | 增减额（万元） |
| --- | --- | --- | --- |
| 学前教育 | 1200.00 | 1380.00 | 180.00 |
| 小学教育 | 5200.00 | 5350.00 | 150.00 |
| 教育费附加安排的支出 | 600.00 | 450.00 | -150.00 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "asked-quantity", {"shimen-budget": BUDGET, "qingchuan-plan": PLAN,
                                                               "xikou-expenses": EXPENSES})


def _is(figure, value: float) -> bool:  # type: ignore[no-untyped-def]
    """The figure is `value` (in 元), as written in 元, 万元 or 亿元."""
    return any(figure.value == pytest.approx(value / scale) for scale in (1, 1e4, 1e8))


def _states(response, value: float) -> bool:  # type: ignore[no-untyped-def]
    return any(_is(f, value) for f in response.figures)


@pytest.mark.parametrize("question", ["石门新建的教师周转宿舍一套花了多少", "石门周转宿舍平均每套造价多少钱",
                                      "石门县教师周转宿舍一套投资多少"])
def test_count_of_the_ones_is_no_amount_per_one(service: Service, question: str) -> None:
    r = service.ask(question)
    assert not _states(r, 80), r.answer
    assert r.abstained, r.answer  # no cost per unit is stated


@pytest.mark.parametrize("question", ["石门项目支出一个学校摊多少钱", "石门项目支出平均每个学生分摊多少",
                                      "石门县教育项目支出每人摊多少钱"])
def test_total_is_no_amount_per_one(service: Service, question: str) -> None:
    r = service.ask(question)
    assert not _states(r, 3260.5e4), r.answer


@pytest.mark.parametrize("question,value", [("石门新建了多少套教师周转宿舍", 80), ("石门项目支出多少", 3260.5e4),
                                            ("石门交流补助每人每月多少钱", 400),
                                            ("石门一般公共预算拨款多少", 7150e4)])
def test_the_same_figures_answer_what_they_are(service: Service, question: str, value: float) -> None:
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert _is(r.figures[0], value), r.answer


@pytest.mark.parametrize("question", ["青川公办园幼儿占比五年要提高几个百分点",
                                      "青川县公办园在园幼儿占比规划提高多少个百分点"])
def test_level_is_no_change_in_points(service: Service, question: str) -> None:
    r = service.ask(question)
    assert not _states(r, 47.5) and not _states(r, 58), r.answer
    assert r.abstained or r.figures[0].value == pytest.approx(10.5), r.answer


@pytest.mark.parametrize("question", ["石门2024学年交流轮岗的老师占符合条件的比例是多少",
                                      "石门去年交流轮岗教师实际占比多少"])
def test_requirement_is_no_actual_value(service: Service, question: str) -> None:
    r = service.ask(question)
    assert not _states(r, 15), r.answer
    assert r.abstained, r.answer


@pytest.mark.parametrize("question", ["石门规定交流轮岗教师的比例是多少", "石门每学年交流轮岗教师比例应达到多少"])
def test_requirement_answers_the_rule_asked(service: Service, question: str) -> None:
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert r.figures[0].value == pytest.approx(15), r.answer


@pytest.mark.parametrize("question", ["石门县小学一个班最多要控制在多少人", "石门班额上限是多少人"])
def test_threshold_of_a_kind_is_no_bound(service: Service, question: str) -> None:
    r = service.ask(question)
    assert not _states(r, 56), r.answer


@pytest.mark.parametrize("question", ["石门今年收入里不是一般公共预算拨款的有多少",
                                      "石门部门收入中不属于一般公共预算拨款的是多少"])
def test_named_part_is_no_rest(service: Service, question: str) -> None:
    r = service.ask(question)
    assert not _states(r, 7150e4), r.answer
    assert r.abstained or _is(r.figures[0], 1470e4), r.answer


@pytest.mark.parametrize("question", ["石门乡村教师生活补助每月多少钱", "石门县乡村教师生活补助每人每月发多少"])
def test_what_besides_sets_aside_is_not_the_figure(service: Service, question: str) -> None:
    r = service.ask(question)
    assert not _states(r, 400), r.answer
    assert r.abstained, r.answer


@pytest.mark.parametrize("question", ["青川十四五专栏里那几个工程总投资加起来多少",
                                      "青川学校建设工程这几个项目投资加起来是多少"])
def test_one_things_total_is_no_sum_of_several(service: Service, question: str) -> None:
    r = service.ask(question)
    assert not any(_states(r, v) for v in (1.6e8, 2.1e8, 0.4e8)), r.answer
    assert r.abstained or _is(r.figures[0], 4.1e8), r.answer


def test_one_things_total_still_answers_it(service: Service) -> None:
    r = service.ask("青川中学扩建工程总投资多少")
    assert not r.abstained, r.answer
    assert _is(r.figures[0], 2.1e8), r.answer


@pytest.mark.parametrize("question,units", [("那几个工程总投资加起来多少", ("元",)),
                                            ("这几所学校一共投资多少", ("元",)),
                                            ("那几个项目一共新增多少个学位", ("个",)), ("新建了几所学校", ("所",))])
def test_pointing_at_several_asks_no_counter(question: str, units: tuple[str, ...]) -> None:
    assert wanted_units(question) == units


@pytest.mark.parametrize("question", ["溪口教育支出里哪项比去年少了", "溪口县哪一项教育支出比上年减少了"])
def test_row_that_rose_is_no_item_that_fell(service: Service, question: str) -> None:
    r = service.ask(question)
    assert "学前教育" not in r.answer and "小学教育" not in r.answer, r.answer
    assert not any(_states(r, v) for v in (1380e4, 1200e4, 5200e4, 5350e4, 180e4, 150e4)), r.answer


@pytest.mark.parametrize("question,context,value,refused", [
    ("哪项比去年少了", "表2 支出预算表 其他教育支出 增减额", 184.1, True),
    ("哪项比去年少了", "表2 支出预算表 教育费附加安排的支出 增减额", -160.0, False),
    ("哪些科目比上年增加了", "表1 决算表 进修及培训 增减幅度", -9.5, True),
    ("哪些科目比上年增加了", "表1 决算表 学前教育 增长率(%)", 14.19, False),
    ("哪项比去年少了", "表2 支出预算表 其他教育支出 本年预算数", 2126.4, False),  # a level, not a change
    ("其他教育支出比去年少了多少", "表2 支出预算表 其他教育支出 增减额", 184.1, False),  # no item is chosen
])
def test_change_cell_of_the_other_sign(question: str, context: str, value: float, refused: bool) -> None:
    assert bool(other_direction(Query(question, question), context, value)) == refused
