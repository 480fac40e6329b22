"""A list asked in everyday words (`有啥不足`, `有啥要求`) is answered by every item of the section whose heading names
the kind (存在的不足; a commendation's 希望与要求), the items' content, not only the first, in either script.
Written documents only."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

REPORT = """椴溪县2026年学校食堂家长陪餐工作总结
一、主要做法
各校建立家长陪餐登记制度，每周安排两名家长到校陪餐。
二、存在的不足
一是部分家长工作忙，陪餐时间难以固定；二是少数学校把陪餐当成走形式，意见反馈不及时；三是山区学校陪餐家长人数偏少。
三、明年打算
继续扩大陪餐家长范围。
"""

DECISION = """桐岭县表彰优秀乡村校长的决定
一、表彰名单
授予28名同志“桐岭县优秀乡村校长”称号。
二、奖励办法
每位获表彰者颁发证书一份、奖金3000元。
三、希望与要求
一是希望各位校长珍惜荣誉，带头扎根乡村；获表彰后有违纪行为的，撤销称号、追回奖金。二是各乡镇要宣传这些校长的办学经验。三是由县教育局每年安排他们到薄弱学校蹲点指导不少于3次。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "colloquial-lists", {"duanxi-meals": REPORT, "tongling-decision": DECISION})


@pytest.mark.parametrize("question", ["椴溪县家长陪餐还有啥不足", "椴溪縣家長陪餐還有啥不足"])
def test_shortcomings_asked_plainly_are_every_item(service: Service, question: str) -> None:
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert "走形式" in r.answer and "山区学校" in r.answer and "工作忙" in r.answer, r.answer


def test_a_commendations_hopes_and_requirements_are_its_requirements(service: Service) -> None:
    r = service.ask("桐岭县给获表彰校长提了啥要求")
    assert not r.abstained, r.answer
    assert "撤销" in r.answer and "蹲点指导" in r.answer and "宣传" in r.answer, r.answer
