"""An amount per one thing the document does not state, asked as people say it (`一辆校车合多少钱`, `每间教室摊
下来多少`, `人均花了多少`): the amount of money a sentence states for a thing ÷ the count of that thing the same
sentence states (`购置校车15辆，共投入资金450万元` → 450万元 ÷ 15辆). Reports, budgets and news state a project's
or a programme's total with what it buys or whom it covers, and leave the rate per unit to the reader. Only one
sentence's two amounts are divided: a count stated elsewhere may count something else; and nothing is divided
when a sentence of the document on the thing asked states the amount per one itself (a lookup quotes it)."""
from __future__ import annotations

import re

from figures.compute import ComputeError, ratio
from figures.numbers import canonical_unit
from figures.years import years_named
from ingest.metadata import reported_year
from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.evidence import Reader
from server.answer.operands import Stated, document_amounts, draft_apart
from server.answer.perone import PER_ONE_ASKED, RATE_LEAD, people_per_one  # a rate stated is read as the checks read it
from server.answer.text import flat
from server.query import Query
from server.retrieve import Hit
from server.timespans import RELATIVE_YEAR, RELATIVE_YEARS, relative_years

_PEOPLE = re.compile(r"学生|孩子|幼儿|儿童|教师|老师|人")
# money asked by its word or by the verb of spending (`用了多少`, `摊多少`, `合多少钱`)
_MONEY_ASKED = re.compile(r"(?:多少|几)(?:钱|元|万元|亿元)|(?:花|摊|合|投|投资|投入|花费|用|补|补助|发)了?(?:多少|几)|"
                          r"成本|造价")
COVER_MIN = 0.5  # share of the question's key terms the sentence must hold to be the one it asks about
CANDIDATE_PASSAGES = 8  # leading passages whose sentences are read


def per_one_units(norm: str) -> tuple[str, ...]:
    """The units of the count an amount per one thing is asked of (`一辆合多少钱` → 辆, `一个学生…` → 人),
    () when the question asks no money per one thing."""
    if not _MONEY_ASKED.search(norm):
        return ()
    m = PER_ONE_ASKED.search(norm)
    if m is None:
        return ()
    counter = m.group("counter") or "人"
    if canonical_unit(counter) == "人" or m.group(0) == "人均" or (counter == "个" and _PEOPLE.match(norm, m.end())):
        return ("人",)
    return (counter,)


class PerUnit:
    """Handler: money per one counted thing, from one sentence's total and count (module doc). None when
    a sentence of that document covering the question states the amount per one thing itself (a lookup
    quotes it), or when the sentence states more than one total or count: dividing either would be a guess."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if query.operation not in ("", "ratio") or query.asked.compliance or len(query.asks) > 1:
            return None
        units = per_one_units(query.norm)
        amount, counter = "元", ""
        if not units:
            counter = people_per_one(query.norm, query.units)
            if not counter:
                return None
            amount, units = "人", (canonical_unit(counter),)
        # a rate stated per the thing asked (`每辆车接送…`), not per a period the question also asks (`每天`)
        rate_lead = re.compile(rf"(?:每|一){counter}[^，,；;。]*$") if counter else RATE_LEAD
        best: tuple[float, Stated, Stated] | None = None
        best_doc, rated = "", set()  # the documents a sentence covering the question states the rate in
        for hit in ask.ranked[:CANDIDATE_PASSAGES]:
            if hit.chunk.row_index is not None:
                continue
            sentences: dict[tuple[int, int], list[Stated]] = {}
            for a in document_amounts(reader, hit.chunk.doc_id):
                if hit.chunk.start <= a.sentence[0] < hit.chunk.end:
                    sentences.setdefault(a.sentence, []).append(a)
            text = reader.documents[hit.chunk.doc_id].text
            for (s, e), amounts in sentences.items():
                cover = reader.coverage(query, flat(normalize(text[s:e])))[0]
                if cover < COVER_MIN or not _of_year_asked(reader, query, hit, text[s:e]):
                    continue
                money = [a for a in amounts if a.quantity.unit == amount]
                if any(rate_lead.search(normalize(a.lead)) for a in money) and not _PERIOD_APART.search(query.norm):
                    rated.add(hit.chunk.doc_id)
                    continue
                totals = [a for a in money if not rate_lead.search(normalize(a.lead))]
                counts = [a for a in amounts if a.quantity.unit in units]
                if len(totals) == 1 and len(counts) == 1 and (best is None or cover > best[0]):
                    best, best_doc = (cover, totals[0], counts[0]), hit.chunk.doc_id
        if best is None or best_doc in rated:  # the document states the rate: a lookup quotes it, no division
            return None
        _, total, count = best
        unit = count.quantity.unit_as_written or count.quantity.unit
        thing = _ENUMERATOR.sub("", total.words) or "金额"
        try:
            result = ratio(total.operand(thing), count.operand(_ENUMERATOR.sub("", count.words) or "数量"),
                           label=f"每{unit}{thing}（总额 ÷ 数量）")
        except ComputeError:
            return None
        return draft_apart(reader, ask.book, result, [total, count])


_ENUMERATOR = re.compile(r"^[(（]?[一二三四五六七八九十\d]+[)）、.]")  # an item number (`（一）`): not its name
# a period the question asks the amount over (`每学年合多少`) where the document's rate is per another (每天)
_PERIOD_APART = re.compile(r"一年|每年|全年|一学年|每学年")


def _of_year_asked(reader: Reader, query: Query, hit: Hit, sentence: str) -> bool:
    """Whether the sentence speaks for a year asked: the years it names (`去年` of its document's year), else its
    heading's, else its report's (an interview's `全年资金一共是…` is of the year it is given in, never of the
    year before asked)."""
    doc = reader.documents[hit.chunk.doc_id]
    asked = {int(y) for y in reader.asked_years(query, doc.doc_id)}
    if not asked and query.relative_years and not years_named(sentence):
        # a document of unknown date: its undated sentence speaks for its own time (今年), not for the 去年 asked
        said = {RELATIVE_YEARS[w] for w in RELATIVE_YEAR.findall(normalize(sentence))} or {0}
        return bool(said & set(query.relative_years))
    if not asked:
        return True
    written = reader.doc_year(doc.doc_id)
    own = set(years_named(sentence)) | relative_years(normalize(sentence), written) \
        or set(years_named(hit.chunk.section))
    if not own:
        year = reported_year(doc.meta.title, doc.meta.date) or written
        own = {year} if year else set()
    return not own or bool(own & asked)
