"""A value answered from an indicator table and restated by the prose: when the answer is the one cell
the prose states of the same indicator (the current value, or the target year asked), the sentence is
its source and the row, which adds only the other years, is named, not cited (an answer giving several
cells cites both: tests/test_answer.py). A prose figure that differs from the cell is never cited as its
restatement. Documents written here."""
import pytest

from server.service import Service
from tests.written import service_over

PLAN = """青川县“十四五”学前教育发展规划
青川县教育局 2021年9月
一、发展现状
2020年，全县学前三年毛入园率为86.5%，普惠性幼儿园覆盖率为80.2%。全县九年义务教育巩固率为99%。
二、主要指标
指标 | 2020年 | 2025年目标 | 属性
学前三年毛入园率（%） | 86.5 | 92 | 预期性
普惠性幼儿园覆盖率（%） | 80.2 | 88 | 约束性
九年义务教育巩固率（%） | 99 | 99 | 约束性
三、发展目标
到2025年，全县学前三年毛入园率达到92%，普惠性幼儿园覆盖率力争达到90%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "restated", {"qingchuan-preschool-plan-2021": PLAN})


def test_a_target_cell_cites_the_sentence_restating_it(service):
    r = service.ask("青川县2025年学前三年毛入园率目标是多少？")
    assert not r.abstained and r.answer.startswith("92%"), r.answer
    assert [c.text for c in r.citations] == ["到2025年，全县学前三年毛入园率达到92%，普惠性幼儿园覆盖率力争达到90%。"]
    assert r.figures[0].citation_ids == [1] and "一行同" in r.answer


def test_the_current_cell_cites_the_sentence_restating_it(service):
    r = service.ask("青川县2020年学前三年毛入园率是多少？")
    assert not r.abstained and "86.5%" in r.answer, r.answer
    assert len(r.citations) == 1 and "为86.5%" in r.citations[0].text, r.answer



def test_a_prose_figure_that_differs_from_the_cell_is_not_its_restatement(service):
    r = service.ask("青川县2025年普惠性幼儿园覆盖率目标是多少？")
    assert not r.abstained and r.answer.startswith("88%"), r.answer
    assert "正文亦写" not in r.answer


def test_the_present_value_is_no_source_for_a_target_of_the_same_figure(service):
    # `全县九年义务教育巩固率为99%` under the review of 2020 states the 2025 target's figure by chance
    r = service.ask("青川县2025年九年义务教育巩固率目标是多少？")
    assert not r.abstained and r.answer.startswith("99%"), r.answer
    assert any("巩固率（%）" in c.text for c in r.citations), r.answer
