"""A growth asked (`增幅`, `增长了百分之几`) that a sentence states as a rate beside the level (`教育总投入32.8亿元，
比上年增长6.2%`) is answered with the rate, never the level; of several rates in the sentence, the one whose
subject the question names. Documents written here, in both scripts."""
from __future__ import annotations

import pytest

from tests.written import service_over

SPEECH = """在全县2025年教育工作会议上的讲话
一、过去一年的工作
2024年，全县教育总投入达到12.6亿元，比上年增长5.8%，其中一般公共预算教育经费9.1亿元，增长3.2%。
"""
NEWS = """望江縣2024年教育工作綜述
一、經費保障
全年教育經費總投入8.4億元，比上年增長7.5%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory, "growthrate", {"speech": SPEECH, "news": NEWS})


@pytest.mark.parametrize("question, rate, doc", [
    ("全县2024年教育总投入的增幅是多少？", 5.8, "speech"),
    ("全县一般公共预算教育经费2024年增幅是多少？", 3.2, "speech"),
    ("望江县2024年教育经费总投入增长了百分之几？", 7.5, "news"),
])
def test_the_stated_rate_not_the_level(service, question, rate, doc):
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert (r.figures[0].value, r.figures[0].unit) == (rate, "%"), r.answer
    assert all(c.doc_id == doc for c in r.citations)
