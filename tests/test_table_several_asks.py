"""A question asking several figures (`一共多少人，专职兼职各多少`) of a thing a report states in its prose
(`配备…169人，其中专职23人、兼职146人`) and splits in a table by stage: the whole-table sum answers only
the table's columns, so it does not take the question over — each ask gets the prose's figure. A sum
asked of the table itself (`表中…加起来`) is still the table's. Documents written here: a text report
with `|` rows, a Markdown one."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

TEXT = """平江县中小学心理健康教育工作情况报告
一、工作现状
全县配备心理健康教师169人，其中专职23人、兼职146人。各学段配备情况见下表。

学段 | 专职（人） | 兼职（人）
小学 | 8 | 92
初中 | 9 | 41
普通高中 | 4 | 9
中职学校 | 2 | 4

二、存在问题
专职教师偏少。
"""

MARKDOWN = """# 桃源县学校卫生工作情况

## 一、校医配备

全县中小学配备校医52名，其中专职校医30名、兼职校医22名。各类学校情况如下表。

| 学校类型 | 专职校医（名） | 兼职校医（名） |
| --- | --- | --- |
| 小学 | 12 | 10 |
| 初中 | 10 | 8 |
| 高中 | 8 | 4 |

## 二、下一步

补齐专职校医。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "table-several", {"pingjiang-report": TEXT,
                                                            "taoyuan-health.md": MARKDOWN.encode()})


@pytest.mark.parametrize("question, stated", [
    ("平江县心理健康教师一共多少人，专职兼职各多少？", 169),
    ("平江县专职和兼职心理健康教师分别有多少人？总共多少人？", 169),
    ("桃源县校医总共有多少名，其中专职、兼职各多少名？", 30),
])
def test_several_figures_asked_are_not_taken_over_by_a_table_sum(service: Service, question: str,
                                                                   stated: int) -> None:
    response = service.ask(question)
    assert not response.abstained, response.answer
    assert stated in {f.value for f in response.figures}, response.answer
    # no column sums of the table's rows in place of the figures the prose states
    assert "8 + 9" not in response.answer and "12 + 10" not in response.answer, response.answer


def test_a_sum_asked_of_the_table_is_still_the_tables(service: Service) -> None:
    response = service.ask("平江县表中各学段专职心理健康教师加起来一共多少人？")
    assert not response.abstained, response.answer
    assert "8 + 9 + 4 + 2 = 23" in response.answer, response.answer
