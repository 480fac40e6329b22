"""How many more it takes (`还得再建多少间`) is never answered by a table cell stating what there is (`功能室数`):
what is missing is not the stock. A cell whose column holds what is still to do (`尚需建设`) answers. The document
is written here (invented place and wording); the real pipeline answers. (Which column a question of what is still to
do picks is the table reader's: here the check alone.)"""
from __future__ import annotations

import pytest

from server.answer.shortage import stock_cell_for_shortfall
from server.service import Service
from tests.written import service_over

REPORT = """芷岚县中小学功能室建设情况的报告
芷岚县教育局
全县中小学功能室建设情况如下：
| 学段 | 功能室数 | 已配齐设备 | 尚需配备 |
| --- | --- | --- | --- |
| 小学 | 420 | 300 | 120 |
| 初中 | 180 | 150 | 30 |
| 合计 | 600 | 450 | 150 |
至2028年末，全县功能室设备配齐率达到九成以上。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "stock-shortfall", {"zhilan-function-rooms-2026": REPORT})


def test_a_stock_cell_does_not_answer_how_many_more(service):
    answer = service.ask("芷岚县功能室还得再建多少间")
    assert "600" not in answer.answer and "420" not in answer.answer, answer.answer


def test_a_cell_of_what_is_still_to_do_is_not_refused():
    assert stock_cell_for_shortfall("芷岚县小学还需配备几间", "小学 尚需配备 120间") == ""
    assert stock_cell_for_shortfall("芷岚县小学还需配备几间", "小学 功能室数 420间") != ""
    assert stock_cell_for_shortfall("芷岚县小学有几间功能室", "小学 功能室数 420间") == ""  # no shortfall asked
