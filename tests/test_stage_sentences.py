"""A passage stating one figure per school stage in consecutive sentences (the class of
self-evaluation reports and plans: `小学…为0.41。…初中…为0.29。`): a lookup for one stage quotes and
answers from the sentence naming that stage, not the passage's first. Real ingest, real model,
real Chroma, Service.ask."""

import pytest

from server.service import Service
from tests.written import service_over

REPORT = """清河县义务教育优质均衡发展督导评估自评报告
2025年5月
一、校际均衡状况
经测算，全县小学校际综合差异系数为0.436，八项指标差异系数均小于0.50。全县初中校际综合差异系数为0.317，八项指标差异系数均小于0.45。
二、资源配置
全县共有义务教育学校27所，其中小学19所、初中8所。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "stages", {"qinghe-evaluation-2025": REPORT})


@pytest.mark.parametrize("stage, value, other", [("初中", 0.317, "0.436"), ("小学", 0.436, "0.317")])
def test_a_stage_is_answered_from_the_sentence_naming_it(service, stage, value, other):
    r = service.ask(f"清河县{stage}校际综合差异系数是多少？")
    assert not r.abstained and r.figures[0].value == value, r.answer
    cited = [c.text for c in r.citations]
    assert any(f"{stage}校际综合差异系数为{value}" in t for t in cited), cited
    assert other not in r.answer, r.answer
