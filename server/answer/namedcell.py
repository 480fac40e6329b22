"""A cell the question names by its row and its column (`城关中学计划招生数是多少`, `初中的专任教师有多少人`):
that cell, cited by its row — whichever passage ranks first, which may be another row of the table or a
sentence of another figure. Only a plain value asked: a computation, a ranking or a whole table's query
is left to the handlers that do them."""
from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from figures.numbers import canonical_unit, find_quantities, parse_number
from figures.tablequery import is_total, key, total_column, unit_note
from ingest.models import Cell, Document, Row, Table
from ingest.normalize import normalize
from ingest.places import gazetteer
from ingest.tables import BRACKETED_NOTE, key_columns, row_label
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.lookup import ratio_cell, table_answer
from server.answer.partunit import score_header_unit, whole_of_part
from server.answer.perone import per_head_words, quotient_per_pupil_asked
from server.answer.tables import MIN_LABEL_CHARS, most_named, named_row
from server.answer.text import flat
from server.intent import wanted_units
from server.lexicon import work_verbs
from server.query import RATIO_NAME, Query
from server.regions import short_name, speaks_for
from server.retrieve import Hit
from server.timespans import RELATIVE_YEAR, RELATIVE_YEARS

# words of a question asking more than one cell's value: a ranking, a total, a comparison, a list of rows
# (新增 names what a plan or a year adds, one cell's value: `计划新增X多少`, no change between two)
# (`几个人` asks a count of people, as 几人 does: no rows counted; 比赛 names a contest, no comparison)
_NOT_ONE_CELL = re.compile(r"最|合计|一共|共计|总共|加起来|平均|哪些|哪个|哪所|哪几|几个(?!人)|比(?!赛)|相差|差多少|"
                           r"(?<!新)增|减|降|占")
# a question asking what a row's words say (`是什么模式`, `哪种方式`), not a number
_WHAT = re.compile(r"什么|哪种|哪类|怎样|怎么样")
# a whole asked (`…和整改事项总数`, `合计`), and a ranking or share, which asks rows against each other
_WHOLE_ASKED = re.compile(r"总数|总量|总计|合计")
# a word of summing the whole, shared by several asks (`一共有多少幼儿、多少保育员`)
_SUM_WHOLE = re.compile(r"总共|一共|共计|合计|总计")
_RANKED = re.compile(r"最|平均|哪|比(?!赛)|相差|差多少|增|减|降|占")
# several values asked at once (`A、B、C分别多少`): of the one row named, the cells of each column named
_SEVERAL = re.compile(r"分别|各")
FULL = 0.999  # key-term coverage of the whole document
MAX_DOCUMENTS = 3  # of the best-ranked passages': a question names its document's table, not the library's


def _work_unsaid(table: Table, row: Row, q: str) -> bool:
    """The question asks the work done in a period (`安装了多少个`: a verb of work, server/lexicon/work_verbs.tsv)
    that neither the row nor the table's headers, caption or section name: its cells count the things there are,
    a stock, not those the work added."""
    asked = [v for v in work_verbs() if re.search(rf"{v}了|{v}(?:多少|几)", q)]
    said = normalize(f"{table.caption} {table.section} {' '.join(table.columns)} "
                     f"{' '.join(c.text for c in row.cells)}", drop_space=True)
    return bool(asked) and not any(v in said for v in work_verbs())


class NamedCell:
    """`totals_only`: only several asks of a table's total row, each naming one of its columns (`一共有多少幼儿、
    多少教师`) — tried before a whole table's sum, which reads one column of them."""

    def __init__(self, totals_only: bool = False):
        self.totals_only = totals_only

    def try_answer(self, ask: Ask) -> Draft | None:
        q = normalize(ask.query.norm, drop_space=True)
        # (the 比 of a ratio's name, 生师比, compares nothing)
        said = RATIO_NAME.sub("", q) if ask.query.operation == "ratio" else q
        several = bool(_SEVERAL.search(said)) or len(ask.query.asks) > 1
        # several asks sharing a word of the whole (`共有几名幼儿、几名保育员`): each a column of the total row, no sum
        # (or the whole's word before 各/分别, `A B C合计各多少`: each column's total)
        summed_asks = ask.query.operation == "sum" and (len(ask.query.asks) > 1 or several) \
            and bool(_SUM_WHOLE.search(said))
        if ask.query.operation not in ("", "ratio") and not summed_asks or ask.query.asked.change:
            return None
        # several columns asked of the whole (`A数、B和C总数`): the cells of the table's total row
        of_total = (bool(_WHOLE_ASKED.search(said)) or summed_asks) and not _RANKED.search(said)
        # (`几个` counts rows, unless it follows a column the question names of a row it names whole:
        # `甲类审核合格了几个` asks that row's 审核合格 cell)
        barred = {m.group() for m in _NOT_ONE_CELL.finditer(said)} if not of_total else set()
        if barred - {_HOW_MANY}:
            return None
        # lazily: each check normalises a whole document, and only the first few that pass are read
        # (a word of the whole asked, 总数, is the table's total row, no word its document need write)
        query = replace(ask.query, terms=[t for t in ask.query.terms if not _WHOLE_ASKED.fullmatch(t)]) \
            if of_total else ask.query
        docs = list(islice((d for d in ask.ranked_docs() if _of_place_asked(ask, query, d)),
                           MAX_DOCUMENTS))
        units = ask.query.units
        tables = [table for d in docs for table in ask.reader.documents[d].tables]
        found = [] if self.totals_only else [
            (table, row, cells) for table in tables
            if (row := named_row(table, dated := _years_written(ask, table.doc_id, q))) is not None
            and (cells := _cells_asked(table, row, dated, units, several, ask.query.asks))]
        if not found and (len(ask.query.asks) > 1 or several) and not any(named_row(table, q) for table in tables):
            # several asks naming no row of the table, each one of its columns (`参评多少人，评定多少人`): the
            # whole's, its total row's cells — not a row a retriever ranks first
            found = [(table, row, cells) for table in tables if (row := total_row_asked(table, q)) is not None
                     and (cells := _cells_asked(table, row, q, units, True, ask.query.asks))]
        if self.totals_only:
            found = found if len(found) == 1 and len(found[0][2]) >= 2 else []
            if not found:
                return None
        if not found and _WHAT.search(said):
            # a worded cell asked by its row and its column (`A校是什么办学形式`): the row's words in that column
            found = [(table, row, cells) for table in tables if (row := named_row(table, q)) is not None
                     and len(cells := _worded_named(table, row, q)) == 1]
        if not found and of_total:
            found = [(table, row, cells) for table in tables if (row := total_row_asked(table, q)) is not None
                     and len(cells := _named_cells(table, row, q)) >= 2]
        if len(found) != 1:
            return None
        table, row, cells = found[0]
        if barred and not _column_counted(table, row, cells, q):
            return None
        if _work_unsaid(table, row, q):
            return None
        cell = cells[0]
        if ask.query.operation and not summed_asks and not ratio_cell(cell):
            return None  # a ratio (生师比) a cell does not state: computed from the counts, not this handler's
        if quotient_per_pupil_asked(q, units) and not per_head_words(key(cell.column)) \
                and "/" not in cell.column + cell.unit:
            # money or things per pupil asked in their unit of a row's total (`每人订几册` of a 征订册数 column): no
            # cell's value (server/answer/rowquotient.py divides them); an area per pupil's measure (its 差异系数) is
            # still the cell's
            return None
        chunk = ask.reader.row_chunk(table, row.index)
        if chunk is None:
            return None
        # the row with its labels, notes and the one cell asked: its other figures are no answer (the row is
        # still cited)
        asked = replace(row, cells=[c for c in row.cells if c in cells or not any(ch.isdigit() for ch in c.text)
                                    or c.column in key_columns(table)])
        # (cells of several asks, each named by its own ask, are each answered: none narrowed to the first ask's
        # unit, none summed by the whole's word the asks share)
        each = len(cells) > 1
        query = replace(ask.query, asked=replace(ask.query.asked, units=(), operation="")) if each else ask.query
        # (the row's other cells are listed after it: the plan beside the quota, the share beside the count)
        return table_answer(ask.reader, query, Hit(-1, chunk, 0.0), table, asked, ask.book, shown=row, each=each)


_HOW_MANY = "几个"
# a column named whole, then what the question asks of it by its count (`审核合格了几个`)
_COUNT_AFTER = r"(?:了|的|有|是|共|一共)*几个"


def _column_counted(table: Table, row: Row, cells: list[Cell], q: str) -> bool:
    """A 几个 of one cell: the question names the row's label whole (MIN_NAMED_ROW characters or more) and the
    cell's column whole right before its 几个 — not a count of rows meeting a condition."""
    label = key(row_label(table, row))
    column = key(BRACKETED_NOTE.sub("", cells[0].column)) if len(cells) == 1 else ""
    return len(label) >= MIN_NAMED_ROW and label in q and len(column) >= MIN_LABEL_CHARS \
        and re.search(rf"{re.escape(column)}{_COUNT_AFTER}", q) is not None


MIN_NAMED_ROW = 3  # a label this long written out names its row (a stage, 小学, is often a word of another noun)


def _years_written(ask: Ask, doc_id: str, q: str) -> str:
    """`q` with 今年/去年 written as the years they name in its document's own year: a row labelled by year (a
    2026 notice's `2026年（计划）`) is the row of 今年 there."""
    year = ask.reader.doc_year(doc_id)
    return RELATIVE_YEAR.sub(lambda m: f"{year + RELATIVE_YEARS[m.group(1)]}年", q) if year else q


def total_row_asked(table: Table, q: str) -> Row | None:
    """The table's one total row (合计, 全县) when the question names no row of it: the whole's figures."""
    labels = [key(row_label(table, row)) for row in table.rows]
    if any(len(label) >= MIN_LABEL_CHARS and label in q for label in labels if not is_total(label)):
        return None
    totals = [row for row, label in zip(table.rows, labels) if is_total(label)]
    return totals[0] if len(totals) == 1 else None


def _cells_asked(table: Table, row: Row, q: str, units: tuple[str, ...], several: bool,
                 asks: list[str]) -> list[Cell]:
    """The one cell asked of the row; of several asked, each cell whose column the question names (two or
    more), when it names no other row and each of its asks names one of them (`几所` names no count's
    column: that ask is another handler's): [] when neither."""
    if not several:
        return cells if len(cells := _asked_cells(table, row, q, units)) == 1 else []
    others = any(len(label := key(row_label(table, r))) >= MIN_LABEL_CHARS and label in q and label not in
                 key(row_label(table, row)) for r in table.rows)
    if not others and len(asks) > 1 and len(matched := _each_ask_cell(table, row, asks)) == len(asks):
        return matched
    cells = [] if others else _named_cells(table, row, q)
    each = all(_named_cells(table, row, normalize(part, drop_space=True)) for part in asks)
    return cells if len(cells) >= 2 and each else []


def _each_ask_cell(table: Table, row: Row, asks: list[str]) -> list[Cell]:
    """One cell per ask, each ask's own column (`A、B和C各几家` of columns A, 非A and 其中C): the columns each ask
    names, those it names by the longest stretch of the header kept, a column another ask alone names taken
    from the rest — until each ask has one column and no two asks share it; [] when that leaves any ask with
    none or several."""
    keys = key_columns(table)
    values = [c for c in row.cells if c.column not in keys and any(ch.isdigit() for ch in c.text)]
    options = []
    for part in (normalize(a, drop_space=True) for a in asks):
        named = _named_cells(table, row, part) or values  # an ask naming none by its words: by the shared stretch
        shared = {id(c): _shared_stretch(key(BRACKETED_NOTE.sub("", c.column)), part) for c in named}
        # the columns in the unit the ask counts in (or in none stated) first, sharing a character with it: asks
        # sharing their words of place and whole (`甲县各园一共多少孩子、几所合格`) tie on those, and the unit
        # (孩子 → 人) tells the column the ask's own noun names in part (a count of people, not of kindergartens)
        # (a cell of words stating figures of its own, `新建…，建筑面积N平方米，M个班`, is no one value in any unit:
        # its figure is found by the ask's own noun, not by a character its column shares with the ask)
        wanted = wanted_units(part)
        in_unit = [c for c in named if wanted and shared[id(c)] and (
            _cell_unit(c) in wanted or not _cell_unit(c) and parse_number(c.text) is not None)]
        pool, least = (in_unit, 1) if in_unit else (named, MIN_LABEL_CHARS)
        most = max((shared[id(c)] for c in pool), default=0)
        options.append([c for c in pool if shared[id(c)] == most] if most >= least else [])
    while True:
        alone = {id(o[0]) for o in options if len(o) == 1}
        narrowed = [o if len(o) == 1 else [c for c in o if id(c) not in alone] for o in options]
        if narrowed == options:
            break
        options = narrowed
    cells = [o[0] for o in options if len(o) == 1]
    return cells if len(cells) == len(asks) and len({id(c) for c in cells}) == len(cells) else []


def _cell_unit(cell: Cell) -> str:
    """The unit of a cell's value: its own (`7人`), else its column's note (`（名）`), as figures count it."""
    n = parse_number(cell.text + normalize(cell.unit or unit_note(cell.column)))
    return canonical_unit(n.unit) if n is not None and n.unit else ""


def _shared_stretch(column: str, q: str) -> int:
    """The length of the longest run of the column's characters the question writes."""
    return max((j - i for i in range(len(column)) for j in range(i + 1, len(column) + 1) if column[i:j] in q),
               default=0)


def _part_over_whole(table: Table, named: list[Cell]) -> list[Cell]:
    """A 其中 column named beside the column it is a part of (`X机构…拿到资质的`: X机构 and 其中已取得资质): one
    ask naming both narrows the whole to its part."""
    wholes = {whole_of_part(table, c.column) for c in named} - {""}
    return [c for c in named if c.column not in wholes]


def _asked_cells(table: Table, row: Row, q: str, units: tuple[str, ...]) -> list[Cell]:
    """The cells the question names in the row; when it names none, its one cell in the unit asked, else the
    row's total cell (`X有几件` of a row split by 自然人 | 法人 | 总计 asks X's total), if the table has a total
    column, the cell is in the unit asked (a total of money never answers `多少名`) and no other cell of the row
    states that unit."""
    named = _part_over_whole(table, _named_cells(table, row, _SPOKEN_NOT.sub("未", q)))
    # (a row with one cell in the unit asked names it by that unit: `A镇资金分到多少` of a row's one amount of money)
    # (a bare score under a score's header, `评估得分` | 76.0, is in 分: `多少分` names it)
    in_unit = [c for c in row.cells if c.column not in key_columns(table)
               and (n := parse_number(c.text + (normalize(c.unit) or score_header_unit(c.column)))) is not None
               and n.unit and n.unit in units]
    # (and of the columns the question names in part, `足球…评估多少分` of 足球课（节/周） and 评估得分, the one in the
    # unit asked when each other one states a unit of its own that is not asked — though another column the
    # question does not name is in that unit too: the schools that passed beside all the schools, both in 所)
    in_named = [c for c in in_unit if c in named] if named else in_unit
    if len(in_named) == 1 and all((unit := normalize(c.unit or unit_note(c.column))) and unit not in units
                                  for c in named if c != in_named[0]):
        return in_named
    whole = total_column(table)
    stated = units and any(canonical_unit(q.unit) in {canonical_unit(u) for u in units}
                           for c in row.cells if c.column != whole for q in find_quantities(c.text))
    if named or stated:
        return named  # another cell of the row states a value in the unit asked (`…教师96名` beside a 合计 of money)
    return [c for c in row.cells if c.column == whole and (n := parse_number(c.text + normalize(c.unit)))
            and (not n.unit or not units or n.unit in units)]


# the spoken negation of a state (`没审结`, `还没有完成`) that tables head as 未 (未审结, 未完成)
_SPOKEN_NOT = re.compile(r"还?没有?")


def _named_cells(table: Table, row: Row, q: str) -> list[Cell]:
    """The row's value cells whose column the question names: whole, or each part of a header joined from two
    rows (`心理健康教师（人） 兼职` by 兼职心理健康教师)."""
    keys = key_columns(table)
    values = [c for c in row.cells if c.column not in keys and any(ch.isdigit() for ch in c.text)]
    # (a joined header named part by part names its sub-column; its first part alone names each beside it)
    # (a column named only by a part another names more of — 招生 of 招生计划 beside 自主招生 — is not asked)
    named = most_named([key(c.column) for c in values], q)
    return [c for c in values if _parts_named(c.column, q)] or [c for c in values if key(c.column) in named] \
        or [c for c in values if _sub_column_named(c.column, q)] or _of_year_asked(values, q)


def _worded_named(table: Table, row: Row, q: str) -> list[Cell]:
    """The row's one worded cell (no digit) whose column the question asks by the noun after its asking word;
    [] when it asks none or several."""
    keys = key_columns(table)
    worded = [c for c in row.cells if c.column not in keys and _HAN.search(c.text)]
    # the column is the noun after the asking word (`是什么办学形式`, `主要是什么困难` of 主要困难); a cell with a
    # number in its words (`2辆…逾期3个月`) is not asked alone: the row's words answer (server/answer/lookup.py)
    asked = [m.group(1) for m in _WHAT_NOUN.finditer(q)]
    named = [c for c in worded if any(len(k := key(c.column)) >= 2 and (k.endswith(n) or n.endswith(k))
                                      for n in asked)]
    return named if len(named) == 1 and not any(ch.isdigit() for ch in named[0].text) else []


_HAN = re.compile(r"[\u4e00-\u9fff]")
# the noun a question asking what a row's words say names after its asking word, to the end of its clause
_WHAT_NOUN = re.compile(r"(?:什么|哪种|哪类|怎样的)([\u4e00-\u9fff]{2,8})(?=$|[？?，,。])")


# a column of one year's values (`2027年底`, `2026年`, `2025`): named by its year alone (`2027年…多少个`)
_YEAR_HEAD = re.compile(r"(20\d\d)年?(?:底|末|度)?")


def _of_year_asked(values: list[Cell], q: str) -> list[Cell]:
    """The cell of the one year column whose year is the only year the question names; [] otherwise."""
    asked = set(re.findall(r"20\d\d", q))
    years = {c.column: m.group(1) for c in values if (m := _YEAR_HEAD.fullmatch(key(c.column)))}
    return [c for c in values if years.get(c.column) in asked] if len(asked) == 1 else []


def _parts_named(column: str, q: str) -> bool:
    parts = normalize(BRACKETED_NOTE.sub("", column)).split()
    return len(parts) > 1 and all(len(p) >= MIN_LABEL_CHARS and p in q for p in parts)


def _sub_column_named(column: str, q: str) -> bool:
    """A header joined from two rows named by its lower part alone (`入选作品（件） 乙级` by 乙级): the upper part
    heads several columns and names none of them apart."""
    parts = normalize(BRACKETED_NOTE.sub("", column)).split()
    return len(parts) > 1 and len(parts[-1]) >= MIN_LABEL_CHARS and parts[-1] in _ordinals_spelled(q)


# ordinals run together before the word they share (`一二类`, `一、二级`): each ordinal with that word
_ORDINAL_RUN = re.compile(r"([一二三四五六七八九十](?:[、和及]?[一二三四五六七八九十])+)(等奖|等|类|级)")


def _ordinals_spelled(q: str) -> str:
    """`一二三类` → `一类二类三类`: a question names each of a table's ordinal columns in one word."""
    return _ORDINAL_RUN.sub(lambda m: "".join(f"{d}{m.group(2)}" for d in re.sub("[、和及]", "", m.group(1))), q)


def _of_place_asked(ask: Ask, query: Query, doc_id: str) -> bool:
    """The document speaks for a place the question asks about (any, when it names none) — of it or of a place
    inside it, or of a wider region whose tables name it (a county's row of a city's table) —, and holds every
    key term of the question the library uses (a place its metadata does not give is still named in its text)."""
    doc = ask.reader.documents[doc_id]
    return (not query.regions or any(_speaks_for(r, doc) for r in query.regions)) \
        and ask.reader.coverage(query, flat(normalize(doc.text)))[0] >= FULL


def _speaks_for(region: str, doc: Document) -> bool:
    """The document is the region's by name, or the gazetteer places the two (both known to it): a document of
    a place inside the region, or of a wider one whose tables name the region."""
    if short_name(normalize(region, drop_space=True)) in {short_name(normalize(r, drop_space=True))
                                                          for r in doc.meta.region}:
        return True
    gaz = gazetteer()
    tables = " ".join(f"{t.section} {t.caption} {' '.join(row_label(t, r) for r in t.rows)}" for t in doc.tables)
    return bool(gaz.lookup(region)) and any(gaz.lookup(r) for r in doc.meta.region) \
        and speaks_for(region, doc, tables)
