"""The records that flow from ingest to the server and eval.

All offsets (`start`, `end`) are character offsets into `Document.text`, the
cleaned text in its original script that `GET /api/documents/{doc_id}` serves.
`norm` fields hold the matching form (see ingest/normalize.py).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal, NamedTuple

Label = Literal["target", "measure", "figure", "table"]


@dataclass
class DocMeta:
    title: str = ""
    issuer: str = ""
    region: list[str] = field(default_factory=list)
    date: str = ""  # ISO yyyy-mm-dd where known, yyyy-mm when the document names only its month
    number: str = ""  # 发文字号, e.g. 某府發〔2021〕20號
    genre: str = ""
    script: Literal["traditional", "simplified"] = "simplified"
    source: str = ""  # file name inside the corpus
    sha256: str = ""  # of the raw bytes: decides whether re-ingest is needed
    encoding: str = ""
    region_ids: list[str] = field(default_factory=list)  # gazetteer ids of `region`, same order ("" = not in it)
    places: list[str] = field(default_factory=list)  # gazetteer ids of the places the text mentions
    speaker: str = ""  # of a speech or report delivered at a meeting: 孟凡利
    ocr: bool = False  # the text was recognised from page images (a scan or a photo), not read
    ocr_confidence: float | None = None  # the recogniser's mean line confidence, 0…1
    ocr_uncertain: list[str] = field(default_factory=list)  # recognised lines below the confidence bar


class OutlineHint(NamedTuple):
    """A heading the file format declares (Markdown `#`, HTML `<h2>`, a DOCX heading style), for
    ingest/structure.py: its text and level 1–6, or 0 for a paragraph set wholly in bold or in a
    heading typeface; `style` tells apart headings of level 0 set differently (`font:SimHei`)."""
    text: str
    level: int
    style: str = ""


@dataclass
class Section:
    heading: str  # as published
    level: int  # depth in the heading chain: 1 = outermost (一、 in a plan of 一、/（一）/1. headings)
    start: int  # heading start
    end: int  # end of the section body (next heading of same or higher level)
    path: list[str]  # headings from the top, this one last


@dataclass
class Cell:
    column: str  # header text as published
    text: str  # cell text as published
    start: int
    end: int
    unit: str = ""  # parsed from the header, e.g. 万人, %, 平方米


@dataclass
class Row:
    index: int
    cells: list[Cell]
    start: int
    end: int
    group: str = ""  # carried-down 分类 of a grouped table (学前教育, 义务教育 ...)

    def cell(self, column: str) -> Cell | None:
        return next((c for c in self.cells if c.column == column), None)


@dataclass
class Table:
    table_id: str  # f"{doc_id}#t{n}"
    doc_id: str
    caption: str
    columns: list[str]
    units: dict[str, str]
    rows: list[Row]
    start: int
    end: int
    section: str  # section path joined by " > "
    label_column: str = ""  # the column naming each row; "" = columns[1] (分類 | 指標 | values…)
    layout: str = ""  # how the text sets it: cells (one per line), pipe (`cell |` lines), rows (`| a | b |`)


@dataclass
class Chunk:
    chunk_id: str  # f"{doc_id}#c{n}"
    doc_id: str
    text: str  # as published: Document.text[start:end]
    norm: str  # matching form of text
    start: int
    end: int
    section: str  # e.g. "二、總體要求 > （三）主要目標"
    labels: list[Label] = field(default_factory=list)
    table_id: str | None = None
    row_index: int | None = None


@dataclass
class Document:
    doc_id: str
    text: str
    meta: DocMeta
    sections: list[Section] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Document:
        return cls(
            doc_id=d["doc_id"],
            text=d["text"],
            meta=DocMeta(**d["meta"]),
            sections=[Section(**s) for s in d["sections"]],
            tables=[table_from_json(t) for t in d["tables"]],
        )


def table_from_json(t: dict[str, Any]) -> Table:
    rows = [Row(index=r["index"], cells=[Cell(**c) for c in r["cells"]], start=r["start"],
                end=r["end"], group=r.get("group", "")) for r in t["rows"]]
    return Table(**{**t, "rows": rows})


def chunk_from_json(d: dict[str, Any]) -> Chunk:
    return Chunk(**d)
