"""Chunks of the real corpus: exact spans, whole sentences, one section each, labelled."""
from functools import cache

import pytest

from ingest.chunk import MAX_CHARS, labels_for, make_chunks
from ingest.config import DEFAULT_CORPUS
from ingest.models import DocMeta, Document
from ingest.normalize import normalize
from ingest.structure import parse_sections, split_sentences
from ingest.tables import find_tables
from tests.test_structure import FORMS, corpus_text

NAMES = sorted(p.name for p in DEFAULT_CORPUS.glob("*.txt"))
# sane bounds per document: ~300–500 characters of prose per chunk plus one chunk per table row
COUNTS = {"banan-education-plan-2021.txt": (90, 140), "hanzhong-lueyang-meeting-2023.txt": (10, 25),
          "kaizhou-news-2020.txt": (10, 20), "liangjiang-briefing-2020.txt": (6, 12),
          "rongchang-self-evaluation.txt": (18, 32)}


@cache
def document(name: str, form: str) -> Document:
    text = corpus_text(name, form)
    doc_id = name.removesuffix(".txt")
    sections = parse_sections(text)
    return Document(doc_id, text, DocMeta(), sections=sections, tables=find_tables(doc_id, text, sections))


def chunks_of(name: str, form: str):
    doc = document(name, form)
    return doc, make_chunks(doc)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", NAMES)
def test_chunks_are_exact_ordered_spans_covering_the_text(name, form):
    doc, chunks = chunks_of(name, form)
    low, high = COUNTS[name]
    assert low <= len(chunks) <= high, len(chunks)
    assert [c.chunk_id for c in chunks] == [f"{doc.doc_id}#c{n}" for n in range(1, len(chunks) + 1)]
    covered = bytearray(len(doc.text))
    for before, chunk in zip([None] + chunks, chunks):
        assert chunk.text == doc.text[chunk.start:chunk.end] and chunk.text.strip() == chunk.text
        assert before is None or before.end <= chunk.start
        covered[chunk.start:chunk.end] = b"\x01" * (chunk.end - chunk.start)
    lost = [ch for ch, c in zip(doc.text, covered) if not c and not ch.isspace() and ch != "|"]
    assert lost == []  # only whitespace and the `|` row separators of 荣昌's table fall between chunks


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", NAMES)
def test_no_prose_chunk_cuts_a_sentence_or_spans_two_sections(name, form):
    doc, chunks = chunks_of(name, form)
    sentences = split_sentences(doc.text, 0, len(doc.text))
    starts, ends = {s for s, _ in sentences}, {e for _, e in sentences}
    for chunk in chunks:
        if chunk.table_id:
            continue
        assert chunk.start in starts and chunk.end in ends, chunk.chunk_id
        inside = [(s, e) for s, e in sentences if chunk.start <= s and e <= chunk.end]
        assert len(chunk.text) <= MAX_CHARS or len(inside) == 1  # only a sentence is never cut
        assert chunk.norm == normalize(chunk.text)
        # a section starting inside the chunk is only a heading glued to its first paragraph
        for section in doc.sections:
            if chunk.start < section.start < chunk.end:
                assert chunk.section.startswith(" > ".join(section.path)), (chunk.chunk_id, section.heading)


@pytest.mark.parametrize("form", FORMS)
def test_table_rows_are_chunks_with_the_header_in_norm(form):
    doc, chunks = chunks_of("banan-education-plan-2021.txt", form)
    table_chunks = [c for c in chunks if c.table_id]
    assert len(table_chunks) == 3 + 10 + 11 + 20  # a header chunk per table, then one per row
    assert all("table" in c.labels for c in table_chunks)
    rows = [c for c in table_chunks if c.row_index is not None]
    assert {(c.table_id, c.row_index) for c in rows} == {
        (t.table_id, r.index) for t in doc.tables for r in t.rows}
    t2 = doc.tables[1]
    public = next(c for c in rows if c.table_id == t2.table_id and "公辦幼兒園" in c.text)
    assert public.text == doc.text[t2.rows[2].start:t2.rows[2].end]
    assert "学前教育" in public.norm and "2025: >55%" in public.norm and "属性: 预期性" in public.norm
    assert "target" in public.labels and public.section == t2.section
    project = next(c for c in rows if "龍洲灣高級中學" in c.text)
    assert "建筑面积(平方米): 60000平方米" in project.norm


@pytest.mark.parametrize("form", FORMS)
def test_banan_main_goals_chunk_is_a_target(form):
    doc, chunks = chunks_of("banan-education-plan-2021.txt", form)
    goal = next(c for c in chunks if "2025年,基本實現教育現代化" in c.text)
    assert goal.text.startswith("(三)主要目標")  # headings without text of their own lead the chunk
    assert goal.section == "二、總體要求 > (三)主要目標 > 1.“十四五”時期主要目標"
    assert "target" in goal.labels
    past = next(c for c in chunks if "全區一般公共預算教育支出69.09億元" in c.text)
    assert "target" not in past.labels and "figure" in past.labels


@pytest.mark.parametrize("form", FORMS)
def test_liangjiang_enumerated_measures(form):
    _, chunks = chunks_of("liangjiang-briefing-2020.txt", form)
    measures = [c for c in chunks if "一是" in c.text]
    assert len(measures) == 6 and all("measure" in c.labels for c in measures)
    broken = next(c for c in chunks if "保障教育发展" in c.text)
    assert "需求。" in broken.text  # the paragraph broken across blank lines stays whole


@pytest.mark.parametrize("form", FORMS)
def test_long_paragraph_is_split_into_one_chunk_per_measure(form):
    _, chunks = chunks_of("kaizhou-news-2020.txt", form)
    items = [c for c in chunks if c.text.startswith(("二是", "三是"))]
    assert len(items) == 8  # 二是, 三是 of each of the four 第X sections
    first = [c for c in chunks if c.text.startswith("第")]
    assert len(first) == 4 and all("一是" in c.text and "二是" not in c.text for c in first)
    assert all(c.section.startswith("第") and "measure" in c.labels for c in items)


def test_labels():
    assert "target" in labels_for(normalize("到2025年,优质均衡覆盖率达到100%。"), "", None, [])
    assert "target" not in labels_for("2019年建成学校3所。", "", 2020, [])
    assert "target" in labels_for("2022年建成学校3所。", "", 2020, [])
    assert labels_for("学校3所。", "三、保障措施", None, []) == ["measure", "figure"]
    assert labels_for("一是加强领导。", "", None, []) == ["measure"]
    verbs = [normalize(s) for s in ("大力推進改革。", "完善機制。")]
    assert labels_for("", "", None, verbs) == ["measure"]


def test_numbered_one_sentence_paragraphs_read_as_headings_keep_their_text():
    # items written as numbered one-sentence paragraphs under a heading are parsed as headings with nothing under
    # them; before a sibling heading they must still be chunked, every line of them, not only the outer heading
    text = ("某县教育局2027年部门预算说明\n\n三、支出变化情况\n\n"
            "（一）普通高中教育增加420.0万元，增长6.5%，用于新建宿舍楼。\n\n"
            "（二）职业教育减少85.0万元，下降2.1%，因实训设备已购置完毕。\n\n"
            "四、其他说明\n\n全年会议费安排9.6万元。")
    sections = parse_sections(text)
    assert any(s.heading.startswith("（一）普通高中") for s in sections)  # the premise: the item reads as a heading
    doc = Document("d", text, DocMeta(), sections=sections, tables=find_tables("d", text, sections))
    chunks = make_chunks(doc)
    covered = bytearray(len(text))
    for chunk in chunks:
        covered[chunk.start:chunk.end] = b"\x01" * (chunk.end - chunk.start)
    assert [ch for ch, c in zip(text, covered) if not c and not ch.isspace()] == []
    holding = [c for c in chunks if "增加420.0万元" in c.text]
    assert len(holding) == 1 and holding[0].text.startswith("三、支出变化情况"), [c.text for c in chunks]
    assert "减少85.0万元" in holding[0].text and "会议费" not in holding[0].text
