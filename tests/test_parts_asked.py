"""On documents written here: the parts of a whole asked each
(`三项分别是多少`, `分别是多少`) are the items of its `其中` list (nested items in brackets left out),
never the whole; the whole asked alone is the whole. Real ingest, real model."""

import pytest

from server.service import Service
from tests.written import service_over

BUDGET = """修水县教育体育局2024年部门预算公开说明
修水县教育体育局
2024年2月1日
四、“三公”经费预算情况
2024年“三公”经费预算36.50万元，比上年预算40.10万元减少3.60万元，主要是压减公务用车运行费用。其中：因公出国（境）费0万元；公务用车购置及运行费27.30万元（其中公务用车购置费0万元，公务用车运行费27.30万元）；公务接待费9.20万元。
五、项目支出预算情况
2024年项目支出预算1250万元，其中学生资助资金820万元、校舍维修资金300万元、教师培训资金130万元。
六、机关运行经费
2024年机关运行经费预算186.45万元，比上年增加12.3万元。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "parts-asked", {"xiushui-budget-2024": BUDGET})


def values(question: str, service: Service) -> list[float]:
    response = service.ask(question)
    assert not response.abstained, response.answer
    return sorted(round(f.value, 2) for f in response.figures)


@pytest.mark.parametrize(("question", "expected"), [
    ("修水县2024年“三公”经费三项分别是多少？", [0, 9.2, 27.3]),
    ("修水县三公经费各项分别是多少万元？", [0, 9.2, 27.3]),
    ("修水县2024年三公经费分别是多少？", [0, 9.2, 27.3]),
    ("修水县2024年项目支出预算三项分别是多少？", [130, 300, 820]),
])
def test_the_parts_of_a_whole_not_the_whole(service: Service, question: str, expected: list[float]) -> None:
    assert values(question, service) == expected


def test_a_whole_asked_alone_is_the_whole(service: Service) -> None:
    assert values("修水县2024年“三公”经费预算是多少？", service) == [36.5]
