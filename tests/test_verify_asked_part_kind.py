"""A figure stated as the answer must be of the thing asked, not of its complement, its whole or another
kind of quantity: money asked is no share or head count (`每月补贴是多少` → not `12名`), a part asked by its
own name is no figure of the part named negated (学科类 → not `非学科类…97家`), those not done are not those
done (`没有整改到位` → not `已整改到位80个`), and the whole a question states before singling out a part
(`97家…中艺术类的`) is no answer for the part, one side no saving asked (`比预算省下多少`), and a passage
naming no money no answer whether there is money (`有没有额外的钱`), a rule alone no answer whether it
applies to a school the documents never name. Pure checks on clauses written here,
then real ingest, real model, Service.ask on documents written here."""

import pytest

from server.answer.askedkind import given_whole
from server.answer.qualifiers import qualifier_conflict
from server.answer.verify import _other_kind, _reach_of_whole
from server.intent import classify, intents_of
from server.query import Query
from tests.written import first_figure, service_over


def conflict(question: str, context: str) -> str:
    return qualifier_conflict(question, ["某县"], context, "", False)


# --- a part asked, its complement stated ------------------------------------------------------------

@pytest.mark.parametrize("question, context", [
    ("某县学科类培训机构还有几家？", "非学科类培训机构97家全部纳入平台监管"),
    ("某县还剩几家教文化课的培训机构？", "非学科类培训机构97家全部纳入平台监管"),  # 文化课: 学科类 in everyday words
    ("某县营利性民办园有多少所？", "登记为非营利性民办园的41所"),
    ("某县检查发现的问题还有多少个没有整改到位？", "截至10月底，已整改到位80个"),
])
def test_the_complement_of_the_part_asked_is_refused(question, context):
    assert conflict(question, context)


@pytest.mark.parametrize("question, context", [
    ("某县学科类培训机构还有几家？", "学科类培训机构由58家压减至2家"),
    ("某县非学科类培训机构有多少家？", "非学科类培训机构97家全部纳入平台监管"),
    ("某县学科类和非学科类培训机构各几家？", "非学科类培训机构97家全部纳入平台监管"),
    ("某县检查发现的问题还有多少个没有整改到位？", "尚有8个问题没有整改到位"),
    ("某县还有多少个行政村没有幼儿园？", "乡村幼儿园布点不足，8个行政村尚无幼儿园"),  # 尚无: negated too
    ("某县有没有额外的课后服务补助？", "参与课后服务的教师每课时补助30元"),  # 有没有 asks whether: nothing negated
])
def test_the_part_itself_still_answers(question, context):
    assert conflict(question, context) == ""


# --- the whole the question states ------------------------------------------------------------------

def query(text: str) -> Query:
    return Query(text, text, asked=classify(text, intents_of(text)))


def test_the_whole_the_question_states_is_no_answer_for_its_part():
    asked = query("某县97家非学科类培训机构中艺术类的有多少家？")
    assert given_whole(asked, "家", 97.0)
    assert given_whole(asked, "家", 23.0) == ""  # a figure of its own: the part, as far as this check goes
    assert given_whole(query("某县97家培训机构纳入监管后还有多少家？"), "家", 97.0) == ""  # no part singled out


def test_what_a_whole_reaches_after_its_part_is_not_the_parts():
    asked = query("某县3个教联体里山区学校的学生有多少人？")
    asked.terms = ["教联体", "山区", "学校", "学生"]
    assert _reach_of_whole(asked, "人", "共覆盖学校21所，其中山区学校12所，惠及学生8600人")
    assert _reach_of_whole(asked, "人", "其中山区学校12所，在校学生3100人") == ""  # no verb of reach: the part's


# --- money asked: a share or a count is another kind -------------------------------------------------

@pytest.mark.parametrize("text, unit, other", [
    ("某县课后服务每个学生每学期收多少钱？", "%", True),  # a 满意度 is no fee
    ("某县课后服务每个学生每学期收多少钱？", "元", False),
    ("某县教育经费比上年增加了多少万元？", "%", False),  # a change of money may be stated in %
    ("某县教研员每月的工作补贴是多少？", "人", True),  # no unit asked: the noun asked is stated in money
    ("某县教研员每月的工作补贴是多少？", "元", False),
    ("某县教研员有多少？", "人", False),
    ("某县学业水平考试每个考生报名费多少钱", "分", True),  # a score (分) is no fee
    ("某县学业水平考试满分多少", "分", False),
])
def test_money_asked_refuses_a_share_or_a_count(text, unit, other):
    asked = query(text)
    assert _other_kind(asked, set(asked.units), unit, False) is other


SUMMARY = """青岚县2025年“双减”工作总结

一、校外培训治理
全县义务教育阶段学科类校外培训机构由“双减”前的58家压减至2家，保留的2家均登记为非营利性机构。
非学科类校外培训机构97家全部纳入监管平台，预收费纳入资金监管620万元。

二、课后服务
全县义务教育学校课后服务实现全覆盖，家长对课后服务的满意度为94.3%。
全县在岗教师2100人中，参与课后服务的有1980人。对参与课后服务的教师按每课时30元标准发放补助。

三、督查整改
全年开展专项督查46校次，发现问题88个。截至10月底，已整改到位80个。
全县配备专职教研员15名，兼职教研员40名。

四、经费管理
2025年“三公”经费年初预算18.60万元。全年严格执行预算，压减一般性支出。
"""

# a county stating who takes part in after-school service, nothing of pay
BAIXI = """白溪县2025年课后服务工作情况
全县义务教育学校教师1500人中，参与课后服务的有1320人，占88.0%。课后服务时段开设兴趣小组210个。
学生体质健康优良率低于50%的学校，须于2026年6月底前制定体质健康专项提升方案，报县教育局备案。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory, "asked-part-kind", {"qinglan-double-reduction-2025": SUMMARY,
                                                              "baixi-after-school-2025": BAIXI})


@pytest.mark.parametrize("question, wrong", [
    ("青岚县还剩几家教文化课的校外培训机构？", 97),
    ("青岚县97家非学科类校外培训机构中艺术类的有多少家？", 97),
    ("青岚县督查发现的问题还有多少个没有整改到位？", 80),
    ("青岚县专职教研员每月的工作补贴是多少？", 15),
    ("青岚县课后服务每个学生每学期向家长收多少钱？", 94.3),
    ("青岚县三公经费比预算省下多少？", 18.6),  # a saving asked: the budget is one side of it
])
def test_the_complement_the_whole_or_another_kind_is_not_stated_as_the_answer(service, question, wrong):
    r = service.ask(question)
    assert not any(round(f.value, 1) == wrong for f in r.figures), r.answer
    assert r.abstained or r.figures, r.answer  # abstains, or answers with a figure of the part asked


def test_whether_there_is_money_is_not_answered_by_a_passage_naming_none(service):
    r = service.ask("白溪县老师参加课后服务有没有额外的钱拿？")
    assert r.abstained, r.answer


def test_whether_a_rule_applies_to_a_school_is_not_answered_by_the_rule_alone(service):
    # the documents state no figure of the school: the rule quoted does not say whether it applies
    r = service.ask("白溪县石桥镇中心小学需要制定体质健康专项提升方案吗？")
    assert r.abstained, r.answer
    assert "石桥镇中心小学" in r.answer


@pytest.mark.parametrize("question, figure", [
    ("青岚县学科类校外培训机构还剩几家？", (2, "家")),
    ("青岚县非学科类校外培训机构有多少家？", (97, "家")),
    ("青岚县参与课后服务的教师每课时补助多少钱？", (30, "元")),
    ("青岚县督查一共发现了多少个问题？", (88, "个")),
])
def test_the_part_asked_still_answers(service, question, figure):
    assert first_figure(service.ask(question)) == figure
