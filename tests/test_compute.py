"""Every computation on real figures: formula, value, unit and the sources of its inputs."""
import pytest

from figures.compute import (
    ComputeError,
    Operand,
    cagr,
    change,
    compare,
    consistency,
    evaluate,
    gap,
    growth,
    part_of,
    percent_text,
    ratio,
    remainder,
    share,
    total,
)
from tests.test_figures_extract import BANAN, RONGCHANG, corpus_doc, figures_of, one


def fig(doc_id, **where) -> Operand:
    return Operand.from_figure(one(doc_id, **where))


def test_change_of_a_count_in_its_published_scale_with_percent():
    old = fig(BANAN, indicator="students_enrolled", stage="初中", year=2020, period="十四五")
    new = fig(BANAN, indicator="students_enrolled", stage="初中", year=2025, period="十四五")
    c = change(old, new)
    assert (c.value, c.unit) == (pytest.approx(1.0), "万人")
    assert c.formula == "3.80 − 2.80 = 1.00 万人（+35.7%）"
    assert c.related[0].value == pytest.approx(35.714, abs=1e-3) and c.related[0].unit == "%"
    assert [i["source"]["column"] for i in c.inputs] == ["2020", "2025"]


def test_change_of_a_rate_is_in_percentage_points():
    old = fig(BANAN, indicator="public_kindergarten_share", year=2020)
    new = fig(BANAN, indicator="public_kindergarten_share", year=2025)
    c = change(old, new)
    assert (round(c.value, 2), c.unit, c.related) == (0.21, "百分点", [])
    assert c.inputs[1]["qualifier"] == ">"  # the target is `>55`: shown, not hidden


def test_growth_and_cagr_over_the_plan_period():
    old = fig(BANAN, indicator="students_enrolled", stage="义务教育", year=2020, period="十四五")
    new = fig(BANAN, indicator="students_enrolled", stage="义务教育", year=2025, period="十四五")
    assert growth(old, new).value == pytest.approx((11.00 - 9.07) / 9.07 * 100)
    rate = cagr(old, new)  # years from the figures: 2025 − 2020
    assert rate.value == pytest.approx(((11.00 / 9.07) ** (1 / 5) - 1) * 100)
    assert rate.formula == "(11.00 ÷ 9.07)^(1/5) − 1 = 3.93%（约3.9%）"
    with pytest.raises(ComputeError):
        cagr(Operand.literal("1人"), Operand.literal("2人"))


def test_share_from_counts_stated_in_rongchang():
    text = corpus_doc(RONGCHANG).text
    assert "在公办学校就读1827人" in text and "随迁子女数为2361人" in text
    c = share(Operand.literal("1827人", "在公办学校就读"), Operand.literal("2361人", "符合条件的随迁子女"))
    assert round(c.value, 2) == 77.38 and c.formula == "1827 ÷ 2361 × 100% = 77.38%（约77.4%）"
    assert ratio(Operand.literal("870000元"), Operand.literal("126人")).unit == "元/人"
    per_head = ratio(Operand.literal("4200万元"), Operand.literal("3.2万人次"))
    assert per_head.value == pytest.approx(1312.5)
    assert per_head.formula == "4200万元 ÷ 3.2万人次 = 1312.50 元/人次（即1312.5元/人次）"


def test_total_refuses_mixed_units_and_years():
    with pytest.raises(ComputeError, match="units differ"):
        total([Operand.literal("3所"), Operand.literal("5人")])
    with pytest.raises(ComputeError, match="年份"):
        total([Operand.literal("2025年"), Operand.literal("2020年")])
    assert total([Operand.literal("1.27萬人"), Operand.literal("3.14萬人")]).formula == "1.27 + 3.14 = 4.41 万人"


def test_gaps_target_vs_baseline_and_comparisons():
    base = fig(BANAN, indicator="high_school_gross_enrolment", year=2020, period="十四五")
    target = fig(BANAN, indicator="high_school_gross_enrolment", year=2025, period="十四五")
    g = gap(target, base)
    assert round(g.value, 2) == 2.69 and g.unit == "百分点"
    salary = compare(fig(RONGCHANG, indicator="teacher_salary"), fig(RONGCHANG, indicator="civil_servant_salary"))
    assert salary.value == 27 and salary.formula.startswith("13223 − 13196 = 27 元")


def test_consistency_flags_banan_public_kindergarten_rate():
    text = corpus_doc(BANAN).text
    assert "公辦在園幼兒19943人,公辦率54.79%" in text and "在園幼兒36381人" in text
    c = consistency(Operand.literal("54.79%"), Operand.literal("19943人"), Operand.literal("36381人"))
    assert (c.flag, c.value) == ("mismatch", 54.82)
    ok = consistency(Operand.literal("80.3%"), Operand.literal("3389人"), Operand.literal("4220人"))
    assert ok.flag == "consistent"  # 80.308 rounds to the stated 80.3


def test_expressions_over_figure_ids_and_literals():
    records = {r.figure_id: r for r in figures_of(BANAN)}
    new = one(BANAN, indicator="students_enrolled", stage="初中", year=2025, period="十四五").figure_id
    old = one(BANAN, indicator="students_enrolled", stage="初中", year=2020, period="十四五").figure_id

    def resolve(fid):
        if fid not in records:
            raise ComputeError(f"unknown figure {fid}")
        return Operand.from_figure(records[fid])

    c = evaluate(f"({new} − {old}) ÷ {old} × 100", resolve)
    assert c.value == pytest.approx(35.714, abs=1e-3) and c.unit == ""
    assert [i["figure_id"] for i in c.inputs] == [new, old, old, None]  # 100 is a literal input
    assert evaluate("1827人 ÷ 2361人 × 100", resolve).value == pytest.approx(77.3824, abs=1e-4)
    assert evaluate(f"{{{new}}} - 3.80万人", resolve).value == 0
    for bad, message in [("__import__('os')", "allowed"), ("2 ** 8", "allowed"), ("1 / 0", "zero"),
                         ("3万人 + 2元", "cannot add"), ("nosuch#f9", "unknown figure"), ("1 +", "not an arithmetic")]:
        with pytest.raises(ComputeError, match=message):
            evaluate(bad, resolve)


def test_part_of_a_whole_by_its_stated_share():
    part = part_of(Operand.literal("4100人", "互派教师"), Operand.literal("49%", "骨干教师占比"))
    assert (part.value, part.unit) == (2009, "人") and part.formula == "4100人 × 49% = 2009 人"
    assert [i["text"] for i in part.inputs] == ["4100人", "49%"]
    scaled = part_of(Operand.literal("3.2万人"), Operand.literal("12.5%"))
    assert (scaled.value, scaled.unit) == (pytest.approx(0.4), "万人")
    with pytest.raises(ComputeError):
        part_of(Operand.literal("4100人"), Operand.literal("49人"))


@pytest.mark.parametrize("pct, shown", [
    (200 / 3, "66.67%（约66.7%）"),  # a reader rounds to one decimal: both forms are in the answer
    (50.0, "50.00%（即50%，50.0%）"),  # a whole share is reported either way
    (18.8, "18.80%（即18.8%）"),
    (12.3456, "12.35%（约12.3%）"),  # the one-decimal form rounds the value, not the shown digits
])
def test_percent_shown_exact_and_to_one_decimal(pct: float, shown: str) -> None:
    assert percent_text(pct) == shown
    assert share(Operand.literal(f"{pct}人"), Operand.literal("100人")).formula.endswith(shown)


def test_a_quotient_that_divides_out_is_shown_whole():
    # a count per class (360 pupils in 8 classes): no decimals the division did not produce
    assert ratio(Operand.literal("360人"), Operand.literal("8个")).formula.endswith("= 45 人/个")
    per_visit = ratio(Operand.literal("4200万元"), Operand.literal("3.2万人次"))
    assert per_visit.formula.endswith("= 1312.50 元/人次（即1312.5元/人次）")
    # money's fen padded with a zero by rounding: the one-decimal form beside it, as readers write it
    per_trainee = ratio(Operand.literal("220.2万元"), Operand.literal("8360人次"))
    assert per_trainee.formula.endswith("= 263.40 元/人次（约263.4元/人次）"), per_trainee.formula


def test_a_rest_is_shown_in_the_counter_both_amounts_are_written_in():
    # `招聘126名，其中…42名`: the rest in 名 as written, its unit still the base unit 人 for comparison
    rest = remainder(Operand.literal("126名"), Operand.literal("42名"))
    assert rest.formula.endswith("84 名") and rest.unit == "人"
    # written in two counters, or in a scale: the base unit, or the scale, as before
    assert remainder(Operand.literal("126人"), Operand.literal("42名")).formula.endswith("84 人")
    assert remainder(Operand.literal("3.5万人"), Operand.literal("1.2万人")).formula.endswith("2.3 万人")
