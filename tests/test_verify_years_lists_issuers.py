"""False abstentions and confident wrong figures of the verification gates, by class, on documents
written here (real ingest, Service.ask):
- `哪几件事`, `哪几项工作` ask which ones, not how many: no "no figure stated" refusal of a list;
- a rate of 孩子 is the documents' rate of 儿童/儿童少年, and a table caption's `表1` is no indicator;
- 今年/去年/前年 are read against the document's year, in the question and in the figure's own sentence:
  a figure of 去年 never answers 前年, and the sentence of the year asked answers instead;
- a spoken bound (`不到50人`) qualifies the group counted: no key term (it would find `不到位`);
- who issued a document and on which day, from its own head or signature, cited."""

import pytest

from server.intent import classify
from server.query import key_terms
from server.service import Service
from server.timespans import relative_years
from tests.written import service_over

SPEECH = """凝心聚力 推动全县教育高质量发展
——在2025年全县教育工作会议上的讲话
上杭县教育局局长 王明
（2025年3月5日）
一、去年工作回顾
一是投入持续加大。去年全县教育经费总投入达到7.42亿元，比上年增长5.1%；全年新建学校4所。
二是队伍不断壮大。去年招聘新教师120名，其中公费师范生30名。城区学校大班额由前年的60个减少到去年的41个。
同志们，我们也要看到存在的问题：不足50名学生的农村小规模学校还有26所，办学效益不高。
二、今年重点工作
三是抓队伍建设。今年计划招聘教师90名，优先补充音体美教师。
"""

PLAN = """连城县“十四五”教育事业发展规划
连城县人民政府办公室
2021年9月30日
为加快推进教育现代化，制定本规划。规划期为2021—2025年。
一、主要指标
表1 连城县“十四五”教育事业发展主要指标
指标
2020年
2025年
属性
残疾儿童少年入学率（%）
92.4
96
约束性
九年义务教育巩固率（%）
95.8
97
约束性
二、主要任务
（一）落实学生资助。家庭经济困难学生助学金每学期开学后一个月内发放到位。
"""

POINTS = """武平县教育局2025年工作要点
武平县教育局
2025年1月20日
一、推动义务教育优质均衡
1. 迎接县域义务教育优质均衡发展省级督导评估，6月底前完成全部整改。（牵头单位：督导室）
2. 深化城乡教共体建设，全县组建城乡教共体10个。（牵头单位：基础教育科）
3. 全面落实“双减”，课后服务学生参与率保持在90%以上。（牵头单位：基础教育科）
二、加强教师队伍建设
4. 计划招聘新教师60名，其中音体美教师不少于15名。
"""


@pytest.mark.parametrize("question, number", [
    ("今年义务教育这块要干哪几件事", False),
    ("有哪几项重点工作", False),
    ("要建哪几所学校", False),
    ("义务教育抓哪几个方面", False),
    ("今年要建几所学校", True),  # a count
    ("招聘多少名教师", True),
])
def test_which_ones_asks_no_number(question, number):
    assert classify(question, set()).number is number


@pytest.mark.parametrize("text, written, years", [
    ("去年全县教育经费总投入达到7.42亿元，比上年增长5.1%", 2025, {2024}),
    ("城区学校大班额由前年的60个减少到去年的41个", 2025, {2023, 2024}),
    ("今年计划招聘教师90名，比去年多10名", 2025, {2025}),  # 比去年: the base of a comparison
    ("后年建成投用", 2024, {2026}),
    ("三年前年均增长5%", 2025, set()),  # a count of years, no year named
    ("去年招聘教师120名", None, set()),  # the document's year unknown
])
def test_relative_years_of_a_sentence(text, written, years):
    assert relative_years(text, written) == years


def test_relative_years_are_no_key_terms():
    assert not {"前年", "后年"} & set(key_terms("前年教育经费总投入大概多少"))


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "years-lists", {"shanghang-speech-2025": SPEECH, "liancheng-plan-2021": PLAN,
                                                          "wuping-points-2025": POINTS})


@pytest.mark.parametrize("question", [
    "武平县今年义务教育这块要干哪几件事",
    "武平县义务教育优质均衡有哪几项工作",
    "武平县推动义务教育优质均衡要抓哪几件事？",
])
def test_a_list_asked_by_which_ones_is_answered(service, question):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert "教共体" in answer.answer and "督导评估" in answer.answer


@pytest.mark.parametrize("question, value", [
    ("连城县2020年残疾孩子入学率是多少", 92.4),
    ("连城县2025年残疾儿童入学率要达到多少", 96),
    ("连城县2020年残疾孩子的入学率有多少？", 92.4),
])
def test_a_rate_of_children_in_everyday_words_is_the_tables_row(service, question, value):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert value in [f.value for f in answer.figures], answer.answer
    assert "“表”" not in answer.answer


@pytest.mark.parametrize("question, value", [
    ("上杭县今年打算招多少教师", 90),
    ("上杭县今年计划招聘多少名教师？", 90),
    ("上杭县去年招聘了多少新教师", 120),
    ("上杭县2024年招聘了多少新教师", 120),
])
def test_the_sentence_of_the_year_asked_answers(service, question, value):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.figures[0].value == value, answer.answer


@pytest.mark.parametrize("question, other", [
    ("上杭县前年教育经费总投入大概多少", 7.42),  # 去年's figure, never 前年's
    ("上杭县2023年教育经费总投入是多少", 7.42),
    ("上杭县前年招聘了多少新教师", 120),
    ("上杭县明年计划招聘多少教师", 90),
])
def test_a_figure_of_another_year_never_answers(service, question, other):
    answer = service.ask(question)
    assert other not in [f.value for f in answer.figures], answer.answer


@pytest.mark.parametrize("question", [
    "上杭县不到50人的村小还有多少所",
    "上杭县学生不到50人的小规模学校有几所",
    "上杭县不足50名学生的农村学校还剩多少所？",
])
def test_a_spoken_bound_is_no_key_term(service, question):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.figures[0].value == 26, answer.answer


@pytest.mark.parametrize("question, wanted", [
    ("连城县十四五教育规划是哪个单位哪天发的", ("连城县人民政府办公室", "2021年9月30日")),
    ("连城县的教育规划是什么时候印发的？", ("2021年9月30日",)),
    ("连城县教育事业发展规划是由谁发布的", ("连城县人民政府办公室",)),
    ("武平县工作要点是哪个部门哪天印发的", ("武平县教育局", "2025年1月20日")),
])
def test_who_issued_a_document_and_when(service, question, wanted):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert all(w in answer.answer for w in wanted), answer.answer
    doc = service.index.documents[answer.citations[0].doc_id]
    cited = {doc.text[c.start:c.end] for c in answer.citations}
    assert all(any(w in c for c in cited) for w in wanted)  # each particular quoted from its line


def test_a_time_of_a_measure_is_no_date_of_the_document(service):
    answer = service.ask("连城县助学金什么时候发放")
    assert "2021年9月30日" not in answer.answer, answer.answer
