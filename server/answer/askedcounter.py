"""A count asked in a counter a table never writes (开了多少节公开课) answered by a bare cell of a row that names
none of the question's words (教职工 88): the counter is the question's, pasted on another row's figure, which
counts something else. The row asked is not in the table."""
from __future__ import annotations

from ingest.normalize import normalize
from ingest.tables import row_label
from server.answer.draft import Claim, table_of
from server.answer.evidence import Reader
from server.intent import asked_counter
from server.query import Query


def other_row_counted(reader: Reader, query: Query, claim: Claim) -> str:
    """Why a table cell answers no count asked in a counter its table does not write, or ''."""
    chunk = claim.hit.chunk
    counter = asked_counter(query.norm)
    if chunk.row_index is None or counter is None:
        return ""
    doc = reader.documents[chunk.doc_id]
    table = table_of(doc, chunk)
    if table is None or chunk.row_index >= len(table.rows):
        return ""
    written = normalize(" ".join([table.caption, *table.columns, *table.units.values(),
                                  *(row_label(table, r) for r in table.rows)]), drop_space=True)
    if counter.group(1) in written:
        return ""  # the table counts in it: its own reading of rows and columns decides
    row = table.rows[chunk.row_index]
    label = normalize(row_label(table, row), drop_space=True)
    # (the thing asked may head a column or the table, of rows by year or by school: its cells count it; or a
    # cell of words in the row names it with its count, as a project's 建设内容 does)
    named = " ".join([normalize(" ".join([table.caption, *table.columns]), drop_space=True), label,
                      normalize(" ".join(c.text for c in row.cells), drop_space=True)])
    title = normalize(doc.meta.title, drop_space=True)
    own = [t for t in query.terms if t not in title]
    if not own or any(t in named or label in t for t in own):
        return ""
    return f"它是“{label}”一行的数，表中没有以“{counter.group(1)}”计的“{own[-1]}”"
