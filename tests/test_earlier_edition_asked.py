"""An earlier edition of a recurring event asked (上一届) of documents written here (real ingest, Service.ask): a
summary of one edition states its own figures only, so the ask is answered 文件中未找到; in a summary that speaks
of the edition before (上届) too, a figure its clause says is this edition's (本届) never answers —
server/answer/edition.py."""
import pytest

from server.answer.edition import earlier_edition_unsaid, other_edition
from server.service import Service
from tests.written import service_over

ONE_EDITION = """榕漪县第八届中小学生艺术展演活动总结
一、基本情况
本届展演共收到各校报送节目214个，评出一等奖27个。
二、主要做法
展演首次在县文化馆设立分会场，观众约3400人次。
"""

TWO_EDITIONS = """棠溪区第五届校园读书节工作总结
一、基本情况
本届读书节共征集读书笔记1860篇，比上届的1520篇增加340篇。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "earlier-edition",
                        {"rongyi-arts-2026": ONE_EDITION, "tangxi-reading-2026": TWO_EDITIONS})


def test_an_earlier_edition_of_a_one_edition_summary_is_not_found(service: Service) -> None:
    response = service.ask("榕漪县上一届艺术展演收到多少个节目")
    assert response.abstained, response.answer
    assert "214" not in response.answer.split("最接近")[0]


def test_this_edition_is_still_answered(service: Service) -> None:
    response = service.ask("榕漪县这届艺术展演收到多少个节目")
    assert not response.abstained, response.answer
    assert "214" in response.answer


def test_this_editions_figure_never_answers_the_edition_before(service: Service) -> None:
    response = service.ask("棠溪区上一届读书节征集了多少篇读书笔记")
    assert response.abstained or "1520" in response.answer, response.answer
    assert "1860篇。" not in response.answer


def test_editions_numbered_apart_or_named_count_as_said() -> None:
    assert earlier_edition_unsaid("上届比赛有多少人参加", "第三届比赛共300人参加。", "比赛共300人参加") != ""
    assert earlier_edition_unsaid("上届比赛有多少人参加", "第三届比赛共300人，第二届为260人。", "第二届为260人") == ""
    assert earlier_edition_unsaid("上届比赛有多少人参加", "本屆比賽共300人，比上屆增加40人。", "比上届增加40人") == ""
    assert earlier_edition_unsaid("上届比赛有多少人参加", "本屆比賽共300人，比上屆增加40人。", "本届比赛共300人") != ""
    assert earlier_edition_unsaid("上次比赛有多少人参加", "第三届比赛共300人参加。", "比赛共300人参加") == ""


def test_another_edition_by_its_ordinal_is_not_found(service: Service) -> None:
    response = service.ask("榕漪县第七届艺术展演收到多少个节目")
    assert response.abstained, response.answer
    assert "214" not in response.answer.split("最接近")[0]


def test_the_edition_the_document_numbers_is_still_answered(service: Service) -> None:
    assert other_edition("榕漪县第8届艺术展演收到多少个节目", ONE_EDITION) == ""
    assert other_edition("榕漪县第七届艺术展演收到多少个节目", ONE_EDITION)
