"""A figure whose sentence names no term (本学期…) is of the term its document's title names: it
answers that term and never the other half of the year. Documents written here."""
import pytest

from server.service import Service
from tests.written import first_figure, service_over

NOTICE = """关于2023年秋季学期责任督学挂牌督导工作情况的通报
青岭区人民政府教育督导室 2024年1月8日
一、基本情况
本学期，全区责任督学共开展挂牌督导620次，其中随机督导450次、专项督导170次，发现问题128个，较2023年春季学期减少16个。
二、下一步工作
各责任督学每月对每所挂牌学校督导不少于1次。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "term-title", {"qingling-supervision-2023": NOTICE})


@pytest.mark.parametrize("question", ["青岭区2023年秋季学期挂牌督导发现了多少个问题？",
                                      "青岭区挂牌督导本学期发现了多少个问题？"])
def test_the_term_of_the_title_is_answered(service, question):
    assert first_figure(service.ask(question)) == (128, "个")


@pytest.mark.parametrize("question", ["青岭区2023年春季学期挂牌督导发现了多少个问题？",
                                      "青岭区2023年上半年挂牌督导一共开展了多少次？"])
def test_the_other_half_of_the_year_is_not_answered_by_the_titles_term(service, question):
    r = service.ask(question)
    assert not any(f.value in (128, 620) for f in r.figures), r.answer
