"""A time a document counts with 个 (`4个月内`) or in lessons (`每周4节`) answers a question asking how long."""
from __future__ import annotations

from server.answer.verify import _unit_conflict
from server.query import analyse
from server.regions import RegionCatalog


def test_time_counted_with_ge_or_in_lessons_answers_how_long():
    catalog = RegionCatalog({})
    how_long = analyse("校舍隐患排查后多长时间内要完成加固？", catalog)
    assert not _unit_conflict(how_long, "个", context="应在4个月内完成加固")
    assert not _unit_conflict(how_long, "个", context="7个工作日内报县教育局")
    assert not _unit_conflict(how_long, "", context="每周4节劳动课")
    assert not _unit_conflict(how_long, "课时")
    assert _unit_conflict(how_long, "个", context="共排查校舍15个")  # a count in 个 is no time
