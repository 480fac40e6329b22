"""Headings, paragraphs and sentences of the real corpus, raw and cleaned (offsets exact)."""
import pytest

from ingest.config import DEFAULT_CORPUS
from ingest.structure import parse_sections, section_path_at, split_paragraphs, split_sentences

FORMS = ["raw", "clean"]


def corpus_text(name: str, form: str) -> str:
    """A corpus file as read (raw) or as Document.text (clean); the parsers must handle both."""
    raw = (DEFAULT_CORPUS / name).read_text(encoding="utf-8")
    if form == "raw":
        return raw
    return pytest.importorskip("ingest.clean", reason="ingest/clean.py (H1) not merged yet").clean(raw)


def headings(text: str) -> list[tuple[int, str]]:
    return [(s.level, s.heading) for s in parse_sections(text)]


@pytest.mark.parametrize("form", FORMS)
def test_banan_headings_to_three_levels(form):
    text = corpus_text("banan-education-plan-2021.txt", form)
    found = headings(text)
    assert [h for lvl, h in found if lvl == 1] == ["一、發展環境", "二、總體要求", "三、主要任務", "四、保障措施"]
    assert (2, "(三)主要目標") in found and (2, "(九)深化綜合改革,健全高效能管理機制") in found
    assert (3, "1.實施“民生”工程,提升教育保障能力") in found  # a sub-title with a comma
    assert (3, "2.二〇三五遠景目標") in found and (3, "專欄3") in found
    # table captions and cells (`1:…表`, `2.76`, `01`) are not headings
    assert not any(h.startswith(("1:", "2.7", "01")) for _, h in found)
    sections = parse_sections(text)
    for s in sections:
        assert text[s.start:s.start + len(s.heading)] == s.heading
    target = text.index("2025年,基本實現教育現代化")
    assert section_path_at(sections, target) == "二、總體要求 > (三)主要目標 > 1.“十四五”時期主要目標"
    assert section_path_at(sections, text.index("為全面貫徹落實")) == ""


@pytest.mark.parametrize("form", FORMS)
def test_section_extends_to_next_heading_of_same_or_higher_level(form):
    text = corpus_text("banan-education-plan-2021.txt", form)
    by_heading = {s.heading: s for s in parse_sections(text)}
    goals = by_heading["(三)主要目標"]
    assert goals.end == by_heading["(四)重點工程"].start
    assert by_heading["2.二〇三五遠景目標"].end == goals.end
    assert by_heading["一、發展環境"].end == by_heading["二、總體要求"].start
    assert by_heading["(四)做好規劃組織實施保障工作"].path == ["四、保障措施", "(四)做好規劃組織實施保障工作"]


@pytest.mark.parametrize("form", FORMS)
def test_rongchang_numbered_list_items_are_paragraphs_not_headings(form):
    text = corpus_text("rongchang-self-evaluation.txt", form)
    found = headings(text)
    assert (2, "(三) 教育质量9项指标自评情况") in found
    assert not any(lvl == 3 for lvl, _ in found)  # `1.区域内义务教育学校规划布局合理…。` etc.
    assert len([h for lvl, h in found if lvl == 2]) == 7


@pytest.mark.parametrize("form", FORMS)
def test_speaker_headings_and_dash_lead_clauses_in_meeting(form):
    text = corpus_text("hanzhong-lueyang-meeting-2023.txt", form)
    sections = parse_sections(text)
    assert [(s.level, s.heading) for s in sections if s.level == 1] == [
        (1, "汉中市:全面发展促均衡聚力提升创优质"), (1, "略阳县:砥砺奋进促发展优质均衡谱新篇")]
    assert section_path_at(sections, text.index("汉中市现有各类中小学")).startswith("汉中市:")
    lead = next(s for s in sections if s.heading.startswith("——强化“三个保障”"))
    assert lead.path[0].startswith("略阳县:") and lead.level == 2
    # the lead clause owns its paragraph only; the closing paragraph is the speaker's again
    closing = text.index("该县凝心聚力推动义务教育")
    assert section_path_at(sections, closing) == "略阳县:砥砺奋进促发展优质均衡谱新篇"


@pytest.mark.parametrize("form", FORMS)
def test_inline_ordinal_headings_in_kaizhou(form):
    text = corpus_text("kaizhou-news-2020.txt", form)
    level1 = [s for s in parse_sections(text) if s.level == 1]
    assert len(level1) == 4 and all(s.heading.startswith(("第一", "第二", "第三", "第四")) for s in level1)
    assert level1[0].end == level1[1].start
    assert not level1[0].heading.endswith("。")


@pytest.mark.parametrize("form", FORMS)
def test_paragraph_broken_across_blank_lines_is_one_paragraph(form):
    text = corpus_text("liangjiang-briefing-2020.txt", form)
    start = text.index("一是党工委高度重视")
    paragraphs = split_paragraphs(text, start, len(text))
    s, e = paragraphs[0]
    assert s == start and text[s:e].endswith("给予大力支持。")  # `…保障教育发展` / `需求。…` joined
    # the headings on their own lines stay paragraphs of their own
    assert any(text[s:e] == "二、坚持高标准办学不遗余力" for s, e in paragraphs)


@pytest.mark.parametrize("form", FORMS)
def test_sentences_keep_offsets_quotes_and_decimals(form):
    text = corpus_text("banan-education-plan-2021.txt", form)
    sentences = split_sentences(text, 0, len(text))
    as_text = [text[s:e] for s, e in sentences]
    assert all(t == t.strip() and t for t in as_text)
    assert "投入資助資金3.94億元,惠及困難學生34.15萬人次。" in as_text[as_text.index(
        next(t for t in as_text if t.startswith("在黨的全面領導下")))]
    # 。 inside “…” does not end a sentence, unless the quote closes right after it (`。”`)
    quoted = "他說:“第一句。第二句”然後結束。"
    assert [quoted[s:e] for s, e in split_sentences(quoted, 0, len(quoted))] == [quoted]
    mixed = "甲方案;乙說:“方案好。”丙"
    assert [mixed[s:e] for s, e in split_sentences(mixed, 0, len(mixed))] == ["甲方案;", "乙說:“方案好。”", "丙"]


@pytest.mark.parametrize("form", FORMS)
def test_unclosed_quote_does_not_swallow_the_rest_of_the_paragraph(form):
    """In 开州 `獲“全國體育特色示範學!狈Q號。三是…` mojibake ate the closing quote."""
    text = corpus_text("kaizhou-news-2020.txt", form)
    starts = {text[s:s + 2] for s, _ in split_sentences(text, 0, len(text))}
    assert "三是" in starts
    third = [text[s:e] for s, e in split_sentences(text, 0, len(text)) if text[s:e].startswith("三是")]
    assert len(third) == 4  # 三是 in each of the four sections


def test_full_width_and_variant_heading_markers():
    text = ("第一，加强领导\n正文一。\n（一）组织保障\n1．建立机制\n正文二。\n2、落实责任\n"
            "1.区域内学校规划布局合理，充分考虑学龄人口变化。\n专栏2\n二、保障措施\n")
    assert headings(text) == [(1, "第一，加强领导"), (2, "（一）组织保障"), (3, "1．建立机制"),
                              (3, "2、落实责任"), (3, "专栏2"), (1, "二、保障措施")]
    sections = parse_sections(text)
    assert section_path_at(sections, text.index("正文二")) == "第一，加强领导 > （一）组织保障 > 1．建立机制"
