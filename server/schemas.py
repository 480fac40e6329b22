"""The API contract: what `POST /api/ask`, `policyqa ask --json` and eval exchange.

Requests forbid unknown fields and bound their sizes so bad input gets a clear 4xx;
responses are exactly the shape documented in issue 3.
"""
from __future__ import annotations

import unicodedata
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ingest.metadata import valid_date

MAX_QUESTION_CHARS = 2000
MAX_HISTORY_TURNS = 50
MAX_TURN_CHARS = 4000


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Turn(_Strict):
    role: Literal["user", "assistant"]
    content: str = Field(max_length=MAX_TURN_CHARS)


class Filters(_Strict):
    """Restrict the search to these documents and/or regions (both optional, combined with AND)."""
    doc_ids: list[str] = Field(default_factory=list, max_length=50)
    regions: list[str] = Field(default_factory=list, max_length=50)


class AskRequest(_Strict):
    question: str = Field(description=f"1–{MAX_QUESTION_CHARS} characters after trimming")
    history: list[Turn] = Field(default_factory=list, max_length=MAX_HISTORY_TURNS)
    filters: Filters | None = None

    @field_validator("question")
    @classmethod
    def _question_text(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("问题不能为空 / question must not be empty")
        if len(value) > MAX_QUESTION_CHARS:
            raise ValueError(f"问题过长（最多 {MAX_QUESTION_CHARS} 字）/ "
                             f"question longer than {MAX_QUESTION_CHARS} characters")
        if any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in value):
            raise ValueError("问题含有控制字符 / question contains control characters")
        if not any(ch.isalnum() for ch in value):
            raise ValueError("问题没有文字内容 / question has no words (only punctuation or symbols)")
        return value


class Citation(_Strict):
    id: int
    doc_id: str
    title: str
    section: str
    text: str  # as published: document.text[start:end]
    start: int
    end: int
    score: float


class Figure(_Strict):
    label: str
    value: float
    unit: str
    formula: str | None = None
    inputs: list[Any] = Field(default_factory=list)
    citation_ids: list[int] = Field(default_factory=list)


class AskResponse(_Strict):
    question: str
    answer: str
    abstained: bool
    citations: list[Citation] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    timings_ms: dict[str, float] = Field(default_factory=dict)


class DocumentSummary(_Strict):
    doc_id: str
    title: str
    region: list[str]
    date: str
    issuer: str
    genre: str
    script: str
    chars: int
    number: str = ""  # 文号
    chunk_count: int = 0
    table_count: int = 0
    figure_count: int = 0
    added: str = ""  # when it first entered the index (ISO time)
    origin: Literal["library", "corpus"] = "corpus"  # uploaded in the web app, or `policyqa ingest` PATHs
    file: str = ""  # the file name it was uploaded or ingested under
    edited: list[str] = Field(default_factory=list)  # metadata fields set by hand in the library
    ocr: bool = False  # text recognised from page images
    ocr_confidence: float | None = None


class DocumentEdit(_Strict):
    """PATCH /api/documents/{doc_id}: the metadata fields to set (kept across re-ingest)."""
    title: str | None = Field(default=None, min_length=1, max_length=300)
    issuer: str | None = Field(default=None, min_length=1, max_length=200)
    region: list[str] | None = Field(default=None, min_length=1, max_length=20)
    date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}(-\d{2})?$", description="yyyy-mm-dd or yyyy-mm")
    number: str | None = Field(default=None, min_length=1, max_length=100, description="文号")

    @field_validator("title", "issuer", "number")
    @classmethod
    def _one_line(cls, value: str | None) -> str | None:
        if value is not None and any(unicodedata.category(ch).startswith("C") for ch in value):
            raise ValueError("不能含有换行或控制字符 / must not contain line breaks or control characters")
        return value.strip() if value is not None else None

    @field_validator("region")
    @classmethod
    def _regions(cls, value: list[str] | None) -> list[str] | None:
        if value is not None and any(not r.strip() or len(r) > 50 for r in value):
            raise ValueError("地区名称不能为空且不超过 50 字 / region names must be 1–50 characters")
        return [r.strip() for r in value] if value is not None else None

    @field_validator("date")
    @classmethod
    def _calendar_date(cls, value: str | None) -> str | None:
        if value is not None and not valid_date(value):
            raise ValueError(f"不是有效日期 / not a calendar date: {value}")
        return value

    def fields(self) -> dict[str, Any]:
        return self.model_dump(exclude_none=True)


class OutlineEntry(_Strict):
    heading: str
    level: int
    start: int
    end: int


class TableCell(_Strict):
    column: str
    text: str
    start: int
    end: int
    unit: str = ""


class TableRow(_Strict):
    index: int
    group: str
    start: int
    end: int
    cells: list[TableCell]


class TableOut(_Strict):
    table_id: str
    caption: str
    section: str
    columns: list[str]
    start: int
    end: int
    rows: list[TableRow]


class DocumentOut(DocumentSummary):
    text: str
    outline: list[OutlineEntry]
    tables: list[TableOut]
    ocr_uncertain: list[str] = Field(default_factory=list)  # recognised lines under the confidence bar


class Health(_Strict):
    status: Literal["ok"]
    build_id: str
    documents: int
    chunks: int
    embedder: str
    ready: bool = Field(False, description="模型与分词词典已在启动时载入 / the embedding model and tokenizers are "
                                           "loaded (warm-up done): the next question does not wait for them")
