"""The documents about a place, asked as documents (`X县有关的材料共有哪几份`, `X区有几份文件`): a library question,
answered from each document's metadata (ingest/metadata.py: title, issuer, date, region), never from a passage's
words. Users of a library ask it before asking anything of the documents; no passage states it.
"""
from __future__ import annotations

import re

from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.draft import Draft
from server.regions import short_name
from server.retrieve import Hit

_DOCS = r"(?:材料|文件|资料|文档|政策)"
_HOW_MANY = r"(?:哪几份|哪些|几份|多少份|哪几个|几个)"
_ASKED = re.compile(rf"{_DOCS}(?:有|共有|一共有|总共有)?{_HOW_MANY}|{_HOW_MANY}{_DOCS}")
# the words a question asking only for the documents may have beside the place and the asking phrase
_FILLER = re.compile(r"关于|有关|涉及|的|是|有|都|一共|共|总共|库里|库中|里|中|[?？。，,呢吗\s]")
_LINE_CHARS = 200  # a document's opening line, cited for it: its title as printed


class DocumentsOfPlace:
    """Handler: the documents whose region is the place asked, by their titles, when the question asks nothing
    but that (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        asked = _ASKED.search(query.norm)
        if not query.regions or asked is None:
            return None
        rest = query.norm[:asked.start()] + query.norm[asked.end():]
        for region in sorted(query.regions, key=len, reverse=True):
            rest = rest.replace(normalize(region), "").replace(short_name(normalize(region)), "")
        if _FILLER.sub("", rest):
            return None  # a topic asked too (`…提到X的文件有哪些`): the passages answer it
        places = {normalize(r) for r in query.regions}
        docs = sorted((d for d in reader.documents.values() if places & {normalize(r) for r in d.meta.region}),
                      key=lambda d: (d.meta.date, d.doc_id))
        if not docs:
            return None
        lines = []
        for doc in docs:
            chunks = reader.chunks_of.get(doc.doc_id) or []
            if not chunks:
                continue
            end = doc.text.find("\n", chunks[0].start)
            end = min(end if end > chunks[0].start else chunks[0].end, chunks[0].start + _LINE_CHARS)
            n = ask.book.cite(Hit(-1, chunks[0], 0.0), chunks[0].start, end)
            said = "，".join(x for x in (doc.meta.issuer, doc.meta.date) if x)
            lines.append(f"《{doc.meta.title or doc.doc_id}》{f'（{said}）' if said else ''}[{n}]")
        if not lines:
            return None
        where = "、".join(dict.fromkeys(normalize(r) for r in query.regions))
        return Draft(f"关于{where}的文件共{len(lines)}份：\n" + "\n".join(lines), False, ask.book.citations)
