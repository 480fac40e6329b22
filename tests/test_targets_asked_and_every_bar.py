"""The target or requirement asked, not the present level beside it, and compliance stating every bar, on
documents written here (real ingest, Service.ask): a plan's goal asked by its name or as the level to reach
(`今年年底…要到多少`) answered by its goal sentence, also when the goal section words it otherwise (`参加的比例
不低于N%`) than the 现状 section (`参与率为M%`); a target set as a fall on the present level computed (present −
points, its bound turned); a figure set for every teacher, never one for a group of teachers (新入职教师, 班主任)
the question does not name; a stage's average class size judged against its stage's 班额 bar, unless the
document says some class is over it; both bars of 交流轮岗 checked; a share written as what an amount equals of a
whole (`相当于…的N%`) judged against the national bar asked by its name (…占比)."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

TRAINING = """岙川县2026年教师培训年度计划
岙川县教育局
2026年2月
一、年度目标
力争到2026年12月底专任教师全员参训；新入职教师岗前培训累计达到100学时以上；每位专任教师年度培训学时不少于60学时。
二、队伍补充
全年招聘新教师45名，其中心理健康教师不少于6名；交流轮岗教师120名。
三、经费保障
县财政今年列支教师培训经费150万元，相当于全县中小学全年公用经费预算2500万元的6%，资金单独核算。
"""

MENTAL = """崦阳县中小学心理健康教育工作方案
崦阳县教育局
2026年3月
一、队伍建设
专职心理教师每年接受不少于48学时的专业培训，班主任每年参加心理健康培训不少于16学时。
"""

AFTER_SCHOOL = """岍湾县义务教育课后服务提质方案
岍湾县教育局
2026年3月
一、现状
全县义务教育在校生16000人，参加课后服务的学生10400人，参与率为65.0%。
二、预期目标
到2026年底，所有义务教育学校均提供课后服务，学生自愿参加的比例不低于85%；各校开设的兴趣类课程不少于6门。
"""

DROPOUT = """峣塘区教育局关于2026年春季学期控辍保学工作情况的报告
本学期全区义务教育阶段在校生共24500人。
全区九年义务教育巩固率为97.9%，较上年增加0.3个百分点。
全区初中三年巩固率96.1%。
各街道情况如下：
| 街道 | 在校生 | 疑似辍学 | 已劝返 |
| --- | --- | --- | --- |
| 东溪街道 | 10200 | 9 | 9 |
| 西岭街道 | 8300 | 14 | 12 |
主要做法：一是签订控辍保学责任书98份。
二是建立一生一案台账。
存在问题：西岭街道疑似辍学人数最多。
下一步目标：到2026年底义务教育巩固率达到98.5%。
疑似辍学学生做到动态清零。
峣塘区教育局
2026年6月20日
"""

HEALTH = """嵖林市2026年学校卫生工作要点
嵖林市教育局
2026年2月
2025年全市中小学生总体近视率为48.4%，同比下降了0.9个百分点。
目标：到2026年底总体近视率再下降0.8个百分点以上。
"""

SELF_ASSESSMENT = """峤枫县义务教育优质均衡发展自评报告
峤枫县教育局
2026年5月
一、教师队伍
符合交流条件的教师500人，2025年交流轮岗60人，交流比例12.0%；其中骨干教师15人，占交流人数的25.0%。
"""

BULLETIN = """嵛原县2025年教育事业统计公报
嵛原县教育局
2026年3月
一、各学段情况
小学有教学班300个，平均班额42.5人；初中有教学班120个，平均班额47.0人。
"""

CROWDED = """峋原县2025年教育事业统计公报
峋原县教育局
2026年3月
一、各学段情况
小学有教学班260个，平均班额44.0人；县城小学仍有大班额12个。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "targets-asked", {
        "aochuan-training-2026": TRAINING, "yanyang-mental-2026": MENTAL, "qianwan-after-school-2026": AFTER_SCHOOL,
        "yaotang-dropout-2026": DROPOUT, "chalin-health-2026": HEALTH, "qiaofeng-self-assessment-2026": SELF_ASSESSMENT,
        "yuyuan-bulletin-2025": BULLETIN, "xunyuan-bulletin-2025": CROWDED})


def test_a_level_asked_to_reach_by_the_years_end_is_the_goal_sentences(service):
    answer = service.ask("峣塘区今年年底巩固率要到多少")
    assert first_figure(answer) == (98.5, "%"), answer.answer


def test_a_target_asked_by_its_name_is_the_goal_sections_level_though_worded_otherwise(service):
    answer = service.ask("岍湾县课后服务参与率目标多少")
    assert first_figure(answer) == (85, "%"), answer.answer
    assert "65.0%" not in answer.answer, answer.answer


def test_a_target_set_as_a_fall_is_the_present_level_less_the_points(service):
    answer = service.ask("嵖林市2026年底总体近视率要降到多少以下")
    assert first_figure(answer) == (47.6, "%"), answer.answer
    assert "48.4%" in answer.answer and "以下" in answer.answer, answer.answer


def test_every_teachers_hours_not_a_groups_the_question_does_not_name(service):
    answer = service.ask("岙川县每个老师一年要完成多少培训学时")
    assert first_figure(answer) == (60, "学时"), answer.answer


def test_the_group_asked_of_two_groups_in_one_sentence(service):
    answer = service.ask("崦阳县专职心理教师每年培训多少学时")
    assert first_figure(answer) == (48, "学时"), answer.answer
    answer = service.ask("崦阳县班主任每年培训多少学时")
    assert first_figure(answer) == (16, "学时"), answer.answer


def test_a_stages_average_class_size_within_its_bar_is_judged_reached(service):
    answer = service.ask("嵛原县小学班额符合国家标准吗")
    assert not answer.abstained, answer.answer
    assert "达到" in answer.answer and "42.5人" in answer.answer and "45" in answer.answer, answer.answer


def test_an_average_within_the_bar_says_nothing_where_the_document_says_classes_are_over_it(service):
    answer = service.ask("峋原县小学班额符合国家标准吗")
    assert "按平均数未超过上限" not in answer.answer, answer.answer


def test_both_bars_of_teacher_rotation_are_judged(service):
    answer = service.ask("峤枫县教师交流轮岗比例达到国家要求没有")
    assert not answer.abstained, answer.answer
    assert "12" in answer.answer and "10%" in answer.answer, answer.answer
    assert "25" in answer.answer and "20%" in answer.answer, answer.answer


def test_a_share_written_as_what_an_amount_equals_of_a_whole_is_judged(service):
    answer = service.ask("岙川县教师培训经费占比够不够国家标准")
    assert not answer.abstained, answer.answer
    assert "6%" in answer.answer and "5%" in answer.answer and "达" in answer.answer, answer.answer


def test_a_group_asked_is_answered_by_its_clause_though_it_names_another_group_too(service):
    answer = service.ask("岙川县今年招多少新老师")
    assert first_figure(answer)[0] == 45, answer.answer
