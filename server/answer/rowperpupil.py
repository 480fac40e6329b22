"""A per-pupil resource standard (the 生均 indicators of figures.standards: teaching rooms' area, sports grounds' area,
equipment's value) asked of a school whose table row gives the resource's total and the school's pupils but no
生均 column (a statistics table's `学校 | 学段 | 在校学生（人） | 教辅用房面积（㎡）`): the row's total ÷ its pupils,
judged against the national 优质均衡 standard of the row's stage. The indicator is the one whose name the question
writes whole or by a short form (生均教辅用房面积 for the official name: 简称 leave a word out); the quotient is
judged and shown as the standard writes its bar (one decimal of ㎡, whole 元), in the unit symbol the table heads
the total with. The row is cited, the formula and the rule shown."""
from __future__ import annotations

from figures.compute import Operand, decimals_of, symbol_shown
from figures.standards import RESOURCE_NAMES, RESOURCE_THRESHOLDS, RESOURCE_UNITS, StandardError, check
from ingest.models import Row, Table
from server.answer.base import Ask
from server.answer.draft import Claim, Draft
from server.answer.rowclasssize import row_stage
from server.answer.rowquotient import per_head
from server.answer.tables import abbreviation
from server.answer.text import computed_figure, flat, region_of
from server.calc import verdict_text
from server.retrieve import Hit

PER_PUPIL = "生均"


def asked_resource(q: str) -> tuple[str, str] | None:
    """(the standard's key, the question's words after 生均) of the one per-pupil resource indicator the question
    names, whole or by a short form; None."""
    found = [(key, written.removeprefix(PER_PUPIL)) for key, name in RESOURCE_NAMES.items()
             if name.startswith(PER_PUPIL) and (written := name if name in q else abbreviation(name, q))]
    return found[0] if len(found) == 1 else None


def row_per_pupil(ask: Ask, hit: Hit, table: Table, row: Row, label: str) -> Draft | None:
    """The per-pupil resource asked of the school row `row` (named `label`) as its total ÷ its pupils, judged
    (module doc); None when the question sets its own bar or names no such indicator, or the row lacks its stage,
    one total in the standard's unit or one count of pupils."""
    query = ask.query
    asked = None if query.asked.threshold else asked_resource(flat(query.norm))
    stage = row_stage(row, label)
    if asked is None or stage not in RESOURCE_THRESHOLDS[asked[0]]:
        return None
    key, noun = asked
    found = per_head(table, row, PER_PUPIL, noun)
    unit = f"{RESOURCE_UNITS.get(key, '')}/人"
    if found is None or found[0].unit != unit:
        return None  # (a total in 万元 is shown per pupil in its scale: no like-for-like with the standard)
    per, amount = found
    decimals = decimals_of(RESOURCE_THRESHOLDS[key][stage])
    shown = round(per.value, decimals)  # judged as shown, in the standard's precision
    try:
        outcome = check(key, shown, stage, operand=Operand(label=per.label, value=shown, unit=unit.split("/")[0],
                                                            decimals=decimals))
    except StandardError:
        return None
    gap = outcome.gap
    gap.flag = outcome.verdict
    n = ask.book.cite(hit, row.start, row.end)
    doc = ask.reader.documents[hit.chunk.doc_id]
    written = symbol_shown(amount, unit).split("/")[0]
    answer = (f"{verdict_text(gap, query.norm)}：{label}{PER_PUPIL}{noun} {shown:.{decimals}f}{written}"
              f"（{per.formula}）[{n}]；{outcome.summary()}。"
              f"依据{region_of(doc)}文件“{label}”：{'，'.join(f'{c.column}：{c.text}' for c in row.cells)}[{n}]")
    return Draft(answer, False, ask.book.citations, [computed_figure(per, n), computed_figure(gap, n)],
                 [Claim(unit, per.label, hit, (row.start, row.end), True)])
