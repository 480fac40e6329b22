"""The share a saving is of what the thing would have cost at the price it is measured against.

Procurement, bulk-buying and energy reports state what was paid and how much less that was than a reference
price (`采购金额300万元，比市场价少支出30万元`, `…较预算节约…`) and leave the cost at that price to the reader.
Asked what share of the amount at the reference price the saving is (`省下的占按原价算的总额的几成`), the
whole is not the amount paid: it is paid + saved, the cost the reference price would have given. The sentence
must state both, the paid amount right before the 比/较 that names the reference, the saving after it in the
same unit, and the question must name the reference (two characters of it in one run); its share of paid +
saved is computed, the sentence cited, formula shown. The saving asked of the amount paid is a plain share
(server/answer/computed.py).
"""
from __future__ import annotations

import re
from dataclasses import replace

from figures.compute import ComputeError, share, summed, total
from figures.numbers import find_quantities
from ingest.models import Document
from ingest.normalize import normalize
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import Claim, Draft
from server.answer.text import computed_figure, display, flat, region_of
from server.calc import overlap, prose_operand
from server.retrieve import Hit

CANDIDATE_PASSAGES = 5  # leading passages whose sentences are read
NAME_RUN_MIN = 2  # characters the reference price and the question must share in one run
# a saving asked (`节约的钱`, `省下的`, `少花的`)
SAVING_ASKED = re.compile(r"节约|节省|省下|省了|少支出|少花|少付")
# the reference the sentence measures the amount paid against, and the word saying less was paid
_AGAINST = re.compile(r"(?:比|较)(?P<ref>[\u4e00-\u9fff]{2,12}?)(?:少支出|少花|少付|节约|节省|节支|低)了?"
                      r"(?:资金|费用)?约?$")


class SavingShare:
    """Handler: saved ÷ (paid + saved) of the sentence stating both against the reference asked (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if query.operation != "share" or query.asked.compliance or len(query.asks) > 1 \
                or not SAVING_ASKED.search(query.norm):
            return None
        q = flat(query.norm)
        for hit in ask.ranked[:CANDIDATE_PASSAGES]:
            if hit.chunk.row_index is not None:
                continue
            doc = ask.reader.documents[hit.chunk.doc_id]
            for start, end in split_sentences(doc.text, hit.chunk.start, hit.chunk.end):
                draft = self._sentence(ask, hit, doc, start, end, q)
                if draft is not None:
                    return draft
        return None

    @staticmethod
    def _sentence(ask: Ask, hit: Hit, doc: Document, start: int, end: int, q: str) -> Draft | None:
        sentence = doc.text[start:end]
        amounts = [x for x in find_quantities(sentence) if x.is_measure and x.unit.endswith("元")]
        for paid, saved in zip(amounts, amounts[1:]):
            m = _AGAINST.search(normalize(sentence[paid.end:saved.start]).strip())
            if m is None or overlap(flat(m.group("ref")), q) < NAME_RUN_MIN:
                continue
            label = normalize(m.group("ref"))
            paid_o = prose_operand(paid, "实付", start)
            saved_o = prose_operand(saved, "节约", start)
            try:
                whole = total([paid_o, saved_o], label=f"按{label}计算的金额")
                result = share(saved_o, summed([paid_o, saved_o]), label=f"节约金额占按{label}计算金额的比例")
            except ComputeError:
                return None
            result = replace(result, formula=f"{whole.label}：{whole.formula}；{result.formula}",
                             inputs=[paid_o.to_input(), saved_o.to_input()])
            n = ask.book.cite(hit, start, end)
            return Draft(f"{result.label}：{result.formula}[{n}]。依据{region_of(doc)}文件：“{display(sentence)}”[{n}]",
                         False, ask.book.citations, [computed_figure(result, n)],
                         [Claim(result.unit, result.label, hit, (start, end), True)])
        return None
