"""Five computations a document leaves to the reader, each with its formula and cited inputs: an average per
one counted thing of a day's count (`平均每辆车每天送多少名学生`), the rest of a whole a question names with 的
(`新录用的教师中…以外`), the count below a level whose complement is stated (`本科以下` of `本科及以上`), the
share done asked by its verb (`问题销号了百分之多少`), and the share a sentence states beside the bar it says is
met (`…占…的6.40%，符合不低于6%的要求`). Documents written here, real ingest, Service.ask."""

import pytest

from server.answer.doneshare import asked_done_share
from server.answer.perunit import averaged_units
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

REPORT = """蓼坪县2025年学生营养与交通保障情况
蓼坪县教育局　2025年12月5日
全县开通学生专线公交24辆，连接9个乡镇，每天接送农村学生1650人。
全县今年新录用教师九十八名，其中特岗教师三十五名；另有交流教师六十名。
各学校从公用经费中安排的安全教育经费48万元占全县学校公用经费总额750万元的6.40%，符合不低于6%的要求。
全县初中专任教师640人，其中具有本科及以上学历的592人。
春季开学前开展校园消防检查，发现问题80处，已销号68处，其余正在落实。
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


def test_the_count_below_a_level_whose_complement_is_stated(service: Service) -> None:
    answer = service.ask("蓼坪县初中专任教师中本科以下学历的有几人？")
    assert first_figure(answer)[0] == 48, answer.answer
    assert "640 − 592" in answer.answer and inputs_cited(service, answer, "liaoping-report-2025")


@pytest.mark.parametrize("question", ["蓼坪县消防检查发现的问题销号了百分之多少？",
                                      "蓼坪县消防检查发现的问题有几成已经销号"])
def test_the_share_done_asked_by_its_verb(service: Service, question: str) -> None:
    answer = service.ask(question)
    assert first_figure(answer) == (85, "%"), answer.answer
    assert "68 ÷ 80" in answer.answer and inputs_cited(service, answer, "liaoping-report-2025")


def test_the_share_stated_beside_the_bar_is_computed_and_judged(service: Service) -> None:
    answer = service.ask("蓼坪县学校拿出来的安全教育经费达到不低于6%的要求了吗？")
    assert answer.answer.startswith("达到"), answer.answer
    assert "48 ÷ 750" in answer.answer and "6.40%" in answer.answer, answer.answer


@pytest.mark.parametrize("question, asked, units", [
    ("平均每辆接驳车一天运送多少名学生", ("人",), (("辆",), ("人",))),
    ("这些学校的公用经费平均每所多少", ("元",), (("所",), ("元",))),
    ("每辆校车接送多少名学生", ("人",), ((), ())),  # no average asked: a rule may be stated
    ("平均每人多少人", ("人",), ((), ())),  # the count is of the thing itself
    ("平均每辆车送多少学生", (), (("辆",), ("人",))),  # people asked by their noun, no counter
])
def test_the_average_asked(question: str, asked: tuple[str, ...],
                           units: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
    assert averaged_units(question, asked) == units


@pytest.mark.parametrize("question, asked", [
    ("检查发现的问题销号了百分之多少", ("销号", "检查发现的问题")),
    ("受检学生有几成已经复查", ("复查", "受检学生")),
    ("市财政承担了几成", None),  # who bears a part: a share of money another handler reads
    ("职业高中在校学生占高中阶段在校学生的比例是多少", None),  # a share by 占
    ("在校学生的比例是多少", None),  # no 了 or 已: 学生 is a noun, not a verb of doing
])
def test_the_share_done_asked(question: str, asked: tuple[str, str] | None) -> None:
    assert asked_done_share(question) == asked
