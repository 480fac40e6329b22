"""What is still to come of a sum stated where a report sets out its plan, with what has come stated where it
reviews progress (`还差多少没到位`, `还有多少没有发放`): the sum − what has come, both cited, when the sentence of
what has come names the sum's thing and the sum is stated once; else nothing is computed. Documents written here,
real ingest, Service.ask."""

import pytest

from server.answer.remainder import asked_undone
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

# a project report: the funds by source in the plan's section, what arrived in the problems' section
PROJECTS = """桦汀县2025年农村学校改扩建项目实施情况报告
桦汀县教育局
2026年1月
一、项目安排
全县实施改扩建项目4个，计划总投资2100万元，其中省级补助资金1300万元、县级配套资金800万元。
二、实施进展
4个项目均已开工，其中2个已竣工。
三、存在问题
一是施工进度不均衡；二是县级配套资金拨付较慢，截至年底到位560万元。
"""

# a notice-like summary: the amount due in one paragraph, the amount paid so far in another, and a second
# programme whose sum is stated twice with different values (no single sum to subtract from)
SUBSIDIES = """沅埠区2025年学生资助工作情况
沅埠区教育局
2025年12月
今年全区应发放家庭经济困难学生生活补助资金450万元。
截至11月底，全区已发放生活补助资金390万元，其余资金将于12月底前发放到位。
课后服务补助资金安排300万元。另据区财政测算，课后服务补助资金需要360万元。
截至11月底，已拨付课后服务补助资金250万元。
"""


@pytest.mark.parametrize("question, asked", [
    ("县级配套资金到年末还有多少没有到位？", ("到位", "县级配套资金")),
    ("生活补助资金截至目前还有多少没有发放", ("发放", "生活补助资金")),
])
def test_the_rest_still_to_come_asked_with_the_time_it_is_asked_at(question, asked):
    assert asked_undone(question) == asked


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "rest-stated-apart",
                        {"huating-projects-2025": PROJECTS, "yuanbu-subsidies-2025": SUBSIDIES})


@pytest.mark.parametrize("question, value, doc", [
    ("桦汀县县级配套资金到年末还有多少没有到位？", 240, "huating-projects-2025"),  # 800 − 560 (万元)
    ("沅埠区生活补助资金还有多少没有发放？", 60, "yuanbu-subsidies-2025"),  # 450 − 390 (万元)
])
def test_the_sum_due_less_what_has_come(service, question, value, doc):
    answer = service.ask(question)
    assert first_figure(answer) == (value * 10_000, "元") or first_figure(answer) == (value, "万元"), answer.answer
    assert "−" in answer.answer and inputs_cited(service, answer, doc), answer.answer


def test_no_rest_of_a_sum_stated_twice_with_different_values(service):
    answer = service.ask("沅埠区课后服务补助资金还有多少没有拨付？")
    assert all(f.value not in (50, 110, 500_000, 1_100_000) for f in answer.figures), answer.answer
