"""Two computed figures asked in everyday words: the rest of a whole asked after the whole with 的 closing the
negated verb and no noun after it (`寄宿生不在校内用餐的有多少`: the whole − the part its sentence splits off),
and pupils per full-time teacher of kindergartens (`每名专任教师平均对应几名在园幼儿`: a 生师比 of 学前教育,
from a stage × counts table whose row names the stage with a note, `学前教育（幼儿园）`, and whose change
column names the students too). Documents written here, real ingest, Service.ask."""

import pytest

from figures.indicators import match_stage
from ingest.normalize import normalize
from server.answer.ratios import per_one
from server.answer.remainder import asked_undone
from server.intent import classify, intents_of
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

# a bulletin: the whole, then the part after 其中 in one sentence
BULLETIN = """2025年岚溪县教育事业统计公报
岚溪县教育局
2026年3月
一、义务教育
全县进城务工人员随迁子女在校生1640人，其中在公办学校就读1512人。
全县寄宿生3200人，其中在校内食堂用餐的2950人。
二、各学段情况

| 学段 | 学校数（所） | 在校生数（人） | 专任教师数（人） | 在校生数比上年增减（人） |
| --- | --- | --- | --- | --- |
| 学前教育（幼儿园） | 40 | 7200 | 480 | -310 |
| 小学 | 30 | 18600 | 1200 | +124 |
| 初中 | 12 | 9100 | 760 | +95 |
| 合计 | 82 | 34900 | 2440 | -91 |
"""

# a news item in traditional script, the part stated with 其中 and 名, and a table labelled by 幼儿园 alone
NEWS = """鹭汀鎮教育新聞
2025年11月4日
據鹭汀鎮中心學校介紹，全校留守兒童共326名，其中參加課後托管的有291名。

| 學段 | 在校生（人） | 專任教師（人） |
| --- | --- | --- |
| 幼兒園 | 630 | 42 |
| 小學 | 1450 | 96 |
"""


@pytest.mark.parametrize("question, asked", [
    ("随迁子女没在公办学校读书的有多少人？", ("在公办学校读书", "随迁子女")),
    ("全县寄宿生中不在校内食堂用餐的有几人", ("在校内食堂用餐", "寄宿生")),
    ("还有多少学生没有参加体检？", ("参加体检", "学生")),  # the older wordings still read
])
def test_the_rest_asked_after_its_whole_with_no_noun_after_de(question, asked):
    assert asked_undone(question) == asked


def test_a_kindergarten_names_the_preschool_stage():
    assert match_stage("幼儿园每名教师平均") == "学前教育"
    assert match_stage("幼儿园和小学") == "小学"  # a text naming a school stage beside it: that stage


@pytest.mark.parametrize("question", ["每名专任教师平均对应几名在园幼儿", "每个老师对应多少在校生"])
def test_pupils_per_teacher_asked_by_the_statistics_names_is_the_ratio(question):
    norm = normalize(question)
    assert classify(norm, intents_of(norm)).per == "生师比"


def test_a_ratio_is_also_shown_to_the_decimal_bulletins_state_it_in():
    assert per_one(12.368) == "即12.37:1，约12.4:1"
    assert per_one(15.5) == "即15.50:1"  # no rounding to one decimal: said once


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "rest-and-stage-ratio",
                        {"lanxi-bulletin-2025": BULLETIN, "luting-news-2025": NEWS})


@pytest.mark.parametrize("question, value", [
    ("岚溪县随迁子女没在公办学校念书的有多少人？", 128),  # 1640 − 1512
    ("岚溪县寄宿生不在校内食堂用餐的有多少人？", 250),  # 3200 − 2950
    ("鹭汀鎮中心學校留守兒童沒參加課後托管的有多少名？", 35),  # 326 − 291
])
def test_the_rest_is_the_whole_minus_its_part(service, question, value):
    answer = service.ask(question)
    assert first_figure(answer)[0] == value, answer.answer
    assert "−" in answer.answer, answer.answer


@pytest.mark.parametrize("question, value, doc", [
    # the students' count column, not the column of their change beside it
    ("岚溪县幼儿园每名专任教师平均对应几名在园幼儿？", 15.0, "lanxi-bulletin-2025"),  # 7200 ÷ 480
    ("岚溪县小学生师比是多少？", 15.5, "lanxi-bulletin-2025"),  # 18600 ÷ 1200
    ("鹭汀鎮幼兒園每名專任教師平均對應幾名在園幼兒？", 15.0, "luting-news-2025"),  # 630 ÷ 42
])
def test_kindergarten_pupils_per_teacher_from_the_stage_row(service, question, value, doc):
    answer = service.ask(question)
    assert first_figure(answer)[0] == value, answer.answer
    assert "÷" in answer.answer and inputs_cited(service, answer, doc), answer.answer


def test_no_ratio_of_the_stages_total_row(service):
    # the 合计 row counts every stage: a kindergarten ratio is never read from it
    answer = service.ask("岚溪县幼儿园每名专任教师平均对应几名在园幼儿？")
    assert all(f.value != pytest.approx(34900 / 2440, abs=0.01) for f in answer.figures), answer.answer
