"""A cell the question names by its row label and its column header answered from that cell with its row
cited (server/answer/namedcell.py), on a statistics bulletin written here (a web page's table) beside a
plan of another place; never a cell of another place's table, nor one cell for a total or a ranking."""
from __future__ import annotations

import pytest

from ingest.models import Table
from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.answer.namedcell import _named_cells, named_row
from server.service import Service
from tests.written import service_over

ROWS = [["学段", "学校数（所）", "在校生（人）", "招生（人）", "专任教师（人）"],
        ["幼儿园", "52", "13870", "4420", "902"],
        ["小学", "41", "35210", "5630", "2064"],
        ["初中", "17", "16395", "5388", "1347"],
        ["普通高中", "4", "10120", "3402", "815"]]
BODY = "".join("<tr>" + "".join(f"<{'th' if i == 0 else 'td'}>{c}</{'th' if i == 0 else 'td'}>" for c in r) + "</tr>"
               for i, r in enumerate(ROWS))
BULLETIN = (f"<html><head><title>槐岭区2025年教育事业统计公报</title></head><body>"
            f"<h1>槐岭区2025年教育事业统计公报</h1><h2>一、基本情况</h2>"
            f"<p>2025年，全区共有各级各类学校114所，在校生75595人，专任教师5128人。</p>"
            f"<table><caption>表1 槐岭区2025年各级各类教育基本情况</caption>{BODY}</table>"
            f"<h2>二、学前教育</h2><p>全区学前三年毛入园率达到93.5%，普惠性幼儿园覆盖率为89.2%。</p>"
            f"<h2>三、义务教育</h2><p>九年义务教育巩固率为97.6%。小学专任教师中本科及以上学历的1650人。</p>"
            f"</body></html>")
PLAN = ("蓼川县2026年教育工作要点\n一、总体目标\n全县九年义务教育巩固率保持在97%以上。\n"
        "二、重点任务\n新建初中1所，新增学位900个。加强教师队伍建设，补充初中教师60名。\n")


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "namedcell",
                        {"huailing-bulletin.html": BULLETIN.encode("utf-8"), "liaochuan-plan": PLAN})


@pytest.mark.parametrize("question,figure", [
    # the best passage is the prose's count of a part of those teachers (本科及以上学历的1650人): not the cell
    ("槐岭区小学专任教师有多少人？", "2064"),
    ("槐岭区初中的专任教师有多少人？", "1347"),
    ("槐岭区普通高中在校生是多少？", "10120"),
    ("槐岭区2025年小学招生人数是多少", "5630"),
])
def test_the_cell_at_the_row_and_column_named(service: Service, question: str, figure: str) -> None:
    response = service.ask(question)
    assert not response.abstained and response.answer.startswith(figure), response.answer
    text = service.index.documents["huailing-bulletin"].text
    assert any(figure in text[c.start:c.end] for c in response.citations), response.citations


def test_no_cell_of_another_places_table(service: Service) -> None:
    response = service.ask("蓼川县普通高中在校生有多少人？")
    assert "10120" not in response.answer, response.answer


def _table() -> Table:
    text = "\n".join("| " + " | ".join(r) + " |" for r in [ROWS[0], ["---"] * 5, *ROWS[1:]])
    return find_tables("t", text, parse_sections(text, []))[0]


def test_the_row_and_columns_a_question_names() -> None:
    table = _table()
    row = named_row(table, "槐岭区普通高中在校生是多少?")
    assert row is not None and row.cells[0].text == "普通高中"
    assert [c.text for c in _named_cells(table, row, "槐岭区普通高中在校生是多少?")] == ["10120"]
    assert len(_named_cells(table, row, "普通高中在校生和专任教师各多少")) == 2  # two cells: not this handler's
    assert named_row(table, "全区学校一共多少所") is None
