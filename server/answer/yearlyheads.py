"""A year's total asked of money set per head per year (`…专项资金全年一共多少钱`): the standard × the pupils the
document counts.

Plans and notices set a fund as a standard per pupil and year (`按每生每年N元拨付`) in one sentence and count the
place's pupils in another (`全县现有在校学生M人`), never stating the year's sum. Asked it, the answer is N × M, both
sentences cited and the formula shown: the standard alone is no year's total. The standard is the one amount per
head per year (its words: server/lexicon/per_head.tsv and 每年) in a sentence naming every term the question asks
of; the heads the one count of pupils (server/lexicon/people_groups.tsv) the document states for its whole place
(全县, 全区 …). A second standard, or two different counts of the whole's pupils, leave it to the lookups.
"""
from __future__ import annotations

import re

from figures.compute import ComputeError, times
from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.operands import Stated, document_amounts, draft_apart
from server.answer.peoplegroups import group_of
from server.answer.perone import asks_per_one
from server.answer.text import PER_EACH, flat
from server.regions import without_places

CANDIDATE_DOCUMENTS = 2  # leading documents whose amounts are read
# a year's total asked: over the year and summed (`一年总共`, `全年一共`)
_YEAR_SUM = re.compile(r"(?:一年|全年)(?:下来)?(?:总共|一共|共计|合计|总计|共)")
_PER_HEAD_YEAR = re.compile(rf"(?:{PER_EACH})每(?:年|学年)$")
_WHOLE_PLACE = re.compile(r"全(?:县|区|市|省|镇|乡)")


class YearlyHeadsTotal:
    """Handler: a standard per head per year × the pupils of the whole place, stated apart (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        q = flat(query.norm)
        year = _YEAR_SUM.search(q)
        if "元" not in query.units or year is None or asks_per_one(q) or query.operation not in ("", "sum") \
                or query.asked.compliance or len(query.asks) > 1:
            return None
        # the terms naming the fund (not its place, nor the words asking the year's sum: 全年)
        terms = [t for t in query.terms if without_places(t, query.regions) and t not in year.group()]
        found = []
        for doc_id in ask.ranked_docs()[:CANDIDATE_DOCUMENTS]:
            amounts = document_amounts(reader, doc_id)
            text = reader.documents[doc_id].text
            rates = [a for a in amounts if a.quantity.unit == "元" and _PER_HEAD_YEAR.search(_lead(a))
                     and all(t in flat(normalize(text[slice(*a.sentence)], drop_space=True)) for t in terms)]
            heads = [a for a in amounts if a.quantity.unit == "人" and _WHOLE_PLACE.search(_lead(a))
                     and group_of(a.words) == "pupils"]
            if len(rates) == 1 and len({a.quantity.value for a in heads}) == 1:
                found.append((rates[0], heads[0]))
        if len(found) != 1:
            return None
        rate, pupils = found[0]
        try:
            result = times(rate.operand("每生每年标准"), pupils.operand("学生数"), unit="元")
        except ComputeError:
            return None
        return draft_apart(reader, ask.book, result, [rate, pupils])


def _lead(a: Stated) -> str:
    return flat(normalize(a.lead, drop_space=True))
