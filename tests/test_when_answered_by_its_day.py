"""A question asking when is answered by the sentence dating the thing asked to a day, a month or a deadline —
not by the document's title or head, whose year dates the document, nor by a sentence stating a year alone.
The documents are written here (invented places); the real pipeline answers."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

# a notice whose head names the thing asked and its year, and whose body dates the thing to days
NOTICE = """汐川县2026年秋季中小学教师资格认定公告
汐川县教育局
根据年度工作安排，现将我县秋季教师资格认定事项公告如下。
申请人须持有普通话水平测试等级证书和体检合格证明。
报名时间为10月9日至10月20日，逾期不予受理。
一、认定对象为户籍或居住证在本县的申请人。
二、现场确认须携带身份证件原件及学历证书原件。
三、认定结果在县教育局网站公示。
"""

# a plan whose head opens on a year (the year the work runs) and whose measure sets the work's deadline
PLAN = """淇浦县2026年中小学食堂改造工作方案
淇浦县教育局
2026年，全县计划完成中小学食堂改造12所，改善学生就餐条件。
一、工作任务
（一）各项工程须于2026年8月底前全部完工，确保秋季开学投入使用。
（二）各校改造完成后由县教育局组织验收。
二、保障措施
县财政安排食堂改造资金960万元。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "when-by-day", {"xichuan-certification-2026": NOTICE,
                                                          "qipu-canteens-2026": PLAN})


def test_when_to_register_is_the_sentence_dating_registration_not_the_title(service):
    answer = service.ask("汐川县秋季教师资格认定什么时候报名")
    assert not answer.abstained, answer.answer
    assert "10月9日" in answer.answer and "10月20日" in answer.answer, answer.answer


def test_when_work_is_done_is_its_deadline_not_the_year_the_head_opens_on(service):
    answer = service.ask("淇浦县食堂改造什么时候完工")
    assert not answer.abstained, answer.answer
    assert "8月底前" in answer.answer, answer.answer
