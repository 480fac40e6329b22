"""A computed answer stands only when the inputs it combines are named by the nouns the question asks about:
a per-one division, a row's share, a list's total, a plan row's change, a sum of listed amounts fire on their
shape (a total and a count in one sentence, two columns, numbered items), and the check between composing and
returning (server/answer/verify.py) reads each input's own words — its sentence, the one before and its
section; a cell's row label, column header and caption — for the question's nouns. A computed total is no
amount per one. Documents written here, real ingest, Service.ask."""

import pytest

from ingest.normalize import normalize
from server.answer.askedkind import unlike_kind
from server.answer.draft import Claim
from server.intent import classify
from server.query import Query
from server.service import Service
from tests.written import service_over

NEWS = """汀澜县补齐农村学校办学条件短板
汀澜县融媒体中心　2025年9月10日
今年全县为农村学校购置校车20辆，共投入资金600万元，校车全部配备随车照管员。校车司机工资由县财政统筹保障。
住宿条件方面，新建学生宿舍楼4栋，总投资3200万元，可容纳寄宿学生1600人。
县财政安排乡村教师生活补助资金900万元，惠及乡村教师1500名，乡村教师月平均工资不低于城区教师。
"""

AID = """汀澜县2025年学生资助工作情况
汀澜县教育局　2025年12月1日
今年全县发放学生营养餐补助资金300万元、学生交通补助资金200万元，惠及农村学生5000人。
职业教育方面，全县中职学校在校生2600人，专任教师180人，职业教育实训基地建设稳步推进。
"""

PLAN = """汀澜县教育事业发展“十四五”规划
第五章 重点工程
专栏2 义务教育重点工程
1.城区学校扩容工程。新建小学2所，总投资1.6亿元。
2.农村寄宿制学校改造工程。改造学生宿舍和食堂，总投资0.8亿元。
3.智慧教育工程。为全县中小学配齐交互式教学设备，总投资0.4亿元。
第六章 发展指标
表3 汀澜县教育发展主要指标
| 指标 | 单位 | 发展现状 | 规划目标 |
| --- | --- | --- | --- |
| 普惠性幼儿园覆盖率 | % | 80 | 90 |
| 义务教育巩固率 | % | 96.5 | 98 |
"""

PSY = """枫岭县中小学心理健康教育工作情况通报
一、心理教师配备和辅导室建设
| 年度 | 乡村学校数（所） | 配齐专职心理教师学校数（所） | 建成心理辅导室学校数（所） |
| --- | --- | --- | --- |
| 2023年 | 60 | 24 | 45 |
| 2024年 | 58 | 29 | 50 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "inputs-named", {"tinglan-news-2025": NEWS, "tinglan-aid-2025": AID,
                                                           "tinglan-plan-2021": PLAN, "fengling-psy-2024": PSY})


@pytest.mark.parametrize("question, value, unit", [
    ("汀澜一辆校车合多少钱", 30, "万元/辆"),  # 600万元 ÷ 20辆: the bus's own sentence
    ("汀澜新建的学生宿舍楼一栋投资多少", 800, "万元/栋"),
    ("汀澜乡村教师生活补助一个老师合多少钱", 6000, "元/人"),
    ("枫岭2024年配齐专职心理教师的学校占乡村学校的比例是多少", 50, "%"),  # 29 ÷ 58, the columns named
    ("枫岭2023年建成心理辅导室的学校占乡村学校的比例是多少", 75, "%"),
    ("枫岭2024年配齐专职心理老师的学校占乡村学校数的比例是多少", 50, "%"),  # 老师: the documents' 教师
    ("汀澜专栏里那几个义务教育重点工程总投资加起来多少", 2.8, "亿元"),  # the list's heading names them
    ("汀澜义务教育项目总投资加起来是多少", 2.8, "亿元"),
    ("汀澜普惠性幼儿园覆盖率规划要提高多少个百分点", 10, "百分点"),  # 90 − 80, the row named
])
def test_computed_when_the_inputs_are_named_by_the_nouns_asked(service: Service, question: str, value: float,
                                                               unit: str) -> None:
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert (round(answer.figures[0].value, 2), answer.figures[0].unit) == (value, unit), answer.answer


@pytest.mark.parametrize("question, computed", [
    # the bus's purchase money ÷ the buses: no driver's pay
    ("汀澜一辆校车的司机工资合多少钱", "÷ 20辆"),
    # a 义务教育 list's projects for another stage's
    ("汀澜学前教育重点工程一共投资多少", "1.6 + 0.8 + 0.4"),
])
def test_not_computed_from_inputs_of_another_noun(service: Service, question: str, computed: str) -> None:
    answer = service.ask(question)
    assert computed not in answer.answer, answer.answer
    assert answer.abstained, answer.answer


@pytest.mark.parametrize("inputs, unit, unlike", [
    (["发放学生营养餐补助资金300万元", "学生交通补助资金200万元"], "元", True),  # two totals added
    (["营养餐补助每生每天5元", "交通补助每生每月100元"], "元", False),  # amounts per one added: per one
    (["共投入资金600万元", "购置校车20辆"], "元/人", False),  # a division: an amount per one
])
def test_a_computed_total_or_count_is_no_amount_per_one(inputs: list[str], unit: str, unlike: bool) -> None:
    question = "每个学生的营养餐补助和交通补助加起来一共多少钱"
    norm = normalize(question)
    query = Query(text=question, norm=norm, asked=classify(norm, set()))
    claim = Claim(unit, "合计", None, (0, 0), computed=True)  # type: ignore[arg-type]  # no passage read
    reason = unlike_kind(None, query, claim, "合计", None, inputs)  # type: ignore[arg-type]
    assert bool(reason) == unlike, reason
