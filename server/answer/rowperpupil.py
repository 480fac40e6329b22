"""A per-pupil resource standard (the 生均 indicators of figures.standards: teaching rooms' area, sports grounds' area,
equipment's value) asked of a school whose table row gives the resource's total and the school's pupils but no
生均 column (a statistics table's `学校 | 学段 | 在校学生（人） | 教辅用房面积（㎡）`): the row's total ÷ its pupils,
judged against the national 优质均衡 standard of the row's stage. The indicator is the one whose name the question
writes whole or by a short form (生均教辅用房面积 for the official name: 简称 leave a word out); the quotient is
judged and shown as the standard writes its bar (one decimal of ㎡, whole 元), in the unit symbol the table heads
the total with. The row is cited, the formula and the rule shown."""
from __future__ import annotations

import re

from figures.compute import Operand, decimals_of, symbol_shown
from figures.numbers import find_quantities
from figures.standards import RESOURCE_NAMES, RESOURCE_THRESHOLDS, RESOURCE_UNITS, StandardError, check
from ingest.clauses import clause_start
from ingest.models import Document, Row, Table
from ingest.normalize import normalize
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import Claim, Draft
from server.answer.rowclasssize import row_stage
from server.answer.rowquotient import per_head
from server.answer.sections import chunk_hit
from server.answer.tables import abbreviation
from server.answer.text import computed_figure, display, flat, region_of
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
    doc = ask.reader.documents[hit.chunk.doc_id]
    found = per_head(table, row, PER_PUPIL, noun)
    stated = None
    if found is None and (stated := _stated_total(doc, label, key)) is not None:
        found = per_head(table, row, PER_PUPIL, noun, stated=stated[1])
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
    written = symbol_shown(amount, unit).split("/")[0]
    said = ""
    if stated is not None:  # the total's own sentence cited beside the row
        sentence = stated[0]
        m = ask.book.cite(chunk_hit(ask.reader, doc, sentence[0]), *sentence)
        said = f"；“{display(doc.text[sentence[0]:sentence[1]])}”[{m}]"
    answer = (f"{verdict_text(gap, query.norm)}：{label}{PER_PUPIL}{noun} {shown:.{decimals}f}{written}"
              f"（{per.formula}）[{n}]；{outcome.summary()}。"
              f"依据{region_of(doc)}文件“{label}”：{'，'.join(f'{c.column}：{c.text}' for c in row.cells)}[{n}]"
              f"{said}")
    return Draft(answer, False, ask.book.citations, [computed_figure(per, n), computed_figure(gap, n)],
                 [Claim(unit, per.label, hit, (row.start, row.end), True)])


# the measure word closing a resource's name (值 of a value, 面积 of an area): a total is written with its own
# (`…总值`, `…总面积`), so the words before it name the resource
_MEASURE_WORD = re.compile(r"(?:总)?(?:值|面积)$")


def _stated_total(doc: Document, label: str, key: str) -> tuple[tuple[int, int], Operand] | None:
    """The resource's total a prose sentence states for the school `label` when its table row gives only the
    pupils (`…，某校的仪器设备资产合计N万元，…`): the one amount in the standard's unit whose clause names the
    school and, before the amount, the resource; with its sentence."""
    resource = _MEASURE_WORD.sub("", RESOURCE_NAMES[key].removeprefix(PER_PUPIL))
    found = []
    for start, end in split_sentences(doc.text, 0, len(doc.text)):
        sentence = doc.text[start:end]
        for q in find_quantities(sentence):
            clause = flat(normalize(sentence[clause_start(sentence, q.start):q.start]))
            if q.unit == RESOURCE_UNITS[key] and not q.qualifier and label in clause \
                    and _holds_resource(clause[clause.index(label):], resource):
                found.append(((start, end), Operand(label=f"{label}{resource}", value=q.value, unit=q.unit,
                                                    unit_as_written=q.unit_as_written, decimals=q.decimals,
                                                    source={"kind": "passage", "start": start + q.start,
                                                            "end": start + q.end, "text": q.text})))
    return found[0] if len(found) == 1 else None


def _holds_resource(words: str, resource: str) -> bool:
    """Whether `words` name the resource, whole or without the kind leading it (运动场馆 of 体育运动场馆)."""
    return resource in words or len(resource) > 4 and resource[2:] in words
