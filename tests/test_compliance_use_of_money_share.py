"""A share of a fund asked against the floor its rule sets on one use of it (`用于X的开支不少于…总数的N%`), the
uses tabulated as budget lines, in documents written here (real ingest, Service.ask): the one line ending with the
use's last word, which the question writes too, ÷ the total row, judged — server/answer/barshare.py."""
import pytest

from server.service import Service
from tests.written import service_over

REPORT = """鹭汀县校园防溺水专项资金使用报告
一、资金安排
本年度防溺水专项资金共40000元，依照要求用于安全员研修的开支不少于资金总数的30%，明细如下。
表1 防溺水专项资金明细
| 用途 | 金额（元） |
| --- | --- |
| 警示牌设置 | 16000 |
| 救生器材 | 15000 |
| 骨干研修 | 9000 |
| 合计 | 40000 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "use-of-money-share", {"luting-drowning-fund-2026": REPORT})


def test_a_use_below_its_floor_is_not_reached(service: Service) -> None:
    answer = service.ask("鹭汀县防溺水资金用于研修的占比够不够")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("未达标"), answer.answer
    assert "22.5%" in answer.answer and "30%" in answer.answer, answer.answer  # 9000 ÷ 40000
