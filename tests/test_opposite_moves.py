"""A move in one direction (转入, 调入) never answers a question about the opposite one (转出, 调出): the
figure's clause naming only the other move is refused. Documents written here."""
import pytest

from server.service import Service
from tests.written import first_figure, service_over

NOTICE = """柏川区2025年秋季学期学籍管理工作通报
柏川区教育局 2025年12月15日
一、基本情况
本学期全区共办理学生转学手续264件，其中跨市转入学生57人。
区教育局共调入教师18名，均已完成岗前培训。
二、工作要求
各校要按规定及时办理学籍转接。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "opposite-moves", {"baichuan-enrolment-2025": NOTICE})


@pytest.mark.parametrize("question, figure", [("柏川本学期跨市转入多少学生", (57, "人")),
                                              ("柏川区调入教师多少名", (18, "名"))])
def test_the_move_stated_answers(service: Service, question: str, figure: tuple) -> None:
    assert first_figure(service.ask(question)) == figure


@pytest.mark.parametrize("question, stated", [("柏川本学期跨市转出去多少学生", 57), ("柏川区调出教师多少名", 18)])
def test_the_opposite_move_does_not_answer(service: Service, question: str, stated: int) -> None:
    r = service.ask(question)
    assert not any(f.value == stated for f in r.figures), r.answer
