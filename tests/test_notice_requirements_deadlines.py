"""What a notice requires, by when, and what a report plans next, on documents written here (real ingest,
real model, Service.ask): a notice's unlabelled `一是…四是` list answers `提了哪些要求` as a whole, not the
finding sharing most words; a label naming its time (`下一步工作要求：`) is a requirements label; `最晚什么时候`
is answered by the deadline set (`须于…前`), not the day a count was taken (`截至…`); a contact line closing a
section, in either script and with no date after it, is no measure; an aim headed `整改目标` is no measure, so
a problem asked in everyday words is answered by the measures section; the goals asked by name include a
goal set as a change."""
import pytest

from server.service import Service
from tests.written import service_over

# a scanned notice: no headings, one statement a line, the requirements numbered 一是…四是
NOTICE = """栖梧区教育局关于全区学校食品安全检查情况的通报
各中小学、幼儿园：
全区共检查学校食堂64所，发现问题83项，截至10月15日已整改61项。
其中，原料采购台账不全29项，留样不规范18项。
一是所有问题须于2026年11月30日前整改完毕，逐项销号。
二是各校每周开展食堂自查不少于1次，并留存记录。
三是学校负责人每月陪餐不少于4次。
四是区教育局将于12月上旬组织复查，复查结果纳入年度考核。
联系人：区教育局后勤科某某，电话：1234567。
栖梧区教育局
2026年10月20日
"""

# a report in Traditional script: its last section's items, then a contact line and no date
REPORT = """檀溪縣2026年學校體育工作情況報告
一、基本情況
全縣中小學共有體育教師412名，體育場地達標學校68所。
二、存在的問題
一是部分鄉村學校體育教師仍然不足。二是體育器材更新不及時。
三、下一步打算
（一）每年招聘鄉村學校體育教師不少於15名。
（二）每所學校每學期至少舉辦1次校園運動會。
聯繫人：縣教育局體衛藝股某某，電話：7654321。
"""

# a report: problems, an aim headed 整改目标, then its measures
CONDITIONS = """榆关县义务教育学校图书配备情况报告
一、总体情况
全县义务教育学校12所，生均图书31.5册。
二、存在的问题
一是部分学校图书陈旧，2012年以前出版的图书占三成以上。二是图书室开放时间不足。
三、整改目标
到2027年底，全县学校生均图书达到35册以上，需新增图书约4200册。
四、整改措施
（一）更新图书。各校每年剔除陈旧图书并补充新书，补充比例不低于藏书量的2%。
（二）延长开放。图书室每天中午和课后开放不少于2小时。
"""

# a notice: its findings, the aim set, then the next steps' requirements labelled with their time
HEALTH = """柘林县2026年中小学生视力监测结果通报
按照年度工作安排，县教育局对全县18所学校开展视力监测。
全县学生近视率为52.3%，比上年下降1.2个百分点。
县政府确定的目标是：到2028年，全县学生近视率降到48%以下，视力筛查覆盖率保持100%，近视率每年下降不少于1个百分点。
下一步工作要求：（一）各校每天组织两次眼保健操；（二）每学期开展视力筛查不少于2次；（三）近视率上升的学校，由县教育局约谈校长。
柘林县教育局
2026年11月2日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "notice-requirements", {
        "qiwu-canteen-notice-2026": NOTICE, "tanxi-sports-report-2026": REPORT,
        "yuguan-library-report-2026": CONDITIONS, "zhelin-vision-notice-2026": HEALTH})


def test_an_unlabelled_list_of_requirements_is_quoted_whole(service: Service) -> None:
    response = service.ask("栖梧区对学校食堂问题整改提了哪些要求？")
    assert not response.abstained, response.answer
    for item in ("须于2026年11月30日前整改完毕", "每周开展食堂自查", "每月陪餐", "12月上旬组织复查"):
        assert item in response.answer
    assert "发现问题83项" not in response.answer  # a finding is no requirement
    assert "联系人" not in response.answer


def test_the_deadline_set_answers_by_when_not_the_day_counted(service: Service) -> None:
    response = service.ask("栖梧区这些问题最晚什么时候要整改完？")
    assert not response.abstained, response.answer
    assert "2026年11月30日前" in response.answer
    assert "截至10月15日" not in response.answer


def test_a_contact_line_in_traditional_script_ends_the_last_items(service: Service) -> None:
    response = service.ask("檀溪县下一步学校体育有哪些措施？")
    assert not response.abstained, response.answer
    assert "招聘" in response.answer and "運動會" in response.answer
    assert "聯繫人" not in response.answer and "7654321" not in response.answer


def test_a_problem_in_everyday_words_is_answered_by_its_measure_not_the_aim(service: Service) -> None:
    response = service.ask("榆关学校里的书太旧了，打算咋办")
    assert not response.abstained, response.answer
    assert "不低于藏书量的2%" in response.answer
    assert "4200册" not in response.answer  # the aim headed 整改目标 is no measure


def test_requirements_labelled_with_their_time_answer_the_next_steps(service: Service) -> None:
    response = service.ask("柘林县对视力健康下一步有哪些工作要求？")
    assert not response.abstained, response.answer
    for item in ("眼保健操", "视力筛查不少于2次", "约谈校长"):
        assert item in response.answer
    assert "48%以下" not in response.answer  # the aim set is no requirement


def test_the_goals_asked_by_name_include_a_goal_set_as_a_change(service: Service) -> None:
    response = service.ask("柘林县学生视力到2028年要达到什么目标？")
    assert not response.abstained, response.answer
    for goal in ("48%", "100%", "1个百分点"):
        assert goal in response.answer
