"""Times a report writes relative to its own year (去年, 过去五年, 今后五年) and a question names
absolutely (2025年, “十四五”期间, 十五五), and words a report's head supplies (全省, 省政府): on a
provincial work report written here. Real ingest, real model, Service.ask."""

import pytest

from server.query import key_terms
from server.service import Service
from server.timespans import plan_period, span_words, spans
from tests.written import service_over

REPORT = """2026年江西省政府工作报告
江西省人民政府
2026年1月20日
“十四五”规划主要目标任务圆满完成，全省地区生产总值年均增长5.2%。省政府坚持依法行政。
一、过去五年工作回顾
过去五年，累计新增公办学位42万个，建成乡镇寄宿制学校310所。
二、一年来工作回顾
去年城镇新增就业38.5万人，新建幼儿园120所。
三、今后五年目标任务
今后五年，力争新增普惠性托位5万个。
四、今年工作安排
今年城镇新增就业35万人以上，新建普通高中12所。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "spans", {"report-2026": REPORT})


def answered(service: Service, question: str, figure: str) -> None:
    answer = service.ask(question)
    assert not answer.abstained and figure in answer.answer, answer.answer


def test_a_plan_period_finds_the_five_years_a_report_counts_from_its_own_year(service):
    answered(service, "江西“十四五”期间累计新增公办学位多少个？", "42万个")  # written 过去五年
    answered(service, "江西十五五期间要新增多少个普惠性托位？", "5万个")  # written 今后五年
    assert service.ask("江西“十三五”期间累计新增公办学位多少个？").abstained  # 2016–2020: not said


def test_a_year_finds_the_passage_that_writes_it_relative_to_the_report(service):
    answered(service, "江西2025年新建幼儿园多少所？", "120所")  # 去年 of a 2026 report
    answered(service, "江西2026年新建普通高中多少所？", "12所")  # 今年
    answered(service, "江西今年新建普通高中多少所？", "12所")


def test_this_year_is_the_year_every_document_in_scope_was_written(service):
    query = service.analyse("今年城镇新增就业目标是多少？")
    service.date(query, None)
    assert query.years == ["2026"]


def test_words_the_document_head_supplies_are_no_missing_terms(service):
    # the report never writes 全省 or 省政府: its region and issuer say them
    answered(service, "江西全省今年新增就业多少？", "35万人")
    answered(service, "江西省政府今年新增就业多少？", "35万人")


def test_spans_of_years():
    assert plan_period("十四") == (2021, 2025) and plan_period("十五") == (2026, 2030)
    assert plan_period("十三") == (2016, 2020)
    assert spans("过去五年，累计新增", 2026) == [(2021, 2025)]
    assert spans("今后五年，力争", 2026) == [(2026, 2030)]
    assert spans("2021年以来", 2026) == [(2021, 2025)]
    assert spans("规划（2021—2025年）", None) == [(2021, 2025)]
    assert spans("过去五年", None) == []  # counted from an unknown year: no span
    assert spans("第十五条", 2026) == [] and spans("三年行动计划", 2026) == []
    assert span_words("“十四五”期间新增多少") == ["“十四五”期间"]
    assert key_terms("十五五时期的目标是什么") == ["十五五"]  # one term, not 十五
    assert key_terms("“十四五”期间新增学位多少") == ["十四五", "新增学位"]


def test_a_count_of_the_places_asked_is_no_key_term():
    # 五省 refers to the provinces the question names; as a key term it found 全省 near in meaning
    assert key_terms("五省的报告里哪些提到县中振兴") == ["县中", "振兴"]
    assert key_terms("两市新建学校多少所") == ["新建学校"] and key_terms("各区县的投入") == ["投入"]
