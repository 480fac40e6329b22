"""A table cell of a row whose label the asked row's label extends (`…中学` for `…中学高中部`) is another row's
figure. A document written here (invented county and schools), real ingest."""
from __future__ import annotations

import pytest

from server.answer.draft import Claim
from server.answer.verify import _other_row
from server.retrieve import Hit
from server.service import Service
from tests.written import service_over

STAFF = """澄岭县2025年中学教职工统计

表1 各校专任教师数
| 学校 | 专任教师（人） |
| --- | --- |
| 澄岭县东坪中学 | 186 |
| 澄岭县东坪中学高中部 | 74 |
| 澄岭县西渡中学 | 95 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "row-prefix", {"staff": STAFF})


def _row_claim(service: Service, figure: str) -> Claim:
    chunk = next(c for c in service.index.chunks if c.row_index is not None and figure in c.text)
    return Claim("人", chunk.text, Hit(0, chunk, 1.0), (chunk.start, chunk.end))


def test_row_whose_label_the_asked_row_extends_is_another_row(service):
    reader = service.composer.reader
    asked = service.analyse("澄岭县东坪中学高中部有多少专任教师？")
    assert _other_row(reader, asked, _row_claim(service, "186"))
    assert not _other_row(reader, asked, _row_claim(service, "74"))
    assert not _other_row(reader, service.analyse("澄岭县东坪中学有多少专任教师？"), _row_claim(service, "186"))
