"""The year of a bulletin's figures is the year its title names, dated or not: a change on the year
before (`比上年减少1236人`) stated in an undated `2024年…统计公报` gives 2023's value, never 2022's,
while a work report dated in its year reviews the year before. Real ingest, Service.ask."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

# an annual statistics bulletin with no issue date: only its title dates its figures
BULLETIN = """清流县2024年教育事业发展统计公报
一、总体情况
全县共有各级各类学校118所，比上年减少3所；各级各类学校在校生48,210人，比上年减少1,150人，下降2.3%；专任教师3,604人，比上年增加52人。
"""

# a work report issued in its year, its title naming none: its 比上年 figures are of the year before
REPORT = """在全县教育工作会议上的讲话
永安县教育局局长
2025年2月20日
过去一年，全县普通高中在校生6,480人，比上年增加320人。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "bulletin-year",
                        {"qingliu-statistics-2024": BULLETIN, "yongan-speech-2025": REPORT})


@pytest.mark.parametrize("question, value", [
    ("清流县2024年各级各类学校在校生有多少人？", 48210),
    ("清流县2023年各级各类学校在校生有多少人？", 49360),  # 48210 + 1150: the year before the title's
    ("清流县2023年专任教师有多少人？", 3552),
    ("永安县2023年普通高中在校生有多少人？", 6160),  # a 2025 speech's 过去一年 is 2024
])
def test_the_year_before_the_stated_value(service, question, value):
    assert first_figure(service.ask(question))[0] == value


@pytest.mark.parametrize("question", [
    "清流县2022年各级各类学校在校生有多少人？",  # two years before the title's: not stated
    "清流县2022年专任教师有多少人？",
])
def test_two_years_before_the_bulletin_is_not_stated(service, question):
    r = service.ask(question)
    assert r.abstained and not r.figures, r.answer
