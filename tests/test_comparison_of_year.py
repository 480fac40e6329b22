"""The amount of the year asked beside the other side's figure (`_of_year`): its own clause names the year."""
from figures.numbers import find_quantities
from server.answer.comparison import _of_year


def _other(text: str, written: str):
    return next(q for q in find_quantities(text) if q.text.startswith(written))


def test_the_year_of_a_clause_read_across_a_grouping_comma():
    # a grouped number (12,000) before the amount in its clause ends no clause: the clause still names 2024
    text = "计划招生1,500人，2024年新建校舍12,000平方米、招收学生1,380人。"
    found = _of_year(text, (0, len(text)), _other(text, "1,500"), ["2024"])
    assert found is not None and found.value == 1380


def test_the_amount_whose_clause_names_another_year_is_not_taken():
    text = "预算540万元，2023年实际拨付480万元。"
    assert _of_year(text, (0, len(text)), _other(text, "540"), ["2024"]) is None
    found = _of_year(text, (0, len(text)), _other(text, "540"), ["2023"])
    assert found is not None and found.value == 4_800_000 and text[found.start:found.end].startswith("480")


def test_two_amounts_of_the_year_asked_name_none():
    text = "预算540万元，2024年拨付480万元，2024年追加60万元。"
    assert _of_year(text, (0, len(text)), _other(text, "540"), ["2024"]) is None
