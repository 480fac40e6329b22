"""Questions across places answered for every place named, each with the figure the question asks of
it, on documents written here (a county's work summary as text, another's plan in Markdown with its
indicator table, a budget as a web page's table): a ranking or gap of places (`哪个高，高多少`) is
computed from each place's own figure, not a change inside one place's table row; a place asked only
for the level (`离B要求的水平还差多少`) is asked the other place's thing at its own year and kind, and the
gap is given without a note on targets; `相比如何` compares; a year named before the first place is
every place's; several things asked of each place are each answered per place, and a figure in another
counter (九个乡镇) never answers `多少辆`."""
from __future__ import annotations

import pytest

from server.answer.crossdoc import _counters_kept, place_asks, without_gap, without_ranking
from server.query import analyse
from server.schemas import Figure
from server.service import Service
from tests.written import service_over

SUMMARY = """沁水县2023年教育工作总结
一、学前教育
全县共有幼儿园58所，在园幼儿9420人，其中公办园在园幼儿占比61.2%。
二、“双减”工作
全县义务教育学校全部开展课后服务，秋季学期自愿参加课后服务的学生达3.1万人，参与率为92.8%，比上年提高4.5个百分点。
三、教师队伍
全年公开招聘教师186人，其中研究生学历21人。
四、下一步打算
继续深化“双减”工作。
"""

PLAN = """# 安化县学前教育发展规划（2021—2025年）

## 一、主要指标

| 指标 | 2020年基数 | 2025年目标 | 属性 |
| --- | --- | --- | --- |
| 学前三年毛入园率（%） | 86.5 | 92 | 约束性 |
| 公办园在园幼儿占比（%） | 46.2 | 55 | 约束性 |

## 二、主要任务

全县现有幼儿园134所，在园幼儿2.16万人。课后服务学生参与率保持在95%以上。2024年计划公开招聘教师260人。

## 三、保障措施

“十四五”期间县本级安排学前教育专项资金累计不少于6000万元。
"""

BUDGET = """<html><head><title>修水县教育体育局2024年部门预算</title></head><body>
<h1>修水县教育体育局2024年部门预算</h1>
<h2>三、支出预算情况</h2>
<p>2024年部门支出预算按功能分类如下表（单位：万元）。</p>
<table>
<tr><th>科目</th><th>预算数（万元）</th><th>占比</th></tr>
<tr><td>学前教育</td><td>6,120.40</td><td>8.27%</td></tr>
<tr><td>小学教育</td><td>24,860.75</td><td>33.60%</td></tr>
</table>
<h2>四、其他</h2><p>无。</p>
</body></html>
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "crossdoc-each-ask", {
        "qinshui-summary-2023": SUMMARY, "anhua-plan.md": PLAN.encode(), "xiushui-budget.html": BUDGET.encode()})


def test_a_gap_of_places_is_computed_from_each_places_figure(service: Service) -> None:
    response = service.ask("安化县2025年公办园在园幼儿占比的目标和沁水县的公办园在园幼儿占比哪个高，高多少？")
    assert not response.abstained, response.answer
    assert "46.2 =" not in response.answer  # not the plan row's target less its baseline
    assert "61.2" in response.answer and "55" in response.answer
    assert response.answer.splitlines()[-1] == "沁水县更高：61.2 − 55.0 = 6.2 个百分点", response.answer
    # the same thing asked of both, one stating a plan's baseline and target, the other a value achieved:
    # no change within the plan's row, no gap of unlike figures
    response = service.ask("沁水县和安化县，哪边公办园在园幼儿占比更高？高多少？")
    assert "46.2 =" not in response.answer and "口径不同" in response.answer, response.answer


@pytest.mark.parametrize("question", ["沁水县2023年的课后服务参与率离安化县要求的水平还差多少？",
                                      "沁水县2023年课后服务参与率距离安化县规定的标准差多少"])
def test_a_place_asked_for_the_level_of_the_others_thing(service: Service, question: str) -> None:
    asked = analyse(question, service.catalog)
    own = place_asks(without_gap(without_ranking(asked)))
    assert all("课后服务" in words for words in own.values()), own
    response = service.ask(question)
    assert not response.abstained, response.answer
    assert "92.8%" in response.answer and "95%" in response.answer
    assert response.answer.splitlines()[-1].endswith("95.0 − 92.8 = 2.2 个百分点"), response.answer
    assert "口径不同" not in response.answer  # the question itself sets the requirement against the value


def test_how_two_amounts_compare(service: Service) -> None:
    response = service.ask("修水县2024年的学前教育支出预算和安化县“十四五”县本级学前教育专项资金相比如何？")
    assert not response.abstained, response.answer
    assert "6,120.40万元" in response.answer and "6000万元" in response.answer
    assert response.answer.splitlines()[-1].endswith("6120.4 − 6000.0 = 120.4 万元"), response.answer


def test_a_year_before_the_first_place_is_every_places(service: Service) -> None:
    asked = analyse("2024年安化县计划招聘的教师和沁水县实际招聘的教师差多少人？", service.catalog)
    own = place_asks(without_gap(without_ranking(asked)))
    assert own and all(words.startswith("2024年") for words in own.values()), own
    # a year a place's own words name stays its own
    asked = analyse("安化县2024年计划招聘的教师和沁水县2023年实际招聘的教师差多少人？", service.catalog)
    own = place_asks(without_gap(without_ranking(asked)))
    assert sorted(w[:5] for w in own.values()) == ["2023年", "2024年"], own


@pytest.mark.parametrize("question", ["沁水县和安化县的幼儿园各有几所、在园幼儿各多少人？",
                                      "安化县、沁水县分别有多少所幼儿园，在园幼儿分别多少人"])
def test_several_things_asked_of_each_place(service: Service, question: str) -> None:
    response = service.ask(question)
    assert not response.abstained, response.answer
    lines = {line.split("：", 1)[0]: line for line in response.answer.splitlines()}
    assert "58所" in lines["沁水县"] and "9420人" in lines["沁水县"], response.answer
    assert "134所" in lines["安化县"] and "2.16万人" in lines["安化县"], response.answer


def test_a_figure_in_another_counter_does_not_answer_the_one_asked() -> None:
    nine = Figure(label="乡镇", value=9, unit="个")
    people = Figure(label="学生", value=2960, unit="人")
    assert not _counters_kept(["校车有多少辆", "接送多少学生"], [nine, people])
    assert _counters_kept(["校车有多少辆", "接送多少学生"], [Figure(label="校车", value=42, unit="辆"), people])
    assert _counters_kept(["在园幼儿多少人"], [Figure(label="在园幼儿", value=2.16, unit="万人")])
