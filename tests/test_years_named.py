"""One reader of the years a text names (figures/years.py), in Arabic or Chinese digits."""
from figures.years import YEAR_DIGITS, chinese_years, years_named


def test_a_year_in_chinese_digits_with_either_zero():
    assert chinese_years("到二〇二五年，全县学前教育毛入园率达到92%") == {"2025"}
    assert chinese_years("二零二五年底前完成") == {"2025"}
    assert chinese_years("二〇二四年十一月八日") == {"2024"}  # a date's year


def test_years_in_either_script_in_text_order():
    text = "2023年新建幼儿园3所，二〇二四年新增学位1200个，到2025年达到95%"
    assert years_named(text) == [2023, 2024, 2025]
    assert chinese_years(text) == {"2024"}  # the Arabic ones are not Chinese-written


def test_no_year_where_the_text_names_none():
    assert chinese_years("二〇二五") == set()  # no 年: a number, not a year
    assert chinese_years("三年行动计划，五年内建成") == set()  # durations
    assert years_named("新建校舍2025平方米") == []
    # a year inside a cited title names a document, not the passage's year
    assert chinese_years("根据《某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》") == set()



def test_a_heading_s_year_in_chinese_digits_reads_as_the_question_s():
    from server.answer.sections import _heading_form

    assert _heading_form("（三）到二〇三五年远景目标") == "(三)到2035年远景目标"
    assert _heading_form("二零二五年 重点工作") == "2025年重点工作"


def test_bare_year_digits_as_a_table_header_writes_them():
    assert YEAR_DIGITS.findall("2020 现状 2025年目标") == ["2020", "2025"]
    assert YEAR_DIGITS.findall("1998基期") == ["1998"]
    assert not YEAR_DIGITS.search("学位3025个，增长21%")  # digits of no year of these centuries
