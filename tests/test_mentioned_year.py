"""Which documents mention a year's business (`哪些文件提到2028年要做的事`, `…2027年的工作安排`): the year is the thing
mentioned — each document whose clause names it, quoted; a document naming other years only is not listed.
Documents written here (invented places and wordings), real ingest."""
from __future__ import annotations

import pytest

from server.mentions import MENTIONED
from server.service import Service
from tests.written import service_over

PLAN = """雾岚县学前教育提升计划
雾岚县教育局
2026年1月5日
一、建设任务
到2028年，建成3所公办幼儿园，改扩建乡镇中心园5所。
"""

NOTICE = """蓼汀区关于推进课后服务的通知
蓼汀区教育局
2026年3月2日
全区初中先在4所学校试行课后延时服务，2028年秋季学期起在全区初中全面推行。
"""

REPORT = """沐溪县校舍安全工作情况汇报
沐溪县教育局
2026年4月1日
2026年完成全县校舍安全排查，2027年完成12栋校舍的抗震加固。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "mentioned-year", {"wulan-plan-2026": PLAN, "liaoting-notice-2026": NOTICE,
                                                             "muxi-report-2026": REPORT})


@pytest.mark.parametrize(("question", "year"), [
    ("哪些文件提到2028年要做的事？", "2028年"),
    ("有哪些材料说到2027年的工作安排", "2027年"),
    ("有哪些文件讲到课后延时服务？", "课后延时服务"),
])
def test_the_thing_mentioned(question: str, year: str) -> None:
    m = MENTIONED.search(question)
    assert m is not None and m.group(1) == year


@pytest.mark.parametrize(("question", "listed", "left"), [
    ("哪些文件提到2028年要做的事？", ["雾岚县", "蓼汀区"], "沐溪县"),
    ("有哪些材料说到2027年的工作安排", ["沐溪县"], "雾岚县"),
])
def test_the_documents_naming_the_year(service: Service, question: str, listed: list[str], left: str) -> None:
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert f"共{len(listed)}份" in r.answer, r.answer
    assert all(p in r.answer for p in listed) and left not in r.answer, r.answer
