"""A qualifier the question attaches to the thing it asks (a level of government, 非X, 除X以外, 第N学区,
one budget item) must be carried by the figure answering it; a figure of the whole, another level or
a sibling item is refused, while the figure that does carry it still answers. Pure checks on
clauses written here, then real ingest, real model, Service.ask on documents written here."""

import pytest

from server.answer.qualifiers import qualifier_conflict
from server.service import Service
from tests.written import first_figure, service_over


def conflict(question: str, context: str, heading: str = "", regions: tuple[str, ...] = ("某县",),
             computed: bool = False) -> str:
    return qualifier_conflict(question, list(regions), context, heading, computed)


# --- levels of government --------------------------------------------------------------------------

@pytest.mark.parametrize("question, context", [
    ("课后服务补助资金中省级财政安排了多少？", "全县财政安排课后服务补助资金860万元"),
    ("营养改善计划中央财政补助了多少钱？", "县级财政配套营养改善计划资金320万元"),
    ("学前教育专项资金市级安排了多少？", "全区投入学前教育专项资金1.2亿元"),
    ("教师培训经费省本级下达多少？", "安排教师培训经费450万元"),  # no level stated, not the county's own
])
def test_a_level_asked_that_the_clause_does_not_state_is_refused(question, context):
    assert conflict(question, context)


@pytest.mark.parametrize("question, context", [
    ("课后服务补助资金中省级财政安排了多少？", "其中省级财政补助300万元"),
    ("营养改善计划中央财政补助了多少钱？", "中央财政下达营养改善计划补助资金1860万元"),
    ("课后服务补助资金中县级财政安排了多少？", "全县财政安排课后服务补助资金860万元"),
    ("县级财政安排了多少课后服务资金？", "安排课后服务资金860万元"),  # the county's own level, unstated
    ("县级以上骨干教师有多少人？", "市级骨干教师120人"),  # a range of levels: not judged
])
def test_the_level_stated_or_the_regions_own_still_answers(question, context):
    assert conflict(question, context) == ""


# --- a part named by what it is not ----------------------------------------------------------------

@pytest.mark.parametrize("question, context", [
    ("在非普惠性民办园上学的幼儿有多少人？", "其中公办园在园幼儿3992人、普惠性民办园在园幼儿2773人"),
    ("非普惠性民办园在园幼儿多少人？", "在园幼儿8640人"),  # the whole
    ("非营利性民办学校有多少所？", "营利性民办学校12所"),
    ("未参加课后服务的学生有多少人？", "参加课后服务的学生38640人"),
])
def test_the_positive_part_or_the_whole_is_no_answer_for_non_x(question, context):
    assert conflict(question, context)


@pytest.mark.parametrize("question, context", [
    ("非普惠性民办园有多少所？", "非普惠性民办园17所"),
    ("非公办幼儿园有多少所？", "民办幼儿园17所"),  # the other member of 公办/民办 names the rest
    ("未参加课后服务的学生有多少人？", "尚未参加课后服务的学生1485人"),
    ("未来三年新增学位多少个？", "新增学位2700个"),  # 未来 negates nothing
])
def test_the_negated_part_stated_still_answers(question, context):
    assert conflict(question, context) == ""


# --- a whole without one of its parts -----------------------------------------------------------------

@pytest.mark.parametrize("question, context, computed", [
    ("除一般公共预算拨款以外的收入一共有多少？", "部门收入预算 合计", True),  # a sum over every row
    ("除一般公共预算拨款以外的收入一共有多少？", "其中一般公共预算拨款收入68,450.32万元", False),
    ("除了公办园之外的幼儿园在园幼儿有多少？", "公办园在园幼儿3992人", False),
    ("不含基建投入的教育经费是多少？", "教育经费合计含基建投入", True),
    ("除公办园以外的幼儿园有多少所？", "其中公办园28所、民办园36所", False),  # the part's figure may be it
])
def test_a_figure_over_the_excluded_part_is_refused(question, context, computed):
    assert conflict(question, context, computed=computed)


@pytest.mark.parametrize("question, context, computed", [
    ("除一般公共预算拨款以外的收入一共有多少？", "收入中非一般公共预算拨款", True),  # whole − part
    ("除公办园以外的幼儿园有多少所？", "民办园36所", False),
    ("除新建学校以外，改扩建了多少所学校？", "改扩建学校12所", False),  # another thing, not the part
    ("除骨干教师以外的交流教师有多少人？", "除骨干教师以外的交流教师141人", False),
])
def test_the_exclusion_stated_or_computed_still_answers(question, context, computed):
    assert conflict(question, context, computed=computed) == ""


# --- one numbered sub-unit ----------------------------------------------------------------------------

@pytest.mark.parametrize("question, context, heading", [
    ("城区公办初中第三学区计划招收多少名七年级学生？", "城区公办初中划分5个学区，计划招收七年级56个班2800人", ""),
    ("第2片区有几所学校？", "第一片区：6所学校", ""),
    ("第二批省级示范园有多少所？", "全县省级示范园15所", "三、示范创建"),
])
def test_the_whole_or_another_sub_unit_is_no_answer(question, context, heading):
    assert conflict(question, context, heading)


@pytest.mark.parametrize("question, context, heading", [
    ("第三学区计划招收多少人？", "第三学区：益津小学，8个班360人", ""),
    ("第二片区有几所学校？", "6所学校", "（二）第2片区"),  # stated by its heading, in digits
    ("第二批省级示范园有多少所？", "第二批认定省级示范园5所", ""),
])
def test_the_sub_unit_named_still_answers(question, context, heading):
    assert conflict(question, context, heading) == ""


# --- one item of a budget line ------------------------------------------------------------------------

@pytest.mark.parametrize("question, context", [
    ("教育体育局2024年学生资助支出预算是多少万元？", "项目支出21,619.74万元"),
    ("2025年教师培训经费是多少？", "公用经费3,200万元"),
    ("今年校舍维修资金安排了多少？", "学前教育专项资金860万元"),
])
def test_another_item_of_the_same_head_is_no_answer(question, context):
    assert conflict(question, context)


@pytest.mark.parametrize("question, context, heading", [
    ("2024年项目支出预算是多少万元？", "项目支出21,619.74万元", ""),
    ("学生资助支出预算是多少？", "学生资助 预算数", "表2 2024年部门支出预算"),  # a table row names the item
    ("全县教育经费总投入多少？", "教育经费总投入3.2亿元", ""),  # the scope 全县 is no item
    ("宁国市义务教育公用经费是多少？", "义务教育学校公用经费1.1亿元", ""),  # short form of the item
    ("2025年教育基础设施建设计划投入多少资金？", "全年投入教育基础设施建设资金3.2亿元", ""),  # no item named
    ("全年投入了多少教育资金？", "学前教育专项资金860万元", ""),
    ("四川、山东的城乡居民收入比分别是多少？", "常住人口城镇化率达到67.5%，城乡收入比缩小至2.12", ""),
    ("特殊教育学校生均公用经费是否达到6000元？", "特殊教育学校公用经费为87万元,标准为6000元/生/年", ""),
    ("对不足100名学生的小学和教学点，公用经费核定是否符合要求？", "按照年生均200元标准增加公用经费补助", ""),
])
def test_the_item_named_still_answers(question, context, heading):
    assert conflict(question, context, heading, regions=("宁国市",)) == ""


# --- on documents written here ------------------------------------------------------------------------

SUMMARY = """民乐县2024年“双减”工作总结
民乐县教育局
2024年12月20日
一、课后服务
全县126所义务教育学校全部开展课后服务，参与学生4.1万人。全县财政安排课后服务补助资金1,250万元，用于教师课后服务补助。
二、学区招生
城区公办小学划分4个学区，2024年计划招收一年级2,160人。第一学区：东风小学，600人；第二学区：西河小学，540人；第三学区：南湖小学，540人；第四学区：北苑小学，480人。
三、学前教育
全县共有幼儿园46所，其中公办园20所、普惠性民办园15所、非普惠性民办园11所；在园幼儿9,200人，其中公办园在园幼儿4,800人、普惠性民办园在园幼儿2,900人。
四、经费预算
2024年部门收入预算52,000.00万元，比上年增加1,200.00万元。其中一般公共预算拨款收入47,500.00万元，事业收入3,100.00万元。
2024年部门支出预算52,000.00万元，其中基本支出38,000.00万元，主要用于人员工资和日常公用经费；项目支出14,000.00万元，主要用于学生资助、校舍维修改造等。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "qualifiers", {"minle-summary-2024": SUMMARY})


@pytest.mark.parametrize("question, wrong", [
    ("民乐县2024年课后服务补助资金中省级财政安排了多少？", 1250),
    ("民乐县城区第五学区2024年计划招收多少名一年级学生？", 2160),
    ("民乐县2024年学生资助支出预算是多少万元？", 14000),
])
def test_a_qualifier_the_passage_lacks_abstains(service, question, wrong):
    r = service.ask(question)
    assert r.abstained and not any(round(f.value) == wrong for f in r.figures), r.answer


def test_the_part_a_negated_quality_leaves_is_never_the_qualified_parts_figure(service):
    # 在园幼儿 splits into 公办 and 民办, 民办 into 普惠性 and the rest: the rest is the whole less both stated
    r = service.ask("民乐县在非普惠性民办园上学的幼儿有多少人？")
    assert first_figure(r) == (1500, "人") and "9,200 − 4,800 − 2,900" in r.answer, r.answer


@pytest.mark.parametrize("question, value", [
    ("民乐县2024年课后服务补助资金县级财政安排了多少万元？", 1250),
    ("民乐县第三学区2024年计划招收一年级多少人？", 540),
    ("民乐县非普惠性民办园有多少所？", 11),
    ("民乐县2024年项目支出预算是多少万元？", 14000),
])
def test_the_qualifier_stated_still_answers(service, question, value):
    assert first_figure(service.ask(question))[0] == value


@pytest.mark.parametrize("question, value", [
    ("民乐县2024年除一般公共预算拨款以外的收入一共有多少？", 4500),  # the 其中 opens the next sentence
    ("民乐县2024年除基本支出之外的支出有多少万元？", 14000),
])
def test_the_whole_without_the_part_is_computed(service, question, value):
    r = service.ask(question)
    assert first_figure(r)[0] == value and "−" in r.figures[0].formula, r.answer
