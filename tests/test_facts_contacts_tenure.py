"""Facts, lists and follow-ups on documents written here (invented places, checked absent from ingest/gazetteer,
corpus, eval and the other tests; real ingest, real model, Service.ask):
- a local phone number printed in two groups is one number, quoted whole with the contact person when asked;
- a share the requirement's own sentence states (`…占…的N%，达到不低于M%的要求`) is the value reached, judged
  against the bar; a sentence opening on an amount an earlier sentence stated speaks of that sentence's topic;
- a follow-up's `这个项目` is the previous question's topic, and a count written inside a worded table cell answers;
- durations a question states of its case (`居住证办了…`, `社保交了…`) judged against a notice's tenure conditions;
- a total asked (`一共`) is the whole a sentence states, not a part its `其中` list gives;
- a plan's `重点任务有哪些` is its 重点任务 section, item by item; `哪些文件讲到了…` asks which documents."""

import pytest

from server.answer.tenure import _shared
from server.intent import intents_of
from server.service import Service
from tests.written import service_over

BUDGET = """# 岚汀县教育局关于印发2026年教师培训经费安排的通知

各中小学：

## 一、经费安排

2026年全县教师培训经费共410万元，县级财政安排260万元，学校从公用经费中安排150万元。学校安排的150万元占全县中小学公用经费总额2800万元的5.4%，达到不低于5%的要求。各项目安排如下（单位：万元）：

| 序号 | 培训项目 | 县级财政 | 学校公用经费 | 合计 | 参训对象 |
|---|---|---|---|---|---|
| 1 | 心理健康教育培训 | 20 | 8 | 28 | 专兼职心理教师96名 |
| 2 | 学科骨干研修 | 75 | 30 | 105 | 县级学科骨干教师210名 |
| 3 | 新任教师规范化培训 | 40 | — | 40 | 新任教师85名 |

## 二、有关事项

请各校于2026年11月30日前报送经费使用情况。

联系人：县教育局财务审计股　陶以宁，联系电话：6483 1170。

岚汀县教育局
2026年3月2日
""".encode()
ENROLMENT = """芷滩县2026年义务教育学校招生工作实施意见
芷滩县教育局 2026年4月8日
一、招生对象
（一）户籍适龄儿童：本人及父母户籍均在学区内的适龄儿童。
（二）外来务工人员随迁子女：父母一方在本县办理居住证满2年，并在本县缴纳养老保险满12个月的适龄儿童。
二、报名办法
符合条件的家庭于2026年5月10日至5月20日登录县教育局招生平台报名。
"""
PLAN = """菁岙县义务教育提质三年行动计划（2026—2028年）
菁岙县人民政府 2026年1月20日
一、总体要求
坚持公平优先，到2028年全县义务教育学校全部达到省定办学标准。2025年秋季开展学校安全专项检查，共发现问题64个，其中食品安全问题41个、校舍安全问题23个。
二、主要目标
到2028年，县域义务教育优质均衡发展通过省级督导评估。
三、重点任务
（一）优化学校布局。新建初中2所，撤并生源不足的教学点6个。
（二）提升教师素质。三年培训教师3000人次，到2028年骨干教师占比达到25%。
（三）深化课堂改革。每校建设1个学科教研基地，开展跨校联合教研。
四、保障措施
县财政三年安排专项资金2.4亿元。
"""
DOCS = {"lanting-training-budget-2026.md": BUDGET, "zhitan-enrolment-2026": ENROLMENT,
        "jingao-compulsory-plan-2026": PLAN}


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "facts-tenure", DOCS)


def test_a_number_in_two_groups_with_its_contact_person(service: Service) -> None:
    answer = service.ask("岚汀县教师培训经费通知的联系人和联系电话是什么？").answer
    assert "陶以宁" in answer and "6483 1170" in answer and not answer.startswith("6483。"), answer


def test_the_share_stated_beside_the_requirement_is_judged(service: Service) -> None:
    answer = service.ask("岚汀县学校从公用经费里安排的培训经费，达到不低于5%的要求了吗？").answer
    assert answer.startswith("达标") and "5.4%" in answer, answer


def test_a_sentence_restating_an_amount_speaks_of_its_topic(service: Service) -> None:
    response = service.ask("岚汀县学校公用经费里用于教师培训的比例是多少？")
    assert response.answer.startswith("5.4%"), response.answer


def test_this_project_is_the_previous_questions_topic(service: Service) -> None:
    history = [{"role": "user", "content": "岚汀县心理健康教育培训经费安排了多少？"},
               {"role": "assistant", "content": "心理健康教育培训合计28万元。"}]
    answer = service.ask("这个项目面向多少名教师？", history).answer
    assert answer.startswith("96名"), answer


@pytest.mark.parametrize("question,verdict,shown", [
    ("妈妈在芷滩县办居住证3年了、养老保险交了8个月，孩子能按随迁子女入学吗？", "不能", "未满12个月"),
    ("在芷滩县打工，父亲居住证办了一年半，养老保险交了两年，孩子能按随迁子女报名吗？", "不能", "未满2年"),
    ("父亲在芷滩县办居住证满三年、养老保险交了14个月，孩子能按随迁子女上学吗？", "能", "已满12个月")])
def test_durations_against_tenure_conditions(service: Service, question: str, verdict: str, shown: str) -> None:
    answer = service.ask(question).answer
    assert answer.startswith(verdict + "。") and shown in answer, answer


@pytest.mark.parametrize("condition,case,shares", [("在本县缴纳社会保险", "社保交了", True),
                                                   ("持有本市居住证", "父亲居住证办了", True),
                                                   ("持有本市居住证", "社保交了", False)])
def test_a_condition_and_a_case_name_the_same_thing(condition: str, case: str, shares: bool) -> None:
    assert (_shared(condition, case) > 0) is shares


def test_a_total_asked_is_the_whole_not_a_listed_part(service: Service) -> None:
    answer = service.ask("菁岙县专项检查一共发现多少个安全问题？").answer
    assert answer.startswith("64个"), answer


def test_a_plans_key_tasks_item_by_item(service: Service) -> None:
    answer = service.ask("菁岙县义务教育提质三年行动计划的重点任务有哪些？").answer
    assert all(item in answer for item in ("优化学校布局", "提升教师素质", "深化课堂改革")), answer


def test_which_documents_by_the_verb_jiangdao() -> None:
    assert "which" in intents_of("哪些文件讲到了课后服务收费标准")
    assert "which" in intents_of("哪些文件谈到了校园欺凌防治")
