"""One answer to "the same kind of unit" (figures.numbers.base_unit / same_base_unit), which the
listed-items and the lookup answers both ask: a scale prefix (万, 亿) and a synonym (名 for 人) never
change the kind; 人次 (visits) is not 人, 个百分点 (a difference of rates) is not %. And one answer to "is
this word a unit" (figures.numbers.is_unit), which a question's terms, a table label's note and a question
keeping rows of one unit ask."""
import pytest

from figures.numbers import base_unit, is_unit, same_base_unit
from figures.tablequery import unit_note
from server.answer.tables import _row_units


@pytest.mark.parametrize(("a", "b"), [
    ("万元", "元"), ("亿元", "元"), ("万元", "亿元"),
    ("万平方米", "平方米"), ("㎡", "平方米"),
    ("万人", "人"), ("名", "人"), ("万人次", "人次"),
    ("个百分点", "百分点"), ("万册", "册"), ("千米", "米"),
    ("元/生", "元/生"),
])
def test_the_same_kind_at_any_scale(a, b):
    assert same_base_unit(a, b) and same_base_unit(b, a)


@pytest.mark.parametrize(("a", "b"), [
    ("人次", "人"), ("万人次", "万人"), ("个百分点", "%"), ("百分点", "%"),
    ("元/生", "元"), ("所", "个"), ("校次", "所"),
])
def test_different_kinds_never_match(a, b):
    assert not same_base_unit(a, b)


def test_a_unit_the_parser_does_not_read_stays_as_written():
    assert base_unit("公顷") == "公顷"
    assert base_unit("万元") == "元"


@pytest.mark.parametrize("unit", ["万元", "元", "个百分点", "%", "所", "名", "万人次", "平方米", "万亩"])
def test_a_whole_unit_as_written_is_a_unit(unit):
    assert is_unit(unit)


@pytest.mark.parametrize("text", ["学校", "幼儿数", "人以上", "多人", "所学校", "个班", "百分比"])
def test_a_thing_or_a_unit_with_more_words_is_not(text):
    assert not is_unit(text)


@pytest.mark.parametrize(("label", "note"), [
    ("达标学校数(所)", "所"), ("投入资金（万元）", "万元"), ("毛入园率(%", "%"), ("新增学位（个）", "个"),
    ("学校名称(全称)", ""), ("资金（万）", ""), ("教师数", ""),
])
def test_a_table_label_s_unit_note(label, note):
    assert unit_note(label) == note


@pytest.mark.parametrize(("question", "units"), [
    ("以万元为单位的指标有哪些？", ("元",)), ("单位是人的指标有几项？", ("人",)),
    ("以百分比表示的指标有哪些？", ("%",)),
    ("以学校为单位统计的指标有哪些？", ()), ("以万人次计量的指标有哪些？", ("人次",)),
])
def test_the_unit_a_question_keeps_table_rows_of(question, units):
    assert _row_units(question) == units
