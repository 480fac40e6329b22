"""The next steps asked (`下一步怎么…`) where a report sets them out in one paragraph, item after item after a lead-in
(`下一步，一是…；二是…；三是…`): every item is quoted, not the one sharing most words with the question
(server/answer/measures.py next_steps)."""
import pytest

from server.service import Service
from tests.written import service_over

REPORT = """枫汀县2026年中小学科技节情况通报
全县42所中小学参加科技节，展出学生作品1300件，其中17件获省级奖项。
各校要做好获奖作品的推广，继续培养有兴趣的学生。
下一步，一是建设两间创客教室；二是每校配备科技辅导员；三是组织师生参加市级科技创新比赛。到2028年，获奖人数力争翻番。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "next-steps", {"fengting-science-2026": REPORT})


def test_every_next_step_is_quoted(service: Service) -> None:
    response = service.ask("枫汀县今后打算如何提高学生科技创新比赛成绩？")
    assert not response.abstained, response.answer
    assert "创客教室" in response.answer and "科技辅导员" in response.answer and "翻番" in response.answer
