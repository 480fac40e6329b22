"""A question naming one unit (`第三小学`, `实验初中`) whose name only ends with a table row's label (a stage row
`小学`, the whole stage's figures) is not answered from that row: the row is not the unit's, and the sentence
stating the unit's own figure answers, judged against the document's bar when the question asks a verdict
(`合不合要求`, server/intent.py). Document written here, real ingest."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

FESTIVAL = """柳岸县2026年中小学艺术节合唱展演情况通报
柳岸县教育局
2026年11月12日
一、基本情况
本届艺术节合唱展演共有全县各学段学校参加，各组别情况如下：
组别：小学；参演合唱团：15个；参演学生：760人
组别：初中；参演合唱团：9个；参演学生：410人
组别：合计；参演合唱团：24个；参演学生：1170人
二、存在问题
县第三小学合唱团本次只有二十二名学生参演，人数偏少。
三、有关要求
各校合唱团参演学生不少于三十人。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "named-school-stage-row", {"liuan-chorus": FESTIVAL})


def test_a_named_school_is_not_its_stages_row(service: Service) -> None:
    r = service.ask("柳岸县第三小学合唱团人数合不合要求")
    assert "760" not in r.answer and "“小学”" not in r.answer, r.answer
    assert not r.abstained and ("22" in r.answer or "二十二" in r.answer), r.answer
    # (`合不合要求` asks a verdict: the school's figure against the document's bar)
    assert r.answer.startswith("未达标") and "三十人" in r.answer, r.answer


def test_a_named_schools_count(service: Service) -> None:
    r = service.ask("柳岸县第三小学合唱团有多少名学生参演")
    assert "760" not in r.answer, r.answer
    assert not r.abstained and ("22" in r.answer or "二十二" in r.answer), r.answer


def test_the_stages_row_still_answers_the_stage(service: Service) -> None:
    r = service.ask("柳岸县小学组别参演学生有多少人")
    assert not r.abstained and "760人" in r.answer, r.answer
