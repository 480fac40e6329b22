"""A place the question writes by its short form (某川 for 某川县) is read as the place wherever a check takes the
places out of the question: a school named after it (某川实验中学) is the document's 县实验中学, whose case the
passage states. Documents written here (invented places); the real pipeline answers."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

FEEDBACK = """翀岭县人民政府教育督导室关于县实验中学办学水平督导评估的反馈意见
翀岭县人民政府教育督导室
2026年5月8日
一、基本情况
县实验中学现有教学班36个，在校生1680人，专任教师142人。
二、主要成绩
学校课程开设齐全，课后服务覆盖全体学生。
三、存在问题
物理、化学分组实验开出率仅为百分之七十六，低于规定的百分之九十。
四、整改要求
学校须于2026年9月前完成实验室设备补充，分组实验开出率达到百分之九十以上。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "short-places", {"chongling-feedback-2026": FEEDBACK})


@pytest.mark.parametrize("question", ["翀岭县实验中学分组实验开出率达标了吗", "翀岭实验中学分组实验开出率达标了吗"])
def test_a_school_named_after_its_place_in_either_form_is_the_documents_school(service, question):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert "76" in answer.answer or "七十六" in answer.answer, answer.answer


def test_a_school_the_passages_never_name_is_still_refused(service):
    answer = service.ask("翀岭第三中学分组实验开出率达标了吗")
    assert answer.abstained, answer.answer
