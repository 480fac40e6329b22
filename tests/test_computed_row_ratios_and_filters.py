"""Figures computed from prose and table rows: a count per one of a row's things (每所小学 of a table by stage with
a 学校（所） column), pupils per one teacher of a kind stated apart, what a project row has still to invest, the
share of a batch from its total row's `其中` column, the share of the pool a part is drawn from (从…中列支), a
share the prose restates beside its table, rows past a bound written after its number (在0.45以上), the finished
row asked in spoken words, and a row's two cells asked together. Documents written here, real ingest,
Service.ask."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

ARTS = """榆川市2025年学校体育工作总结
一、概况
全市中小学九十所，学生七万人，各学段体育工作情况如下。
学段　　学校数（所）　　体育教师（人）　　体育社团（个）
小学　　50　　　　　　　300　　　　　　　176
初中　　28　　　　　　　160　　　　　　　100
高中　　12　　　　　　　70　　　　　　　 50
合计　　90　　　　　　 530　　　　　　　326
"""

HEALTH = """桐岭县加强学生心理健康工作的方案
一、现状
全县中小学36所，在校学生24000人。目前全县配有专职心理健康教师20名、兼职心理辅导员60名。
二、要求
每校配备专职心理教师不少于1名，心理辅导室开放时间每周不少于10小时。
"""

BUILD = """柏原区2026年上半年校舍建设推进情况
一、推进情况
| 项目 | 所在镇街 | 总投资额（万元） | 完成投资额（万元） | 完成比例（%） | 当前进度 |
| --- | --- | --- | --- | --- | --- |
| 区第三小学新建工程 | 东湖街道 | 6000 | 4500 | 75.0 | 内部装修 |
| 青石幼儿园新建工程 | 青石街道 | 1800 | 720 | 40.0 | 基础施工 |
| 松林中学操场改造工程 | 松林街道 | 500 | 500 | 100.0 | 已竣工验收 |
| 合计 | — | 8300 | 5720 | 68.9 | — |
"""

FUND = """枫溪县2026年度薄弱环节改善资金分配方案
一、资金安排
本批资金合计900万元，由中央和县级共同承担。各乡镇分配如下。
| 乡镇 | 受助学校（所） | 下达资金（万元） | 其中图书购置（万元） | 用途 |
| --- | --- | --- | --- | --- |
| 河口镇 | 4 | 500 | 200 | 图书室建设 |
| 石门乡 | 3 | 400 | 160 | 阅览室改造 |
| 合计 | 7 | 900 | 360 | — |
二、教师培训
县本级今年安排教师培训经费300万元，其中省级补助180万元，从学校公用经费中列支120万元。全县学校年度公用经费预算总额为2000万元。
"""

SELF = """杉桥县义务教育优质均衡发展督导自评报告
三、校际差异情况
| 指标 | 小学县均值 | 小学差异系数 | 初中县均值 | 初中差异系数 |
|---|---|---|---|---|
| 研究生学历教师（每百生，人） | 0.80 | 0.30 | 1.10 | 0.25 |
| 市级以上骨干教师（每百生，人） | 1.30 | 0.48 | 1.50 | 0.36 |
| 音乐美术专用教室（每百生，间） | 0.90 | 0.42 | 1.20 | 0.31 |
| 图书馆藏书（生均，册） | 32.0 | 0.55 | 41.0 | 0.32 |
"""

SERVICE = """梧溪县中小学课后服务工作方案
一、服务安排
| 学校类型 | 学校数（所） | 参与学生（人） | 每周开放天数 | 每生每学期费用（元） |
| --- | --- | --- | --- | --- |
| 城区小学 | 8 | 6000 | 5 | 300 |
| 乡镇小学 | 20 | 5000 | 4 | 180 |
二、控辍保学
全县义务教育阶段在校学生共九万人，其中小学六万人、初中三万人。
| 学段 | 在校学生（人） | 辍学（人） | 返校（人） |
| --- | --- | --- | --- |
| 小学 | 60000 | 40 | 38 |
| 初中 | 30000 | 60 | 55 |
| 合计 | 90000 | 100 | 93 |
全年共排查疑似辍学100人，其中外出务工40人。
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
    answer = service.ask("桐岭县平均一名专职心理教师带多少学生")
    assert first_figure(answer)[0] == 1200.0, answer.answer  # 24000 ÷ 20, not the 1 each school must have
    assert "24000" in answer.answer and "20" in answer.answer, answer.answer


def test_investment_still_short_of_a_project_row(service: Service) -> None:
    answer = service.ask("青石幼儿园项目投资还差多少")
    assert first_figure(answer) == (1080.0, "万元"), answer.answer  # 1800 − 720


def test_share_of_the_batch_from_the_total_rows_part_column(service: Service) -> None:
    answer = service.ask("枫溪县图书购置资金占本批资金的百分之几")
    assert first_figure(answer) == (40.0, "%"), answer.answer  # 360 ÷ 900


def test_share_of_the_pool_a_part_is_drawn_from(service: Service) -> None:
    answer = service.ask("枫溪县培训经费占公用经费的比例达到国家要求没有")
    assert first_figure(answer)[0] == 6.0, answer.answer  # 120 ÷ 2000, not 300 ÷ 2000


def test_share_the_prose_restates_cites_its_sentence(service: Service) -> None:
    answer = service.ask("梧溪县小学生占义务教育在校学生的比例是多少")
    assert first_figure(answer)[0] == 66.67, answer.answer
    assert any("其中小学六万人" in c.text for c in answer.citations), answer.answer


def test_a_sentence_of_other_items_is_no_restatement(service: Service) -> None:
    answer = service.ask("梧溪县小学辍学人数占全县辍学人数的比例是多少")
    assert first_figure(answer)[0] == 40.0, answer.answer  # 40 ÷ 100 of the rows
    assert not any("外出务工" in c.text for c in answer.citations), answer.answer  # its 40 is not the 小学 row's


def test_rows_past_a_bound_written_after_its_number(service: Service) -> None:
    answer = service.ask("杉桥县小学差异系数在0.45以上的是哪几项")
    assert "市级以上骨干教师" in answer.answer and "图书馆藏书" in answer.answer, answer.answer
    assert "音乐美术专用教室" not in answer.answer, answer.answer  # 0.42


def test_finished_row_asked_in_spoken_words(service: Service) -> None:
    answer = service.ask("柏原区哪个工程已经全部干完了")
    assert "松林中学操场改造工程" in answer.answer.split("依据")[0], answer.answer
    assert "区第三小学" not in answer.answer, answer.answer


def test_a_rows_days_and_fee_asked_together(service: Service) -> None:
    answer = service.ask("梧溪乡镇小学课后服务一周开几天，每学期收多少钱")
    assert not answer.abstained, answer.answer
    assert "180" in answer.answer and "4" in answer.answer, answer.answer
