"""Documents from places the code has never heard of, written here, ingested and asked about
end to end (real ingest, real model, real Chroma, Service.ask): no code knows these places; the
gazetteer does."""
from pathlib import Path

import docx
import pytest

from ingest.index import Index
from ingest.pipeline import run_ingest
from server.service import Service

GANSU_NOTICE = """定西市安定区教育局
关于印发《安定区2025年学前教育发展实施方案》的通知
定区教发〔2025〕12号
各乡镇中心学校、区属各学校：
现将《安定区2025年学前教育发展实施方案》印发给你们，请认真贯彻执行。
一、工作目标
到2025年底，全区学前三年毛入园率达到93.5%，普惠性幼儿园覆盖率达到88%，新增公办幼儿园学位一千二百个。
二、主要措施
（一）扩大普惠资源。新建公办幼儿园3所，改扩建幼儿园5所，投入资金两千三百万元。
（二）加强教师队伍。补充幼儿园教师一百二十名，开展全员培训。
定西市安定区教育局
2025年3月15日
"""

FUJIAN_REPORT = """2025年福建省教育工作报告
——2025年2月20日在全省教育工作会议上
福建省教育厅厅长 张明
各位代表：
一、2024年工作回顾
全省新增义务教育公办学位12.6万个，宁德市蕉城区新建中小学4所，新增学位5400个。
二、2025年主要任务
推进义务教育优质均衡发展，力争再创建优质均衡县10个。
"""

# Traditional script, a county-level city of 湖南 with its short form in the text
LINXIANG_NEWS = """臨湘市推進縣域義務教育優質均衡發展
2024年5月8日 10:30 臨湘市融媒體中心
臨湘市近年累計投入教育資金3.6億元，新建、改擴建學校21所，新增學位6800個。
臨湘全市義務教育鞏固率達到99.2%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    corpus = tmp_path_factory.mktemp("unseen-corpus")
    (corpus / "gansu-anding-notice.txt").write_text(GANSU_NOTICE, encoding="utf-8")
    (corpus / "fujian-education-report.txt").write_text(FUJIAN_REPORT, encoding="utf-8")
    (corpus / "linxiang-news.txt").write_text(LINXIANG_NEWS, encoding="utf-8")
    _huining_plan(corpus / "huining-plan.docx")
    data = tmp_path_factory.mktemp("unseen-data")
    summary = run_ingest([corpus], None, False, data_dir=data)
    assert not summary.failed, str(summary)
    return Service(Index.open(Path(data)), generator=None)


def _huining_plan(path: Path) -> None:
    """A county plan as DOCX with its indicator table (no caption)."""
    document = docx.Document()
    document.add_paragraph("会宁县“十四五”教育事业发展规划")
    document.add_paragraph("一、主要目标")
    document.add_paragraph("到2025年，全县教育事业主要指标如下。")
    table = document.add_table(rows=3, cols=4)
    for row, values in zip(table.rows, [["指标", "2020年", "2025年", "属性"],
                                        ["小学学位(个)", "12000", "15000", "预期性"],
                                        ["义务教育巩固率(%)", "95.1", "97", "约束性"]]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.add_paragraph("二、保障措施")
    document.add_paragraph("加强组织领导，落实经费保障。")
    document.save(path)


def test_a_table_without_caption_in_a_docx_is_answered_with_its_year_and_unit(service):
    doc = service.index.documents["huining-plan"]
    assert doc.meta.region == ["会宁县"] and len(doc.tables) == 1
    response = service.ask("会宁县2025年小学学位目标是多少？")
    assert not response.abstained, response.answer
    assert "15000" in response.answer and response.citations[0].doc_id == "huining-plan"


def test_regions_and_metadata_come_from_the_gazetteer(service):
    docs = service.index.documents
    ids = ("gansu-anding-notice", "fujian-education-report", "linxiang-news")
    gansu, fujian, linxiang = (docs[d].meta for d in ids)
    assert gansu.region == ["安定区"] and gansu.number == "定区教发〔2025〕12号" and gansu.date == "2025-03-15"
    assert gansu.title == "《安定区2025年学前教育发展实施方案》".strip("《》")
    assert fujian.region == ["福建省"] and fujian.date == "2025-02-20" and fujian.speaker == "张明"
    assert linxiang.region == ["临湘市"] and linxiang.script == "traditional" and linxiang.date == "2024-05-08"


def test_a_question_naming_the_province_finds_its_countys_document(service):
    response = service.ask("甘肃省学前三年毛入园率目标是多少？")
    assert not response.abstained, response.answer
    assert "93.5%" in response.answer
    assert {c.doc_id for c in response.citations} == {"gansu-anding-notice"}
    (use,) = service.catalog.uses(["甘肃省"])  # what the answer can say it used
    assert use.doc_ids == ["gansu-anding-notice", "huining-plan"] and use.via == "region"
    assert sorted(use.regions) == ["会宁县", "安定区"]


def test_short_forms_and_parents_both_scripts(service):
    for name in ("定西", "安定区", "定西市安定区", "定西市"):
        assert service.catalog.doc_ids(service.catalog.canonical(name)) == ["gansu-anding-notice"], name
    for name in ("甘肃", "甘肅省"):
        assert service.catalog.doc_ids(service.catalog.canonical(name)) == ["gansu-anding-notice", "huining-plan"]
    response = service.ask("臨湘新增了多少學位？")
    assert not response.abstained and "6800" in response.answer
    assert service.ask("湖南省义务教育巩固率是多少？").citations[0].doc_id == "linxiang-news"


def test_a_county_finds_a_provincial_document_only_where_it_mentions_the_county(service):
    response = service.ask("蕉城区新建了多少所中小学？")
    assert not response.abstained and "4所" in response.answer
    assert response.citations[0].doc_id == "fujian-education-report"
    assert service.catalog.uses(["蕉城区"])[0].via == "mention"
    # a county of 福建 that the report does not mention has no document
    response = service.ask("福州市鼓楼区新建了多少所中小学？")
    assert response.abstained and "鼓楼区" in response.answer


def test_a_place_without_documents_is_refused_with_the_places_that_have_them(service):
    response = service.ask("贵州省学前三年毛入园率是多少？")
    assert response.abstained
    assert "贵州省" in response.answer
    for place in ("安定区", "福建省", "临湘市", "会宁县"):
        assert place in response.answer


def test_no_place_named_searches_everything(service):
    response = service.ask("普惠性幼儿园覆盖率目标是多少？")
    assert not response.abstained and "88%" in response.answer
