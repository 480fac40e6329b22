"""期 counts the runs of a course or a training held (`每年组织两期培训`, `办培训班12期`), in either digit form;
a phase's label (`二期工程`, `一期项目`), an issue's ordinal (`第5期`) and 期间/期末 are no count. A count asked by
its counter and written in a small Chinese numeral is answered with its digits beside it; a question not asking by
期 is never answered by the runs (两期…集训营 beside the people asked). Documents written here."""
import pytest

from figures.numbers import find_quantities
from server.answer.text import fitting_quantities
from server.service import Service
from tests.written import service_over

PLAN = """楠坞縣教育局關於推進圍棋進校園活動的實施方案
楠坞縣教育局 2026年9月1日
一、主要措施
（一）建隊伍。每年組織三期圍棋教練培訓，聘請縣圍棋協會的棋手擔任兼職教練。
（二）辦比賽。每年舉辦一屆縣中小學生圍棋錦標賽。
（三）育苗子。賽前組織兩期小棋手集訓營。
（四）重表彰。每屆評出最佳小棋手五名、優秀小棋手十五名。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "runs-counted", {"nanwu-go-in-schools-plan-2026": PLAN})


@pytest.mark.parametrize("text, value", [("每年組織兩期骨幹教師培訓", 2), ("全年共办研修班12期", 12),
                                         ("计划举办三期校长论坛", 3)])
def test_runs_held_are_counted_in_qi(text: str, value: float) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(value, "期")]


@pytest.mark.parametrize("text", ["二期工程已开工", "一期项目完成验收", "简报第5期", "考试期间", "3期末"])
def test_labels_ordinals_and_periods_are_no_count(text: str) -> None:
    assert not [q for q in find_quantities(text) if q.unit == "期"]


def test_a_count_asked_by_its_counter_is_given_in_digits(service: Service) -> None:
    r = service.ask("楠塢每年辦幾期圍棋教練培訓")
    assert r.answer.startswith("三期（3期）"), r.answer


@pytest.mark.parametrize("question, values", [("楠坞最佳小棋手多少", []), ("楠坞办几期小棋手集训营", [2])])
def test_runs_are_picked_only_when_asked_by_their_counter(service: Service, question: str, values: list) -> None:
    text = "賽前組織兩期小棋手集訓營"
    found = fitting_quantities(service.analyse(question), text, (0, len(text)))
    assert [q.value for q in found] == values
