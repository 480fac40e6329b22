"""The rest of a budget's total beside a part after 其中, when the change stated beside the part is
worded with any fall or rise verb of the shared vocabulary (下滑, 回落, 上涨, 净增 …): the change is no
second part of the whole. Budget document written here, invented county."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

BUDGET = """松岭县教育局2031年部门预算公开说明
松岭县教育局
2031年2月10日
一、收支预算总体情况
2031年部门收入预算合计6204.80万元比上年下滑215.30万元。其中一般公共预算拨款5310.60万元比上年下滑140.20万元；政府性基金预算拨款300.00万元。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "rest-change-words", {"songling-budget-2031": BUDGET})


def test_a_change_worded_xiahua_beside_the_part_is_no_second_part(service):
    answer = service.ask("今年收入里不是一般公共预算拨款的有多少")
    assert first_figure(answer) == (894.2, "万元"), answer.answer  # 6204.80 − 5310.60
