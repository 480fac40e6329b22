"""figures.tablequery.readable_unit: a header's unit as the number reader reads it."""
from __future__ import annotations

from figures.tablequery import readable_unit


def test_a_rate_per_several_things_is_shortened_to_the_longest_form_that_parses():
    assert readable_unit("元/生/学期") == "元/生"
    assert readable_unit("元/人/年/次") == "元/人/年"


def test_a_unit_that_parses_is_kept_normalised():
    assert readable_unit("元/生") == "元/生"
    assert readable_unit("万元") == "万元"


def test_a_unit_no_prefix_of_which_parses_is_returned_as_written():
    assert readable_unit("某某/某某") == "某某/某某"
    assert readable_unit("") == ""
