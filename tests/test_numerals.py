"""One table of Chinese digits (ingest/numerals.py) for dates in metadata and numbers in figures."""
from __future__ import annotations

import pytest

from figures.numbers import chinese_to_number, find_quantities, whole_number
from ingest.metadata import calendar_date
from ingest.numerals import arabic_digits


def test_digits_written_one_by_one_with_either_zero():
    assert arabic_digits("二〇二五") == "2025"
    assert arabic_digits("二零零八") == "2008"
    with pytest.raises(KeyError):
        arabic_digits("二十")


@pytest.mark.parametrize(("text", "iso"), [
    ("二〇二四年十一月八日", "2024-11-08"),
    ("二零二三年三月二十日", "2023-03-20"),
    ("二〇二二年十月", "2022-10"),
    ("2021年12月", "2021-12"),
    ("二〇二二年十三月", ""),
])
def test_a_date_in_chinese_digits(text, iso):
    assert calendar_date(text) == iso


def test_figures_read_the_same_digits():
    assert chinese_to_number("二〇三五") == 2035
    assert chinese_to_number("十二") == 12
    assert [q.value for q in find_quantities("增长百分之三点五")] == [3.5]


@pytest.mark.parametrize(("written", "value"), [("12", 12), ("十二", 12), ("二〇三五", 2035), ("三万五千", 35000)])
def test_a_whole_number_in_digits_or_numerals(written, value):
    assert whole_number(written) == value


def test_a_whole_number_refuses_other_text():
    with pytest.raises(ValueError):
        whole_number("12点")
