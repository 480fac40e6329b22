"""Days between two rows of a timetable (`A比B早几天返校`): calendar days between the two day cells of the column
the question names, in the year the notice dates them (a winter notice issued in December sets February's days in
the next year, whose February may have 29 days). The document is written here (invented place and wording); the
real pipeline answers."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

NOTICE = """芷溪县文教科关于寒假离校和返校时间的通知
芷溪县文教科
各中小学：
现将寒假离校和返校时间通知如下，各校不得擅自调整。
| 年级 | 离校时间 | 返校时间 |
| --- | --- | --- |
| 七年级 | 1月22日 | 3月1日 |
| 九年级 | 1月29日 | 2月27日 |
芷溪县文教科
2027年12月28日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "days-apart", {"zhixi-winter-break-2028": NOTICE})


def test_days_between_two_rows_count_the_calendar_of_their_year(service):
    answer = service.ask("芷溪县九年级比七年级早几天返校")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("九年级比七年级早3天"), answer.answer  # 2028: February has 29 days
    assert "2月27日" in answer.answer and "3月1日" in answer.answer, answer.answer


def test_the_relation_is_stated_as_the_days_have_it(service):
    answer = service.ask("芷溪县七年级比九年级早几天返校")
    assert answer.answer.startswith("七年级比九年级晚3天"), answer.answer


def test_the_column_asked_is_the_one_counted(service):
    answer = service.ask("芷溪县七年级比九年级早几天离校")
    assert answer.answer.startswith("七年级比九年级早7天"), answer.answer
