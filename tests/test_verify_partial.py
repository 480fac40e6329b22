"""Checks between composing and returning, on documents written here, against answers that state a
part for the whole asked: a total over the stages a question lists computed from some of them; a
total over one district's rows of a city's project table computed over every district, or read
from one of its rows; a ranking given for `差多少`; a count given for `…的占多少`; the figure of
another provision of the sentence that states the one asked; a neighbour's figure for a word the
documents never use. Real ingest, real
model, real Chroma, Service.ask."""

import pytest

from server.query import analyse
from server.service import Service
from tests.written import first_figure, service_over

# a city plan with a project table whose rows name the districts they are in
CITY_PLAN = """株洲市学前教育发展提升行动计划（2024—2026年）
株洲市人民政府办公室
2024年3月6日
一、发展基础
截至2023年底，全市共有幼儿园520所，在园幼儿81200人。全市幼儿园专任教师5260人，专科及以上学历教师占91.3%。
二、重点任务
全市新建、改扩建公办幼儿园5所，总投资9800万元，项目如下表。

| 序号 | 项目名称 | 新增学位（个） | 投资（万元） | 完成年份 |
|---|---|---|---|---|
| 1 | 荷塘区金山幼儿园新建项目 | 270 | 1900 | 2024 |
| 2 | 芦淞区白关幼儿园改扩建项目 | 180 | 1300 | 2024 |
| 3 | 荷塘区仙庾幼儿园改扩建项目 | 90 | 600 | 2025 |
| 4 | 石峰区清水塘幼儿园新建项目 | 360 | 3200 | 2025 |
| 5 | 天元区栗雨幼儿园新建项目 | 330 | 2800 | 2026 |
"""

# a district opinion with a table of staffing by stage
STAFFING = """芦淞区关于加强中小学教师队伍建设的实施意见
芦淞区教育局
2024年6月3日
一、优化教师资源配置
全区中小学教职工编制在核定总量内动态调整，2024年各学段编制情况如下表。

| 学段 | 在校生数（人） | 核定编制（名） | 实有教职工（名） |
|---|---|---|---|
| 小学 | 21400 | 1210 | 1150 |
| 初中 | 10300 | 860 | 842 |
| 普通高中 | 4200 | 410 | 405 |
"""

# a county report whose sentences state several provisions, each of its own subject
REPORT = """宁乡市义务教育优质均衡发展工作报告
宁乡市教育局
2024年9月12日
一、经费保障
学生不足100人的小学和教学点均按100人核定公用经费，农村寄宿制学校按照年生均300元标准增加公用经费补助。随班就读残疾学生按照每年生均6000元拨付公用经费。
二、教师队伍
2024年，全市公开招聘中小学、幼儿园教师380名。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "partial", {"zhuzhou-plan.md": CITY_PLAN.encode(),
                                                      "lusong-opinion.md": STAFFING.encode(),
                                                      "ningxiang-report": REPORT})


def test_a_city_named_before_a_district_of_it_only_qualifies_it(service):
    assert analyse("株洲项目表里荷塘区的幼儿园项目一共投资多少万元？", service.catalog).regions == ["荷塘区"]
    # listed side by side, both are asked
    assert set(analyse("株洲市和荷塘区的幼儿园各有多少所？", service.catalog).regions) == {"株洲市", "荷塘区"}


def test_a_districts_total_is_not_the_citys_nor_one_of_its_rows(service):
    r = service.ask("株洲项目表里荷塘区的幼儿园项目一共投资多少万元？")
    # the answer is 1900 + 600 = 2500 or an abstention, never the city's 9800 nor one row's 1900
    assert r.abstained or first_figure(r) == (2500.0, "万元"), r.answer
    assert not any(f.value in (9800, 1900) for f in r.figures), r.answer


@pytest.mark.parametrize("question", ["芦淞区小学、初中、普通高中三个学段的核定编制合计多少名？",
                                      "芦淞区小学、初中、普通高中三个学段的核定编制合计多少名？实有教职工合计多少？"])
def test_a_total_over_the_stages_listed_is_not_one_stages_row(service, question):
    r = service.ask(question)
    assert r.abstained or first_figure(r) == (2480.0, "人"), r.answer
    assert not any(f.value in (410, 405, 815) for f in r.figures), r.answer


def test_a_ranking_among_the_stages_listed_names_its_winner(service):
    r = service.ask("芦淞区小学、初中、普通高中三个学段里哪个学段的在校生最多？")
    assert not r.abstained and r.answer.startswith("小学"), r.answer


def test_a_ranking_is_no_answer_to_how_far_apart(service):
    r = service.ask("芦淞区哪个学段实有教职工和核定编制差得最多？差多少？")
    assert r.abstained or any(f.value == 60 for f in r.figures), r.answer


def test_a_figure_of_another_provision_in_the_sentence_is_no_answer(service):
    # the subject asked is the first clause's; the 300元 is the boarding schools'
    r = service.ask("宁乡市对不足100名学生的小学和教学点，公用经费核定是否符合要求？")
    assert not any(f.value == 300 for f in r.figures) and "300" not in r.answer, r.answer
    assert r.abstained or "按100人核定" in r.answer, r.answer  # the clause about the subject asked
    # asked of the boarding schools, their own clause answers
    r = service.ask("宁乡市农村寄宿制学校公用经费按生均多少元增加补助？")
    assert first_figure(r)[0] == 300.0, r.answer


def test_a_word_the_documents_never_use_is_not_answered_by_a_neighbour(service):
    # a role no document names (保育员) is not the teachers' figure
    r = service.ask("宁乡市2024年招聘幼儿园保育员多少名？")
    assert r.abstained and "保育员" in r.answer and "380" not in r.answer.split("最接近")[0], r.answer
    # the teachers themselves, and an everyday word for what the text names (老师 for 教师), are answered
    assert first_figure(service.ask("宁乡市2024年招聘了多少名幼儿园教师？"))[0] == 380.0
    assert first_figure(service.ask("宁乡市2024年招了多少个中小学老师？"))[0] == 380.0


def test_which_school_asks_a_name_not_a_count_of_schools(service):
    # the count asked is the places' (个); `哪所学校` asks which one, in no unit
    assert analyse("株洲市2025年计划新建哪所学校？能新增多少学位？", service.catalog).units == ()
    assert analyse("株洲市2025年计划新建几所学校？", service.catalog).units == ("所",)


def test_a_share_asked_by_zhan_duoshao_is_a_percentage(service):
    assert analyse("株洲幼儿园老师里大专以上文凭的占多少？", service.catalog).units[0] == "%"
    assert analyse("株洲幼儿园项目占地多少平方米？", service.catalog).operation != "share"
    r = service.ask("株洲幼儿园老师里大专以上文凭的占多少？")
    assert r.abstained or first_figure(r) == (91.3, "%"), r.answer
    assert not any(f.value == 5260 for f in r.figures), r.answer
