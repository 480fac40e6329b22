"""Cleaning on the real corpus: every furniture/spam defect gone, content and tables intact."""
import re
from functools import cache

import pytest

from ingest.clean import clean, index_items
from ingest.config import DEFAULT_CORPUS

NAMES = sorted(p.name for p in DEFAULT_CORPUS.glob("*.txt"))


@cache
def raw(name: str) -> str:
    return (DEFAULT_CORPUS / name).read_text(encoding="utf-8")


@cache
def cleaned(name: str) -> str:
    return clean(raw(name))


def test_banan_starts_at_its_title_without_spam_navigation_or_index_block():
    text = cleaned("banan-education-plan-2021.txt")
    assert text.startswith("重慶市巴南區人民政府關于印發重慶市巴南區教育事業發展“十四五”規劃(2021-2025年)的通知\n")
    for junk in ("国产精品", "一区二区", "首頁>", "政務公開>", "• [", "[ 索引號 ]", "11500113009307156W",
                 "[ 發布日期 ]"):
        assert junk not in text, junk
    assert "掃一掃" not in text and not text.endswith("當前頁")
    assert text.endswith("建立規劃實施情況定期報告制度,開展年度監測、中期和末期評估。")


def test_banan_question_mark_placeholders_removed_signature_kept():
    text = cleaned("banan-education-plan-2021.txt")
    assert "???" not in text
    assert "\n重慶市巴南區人民政府\n\n2021128\n" in text  # the signature itself stays (as published)


def test_kaizhou_pinyin_notes_trailer_and_byline_removed():
    text = cleaned("kaizhou-news-2020.txt")
    assert "學(xué)位" in raw("kaizhou-news-2020.txt") and "學位" not in raw("kaizhou-news-2020.txt")
    assert "學位" in text and "(xué)" not in text
    assert not re.search(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]", text)  # no pinyin note left
    assert not re.search(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]", text)  # not even an orphaned one (`要?jiǎng)`)
    assert "學位5130個" in text and "重慶市開州區持續推動教育優質均衡發展" in text
    for junk in ("責任編輯", "董曉娟", "本文鏈接", "TOP↑", "http", "39388b", "教育裝備網"):
        assert junk not in text, junk
    assert text.startswith("重慶市開州區持續推動教育優質均衡發展\n第一,以經費為第一保障")
    assert text.endswith("著力提升高中教育出口質量。")


def test_rongchang_footer_link_list_removed_table_kept():
    text = cleaned("rongchang-self-evaluation.txt")
    for junk in ("国务院部门网站", "地方政府网站", "其他网站"):
        assert junk not in text
    assert text.endswith("实现人民“上好学、在荣昌”的新期盼。")
    pipe_lines = [line for line in raw("rongchang-self-evaluation.txt").splitlines() if line.rstrip().endswith("|")]
    assert len(pipe_lines) > 50
    block = "\n".join(pipe_lines)
    assert block in text  # the `|` table, byte for byte, in one piece


def test_hanzhong_reprint_disclaimer_removed():
    text = cleaned("hanzhong-lueyang-meeting-2023.txt")
    assert "转载" not in text and "侵权" not in text
    assert text.endswith("该县被省教育厅确定为“幼小衔接”试验区。")


def test_liangjiang_page_breaks_bold_and_wrap_spaces_repaired():
    text = cleaned("liangjiang-briefing-2020.txt")
    assert "全力保障教育发展需求。" in text  # a sentence cut by a page break is whole again
    assert "率先成立教育发展研究院" in text and "全覆盖,惠及学生5万人" in text
    assert "**" not in text and "三是搭建资源共享平台。" in text
    assert "均衡配置到各学校" in text and "重庆市教育委员会简报" in text
    assert "面向全国引进 60 余名正高级教师" in text  # spaces beside digits are not wrap residue
    assert "\n一、坚持教育优先发展聚集合力\n" in text  # headings keep their lines


def test_banan_one_cell_per_line_tables_survive_exactly():
    text, source = cleaned("banan-education-plan-2021.txt"), raw("banan-education-plan-2021.txt")
    start = source.index("1:重慶市巴南區教育事業“十三五”時期主要指標表")
    end = source.index("專欄3")
    assert source[start:end] in text  # 表1, 表2, 表3 and the prose between, untouched
    assert "\n在園幼兒數(萬人)\n\n2.76\n\n3.63\n" in text


def test_original_script_and_width_kept():
    text = cleaned("banan-education-plan-2021.txt")
    assert "學前三年毛入學率100%" in text and "学前" not in text  # not converted to Simplified
    assert "巴南府發〔202120" in text  # full-width brackets not NFKC'd (matching does that)


@pytest.mark.parametrize("name", NAMES)
def test_cleaning_only_deletes(name):
    """The cleaned text is a subsequence of the raw one: nothing invented, replaced or reordered."""
    remaining = iter(raw(name))
    assert all(ch in remaining for ch in cleaned(name))


@pytest.mark.parametrize("name", NAMES)
def test_layout_normalised_and_idempotent(name):
    text = cleaned(name)
    assert "\r" not in text and "\n\n\n\n" not in text
    assert all(line == line.rstrip() for line in text.splitlines())
    assert text == text.strip("\n")
    assert clean(text) == text


def test_crlf_and_blank_runs():
    assert clean("標題  \r\n\r\n\r\n\r\n\r\n正文。\r\n") == "標題\n\n\n正文。"


def test_index_items_feed_metadata():
    items = index_items(raw("banan-education-plan-2021.txt"))
    assert items[:4] == ["[ 索引號 ]", "11500113009307156W/2021-01716", "[ 發文字號 ]", "巴南府發〔2021〕20號"]
    assert index_items(raw("rongchang-self-evaluation.txt")) == []


def test_a_plain_bullet_list_is_content_not_an_index_block():
    text = "措施:\n• 新建學校5所\n• 新增學位5130個\n• 培訓教師1.2萬名"
    assert clean(text) == text
