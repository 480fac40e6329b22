"""What a summary says was done (`主要抓了哪些事`) or will be done next (`接下来怎么抓`): every item of the one section
of the work done (`主要做法`) or planned (`下步举措`, `明年打算`), each item's content — never the opening sentence
alone, and never an item of the problems section. Written documents only."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

SUMMARY = """桉岭县教育局关工委2026年工作总结
2026年，县教育局关工委围绕关心下一代中心任务，动员离退休教师发挥余热，各项工作平稳推进。现总结如下。
一、基本情况
全县现有关工委基层组织36个，聚集“五老”志愿者410名。
二、主要做法
（一）抓宣讲教育。组织“五老”宣讲团走进校园，全年开展报告会58场。
（二）抓帮扶助学。结对帮扶困难学生260名，发放助学金18万元。
（三）抓网吧监督。聘请义务监督员45名，每月巡查一次校园周边网吧。
三、存在问题
部分乡镇关工委活动经费不足，“五老”志愿者年龄偏大，骨干力量后继乏人。
四、明年打算
（一）扩充志愿者队伍，吸收新近退休的教师加入。
（二）建设10个校外辅导站，覆盖全部乡镇。
（三）办好“家庭教育大讲堂”，每季度至少举办一期。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "work-sections", {"anling-summary": SUMMARY})


def test_the_work_done_is_every_item_of_the_done_section(service: Service) -> None:
    r = service.ask("桉岭县关工委今年主要抓了哪些事")
    assert not r.abstained, r.answer
    for item in ("抓宣讲教育", "抓帮扶助学", "抓网吧监督"):
        assert item in r.answer, r.answer
    assert "后继乏人" not in r.answer and "扩充志愿者队伍" not in r.answer, r.answer


def test_the_next_steps_are_every_item_of_the_planned_section(service: Service) -> None:
    r = service.ask("桉岭县关工委接下来怎么抓")
    assert not r.abstained, r.answer
    for item in ("扩充志愿者队伍", "10个校外辅导站", "家庭教育大讲堂"):
        assert item in r.answer, r.answer
    assert "后继乏人" not in r.answer and "抓宣讲教育" not in r.answer, r.answer
