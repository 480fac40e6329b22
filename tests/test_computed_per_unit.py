"""Money per one thing asked as people say it (`一套花了多少`, `一个学生一年摊多少钱`, `每辆多少钱`): a sentence's
total ÷ the count of the thing the same sentence states, with formula and both inputs cited; never when the
sentence states the rate itself or two totals. Documents written here, real ingest, Service.ask."""

import pytest

from server.answer.perunit import asked_counter
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

NEWS = """尤溪县多措并举改善乡村教师住房和学生上学条件
来源：尤溪县融媒体中心　发布时间：2025年9月12日
住房是留住年轻教师的关键。2024年以来，全县累计新建教师周转宿舍八十套，总投资二千四百万元，新入职教师全部拎包入住。
为解决山区学生上学远的问题，县里购置标准化校车12辆，共投入资金360万元，覆盖全县8个乡镇。
学前教育方面，新建乡镇公办幼儿园5所，总投资4500万元，新增学位900个。
"""

BUDGET = """建宁县教育局2025年部门预算说明
一、主要项目支出
（一）家庭经济困难学生资助资金450万元，资助全县家庭经济困难学生3000名。
（二）农村义务教育学生营养改善计划资金600万元，按每生每天4元、全年200天的标准，惠及农村学生7500名。
（三）教师公寓维修，每套维修费2万元，共维修教师公寓60套。
（四）新建学生宿舍40间，总投资800万元，其中省级补助300万元。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "per-unit", {"youxi-news-2025": NEWS, "jianning-budget-2025": BUDGET})


@pytest.mark.parametrize("question, value, unit, doc", [
    ("尤溪新建的教师周转房一套花了多少", 30, "万元/套", "youxi-news-2025"),  # Chinese numerals: 2400万元 ÷ 80套
    ("尤溪的校车每辆多少钱", 30, "万元/辆", "youxi-news-2025"),
    ("尤溪新建的乡镇幼儿园一所投资多少钱", 900, "万元/所", "youxi-news-2025"),
    ("建宁资助困难学生一个学生摊多少钱", 1500, "元/人", "jianning-budget-2025"),  # 名 counted as people
    ("建宁营养改善计划一个学生一年摊多少钱", 800, "元/人", "jianning-budget-2025"),  # the rate is per day: a year's
])
def test_money_per_one_thing_from_the_sentences_total_and_count(service, question, value, unit, doc):
    answer = service.ask(question)
    assert first_figure(answer) == (value, unit), answer.answer
    assert "÷" in answer.answer and inputs_cited(service, answer, doc), answer.answer


@pytest.mark.parametrize("question", [
    "建宁教师公寓维修一套花了多少",  # stated per one (`每套维修费2万元`): quoted, not divided
    "建宁新建学生宿舍一间花了多少",  # two totals in the sentence (总投资, 省级补助): which one is a guess
])
def test_no_division_where_the_rate_is_stated_or_the_total_is_not_one(service, question):
    answer = service.ask(question)
    assert "÷" not in answer.answer, answer.answer


@pytest.mark.parametrize("question, units", [
    ("一套花了多少", ("套",)),
    ("一个学生一年摊多少钱", ("人",)),
    ("每名教师补助多少", ("人",)),
    ("人均多少钱", ("人",)),
    ("一个班有多少人", ()),  # no money asked
    ("第一所学校投资多少钱", ()),  # an ordinal, not one of many
])
def test_the_counter_asked(question, units):
    assert asked_counter(question) == units
