"""Compliance questions the documents cannot settle: asked of an indicator with a national
standard (生均教学仪器设备值) while quoting a figure the document does state (投入200余万元…), the
answer is that it cannot be judged — the figure is a total, not the indicator the standard
measures — with the standard and the cited figure, never a pass or fail.
"""
from __future__ import annotations

from figures.indicators import match_indicator
from figures.numbers import find_quantities
from figures.standards import rules_for
from ingest.normalize import normalize
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.text import display, flat, region_of

CANDIDATES = 10  # passages searched for the figure the question quotes


class CannotJudge:
    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if not query.asked.compliance or not ask.hits:
            return None
        indicator = match_indicator(normalize(query.norm, drop_space=True))
        rules = rules_for(indicator.key) if indicator else []
        quoted = [q for q in find_quantities(query.norm) if q.is_measure]
        if indicator is None or not rules or not quoted or not reader.refusal(query, ask.evidence.hit):
            return None  # no standard, nothing quoted, or the documents state the indicator: judged as usual
        for hit in ask.ranked[:CANDIDATES]:
            doc = reader.documents[hit.chunk.doc_id]
            text = doc.text
            for start, end in split_sentences(text, hit.chunk.start, hit.chunk.end):
                sentence = flat(normalize(text[start:end], drop_space=True))
                if not any(flat(normalize(q.text, drop_space=True)) in sentence for q in quoted):
                    continue
                n = ask.book.cite(hit, start, end)
                standard = "；".join(dict.fromkeys(r.rule for r in rules))
                return Draft(f"无法判断：文件没有给出{indicator.name}。国家标准：{standard}。{region_of(doc)}文件写的是"
                             f"“{display(text[start:end])}”[{n}]，其中的数字是总量，不是按生均计的{indicator.name}，"
                             f"不能据此判断是否达标。", False, ask.book.citations)
        return None


