"""A document's own particulars asked of it (`这份答复的文号是多少？签发人是谁？`): the 文号 from its
metadata (ingest/metadata.py) and the 签发人 from its head, quoted from the lines that state them. Any
official document prints both in its head (GB/T 9704-2012 党政机关公文格式: 发文字号, and the 签发人 of
reports and replies); they are no passage's figure, so the lookups never find them."""
from __future__ import annotations

import re

from ingest.metadata import signer
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.text import region_of
from server.retrieve import Hit

# the particulars, each with the words a question asks it by
_FIELDS = (("文号", re.compile(r"文号|发文字号|发文号")), ("签发人", re.compile(r"签发人")))
_PARTS = re.compile(r"[?？。；;]")
_ASKING = re.compile(r"多少|是什么|是谁|哪个|几号|什么")


class DocumentFields:
    """Every ask of the question asks a particular of the leading document it names."""

    def try_answer(self, ask: Ask) -> Draft | None:
        asking = [p for p in _PARTS.split(ask.query.norm) if _ASKING.search(p)]
        fields = [name for name, rx in _FIELDS if any(rx.search(p) for p in asking)]
        if not fields or not all(any(rx.search(p) for _, rx in _FIELDS) for p in asking) or not ask.ranked:
            return None
        reader = ask.reader
        doc = reader.documents[ask.ranked[0].chunk.doc_id]
        values = {"文号": doc.meta.number, "签发人": signer(doc.text)}
        stated = [(name, values[name]) for name in fields if values[name] and values[name] in doc.text]
        if not stated:
            return None
        chunks = reader.chunks_of[doc.doc_id]
        lines = []
        for name, value in stated:
            at = doc.text.index(value)
            start, end = doc.text.rfind("\n", 0, at) + 1, doc.text.find("\n", at)
            # the passage holding the line, else the document's first: the citation is by offsets
            chunk = next((c for c in chunks if c.start <= at < c.end), chunks[0] if chunks else ask.ranked[0].chunk)
            hit = Hit(-1, chunk, 0.0)
            n = ask.book.cite(hit, start, end if end >= 0 else len(doc.text))
            lines.append(f"{name}：{value}[{n}]")
        return Draft(f"{'；'.join(lines)}。依据{region_of(doc)}文件的版头", False, ask.book.citations)
