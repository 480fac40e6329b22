"""Questions over a whole table (`表3中占地面积合计多少`, `哪些项目是2025年的？有几个`, `占地面积最大的是
哪个项目`, `约束性指标有哪些`): the question is mapped onto a figures.tablequery template — never
free-form code — and every cell the answer uses is cited by its row.

The table is the one of the documents in scope whose caption, headers and cells the question
names most. The question names: a measured column (占地面积, 2020), rows by a cell value (约束性,
2025, 高职城区域), by their label or group, a numeric condition (大于30000, 没有到100%, 下降,
建筑面积大于占地面积) and what it wants (哪些 → list, 几个 → count, 合计 → sum, 平均 → mean,
最大/最小 → max/min).
"""
from __future__ import annotations

import re

from figures.numbers import parse_number
from figures.tablequery import Condition, TableCell, TableQuery, TableQueryError, TableResult, cells_of, key, run
from ingest.models import Table
from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.draft import Claim, Draft
from server.answer.text import computed_figure, region_of
from server.retrieve import Hit

_MAX = re.compile(r"最大|最多|最高|最长")
_MIN = re.compile(r"最小|最少|最低|最短")
_MEAN = re.compile(r"平均")
_SUM = re.compile(r"合计|总计|总共|一共|之和|加起来|总和|累计")
_COUNT = re.compile(r"(?<!哪)(?:几个|几项|几所|几类)|多少个|多少项|多少所|有几|共几")
_LIST = re.compile(r"哪些|哪几|哪个|哪项|哪一|哪所|列出|分别是什么")
# a direction of change as a property of rows (`哪项指标下降了`, `增加最多`), not `增加了多少`
_FALL = re.compile(r"(?:下降|减少|降低|回落|下滑)(?!了?多少|了?百分)")
_RISE = re.compile(r"(?:上升|增加|增长|提高|提升)(?!了?多少|了?百分)")
_COMPARE = re.compile(r"(大于|超过|高于|多于|不低于|不少于|达到|小于|低于|少于|不到|没有到|没到|未达到|没有达到|"
                      r"不足|等于)"
                      r"\s*(\d+(?:\.\d+)?\s*(?:%|万平方米|平方米|万人|人|万元|元|所|个)?)")
_OP = {"大于": ">", "超过": ">", "高于": ">", "多于": ">", "不低于": ">=", "不少于": ">=", "达到": ">=", "小于": "<",
       "低于": "<", "少于": "<", "不到": "<", "没有到": "<", "没到": "<", "未达到": "<", "没有达到": "<", "不足": "<",
       "等于": "="}
_BETWEEN = re.compile(r"大于|超过|高于|多于|小于|低于|少于|等于")
_QUALIFIED = re.compile(r"[“\"]?(大于|超过|高于|小于|低于|不低于|不超过|以上|以下)[”\"]?[^0-9]{0,6}(?:表示|表述|写)")
_QUALIFIER = {"大于": ">", "超过": ">", "高于": ">", "以上": ">", "不低于": ">", "小于": "<", "低于": "<",
              "不超过": "<", "以下": "<"}
_TABLE_NUMBER = re.compile(r"表\s*(\d{1,2})")
_YEAR = re.compile(r"(20\d\d)")
_YEAR_COLUMN = re.compile(r"(20\d\d)年?(?:底|末)?")
MIN_CAPTION_BIGRAMS = 3  # two-character pieces of a caption the question must share to name the table by it
MIN_MENTIONS = 1
MAX_SHOWN = 3  # rows shown beside a maximum or minimum


class WholeTable:
    def try_answer(self, ask: Ask) -> Draft | None:
        q = normalize(ask.query.norm, drop_space=True)
        if not (_MAX.search(q) or _MIN.search(q) or _MEAN.search(q) or _SUM.search(q) or _COUNT.search(q)
                or _LIST.search(q)):
            return None
        # the documents in scope, else those of the passages found: reading every document's
        # tables would grow with the library
        docs = ask.scope if ask.scope is not None else list(dict.fromkeys(h.chunk.doc_id for h in ask.hits))
        tables = [t for d in docs for t in ask.reader.documents[d].tables if t.rows]
        scored = sorted(((_mentions(t, q), i, t) for i, t in enumerate(tables)), key=lambda x: (-x[0], x[1]))
        for score, _, table in scored:
            if score < MIN_MENTIONS:
                break
            query = parse(table, q, ask.query.units)
            try:
                result = run(table, query) if query else None
            except TableQueryError:
                result = None
            if result is not None and result.cells:
                return compose(ask, table, result)
        return None


def _mentions(table: Table, q: str) -> int:
    """How strongly the question names this table: its number, caption, headers and cell values."""
    score = 0
    number = _TABLE_NUMBER.search(q)
    if number and re.match(rf"\s*(?:表\s*)?{number.group(1)}\s*[:：]", normalize(table.caption)):
        score += 3
    # its caption, or the heading it stands under when it has none (`资源配置7项指标自评情况`)
    caption = re.sub(r"^\d+[:：]", "", key(table.caption or table.section.rsplit(">", 1)[-1]))
    shared = {caption[i:i + 2] for i in range(len(caption) - 1)} & {q[i:i + 2] for i in range(len(q) - 1)}
    score += len(shared) if len(shared) >= MIN_CAPTION_BIGRAMS else 0
    headers = _data_columns(table)
    score += sum(1 for h in headers if column_named(key(h), q))
    score += 1 if _categories(table, q) else 0
    # several of its groups named together (`学前、义务教育、高中阶段三个学段里`) name the table
    score += 1 if sum(_group_named(key(g), q) for g in _groups(table)) >= 2 else 0
    if score == 0:
        return 0  # a row label or a group word alone (小学) does not name a table
    score += 1 if _labels(table, q) else 0
    score += 1 if any(_group_named(key(g), q) for g in _groups(table)) else 0
    return score


def parse(table: Table, q: str, units: tuple[str, ...] = ()) -> TableQuery | None:
    """The template the question maps onto, or None when it names nothing to measure or filter.
    `units`: the units the question asks in (its 人数 keeps the counts, not the rates of a group)."""
    columns = {key(c): c for c in _data_columns(table)}
    numeric = [k for k, c in columns.items() if _numeric(table, c)]
    named = [k for k in columns if column_named(k, q)]
    # year columns (an indicator table), headed `2020` or `2020年`
    by_year = {m.group(1): k for k in columns if (m := _YEAR_COLUMN.fullmatch(k))}
    years = [by_year[y] for y in _YEAR.findall(q) if y in by_year]
    where = _categories(table, q)
    labels = _labels(table, q)
    groups = [key(g) for g in _groups(table) if _group_named(key(g), q)]
    measure = [k for k in named if k in numeric] or years[-1:]
    condition = None
    pair = _column_pair(list(columns), q)
    compare = _COMPARE.search(q)
    qualifier = _QUALIFIED.search(q)
    if pair:
        measure, condition = [pair[0]], Condition(pair[1], other=pair[2])  # type: ignore[arg-type]
    elif compare and not qualifier:
        threshold = parse_number(compare.group(2))
        if threshold is not None:
            condition = Condition(_OP[compare.group(1)], number=threshold.value)  # type: ignore[arg-type]
    change_from = None
    year_columns = list(by_year.values())
    ranks = bool(_MAX.search(q) or _MIN.search(q) or _LIST.search(q))
    if ranks and (_FALL.search(q) or _RISE.search(q)) and len(year_columns) >= 2 and not compare:
        old, new = (years[0], years[-1]) if len(years) >= 2 else (year_columns[0], year_columns[-1])
        measure = [new]
        if _MAX.search(q) or _MIN.search(q):
            change_from = old
        else:  # `哪项指标下降了`: the later value below the earlier one
            condition = Condition("<" if _FALL.search(q) else ">", other=old)
    if _MAX.search(q) or _MIN.search(q):
        aggregate = "max" if _MAX.search(q) and not (_MIN.search(q) and not _RISE.search(q)) else "min"
        if _FALL.search(q) and change_from:
            aggregate = "min" if aggregate == "max" else "max"  # `下降最多`: the lowest change
        if not measure:
            return None
    elif _MEAN.search(q) and measure:
        aggregate = "mean"
    elif _SUM.search(q) and measure and (where or labels or groups or condition or len(labels) != 1):
        aggregate = "sum"
    elif _COUNT.search(q):
        aggregate = "count"
    elif _LIST.search(q):
        aggregate = "list"
    else:
        return None
    mark = _QUALIFIER[qualifier.group(1)] if qualifier else None
    if aggregate in ("list", "count") and not (where or condition or groups or labels or mark):
        return None  # nothing chosen: a question about one row, not the table
    if aggregate in ("sum", "mean") and len(labels) == 1 and not where:
        return None
    if aggregate == "count" and measure and condition is None and not mark:
        return None  # `生均教学仪器设备值有多少所学校达标`: a value of the table, not a count of its rows
    # several groups compared by a max/min (`三个学段里哪个学段增加最多`): each group's own rows, not their parts
    top_level = aggregate in ("max", "min") and len(groups) >= 2 and not labels
    return TableQuery(aggregate, measure, labels, where, groups, condition, change_from, mark,  # type: ignore[arg-type]
                      tuple(units), top_level)


def column_named(column: str, q: str) -> bool:
    """The question names the column: whole, or by its first half or more (`占地` for 占地面积)."""
    if len(column) < 2 or column.isdigit():
        return False
    if column in q:
        return True
    head = column[:max(2, (len(column) + 1) // 2)]
    return len(column) >= 4 and head in q


def _column_pair(columns: list[str], q: str) -> tuple[str, str, str] | None:
    """`建筑面积大于占地面积`: (column, comparator, other column) when a comparison joins two columns."""
    for m in _BETWEEN.finditer(q):
        before = [c for c in columns if column_named(c, q[:m.start()]) and q[:m.start()].endswith(
            next(f for f in (c, c[:max(2, (len(c) + 1) // 2)]) if f in q[:m.start()]))]
        after = [c for c in columns if q[m.end():].startswith(c) or (len(c) >= 4 and q[m.end():].startswith(c[:2]))]
        if before and after and before[0] != after[0]:
            return before[0], _OP[m.group()], after[0]
    return None


def compose(ask: Ask, table: Table, result: TableResult) -> Draft:
    reader, book = ask.reader, ask.book
    doc = reader.documents[table.doc_id]
    caption = normalize(table.caption or table.section)
    hits = {r.index: hit for r in result.rows if (hit := _row_hit(reader.chunks_of[doc.doc_id], table, r.index))}
    marks = {r.index: book.cite(hits[r.index], r.start, r.end) for r in result.rows if r.index in hits}
    where = f"依据{region_of(doc)}《{caption}》"
    computation = result.computation
    names = _names(result)
    shown = result.cells[:MAX_SHOWN] if result.query.aggregate in ("max", "min") else result.cells
    details = "；".join(f"{name}：{_values(table, result, c)}[{marks[c.row.index]}]"
                        for name, c in zip(names, shown) if c.row.index in marks)
    first = next(iter(hits.values()), None)
    if result.query.aggregate == "list":
        answer = f"共{len(names)}个：{'、'.join(names)}。{where}：{details}"
        return Draft(answer, False, book.citations)
    assert computation is not None
    ids = sorted(set(marks.values()))
    figure = computed_figure(computation, ids[0])
    figure.citation_ids = ids
    # what the figure is of: the table, its measured columns and the groups and labels it was chosen among
    context = " ".join([caption, *result.query.measure, *result.query.groups, *result.query.labels, *names[:1]])
    claim = Claim(computation.unit, context, first, (first.chunk.start, first.chunk.end), computed=True) \
        if first else None
    if result.query.aggregate == "count":
        answer = f"{len(names)}个：{'、'.join(names)}（{computation.formula}）。{where}：{details}"
    elif result.query.aggregate in ("max", "min"):
        # the change that ranks it, when the rows are ranked by one (`增加最多`): 9.07 − 7.23 = 1.84万人
        ranking = next((x for x in computation.related if x.value == computation.value), None) \
            if result.query.change_from else None
        by = f"，{ranking.formula.split('（')[0]}" if ranking else ""
        answer = f"{names[0]}（{_values(table, result, result.cells[0])}{by}）。{where}：{details}"
    else:
        answer = f"{computation.formula}{''.join(f'[{i}]' for i in ids)}。{where}：{details}"
    return Draft(answer, False, book.citations, [figure], [claim] if claim else [])


def _names(result: TableResult) -> list[str]:
    if result.varies == "column":
        return [normalize(key(c.column)) for c in result.cells]
    # rows chosen among several groups are named with their group (`义务教育 在校学生数`)
    grouped = len(result.query.groups) > 1
    return [" ".join(([key(c.group)] if grouped and c.group else []) + [key(part) for part in c.label.split(" ")])
            for c in result.cells]


def _values(table: Table, result: TableResult, c: TableCell) -> str:
    """The cells of the row that the query looked at (all data cells of a record row when it measured none)."""
    row = [x for x in cells_of(table) if x.row is c.row]
    shown = [x for x in row if key(x.column) in set(result.query.measure) | set(result.query.where)
             | {result.query.change_from or "", result.query.condition.other if result.query.condition else ""}]
    if result.varies == "column":
        return f"{normalize(c.cell.text)}{normalize(c.cell.unit)}"
    return "，".join(f"{normalize(x.column)}：{normalize(x.cell.text)}{normalize(x.cell.unit)}" for x in shown or row)


def _row_hit(chunks: list, table: Table, index: int) -> Hit | None:
    chunk = next((c for c in chunks if c.table_id == table.table_id and c.row_index == index), None)
    return Hit(-1, chunk, 0.0) if chunk else None


def _data_columns(table: Table) -> list[str]:
    cells = cells_of(table)
    return list(dict.fromkeys(c.column for c in cells))


def _numeric(table: Table, column: str) -> bool:
    """Most of the column's cells are amounts (not text, not bare years such as 2021)."""
    values = [c for c in cells_of(table) if c.column == column]
    amounts = [c for c in values if c.value is not None and not _YEAR.fullmatch(c.cell.text.strip())]
    return bool(values) and len(amounts) >= len(values) / 2


def _categories(table: Table, q: str) -> dict[str, str]:
    """Cell values the question names, by column: text cells (约束性, 高职城区域), and years in a
    column of years (`2025年的项目`)."""
    found: dict[str, str] = {}
    for c in cells_of(table):
        text = key(c.cell.text)
        if len(text) < 2 or c.value is not None and not _YEAR.fullmatch(text):
            continue
        if _YEAR.fullmatch(text) and not re.search(rf"{text}\s*年", q):
            continue
        if text in q:
            found.setdefault(key(c.column), text)
    return found


def _labels(table: Table, q: str) -> list[str]:
    labels = []
    for c in cells_of(table):
        for form in (key(c.own_label), key(c.label)):
            if len(form) >= 3 and form in q and form not in labels:
                labels.append(form)
    return labels


def _groups(table: Table) -> set[str]:
    """The row groups of the table (分类 of a grouped indicator table)."""
    return {c.group for c in cells_of(table) if c.group}


def _group_named(group: str, q: str) -> bool:
    """The question names the group whole, or without the 教育 of a stage's name (学前 for 学前教育)."""
    return len(group) >= 2 and (group in q or (group.endswith("教育") and len(group) >= 4 and group[:-2] in q))
