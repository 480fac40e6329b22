"""Lists of measures and everyday words, on documents written here: a section's items quoted whole are cited
as one span (the list is one passage: every item lies in the one citation), an item's content sentence heads
no list of the items after it, everyday words reach the documents' terms (修房子盖楼的钱 → 校舍建设经费,
个头长不起来 → 生长迟缓, 眼睛看不远 → 近视, 评职称 → 职称评聘), a fall asked in one character (`降了多少`)
is a change, and a fall asked of a value that fell is answered by its size."""
from __future__ import annotations

import pytest

from ingest.normalize import normalize
from server.operation import operation_of
from server.query import plain
from server.service import Service
from tests.written import first_figure, service_over

MEASURES = """柳溪县家庭经济困难学生认定办法

一、认定对象
本县公办中小学在校学生。

二、认定程序
1．学生本人或监护人向学校提交认定申请表。
2．学校成立评议小组，成员不少于5人，开展民主评议。
3．评议结果在校内公示，时间不少于5个工作日。
4．县资助中心对各校上报的名单进行复核。

三、其他事项
本办法自发布之日起施行。
"""

REPORT = """柳溪县2025年学生营养改善计划落实情况的报告

一、基本情况
全县共有8所学校实施营养改善计划。

二、主要做法
一是规范资金使用。补助资金只能用于购买食品，不得发放现金。
二是落实陪餐制度。每所学校校长每周陪餐不少于一次。
三是开展营养监测。对监测学校的学生进行体检，学生生长迟缓率由5.2%下降到4.1%。

三、下一步工作
1. 推进食堂标牌检查。每学期对学校食堂标牌和宣传栏进行一次检查，发现问题限期纠正。
2. 办好营养宣传周。每年5月集中开展宣传活动。
3. 建强管理队伍。每所学校配备1名营养管理员。
"""

FUNDING = """柳溪县2025年度教育经费执行情况报告

一、分项执行情况
各支出项目的年初预算和实际执行数见下表。

| 支出项目 | 年初预算（万元） | 实际执行（万元） | 执行率（%） |
| --- | --- | --- | --- |
| 人员经费 | 21000 | 20850 | 99.3 |
| 校舍建设 | 4800 | 3600 | 75.0 |
| 教师培训 | 500 | 450 | 90.0 |

柳溪县教育局
2026年3月18日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "list-citations",
                        {"liuxi-needy-student-measures-2026": MEASURES, "liuxi-nutrition-report-2025": REPORT,
                         "liuxi-funding-execution-2025": FUNDING})


@pytest.mark.parametrize(("question", "items"), [
    ("柳溪县困难学生认定要走哪些程序", ("提交认定申请表", "民主评议", "校内公示", "复核")),
    ("柳溪县营养改善计划主要做法有哪些", ("规范资金使用", "落实陪餐制度", "开展营养监测")),
])
def test_a_section_list_quoted_whole_is_cited_as_one_span(service: Service, question: str, items: tuple[str, ...]):
    response = service.ask(question)
    assert not response.abstained, response.answer
    assert len(response.citations) == 1, response.answer
    cited = response.citations[0].text
    for item in items:
        assert item in response.answer and item in cited, (item, response.answer)


def test_a_sentence_of_an_item_heads_no_list_of_the_items_after_it(service: Service):
    response = service.ask("柳溪县食堂牌子上的问题是怎么处理的")
    assert not response.abstained, response.answer
    assert "限期纠正" in response.answer, response.answer
    assert "营养宣传周" not in response.answer and "营养管理员" not in response.answer, response.answer


def test_money_really_spent_on_building_is_the_school_building_row_actually_spent(service: Service):
    response = service.ask("柳溪县去年修房子盖楼的钱真正花出去多少")
    assert "3600" in response.answer, response.answer
    assert not response.abstained


def test_a_fall_asked_in_everyday_words_is_the_stated_fall_by_its_size(service: Service):
    assert first_figure(service.ask("柳溪县孩子个头长不起来的比例降了多少")) == (1.1, "百分点")


@pytest.mark.parametrize(("asked", "term"), [
    ("修房子盖楼的钱真正花出去多少", "校舍建设经费实际支出"),
    ("孩子个头长不起来的比例", "生长迟缓"),
    ("小孩眼睛看不远的比例", "近视"),
    ("评职称有啥好处", "职称评聘"),
    ("学校门口牌子上用字乱", "标牌"),
])
def test_everyday_words_become_the_documents_terms(asked: str, term: str):
    assert term in plain(normalize(asked, drop_space=True))


@pytest.mark.parametrize("question", ["近视率降了多少", "今年学校减了几所"])
def test_a_fall_asked_in_one_character_is_a_change(question: str):
    assert operation_of(normalize(question, drop_space=True)).name == "change"
