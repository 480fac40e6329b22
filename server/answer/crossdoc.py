"""Questions across documents (`各区…分别是多少`, `哪些地区…`): one line per document that
answers, each from that document's own best evidence."""
from __future__ import annotations

from server.answer.base import Ask, Handler, first_answer
from server.answer.draft import Draft
from server.answer.text import region_of
from server.answer.verify import verified


class PerDocument:
    def __init__(self, lookup: tuple[Handler, ...]):
        self.lookup = lookup  # the handlers that answer from one piece of evidence

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if "compare" not in query.intents or len(query.regions) == 1:
            return None
        doc_ids = ask.scope if ask.scope is not None else sorted(reader.documents)
        lines, figures, nearest = [], [], []
        for doc_id in doc_ids:
            hits = ask.search(query, [doc_id])
            if not hits:
                continue
            ranked = reader.rank(query, hits)
            evidence = reader.evidence(query, ranked)
            nearest.append(evidence.hit)
            if reader.refusal(query, evidence.hit):
                continue
            one = Ask(query, hits, reader, ask.search, [doc_id], ask.book, given=evidence)
            part = first_answer(self.lookup, one)
            if part is None or part.abstained or not verified(reader, query, part):
                continue
            region = region_of(reader.documents[doc_id])
            lines.append(f"{region}：{part.answer.removeprefix(f'据{region}文件：')}")
            figures += part.figures
        if not lines:
            return reader.abstain("文件中未找到相关内容。", sorted(nearest, key=lambda h: -h.score))
        return Draft("\n".join(lines), False, ask.book.citations, figures)
