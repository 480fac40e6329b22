"""Lookups whose answer is not a plain count of the noun asked, on documents written here (real ingest,
Service.ask): a ceiling asked by its name (`N元的最高限价`), a time asked in days of a rule whose sentence
counts it with 个 (`N个工作日`) in another passage than the one sharing most words, a distance asked in plain
words of boys and girls (each one's), a time asked by what it keeps one out of (进不了场 → 不得进入), a day
asked of a notice whose title names the year only, what befalls those failing a rule (不合格的会怎样), a
count of children never answered by a clause counting teachers, and a level a rule requires shown with the
deadline it is set by."""

import pytest

from server.service import Service
from tests.written import service_over

FEES = """岑溪县2025年幼儿园收费检查通报
岑溪县教育局
2026年2月
一、检查范围
本次检查覆盖全县40所幼儿园，在园幼儿3200人。
二、发现的问题
（一）超标准收费。个别普惠性民办园保教费超出每生每月980元的最高限价。
（二）收费公示不规范。部分幼儿园未公示收费项目。
"""

ETHICS = """# 岷川县中小学教师师德考核办法（试行）

岷教人〔2026〕7号　岷川县教育局　2026年3月2日

## 一、总则

为建立教师师德考核长效机制，制定本办法。本办法适用于全县公办中小学在编在岗教师，2024—2025学年参评教师2460人。

## 二、考核内容

考核围绕爱国守法、爱岗敬业、关爱学生、为人师表四个方面进行，实行百分制，由学校考核小组结合学生评议和同事互评综合评定。

考核按个人自评、民主评议、学校考核小组评定的程序进行，考核结果在校内公示，公示时间不少于7个工作日，公示无异议的于每年10月15日前报县教育局备案。

## 三、考核等次

考核每学年开展一次，结果设优秀、合格、基本合格、不合格四个等次。得分60分以下的，直接定为不合格。

## 四、结果运用

考核结果存入教师师德档案，作为职称评审和评优表彰的首要依据。考核为不合格的教师，当年度绩效工资降档发放，两年内不得申报高一级职称；考核为基本合格的，由校长约谈。
"""

SPORTS = """汀浦县2026年初中毕业升学体育考试方案
汀浦县教育局
2026年1月
一、总体要求
为促进学生养成锻炼习惯，制定本方案。全县2026届初中毕业生均须参加体育考试，报名考生3100人。
二、考试项目
现场考试设两类项目：耐力类为必考项目，男生1500米、女生1000米，分值20分；技能类由学生任选一项。
三、考试安排
考生须于开考前20分钟到达考场，开考10分钟后不得进入考场。
"""

TESTING = """檀州市2026年下半年普通话水平测试安排公告
檀语办〔2026〕5号
根据年度工作安排，现将我市下半年普通话水平测试事项公告如下。
测试对象为在职教师、师范类专业在校生及其他社会人员。
报名时间为9月8日9:00至9月14日17:00，逾期不再受理。
三、考生登录国家普通话水平测试在线报名系统，选择檀州市测试站报名。
四、测试费每人次50元，师范类在校生凭学生证减半收取。
五、考生须携带有效身份证件，于开考前30分钟到达考点候考。
"""

PE_CLASSES = """沅溪县中小学体育课开设情况督查报告
沅溪县教育局
2026年5月
一、基本情况
全县中小学体育教师按标准应配一百八十人，实有一百四十二人，部分乡村小学由班主任兼上体育课。
问卷显示，百分之十九的学生反映每月至少有一次体育课被其他学科占用。
二、整改要求
到2027年底，体育教师配备达到国家标准。
"""

SAFETY = """澄江县平安校园建设情况通报
澄江县教育局
2026年3月
一、建设情况
全县中小学和幼儿园视频监控覆盖率为92%。
二、下一步要求
（一）补齐技防短板。到2026年9月底，全县中小学校园视频监控覆盖率、一键式紧急报警装置与公安机关联网率均达到100%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "plain-lookups", {
        "cenxi-fees-2026": FEES, "minchuan-ethics-2026.md": ETHICS.encode(), "tingpu-sports-2026": SPORTS,
        "tanzhou-testing-2026": TESTING, "yuanxi-pe-2026": PE_CLASSES, "chengjiang-safety-2026": SAFETY})


def test_a_ceiling_asked_by_its_name_is_the_figure_written_before_it(service):
    answer = service.ask("岑溪县普惠性民办园保教费最高限价是多少？")
    assert not answer.abstained, answer.answer
    assert "980元" in answer.answer, answer.answer


def test_a_time_asked_in_days_is_the_rules_working_days_counted_with_ge(service):
    answer = service.ask("岷川县师德考核结果公示几天")
    assert not answer.abstained, answer.answer
    assert "7个工作日" in answer.answer, answer.answer
    assert answer.figures and answer.figures[0].unit == "个工作日", answer.figures


def test_a_distance_asked_of_boys_and_girls_is_each_ones(service):
    answer = service.ask("汀浦县初三学生体育考试男生女生跑多远")
    assert not answer.abstained, answer.answer
    assert "1500米" in answer.answer and "1000米" in answer.answer, answer.answer


def test_how_late_one_may_come_is_the_time_after_which_one_is_not_let_in(service):
    answer = service.ask("汀浦县体育考试迟到多久就进不了场了")
    assert not answer.abstained, answer.answer
    assert answer.figures and (answer.figures[0].value, answer.figures[0].unit) == (10.0, "分钟"), answer.answer


def test_when_to_register_is_the_sentence_dating_it_not_the_title_naming_the_year(service):
    answer = service.ask("檀州市下半年普通话测试什么时候报名")
    assert not answer.abstained, answer.answer
    assert "9月8日" in answer.answer and "9月14日" in answer.answer, answer.answer


def test_what_befalls_those_failing_is_the_sentence_opening_on_the_failure(service):
    answer = service.ask("岷川县师德考核不合格的老师会怎样")
    assert not answer.abstained, answer.answer
    assert "不得申报高一级职称" in answer.answer, answer.answer
    assert "民主评议" not in answer.answer, answer.answer


def test_a_count_of_children_is_never_a_clause_counting_teachers(service):
    answer = service.ask("沅溪县有多少孩子说体育课被语数外占了")
    assert all(f.value != 180 for f in answer.figures), answer.answer
    assert answer.abstained or "一百八十" not in answer.answer, answer.answer


def test_a_level_a_rule_requires_is_shown_with_its_deadline(service):
    answer = service.ask("澄江县一键报警和公安联网率要求多少")
    assert not answer.abstained, answer.answer
    assert "100%" in answer.answer and "2026年9月底" in answer.answer, answer.answer
