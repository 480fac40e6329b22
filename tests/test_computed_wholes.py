"""A group's size a document gives only as the base of a part's share (`交流轮岗156人，占符合交流条件教师的
12%`): asked for, it is part ÷ share with both inputs cited, never the part quoted as if it were the group
(server/answer/wholes.py); the group's size stated outright is quoted, and two readings that differ abstain."""
from __future__ import annotations

import pytest

from figures.compute import ComputeError, Operand, whole_of
from server.calc import indicator_of
from server.intent import classify
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

# a supervision feedback report: counts stated with their share of a larger group, in three wordings
FEEDBACK = """关于某县义务教育优质均衡发展的督导反馈意见
县人民政府督导委员会办公室
2024年10月15日
一、总体情况
（一）教师交流。2023年全县义务教育学校教师交流轮岗156人，占符合交流条件教师的12%，其中骨干教师39人，占交流轮岗教师的25%。
（二）学前教育。全县公办园在园幼儿4200人，约占在园幼儿总数的60%。
（三）民办教育。民办学校在校生3600人，占全县在校生的比例为15%。
（四）经费保障。全年教育总投入8.5亿元，占一般公共预算支出的17%。
二、存在问题
部分乡村学校音体美教师不足。
"""
# a bulletin that states the group's size itself as well as a part's share of it
BULLETIN = """某市2024年教育事业统计公报
市教育局
2025年3月1日
全市共有普通高中32所，其中民办普通高中8所，占普通高中学校数的25%。
全市高中阶段在校生52000人。普通高中在校生36400人，占高中阶段在校生的70%。
"""


# a plan's funding and a budget's items: parts of a whole a question asks the share of by who bears it
PLAN = """某县中小学校布局调整规划（2024—2027年）
县教育局
2024年5月
五、资金保障
项目总投资6.4亿元，其中争取中央和省级资金4.8亿元，县级财政安排1.6亿元。
六、年度预算
2024年“三公”经费预算40.00万元。其中：公务用车运行费22.00万元；公务接待费18.00万元。
"""
# a bulletin's table of stages by row, its measures by column (students and full-time teachers among them)
STAGE_TABLE = """某县2024年教育事业统计公报
一、各级各类教育基本情况
表1 各学段基本情况
| 学段 | 学校数(所) | 在校生(人) | 毕业生(人) | 专任教师(人) |
| 小学 | 40 | 18000 | 3000 | 1200 |
| 初中 | 12 | 9600 | 3100 | 750 |
| 普通高中 | 3 | 5400 | 1700 | 400 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "wholes", {"county-feedback": FEEDBACK, "city-bulletin": BULLETIN,
                                                     "layout-plan": PLAN, "stage-table": STAGE_TABLE})


@pytest.mark.parametrize(("question", "value", "unit", "inputs"), [
    ("全县符合交流条件的教师大概有多少人？", 1300.0, "人", ["156人", "12%"]),
    ("全县在园幼儿总数约为多少人？", 7000.0, "人", ["4200人", "60%"]),  # `约占…总数的`
    ("全县在校生大约有多少人？", 24000.0, "人", ["3600人", "15%"]),  # `占…的比例为`
    ("全县一般公共预算支出大约是多少亿元？", 50.0, "亿元", ["8.5亿元", "17%"]),  # money, in its published scale
])
def test_the_whole_is_the_part_divided_by_its_share(service, question, value, unit, inputs):
    r = service.ask(question)
    assert first_figure(r) == (value, unit)
    assert "÷" in r.figures[0].formula
    assert sorted(i["source"]["text"] for i in r.figures[0].inputs) == sorted(inputs)
    assert inputs_cited(service, r, "county-feedback")


def test_a_group_stated_outright_is_quoted_not_recomputed(service):
    r = service.ask("全市高中阶段在校生有多少人？")
    assert first_figure(r) == (52000.0, "人")
    assert "÷" not in r.answer


def test_a_whole_that_does_not_divide_out_is_shown_rounded_too():
    result = whole_of(Operand.literal("33人"), Operand.literal("14.2%"))
    assert round(result.value, 2) == 232.39 and result.unit == "人"
    assert result.formula == "33人 ÷ 14.2% = 232.39 人（约232人）"
    assert whole_of(Operand.literal("142人"), Operand.literal("14.2%")).formula == "142人 ÷ 14.2% = 1000 人"
    with pytest.raises(ComputeError):
        whole_of(Operand.literal("33人"), Operand.literal("0%"))


@pytest.mark.parametrize("question", [
    "宁国市安排的教师培训经费够不够国家规定的比例？",
    "某县教师交流轮岗的比例和骨干教师占比够标准吗？",
    "随迁子女在公办学校上学的比例够不够优质均衡要求？",
    "全县初中三年巩固率达没达到国家要求？",
    "公办园在园幼儿占比满不满足国家要求？",
    "这个比例符不符合国家规定？",
])
def test_asking_if_a_figure_is_enough_asks_for_a_check(question):
    assert classify(question, set()).compliance


@pytest.mark.parametrize("question", [
    "全县符合交流条件的教师大概有多少人？",  # 符合 naming a group
    "符合条件的随迁子女有多少人？",
])
def test_a_group_named_by_符合_is_no_check(question):
    assert not classify(question, set()).compliance


@pytest.mark.parametrize(("question", "value", "tenths"), [
    ("规划总投资里县级财政承担了几成？", 25.0, "2.5成"),  # the whole first, the part bearing it
    ("县级财政承担了项目总投资的几成？", 25.0, "2.5成"),  # the part first
    ("项目总投资中中央和省级资金出了多大比例？", 75.0, ""),
    ("2024年“三公”经费中公务接待费占几成？", 45.0, "4.5成"),  # a whole the question writes in quotes
])
def test_a_share_asked_by_who_bears_it_is_computed_and_given_in_tenths(service, question, value, tenths):
    r = service.ask(question)
    assert first_figure(r) == (value, "%")
    assert "÷" in r.figures[0].formula
    assert tenths in r.answer
    assert inputs_cited(service, r, "layout-plan")


@pytest.mark.parametrize(("context", "key"), [
    ("其中骨干教师33人，占交流轮岗教师的23.2%", "backbone_rotation_ratio"),  # 交流轮岗 named last, the whole
    ("交流轮岗142人，占符合交流条件教师的14.2%", "rotation_ratio"),
    ("全年交流轮岗教师88人，占全县符合条件教师总数的比例为11.5%", "rotation_ratio"),
    ("骨干教师交流轮岗比例为21%", "backbone_rotation_ratio"),  # no whole written: by the words
])
def test_a_share_stated_against_a_rules_whole_is_that_rules(context, key):
    found = indicator_of(context, "%")
    assert found is not None and found.key == key


def test_both_parts_of_a_standard_in_parts_are_judged(service):
    r = service.ask("全县教师交流轮岗的比例和骨干教师占比够标准吗？")
    assert not r.abstained
    assert "10%" in r.answer and "20%" in r.answer and r.answer.startswith("达标")


@pytest.mark.parametrize(("question", "value", "cells"), [
    ("初中的生师比大约是多少？", 12.8, ["9600", "750"]),
    ("全县普通高中生师比是多少？", 13.5, ["5400", "400"]),
    ("小学生师比是多少？", 15.0, ["18000", "1200"]),
])
def test_a_stages_ratio_from_its_row_of_a_table_of_stages(service, question, value, cells):
    r = service.ask(question)
    assert first_figure(r)[0] == value
    assert sorted(i["source"]["text"] for i in r.figures[0].inputs) == sorted(cells)
    assert all(i["source"]["kind"] == "cell" for i in r.figures[0].inputs)
