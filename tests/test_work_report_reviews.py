"""A government work report's review and targets, on a report written here (real ingest, Service.ask):
an ask naming only a measure (`总规模是多少`) of the thing the ask before named; a size written as an
attribute before 的 (`总规模800亿元的…基金`); a growth rate named by its own words answers;
`经济增长` is the report's GDP growth; a benefit
asked in everyday words (实惠) is the documents' 惠及; hardship (难处) their 困难, looking after
(照顾) their 关爱."""
import pytest

from server.answer.evidence import has_term
from server.service import Service
from tests.written import service_over

REPORT = """2026年青江市政府工作报告
青江市人民政府 2026年1月20日
一、2025年工作回顾
过去一年，全市地区生产总值增长6.1%、居全省前列，工业、投资、外贸三项指标增速位居全省第二。
市级引导基金引导设立基金18只、总规模437亿元。组建总规模800亿元的青江未来产业引导基金，国家级引导基金在本市设立超300亿元区域基金。
新建改建城市公园12个，新增停车泊位3600个。
建成城市社区食堂46个，为老年人提供助餐服务。
二、2026年主要预期目标
今年全市发展的预期目标：经济增长5.2%左右；城镇调查失业率5.5%左右，城镇新增就业9万人以上。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "work-report", {"qingjiang-report-2026": REPORT})


def test_an_ask_naming_only_a_measure_is_of_the_thing_named_before(service):
    answer = service.ask("青江市级引导基金引导设立了多少只基金？总规模是多少？")
    direct = answer.answer.split("依据")[0]
    assert "18" in direct and "437亿元" in direct, answer.answer


def test_a_size_written_before_de_is_the_size_of_the_thing_after_it(service):
    answer = service.ask("青江未来产业引导基金总规模是多少？")
    assert not answer.abstained and "800亿元" in answer.answer.split("依据")[0], answer.answer
    assert "300亿元" not in answer.answer.split("依据")[0]


def test_the_growth_its_own_words_name_answers(service):
    answer = service.ask("青江市2025年地区生产总值增长了多少？")
    assert not answer.abstained and "6.1%" in answer.answer, answer.answer


def test_economic_growth_is_the_gdp_growth(service):
    answer = service.ask("青江市2026年地区生产总值增长预期目标是多少？")
    assert not answer.abstained and "5.2%" in answer.answer, answer.answer


@pytest.mark.parametrize(("asked", "written"), [("实惠", "新建学生食堂惠及3200名寄宿生"),
                                               ("难处", "为困难家庭学生发放助学金")])
def test_everyday_words_are_found_as_the_documents_write_them(asked, written):
    assert has_term(asked, written)
