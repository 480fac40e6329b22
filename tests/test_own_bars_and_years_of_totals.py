"""A ceiling the question sets with 超没超/超不超 (超没超50人) is the bar, never the case judged; a year asked is
answered by that year's figure, never by the plan's total over its years stated in the same sentence. Documents
written here (invented places); the real pipeline answers."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

BULLETIN = """翀岭县2025年教育事业统计公报
翀岭县教育局
2026年3月
一、基本情况
全县共有义务教育学校42所。
二、义务教育
小学平均班额39.6人，初中平均班额47.2人，全县已无56人以上大班额。
"""

PLAN = """翀岭县中小学书法教育推进方案（2026—2028年）
翀岭县教育局
2026年2月
一、工作目标
到2028年，全县中小学书法课程开设率达到100%。
二、保障措施
三年县财政共投入450万元，其中2026年120万元、2027年150万元、2028年180万元，用于教室改造和教师培训。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "own-bars", {"chongling-bulletin-2025": BULLETIN,
                                                       "chongling-calligraphy-2026": PLAN})


@pytest.mark.parametrize("asked", ["超没超50人", "超不超50人"])
def test_a_ceiling_the_question_sets_is_no_case(service, asked):
    answer = service.ask(f"翀岭县初中平均班额{asked}")
    assert "47.2" in answer.answer, answer.answer
    assert "50人 ≤ 50人" not in answer.answer and "50 − 50" not in answer.answer, answer.answer


def test_a_year_asked_is_never_the_plans_total(service):
    answer = service.ask("翀岭县2028年书法教育投入多少钱")
    assert "450" not in answer.answer.split("以下段落")[0], answer.answer
    assert answer.abstained or any(f.value == 180 for f in answer.figures), answer.answer
