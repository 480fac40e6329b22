"""A ceiling every unit must keep, judged on the largest (班额: each class ≤ 45 in 小学), asked of a place whose
document states only the average over its units (`…小学平均班额达到四十九人`). An average above the ceiling means
some unit is above it too: the standard is not met, said with the average, the rule and its source. An average
at or below the ceiling of the stage the question names is judged 达到 on that average, said as the average's
(a statistics bulletin states each stage's 平均班额 and nothing of its largest class: the stage's standard is read
on it, as evaluations of 班额 by stage do), when no passage of its document states a class over the ceiling.
Government work reports, inspection briefings and statistics bulletins state class sizes so."""
from __future__ import annotations

import re

from figures.compute import Operand
from figures.indicators import BY_KEY, match_stage
from figures.numbers import Quantity, find_quantities
from figures.standards import RULES, ComplianceResult, check
from ingest.normalize import normalize, pauses
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.casejudged import case_figures, verdict
from server.answer.draft import Claim, Draft
from server.answer.evidence import CANDIDATES
from server.answer.text import computed_figure, display, region_of
from server.retrieve import Hit

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
                    if not q.is_measure or not re.search(rf"平均{measure}(?:为|是|约为|达到?)?$", said) \
                            and f"平均{measure}达到" not in said:
                        continue
                    # the stage its clause names, else the one its sentence opens with (`小学有教学班N个，平均班额M人`)
                    own = match_stage(said) or match_stage(normalize(text[start:at], drop_space=True))
                    if not own or stage and own != stage:
                        continue
                    average = Operand(label=f"{own}平均{measure}", value=q.value, unit=q.unit, decimals=q.decimals,
                                      source={"kind": "passage", "start": at, "end": start + q.end, "text": q.text})
                    outcome = check(key, q.value, own, operand=average)
                    doc = ask.reader.documents[hit.chunk.doc_id]
                    if outcome.passed:
                        # within the ceiling: the stage asked by name, and no unit said to be over it
                        if stage and not _over_said(normalize(doc.text, drop_space=True)):
                            return _within(ask, hit, (start, end), q, outcome, f"{own}平均{measure}")
                        return None  # otherwise an average within the ceiling says nothing of the largest unit
                    n = ask.book.cite(hit, start, end)
                    gap = outcome.gap
                    gap.flag = outcome.verdict
                    answer = (f"{verdict(False, query.norm)}：{own}平均{measure}{q.text}[{n}]，平均数已超过上限，"
                              f"至少有一部分超出：{outcome.summary()}。依据{region_of(doc)}文件：“{display(text[start:end])}”[{n}]")
                    claim = Claim(q.unit, f"{own}平均{measure}", hit, (start, end), True)
                    return Draft(answer, False, ask.book.citations, [computed_figure(gap, n)], [claim])
        return None


# a document saying some unit is over a ceiling (大班额 still there, 最大班额 stated, 超过…人的班): the average
# within it is then not the whole story, and is left to the handlers reading that statement; a 大班额 said
# removed (已消除…大班额, 无大班额) says none is over
_OVER_SAID = re.compile(r"大班额|最大班额|超(?:过|出)?[\d一二三四五六七八九十]+人的?(?:班|教学班)")
_REMOVED_BEFORE = re.compile(r"消除|化解|消化|清零|无|没有")
_REMOVED_SPAN = 12  # characters before 大班额 that may say it was removed (`已消除56人及以上的大班额`)


def _over_said(text: str) -> bool:
    """Whether the (normalised) document says some unit is over the ceiling."""
    return any(not (m.group() == "大班额" and _REMOVED_BEFORE.search(text, max(0, m.start() - _REMOVED_SPAN),
                                                                     m.start()))
               for m in _OVER_SAID.finditer(text))


def _within(ask: Ask, hit: Hit, span: tuple[int, int], average: Quantity, outcome: ComplianceResult,
            label: str) -> Draft:
    """达到 on the stage's average within its ceiling, said as the average's, with the rule and its source."""
    doc = ask.reader.documents[hit.chunk.doc_id]
    n = ask.book.cite(hit, *span)
    gap = outcome.gap
    gap.flag = outcome.verdict
    answer = (f"{verdict(True, ask.query.norm)}：{label}{average.text}[{n}]，按平均数未超过上限：{outcome.summary()}。"
              f"依据{region_of(doc)}文件：“{display(doc.text[span[0]:span[1]])}”[{n}]")
    return Draft(answer, False, ask.book.citations, [computed_figure(gap, n)],
                 [Claim(average.unit, label, hit, span, True)])
