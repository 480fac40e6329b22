"""Money per one thing asked as people say it (`一辆校车合多少钱`, `一个孩子一学年合多少钱`, `每间教室摊多少`): a
sentence's total ÷ the count of the thing the same sentence states, with formula and both inputs cited; never when
a sentence on the thing asked states the rate itself, or the sentence states two totals. Documents written here,
real ingest, Service.ask."""

import pytest

from server.answer.perunit import per_one_units
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

NEWS = """岚溪县补齐农村学校办学条件短板
岚溪县新闻中心　2025年10月20日
为让山里孩子安全上下学，今年全县为农村学校购置标准化校车二十五辆，共投入资金七百五十万元，校车全部配备随车照管员。
信息化方面，县里改造城区学校录播教室40间，总投资600万元，实现优质课程城乡同步。
学前教育方面，在城北新区新建公办幼儿园3所，投资共计5400万元，可新增学位810个。
"""

BUDGET = """岩桂县教育体育局2025年部门预算说明
一、重点项目支出
（一）乡村教师生活补助资金540万元，惠及全县乡村教师1200名。
（二）学生营养改善计划资金960万元，按每生每天5元、全年200天测算，惠及农村义务教育学生9600名。
（三）课桌椅更新，每套课桌椅300元，共更新课桌椅5000套。
（四）新建学生食堂2座，总投资1200万元，其中中央补助500万元。
"""

# the rate stated in one sentence, a year's total with whom it covers in another: the rate is the answer
SUBSIDY = """云川县落实乡村教师交通补助
云川县教育局　2025年9月1日
全县为在乡村学校任教的教师发放交通补助，标准为每人每月300元。
今年全县共发放乡村教师交通补助资金216万元，覆盖乡村教师600名。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "per-unit", {"lanxi-news-2025": NEWS, "yangui-budget-2025": BUDGET,
                                                       "yunchuan-subsidy-2025": SUBSIDY})


@pytest.mark.parametrize("question, value, unit, doc", [
    ("岚溪给农村学校买的校车一辆合多少钱", 30, "万元/辆", "lanxi-news-2025"),  # Chinese numerals: 750万元 ÷ 25辆
    ("岚溪改造录播教室每间投入多少", 15, "万元/间", "lanxi-news-2025"),
    ("岚溪城北新建的公办幼儿园平均每所投资多少钱", 1800, "万元/所", "lanxi-news-2025"),  # 所, not the 学位 count
    ("岩桂乡村教师生活补助一个老师合多少钱", 4500, "元/人", "yangui-budget-2025"),  # 名 counted as people
    ("岩桂营养改善计划一个孩子一学年合多少钱", 1000, "元/人", "yangui-budget-2025"),  # the rate is per day
])
def test_money_per_one_thing_from_the_sentences_total_and_count(service: Service, question: str, value: float,
                                                                unit: str, doc: str) -> None:
    answer = service.ask(question)
    assert first_figure(answer) == (value, unit), answer.answer
    assert "÷" in answer.answer and inputs_cited(service, answer, doc), answer.answer


@pytest.mark.parametrize("question", [
    "岩桂更新课桌椅一套花了多少钱",  # stated per one (`每套课桌椅300元`): quoted, not divided
    "岩桂新建学生食堂一座投资多少",  # two totals in the sentence (总投资, 中央补助): which one is a guess
])
def test_no_division_where_the_rate_is_stated_or_the_total_is_not_one(service: Service, question: str) -> None:
    answer = service.ask(question)
    assert "÷" not in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["云川乡村教师交通补助一个老师多少钱", "云川县乡村教师每人交通补助是多少"])
def test_a_rate_stated_in_another_sentence_is_quoted_not_a_total_divided(service: Service, question: str) -> None:
    # 216万元 ÷ 600名 is a year's amount per teacher; the document states the rate per month itself
    answer = service.ask(question)
    assert "÷" not in answer.answer and "3600" not in answer.answer, answer.answer
    assert "300元" in answer.answer, answer.answer


@pytest.mark.parametrize("question, units", [
    ("一辆校车合多少钱", ("辆",)),
    ("一个孩子一学年合多少钱", ("人",)),
    ("每位老师补了多少", ("人",)),
    ("人均投入多少元", ("人",)),
    ("平均每间教室花了多少", ("间",)),
    ("一个班坐多少人", ()),  # no money asked
    ("第一所学校投资多少钱", ()),  # an ordinal, not one of many
    ("哪一所学校投入了多少钱", ()),  # which one, not per one
    ("同一所学校两年投入多少钱", ()),  # the same one
    ("十一个项目花了多少钱", ()),  # a count of eleven
    ("一次性补助多少钱", ()),  # once, not per time
])
def test_the_counter_asked(question: str, units: tuple[str, ...]) -> None:
    assert per_one_units(question) == units
