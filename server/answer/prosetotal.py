"""A table's total over every row that the document's prose states too, answered by that sentence.

Reports and notices open a section with its totals in a sentence (`全县…共建心理辅导室56间`, `全年共拨付…经费
2864.5万元`) and then list the rows in a table that sums to the same figure. Asked the total, the sentence
is the figure's own statement — in the counter it is written with, which a table's bare cells under a
header unit lack — and the rows are only the same figure again: it is the source cited, the table's
agreement named beside it.
"""
from __future__ import annotations

import re
from dataclasses import replace

from figures.compute import ComputeError, ratio, with_unit
from figures.numbers import canonical_unit
from figures.tablequery import TableResult, cells_of, is_total, key
from ingest.models import Table
from ingest.normalize import normalize
from server.answer.askedcolumn import header_unit
from server.answer.askedkind import ADD_UP
from server.answer.base import Ask
from server.answer.draft import Claim, Draft, table_name
from server.answer.operands import Stated, document_amounts, naming
from server.answer.text import computed_figure, display, flat, quantity_figure, region_of, shown
from server.intent import list_items

# how much of the summed column's name (without its unit note and 数) the sentence's words must hold in
# one run: two characters of a four-character name (`补助金额` named as 补助经费) — the value and the unit
# being equal already
NAME_SHARE_MIN = 0.5
# a question that names the table's rows (`表中…`, `各行…`) or asks them added: the addition is what it asks to see
_IN_TABLE = re.compile(r"表[中里内格]|各行")


def prose_total(ask: Ask, table: Table, result: TableResult) -> Draft | None:
    """The sentence outside the table stating the sum of a column over every row, as a Draft; None when
    the sum chose rows, adds several columns, or no sentence states it (once) of that column."""
    stated = _stated_sum(ask, table, result, "sum")
    if stated is None:
        return None
    column = result.cells[0].column
    doc = ask.reader.documents[table.doc_id]
    n = ask.book.cite(stated.hit, *stated.sentence)
    sentence = doc.text[stated.sentence[0]:stated.sentence[1]]
    said = shown(stated.quantity)
    answer = (f"{said}。依据{region_of(doc)}文件：“{display(sentence)}”[{n}]"
              f"（与《{table_name(doc, table)}》各行相加之和一致）")
    # what the figure is of: its own clause's words and the column it totals — not the sentence's other counts
    # (`学校48所，…在校生21570人，专任教师1630人` states each of its things' total, none a part of another)
    # (and, only when its words before it do not name it, its own clause, which names it when its noun follows it:
    # `共有37名队员入围`; a clause's further words would lead the check to read a part or another group in it)
    clause = "" if naming(stated, _column_name(ask, column)) >= NAME_SHARE_MIN \
        else normalize(_own_clause(ask, table.doc_id, stated), drop_space=True)
    return Draft(answer, False, ask.book.citations, [quantity_figure(sentence, stated.quantity, n)],
                 [Claim(stated.quantity.unit, f"{stated.words} {clause} {key(column)} 合计", stated.hit,
                        stated.sentence)])


def prose_mean(ask: Ask, table: Table, result: TableResult, lead: str) -> Draft | None:
    """A mean over a table's rows whose sum the prose states (`6个站点服务人次合计1240人次`): that total ÷ the rows,
    the sentence cited as the total's source — the figure the document states, divided once — and the rows
    named; None when no one sentence states the rows' sum. `lead`: the words introducing the table, which say
    what its rows are (as of a mean over the rows themselves)."""
    stated = _stated_sum(ask, table, result, "mean")
    computation = result.computation
    if stated is None or computation is None or "=" not in computation.formula:
        return None
    doc = ask.reader.documents[table.doc_id]
    n = ask.book.cite(stated.hit, *stated.sentence)
    sentence = doc.text[stated.sentence[0]:stated.sentence[1]]
    count = len(result.cells)
    formula = f"{shown(stated.quantity)} ÷ {count} ={computation.formula.split('=', 1)[1]}"
    unit = computation.unit or stated.quantity.unit  # bare cells: the mean in the counter the total is stated in
    if not computation.unit and unit:
        formula = with_unit(formula, unit)
    mean = replace(computation, unit=unit, formula=formula, inputs=[stated.operand(stated.words).to_input()])
    answer = (f"{formula}[{n}]。依据{region_of(doc)}文件：“{display(sentence)}”[{n}]"
              f"（为《{table_name(doc, table)}》{count}行之和）")
    about = " ".join([doc.meta.title, table_name(doc, table), lead, stated.words, key(result.cells[0].column), "平均"])
    return Draft(answer, False, ask.book.citations, [computed_figure(mean, n)],
                 [Claim(mean.unit, about, stated.hit, stated.sentence, True)])


def prose_ratio(ask: Ask, table: Table, result: TableResult) -> Draft | None:
    """Σ measured ÷ Σ per over every row (`平均一个书架放几本书`) whose two sums one prose sentence states
    (`借出图书N本，配备书架M个`): those two amounts divided, that sentence cited as their source and the rows
    named; None when no one sentence states both."""
    q = result.query
    computation = result.computation
    if q.aggregate != "ratio" or computation is None or len(result.cells) < 2:
        return None
    pers = [c for c in cells_of(table) if key(c.column) == q.per and c.row in result.rows]
    if len(pers) != len(result.cells):
        return None
    tops = _stated_sum(ask, table, replace(result, query=replace(q, aggregate="sum")), "sum")
    bottoms = _stated_sum(ask, table, replace(result, query=replace(q, aggregate="sum"), cells=pers), "sum")
    if tops is None or bottoms is None or tops.sentence != bottoms.sentence:
        return None
    try:
        computed = ratio(tops.operand(tops.words), bottoms.operand(bottoms.words), label=computation.label)
    except ComputeError:
        return None
    doc = ask.reader.documents[table.doc_id]
    n = ask.book.cite(tops.hit, *tops.sentence)
    sentence = doc.text[tops.sentence[0]:tops.sentence[1]]
    answer = (f"{computed.formula}[{n}]。依据{region_of(doc)}文件：“{display(sentence)}”[{n}]"
              f"（与《{table_name(doc, table)}》{len(result.cells)}行之和一致）")
    about = " ".join([doc.meta.title, table_name(doc, table), tops.words, computation.label])
    return Draft(answer, False, ask.book.citations, [computed_figure(computed, n)],
                 [Claim(computed.unit, about, tops.hit, tops.sentence, True)])


def _stated_sum(ask: Ask, table: Table, result: TableResult, aggregate: str) -> Stated | None:
    """The one prose amount outside the table equal to the sum of the result's cells of one column, in their
    unit and named by the column (None when the result is no plain `aggregate` over a column's rows, or no
    sentence or several state it)."""
    q = result.query
    if q.aggregate != aggregate or q.labels or q.where or q.exclude or q.one_of or q.groups or q.condition \
            or q.opens or q.without or q.within or result.others or not result.cells \
            or _IN_TABLE.search(asked := normalize(ask.query.text)) or ADD_UP.search(asked):
        return None
    column = result.cells[0].column
    if any(c.column != column or c.value is None for c in result.cells):
        return None
    added = sum(c.value for c in result.cells if c.value is not None)
    units = {c.unit for c in result.cells}
    # (a table's total column, `合计`, names nothing and notes no unit: its bare sum is of what the question asks,
    # its focus, in the unit it asks)
    total_asked = is_total(column) and not units - {""}
    # (a count whose noun follows it names the column only for a question asking that one total: one of several
    # things listed, `A、B和C`, is answered by the table's totals, which a one-thing sentence cannot stand for)
    alone = len(list_items(ask.query.norm)) == 1
    name = _column_name(ask, column)
    found = {(a.sentence, a.quantity.start): a for a in document_amounts(ask.reader, table.doc_id)
             if not table.start <= a.quantity.start < table.end
             and abs(a.quantity.value - added) <= 1e-6 * max(1.0, abs(added))
             and (_same_unit(a, units, column) or total_asked and a.quantity.unit in ask.query.units)
             and max(naming(a, name), _named_after(ask, table.doc_id, a, name) if alone else 0.0) >= NAME_SHARE_MIN}
    if len({a.sentence for a in found.values()}) != 1:
        return None  # none, or several sentences: which one speaks for the table is not for this to choose
    return next(iter(found.values()))


def _column_name(ask: Ask, column: str) -> str:
    """What a summed column counts, as a sentence names it: the question's focus for a bare total column."""
    return normalize(ask.query.focus, drop_space=True) if is_total(column) else key(column).removesuffix("数")


def _named_after(ask: Ask, doc_id: str, a: Stated, noun: str) -> float:
    """How fully the words after the amount in its clause name `noun` (`共有37名队员入围` names 入围人): a count
    written before its noun and verb, as naming() reads the words before it."""
    rest = _own_clause(ask, doc_id, a)[len(a.lead) + len(a.quantity.text):]
    return naming(replace(a, words=flat(normalize(rest))), noun)


def _own_clause(ask: Ask, doc_id: str, a: Stated) -> str:
    """The amount's clause as written: the words before it in its clause, it, and the words after it up to the
    clause's end."""
    text = ask.reader.documents[doc_id].text
    return a.lead + _CLAUSE_END.split(text[a.quantity.start:a.sentence[1]], maxsplit=1)[0]


_CLAUSE_END = re.compile(r"[，,；;。]")


def _same_unit(a: Stated, units: set[str], column: str) -> bool:
    """The sentence's amount is in the cells' unit, or — cells bare under a header's unit note (`运动场数（块）`)
    — in the counter the header writes."""
    if units - {""}:
        return units == {canonical_unit(a.quantity.unit)} or units == {a.quantity.unit}
    written = normalize(a.quantity.unit_as_written)
    # (a header counting people, `获奖人数`, gives its bare cells in 人: a sentence's 名 or 位 is that unit)
    counted = header_unit(column)
    return bool(written) and (written in normalize(column)
                              or bool(counted) and canonical_unit(counted) == canonical_unit(a.quantity.unit))
