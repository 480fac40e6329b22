"""The rest of a budget's total beside a part after 其中, when the change stated beside the part is
worded with any fall or rise verb of the shared vocabulary (下滑, 回落, 上涨, 净增 …): the change is no
second part of the whole. Budget document written here, invented county."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

BUDGET = """松岭县2031年教育经费安排情况
松岭县教育局
2031年2月10日
一、经费总体安排
2031年教育经费安排合计6204.80万元比上年下滑215.30万元。其中省级补助5310.60万元比上年下滑140.20万元；县级配套300.00万元。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "rest-change-words", {"songling-budget-2031": BUDGET})


def test_a_change_worded_xiahua_beside_the_part_is_no_second_part(service):
    answer = service.ask("今年教育经费里不是省级补助的是多少")
    assert first_figure(answer) == (894.2, "万元"), answer.answer  # 6204.80 − 5310.60
