"""A term named relative to the document's own (本学期 of a term's report, 上学期 before it): a figure whose
sentence names one term never answers a question asking another. Documents written here."""
import pytest

from server.service import Service
from tests.written import first_figure, service_over

BULLETIN = """枫岙县教育局关于学生午休管理工作情况的通报
枫岙县教育局 2025年12月3日
一、基本情况
本学期，全县各校共开展午休巡查315次，收到家长建议128条，已回复120条。
上学期，全县各校共组织午休安全培训42场。
二、下一步工作
各校每周至少开展一次午休巡查。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "relative-term", {"fengao-nap-bulletin-2025": BULLETIN})


@pytest.mark.parametrize("question, figure", [("枫岙这学期午休巡查开展了多少次", (315, "次")),
                                              ("枫岙上学期组织了几场午休安全培训", (42, "场"))])
def test_the_term_a_sentence_names_answers_that_term(service: Service, question: str, figure: tuple) -> None:
    assert first_figure(service.ask(question)) == figure


def test_the_term_before_is_not_answered_by_this_terms_figure(service: Service) -> None:
    r = service.ask("枫岙上学期一共收到家长多少条建议")
    assert not any(f.value in (128, 120) for f in r.figures), r.answer
