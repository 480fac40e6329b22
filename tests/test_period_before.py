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
TERM = """柘林区2025年秋季学期课后服务督查情况
柘林区教育局
2025年12月10日
一、总体情况
本学期全区参加课后服务的学生28400人，参与率78.5%，比去年同期提高4.2个百分点。
抽查的小学高年级学生每天书面作业用时平均54分钟，比去年同期缩短9分钟。
二、下一步工作
持续做好课后服务经费保障。
"""

# an inspection bulletin: the count's change comes after an aside in another unit
BULLETIN = """蓼川县春季学校食品安全检查情况通报
蓼川县教育局
2026年4月20日
一、检查概况
本次共抽查学校食堂52所，覆盖率100%。检查累计发现隐患问题38个，分布在17所学校，比上年同期减少6个。
全县学校食堂从业人员健康证持证率100%。
二、整改要求
各校于5月底前完成整改。
"""

# a speech in Traditional script: a count with its rise on last year's same period
SPEECH = """在棲霞灣區2026年春季開學工作會議上的講話
棲霞灣區教育局局長 蔣文清
2026年3月2日
今年春季學期，全區新招收隨遷子女入學1460人，比去年同期增加120人。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "period-before", {
        "zhelin-term-2025": TERM, "liaochuan-bulletin-2026": BULLETIN, "qixiawan-speech-2026": SPEECH})


@pytest.mark.parametrize("question, value, unit", [
    ("柘林区去年同期课后服务参与率是多少？", 74.3, "%"),  # a rate less its rise in points
    ("柘林区去年同期小学高年级学生每天书面作业要花多长时间？", 63, "分钟"),  # a time plus its fall (缩短)
    ("蓼川县上年同期检查发现了多少个隐患问题？", 44, "个"),  # the aside (17所学校) is not the change's value
    ("棲霞灣區上年同期招收了多少隨遷子女？", 1340, "人"),
])
def test_the_period_before_is_this_periods_value_less_its_change(service, question, value, unit):
    answer = service.ask(question)
    assert first_figure(answer) == (value, unit), answer.answer
    doc = next(c.doc_id for c in answer.citations)
    assert inputs_cited(service, answer, doc), answer.answer


def test_no_change_on_the_period_before_is_no_answer(service):
    # the 52所 is this spring's count: no change on last year is stated, so none is computed nor quoted
    answer = service.ask("蓼川县上年同期抽查了多少所学校食堂？")
    assert answer.abstained or "52" not in answer.answer, answer.answer


@pytest.mark.parametrize("question, asks", [
    ("上年同期发现了多少个问题？", True),
    ("去年同期参与率是多少", True),
    ("与上年同期相比增加了多少？", False),  # a change on it, not its value
    ("比去年同期提高了几个百分点？", False),
    ("2024年同期参与率是多少？", False),  # a year named: the year decides
])
def test_the_period_before_asked_as_the_time(question, asks):
    assert asks_period_before(question) is asks


def test_an_aside_in_another_unit_between_value_and_change():
    [c] = find_changes("共受理投诉41件，涉及12所学校，比上年减少5件。")
    assert (c.new.value, c.delta.value, c.falls) == (41, 5, True)
    # a rate of change could be of either amount: never read across the aside
    assert not [c for c in find_changes("资金90万元，惠及1500名学生，同比增长5%。") if c.new and c.new.value == 90]
