"""A table's scope: what its introduction says of every row (`城区各校的招生班数详见附表`), so a
word of the question naming that scope (城区 of `城区公办小学里哪所…`) does not also choose rows by a cell that
happens to hold it (`城区（多校划片）` of the 初中 rows): with the question's other filters it would leave none."""
from __future__ import annotations

import re
from dataclasses import replace

from figures.tablequery import TableQuery, TableQueryError, TableResult, UnlikeUnits, run
from ingest.models import Table
from ingest.normalize import normalize

MAX_NAME_CHARS = 6  # of the line naming a table published without a caption (`附表`, `附表2`, `附件1`)
# a sentence pointing to a table by its name: `…见附表`, `如附表2所示`, `详见附件1`
_POINTING = r"(?:见|如|详见|参见|列入|列于){}(?![\d一二三四五六七八九十])"


def introduction(table: Table, lead: str, text: str) -> str:
    """What the document says of the table as a whole: its caption, the paragraph just above it (`lead`),
    and, when that paragraph is only the table's name (`附表`), the sentences pointing to it by that name."""
    said = [table.caption, lead]
    name = normalize(table.caption or lead, drop_space=True)
    if name and len(name) <= MAX_NAME_CHARS:
        pointing = re.compile(_POINTING.format(re.escape(name)))
        sentences = re.split(r"[\n。；;]", text[:table.start])
        said += [s for s in sentences if pointing.search(normalize(s, drop_space=True))]
    return normalize(" ".join(said), drop_space=True)


def run_in_scope(table: Table, query: TableQuery, lead: str, text: str) -> TableResult:
    """The query run; when its cell filters together choose no row, run again without those whose word
    the table's introduction gives all its rows (`lead`: the paragraph just above the table)."""
    scoped = _without_scope(table, query, lead, text)
    if scoped is None:
        return run(table, query)
    try:
        result = run(table, query)
        if result.cells:
            return result
    except UnlikeUnits:
        raise
    except TableQueryError:
        pass
    return run(table, scoped)


def _without_scope(table: Table, query: TableQuery, lead: str, text: str) -> TableQuery | None:
    """The query without the cell filters naming the table's scope, if it has such and others."""
    if len(query.where) < 2:
        return None
    scope = introduction(table, lead, text)
    kept = {c: v for c, v in query.where.items() if v not in scope}
    return replace(query, where=kept) if kept and kept != query.where else None
