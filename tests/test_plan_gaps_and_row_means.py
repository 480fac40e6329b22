"""Figures computed from a plan and what was done, and from two columns of a table row, on documents written
here: the work done beyond a plan or short of it (done − plan, the counter as written, the table's total row
restating both cited too, nothing when asked the other way round), a completion rate of a thing the document
names with a qualifier inside, the share of a row's findings dealt with asked by its verb, the items of a
row not due (whole − due), a mean class asked as 平均一个班, people per event of a table's total row, money per
volume with its 万元 converted to 元, a planned cell of the row asked never the prose's total of the whole, a
listed part's share of a fund named with its document's subject, a row's share of its total row asked with
no whole, its span of grades said with 到, the period column of a named row holding the most, things per head
of a row as its copies over its pupils (never a total), and a mean per school of the one of a sentence's two
totals the question's verb names."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import first_figure, service_over

# a county's summary of its school security works: plans and what was done, the thing named once per pair
SECURITY = """某县2026年校园安防设施建设总结
县教育局
2026年12月
一、建设情况
全年计划安装人脸识别门禁310套，实际完成347套；计划改造校园消防应急通道60处，实际建成52处。
二、分学段情况

| 学段 | 门禁计划（套） | 门禁完成（套） | 通道计划（处） | 通道完成（处） |
| --- | --- | --- | --- | --- |
| 小学 | 180 | 205 | 36 | 30 |
| 初中 | 130 | 142 | 24 | 22 |
| 合计 | 310 | 347 | 60 | 52 |
"""
SECURITY_ID = "county-campus-security-works-2026"

# a district's tally of inspections, research items and courses, each row counting a whole beside a part
TALLY = """某区2026年教育督导与教研工作台账
区教育局
2026年11月
一、督导发现问题处理情况

| 学校 | 检查项目 | 查出问题 | 整改完成 |
| --- | --- | --- | --- |
| 某甲中学 | 40 | 9 | 7 |
| 某乙小学 | 35 | 4 | 4 |

二、教研项目验收安排

| 项目类别 | 项目数 | 应验收数 |
| --- | --- | --- |
| 市级项目 | 31 | 26 |
| 区级项目 | 75 | 70 |
| 合计 | 106 | 96 |

三、秋季开学分班计划

| 年级 | 计划班数 | 计划招收 |
| --- | --- | --- |
| 初一 | 24 | 1104 |
| 高一 | 18 | 918 |

四、民办学校年检

| 学校 | 在校生（人） | 专任教师（人） |
| --- | --- | --- |
| 某丙学校 | 1200 | 80 |
| 某丁学校 | 650 | 44 |
| 合计 | 1850 | 124 |

民办学校新聘教师须持证上岗，尚未持证的9名在岗教师须于年底前取得教师资格。
"""
TALLY_ID = "district-inspection-research-tally-2026"

# a county's training sessions and its book order: totals by row, money in 万元 noted in its header
TRAINING = """某县2026年教师培训与图书订购情况通报
县教育局
2026年10月
一、培训开展情况

| 片区 | 学校数 | 培训场次 | 参训人数 |
| --- | --- | --- | --- |
| 东片 | 12 | 30 | 2760 |
| 西片 | 8 | 20 | 1640 |
| 合计 | 20 | 50 | 4400 |

二、图书订购情况
每名学生订购课外读物人均6册。
表2 课外读物订购明细

| 学段 | 学生数 | 订购数量（册） | 购书金额（万元） |
| --- | --- | --- | --- |
| 小学 | 5000 | 30000 | 36.00 |
| 初中 | 3000 | 18000 | 28.80 |
| 合计 | 8000 | 48000 | 64.80 |
"""
TRAINING_ID = "county-training-and-books-2026"

# a reading festival's plan: its fund split by a 其中 list, the fund named without the festival the title names;
# its pupils by span of grades under a total row
FESTIVAL = """某县2026年校园读书节活动方案
县教育局
2026年3月
四、经费安排
县里拨付专项经费60万元，其中图书采购42万元，讲座补助和评奖经费18万元，年底结算。
五、参与安排

| 年级 | 报名人数 | 撰写笔记（篇） |
| --- | --- | --- |
| 一至三年级 | 1200 | 800 |
| 四至六年级 | 1800 | 2100 |
| 合计 | 3000 | 2900 |
"""
FESTIVAL_ID = "county-reading-festival-plan-2026"

# a bulletin counting by indicator row and quarter column, one row tied for its largest quarter
BUSES = """某县2025年校车运行安全检查通报
县教育局
2026年1月
一、检查发现

| 项目 | 合计 | 第一季度 | 第二季度 | 第三季度 | 第四季度 |
| --- | --- | --- | --- | --- | --- |
| 超员运行（次） | 12 | 3 | 6 | 2 | 1 |
| 驾驶员资质不符（人） | 5 | 1 | 0 | 2 | 2 |
"""
BUSES_ID = "county-school-bus-inspection-2025"

# a city's order of workbooks by stage, pupils counted beside the copies, and a survey's two 份 totals over its schools
WORKBOOKS = """榆坪市2026年秋季练习册征订与问卷情况
市教育局
2026年9月
一、练习册征订

| 学段 | 学校数 | 学生数 | 订购量（册） | 金额（万元） |
| --- | --- | --- | --- | --- |
| 小学 | 26 | 9000 | 45000 | 54.00 |
| 初中 | 14 | 6000 | 42000 | 63.00 |
| 合计 | 40 | 15000 | 87000 | 117.00 |

二、家长问卷
各校共发放家长问卷4200份，回收问卷3780份，覆盖全市40所学校。

三、校服配发

| 学段 | 配发套数（套） |
| --- | --- |
| 小学 | 18000 |
| 初中 | 12000 |
"""
WORKBOOKS_ID = "city-workbooks-and-survey-2026"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "plangaps", {SECURITY_ID: SECURITY, TALLY_ID: TALLY,
                                                        TRAINING_ID: TRAINING, FESTIVAL_ID: FESTIVAL,
                                                        BUSES_ID: BUSES, WORKBOOKS_ID: WORKBOOKS})


def test_work_done_beyond_its_plan_is_done_less_plan_in_its_counter(service):
    r = service.ask("某县人脸识别门禁比计划多装了多少套")
    assert first_figure(r) == (37.0, "套"), r.answer  # 347 − 310
    assert "37 套" in r.answer, r.answer
    # (the table's total row restating both amounts is cited beside the prose sentence)
    assert "“合计”" in r.answer and len(r.figures[0].citation_ids) == 2, r.answer


def test_work_short_of_its_plan_is_plan_less_done(service):
    # (the noun as asked, 校园通道, written with a qualifier inside: 校园消防应急通道)
    r = service.ask("校园通道比计划少建成几处")
    assert first_figure(r) == (8.0, "处"), r.answer  # 60 − 52


def test_short_of_plan_asked_as_beyond_it_gives_no_difference(service):
    r = service.ask("某县消防应急通道比计划多建成几处")
    assert not any(f.value == 8 for f in r.figures), r.answer


def test_a_completion_rate_of_a_thing_written_with_a_qualifier_inside(service):
    r = service.ask("校园通道完成率多少")
    assert first_figure(r) == (86.67, "%"), r.answer  # 52 ÷ 60


def test_the_share_dealt_with_asked_by_its_verb_is_the_verbs_column_over_the_whole_named(service):
    r = service.ask("某区某甲中学查出问题整改了几成")
    assert first_figure(r) == (77.78, "%"), r.answer  # 7 ÷ 9, not ÷ 40 检查项目


def test_items_not_due_are_the_whole_less_those_due(service):
    r = service.ask("某区市级项目有几项今年无需验收")
    assert first_figure(r) == (5.0, "项"), r.answer  # 31 − 26


def test_a_mean_class_asked_as_one_class(service):
    r = service.ask("某区初一平均一个班有多少人")
    assert first_figure(r)[0] == 46.0, r.answer  # 1104 ÷ 24, never the 24 classes


def test_people_per_event_of_the_total_row(service):
    r = service.ask("某县平均每场培训有多少人参训")
    assert first_figure(r)[0] == 88.0, r.answer  # 4400 ÷ 50, not the mean of the sessions over rows


def test_money_per_volume_converts_the_headers_unit(service):
    r = service.ask("某县订购的课外读物平均一册是多少钱")
    assert first_figure(r) == (13.5, "元/册"), r.answer  # 648000 ÷ 48000


def test_a_planned_cell_of_the_row_asked_not_the_prose_total(service):
    r = service.ask("某县小学计划新增门禁多少套")
    assert first_figure(r)[0] == 180.0, r.answer



def test_a_listed_parts_share_of_a_fund_named_with_the_titles_subject(service):
    r = service.ask("读书节专项经费里讲座和评奖的钱占几成")
    assert first_figure(r) == (30.0, "%"), r.answer  # 18 ÷ 60


def test_a_rows_share_naming_no_whole_is_of_the_total_row_its_span_said_with_dao(service):
    r = service.ask("四到六年级报名读书节的人数占多少比例")
    assert first_figure(r) == (60.0, "%"), r.answer  # 1800 ÷ 3000


def test_the_period_column_of_the_named_row_holding_the_most(service):
    r = service.ask("哪个季度校车超员运行最多")
    assert r.answer.startswith("第二季度最多，6次"), r.answer
    r = service.ask("哪个季度校车超员运行最少")
    assert r.answer.startswith("第四季度最少，1次"), r.answer


def test_a_tie_for_the_most_names_no_one_period(service):
    r = service.ask("哪个季度驾驶员资质不符最多")
    assert "第三季度最多" not in r.answer and "第四季度最多" not in r.answer, r.answer


def test_things_per_head_of_a_row_are_its_copies_over_its_pupils(service):
    r = service.ask("榆坪市初中学生每人订几册练习册")
    assert first_figure(r) == (7.0, "册/人"), r.answer  # 42000 ÷ 6000, never the 6000 pupils nor the 42000 copies
    r = service.ask("榆坪市小学每生订多少册")
    assert first_figure(r) == (5.0, "册/人"), r.answer  # 45000 ÷ 9000


def test_things_per_head_of_a_row_counting_no_heads_is_no_total(service):
    r = service.ask("榆坪市初中每人配发几套校服")
    assert not any(f.value == 12000 for f in r.figures), r.answer


def test_a_mean_per_school_of_the_total_its_verb_names(service):
    # (two 份 totals in one sentence: the one the question's verb names, 平均 said after the thing averaged over)
    r = service.ask("榆坪市每所学校平均回收几份问卷")
    assert first_figure(r) == (94.5, "份/所"), r.answer  # 3780 ÷ 40
    r = service.ask("榆坪市平均每所中小学发放多少份问卷")
    assert first_figure(r) == (105.0, "份/所"), r.answer  # 4200 ÷ 40


def test_a_mean_per_school_naming_neither_verb_is_no_total(service):
    r = service.ask("榆坪市平均每所中小学有几份问卷")
    assert not any(f.value in (3780, 4200, 94.5, 105) for f in r.figures), r.answer


# a county's order of readers stating the copies per pupil itself beside a table of its copies and pupils
READERS = """杉渡县2026年课外读物征订情况
县教育局
2026年9月
一、征订情况
课外读物由学生自愿选订，小学段按人均4册安排，初中段按人均5册安排。

| 学段 | 学生数 | 征订数量（册） |
| --- | --- | --- |
| 小学 | 7000 | 29400 |
| 初中 | 3000 | 15900 |
"""


@pytest.fixture(scope="module")
def readers(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "readers", {"county-readers-order-2026": READERS})


def test_things_per_head_the_document_states_are_quoted_not_computed(readers):
    r = readers.ask("杉渡县初中学生每人订几册课外读物")
    assert first_figure(r)[0] == 5.0 and "÷" not in r.answer, r.answer  # as stated, not 15900 ÷ 3000 = 5.3


def test_the_rest_of_a_row_is_never_one_group_of_people_less_another(service):
    # (a row of pupils and teachers: those teachers without a licence are no pupils less teachers)
    r = service.ask("某区民办学校还有多少在岗教师没拿到教师资格证")
    assert "1726" not in r.answer and "1850 − 124" not in r.answer, r.answer


SMALL_SCHOOLS = """柘溪镇2026年乡村小规模学校情况
镇中心学校
2026年10月
到2026年秋季，全镇共有乡村小规模学校（在校生不足100人）15所，在校生960人；
各校均已接入城区学校同步课堂。
"""


@pytest.fixture(scope="module")
def small_schools(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "small-schools", {"town-small-schools-2026": SMALL_SCHOOLS})


def test_a_bound_beside_a_total_is_no_total_to_average(small_schools):
    r = small_schools.ask("柘溪镇乡村小规模学校平均每所多少学生")
    assert "100人 ÷" not in r.answer and "6.67" not in r.answer, r.answer  # never 100 ÷ 15
