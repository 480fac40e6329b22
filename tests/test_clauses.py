"""ingest/clauses.py: the one reader of the clause around an offset, with the pauses each caller
names; the callers keep what they read (synthetic sentences)."""
from __future__ import annotations

import re

from figures.numbers import find_quantities
from ingest.clauses import CLAUSE_OR_LINE_END, clause_end, clause_start
from ingest.normalize import normalize, pauses
from server.answer.text import clause, item_of

SENTENCE = normalize("全县共有学校61所，在校生40,125人；其中小学生21,300人、初中生18,825人。")


def test_the_clause_around_an_offset_keeps_a_grouped_number_whole():
    at = SENTENCE.index("40,125")
    assert SENTENCE[clause_start(SENTENCE, at):clause_end(SENTENCE, at)] == "在校生40,125人"
    assert clause_start(SENTENCE, SENTENCE.index("61")) == 0  # no pause before: the text's start
    assert clause_end(SENTENCE, SENTENCE.index("18,825")) == len(SENTENCE) - 1  # the full stop


def test_a_floor_and_a_ceiling_bound_the_clause():
    at = SENTENCE.index("21,300")
    assert clause_start(SENTENCE, at, floor=at - 3) == at - 3  # no pause within: the floor
    assert clause_end(SENTENCE, at, ceiling=at + 6) == at + 6  # `21,300`: its comma no pause
    items = re.compile(pauses("，；;。、"))
    start, end = clause_start(SENTENCE, at, items), clause_end(SENTENCE, at, items)
    assert SENTENCE[start:end] == "其中小学生21,300人"


def test_the_pauses_are_the_callers():
    question = "A区的在校生,B区的在校生，哪个多"
    ask = question.index("哪个")
    assert clause_start(question, ask, re.compile("[，,；;]")) == question.index("，") + 1
    assert clause_start("哪个多", 2, re.compile("[，,；;]")) == 0


def test_the_answer_texts_clause_and_list_item():
    text = normalize("到2025年，全县新增学位3,200个，其中小学学位1,800个、初中学位1,400个。")
    span = (0, len(text))
    whole, part = (next(q for q in find_quantities(text) if q.text.startswith(v)) for v in ("3,200", "1,400"))
    assert clause(text, span, whole) == "到2025年,全县新增学位3,200个"  # a short clause read with the one before
    assert clause(text, span, part) == "其中小学学位1,800个、初中学位1,400个"
    assert item_of(text, span, part) == "初中学位1,400个"


def test_a_line_end_closes_a_clause_where_lines_end_without_a_mark():
    text = "新增学位1,200个\n其中小学学位800个"
    at = text.index("800")
    assert clause_start(text, at, CLAUSE_OR_LINE_END) == text.index("其中")
    assert clause_start(text, at) == 0  # the common pauses do not cut at a line end
