"""Three computations a document leaves to the reader, each with its formula and cited inputs: an average per
one counted thing of a day's count (`平均每辆车每天送多少名学生`), the rest of a whole a question names with 的
(`新录用的教师中…以外`), and the share a sentence states beside the bar it says is met (`…占…的6.40%，符合
不低于6%的要求`). Documents written here, real ingest, Service.ask."""

import pytest

from server.answer.perunit import averaged_units
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

REPORT = """蓼坪县2025年学生营养与交通保障情况
蓼坪县教育局　2025年12月5日
全县开通学生专线公交24辆，连接9个乡镇，每天接送农村学生1650人。
全县今年新录用教师九十八名，其中特岗教师三十五名；另有交流教师六十名。
各学校从公用经费中安排的安全教育经费48万元占全县学校公用经费总额750万元的6.40%，符合不低于6%的要求。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "averages-rests", {"liaoping-report-2025": REPORT})


def test_an_average_per_vehicle_of_a_days_count(service: Service) -> None:
    answer = service.ask("蓼坪县平均每辆专线公交一天接送多少农村学生？")
    value, unit = first_figure(answer)
    assert round(value, 2) == 68.75 and unit == "人/辆", answer.answer
    assert "1650人 ÷ 24辆" in answer.answer and inputs_cited(service, answer, "liaoping-report-2025")


def test_the_rest_of_a_whole_named_with_de(service: Service) -> None:
    answer = service.ask("蓼坪县今年新录用的教师里，特岗教师以外的有几名？")
    assert first_figure(answer)[0] == 63, answer.answer
    assert "98 − 35" in answer.answer, answer.answer


def test_the_share_stated_beside_the_bar_is_computed_and_judged(service: Service) -> None:
    answer = service.ask("蓼坪县学校拿出来的安全教育经费达到不低于6%的要求了吗？")
    assert answer.answer.startswith("达到"), answer.answer
    assert "48 ÷ 750" in answer.answer and "6.40%" in answer.answer, answer.answer


@pytest.mark.parametrize("question, asked, units", [
    ("平均每辆校车每天接送多少名学生", ("人",), (("辆",), ("人",))),
    ("这些学校的公用经费平均每所多少", ("元",), (("所",), ("元",))),
    ("每辆校车接送多少名学生", ("人",), ((), ())),  # no average asked: a rule may be stated
    ("平均每人多少人", ("人",), ((), ())),  # the count is of the thing itself
    ("平均每辆车送多少学生", (), (("辆",), ("人",))),  # people asked by their noun, no counter
])
def test_the_average_asked(question: str, asked: tuple[str, ...],
                           units: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
    assert averaged_units(question, asked) == units
