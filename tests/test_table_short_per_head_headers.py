"""A per-student indicator asked by its full name (生均的仪器设备) against a school table whose header shortens
it (`生均仪器(元)`): the cell under that header answers (server/answer/verify.py checks the cell's own header,
not every header of its row); a per-student indicator the table does not hold is still refused."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

# a self-evaluation in Markdown with a school × indicator table of short headers
EVALUATION = """# 栎岭县办学条件自查报告（2025年）

## 一、自查结果

表1 学校办学条件

| 学校 | 学段 | 生均用房(平方米) | 生均图书(册) | 生均仪器(元) |
| --- | --- | --- | --- | --- |
| 栎岭县东坪小学 | 小学 | 5.4 | 31 | 2470 |
| 栎岭县西坳中学 | 初中 | 6.8 | 42 | 3315 |

## 二、下一步

继续改善薄弱学校办学条件。
"""

# a supervision page as HTML with other short headers
SUPERVISION = ("<html><head><title>棠溆县学校场地督查情况</title></head><body><h1>棠溆县学校场地督查情况</h1>"
               "<h2>一、督查结果</h2><table><caption>表2 各校场地情况</caption>"
               "<tr><th>学校</th><th>生均运动场(平方米)</th><th>生均绿地(平方米)</th></tr>"
               "<tr><td>棠溆县北门小学</td><td>8.6</td><td>3.1</td></tr>"
               "<tr><td>棠溆县河湾小学</td><td>6.2</td><td>2.4</td></tr></table>"
               "<h2>二、经费情况</h2><h3>（一）生均公用经费支出</h3><table>"
               "<tr><th>学段</th><th>2024年（元/生/年）</th><th>2025年（元/生/年）</th></tr>"
               "<tr><td>小学</td><td>760</td><td>790</td></tr><tr><td>初中</td><td>980</td><td>1010</td></tr>"
               "</table></body></html>")


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "shortperhead", {
        "liling-evaluation.md": EVALUATION.encode("utf-8"), "tangxu-supervision.html": SUPERVISION.encode("utf-8")})


@pytest.mark.parametrize("question,figure", [
    ("栎岭县东坪小学生均图书资料有多少册", "31"),
    ("棠溆县河湾小学生均室外运动场面积是多少", "6.2"),
    ("栎岭县西坳中学的生均仪器设备多少元", "3315"),
])
def test_the_cell_under_a_short_header(service: Service, question: str, figure: str) -> None:
    response = service.ask(question)
    assert not response.abstained and response.answer.startswith(figure), response.answer


@pytest.mark.parametrize("question,not_said", [
    ("栎岭县西坳中学生均公用经费多少元", "3315"),
    # year columns under a heading naming another per-student indicator: the heading says which it is
    ("棠溆县2025年初中的生均拨款有几元", "1010"),
])
def test_an_indicator_the_table_lacks_is_refused(service: Service, question: str, not_said: str) -> None:
    response = service.ask(question)
    assert not_said not in response.answer.split("。")[0], response.answer
