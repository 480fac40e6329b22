"""`YYYY年哪些县的材料提到了X`: a document of another year that mentions X is not listed by the fallback that
finds X written with small variations. Documents written here (invented counties and figures), real ingest."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

EARLY = """松溪县2022年教育工作总结
松溪县教育局
2022年12月
一、安全工作
2022年，松溪县开展研学旅行安全专项检查，覆盖学校31所。
"""
LATE = """柏岭县2025年教育工作总结
柏岭县教育局
2025年12月
一、安全工作
2025年，柏岭县开展研学旅行安全专项检查，覆盖学校27所。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "mention-year", {"early": EARLY, "late": LATE})


def test_a_document_of_another_year_is_not_listed_as_mentioning(service):
    r = service.ask("2022年哪些县的材料提到了研学旅行的安全")
    assert "松溪县" in r.answer and "柏岭县：" not in r.answer, r.answer
