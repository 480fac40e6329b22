"""Which of two documents was issued first, on documents written here (a notice signed at its end, a
plan as a Markdown page with a 发布日期 field): the dates their metadata read from them compared, each
date line cited (a signature with its issuer, a page's own date field);
asked as 先发/更早/更晚/发布时间, the documents named by their place and words of their titles."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

NOTICE = """蓝田县教育局关于开展课后服务工作的通知

各中小学校：

为落实双减要求，现就课后服务工作通知如下。课后服务每周5天，每天不少于2小时。

蓝田县教育局
2025年8月20日
"""

PLAN = """# 临泽县2025年义务教育招生入学工作实施方案

发布机构：临泽县教育局　发布日期：2025-06-10

## 一、招生原则

坚持免试就近入学，公办民办学校同步招生。

临泽县教育局

2025年6月10日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "issued-order", {
        "lantian-after-school": NOTICE, "linze-enrolment.md": PLAN.encode("utf-8")})


@pytest.mark.parametrize(("question", "first"), [
    ("蓝田课后服务通知和临泽招生方案哪个先发的", "临泽县"),
    ("临泽的招生方案和蓝田的课后服务通知，哪个发布得早？", "临泽县"),
    ("蓝田县课后服务通知和临泽县招生方案哪个发布时间更晚？", "蓝田县"),
])
def test_the_documents_dates_are_compared_and_cited(service: Service, question: str, first: str) -> None:
    response = service.ask(question)
    assert not response.abstained and response.answer.startswith(first), response.answer
    assert "2025年8月20日" in response.answer and "2025年6月10日" in response.answer
    quoted = " ".join(c.text for c in response.citations)
    # the signature with the body signing it; a page's own date field before the signature's repeat
    assert "蓝田县教育局" in quoted and "发布日期：2025-06-10" in quoted, quoted
