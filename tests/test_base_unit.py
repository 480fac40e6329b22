"""One answer to "the same kind of unit" (figures.numbers.base_unit / same_base_unit), which the
listed-items and the lookup answers both ask: a scale prefix (万, 亿) and a synonym (名 for 人) never
change the kind; 人次 (visits) is not 人, 个百分点 (a difference of rates) is not %."""
import pytest

from figures.numbers import base_unit, same_base_unit


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
