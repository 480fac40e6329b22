"""Rates, compliance and targets on documents written here (real ingest, Service.ask): a rate the document names by
its short form (持证率 for 持证上岗率, server/lexicon/rate_names.tsv) judged against the national bar, its count taken
on a day the document was written after (到…12月31日 is no plan); a 合格率 computed from the applications handled and
those passed; a row's rate from a 其中 column over the column it breaks down, judged against the target a sentence
sets after its date; a row's figure against the norm the prose names by who set it (国家规定的X), the direction of the
bar from the plan's rule for it; a verdict against a named line (年度达标线) with the line's level; a target
sentence setting a rate for the whole and for one group, both given; a grade in Roman numerals matched in any form."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

REGISTRATION = """枫岙县教育局关于2026年教师资格定期注册结果的公示
枫岙县教育局
2026年4月10日
一、基本情况
本次共受理定期注册申请800人，涉及全县中小学幼儿园共52个单位。经审核，注册合格780人，暂缓注册16人，不予注册4人。
二、持证上岗情况
到2025年12月31日，全县在岗专任教师1500人，其中持有相应教师资格证书的1494人，持证率99.6%；未持证的6人均为新招聘教师。
"""

TRAINING = """岚湄区2026年校外培训机构治理工作方案
岚湄区教育局
2026年3月20日
一、基本情况
截至2026年2月底，全区非学科类培训机构共60家。各街道情况如下：
| 街道 | 学科类机构（家） | 非学科类机构（家） | 其中已取得许可（家） |
| --- | --- | --- | --- |
| 青禾街道 | 2 | 20 | 12 |
| 白鹭街道 | 1 | 40 | 38 |
| 合计 | 3 | 60 | 50 |
二、工作目标
到2026年底，非学科类培训机构办学许可率达到90%以上。
"""

MONITORING = """汀浦县教育局关于2025年度义务教育质量监测结果的通报
汀浦县教育局
2026年3月2日
一、分学科结果
| 监测科目 | 参测学生（人） | Ⅲ级以上（人） | 占比（%） | 校际差异率 |
| --- | --- | --- | --- | --- |
| 七年级语文 | 500 | 420 | 84.0 | 0.11 |
| 七年级数学 | 480 | 360 | 75.0 | 0.17 |
| 七年级英语 | 470 | 352 | 74.9 | 0.19 |
从校际差异看，七年级数学和七年级英语的校际差异率分别为0.17和0.19，高于国家规定的0.15，城乡差距仍然明显。
二、改进目标
到2028年，全县各监测科目学业水平Ⅲ级以上比例均达到88%以上，各科目校际差异率全部控制在0.15以内。
"""

HOURS = """澄陂县2025年度教师继续教育学时认定情况
澄陂县教育局
2026年1月15日
一、认定总体情况
县教师发展中心对全县专任教师2025年度继续教育学时进行了审核认定。年度学时以80学时为达标线，包括集中培训和校本研修两类。
二、存在的问题
初中教师人均认定学时仅为75学时，低于年度达标线。
三、2026年工作目标
目标：2026年度全县教师继续教育学时达标率达到96%以上，初中教师达标率不低于90%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "rates-bars", {
        "fengao-registration-2026": REGISTRATION, "lanmei-training-2026": TRAINING,
        "tingpu-monitoring-2025": MONITORING, "chengbei-hours-2025": HOURS})


def test_a_rate_named_by_its_short_form_is_judged_against_the_national_bar(service):
    answer = service.ask("枫岙县专任教师持证上岗率达到国家要求了吗")
    assert not answer.abstained, answer.answer
    assert "99.6%" in answer.answer and "100%" in answer.answer, answer.answer
    assert answer.answer.startswith("未"), answer.answer


def test_a_pass_rate_is_computed_from_the_applications_handled(service):
    answer = service.ask("枫岙县教师资格定期注册的合格率是多少")
    assert first_figure(answer) == (97.5, "%"), answer.answer
    assert "780" in answer.answer and "800" in answer.answer, answer.answer


def test_a_rows_rate_of_a_part_column_is_judged_against_the_target_the_question_restates(service):
    answer = service.ask("青禾街道非学科类机构许可率够不够90%的目标")
    assert not answer.abstained, answer.answer
    assert "12 ÷ 20" in answer.answer and "60" in answer.answer, answer.answer
    assert answer.answer.startswith("未"), answer.answer


def test_the_areas_rate_of_a_part_column_is_the_total_rows(service):
    answer = service.ask("岚湄区非学科类培训机构现在的许可率多少")
    assert first_figure(answer) == (83.33, "%"), answer.answer


def test_a_row_is_judged_against_the_norm_its_prose_names_and_cited_by_the_sentence_stating_it(service):
    answer = service.ask("汀浦县七年级英语的校际差异率达标没")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("未"), answer.answer
    assert "国家规定的0.15" in answer.answer and "2028" not in answer.answer, answer.answer
    assert all("高于国家规定" in c.text for c in answer.citations), [c.text for c in answer.citations]


def test_a_row_below_the_named_norm_meets_it(service):
    answer = service.ask("汀浦县七年级语文校际差异率符合国家要求吗")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("符合"), answer.answer
    assert "0.11" in answer.answer and "国家规定的0.15" in answer.answer, answer.answer


def test_a_verdict_against_a_named_line_gives_the_lines_level(service):
    answer = service.ask("澄陂县初中老师人均学时过没过年度达标线")
    assert not answer.abstained, answer.answer
    assert "75学时" in answer.answer and "80学时" in answer.answer, answer.answer


def test_a_target_set_for_the_whole_and_a_group_is_given_whole(service):
    answer = service.ask("澄陂县2026年继续教育学时达标率目标")
    assert not answer.abstained, answer.answer
    assert "96%" in answer.answer and "90%" in answer.answer, answer.answer


def test_a_target_asked_of_a_stage_is_not_given_for_every_group(service):
    # (which clause answers the stage asked is the lookup's pick, not this rule's: only that one figure is given)
    answer = service.ask("澄陂县2026年初中教师学时达标率目标是多少")
    assert not answer.abstained, answer.answer
    assert not ("96%" in answer.answer and "90%" in answer.answer), answer.answer


@pytest.mark.parametrize("grade", ["Ⅲ级", "ⅲ级", "III级"])
def test_a_grade_in_roman_numerals_is_matched_in_any_form(service, grade):
    answer = service.ask(f"汀浦县到2028年质量监测{grade}以上比例要达到多少")
    assert first_figure(answer) == (88, "%"), answer.answer
