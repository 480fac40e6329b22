"""Documents written for tests, shared by the test files that ask different things of them: each a function
whose arguments are the lines a file varies (a title, a sentence before the table), the table itself written
once."""
from __future__ import annotations

# a county's enrolment plan, one row per school with its stage and pupils per class
_ENROLMENT_TABLE = """| 学校 | 学段 | 招生人数 | 班数 | 每班人数 |
| --- | --- | --- | --- | --- |
| 岑湾县育才小学 | 小学 | 270 | 6 | 45 |
| 岑湾县东关初级中学 | 初中 | 520 | 10 | 52 |
| 岑湾县西岭初级中学 | 初中 | 480 | 10 | 48 |
| 合计 | — | 1270 | 26 | — |
"""

# a purchase's award, an OCR-spaced table (no column bars) whose total row leaves its word column empty
_AWARD_TABLE = """成交情况如下：
标段 货物名称 数量（套） 成交金额（万元）
一标段 课桌椅 900 54.0
二标段 实验台 120 36.5
合计 1020 90.5
余款退回财政。
"""


def enrolment_plan(lead: str = "") -> str:
    """岑湾县's enrolment plan of three schools; `lead`, a line before the table (with its line break)."""
    return f"岑湾县2026年城区中小学招生安排\n一、计划安排\n{lead}{_ENROLMENT_TABLE}二、报名方式\n网上报名。\n"


def award(opening: str) -> str:
    """A desk purchase's award notice: `opening`, its title and any lines before the table (with line breaks)."""
    return opening + _AWARD_TABLE
