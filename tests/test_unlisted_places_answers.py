"""Documents of places the gazetteer does not know, written here with invented counties, ingested
and asked about end to end (real ingest, real model, Service.ask): two county budgets of the same kind
(a question about one is answered from its own document, never from the other's figure), a speech
whose county is named only in its text and whose name ends in a real county's (苓沛县, 沛县), the real
county's own document, and a question about a county no document has."""
from pathlib import Path

import pytest

from ingest.index import Index
from ingest.pipeline import run_ingest
from server.service import Service

FENGZHU_BUDGET = """枫渚县教育局2025年部门预算说明
（2025年2月公开）
一、部门基本情况
枫渚县教育局是县人民政府主管全县教育工作的工作部门，与榆塬县教育局结对开展帮扶。
二、收支预算总体情况
2025年安排校园安保经费预算3,210.50万元，较上年增加120.30万元。
"""

# Traditional script
WEITANG_BUDGET = """葦塘縣教育局2025年部門預算說明
（2025年2月公開）
一、部門基本情況
葦塘縣教育局是縣人民政府主管全縣教育工作的工作部門。
二、收支預算總體情況
2025年安排校園安保經費預算4,876.20萬元，較上年增加301.70萬元。
"""

LINGPEI_SPEECH = """在2025年全县教育工作会议上的讲话
县人民政府副县长　周明远
同志们：
今天召开全县教育工作会议，总结2024年工作，部署2025年任务。
一、2024年工作回顾
2024年，苓沛县补充特岗教师九十六名，全部安排在村小和教学点任教。
苓沛县第一中学本科上线率达到百分之六十一。
二、2025年重点任务
苓沛县将新建幼儿园两所，全县教育投入不低于五亿元。
"""

PEIXIAN_NOTICE = """沛县教育局关于做好2025年暑期学生安全工作的通知
各镇中心学校、县直各学校：
2025年暑期，全县开展防溺水专题教育，覆盖中小学生9.6万人。各校要落实家校联系制度。
沛县教育局
2025年7月1日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    corpus = tmp_path_factory.mktemp("unlisted-corpus")
    for name, text in (("fengzhu-budget.txt", FENGZHU_BUDGET), ("weitang-budget.txt", WEITANG_BUDGET),
                       ("lingpei-speech.txt", LINGPEI_SPEECH), ("peixian-notice.txt", PEIXIAN_NOTICE)):
        (corpus / name).write_text(text, encoding="utf-8")
    data = tmp_path_factory.mktemp("unlisted-data")
    summary = run_ingest([corpus], None, False, data_dir=data)
    assert not summary.failed, str(summary)
    return Service(Index.open(Path(data)), generator=None)


def test_each_document_has_its_own_place(service):
    regions = {d: doc.meta.region for d, doc in service.index.documents.items()}
    assert regions == {"fengzhu-budget": ["枫渚县"], "weitang-budget": ["苇塘县"],
                       "lingpei-speech": ["苓沛县"], "peixian-notice": ["沛县"]}


@pytest.mark.parametrize("question, doc, figure, other", [
    ("苇塘县教育局2025年校园安保经费的预算数是多少？", "weitang-budget", "4,876.20", "3,210.50"),
    ("枫渚县教育局2025年校园安保经费的预算数是多少？", "fengzhu-budget", "3,210.50", "4,876.20"),
])
def test_a_county_is_answered_from_its_own_document(service, question, doc, figure, other):
    response = service.ask(question)
    assert not response.abstained, response.answer
    assert figure in response.answer and other not in response.answer
    assert {c.doc_id for c in response.citations} == {doc}


def test_a_county_whose_document_lacks_the_figure_is_not_answered_from_anothers(service):
    response = service.ask("苇塘县2024年补充了几名特岗教师？")  # only the speech of 苓沛县 states one
    assert response.abstained, response.answer
    assert "九十六" not in response.answer and "96" not in response.answer


def test_a_name_ending_in_a_real_county_is_the_library_place(service):
    response = service.ask("苓沛县2024年补充了几名特岗教师？")
    assert not response.abstained, response.answer
    assert "九十六" in response.answer or "96" in response.answer
    assert {c.doc_id for c in response.citations} == {"lingpei-speech"}


def test_the_real_county_still_finds_its_own_document(service):
    response = service.ask("沛县暑期防溺水专题教育覆盖多少中小学生？")
    assert not response.abstained, response.answer
    assert "9.6万人" in response.answer
    assert {c.doc_id for c in response.citations} == {"peixian-notice"}


def test_both_invented_counties_of_one_question(service):
    response = service.ask("枫渚县和苇塘县2025年校园安保经费预算各是多少？")
    assert not response.abstained, response.answer
    assert "3,210.50" in response.answer and "4,876.20" in response.answer


def test_a_county_no_document_has_is_refused_with_the_places_that_have_them(service):
    response = service.ask("蓼汀县教育局2025年校园安保经费的预算数是多少？")
    assert response.abstained and "蓼汀县" in response.answer
    for place in ("枫渚县", "苇塘县", "苓沛县", "沛县"):
        assert place in response.answer
    # a name a passage mentions (a partner county) is a topic, not a place without documents
    assert service.catalog.find("榆塬县结对帮扶做了什么？")[:2] == ([], [])
