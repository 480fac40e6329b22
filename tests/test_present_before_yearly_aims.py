"""The present asked (`现在有几名`, `目前有多少`) of a plan that lists its yearly aims under an aims heading with
no word of aim in the items (`2027年：专职…达到80名`): the sentence of its 现状 section stating what there is
answers, before the yearly items, which the checks refuse as plans. A question asking a year's aim still
reads that item. Documents written here: a Markdown plan with a list, a text plan with numbered items."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

MARKDOWN = """# 荇川县中小学校医配齐三年工作方案（2026—2028年）

## 一、现状

荇川县现有中小学65所。截至2025年底，已配专职校医38名，配备率58.5%。

## 二、年度目标

- 2026年：专职校医达到47名；卫生室达标率80%。
- 2027年：专职校医达到56名；卫生室达标率90%。
- 2028年：专职校医达到65名，实现每校1名。

## 三、主要措施

公开招聘校医。
"""

TEXT = """菰城区中小学图书馆建设行动计划
一、基本情况
截至2025年底，全区中小学共有专职图书管理员24人，图书馆达标学校31所。
二、年度目标
1. 2026年：专职图书管理员增加到30人，达标学校达到36所。
2. 2027年：专职图书管理员增加到38人，达标学校达到42所。
三、保障措施
每年由区财政列支专项资金。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "present-before-aims", {"xingchuan-doctors.md": MARKDOWN.encode("utf-8"),
                                                                  "gucheng-library": TEXT})


@pytest.mark.parametrize("question,figure", [
    ("荇川县目前专职校医有几名？", "38"),
    ("菰城区目前有多少名专职图书管理员", "24"),
])
def test_the_present_is_read_from_the_state_not_a_yearly_aim(service: Service, question: str, figure: str) -> None:
    response = service.ask(question)
    assert not response.abstained and response.answer.startswith(figure), response.answer


@pytest.mark.parametrize("question,figure", [
    ("荇川县2027年专职校医要达到多少名", "56"),
    ("菰城区2026年专职图书管理员要增加到多少人", "30"),
])
def test_a_years_aim_asked_still_reads_its_item(service: Service, question: str, figure: str) -> None:
    response = service.ask(question)
    assert not response.abstained and figure in response.answer.split("。")[0], response.answer
