"""The classes of questions of issue 11, on documents written here (a county plan with an indicator
table and a project table, a county work summary): whole-table queries, targets and measures by
heading, the indicator asked and no other, like with like in compliance, the quantity asked, shares
from prose, which documents say it, and the check that turns a figure that does not fit into an
abstention. Real ingest, real model, real Chroma, Service.ask."""

import pytest

from ingest.normalize import normalize
from server.answer.text import measure_span
from server.query import analyse
from server.schemas import AskResponse
from server.service import Service
from server.timespans import period_years
from tests.written import service_over

PLAN = """清河县“十四五”教育发展规划（2021—2025年）
清河县人民政府
2021年6月1日
一、“十三五”发展成就
“十三五”期间，全县新建学校3所，新增学位2700个。全县有专任教师1200人，其中研究生学历96人。全县学前三年毛入园率达到91.2%。全县推进集团化办学，组建教育集团5个。
二、发展目标
到2025年，全县学前三年毛入园率达到95%，义务教育巩固率达到98%，基本实现县域义务教育优质均衡发展，建成覆盖城乡的公共教育服务体系。
表1 主要指标
| 指标 | 2020年 | 2025年 | 属性 |
| 学前三年毛入园率（%） | 91.2 | 95 | 预期性 |
| 义务教育巩固率（%） | 96.5 | 98 | 约束性 |
| 高中阶段毛入学率（%） | 92 | 95 | 约束性 |
| 小学学位（个） | 12000 | 15000 | 预期性 |
三、重点项目
表3 重点建设项目
| 项目名称 | 建设年份 | 占地面积（平方米） | 投资（万元） |
| 城东小学 | 2024 | 16000 | 5200 |
| 河西中学 | 2025 | 24000 | 8800 |
| 北关幼儿园 | 2025 | 6000 | 1500 |
| 南湖小学 | 2023 | 18000 | 6100 |
四、主要措施
一是加强师资队伍建设。每年招聘新教师80名，开展全员培训，推进县管校聘改革。
二是改善办学条件。实施薄弱学校改造工程，配齐音体美器材。
三是深化教育改革。推进集团化办学，扩大优质教育资源覆盖面。
学校公用经费投入50万元，用于改善办学条件。
"""

SUMMARY = """抚松县2024年教育工作总结
抚松县教育局
2024年12月20日
一、主要成效
全县有中小学45所，在校学生3.2万人，专任教师2600人。全县推进集团化办学，组建教育集团3个。义务教育巩固率达到97.3%。
全县特殊教育学校公用经费全年投入60万元，在校生80人。
全县小学入学率从98.1%提升至99.6%。城镇学校教师月平均工资6800元、农村学校教师月平均工资7200元。本科以上学历教师占比86.5%。全县有幼儿园40所，其中公办幼儿园28所。全县参加市级培训的教师300人，其中骨干教师占30%。
全县参与交流轮岗教师60名，占比12%；其中，交流轮岗的骨干教师9名，占比15%。
全县学生人数100人以下的小规模学校有12所。城镇、农村学校专任教师分别为1500人、1100人，每千人托位、养老床位数分别达到3.2个、25张。
二、存在问题
农村学校师资薄弱，教师结构性缺编。
"""

# a 2026 work report: the five-year period's aims (2026–2030) before this year's targets
REPORT = """2026年白山市政府工作报告
2026年1月20日在白山市第十届人民代表大会第五次会议上
一、2025年工作回顾
全年完成交通重点工程36项。全年22项民生实事项目全部完成，城镇新增就业2.1万人。
二、“十五五”时期主要目标
“十五五”时期，全市普惠性托位年均增长5%左右，教育强市建设取得重要进展。
三、2026年重点工作
今年经济社会发展主要预期目标是：普惠性托位增长8%左右，城镇新增就业2万人以上。今年将实施25项民生实事项目。
"""
PLAN_ID, SUMMARY_ID, REPORT_ID = "qinghe-plan", "fusong-summary", "baishan-report-2026"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "classes", {PLAN_ID: PLAN, SUMMARY_ID: SUMMARY, REPORT_ID: REPORT})


def cited(response: AskResponse, doc_id: str, quote: str) -> bool:
    want = normalize(quote, drop_space=True)
    return any(c.doc_id == doc_id and want in normalize(c.text, drop_space=True) for c in response.citations)


def exact_offsets(service: Service, response: AskResponse) -> bool:
    return all(c.text == service.index.documents[c.doc_id].text[c.start:c.end] for c in response.citations)


# --- 1. questions over a whole table ---------------------------------------------------------------

def test_sum_over_a_table_column_cites_every_input_row(service):
    r = service.ask("表3中占地面积合计多少？")
    assert not r.abstained and r.figures[0].value == 64000 and r.figures[0].unit == "平方米"
    assert r.figures[0].formula == "16000 + 24000 + 6000 + 18000 = 64000 平方米"
    assert len(r.citations) == 4 and all(c.doc_id == PLAN_ID for c in r.citations)
    assert exact_offsets(service, r)


def test_rows_filtered_by_a_year_cell_are_listed_and_counted(service):
    r = service.ask("重点建设项目中哪些项目是2025年的？有几个？")
    assert not r.abstained and r.answer.startswith("2个：河西中学、北关幼儿园")
    assert r.figures[0].value == 2
    assert cited(r, PLAN_ID, "河西中学 | 2025") and cited(r, PLAN_ID, "北关幼儿园 | 2025")
    assert not cited(r, PLAN_ID, "城东小学")


def test_the_largest_row_by_a_column(service):
    r = service.ask("重点建设项目中占地面积最大的是哪个项目？")
    assert not r.abstained and r.answer.startswith("河西中学") and r.figures[0].value == 24000


def test_rows_by_a_text_cell_of_an_indicator_table(service):
    """The label column of this table is its first: the 2020 column is data, 属性 a category."""
    r = service.ask("主要指标里约束性指标有哪些？")
    assert not r.abstained and r.answer.startswith("共2项：义务教育巩固率、高中阶段毛入学率")
    assert "学前三年毛入园率" not in r.answer.split("。")[0]


# --- 2./3. targets and measures by the heading that names them ---------------------------------------

def test_a_target_question_quotes_the_target_sections_content(service):
    r = service.ask("清河县规划的发展目标是什么？")
    assert not r.abstained and "发展目标" in r.answer.splitlines()[0]
    assert "基本实现县域义务教育优质均衡发展" in r.answer and "建成覆盖城乡" in r.answer
    assert "| 2020年 |" not in r.answer  # the indicator table is cited by its caption, not pasted
    assert "表1" in r.answer and cited(r, PLAN_ID, "| 义务教育巩固率（%） | 96.5 | 98 | 约束性 |")


def test_a_measures_question_lists_every_item_with_its_content(service):
    r = service.ask("清河县有哪些主要措施？")
    lines = r.answer.splitlines()
    assert not r.abstained and "主要措施" in lines[0] and len(lines) == 4
    assert "每年招聘新教师80名" in lines[1] and "配齐音体美器材" in lines[2] and "扩大优质教育资源覆盖面" in lines[3]
    # the section's list quoted whole is one passage: one citation holding every item
    assert len(r.citations) == 1 and exact_offsets(service, r)
    for item in ("每年招聘新教师80名", "配齐音体美器材", "扩大优质教育资源覆盖面"):
        assert item in r.citations[0].text, r.citations


def test_a_measure_heading_is_quoted_with_the_items_under_it():
    text = ("第三，以队伍为第一资源，着力夯实根基。一是完善补充机制。每年招聘教师120人。"
            "二是落实待遇保障。新建周转房300套。（四）加强党建。")
    heading = (0, text.index("一是"))
    start, end = measure_span(text, len(text), heading)
    assert text[start:end].endswith("新建周转房300套。")  # its 一是/二是 items, not the next （四）
    item = (text.index("一是"), text.index("每年"))
    assert text[slice(*measure_span(text, len(text), item))] == "一是完善补充机制。每年招聘教师120人。"


# --- 4. never compare unlike things ------------------------------------------------------------------

def test_an_indicator_not_stated_is_refused_naming_the_closest_one(service):
    r = service.ask("清河县普惠性幼儿园覆盖率是多少？")
    assert r.abstained and r.figures == []
    assert "普惠性幼儿园覆盖率" in r.answer and "最接近的指标是“学前三年毛入园率”" in r.answer


def test_a_yes_no_question_with_a_threshold_is_a_compliance_check(service):
    r = service.ask("抚松县义务教育巩固率达到98%了吗？")
    assert not r.abstained and r.answer.startswith("未达标") and "97.3%" in r.answer


def test_a_standard_in_parts_judges_every_part_the_document_states(service):
    r = service.ask("抚松县教师交流轮岗比例是否达到国家标准？")
    assert not r.abstained and "12% ≥ 10%" in r.answer and "15% < 20%" in r.answer
    assert r.answer.startswith("未达标")  # 骨干教师 15% of those rotated falls short of 20%
    assert cited(r, SUMMARY_ID, "交流轮岗的骨干教师9名，占比15%")


def test_a_total_is_not_judged_against_a_per_student_standard(service):
    r = service.ask("清河县学校公用经费是否达到生均公用经费标准？")
    assert r.abstained and "总量" in r.answer and r.figures == []


def test_a_total_with_its_students_is_judged_per_student(service):
    r = service.ask("抚松县特殊教育学校公用经费是否达标？")
    assert not r.abstained and r.answer.startswith("达标")
    assert "7500" in r.answer and "6000" in r.answer  # 600000 ÷ 80 against 6000元/生/年
    assert cited(r, SUMMARY_ID, "特殊教育学校公用经费全年投入60万元，在校生80人")


# --- 5. the quantity asked for -----------------------------------------------------------------------

def test_the_count_of_the_noun_asked_not_the_first_number(service):
    r = service.ask("清河县“十三五”期间新增了多少个学位？")
    assert not r.abstained and r.answer.startswith("2700个") and r.figures[0].value == 2700


def test_several_things_asked_each_get_a_figure(service):
    r = service.ask("抚松县有多少所中小学？在校学生和专任教师各多少？")
    assert not r.abstained
    assert {(f.value, f.unit) for f in r.figures} == {(45, "所"), (3.2, "万人"), (2600, "人")}


def test_a_change_from_to_answers_with_the_value_reached(service):
    r = service.ask("抚松县小学入学率是多少？")
    assert not r.abstained and r.answer.startswith("99.6%") and r.figures[0].value == 99.6


def test_the_same_measure_asked_of_several_things_gives_each(service):
    r = service.ask("抚松县城乡学校教师月平均工资分别是多少？")
    assert not r.abstained and [(f.value, f.unit) for f in r.figures] == [(6800, "元"), (7200, "元")]
    assert "城镇学校教师月平均工资6800元" in r.answer and "农村学校教师月平均工资7200元" in r.answer


def test_a_share_asked_as_tenths_wants_a_percentage(service):
    r = service.ask("抚松县本科以上学历教师占几成？")
    assert not r.abstained and (r.figures[0].value, r.figures[0].unit) == (86.5, "%")
    # a count is no answer to it (the verification step holds the figure's unit against these)
    assert analyse("抚松县公办幼儿园的孩子占了几成？", service.catalog).units == ("%", "百分点")
    r = service.ask("抚松县幼儿园中公办幼儿园占几成？")  # stated as counts only: the share is computed
    assert not r.abstained and (r.figures[0].value, r.figures[0].unit) == (70, "%")
    assert "28 ÷ 40" in r.figures[0].formula


def test_values_listed_respectively_belong_to_their_items(service):
    r = service.ask("抚松县农村学校专任教师有多少人？")
    assert not r.abstained and r.figures[0].value == 1100
    r = service.ask("抚松县城镇学校专任教师有多少人？")  # 城镇 takes the noun of the last item
    assert not r.abstained and r.figures[0].value == 1500
    r = service.ask("抚松县每千人口托位数是多少？")  # 每千人口 as documents also write it: 每千人
    assert not r.abstained and (r.figures[0].value, r.figures[0].unit) == (3.2, "个")


def test_a_count_describing_a_noun_is_not_its_count(service):
    r = service.ask("抚松县学生人数100人以下的小规模学校有多少所？")
    assert not r.abstained and (r.figures[0].value, r.figures[0].unit) == (12, "所")
    r = service.ask("抚松县小规模学校的学生有多少？")  # `100人以下的学校`: a size, not how many students
    assert r.abstained and r.figures == []


# --- 6. shares from prose ----------------------------------------------------------------------------

def test_a_share_from_the_part_and_the_whole_a_passage_states(service):
    r = service.ask("清河县研究生学历教师占比是多少？")
    assert not r.abstained and r.figures[0].value == pytest.approx(8.0)
    assert "96 ÷ 1200" in r.figures[0].formula
    assert [i["text"] for i in r.figures[0].inputs] == ["96人", "1200人"]
    assert cited(r, PLAN_ID, "全县有专任教师1200人，其中研究生学历96人")


def test_the_count_of_a_part_stated_only_as_a_share_of_a_whole(service):
    r = service.ask("抚松县参加市级培训的教师中骨干教师大约有多少人？")
    assert not r.abstained and (r.figures[0].value, r.figures[0].unit) == (90, "人")
    assert r.figures[0].formula == "300人 × 30% = 90 人"
    doc = service.index.documents[SUMMARY_ID]
    assert all(doc.text[i["source"]["start"]:i["source"]["end"]] == i["source"]["text"] for i in r.figures[0].inputs)
    r = service.ask("抚松县参加市级培训的教师有多少人？")  # the whole is stated: no computation
    assert not r.abstained and r.answer.startswith("300人")


# --- 7. which documents say it; one figure per place -------------------------------------------------

def test_which_documents_mention_a_policy_lists_each_with_its_sentence(service):
    r = service.ask("哪些文件提到了集团化办学？")
    assert not r.abstained and r.answer.startswith("共2份文件")
    assert {c.doc_id for c in r.citations} == {PLAN_ID, SUMMARY_ID}
    assert all("集团化办学" in c.text for c in r.citations)


def test_a_comparison_across_places_gives_one_figure_per_place(service):
    r = service.ask("清河县和抚松县义务教育巩固率分别是多少？")
    lines = r.answer.splitlines()
    assert not r.abstained and len(lines) == 2
    assert {line[:3] for line in lines} == {"清河县", "抚松县"} and "97.3%" in r.answer


# --- differences of figures and the check before answering -------------------------------------------

def test_a_difference_between_two_year_columns_of_a_row(service):
    r = service.ask("清河县2025年小学学位比2020年多多少？")
    assert not r.abstained and r.figures[0].value == 3000
    assert r.figures[0].formula.startswith("15000 − 12000 = 3000")


def test_a_passage_naming_the_year_asked_wins_over_a_plan_period_that_covers_it(service):
    r = service.ask("白山市2026年普惠性托位增长目标是多少？")
    assert not r.abstained and r.answer.startswith("8%左右")
    assert cited(r, REPORT_ID, "普惠性托位增长8%左右")


def test_a_quoted_plan_period_in_a_heading_dates_its_passages():
    assert period_years("（一）“十三五”取得成绩") == {"2016", "2017", "2018", "2019", "2020"}
    assert period_years("第十五条") == set()  # a number, not the 十五 plan


def test_a_reviewed_periods_figures_speak_for_its_last_year(service):
    r = service.ask("清河县2020年研究生学历教师有多少人？")
    assert not r.abstained and r.figures[0].value == 96
    r = service.ask("清河县2018年研究生学历教师有多少人？")  # the review states 2020's, not each year's
    assert r.abstained and "2018" in r.answer


def test_a_difference_whose_second_side_borrows_the_first_sides_noun(service):
    r = service.ask("白山市2026年计划实施的民生实事项目比2025年完成的多几项？")
    assert not r.abstained and r.figures[0].formula.startswith("25 − 22 = 3")
    assert cited(r, REPORT_ID, "今年将实施25项民生实事项目") and cited(r, REPORT_ID, "全年22项民生实事项目全部完成")


def test_a_year_the_plan_does_not_reach_is_refused(service):
    r = service.ask("清河县2030年义务教育巩固率目标是多少？")
    assert r.abstained and "2030" in r.answer and r.figures == []
