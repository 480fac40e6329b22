"""Levels judged against bars, targets told from present levels, and figures that do not answer the thing asked, on
documents written here (real ingest, Service.ask): a school's table row against the bound its report's prose lists
for the row's stage; a unit's size against a cap on its own people, never a count of other people; a stage's rate
from its table row against the floor the prose sets; a plan's target, not the present level beside it, asked as
目标是多少, 要提到多少 or 发展到几个; a year the document does not date the figure to, a company asked and a count of
pupils asked of a score sheet, all refused; a local allocation share and a small schools' funding rule against the
national ones."""

import pytest

from server.service import Service
from tests.written import service_over

HOMEWORK = """青岚区教育局关于作业管理专项检查情况的通报
青岚区教育局
2026年4月10日
一、总体情况
对照小学三到六年级每天书面作业平均用时60分钟以内、初中90分钟以内的要求，全区28所学校中25所达标。
二、抽查学校情况
| 学校 | 学段 | 书面作业日均时长（分钟） | 作业公示率（%） |
| --- | --- | --- | --- |
| 河西小学 | 小学 | 52 | 95 |
| 青岚第二中学 | 初中 | 97 | 80 |
| 松涛初级中学 | 初中 | 83 | 88 |
三、整改要求
区教育局将对超时学校开展约谈，青岚第二中学须于2026年5月底前提交整改报告。
"""

SIZE_CAP = """黛山市集团化办学推进方案
黛山市教育局
2026年3月
一、现状
从教师交流看，明远小学教育集团2025年交流教师38人，居各集团首位。
试点中也发现一些问题：核心校明远小学在校生已达2600人，规模偏大。
二、措施
控制核心校规模。明远小学自2026年秋季起压减招生，到2029年在校生控制在2000人以内。
"""

FITNESS = """枫溪县学校体育工作年度报告
枫溪县教育局
2026年2月
一、体质健康测试结果
2025年全县学生体质健康测试合格率为百分之九十二，比2024年提高一个百分点；优良率为百分之四十八。
学段　　学生数（人）　合格率（%）　优良率（%）
小学　　18000　　　　93.5　　　　50.2
初中　　8200　　　　 91.0　　　　46.1
高中　　2100　　　　 88.5　　　　41.0
二、目标
到2027年，各学段合格率均不低于百分之九十。
"""

BOARDING = """柘岭县寄宿制学校改善项目公示
柘岭县教育局
2026年5月
全县现有寄宿生4800人，生均宿舍面积3.5平方米。
目标是到2027年寄宿生生均宿舍面积达到5平方米。
项目完成后新增床位320个。
"""

SMALL_SCHOOLS = """桐溪县乡村小规模学校建设方案
桐溪县教育局
2026年3月
一、现状
全县有乡村小规模学校15所，专任教师110名，音体美专任教师配齐率仅为70%。
二、目标
到2028年，音体美专任教师配齐率由目前的70%提高到92%以上。
三、措施
对不足100名学生的小规模学校一律按100人拨付公用经费。
"""

GROUPS = """梅川市义务教育集团化办学方案
梅川市教育局
2026年4月
一、现状
目前全市组建教育集团5个，覆盖学校24所。
二、目标
到2028年，教育集团增加到8个，集团内教师交流每年不少于120人。
"""

PROJECTS = """松岗县教育民生项目进展情况
松岗县教育局
2026年6月
一、项目推进情况
| 项目 | 计划投资（万元） | 已完成投资（万元） | 进度（%） |
| --- | --- | --- | --- |
| 白沙小学教学楼扩建 | 1500 | 900 | 60.0 |
| 松岗中学食堂改造 | 600 | 600 | 100.0 |
"""

SCORES = """兰溪县校园文化建设评比结果
兰溪县教育局
2026年1月
一、评比结果
| 排名 | 学校 | 环境文化 | 制度文化 | 总分 | 等次 |
| --- | --- | --- | --- | --- | --- |
| 1 | 桂湾小学 | 28.5 | 27.0 | 55.5 | 一等 |
| 2 | 石桥小学 | 24.0 | 22.5 | 46.5 | 二等 |
"""

ADMISSIONS = """澄江市普通高中振兴计划
澄江市教育局
2026年2月
一、主要措施
规范招生秩序。严格执行属地招生，优质高中指标到校名额在招生计划中所占比例不少于百分之六十。
"""

FUNDS_SHORT = """溪口县教学点运转保障办法
溪口县教育局
2026年3月
对不足80名学生的教学点按80人核定公用经费。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "bars-targets", {
        "qinglan-homework-2026": HOMEWORK, "daishan-groups-2026": SIZE_CAP, "fengxi-sports-2025": FITNESS,
        "zheling-boarding-2026": BOARDING, "tongxi-small-schools-2026": SMALL_SCHOOLS,
        "meichuan-groups-2026": GROUPS, "songgang-projects-2026": PROJECTS, "lanxi-culture-2026": SCORES,
        "chengjiang-high-school-2026": ADMISSIONS, "xikou-funds-2026": FUNDS_SHORT})


@pytest.mark.parametrize("question, verdict, level, bar", [
    ("青岚区青岚第二中学作业时长达标了吗", "未达标", "97分钟", "90分钟"),
    ("青岚区河西小学作业时长达标了吗", "达标", "52分钟", "60分钟"),
])
def test_a_schools_row_is_judged_against_its_stages_bound(service, question, verdict, level, bar):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(verdict), answer.answer
    assert level in answer.answer and bar in answer.answer, answer.answer


def test_a_cap_on_pupils_is_judged_on_the_pupils_not_on_teachers(service):
    answer = service.ask("黛山市明远小学的学校规模符合国家标准吗")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("不符合"), answer.answer
    assert "2600人" in answer.answer and "38人" not in answer.answer, answer.answer


def test_a_stages_rate_in_its_table_row_is_judged_against_the_floor(service):
    answer = service.ask("枫溪县高中学生体质健康合格率够不够90%的底线")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("未达标"), answer.answer
    assert "88.5%" in answer.answer, answer.answer


@pytest.mark.parametrize("question, target, present", [
    ("柘岭县寄宿生生均宿舍面积目标是多少", "5平方米", "3.5平方米"),
    ("桐溪县小规模学校音体美教师配齐率要提到多少", "92%", "仅为70%"),
    ("梅川市到2028年教育集团要发展到几个", "8个", "5个"),
])
def test_the_target_is_answered_not_the_present_level(service, question, target, present):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(target), answer.answer
    assert present not in answer.answer.split("依据")[0], answer.answer


@pytest.mark.parametrize("question", [
    "枫溪县2024年学生体质健康优良率多少",  # 2024 is only the base the 2025 rate is compared with
    "白沙小学扩建项目是哪家公司施工的",  # a company asked: the row's money and progress name none
    "桂湾小学有多少学生？",  # a score sheet's row counts no one
])
def test_a_figure_of_something_else_is_refused(service, question):
    answer = service.ask(question)
    assert answer.abstained, answer.answer


@pytest.mark.parametrize("question, verdict, stated", [
    ("澄江市优质高中名额分配比例够国家标准吗", "达到", "60%"),
    ("桐溪县小规模学校公用经费拨付符合国家要求吗", "符合", "按100人"),
    ("溪口县教学点公用经费核定符合国家要求吗", "不符合", "按80人"),
])
def test_a_local_rule_is_judged_against_the_national_one(service, question, verdict, stated):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(verdict), answer.answer
    assert stated in answer.answer, answer.answer
