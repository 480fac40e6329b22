"""Targets and measures of government work reports, on reports written here: the year's goal
statement (one sentence chain of many goals), the plan period's goals, the goal asked quoted with
its figure and qualifier and never a neighbour's, a clause that names the indicator without a
figure; the measures of one topic from a paragraph of run-in headings and 。-separated measures;
one line per place of a document that serves two places, and per document when no place is named
and several state it; groups of a table compared as wholes in the unit asked; the table cell of the indicator and the
unit asked.
Real ingest, real model, real Chroma, Service.ask."""

import pytest

from ingest.normalize import normalize
from server.schemas import AskResponse
from server.service import Service
from tests.written import service_over

REPORT = """2026年吉林省政府工作报告
2026年1月18日在吉林省第十四届人民代表大会第五次会议上
一、2025年工作回顾
过去一年，全省地区生产总值增长5.1%，城镇新增就业24.6万人。
二、“十五五”时期主要目标任务
“十五五”时期是基本实现社会主义现代化夯实基础的关键时期。
统筹推进基础教育扩优提质、职业教育内涵式发展、高等教育整体性跃升。
“十五五”发展的主要目标是：到2030年，全省人均地区生产总值接近全国平均水平，全员劳动生产率达到25万元/人左右，居民人均可支配收入达到6万元左右。实现上述目标，必须坚持稳中求进。
三、2026年重点工作
今年经济社会发展主要预期目标是：地区生产总值增长5%左右，单位地区生产总值能耗降低2.5%左右，城镇新增就业25万人以上，居民收入增长与经济增长同步，粮食产量800亿斤以上。这样的目标，是综合考虑各方面因素提出的。
（一）更大力度保障和改善民生。
促进高质量充分就业。坚持就业优先，开展稳岗扩容提质行动，稳定扩大高校毕业生等重点群体就业。办好人民满意的教育。推进义务教育优质均衡发展，新增公办幼儿园学位2万个，实施县域普通高中振兴计划。健全养老服务体系。新建社区养老服务中心100个，发展银发经济。动态调整乡村教师生活补助标准，每人每月最高可达800元。
（二）着力扩大有效需求。
落实养老服务消费补贴政策，探索开展旅居养老。推进国际消费中心城市建设，新增退税商店100家以上。
"""
REPORT_ID = "jilin-report-2026"

# one document serving two places: a meeting's speeches by a city and a county inside it
SPEECHES = """全省义务教育优质均衡推进会交流发言（遵义市、湄潭县）
2024年4月10日
遵义市：全面发展促均衡
遵义市现有中小学1300所。该市落实“县管校聘”机制，推行城区学校教师编制统筹调配，三年来通过公开招聘、定向培养等渠道补充教师3000名，全市音体美教师缺额基本补齐。全市组建教育集团120个，公办幼儿园占比达62.5%。
湄潭县：砥砺奋进谱新篇
湄潭县现有中小学86所，专任教师2100人。稳妥实施教师“县管校聘”，促进师资合理流动。全县组建教育集团7个，公办幼儿园占比91%。
"""
SPEECHES_ID = "zunyi-meitan-speeches-2024"

# a self-evaluation whose table has the indicators as columns and, per stage, a count row and a
# share row; and an indicator table whose label lost its closing bracket in the layout
EVALUATION = """普定县义务教育优质均衡发展自评报告
2024年5月
一、资源配置指标达标情况
表2 资源配置指标达标情况
| 学段 | 类别 | 生均教学仪器设备值 | 每百名学生拥有网络多媒体教室数 |
| 小学 | 达标学校数(所) | 40 | 38 |
| 小学 | 达标学校比例(%) | 95.24 | 90.48 |
| 初中 | 达标学校数(所) | 12 | 11 |
| 初中 | 达标学校比例(%) | 100 | 91.67 |
二、主要指标
表3 主要指标
| 指标 | 2023年 | 2025年 |
| 学前三年毛入园率(% | 88.5 | 92 |
| 义务教育巩固率(% | 96.1 | 97 |
三、发展成就
表4 教育事业发展主要指标
| 分类 | 指标 | 2020年 | 2023年 |
| 学前教育 | 在园幼儿数(万人) | 1.20 | 1.35 |
| 学前教育 | 学前三年毛入园率(%) | 80.0 | 88.5 |
| 义务教育 | 在校学生数(万人) | 5.10 | 5.60 |
| 义务教育 | 其中:普通小学 | 3.40 | 3.80 |
| 高中阶段教育 | 在校学生数(万人) | 2.00 | 2.30 |
"""
EVALUATION_ID = "puding-evaluation-2024"

# another province's report stating the same kind of goal
OTHER_REPORT = """2026年海南省政府工作报告
2026年1月25日在海南省第七届人民代表大会第五次会议上
一、2026年重点工作
今年经济社会发展主要预期目标是：地区生产总值增长6%左右，城镇新增就业12万人以上，居民消费价格涨幅2%左右。
"""
OTHER_REPORT_ID = "hainan-report-2026"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "reports", {REPORT_ID: REPORT, SPEECHES_ID: SPEECHES,
                                                      EVALUATION_ID: EVALUATION, OTHER_REPORT_ID: OTHER_REPORT})


def cited(response: AskResponse, quote: str) -> bool:
    want = normalize(quote, drop_space=True)
    return any(want in normalize(c.text, drop_space=True) for c in response.citations)


def test_the_years_goal_statement_is_quoted_whole_and_not_the_remarks_after_it(service):
    r = service.ask("吉林2026年经济社会发展的主要预期目标是什么？")
    assert not r.abstained
    assert "地区生产总值增长5%左右" in r.answer and "粮食产量800亿斤以上" in r.answer
    assert "这样的目标" not in r.answer and "到2030年" not in r.answer
    assert cited(r, "今年经济社会发展主要预期目标是：地区生产总值增长5%左右")


def test_the_plan_periods_goals_are_not_the_years(service):
    r = service.ask("吉林“十五五”时期的主要目标是什么？")
    assert not r.abstained and "全员劳动生产率达到25万元/人左右" in r.answer
    assert "实现上述目标" not in r.answer and "城镇新增就业25万人以上" not in r.answer


def test_the_goal_asked_and_not_a_neighbour_naming_the_same_words(service):
    r = service.ask("吉林2026年地区生产总值增长目标是多少？")
    assert not r.abstained and r.answer.startswith("5%左右")
    assert all(f.value != 2.5 for f in r.figures)


def test_a_goal_stated_without_a_figure_is_quoted_not_a_neighbours_figure(service):
    r = service.ask("吉林到2030年人均地区生产总值要达到什么水平？")
    assert not r.abstained and "接近全国平均水平" in r.answer
    assert not r.figures and "25万元" not in r.answer


def test_a_goal_without_a_figure_is_cut_from_the_goal_list(service):
    r = service.ask("吉林2026年居民收入增长目标是什么？")
    assert not r.abstained and "居民收入增长与经济增长同步" in r.answer
    assert "粮食产量" not in r.answer and "地区生产总值" not in r.answer


def test_measures_of_a_topic_from_a_paragraph_of_run_in_headings(service):
    r = service.ask("吉林2026年在教育方面有哪些举措？")
    assert not r.abstained and "推进义务教育优质均衡发展" in r.answer
    # the next run-in heading's measures and the plan period's aims are not this year's education measures
    assert "坚持就业优先" not in r.answer and "养老服务" not in r.answer
    assert "高等教育整体性跃升" not in r.answer


def test_a_measure_sentence_of_its_own_is_not_run_on_into_the_next(service):
    r = service.ask("吉林2026年在养老方面有哪些举措？")
    assert not r.abstained and "探索开展旅居养老" in r.answer and "新建社区养老服务中心100个" in r.answer
    assert "退税商店" not in r.answer


def test_a_document_serving_two_places_answers_once_for_each(service):
    r = service.ask("遵义市和湄潭县各组建了多少个教育集团？")
    assert not r.abstained
    lines = r.answer.splitlines()
    assert any(line.startswith("遵义市：120个") for line in lines), r.answer
    assert any(line.startswith("湄潭县：7个") for line in lines), r.answer
    r = service.ask("遵义市和湄潭县的公办幼儿园占比分别是多少？")
    assert {f.value for f in r.figures} >= {62.5, 91}


def test_which_places_mention_a_policy_names_each_place_of_a_shared_document(service):
    r = service.ask("哪些地区的文件提到了县管校聘？")
    assert not r.abstained
    assert any(line.startswith("遵义市：") and "落实“县管校聘”机制" in line for line in r.answer.splitlines())
    assert any(line.startswith("湄潭县：") and "稳妥实施教师“县管校聘”" in line for line in r.answer.splitlines())
    assert "补充教师3000名" not in r.answer  # the clause of a long sentence that says it, not the figures beside it


def test_a_count_and_a_share_asked_of_an_indicator_column_each_come_from_their_row(service):
    r = service.ask("普定县小学生均教学仪器设备值有多少所学校达标？达标比例是多少？")
    assert not r.abstained
    assert {(f.value, f.unit) for f in r.figures} >= {(40, "所"), (95.24, "%")}, r.answer
    assert not any(f.value in (38, 90.48) for f in r.figures)  # the neighbouring indicator's column


def test_a_label_that_lost_its_bracket_is_shown_closed(service):
    r = service.ask("普定县学前三年毛入园率是多少？")
    assert not r.abstained and "88.5" in r.answer
    assert "学前三年毛入园率(%)" in r.answer and "(%”" not in r.answer


def test_a_figure_asked_with_no_place_that_several_documents_state_gives_each(service):
    r = service.ask("2026年城镇新增就业目标是多少？")
    assert not r.abstained and "2份文件" in r.answer
    lines = r.answer.splitlines()
    assert any(line.startswith("吉林省：25万人以上") for line in lines), r.answer
    assert any(line.startswith("海南省：12万人以上") for line in lines), r.answer
    assert len(r.citations) == 2


def test_a_figure_only_one_document_states_is_answered_from_it_alone(service):
    r = service.ask("2026年粮食产量目标是多少？")
    assert not r.abstained and r.answer.startswith("800亿斤以上") and len(r.citations) == 1


def test_groups_of_a_table_compared_as_wholes_in_the_unit_asked(service):
    r = service.ask("普定县学前、义务教育、高中阶段三个学段里哪个学段的在校（园）人数增加最多？")
    assert not r.abstained and r.answer.startswith("义务教育"), r.answer
    assert "5.60 − 5.10 = 0.5" in r.answer  # not the rate's 8.5 points, which is no count of pupils


def test_a_how_much_question_takes_the_figure_of_the_clause_after_the_one_naming_it(service):
    r = service.ask("吉林乡村教师生活补助每人每月最高可以拿多少？")
    assert not r.abstained and r.answer.startswith("800元"), r.answer
