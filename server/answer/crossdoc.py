"""Questions across documents: `哪些文件提到了X` lists every document that states it, each with
the sentence that does and its citation; `A、B、C的X分别是多少` gives one figure per place, each
from that document's own best evidence. Either way a place asked about whose documents do not
state it is named as such, never left out silently.
"""
from __future__ import annotations

from server.answer.base import Ask, Handler, first_answer
from server.answer.draft import Draft
from server.answer.text import display, region_of
from server.answer.verify import verified
from server.retrieve import POOL

MISSING = "文件中未找到"
# With no scope, the documents considered are those of the passages a wide search finds, best
# first: otherwise every document of a library of thousands would be searched and read one by one.
MAX_DOCUMENTS = 40  # documents answered one by one


class PerDocument:
    def __init__(self, lookup: tuple[Handler, ...]):
        self.lookup = lookup  # the handlers that answer from one piece of evidence

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader, book = ask.query, ask.reader, ask.book
        which = "which" in query.intents
        if not which and ("compare" not in query.intents or len(query.regions) == 1):
            return None
        doc_ids, capped = (ask.scope, False) if ask.scope is not None else _candidates(ask)
        lines, figures, nearest, answered = [], [], [], set()
        for doc_id in doc_ids:
            hits = ask.search(query, [doc_id])
            if not hits:
                continue
            ranked = reader.rank(query, hits)
            evidence = reader.evidence(query, ranked)
            nearest.append(evidence.hit)
            if reader.refusal(query, evidence.hit):
                continue
            doc = reader.documents[doc_id]
            region = region_of(doc)
            if which:  # what it says, not a number picked from it
                start, end = evidence.span
                n = book.cite(evidence.hit, start, end)
                lines.append(f"{region}：“{display(doc.text[start:end])}”[{n}]")
                answered.add(doc_id)
                continue
            one = Ask(query, hits, reader, ask.search, [doc_id], book, given=evidence)
            part = first_answer(self.lookup, one)
            if part is None or part.abstained or not verified(reader, query, part):
                continue
            lines.append(f"{region}：{part.answer.removeprefix(f'据{region}文件：')}")
            figures += part.figures
            answered.add(doc_id)
        if not lines:
            return reader.abstain("文件中未找到相关内容。", sorted(nearest, key=lambda h: -h.score))
        if query.regions:  # the places asked about whose documents do not say it
            silent = [d for d in doc_ids if d not in answered]
            lines += [f"{region_of(reader.documents[d])}：{MISSING}" for d in silent]
        # a capped list says so: its count is of the documents checked, not of the library
        checked = f"（文件库较大，只核对了检索到的最相关的{len(doc_ids)}份）" if capped else ""
        head = f"共{len(answered)}份文件{checked}：\n" if which else ""
        return Draft(head + "\n".join(lines), False, book.citations, figures)


def _candidates(ask: Ask) -> tuple[list[str], bool]:
    """The documents whose passages a wide search finds (the best MAX_DOCUMENTS) by id, and
    whether more were found than are kept."""
    found = list(dict.fromkeys(h.chunk.doc_id for h in ask.search(ask.query, None, k=2 * POOL)))
    return sorted(found[:MAX_DOCUMENTS]), len(found) > MAX_DOCUMENTS
