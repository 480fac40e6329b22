"""Table questions of this round, on documents written here (real ingest, Service.ask): several columns of one
named row asked together, each ask its own column (学科类 beside 非学科类, a 其中 column by its own words); a 其中
column asked by the thing its holders obtained (拿到许可的) rather than its whole; the row ranked by the column the
question's noun names (坐车的学生 → the students column, never the vehicles'); a score column's mean and lowest
row, in 分; a sum over the year rows of a span (2022到2024三年, in a Traditional table); a follow-up pointing back
at the thing the previous answer named (这个科目 after 哪个科目…最低); a row's counts listed in their unit."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

TRAINING = """榆湾区校外培训机构治理工作方案
榆湾区教育局
2026年3月
一、基本情况
全区共有校外培训机构96家。各街道情况如下：
| 街道 | 学科类机构（家） | 非学科类机构（家） | 其中已取得许可（家） | 2025年查处无证机构（家） |
| --- | --- | --- | --- | --- |
| 南苑街道 | 2 | 31 | 25 | 6 |
| 北湖街道 | 1 | 27 | 19 | 3 |
| 西岭街道 | 0 | 35 | 30 | 4 |
| 合计 | 3 | 93 | 74 | 13 |
二、工作目标
到2026年底，非学科类培训机构办学许可率达到95%以上。
"""

REGISTRATION = """苇川县2026年教师资格定期注册结果通报
苇川县教育局
2026年5月
一、总体情况
全县申请定期注册教师1620人。经审核，注册合格1588人，暂缓注册27人，不予注册5人。
二、分学段结果
| 学段 | 申请人数 | 注册合格 | 暂缓注册 | 不予注册 |
| --- | --- | --- | --- | --- |
| 幼儿园 | 204 | 196 | 6 | 2 |
| 小学 | 812 | 801 | 9 | 2 |
| 初中 | 604 | 591 | 12 | 1 |
"""

BOARDING = """枫渚县2025年寄宿制学校管理评估情况报告
枫渚县教育局
2026年1月
一、评估基本情况
县教育局对全县4所寄宿制学校进行了管理评估，满分100分。
二、各校评估结果
| 学校 | 寄宿生（人） | 生活管理教师（人） | 评估得分 | 等次 |
| --- | --- | --- | --- | --- |
| 枫渚县第一中学 | 980 | 11 | 91.0 | 优秀 |
| 石门镇中学 | 460 | 5 | 76.5 | 良好 |
| 柳塘镇中心小学 | 350 | 4 | 68.0 | 合格 |
| 桂坪乡九年一贯制学校 | 300 | 4 | 84.5 | 良好 |
"""

BUSES = """澄岭县教育局2025年校车安全管理工作总结
一、基本情况
全县现有运营校车四十辆，2025年秋季学期乘坐校车的学生共二千五百人。各线路运行情况如下：
| 线路 | 校车（辆） | 乘车学生（人） | 日均里程（公里） |
| --- | --- | --- | --- |
| 东线 | 9 | 820 | 40 |
| 西线 | 14 | 610 | 36 |
| 南线 | 17 | 1070 | 44 |
"""

ASSISTANCE = """蘅陽縣教育局2025年教育對口幫扶工作總結
蘅陽縣教育局 2026年1月
一、基本情況
2025年，我縣與協作地區學校結對幫扶的學校達到16所，到位受援資金380萬元。
近年幫扶情況如下：
| 年份 | 選派支教教師（人） | 受援資金（萬元） |
| --- | --- | --- |
| 2022年 | 12 | 210 |
| 2023年 | 15 | 250 |
| 2024年 | 22 | 300 |
| 2025年 | 28 | 380 |
"""

MONITORING = """澄岭县2025年义务教育质量监测结果报告
澄岭县教育局
2026年2月
一、总体情况
全县共监测四个科目，各科目Ⅲ级以上比例均在70%以上。
二、分学科结果
| 科目 | 参测学生（人） | Ⅲ级以上（人） | 占比（%） |
| --- | --- | --- | --- |
| 四年级语文 | 620 | 558 | 90.0 |
| 四年级数学 | 620 | 527 | 85.0 |
| 八年级语文 | 540 | 432 | 80.0 |
| 八年级物理 | 500 | 365 | 73.0 |
"""

HOURS = """苇川县2025年度中小学教师继续教育学时认定情况
苇川县教育局
2026年1月
一、认定总体情况
年度学时以72学时为达标线。各学段学时认定数据如下：
| 学段 | 参训教师（人） | 人均认定学时 | 达到72学时人数 | 达标率（%） |
| --- | --- | --- | --- | --- |
| 初中 | 640 | 80 | 602 | 94.1 |
| 小学 | 1100 | 77 | 1023 | 93.0 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "table-cells", {
        "yuwan-training-2026": TRAINING, "weichuan-registration-2026": REGISTRATION,
        "fengzhu-boarding-2025": BOARDING, "chengling-buses-2025": BUSES, "hengyang-assistance-2025": ASSISTANCE,
        "chengling-monitoring-2025": MONITORING, "weichuan-hours-2025": HOURS})


def _values(answer) -> list[float]:
    assert not answer.abstained, answer.answer
    return [round(f.value, 2) for f in answer.figures]


def test_each_ask_of_a_row_takes_its_own_column(service):
    answer = service.ask("南苑街道学科类、非学科类和已许可机构各几家")
    assert _values(answer) == [2, 31, 25], answer.answer


def test_each_ask_takes_the_rows_cell_not_the_prose_total(service):
    answer = service.ask("苇川县幼儿园教师申请注册、合格、暂缓各是多少人")
    assert _values(answer) == [204, 196, 6], answer.answer


def test_a_part_column_asked_by_the_thing_obtained(service):
    answer = service.ask("北湖街道非学科类机构已经拿到许可的有几家")
    assert first_figure(answer) == (19, "家"), answer.answer


def test_the_row_ranked_by_the_column_the_noun_names(service):
    answer = service.ask("澄岭县哪条线路坐校车的学生最少")
    assert first_figure(answer) == (610, "人"), answer.answer
    assert "西线" in answer.answer, answer.answer


def test_the_lowest_score_row(service):
    answer = service.ask("枫渚县哪所寄宿制学校评估得分最低")
    assert first_figure(answer)[0] == 68, answer.answer
    assert "柳塘镇中心小学" in answer.answer, answer.answer


def test_a_mean_of_a_score_column_is_in_points(service):
    answer = service.ask("枫渚县4所寄宿制学校评估平均得分")
    assert first_figure(answer) == (80, "分"), answer.answer


def test_a_sum_over_the_year_rows_of_a_span(service):
    answer = service.ask("蘅阳县2022到2024三年受援资金合计多少")
    assert first_figure(answer) == (760, "万元"), answer.answer


def test_a_follow_up_points_back_at_the_row_answered(service):
    history = [{"role": "user", "content": "澄岭县质量监测哪个科目Ⅲ级以上比例最低"},
               {"role": "assistant", "content": "八年级物理，Ⅲ级以上比例为73.0%。"}]
    answer = service.ask("那这个科目有多少学生参测", history)
    assert first_figure(answer) == (500, "人"), answer.answer


def test_a_rows_bare_counts_are_listed_in_their_unit(service):
    answer = service.ask("苇川县初中教师继续教育学时达标率是多少")
    assert not answer.abstained, answer.answer
    assert "602人" in answer.answer, answer.answer
