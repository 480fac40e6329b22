"""A rate a report states for one school judged against the rule its document sets on every unit meeting a
condition (`开设X的，Y率不得低于N%`), the rule naming no school, both cited with the verdict; and a rate asked that
the document states for that school under another name only: not stated, the closest named, never its value as
the answer. Written documents only — server/answer/reachedrule.py, server/answer/verify.py (_stated_rates)."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

REVIEW = """枞溪区2026年作业批改情况通报
一、抽查概况
本学期区里抽看了28所学校的作业批改，大部分学校批改较及时。
二、主要不足
（一）少数教师批改只打等级，不写评语。
（二）个别学校落实不力，区第七中学线上作业二次反馈率仅为64%。
三、工作要求
（一）开设线上作业的，二次反馈率不得低于75%，达不到的要在下月底以前整改到位。
（二）每学期举办1次作业展评。
表1 分学段作业抽看情况
| 类别 | 抽看作业（份） | 优良（份） | 优良率 |
| --- | --- | --- | --- |
| 小学 | 1200 | 840 | 70.0% |
| 初中 | 800 | 520 | 65.0% |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "rule-on-condition", {"congxi-homework-review": REVIEW})


def test_a_rate_below_the_documents_conditional_rule_is_not_met(service: Service) -> None:
    r = service.ask("枞溪区第七中学的线上作业反馈率达标没有")
    assert not r.abstained, r.answer
    assert "不达标" in r.answer and "64%" in r.answer and "75%" in r.answer, r.answer
    assert len(r.citations) == 2, r.answer  # the value's sentence and the rule's


def test_a_rate_the_school_has_only_under_another_name_is_not_stated(service: Service) -> None:
    r = service.ask("枞溪区第七中学的作业优良率多高")
    assert r.abstained, r.answer
    assert "反馈率" in r.answer and "优良率" in r.answer, r.answer
