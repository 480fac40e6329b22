"""Percentage points between a year's target and the share stated now (`X占比的目标比上年末提高几个百分点`):
the 比 of `占比` compares nothing, the side of a year-end is the value reached, and a plan listing each year's
targets on a line headed by the year (`2027年：…；…`) gives the target of the line of the year asked, not the
first line's. Documents written here, real ingest, Service.ask."""

import pytest

from ingest.normalize import normalize
from server.answer.comparison import asked_sides
from server.answer.evidence import _year_leads
from server.service import Service
from tests.written import first_figure, service_over

# targets year by year, each year's line split at `；`, the indicator in the same words on every line
PLAN = """洺川市中小学教师队伍建设三年行动方案（2026—2028年）
洺川市教育局
2026年2月
一、现状
截至2025年底，全市专任教师5200名，其中研究生学历364名，占7.0%；骨干教师780名，占15.0%。
二、分年度目标
2026年：招聘新教师200名；研究生学历占比达到8%，骨干教师占比达到16%；
2027年：招聘新教师180名；研究生学历占比达到9.5%，骨干教师占比达到17.5%；
2028年：招聘新教师160名；研究生学历占比达到11%，骨干教师占比达到19%。
"""

# each year's line opening with the figure, a share reached at a year-end stated in prose
KINDERGARTENS = """棠岭县学前教育普及普惠推进方案
棠岭县教育局
2025年3月
一、基本情况
截至2024年底，全县普惠性幼儿园覆盖率为84.5%，公办园在园幼儿占比为52.0%。
二、年度目标
2025年，普惠性幼儿园覆盖率达到87%；公办园在园幼儿占比达到55%；
2026年，普惠性幼儿园覆盖率达到90%；公办园在园幼儿占比达到58%。
"""


def test_the_be_of_a_share_s_name_compares_nothing():
    a, b, _, _ = asked_sides(normalize("2028年研究生学历教师占比的目标比2025年末提高几个百分点"))
    assert a == "2028年研究生学历教师占比的目标"
    assert b.startswith("2025年") and "目标" not in b  # the year-end's value reached, not a 2025 target


def test_a_line_headed_by_a_year_dates_each_of_its_sentences():
    text = "二、目标\n2026年：招聘200名；占比达到8%；\n2028年：招聘160名；占比达到11%。\n截至年底，占比达到8%。"
    spans = []
    pieces = ("二、目标", "2026年：招聘200名；", "占比达到8%；", "2028年：招聘160名；", "占比达到11%。",
              "截至年底，占比达到8%。")
    for piece in pieces:
        at = text.index(piece, spans[-1][1] if spans else 0)
        spans.append((at, at + len(piece)))
    assert _year_leads(text, spans) == ["", "2026", "2026", "2028", "2028", ""]


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "yearly-targets",
                        {"mingchuan-teachers-2026": PLAN, "tangling-preschool-2025": KINDERGARTENS})


@pytest.mark.parametrize("question, value", [
    ("洺川市2028年研究生学历教师占比的目标比2025年末提高几个百分点？", 4.0),  # 11 − 7.0, not 8 − 7.0
    ("洺川市2027年骨干教师占比的目标比2025年末提高几个百分点？", 2.5),  # 17.5 − 15.0
    ("棠岭县2026年公办园在园幼儿占比的目标比2024年末提高几个百分点？", 6.0),  # 58 − 52.0, not 55 − 52.0
    ("棠岭县2026年公办园在园幼儿占比的目标是多少？与2024年相比还要提高多少？", 6.0),  # 与B相比 said as 比B
])
def test_the_target_of_the_year_asked_less_the_share_reached(service, question, value):
    answer = service.ask(question)
    assert first_figure(answer)[0] == value, answer.answer
