"""A level asked by a verb reaching it (要扩到几所, 要提高到多少) is answered by the sentence whose figure follows a
verb of the same direction with 到 or 至 (增至N所), not by one stating the present level. Documents written here."""
import pytest

from server.service import Service
from tests.written import first_figure, service_over

PLAN = """桐皋县教育局关于推进校园足球特色学校建设的实施方案
桐皋县教育局 2026年10月8日
一、基本情况
从2027年3月起，在全县确定首批校园足球特色学校18所，每所学校至少组建2支校队。
二、保障措施
县财政每年安排专项经费36万元，按每所特色学校2万元拨付。
三、发展目标
2029年前，全县校园足球特色学校增至30所，每所学校配备足球专职教师不少于1名。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "aim-direction", {"tonggao-school-football-plan-2026": PLAN})


@pytest.mark.parametrize("question", ["桐皋以后足球特色学校要扩到多少所", "桐皋足球特色学校将来要增加到几所"])
def test_the_level_a_rising_verb_asks_is_the_target(service: Service, question: str) -> None:
    assert first_figure(service.ask(question)) == (30, "所")
