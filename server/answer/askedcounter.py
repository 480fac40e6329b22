"""Whether a table cell's count is the count asked, by the counter and the noun the question counts with — the one
place the verification step (server/answer/verify.py) asks it:

- a count asked in 个 of a noun (`几个学区`) never answered by a column counting another kind (a table of those
  units, whose 学校数 and 在校生 count what each holds), unless the row counts that noun itself;
- a count asked in one counter of things (`几所`) never answered by a bare cell of a column whose head noun is
  counted in another (`抽查教室` counts 间);
- a count asked in a counter a table never writes (开了多少节公开课) never answered by a bare cell of a row that
  names none of the question's words (教职工 88): the counter is the question's, pasted on another row's figure,
  which counts something else. The row asked is not in the table;
- a count of a kind singled out (`多少优秀队员`) never answered by a cell of a column counting the whole kind
  (`队员`) when neither the column, its row nor the table's caption writes what singles them out: the members of
  the group, of whom the table says nothing more.
"""
from __future__ import annotations

import re

from figures.counters import head_counter
from figures.numbers import canonical_unit, parse_number
from figures.tablequery import key
from ingest.models import Table
from ingest.normalize import normalize
from ingest.tables import UNIT_NOTE_END, row_label
from server.answer.askedcolumn import asked_noun, fits, headed_by
from server.answer.draft import Claim, table_of
from server.answer.evidence import Reader, unit_kind
from server.intent import COUNTERS, asked_counter
from server.query import Query

# a count of things asked in 个 (`几个学区`, `多少个项目`): the noun after it is what is counted
_COUNTED_IN_GE = re.compile(r"(?:多少|几)个(?P<noun>[^\W\d的是呢吗啊了]{1,4})")


def other_count(table: Table | None, claim: Claim, column: str, query: Query) -> str:
    """Why the cell of `column` a row's claim states counts other things than the count asked, or ''."""
    counted = other_count_column(column, claim.unit, query.norm, query.units) if column else ""
    if counted and not _row_counts(table, claim, counted):
        # `几个学区` answered by a cell of a table of 学区 counting their schools or pupils
        return f"它是“{column}”的数，不是{counted}的个数"
    return _other_counter(table, claim, column, query) or _whole_kind(table, claim, column, query)


def other_count_column(header: str, unit: str, q: str, units: tuple[str, ...]) -> str:
    """The noun a count asked in 个 is of (`几个学区` → 学区) when the column `header` counts another kind (a
    table of those units, whose 学校数 and 在校生 columns count what each holds), else ''."""
    m = _COUNTED_IN_GE.search(q)
    if m is None or asked_noun(q) != m.group("noun") or headed_by(header, m.group("noun")) \
            or _names_the_noun(header, q[m.start("noun"):]):
        return ""
    return m.group("noun") if fits(header, unit, q, units) is False else ""


def _names_the_noun(header: str, asked: str) -> bool:
    """The column's own noun ends the noun asked, however long (`储物箱（个）` of 几个书包储物箱): the cells count
    the very things asked, the words before naming what they serve."""
    noun = key(header)
    whole = re.match(r"[^\W\d的是呢吗啊了有]+", asked)
    return len(noun) >= 2 and whole is not None and whole.group().endswith(noun)


def _row_counts(table: Table | None, claim: Claim, noun: str) -> bool:
    """The claim's row counts `noun` itself: an indicator row naming it in a noted counter (`X学院（个）` of an
    indicator table by year, whatever its columns say), or a row with a column of its own naming it (`一等奖`,
    `其中骨干教师` of 几个奖, 几个骨干) — the answer states that cell beside the row's others."""
    if table is None or claim.hit.chunk.row_index is None:
        return False
    row = table.rows[claim.hit.chunk.row_index]
    if any(noun in normalize(c.column, drop_space=True) and parse_number(c.text) for c in row.cells):
        return True  # (a column of figures: one of names, `学区` of a list of 学区, counts nothing)
    label = normalize(row_label(table, row), drop_space=True)
    noted = UNIT_NOTE_END.search(label)
    return noted is not None and noun in label[:noted.start()] \
        and normalize(noted.group()).strip("()（）") == claim.unit


def _other_counter(table: Table | None, claim: Claim, column: str, query: Query) -> str:
    """A bare cell of a column whose head noun is counted in another counter than the one the question asks
    (`抽查教室` counts 间, `几所` asks 所): its figure counts other things, whatever row it stands in; ''."""
    row = claim.hit.chunk.row_index
    if table is None or row is None or row >= len(table.rows) or not column or len(query.units) != 1:
        return ""
    cell = next((c for c in table.rows[row].cells if c.column == column), None)
    value = parse_number(cell.text) if cell is not None else None
    counter = head_counter(key(column))
    asked = canonical_unit(query.units[0])
    # (个 counts anything, 人 people under any name: only two different counters of things tell them apart)
    if value is None or value.unit or not counter or unit_kind(asked) != asked or "个" in (asked, counter) \
            or unit_kind(canonical_unit(counter)) != canonical_unit(counter) or canonical_unit(counter) == asked:
        return ""
    return f"它是“{key(column)}”的数（以{counter}计），不是所问的“{query.units[0]}”"


def other_row_counted(reader: Reader, query: Query, claim: Claim) -> str:
    """Why a table cell answers no count asked in a counter its table does not write, or ''."""
    chunk = claim.hit.chunk
    counter = asked_counter(query.norm)
    if chunk.row_index is None or counter is None:
        return ""
    doc = reader.documents[chunk.doc_id]
    table = table_of(doc, chunk)
    if table is None or chunk.row_index >= len(table.rows):
        return ""
    written = normalize(" ".join([table.caption, *table.columns, *table.units.values(),
                                  *(row_label(table, r) for r in table.rows)]), drop_space=True)
    if counter.group(1) in written:
        return ""  # the table counts in it: its own reading of rows and columns decides
    row = table.rows[chunk.row_index]
    label = normalize(row_label(table, row), drop_space=True)
    # (the thing asked may head a column or the table, of rows by year or by school: its cells count it; or a
    # cell of words in the row names it with its count, as a project's 建设内容 does)
    named = " ".join([normalize(" ".join([table.caption, *table.columns]), drop_space=True), label,
                      normalize(" ".join(c.text for c in row.cells), drop_space=True)])
    title = normalize(doc.meta.title, drop_space=True)
    own = [t for t in query.terms if t not in title]
    if not own or any(t in named or label in t for t in own):
        return ""
    return f"它是“{label}”一行的数，表中没有以“{counter.group(1)}”计的“{own[-1]}”"


def _whole_kind(table: Table | None, claim: Claim, column: str, query: Query) -> str:
    """A cell of a column counting the kind (`队员`) whose qualified kind is asked (`优秀队员`), the qualifier
    written neither in its column, its row's label nor the caption; ''. Money is no kind singled out: a table of
    one fund's grants heads its amounts 金额 for the fund the title names."""
    row, head, noun = claim.hit.chunk.row_index, key(column), asked_noun(query.norm)
    if table is None or row is None or row >= len(table.rows) or not head or len(noun) <= len(head) \
            or not noun.endswith(head) or unit_kind(claim.unit) == "money":
        return ""
    qualifier = noun[:-len(head)]
    if not qualifier.strip(COUNTERS):  # `几支代表队`: a counter before the noun singles nothing out
        return ""
    said = key(row_label(table, table.rows[row])) + key(table.caption or "") + head
    return "" if qualifier in said else f"它是“{head}”的数，不是所问的“{noun}”"
