"""The total of a plan's numbered projects asked without naming them (`专栏里那几个工程总投资加起来多少`): the
amounts its items state under the money word asked, added with the formula, an item without one left out and
said so; never when the passage states a total beside its items. Documents written here, real ingest."""

import pytest

from server.service import Service
from tests.written import service_over

PLAN = """明溪县“十四五”教育事业发展规划
第一章 发展基础
“十三五”期间，全县累计投入教育经费12.4亿元，新建、改扩建校舍8.6万平方米，办学条件明显改善。全县现有各级各类\
学校58所，在校学生2.1万人，专任教师1860人。学前三年毛入园率达到93.5%，九年义务教育巩固率达到98.2%，高中阶段\
毛入学率达到91.3%。教师队伍结构不断优化，城乡教育差距逐步缩小，群众满意度持续提升。
第二章 主要任务
专栏2 “十四五”教育重点工程
1.公办幼儿园建设工程：新建县城第三幼儿园、夏阳乡中心幼儿园，新增学位720个，总投资0.8亿元。
2.义务教育学校扩容工程：新建城东小学，新增学位1800个，总投资2.2亿元。
3.教师队伍建设工程：每年招聘教师不少于60名。
4.教育信息化工程：建成智慧教室200间，总投资0.6亿元。
"""

BUDGET = """清流县教育局2025年重点项目安排
一、项目安排
全年重点项目总投资3200万元，具体为：（一）校舍维修项目，投资1500万元；（二）运动场改造项目，投资1700万元。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "projects-total", {"mingxi-plan-2021": PLAN, "qingliu-projects-2025": BUDGET})


@pytest.mark.parametrize("question", [
    "明溪十四五专栏里那几个工程总投资加起来多少",
    "明溪重点工程一共投资多少",
    "明溪县教育重点工程的总投资合计是多少",
])
def test_the_items_amounts_added(service, question):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert round(answer.figures[0].value, 2) == 3.6 and answer.figures[0].unit == "亿元", answer.answer
    assert "0.8 + 2.2 + 0.6" in answer.answer and "未写" in answer.answer, answer.answer  # the item without one said


def test_a_total_stated_beside_its_items_is_not_added_again(service):
    answer = service.ask("清流重点项目一共投资多少")
    assert "1500 + 1700" not in answer.answer and "+" not in answer.answer, answer.answer
