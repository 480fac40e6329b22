"""A count of those who have done something asked as a group (`已经X的有多少人`) on a document written here (real
ingest, Service.ask): the figure's clause must write the verb — a staff count that says nothing of it is not the
count of those done (server/answer/verify.py _DONE_ASKED); a clause that writes it answers."""
import pytest

from server.service import Service
from tests.written import service_over

COACHES = """楠屿县体育教师队伍情况通报（2031）
全县现有专职体育教师140名、兼职体育教师85名。
专职体育教师中已取得二级裁判证的有62名。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "done-asked-as-group", {"nanyu-pe-teachers-2031": COACHES})


def test_a_group_done_asked_of_a_count_that_never_says_so_is_not_found(service: Service) -> None:
    answer = service.ask("楠屿县兼职体育教师现在已经持证的有多少人")
    assert answer.abstained, answer.answer
    assert not answer.answer.startswith("85"), answer.answer


def test_a_group_done_asked_of_the_clause_saying_so_is_answered(service: Service) -> None:
    answer = service.ask("楠屿县专职体育教师已取得裁判证的有多少人")
    assert not answer.abstained and "62" in answer.answer, answer.answer
