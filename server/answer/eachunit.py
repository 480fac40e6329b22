"""Figures set per one unit (`每个X安排Y N名`, `每个X不超过N人`) taken over the units a document's table counts.

Examination and activity notices set what each unit gets or may hold in a sentence (每间教室配巡视员N名,
每间教室不得超过M人) and count the units, with the people they hold, in a table of rows (组别 | 人数 | 教室（间）,
closed by a 合计 row), never stating the product or the quotient. Asked a total of what each unit gets
(`一共需要多少名Y`), the answer is the amount per unit × the units the total row counts (EachUnitTotal); asked
whether a row's units keep the bar (`R的X人数超过规定了吗`), the row's people ÷ its units judged against the bar
(EachUnitCeiling). The unit is the noun after 每 and its counter; its count the one column whose header names it,
the people the one other count column in 人. Both the sentence and the row are cited, the formula shown.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from figures.compute import ComputeError, Operand, compare, ratio, times
from figures.numbers import Quantity, find_quantities, parse_number
from figures.standards import BOUNDS, NOT_SYMBOLS, SYMBOLS
from figures.tablequery import is_total, key
from ingest.clauses import clause_start
from ingest.models import Cell, Document, Row, Table
from ingest.normalize import normalize
from ingest.structure import split_sentences
from ingest.tables import row_label
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.peoplegroups import group_of
from server.answer.tables import abbreviation
from server.answer.text import asked_count_noun, computed_figure, display, flat, region_of
from server.calc import rule_bound, verdict_text
from server.operation import SUM_ASKED
from server.retrieve import Hit

CANDIDATE_DOCUMENTS = 2  # leading documents read
# `每间教室配…`: 每, a counter, the unit's noun (up to the verb or the figure)
_EACH = re.compile(r"每(?P<counter>[个所间座处家台套辆名位])(?P<unit>[\u4e00-\u9fff]{1,6}?)"
                   r"(?=安排|配备|配|设|不超过|不得超过|不多于|最多|[\d零一二两三四五六七八九十]|$)")
_PEOPLE_UNITS = ("人", "名", "位")
_ASKS_EXCESS = re.compile(r"超过|超出|超员|超标|多于|符合|达标|满足")
_OVER_ROW_NOUN = re.compile(r"人数|学生数|人")  # the people a unit holds, asked (`考场人数`)


def _per_unit(sentence: str) -> Iterator[tuple[str, str, Quantity]]:
    """(unit noun, the clause's words before the figure, the figure) of each `每个X…N` clause of `sentence`."""
    for q in find_quantities(sentence):
        clause = sentence[clause_start(sentence, q.start):q.start]
        m = _EACH.search(clause)
        if m is not None and q.unit in _PEOPLE_UNITS + ("人",):
            yield m.group("unit"), clause[m.end():], q


def _tails(unit: str) -> list[str]:
    """The unit's noun and its tails of two characters or more, longest first: a rule names the unit in full
    (`标准化试室`), tables and questions often by its head word (`试室数`, `试室人数`)."""
    return [unit[i:] for i in range(max(1, len(unit) - 1))]


def _named_unit(unit: str, text: str) -> str:
    """The longest of the unit's tails `text` holds, or ''."""
    return next((t for t in _tails(unit) if t in text), "")


def unit_column(table: Table, unit: str) -> str:
    """The one column of `table` counting the unit (`教室（间）` for 教室, `试室数` for 标准化试室), or ''."""
    for tail in _tails(unit):
        found = [c for c in table.columns if tail in normalize(c, drop_space=True) and "人" not in c]
        # (of several, the one opening with the unit: `备用试室` beside `试室数` counts another kind of it)
        opening = [c for c in found if normalize(c, drop_space=True).startswith(tail)]
        if found:
            return found[0] if len(found) == 1 else opening[0] if len(opening) == 1 else ""
    return ""


def _people_column(table: Table, skip: str) -> str:
    """The one other count column of `table` in 人 (`人数`, `学生（人）`), or ''."""
    label = table.label_column or (table.columns[0] if table.columns else "")
    found = [c for c in table.columns if c not in (skip, label)
             and (table.units.get(c) == "人" or re.search(r"[（(]人[)）]|人数", c))]
    return found[0] if len(found) == 1 else ""


def _count(cell: Cell | None) -> Operand | None:
    """A cell's count as an operand citing the cell, or None."""
    q = parse_number(cell.text) if cell is not None else None
    if cell is None or q is None or q.unit not in ("", "人", "个", "名", "所"):
        return None
    return Operand(label=normalize(cell.column, drop_space=True), value=q.value, unit="", decimals=0,
                   source={"kind": "cell", "start": cell.start, "end": cell.end, "text": cell.text})


def _rows(doc: Document, unit: str) -> Iterator[tuple[Table, str]]:
    """The tables of `doc` with one column counting `unit`, with that column."""
    for table in doc.tables:
        if column := unit_column(table, unit):
            yield table, column


def _sentences(ask: Ask, doc_id: str) -> Iterator[tuple[Hit, tuple[int, int], str]]:
    """The prose sentences of the leading passages of one document."""
    for hit in ask.ranked:
        if hit.chunk.doc_id == doc_id and hit.chunk.row_index is None:
            text = ask.reader.documents[doc_id].text
            for start, end in split_sentences(text, hit.chunk.start, hit.chunk.end):
                yield hit, (start, end), text[start:end]


def _names_people(asked: str, words: str) -> bool:
    """Whether the clause's words name the people asked: the noun itself, or its group with its first word
    (`辅导老师` for 辅导教师)."""
    return asked in words or bool(group_of(asked)) and group_of(asked) == group_of(words) and asked[:2] in words


def _row_hit(ask: Ask, table: Table, row: Row) -> Hit | None:
    chunk = ask.reader.row_chunk(table, row.index)
    return Hit(-1, chunk, 0.0) if chunk is not None else None


class EachUnitTotal:
    """Handler: a total asked of what each unit gets, × the units the table's total row counts (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        q = flat(query.norm)
        asked = asked_count_noun(q) or _asked_noun(q)
        if asked is None or not any(w in q for w in SUM_ASKED) or query.asked.compliance or len(query.asks) > 1:
            return None
        reader = ask.reader
        for doc_id in ask.ranked_docs()[:CANDIDATE_DOCUMENTS]:
            doc = reader.documents[doc_id]
            found = [(hit, span, unit, each) for hit, span, sentence in _sentences(ask, doc_id)
                     for unit, words, each in _per_unit(sentence) if _names_people(asked[1], flat(normalize(words)))]
            found = list({(s, e.start): (h, s, u, e) for h, s, u, e in found}.values())
            if len(found) != 1:
                continue
            hit, span, unit, each = found[0]
            tables = [(t, c) for t, c in _rows(doc, unit)]
            totals = [(t, r, c) for t, c in tables for r in t.rows if is_total(key(row_label(t, r)))]
            if len(totals) != 1:
                return None
            table, row, column = totals[0]
            units = _count(row.cell(column))
            row_hit = _row_hit(ask, table, row)
            if units is None or row_hit is None:
                return None
            per = Operand(label=f"每{unit}{flat(normalize(each.text))}", value=each.value, unit=each.unit,
                          unit_as_written=each.unit_as_written, decimals=0,
                          source={"kind": "passage", "start": span[0] + each.start, "end": span[0] + each.end,
                                  "text": each.text})
            try:
                result = times(per, units, label=f"{asked[1]}合计（每{unit} × {unit}数）",
                               unit=normalize(each.unit_as_written) or each.unit)
            except ComputeError:
                return None
            n = ask.book.cite(hit, *span)
            m = ask.book.cite(row_hit, row.start, row.end)
            answer = (f"{result.label}：{result.formula}[{n}][{m}]。依据{region_of(doc)}文件："
                      f"“{display(doc.text[span[0]:span[1]])}”[{n}]；“{display(doc.text[row.start:row.end])}”[{m}]")
            figure = computed_figure(result, n)
            figure.citation_ids = [n, m]
            return Draft(answer, False, ask.book.citations, [figure])
        return None


def _asked_noun(q: str) -> tuple[str, str] | None:
    """The noun a total asks with no counter (`一共要派多少巡视员` → 巡视员), as (counter '', noun)."""
    m = re.search(r"多少([\u4e00-\u9fff]{2,6}?)(?:[吗呢]*)$", q)
    return ("", m.group(1)) if m else None


class EachUnitCeiling:
    """Handler: a row's people ÷ its units judged against a bar set per unit (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        q = flat(query.norm)
        if not query.asked.compliance or query.asked.threshold or not _ASKS_EXCESS.search(q):
            return None
        reader = ask.reader
        for doc_id in ask.ranked_docs()[:CANDIDATE_DOCUMENTS]:
            doc = reader.documents[doc_id]
            bars = [(hit, span, unit, bar) for hit, span, sentence in _sentences(ask, doc_id)
                    for unit, words, bar in _per_unit(sentence)
                    if bar.qualifier in BOUNDS and not group_of(words) and any(re.search(
                        rf"{re.escape(tail)}(?:{_OVER_ROW_NOUN.pattern})", q) for tail in _tails(unit))]
            bars = list({(s, b.start): (h, s, u, b) for h, s, u, b in bars}.values())
            if len(bars) != 1:
                continue
            hit, span, unit, bar = bars[0]
            # (a row named by its label's short form, `师附小学` of 某县师范附属小学, as questions name schools)
            rows = [(t, r, c) for t, c in _rows(doc, unit) for r in t.rows
                    if (label := key(row_label(t, r))) and not is_total(label)
                    and (label in q or abbreviation(label, q))]
            if len(rows) != 1:
                return None
            table, row, column = rows[0]
            people_column = _people_column(table, column)
            people, units = _count(row.cell(people_column)), _count(row.cell(column))
            row_hit = _row_hit(ask, table, row)
            if not people_column or people is None or units is None or row_hit is None:
                return None
            label = key(row_label(table, row))
            unit = _named_unit(unit, q) or unit
            sentence = doc.text[span[0]:span[1]]
            bound = rule_bound(bar, sentence[:bar.start])
            if bound not in BOUNDS:
                return None
            try:
                each = ratio(people, units, label=f"{label}每{unit}人数", decimals=1)
            except ComputeError:
                return None
            shown = round(each.value, 1)
            actual = Operand(label=each.label, value=shown, unit="人", decimals=0 if shown.is_integer() else 1)
            target = Operand(label=f"文件中的要求 {bar.text}", value=bar.value, unit="人", decimals=bar.decimals)
            judged = compare(actual, target, label="与文件中的要求比较")
            passed = BOUNDS[bound](shown, bar.value)
            judged.flag = "pass" if passed else "fail"
            n = ask.book.cite(row_hit, row.start, row.end)
            m = ask.book.cite(hit, *span)
            relation = SYMBOLS[bound] if passed else NOT_SYMBOLS[bound]
            verdict = verdict_text(judged, query.norm)
            said = "" if "超过" in verdict else "（没有超过）" if passed else "（超过）"
            answer = (f"{verdict}{said}："
                      f"{label}平均每{unit} {each.formula.replace(' ÷ ', '人 ÷ ', 1)}人[{n}]，"
                      f"{f'{shown:g}'}人 {relation} {bar.value:g}人（文件中的要求：“{display(sentence)}”[{m}]）。"
                      f"依据{region_of(doc)}文件“{label}”：{display(doc.text[row.start:row.end])}[{n}]")
            return Draft(answer, False, ask.book.citations, [computed_figure(each, n), computed_figure(judged, m)])
        return None
