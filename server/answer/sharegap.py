"""How far a share stands from the target level the question gives it, the share left to compute from a whole
and the part its `其中` names: `学校50所，其中X校20所` asked `X校占比离45%还差多少` → 20 ÷ 50 = 40.00%,
45% − 40.00% = 5.00个百分点.

Evaluation reports and plans count a whole and one kind of it (`其中…`) and set the kind's share as a target
elsewhere (`到N年X校占比达到45%以上`) without stating where the share stands now. The question gives the
target (a condition, not the figure asked); the figure asked is the gap from the share now, computed from the
part and its whole. The part is the one amount whose words hold the noun asked, right after a `其中` that splits
an amount of its unit in the same sentence; a document stating the share itself leaves it to the other handlers.
The target's own sentence, when the document sets it, is cited too.
"""
from __future__ import annotations

import re
from dataclasses import replace

from figures.compute import ComputeError, percent_text, share
from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.operands import Stated, document_amounts, draft_apart
from server.answer.text import flat
from server.calc import bare_noun

CANDIDATE_DOCUMENTS = 2  # leading documents the part and its whole are looked for in
MIN_NOUN = 2  # characters of the noun whose share is asked
# the target the question gives and the gap asked from it (`离P%的目标差多少`, `距离P%还差几个百分点`)
_GAP_TO = re.compile(r"(?:离|距离?)(?P<target>\d+(?:\.\d+)?)%的?(?:目标)?(?:还|尚)?差")
_SHARE_NAMED = re.compile(r"(?P<noun>[\u4e00-\u9fff]{2,12}?)的?(?:占比|比例|比重)")
_SPLIT = re.compile(r"其中")


class ShareTargetGap:
    """Handler: the target the question gives − the share its part and whole make (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        q = flat(query.norm)
        asked, named = _GAP_TO.search(q), _SHARE_NAMED.search(bare_noun(q, query))
        if asked is None or named is None or len(query.asks) > 1:
            return None
        noun, target = named.group("noun"), float(asked.group("target"))
        if len(noun) < MIN_NOUN:
            return None
        found = []
        for doc_id in ask.ranked_docs()[:CANDIDATE_DOCUMENTS]:
            text = ask.reader.documents[doc_id].text
            amounts = document_amounts(ask.reader, doc_id)
            shares = [a for a in amounts if a.quantity.unit == "%" and noun in a.words]
            if any(a.quantity.value != target for a in shares):
                return None  # the share (or another level of it) is stated: not one to compute
            pairs = [(w, p) for p in amounts if noun in p.words for w in amounts if _splits(text, w, p)]
            found += [(w, p, shares) for w, p in pairs]
        if len(found) != 1:
            return None
        whole, part, targets = found[0]
        try:
            now = share(part.operand(noun), whole.operand(whole.words), label=f"{noun}占比")
        except ComputeError:
            return None
        gap = target - now.value
        if gap <= 0:
            return None
        shown = percent_text(gap).replace("%", "个百分点")
        result = replace(now, label=f"{noun}占比离{asked.group('target')}%的目标还差", value=gap, unit="百分点",
                         formula=f"{now.formula}；{asked.group('target')}% − {now.value:.2f}% = {shown}")
        return draft_apart(ask.reader, ask.book, result, [part, whole, *targets[:1]])


def _splits(text: str, whole: Stated, part: Stated) -> bool:
    """`part` is the amount a `其中` right after `whole` names, in its sentence and unit."""
    w, p = whole.quantity, part.quantity
    return (whole.sentence == part.sentence and w.unit == p.unit != "%" and w.end <= p.start
            and 0 < p.value < w.value and bool(_SPLIT.search(normalize(text[w.end:p.start])))
            and not re.search(r"\d", text[w.end:p.start]))
