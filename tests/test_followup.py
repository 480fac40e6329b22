"""Follow-up questions over documents written here: the new turn's place, time, stage, indicator or
school label takes the slot of its kind in the previous question and the rest is kept; a new topic
keeps the previous place, time and stage; the answer is about what the follow-up asked or none
(never the previous answer's figure again). Simplified and Traditional follow-ups.
Real ingest, real model, real Chroma, Service.ask."""

import pytest

from server.answer import Draft
from server.followup import Resolution, Slot, check, resolve, resolve_followup
from server.schemas import Citation, Figure
from server.service import Service
from tests.written import service_over

# a county's self-evaluation: one stage's coefficient per sentence, a school table, years
EVALUATION = """宁化县义务教育优质均衡发展督导评估自评报告
2024年6月
一、校际均衡状况
按在校生人数加权计算，全县小学综合差异系数为0.412，各项差异系数均小于0.50。全县初中综合差异系数为0.298，各项差异系数均小于0.45。
二、学校办学条件
表1 各校办学条件
| 学校 | 生均教学及辅助用房面积(平方米) | 生均体育运动场馆面积(平方米) |
| 城关小学 | 6.8 | 9.1 |
| 翠江小学 | 5.2 | 7.4 |
| 城南中学 | 8.3 | 12.6 |
三、办学规模
2022年全县义务教育在校学生数为4.1万人，2023年全县义务教育在校学生数为4.3万人。
"""
EVALUATION_ID = "ninghua-evaluation-2024"

# two provinces' reports stating the same indicator
NINGXIA = """2026年宁夏回族自治区政府工作报告
一、“十四五”时期工作回顾
五年来，全区常住人口城镇化率提高到68.2%，城镇新增就业累计38万人。
"""
QINGHAI = """2026年青海省政府工作报告
一、“十四五”时期工作回顾
五年来，全省常住人口城镇化率提高到63.5%，城镇新增就业累计29万人。
二、2025年工作回顾
2025年全省粮食产量112万吨，城镇新增就业6.2万人。
三、2026年重点工作
今年城镇新增就业6万人以上，粮食产量稳定在110万吨以上。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "followup", {EVALUATION_ID: EVALUATION, "ningxia-report-2026": NINGXIA,
                                                       "qinghai-report-2026": QINGHAI})


def user(*questions: str) -> list[dict]:
    return [{"role": "user", "content": q} for q in questions]


def after(question: str, answer: str) -> list[dict]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


# --- resolution: each slot kind ------------------------------------------------------------------

def test_a_stage_replaces_the_stage(service):
    assert resolve_followup("初中呢？", user("宁化县小学的综合差异系数是多少？"), service.catalog) \
        == "宁化县初中的综合差异系数是多少?"
    # no stage before: the stage is added after the place, the rest kept
    added = resolve_followup("那初中呢？", user("宁化县综合差异系数是多少？"), service.catalog)
    assert added.startswith("宁化县初中综合差异系数")
    # 中小学 is a stage of its own (the compulsory stages together), replaced whole, not its 小学
    inside = resolve_followup("那高中呢？", user("宁化县中小学教师有多少人？"), service.catalog)
    assert inside.startswith("宁化县高中教师")


def test_a_place_replaces_the_place_and_keeps_the_time(service):
    resolved = resolve_followup("青海呢？", user("宁夏“十四五”末常住人口城镇化率是多少？"), service.catalog)
    assert resolved == "青海“十四五”末常住人口城镇化率是多少?"
    # a place with its own ask is a question of its own
    assert resolve_followup("青海城镇新增就业多少人？", user("宁夏常住人口城镇化率是多少？"), service.catalog) \
        == "青海城镇新增就业多少人？"


def test_a_year_replaces_the_year_and_a_relative_year_takes_its_place(service):
    r = resolve("那2023年呢？", user("宁化县2022年义务教育在校学生数是多少？"), service.catalog)
    assert r.text == "宁化县2023年义务教育在校学生数是多少?" and [s.text for s in r.changed] == ["2023年"]
    last = resolve_followup("去年实际完成了多少？", user("宁化县2026年新增学位的目标是多少？"), service.catalog)
    assert last.startswith("宁化县去年新增学位") and "2026" not in last  # 去年 read per document
    # a year with a word for the achieved state of the same figure (完成) keeps the previous topic
    done = resolve("那2025年完成了多少？", user("宁化县2026年新增学位的目标是多少？"), service.catalog)
    assert done.text.startswith("宁化县2025年新增学位") and [s.text for s in done.changed] == ["2025年"]


def test_an_indicator_replaces_the_indicator(service):
    resolved = resolve_followup("那生均体育运动场馆面积呢？", user("城关小学生均教学及辅助用房面积是多少？"),
                                service.catalog)
    assert resolved == "城关小学生均体育运动场馆面积是多少?"


def test_a_label_replaces_the_label_or_the_stage_it_names(service):
    resolved = resolve_followup("那翠江小学呢？", user("宁化县城关小学的生均教学及辅助用房面积是多少？"),
                                service.catalog)
    assert resolved == "宁化县翠江小学的生均教学及辅助用房面积是多少?"
    # a label written inside an indicator's name (公办幼儿园占比) is replaced inside it
    assert resolve_followup("那普惠性幼儿园呢？", user("宁化县公办幼儿园占比是多少？"), service.catalog) \
        == "宁化县普惠性幼儿园占比是多少?"
    # a stage the previous label ends in
    assert resolve_followup("那初中呢？", user("宁化县农村小学的班额是多少？"), service.catalog) \
        == "宁化县农村初中的班额是多少?"


def test_a_school_pointed_back_at_is_the_one_the_previous_question_named(service):
    # 这所学校 / 该校 is the school asked before, not any school of the place
    asked = user("宁化县城南中学的生均教学及辅助用房面积是多少？")
    assert resolve_followup("那这所学校的生均体育运动场馆面积呢？", asked, service.catalog) \
        == "宁化县城南中学的生均体育运动场馆面积是多少?"
    assert "城南中学" in resolve_followup("该校的生均体育运动场馆面积是多少？", asked, service.catalog)
    r = service.ask("那这所学校的生均体育运动场馆面积呢？", after(asked[0]["content"], "城南中学8.3平方米。"))
    assert r.figures and round(r.figures[0].value, 1) == 12.6, r.answer
    # no school named before: nothing to point back at, the question is left as it is
    assert "这所学校" in resolve_followup("这所学校的生均体育运动场馆面积呢？", user("宁化县小学综合差异系数是多少？"),
                                      service.catalog)


def test_a_new_topic_keeps_place_time_and_stage_and_the_previous_ask(service):
    resolved = resolve_followup("那专任教师呢？", user("宁化县2023年小学在校学生数是多少？"), service.catalog)
    assert resolved == "宁化县2023年小学专任教师是多少?"
    own_ask = resolve_followup("专任教师有几人？", user("宁化县小学在校学生数是多少？"), service.catalog)
    assert own_ask == "宁化县小学专任教师有几人？"
    # a school named for another topic stands in for the previous stage
    school = resolve_followup("那城关小学的专任教师呢？", user("宁化县小学在校学生数是多少？"), service.catalog)
    assert school == "宁化县城关小学的专任教师是多少?"


def test_another_measure_keeps_the_thing_money_was_asked_of(service):
    # a budget table's row asked its 预算, then another of its columns: the row is kept as a label is
    resolved = resolve_followup("执行率呢？", user("宁化县2025年校车运营补助预算多少"), service.catalog)
    assert resolved == "宁化县2025年校车运营补助执行率多少", resolved
    # no money asked before: the new topic alone, with the place kept
    assert "学生" not in resolve_followup("执行率呢？", user("宁化县2025年学生人数多少"), service.catalog)
    # another amount named alone is a thing of its own, not a column of the thing before
    assert "校车" not in resolve_followup("项目支出呢？", user("宁化县2025年校车运营补助预算多少"), service.catalog)
    assert "校车" not in resolve_followup("助学金呢？", user("宁化县2025年校车运营补助预算多少"), service.catalog)


def test_traditional_follow_ups_resolve_like_simplified(service):
    assert resolve_followup("那麼初中呢？", user("寧化縣小學的綜合差異係數是多少？"), service.catalog) \
        == "宁化县初中的综合差异系数是多少?"
    assert resolve_followup("青海呢？", user("寧夏常住人口城鎮化率是多少？"), service.catalog) \
        == "青海常住人口城镇化率是多少?"


def test_each_earlier_follow_up_resolves_against_the_one_before(service):
    history = user("宁化县2022年小学在校学生数是多少？", "那初中呢？")
    assert resolve_followup("那2023年呢？", history, service.catalog) == "宁化县2023年初中在校学生数是多少?"


# --- answers: about what the follow-up asked, or none ----------------------------------------------

def test_the_stage_asked_never_gets_the_previous_stages_figure(service):
    r = service.ask("初中呢？", after("宁化县小学的综合差异系数是多少？", "宁化县小学综合差异系数为0.412。"))
    assert "0.412" not in r.answer.split("。")[0] and (r.abstained or "0.298" in r.answer)


def test_the_year_asked_gets_its_own_figure(service):
    r = service.ask("那2023年呢？", after("宁化县2022年义务教育在校学生数是多少？", "4.1万人。"))
    assert not r.abstained and r.answer.startswith("4.3万人")


def test_the_achieved_figure_of_a_year_after_its_target_is_the_same_indicator(service):
    r = service.ask("那2025年完成了多少？", after("青海2026年城镇新增就业目标是多少？", "6万人以上。"))
    assert not r.abstained and r.answer.startswith("6.2万人"), r.answer  # not 2025's 粮食产量


def test_the_place_asked_gets_its_own_figure(service):
    r = service.ask("青海呢？", after("宁夏常住人口城镇化率是多少？", "宁夏常住人口城镇化率提高到68.2%。"))
    assert not r.abstained and "63.5%" in r.answer and all(c.doc_id == "qinghai-report-2026" for c in r.citations)


def test_the_school_asked_gets_its_own_row(service):
    r = service.ask("那翠江小学呢？", after("宁化县城关小学的生均教学及辅助用房面积是多少？", "城关小学6.8平方米。"))
    assert not r.abstained and "5.2" in r.answer and "6.8" not in r.answer


def test_a_follow_up_the_documents_do_not_answer_is_not_given_the_previous_figure(service):
    r = service.ask("那高中呢？", after("宁化县小学的综合差异系数是多少？", "宁化县小学综合差异系数为0.412。"))
    assert r.abstained and "0.412" not in r.answer
    school = service.ask("那实验小学呢？",
                         after("宁化县城关小学的生均教学及辅助用房面积是多少？", "城关小学6.8平方米。"))
    assert school.abstained and "6.8" not in school.answer


def test_an_answer_stating_the_figure_of_the_replaced_stage_is_withdrawn():
    stage = Slot("stage", "初中", 0, 2, was="小学")
    quoted = [Citation(id=1, doc_id="d", title="t", section="", text="全县小学综合差异系数为0.337；初中为0.303",
                       start=0, end=20, score=1.0)]

    def draft(value: float) -> Draft:
        return Draft(f"{value}。", False, quoted, [Figure(label="综合差异系数", value=value, unit="")])

    resolution = Resolution("某县初中综合差异系数是多少?", [stage])
    texts = [c.text for c in quoted]
    assert check(draft(0.337), resolution, texts).abstained
    assert not check(draft(0.303), resolution, texts).abstained
    # passages that never name the stage asked do not answer it
    assert check(draft(0.303), resolution, ["小学综合差异系数为0.303"]).abstained
    # the same figure stated for both stages answers either
    both = ["小学入学率为100%，初中入学率为100%"]
    full = Draft("100%", False, quoted, [Figure(label="率", value=100, unit="%")])
    assert not check(full, resolution, both).abstained
    # a new year is no reason: a target may equal the year before's figure (巩固率保持99.5%)
    year = Resolution("某县2025年巩固率是多少?", [Slot("time", "2025年", 0, 5, was="2020年")])
    kept = ["巩固率2020年99.5%，2025年99.5%"]
    assert not check(Draft("99.5%", False, quoted, [Figure(label="率", value=99.5, unit="%")]), year, kept).abstained
