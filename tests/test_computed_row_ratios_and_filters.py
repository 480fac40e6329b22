"""Figures computed from prose and table rows: a count per one of a row's things (每所小学 of a table by stage with
a 学校（所） column), pupils per one teacher of a kind stated apart, what a project row has still to invest, the
share of a batch from its total row's `其中` column, the share of the pool a part is drawn from (从…中列支), a
share the prose restates beside its table, rows past a bound written after its number (在0.40以上), the finished
row asked in spoken words, and a row's two cells asked together. Documents written here, real ingest,
Service.ask."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

ARTS = """榆川市2025年学校体育工作年度报告
一、基本情况
全市共有中小学校九十所，在校学生七万人。各学段情况见下表。
学段　　学校（所）　　体育教师（人）　　体育社团（个）
小学　　50　　　　　　300　　　　　　　176
初中　　28　　　　　　160　　　　　　　100
高中　　12　　　　　　70　　　　　　　 50
合计　　90　　　　　 530　　　　　　　326
"""

HEALTH = """桐岭县学生心理健康工作方案
一、基本情况
全县共有中小学36所，在校学生24000人。全县现有专职心理健康教师20名，兼职教师60名。
二、工作要求
各校专职心理教师均不少于1名，每周安排心理健康教育课1课时。
"""

BUILD = """柏原区2026年学校建设项目进展情况
一、项目进展
| 项目名称 | 建设地点 | 总投资（万元） | 已完成投资（万元） | 完成率（%） | 形象进度 |
| --- | --- | --- | --- | --- | --- |
| 区第三小学建设工程 | 东湖街道 | 6000 | 4500 | 75.0 | 主体封顶 |
| 青石幼儿园建设工程 | 青石街道 | 1800 | 720 | 40.0 | 主体施工 |
| 松林中学操场改造工程 | 松林街道 | 500 | 500 | 100.0 | 已竣工验收 |
| 合计 | — | 8300 | 5720 | 68.9 | — |
"""

FUND = """枫溪县关于分配2026年度薄弱环节改善资金的通知
一、资金规模
本批资金共900万元，其中中央补助500万元、县级配套400万元。
二、分配情况
| 乡镇 | 学校数（所） | 分配资金（万元） | 其中设备购置（万元） | 主要用途 |
| --- | --- | --- | --- | --- |
| 河口镇 | 4 | 500 | 200 | 实验室改造 |
| 石门乡 | 3 | 400 | 160 | 宿舍改造 |
| 合计 | 7 | 900 | 360 | — |
三、培训经费
本年度教师培训经费共300万元，其中县财政专项安排180万元，从学校公用经费中列支120万元。全县义务教育学校本年度公用经费预算合计2000万元。
"""

SELF = """杉桥县义务教育优质均衡发展自评报告
二、资源配置情况
| 指标 | 小学县均值 | 小学差异系数 | 初中县均值 | 初中差异系数 |
|---|---|---|---|---|
| 高于规定学历教师（每百生，人） | 5.10 | 0.30 | 6.00 | 0.25 |
| 县级以上骨干教师（每百生，人） | 1.30 | 0.43 | 1.50 | 0.36 |
| 体育艺术专任教师（每百生，人） | 1.10 | 0.38 | 1.20 | 0.31 |
| 体育运动场馆（生均，平方米） | 9.40 | 0.55 | 13.00 | 0.32 |
"""

SERVICE = """梧溪县课后服务实施方案
一、分类服务安排
| 类别 | 学校数（所） | 参加学生（人） | 每周服务天数 | 每生每学期收费（元） |
| --- | --- | --- | --- | --- |
| 城区小学 | 8 | 6000 | 5 | 300 |
| 乡镇小学 | 20 | 5000 | 4 | 180 |
二、劝返情况
全县义务教育在校生九万人，其中小学六万人，初中三万人。
| 学段 | 在校生（人） | 疑似辍学 | 劝返复学 |
| --- | --- | --- | --- |
| 小学 | 60000 | 40 | 38 |
| 初中 | 30000 | 60 | 55 |
| 合计 | 90000 | 100 | 93 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "row-ratios", {
        "yuchuan-sports-2025": ARTS, "tongling-health-2026": HEALTH, "boyuan-build-2026": BUILD,
        "fengxi-fund-2026": FUND, "shanqiao-self-2026": SELF, "wuxi-service-2026": SERVICE})


def test_per_one_of_a_row_divides_by_its_own_count(service: Service) -> None:
    answer = service.ask("榆川市平均每所小学有几个体育社团")
    assert first_figure(answer)[0] == 3.52, answer.answer  # 176 ÷ 50, not 326 ÷ 3 rows
    assert "约3.5个" in answer.answer, answer.answer


def test_pupils_per_one_teacher_of_a_kind(service: Service) -> None:
    answer = service.ask("桐岭县平均一名专职心理教师要对应多少学生")
    assert first_figure(answer)[0] == 1200.0, answer.answer  # 24000 ÷ 20, not the 1 each school must have
    assert "24000" in answer.answer and "20" in answer.answer, answer.answer


def test_investment_still_short_of_a_project_row(service: Service) -> None:
    answer = service.ask("青石幼儿园项目还差多少投资")
    assert first_figure(answer) == (1080.0, "万元"), answer.answer  # 1800 − 720


def test_share_of_the_batch_from_the_total_rows_part_column(service: Service) -> None:
    answer = service.ask("枫溪县设备购置资金占本批资金的百分之几")
    assert first_figure(answer) == (40.0, "%"), answer.answer  # 360 ÷ 900


def test_share_of_the_pool_a_part_is_drawn_from(service: Service) -> None:
    answer = service.ask("枫溪县培训经费占公用经费的比例达到国家要求没有")
    assert first_figure(answer)[0] == 6.0, answer.answer  # 120 ÷ 2000, not 300 ÷ 2000


def test_share_the_prose_restates_cites_its_sentence(service: Service) -> None:
    answer = service.ask("梧溪县小学生占义务教育在校生的比例是多少")
    assert first_figure(answer)[0] == 66.67, answer.answer
    assert any("其中小学六万人" in c.text for c in answer.citations), answer.answer


def test_rows_past_a_bound_written_after_its_number(service: Service) -> None:
    answer = service.ask("杉桥县小学差异系数在0.40以上的是哪几项")
    assert "县级以上骨干教师" in answer.answer and "体育运动场馆" in answer.answer, answer.answer
    assert "体育艺术专任教师" not in answer.answer.split("依据")[0], answer.answer  # 0.38


def test_finished_row_asked_in_spoken_words(service: Service) -> None:
    answer = service.ask("柏原区哪个工程已经彻底干完了")
    assert "松林中学操场改造工程" in answer.answer.split("依据")[0], answer.answer
    assert "区第三小学" not in answer.answer, answer.answer


def test_a_rows_days_and_fee_asked_together(service: Service) -> None:
    answer = service.ask("梧溪乡镇小学课后服务每周几天，一学期收多少钱")
    assert not answer.abstained, answer.answer
    assert "180" in answer.answer and "4" in answer.answer, answer.answer
