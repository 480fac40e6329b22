"""Places named in a question, on documents written here: a list of places closed by its count
(`…三省`) names the places, and the count is no key term a passage must contain."""
import pytest

from ingest.models import DocMeta, Document
from ingest.places import lookup
from server.query import key_terms
from server.regions import RegionCatalog


def _doc(doc_id: str, region: str) -> Document:
    place = lookup(region)[0]
    return Document(doc_id, f"{region}政府工作报告。人均预期寿命达到80岁。",
                    DocMeta(title=f"{region}政府工作报告", region=[place.name], region_ids=[place.id]))


@pytest.fixture(scope="module")
def catalog() -> RegionCatalog:
    return RegionCatalog.from_documents({d.doc_id: d for d in (
        _doc("a", "浙江省"), _doc("b", "四川省"), _doc("c", "山东省"), _doc("d", "河南省"))})


@pytest.mark.parametrize("question, places", [
    ("浙江、四川、山东三省的人均预期寿命分别是多少", ["浙江省", "四川省", "山东省"]),
    ("河南山东两省人均预期寿命谁高", ["河南省", "山东省"]),
    ("浙江和四川2个省份的人均预期寿命", ["浙江省", "四川省"]),
])
def test_a_list_of_places_closed_by_its_count(catalog, question, places):
    known, unknown, rest = catalog.find(question)
    assert known == places and unknown == []
    assert not [t for t in key_terms(rest) if "省" in t]  # 三省 is no term the passage must hold


def test_a_count_that_is_part_of_a_word_stays(catalog):
    known, _, rest = catalog.find("山东三省长会议")  # 省长: an office, not a count of provinces
    assert known == ["山东省"] and "省长" in rest
