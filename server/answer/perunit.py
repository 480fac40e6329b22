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
from server.intent import COUNTERS
from server.lexicon import synonyms
from server.query import Query
from server.retrieve import Hit
from server.timespans import RELATIVE_YEAR, RELATIVE_YEARS, relative_years

_PEOPLE = re.compile(r"学生|孩子|幼儿|儿童|教师|老师|人")
# people after 每个 with a qualifier of their own (`每个受训教师`, `每个在校学生`), never a unit they belong to
# (`每个学校的学生`: per school)
_QUALIFIED_PEOPLE = re.compile(r"[^\W\d的校园班所]{1,3}?(?:学生|孩子|幼儿|儿童|教师|老师)")
# money asked by its word or by the verb of spending (`用了多少`, `摊多少`, `合多少钱`), not a count the verb takes
# in its counter (`发了几份表`)
_MONEY_ASKED = re.compile(r"(?:多少|几)(?:钱|元|万元|亿元)|(?:花|摊|合|投|投资|投入|花费|用|补|补助|发)了?(?:多少|几)"
                          rf"(?![{COUNTERS}]|人)|成本|造价")
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
    if canonical_unit(counter) == "人" or m.group(0) == "人均" \
            or (counter == "个" and (_PEOPLE.match(norm, m.end()) or _QUALIFIED_PEOPLE.match(norm, m.end()))):
        return ("人",)
    return (counter,)


def averaged_units(norm: str, asked: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(units of the count, units of the total) of an average per one thing asked by 平均 with what it counts
    (`平均每辆校车接送多少名学生` → 辆, 人; `这些学校的公用经费平均每所多少` → 所, 元): the thing averaged is
    any amount the question's unit measures, not only money asked by its verb; ((), ()) when none is asked."""
    m = PER_ONE_ASKED.search(norm)
    counted = _COUNT_OF_PEOPLE.search(norm)
    asked = asked or (("人",) if counted else ())  # `多少农村学生`: people, counted in 人 or 名
    averaged = m is not None and (m.group(0).startswith("平均") or _AVERAGE_AFTER.match(norm, m.end()) is not None)
    if m is None or not averaged or not asked:
        return (), ()
    counter = canonical_unit(m.group("counter"))
    return ((counter,), asked) if counter not in asked else ((), ())


# 平均 said after the thing averaged over (`每所学校平均回收几份`)
_AVERAGE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?平均")


class PerUnit:
    """Handler: money (or what an average asks) per one counted thing, from one sentence's total and count
    (module doc). None when a sentence of that document covering the question states the amount per one thing
    itself (a lookup quotes it), or when the sentence states more than one total or count: dividing either would
    be a guess."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if query.operation not in ("", "ratio") or query.asked.compliance or len(query.asks) > 1:
            return None
        units: tuple[str, ...] = per_one_units(query.norm)
        measured: tuple[str, ...] = ("元",)
        if not units:
            units, measured = averaged_units(query.norm, query.units)
        if not units:  # people per one thing asked without 平均 (`每辆校车接送多少名学生`)
            counter = people_per_one(query.norm, query.units)
            if not counter:
                return None
            units, measured = (canonical_unit(counter),), ("人",)
        best: tuple[float, Stated, Stated] | None = None
        best_doc, rated = "", set()  # the documents a sentence covering the question states the rate in
        for hit in ask.ranked[:CANDIDATE_PASSAGES]:
            if hit.chunk.row_index is not None:
                continue
            sentences: dict[tuple[int, int], list[Stated]] = {}
            text = reader.documents[hit.chunk.doc_id].text
            for a in document_amounts(reader, hit.chunk.doc_id):
                if hit.chunk.start <= a.sentence[0] < hit.chunk.end:
                    sentences.setdefault(a.sentence, []).append(a)
            sentences = _lines_joined(text, sentences)
            for (s, e), amounts in sentences.items():
                cover = reader.coverage(query, flat(normalize(text[s:e])))[0]
                if cover < COVER_MIN or not _of_year_asked(reader, query, hit, text[s:e]):
                    continue
                summed = [a for a in amounts if a.quantity.unit in measured]
                if any(_rated(a, query.norm) for a in summed) and not _PERIOD_APART.search(query.norm):
                    rated.add(hit.chunk.doc_id)
                    continue
                totals = [a for a in summed if not _rated(a, query.norm)]
                # (money's totals are left whole: a second is its part, 其中, or another fund, never told apart here)
                totals = totals if measured == ("元",) else _of_verb_asked(totals, query.norm)
                counts = _of_thing_asked([a for a in amounts if a.quantity.unit in units], text, query.norm)
                # one total of the sentence, and of the people asked (never the only one left of several)
                if len(totals) == 1 and len(counts) == 1 and _of_people_asked(totals[0], text, query.norm) \
                        and (best is None or cover > best[0]):
                    best, best_doc = (cover, totals[0], counts[0]), hit.chunk.doc_id
        if best is None or best_doc in rated:  # the document states the rate: a lookup quotes it, no division
            return None
        _, total, count = best
        unit = count.quantity.unit  # one thing counted (户), not the scale the count is written in (万户)
        thing = _ENUMERATOR.sub("", total.words) or "金额"
        text = reader.documents[count.hit.chunk.doc_id].text
        asked = _thing_asked(query.norm)
        per = f"{unit}{asked} " if _named_before(count, text, asked) else unit  # `每个教学班`, not `每个` of the total
        try:
            result = ratio(total.operand(thing), count.operand(_ENUMERATOR.sub("", count.words) or "数量"),
                           label=f"每{per}{thing}（{'总额' if measured == ('元',) else '总数'} ÷ 数量）")
        except ComputeError:
            return None
        return draft_apart(reader, ask.book, result, [total, count])


def _of_verb_asked(totals: list[Stated], norm: str) -> list[Stated]:
    """Of several counts of things one sentence states in one unit (`发放问卷N份，回收M份`), the one whose own
    clause's words the question holds and no other's does (回收 asked: the returned); as they are when none or
    several are."""
    q = flat(norm)

    def runs(a: Stated) -> set[str]:
        said = flat(normalize(a.lead)) or a.words
        return {said[i:i + 2] for i in range(len(said) - 1) if said[i:i + 2] in q}

    if len(totals) < 2:
        return totals
    # a bound among them (`在校生不足100人`, `500人以上`) sets a class of units, no total of theirs: left as they are
    if any(a.quantity.qualifier not in ("", "approx") for a in totals):
        return totals
    own = [runs(a) - set().union(*(runs(b) for b in totals if b is not a)) for a in totals]
    named = [a for a, r in zip(totals, own) if r]
    return named if len(named) == 1 else totals


_CLAUSE_OPEN = re.compile(r"[，,、]\s*$")  # a line broken after a clause mark: its sentence goes on


def _lines_joined(text: str, sentences: dict[tuple[int, int], list[Stated]]) -> dict[tuple[int, int], list[Stated]]:
    """The amounts by sentence, a line ending on a comma joined to the next line's sentence: scanned and OCR'd
    bulletins break their lines mid-sentence (`…教室N间，` / `采样M份。`), and the splitter ends a sentence at
    every line."""
    joined: dict[tuple[int, int], list[Stated]] = {}
    last: tuple[int, int] | None = None
    for (s, e), amounts in sorted(sentences.items()):
        if last is not None and _CLAUSE_OPEN.search(text[last[0]:last[1]]) and not text[last[1]:s].strip():
            merged = (last[0], e)
            joined[merged] = joined.pop(last) + amounts
            last = merged
        else:
            joined[(s, e)] = list(amounts)
            last = (s, e)
    return joined


def _rated(amount: Stated, norm: str) -> bool:
    """Whether the amount is stated per one (`每生600元`), not per the period the question asks it over too
    (`每天运送学生1830人` asked `平均每辆每天运送多少`: a day's total, to be divided by the count)."""
    m = RATE_LEAD.search(normalize(amount.lead))
    if m is None:
        return False
    period = _PERIOD_LEAD.match(m.group())
    return period is None or not re.search(f"[每一]{period.group()[1:]}", norm)


_COUNT_OF_PEOPLE = re.compile(r"(?:多少|几)[\u4e00-\u9fff]{0,4}?(?P<who>学生|孩子|幼儿|儿童|教师|老师)")


def _of_people_asked(total: Stated, text: str, norm: str) -> bool:
    """Whether a count of people is of those the question counts (`多少学生`: `接送学生1820人`, `惠及1200名学生`,
    never `配备驾驶员27名`), by their word or a document's word for it (server/lexicon/synonyms.tsv), before the
    count or right after it in its clause; any total when the question names none."""
    m = _COUNT_OF_PEOPLE.search(norm)
    if m is None or total.quantity.unit != "人":
        return True
    after = re.split(r"[，,；;。、\s]", text[total.quantity.end:total.quantity.end + _NOUN_AFTER_CHARS])[0]
    named = total.words + normalize(after)
    return any(w in named for w in (m.group("who"), *synonyms().get(m.group("who"), ())))


# the thing counted per one, named after its counter in the question (`每个教学班平均几人` → 教学班)
_THING_PER_ONE = re.compile(r"([\u4e00-\u9fff]{1,6}?)(?:平均)?(?:有|招|招收|安排)?(?:多少|几)")
_NOUN_CHARS = 12  # how far before a count its noun is read (`教学班36个`, `开设教学班共36个`)


def _of_thing_asked(counts: list[Stated], text: str, norm: str) -> list[Stated]:
    """Of several counts in the counter asked one sentence states (`设N个专业、M个教学班`), those whose noun right
    before them is the thing the question asks per one; one count or none named: as they are."""
    thing = _thing_asked(norm) if len(counts) > 1 else ""
    return [a for a in counts if _named_before(a, text, thing)] if thing else counts


def _thing_asked(norm: str) -> str:
    """The thing an average per one is asked of, as the question names it after its counter ('' when none)."""
    m = PER_ONE_ASKED.search(norm)
    thing = _THING_PER_ONE.match(norm, m.end()) if m is not None else None
    return thing.group(1) if thing is not None else ""


def _named_before(amount: Stated, text: str, noun: str) -> bool:
    """Whether the count's own noun, right before it, is `noun` (`教学班36个`, `教学班共36个`)."""
    before = normalize(text[max(0, amount.quantity.start - _NOUN_CHARS):amount.quantity.start])
    return bool(noun) and re.search(re.escape(noun) + r"(?:数|总数)?(?:共|共计|有|为|达到?)?$", before) is not None


_NOUN_AFTER_CHARS = 8  # a count's noun written after it (`1200名学生`, `3000名在校学生`)
_PERIOD_LEAD = re.compile(r"每(?:天|日|周|月|学期|学年|年)")
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
