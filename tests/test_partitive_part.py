"""A count of a part after a partitive head (`X中，Y的有N名`) is not the count of X, in documents written here
(real ingest, Service.ask): the whole's own count answers, alone or as one half of an ask across places; the
part is answered when the question writes it — server/answer/verify.py (_partitive_part)."""
import pytest

from server.answer.verify import _partitive_part
from server.query import analyse
from server.service import Service
from tests.written import service_over

HONOURS = """洮川县教育局关于表彰县级三好学生的决定（2026）
经学校推荐、县级审核，拟评定县级三好学生48名、县级优秀团干部30名，现予公示。
县级三好学生中，住校生27名；县级优秀团干部中，担任团支部书记的有12名。
"""

CAMP = """苇原市少年科学营工作总结（2026）
本届科学营共接待营员300人，结营时评出优秀营员41名。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "partitive-part",
                        {"taochuan-honours-2026": HONOURS, "weiyuan-science-camp-2026": CAMP})


def test_the_whole_is_not_answered_by_its_part(service: Service) -> None:
    answer = service.ask("洮川评了多少县级优秀团干部")
    assert "12名" not in answer.answer.split("最接近")[0], answer.answer


def test_each_half_across_places_by_its_own_noun(service: Service) -> None:
    answer = service.ask("苇原评了多少优秀营员 洮川评了多少县级优秀团干部")
    first = answer.answer.split("最接近")[0]
    assert "41" in first, answer.answer
    assert "12名" not in first, answer.answer


def test_the_part_asked_by_its_words_is_answered(service: Service) -> None:
    answer = service.ask("洮川县县级优秀团干部中担任团支部书记的有多少名")
    assert not answer.abstained and "12" in answer.answer, answer.answer


def test_the_part_after_a_partitive_head_is_named(service: Service) -> None:
    asked = analyse("洮川评了多少县级优秀团干部", service.catalog)
    said = "县级三好学生中，住校生27名；县级优秀团干部中，担任团支部书记的有12名"
    assert "担任团支部书记" in _partitive_part(asked, "人", said, 12)
    assert _partitive_part(asked, "人", "拟评定县级三好学生48名、县级优秀团干部30名", 30) == ""
    written = analyse("洮川县级优秀团干部中担任团支部书记的有多少名", service.catalog)
    assert _partitive_part(written, "人", said, 12) == ""


def test_a_bare_phrase_before_the_count_describes_all_of_them(service: Service) -> None:
    asked = analyse("洮川首次评定的县级优秀团干部有多少名", service.catalog)
    said = "首次评定中，符合条件的30名县级优秀团干部参评并全部通过"
    assert _partitive_part(asked, "人", said, 30) == ""
