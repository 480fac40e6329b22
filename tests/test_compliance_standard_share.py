"""A share the national standard defines by its whole (交流轮岗教师 of the teachers eligible to rotate) asked against
that standard, on documents written here: the part's count ÷ the whole's, both counted in one sentence, judged
against the rule (server/answer/standardshare.py); a document stating the share as reached is quoted, not
recomputed."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

SHORT = """蘅川县2026年教师交流工作安排
一、总体安排
今年全县义务教育学校符合交流条件的教师共950人，已安排交流轮岗教师88人，其中骨干教师20人。
二、保障措施
交流教师评优时给予加分。
"""

ENOUGH = """苕岭县2026年教师交流工作安排
一、总体安排
苕岭县中小学具备交流条件教师1200人，今年已安排交流160人，期限三年。
二、保障措施
交流满三年的教师年度考核优先。
"""

STATED = """芦溪县2026年教师交流工作总结
一、基本情况
全县义务教育学校交流轮岗比例为12.5%，乡村学校接收交流教师70人。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "standard-share", {"hengchuan-rotation": SHORT, "tiaoling-rotation": ENOUGH,
                                                             "luxi-rotation": STATED})


@pytest.mark.parametrize(("question", "verdict", "shown"), [
    ("蘅川县交流轮岗教师占比是否达到国家标准", "未达标", "9.26%"),  # 88 ÷ 950 < 10%
    ("苕岭县教师交流的比例符合国家标准吗", "符合", "13.33%"),  # 160 ÷ 1200 ≥ 10%
])
def test_the_share_from_its_part_and_whole_counted_in_one_sentence_is_judged(service, question, verdict, shown):
    r = service.ask(question)
    assert not r.abstained and r.answer.startswith(verdict) and shown in r.answer and "10%" in r.answer, r.answer


def test_a_share_the_document_states_is_not_recomputed(service):
    r = service.ask("芦溪县交流轮岗比例是否达到国家标准")
    assert not r.abstained and "12.5%" in r.answer and "÷" not in r.answer, r.answer
