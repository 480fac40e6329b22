"""A ceiling every unit must keep, judged on the largest (班额: each class ≤ 45 in 小学), asked of a place whose
document states only the average over its units (`…小学平均班额达到四十九人`). An average above the ceiling means
some unit is above it too: the standard is not met, said with the average, the rule and its source. An average
at or below the ceiling settles nothing (every unit may or may not keep it) and is left to the other handlers.
Government work reports and inspection briefings state class sizes so."""
from __future__ import annotations

import re

from figures.compute import Operand
from figures.indicators import BY_KEY, match_stage
from figures.numbers import find_quantities
from figures.standards import RULES, check
from ingest.normalize import normalize, pauses
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.casejudged import case_figures, verdict
from server.answer.draft import Claim, Draft
from server.answer.evidence import CANDIDATES
from server.answer.text import computed_figure, display, region_of

_LARGEST = "最大"  # an indicator named by its largest unit (最大班额): its standard binds every unit
_CLAUSE = re.compile(pauses("，；;。"))


def _ceilings() -> dict[str, str]:
    """measure word (班额) → indicator key, of the ceilings standards set on the largest unit."""
    return {BY_KEY[r.key].name.removeprefix(_LARGEST): r.key for r in RULES
            if r.comparator in ("<=", "<") and r.key in BY_KEY and BY_KEY[r.key].name.startswith(_LARGEST)}


class AverageOverCeiling:
    """Handler: an average stated above a per-unit ceiling asked about (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if not query.asked.compliance or query.asked.threshold or case_figures(query.norm):
            return None
        asked = normalize(query.norm, drop_space=True)
        measures = [(m, k) for m, k in _ceilings().items() if m in asked]
        if len(measures) != 1:
            return None
        measure, key = measures[0]
        stage = match_stage(asked)
        for hit in ask.ranked[:CANDIDATES]:
            if hit.chunk.row_index is not None or ask.reader.refusal(query, hit):
                continue
            text = ask.reader.documents[hit.chunk.doc_id].text
            for start, end in split_sentences(text, hit.chunk.start, hit.chunk.end):
                for q in find_quantities(text[start:end]):
                    at = start + q.start
                    clause = text[max([m.end() for m in _CLAUSE.finditer(text, start, at)], default=start):at]
                    said = normalize(clause, drop_space=True)
                    if not q.is_measure or not said.endswith(f"平均{measure}") and f"平均{measure}达到" not in said:
                        continue
                    own = match_stage(said)
                    if not own or stage and own != stage:
                        continue
                    average = Operand(label=f"{own}平均{measure}", value=q.value, unit=q.unit, decimals=q.decimals,
                                      source={"kind": "passage", "start": at, "end": start + q.end, "text": q.text})
                    outcome = check(key, q.value, own, operand=average)
                    if outcome.passed:
                        return None  # an average within the ceiling says nothing of the largest unit
                    n = ask.book.cite(hit, start, end)
                    doc = ask.reader.documents[hit.chunk.doc_id]
                    gap = outcome.gap
                    gap.flag = outcome.verdict
                    answer = (f"{verdict(False, query.norm)}：{own}平均{measure}{q.text}[{n}]，平均数已超过上限，"
                              f"至少有一部分超出：{outcome.summary()}。依据{region_of(doc)}文件：“{display(text[start:end])}”[{n}]")
                    claim = Claim(q.unit, f"{own}平均{measure}", hit, (start, end), True)
                    return Draft(answer, False, ask.book.citations, [computed_figure(gap, n)], [claim])
        return None
