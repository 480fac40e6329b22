"""The counter a table row of people gives its bare whole numbers: a row counting a group of people (`在校学生`,
`专任教师`: server/lexicon/people_groups.tsv) or the pupils of one change of 学籍 (`休学`, `转入`:
server/lexicon/status_changes.tsv), or a total row adding up such rows only, counts them in 人 when its column and
its cell give no unit — so a cell shown, or a change between two of its year columns, is said in 人 (17人, 6人),
never as a bare number."""
from __future__ import annotations

from figures.numbers import parse_number
from figures.tablequery import is_total, key, unit_note
from ingest.models import Cell, Row, Table
from ingest.normalize import normalize
from ingest.tables import BRACKETED_NOTE, row_label
from server.lexicon import people_groups, status_changes


def people_row(table: Table, row: Row) -> bool:
    """Whether the row's label ends with a word naming people (the head of a noun is its end: `在校学生`,
    not `学生资助金额`) or is one change of 学籍 (`休学`); a label with a note of its own (`骨干教师（人/百名学生）`)
    gives its figures that note's unit, no count of people."""
    written = normalize(row_label(table, row))
    if BRACKETED_NOTE.search(written):
        return False
    label = key(written)
    if is_total(label):  # a total row (合计) counts what the rows it adds up count: people when each of them does
        parts = [r for r in table.rows if not is_total(row_label(table, r))]
        return len(parts) >= 2 and all(people_row(table, r) for r in parts)
    words = {w for names in people_groups().values() for w in names}
    return bool(label) and (label in status_changes() or any(label.endswith(w) for w in words))


def row_people_unit(table: Table, row: Row, cell: Cell) -> str:
    """人 for a bare whole number of a people row whose column notes no unit; '' otherwise."""
    q = parse_number(cell.text)
    if q is None or q.unit or normalize(cell.unit) or unit_note(cell.column) or "." in cell.text \
            or not people_row(table, row):
        return ""
    return "人"
