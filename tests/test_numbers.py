"""Numbers as the real corpus writes them: every form of issue 4, parsed with unit, scale and qualifier."""
import pytest

from figures.numbers import chinese_to_number, condition_side, condition_words, find_quantities, parse_number
from ingest.config import DEFAULT_CORPUS

CORPUS = {p.name: p.read_text(encoding="utf-8") for p in DEFAULT_CORPUS.glob("*.txt")}
ALL_TEXT = "\n".join(CORPUS.values())

# (as written in corpus/, value in the base unit, unit, unit as written, qualifier)
FORMS = [
    ("49亿元", 4.9e9, "元", "亿元", ""),
    ("3.2万人次", 32000, "人次", "万人次", ""),
    ("1.7億元", 1.7e8, "元", "億元", ""),
    ("4200万元", 4.2e7, "元", "万元", ""),
    ("6.7萬平方米", 67000, "平方米", "萬平方米", ""),
    ("54.79%", 54.79, "%", "%", ""),
    (">55", 55, "", "", ">"),
    (">99.5", 99.5, "", "", ">"),
    ("90%以上", 90, "%", "%", ">="),
    ("不少于1課時", 1, "课时", "課時", ">="),
    ("200余萬元", 2e6, "元", "萬元", "approx"),
    ("0.379", 0.379, "", "", ""),
    ("13223元", 13223, "元", "元", ""),
    ("1295 名", 1295, "人", "名", ""),
    ("800元/生/年", 800, "元/生/年", "元/生/年", ""),
    ("48生/千人", 48, "生/千人", "生/千人", ""),
    ("超过1100亿元", 1.1e11, "元", "亿元", ">"),
    ("20余萬人次", 2e5, "人次", "萬人次", "approx"),
    ("近100名", 100, "人", "名", "approx"),
    ("4000人左右", 4000, "人", "人", "approx"),
    ("1000名以上", 1000, "人", "名", ">="),
    ("70%及以上", 70, "%", "%", ">="),
    ("不足100名", 100, "人", "名", "<"),
    ("高于50%", 50, "%", "%", ">"),
    ("-0.05", -0.05, "", "", ""),
    ("三年", 3, "年", "年", ""),
]


@pytest.mark.parametrize("written,value,unit,unit_as_written,qualifier", FORMS)
def test_every_form_from_the_corpus(written, value, unit, unit_as_written, qualifier):
    assert written in ALL_TEXT, "test strings come from the real corpus"
    q = parse_number(written)
    assert q is not None and q.value == pytest.approx(value)
    assert (q.unit, q.unit_as_written, q.qualifier, q.text) == (unit, unit_as_written, qualifier, written)


def test_scaled_values_are_exact_not_float_noise():
    assert parse_number("2.76萬人").value == 27600  # not 27599.999999999996
    assert parse_number("3.80萬人").decimals == 2


def test_chinese_numerals_years_and_periods():
    assert chinese_to_number("二〇三五") == 2035 and chinese_to_number("十二") == 12
    assert chinese_to_number("三百二十") == 320 and chinese_to_number("两") == 2
    year = parse_number("二〇三五年")
    assert (year.value, year.unit, year.is_measure) == (2035, "年份", False)
    assert parse_number("十四五") is None  # a plan's name, no numeral (figures/periods.py reckons plans)
    assert [q.text for q in find_quantities("“十四五”时期新增学位3600个，十五五期间投入5亿元")] == ["3600个", "5亿元"]
    assert parse_number("百分之九十五").value == 95 and parse_number("百分之九十五").unit == "%"
    assert parse_number("十二").value == 12
    assert parse_number("2025年").unit == "年份"
    assert parse_number("預期性") is None and parse_number("") is None


def test_full_width_digits_and_ranges():
    assert parse_number("１２９５名").value == 1295
    q = parse_number("1.5—2万")
    assert q.is_range and (q.low, q.high) == (15000, 20000)
    years = parse_number("2021—2022年")
    assert years.is_range and years.unit == "年份" and (years.low, years.high) == (2021, 2022)


def test_prose_sentence_of_banan_in_traditional_script():
    text = CORPUS["banan-education-plan-2021.txt"]
    sentence = text[text.index("我區現有幼兒園238所"):text.index("市級示范性幼兒園")]
    got = [(q.text, q.value, q.unit) for q in find_quantities(sentence)]
    assert got[:3] == [("238所", 238, "所"), ("36381人", 36381, "人"), ("100%", 100, "%")]
    assert ("19943人", 19943, "人") in got and ("54.79%", 54.79, "%") in got and ("78.93%", 78.93, "%") in got


def test_years_periods_and_list_markers_in_rongchang():
    text = CORPUS["rongchang-self-evaluation.txt"]
    line = text[text.index("7.2024年特殊教育学校"):text.index("8.全区义务教育")]
    got = [(q.text, q.unit) for q in find_quantities(line)]
    assert got == [("2024年", "年份"), ("87万元", "元"), ("6000元/生/年", "元/生/年")]  # `7.` is an item number


def test_things_that_are_not_quantities():
    liangjiang = CORPUS["liangjiang-briefing-2020.txt"]
    texts = [q.text for q in find_quantities(liangjiang)]
    assert "1295 名" in texts and "8" not in texts  # 第8期
    assert not any(t.startswith("985") for t in [q.text for q in find_quantities("升入“985”“211”大學人數")])
    assert find_quantities("推进5G应用，14:19发布") == []
    assert [q.text for q in find_quantities("印发《中国教育现代化2035》，到2035年")] == ["2035年"]
    assert [q.value for q in find_quantities("一校一策、三位一体、四次被表彰")] == [4]


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_spans_are_exact_in_every_corpus_file(name):
    text = CORPUS[name]
    found = find_quantities(text)
    assert found
    for q in found:
        assert text[q.start:q.end] == q.text
        assert "\n" not in q.text


def test_a_count_introducing_a_list_after_a_colon():
    # `有5个：A、B…` states the count with its unit; a bare number before a colon is a caption or a time
    assert [(q.text, q.unit) for q in find_quantities("建成示范校5所：甲校、乙校")] == [("5所", "所")]
    assert [q.text for q in find_quantities("新建学校有3个：东区、西区和南区")] == ["3个"]
    assert find_quantities("表2: 主要指标，14:19发布") == []


def test_a_goal_in_jin_with_a_ceiling_written_as_yinei():
    # work reports state grain output in 斤 (亿斤) and caps as 以内 (`失业率5.5%以内`)
    grain = find_quantities("粮食产量1600亿斤以上")[0]
    assert (grain.text, grain.value, grain.unit, grain.qualifier) == ("1600亿斤以上", 1.6e11, "斤", ">=")
    cap = find_quantities("城镇调查失业率控制在5.5%以内")[0]
    assert (cap.text, cap.value, cap.qualifier) == ("5.5%以内", 5.5, "<=")


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("雷山縣現有校車四十二輛", 42.0, "辆"),  # Traditional counter, read as its Simplified unit
    ("現有校車三輛", 3.0, "辆"),  # one Chinese digit with a counter of vehicles
    ("校车五辆", 5.0, "辆"),
    ("購置電腦二十臺", 20.0, "台"),
    ("新建教學樓3棟", 3.0, "栋"),
    ("新建宿舍楼两幢", 2.0, "幢"),
    ("新增學位一千二百個", 1200.0, "个"),
])
def test_counters_of_either_script_are_units(text, value, unit):
    q = find_quantities(text)
    assert [(x.value, x.unit) for x in q] == [(value, unit)]


def test_list_and_attachment_numbers_are_not_quantities():
    """A notice's attachment list (`附件：1.…`, its next items indented with ideographic spaces), an attachment's
    own label (`附件2`), an enumeration in brackets (`（1）`, `三（2）班`): which one, never how many."""
    notice = "　　附件：1.某县2026年补助资金分配表\n　　　　　2.安全检查表\n附件2\n（1）共下达资金30万元，三（2）班42人"
    got = [(q.text, q.unit) for q in find_quantities(notice)]
    assert got == [("2026年", "年份"), ("30万元", "元"), ("42人", "人")]
    assert [q.value for q in find_quantities("附件：1.5万元的用途")] == [1.5e4]  # a decimal, not an item


def test_a_quoted_rule_is_read_but_a_quoted_name_is_not():
    rule = find_quantities("各校严格落实“生均每年不低于650元”的拨付标准")
    assert [(q.value, q.unit, q.qualifier) for q in rule] == [(650.0, "元", ">=")]
    assert find_quantities("推进“2+1”课后服务模式和“12分钟”步行圈建设") == []


def test_all_of_it_written_in_words_is_one_hundred_percent():
    assert [(q.value, q.unit) for q in find_quantities("到年底配备率达到百分之百。")] == [(100.0, "%")]


def test_an_ordinal_written_in_words_is_no_count_even_in_part():
    """An ordinal's numeral (`第十五个五年规划`, `第十二届大赛`, `第二十次会议`) says which one: neither it nor its tail
    (`五个`, `二届`, `十次`) is a count, and the figures after it are still read."""
    text = "国民经济和社会发展第十五个五年规划期间，第十二届大赛下拨经费18万元，第二十次会议审议3项议题，第8期培训50人"
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(180000.0, "元"), (3.0, "项"), (50.0, "人")]
    assert [(q.value, q.unit) for q in find_quantities("第十四屆運動會共設12個項目")] == [(12.0, "个")]


def test_a_terms_length_in_words_is_a_duration():
    """The length of a term (为期, 服务期, 期限为) written in Chinese numerals is how long it lasts, a lone 一
    included; a numeral before 年 with no such word is still no figure (`一年级`)."""
    text = "支教教师服务期一年，项目为期两年，协议期限为十年，本学期一年级新生"
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(1.0, "年"), (2.0, "年"), (10.0, "年")]


@pytest.mark.parametrize("text, words, side", [
    ("优良率低于45%的学校", "低于", "<"),
    ("合格率未达到90%的学校", "未达到", "<"),  # a short-of word before the figure, no qualifier of its own
    ("人数超过45的班级", "超过", ">"),
    ("優良率低於45%的學校", "低于", "<"),  # Traditional script: the words folded
    ("到岗率不得低于95%", "", ""),  # a rule's bound picks out no side
])
def test_the_words_a_condition_picks_a_side_by(text: str, words: str, side: str) -> None:
    q = find_quantities(text)[0]
    assert (condition_words(text, q), condition_side(text, q)) == (words, side)
