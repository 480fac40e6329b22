"""The test-set format (one JSON object a line) and its loader; spreadsheets (.xlsx, .csv) too.

Every item names its reference answer, the figures a good answer states, verbatim quotes
that support it and key phrases. Items of type `unanswerable` are questions the corpus
cannot answer: empty answer, sources and figures; the expected behaviour is to abstain.
Errors name the file and line, so a user's own test set is easy to fix.

Staff keep questions in spreadsheets: a .xlsx (first sheet) or .csv with the columns 问题,
参考答案 and optionally 出处 and 编号 becomes a test set (`items_from_table`): the numbers of a
reference answer that parse (figures/numbers.py) become its gold figures, 出处 becomes a source
quote that may lie in any document, and a reference answer of 文件中未找到 (or 无法回答) marks a
question the documents cannot answer.
"""
from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ingest.normalize import normalize

DEFAULT_TESTSET = Path(__file__).resolve().parent / "testset.jsonl"
UNANSWERABLE = "unanswerable"
# the types of the bundled set; a user's file may add its own (any other type is answerable)
KNOWN_TYPES = ("lookup", "computed", "compliance", "target", "measure", "cross_doc", "followup",
               "traditional", "paraphrase", UNANSWERABLE)
QUOTE_MIN, QUOTE_MAX = 8, 60


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoldFigure(_Strict):
    value: float
    unit: str = ""  # as written in the document: 万人, 亿元, %, 元/生/年 … ("" for a pure number)
    tol: float = Field(default=0.0, ge=0)  # absolute, in `unit`


class Source(_Strict):
    doc: str = ""  # doc_id = corpus file stem; "" = any document
    quote: str = Field(min_length=QUOTE_MIN, max_length=QUOTE_MAX)  # verbatim from the document


class Turn(_Strict):
    role: Literal["user", "assistant"]
    content: str = Field(min_length=1)


class ItemFilters(_Strict):
    doc_ids: list[str] = Field(default_factory=list)
    regions: list[str] = Field(default_factory=list)


class Item(_Strict):
    id: str = Field(min_length=1)
    type: str = Field(pattern=r"^[a-z_]+$")
    question: str = Field(min_length=1)
    answer: str
    figures: list[GoldFigure] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    facts: list[str] = Field(default_factory=list)
    history: list[Turn] = Field(default_factory=list)
    filters: ItemFilters | None = None

    @property
    def answerable(self) -> bool:
        return self.type != UNANSWERABLE

    @model_validator(mode="after")
    def _consistent(self) -> Item:
        if not self.answerable:
            if self.answer or self.sources or self.figures or self.facts:
                raise ValueError("an unanswerable item has answer \"\", and no sources, figures or facts")
        else:
            if not self.answer.strip():
                raise ValueError("an answerable item needs a reference answer")
            if not self.sources and not self.figures:
                raise ValueError("an answerable item needs at least one source quote or gold figure")
        if self.type == "followup" and not self.history:
            raise ValueError("a followup item needs a history")
        if any(not f.strip() for f in self.facts):
            raise ValueError("facts must not be empty strings")
        return self


class InvalidTestset(ValueError):
    """A test-set file that cannot be used, with the place to fix it."""

    def __init__(self, path: Path, line: int | None, reason: str):
        self.path, self.line, self.reason = path, line, reason
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {reason}")


def load_testset(path: Path | str = DEFAULT_TESTSET) -> list[Item]:
    """Items in file order. Blank lines are skipped; any bad line raises InvalidTestset.
    A .xlsx or .csv file is read as a spreadsheet (see module docstring)."""
    path = Path(path)
    if path.suffix.lower() in SPREADSHEETS:
        return items_from_table(read_table(path), path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidTestset(path, None, "file not found") from None
    except UnicodeDecodeError as e:
        raise InvalidTestset(path, None, f"not UTF-8 ({e.reason} at byte {e.start})") from None
    return _validated(path, _json_objects(path, text), place="line", duplicate_note="", empty="no items")


def _json_objects(path: Path, text: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) of each non-blank line, in order."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as e:
            raise InvalidTestset(path, number, f"not valid JSON: {e.msg} (column {e.colno})") from None
        if not isinstance(raw, dict):
            raise InvalidTestset(path, number, f"expected a JSON object, got {type(raw).__name__}")
        yield number, raw


def _validated(path: Path, entries: Iterable[tuple[int, dict[str, Any]]], place: str, duplicate_note: str,
               empty: str) -> list[Item]:
    """Items of (line or row number, raw item) entries, in order: each validated, a repeated id
    refused; `place` (line/row) and `duplicate_note` word the duplicate message, `empty` the
    message for no items at all. Entries are read lazily, so errors come in file order."""
    items: list[Item] = []
    seen: dict[str, int] = {}
    for number, raw in entries:
        try:
            item = Item.model_validate(raw)
        except ValidationError as e:
            raise InvalidTestset(path, number, _describe(e)) from None
        if item.id in seen:
            raise InvalidTestset(path, number, f"duplicate id {item.id!r} (first on {place} {seen[item.id]})"
                                               f"{duplicate_note}")
        seen[item.id] = number
        items.append(item)
    if not items:
        raise InvalidTestset(path, None, empty)
    return items


# a number grouped by thousands with ASCII commas (1,088 / 12,345.6): the same number with or without them;
# taken before NFKC, which would turn the Chinese list comma of `120，150，180所` into one as well
_GROUPED = re.compile(r"(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d,])")


@lru_cache(maxsize=65536)
def matching_form(text: str) -> str:
    """The form quotes and passages are compared in. The `|` the loader writes between table cells goes
    too: a quote of a table row is its visible cells, which a reader copies with spaces between them.
    Thousands separators go as well, so a reference fact 1,088条 is found in an answer stating 1088条."""
    ungrouped = _GROUPED.sub(lambda m: m.group().replace(",", ""), text)
    return normalize(ungrouped, drop_space=True).replace("|", "")


def quote_problems(items: list[Item], documents: dict[str, str]) -> list[str]:
    """Sources whose document is unknown or whose quote the document does not contain.

    `documents` maps doc_id → text (raw or cleaned: both normalise to the same matching form).
    """
    normalized = {doc_id: matching_form(text) for doc_id, text in documents.items()}
    problems = []
    for item in items:
        for n, source in enumerate(item.sources, start=1):
            quote = matching_form(source.quote)
            if not source.doc:
                if not any(quote in text for text in normalized.values()):
                    problems.append(f"{item.id} source {n}: quote in no document: {source.quote!r}")
            elif source.doc not in normalized:
                problems.append(f"{item.id} source {n}: unknown doc {source.doc!r}")
            elif quote not in normalized[source.doc]:
                problems.append(f"{item.id} source {n}: quote not in {source.doc}: {source.quote!r}")
    return problems


def _describe(error: ValidationError) -> str:
    parts = []
    for e in error.errors():
        field = ".".join(str(p) for p in e["loc"]) or "item"
        parts.append(f"{field}: {e['msg']}")
    return "; ".join(parts)


# --- spreadsheets ----------------------------------------------------------------------------------

SPREADSHEETS = (".xlsx", ".csv")
COLUMNS = {"question": ("问题", "question"), "answer": ("参考答案", "答案", "answer"),
           "source": ("出处", "来源", "source"), "id": ("编号", "序号", "id")}
# a reference answer saying the documents do not answer the question
NOT_ANSWERABLE = {"文件中未找到", "未找到", "无法回答", "不可回答", "文件未提及", "unanswerable"}
MAX_ROWS = 5000


def read_table(path: Path) -> list[list[str]]:
    """The rows of a .xlsx file's first sheet or of a .csv file (UTF-8 or GB18030), as text."""
    try:
        if path.suffix.lower() == ".xlsx":
            from openpyxl import load_workbook

            workbook = load_workbook(path, read_only=True, data_only=True)
            try:
                rows = [[_cell(v) for v in row] for _, row in zip(range(MAX_ROWS + 2),
                                                                   workbook.worksheets[0].iter_rows(values_only=True))]
            finally:
                workbook.close()
            return rows
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InvalidTestset(path, None, "file not found / 文件不存在") from None
    except Exception as e:  # noqa: BLE001 - openpyxl raises zip, XML and key errors on a damaged file
        raise InvalidTestset(path, None, f"not a readable .xlsx workbook ({type(e).__name__}: {e}) "
                                         "/ 无法读取的 Excel 文件") from None
    for encoding in ("utf-8-sig", "gb18030"):  # Excel saves CSV in the system code page (GBK in China)
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise InvalidTestset(path, None, "CSV is neither UTF-8 nor GB18030 / CSV 编码无法识别")
    return [row for _, row in zip(range(MAX_ROWS + 2), csv.reader(io.StringIO(text)))]


def items_from_table(rows: list[list[str]], path: Path) -> list[Item]:
    """Test items from spreadsheet rows (the first non-empty row is the header); errors name the row."""
    numbered = [(n, [c.strip() for c in row]) for n, row in enumerate(rows, start=1) if any(c.strip() for c in row)]
    if not numbered:
        raise InvalidTestset(path, None, "empty spreadsheet / 表格为空")
    header_line, header = numbered[0]
    where = {key: next((i for i, h in enumerate(header) if unicodedata.normalize("NFKC", h).lower() in names), None)
             for key, names in COLUMNS.items()}
    missing = [COLUMNS[k][0] for k in ("question", "answer") if where[k] is None]
    if missing:
        raise InvalidTestset(path, header_line, f"missing column(s) {'、'.join(missing)} in the header "
                                                f"{header!r} / 表头缺少列：{'、'.join(missing)}")
    if len(numbered) - 1 > MAX_ROWS:
        raise InvalidTestset(path, None, f"more than {MAX_ROWS} questions / 问题超过 {MAX_ROWS} 条")

    return _validated(path, _row_items(path, numbered[1:], where), place="row", duplicate_note=" / 编号重复",
                      empty="no questions below the header / 表头下没有问题")


def _row_items(path: Path, numbered: list[tuple[int, list[str]]],
               where: dict[str, int | None]) -> Iterator[tuple[int, dict[str, Any]]]:
    """(row number, raw item) of each question row, in order; `where`: column of each field."""
    from figures.numbers import find_quantities

    def get(row: list[str], key: str) -> str:
        i = where[key]
        return row[i] if i is not None and i < len(row) else ""

    for line, row in numbered:
        question, answer = get(row, "question"), get(row, "answer")
        item_id = get(row, "id") or f"row-{line}"
        raw: dict[str, Any] = {"id": item_id, "question": question}
        if not question:
            raise InvalidTestset(path, line, "问题为空 / empty question")
        if not answer:
            raise InvalidTestset(path, line, "参考答案为空；文件不能回答的问题请填写“文件中未找到” / empty reference "
                                             "answer (write 文件中未找到 for a question the documents cannot answer)")
        if answer.rstrip("。.").strip() in NOT_ANSWERABLE:
            raw.update(type=UNANSWERABLE, answer="")
        else:
            quotes = [q.strip()[:QUOTE_MAX] for q in get(row, "source").splitlines() if q.strip()]
            short = [q for q in quotes if len(q) < QUOTE_MIN]
            if short:
                raise InvalidTestset(path, line, f"出处过短（至少 {QUOTE_MIN} 字）/ source quote shorter than "
                                                 f"{QUOTE_MIN} characters: {short[0]!r}")
            figures = [{"value": q.value, "unit": q.unit} for q in find_quantities(answer) if q.is_measure]
            if not quotes and not figures:
                raise InvalidTestset(path, line, "请填写出处（原文摘句），或在参考答案中给出数字 / give a source quote "
                                                 "(出处) or a reference answer with a figure to check")
            raw.update(type="figure" if figures else "text", answer=answer, figures=figures,
                       sources=[{"quote": q} for q in quotes])
        yield line, raw


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
