"""What the units a table leaves out have, asked beside its rows (除上表所列…以外): the area's count the prose
states − the table's total row in the column asked, the not-done column when the question asks what is not done
(server/answer/tablerest.py). Documents written here, real ingest, Service.ask."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

CHECK = """苇塘区幼儿园办园行为督导通报
苇塘区教育局
2026年4月8日
一、督导概况
本轮督导共发现问题88项，截至3月31日已落实整改70项，仍有18项未落实。
问题较多的园所情况如下：
| 园所 | 发现问题（项） | 已落实（项） | 未落实（项） |
| --- | --- | --- | --- |
| 苇塘区第一幼儿园 | 12 | 9 | 3 |
| 荻港街道中心幼儿园 | 10 | 6 | 4 |
| 合计 | 22 | 15 | 7 |
二、下一步
各园对照清单逐项销号。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "table-rest", {"weitang-check-2026": CHECK})


def test_the_not_done_rest_beyond_the_tables_rows(service):
    answer = service.ask("除上表所列园所以外，苇塘区其余幼儿园还有几项问题没落实？")
    assert first_figure(answer) == (11.0, "项"), answer.answer
    assert "18" in answer.answer and "7" in answer.answer, answer.answer


def test_a_counted_column_beyond_the_tables_rows(service):
    answer = service.ask("除了表中园所，苇塘区其他幼儿园发现问题多少项")
    assert first_figure(answer) == (66.0, "项"), answer.answer


def test_without_the_table_set_aside_a_rows_count_is_not_subtracted(service):
    answer = service.ask("苇塘区第一幼儿园还有几项问题没落实？")
    assert all(f.value != 11 for f in answer.figures), answer.answer
