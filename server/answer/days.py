"""The one reader of a day as notices and timetables write it (`2026年5月6日`, `5月6号`; the year optional) and of
the calendar date it names: the period and deadline checks (server/answer/dayagainstperiod.py) and the days between
two rows of a timetable (server/answer/daysapart.py) read days so."""
from __future__ import annotations

import re
from datetime import date

DAY_TEXT = r"(?:(?:19|20)\d\d\s*年)?\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]"
DAY = re.compile(r"(?:(?P<y>(?:19|20)\d\d)\s*年)?\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]")
# the last day of a range, its month left out when it is the first day's (`5月2日至6日`); spaces taken out first
RANGE_END = re.compile(r"(?:(?P<y>(?:19|20)\d\d)年)?(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})[日号]")


def calendar_day(year: int, month: int, day: int) -> date | None:
    """The date, or None when the calendar has no such day (2月30日, 2月29日 of a common year)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def day_of(m: re.Match[str], year: int | None) -> date | None:
    """The date a DAY match names: in its own year, else in `year`; None with neither or no such day."""
    own = int(m.group("y")) if m.group("y") else year
    return calendar_day(own, int(m.group("m")), int(m.group("d"))) if own else None
