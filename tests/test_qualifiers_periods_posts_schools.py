"""A question's qualifier the figure's clause does not carry makes the figure no answer: a period asked relative
to the report's own (上一学年) against a clause of 本学年, a post's deputies (副校长) against a count of the post,
one school asked against a clause about another school, a part (…里小学) against a whole whose only other
figure names the part inside a longer word (中小学). And an indicator a document writes with 的 before its rate
word or in the other word order of its group is the indicator asked, judged against its national bar. Pure
checks on clauses written here, then real ingest, real model, Service.ask on a document written here."""

import pytest

from server.answer.evidence import has_term
from server.answer.qualifiers import _word_start, qualifier_conflict
from server.answer.verify import _schools_named
from tests.written import first_figure, service_over


def conflict(question: str, context: str) -> str:
    return qualifier_conflict(question, ["某县"], context, "", False)


# --- a period relative to the report's own ------------------------------------------------------------

@pytest.mark.parametrize("question, context", [
    ("某县上一学年劝返了多少辍学学生？", "本学年共劝返复学学生120人"),
    ("某县上学期开展了几次家长会？", "本学期共召开家长会3次"),
    ("某县本学年招聘了多少名教师？", "上一学年共招聘教师85名"),
])
def test_another_period_than_the_one_asked_is_refused(question, context):
    assert conflict(question, context)


@pytest.mark.parametrize("question, context", [
    ("某县本学年劝返了多少辍学学生？", "本学年共劝返复学学生120人"),
    ("某县这学期开展了几次家长会？", "本学期共召开家长会3次"),  # 这 and 本 name the same term
    ("某县上一学年劝返了多少辍学学生？", "共劝返复学学生120人"),  # no period stated: other checks judge it
    ("某县本学年劝返了多少辍学学生？", "本学年共劝返120人，比上学年增加12人"),
])
def test_the_period_asked_or_none_stated_is_no_conflict(question, context):
    assert conflict(question, context) == ""


# --- a post and its deputies --------------------------------------------------------------------------

@pytest.mark.parametrize("question, context", [
    ("某县中小学副校长有多少名？", "每所学校核定校长职数1名，共64名"),
    ("某县幼儿园副园长有几人？", "全县幼儿园园长48人参加轮训"),
    ("某县中小学校长有多少名？", "全县配备副校长96名"),
])
def test_the_other_rank_of_a_post_is_refused(question, context):
    assert conflict(question, context)


@pytest.mark.parametrize("question, context", [
    ("某县中小学副校长有多少名？", "校长64名、副校长96名"),
    ("某县中小学副校长有多少名？", "全县配备副校长96名"),
    ("某县中小学校长有多少名？", "每所学校核定校长职数1名，共64名"),
])
def test_the_rank_asked_still_answers(question, context):
    assert conflict(question, context) == ""


# --- words standing alone, schools by their names, indicators as documents write them ----------------

def test_a_part_word_inside_a_longer_word_is_not_found():
    assert _word_start("全县共有中小学43所，在校学生31800人", "小学") == -1
    assert _word_start("其中小学12所", "小学") == 2


def test_schools_are_named_by_their_proper_names_not_their_kinds():
    assert _schools_named("榆林小学改造后可容纳4个班") == {"榆林小学"}
    assert _schools_named("全县中小学43所，公办小学12所") == set()
    # a kind's last word (教育 of 特殊教育学校) and a preposition before a kind (在新学校, 对新学校) name no school
    assert _schools_named("特殊教育学校在校学生有多少人") == set()
    assert _schools_named("在新学校门口新增停车位，对新学校周边道路集中整治") == set()
    assert _schools_named("蓼洲小学新增学位") == {"蓼洲小学"}


@pytest.mark.parametrize("term, text", [
    ("普惠性幼儿园覆盖率", "全县普惠性幼儿园的覆盖率为86.1%"),
    ("高中阶段毛入学率", "高中阶段的毛入学率为93.8%"),
    ("残疾儿童少年入学率", "适龄残疾少年儿童入学率达到97.2%"),
])
def test_an_indicator_written_with_de_or_in_the_other_order_is_named(term, text):
    assert has_term(term, text)


# --- end to end ---------------------------------------------------------------------------------------

SUMMARY = """桐溪县2025—2026学年教育工作情况报告

一、基本情况
全县公办中小学58所，每所学校核定校长职数1名，共58名。全县共有中小学58所，在校学生41200人。
全县现有专职心理健康教师22名，兼职教师74名。
本学年共劝返复学辍学学生96人。
在学前教育上，普惠性幼儿园的覆盖率为86.1%。全县适龄残疾少年儿童入学率为97.2%。

二、学校建设
新增学位中，县第三小学1200个，县实验中学800个；榆林小学操场改造不新增学位，改造后可容纳4个班同时上体育课。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory, "qualifiers-periods-posts", {"tongxi-education-report-2026": SUMMARY})


@pytest.mark.parametrize("question, wrong", [
    ("桐溪县中小学副校长有多少名？", 58),
    ("桐溪县上一学年劝返了多少辍学学生？", 96),
    ("桐溪县第三小学设计规模是多少个班？", 4),
    ("桐溪县的兼职心理教师里小学有几名？", 41200),
])
def test_a_qualifier_the_clause_lacks_is_not_answered_with_its_figure(service, question, wrong):
    r = service.ask(question)
    assert r.abstained, r.answer
    assert not any(round(f.value, 1) == wrong for f in r.figures), r.answer


@pytest.mark.parametrize("question, figure", [
    ("桐溪县普惠性幼儿园覆盖率达到国家目标了吗？", (86.1, "%")),
    ("桐溪县残疾儿童少年入学率达到国家要求了吗？", (97.2, "%")),
])
def test_an_indicator_as_the_document_writes_it_is_judged(service, question, figure):
    r = service.ask(question)
    assert first_figure(r) == figure
    assert "达标" in r.answer or "达到" in r.answer, r.answer


@pytest.mark.parametrize("question, figure", [
    ("桐溪县本学年劝返了多少辍学学生？", (96, "人")),
    ("桐溪县榆林小学改造后可容纳几个班同时上体育课？", (4, "个")),
])
def test_the_qualifier_asked_as_stated_still_answers(service, question, figure):
    assert first_figure(service.ask(question)) == figure
