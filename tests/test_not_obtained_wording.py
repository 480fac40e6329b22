"""没拿到 (not obtained) in a question found as documents write it (未持, 未取得: server/lexicon/synonyms.tsv): the
count stated of those without a certificate, not another count of the teachers. Document written here, real
ingest, Service.ask."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

NOTICE = """岚溪县民办幼儿园年检通报
岚溪县教育局
2026年1月12日
一、基本情况
全县民办幼儿园专任教师380人，其中本科以上学历的210人。
二、整改要求
民办园新聘教师一律持证上岗，未持证的36名在岗教师须于2026年底前取得教师资格。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "not-obtained", {"lanxi-notice-2026": NOTICE})


def test_those_without_the_certificate_are_the_count_stated_of_them(service):
    answer = service.ask("岚溪县民办幼儿园还有多少在岗教师没拿到教师资格证")
    assert first_figure(answer)[0] == 36.0, answer.answer
    assert "未持证的36名" in answer.answer, answer.answer
