"""A share asked against the bar its document sets on it (`够不够比例`, `够10%的要求吗`), the part a table's cell and
the whole a figure the document states: plans and budgets set the bar in prose (`X不少于经费总额的N%`,
`X占Y的比重须在N%以上`) and tabulate the amounts apart. The part is the cell, in the column the rule's part noun
ends with, of the row the question names (`课时` of 戏曲课时, in the grade's row), else of the row the part noun
names itself (a budget line, its one figure); the whole is the total row's cell of that column when the rule
names a total (总额, 合计), else the one figure of the part's unit the rule's own sentence states before it of
the whole it names (`音乐课按72节计` of 音乐课时). The share is computed, judged against the bar, the row and
the rule cited. No rule, row or whole told apart leaves the question to the other handlers."""
from __future__ import annotations

import re

from figures.compute import ComputeError, Operand, share
from figures.numbers import find_quantities, parse_number
from figures.tablequery import is_total, key, unit_note
from ingest.models import Cell, Row, Table
from ingest.normalize import normalize
from ingest.tables import row_label
from server.answer.base import Ask
from server.answer.capshare import OWNER
from server.answer.draft import Claim, Draft
from server.answer.proseclauses import prose_clauses
from server.answer.tables import named_row
from server.answer.text import computed_figure, display, region_of
from server.calc import overlap, reached
from server.retrieve import Hit

CANDIDATE_PASSAGES = 8  # leading passages whose sentences may set the bar
MIN_SHARED = 2  # characters the words before the whole's figure must share with the whole the rule names
_PAUSE = re.compile(r"[，,；;。]")
_BOUND = r"(?P<bound>不得低于|不低于|不少于|不得少于|不得超过|不超过|不高于|不得高于)"
_NOUN = r"[\u4e00-\u9fff]{2,24}?"
# `X占Y的比重不少于N%` and `X不少于Y的N%`: the part, the whole, the bound and the bar
_RULES = (re.compile(rf"(?P<part>{_NOUN})占(?P<whole>{_NOUN})的?(?:比例|比重)?{_BOUND}(?P<pct>\d+(?:\.\d+)?)%"),
          re.compile(rf"(?P<part>{_NOUN}){_BOUND}(?P<whole>{_NOUN})的(?P<pct>\d+(?:\.\d+)?)%"))
_CEILING = re.compile(r"超过|高于")
_TOTAL = re.compile(r"总|合计|全部")
# the words around a use of money a rule names: `(依规)用于…的部分`, `…的开支`
_USE = re.compile(r"^.*?用于|的(?:部分|资金|经费|金额|开支|支出)$")


class BarShare:
    """Handler: the share a document's bar is set on, from a table's cell and its whole, judged (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if not query.asked.compliance:
            return None
        asked_pct = [q.value for q in find_quantities(query.norm) if q.unit == "%"]
        q = normalize(query.norm, drop_space=True)
        for hit, sentence, (a, b) in prose_clauses(ask, CANDIDATE_PASSAGES, _PAUSE):
            doc = ask.reader.documents[hit.chunk.doc_id]
            clause = normalize(doc.text[a:b], drop_space=True)
            for rule in (m for r in _RULES for m in r.finditer(clause)):
                bar = float(rule.group("pct"))
                if asked_pct and asked_pct != [bar]:
                    continue
                part_noun = OWNER.sub("", rule.group("part"))
                for table in doc.tables:
                    part = _part(table, part_noun, q)
                    whole = _whole(ask, hit, sentence, a, table, part, rule.group("whole")) if part else None
                    if part is not None and whole is not None:
                        return _judged(ask, (hit, sentence), table, part, (whole, rule.group("whole")), bar,
                                       bool(_CEILING.search(rule.group("bound"))))
        return None


def _part(table: Table, noun: str, question: str) -> tuple[Row, Cell] | None:
    """The row and the cell of the part: the one row whose label the part noun opens with (`差旅` of 差旅经费), its
    one figure; else the row the question names, in the column the part noun ends with."""
    rows = [r for r in table.rows if len(label := key(row_label(table, r))) >= 2 and noun.startswith(label)
            and not is_total(label)]
    if len(rows) == 1:
        cells = _figures(rows[0])
        return (rows[0], cells[0]) if len(cells) == 1 else None
    row = named_row(table, question)
    cells = [c for c in _figures(row) if len(k := key(c.column)) >= 2 and noun.endswith(k)] if row else []
    if row is not None and len(cells) == 1:
        return row, cells[0]
    # a use of money the rule names (`用于X研修的部分`) and the question too by its last word (`用于研修`): the one
    # budget line ending with that word (`骨干研修`), its one figure
    tail = _USE.sub("", noun)[-MIN_SHARED:]
    rows = [r for r in table.rows if len(tail) == MIN_SHARED and tail in question
            and key(row_label(table, r)).endswith(tail) and not is_total(key(row_label(table, r)))]
    cells = _figures(rows[0]) if len(rows) == 1 else []
    return (rows[0], cells[0]) if len(cells) == 1 else None


def _figures(row: Row) -> list[Cell]:
    return [c for c in row.cells if parse_number(c.text) is not None]


def _whole(ask: Ask, hit: Hit, sentence: tuple[int, int], clause_start: int, table: Table,
           part: tuple[Row, Cell], noun: str) -> tuple[Row, Cell] | tuple[Hit, int, int] | None:
    """The whole: the total row's cell in the part's column when the rule names a total; else the one figure in
    the part's unit that the rule's sentence states before the rule, of the whole the rule names (its span)."""
    if _TOTAL.search(noun):
        totals = [(r, c) for r in table.rows if is_total(key(row_label(table, r)))
                  for c in _figures(r) if c.column == part[1].column]
        return totals[0] if len(totals) == 1 else None
    text = ask.reader.documents[hit.chunk.doc_id].text
    unit = part[1].unit or unit_note(part[1].column)
    before = text[sentence[0]:clause_start]
    found = [f for f in find_quantities(before) if f.unit == unit and unit and f.is_measure
             and overlap(normalize(before[:f.start], drop_space=True), noun) >= MIN_SHARED]
    if len(found) != 1:
        return None
    return hit, sentence[0] + found[0].start, sentence[0] + found[0].end


def _operand(label: str, cell: Cell) -> Operand | None:
    n = parse_number(cell.text)
    return None if n is None else Operand(label=label, value=n.value, unit="", decimals=n.decimals,
                                          source={"kind": "cell", "start": cell.start, "end": cell.end,
                                                  "text": cell.text})


def _judged(ask: Ask, rule: tuple[Hit, tuple[int, int]], table: Table, part: tuple[Row, Cell],
            named_whole: tuple[tuple[Row, Cell] | tuple[Hit, int, int], str], bar: float,
            ceiling: bool) -> Draft | None:
    """The part's share of the whole against the bar: the verdict in the question's words, the formula with the
    rows and the rule cited."""
    hit, sentence = rule
    whole, noun = named_whole
    doc = ask.reader.documents[hit.chunk.doc_id]
    row, cell = part
    label = normalize(row_label(table, row))
    part_op = _operand(f"{label}{normalize(cell.column)}", cell)
    rows = [row]
    if isinstance(whole[0], Row):
        total_row, total_cell = whole
        rows.append(total_row)
        whole_op = _operand(f"{normalize(row_label(table, total_row))}{normalize(total_cell.column)}", total_cell)
    else:
        _, start, end = whole
        q = find_quantities(doc.text[start:end])[0]
        whole_op = Operand(label=noun, value=q.value, unit="", decimals=q.decimals,
                           source={"kind": "passage", "start": start, "end": end, "text": doc.text[start:end]})
    if part_op is None or whole_op is None:
        return None
    try:
        computed = share(part_op, whole_op, label=f"{part_op.label}占{whole_op.label}的比例")
    except ComputeError:
        return None
    shown = round(computed.value, 2)  # judged as shown
    passed = shown <= bar if ceiling else shown >= bar
    computed.flag = "pass" if passed else "fail"
    chunks = [ask.reader.row_chunk(table, r.index) for r in rows]
    if any(c is None for c in chunks):
        return None
    marks = "".join(f"[{ask.book.cite(Hit(-1, c, 0.0), r.start, r.end)}]" for c, r in zip(chunks, rows) if c)
    n = ask.book.cite(hit, *sentence)
    relation = ("≤" if passed else ">") if ceiling else ("≥" if passed else "<")
    word = ("达标" if passed else "未达标") + reached(passed, ask.query.norm)
    answer = (f"{word}：{computed.label}：{computed.formula}{marks}[{n}]，{shown:g}% {relation} {bar:g}%。"
              f"依据{region_of(doc)}文件：“{display(doc.text[sentence[0]:sentence[1]])}”[{n}]")
    return Draft(answer, False, ask.book.citations, [computed_figure(computed, n)],
                 [Claim("%", computed.label, hit, sentence, True)])
