"""`A和B的X哪个多` of a noun that is counted (教师 → 名, 学校 → 所: figures/lexicon/counters.tsv): each
place's count, not the first figure of a sentence naming the noun — a report states both the count
achieved (`交流轮岗教师186人`) and a rule (`交流轮岗比例不低于10%`). Documents written here; a real
Service (real model, real Chroma)."""
from __future__ import annotations

import pytest

from server.answer.crossdoc import without_ranking
from server.query import analyse
from server.service import Service
from tests.written import service_over

REPORT = """沁水县义务教育优质均衡督导反馈意见
一、存在问题
5. 教师交流轮岗比例偏低。2024—2025学年全县交流轮岗教师186人，占符合交流条件教师的8.6%。全县现有中小学校42所。
二、整改要求
4. 落实教师交流轮岗制度，2025—2026学年交流轮岗比例不低于10%，其中骨干教师不低于交流总数的20%。
"""

POINTS = """安化县2025年教育工作要点
一、队伍建设
8. 招聘新教师85名，其中音体美和心理健康教师不少于20名；交流轮岗教师160名。
二、办学条件
全县中小学校56所，全部接入教育专网。
"""

NO_COUNT = """修水县教育工作总结
一、队伍建设
全面推进教师交流轮岗，交流轮岗比例不低于15%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "crossdoc-count-ranking",
                        {"jia-feedback": REPORT, "yi-points": POINTS, "bing-summary": NO_COUNT})


@pytest.mark.parametrize("question", ["沁水县和安化县交流轮岗教师哪个多", "安化县和沁水县交流轮岗教师哪个更多？"])
def test_a_count_ranking_reads_each_places_count_not_a_rule(service: Service, question: str) -> None:
    assert without_ranking(analyse(question, service.catalog)).units, "the ranking asks a count"
    response = service.ask(question)
    assert not response.abstained, response.answer
    assert "186人" in response.answer and "160名" in response.answer, response.answer
    assert "不低于10%" not in response.answer
    assert response.answer.splitlines()[-1].startswith("沁水县更多"), response.answer


def test_a_count_ranking_of_schools_by_their_counter(service: Service) -> None:
    response = service.ask("沁水县和安化县中小学校哪个多")
    assert "42所" in response.answer and "56所" in response.answer, response.answer
    assert response.answer.splitlines()[-1].startswith("安化县更多"), response.answer


def test_a_place_stating_no_count_is_named_not_ranked(service: Service) -> None:
    response = service.ask("沁水县和修水县交流轮岗教师哪个多")
    assert "沁水县更多" not in response.answer and "修水县更多" not in response.answer, response.answer
    assert "不低于15%" not in response.answer.splitlines()[-1]


def test_a_ranking_of_rates_is_not_read_as_a_count(service: Service) -> None:
    # 比例 takes no counter: each place is asked its rate, not a count
    asked = without_ranking(analyse("修水县和沁水县住校生比例哪个高", service.catalog))
    assert asked.norm.endswith("住校生比例是多少"), asked.norm
    assert not {"人", "名"} & set(asked.units), asked.units
