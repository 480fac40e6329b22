"""People per unit of a table row asked against the cap its document sets per unit (`每队的人数超过上限了吗` of a
`分组 | 队数 | 队员（人）` table under `X组每队上场队员不得多于N人`): the row's people ÷ its units, the mean per
unit, judged against the cap, the row and the rule cited.

The unit is the one-character noun after 每 in the question (队, 班, 组); its column and the people's are found
as for a mean asked outright (rowmean.py); the rule is a sentence of the same document capping people per that
unit, naming the row asked or no other row of the table (a cap set for another group is not this one's). A mean
within the cap is said to be a mean."""
from __future__ import annotations

import re

from figures.compute import ComputeError, ratio
from figures.tablequery import key
from ingest.models import Row, Table
from ingest.normalize import normalize
from ingest.structure import split_sentences
from ingest.tables import row_label
from server.answer.base import Ask
from server.answer.draft import Claim, Draft
from server.answer.eachunit import unit_column
from server.answer.rowclasssize import count_operand
from server.answer.rowmean import people_asked
from server.answer.rowrest import asked_row
from server.answer.text import computed_figure, display, flat, region_of
from server.calc import reached
from server.retrieve import Hit

CANDIDATE_DOCUMENTS = 2  # leading documents whose tables and rules are read
# people per one unit asked against a cap: `每班人数超过上限了吗`, `每组人数超没超`
_ASKS = re.compile(r"每(?P<unit>[\u4e00-\u9fff])(?:的)?人数.{0,4}?(?:超过|超没超|超不超|超标)")
# the cap a document sets per unit: `每队上场队员不得多于N人`, `每班学生最多N名`
_CAP = r"每{unit}[\u4e00-\u9fff]{{0,6}}?(?:不超过|不得超过|不多于|不得多于|最多)(?P<n>\d+)(?:人|名)"


class RowMeanBar:
    """Handler: the row's people ÷ its units judged against the document's cap per unit (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        q = flat(normalize(ask.query.norm, drop_space=True))
        m = _ASKS.search(q)
        if m is None:
            return None
        cap = re.compile(_CAP.format(unit=re.escape(m.group("unit"))))
        for doc_id in ask.ranked_docs()[:CANDIDATE_DOCUMENTS]:
            doc = ask.reader.documents[doc_id]
            # the document's sentences read once, for every table of it
            sentences = [(start, end, flat(normalize(doc.text[start:end], drop_space=True)))
                         for start, end in split_sentences(doc.text, 0, len(doc.text))]
            for table in doc.tables:
                units = unit_column(table, m.group("unit"))
                people = people_asked(table, units, q) if units else ""
                row = asked_row(table, q) if people else None
                chunk = ask.reader.row_chunk(table, row.index) if row is not None else None
                if row is None or chunk is None:
                    continue
                label = key(row_label(table, row))
                others = [k for r in table.rows if (k := key(row_label(table, r))) != label and len(k) >= 2]
                for start, end, sentence in sentences:
                    for rule in cap.finditer(sentence):
                        clause = re.split(r"[，,；;。]", sentence[:rule.start()])[-1]
                        if label in clause or not any(o in clause for o in others):
                            return _judged(ask, Hit(-1, chunk, 0.0), table, row, (people, units),
                                           (start, end), float(rule.group("n")), m.group("unit"))
        return None


def _judged(ask: Ask, hit: Hit, table: Table, row: Row, columns: tuple[str, str], span: tuple[int, int], cap: float,
            unit: str) -> Draft | None:
    cells = {c.column: c for c in row.cells}
    people, units = (count_operand(cells[c], key(c), u) if c in cells else None
                     for c, u in zip(columns, ("人", "")))
    label = key(row_label(table, row))
    if people is None or units is None:
        return None
    try:
        mean = ratio(people, units, label=f"{label}平均每{unit}人数", decimals=1)
    except ComputeError:
        return None
    kept = round(mean.value, 1) <= cap
    doc = ask.reader.documents[table.doc_id]
    r = ask.book.cite(hit, row.start, row.end)
    passage = next((c for c in ask.reader.chunks_of[table.doc_id]
                    if c.row_index is None and c.start <= span[0] < c.end), None)
    if passage is None:
        return None
    s = ask.book.cite(Hit(-1, passage, 0.0), *span)
    rule = display(doc.text[span[0]:span[1]])
    word = ("达标" if kept else "未达标") + reached(kept, ask.query.norm)
    answer = (f"{word}：{label}平均每{unit} {mean.formula}[{r}] {'≤' if kept else '>'} {cap:g}人"
              f"（文件的要求：“{rule}”[{s}]）。依据{region_of(doc)}文件“{label}”："
              f"{key(columns[1])}{cells[columns[1]].text}，{key(columns[0])}{cells[columns[0]].text}[{r}]")
    context = f"{label}{key(columns[0])} {doc.text[span[0]:span[1]]}"
    return Draft(answer, False, ask.book.citations, [computed_figure(mean, r)],
                 [Claim("人", context, hit, (row.start, row.end), True)])
