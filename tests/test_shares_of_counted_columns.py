"""Shares and rates a table or a `其中` list leaves to compute, on documents written here (real ingest, Service.ask):
a rate whose whole no column names by the rate's words is the one column before its part in the part's counter
(问题数（个） | 已整改（个）); a share asked of no row is the total row's, its whole's column found by the whole's head
noun (考生 of 考生数), a bare count taking its whole's counter; a share asked with no whole, the question ending with
占比, is over the column counting the same noun (抽查学校数 of 达标学校数) in the row the question names in its own
words; and a `其中` item that leaves to its whole the noun of what it counts names the part the question writes
out with that noun (跨校培训 of 跨校培训的教师)."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

FEES = """岫川县民办学校收费专项检查通报
岫川县教育局
2026年2月10日
一、检查情况
本次检查覆盖全县民办学校，检查结果见下表。
| 类别 | 检查学校数（所） | 问题学校数（所） | 问题数（个） | 已整改（个） | 清退金额（万元） |
| --- | --- | --- | --- | --- | --- |
| 民办小学 | 12 | 3 | 8 | 6 | 4.5 |
| 民办初中 | 9 | 4 | 12 | 12 | 7.2 |
| 合计 | 21 | 7 | 20 | 18 | 11.7 |
二、工作要求
未整改到位的问题须于2026年4月底前整改完毕。
"""

EXAM = """岫川县2026年初中学业水平体育考试工作方案
岫川县教育局
2026年3月5日
一、考点安排
全县设两个考点，各考点考生如下。
| 考点 | 考试日期 | 考生数（人） | 男生 | 女生 |
| --- | --- | --- | --- | --- |
| 县第一中学 | 5月8日 | 1200 | 640 | 560 |
| 县体育场 | 5月9日 | 1300 | 660 | 640 |
| 合计 | — | 2500 | 1300 | 1200 |
"""

LESSONS = """岫川县中小学艺术课时督查报告
岫川县人民政府教育督导室
2026年5月6日
一、基本情况
督查组抽查了各学段学校的艺术课开设情况。
| 学段 | 抽查学校数 | 开足课时学校数 | 平均周课时 |
| --- | --- | --- | --- |
| 小学一至三年级 | 20 | 18 | 2.1 |
| 小学四至六年级 | 20 | 15 | 1.8 |
| 初中 | 10 | 8 | 1.0 |
"""

TRAINING = """岫川县2025年教师培训工作总结
岫川县教育局
2026年1月12日
一、培训情况
全年参加县级培训的教师一千六百人，其中校本培训1200人、跨校培训320人、外出培训80人。
"""


TRAINERS = """岫川县校外培训机构治理情况通报
岫川县教育局
2026年6月3日
一、机构基本情况
| 街道 | 机构总数（家） | 查处违规（起） |
| --- | --- | --- |
| 岩桥街道 | 40 | 6 |
| 柳塘街道 | 35 | 9 |
| 合计 | 75 | 15 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "counted-columns", {
        "xiuchuan-fees-2026": FEES, "xiuchuan-pe-exam-2026": EXAM, "xiuchuan-arts-2026": LESSONS,
        "xiuchuan-training-2026": TRAINING, "xiuchuan-trainers-2026": TRAINERS})


def test_a_rate_over_the_one_column_before_it_in_its_counter(service):
    answer = service.ask("岫川县民办学校收费检查发现的问题整改率多少")
    assert first_figure(answer) == (90.0, "%"), answer.answer


def test_a_share_asked_of_no_row_is_the_total_rows(service):
    answer = service.ask("岫川县体育考试考生里女生占比多少")
    assert first_figure(answer) == (48.0, "%"), answer.answer


def test_a_share_asked_with_no_whole_is_over_the_column_counting_the_same_noun(service):
    answer = service.ask("岫川县小学四到六年级开足课时的学校占比")
    assert first_figure(answer) == (75.0, "%"), answer.answer


def test_a_listed_item_names_the_part_with_its_wholes_noun(service):
    answer = service.ask("岫川县跨校培训的教师占参加培训教师的百分之多少")
    assert first_figure(answer) == (20.0, "%"), answer.answer


def test_a_whole_asked_as_a_total_is_never_another_columns_total(service):
    answer = service.ask("岩桥街道查处的违规占全县查处总数的比例")
    assert first_figure(answer) == (40.0, "%"), answer.answer
