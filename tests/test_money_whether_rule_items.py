"""Whether one pays (要交钱吗) asked of a notice whose passage lists its rules as items, one of them the fee (确需收费
的…): that item answers, though it writes none of the question's other words — the passage's topic is theirs
(real ingest, Service.ask, a document written here) — server/answer/whether.py money_said."""
import pytest

from server.service import Service
from tests.written import service_over

NOTICE = """蓁浦县中小学游泳池假期对外开放通知
一、开放范围
县实验中学、城东中学的室内游泳池。
二、开放要求
（一）开放时段安排在寒暑假，每天下午2点至6点。（二）入校游泳人员须持健康证明并实名登记。（三）原则上免费开放，确有必要收费的，单次收费不高于8元。
三、安全保障
各开放学校须配备持证救生员不少于2名。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "money-whether-items", {"zhenpu-pools-2026": NOTICE})


def test_the_fee_item_of_the_passage_answers_whether_one_pays(service: Service) -> None:
    response = service.ask("蓁浦县老百姓假期去学校游泳要交钱吗")
    assert not response.abstained, response.answer
    assert "8元" in response.answer, response.answer
