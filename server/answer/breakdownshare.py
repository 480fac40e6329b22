"""A kind's share of a whole a report splits into kinds in one sentence: the kind's count ÷ the whole.

Reports state a whole in one place (`…幼儿园共40所`, `对全市12所托育机构开展了评估`) and, in another sentence, how it
splits by kind, the kind after each count (`31所幼儿园由中心厨房配送，6所…，3所…`, `9所优秀，2所良好，1所待整改`),
leaving the shares to the reader. Asked a kind's share with no whole named (`中心厨房配送的园所占几成`), the
answer is its count ÷ the whole; asked the share of those short of a kind (`没评为优秀的…占比`), (whole − the kind's
count) ÷ the whole. The sentence's counts must add up to the whole stated elsewhere in their unit — that is what
makes them its breakdown — and one kind's clause must hold the words asked: the question's words (without the thing
counted) in it, or, of those short of it, the kind's clause being the kind itself (合格, not 基本合格).
"""
from __future__ import annotations

from dataclasses import replace

from figures.compute import ComputeError, Operand, remainder, share
from ingest.clauses import clause_end
from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.complementshare import not_reached
from server.answer.draft import Draft
from server.answer.operands import Stated, document_amounts, draft_apart
from server.answer.text import flat
from server.calc import bare_noun

CANDIDATE_DOCUMENTS = 3  # leading documents whose sentences are read
MIN_KINDS = 2  # counts a sentence splits the whole into
MIN_WORDS = 2  # characters of the question's words that must name the kind


class BreakdownShare:
    """Handler: a kind's count (or the whole less it) ÷ the whole its sentence's counts add up to (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if query.operation != "share" or query.asked.whole or len(query.asks) > 1:
            return None
        part = flat(normalize(bare_noun(query.asked.part, query)))
        short = not_reached(part)
        words = short[0] if short else part.rsplit("的", 1)[0]
        if len(words) < MIN_WORDS:
            return None
        for doc_id in ask.ranked_docs()[:CANDIDATE_DOCUMENTS]:
            text = reader.documents[doc_id].text
            amounts = [a for a in document_amounts(reader, doc_id) if a.quantity.unit not in ("%", "百分点")
                       and not a.quantity.unit.endswith("元") and reader.year_ok(query, a.hit)]
            for sentence in dict.fromkeys(a.sentence for a in amounts):
                found = _kind_of_whole(text, amounts, sentence, words, exact=bool(short))
                if found is not None:
                    return _drafted(ask, *found, short=bool(short), label=part)
        return None


def _kind_of_whole(text: str, amounts: list[Stated], sentence: tuple[int, int], words: str,
                   exact: bool) -> tuple[Stated, Stated] | None:
    """(the kind's count, the whole) when the sentence's counts of one unit add up to a whole stated in another
    sentence and one count's kind holds `words` (is `words`, when `exact`)."""
    counts = [a for a in amounts if a.sentence == sentence]
    if len(counts) < MIN_KINDS or len({a.quantity.unit for a in counts}) != 1:
        return None
    total = sum(a.quantity.value for a in counts)
    wholes = [w for w in amounts if w.sentence != sentence and w.quantity.unit == counts[0].quantity.unit
              and abs(w.quantity.value - total) < 1e-9]
    kinds = [a for a in counts if _kind_holds(_kind(text, a, sentence), words, exact)]
    return (kinds[0], wholes[0]) if wholes and len(kinds) == 1 else None


def _kind(text: str, a: Stated, sentence: tuple[int, int]) -> str:
    """The words after a count up to its clause's end (`幼儿园由中心厨房配送` of `31所幼儿园由…`), flat."""
    return flat(normalize(text[a.quantity.end:clause_end(text, a.quantity.end, ceiling=sentence[1])]))


def _kind_holds(kind: str, words: str, exact: bool) -> bool:
    """The kind is the words asked (a quality: 合格 is not 基本合格), or holds them."""
    return kind.strip("的") == words if exact else words in kind


def _drafted(ask: Ask, kind: Stated, whole: Stated, short: bool, label: str) -> Draft | None:
    try:
        if not short:
            return draft_apart(ask.reader, ask.book, share(kind.operand(label), whole.operand(whole.words),
                                                           label=f"{label}占比"), [kind, whole])
        rest = remainder(whole.operand(whole.words), kind.operand(kind.words), label=label)
        of_whole = share(Operand.literal(f"{rest.value:g}{rest.unit}", label=label), whole.operand(whole.words),
                         label=f"{label}占比")
    except ComputeError:
        return None
    combined = replace(of_whole, formula=f"{rest.formula}；{of_whole.formula}", inputs=rest.inputs)
    return draft_apart(ask.reader, ask.book, combined, [whole, kind])
