"""A question naming a document by its 文号 or 《title》 is answered from that document (server/docref.py)."""
from __future__ import annotations

import pytest

from ingest.models import DocMeta
from ingest.records import DocHead
from server.docref import DocNames
from server.service import Service
from tests.written import service_over

# Two notices of one bureau: the second cites the first by title and 文号 in its opening sentence,
# and both list attachments — the question's 文号 alone tells them apart.
SAFETY = """青石县教育局文件
青教发〔2025〕8号
青石县教育局关于做好2025年校园安全工作的通知
各中小学、幼儿园：
根据教育部有关要求（教基〔2019〕3号），现就做好我县2025年校园安全工作通知如下。
一、开展安全隐患排查
各校每月开展一次安全隐患排查，建立问题清单。
二、加强值班值守
节假日实行领导带班和24小时值班制度。
附件：1.校园安全检查表
2.隐患整改台账
青石县教育局
2025年3月1日
"""
ENROLMENT = """青石县教育局文件
青教发〔2025〕12号
青石县教育局关于做好2025年秋季招生入学工作的通知
各中小学：
根据《青石县教育局关于做好2025年校园安全工作的通知》（青教发〔2025〕8号）要求，结合招生工作实际，现将有关事项通知如下。
一、招生范围
城区小学按学区划片招生。
附件：1.2025年秋季招生计划表
2.报名材料清单
青石县教育局
2025年5月6日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "docref", {"safety": SAFETY, "enrolment": ENROLMENT})


def _docs(response) -> set[str]:
    return {c.doc_id for c in response.citations}


def test_the_fixture_documents_carry_their_numbers(service: Service):
    heads = service.index.document_heads
    assert heads["safety"].meta.number == "青教发〔2025〕8号"
    assert heads["enrolment"].meta.number == "青教发〔2025〕12号"


@pytest.mark.parametrize("question", ["青教发〔2025〕8号通知有哪些附件？", "请问青教发[2025]8号的附件有哪些",
                                      "《青石县教育局关于做好2025年校园安全工作的通知》有哪些附件？"])
def test_a_question_naming_a_document_is_answered_from_it(service: Service, question: str):
    response = service.ask(question)
    assert not response.abstained, response.answer
    assert _docs(response) == {"safety"}, (response.answer, [c.doc_id for c in response.citations])
    assert "检查表" in response.answer or "台账" in response.answer, response.answer


def test_the_other_document_s_number_finds_the_other_document(service: Service):
    response = service.ask("青教发〔2025〕12号有哪些附件？")
    assert _docs(response) == {"enrolment"}, response.answer
    assert "招生计划表" in response.answer or "报名材料" in response.answer, response.answer


def test_a_number_or_title_no_document_has_is_said_so(service: Service):
    response = service.ask("青教发〔2024〕99号通知有哪些附件？")
    assert response.abstained and not response.citations
    assert "文件中未找到文号为青教发〔2024〕99号的文件" in response.answer, response.answer
    assert "青教发〔2025〕8号" in response.answer  # the numbers that do exist
    response = service.ask("《青石县职业教育发展规划》的主要目标是什么？")
    assert response.abstained and "《青石县职业教育发展规划》" in response.answer, response.answer


def test_a_number_only_quoted_by_a_passage_is_no_refusal(service: Service):
    # a national document cited by an indexed notice: the passages that cite it still answer
    refs = service.named_documents("教基〔2019〕3号文件要求什么？")
    assert len(refs) == 1 and refs[0].quoted and not refs[0].doc_ids
    response = service.ask("教基〔2019〕3号文件要求什么？")
    assert "文件中未找到文号" not in response.answer


def test_a_filter_excluding_the_named_document_says_so(service: Service):
    response = service.ask("青教发〔2025〕8号通知有哪些附件？", filters={"doc_ids": ["enrolment"]})
    assert response.abstained and "不在所选文件范围内" in response.answer, response.answer


def test_of_two_numbers_a_question_ends_with_the_longer_is_the_one_written():
    heads = {d: DocHead(d, DocMeta(title=t, number=n), 100, 0) for d, t, n in (
        ("county", "青石县教育局关于校园安全的通知", "青教发〔2025〕8号"),
        ("ministry", "关于义务教育招生的通知", "教发〔2025〕8号"),
        ("trad", "青石縣教師隊伍建設三年行動方案", "青府辦發〔2023〕7號"))}
    names = DocNames.of(heads)
    never = lambda text: False  # noqa: E731
    assert [(r.written, r.doc_ids) for r in names.find("请问青教发〔2025〕8号的要求", never)] == [
        ("青教发〔2025〕8号", ["county"])]
    assert names.find("教发[2025]8号的要求", never)[0].doc_ids == ["ministry"]
    # either script and either bracket; a title quoted short or in full
    assert names.find("青府办发（2023）7号提出了什么", never)[0].doc_ids == ["trad"]
    assert names.find("《青石县教师队伍建设三年行动方案》的目标", never)[0].doc_ids == ["trad"]
    assert names.find("《方案》的目标", never)[0].doc_ids == []  # too short to stand for a longer title
