"""A student–teacher ratio (生师比: students ÷ full-time teachers, ../shared/domain/standards.md) the
document does not state, from its counts of the stage's students and full-time teachers stated
apart. Self-evaluation reports and statistics bulletins state a stage's counts as items of a
`其中` list under the level's total (`在校生30754人，其中小学在校生21436人…；专任教师2778人，其中
小学1732人…`): each count is looked up by the stage and its noun, an item named by its own words
with its head's (server/answer/operands.py). Two counts fitting a noun equally with different values
make it abstain.
"""
from __future__ import annotations

import re

from figures.compute import ComputeError, Operand, ratio
from figures.indicators import match_form, match_stage
from figures.numbers import parse_number
from figures.tablequery import CHANGE_HEADER, is_total, key
from ingest.models import Row, Table
from ingest.normalize import normalize
from ingest.tables import row_label
from server.answer.base import Ask
from server.answer.draft import Claim, Draft, table_name
from server.answer.lookup import row_unit
from server.answer.namedcell import named_row
from server.answer.operands import Stated, document_amounts, draft_apart, naming_listed, several_values
from server.answer.perone import states_per_one
from server.answer.text import computed_figure, flat, region_of
from server.lexicon import qualifiers, ratio_wordings
from server.retrieve import Hit

CANDIDATE_PASSAGES = 8  # leading passages whose documents the counts are looked up in
STUDENTS = ("在校生", "在校学生", "学生")  # how documents name the students counted for the ratio
TEACHERS = ("专任教师",)  # the ratio counts full-time teachers only
# the ratio's names (server/lexicon/ratio_wordings.tsv: 生师比, and 师生比 written for it), and the ratio a document
# states by one of them (`生师比为13.5:1`, `生师比 15.2`, `师生比1:13.5`)
_NAMES = "|".join(ratio_wordings()["name"])
_STATED = re.compile(rf"(?:{_NAMES})[^，,；;。\d]{{0,6}}\d")
STAGE_BEFORE = 8  # characters before a stated ratio that may name its stage (`普通高中生师比`)
FULLY = 0.99  # an input's words (with its list's head) must name the whole noun


class StudentTeacherRatio:
    """Handler: 生师比 asked and not stated, computed from the stage's two counts."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if query.asked.per != "生师比" or query.operation != "ratio":
            return None
        stage = match_stage(re.sub(_NAMES, "", normalize(query.norm)))
        group = _teacher_group(flat(query.norm))
        for doc_id in ask.ranked_docs(CANDIDATE_PASSAGES):
            if group:
                found = _group_ratio(ask, doc_id, group)
                if found is not None:
                    return found
                continue
            if _states_ratio(normalize(reader.documents[doc_id].text), stage):
                return None  # the document states the ratio: a lookup answers with it
            # a unit a table row names (a school, a town) asked: its own row's counts, never the area's totals
            named = _named_row(reader.documents[doc_id].tables, flat(query.norm))
            if named is not None:
                return _ratio_of_cells(ask, doc_id, key(row_label(named[0][0], named[0][1])), named)
            amounts = [a for a in document_amounts(reader, doc_id)
                       if a.quantity.unit == "人" and reader.year_ok(query, a.hit)]
            students = _counted(amounts, [stage + n for n in STUDENTS])
            teachers = _counted(amounts, [stage + n for n in TEACHERS])
            if not students or not teachers:
                from_table = _table_ratio(ask, doc_id, stage)
                if from_table is not None:
                    return from_table
                continue
            several = several_values(reader, [students, teachers],
                                     "文件中计算生师比所需的人数不止一个，无法确定按哪一项计算。")
            if several is not None:
                return several
            s, t = students[0], teachers[0]
            try:
                result = ratio(s.operand(f"{stage}在校生"), t.operand(f"{stage}专任教师"),
                               label=f"{stage}生师比（在校生 ÷ 专任教师）", decimals=2)
            except ComputeError:
                return None
            result.formula = f"{result.formula}（{per_one(result.value)}）"
            return draft_apart(reader, ask.book, result, [s, t])
        return None


# the teachers asked by a kind of their own (`一名心理老师带多少学生`): the words between the one and its
# counter and the teacher word; not a stage (初中老师) nor a sector (乡村教师), which name whose pupils too
_GROUP = re.compile(rf"(?:{'|'.join(ratio_wordings()['one'])})(?:{'|'.join(ratio_wordings()['counter'])})?"
                    rf"(?P<group>[\u4e00-\u9fff]{{2,6}}?)(?P<teacher>{'|'.join(ratio_wordings()['teacher'])})")


def _teacher_group(q: str) -> str:
    """The kind of teacher a pupils-per-teacher question asks by its own words (`心理`, `体育`), else ''."""
    m = _GROUP.search(q)
    if m is None or any(t in m.group("group") + m.group("teacher") for t in TEACHERS):
        return ""
    group = m.group("group")
    sectors = [w for s, words in qualifiers().get("sector", {}).items() for w in (s, *words)]
    return "" if match_stage(group) or any(w in group for w in sectors) else group


def _in_order(part: str, words: str) -> bool:
    """Every character of `part` in `words`, in its order (`体育` in 体育专职教师)."""
    rest = iter(words)
    return all(ch in rest for ch in part)


def _group_ratio(ask: Ask, doc_id: str, group: str) -> Draft | None:
    """The pupils per one teacher of the kind asked: the document's one count of pupils ÷ its one count of
    teachers whose words hold the kind's and a teacher word (`体育专职教师12名`), each stated apart."""
    reader = ask.reader
    # (a count per school, `每校配备1名`, is a rule per one, not the teachers counted)
    amounts = [a for a in document_amounts(reader, doc_id) if a.quantity.unit == "人"
               and reader.year_ok(ask.query, a.hit) and not states_per_one(a.words)]
    teachers = [a for a in amounts if _in_order(group, a.words)
                and any(t in a.words for t in ratio_wordings()["teacher"])]
    students = _counted([a for a in amounts if a not in teachers], list(STUDENTS))
    if not teachers or not students:
        return None
    several = several_values(reader, [students, teachers], "文件中计算所需的人数不止一个，无法确定按哪一项计算。")
    if several is not None:
        return several
    s, t = students[0], teachers[0]
    try:
        result = ratio(s.operand("在校生"), t.operand(f"{group}教师"),
                       label=f"平均每名{group}教师对应学生数（在校生 ÷ {group}教师）", decimals=2)
    except ComputeError:
        return None
    result.unit = "人"
    result.formula = f"{result.formula}（每名{group}教师约{round(result.value)}人）"
    return draft_apart(reader, ask.book, result, [s, t])


def per_one(value: float) -> str:
    """The ratio as pupils per one teacher, also to the one decimal statistics bulletins state it in (`16.4:1`)."""
    two, one = f"{value:.2f}", f"{value:.1f}"
    return f"即{two}:1" if two == f"{one}0" else f"即{two}:1，约{one}:1"


def _states_ratio(text: str, stage: str) -> bool:
    """Whether the text states a 生师比 of the stage (of any, when none is asked): a bulletin states
    some stages' ratios (`小学生师比为16.7:1`) and leaves others to its tables."""
    return any(not stage or match_stage(text[max(0, m.start() - STAGE_BEFORE):m.start() + 3]) == stage
               for m in _STATED.finditer(text))


def _counted(amounts: list[Stated], nouns: list[str]) -> list[Stated]:
    """The amounts named fully by the first noun any amount is; of those, the ones whose words add
    least to it (`小学在校生21436人`, not `规模最大的小学在校生1856人`)."""
    for noun in nouns:
        fits = [a for a in amounts if naming_listed(a, noun) >= FULLY]
        if fits:
            least = min(len(a.words) for a in fits)
            return [a for a in fits if len(a.words) == least]
    return []



def _table_ratio(ask: Ask, doc_id: str, stage: str) -> Draft | None:
    """生师比 from a document's tables: a statistics bulletin's rows counting the stage's students and full-time
    teachers (`中职在校生（人） | 9862 | 10431` in the students' table, `中职专任教师（人） | 412 | 501` in the
    teachers'), in the year column asked (the latest when none is); or one row of the stage with a column of
    each (`学段 | … | 在校生(人) | … | 专任教师(人)`, `初中 | … | 11284 | … | 968`). One reading, else nothing."""
    if not stage:
        return None
    doc = ask.reader.documents[doc_id]
    found = _rows_by_noun(ask, doc.tables, stage)
    if found is None:
        found = _columns_by_noun(doc.tables, stage)
    if found is None:
        return None
    return _ratio_of_cells(ask, doc_id, stage, found)


Found = list[tuple[Table, Row, str]]  # (table, row, column) of the students' cell, then the teachers'


def _rows_by_noun(ask: Ask, tables: list[Table], stage: str) -> Found | None:
    """The stage's students row and teachers row (each the only one), in the year column both have."""
    found: list[tuple[Table, Row]] = []
    for nouns in (STUDENTS, TEACHERS):
        rows = [(t, r) for t in tables for r in t.rows if match_stage(row_label(t, r)) == stage
                and any(n in normalize(row_label(t, r)) for n in nouns)]
        if len(rows) != 1:
            return None
        found.append(rows[0])
    (_, s_row), (_, t_row) = found
    years = [c.column for c in s_row.cells if c.column[:4].isdigit() and t_row.cell(c.column) is not None]
    asked = [c for c in years if any(c.startswith(y) for y in ask.query.years)]
    column = next(iter(asked or years[-1:]), None)
    if column is None or (ask.query.years and not asked):
        return None
    return [(t, r, column) for t, r in found]


def _columns_by_noun(tables: list[Table], stage: str) -> Found | None:
    """The one row labelled by the stage alone in a table with one students' column and one teachers' column."""
    found = []
    for table in tables:
        columns = _count_columns(table)
        if columns is None:
            continue
        # (a note after the stage names it again: `学前教育（幼儿园）`)
        rows = [r for r in table.rows if match_stage(row_label(table, r)) == stage
                and len(match_form(row_label(table, r))) <= len(stage) + 2]
        found += [[(table, r, columns[0]), (table, r, columns[1])] for r in rows]
    return found[0] if len(found) == 1 else None


def _named_row(tables: list[Table], q: str) -> Found | None:
    """The row the question names (server/answer/namedcell.py) in the one table with one students' column and
    one teachers' column; not a total row, whose counts the prose answers for the area."""
    found = []
    for table in tables:
        columns = _count_columns(table)
        row = None if columns is None else named_row(table, q)
        if columns is not None and row is not None and not is_total(row_label(table, row)):
            found.append([(table, row, columns[0]), (table, row, columns[1])])
    return found[0] if len(found) == 1 else None


def _count_columns(table: Table) -> tuple[str, str] | None:
    """The table's one students' column and one teachers' column, if it has each."""
    # (a column of each row's change names the students too, `在校生增减数（人）`: not their count)
    columns = [[c for c in table.columns if any(n in normalize(c) for n in nouns)
                and not CHANGE_HEADER.search(normalize(c))] for nouns in (STUDENTS, TEACHERS)]
    return (columns[0][0], columns[1][0]) if all(len(c) == 1 for c in columns) else None


def _ratio_of_cells(ask: Ask, doc_id: str, stage: str, found: Found) -> Draft | None:
    reader = ask.reader
    operands = []
    for (table, row, column), name in zip(found, (f"{stage}在校生", f"{stage}专任教师"), strict=True):
        cell = row.cell(column)
        if cell is None:
            return None
        q = parse_number(cell.text + normalize(cell.unit or row_unit(table, row)))
        if q is None:
            return None
        operands.append(Operand(label=f"{name} {column}", value=q.value, unit=q.unit, decimals=q.decimals,
                                source={"kind": "cell", "table_id": table.table_id, "row_index": row.index,
                                        "column": column, "start": cell.start, "end": cell.end, "text": cell.text}))
    try:
        result = ratio(operands[0], operands[1], label=f"{stage}生师比（在校生 ÷ 专任教师）", decimals=2)
    except ComputeError:
        return None
    result.formula = f"{result.formula}（{per_one(result.value)}）"
    rows = list(dict.fromkeys((t.table_id, r.index) for t, r, _ in found))
    by_id = {(t.table_id, r.index): (t, r) for t, r, _ in found}
    hits = [next((Hit(idx=-1, chunk=c, score=0.0) for c in reader.chunks_of[doc_id]
                  if (c.table_id, c.row_index) == key), None) for key in rows]
    if any(h is None for h in hits):
        return None
    ids = [ask.book.cite(h, by_id[key][1].start, by_id[key][1].end)  # type: ignore[arg-type]
           for h, key in zip(hits, rows, strict=True)]
    figure = computed_figure(result, ids[0])
    figure.citation_ids = ids
    doc = reader.documents[doc_id]
    quoted = "；".join(f"《{table_name(doc, t)}》“{row_label(t, r)}”{column}：{r.cell(column).text}"  # type: ignore[union-attr]
                      f"[{ids[rows.index((t.table_id, r.index))]}]" for t, r, column in found)
    answer = f"{result.label}：{result.formula}{''.join(f'[{n}]' for n in ids)}。依据{region_of(doc)}{quoted}"
    first = found[0][1]
    return Draft(answer, False, ask.book.citations, [figure],
                 [Claim(result.unit, result.label, hits[0], (first.start, first.end), True)])  # type: ignore[arg-type]
