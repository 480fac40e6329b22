"""Every part of what is asked, and the content of targets and measures (issue 11 classes 2, 3, 5,
7), on documents written here: a county work report (several figures in one sentence, goals of the
year ahead, measures as numbered items whose content runs on in the next paragraph, a heading over
一是/二是 items) and two county reports that state different things. Real ingest, real model,
real Chroma, Service.ask; the splitting of a question into its asks on its wording alone."""

import pytest

from ingest.normalize import normalize
from server.intent import asks
from server.service import Service
from tests.written import service_over

REPORT = """靖宇县2026年政府工作报告
2026年1月15日在靖宇县第十八届人民代表大会第五次会议上
一、2025年工作回顾
过去一年，全县新建改扩建中小学校6所，新增学位4200个，两年总投资3.6亿元。全县有中小学38所，在校学生2.1万人。截至2025年底，全县共有中小学幼儿园专任教师2380人，其中小学1120人、初中760人。
二、2026年主要预期目标
今年全县经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业6000人以上，城镇调查失业率控制在5.5%以内，居民人均可支配收入增长6%。
到2030年，学前三年毛入园率达到96%，义务教育巩固率达到98.5%，高中阶段毛入学率达到95%。
三、2026年重点工作
全年计划续建保障性安置房1300套、新开工安置房900套以上。
1.学前教育方面。
新建公办幼儿园4所，新增普惠性学位1200个，推进学前教育普及普惠县创建，让适龄幼儿就近入园。
2.教育助学方面。
落实家庭经济困难学生资助政策，全年发放助学金2800万元，资助学生1.6万人次，实现应助尽助。
3.校园安全方面。
完善校园安全防控体系，配齐专职保安，中小学校“一键报警”覆盖率达到100%。
第三，以教师队伍为第一资源，夯实教育根基。一是完善教师补充机制。每年招聘新教师120名，其中八成以上分配到农村学校。二是落实教师待遇保障。新建教师周转房300套，乡村教师每月补助最高800元。三是提升教师专业素养。开展全员轮训，培养骨干教师200名。
"""

COUNTY_A = """抚松县教育工作情况汇报
抚松县教育局
2025年12月10日
五年来，财政局累计投入教育经费12.6亿元，全力保障教育发展。全县组建教育集团4个。
"""

COUNTY_B = """长白朝鲜族自治县“十四五”教育事业总结
长白朝鲜族自治县教育局
2025年12月20日
“十四五”期间，全县一般公共预算教育支出8.7亿元，年均增长6.2%。全县建成标准化考场30个。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory) -> Service:
    return service_over(tmp_path_factory, "asks", {"jingyu-report-2026": REPORT, "fusong-report-2025": COUNTY_A,
                                                   "changbai-summary-2025": COUNTY_B})


def _said(answer: str) -> str:
    return normalize(answer, drop_space=True)


# --- asks, on the wording alone --------------------------------------------------------------------

def test_a_list_before_one_asking_word_is_one_ask_per_item_with_the_year_shared():
    assert asks("2026年续建和新开工多少套安置房？") == ["2026年续建多少套安置房", "2026年新开工多少套安置房"]


def test_a_clause_asking_twice_is_two_asks_with_the_verb_shared():
    assert asks("全县有多少所学校、多少名学生？") == ["全县有多少所学校", "全县有多少名学生"]
    assert asks("2025年新建多少所学校和多少个学位") == ["2025年新建多少所学校", "2025年新建多少个学位"]


def test_indicators_listed_before_a_target_word_each_have_their_own_target():
    assert asks("毛入园率和巩固率目标是多少？") == ["毛入园率目标是多少", "巩固率目标是多少"]


def test_short_modifiers_share_the_noun_after_them_and_a_range_is_no_list():
    assert asks("到2025年小学和初中专任教师本科及以上学历占比的目标各是多少？") == [
        "到2025年小学专任教师本科及以上学历占比的目标是多少", "到2025年初中专任教师本科及以上学历占比的目标是多少"]
    assert asks("2026年城镇和农村居民人均可支配收入分别增长多少？") == [
        "2026年城镇居民人均可支配收入增长多少", "2026年农村居民人均可支配收入增长多少"]


@pytest.mark.parametrize("question, expected", [
    ("新建、改扩建了多少所学校？", ["新建多少所学校", "改扩建了多少所学校"]),
    ("2025年新建、改扩建了多少所学校和多少个学位？",
     ["2025年新建多少所学校", "2025年改扩建了多少所学校", "2025年新建多少个学位", "2025年改扩建了多少个学位"]),
    ("续建和新扩建幼儿园各多少所？", ["续建幼儿园多少所", "新扩建幼儿园多少所"]),
])
def test_a_verb_is_not_cut_to_lend_its_last_character_to_another(question, expected):
    """`改扩建了` ends its own verb: 新建 gets no `建了` (新建建了)."""
    result = asks(question)
    assert not any("建建" in a for a in result), result
    assert result == expected


def test_a_compound_name_a_change_and_a_combination_stay_one_ask():
    assert asks("教育和卫生支出是多少？") == ["教育和卫生支出是多少"]
    assert asks("入园率从多少提高到多少？") == ["入园率从多少提高到多少"]
    assert asks("城东小学和河西中学的占地面积合计多少？") == ["城东小学和河西中学的占地面积合计多少"]


# --- several things asked: every one answered, each with its citation -------------------------------

def test_two_things_asked_with_one_asking_word_both_answered(service):
    response = service.ask("靖宇县2026年计划续建和新开工多少套安置房？")
    said = _said(response.answer)
    assert not response.abstained, response.answer
    assert "1300套" in said and "900套" in said, response.answer


def test_two_asking_clauses_in_one_question_both_answered(service):
    response = service.ask("靖宇县过去一年新建改扩建中小学校花了多少钱，新增了多少个学位？")
    said = _said(response.answer)
    assert "3.6亿元" in said and "4200个" in said, response.answer


def test_each_figure_is_named_by_its_ask_and_a_part_not_stated_is_said(service):
    response = service.ask("靖宇县2026年计划续建多少套安置房、新开工多少套安置房、新建多少所养老院？")
    said = _said(response.answer)
    assert "续建安置房:1300套" in said and "新开工安置房:900套以上" in said, response.answer
    assert "新建多少所养老院:文件中未找到" in said, response.answer


def test_a_part_introduced_by_its_whole_is_the_parts_figure(service):
    response = service.ask("截至2025年底，靖宇县共有多少名中小学幼儿园专任教师？其中小学多少人？")
    said = _said(response.answer)
    assert "2380人" in said and "1120人" in said, response.answer


def test_targets_of_two_indicators_in_one_clause_give_two_figures(service):
    response = service.ask("靖宇县到2030年义务教育巩固率和高中阶段毛入学率目标是多少？")
    said = _said(response.answer)
    assert "98.5%" in said and "95%" in said, response.answer
    assert sorted(f.value for f in response.figures) == [95, 98.5], "not the neighbouring indicator's target"


def test_a_different_thing_per_place_is_answered_for_each_place(service):
    response = service.ask("抚松县五年来财政累计教育投入和长白县“十四五”一般公共预算教育支出分别是多少？")
    said = _said(response.answer)
    assert "12.6亿元" in said and "8.7亿元" in said, response.answer
    assert "未找到" not in said, response.answer
    assert {c.doc_id for c in response.citations} == {"fusong-report-2025", "changbai-summary-2025"}


def test_a_place_that_does_not_state_it_is_named_as_such(service):
    response = service.ask("抚松县和长白县各组建了多少个教育集团？")
    said = _said(response.answer)
    assert "4个" in said, response.answer
    assert "长白" in said and "未找到" in said, response.answer


# --- measures: an item with its content, never its heading alone -----------------------------------

def test_a_numbered_item_heading_is_quoted_with_its_content(service):
    response = service.ask("靖宇县2026年在教育助学方面有哪些举措？")
    said = _said(response.answer)
    assert "2800万元" in said and "1.6万人次" in said, response.answer
    assert any("2800万元" in c.text for c in response.citations)


def test_a_heading_over_items_lists_each_item_with_its_content_and_citation(service):
    response = service.ask("靖宇县在教师队伍方面有哪些举措？")
    said = _said(response.answer)
    for content in ("120名", "300套", "200名"):
        assert content in said, response.answer
    cited = " ".join(c.text for c in response.citations)
    assert "一是完善教师补充机制" in cited and "三是提升教师专业素养" in cited


# --- goals: the goal statement, not a sentence merely saying 目标 ------------------------------------

def test_the_main_goals_quote_the_declared_goal_statement(service):
    response = service.ask("靖宇县2026年的主要预期目标是什么？")
    said = _said(response.answer)
    assert "6000人以上" in said and "5.5%以内" in said, response.answer
