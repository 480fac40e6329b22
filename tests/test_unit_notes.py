"""The two readers of a header's notes in brackets (ingest/tables.py), shared by every table reader:
the unit note closing a header, and a closed note anywhere."""
from __future__ import annotations

from ingest.tables import BRACKETED_NOTE, UNIT_NOTE_END, row_unit_of


def test_the_note_closing_a_header_even_with_its_bracket_lost():
    assert UNIT_NOTE_END.sub("", "在园幼儿数（万人）") == "在园幼儿数"
    assert UNIT_NOTE_END.sub("", "毛入园率(%") == "毛入园率"
    assert UNIT_NOTE_END.sub("", "生均图书(册) 实际") == "生均图书(册) 实际"  # not closing it


def test_a_closed_note_anywhere():
    assert BRACKETED_NOTE.sub("", "生均图书(册) 实际") == "生均图书 实际"
    assert BRACKETED_NOTE.sub("", "专任教师数（含代课）（人）") == "专任教师数"
    assert BRACKETED_NOTE.sub("", "毛入园率(%") == "毛入园率(%"


def test_a_statistic_column_takes_no_unit_from_its_row():
    assert row_unit_of("差异系数（小学）", "人") == ""
    assert row_unit_of("巩固率(%)", "人") == ""
    assert row_unit_of("巩固率(%)", "%") == "%"
    assert row_unit_of("在校生数（人）", "人") == "人"
