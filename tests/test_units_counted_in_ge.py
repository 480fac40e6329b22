"""A count of units asked in 个 (幾個學區) of a document whose table lists those units with what each holds
(成員學校數, 在校學生) and whose prose never counts them: the table's cells count schools and pupils, never the
units, so its total row does not answer (real ingest, Service.ask; a document written here in Traditional script)
— server/answer/askedcounter.py other_count_column, server/answer/verify.py."""
import pytest

from server.answer.askedcounter import other_count_column
from server.service import Service
from tests.written import service_over

PLAN = """樟浦縣集團化辦學實施方案
一、工作目標
到2027年，實現集團內師資統籌、課程共建。
二、集團組建
各集團成員如下表。
| 集團 | 牽頭學校 | 成員學校數 | 在校學生 |
| --- | --- | --- | --- |
| 第一集團 | 樟浦實驗小學 | 7 | 5200 |
| 第二集團 | 樟浦第二中學 | 6 | 4100 |
| 第三集團 | 雲溪鎮中心學校 | 6 | 3300 |
| 第四集團 | 楓嶺鎮中心學校 | 5 | 2400 |
| 合計 | | 24 | 15000 |
三、保障措施
集團化辦學年度經費300萬元。
四、主要指標
| 指標 | 2025年 | 2028年 |
| --- | --- | --- |
| 市級示範集團（個） | 2 | 5 |
| 集團化辦學覆蓋率（%） | 60 | 90 |
五、集團競賽獲獎
| 集團 | 參賽人數 | 一等獎 | 二等獎 | 合計 |
| --- | --- | --- | --- | --- |
| 第一集團 | 46 | 3 | 8 | 11 |
| 第二集團 | 39 | 2 | 5 | 7 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "units-counted-in-ge", {"zhangpu-school-groups-2026": PLAN})


def test_the_total_row_of_what_each_unit_holds_is_no_count_of_units(service: Service) -> None:
    response = service.ask("樟浦縣組建了幾個教育集團？")
    head = response.answer.split("最接近")[0]
    assert "15000" not in head and "24" not in head, response.answer


def test_an_indicator_row_counting_the_units_answers_in_any_column(service: Service) -> None:
    # a row named by what it counts in 个 (`X（個）`) of a table by year: its year's cell is that count
    response = service.ask("樟浦縣到2028年建成幾個市級示範集團")
    assert not response.abstained and "5" in response.answer.split("。")[0], response.answer


def test_a_row_with_columns_of_its_own_naming_the_noun_answers(service: Service) -> None:
    # 幾個獎 of a row whose 一等獎 … 合計 columns count prizes: the 參賽人數 cell beside them is no reason to refuse
    response = service.ask("第一集團一共得了幾個獎")
    assert not response.abstained and "11" in response.answer, response.answer


def test_a_column_counting_another_kind_is_named() -> None:
    assert other_count_column("成员学校数", "", "一共分成几个片区", ()) == "片区"
    assert other_count_column("在校学生", "", "一共分成几个片区", ()) == "片区"
    assert other_count_column("片区数", "", "一共分成几个片区", ()) == ""
    assert other_count_column("成员学校数", "", "有几所成员学校", ()) == ""
