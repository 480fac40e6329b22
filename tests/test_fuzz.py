"""Property-based fuzzing (hypothesis) of the number parser and the cleaner.

Inputs are drawn from three sources: arbitrary Unicode, text built from the parser's own
vocabulary (digits, Chinese numerals, scales, units, qualifiers, separators, quotes, line
breaks), and real lines of corpus/ spliced together. Example counts are bounded so the file
runs in a few seconds; `derandomize` keeps CI reproducible.
"""
from __future__ import annotations

import math
from collections import Counter
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from figures.numbers import find_quantities, parse_number
from ingest.clean import clean
from ingest.config import DEFAULT_CORPUS

FUZZ = settings(max_examples=300, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])

CORPUS_LINES = sorted({line for p in DEFAULT_CORPUS.glob("*.txt")
                       for line in p.read_text(encoding="utf-8").splitlines() if line.strip()})

# the parser's vocabulary: each piece is something a rule reacts to
PIECES = ["0", "1", "2", "5", "9", "2025", "1,234", "3.5", ".", ",", "，", "１２", "一", "二", "十", "百", "千",
          "两", "〇", "万", "萬", "亿", "億", "千万", "%", "％", "‰", "百分之", "个百分点", "元", "人", "名", "所",
          "年", "月", "日", "号", "课时", "課時", "平方米", "㎡", "m2", "/", "生", "千人", "以上", "以下", "左右",
          "余", "多", "不少于", "超过", "约", "近", ">", "≥", "<", "-", "—", "~", "至", "第", "〔", "〕", "“", "”",
          "《", "》", "\"", "十四五", "规划", " ", "\u3000", "\u00a0", "\n", "\t", ":", "G", "x", "。", "、"]
vocabulary_text = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
corpus_text = st.lists(st.sampled_from(CORPUS_LINES), min_size=1, max_size=6).map("\n".join)
any_text = st.one_of(st.text(max_size=200), vocabulary_text, corpus_text,
                     st.tuples(corpus_text, vocabulary_text, st.text(max_size=20)).map("".join))


def _check_quantity(text: str, q) -> None:
    assert 0 <= q.start < q.end <= len(text)
    assert q.text == text[q.start:q.end]  # the span is exact: citations point into the input
    for value in (q.value, q.low, q.high):
        assert value is None or math.isfinite(value), q
    if q.is_range:
        assert q.low is not None and q.high is not None and q.low <= q.high, q


@FUZZ
@given(any_text)
@example("9" * 400 + "万元")  # a float overflow would give inf
@example("十" * 50 + "年")
@example("2021—2022年9月8日")
def test_find_quantities_never_raises_and_spans_are_exact(text):
    found = find_quantities(text)
    for q in found:
        _check_quantity(text, q)
    starts = [q.start for q in found]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(found, found[1:])), "quantities overlap"


@FUZZ
@given(any_text)
@example("  3.2万人次 ")
@example("1" * 400)
def test_parse_number_never_raises_and_covers_the_whole_input(text):
    q = parse_number(text)
    if q is not None:
        _check_quantity(text, q)
        assert q.text == text.strip()


@FUZZ
@given(st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False, allow_infinity=False),
       st.sampled_from([("", 1), ("万", 10**4), ("萬", 10**4), ("亿", 10**8), ("千万", 10**7)]),
       st.sampled_from([("元", "元"), ("人", "人"), ("名", "人"), ("平方米", "平方米"), ("所", "所")]),
       st.sampled_from(["", " ", "\u3000"]))
def test_written_amounts_parse_to_their_value(number: Decimal, scale, unit, pad):
    written = f"{number}{scale[0]}{unit[0]}"
    q = parse_number(pad + written + pad)
    assert q is not None, written
    assert q.unit == unit[1] and q.text == written
    assert q.value == pytest.approx(float(number * scale[1]), rel=1e-12)
    assert q.decimals == (len(str(number).split(".")[1]) if "." in str(number) else 0)


@FUZZ
@given(st.lists(st.sampled_from(CORPUS_LINES), min_size=1, max_size=5),
       st.decimals(min_value=1, max_value=99999, places=1, allow_nan=False, allow_infinity=False))
def test_an_amount_spliced_into_real_prose_is_found_where_it_was_put(lines, number):
    amount = f"{number}万元"
    prefix = "\n".join(lines) + "\n共投入"
    text = prefix + amount + "。"
    hits = [q for q in find_quantities(text) if q.start == len(prefix)]
    assert len(hits) == 1 and hits[0].text == amount and hits[0].unit == "元"
    assert hits[0].value == pytest.approx(float(number) * 1e4)


# --- the cleaner --------------------------------------------------------------------------------

def _no_new_characters(raw: str, cleaned: str) -> bool:
    # the only rewrite the cleaner makes: a bare carriage return becomes a line break
    source = Counter(raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))
    return not (Counter(cleaned) - source)


@FUZZ
@given(any_text)
@example("\r\r\n\r")
@example("學(xué)位\n學(xué)位")
@example("国务院部门网站\n地方政府网站\n新闻网站\n")
def test_clean_never_raises_and_never_adds_characters(raw):
    out = clean(raw)
    assert _no_new_characters(raw, out)
    assert "\r" not in out and "\n\n\n\n" not in out
    assert out == out.strip("\n") and all(line == line.rstrip() for line in out.split("\n"))


@FUZZ
@given(any_text)
@example("今天学校\n\n\n\n\n\n\n开学")
@example("国务院部门网站\n地方政府网站\n正文\n新闻网站")
def test_clean_is_idempotent(raw):
    once = clean(raw)
    assert clean(once) == once


@pytest.mark.parametrize("path", sorted(DEFAULT_CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_clean_is_idempotent_on_the_real_documents(path):
    once = clean(path.read_text(encoding="utf-8"))
    assert clean(once) == once
    assert _no_new_characters(path.read_text(encoding="utf-8"), once)
