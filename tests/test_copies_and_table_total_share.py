"""份 as a counter of copies, forms and samples (`回收问卷N份`, `采样N份`): read as a count, asked in 份 and averaged
per unit (平均每间X几份 = the 份 total ÷ the X count, a line of a scanned bulletin broken after a comma); never a month
(`3月份`) nor a share (`份额`). A share of a part the prose names over the total row of the table column naming the
whole (`…占所有申报项目的几成`), never the bar the prose sets. Documents written here, real ingest, Service.ask."""

import pytest

from figures.numbers import find_quantities
from server.service import Service
from tests.written import first_figure, service_over

# a scanned bulletin: its lines break mid-sentence, after a comma
SCAN = """岷桥区学生宿舍卫生抽检通报
各中小学校：
10月下旬，区教体局联合区卫健部门抽检了全区学生宿舍卫生。
本次共抽检学校21所、学生宿舍150间，
采集床铺表面样本600份。
各校宿舍每天开窗通风不少于2次。
"""

SURVEY = """梧垣县家校沟通问卷调研情况
本学期县里开展家校沟通问卷调研，面向全县40个班级共发放调查表1200份。截至11月底，收回合格调查表1150份。
调研结果将于12月份在县政务网发布。
"""

REVIEW = """柘岭县2026年劳动教育项目评审结果
县教体局开展了全县劳动教育项目评审，结果如下。
| 学段 | 申报项目（项） | 立项（项） | 未立项（项） |
| --- | --- | --- | --- |
| 小学 | 60 | 40 | 20 |
| 初中 | 30 | 22 | 8 |
| 高中 | 10 | 8 | 2 |
| 合计 | 100 | 70 | 30 |
山区学校申报项目仅有18项，参与面还需扩大。
县里要求各学段立项率应不低于65%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "copies-share", {"minqiao-dorm-2026": SCAN, "wuyuan-survey-2026": SURVEY,
                                                           "zheling-review-2026": REVIEW})


@pytest.mark.parametrize("text, counted", [
    ("共发放问卷1200份", [(1200, "份")]),
    ("材料一式3份", [(3, "份")]),
    ("结果于12月份公布", [(12, "月")]),  # a month written with 份
    ("占5份额", [(5, "")]),  # a share, no copies
])
def test_fen_counts_copies_never_a_month_or_a_share(text: str, counted: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == counted


@pytest.mark.parametrize("question, value", [
    ("岷桥区平均每间宿舍采了几份样", 4),  # 600份 ÷ 150间, the count on the line before
    ("梧垣县平均每个班级发了几份调查表", 30),  # 1200份 ÷ 40个
])
def test_copies_averaged_per_unit(service: Service, question: str, value: float) -> None:
    answer = service.ask(question)
    figure = first_figure(answer)
    assert figure[0] == value and figure[1].startswith("份"), answer.answer
    assert "÷" in answer.answer, answer.answer


def test_copies_asked_as_a_count(service: Service) -> None:
    answer = service.ask("梧垣县收回合格调查表多少份")
    assert first_figure(answer) == (1150, "份"), answer.answer


def test_a_prose_part_over_the_table_total(service: Service) -> None:
    answer = service.ask("柘岭县山区学校申报的项目占所有申报项目的比例有多大")
    assert not answer.abstained, answer.answer
    assert round(answer.figures[0].value, 1) == 18.0 and answer.figures[0].unit == "%", answer.answer
    assert "65%" not in answer.answer.split("。")[0], answer.answer  # the bar is no share
    assert "÷" in answer.answer and len(answer.citations) == 2, answer.answer
