"""A follow-up naming another group of people (`那监考员呢`) after a count of people at a row or place (`…考点有多少
考生`): the new group is counted where the first was — the row, the place and the count asked kept — so the row's
own cell answers, never a sentence relating the two groups (server/followup.py _COUNTED_PEOPLE; the groups in
server/lexicon/people_groups.tsv and role_nouns.tsv). Written table, real ingest, real model."""
import pytest

from server.followup import resolve_followup
from server.service import Service
from tests.written import service_over

EXAMS = """梧塘县2031年初中学业水平考试考点安排
2031年3月2日　梧塘县教育局印发
一、考点设置
| 考点 | 考生（人） | 监考员（人） |
| --- | --- | --- |
| 县实验中学考点 | 1320 | 118 |
| 东关中学考点 | 870 | 74 |
二、人员配备
各考点每12名考生至少配备1名监考员，监考员须提前一天参加培训。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "followup-people-counted", {"wutang-exam-sites-2031": EXAMS})


def turn(question: str, answer: str = "……") -> list[dict]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


def test_the_new_group_takes_the_counted_groups_place(service: Service) -> None:
    resolved = resolve_followup("那监考员呢", turn("梧塘县东关中学考点共有几名考生"), service.catalog)
    assert resolved == "梧塘县东关中学考点共有几名监考员", resolved


def test_a_stage_after_a_count_of_people_is_no_new_group(service: Service) -> None:
    resolved = resolve_followup("那初中呢", turn("梧塘县有多少考生"), service.catalog)
    assert "监考员" not in resolved and "考生" in resolved, resolved


def test_the_rows_cell_of_the_new_group_answers(service: Service) -> None:
    previous = "梧塘县东关中学考点共有几名考生"
    first = service.ask(previous)
    response = service.ask("那监考员呢", history=turn(previous, first.answer))
    assert not response.abstained and response.answer.startswith("74人"), response.answer
