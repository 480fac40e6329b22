"""Rates, counts and columns read from table rows, on documents written here (real ingest, Service.ask): a rate a
service table leaves to compute from a row's part and total columns (参与率 of 参加人数 ÷ 学生总数), for a named
row, for the total row when the question names the table's own units (the prose states another whole's rate),
and judged against a target the question restates; a score table's average score (平均得分, in 分) beside its count
columns; a count asked of a category column (几所良好园) beside the whole's column the subject names; an indicator
table's count column (达标学校数) beside its coefficient column (差异系数) is a count, not a coefficient; the
indicators not every school meets (不是N所全部达标) are the rows whose 达标 count is below N; the stage whose
teachers are least enough (老师最不够用) is the one with the highest 生师比; a target restated as one to reach
(达到60%的要求) of a share the prose states is not refused as a bare requirement."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

SERVICE = """箐舟县课后服务工作方案
箐舟县教育局
2026年5月
一、现状
全县义务教育在校生30000人，参加课后服务的学生21000人，参与率为70%。
二、目标
到2026年底，学生自愿参加课后服务的比例不低于85%。
三、试点情况
2026年春季学期首批试点学校课后服务情况如下表。
| 学校 | 学生总数（人） | 参加人数（人） | 兴趣课程（门） |
| --- | --- | --- | --- |
| 桤木镇中心小学 | 1000 | 900 | 9 |
| 栎川乡初级中学 | 500 | 300 | 4 |
| 合计 | 1500 | 1200 | 13 |
"""

SCORES = """芃溪区2025年幼儿园办园质量评估报告
芃溪区教育局
2026年1月
一、评估结果
20所幼儿园中，优秀6所、良好10所、合格4所。全区平均得分81.6分。分街道情况见下表。
| 街道 | 幼儿园数（所） | 优秀（所） | 良好（所） | 合格（所） | 平均得分 |
| --- | --- | --- | --- | --- | --- |
| 柘林街道 | 12 | 4 | 6 | 2 | 82.4 |
| 槐湾街道 | 8 | 2 | 4 | 2 | 80.4 |
| 合计 | 20 | 6 | 10 | 4 | 81.6 |
"""

BALANCE = """檀陂县义务教育优质均衡自评报告
檀陂县教育督导室
2026年4月
一、资源配置
全县小学18所。小学3项资源配置指标的县均值全部达到国家标准，具体见下表。
| 指标（小学） | 国家标准 | 县均值 | 达标学校数 | 差异系数 |
| --- | --- | --- | --- | --- |
| 高学历教师（单位：人/百名学生） | 4.2 | 5.1 | 18 | 0.25 |
| 县级及以上骨干教师（单位：人/百名学生） | 1 | 1.2 | 15 | 0.41 |
| 教学及辅助用房（单位：㎡/生） | 4.5 | 5.0 | 18 | 0.30 |
"""

STAGES = """桤川县教育事业统计公报（2025年度）
桤川县教育局
2026年3月
一、基本数据
| 学段 | 学校（所） | 学生数（人） | 专任教师（人） | 生师比 |
| --- | --- | --- | --- | --- |
| 小学 | 30 | 18000 | 1200 | 15.0 |
| 初中 | 12 | 9900 | 550 | 18.0 |
| 普通高中 | 3 | 4200 | 300 | 14.0 |
"""

QUOTA = """檀陂县2026年优质高中指标到校分配方案
檀陂县教育局
2026年5月
一、分配原则
分配到农村初中的指标不少于指标到校总数的60%。
二、分配结果
全县指标到校总数1500个，其中分配到农村初中960个，占64%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "row-rates", {
        "qingzhou-after-school-2026": SERVICE, "pengxi-kindergarten-scores-2025": SCORES,
        "tanpi-balance-2026": BALANCE, "qichuan-statistics-2025": STAGES,
        "tanpi-quota-2026": QUOTA})


def test_a_named_rows_rate_is_its_part_over_its_total_column(service):
    answer = service.ask("栎川乡初级中学课后服务参与率多少")
    assert first_figure(answer) == (60.0, "%"), answer.answer
    assert "300" in answer.answer and "500" in answer.answer, answer.answer


def test_the_total_rows_rate_when_the_question_names_the_tables_own_units(service):
    answer = service.ask("箐舟县课后服务试点学校总的参与率是多少")
    assert first_figure(answer) == (80.0, "%"), answer.answer
    assert "1200" in answer.answer and "1500" in answer.answer, answer.answer


def test_the_areas_rate_the_prose_states_is_not_the_total_rows(service):
    answer = service.ask("箐舟县课后服务参与率是多少")
    assert first_figure(answer) == (70.0, "%"), answer.answer


def test_a_rows_computed_rate_is_judged_against_the_target_the_question_restates(service):
    answer = service.ask("栎川乡初级中学课后服务参与率达到县里85%的目标了吗")
    assert not answer.abstained, answer.answer
    assert "未达" in answer.answer and "60" in answer.answer, answer.answer
    assert "不低于85%" in answer.answer, answer.answer


def test_an_average_score_of_the_total_row_is_the_score_column_not_a_count(service):
    answer = service.ask("芃溪区幼儿园评估全区平均得分多少？")
    assert first_figure(answer)[0] == 81.6, answer.answer


def test_a_count_asked_of_a_category_column_beside_the_wholes_column(service):
    answer = service.ask("芃溪区柘林街道幼儿园有几所良好园")
    assert first_figure(answer) == (6.0, "所"), answer.answer


def test_a_count_column_beside_a_coefficient_column_answers_a_count(service):
    answer = service.ask("檀陂县骨干教师那项指标有几所学校达标")
    assert first_figure(answer)[0] == 15.0 and "15所" in answer.answer, answer.answer


def test_rows_not_met_by_every_school_are_those_below_the_whole_count(service):
    answer = service.ask("檀陂县哪些指标不是18所小学全部达标")
    assert not answer.abstained, answer.answer
    assert "骨干教师" in answer.answer and "15" in answer.answer, answer.answer
    assert "高学历教师" not in answer.answer.split("依据")[0], answer.answer


def test_teachers_least_enough_is_the_stage_with_most_pupils_per_teacher(service):
    answer = service.ask("桤川县哪个学段老师最不够用")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("初中"), answer.answer


def test_a_restated_target_of_a_share_the_prose_states_is_not_refused_as_a_requirement(service):
    answer = service.ask("檀陂县分到农村初中的指标达到60%的要求没有？")
    assert not answer.abstained, answer.answer
