"""The rest of a whole not done, asked with the verb's complement of completion (`没整改到位`) or with 不能
(`不能在校住宿`), the document stating what was done by the bare verb (`已整改资金`, `能在校住宿的…`) and the whole
apart — by its head noun in an earlier sentence that holds the rest of its words, or under the statistics' name for
the question's everyday one (学生 → 在校生). Documents written here, real ingest, Service.ask."""

import pytest

from server.answer.remainder import asked_undone
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

# an audit rectification report: the sum the audit found, then a sentence between, then what has been put right
AUDIT = """柘岭县教育局关于专项审计整改情况的报告
柘岭县教育局
2026年2月
2025年9月，市审计局对我局开展专项审计，发现4类问题，涉及资金合计820.50万元。我局成立整改专班，逐项落实。
检查指出：局属学校截留公用经费410.20万元，已退回。
到2026年1月底，已整改资金790.50万元，4类问题有3类整改完毕。
"""

# a tour of inspection: the whole by its head noun (经费) in a sentence naming the tour, a part in its own sentence
TOUR = """枳川区教育系统巡察情况通报
枳川区教育局
2026年4月
区委巡察组今年巡察了8所学校，反映问题12个，涉及经费总计300万元。
各校食堂经营问题涉及经费90万元，已全部整改。
"""

# a reply to a deputy's suggestion: the pupils on the rolls, then those who can board
BOARDING = """芩溪镇关于寄宿条件改善建议的答复
芩溪镇人民政府
2026年3月
全镇现有初中3所。初中在校生2400人。今年新建学生宿舍两栋，目前能在校住宿的初中生共1500人。
"""


@pytest.mark.parametrize("question, asked", [
    ("审计查出的问题资金仍有多少未整改到位？", ("整改到位", "审计查出的问题资金")),
    ("初中尚有多少学生不能在校住宿？", ("在校住宿", "初中学生")),
])
def test_the_undone_asked_with_a_complement_or_with_cannot(question, asked):
    assert asked_undone(question) == asked


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "undone-worded",
                        {"zheling-audit-2026": AUDIT, "qinxi-boarding-2026": BOARDING, "zhichuan-tour-2026": TOUR})


@pytest.mark.parametrize("question, value, unit, doc", [
    ("柘岭县审计问题资金尚有多少没有整改到位？", 30, "万元", "zheling-audit-2026"),  # 820.50 − 790.50
    ("芩溪镇初中仍有多少学生不能在校住宿？", 900, "人", "qinxi-boarding-2026"),  # 2400 − 1500
])
def test_the_whole_less_what_was_done(service, question, value, unit, doc):
    answer = service.ask(question)
    got = first_figure(answer)
    assert got in ((value, unit), (value * 10_000, "元")), answer.answer
    assert "−" in answer.answer and inputs_cited(service, answer, doc), answer.answer


def test_no_rest_from_the_count_of_problems_when_money_is_asked(service):
    # 4类 − 3类 is no amount of money not put right
    answer = service.ask("柘岭县审计问题资金尚有多少没有整改到位？")
    assert all(f.value != 1 for f in answer.figures), answer.answer


@pytest.mark.parametrize("question, pct, doc", [
    ("柘岭县公用经费占审计问题资金的百分之几？", 49.99, "zheling-audit-2026"),  # 410.20 ÷ 820.50
    ("枳川区巡察问题经费里食堂经营问题占几成", 30.0, "zhichuan-tour-2026"),  # 90 ÷ 300
])
def test_a_share_of_a_whole_named_by_its_head_noun(service, question, pct, doc):
    answer = service.ask(question)
    assert first_figure(answer) == (pct, "%"), answer.answer
    assert inputs_cited(service, answer, doc), answer.answer


# a warning notice: a table of schools, each with its places, its expected entrants and its shortfall
WARNING = """栎桥县2026年小学学位预警通知
栎桥县教育局
2026年4月
表1 一年级新生学位供需测算（2026年秋季）
学校 | 现有学位 | 预计入学 | 缺口
栎桥县第一小学 | 450 | 495 | 45
栎桥县城南小学 | 360 | 378 | 18
"""


@pytest.fixture(scope="module")
def warning(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "row-named-share", {"liqiao-warning-2026": WARNING})


@pytest.mark.parametrize("question, pct", [
    ("栎桥县第一小学缺口占现有学位的比重是多少？", 10.0),  # 45 ÷ 450
    ("栎桥县城南小学缺口占现有学位的比重是多少", 5.0),  # 18 ÷ 360
])
def test_a_share_of_two_cells_asked_with_the_rows_name(warning, question, pct):
    answer = warning.ask(question)
    assert first_figure(answer) == (pct, "%"), answer.answer
