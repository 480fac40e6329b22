"""A cap per unit asked (`每班最高可用多少元`) of a notice that sets the bar per unit in a sentence (`每校…开支不超过
N元`): that sentence is the evidence, never a table counting the units (`学校（所）`) nor a sentence of a total.

Notices set a spending or a size bar for each unit (每校, 每班, 每人) in one clause of a list of requirements, among
sentences and tables about the same event that share more of the question's words; asked by its bound (最多, 最高,
上限) per one unit, the clause with a ceiling in the unit asked, per that unit, and naming the thing asked (a
two-character piece of a key term: 典礼 of 开学典礼) answers it. One such clause among the leading passages, or none.
"""
from __future__ import annotations

import re

from figures.numbers import find_quantities
from ingest.clauses import clause_start
from ingest.normalize import normalize
from ingest.segment import words
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.evidence import CANDIDATES, Evidence
from server.answer.perone import PER_ONE
from server.answer.text import flat
from server.query import Query

# a ceiling asked (`最多能用多少`, `最高补多少`, `上限是多少`)
_BOUND_ASKED = re.compile(r"最多|最高|上限|封顶|顶多")
_CEILING = "<="
# one unit asked by its counter (每所学校, server/answer/perone.py) or, as the plain words write it, by its noun's
# one character (每校, 每班)
_PER_UNIT = re.compile(rf"{PER_ONE.pattern}|每(?P<unit>[校班园])")
PIECE = 2  # characters of a key term the clause must write


class UnitCap:
    """Evidence swap: the one sentence setting the ceiling per unit the question asks (module doc); never an answer
    of its own (the lookup quotes the sentence's figure)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        per = _PER_UNIT.search(query.norm)
        if per is None or not query.units or not query.asks_number or not _BOUND_ASKED.search(query.norm):
            return None
        noun = unit_noun(query)
        units = {f"每{per.group('counter') or per.group('unit')}"} | ({f"每{noun}", f"每{noun[-1]}"} if noun else set())
        pieces = {t[i:i + PIECE] for t in query.terms if t != noun for i in range(len(t) - PIECE + 1)}
        found: dict[tuple[int, int], Evidence] = {}
        for order, hit in enumerate(ask.ranked[:CANDIDATES]):
            if hit.chunk.row_index is not None:
                continue
            text = ask.reader.documents[hit.chunk.doc_id].text
            for span in split_sentences(text, hit.chunk.start, hit.chunk.end):
                for q in find_quantities(text[span[0]:span[1]]):
                    own = flat(normalize(text[clause_start(text, span[0] + q.start, floor=span[0]):span[0] + q.start]))
                    if q.qualifier == _CEILING and q.unit in query.units and any(u in own for u in units) \
                            and any(p in own for p in pieces):
                        found.setdefault(span, Evidence(hit, span, 1.0, order, True))
        if len(found) == 1:
            ask.use(next(iter(found.values())))
        return None


def unit_noun(query: Query) -> str:
    """The noun of the unit a question asks per one of: the word right after its counter (每所学校 → 学校); ''."""
    per = PER_ONE.search(query.norm)
    after = words(query.norm[per.end():]) if per else []
    return after[0] if after and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", after[0]) else ""


def unit_written(query: Query, text: str) -> list[str]:
    """The unit's noun when `text` (flat) writes it per one by its last character (每校 for 每所学校, 每班 for 每个班):
    the way notices write a bar per unit, the noun said."""
    noun = unit_noun(query)
    return [noun] if noun and f"每{noun[-1]}" in text else []
