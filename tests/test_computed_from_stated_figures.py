"""Figures computed from the ones documents state: an amount per head of a table row (per 人次, 生均), a part
the document leaves unstated (whole − a part in brackets; a row's count − what the prose says of it done), a
product asked by its factors from a plain-text table set with full-width spaces, a value against the bar it is
measured by, an amount's completion from a project row, a built share, a share of the 合计 row cited as one
passage. Documents written here (invented places), real ingest, Service.ask."""

import pytest

from ingest.structure import parse_sections
from ingest.tables import find_tables, row_label
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

# an aid summary: a programme table with a count of 人次 and an amount in 万元, closing on its total row
AID = """栎溪县2025年学生资助工作总结
栎溪县教育局
2025年12月
全年资助各类学生共2000人次。
一、项目落实情况
| 资助项目 | 受助人次 | 资助金额（万元） | 资金来源 |
| --- | --- | --- | --- |
| 中职国家助学金 | 1200 | 240.0 | 中央、省分担 |
| 县级困难救助 | 800 | 40.0 | 县级财政 |
| 合计 | 2000 | 280.0 | — |
中职国家助学金按每生每年2000元标准发放，生源地信用助学贷款人均7500元。
"""

# an allocation notice: a township table with pupils and the money allotted
ALLOCATION = """关于分配2026年柘川县校舍维修资金的通知
柘川县教育局
2026年5月
| 乡镇 | 学校（所） | 学生数（人） | 分配资金（万元） | 主要用途 |
| --- | --- | --- | --- | --- |
| 枫林镇 | 4 | 2500 | 200 | 屋面维修 |
| 桦坪乡 | 3 | 1600 | 96 | 厕所改造 |
| 合计 | 7 | 4100 | 296 | — |
"""

# a work plan: a whole with its part in brackets right after it
PLAN = """楠州市2026年教育工作要点
楠州市教育局
2026年2月
全年改扩建学校9所，新增学位6000个（小学学位3600个）；秋季投用两所新校。
"""

# a training plan as plain text: a table set with runs of full-width spaces, a column of words, and a
# value reached stated beside the bar it falls short of
TRAINING = """槐湾区2026年教师培训计划
槐湾区教育局
2026年3月
一、现状
　　2025年全区教师人均培训课时为五十六课时，低于每年不少于六十课时的区定要求。
二、培训项目
　　培训项目　　　　　　培训对象　　　　　　人数　　课时
　　青年教师研修　　　　　入职三年内教师　　　150　　 90
　　学科带头人研修　　　　区级学科带头人　　　60　　　40
　　合计　　　　　　　　　　　　　　　　　　　210
三、保障
　　所需经费由区财政安排。
"""

# an inspection report: a school row counting the problems found, the prose counting what each has put right
INSPECTION = """榆溪县学校消防安全检查情况通报
榆溪县教育局
2026年4月
本次共检查学校3所，发现隐患15项，已整改9项，其中桐林镇中学已整改4项。
| 学校 | 学生（人） | 检查隐患（项） | 整改情况 |
| --- | --- | --- | --- |
| 县第一小学 | 1500 | 3 | 已整改 |
| 桐林镇中学 | 800 | 7 | 整改中 |
| 柳坪乡小学 | 400 | 5 | 整改中 |
| 合计 | 2700 | 15 | — |
"""

# a progress report: projects with their total and their completed investment
PROGRESS = """桤城市2026年学校建设项目进展情况
桤城市教育局
2026年7月
| 项目名称 | 建设内容 | 总投资（万元） | 已完成投资（万元） | 形象进度 |
| --- | --- | --- | --- | --- |
| 市第二小学扩建工程 | 教学楼1栋 | 8000 | 3000 | 主体施工 |
| 市体育馆改造 | 场馆改造 | 1000 | 1000 | 已竣工 |
| 合计 | — | 9000 | 4000 | — |
"""

# a plan stating schools and how many of them have built a room
ROOMS = """杉岭县中小学图书室建设方案
杉岭县教育局
2026年3月
一、现状
全县现有中小学40所，已建标准化图书室30所。
二、目标
到2027年，全县中小学图书室达标率提高到100%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "computed-stated", {
        "lixi-aid-2025": AID, "zhechuan-allocation-2026": ALLOCATION, "nanzhou-points-2026": PLAN,
        "huaiwan-training-2026": TRAINING, "yuxi-inspection-2026": INSPECTION, "qicheng-progress-2026": PROGRESS,
        "shanling-rooms-2026": ROOMS})


def test_a_plain_text_table_with_a_column_of_words_is_read_as_rows():
    tables = find_tables("huaiwan-training-2026", TRAINING, parse_sections(TRAINING))
    assert len(tables) == 1 and tables[0].columns == ["培训项目", "培训对象", "人数", "课时"]
    assert [row_label(tables[0], r) for r in tables[0].rows] == ["青年教师研修", "学科带头人研修"]
    assert [c.text for c in tables[0].rows[0].cells] == ["青年教师研修", "入职三年内教师", "150", "90"]


def test_lines_of_words_only_stay_prose():
    text = "通知\n　　时间　　地点　　对象\n　　上午　　礼堂　　全体教师\n　　下午　　操场　　全体学生\n"
    assert find_tables("words", text, parse_sections(text)) == []


@pytest.mark.parametrize("question, value, unit, doc", [
    ("栎溪县中职国家助学金每人次平均多少元？", 2000, "元/人次", "lixi-aid-2025"),  # 240万 ÷ 1200
    ("枫林镇分到的维修资金生均多少元？", 800, "元/人", "zhechuan-allocation-2026"),  # 200万 ÷ 2500
])
def test_an_amount_per_head_of_a_table_row(service, question, value, unit, doc):
    answer = service.ask(question)
    assert first_figure(answer) == (value, unit), answer.answer
    assert "÷" in answer.answer and inputs_cited(service, answer, doc), answer.answer


def test_the_rest_of_a_whole_beside_its_part_in_brackets(service):
    answer = service.ask("楠州市今年新增学位里非小学学位有多少个")
    assert first_figure(answer) == (2400, "个"), answer.answer  # 6000 − 3600
    assert inputs_cited(service, answer, "nanzhou-points-2026"), answer.answer


def test_a_product_asked_by_its_factors_from_a_spaced_table(service):
    answer = service.ask("槐湾区青年教师研修总共多少课时（人数乘课时）")
    assert first_figure(answer) == (13500, "课时"), answer.answer  # 150 × 90
    assert inputs_cited(service, answer, "huaiwan-training-2026"), answer.answer


def test_a_value_against_the_bar_its_sentence_sets(service):
    answer = service.ask("槐湾区2025年人均培训课时比区里要求少了几个课时")
    assert first_figure(answer) == (4, "课时"), answer.answer  # 60 − 56


def test_a_rows_count_less_what_the_prose_says_of_it_done(service):
    answer = service.ask("桐林镇中学还剩几项隐患没整改")
    assert first_figure(answer) == (3, "项"), answer.answer  # 7 − 4, not 15 − 9
    assert inputs_cited(service, answer, "yuxi-inspection-2026") and len(answer.citations) == 2, answer.answer


def test_an_amounts_completion_from_a_project_row(service):
    answer = service.ask("桤城市第二小学扩建工程投资完成了百分之几")
    assert first_figure(answer) == (37.5, "%"), answer.answer  # 3000 ÷ 8000


def test_a_built_share_from_the_count_built_and_the_schools(service):
    answer = service.ask("杉岭县中小学图书室建成比例是多少")
    assert first_figure(answer) == (75.0, "%"), answer.answer  # 30 ÷ 40, never the 100% target
    assert inputs_cited(service, answer, "shanling-rooms-2026"), answer.answer


def test_a_share_of_the_total_row_right_under_its_row_is_one_passage(service):
    answer = service.ask("栎溪县县级困难救助金额占全部资助资金的比例")
    assert first_figure(answer) == (14.29, "%"), answer.answer  # 40 ÷ 280
    assert len(answer.citations) == 1 and "合计" in answer.citations[0].text, answer.answer


def test_borrowing_in_everyday_words_is_the_loan(service):
    answer = service.ask("栎溪县家里困难的大学生上学借钱，人均借了多少")
    assert not answer.abstained and "7500" in answer.answer and "2000元" not in answer.answer, answer.answer
