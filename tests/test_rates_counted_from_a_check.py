"""A rate named by what its part did (达标率, 通过率) that a bulletin leaves to compute, on documents written here
(real ingest, Service.ask): the units that passed ÷ the units put to the check, each counted in its own sentence,
never the level the bulletin sets to reach by a date to come; asked against a bar, that computed rate is judged.
A bulletin stating the rate reached is quoted as stated."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

EQUIPMENT = """岷溪县教育局关于中小学图书室配备达标情况的通报
岷溪县教育局
2026年5月20日
一、总体情况
县教育局于2026年4月对全县中小学图书室配备情况开展专项督查。全县纳入督查的中小学共45所，其中小学30所、初中15所。截至4月30日，图书室配备达标学校38所；未达标的7所学校中，小学5所、初中2所。
二、存在的问题
部分学校图书更新慢，生均新增图书不足1册。
三、工作要求
到2026年底，全县中小学图书室配备达标率达到95%以上。
"""

ACCEPTANCE = """岷溪县教育局关于2025年度文明校园验收结果的通报
岷溪县教育局
2026年3月2日
一、验收情况
本次共有52所学校申报2025年度文明校园，其中中小学40所、幼儿园12所。
经验收，评为示范校9所，合格37所，共有46所通过验收；6所未通过验收。
二、下一步工作
未通过验收的学校须于2026年6月底前完成整改。
"""

STATED = """岐川县教育局关于中小学食堂达标情况的通报
岐川县教育局
2026年4月8日
一、总体情况
全县纳入检查的中小学食堂共60个，达标食堂54个，食堂达标率为90%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "counted-rates", {
        "minxi-library-rooms-2026": EQUIPMENT, "minxi-civil-campus-2026": ACCEPTANCE,
        "qichuan-canteens-2026": STATED})


def test_a_rate_the_bulletin_sets_only_as_a_target_is_computed_from_its_counts(service):
    answer = service.ask("岷溪县中小学图书室配备达标率是多少")
    assert first_figure(answer) == (84.44, "%"), answer.answer
    assert "95%以上" not in answer.answer.split("依据")[0], answer.answer


def test_the_computed_rate_is_judged_against_the_bar_the_question_sets(service):
    answer = service.ask("岷溪县图书室配备达标率够95%了吗")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("未"), answer.answer
    assert "84.4" in answer.answer, answer.answer


def test_a_pass_rate_is_those_passing_over_those_put_forward(service):
    answer = service.ask("岷溪县文明校园验收通过率")
    assert first_figure(answer) == (88.46, "%"), answer.answer


def test_a_rate_the_bulletin_states_as_reached_is_quoted(service):
    answer = service.ask("岐川县中小学食堂达标率是多少")
    assert first_figure(answer) == (90.0, "%"), answer.answer


READING = """岷溪县书香校园建设工作总结
岷溪县教育局
2026年1月15日
一、近三年阅读指标
| 年度 | 生均藏书（册） | 书香班级（个） |
| --- | --- | --- |
| 2023年 | 29.6 | 120 |
| 2024年 | 31.0 | 150 |
| 2025年 | 32.8 | 180 |
二、2026年目标
全县中小学生均藏书达到36册以上，书香班级增加到220个。
"""


@pytest.fixture(scope="module")
def reading(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "target-year-bar", {"minxi-reading-2026": READING})


def test_a_target_years_bar_the_question_names_is_judged_with_the_earlier_years_value(reading):
    answer = reading.ask("岷溪县2025年生均藏书达到2026年36册的目标了吗")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("未"), answer.answer
    assert "32.8" in answer.answer, answer.answer


PLAN = """岷溪县学生心理健康促进三年行动计划（2026—2028年）
岷溪县教育局
2026年2月20日
一、现状
2025年秋季学期心理筛查覆盖学生21000人。
二、发展目标
| 指标 | 2026年 | 2027年 | 2028年 |
| --- | --- | --- | --- |
| 心理筛查覆盖率 | 90% | 95% | 100% |
| 专职心理教师配备率 | 60% | 80% | 100% |
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "target-year-cell", {"minxi-mental-health-2026": PLAN})


def test_the_target_years_cell_is_never_judged_as_the_value_of_the_year_asked(plan):
    answer = plan.ask("岷溪县2025年秋季心理筛查覆盖率够不够2026年90%的目标")
    assert answer.abstained or not answer.answer.startswith("达标"), answer.answer


def test_the_target_asked_is_the_level_the_bulletin_sets_not_the_counts(service):
    answer = service.ask("岷溪县中小学图书室配备达标率的目标是多少")
    assert first_figure(answer) == (95, "%"), answer.answer
    assert "÷" not in answer.answer, answer.answer


CHECKUPS = """蓼川县2026年秋季学生健康体检情况通报
蓼川县教育局
2026年11月20日
一、总体情况
今年10月，全县对小学四年级学生开展了健康体检，应检5200人，实检5150人。
二、工作要求
按县里部署，学生体检的实检率须在98%以上，没到检的学生12月底前补齐。
"""

LATE_CHECKUPS = """芷坪县2026年秋季学生健康体检情况通报
芷坪县教育局
2026年11月25日
一、总体情况
今年10月，全县对初中二年级学生开展了健康体检，应检3000人，实检2880人。
二、工作要求
按县里部署，学生体检的实检率须在98%以上，没到检的学生12月底前补齐。
"""


@pytest.fixture(scope="module")
def checkups(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "checkup-rates", {"liaochuan-checkups-2026": CHECKUPS,
                                                             "zhiping-checkups-2026": LATE_CHECKUPS})


@pytest.mark.parametrize(("question", "verdict", "rate"), [
    ("蓼川县学生体检的实检率够不够县里的要求", "达标", "99.04%"),  # 5150 ÷ 5200
    ("芷坪县学生体检的实检率够不够县里的要求", "未达标", "96.00%"),  # 2880 ÷ 3000
])
def test_a_computed_rate_is_judged_against_the_standing_requirement_its_document_sets(checkups, question, verdict,
                                                                                      rate):
    answer = checkups.ask(question)
    assert not answer.abstained and answer.answer.startswith(verdict) and rate in answer.answer, answer.answer
    assert "98%" in answer.answer, answer.answer


def test_a_target_set_by_a_date_to_come_gives_no_verdict_on_the_computed_rate(service):
    answer = service.ask("岷溪县图书室配备达标率够不够要求")
    assert not answer.answer.startswith(("达标（", "达标：", "未达标")) and "文件设定的目标" in answer.answer, \
        answer.answer
