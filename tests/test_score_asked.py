"""A test's score asked by its noun (平均分是多少, 总分多少) wants a score in 分: a count of classes or pupils
in the sentence about the school never answers it. Sharing out evenly (平均分配, 平均分到) asks no score.
Documents written here."""
import pytest

from server.intent import wanted_units
from server.service import Service
from tests.written import service_over

MINUTES = """杉浦区2026届毕业班工作会议纪要
杉浦区教育局办公室 2026年5月12日
一、基本情况
全区初三毕业生3120人。区第四中学初三年级9个班共有学生432人，区第六中学初三年级7个班共有学生318人。
二、议定事项
各校要在6月1日前完成考前心理辅导。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "score-asked", {"shanpu-graduating-class-minutes-2026": MINUTES})


@pytest.mark.parametrize("question, units", [("初二期末平均分是多少", ("分",)), ("中考总分多少", ("分",)),
                                             ("奖补资金平均分到每所学校多少万元", ("元",))])
def test_a_score_asked_by_its_noun(question: str, units: tuple[str, ...]) -> None:
    assert wanted_units(question) == units


def test_a_count_of_the_school_does_not_answer_its_score(service: Service) -> None:
    r = service.ask("杉浦区第四中学初三模拟考试平均分多少")
    assert not any(f.value in (9, 432) for f in r.figures), r.answer
