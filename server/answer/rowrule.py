"""A table row's value asked against the requirement the document's prose sets for its column's indicator
(`体育经费执行率达到规定没有` of a report's `项目 | 预算 | 执行 | 执行率（%）` table beside the sentence
`按照…“专项资金执行率不低于85%”的要求`). Reports tabulate the values reached and state the bar they are
held to in a sentence of their own: the row's cell is the level, the sentence's bound the bar, both cited and the
verdict said; never the bar given as the level, never an abstention because the cell alone judges nothing.

The rule is a sentence outside the table that states a bound in the cell's unit as a requirement (calc.states_rule)
and names the column's indicator (执行率); a standing requirement goes before a plan's aim for a later year (`到2026年，
…不低于90%`), which is what the level is to reach next, not what it is held to now.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import islice
from typing import cast

from figures.compute import ComputeError, Operand, compare
from figures.indicators import match_stage
from figures.numbers import Qualifier, Quantity, amount_text, condition_side, find_quantities
from figures.standards import BOUNDS, NOT_SYMBOLS, SYMBOLS
from figures.tablequery import is_total, key
from ingest.models import Cell, Chunk, Document, Row, Table
from ingest.normalize import normalize, pauses
from ingest.structure import split_sentences
from ingest.tables import key_columns, row_label
from server.answer.askedcolumn import header_unit
from server.answer.base import Ask
from server.answer.casejudged import verdict
from server.answer.draft import Claim, Draft, table_name
from server.answer.evidence import PLANNED
from server.answer.namedcell import named_row
from server.answer.partunit import score_header_unit
from server.answer.rowclasssize import row_stage
from server.answer.rowtarget import asks_row_verdict
from server.answer.tables import in_order
from server.answer.text import computed_figure, display, flat, region_of
from server.calc import cell_operand, rule_bound, states_rule
from server.retrieve import Hit
from server.schemas import Figure

CANDIDATE_DOCUMENTS = 2  # of the leading passages': the document whose table and prose are read
MIN_COLUMN_CHARS = 2  # a column's name the question must hold (执行率), not one character of it

_QUOTE_MARKS = re.compile(r"[“”\"]")
# a word setting a floor (`配备底线`, `最低标准`, `下限`): the level every unit must reach, whatever the verb
_FLOOR = re.compile(r"底线|下限|最低(?:标准|要求|限度)")
_ITEM_START = re.compile(pauses("，、；;（(：:"))
_Rule = tuple[Hit, tuple[int, int], Quantity]
# bounds a clause calls the rule after listing them (`…不超过M分钟、初中不超过N分钟的要求`)
_CALLED_RULE = re.compile(r"[^，,；;。]*?的(?:要求|规定|标准)")


def _asked_cell(table: Table, row: Row, asked: str) -> Cell | None:
    """The one value cell of the row whose column the question names."""
    keys = key_columns(table)
    cells = [c for c in row.cells if c.column not in keys and any(ch.isdigit() for ch in c.text)
             and len(name := key(c.column)) >= MIN_COLUMN_CHARS and _named_not_as_bar(name, asked)]
    # (a column whose name is part of another's named, 藏书 of 生均藏书, is not the one asked)
    cells = [c for c in cells if not any(key(c.column) in key(o.column) for o in cells if o is not c)]
    if not cells:  # the column asked by its head words, its qualifiers left out (X时长 of 某类X日均时长)
        cells = [c for c in row.cells if c.column not in keys and any(ch.isdigit() for ch in c.text)
                 and _head_named(key(c.column), asked)]
    if not cells and _SCORE_ASKED.search(asked):  # a score asked by its everyday word (分数) of the one score column
        cells = [c for c in row.cells if c.column not in keys and any(ch.isdigit() for ch in c.text)
                 and _SCORE_COLUMN.search(key(c.column))]
    return cells[0] if len(cells) == 1 else None


# a score asked (`分数够…吗`, `得分`, `打了多少分`) and a column of a score (`评审得分`, `考核分数`, `总分`)
_SCORE_ASKED = re.compile(r"分数|得分|评分|打分|多少分|几分")
_SCORE_COLUMN = re.compile(r"(?:得分|分数|评分|总分)$")


# a word after a grade's name making it the bar (`合格线`, `达标标准`): the grade named as the bar, not its column
_BAR_AFTER = re.compile(r"线|标准|要求|分数线")


def _named_not_as_bar(name: str, asked: str) -> bool:
    """The question names the column other than as the bar a grade sets (`合格线` names no 合格 column)."""
    return any(not _BAR_AFTER.match(asked, m.end()) for m in re.finditer(re.escape(name), asked))


MIN_HEAD_CHARS = 4  # of a column's words a question must write to name it by its head


def _head_named(column: str, asked: str) -> bool:
    """Whether the question writes a run of the column's words that closes with its last word and takes its
    characters from it in order, skipping only a qualifier's few (`X时长` of 某类X日均时长): a
    question names a measured column by what it measures, not by how the report qualifies it."""
    ends = [m.start() + 1 for m in re.finditer(re.escape(column[-1:]), asked)] if column else []
    return any(in_order(asked[end - k:end], column) and column.endswith(asked[end - 2:end])
               for end in ends for k in range(MIN_HEAD_CHARS, min(len(column) - 1, end) + 1))


def _prose(ask: Ask, doc: Document, table: Table) -> Iterator[tuple[Chunk, tuple[int, int], str]]:
    """The document's prose sentences outside the table, each with its chunk (a bar quoted as the rule's own
    words, `“执行率不低于85%”的要求`, read as a figure, not a name)."""
    for chunk in ask.reader.chunks_of[doc.doc_id]:
        if chunk.table_id or table.start <= chunk.start < table.end:
            continue
        for start, end in split_sentences(doc.text, chunk.start, chunk.end):
            yield chunk, (start, end), _QUOTE_MARKS.sub(" ", doc.text[start:end])


# a column of a row's average (`平均得分`): the bar is set for what it averages (得分), which the question asks of it
_AVERAGE = re.compile(r"^(?:平均|均)|(?:平均值|均值)$")
# what a bound's clause says after it before the grade it sets (`85分以上为合格`, `95分及以上评为优秀`)
# the verbs a bound gives its grade with (also as what the bound allows: `90分及以上方可认定为优秀`)
_GRADE_VERBS = r"(?:(?:方可|才能|可|方能)?(?:评为|认定为|确定为)|为|定为|即为|视为)"
_GRADE_LEAD = re.compile(rf"(?:及|或)?(?:以上|以下|以内)?的?{_GRADE_VERBS}?")


def _rule(ask: Ask, doc: Document, table: Table, column: str, unit: str) -> _Rule | None:
    """The prose sentence of the document setting a bound in `unit` for the column's indicator (module doc); of a
    sentence setting several grades' bounds (`85分以上为合格，95分以上为优秀`), the grade's the question names."""
    found: list[tuple[bool, _Rule]] = []
    named_norms: list[_Rule] = []
    averaged = _AVERAGE.sub("", column)
    names = [column] + ([averaged] if averaged != column and len(averaged) >= MIN_COLUMN_CHARS else [])
    # a score column's rule names the score by its head word (`评审得分` of a rule `得分85分及以上…`)
    names += [m.group()] if (m := _SCORE_COLUMN.search(column)) and m.group() != column else []
    asked = normalize(ask.query.norm, drop_space=True)
    for chunk, span, sentence in _prose(ask, doc, table):
        said = normalize(sentence, drop_space=True)
        name = next((n for n in names if n in said), None)
        if name is None:
            continue
        bounds = [_as_bar(sentence, q) for q in find_quantities(sentence) if q.unit == unit and name in
                  normalize(sentence[:q.start], drop_space=True)
                  and (states_rule(sentence[:q.end], q.value, unit) or _sets_grade(sentence, q)
                       or _condition(sentence, q))]
        if len(bounds) > 1:
            bounds = [q for q in bounds if (grade := _grade_after(sentence, q)) and grade in asked] or bounds
        if len(bounds) == 1:
            q = bounds[0]
            planned = bool(PLANNED.search(normalize(sentence, drop_space=True))) or "目标" in chunk.section
            found.append((planned, (Hit(-1, chunk, 0.0), span, q)))
        elif not bounds:
            norms = [q for q in find_quantities(sentence) if q.unit == unit and not q.qualifier
                     and name in (before := normalize(sentence[:q.start], drop_space=True))
                     and _NAMED_NORM.search(before)]
            # (quoted to the norm's clause's end: what the sentence says after it is about other things)
            close = [m.start() for m in _CLAUSE_END.finditer(sentence, norms[0].end)][:1] if len(norms) == 1 else []
            named_norms += [(Hit(-1, chunk, 0.0), (span[0], span[0] + close[0] if close else span[1]), norms[0])] \
                if len(norms) == 1 else []
    # a norm named by who set it, given the bound a rule states for the same bar: a standing requirement
    for hit, span, q in named_norms:
        bound = next((rule_bound(r[2], doc.text[r[1][0]:r[1][0] + r[2].start]) for _, r in found
                      if r[2].value == q.value), "")
        if bound in BOUNDS:
            found.append((False, (hit, span, replace(q, qualifier=cast(Qualifier, bound)))))
    found.sort(key=lambda f: f[0])  # a standing requirement first (module doc)
    return found[0][1] if found else None


# a bar the prose names by who set it while comparing values with it (`…分别为A和B，高于国家规定的X`): the norm the
# values are held to now, its direction (a floor or a ceiling) given by a rule stating the same bar with its bound
# (`…控制在X以内`), never guessed
_CLAUSE_END = re.compile(r"[，,；;]")
_NAMED_NORM = re.compile(r"(?:国家|省|市|县|上级)(?:规定|要求|标准|要求的标准)的?$")


# a bound defining a grade (`85分以上为合格`, `60分以下定为不合格`): the grade's bar, as a rule states it
_GRADE_VERB = re.compile(rf"的?{_GRADE_VERBS}")


# a condition on the units a rule acts on (`凡X率未达到N%的单位，暂缓拨付…`, `超过N%的学校须…`): the bar they must keep
# is its other side, a floor for a condition below it, a ceiling for one above (figures.numbers.condition_side)
def _condition(sentence: str, q: Quantity) -> Qualifier:
    """The side ('<', '>') a bound picks out the units a rule acts on by (followed by 的), or ''."""
    return condition_side(sentence, q) if sentence.startswith("的", q.end) else ""


def _as_bar(sentence: str, q: Quantity) -> Quantity:
    """A bound as the bar the rule holds units to: a condition's number (`未达到90%的`) as the floor (or
    ceiling) it sets, any other bound as it is."""
    side = _condition(sentence, q)
    return q if not side else replace(q, qualifier=">=" if side == "<" else "<=")


def _sets_grade(sentence: str, q: Quantity) -> bool:
    return q.qualifier in BOUNDS and _GRADE_VERB.match(sentence, q.end) is not None


def _grade_after(sentence: str, q: Quantity) -> str:
    """The grade a bound sets, its first two characters after the bound's words (`以上为合格` → 合格); '' when none."""
    rest = sentence[q.end:]
    lead = _GRADE_LEAD.match(rest)
    grade = rest[lead.end() if lead else 0:][:2]
    return grade if re.fullmatch(r"[\u4e00-\u9fff]{2}", grade) else ""


def _stage_floor(ask: Ask, doc: Document, table: Table, stage: str, column: str, unit: str) -> _Rule | None:
    """The floor a prose sentence sets per school stage (`对照市定底线（小学生均20册、初中生均30册）`) for the
    stage of the row asked: a bound in `unit` after a floor word, its item naming the stage and opening the
    column's name (生均 of 生均藏书), the only one for that stage."""
    for chunk, span, sentence in _prose(ask, doc, table):
        floor = _FLOOR.search(normalize(sentence))
        bounds = [q for q in find_quantities(sentence) if floor is not None and q.start > floor.end()
                  and q.unit == unit and q.qualifier in ("", ">=") and match_stage(item := _item_before(sentence, q))
                  == stage and _opens(column, item)]
        if len(bounds) == 1:
            return Hit(-1, chunk, 0.0), span, bounds[0]
    return _stage_bound(ask, doc, table, stage, column, unit)


def _stage_bound(ask: Ask, doc: Document, table: Table, stage: str, column: str, unit: str) -> _Rule | None:
    """The bound a requirement lists per school stage (`小学…X用时不超过M分钟、初中不超过N分钟的要求`)
    for the stage of the row asked: a sentence naming a word of the column and setting two or more bounds in
    `unit`, each its stage's, the row's stage's the only one of it. Notices set a cap or floor so for every
    stage at once, naming the measure once, with the first stage."""
    words = set(re.findall(r"[\u4e00-\u9fff]{2}", column))
    for chunk, span, sentence in _prose(ask, doc, table):
        if not any(w in normalize(sentence, drop_space=True) for w in words):
            continue
        bounds = [q for q in find_quantities(sentence) if q.unit == unit and q.qualifier in BOUNDS
                  and (states_rule(sentence[:q.end], q.value, unit) or _CALLED_RULE.match(sentence, q.end))]
        stages = [match_stage(_item_before(sentence, q)) for q in bounds]
        own = [q for q, s in zip(bounds, stages) if s == stage]
        if len(bounds) >= 2 and all(stages) and len(own) == 1:
            return Hit(-1, chunk, 0.0), span, own[0]
    return None


def _item_before(text: str, q: Quantity) -> str:
    """The list item leading to `q`, flat: its words from the pause or bracket before it."""
    return flat(normalize(text[max([m.end() for m in _ITEM_START.finditer(text, 0, q.start)], default=0):q.start],
                          drop_space=True))


def _opens(column: str, item: str) -> bool:
    """Whether the words of `item` after its stage open the column's name (`小学生均` of 生均图书)."""
    return any(item.endswith(column[:k]) for k in range(MIN_COLUMN_CHARS, len(column) + 1))


class RowAgainstRule:
    """Handler: a table cell the question names judged against the bar the document's prose sets (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if not asks_row_verdict(query):
            return None
        asked = normalize(query.norm, drop_space=True)
        for doc_id in islice(ask.ranked_docs(), CANDIDATE_DOCUMENTS):
            doc = reader.documents[doc_id]
            for table in doc.tables:
                row = named_row(table, asked) or _whole_row(table, asked, normalize(region_of(doc)))
                cell = _asked_cell(table, row, asked) if row is not None else None
                if row is None or cell is None:
                    continue
                label = normalize(row_label(table, row))
                actual = cell_operand(cell, table, row, label)
                if actual is not None and not actual.unit:  # a bare number under its unit's note (`时长（分钟）`)
                    # (or a bare score, `平均得分`, in 分)
                    unit = header_unit(cell.column) or score_header_unit(cell.column)
                    actual = replace(actual, unit=unit, unit_as_written=unit)
                stage = row_stage(row, label)
                rule = None if actual is None else _rule(ask, doc, table, key(cell.column), actual.unit) \
                    or (_stage_floor(ask, doc, table, stage, key(cell.column), actual.unit) if stage else None)
                if actual is None or rule is None:
                    continue
                return _judged(ask, doc, table, row, cell, actual, rule)
        return None


def _whole_row(table: Table, asked: str, region: str) -> Row | None:
    """The table's one total row when the question asks of the document's whole area (`某区…X率达标没有`), the
    rows' total being that area's value; None."""
    totals = [r for r in table.rows if is_total(key(row_label(table, r)))]
    return totals[0] if len(totals) == 1 and len(region) >= 2 and region in asked else None


def _judged(ask: Ask, doc: Document, table: Table, row: Row, cell: Cell, actual: Operand,
            rule: _Rule) -> Draft | None:
    """The verdict: the cell (`actual`, its operand) against the rule's bound, the row and the rule's sentence
    cited."""
    rule_hit, (start, end), bar = rule
    label = normalize(row_label(table, row))
    chunk = ask.reader.row_chunk(table, row.index)
    if chunk is None:
        return None
    bound = rule_bound(bar, doc.text[start:start + bar.start])
    if bound not in BOUNDS:
        return None
    target = Operand(label=f"文件中的要求 {bar.text}", value=bar.value, unit=actual.unit, decimals=bar.decimals)
    try:
        judged = compare(actual, target, label=f"{label}{key(cell.column)}与文件中的要求比较")
    except ComputeError:
        return None
    passed = BOUNDS[bound](actual.value, bar.value)
    judged.flag = "pass" if passed else "fail"
    hit = Hit(-1, chunk, 0.0)
    m = ask.book.cite(rule_hit, start, end)
    # the rule's own sentence stating the row's figure too (`A和B的X分别为0.3和0.4，高于…规定的0.25`) is its
    # source, as prose restating a cell is (prosecells.py): the figure and its bar cited in one
    n = m if _states_row(doc.text[start:end], label, actual.value) else ask.book.cite(hit, row.start, row.end)
    column = normalize(cell.column)
    shown = f"{normalize(cell.text)}{actual.unit}"
    relation = SYMBOLS[bound] if passed else NOT_SYMBOLS[bound]
    answer = (f"{verdict(passed, ask.query.norm)}：{label}{key(cell.column)}{shown}[{n}]，{shown} {relation} "
              f"{amount_text(bar.value, actual.unit)}（文件中的要求：“{display(doc.text[start:end])}”[{m}]）："
              f"{judged.formula}。" + (f"（{region_of(doc)}《{table_name(doc, table)}》“{label}”一行同：{column}："
                                       f"{cell.text}）" if n == m else
                                       f"依据{region_of(doc)}《{table_name(doc, table)}》“{label}”："
                                       f"{column}：{cell.text}[{n}]"))
    stated = Figure(label=f"{label}{key(cell.column)}", value=actual.value, unit=actual.unit, citation_ids=[n])
    return Draft(answer, False, ask.book.citations, [stated, computed_figure(judged, n)],
                 [Claim(actual.unit, f"{label} {cell.column}", hit, (row.start, row.end))])


def _states_row(sentence: str, label: str, value: float) -> bool:
    """Whether a sentence names the row (its label) and writes the row's value among its figures."""
    said = normalize(sentence, drop_space=True)
    return len(label) >= MIN_COLUMN_CHARS and normalize(label, drop_space=True) in said \
        and any(q.value == value and not q.qualifier for q in find_quantities(said))
