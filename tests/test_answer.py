"""Extractive answers over the real corpus: direct answer first, exact citations, computed
figures with formulas, and abstention when the documents do not say it."""
import re

import pytest

from ingest.normalize import normalize
from server.schemas import AskResponse
from server.service import Service

BANAN, RONGCHANG, LIANGJIANG = "banan-education-plan-2021", "rongchang-self-evaluation", "liangjiang-briefing-2020"


@pytest.fixture(scope="module")
def service(index) -> Service:
    return Service(index, generator=None)


def cited(response: AskResponse, doc_id: str, quote: str) -> bool:
    want = normalize(quote, drop_space=True)
    return any(c.doc_id == doc_id and want in normalize(c.text, drop_space=True) for c in response.citations)


def assert_offsets_exact(index, response: AskResponse) -> None:
    for c in response.citations:
        assert c.text == index.documents[c.doc_id].text[c.start:c.end], c


@pytest.mark.parametrize("question", ["巴南区2025年在园幼儿数目标是多少？", "巴南區2025年在園幼兒數目標是多少？",
                                      "到2025年巴南在园幼儿要达到多少万人"])
def test_target_from_the_indicator_table(index, service, question):
    r = service.ask(question)
    assert not r.abstained and r.answer.startswith("4.85万人")
    assert cited(r, BANAN, "在園幼兒數(萬人)\n\n3.63\n\n4.85")
    assert "“十四五”規劃主要指標表" in r.citations[0].section  # 表2 of the plan
    assert [(f.value, f.unit) for f in r.figures] == [(4.85, "万人")]
    assert_offsets_exact(index, r)


@pytest.mark.parametrize("question", ["荣昌区交流轮岗教师占比是多少", "榮昌區交流輪崗教師佔比是多少？"])
def test_number_quoted_verbatim_from_a_sentence(index, service, question):
    r = service.ask(question)
    assert not r.abstained and r.answer.startswith("44.75%")
    assert cited(r, RONGCHANG, "参与交流轮岗教师273名,占比44.75%")
    assert "[1]" in r.answer and r.figures[0].value == 44.75 and r.figures[0].unit == "%"
    assert_offsets_exact(index, r)


def test_measures_listed_with_their_source(index, service):
    r = service.ask("两江新区如何推进教师区管校聘？")
    assert not r.abstained and r.answer.splitlines()[1].startswith("1. ")
    assert cited(r, LIANGJIANG, '推进教师"区管校聘",将优秀教育人才和骨干教师均衡配置到各')
    assert_offsets_exact(index, r)


@pytest.mark.parametrize("question, says", [
    ("江北区2025年的巩固率目标？", "江北区"),  # a region the corpus does not cover
    ("江北區2025年在園幼兒數目標是多少？", "江北区"),
    ("重庆市渝中区公办幼儿园在园幼儿占比是多少？", "渝中区"),
    ("巴南区2030年在园幼儿数的目标是多少？", "2030"),  # a year the plan does not reach
    ("巴南区小学校际综合差异系数是多少？", "差异系数"),  # an indicator only another region reports
    ("略阳县义务教育教师月平均工资是多少元？", "文件中未找到"),  # the passage exists but states no figure
    ("开州区公办幼儿园在园幼儿占比是多少？", "文件中未找到"),
])
def test_abstains_when_the_documents_do_not_say_it(index, service, question, says):
    r = service.ask(question)
    assert r.abstained and r.answer.startswith("文件中未找到") and says in r.answer
    assert len(r.citations) <= 3 and r.figures == []
    assert_offsets_exact(index, r)


def test_computed_change_carries_formula_and_inputs(service):
    r = service.ask("巴南区普通初中在校学生数2025年比2020年增加多少？")
    assert r.answer.startswith("3.80 − 2.80 = 1.00 万人（+35.7%）[1]")
    figure = r.figures[0]
    assert figure.formula == "3.80 − 2.80 = 1.00 万人（+35.7%）" and figure.value == pytest.approx(1.0)
    assert [i["text"] for i in figure.inputs] == ["2.80万人", "3.80万人"]
    assert figure.citation_ids == [1] and "2.80" in r.citations[0].text


def test_growth_in_percent_from_a_from_to_sentence(service):
    r = service.ask("两江新区小学学位测算指标提高了百分之多少？")
    assert not r.abstained and r.figures and r.figures[0].formula
    assert r.figures[0].value == pytest.approx(45.83, abs=0.01)  # (70 − 48) ÷ 48


def test_compliance_says_pass_with_the_rule(service):
    r = service.ask("荣昌区优质高中招生名额分配比例是否达标？")
    assert r.answer.startswith("达标") and "80.3%" in r.answer and "50" in r.answer
    assert any(f.formula for f in r.figures)
    r = service.ask("巴南区普惠性幼儿园覆盖率是否达到80%？")
    assert r.answer.startswith("未达标") and cited(r, BANAN, "普惠率78.93%")


def test_cross_document_question_answers_per_region(service):
    r = service.ask("两江新区和荣昌区小学生均公用经费标准分别是多少？")
    lines = r.answer.splitlines()
    assert len(lines) == 2 and lines[0].startswith("荣昌区") ^ lines[1].startswith("荣昌区")
    assert cited(r, LIANGJIANG, "小学1750元/生") and cited(r, RONGCHANG, "小学800元/生/年")


def test_which_regions_question_finds_every_document_that_says_it(service):
    r = service.ask("哪些地区的文件提到了“县管校聘”或“区管校聘”？")
    assert not r.abstained
    assert {c.doc_id for c in r.citations} >= {BANAN, LIANGJIANG, "hanzhong-lueyang-meeting-2023"}


def test_followup_resolves_against_the_previous_question(service):
    history = [{"role": "user", "content": "巴南区2020年在园幼儿数是多少？"},
               {"role": "assistant", "content": "3.63万人"}]
    r = service.ask("那2025年的目标呢？", history)
    assert not r.abstained and "4.85" in r.answer and r.question == "那2025年的目标呢？"


PROBES = ["巴南区2025年在园幼儿数目标是多少？", "荣昌区交流轮岗教师占比是多少", "两江新区财政局5年累计投入多少",
          "略阳县在校学生有多少人", "汉中市组建了多少个教育集团", "开州区预计新增多少学位",
          "巴南区普通初中在校学生数2025年比2020年增加多少？", "荣昌区残疾儿童少年入学率是否达到优质均衡要求？"]


@pytest.mark.parametrize("question", PROBES)
def test_every_number_in_an_answer_is_traceable(index, service, question):
    r = service.ask(question)
    assert not r.abstained
    assert_offsets_exact(index, r)
    sources = normalize(" ".join([c.text for c in r.citations] + [f"{f.formula} {f.value:g}" for f in r.figures]
                                 + [str(i.get("text", "")) for f in r.figures for i in f.inputs]), drop_space=True)
    answer = re.sub(r"\[\d+\]", " ", r.answer)
    for number in re.findall(r"\d+(?:\.\d+)?", normalize(answer, drop_space=True)):
        assert number in sources, (number, r.answer)
