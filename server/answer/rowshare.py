"""A share a table row gives by two of its cells: the part's column and the whole's (`年度 | 乡村学校数 |
配齐专职心理教师学校数`, `学期 | 应测人数 | 实测人数`). Statistics and progress tables set a year's counts side by
side and leave the rate to the reader; the question names the part and the whole (`配齐心理教师的学校占乡村学校
的比例`) and the year, which the row's label names. A rate the prose states as a requirement (`原则上不低于…的70%`)
is no answer for a year's actual share, which this computes from the row, formula and cells cited."""
from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher

from figures.compute import ComputeError, share
from figures.tablequery import key
from ingest.models import Cell, Table
from ingest.normalize import normalize
from ingest.tables import row_label
from server.answer.base import Ask
from server.answer.draft import Claim, Draft, table_of
from server.answer.text import computed_figure, region_of
from server.calc import cell_operand
from server.query import Query
from server.regions import without_places
from server.retrieve import Hit

CANDIDATE_PASSAGES = 8  # leading passages whose table rows are read
NAMES_MIN = 0.75  # share of a noun's characters a column's header must hold to be the one it names
# words of a question's part or whole that name no column (a year's `学年`, `的`, the scope)
_NOT_NAMING = re.compile(r"^(?:学年|年度|年底|年末|全县|全市|全区|全省)|的|[\s“”\"'‘’]")
# words a part ends with that count what the column counts (`农村园学位` of `学位数 农村园`, `寄宿学生` of
# `寄宿（人）`): tried without them when the part as written names no column
# (and money's nouns, `校舍维修资金` of `其中校舍维修（万元）`: a column in 元 counts money)
_COUNT_WORDS = re.compile(r"(?:岗位|名额|职数|人数|数量|个数|学生|资金|经费|金额)$")
# a whole asked as a total (`学位总数`, `经费合计`): the column of a two-level header's group that totals it
_TOTAL_ASKED = re.compile(r"(?:总数|总量|总额|总计|合计|总和)$")
_TOTAL_COLUMN = re.compile(r"(?:小计|合计|总计|总数|总额|共计)$")
# a whole asked as all there are of it, or as all the document deals out (`本批`, `本次` of a notice dealing it out)
_ALL_ASKED = re.compile(r"^(?:全部|所有|全体|本批|本次)")
_PART_HEADER = re.compile(r"^其中")  # a column of a part of the column before it (`下达金额 | 其中校舍维修`)
_TOTAL_ROW = re.compile(r"^(?:合计|总计|共计|全县|全市|全区|全省|总体)")


def _names(noun: str, header: str) -> float:
    """Share of the noun's characters the header holds (headers write the noun in full, questions
    in short: 实测 for 实际测试学生数)."""
    return sum(ch in header for ch in noun) / len(noun) if noun else 0.0


def _best(cells: list[Cell], noun: str, other: str) -> list[Cell]:
    """The columns naming `noun` best (and better than `other`): two equally good ones leave it open."""
    fits = [(_names(noun, normalize(c.column)), c) for c in cells]
    fits = [(score, c) for score, c in fits if score >= NAMES_MIN and score > _names(other, normalize(c.column))]
    top = max((score for score, _ in fits), default=0.0)
    return [c for score, c in fits if score == top]


def _without_subject(noun: str, title: str) -> str:
    """The noun without the event or programme its document's title names before it (`读书节征文篇数` of a
    读书节 notice → 征文篇数): a question names what it counts of by the title's words, a column never does."""
    rest = noun
    # (the title's words in turn: the place, then the event, `冰湖区…读书节`)
    while k := next((k for k in range(len(rest) - 2, 1, -1) if rest[:k] in title), 0):
        rest = rest[k:]
    return rest if rest != noun else ""


def _group_total(cells: list[Cell], parts: list[Cell], rest: str) -> list[Cell]:
    """The column totalling the part's group under a two-level header (`学位数 农村园` → `学位数 小计`),
    named by the whole's words besides its total word (`学位` of 学位总数)."""
    if len(parts) != 1 or len(rest) < 2 or " " not in normalize(parts[0].column):
        return []
    group = normalize(parts[0].column).rsplit(" ", 1)[0]
    return [c for c in cells if c is not parts[0] and _TOTAL_COLUMN.search(normalize(c.column))
            and normalize(c.column).rsplit(" ", 1)[0] == group and _names(rest, normalize(c.column)) >= NAMES_MIN]


class RowShare:
    """Handler: part ÷ whole from two cells of the table row the question's year names (module doc).
    None unless exactly one column names the part and another the whole, in one unit, part ≤ whole."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if query.operation != "share" or query.asked.compliance or len(query.asks) > 1:
            return None
        part, whole = (_NOT_NAMING.sub("", _without_places(query, normalize(n)))
                       for n in (query.asked.part, query.asked.whole))
        if len(part) < 2 or len(whole) == 1:
            return None
        # the reader's row: its best passage, or when that is prose, the best row of the same document (the
        # sentence leading to the table ranks above the rows it points to)
        lead = ask.evidence.hit
        if lead.chunk.row_index is None:
            lead = next((h for h in ask.ranked[:CANDIDATE_PASSAGES] if h.chunk.row_index is not None
                         and h.chunk.doc_id == lead.chunk.doc_id), lead)
        for hit in ask.ranked[:CANDIDATE_PASSAGES]:
            doc = reader.documents[hit.chunk.doc_id]
            table = table_of(doc, hit.chunk)
            if table is None or hit.chunk.row_index is None:
                continue
            row = table.rows[hit.chunk.row_index]
            # a whole asked as all there are (`全部受助人数`) of no row the question names: the total row's total
            every = _ALL_ASKED.match(whole) is not None and not query.years and not any(
                normalize(row_label(table, r)) in query.norm for r in table.rows if normalize(row_label(table, r)))
            # a share asked of no row the question names, the reader's row naming none of its words: the share
            # of all the table counts, its total row's (a site's row is one part of the candidates asked of)
            # (the words the question shares with its document's title name the event, `X竞赛获奖`, not a row)
            overall = not every and not query.years and hit is lead \
                and not _names_row(normalize(row_label(table, row)),
                                   _without_title(_without_places(query, query.norm), normalize(doc.meta.title)))
            # a whole asked by what the table counts (`学籍异动` of a table under a bulletin of them), naming none
            # of its columns nor rows: every row's part column over the total column, the total row's
            subject = not every and not overall and not query.years \
                and _counted_by_table(doc.meta.title, table, whole) and _names_no_row(table, query)
            if every or overall or subject:
                total_row = next((r for r in table.rows if _TOTAL_ROW.match(normalize(row_label(table, r)))), None)
                overall = overall and total_row is not None
                row = total_row or row
                hit = Hit(-1, reader.row_chunk(table, row.index) or hit.chunk, hit.score)  # its own row cited
            label = normalize(row_label(table, row))
            total = _TOTAL_ASKED.search(whole)
            # (the reader's row: its evidence, or the leading row of its document when the question names that row)
            read = hit is ask.evidence.hit or hit is lead and bool(label) and label in query.norm
            chosen = read or overall \
                or ((total is not None or every or subject) and _TOTAL_ROW.match(label) is not None)
            if not query.years and not chosen or not all(y in label for y in query.years):
                continue  # the year asked is the row's; without one, the row the reader chose or the total row
            cells = [c for c in row.cells if cell_operand(c) is not None]
            # the row named before the column (`实验小学缺口` of the row `…实验小学`): the column's name is the rest
            named = _without_row(part, label)
            parts = _best(cells, named, whole) or _best(cells, _COUNT_WORDS.sub("", named), whole) \
                or _best(cells, _without_subject(named, normalize(doc.meta.title)), whole)
            group = _group_total(cells, parts, whole[:total.start()]) if total else []
            if group and not query.years and not _TOTAL_ROW.match(label) and (not label or label not in query.norm):
                continue  # a group's total asked of no row the question names: the total row's, not another's
            if not group and not query.years and not read \
                    and not ((every or overall or subject) and chosen):
                continue  # the total row is taken unchosen only for its group's total, or a whole of all
            # (a whole asked by its kind, `中考体育考生`, as a column names it by its head noun, `考生数`; a whole
            # not asked, `达标的学校占比`, is the column counting what the part's column counts, `检查学校数`)
            # (not a whole asked as a total, `全区查处总数`: its head is the total word, which any total column holds)
            wholes = group or (_best(cells, whole, named) or (_best(cells, whole[-_HEAD:], named) if total is None
                                                               else []) if whole else _counting_alike(cells, parts))
            if (every or subject) and chosen and not wholes:  # the whole of all: the row's one total column (小计)
                wholes = [c for c in cells if _TOTAL_COLUMN.search(key(c.column))] or _split(cells, parts)
            elif not wholes and whole:
                # the row asked and the kind its columns split by grade (`某学段近视学生` of `轻度近视 | 中度近视 | …
                # | 合计`, a row per stage): the row's own total column
                wholes = _kinds_total(cells, _without_row(whole, label))
            if len(parts) != 1 or len(wholes) != 1 or parts[0] is wholes[0]:  # one cell is no share of itself
                continue
            a, b = (cell_operand(c, table, row, normalize(c.column)) for c in (parts[0], wholes[0]))
            if a is None or b is None or a.value > b.value:
                continue
            if a.unit == "" and b.unit in COUNT_UNITS:  # a bare count beside its whole's `考生数（人）` counts alike
                a = replace(a, unit=b.unit, unit_as_written=b.unit_as_written)
            elif b.unit == "" and a.unit in COUNT_UNITS:  # … and a bare whole beside a part's `（个）`
                b = replace(b, unit=a.unit, unit_as_written=a.unit_as_written)
            if a.unit != b.unit:
                continue
            try:
                names = [normalize(c.column) for c in (parts[0], wholes[0])]
                result = share(a, b, label=f"{label} {names[0]} 占 {names[1]} 比例")
            except ComputeError:
                continue
            n = ask.book.cite(hit, row.start, row.end)
            where = f"《{normalize(table.caption)}》" if table.caption else "文件表格"
            said = "，".join(f"{normalize(c.column)}：{c.text}{_unit(c)}" for c in (wholes[0], parts[0]))
            return Draft(f"{result.label}：{result.formula}[{n}]。依据{region_of(doc)}{where}“{label}”：{said}[{n}]",
                         False, ask.book.citations, [computed_figure(result, n)],
                         [Claim(result.unit, result.label, hit, (row.start, row.end), True)])
        return None


COUNT_UNITS = ("人", "所", "个", "项", "名", "间", "班")  # a count's units: a bare cell beside one counts alike
_HEAD = 2  # characters of a whole's head noun (考生 of 中考体育考生)
ROW_NAMED_RUN = 3  # characters of a row's label a question must share to name that row (小学三 of 小学三至六年级)
_COUNT_NOUN = re.compile(r"[\u4e00-\u9fff]{2}数$")  # what a count column counts (学校数, 人数 with its noun)


def _names_row(label: str, norm: str) -> bool:
    """Whether the question (its places left out: 县 of a county's name is no row's) names the row: its label, or a
    run of ROW_NAMED_RUN characters of it."""
    m = SequenceMatcher(None, label, norm, autojunk=False).find_longest_match(0, len(label), 0, len(norm))
    return bool(label) and (label in norm or m.size >= ROW_NAMED_RUN)


TITLE_RUN = 4  # characters of a run a question shares with its document's title that name the document's event


def _without_title(norm: str, title: str) -> str:
    """The question without each run of TITLE_RUN characters or more it shares with the document's title."""
    while (m := SequenceMatcher(None, norm, title, autojunk=False).find_longest_match(0, len(norm), 0, len(title))) \
            .size >= TITLE_RUN:
        norm = norm[:m.a] + " " + norm[m.a + m.size:]
    return norm


def _counted_by_table(title: str, table: Table, whole: str) -> bool:
    """Whether the whole asked is what the table counts: its caption, section or its document's title names it, and
    no column does (a column naming it is the whole's own)."""
    said = normalize(f"{title} {table.caption} {table.section}", drop_space=True)
    return len(whole) >= 2 and whole in said and not any(whole in key(c) for c in table.columns)


def _names_no_row(table: Table, query: Query) -> bool:
    """Whether the question (its places left out) names none of the table's rows."""
    norm = _without_places(query, query.norm)
    return not any(_names_row(label, norm) for r in table.rows if (label := normalize(row_label(table, r))))


def _counting_alike(cells: list[Cell], parts: list[Cell]) -> list[Cell]:
    """The whole of a part column when the question names none: the one column before it counting the same
    noun (`抽查学校数 | 课表开足学校数`): the units looked at, of which the part's are those that met the bar."""
    if len(parts) != 1:
        return []
    noun = _COUNT_NOUN.search(key(parts[0].column))
    if noun is None:
        return _totalling(cells, parts[0])
    before = [c for c in cells[:cells.index(parts[0])] if key(c.column).endswith(noun.group())]
    return before if len(before) == 1 else []


def _totalling(cells: list[Cell], part: Cell) -> list[Cell]:
    """The one other column totalling what the part's column counts, by its head noun (`城区学生` → `学生总数`):
    a year's row of kinds beside their total, of which a kind's share is asked with no whole named."""
    head = key(part.column)[-_HEAD:]
    totals = [c for c in cells if c is not part and head in key(c.column) and _TOTAL_WORD.search(key(c.column))]
    return totals if len(totals) == 1 and not _TOTAL_WORD.search(key(part.column)) else []


_TOTAL_WORD = re.compile(r"总数|总量|合计|小计|总计|总额")
_KIND_CHARS = 2  # characters of the noun every column of a split ends with (近视 of 轻度近视, 中度近视)


def _kinds_total(cells: list[Cell], rest: str) -> list[Cell]:
    """The one total column of a row whose other columns, two at least, all end with a noun the whole asked holds
    (`轻度近视 | 中度近视 | 高度近视 | 合计` of 近视学生): the kinds of it split by grade, and their total."""
    totals = [c for c in cells if _TOTAL_COLUMN.search(key(c.column))]
    kinds = [key(c.column) for c in cells if c not in totals]
    noun = kinds[0][-_KIND_CHARS:] if kinds else ""
    if len(totals) != 1 or len(kinds) < 2 or len(noun) < _KIND_CHARS or noun not in rest \
            or not all(k.endswith(noun) and len(k) > len(noun) for k in kinds):
        return []
    return totals


def _split(cells: list[Cell], parts: list[Cell]) -> list[Cell]:
    """The column a part's `其中` column splits: the one right before it."""
    if len(parts) != 1 or not _PART_HEADER.match(normalize(parts[0].column)):
        return []
    at = cells.index(parts[0])
    return cells[at - 1:at] if at > 0 else []


ROW_NAME_CHARS = 2  # a run of the row's label a part must open with to be named by it


def _without_row(noun: str, label: str) -> str:
    """The noun without the row's name it opens with (`实验小学缺口` of the row `某县实验小学` → 缺口)."""
    m = SequenceMatcher(None, noun, label, autojunk=False).find_longest_match(0, len(noun), 0, len(label))
    end = m.a + m.size
    if m.a == 0:  # the label as the question words it, one character apart (小学三到六年级 of 小学三至六年级)
        for b in SequenceMatcher(None, noun, label, autojunk=False).get_matching_blocks():
            if b.a > end and b.a <= end + 1 and b.size >= ROW_NAME_CHARS:
                end = b.a + b.size
    rest = noun[end:]
    return rest if m.a == 0 and m.size >= ROW_NAME_CHARS and len(rest) >= 2 else noun


def _unit(cell: Cell) -> str:
    """The unit a cell's header gives its bare number (`招收人数(名)` → 名), shown with the number it counts."""
    unit = normalize(cell.unit)
    return unit if unit and unit != "%" and not cell.text.strip().endswith(unit) else ""


def _without_places(query: Query, noun: str) -> str:
    """The noun without the places the question names (`年青溪县新招聘教师`: a place names no column)."""
    return without_places(noun, query.regions)
