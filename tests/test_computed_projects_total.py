"""The total of a plan's numbered projects asked without naming them (`规划列的那些重点工程一共要投多少钱`): the
amounts its items state under the money word asked, added with the formula, an item without one left out and
said so; never when a passage states the projects' total itself, beside the items or in another chapter.
Documents written here, real ingest."""

import pytest

from server.service import Service
from tests.written import service_over

PLAN = """岚溪县教育事业发展第十四个五年规划
第一章 现实基础
全县现有中小学校64所，在校学生3.4万人，专任教师2710人。义务教育阶段学校全部通过基本均衡验收，学前教育普及普惠\
水平持续提升，职业教育服务产业能力不断增强，教师队伍年龄结构、学科结构逐步改善，家长和社会满意度稳步提高。
第四章 重大工程
1.县城学位扩容工程。在县城东片区新建九年一贯制学校1所，可容纳学生2700人，计划投资2.4亿元。
2.乡镇寄宿制学校提升工程。改造学生宿舍、食堂和浴室，计划投资0.9亿元。
3.教师发展中心建设工程。建设县级教师发展中心，承担全县教师培训任务。
4.智慧校园工程。为全县学校配齐交互式教学设备，计划投资0.45亿元。
"""

# the items listed in one chapter, their total stated in another: the stated total answers
PLAN2 = """石楠县教育发展规划（2021—2025年）
第二章 发展目标
到2025年，全县学前三年毛入园率达到93%以上，义务教育巩固率保持在98%以上，高中阶段毛入学率达到94%。
第五章 重点建设工程
1.城区义务教育扩容工程：新建城南小学，新增学位1620个，总投资1.3亿元。
2.农村学校改薄工程：改造农村学校校舍4.2万平方米，总投资0.8亿元。
3.职业教育实训基地工程：建成汽修、电商两个实训基地。
第六章 保障措施
加强经费保障。规划期内，全县共安排教育重点建设工程3项，总投资3.5亿元，由县财政统筹、争取上级专项资金解决。
"""

# a total stated before the items in the same passage
PROJECTS = """云川县教育局2025年重点项目安排
一、项目安排
今年教育重点项目投资2600万元，分别是：（一）校园安全设施项目，投资900万元；（二）学校厕所改造项目，投资1700万元。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "projects-total", {"lanxi-plan-2021": PLAN, "shinan-plan-2021": PLAN2,
                                                             "yunchuan-projects-2025": PROJECTS})


@pytest.mark.parametrize("question", [
    "岚溪规划列的那些重大工程计划投资加起来是多少",
    "岚溪十四五重大工程一共要投资多少钱",
    "岚溪十四五那几个重大工程计划投资合计多少",
])
def test_the_items_amounts_added(service: Service, question: str) -> None:
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert round(answer.figures[0].value, 2) == 3.75 and answer.figures[0].unit == "亿元", answer.answer
    assert "2.40 + 0.90 + 0.45" in answer.answer and "未写" in answer.answer, answer.answer  # the item without one said


@pytest.mark.parametrize("question", [
    "石楠规划里的重点建设工程总共需要多少投资",
    # known gap: scoped to the county's own document (its place is now its region), the items' passage ranks
    # above the stated total's and the answer refuses it as one item instead of reading on — an honest
    # abstention, not a wrong figure, as for the same wording with no place named
    pytest.param("石楠县列出的几项重点建设工程投资合计多少", marks=pytest.mark.xfail(strict=True)),
])
def test_a_total_stated_in_another_passage_is_quoted_not_the_items_added(service: Service, question: str) -> None:
    # the items state 1.3 + 0.8 = 2.1亿元 (the third states none); the plan states the whole as 3.5亿元
    answer = service.ask(question)
    assert "+" not in answer.answer and "2.1亿元" not in answer.answer, answer.answer
    assert "3.5亿元" in answer.answer, answer.answer


def test_a_total_stated_beside_its_items_is_not_added_again(service: Service) -> None:
    answer = service.ask("云川今年教育重点项目一共投资多少")
    assert "900 + 1700" not in answer.answer and "+" not in answer.answer, answer.answer
