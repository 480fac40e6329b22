"""Each ask of a question finds its own figure, on documents written here (real ingest, Service.ask):
a fund whose name the document writes with a modifier inside it (财政专项资金 for 财政资金); an action's
amount stated in the paragraph under its heading line, not an indicator row in another unit; a
standard per head before 的标准; an ask that gives a rate (`按每天4元算相当于多少天`) answered by the
amount the ask before found ÷ that rate, never by a share; a follow-up naming another row of a table
asks what the previous question asked of that row; `做了哪几项工作` answered by the items, not refused
as a number; `有什么目标` answered by every goal its sentence sets."""
import pytest

from server.service import Service
from tests.written import service_over

NOTICE = """青溪市2025年“名师培育计划”实施方案
青溪市教育局 2025年3月2日
一、总体目标
2025年，我市“名师培育计划”共安排市级财政专项资金5200万元，计划培训中小学教师共计18600人，其中乡村教师占比不低于70%。
二、项目安排
项目 | 培训对象 | 培训人数（人） | 经费（万元）
骨干教师研修 | 县级以上骨干教师 | 2400 | 960
新任教师入职培训 | 入职2年内教师 | 5100 | 1020
幼儿园保教能力提升培训 | 乡村幼儿园教师 | 3300 | 870
"""
PLAN = """青石县中等职业教育提质三年行动方案（2025—2027年）
青石县教育局 2025年4月8日
一、主要目标
指标 | 2024年 | 2027年
中职学校办学条件达标率（%） | 70 | 100
二、重点任务
（一）实施校舍改造提升行动
统筹安排资金3.4亿元，对8所未达标中职学校实施改扩建，新增校舍面积6.5万平方米、教学设备值0.9亿元。2026年底前全部达标。
（二）实施校企协同育人行动
组建职教集团3个，吸纳企业200家以上。对接收学生实习的企业，按每生每月260元的标准给予补助。
"""
NEWS = """青禾县学生营养改善计划实施情况
青禾县教育局 2025年1月20日
全市全年投入营养膳食补助资金两亿元，按每生每天4元的标准为二十五万名农村义务教育学生提供营养膳食，学校食堂供餐率达到100%。
记者了解到，2025年，青禾县将继续加大投入，计划全年安排学生资助资金1.6亿元以上，并将普通高中国家助学金标准由平均每生每年2000元提高到2300元，力争资助工作满意度保持在96%以上。
"""
REPORT = """青溪市教育局2024年工作总结
青溪市教育局 2025年1月6日
一、2024年工作完成情况
（一）学前教育普惠发展。新增公办学位2600个。
（二）义务教育优质均衡稳步推进。一是优化学校布局。新建中小学6所、改扩建14所。二是推进集团化办学。组建教育集团21个。三是深化课后服务。课后服务覆盖率保持100%。
（三）职业教育产教融合。新增紧缺专业9个。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "several-own",
                        {"qingxi-teachers-2025": NOTICE, "qingshi-vocational-2025": PLAN,
                         "qinghe-meals-2024": NEWS, "qingxi-summary-2024": REPORT})


def _values(answer) -> list[tuple[float, str]]:
    assert not answer.abstained, answer.answer
    return [(round(f.value, 2), f.unit) for f in answer.figures]


@pytest.mark.parametrize("question", [
    "青溪市2025年名师培育计划共安排多少市级财政资金？计划培训多少人？",
    "青溪市名师培育计划安排了多少财政资金？计划培训多少人？",
])
def test_a_fund_named_with_a_modifier_inside_is_the_fund_asked(service, question):
    answer = service.ask(question)
    assert "5200万元" in answer.answer and "18600人" in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    "青石县中职学校校舍改造提升行动要投入多少资金？新增多少校舍面积？",
    "青石县实施校舍改造提升行动统筹安排多少资金？新增校舍面积多少？",
])
def test_an_actions_amount_is_read_under_its_heading_not_from_an_indicator_row(service, question):
    answer = service.ask(question)
    assert "3.4亿元" in answer.answer and "6.5万平方米" in answer.answer, answer.answer
    assert "0.9亿元" not in answer.answer.split("依据")[0]


@pytest.mark.parametrize("question", [
    "学生到企业实习的话，青石县给企业多少补贴？",
    "青石县对接收学生实习的企业每生每月补助多少钱？",
])
def test_a_standard_per_head_before_de_biaozhun_is_the_amount(service, question):
    answer = service.ask(question)
    assert (260.0, "元") in _values(answer), answer.answer


@pytest.mark.parametrize(("question", "days"), [
    ("青禾县营养膳食补助平均每名学生一年多少钱？按每天4元算相当于供餐多少天？", 200.0),
    ("青禾县营养膳食补助平均每名学生一年多少钱？按每天5元计算能供餐多少天？", 160.0),
])
def test_an_ask_giving_a_rate_divides_the_amount_before_by_it(service, question, days):
    answer = service.ask(question)
    values = _values(answer)
    assert (800.0, "元/人") in values, answer.answer
    computed = [f for f in answer.figures if f.unit == "天"]
    assert computed and round(computed[0].value, 2) == days and computed[0].formula, answer.answer
    assert "100%" not in answer.answer.split("依据")[0]  # a count of days is never a share


def test_a_count_asked_is_never_answered_by_a_share(service):
    answer = service.ask("青禾县营养改善计划惠及多少名学生？供餐多少天？")
    direct = answer.answer.split("依据")[0]
    assert "100%" not in direct, answer.answer


@pytest.mark.parametrize(("row", "people", "money"), [
    ("幼儿园保教能力提升培训", "3300人", "870万元"),
    ("骨干教师研修", "2400人", "960万元"),
])
def test_a_followup_naming_another_row_asks_all_the_previous_asks_of_it(service, row, money, people):
    history = [{"role": "user", "content": "青溪市2025年名师培育计划新任教师入职培训安排了多少人和多少经费？"},
               {"role": "assistant", "content": "新任教师入职培训5100人，经费1020万元。"}]
    answer = service.ask(f"那{row}呢？", history)
    assert people in answer.answer and money in answer.answer, answer.answer
    assert "5200万元" not in answer.answer


@pytest.mark.parametrize("question", [
    "青溪市2024年在推进义务教育优质均衡方面做了哪几项工作？",
    "青溪市2024年义务教育优质均衡方面开展了哪几项工作？",
])
def test_which_items_is_a_list_not_a_number(service, question):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert "优化学校布局" in answer.answer and "推进集团化办学" in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    "青禾县2025年学生资助工作有什么目标？",
    "青禾县2025年学生资助工作要达到哪些目标？",  # 达到 is the goals' verb, no standard: every goal too
])
def test_goals_asked_are_every_goal_the_sentence_sets(service, question):
    answer = service.ask(question)
    direct = answer.answer.split("依据")[0]
    assert all(g in direct for g in ("1.6亿元", "2300元", "96%")), answer.answer
    assert "2000元" not in direct  # the level it starts from is no goal


def test_total_row_name_is_a_measure_word_a_sum_word_is_not():
    from server.answer.several import _measure_words
    assert "总计" in _measure_words("总计是多少")  # the name of a budget table's total row
    assert _measure_words("加起来是多少") == []
