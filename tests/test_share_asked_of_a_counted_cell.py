"""A share asked (几成, 比例) is never answered by a table cell counted in the counter its column's header
brackets (走访（户）), shown bare in the row: a count, not a share. A document written here, real ingest."""
import pytest

from server.service import Service
from tests.written import first_figure, service_over

VISITS = """桑垭县2026年秋季学期送教上门安排

各学段送教任务见下表。

表1　各学段送教任务

| 学段 | 在籍学生（人） | 入户送教（户） | 视频送教（户） |
| --- | --- | --- | --- |
| 小学 | 120 | 70 | 30 |
| 初中 | 80 | 40 | 25 |
| 合计 | 200 | 110 | 55 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "share-counted-cell", {"sangya-home-teaching-2026": VISITS})


def test_a_share_asked_is_not_a_cell_counted_in_its_headers_counter(service: Service) -> None:
    r = service.ask("桑垭送教里入户送教占几成")
    assert not any(f.value in (110, 70, 40) and f.unit in ("户", "") for f in r.figures), r.answer


def test_the_count_asked_is_still_the_cell(service: Service) -> None:
    assert first_figure(service.ask("桑垭初中入户送教多少户")) == (40, "户")
