"""The month of a date written without its year (`须在10月20日前`, `十月二十日`) is a day, never a length of time in
months; a span of months (`9月至12月`) and a term in months (`工期10个月`) still are."""
import pytest

from figures.numbers import find_quantities


@pytest.mark.parametrize("text", ["各校须在11月27日前报送小结", "十月二十日前完成走访", "活动于3月 5日启动"])
def test_a_dates_month_is_no_quantity(text: str) -> None:
    assert not [q for q in find_quantities(text) if q.unit == "月"]


@pytest.mark.parametrize("text, values", [("集中在9月至12月开展", [9.0, 12.0]), ("每学期按5月计", [5.0])])
def test_months_not_dated_by_a_day_are_read(text: str, values: list) -> None:
    assert [q.value for q in find_quantities(text) if q.unit == "月"] == values
