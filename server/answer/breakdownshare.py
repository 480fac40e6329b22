"""A kind's share of a whole a report splits into kinds in one sentence: the kind's count ÷ the whole.

Reports state a whole in one place (`…幼儿园共40所`, `对全市12所托育机构开展了评估`) and, in another sentence, how it
splits by kind, the kind after each count (`31所幼儿园由中心厨房配送，6所…，3所…`, `9所优秀，2所良好，1所待整改`),
leaving the shares to the reader. Asked a kind's share with no whole named (`中心厨房配送的园所占几成`), the
answer is its count ÷ the whole; asked the share of those short of a kind (`没评为优秀的…占比`), (whole − the kind's
count) ÷ the whole. The sentence's counts must add up to the whole stated elsewhere in their unit — that is what
makes them its breakdown — and one kind's clause must hold the words asked: the question's words (without the thing
counted) in it, or, of those short of it, the kind's clause being the kind itself (合格, not 基本合格). A sentence may
also name each kind before its count and close on their whole itself (`甲镇12所、乙镇9所，共21所园参评`), which a
question may name (`参评的园中乙镇的有几成`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from figures.compute import ComputeError, Operand, remainder, share
from ingest.clauses import clause_end
from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.complementshare import not_reached
from server.answer.draft import Draft
from server.answer.operands import Stated, document_amounts, draft_apart
from server.answer.text import flat
from server.calc import bare_noun, overlap

CANDIDATE_DOCUMENTS = 3  # leading documents whose sentences are read
MIN_KINDS = 2  # counts a sentence splits the whole into
MIN_WORDS = 2  # characters of the question's words that must name the kind


class BreakdownShare:
    """Handler: a kind's count (or the whole less it) ÷ the whole its sentence's counts add up to (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if query.operation != "share" or len(query.asks) > 1:
            return None
        whole = flat(normalize(query.asked.whole))  # (a whole named: only a sentence closing on it, its words)
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
                found = _kind_of_whole(text, amounts, sentence, words, exact=bool(short), named=whole)
                if found is not None:
                    return _drafted(ask, *found, short=bool(short), label=part)
        return None


def _kind_of_whole(text: str, amounts: list[Stated], sentence: tuple[int, int], words: str,
                   exact: bool, named: str = "") -> tuple[Stated, Stated] | None:
    """(the kind's count, the whole) when the sentence's counts of one unit add up to a whole stated in another
    sentence, or in its own closing count, and one count's kind holds `words` (is `words`, when `exact`); a whole
    the question `named` only of a sentence closing on it."""
    counts = [a for a in amounts if a.sentence == sentence]
    closed = _kind_before_whole(text, sentence, counts, words, exact, named)
    if closed is not None or named:
        return closed
    if len(counts) < MIN_KINDS or len({a.quantity.unit for a in counts}) != 1:
        return None
    total = sum(a.quantity.value for a in counts)
    wholes = [w for w in amounts if w.sentence != sentence and w.quantity.unit == counts[0].quantity.unit
              and abs(w.quantity.value - total) < 1e-9]
    kinds = [a for a in counts if _kind_holds(_kind(text, a, sentence), words, exact)]
    return (kinds[0], wholes[0]) if wholes and len(kinds) == 1 else None


def _kind_before_whole(text: str, sentence: tuple[int, int], counts: list[Stated], words: str, exact: bool,
                       named: str) -> tuple[Stated, Stated] | None:
    """(the kind's count, the whole) of a sentence naming each kind before its count and closing on their whole
    (`甲镇12所、乙镇9所，共21所园`): the one count its 共 leads, the counts before it in its unit adding up to it,
    the kind's words before its count; a whole `named` by the question shares words with the whole's clause."""
    closing = [w for w in counts if _WHOLE_LEAD.search(w.lead.strip())]
    if len(closing) != 1:
        return None
    whole = closing[0]
    if named and overlap(_kind(text, whole, sentence), named) < MIN_WORDS:
        return None
    parts = [a for a in counts if a.quantity.start < whole.quantity.start and a.quantity.unit == whole.quantity.unit]
    if len(parts) < MIN_KINDS or abs(sum(a.quantity.value for a in parts) - whole.quantity.value) > 1e-9:
        return None
    kinds = [a for a in parts if _kind_holds(flat(normalize(a.lead)), words, exact)]
    return (kinds[0], whole) if len(kinds) == 1 else None


_WHOLE_LEAD = re.compile(r"(?:共|共有|共计|合计|总计)$")  # the word before a closing whole's count


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
