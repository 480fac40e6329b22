"""A class's 班额 asked of a table row that is one class, in documents written here (real ingest, Service.ask):
the row's total pupils (合计 of 男生 | 女生 | 合计) against the national 班额 bar of the school's stage, the stage from
the question or the table's caption; another column of the row (pupils doing something) never judged —
server/answer/classrow.py."""
import pytest

from server.service import Service
from tests.written import service_over

NOTICE = """沅汀县课间操抽查结果
一、抽查情况
县教育局于5月抽查了柳岸小学的部分班级。
表1 柳岸小学受检班级（单位：人）
| 班次 | 男生 | 女生 | 合计 | 做操达标 |
| --- | --- | --- | --- | --- |
| 二年级3班 | 24 | 23 | 47 | 40 |
| 五年级1班 | 21 | 22 | 43 | 41 |
二、整改要求
各校要严格控制班额。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "class-rows", {"yuanting-exercise-check-2026": NOTICE})


def test_a_class_over_its_stage_bar_is_over(service: Service) -> None:
    answer = service.ask("沅汀县柳岸小学二年级3班的班额超没超")
    assert not answer.abstained, answer.answer
    assert "超了" in answer.answer and "47人" in answer.answer and "45人" in answer.answer, answer.answer
    assert "没超" not in answer.answer, answer.answer


def test_a_class_within_its_stage_bar_is_not_over(service: Service) -> None:
    answer = service.ask("沅汀县柳岸小学五年级1班的班额超标了吗")
    assert not answer.abstained, answer.answer
    assert "没超" in answer.answer and "43人" in answer.answer, answer.answer
    assert "41人" not in answer.answer.split("依据")[0], answer.answer  # (做操达标 is no class size)
