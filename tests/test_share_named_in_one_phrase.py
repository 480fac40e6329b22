"""`X的比例是多少` whose one phrase names the whole and then what sets the part apart (学校开展课后服务): the share
of the `其中` item of that whole, computed and cited, and the 中 inside a word (集中, 中心) never read as "among".
Written documents only."""
from __future__ import annotations

import pytest

from server.intent import share_nouns
from server.service import Service
from tests.written import service_over

REPORT = """榕溪县2026年上半年课后服务工作情况
一、基本情况
全县义务教育学校共85所，其中开展集中托管服务的学校68所，参与学生2.1万人。
二、下一步安排
到2026年底，全县义务教育学校课后服务覆盖率达到100%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "one-phrase-share", {"rongxi-afterschool": REPORT})


def test_the_among_of_a_share_is_not_the_zhong_of_a_word() -> None:
    assert share_nouns("义务教育学校开展集中托管服务的比例是多少")[1] == ""
    assert share_nouns("教师中研究生学历的比例") == ("研究生学历", "教师")


def test_a_share_named_in_one_phrase_is_computed_from_its_list(service: Service) -> None:
    r = service.ask("榕溪县义务教育学校开展集中托管服务的比例是多少")
    assert not r.abstained, r.answer
    assert "80.0%" in r.answer and "68" in r.answer and "85" in r.answer, r.answer
    assert any("其中开展集中托管服务的学校68所" in c.text for c in r.citations)
