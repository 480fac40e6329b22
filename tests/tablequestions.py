"""A question put to one table written in a test: the table query it parses to, run; the labels of the
rows a result cites."""
from __future__ import annotations

from figures.tablequery import TableResult, key, run
from ingest.models import Table
from ingest.normalize import normalize
from server.answer.tables import parse


def ask(table: Table, question: str) -> TableResult:
    query = parse(table, normalize(question, drop_space=True))
    assert query is not None, question
    return run(table, query)


def labels(result: TableResult) -> list[str]:
    return [key(c.label) for c in result.cells]
