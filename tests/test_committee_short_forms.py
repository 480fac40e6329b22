"""A committee asked by its short form (家委会 for 家长委员会, 膳委会 for 膳食委员会): the short form is one word
(ingest/userdict.txt), and the full name a table's caption writes carries it (server/lexicon/synonyms.tsv) — it
was cut into a stray 委会 that no evidence held, and the answer abstained. Documents written here."""
from __future__ import annotations

import pytest

from ingest.segment import words
from server.service import Service
from tests.written import service_over

TEXT = """竹溪县教育局关于中小学膳食委员会履职检查的通报
一、膳委会运行情况
全县中小学膳委会本学期共组织陪餐860次。分学段数据列于下表。

膳食委员会分学段履职统计

| 学段 | 学校数（所） | 委员（名） | 陪餐（次） |
| --- | --- | --- | --- |
| 小学 | 24 | 312 | 520 |
| 初中 | 10 | 140 | 340 |
| 合计 | 34 | 452 | 860 |

二、下一步工作
各校要完善膳委会章程。
"""


@pytest.mark.parametrize("short", ["家委会", "膳委会"])
def test_the_short_form_is_one_word(short: str) -> None:
    assert short in words(f"竹溪县{short}组织了几次活动")


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "committee-short", {"zhuxi-bulletin": TEXT})


def test_a_stage_row_answers_the_short_forms_question(service: Service) -> None:
    response = service.ask("竹溪县初中膳委会陪餐多少次")
    assert not response.abstained, response.answer
    assert 340 in {f.value for f in response.figures}, response.answer
