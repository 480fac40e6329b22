"""The same period a year before asked as the time of a value (上年同期…多少, 去年同期…是多少) when the
document states only this period's value and its change on that period (server/operation.py
asks_period_before, server/answer/changes.py YearBefore): this period's value ∓ the change, both cited;
an abstention, never this period's value, when no change on that period is stated. Documents written
here (a term's supervision report, an inspection bulletin with an aside between value and change, a
speech in Traditional script), real ingest, Service.ask."""

import pytest

from figures.changes import find_changes
from server.operation import asks_period_before
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

# a term's report: a rate with its change in points, a time with its change in minutes, no year named
TERM = """柘林区2025年秋季学期体质抽测情况
柘林区教育局
2025年12月10日
一、总体情况
本学期全区参加监测学生28400人，体质健康达标率78.5%，较去年同期上升4.2个百分点。
抽样的小学生每天视屏时长平均54分钟，较去年同期缩短9分钟。
二、下一步工作
持续开展大课间和校园体育活动。
"""

# an inspection bulletin: the count's change comes after an aside in another unit
BULLETIN = """蓼川县春季校园消防安全检查情况通报
蓼川县教育局
2026年4月20日
一、检查概况
本轮实地检查学校52所。共排查出消防隐患38处，分属17所学校，较上年同期减少6处。
全县学校灭火器配备率100%。
二、整改要求
相关学校须在5月20日前整改到位。
"""

# a speech in Traditional script: a count with its rise on last year's same period
SPEECH = """棲霞灣區教育局局長在2026年春季開學會議上的講話
棲霞灣區教育局局長 蔣文清
2026年3月2日
今年春季學期，全區新招收隨遷子女入學1460人，比去年同期增加120人。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "period-before", {
        "zhelin-term-2025": TERM, "liaochuan-bulletin-2026": BULLETIN, "qixiawan-speech-2026": SPEECH})


@pytest.mark.parametrize("question, value, unit", [
    ("柘林区去年同期学生体质健康达标率是多少？", 74.3, "%"),  # a rate less its rise in points
    ("柘林区去年同期小学生每天视屏时长平均多少分钟？", 63, "分钟"),  # a time plus its fall (缩短)
    ("蓼川县上年同期排查出多少处消防隐患？", 44, "处"),  # the aside (17所学校) is not the change's value
    ("棲霞灣區上年同期招收了多少隨遷子女？", 1340, "人"),
])
def test_the_period_before_is_this_periods_value_less_its_change(service, question, value, unit):
    answer = service.ask(question)
    assert first_figure(answer) == (value, unit), answer.answer
    doc = next(c.doc_id for c in answer.citations)
    assert inputs_cited(service, answer, doc), answer.answer


def test_no_change_on_the_period_before_is_no_answer(service):
    # the 52所 is this spring's count: no change on last year is stated, so none is computed nor quoted
    answer = service.ask("蓼川县上年同期共检查学校多少所？")
    assert answer.abstained or "52" not in answer.answer, answer.answer


@pytest.mark.parametrize("question, asks", [
    ("上年同期收到了多少件投诉？", True),
    ("去年同期参与率是多少", True),
    ("与上年同期相比增加了多少？", False),  # a change on it, not its value
    ("较去年同期上升了几个百分点？", False),
    ("2024年同期参与率是多少？", False),  # a year named: the year decides
])
def test_the_period_before_asked_as_the_time(question, asks):
    assert asks_period_before(question) is asks


def test_an_aside_in_another_unit_between_value_and_change():
    [c] = find_changes("共受理来信41件，分属12个乡镇，比上年减少5件。")
    assert (c.new.value, c.delta.value, c.falls) == (41, 5, True)
    # a rate of change could be of either amount: never read across the aside
    assert not [c for c in find_changes("资金90万元，惠及1500名学生，同比增长5%。") if c.new and c.new.value == 90]
