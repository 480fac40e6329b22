"""The evidence reader (server/answer/evidence.py) on two classes of written documents: a school stage
written under another of its names (server/lexicon/stages.tsv: 中等职业学校 for 中职, 学前教育 for
幼儿园), and a work report's numbered list whose lead paragraph names what every item is one of
(`…办好十方面民生实事。` over `1.…方面。` … `6.…方面。`). Real ingest, real model, real Chroma."""
import pytest

from server.answer.evidence import _stage_fit, list_lead, stages_named
from server.service import Service
from tests.written import service_over

# a statistics bulletin: a paragraph whose first sentence names no stage, the second the stage asked
# under its schools' name
BULLETIN = """临江市2024年教育经费执行情况统计公告

一、教育经费总投入

2024年，全市教育经费总投入为58.60亿元，比上年增长4.20%。

二、生均一般公共预算教育经费

全市各级各类学校生均一般公共预算教育经费平均为18,350.00元。中等职业学校生均一般公共预算教育经费为22,104.86元，比上年下降1.35%。
"""

# a provincial work report: the year's projects listed as numbered items under a lead paragraph that
# names them; no item repeats the lead's words
REPORT = """明川市2026年政府工作报告

三、2026年重点工作

（八）着力增进民生福祉

加强就业服务。确保城镇新增就业60万人以上，零就业家庭动态清零。

稳步提高社会保障水平。城乡居民基础养老金最低标准提高到每人每月200元。

今年我们要坚持为民办实事长效机制，继续认真办好十方面民生实事。
1.医疗卫生方面。全市参保孕产妇住院分娩政策范围内费用“零自付”。
2.养老帮困方面。新增养老护理员8000人。
3.关爱儿童方面。为全市0—6岁儿童免费开展视力筛查。为8000名困境、留守儿童进行心理健康评估干预。
4.就业创业方面。为50万重点群体提供就业帮扶。
5.城乡宜居方面。更新改造农村供水管网600公里。
6.教育助学方面。为未成年人家庭提供公益家庭教育指导服务8000户次。组建青少年心理关爱专家团队80支。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "evidence-stages-lists",
                        {"linjiang-bulletin-2024": BULLETIN, "mingchuan-work-report-2026": REPORT})


def test_a_stage_asked_by_one_name_is_found_under_another(service: Service) -> None:
    analyse = service.analyse
    sentence = "中等职业学校生均一般公共预算教育经费为22,104.86元"
    assert _stage_fit(analyse("中职学校生均经费是多少？"), sentence) == 1
    assert _stage_fit(analyse("幼儿园专任教师有多少？"), "学前教育专任教师2000人") == 1
    assert _stage_fit(analyse("普通高中专任教师有多少？"), sentence) == -1
    # a whole and its part are neither one stage nor two: unless every part is named
    assert _stage_fit(analyse("义务教育学校有多少所？"), "小学30所") == 0
    assert _stage_fit(analyse("义务教育学校有多少所？"), "小学和初中共30所") == 1
    # 中小学 is the compulsory stages, not 小学
    assert stages_named("中小学专任教师") == [("中小学", "义务教育")]


def test_the_sentence_of_the_stage_asked_under_another_name_answers(service: Service) -> None:
    response = service.ask("临江市2024年中职学校生均一般公共预算教育经费是多少？")
    assert not response.abstained, response.answer
    assert response.figures[0].value == 22104.86, response.answer


def test_a_list_items_lead_paragraph_speaks_for_it(service: Service) -> None:
    doc = service.index.documents["mingchuan-work-report-2026"]
    item = doc.text.index("6.教育助学方面")
    assert "民生实事" in list_lead(doc, item)
    # a paragraph of its own, no list item: no lead
    assert list_lead(doc, doc.text.index("稳步提高社会保障水平")) == ""


def test_a_measure_asked_of_a_lists_items_by_its_lead_is_answered(service: Service) -> None:
    response = service.ask("明川市2026年民生实事在教育助学方面有哪些内容？")
    assert not response.abstained, response.answer
    assert "公益家庭教育指导服务" in response.answer, response.answer
