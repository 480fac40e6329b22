"""Two classes of figures a report leaves to its reader. A contest's 获奖率 from the entries awarded ÷ the entries
received or entered, stated apart in prose (server/lexicon/counted_rates.tsv: 获奖 of 参赛/收到/报送…) — never a
table of some schools' rows. And several counters of one table row asked as a bare list (`X项目的开展场次、服务人次与
陪伴时长`): a duration is a figure like a count, each asked on its own, each in its own counter. On documents
written here; real ingest, real model, real Chroma, Service.ask."""

import pytest

from server.service import Service
from tests.written import service_over

FESTIVAL = """柘川县第五届中小学生艺术节工作总结
柘川县教育局　2026-11-02
一、概述
本届艺术节在秋季学期举办，设声乐、器乐、绘画三个项目。
全县共征集绘画作品640件，评审后有160件作品获奖，一等奖占20件。
二、两所学校的成绩
| 学校 | 送展数 | 获奖数 |
|---|---|---|
| 柘川县实验小学 | 50 | 20 |
| 柘川县城关中学 | 30 | 10 |
| 合计 | 80 | 30 |
三、今后工作
继续做好艺术教育普及工作。
"""

SERVICE = """榆塘区学校关爱服务年度报告（2026）
一、概况
本年度全区学校共组织关爱服务三百六十场次。
二、按项目统计
项目名称　　　　　开展场次　服务人次　陪伴时长(小时)
助学辅导　　　　　210　　　　1300　　　4600
心理陪伴　　　　　150　　　　900　　　　2700
合计　　　　　　　360　　　　2200　　　7300
三、今后工作
下一年度将扩大服务覆盖面。
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
    response = service.ask("榆塘区心理陪伴项目的开展场次、服务人次与陪伴时长")
    assert not response.abstained, response.answer
    said = direct(response.answer)
    assert all(f in said for f in ("150场次", "900人次", "2700小时")), response.answer
