"""Two classes of figures a report leaves to its reader. A contest's 获奖率 from the entries awarded ÷ the entries
received or entered, stated apart in prose (server/lexicon/counted_rates.tsv: 获奖 of 参赛/收到/报送…) — never a
table of some schools' rows. And several counters of one table row asked as a bare list (`X的场次、人次和时长`):
a duration (服务时长) is a figure like a count, each asked on its own, each in its own counter. On documents
written here; real ingest, real model, real Chroma, Service.ask."""

import pytest

from server.service import Service
from tests.written import service_over

FESTIVAL = """柘川县第五届中小学生艺术节工作总结
柘川县教育局　2026年11月2日
一、总体情况
本届艺术节于9月至10月举办，设声乐、器乐、绘画三个项目。
全县共征集绘画作品640件，经评审，评定获奖作品160件，其中一等奖20件。
二、部分学校情况
| 学校 | 送展作品 | 获奖作品 |
|---|---|---|
| 柘川县实验小学 | 50 | 20 |
| 柘川县城关中学 | 30 | 10 |
| 合计 | 80 | 30 |
三、下一步打算
继续做好艺术教育普及工作。
"""

SERVICE = """榆塘区教育系统2026年关爱服务工作总结
一、基本情况
全区教育系统全年开展关爱服务活动五百场次。
二、分项目开展情况
服务项目　　　　　活动场次　参与人次　服务时长（小时）
助学辅导　　　　　210　　　　1300　　　4600
心理陪伴　　　　　150　　　　900　　　　2700
合计　　　　　　　360　　　　2200　　　7300
三、下一步打算
每学期组织一次志愿者培训。
"""

DOCS = {"zhechuan-art-festival-2026": FESTIVAL, "yutang-care-service-2026": SERVICE}


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "awards-durations", DOCS)


def direct(answer: str) -> str:
    return answer.split("依据")[0].replace(" ", "")


def test_award_rate_from_entries_received_and_awarded_apart(service: Service) -> None:
    response = service.ask("柘川县艺术节绘画作品获奖率是多少？")
    assert not response.abstained, response.answer
    said = direct(response.answer)
    assert "25%" in said and "160" in said and "640" in said, response.answer  # 160 ÷ 640
    assert "37.5" not in said, response.answer  # not the table's two schools (30 ÷ 80)


def test_counters_of_one_row_asked_as_a_bare_list(service: Service) -> None:
    response = service.ask("榆塘区心理陪伴的场次、人次和时长")
    assert not response.abstained, response.answer
    said = direct(response.answer)
    assert all(f in said for f in ("150场次", "900人次", "2700小时")), response.answer
