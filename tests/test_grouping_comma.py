"""A thousands separator is not a clause break: NFKC folds `，` into `,`, the character that also
groups digits (`40,125人`), and every splitter of clauses must keep such a number whole."""
from __future__ import annotations

import re

import pytest

from ingest.normalize import normalize, not_pauses, pauses
from server.answer.text import clause_spans
from tests.written import first_figure, service_over

NEWS = """全市推进课后服务工作
本报讯 2024年秋季学期，全市义务教育阶段在校生52,318人，參加課後服務的學生49,706人，參與率95.0%，
比上學期提高1.6個百分點。全市共有义务教育学校61所，1,204名教师参与课后服务。
"""


def test_a_grouped_number_stays_in_its_clause():
    text = normalize("在校生40,125人，参加课后服务的学生38,640人，参与率96.3%，增长5%，125所学校")
    assert [text[a:b] for a, b in clause_spans(text)] == [
        "在校生40,125人", "参加课后服务的学生38,640人", "参与率96.3%", "增长5%", "125所学校"]


def test_pause_patterns_split_only_at_clause_commas():
    assert re.split(pauses("，；"), "共1,204名教师,其中男教师318人；女教师886人") == [
        "共1,204名教师", "其中男教师318人", "女教师886人"]
    assert re.findall(not_pauses("，。") + "+", "投入3,200万元,建成12所。") == ["投入3,200万元", "建成12所"]


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory, "grouping", {"after-school-news": NEWS})


@pytest.mark.parametrize(("question", "value"), [
    ("全市义务教育阶段在校生有多少人？", 52318.0),
    ("参加课后服务的学生有多少人？", 49706.0),
])
def test_a_grouped_figure_is_answered_whole(service, question, value):
    assert first_figure(service.ask(question))[0] == value
