"""A place name read from a page image one character wrong (a recogniser confuses characters that
share components): on documents written here, the image's document still answers for the place a
text document names, or for the place a question names one character apart, and nothing else joins."""
from ingest.models import DocMeta, Document
from ingest.places import lookup
from server.regions import RegionCatalog, one_off


def _doc(doc_id: str, region: str, *, ocr: bool = False, listed: bool = False) -> Document:
    ids = [lookup(region)[0].id] if listed else [""]
    return Document(doc_id, f"{region}2025年托育工作总结。开设托班40个。",
                    DocMeta(title=f"{region}2025年托育工作总结", region=[region], region_ids=ids, ocr=ocr))


def _catalog(*docs: Document) -> RegionCatalog:
    return RegionCatalog.from_documents({d.doc_id: d for d in docs})


def test_an_image_misreading_a_place_a_text_document_names_joins_it():
    catalog = _catalog(_doc("bulletin", "瑷川县"), _doc("scan", "暧川县", ocr=True))
    known, unknown, _ = catalog.find("瑷川县开设了多少个托班")
    assert known == ["瑷川县"] and unknown == []
    assert catalog.doc_ids(["瑷川县"]) == ["bulletin", "scan"]


def test_an_image_alone_is_found_by_the_name_asked_one_character_apart():
    catalog = _catalog(_doc("scan", "暧川县", ocr=True), _doc("other", "琮石县"))
    known, unknown, _ = catalog.find("瑷川县开设了多少个托班")
    assert known == ["暧川县"] and unknown == []
    assert catalog.doc_ids(known) == ["scan"]


def test_an_image_misreading_a_gazetteer_place_is_inside_its_wider_places():
    catalog = _catalog(_doc("plan", "临湘市", listed=True), _doc("scan", "临相市", ocr=True))
    assert catalog.doc_ids(["临湘市"]) == ["plan", "scan"]
    assert "scan" in catalog.doc_ids(["岳阳市"])


def test_text_documents_one_character_apart_stay_two_places():
    catalog = _catalog(_doc("a", "瑷川县"), _doc("b", "暧川县"))
    assert catalog.doc_ids(["瑷川县"]) == ["a"]
    assert catalog.doc_ids(["暧川县"]) == ["b"]


def test_an_image_near_two_text_places_joins_neither():
    catalog = _catalog(_doc("a", "瑷川县"), _doc("b", "嫒川县"), _doc("scan", "暧川县", ocr=True))
    assert catalog.doc_ids(["瑷川县"]) == ["a"]
    assert catalog.doc_ids(["嫒川县"]) == ["b"]
    assert catalog.doc_ids(["暧川县"]) == ["scan"]


def test_an_unknown_place_two_characters_off_is_still_unknown():
    catalog = _catalog(_doc("scan", "暧川县", ocr=True))
    known, unknown, _ = catalog.find("瑷山县开设了多少个托班")
    assert known == [] and unknown == ["瑷山县"]


def test_one_off_keeps_the_kind_of_place():
    assert one_off("瑷川县", "暧川县")
    assert not one_off("瑷川县", "瑷川区")  # another kind of division, not a misreading
    assert not one_off("瑷川县", "瑷川县")
    assert not one_off("瑷川县", "暧山县")


def test_a_place_asked_in_its_own_spelling_is_shown_beside_the_images_reading():
    catalog = _catalog(_doc("scan", "暧川县", ocr=True), _doc("other", "琮石县"))
    known, _, _ = catalog.find("瑷川县开设了多少个托班")
    assert catalog.spelled_otherwise("瑷川县开设了多少个托班", known) == [("瑷川县", "暧川县")]
    assert catalog.spelled_otherwise("瑷川开设了多少个托班", known) == [("瑷川", "暧川县")]


def test_a_place_asked_as_the_image_reads_it_or_read_from_text_needs_no_note():
    catalog = _catalog(_doc("scan", "暧川县", ocr=True), _doc("other", "琮石县"))
    assert catalog.spelled_otherwise("暧川县开设了多少个托班", ["暧川县"]) == []
    assert catalog.spelled_otherwise("瑷石县开设了多少个托班", ["琮石县"]) == []
