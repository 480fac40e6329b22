"""Computations whose operands the document states in shapes the answer did not read: a year's part of a sum over
years (`其中2026年…`), a rate per pupil the question sets times the pupils the document counts, what a progress
table's row has still to do (target − running total), a plan table whose header is written over two rows with the
group cell copied (`目标值 | 目标值` over `2027年 | 2029年`). Documents written here, real ingest, Service.ask."""

import pytest

from ingest.load import grid_lines
from ingest.models import Cell
from ingest.wordml import GridCell
from server.answer.givenrate import given_rate
from server.calc import cell_operand
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

# a three-year plan: the sum over its years, then each year's part in a `其中` list
PLAN = """椋岚县校园体育设施三年提升方案（2026—2028年）
椋岚县教育局
2026年2月
一、现状。椋岚县现有中小学52所，在校学生3.8万人。
二、经费保障。三年县财政共安排体育设施资金1500万元，其中2026年400万元、2027年500万元、2028年600万元。
三、标准。体育器材更新经费按每名学生每年至少15元安排。
"""

# a five-year fund report: the total written as 累计, the years in the list after it
FUND = """榧川市学前教育奖补资金使用情况
榧川市财政局
2026年1月
2021年至2025年，市级累计下达学前教育奖补资金8000万元，其中2024年1800万元、2025年2200万元。
全市现有在园幼儿4.2万人、小学在校生9.6万人。
"""

# a half-year progress table: each task's target, the amounts of each quarter, the running total and the rate
PROGRESS = """楮阳区教育局2026年上半年重点任务进展
楮阳区教育局
2026年7月

| 序号 | 任务 | 年度目标 | 一季度完成 | 二季度完成 | 上半年累计 | 完成率 |
| --- | --- | --- | --- | --- | --- | --- |
| 1 | 新建学校运动场 | 30个 | 6 | 9 | 15 | 50.0% |
| 2 | 发放教师健康体检补助 | 640万元 | 120 | 200 | 320 | 50.0% |

注：完成率＝上半年累计÷年度目标；第2项单位为万元。
"""

# a work plan's ledger: the year's plan and the one column of what is done so far, no running total
LEDGER = """桤原县2026年教育民生项目推进台账
桤原县教育局
2026年9月

| 项目名称 | 全年计划 | 1—8月实际完成 | 完成进度 |
| --- | --- | --- | --- |
| 校舍维修面积 | 4.5万平方米 | 3.2万平方米 | 71.1% |
| 校车更新 | 24辆 | 10辆 | 41.7% |
"""

# a plan's indicator table, its target columns written as one group cell copied over the two years under it
TARGETS = """柃江区“十五五”学前教育发展规划
柃江区教育局
2026年3月
规划指标见下表。

| 指标 | 2025年现状 | 目标值 | 目标值 |
| --- | --- | --- | --- |
| 指标 | 2025年现状 | 2027年 | 2029年 |
| 公办园在园幼儿占比（%） | 52.5 | 56 | 60 |
| 专任教师本科以上学历比例（%） | 41.2 | 48 | 55 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "operands-apart", {
        "liangl-sports-plan-2026": PLAN, "feichuan-fund-2026": FUND,
        "chuyang-progress-2026.md": PROGRESS.encode("utf-8"), "lingjiang-plan-2026.md": TARGETS.encode("utf-8"),
        "qiyuan-ledger-2026.md": LEDGER.encode("utf-8")})


@pytest.mark.parametrize("question, pct, doc", [
    ("椋岚县三年体育设施资金里2028年占几成？", 40.0, "liangl-sports-plan-2026"),  # 600 ÷ 1500
    ("榧川市累计奖补资金中2025年占多大比例", 27.5, "feichuan-fund-2026"),  # 2200 ÷ 8000
])
def test_a_years_part_of_a_sum_over_years(service, question, pct, doc):
    answer = service.ask(question)
    assert first_figure(answer) == (pct, "%"), answer.answer
    assert inputs_cited(service, answer, doc), answer.answer


def test_a_year_the_list_does_not_hold_is_no_part(service):
    answer = service.ask("榧川市累计奖补资金中2023年占多大比例")
    assert all(f.value not in (22.5, 27.5) for f in answer.figures), answer.answer


@pytest.mark.parametrize("question, value", [
    ("椋岚县按每生15元算，体育器材经费每年最少需要多少？", 570_000),  # 15元 × 3.8万人
    ("榧川市小学按照每名学生20元的标准计算，共需要多少钱", 1_920_000),  # 20元 × 9.6万 小学在校生
])
def test_a_rate_the_question_sets_times_the_pupils_counted(service, question, value):
    answer = service.ask(question)
    assert first_figure(answer) in ((value, "元"), (value / 10_000, "万元")), answer.answer
    assert "×" in answer.answer, answer.answer


@pytest.mark.parametrize("norm, rate", [("按每生20元算要多少", "20元"), ("按生均1.5万元计算共需多少", "1.5万元"),
                                        ("生均经费是多少", "")])
def test_the_rate_a_question_sets(norm, rate):
    assert given_rate(norm) == rate


@pytest.mark.parametrize("question, value, unit", [
    ("楮阳区教师健康体检补助后半年还要发放多少万？", 320, "万元"),  # 640 − 320
    ("楮阳区学校运动场还需新建多少个", 15, "个"),  # 30 − 15: the 万元 note is the second row's only
])
def test_the_rest_of_a_progress_rows_target(service, question, value, unit):
    answer = service.ask(question)
    got = first_figure(answer)
    assert got[0] == value and got[1] in (unit, "个"), answer.answer
    assert "−" in answer.answer, answer.answer


def test_the_rest_of_a_ledger_rows_plan_without_a_running_total(service):
    answer = service.ask("桤原县校舍维修面积剩余多少还没完成？")  # 4.5 − 3.2 万平方米
    assert first_figure(answer) in ((1.3, "万平方米"), (13000, "平方米")), answer.answer


def test_a_change_to_the_target_year_of_a_header_over_two_rows(service):
    answer = service.ask("柃江区专任教师本科以上学历比例到2029年要提高几个百分点")
    assert first_figure(answer) in ((13.8, "个百分点"), (13.8, "百分点")), answer.answer


def test_copied_header_cells_join_the_row_under_them():
    def cell(text: str, r: int, c: int) -> GridCell:
        return GridCell(text, (r, c), 1)
    grid = [[cell(t, 0, c) for c, t in enumerate(("指标", "现状", "目标值", "目标值"))],
            [cell(t, 1, c) for c, t in enumerate(("指标", "现状", "2027年", "2029年"))],
            [cell(t, 2, c) for c, t in enumerate(("巩固率（%）", "95", "96", "97"))]]
    header = grid_lines(grid).splitlines()[0]
    assert "2027年 目标值" in header and "2029年 目标值" in header, header
    # a first data row that repeats no header cell stays a row
    plain = [grid[0], grid[2]]
    assert "95" in grid_lines(plain).splitlines()[-1]


@pytest.mark.parametrize("text, unit, value", [("1180万元", "万元", 11_800_000), ("1500人次", "万元", 1500),
                                              ("706", "万元", 7_060_000)])
def test_a_cell_writing_its_own_unit(text, unit, value):
    operand = cell_operand(Cell(column="年度目标", text=text, unit=unit, start=0, end=len(text)))
    assert operand is not None and operand.value == value
