"""Table figures and figures computed from tables, stated in the counters their documents count in, on documents
written here (real ingest, Service.ask): a column counting devices (`平板（部）`) summed and divided in 部 (N部,
部/个), a cell asked by its row and a column whose noun ends the noun asked (几个平板储物柜 of `储物柜（个）`), and a
count derived from this year's and its change on the year before in the counter both are written in (名, not 人)."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

TABLETS = """岷沙区中小学平板电脑借用试点情况
岷沙区教育局
2026年9月
一、试点概况
区教育局在三所学校开展平板电脑借用试点，学生借用的平板统一存放在学校储物柜中。
| 学校 | 教师（人） | 储物柜（个） | 借出平板（部） |
| --- | --- | --- | --- |
| 岷沙区第三小学 | 52 | 10 | 45 |
| 柏溪镇中学 | 38 | 8 | 36 |
| 岷沙区第二初级中学 | 70 | 12 | 60 |
二、下一步工作
各校每学期末清点一次平板，损坏的及时报修。
"""

AWARDS = """嵋原县优秀少先队员评选结果公示
嵋原县教育局
2026年10月
经学校推荐、县评审组评议，拟评定2026年度县级优秀少先队员64名、县级优秀辅导员20名，现予公示。
与上年度相比，2026年度县级优秀少先队员增加了6名。
公示期为5个工作日。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "table-counters", {
        "minsha-tablets-2026": TABLETS, "meiyuan-pioneers-2026": AWARDS})


def test_a_columns_sum_is_stated_in_the_headers_counter(service):
    answer = service.ask("岷沙区试点学校一共借出了多少部平板")
    assert first_figure(answer) == (141, "部"), answer.answer
    assert "141部" in answer.answer.replace(" ", ""), answer.answer


def test_a_mean_per_unit_is_named_by_the_two_columns_counters(service):
    answer = service.ask("岷沙区试点学校平均一个储物柜放几部平板")
    assert first_figure(answer) == (4.7, "部/个"), answer.answer


def test_a_cell_asked_by_a_noun_ending_in_the_columns_noun(service):
    answer = service.ask("岷沙柏溪镇中学有几个平板储物柜")
    assert first_figure(answer) == (8, "个"), answer.answer


def test_last_years_count_keeps_the_counter_its_inputs_are_written_in(service):
    answer = service.ask("嵋原县上一年度县级优秀少先队员是多少名")
    assert first_figure(answer) == (58, "人"), answer.answer
    assert "= 58名" in answer.answer, answer.answer
