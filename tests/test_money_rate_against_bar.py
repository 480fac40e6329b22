"""A fund's 使用率 (执行率) that a notice leaves to compute from two money amounts — the amount used ÷ the amount
received or allotted, each stated in its own paragraph (the received one may be restated 折合…万元 after the thing
it names) — judged against the bar the notice sets itself (不得低于N%), on documents written here (real ingest,
Service.ask). A bar not met is said so; a notice stating no amount received gives no computed rate."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

GIFTS = """棠浦县爱心助学物资使用情况说明
棠浦县教育局
2026年9月13日
一、收到情况
上半年，共有企业和个人41家向县教育发展中心赠送文具和图书，折合金额52.0万元。
二、物资去向
截至6月30日，已使用赠送物资折合44.2万元，余下部分留作秋季开学使用。
三、有关要求
县里要求，赠送物资的使用率在年内不得低于90%。
"""

GRANT = """柘川区校舍维修资金执行情况说明
柘川区教育局
2026年10月19日
一、资金下达
区财政今年下达校舍维修资金共计300万元。
二、执行情况
截至9月底，各校已执行维修资金255万元。
三、有关要求
区里要求，维修资金的执行率在年内不得低于88%。
"""

UNSTATED = """岭桥县助学资金使用情况说明
岭桥县教育局
2026年8月7日
一、使用情况
截至7月底，已使用助学资金38.5万元，共资助学生410人。
二、有关要求
县里要求，助学资金的使用率在年内不得低于86%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "money-rates", {
        "tangpu-gifts-2026": GIFTS, "zhechuan-grant-2026": GRANT, "lingqiao-aid-2026": UNSTATED})


def test_a_use_rate_computed_from_the_amounts_is_judged_against_the_notices_bar(service):
    answer = service.ask("棠浦县赠送物资使用率达到县里规定了吗")
    assert not answer.abstained, answer.answer
    assert first_figure(answer) == (85.0, "%"), answer.answer
    assert answer.answer.startswith("未"), answer.answer


def test_an_execution_rate_over_the_amount_allotted_falls_short_of_its_bar(service):
    answer = service.ask("柘川区维修资金的执行率达标了吗")
    assert not answer.abstained, answer.answer
    assert first_figure(answer) == (85.0, "%") or "85%" in answer.answer, answer.answer
    assert answer.answer.startswith(("不", "未")), answer.answer


def test_no_rate_is_computed_without_the_amount_received(service):
    answer = service.ask("岭桥县助学资金使用率达到县里规定了吗")
    assert "%" not in answer.answer.split("依据")[0].replace("86%", ""), answer.answer
