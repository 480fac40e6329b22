"""A total asked (`一共有多少X`) is not answered by a count whose clause goes on to single out some of X (`有N名X
证件已失效`), in documents written here; the total stated is — server/answer/verify.py (_qualified_after)."""
import pytest

from server.answer.verify import _qualified_after
from server.query import analyse
from server.service import Service
from tests.written import service_over

CHECK = """柘原县教育局关于学校食堂卫生检查情况的通报（2026）
本次共检查学校食堂18个。柘原中学食堂有三名从业人员体检证明已失效，已责令限期整改。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "part-for-total", {"zheyuan-canteen-check-2026": CHECK})


def test_a_total_is_not_answered_by_those_singled_out(service: Service) -> None:
    answer = service.ask("柘原县学校食堂从业人员一共有多少人")
    assert "三名" not in answer.answer.split("最接近")[0], answer.answer


def test_the_check_names_the_part_and_spares_a_stated_total(service: Service) -> None:
    asked = analyse("柘原县学校食堂从业人员一共有多少人", service.catalog)
    assert "体检证明已失效" in _qualified_after(asked, "人", "柘原中学食堂有三名从业人员体检证明已失效", 3)
    assert _qualified_after(asked, "人", "全县学校食堂共有从业人员240名", 240) == ""


def test_a_clause_saying_all_of_them_did_singles_none_out(service: Service) -> None:
    asked = analyse("柘原县一共有几个学校食堂", service.catalog)
    assert _qualified_after(asked, "个", "到10月底，9个学校食堂全部完成改造并通过验收", 9) == ""
    assert _qualified_after(asked, "个", "到10月底，9个学校食堂均已完成改造", 9) == ""
