"""A question opening with courtesy (请问, 您好，我想知道) is read as the same question without it: the subject,
the place and the share it asks open the question once the courtesy is dropped, and the answer is the same.
Documents written here (invented places); the real pipeline answers."""
from __future__ import annotations

import pytest

from server.query import without_opener
from server.service import Service
from tests.written import service_over

KINDERGARTENS = """翀岭县2025年学前教育发展情况
翀岭县教育局
2026年2月
一、基本情况
全县共有幼儿园64所，在园幼儿5200人。
二、分乡镇（街道）情况
| 乡镇（街道） | 幼儿园（所） | 在园幼儿（人） |
| --- | --- | --- |
| 云台街道 | 18 | 2080 |
| 石门镇 | 16 | 1190 |
| 白沙镇 | 15 | 1030 |
| 青林乡 | 15 | 900 |
| 合计 | 64 | 5200 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "courtesy", {"chongling-preschool-2025.md": KINDERGARTENS.encode()})


@pytest.mark.parametrize("opener", ["", "请问", "您好，请问", "我想知道", "帮我查一下"])
@pytest.mark.parametrize("question, value, unit", [("云台街道在园幼儿占全县的百分之几", 40.0, "%"),
                                                   ("翀岭县全县在园幼儿多少人", 5200.0, "人")])
def test_a_courtesy_opener_changes_no_answer(service, opener, question, value, unit):
    answer = service.ask(opener + question)
    assert not answer.abstained, answer.answer
    assert any(round(f.value, 1) == value and f.unit == unit for f in answer.figures), answer.answer


def test_only_an_opening_courtesy_is_dropped():
    assert without_opener("您好，請問翀岭县有几所幼儿园？") == "翀岭县有几所幼儿园？"
    assert without_opener("翀岭县请问有几所幼儿园") == "翀岭县请问有几所幼儿园"


def test_the_answer_shows_the_question_as_asked(service):
    assert service.ask("请问翀岭县全县在园幼儿多少人").question == "请问翀岭县全县在园幼儿多少人"
