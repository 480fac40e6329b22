"""Computations from amounts one sentence pairs: an amount with the year before's in brackets (`B（上年A）`,
final accounts and bulletins), a fall asked as a fall (`减了百分之几`: the size of the fall, never a negative
growth); a share whose whole the question names as an activity's count (`筛查人数`) and the sentence as the count
the activity covered; a count per thing whose own clause names those things (`其中村小720人`), not the whole the
sentence splits; `比B多出多少` read as a comparison. On passages written here, through server.calc.prose_compute
with the question's own analysis."""

import pytest

from server.calc import prose_compute
from server.query import analyse
from server.regions import RegionCatalog

ACCOUNTS = ("本年“三公”经费支出8.10万元。其中，差旅费6.30万元（上年7.00万元），会议费1.80万元（上年1.50万元），"
            "因公出国（境）费未发生。")
BULLETIN = "全区在园幼儿8400人(去年为8000人)，专任教师620人(去年为600人)，幼儿园42所。"
SCREENING = "今年春季在全县开展学生视力筛查，覆盖学生5000人，发现视力异常学生1250人，均已告知家长。"
TRAINING = "暑期组织教师参加信息技术能力提升培训，参训教师800人，考核优秀的教师120人。"
VILLAGE = "全镇现有村小6所、教学点4个，在校学生共900人，其中村小720人、教学点180人。"
KINDERGARTENS = "全市有公办幼儿园40所、民办幼儿园25所，在园幼儿共12000人，其中公办幼儿园8000人。"
PLAIN = "全县有小学20所，在校生共9000人。"
KINDS = "全镇现有幼儿园12所，其中普惠性民办园5所。在园幼儿3000人，其中公办园在园幼儿1800人、普惠性民办园在园幼儿900人。"
SCHOOLS = "截至年底，全区共有各类学校80所，其中幼儿园36所、小学28所、初中16所。"


def _computed(question: str, text: str) -> list[tuple[float, str, list[str]]]:
    query = analyse(question, RegionCatalog({}))
    found = prose_compute(query, text, (0, len(text)), (0, len(text)))
    return [(round(c.value, 2), c.unit, [str(i["text"]) for i in c.inputs]) for c in found]


@pytest.mark.parametrize("question, text, value, inputs", [
    ("会议费比上年增长了百分之几", ACCOUNTS, 20.0, ["1.50万元", "1.80万元"]),
    # a fall asked: its size, from the year before's amount
    ("差旅费同比下降了百分之几", ACCOUNTS, 10.0, ["7.00万元", "6.30万元"]),
    ("专任教师比去年增长了百分之多少", BULLETIN, 3.33, ["600人", "620人"]),
    ("在园幼儿比去年增加了百分之几", BULLETIN, 5.0, ["8000人", "8400人"]),
])
def test_a_change_of_an_amount_stated_with_the_year_befores_in_brackets(question, text, value, inputs):
    assert _computed(question, text) == [(value, "%", inputs)]


def test_a_fall_asked_of_an_amount_that_rose_is_its_growth_not_a_size():
    # 会议费 rose: asked as a fall it is still the signed growth, never a fall of 20%
    assert _computed("会议费比上年下降了百分之几", ACCOUNTS) == [(20.0, "%", ["1.50万元", "1.80万元"])]


def test_a_count_before_the_bracket_not_ending_at_it_is_no_pair():
    assert _computed("幼儿园比去年增长了百分之几", "全区幼儿园42所，在园幼儿8400人，比上年（8000人）多。") == []


@pytest.mark.parametrize("question, text, value, inputs", [
    ("视力异常学生占筛查人数的百分之几", SCREENING, 25.0, ["1250人", "5000人"]),
    ("考核优秀的教师占培训人数的百分之几", TRAINING, 15.0, ["120人", "800人"]),
])
def test_a_share_of_the_count_an_activity_covered(question, text, value, inputs):
    assert _computed(question, text) == [(value, "%", inputs)]


@pytest.mark.parametrize("question, text, value, inputs", [
    # the part's name also counts its schools (所): the part in the unit of the amount named as the whole
    ("普惠性民办园幼儿占全镇在园幼儿的百分之几", KINDS, 30.0, ["900人", "3000人"]),
    # a whole asked with its place's scope and 总数 (`全区学校总数`), stated as the total (`全区共有…学校`)
    ("小学占全区学校总数的百分之几", SCHOOLS, 35.0, ["28所", "80所"]),
])
def test_a_share_of_the_whole_named_so(question, text, value, inputs):
    assert _computed(question, text) == [(value, "%", inputs)]


def test_an_activity_the_sentence_does_not_name_is_no_whole():
    assert _computed("视力异常学生占体检人数的百分之几", SCREENING) == []


@pytest.mark.parametrize("question, text, value, inputs", [
    ("村小平均每所多少名学生", VILLAGE, 120.0, ["720人", "6所"]),
    ("公办幼儿园平均每所几个孩子", KINDERGARTENS, 200.0, ["8000人", "40所"]),
    # no count named as the things: the count beside them
    ("小学平均每所多少名学生", PLAIN, 450.0, ["9000人", "20所"]),
])
def test_a_count_per_thing_named_as_those_things(question, text, value, inputs):
    assert _computed(question, text) == [(value, "人/所", inputs)]


def test_things_without_a_count_of_their_own_get_no_other_things_count():
    # 民办幼儿园 have no count of pupils of their own: neither 公办幼儿园's 8000 nor the whole 12000 per 民办 school
    assert _computed("民办幼儿园平均每所有多少人", KINDERGARTENS) == []


@pytest.mark.parametrize("question", ["今年计划招生数比摸底的适龄儿童多出多少？", "新建学位比缺口多出了多少个"])
def test_more_than_with_chu_is_a_comparison(question):
    assert analyse(question, RegionCatalog({})).operation == "difference"


def test_more_than_without_a_comparison_is_still_an_increase():
    query = analyse("今年多出了多少学位", RegionCatalog({}))
    assert "新增" in query.norm and query.operation != "difference"
