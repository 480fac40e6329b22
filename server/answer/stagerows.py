"""A stage's class size (班额) asked (`某县初中各校班额超标了吗`) of a table of schools that states each school's
stage (a 学段 cell, or its name: `初级中学`) and its pupils per class (每班人数, 平均班额): every row of the stage
asked judged against that stage's national 班额 rule (小学 ≤ 45, 初中 ≤ 50: figures.standards), the stage keeping
it only when every row does. Enrolment plans and zoning notices list schools of several stages so; a question
naming one school is the named row's (compliance.NamedRowJudged). Each row is cited with its rule."""
from __future__ import annotations

import re

from figures.compute import Operand
from figures.indicators import find_stage, match_stage
from figures.numbers import parse_number
from figures.standards import StandardError, check, rules_for
from figures.tablequery import is_total, key
from ingest.models import Table
from ingest.normalize import normalize
from ingest.tables import row_label
from server.answer.base import Ask
from server.answer.compliance import verdict_words
from server.answer.draft import Claim, Draft
from server.answer.rowclasssize import ASKS, PER_CLASS, PUPILS, row_stage
from server.answer.text import computed_figure, region_of
from server.regions import without_places
from server.retrieve import Hit

RULE = "class_size"
# what may open a stage asked without narrowing it: the place's every school (全县各, 所有的)
_OPENING = re.compile(r"(?:全|各|所有|全部|的)+$")


def _narrowed(q: str, regions: list[str], table: Table) -> bool:
    """The question names a group within the stage (`城区小学`, `公办初中`) that the table's caption, section and
    rows never write: its rows are the stage's schools of another scope, not the group asked."""
    at = find_stage(q)[1]
    before = _OPENING.sub("", without_places(q[:at], regions)) if at > 0 else ""
    if len(before) < 2:
        return False
    said = normalize(f"{table.caption} {table.section} {' '.join(row_label(table, r) for r in table.rows)}",
                     drop_space=True)
    return before[-2:] not in said


def _size_column(table: Table) -> str:
    """The one column stating each row's pupils per class (`每班人数`, `平均班额`), or ''."""
    found = [c for c in table.columns if ASKS.search(h := normalize(c, drop_space=True))
             or PER_CLASS.search(h) and PUPILS.search(h)]
    return found[0] if len(found) == 1 else ""


class StageRowsClassSize:
    """Handler: a stage's 班额 judged on each of its rows in a table of schools (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        q = normalize(query.norm, drop_space=True)
        stage = match_stage(q)
        if not query.asked.compliance or query.asked.threshold or not ASKS.search(q) \
                or stage not in {r.stage for r in rules_for(RULE)}:
            return None
        for hit, table in ask.row_tables():
            column = _size_column(table)
            labels = [(r, key(row_label(table, r))) for r in table.rows]
            if not column or any(len(label) >= 3 and label in q for _, label in labels) \
                    or _narrowed(q, query.regions, table):
                continue  # (a school named: its own row's, not its stage's; a group the table does not hold)
            rows = [(r, label) for r, label in labels if not is_total(label) and row_stage(r, label) == stage]
            sizes = [(r, label, cell, parse_number(cell.text)) for r, label in rows if (cell := r.cell(column))]
            if not sizes or any(n is None or n.unit not in ("", "人") for *_, n in sizes):
                continue
            doc = ask.reader.documents[table.doc_id]
            lines, figures, claims, outcomes = [], [], [], []
            for row, label, cell, n in sizes:
                assert n is not None
                chunk = ask.reader.row_chunk(table, row.index)
                cited = hit if chunk is None else Hit(-1, chunk, hit.score)
                m = ask.book.cite(cited, row.start, row.end)
                actual = Operand(label=f"{label}{key(column)}", value=n.value, unit="人", decimals=n.decimals,
                                 source={"kind": "cell", "start": cell.start, "end": cell.end, "text": cell.text})
                try:
                    outcome = check(RULE, n.value, stage, operand=actual)
                except StandardError:
                    return None
                gap = outcome.gap
                gap.flag = outcome.verdict
                outcomes.append(outcome)
                lines.append(f"{label}{key(column)}{cell.text}人[{m}]：{outcome.summary()}")
                figures.append(computed_figure(gap, m))
                # (the cell is the row's 班额, its column's pupils per class, held to the national rule)
                claims.append(Claim("人", f"{label}{key(column)} {stage}班额 {outcome.rule}", cited,
                                    (row.start, row.end), True))
            return Draft(f"{verdict_words(outcomes, query.norm)}：{region_of(doc)}{stage}{len(sizes)}所学校的"
                         f"{key(column)}各按国家{stage}班额标准判断：{'；'.join(lines)}", False, ask.book.citations,
                         figures, claims)
        return None
