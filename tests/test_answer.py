"""Extractive answers over the real corpus: direct answer first, exact citations, computed
figures with formulas, and abstention when the documents do not say it."""
import re

import pytest

from ingest.normalize import normalize
from server.schemas import AskResponse
from server.service import Service

BANAN, RONGCHANG, LIANGJIANG = "banan-education-plan-2021", "rongchang-self-evaluation", "liangjiang-briefing-2020"
KAIZHOU, HANZHONG = "kaizhou-news-2020", "hanzhong-lueyang-meeting-2023"


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


@pytest.mark.parametrize("question, value", [("荣昌区小学校际综合差异系数是多少？", 0.379),
                                             ("荣昌区初中校际综合差异系数是多少？", 0.321)])
def test_the_figure_of_the_stage_asked_about(index, service, question, value):
    """One sentence states both stages' 差异系数: the answer takes the stage the question names."""
    r = service.ask(question)
    assert not r.abstained and r.figures[0].value == value
    assert r.answer.startswith(f"{value}")
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
    ("汉中市2025年公办幼儿园占比目标是多少？", "2025"),  # 汉中 states the current share, no 2025 target
    ("成都市武侯区义务教育巩固率是多少？", "成都"),
    ("巴南区2035年在园幼儿数目标是多少？", "2035"),
])
def test_abstains_when_the_documents_do_not_say_it(index, service, question, says):
    r = service.ask(question)
    assert r.abstained and r.answer.startswith("文件中未找到") and says in r.answer
    assert len(r.citations) <= 3 and r.figures == []
    assert_offsets_exact(index, r)


def test_measure_answer_carries_the_content_after_its_heading(index, service):
    r = service.ask("开州区是如何推进招生制度改革的？")
    answer = normalize(r.answer, drop_space=True)
    assert not r.abstained and "一是推进招生制度改革" in answer
    assert "电视直播摇号" in answer and "划片招生、就近入学" in answer  # the sentences that carry it out
    assert cited(r, KAIZHOU, "實行城區學前教育招生入學電視直播搖號")
    assert_offsets_exact(index, r)


@pytest.mark.parametrize("question, doc_id, wanted", [
    ("两江新区5年来累计资助了多少人次家庭经济困难学生？发放了多少资金？", LIANGJIANG,
     {(3.2, "万人次"), (4200, "万元")}),
    ("两江新区引进了多少所优质学校？建立了几个教育集团？", LIANGJIANG, {(11, "所"), (8, "个")}),
    ("略陽縣有多少所義務教育階段學校？在校學生和專任教師各多少？", HANZHONG, {(53, "所"), (11172, "人"), (1194, "人")}),
])
def test_a_question_asking_several_things_gets_each_figure(index, service, question, doc_id, wanted):
    r = service.ask(question)
    assert not r.abstained and {(f.value, f.unit) for f in r.figures} == wanted
    assert {c.doc_id for c in r.citations} == {doc_id}
    assert_offsets_exact(index, r)


@pytest.mark.parametrize("question, value, unit, inputs", [
    ("巴南区“十三五”期间在园幼儿数增长了百分之多少？", 31.52, "%", ["2.76万人", "3.63万人"]),
    ("巴南区2025年普通小学在校学生数比2020年增长了百分之几？", 14.83, "%", ["6.27万人", "7.20万人"]),
    ("荣昌区优质高中招生名额分配比例按人数重新计算是多少？", 80.31, "%", ["3389人", "4220人"]),
    ("荣昌区随迁子女在公办学校就读比例按人数算是多少？", 77.38, "%", ["1827人", "2361人"]),
    ("2020年巴南区中等职业教育在校学生占高中阶段在校学生的比例是多少？", 71.20, "%", ["3.14万人", "4.41万人"]),
    ("两江新区5年来平均每人次资助家庭经济困难学生多少元？", 1312.5, "元/人次", ["4200万元", "3.2万人次"]),
    ("汉中市2021—2022年平均每净增一个学位投资多少万元？", 10.10, "万元/个", ["79.36亿元", "7.86万个"]),
    ("略阳县义务教育阶段的生师比是多少？", 9.36, "", ["11172人", "1194人"]),
    ("荣昌区义务教育学校教师月平均工资比当地公务员高多少元？", 27, "元", ["13196元", "13223元"]),
    ("巴南区重点建设项目中，巴比亚小学和金竹一小的占地面积合计多少平方米？", 33000, "平方米",
     ["16000平方米", "17000平方米"]),
    ("荣昌区招聘的研究生同比增长71.11%，上一年大约招聘了多少名研究生？", 45, "人", ["77人", "71.11%"]),
])
def test_computed_questions_give_value_formula_inputs_and_sources(index, service, question, value, unit, inputs):
    r = service.ask(question)
    assert not r.abstained and r.figures
    figure = r.figures[0]
    assert figure.value == pytest.approx(value, abs=0.01) and figure.unit == unit
    assert figure.formula and figure.formula in r.answer.split("。")[0]  # the direct answer is the computation
    assert [i["text"] for i in figure.inputs] == inputs
    ids = {c.id for c in r.citations}
    assert figure.citation_ids and set(figure.citation_ids) <= ids
    for i in figure.inputs:  # every input points into a cited passage or table cell
        source = i["source"]
        doc = index.documents[r.citations[figure.citation_ids[0] - 1].doc_id]
        assert doc.text[source["start"]:source["end"]] == source["text"]
    assert_offsets_exact(index, r)


def test_recomputed_share_flags_the_documents_own_mismatch(service):
    r = service.ask("用巴南区公办在园幼儿数和在园幼儿总数重新计算公办率，是多少？与文件写的是否一致？")
    assert r.figures[0].value == pytest.approx(54.82, abs=0.005)
    assert "19943 ÷ 36381" in r.answer and "54.79%" in r.answer and "不一致" in r.answer
    assert cited(r, BANAN, "公辦在園幼兒19943人,公辦率54.79%")


def test_indicator_synonyms_find_the_table_row_under_its_other_name(service):
    r = service.ask("巴南区2025年学前三年毛入园率目标是多少？")  # the 十四五 table calls it 学前教育毛入园率
    assert not r.abstained and r.answer.startswith("100%（2025年")
    assert cited(r, BANAN, "學前教育毛入園率(%")
    r = service.ask("荣昌区学生公用经费标准是多少？")
    assert cited(r, RONGCHANG, "小学800元/生/年、初中1000元/生/年")


def test_a_table_value_also_cites_the_prose_that_states_it(index, service):
    r = service.ask("巴南區高中階段毛入學率是多少？")
    assert not r.abstained and "正文亦写" in r.answer
    assert cited(r, BANAN, "高中階段毛入學率(%\n\n95.1\n\n95.81") and cited(r, BANAN, "高中階段毛入學率95.81%")
    assert_offsets_exact(index, r)


def test_a_plan_sentence_is_not_crowded_out_by_its_indicator_table(service):
    r = service.ask("巴南区“十四五”期间计划新建多少所中小学？")
    assert not r.abstained and r.answer.startswith("20所") and cited(r, BANAN, "新建中小學20所")


@pytest.mark.parametrize("question, doc_id, quote, figure", [
    ("两江那边管钱的部门这五年一共往学校里砸了多少钱？", LIANGJIANG, "财政局5年来累计投入49亿元", (49, "亿元")),
    ("巴南那边的娃娃在公家办的幼儿园读书的有多少人？", BANAN, "公辦在園幼兒19943人", (19943, "人")),
    ("開州區鄉村教師每月補助最高多少錢？", KAIZHOU, "每人每月最高可達1000元", (1000, "元")),
    ("兩江新區課後服務參與率是多少？", LIANGJIANG, "参与率95%", (95, "%")),
])
def test_everyday_phrasings_in_both_scripts_find_the_official_wording(service, question, doc_id, quote, figure):
    r = service.ask(question)
    assert not r.abstained and cited(r, doc_id, quote)
    assert (r.figures[0].value, r.figures[0].unit) == figure


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


def traceable_text(index, response: AskResponse) -> str:
    """What a number in an answer may come from: the cited passages, the caption and column headers
    of a cited table (`2025` labels a column, not a value), the computed figures with their inputs,
    and the source of a national standard an input was checked against (`教督〔2017〕6号`)."""
    parts = []
    for c in response.citations:
        parts += [c.text, c.section]
        for table in index.documents[c.doc_id].tables:
            if table.start <= c.start < table.end:
                parts += [table.caption, *table.columns]
    for f in response.figures:
        parts += [f.label, f.formula or "", f"{f.value:g}"]
        for i in f.inputs:
            parts += [str(i.get("text", "")), str(i.get("label", "")), str((i.get("source") or {}).get("text", ""))]
    return normalize(" ".join(parts), drop_space=True)


@pytest.mark.parametrize("question", PROBES)
def test_every_number_in_an_answer_is_traceable(index, service, question):
    r = service.ask(question)
    assert not r.abstained
    assert_offsets_exact(index, r)
    sources = traceable_text(index, r)
    answer = re.sub(r"\[\d+\]", " ", r.answer)
    for number in re.findall(r"\d+(?:\.\d+)?", normalize(answer, drop_space=True)):
        assert number in sources, (number, r.answer)
