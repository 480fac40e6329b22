"""Figure records from the real corpus: table cells (with year, 属性, unit) and prose quantities."""
import json
from functools import cache

from figures.extract import FigureRecord, extract_figures
from ingest.config import DEFAULT_CORPUS
from ingest.models import DocMeta, Document
from ingest.structure import parse_sections
from ingest.tables import find_tables

BANAN = "banan-education-plan-2021"
RONGCHANG = "rongchang-self-evaluation"
HANZHONG = "hanzhong-lueyang-meeting-2023"


@cache
def corpus_doc(doc_id: str) -> Document:
    """A Document as ingest builds it (raw text: the figures module must not depend on cleaning)."""
    manifest = json.loads((DEFAULT_CORPUS / "manifest.json").read_text(encoding="utf-8"))["documents"]
    entry = manifest[f"{doc_id}.txt"]
    text = (DEFAULT_CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8")
    sections = parse_sections(text)
    meta = DocMeta(title=entry["title"], region=entry["region"].split(";"), source=f"{doc_id}.txt")
    return Document(doc_id, text, meta, sections, find_tables(doc_id, text, sections))


@cache
def figures_of(doc_id: str) -> tuple[FigureRecord, ...]:
    return tuple(extract_figures(corpus_doc(doc_id)))


def one(doc_id: str, **where) -> FigureRecord:
    found = [r for r in figures_of(doc_id) if all(getattr(r, k) == v for k, v in where.items())]
    assert len(found) == 1, (where, [(r.figure_id, r.label) for r in found])
    return found[0]


def test_every_record_points_at_its_text():
    for doc_id in (BANAN, RONGCHANG, HANZHONG, "liangjiang-briefing-2020", "kaizhou-news-2020"):
        doc = corpus_doc(doc_id)
        records = figures_of(doc_id)
        assert records
        assert len({r.figure_id for r in records}) == len(records)
        for r in records:
            src = r.source
            assert doc.text[src["start"]:src["end"]] == (r.text if src["kind"] == "cell" else r.text)
            if src["kind"] == "passage":
                assert doc.text[src["passage_start"]:src["passage_end"]] == src["text"]
            assert r.unit not in ("年份", "日期", "时期")
            assert FigureRecord.from_json(json.loads(json.dumps(r.to_json()))) == r


def test_banan_plan_table_cells_with_year_attribute_and_scale():
    target = one(BANAN, indicator="public_kindergarten_share", year=2025)
    assert (target.value, target.unit, target.qualifier) == (55, "%", ">")
    assert (target.attribute, target.period) == ("预期性", "十四五")
    assert target.source["table_id"] == f"{BANAN}#t2" and target.source["column"] == "2025"
    junior = one(BANAN, indicator="students_enrolled", stage="初中", year=2025, period="十四五")
    assert (junior.value, junior.unit, junior.unit_as_written, junior.text) == (38000, "人", "萬人", "3.80")
    retention = one(BANAN, indicator="compulsory_retention", year=2025, period="十四五")
    assert retention.attribute == "约束性" and retention.qualifier == ">"


def test_banan_change_column_of_a_rate_is_in_percentage_points():
    change = one(BANAN, indicator="preschool_gross_enrolment", period="十三五", year=None)
    assert (change.value, change.unit) == (3.8, "百分点")
    assert change.label.endswith("“十三五”變化情況")


def test_banan_project_table_rows_carry_their_year():
    areas = [r for r in figures_of(BANAN) if r.indicator == "building_area" and r.source["kind"] == "cell"]
    assert len(areas) == 20 and {r.year for r in areas} == {2021, 2022, 2023, 2024, 2025}
    assert sum(r.value for r in areas) == 532200  # 11000 + 10000 + … + 140000, summed by hand


def test_prose_figures_are_labelled_by_their_clause_and_matched_to_indicators():
    rate = one(BANAN, indicator="public_kindergarten_share", label="公辦率")
    assert rate.value == 54.79 and rate.source["kind"] == "passage" and rate.region == "巴南区"
    rotation = one(RONGCHANG, indicator="rotation_ratio", unit="%")
    assert (rotation.value, rotation.year, rotation.label) == (44.75, 2024, "占比")
    assert one(RONGCHANG, indicator="backbone_rotation_ratio").value == 37.73
    assert one(RONGCHANG, indicator="difference_coefficient", stage="小学").value == 0.379
    assert one(RONGCHANG, indicator="special_school_funding", unit="元/生/年").value == 6000
    assert one(RONGCHANG, indicator="teacher_salary").value == 13223


def test_meeting_figures_get_the_speakers_region():
    shares = [r for r in figures_of(HANZHONG) if r.indicator == "public_kindergarten_share"]
    assert [(r.region, r.value) for r in shares] == [("汉中市", 64.78), ("略阳县", 96)]
