"""The test-set format (one JSON object a line) and its loader.

Every item names its reference answer, the figures a good answer states, verbatim quotes
that support it and key phrases. Items of type `unanswerable` are questions the corpus
cannot answer: empty answer, sources and figures; the expected behaviour is to abstain.
Errors name the file and line, so a user's own test set is easy to fix.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

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
    doc: str = Field(min_length=1)  # doc_id = corpus file stem
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
            if not self.sources:
                raise ValueError("an answerable item needs at least one source quote")
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
    """Items in file order. Blank lines are skipped; any bad line raises InvalidTestset."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidTestset(path, None, "file not found") from None
    except UnicodeDecodeError as e:
        raise InvalidTestset(path, None, f"not UTF-8 ({e.reason} at byte {e.start})") from None
    items: list[Item] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as e:
            raise InvalidTestset(path, number, f"not valid JSON: {e.msg} (column {e.colno})") from None
        if not isinstance(raw, dict):
            raise InvalidTestset(path, number, f"expected a JSON object, got {type(raw).__name__}")
        try:
            item = Item.model_validate(raw)
        except ValidationError as e:
            raise InvalidTestset(path, number, _describe(e)) from None
        if item.id in seen:
            raise InvalidTestset(path, number, f"duplicate id {item.id!r} (first on line {seen[item.id]})")
        seen[item.id] = number
        items.append(item)
    if not items:
        raise InvalidTestset(path, None, "no items")
    return items


def quote_problems(items: list[Item], documents: dict[str, str]) -> list[str]:
    """Sources whose document is unknown or whose quote the document does not contain.

    `documents` maps doc_id → text (raw or cleaned: both normalise to the same matching form).
    """
    normalized = {doc_id: normalize(text, drop_space=True) for doc_id, text in documents.items()}
    problems = []
    for item in items:
        for n, source in enumerate(item.sources, start=1):
            if source.doc not in normalized:
                problems.append(f"{item.id} source {n}: unknown doc {source.doc!r}")
            elif normalize(source.quote, drop_space=True) not in normalized[source.doc]:
                problems.append(f"{item.id} source {n}: quote not in {source.doc}: {source.quote!r}")
    return problems


def _describe(error: ValidationError) -> str:
    parts = []
    for e in error.errors():
        field = ".".join(str(p) for p in e["loc"]) or "item"
        parts.append(f"{field}: {e['msg']}")
    return "; ".join(parts)
