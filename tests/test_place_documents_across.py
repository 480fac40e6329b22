"""A place with two documents, and questions across documents, on invented documents ingested end to end
(real ingest, real model, Service.ask): a notice whose title names its county only after `关于做好` and which
is signed by the county's bureau is that county's document (its figures answer the county's questions); a
rate asked by the activity it measures (课后托管参与率) is stated as `托管…全覆盖，学生自愿参与率…`; which
documents mention a school (or what each of a place's documents says of it), each by the body sentence the
school opens rather than its table row, and a document titled on a thing names the thing's parts alone (收费
in a plan titled on 课后托管); a sum over two places whose part is stated after its standard per head
(`按每生每年25元标准安排…，2026年安排61.5万元`); a span of years asked by its length answered by the span's
total, not the yearly amount; a count of a kind of the thing (`40所中小学`) restating another document's count of it."""
from pathlib import Path

import pytest

from figures.numbers import find_quantities
from ingest.index import Index
from ingest.metadata import extract_meta
from ingest.models import Chunk, DocMeta, Document
from ingest.normalize import normalize
from ingest.pipeline import run_ingest
from server.answer.consistency import _cited_only, _held
from server.answer.crossdoc import _names_specific
from server.answer.evidence import Reader
from server.answer.text import fitting_quantities
from server.mentions import mentioned
from server.query import analyse
from server.regions import RegionCatalog
from server.retrieve import Hit
from server.schemas import Citation, Figure
from server.service import Service

PLAN = """# 关于做好榉汀县中小学课后托管工作的实施方案

榉教基〔2026〕5号

## 一、目标任务

到2027年，全县中小学课后托管做到校校覆盖，学生自愿参与率提高到95%以上。

2026年春季学期，各校参加课后托管情况见下表。

| 学校 | 在校学生（人） | 参加人数（人） |
| --- | --- | --- |
| 城关实验小学 | 2400 | 2100 |
| 栎湾镇中心学校 | 900 | 720 |

各校中，以城关实验小学参加人数最多。

## 二、经费保障

收费按成本补偿原则确定：每名学生每学期收取260元。

教师参与课后托管的补助按每课时45元标准发放，由学校按月核算。

## 三、工作要求

栎湾镇中心学校托管教室不足，须于9月前改造到位。

榉汀县教育局

2026年3月2日
"""

AID = """榉汀县教育局2026年学生资助工作总结

一、资助情况

2026年全县学生资助资金共900万元，惠及学生1.2万人次。

秋季学期为860名家庭经济困难学生免除课后托管费，减免金额20.6万元。

全县实施营养膳食补助的学校有栎湾镇中心学校、城关实验小学等12所。

榉汀县教育局

2026年11月20日
"""

FITNESS = """枳湾县2026—2028年学生体质健康提升行动方案

一、经费保障

县财政每年安排学生体质健康专项经费120万元，三年共360万元，主要用于购置器材。

县财政按在校生每生每年25元标准安排心理健康专项经费，2026年安排61.5万元。

枳湾县教育局

2026年4月1日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    corpus = tmp_path_factory.mktemp("place-documents-corpus")
    for name, text in (("juting-plan.md", PLAN), ("juting-aid.txt", AID), ("zhiwan-fitness.txt", FITNESS)):
        (corpus / name).write_text(text, encoding="utf-8")
    data = tmp_path_factory.mktemp("place-documents-data")
    summary = run_ingest([corpus], None, False, data_dir=data)
    assert not summary.failed, str(summary)
    return Service(Index.open(Path(data)), generator=None)


def test_a_notice_titled_after_its_matter_is_the_place_its_title_names():
    assert extract_meta(PLAN, "plan.md", {}).region == ["榉汀县"]
    title = "关于分配2026年榉汀县义务教育补助资金的通知"
    assert extract_meta(f"{title}\n各乡镇：\n现将资金分配如下。\n", "x.txt", {}).region == ["榉汀县"]


def test_a_document_naming_no_place_above_its_body_is_the_place_of_the_body_signing_it():
    raw = "关于做好中小学课后托管工作的实施方案\n\n一、目标\n全县学校全覆盖。\n\n榉汀县教育局\n\n2026年3月2日\n"
    assert extract_meta(raw, "x.txt", {}).region == ["榉汀县"]
    # unsigned, and its title naming no place: no place guessed
    assert extract_meta("关于做好中小学课后托管工作的实施方案\n全县学校全覆盖。\n", "y.txt", {}).region == []


def test_the_second_document_of_a_place_answers_the_places_question(service):
    assert service.index.documents["juting-plan"].meta.region == ["榉汀县"]
    answer = service.ask("榉汀县课后托管老师补助标准多少")
    assert not answer.abstained, answer.answer
    assert "45元" in answer.answer and {c.doc_id for c in answer.citations} == {"juting-plan"}


def test_a_rate_asked_by_its_activity_is_the_rate_stated_after_the_clause_naming_it(service):
    answer = service.ask("榉汀县课后托管参与率到2027年目标多少")
    assert not answer.abstained, answer.answer
    assert "95%" in answer.answer
    # a rate asked of a group of people is still not another group's
    assert not any(f.value == 95 for f in service.ask("榉汀县课后托管教师参与率到2027年目标多少").figures)


def test_which_documents_name_a_school_each_by_the_sentence_it_opens(service):
    answer = service.ask("哪些文件提到了栎湾镇中心学校？")
    assert not answer.abstained, answer.answer
    assert {c.doc_id for c in answer.citations} == {"juting-plan", "juting-aid"}
    assert "托管教室不足" in answer.answer  # the plan's body sentence, not its table row's cells
    assert "720" not in answer.answer
    # a school the body names only in passing is quoted by its row, which says more of it
    answer = service.ask("哪些文件提到了城关实验小学？")
    assert {c.doc_id for c in answer.citations} == {"juting-plan", "juting-aid"}, answer.answer
    assert "2100" in answer.answer and "参加人数最多" not in answer.answer


def test_what_each_document_of_a_place_says_of_a_thing_named_first(service):
    assert mentioned("栎湾镇中心学校在榉汀县两份文件里分别提到了什么") == (
        "栎湾镇中心学校", "栎湾镇中心学校在榉汀县两份文件里分别提到了什么")
    assert mentioned("哪些文件提到了栎湾镇中心学校？")[0] == "栎湾镇中心学校"  # type: ignore[index]
    answer = service.ask("栎湾镇中心学校在榉汀县两份文件里分别提到了什么")
    assert not answer.abstained, answer.answer
    assert {c.doc_id for c in answer.citations} == {"juting-plan", "juting-aid"}
    assert "托管教室不足" in answer.answer and "营养膳食补助" in answer.answer


def test_a_count_of_a_kind_of_the_thing_restates_the_other_documents_count():
    # `学校数…一致吗`: `40所中小学` counts schools as `40所义务教育学校` does; `40名教师` counts no school
    query = analyse("学校数是多少", RegionCatalog({}))
    said = "全县40所中小学开展诚信感恩教育。"
    assert "学校" in _held(query, said, find_quantities(said)[0])
    said = "全县40名教师参加诚信感恩教育。"
    assert "学校" not in _held(query, said, find_quantities(said)[0])


def test_a_comparison_cites_only_the_passages_its_lines_give():
    def cited(n: int) -> Citation:
        return Citation(id=n, doc_id=f"d{n}", title="", section="", text="", start=0, end=1, score=1.0)

    figures = [Figure(label="", value=40, unit="所", citation_ids=[1]),
               Figure(label="", value=40, unit="所", citation_ids=[3])]
    text, citations, kept = _cited_only("一致。\n甲：40所[1]\n乙：40所[3]", [cited(1), cited(2), cited(3)], figures)
    assert text == "一致。\n甲：40所[1]\n乙：40所[2]"  # the passage of a lookup no line gives is dropped
    assert [(c.id, c.doc_id) for c in citations] == [(1, "d1"), (2, "d3")]
    assert [f.citation_ids for f in kept] == [[1], [2]]


def _mentions(title: str, question: str) -> bool:
    """Whether `哪些文件提到…` takes the fee sentence of a document so titled as mentioning the thing asked."""
    text = "收费按成本补偿原则确定：每名学生每学期收取260元。"
    others = {f"z{n}": f"第{n}批学校完成标准化建设，课后托管全覆盖，减免学生书本费。" for n in range(12)}
    chunks = [Chunk(f"{d}#c1", d, t, normalize(t), 0, len(t), "") for d, t in {"p": text, **others}.items()]
    documents = {"p": Document("p", text, DocMeta(title=title), [])}
    reader = Reader(documents, chunks)
    return _names_specific(reader, analyse(question, RegionCatalog({})), Hit(0, chunks[0], 1.0))


def test_a_document_titled_on_a_thing_mentions_its_parts_by_themselves():
    assert _mentions("关于做好某某县中小学课后托管工作的实施方案", "哪些文件提到课后托管收费或减免")
    # a document on something else: a fee is not the fee of the thing asked
    assert not _mentions("某某县教育局2026年学生资助工作总结", "哪些文件提到课后托管收费或减免")


def test_a_document_titled_on_a_thing_is_listed_for_its_parts_end_to_end(service):
    answer = service.ask("哪些文件提到课后托管收费或减免")
    assert {c.doc_id for c in answer.citations} == {"juting-plan", "juting-aid"}, answer.answer
    assert "260元" in answer.answer


def test_a_sum_over_places_adds_a_total_stated_after_its_standard_per_head(service):
    answer = service.ask("榉汀县学生资助资金和枳湾县2026年心理健康经费加起来多少？")
    assert not answer.abstained, answer.answer
    assert any(abs(f.value - 961.5) < 1e-6 for f in answer.figures), answer.answer
    assert "无法相加" not in answer.answer


@pytest.mark.parametrize("question, value", [
    ("枳湾县三年体质健康专项经费多少", 360),
    ("枳湾县每年体质健康专项经费多少", 120),
])
def test_a_span_asked_by_its_length_is_answered_by_the_spans_total(service, question, value):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.figures and answer.figures[0].value == value, answer.answer


def test_a_figure_stated_per_year_gives_way_to_the_span_total_in_its_sentence():
    text = "县财政每年安排学生体质健康专项经费120万元，三年共360万元。"
    found = fitting_quantities(analyse("三年体质健康专项经费多少", RegionCatalog({})), text, (0, len(text)))
    assert [q.value for q in found] == [3600000]
    found = fitting_quantities(analyse("2026年体质健康专项经费多少", RegionCatalog({})), text, (0, len(text)))
    assert 1200000 in [q.value for q in found]
