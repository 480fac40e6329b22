"""`哪些文件提到X的钱` (X的经费, X的资金): the documents stating an amount of money for X, not every
document naming X. Each is quoted by the first passage of its own that names X and states money — a
sentence with an amount in 元, or a table row naming X with a value in a column of money."""
from __future__ import annotations

import re

from figures.numbers import find_quantities, parse_number
from ingest.normalize import normalize
from ingest.segment import words
from ingest.structure import split_sentences
from server.answer.evidence import Reader, has_term
from server.answer.sections import chunk_hit
from server.answer.text import flat
from server.answer.verify import STAGE_FAMILIES
from server.lexicon import money_nouns
from server.mentions import mentioned
from server.query import stages_of
from server.retrieve import Hit


def money_of(norm: str) -> str:
    """X of a mention question asking the money of X (`学前教育的钱`: 学前教育), '' for any other."""
    m = mentioned(norm)
    if m is None:
        return ""
    nouns = "|".join(map(re.escape, money_nouns()))
    owned = re.fullmatch(rf"(?P<x>.{{2,}}?)的(?:{nouns})", m[0])
    return owned.group("x") if owned else ""


def money_mention(reader: Reader, doc_id: str, thing: str) -> tuple[Hit, tuple[int, int]] | None:
    """The first passage of the document naming `thing` and stating an amount of money, with the span to
    quote; None when none does."""
    doc = reader.documents[doc_id]
    # X of a school stage (高中教育) is named by the stage under any of its names (普通高中, 高级中学); any
    # other X by its rarest word (教育 of 学前教育 is in every document)
    stages = {STAGE_FAMILIES[s] for s in stages_of(thing) if s in STAGE_FAMILIES}
    named = [w for w in words(thing) if len(w) >= 2]
    if not stages and not named:
        return None
    rarest = max(named, key=lambda w: (reader.idf(w), len(w), w)) if named else ""

    def names(start: int, end: int) -> bool:
        said = flat(normalize(doc.text[start:end]))
        if stages:
            return any(family in stages for name, family in STAGE_FAMILIES.items() if name in said)
        return has_term(rarest, said)

    for chunk in reader.chunks_of[doc_id]:
        if chunk.table_id:
            continue
        for s, e in split_sentences(doc.text, chunk.start, chunk.end):
            if names(s, e) and any(q.is_measure and q.unit == "元" for q in find_quantities(doc.text[s:e])):
                return chunk_hit(reader, doc, s), (s, e)
    for table in doc.tables:
        for row in table.rows:
            if names(row.start, row.end) and any((c.unit or table.units.get(c.column, "")).endswith("元")
                                                 and parse_number(c.text) is not None for c in row.cells):
                own = next((c for c in reader.chunks_of[doc_id]
                            if c.table_id == table.table_id and c.row_index == row.index), None)
                return (Hit(-1, own, 0.0) if own else chunk_hit(reader, doc, row.start)), (row.start, row.end)
    return None
