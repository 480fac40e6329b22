"""What a summary says was done (`都抓了些什么`) or will be done next (`接下来打算怎么干`): every item of the one
section of the work done (`做法与成效`) or planned (`下一步举措`, `来年打算`), each item's content — never the
opening sentence alone, and never an item of the problems section. Written documents only."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

SUMMARY = """桉岭县教育局关工委本年度工作回顾
本年度，县教育局关工委把关心下一代当作头等大事，带动退休老教师发挥余热，工作有序开展。回顾如下。
一、概况
全县现有关工委基层组织36个，“五老”志愿者410名。
二、做法与成效
（一）抓宣讲教育。组织老同志宣讲团进校园，全年作报告58场。
（二）抓帮扶助学。结对困难学生260名，发放助学金18万元。
（三）抓网吧监督。聘请义务监督员45名，每月巡查校园周边网吧。
三、问题与短板
部分乡镇关工委缺少活动经费，志愿者年龄普遍偏大，后继乏人。
四、下一步举措
（一）扩充志愿者队伍，吸收新退休的教师加入。
（二）建设10个校外辅导站，覆盖全部乡镇。
（三）办好“家庭教育大讲堂”，一季度至少开讲一次。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "work-sections", {"anling-summary": SUMMARY})


def test_the_work_done_is_every_item_of_the_done_section(service: Service) -> None:
    r = service.ask("桉岭县关工委这一年都抓了些什么")
    assert not r.abstained, r.answer
    for item in ("抓宣讲教育", "抓帮扶助学", "抓网吧监督"):
        assert item in r.answer, r.answer
    assert "后继乏人" not in r.answer and "扩充志愿者队伍" not in r.answer, r.answer


def test_the_next_steps_are_every_item_of_the_planned_section(service: Service) -> None:
    r = service.ask("桉岭县关工委接下来打算怎么干")
    assert not r.abstained, r.answer
    for item in ("扩充志愿者队伍", "10个校外辅导站", "家庭教育大讲堂"):
        assert item in r.answer, r.answer
    assert "后继乏人" not in r.answer and "抓宣讲教育" not in r.answer, r.answer
