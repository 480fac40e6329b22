"""The prose sentence that states a table's figures again (a report's text beside its table of indicators, a plan's
targets beside its table by year): found by the row's indicator and the number as prose writes it, and kept only
when it speaks for the cells' year — the sentence, not the row, is then the answer's source."""
from __future__ import annotations

import re

from figures.direction import CHANGE_BEFORE
from figures.indicators import match_indicator
from figures.tablequery import is_total, key
from figures.years import YEAR_DIGITS
from ingest.clauses import clause_end, clause_start
from ingest.models import Cell, Document, Row, Table
from ingest.normalize import normalize
from ingest.structure import split_sentences
from ingest.tables import row_label
from server.answer.evidence import Reader
from server.answer.text import MAX_CLAUSE_CHARS, flat
from server.query import STAGES
from server.retrieve import Hit

OWN_NAME_MIN = 4  # characters of a row label that names an indicator (新增学位), not a group (小学, 城区)
# a row label that is a year (`2024年（实际）`, `2027年`): a table by year, whose columns name the indicators
_YEAR_LABEL = re.compile(r"((?:19|20)\d\d)\s*年?(?:度|末|底)?")
_YEAR_WRITTEN = re.compile(r"(?:19|20)\d\d(?=\s*年)")
# a clause's word for the total of what its sentence counts, right before the value (`总数达到`, `合计`, `共`)
_TOTAL_BEFORE = re.compile(r"(?:总数|总量|总计|合计|共计|共有|共)(?:将|要)?(?:达到|达|为|是)?\s*$")
# the noun of schools of any kind, which prose often writes as the kinds it counts (中小学、幼儿园)
_SCHOOLS = "学校"


def stated_in_text(reader: Reader, table: Table, row: Row, cell: Cell | None,
                   change: bool = False) -> tuple[Hit, tuple[int, int]] | None:
    """The clause of the document's prose that states the same value of the row's indicator
    (`鞏固率99.5%` for the 2020 cell of `九年義務教育鞏固率(%`), with its passage. `change`: the cell states the
    row's change (增减额), which the prose states after a change word (`学前教育增加716.0万元`) — so a row named by
    a stage (学前教育) is named by its label too: a stage's level may stand in other sentences, its change not."""
    if cell is None:
        return None
    doc = reader.documents[table.doc_id]
    label = row_label(table, row)
    indicator = match_indicator(label)
    # a row of an indicator no list names (`集团化办学覆盖率(%)`, `公开招聘教师(人)` in a report's table of
    # results and targets): its own label, when that is a name and not a stage or a total (`小学`, `合计`)
    own = key(label)
    # (a total row's cell, 合计 of a table by place, is of its column's indicator: `在园幼儿` under 合计; so is a
    # year row's, whose columns are the indicators: `达标率` under `2025年`; a rate's name may be three characters)
    column = key(cell.column)
    by_year = bool(_YEAR_LABEL.fullmatch(own))
    named = len(own) >= OWN_NAME_MIN and (change or own not in STAGES) and not is_total(label) and not by_year
    names = [flat(normalize(n)) for n in (indicator.synonyms if indicator else ())] or \
        ([flat(own)] if named else []) or \
        ([flat(column)] if (is_total(label) or by_year) and len(column) >= OWN_NAME_MIN - 1 else [])
    if not names:
        return None
    value = re.compile(rf"(?<![\d.])(?:{'|'.join(map(re.escape, written_forms(cell.text)))})(?![\d.])")
    for m in value.finditer(doc.text):
        if table.start <= m.start() < table.end:
            continue
        chunk = next((c for c in reader.chunks_of[doc.doc_id] if c.start <= m.start() < c.end), None)
        if chunk is None or chunk.table_id:
            continue
        left = clause_start(doc.text, m.start(), floor=chunk.start)
        right = clause_end(doc.text, m.end(), ceiling=chunk.end)
        if change and not CHANGE_BEFORE.search(doc.text[left:m.start()]):
            continue
        said = flat(normalize(doc.text[left:right]))
        after = doc.text[m.end():right]
        sentence = next((sp for sp in split_sentences(doc.text, chunk.start, chunk.end)
                         if sp[0] <= m.start() < sp[1]), (left, right))
        # a clause stating the total (`總數達到9所`) of the thing its sentence named before it (`…特色學校6所，2026年
        # 新增3所，總數達到9所`): the sentence's words up to the value name it
        total = bool(_TOTAL_BEFORE.search(normalize(doc.text[left:m.start()]))) \
            and any(n in flat(normalize(doc.text[sentence[0]:m.start()])) for n in names)
        # (a table by year rows names its indicator only in a column header, which the prose leading into it
        # may write with a word inserted; a row naming its indicator itself is matched as written)
        if any(n in said or by_year and _named_apart(n, said) for n in names) \
                or named and _schools_by_kind(own, said, after) \
                or not named and _counted_noun(column, cell.unit, said, after) or total:
            # the whole sentence when it is short (`公辦在園幼兒19943人,公辦率54.79%;`), else the clause
            return Hit(-1, chunk, 0.0), sentence if sentence[1] - sentence[0] <= 2 * MAX_CLAUSE_CHARS \
                else (left, right)
    return None


# a short word prose inserts into an indicator's name (`体育课程开足率` of a column `体育开足率`, `学生体质健康
# 合格率` of `体质健康合格率`'s row): a level or a population, never a negation (不/未/非/无 make another indicator)
_INSERTED = re.compile(r"[^不未非无没，,。；;、：:\d]{1,2}")
_PART_MIN = 2  # each side of the insertion keeps a word of the name


def _named_apart(name: str, said: str) -> bool:
    """Whether a clause writes an indicator's name with one short word inserted inside it."""
    return any(re.search(re.escape(name[:i]) + _INSERTED.pattern + re.escape(name[i:]), said)
               for i in range(_PART_MIN, len(name) - _PART_MIN + 1))


def _schools_by_kind(label: str, said: str, after: str) -> bool:
    """A label counting schools (`新建学校`) that a clause says by the kinds of school it counts, its other words
    kept (`新建初中、幼儿园5所`): the clause holds the words before 学校, names a school stage, and
    counts the value in 所."""
    stem = label.removesuffix(_SCHOOLS)
    return label.endswith(_SCHOOLS) and len(stem) >= 2 and stem in said and any(s in said for s in STAGES) \
        and after.lstrip().startswith("所")


def _counted_noun(column: str, unit: str, said: str, after: str) -> bool:
    """A column counting a noun (`学校数(所)`, `学生数(人)`) that prose writes as the noun and its count
    (`共有各类学校237所`): the clause holds the noun and the value is followed by the column's unit."""
    stem = column.removesuffix("数")
    return stem != column and len(stem) >= 2 and bool(unit) and stem in said and after.lstrip().startswith(unit)


def written_forms(text: str) -> list[str]:
    """The ways prose writes a cell's number: as the cell does, and without the zeros a table pads its
    decimals with (`95.0` of a column of one-decimal rates is `95%` in the sentence setting the target)."""
    text = text.strip()
    plain = text.rstrip("0").rstrip(".") if re.fullmatch(r"\d+\.\d*0", text) else text
    return list(dict.fromkeys((text, plain)))


def prose_form(doc: Document, sentence: tuple[int, int], cell: Cell) -> str:
    """The cell's number as the sentence writes it (`75` for a table's `75.0`), the cell's own text if it writes
    neither form apart."""
    said = doc.text[sentence[0]:sentence[1]]
    return next((form for form in written_forms(cell.text)
                 if re.search(rf"(?<![\d.]){re.escape(form)}(?![\d.])", said)), cell.text.strip())


def speaks_for_cell(doc: Document, sentence: tuple[int, int], table: Table, row: Row, cell: Cell) -> bool:
    """Whether a prose sentence stating a cell's value speaks for the cell's year (its column's, `2025年目标`, or
    its row's in a table by year, `2027年`): the year written last before the value within its section (`到2025年，
    …` over the paragraph setting it), else in its headings (`二、2025年重点任务`), else the one year the document's
    title names (a year's statistics bulletin states that year's figures without naming it); a value `現有…100%`
    under a review of the present that names no year restates a 2025 target's figure by chance. A cell of no
    year needs none."""
    # (a header writes its year bare, `2025`, as often as `2025年目标`)
    by_year = _YEAR_LABEL.fullmatch(key(row_label(table, row)))
    years = YEAR_DIGITS.findall(cell.column) or ([by_year.group(1)] if by_year else [])
    if not years:
        return True
    s, e = sentence
    at = min((i for form in written_forms(cell.text) if (i := doc.text.find(form, s, e)) >= 0), default=-1)
    inner = max((x for x in doc.sections if x.start <= s < x.end), key=lambda x: x.start, default=None)
    before = _YEAR_WRITTEN.findall(doc.text, inner.start if inner else s, at if at >= 0 else e) \
        or [y for heading in (inner.path if inner else []) for y in _YEAR_WRITTEN.findall(heading)]
    titled = set(YEAR_DIGITS.findall(normalize(doc.meta.title)))
    before = before or (list(titled) if len(titled) == 1 else [])
    return bool(before) and before[-1] in years


def restating_sentence(reader: Reader, table: Table, row: Row,
                       cells: list[Cell]) -> tuple[Hit, tuple[int, int]] | None:
    """The one prose sentence stating every cell of `cells` (a row's rates asked together, `入学率、巩固率、升学率`)
    for the cells' year, with its passage; None when a cell is stated nowhere, elsewhere or of another year."""
    doc = reader.documents[table.doc_id]
    found = [stated_in_text(reader, table, row, c) for c in cells]
    said = [f for f in found if f is not None]
    if not cells or len(said) < len(cells) or len({span for _, span in said}) != 1:
        return None
    if not all(speaks_for_cell(doc, span, table, row, c) for c, (_, span) in zip(cells, said)):
        return None
    return said[0]
