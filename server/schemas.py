"""The API contract: what `POST /api/ask`, `policyqa ask --json` and eval exchange.

Requests forbid unknown fields and bound their sizes so bad input gets a clear 4xx;
responses are exactly the shape documented in issue 3.
"""
from __future__ import annotations

import unicodedata
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

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


class Health(_Strict):
    status: Literal["ok"]
    build_id: str
    documents: int
    chunks: int
    embedder: str
