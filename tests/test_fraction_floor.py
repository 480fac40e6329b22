"""A part's floor set as a fraction of its whole (`学生委员人数应不少于成员总数的四分之一`) asked of one unit as enough
or not: the count required is the unit's whole ÷ 4 × 1, rounded up, and the part it has judged against it — the
unit's counts read from the rule's own sentence or from another. Documents written here, real ingest."""

import pytest

from server.service import Service
from tests.written import service_over

BULLETIN = """桂溪县中小学校务委员会运行情况通报
一、总体情况
全县中学均已成立校务委员会，成员共320名，其中学生委员96名。
二、存在问题
部分学校委员会构成不达标。依照县里要求，学生委员人数应不少于成员总数的四分之一，县实验中学校务委员会有成员16名，其中学生委员仅3名。
三、典型经验
县第一中学校务委员会有成员20名，其中学生委员6名，每月召开一次例会。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "fraction-floor", {"guixi-councils": BULLETIN})


def test_a_units_part_short_of_the_fraction(service: Service) -> None:
    r = service.ask("桂溪县实验中学校务委员会学生委员够不够")
    assert not r.abstained and "不够" in r.answer.split("：")[0], r.answer
    assert "16人 ÷ 4 × 1 = 4" in r.answer and "3名 < 4名" in r.answer, r.answer


def test_a_units_part_meeting_the_fraction(service: Service) -> None:
    r = service.ask("桂溪县第一中学校务委员会学生委员够不够")
    assert not r.abstained and "（够" in r.answer.split("：")[0], r.answer
    assert "20人 ÷ 4 × 1 = 5" in r.answer, r.answer
