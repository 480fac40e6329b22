"""A kind's share of a whole one clause frames: `N所学校中M所达标` → M ÷ N.

Inspection reports and bulletins state how many of the units looked at met a bar in one clause, the whole as its
frame and the part right after it (`抽查的40所幼儿园中，36所合格`, `参评的25个项目中有20个达到优秀`), leaving the
share to the reader. Asked the share of that kind with no whole named (`达标…占比多少`), the answer is the part ÷
the frame's whole. The part's words — those after its counter up to the clause's end — must stand in the question's
part (达标 in 达标的X), so the share of another kind is never answered by it; both counts share one counter and the
part is smaller than its whole.
"""
from __future__ import annotations

import re

from figures.compute import ComputeError, share
from ingest.clauses import clause_end
from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.operands import Stated, document_amounts, draft_apart
from server.answer.text import flat
from server.calc import bare_noun

CANDIDATE_DOCUMENTS = 3  # leading documents whose sentences are read
MIN_WORDS = 2  # characters naming the part's kind (达标, 合格)
# the words between the frame's count and the part's: the frame's noun and its 中 (`所学校中，`, `名教师中有`);
# no pause nor figure inside, so two counts of a list are never read as a frame
_BETWEEN = re.compile(r"^[^\d，,。；;、：:（）()]{0,12}中[，,]?有?$")
# words opening the part's clause that do not name its kind (`36所已达标` names 达标)
_LEAD = re.compile(r"^(?:已经|已|均|为|是|被|的)+")
# a one-character verb's complement, which speech drops or says with 了 (`进入决赛` asked `进了决赛`)
_COMPLEMENT = re.compile(r"^(.)[入到]")


class FrameShare:
    """Handler: the part's count ÷ the whole framing it in one clause (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if query.operation != "share" or query.asked.whole or len(query.asks) > 1:
            return None
        part = flat(normalize(bare_noun(query.asked.part, query)))
        if len(part) < MIN_WORDS:
            return None
        for doc_id in ask.ranked_docs()[:CANDIDATE_DOCUMENTS]:
            text = reader.documents[doc_id].text
            amounts = [a for a in document_amounts(reader, doc_id)
                       if a.quantity.unit not in ("%", "百分点") and reader.year_ok(query, a.hit)]
            found = [(whole, kind) for whole, kind in zip(amounts, amounts[1:], strict=False)
                     if _frames(text, whole, kind) and _kind_in(text, kind, part)]
            if len(found) == 1:
                return _drafted(ask, *found[0], label=part)
        return None


def _frames(text: str, whole: Stated, kind: Stated) -> bool:
    """`whole` frames `kind` in one clause: same sentence and counter, only the frame's noun and 中 between them,
    and the part smaller than the whole."""
    w, k = whole.quantity, kind.quantity
    return (whole.sentence == kind.sentence and w.unit == k.unit and 0 < k.value < w.value
            and bool(_BETWEEN.match(text[w.end:k.start])))


def _kind_in(text: str, kind: Stated, part: str) -> bool:
    """The words after the part's count, to its clause's end, name a kind the question's part holds."""
    words = _LEAD.sub("", flat(normalize(text[kind.quantity.end:clause_end(text, kind.quantity.end,
                                                                            ceiling=kind.sentence[1])])))
    return len(words) >= MIN_WORDS and (words in part or _COMPLEMENT.sub(r"\1", words) in part.replace("了", ""))


def _drafted(ask: Ask, whole: Stated, kind: Stated, label: str) -> Draft | None:
    try:
        result = share(kind.operand(label), whole.operand(whole.words), label=f"{label}占比")
    except ComputeError:
        return None
    return draft_apart(ask.reader, ask.book, result, [kind, whole])
