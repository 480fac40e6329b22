"""Figures paired with their labels (server/answer/several.py, text.pair_label): within a sentence each
figure belongs to the words right before it, so a question asking several things gets each thing's
own figure — the whole before its 其中 parts, each item of a 、 list its own, a stage asked by one ask
not lent to another, a list of actions stated as one figure answered whole — and a 非X figure never
answers X. On a county report written here; real ingest, real model, real Chroma, Service.ask."""

import re

import pytest

from figures.numbers import find_quantities
from server.answer.text import pair_label
from server.service import Service
from tests.written import service_over

REPORT = """清河县2024年教育工作总结
一、基本情况
截至2024年底，全县共有幼儿园96所，其中公办幼儿园52所、普惠性民办幼儿园30所、非普惠性民办幼儿园14所。
全县在校学生（含在园幼儿）8.44万人，其中在园幼儿1.95万人、义务教育阶段在校生5.27万人、普通高中在校生1.22万人。
全县共有义务教育学校63所，其中小学45所、初中18所。
“十四五”以来，全县累计投入教育经费41.6亿元，新建、改扩建中小学和幼儿园29所，新增学位1.7万个。
二、保障措施
稳定耕地保有量，确保粮食播种面积286万亩以上。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "several-labels", {"qinghe-summary-2024": REPORT})


def direct(answer: str) -> str:
    """The answer's own statement, before the sources it quotes."""
    return answer.split("依据")[0]


def labelled(answer: str) -> dict[str, str]:
    """`幼儿园：96所；其中公办幼儿园：52所` → {label: figure}."""
    return dict(part.split("：", 1) for part in direct(answer).strip("。").split("；") if "：" in part)


def test_a_figure_is_labelled_by_the_words_right_before_it() -> None:
    sentence = "全县共有幼儿园96所，其中公办幼儿园52所、普惠性民办幼儿园30所、非普惠性民办幼儿园14所。"
    labels = [pair_label(sentence, (0, len(sentence)), q) for q in find_quantities(sentence) if q.is_measure]
    assert labels == ["全县共有幼儿园", "公办幼儿园", "普惠性民办幼儿园", "非普惠性民办幼儿园"]
    counted = "办好民生实事，60项民生实事项目全部完成。"  # no words before the figure: those after it
    q = next(q for q in find_quantities(counted) if q.is_measure)
    assert pair_label(counted, (0, len(counted)), q) == "民生实事项目全部完成"


def test_the_whole_and_its_part_each_take_their_own_figure(service: Service) -> None:
    response = service.ask("清河县共有多少所幼儿园？其中公办幼儿园多少所？")
    assert not response.abstained, response.answer
    assert list(labelled(response.answer).values()) == ["96所", "52所"], response.answer


def test_each_item_of_a_list_takes_the_figure_after_its_own_label(service: Service) -> None:
    # 义务教育 named by the second ask is not the first's stage: 在园幼儿 keeps its own figure
    response = service.ask("清河县在园幼儿和义务教育阶段在校生分别有多少？")
    figures = labelled(response.answer)
    assert figures.get("在园幼儿") == "1.95万人", response.answer
    assert "5.27万人" in direct(response.answer) and "8.44" not in direct(response.answer), response.answer


def test_every_part_of_a_whole_and_its_parts_is_answered(service: Service) -> None:
    response = service.ask("清河县义务教育学校共有多少所？其中小学、初中各多少所？")
    assert list(labelled(response.answer).values()) == ["63所", "45所", "18所"], response.answer
    assert "未找到" not in response.answer


def test_a_list_of_actions_stated_as_one_figure_is_answered_whole(service: Service) -> None:
    response = service.ask("清河县“十四五”以来累计投入了多少教育经费？新建、改扩建了多少所学校？")
    said = direct(response.answer)
    assert "41.6亿元" in said and "29所" in said and "未找到" not in said, response.answer


def test_a_negated_label_does_not_answer_what_it_negates(service: Service) -> None:
    response = service.ask("清河县有多少所普惠性民办幼儿园？")
    assert re.match(r"30所", direct(response.answer)), response.answer


def test_an_area_stated_in_mu_answers_a_question_about_area(service: Service) -> None:
    response = service.ask("清河县粮食播种面积要确保在多少以上？")
    assert not response.abstained, response.answer
    assert "286万亩" in direct(response.answer)


def test_names_given_as_examples_of_one_group_are_one_ask() -> None:
    from server.intent import asks, wanted_units

    # `甲、乙、丙等4所学校`: the named schools are one group, and its count is no 所 asked for
    assert asks("东湖、西岭、南山等4所学校预计新增多少学位，什么时候投入使用？") == [
        "东湖、西岭、南山等4所学校预计新增多少学位", "什么时候投入使用"]
    assert wanted_units("东湖、西岭、南山等4所学校预计新增多少学位") == ()
    # 等 inside a word (中等职业学校) is no such group
    assert asks("普通高中在校生和中等职业学校在校生各有多少？") == ["普通高中在校生有多少", "中等职业学校在校生有多少"]
