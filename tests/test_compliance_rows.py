"""A standard asked of one school a table's row states (`东城小学运动场馆够标准吗`): the row the question
names, the column its words name, judged against the national 优质均衡 standard for the row's stage —
even when a plan sentence about that school ranks first; a column the question does not single out is
never judged. Written documents only."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

REPORT = """某市教育督导室关于某县义务教育优质均衡发展督导评估的反馈意见
一、总体情况
某县抽查了4所小学，资源配置情况见表1。
表1 抽查小学资源配置主要指标情况
| 学校 | 在校生数（人） | 生均教学及辅助用房面积（㎡） | 生均体育运动场馆面积（㎡） | 生均教学仪器设备值（元） |
| 某县城南小学 | 2600 | 4.2 | 6.1 | 2400 |
| 河口镇小学 | 380 | 6.8 | 12.4 | 1650 |
| 青山乡小学 | 210 | 7.3 | 9.0 | 2100 |
| 4校合计 | 3190 | 4.7 | 7.0 | 2320 |
二、整改意见
1. 新建城南小学风雨操场，2027年前使该校生均体育运动场馆面积达到标准，并消除大班额。
2. 为河口镇小学补充教学仪器设备，确保生均教学仪器设备值达到2000元以上。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "compliance-rows", {"feedback": REPORT})


@pytest.mark.parametrize(("question", "verdict", "value"), [
    ("城南小学运动场地够优质均衡标准吗", "未达标", "6.1"),  # the plan sentence about it holds no value
    ("城南小学的运动场馆面积达到国家标准了吗？", "未达标", "6.1"),
    ("河口镇小学仪器设备值达标了吗", "未达标", "1650"),
    ("河口镇小学运动场馆面积够不够标准", "达标", "12.4"),
    ("青山乡小学生均教学及辅助用房面积达到标准没有", "达标", "7.3"),
])
def test_the_named_rows_named_column_is_judged(service, question, verdict, value):
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert r.answer.startswith(verdict), r.answer
    assert value in r.answer
    assert r.citations and value in r.citations[0].text


def test_a_row_asked_of_no_one_column_is_not_judged_by_a_guess(service):
    r = service.ask("青山乡小学的办学条件达到优质均衡标准了吗")
    assert not r.answer.startswith(("达标", "未达标")), r.answer
