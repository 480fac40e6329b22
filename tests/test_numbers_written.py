"""Numbers round-tripped through the ways documents write them (property tests).

A number is written by cn2an (`an2cn`: 二千三百万, 一万二千), by hand-written variants of the same
forms (两 for a leading 二, digits with 万/亿, thousands separators), put into a sentence with a
unit and a qualifier, and must come back out of `find_quantities` with its value and span.
"""
from decimal import Decimal

import cn2an
from hypothesis import given, settings
from hypothesis import strategies as st

from figures.numbers import chinese_to_number, find_quantities, parse_number

# from 10: one Chinese digit with a unit that is no counter may be a word (`三元主导`) and is not read
amounts = st.integers(min_value=10, max_value=99_999_999)
units = st.sampled_from([("元", "元"), ("人", "人"), ("名", "人"), ("所", "所"), ("个", "个"), ("平方米", "平方米")])


def _one(text: str, written: str):
    found = [q for q in find_quantities(text) if q.is_measure]
    assert len(found) == 1, (text, found)
    q = found[0]
    assert text[q.start:q.end] == q.text and written in q.text, (text, q)
    return q


@settings(max_examples=300, deadline=None)
@given(n=amounts, unit=units)
def test_chinese_numerals_written_by_cn2an_read_back(n, unit):
    written = cn2an.an2cn(n, "low") + unit[0]
    q = _one(f"全县共投入{written}用于学校建设。", written)
    assert (q.value, q.unit) == (n, unit[1])


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=2, max_value=9999), unit=units)
def test_liang_for_a_leading_two(n, unit):
    numeral = cn2an.an2cn(n, "low")
    if not numeral.startswith("二") or len(numeral) == 1:
        return
    written = "两" + numeral[1:] + unit[0]
    assert _one(f"新增{written}。", written).value == n


@settings(max_examples=200, deadline=None)
@given(wan=st.integers(min_value=1, max_value=9999), unit=units)
def test_chinese_numeral_with_the_wan_scale(wan, unit):
    written = cn2an.an2cn(wan, "low") + "万" + unit[0]  # 两千三百万元, 一万二千万 is not a form
    q = _one(f"累计投入{written}，", written)
    assert q.value == wan * 10_000 and q.unit_as_written.startswith("万")


@settings(max_examples=200, deadline=None)
@given(tenths=st.integers(min_value=1, max_value=99_999), scale=st.sampled_from([("万", 10**4), ("亿", 10**8)]),
       unit=units)
def test_digits_with_a_scale(tenths, scale, unit):
    number = Decimal(tenths) / 10
    written = f"{number.normalize():f}{scale[0]}{unit[0]}"
    q = _one(f"达到{written}。", written)
    assert Decimal(str(q.value)) == number * scale[1]


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=1000, max_value=999_999_999), unit=units)
def test_thousands_separators(n, unit):
    written = f"{n:,}{unit[0]}"
    assert _one(f"共{written}，", written).value == n


@settings(max_examples=100, deadline=None)
@given(n=st.integers(min_value=10, max_value=99_999), qualifier=st.sampled_from(
    [("不少于", "", ">="), ("约", "", "approx"), ("", "以上", ">="), ("", "左右", "approx"), ("超过", "", ">")]))
def test_qualifiers_around_a_chinese_numeral(n, qualifier):
    before, after, expected = qualifier
    written = cn2an.an2cn(n, "low") + "人"
    q = _one(f"培训教师{before}{written}{after}。", written)
    assert (q.value, q.qualifier) == (n, expected)


def test_forms_named_in_the_issue():
    assert parse_number("三万五千人").value == 35000
    assert parse_number("一万二千名").value == 12000
    assert parse_number("3.2万").value == 32000
    assert parse_number("1,234").value == 1234
    assert parse_number("3万5千人").value == 35000
    assert parse_number("一亿零五百万元").value == 105_000_000
    q = _one("今年安排两千三百万元改善办学条件。", "两千三百万元")
    assert (q.value, q.unit, q.unit_as_written) == (23_000_000, "元", "万元")
    r = _one("惠及三至五万人。", "三至五万人")
    assert (r.low, r.high, r.is_range) == (30_000, 50_000, True)
    assert chinese_to_number("二〇三五") == 2035 and chinese_to_number("两") == 2


@settings(max_examples=200, deadline=None)
@given(yi=st.integers(min_value=1, max_value=99), wan=st.integers(min_value=1, max_value=9999),
       liang=st.booleans())
def test_yi_and_wan_in_one_chinese_amount(yi, wan, liang):
    # 两亿三千四百万元: the 万 is the scale of the part after 亿, so the whole numeral is one amount
    value = yi * 10**8 + wan * 10**4
    numeral = cn2an.an2cn(value, "low")
    if liang and numeral.startswith("二亿"):
        numeral = "两" + numeral[1:]
    written = numeral + "元"
    q = _one(f"全年投入补助资金{written}，惠及全市农村学生。", written)
    assert (q.value, q.unit) == (value, "元")


@settings(max_examples=200, deadline=None)
@given(whole=st.integers(min_value=0, max_value=99), digits=st.integers(min_value=1, max_value=99),
       scale=st.sampled_from([("万", 10**4), ("亿", 10**8)]), unit=units, liang=st.booleans())
def test_chinese_decimal_with_a_scale(whole, digits, scale, unit, liang):
    # 一点五万人 is 15000 (never 五万): the digits after 点 are the decimal part, read one by one
    fraction = str(digits).rstrip("0") or "0"
    numeral = cn2an.an2cn(whole, "low")
    if liang and numeral == "二":
        numeral = "两"
    written = numeral + "点" + "".join(cn2an.an2cn(int(d), "low") for d in fraction) + scale[0] + unit[0]
    q = _one(f"全市共惠及{written}，", written)
    expected = Decimal(f"{whole}.{fraction}") * scale[1]
    assert (Decimal(str(q.value)), q.unit, q.decimals) == (expected, unit[1], len(fraction))


def test_chinese_decimals_in_prose():
    assert _one("资助学生一点五万人次。", "一点五万人次").value == 15_000
    assert _one("比上年提高一点五个百分点。", "一点五个百分点").value == 1.5
    assert _one("增长百分之六点八。", "百分之六点八").value == 6.8
    assert [q.text for q in find_quantities("下午两点五十分开会，重点学校三所")] == ["三所"]
