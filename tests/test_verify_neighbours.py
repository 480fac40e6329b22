"""The verification step on figures of neighbouring sentences and on spoken counters
(server/answer/verify.py, server/intent.py): people asked for with 个 (`多少个孩子`) are answered by a
count in 名/人; a figure whose sentence lacks the thing asked, which the next sentence of its paragraph
names beside a figure of the same unit, is refused, never given as the answer. On a provincial report
written here; real ingest, real model, real Chroma, Service.ask."""

import pytest

from server.intent import wanted_units
from server.service import Service
from tests.written import service_over

REPORT = """2026年安平省政府工作报告
二、2026年重点工作
办好民生实事。为超15000名视力、听力、肢体等残疾儿童免费提供康复训练、辅助器具适配等康复救助服务，组织康复专业技术人员培训超800人次。为超6000名孤独症儿童免费提供个体康复、社会融入等针对性服务，举办孤独症诊疗技术培训班超8期。
稳定粮食生产，确保粮食播种面积3200万亩以上。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "verify-neighbours", {"anping-report-2026": REPORT})


def test_people_counted_with_ge_are_asked_in_persons() -> None:
    assert "人" in wanted_units("准备给多少个残疾孩子免费做康复")
    assert "人" in wanted_units("有多少个学生参加")
    assert wanted_units("新建多少个托育中心") == ("个",)  # things stay counted in 个


def test_a_count_of_people_answers_a_question_asking_with_ge(service: Service) -> None:
    response = service.ask("安平省今年准备给多少个视力、听力残疾的孩子免费做康复？")
    assert not response.abstained, response.answer
    assert response.answer.startswith("15000名"), response.answer


def test_the_neighbour_sentence_figure_is_not_given_for_what_it_does_not_name(service: Service) -> None:
    # whichever sentence the evidence picks, 15000 (残疾儿童) never answers a question about 孤独症
    response = service.ask("安平省今年为多少个孤独症儿童免费提供个体康复服务？")
    assert "15000" not in response.answer.split("依据")[0].split("最接近")[0], response.answer
