"""Questions that ask several things at once (`多少人次？发放了多少资金？`, `A和B各多少`): each ask
answered on its own, from its own best evidence; the answers are joined, clauses of one cited
sentence quoted once."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace

from figures.changes import find_changes
from figures.compute import Operand, ratio
from figures.counters import head_counter
from figures.direction import alternation
from figures.numbers import Quantity, canonical_unit, find_quantities
from figures.tablequery import is_total, key
from ingest.normalize import normalize
from ingest.segment import words as segmented
from ingest.structure import split_sentences
from ingest.tables import row_label
from server.answer.base import Ask, Handler, first_answer
from server.answer.draft import Claim, Draft, table_of
from server.answer.evidence import Evidence, has_term, term_parts, unit_kind
from server.answer.lookup import row_units
from server.answer.sections import chunk_hit
from server.answer.tables import column_named
from server.answer.text import (
    ASKS_WHEN,
    clause,
    computed_figure,
    dated_clause,
    display,
    flat,
    label_of,
    negated,
    pair_label,
    pick_quantity,
    quantity_figure,
    region_of,
    shown,
    written_value,
)
from server.answer.verify import mismatch, verified
from server.intent import ASKING, COUNTER_CLASS, COUNTERS, EACH, TIME_HEAD, TIME_WITHIN, Asked, counter_led
from server.lexicon import role_nouns, stages_named
from server.mentions import squeezed
from server.operation import SUM_ASKED, operation_of
from server.query import Query, key_terms, names_thing, stages_of
from server.retrieve import Hit
from server.schemas import Citation, Figure
from server.timespans import RELATIVE_YEAR

SOURCE = "。依据"  # where a one-evidence answer's direct part ends and its sources begin
MISSING = "文件中未找到"
MIN_OVERLAP = 4  # characters two quoted clauses must share to be joined into one
# what an ask's label drops: the verb and 的 before its asking word, the counter after it
_LABEL_TAIL = re.compile(r"(?:的)?(?:各|分别)?(?:是|有|为|要|将|达到|共有|一共有)?了?$")
# an ask with no subject of its own, opening on its verb (`有几个班`), and the subject an ask opens with
# before its verb (`A校是…`, `A校有…`)
_SUBJECTLESS = re.compile(r"(?:还|共|一共|总共)?(?:有|是)")
_SUBJECT = re.compile(r"([\u4e00-\u9fff]{2,}?)(?:是|有|共有)")
_PART_OF = re.compile(r"\s*其中")  # `其中小学多少人`: a part of what the ask before counted
_COUNTER = re.compile(rf"人次|[{COUNTERS}元人]")
_COUNTER_HEAD = re.compile(rf"^(?:{_COUNTER.pattern})")
# a sum asked, no measure of one thing; not 总计, which names a row of a budget table (`…支出总计`)
_SUM_WORD = re.compile(alternation(tuple(w for w in SUM_ASKED if w != "总计")))


@dataclass
class _Stated:
    """One ask answered by a quantity the evidence sentence states."""
    quantity: Quantity
    quoted: str
    citation: int


@dataclass
class _Dated:
    """One ask of when (`什么时候建成`) answered by the date of the clause that states it."""
    date: str
    quoted: str
    citation: int


_VERB = re.compile(r"[\u4e00-\u9fff]{2}")


def _verb_after(norm: str, at: int) -> str:
    """The verb a time ask dates: the two characters after its asking word (`什么时候建成` → 建成),
    else those before it (`建成时间` → 建成)."""
    after = _VERB.match(norm, at)
    if after:
        return after.group()
    before = re.search(r"([\u4e00-\u9fff]{2})(?:的)?(?:什么时候|何时|时间|时限|期限)", norm)
    return before.group(1) if before else ""


def _first_dated_ask(query: Query) -> int:
    """The first ask naming a year (`2026年`, `今年`) when the question names none before it, else 0: a year
    named in a later ask dates that ask and those after it, not the asks before it."""
    for i, text in enumerate(query.asks):
        if _YEAR_NAMED.search(text):
            return i if i and not _YEAR_NAMED.search(query.norm[:query.norm.find(text)]) else 0
    return 0


_YEAR_NAMED = re.compile(rf"20\d\d\s*年|{RELATIVE_YEAR.pattern}")


class SeveralAsks:
    def __init__(self, lookup: tuple[Handler, ...]):
        self.lookup = lookup  # for asks answered from a table row or by a computation

    def try_answer(self, ask: Ask) -> Draft | None:
        """None when the question asks one thing, or fewer than two asks find their answer."""
        query, reader, book = ask.query, ask.reader, ask.book
        if "compare" in query.intents:
            return None
        items = _unwritten_items(ask) if len(query.asks) == 1 else []
        if items:
            query = replace(query, asks=items, listed=dict.fromkeys(items, query.asks[0]))
        if len(query.asks) < 2:
            return None
        mark = len(book.citations)
        answers: list[_Stated | _Dated | Draft] = []
        # the key terms every ask has (`周转房` of `在建多少套周转房`, `新建多少套周转房`)
        term_sets = [set(key_terms(text)) for text in query.asks]
        shared = set.intersection(*term_sets) if term_sets else set()
        previous = ""
        answered: dict[str, int] = {}  # an answered ask → its answer's place
        missed: dict[str, str] = {}  # the asks no evidence answers, as asked: said so, not left out
        labels: list[str] = []  # what each answered ask is about, to name its figure
        words = [_own_words(text) for text in query.asks]
        dated_from = _first_dated_ask(query)
        for i, text in enumerate(query.asks):
            label = ask_label(text)
            own = _listed_units(query, text, query.narrowed(text).asked)  # what this ask wants, by its own words
            stages = _own_stages(query, i)
            others = words[:i] + words[i + 1:]
            distinct = [t for t in key_terms(text) if t not in shared]
            if previous and not key_terms(text):
                # `…设立多少只基金？总规模是多少？`: an ask naming only a measure (规模, 金额, 面积) of the
                # thing the ask before named; that word picks its figure of the sentence, not the one taken
                distinct = _measure_words(text)
            rate = bool(previous) and _rate_only(text)
            # `其中小学多少人`: the part's figure stands in a clause of its own after the whole's
            # (`专任教师4386人，其中幼儿园512人、小学2134人`), which names the part, not the whole
            held = key_terms(text) if previous and _PART_OF.match(text) else None
            if previous and (not key_terms(text) or _PART_OF.match(text) or rate):
                # `增长了百分之多少？`, `其中小学多少人？`, `增幅多大？`: about what the ask before named
                text = f"{previous} {text}"
            elif i and _SUBJECTLESS.match(text) and (subject := _SUBJECT.match(query.asks[i - 1])):
                # `A园是什么类型的幼儿园，有几个班`: an ask opening on its verb is of the subject the ask
                # before opened with
                text = f"{subject.group(1)} {text}"
            elif i and ASKS_WHEN.search(text) and len(key_terms(ASKS_WHEN.sub("", text))) <= 1 \
                    and not (text in query.listed and query.listed[text] == query.listed.get(query.asks[0])):
                # `…计划投资多少，什么时候建成`: the date of the thing the first ask named
                # (not an item of the list the first was cut from, `A和B各是哪天`: the date of its own thing)
                text = f"{query.asks[0]} {text}"
            previous = text
            part = replace(query.narrowed(text), asked=own, stages=stages)
            if i < dated_from:  # `…X了多少，今年又Y多少`: the year a later ask names is not this one's
                part = replace(part, years=[], relative_years=[])
            change = _change_of(ask, answers[-1], own) if answers and _follows(query.asks[i], own, text) else None
            if change is not None:  # `…经费是多少？较上年增加了多少？`: the change stated with the figure before
                answered[text] = len(answers)
                answers.append(change)
                labels.append(label)
                continue
            per_rate = _at_rate(ask, answers[-1], query.asks[i]) if answers else None
            if per_rate is not None:  # `…一学期多少钱？按每周20元计合多少周？`: the figure before ÷ the rate given
                answered[text] = len(answers)
                answers.append(per_rate)
                labels.append(label)
                continue
            if rate:  # the rate word is the computation asked, not a word the passage must hold (增长8.6%)
                part = replace(part, terms=[t for t in part.terms if not _rate_word(t)])
            answer = self._one(ask, part, distinct, answers, (words[i], others), held)
            if answer is None:
                missed[text] = _as_asked(text)
                continue
            answered[text] = len(answers)
            answers.append(answer)
            labels.append(label)
        for text in [t for t in missed if t in query.listed]:
            at = query.asks.index(text)
            counted = _counted_beside(ask, text, answers, (words[at], words[:at] + words[at + 1:]))
            if counted is not None:
                answered[text] = len(answers)
                answers.append(counted)
                labels.append(ask_label(text))
                missed.pop(text)
        for piece in dict.fromkeys(query.listed[t] for t in missed if t in query.listed):
            # `新建、扩建了几所学校`: a list whose items are not stated apart may be stated as one
            # (`新建、扩建中小学40所`): the whole answers it, in place of an item that took its figure
            items = [t for t, p in query.listed.items() if p == piece]
            done = [answered[t] for t in items if t in answered]
            if len(done) > 1:
                continue
            others = [w for t, w in zip(query.asks, words) if t not in items]
            rest = [a for n, a in enumerate(answers) if n not in done]
            answer = self._one(ask, query.narrowed(piece), key_terms(piece), rest, (_own_words(piece), others))
            if answer is None or done and not _same(answers[done[0]], answer) \
                    or not all(_names_item(answer, t, words) for t in items if t in missed):
                continue
            if done:
                answers[done[0]], labels[done[0]] = answer, ask_label(piece)
            else:
                answers.append(answer)
                labels.append(ask_label(piece))
            for t in items:
                missed.pop(t, None)
        missing = list(missed.values())
        if len(answers) < 2:
            del book.citations[mark:]
            return None
        region = "、".join(query.regions) or region_of(reader.documents[book.citations[0].doc_id])
        labels = _apart(labels) if len(set(labels)) == len(labels) and all(labels) else [""] * len(labels)
        if len(book.citations) > mark:
            _cite_abutting_once(answers, book.citations, reader.documents[book.citations[-1].doc_id].text, mark)
        return _joined(answers, labels, missing, region, book.citations)

    def _one(self, ask: Ask, part: Query, distinct: list[str], answers: list[_Stated | _Dated | Draft],
             words: tuple[list[str], list[list[str]]],
             held: list[str] | None = None) -> _Stated | _Dated | Draft | None:
        """One ask's answer from its own best evidence, or None when none answers it (or only with
        a figure another ask already gave); `distinct`: the words that set it apart from the others;
        `words`: its own words and each other ask's, which own the figures their labels name; `held`: the
        words its figure's clause must name, when not all of the ask's (a part's clause names the part)."""
        reader, book = ask.reader, ask.book
        implied = _class_noun(part)
        if implied and len(part.terms) > 1:
            # `新建、扩建了几所学校`: 所 counts schools of any kind (`中小学和幼儿园38所`), the noun is
            # no word the evidence must write
            part = replace(part, terms=[t for t in part.terms if t != implied])
        beside = _beside(ask, part, answers, words)
        if beside is not None:
            return beside
        candidates = reader.rank(part, ask.ranked)
        evidence = reader.evidence(part, candidates)
        if reader.refusal(part, evidence.hit) or not _names_stages(part, evidence.hit):
            # the question's passages may lack this ask's own (`幼儿园、小学、初中…各是多少`: 小学's row):
            # searched again in the documents in scope, else in those of the question's leading passages
            docs = ask.scope if ask.scope else ask.ranked_docs(_ASK_DOCS)
            candidates = reader.rank(part, ask.search(part, docs))
            evidence = reader.evidence(part, candidates) if candidates else evidence
        evidence = named_row_evidence(ask, part, candidates, _prose_in_unit(ask, part, candidates, evidence))
        totalled = _total_row_asked(ask, part, candidates)
        if totalled is not None and reader.refusal(part, evidence.hit):
            part, evidence = totalled
        if reader.refusal(part, evidence.hit):
            return None
        if evidence.hit.chunk.row_index is not None or part.operation:
            draft = first_answer(self.lookup, Ask(part, candidates, reader, ask.search, ask.scope, book,
                                                  given=evidence))
            if draft is not None and not draft.abstained and draft.figures and SOURCE in draft.answer \
                    and verified(reader, part, draft) \
                    and not any(isinstance(a, Draft) and a.answer == draft.answer for a in answers) \
                    and not _repeats(draft, answers):
                return draft
            return None
        doc = reader.documents[evidence.hit.chunk.doc_id]
        when = ASKS_WHEN.search(part.norm)
        if when:  # `什么时候建成`: the date of its clause, not a figure
            verb = _verb_after(part.norm, when.end())
            dated = dated_clause(doc.text, evidence.span, verb)
            if dated is None or any(isinstance(a, _Dated) and a.quoted == display(doc.text[slice(*dated[0])])
                                    and a.date == dated[1] for a in answers):
                return None
            (a, b), date = dated
            return _Dated(date, display(doc.text[a:b]), book.cite(evidence.hit, *evidence.span))
        counted = _counted(part)
        if counted and not _names_noun(counted, flat(normalize(doc.text[evidence.span[0]:evidence.span[1]]))):
            return None  # `新建多少所养老院` against `新建公办幼儿园4所`: what is counted is not stated
        quantity = pick_quantity(part, doc.text, evidence.span, reader.cover(part))
        if quantity is not None and _taken(answers, quantity):
            # `续建安置房7550套，新开工1000套以上`: the asks share a noun; the words that set this
            # ask apart from the others pick its own figure of the sentence
            own = replace(part, terms=distinct, focus="")
            quantity = pick_quantity(own, doc.text, evidence.span, reader.cover(own)) if distinct else None
        if quantity is not None:
            quantity = _own_figure(doc.text, evidence.span, quantity, part, words, answers)
        if quantity is not None:
            quantity = _whole_unless_part_asked(doc.text, evidence.span, quantity, part)
        if quantity is None or _taken(answers, quantity) or quantity.unit == "%" and _counts(part.norm):
            return None  # a count asked (`多少天`, `多少所`) is never answered by a share
        elsewhere = _labelled_elsewhere(doc.text, evidence.span, quantity, part, words, answers)
        if elsewhere is not None:
            quantity, span = elsewhere
            evidence = replace(evidence, hit=chunk_hit(reader, doc, span[0]), span=span)
        quoted = display(clause(doc.text, evidence.span, quantity))
        checked = replace(part, terms=held) if held else part
        if mismatch(reader, checked, Claim(quantity.unit, quoted, evidence.hit, evidence.span)):
            return None
        return _Stated(quantity, quoted, book.cite(evidence.hit, *evidence.span))


def _unwritten_items(ask: Ask) -> list[str]:
    """The asks of items run together with no list word between them (`助学金免学费补助各多少`,
    `人员经费公用经费各多少`): each of the key terms ending the words before 各/分别 that one sentence of
    the leading passages states a figure for apart, as the head of that figure's label (`其中助学金类
    265万元，免学费类190万元`), as an ask of its own with the words before them (`资助助学金多少`); [] when
    fewer than two are so stated. The items of a list written out are cut by the question's analysis;
    these only the evidence tells from a compound name (`义务教育学校各多少`)."""
    text = ask.query.asks[0]
    each = EACH.search(text)
    if each is None:
        return []
    before, after = text[:each.start()].rstrip(" 的"), text[each.end():]
    run: list[tuple[int, str]] = []  # the key terms written one after another up to the end of `before`
    end = len(before)
    for term in sorted(key_terms(before), key=lambda t: -before.rfind(t)):
        at = before.rfind(term)
        if at < 0 or not _ITEM_GAP.fullmatch(before[at + len(term):end]):
            break
        run.insert(0, (at, term))
        end = at
    if len(run) < 2:
        return []
    for hit in ask.ranked[:_ITEM_PASSAGES]:
        if hit.chunk.row_index is not None:
            continue
        doc = ask.reader.documents[hit.chunk.doc_id]
        for span in split_sentences(doc.text, hit.chunk.start, hit.chunk.end):
            owned = _owned_terms(doc.text, span, [t for _, t in run])
            if len(owned) >= 2:
                starts = [at for at, _ in run[len(run) - len(owned):]] + [len(before)]
                return [before[:starts[0]] + before[starts[0]:starts[1]] + after] + \
                    [before[a:b] + after for a, b in zip(starts[1:], starts[2:])]
    return []


_ITEM_PASSAGES = 5  # the leading passages searched for a sentence stating each item apart
# what may stand between two items run together: nothing, or the noun they share (人员经费公用经费)
_ITEM_GAP = re.compile(r"[\u4e00-\u9fff]{0,2}(?<![的里中和与及])")


def _owned_terms(text: str, span: tuple[int, int], terms: list[str]) -> list[str]:
    """The terms, last ones first back to the first that fails, each of which heads the label of a
    figure of its own in text[span] (`其中助学金类265万元` → 助学金类; not 资助 of `学生资助预算530万元`)."""
    # (not a count that frames the rest as the whole they are of, `N所X中，…`: no item beside them)
    labels = [_SCOPE_LEAD.sub("", pair_label(text, span, Quantity(**{**q.to_json(), "start": q.start + span[0],
                                                                     "end": q.end + span[0]})))
              for q in find_quantities(text[slice(*span)])
              if q.is_measure and not _FRAMES.match(text, span[0] + q.end)]
    owned: list[str] = []
    for term in reversed(terms):
        heads = [n for n, label in enumerate(labels) if label.startswith(term)]
        if len(heads) != 1 or any(labels[heads[0]].startswith(t) for t in owned):
            break
        owned.insert(0, term)
    return owned


# the words after a count that make it the whole the sentence's later counts are of (`N所X中，`)
_FRAMES = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:中|之中|当中)[，,：:]")
# the time and the whole place a figure's label may open with before the thing it names (2025年政府采购…), and the
# verb that gives a grade before the grade an assessment's counts are labelled by (`评为优秀N所`, `被认定为…`)
_SCOPE_LEAD = re.compile(r"^(?:(?:19|20)\d\d年(?:底|末)?|今年|全年|全县|全市|全区|被?(?:评为|评定为|认定为|定为))+")


# an ask that gives a rate and asks what an amount comes to at it (`按每周20元计合多少周`,
# `按每人2000元计可资助多少人`): the amount the ask before found ÷ the rate
# (what it comes to is counted, `多少周`/`多少人`: an amount asked at a rate, `需要多少资金`, is a product)
_AT_RATE = re.compile(rf"[按以]([^，,？?。]{{1,12}}?)(?:计算|算|计)[^，,？?。]{{0,8}}?(?:多少|几)(?:个)?"
                      rf"([{COUNTERS}天年月周人])")
_COUNTED_UNIT = re.compile(rf"(?:多少|几)(?:个)?(?:[{COUNTERS}天年月周人]|人次)")


# the noun an ask asks the number of, right before its asking word (`班级多少`, `幼儿各多少`)
_NOUN_ASKED = re.compile(r"([\u4e00-\u9fff]+?)(?:各|分别|一共|总共|共|有|是|为)*(?:多少|几)")


def _counts(norm: str) -> bool:
    """Whether an ask counts things or time (`多少天`, `几所`, or a noun counted in a counter of its own:
    `班级多少`, figures/lexicon/counters.tsv), which no share answers."""
    noun = _NOUN_ASKED.search(norm)
    return bool(_COUNTED_UNIT.search(norm)) or noun is not None and head_counter(noun.group(1)) is not None


def _at_rate(ask: Ask, before: _Stated | _Dated | Draft, text: str) -> Draft | None:
    """The amount the ask before found ÷ the rate this ask gives (650元 ÷ 5元 = 130天), the unit the
    ask counts in; None when the ask gives no rate, or one in another unit than that amount."""
    m = _AT_RATE.search(normalize(text))
    given = [q for q in find_quantities(m.group(1)) if q.is_measure] if m else []
    if m is None or len(given) != 1:
        return None
    if isinstance(before, _Stated):
        amount = Operand(label=label_of(before.quoted, before.quantity), value=before.quantity.value,
                         unit=before.quantity.unit, unit_as_written=before.quantity.unit_as_written,
                         decimals=before.quantity.decimals)
        cited = [before.citation]
    elif isinstance(before, Draft) and len(before.figures) == 1:
        f = before.figures[0]
        amount = Operand(label=f.label, value=f.value, unit=f.unit.split("/")[0])
        cited = f.citation_ids
    else:
        return None
    rate = Operand.literal(given[0].text, label=f"问题所给标准{given[0].text}")
    if amount.unit != rate.unit or rate.value == 0:
        return None
    done = ratio(amount, rate, label=f"{amount.label} ÷ {rate.label}")
    unit = m.group(2)
    computed = replace(done, unit=unit, formula=f"{done.formula} {unit}")
    marks = "".join(f"[{n}]" for n in cited)
    figure = computed_figure(computed, cited[0])
    figure.citation_ids = list(cited)
    return Draft(f"{computed.formula}{marks}{SOURCE}{amount.label}{marks}与问题所给标准{given[0].text}", False,
                 ask.book.citations, [figure])


def named_row_evidence(ask: Ask, part: Query, candidates: list[Hit], evidence: Evidence) -> Evidence:
    """The table row whose label the ask writes out (`名校长工作室经费多少` over a row
    `名校长工作室 | … | 540`), or the school stage's row the ask names (`高中教职工几人` over a row `高中 | … |
    731`), in place of a sentence that does not name it: a sentence
    sharing the label's words apart (`幼儿园教师`, `专项资金`) states another thing's figure."""
    if evidence.hit.chunk.row_index is not None:
        return evidence
    asked = flat(part.norm)
    said = flat(evidence.hit.chunk.norm)
    for hit in candidates:
        chunk, row = hit.chunk, hit.chunk.row_index
        table = table_of(ask.reader.documents[chunk.doc_id], chunk) if row is not None else None
        label = flat(normalize(row_label(table, table.rows[row]))) if table is not None and row is not None else ""
        # (a stage's row, `初中`, is named by a shorter label — a stage name is no word of another thing's name —
        # when the ask names one of its columns too: `在园幼儿` of no column is the sentence's to state)
        named = len(label) >= _NAMED_ROW_CHARS or table is not None and [n for n, _ in stages_named(label)] == [label] \
            and any(column_named(key(c), asked) for c in table.columns)
        if named and label in asked and (label not in said or not _clause_names(ask, part, evidence, label)) \
                and not ask.reader.refusal(part, hit):
            return Evidence(hit, (chunk.start, chunk.end), evidence.value, 0, True)
    return evidence


_NAMED_ROW_CHARS = 4  # a row label this long written out in the ask names that row


def _total_row_asked(ask: Ask, part: Query, candidates: list[Hit]) -> tuple[Query, Evidence] | None:
    """An ask of 总 and a column's name (`总投资多少` of a 投资 column) that no passage writes as one word: the
    table's total row, which states that column's whole, as the evidence, and the column's name as the term asked
    in place of the 总 word. None unless one leading candidate is a total row of a table with such a column."""
    asked = flat(part.norm)
    for hit in candidates:
        chunk, row = hit.chunk, hit.chunk.row_index
        table = table_of(ask.reader.documents[chunk.doc_id], chunk) if row is not None else None
        if table is None or row is None or not is_total(row_label(table, table.rows[row])):
            continue
        named = [k for c in table.columns if len(k := key(c)) >= 2 and not k.startswith("总") and f"总{k}" in asked]
        if len(named) != 1:
            continue
        terms = [named[0] if t == f"总{named[0]}" else t for t in part.terms]
        return replace(part, terms=terms), Evidence(hit, (chunk.start, chunk.end), 1.0, 0, True)
    return None


def _clause_names(ask: Ask, part: Query, evidence: Evidence, label: str) -> bool:
    """The clause of the evidence sentence stating the ask's figure names `label`: a sentence naming a row's
    thing elsewhere (`有小学14所…，教职工中教师3120人`) states the whole's figure, not the row's."""
    doc = ask.reader.documents[evidence.hit.chunk.doc_id]
    quantity = pick_quantity(part, doc.text, evidence.span, ask.reader.cover(part))
    return quantity is not None and label in flat(normalize(clause(doc.text, evidence.span, quantity)))


def _prose_in_unit(ask: Ask, part: Query, candidates: list[Hit], evidence: Evidence) -> Evidence:
    """The best sentence in place of a table row none of whose values is in the unit the ask wants
    (`投入多少资金` against an indicator row of 达标率 in %): a row names the thing, the sentence of a
    section under a heading naming it states the amount."""
    chunk = evidence.hit.chunk
    if chunk.row_index is None or not part.units:
        return evidence
    table = table_of(ask.reader.documents[chunk.doc_id], chunk)
    if table is None or row_units(table, table.rows[chunk.row_index]) & set(part.units):
        return evidence
    prose = [h for h in candidates if h.chunk.row_index is None]
    other = ask.reader.evidence(part, prose) if prose else None
    return other if other is not None and other.states and not ask.reader.refusal(part, other.hit) else evidence


def _beside(ask: Ask, part: Query, answers: list[_Stated | _Dated | Draft],
            words: tuple[list[str], list[list[str]]]) -> _Stated | None:
    """An ask answered from the sentence that answered the ask before, when that sentence names all
    its words and states a figure of its own in the unit asked: the asks of one question are mostly
    about one passage (`高中资助了多少学生？金额多少？` over `高中资助资金X元，资助学生Y人次`),
    where a search of the ask's words alone finds the total of another passage. So too the table row
    of the thing the ask before named (`…扩建花多少、增几个学位` over the project's row `新增6个班，学位180个
    | 1200`): a later ask naming no thing of its own is about that thing, not another passage's total."""
    before = answers[-1] if answers else None
    citation = before.citation if isinstance(before, _Stated) else _row_cited(ask, before)
    # an item of a list naming only whose part it is asks in the unit the whole question does (`补助经费A、B、C各多少`:
    # 元, of 经费); one naming a measure of its own (`保育员人数和生师比`) does not
    units = part.units or (ask.query.units if part.norm in ask.query.listed
                           and not _OWN_MEASURE.search(ask_label(part.norm)) else ())
    # (a row's cell of words states its figures by their nouns: `有多少床位` needs no counter asked)
    if citation is None or not (units or isinstance(before, Draft)) or not part.terms:
        return None
    cited = ask.book.citations[citation - 1]
    doc = ask.reader.documents[cited.doc_id]
    span = (cited.start, cited.end)
    if not all(has_term(t, flat(normalize(doc.text[slice(*span)]))) for t in part.terms):
        return None
    in_unit = [q for q in find_quantities(doc.text[slice(*span)]) if q.is_measure and (q.unit in units or not units)]
    quantity = pick_quantity(part, doc.text, span, ask.reader.cover(part))
    if quantity is not None and len(in_unit) > 1:  # the sentence's only figure in the unit asked is the ask's
        quantity = _own_figure(doc.text, span, quantity, part, words, answers)
    if quantity is None or units and quantity.unit not in units or _taken(answers, quantity):
        return None
    quoted = display(clause(doc.text, span, quantity))
    if mismatch(ask.reader, part, Claim(quantity.unit, quoted, chunk_hit(ask.reader, doc, cited.start), span)):
        return None
    return _Stated(quantity, quoted, citation)


# the last character of an item naming a measure (人数, 覆盖率, 生师比, 金额), not only the part it is of (县级)
_OWN_MEASURE = re.compile(r"[数率量额比值]$")


def _counted_beside(ask: Ask, text: str, answers: list[_Stated | _Dated | Draft],
                    words: tuple[list[str], list[list[str]]]) -> _Stated | None:
    """A listed item asked by a noun counted in a counter of its own (`…班级、幼儿、保育员各多少`: 班级 → 个)
    that its own search missed — the question's subject runs into the first item's words: the sentence
    another item was answered from, when it names the noun and counts it in that counter (`现有班级24个，
    在园幼儿690人`): the items of one list are mostly stated together."""
    noun = _NOUN_ASKED.search(normalize(text))
    counter = head_counter(noun.group(1)) if noun else None
    item = [t for t in key_terms(text) if noun and noun.group(1).endswith(t)]
    if counter is None or not item:
        return None
    part = ask.query.narrowed(text)
    part = replace(part, terms=item, asked=replace(part.asked, units=(counter,)))
    for answer in answers:
        found = _beside(ask, part, [answer], words)
        if found is not None and not _taken(answers, found.quantity):
            return found
    return None


def _row_cited(ask: Ask, before: _Stated | _Dated | Draft | None) -> int | None:
    """The one table row an answer's figures all come from, when it is a row (its citation), else None."""
    if not isinstance(before, Draft) or not before.figures:
        return None
    ids = {i for f in before.figures for i in f.citation_ids}
    if len(ids) != 1:
        return None
    cited = ask.book.citations[ids.pop() - 1]
    doc = ask.reader.documents[cited.doc_id]
    return cited.id if any(r.start == cited.start and r.end == cited.end for t in doc.tables for r in t.rows) else None


def _follows(text: str, own: Asked, joined: str) -> bool:
    """Whether an ask is the change of what the ask before counted: a change asked (`比上年增长多少`,
    `增幅多大`) with no thing of its own, so that it was read with the ask before (`joined`)."""
    return own.operation in ("change", "growth") and joined != text and joined.endswith(text)


def _change_of(ask: Ask, before: _Stated | _Dated | Draft, asked: Asked) -> _Stated | None:
    """The change the document states of the figure the ask before took (`投入资金7.86亿元，比上年
    增长6.8%`), from the clause stating it, which may be another sentence than the one first cited
    (a headline states the figure without it); None when no change of that figure is stated."""
    if not isinstance(before, _Stated):
        return None
    cited = ask.book.citations[before.citation - 1]
    doc = ask.reader.documents[cited.doc_id]
    q = before.quantity
    changes = [c for c in find_changes(doc.text) if c.new is not None and (c.new.value, c.new.unit) == (q.value, q.unit)
               and (c.rate or c.delta) is not None]
    if not changes:
        return None
    # the statement in the cited sentence first, else the first the document makes
    change = min(changes, key=lambda c: not cited.start <= c.start < cited.end)
    by_rate = asked.operation == "growth" or not (set(asked.units) - {"%"})
    stated = (change.rate or change.delta) if by_rate else (change.delta or change.rate)
    assert stated is not None
    hit = chunk_hit(ask.reader, doc, change.start)
    sentence = next(((a, b) for a, b in split_sentences(doc.text, hit.chunk.start, hit.chunk.end)
                     if a <= change.start < b), (hit.chunk.start, hit.chunk.end))
    quoted = display(doc.text[change.start:change.end])
    return _Stated(stated, quoted, ask.book.cite(hit, *sentence))


def _names_stages(part: Query, hit: Hit) -> bool:
    """Whether a passage names every school stage the ask names."""
    text = flat(hit.chunk.norm)
    return all(has_term(stage, text) for stage in part.stages)


def _rate_only(text: str) -> bool:
    """Whether an ask names nothing but the rate of a change (`增幅多大`, `增速是多少`): a follow-on
    ask of a report's `A是多少？增幅多大？` whose thing is the one the ask before named."""
    terms = key_terms(text)
    return bool(terms) and all(_rate_word(t) for t in terms)


def _rate_word(term: str) -> bool:
    return operation_of(term).name == "growth"


def _as_asked(text: str) -> str:
    """An ask as the question put it, without the time every ask shares."""
    time = TIME_HEAD.match(text)
    return text[time.end():].strip() if time else text.strip()


def _own_words(text: str) -> list[str]:
    """The words an ask names its thing by (key terms and school stages of its own text)."""
    return key_terms(text) + stages_of(text) + (["非"] if negated(text, "") else [])


def _measure_words(text: str) -> list[str]:
    """The nouns of an ask that has no key term of its own (规模 of `总规模是多少`, 面积 of `面积多大`):
    the measure it asks of the thing named before, which the figure's label names."""
    return [w for w in segmented(normalize(text)) if len(w) > 1 and not _SUM_WORD.search(w) and names_thing(w)]


def _listed_units(query: Query, text: str, own: Asked) -> Asked:
    """What an ask wants (达标比例是多少 → %, by its own words), and, for an item of a list sharing one asking
    predicate that names no unit itself (`A经费、B经费、C补助分别支出了多少`), the money its list asks when every
    item naming a unit names that: items listed under one predicate of spending are amounts alike (a rate is
    asked by an item's own 率, never by its list; people by their role, server/lexicon/role_nouns.tsv, by none)."""
    if own.units or not query.units or text not in query.listed \
            or not all(unit_kind(u) == "money" for u in query.units):
        return own
    if re.search(rf"(?:{alternation(role_nouns())})(?:是|有|为)?(?:多少|几)", text):
        # (an item closing on people by their role, `评委、讲师、经费各是多少`: people, never the list's money)
        return replace(own, units=("人", "人次"))
    siblings = [t for t, whole in query.listed.items() if whole == query.listed[text] and t != text]
    units = [query.narrowed(t).asked.units for t in siblings]
    if any(u and u != query.units for u in units) or not any(units):
        return own
    return replace(own, units=query.units)


def _own_stages(query: Query, i: int) -> list[str]:
    """The stages ask i is about: those it names; else the question's, less those another ask names
    (`在园幼儿和普通高中在校生各有多少`: 普通高中 is the second ask's, not the first's)."""
    named = [stages_of(text) for text in query.asks]
    if named[i]:
        return named[i]
    elsewhere = {s for j, stages in enumerate(named) if j != i for s in stages}
    return [s for s in query.stages if s not in elsewhere]


def _fit(words: list[str], label: str, common: set[str]) -> int:
    """How many of the words a figure's label holds, leaving out the `common` ones every label of the
    sentence holds (`幼儿园专任教师…学历占比75%，幼儿园保育员持证率96%`: 幼儿园 tells no figure apart);
    one less when one of the two is negated (`非普惠性…`) and the other not."""
    return len({w for w in words if w != "非" and w not in common and w in label}) - negated(label, "".join(words))


def _own_figure(text: str, span: tuple[int, int], picked: Quantity, part: Query,
                words: tuple[list[str], list[list[str]]], answers: list[_Stated | _Dated | Draft]) -> Quantity | None:
    """The figure of the sentence this ask owns: within a sentence each figure belongs to the label
    right before it, and a figure whose label another ask names better is that ask's, never this
    one's (`共有小学64所，其中民办小学9所` for `小学有几所？民办的几所？`). `picked`
    when no other ask names it better; else the figure, in the unit asked, whose label its own words
    name best."""
    own, others = words
    s, e = span
    found = [Quantity(**{**q.to_json(), "start": q.start + s, "end": q.end + s})
             for q in find_quantities(text[s:e]) if q.is_measure]
    labels = {q.start: pair_label(text, span, q) for q in found} | {picked.start: pair_label(text, span, picked)}
    common = {w for w in own + [w for ws in others for w in ws] if all(w in label for label in labels.values())}

    def fit(w: list[str], q: Quantity) -> int:
        return _fit(w, labels[q.start], common)

    def owned(q: Quantity) -> bool:
        return all(fit(w, q) <= fit(own, q) for w in others)

    if owned(picked):
        return picked
    mine = [q for q in found if (not part.units or q.unit in part.units) and owned(q) and not _taken(answers, q)
            and fit(own, q) > 0]
    return max(mine, key=lambda q: fit(own, q), default=None)


def _labelled_elsewhere(text: str, span: tuple[int, int], picked: Quantity, part: Query,
                        words: tuple[list[str], list[list[str]]],
                        answers: list[_Stated | _Dated | Draft]) -> tuple[Quantity, tuple[int, int]] | None:
    """An item of a list (`A、B、C各多少`) whose best sentence names it only beside a figure of another noun
    (`请历届A来讲课，听课学生N人`): the figure, and its sentence, of the document whose label names all the
    item's words that sentence names, and more of its words than of any other item's (`评出A八名`); None when the
    picked figure's label names one of the item's words, or no figure is so labelled."""
    own, others = words
    named = [w for w in own if w in flat(normalize(text[slice(*span)]))]  # the item's words the sentence names
    if not named or any(w in pair_label(text, span, picked) for w in own):
        return None
    for s, e in split_sentences(text, 0, len(text)):
        for q in find_quantities(text[s:e]):
            q = Quantity(**{**q.to_json(), "start": q.start + s, "end": q.end + s})
            # (in the picked figure's unit: the item's count misread, never a measure of another kind, 元 for 个)
            if not q.is_measure or part.units and q.unit not in part.units or _taken(answers, q) \
                    or canonical_unit(q.unit) != canonical_unit(picked.unit):
                continue
            label = pair_label(text, (s, e), q)
            if all(w in label for w in named) and all(_fit(o, label, set()) < _fit(own, label, set()) for o in others):
                return q, (s, e)
    return None


_PART_LEAD = re.compile(r"[，,；;、\s]*其中[：:，,]?\s*$")


def _whole_unless_part_asked(text: str, span: tuple[int, int], picked: Quantity, part: Query) -> Quantity:
    """The whole a sentence states right before a `其中` part in the same unit (`共覆盖学校27所，其中农村
    学校19所`) in place of that part, when the ask counts the part's noun bare (`覆盖多少所学校`), without
    the part's qualifier (农村) or one of its own before it: a count asked of all is the whole's."""
    s, _ = span
    before = [Quantity(**{**q.to_json(), "start": q.start + s, "end": q.end + s})
              for q in find_quantities(text[s:picked.start]) if q.is_measure and q.unit == picked.unit]
    if not before or not _PART_LEAD.match(text, before[-1].end, picked.start - len(pair_label(text, span, picked))):
        return picked
    label, asked = pair_label(text, span, picked), flat(part.norm)
    # the part's label is a qualifier before the noun the ask counts bare, right after its asking word
    # (农村 + 学校 of `多少所学校`; not `上级资金多少`, whose 上级 names a part in its own words)
    noun = next((label[i:] for i in range(1, len(label) - 1)
                 if re.search(rf"(?:多少|几)[{COUNTERS}]?{re.escape(label[i:])}", asked)), "")
    return before[-1] if noun and label[:-len(noun)] not in asked else picked


def _class_noun(part: Query) -> str:
    """The noun an ask counts when it is its counter's own class (`多少所学校` → 学校), else ''."""
    at = ASKING.search(part.norm)
    counter = _ask_counter(part.norm, at.end()) if at else None
    if not at or not counter:
        return ""
    noun = COUNTER_CLASS.get(counter.group(), "")
    return noun if part.norm[counter.end():].strip(" ?？。").startswith(noun) and noun else ""


def _ask_counter(norm: str, at: int) -> re.Match | None:
    """The counter right after an asking word, unless its character opens a noun (`多少家长`)."""
    return None if counter_led(norm[at:]) else _COUNTER.match(norm, at)


def _counted(part: Query) -> str:
    """The thing an ask counts when it names it after the asking word (`新建多少所养老院` → 养老院),
    else ''."""
    at = ASKING.search(part.norm)
    counter = _ask_counter(part.norm, at.end()) if at else None
    after = part.norm[counter.end() if counter else at.end():].strip(" ?？。") if at else ""
    if counter and COUNTER_CLASS.get(counter.group()) == after:
        return ""  # `多少所学校`: the counter says what is counted, any kind of school is one
    # the head noun, last of the words after the asking word (`多少特教专任教师` → 专任教师): a
    # modifier before it may be written short (特教 for 特殊教育) where the document states it in full
    terms = [t for t in key_terms(after) if t in after]
    return terms[-1] if terms else ""


def _names_noun(noun: str, text: str) -> bool:
    """Whether `text` names the noun, whole or written apart by a modifier put inside it (财政资金 as
    `财政专项资金`, 校舍面积 as `校舍建筑面积`): documents qualify a fund or an area so."""
    if has_term(noun, text):
        return True
    parts = term_parts(noun)
    return any(re.search(f"{re.escape(noun[:i])}[\u4e00-\u9fff]{{1,{_INSERTED}}}{re.escape(noun[i:])}", text)
               for i in range(2, len(noun) - 1) if noun[:i] in parts and noun[i:] in parts)


_ASK_DOCS = 3  # an ask searched again in the documents of this many of the question's leading passages
_INSERTED = 4  # at most this many characters of modifier inside a noun written apart

def ask_label(text: str) -> str:
    """What an ask is about, to name its figure: its words around the asking word without the
    time every ask shares and the counter (`2027年计划新建多少套周转房` → 新建周转房,
    `有多少名学生` → 学生)."""
    at = ASKING.search(text)
    if at is None:
        return ""
    before = text[:at.start()]
    # (the words before a deadline say who sets it: `甲区计划到2027年` leaves no label)
    time = TIME_HEAD.match(before) or [None, *TIME_WITHIN.finditer(before)][-1]
    before = before[time.end():] if time else before
    before = _LABEL_TAIL.sub("", before).strip(" ，,、的")
    rest = text[at.end():]
    after = (rest if counter_led(rest) else _COUNTER_HEAD.sub("", rest)).strip(" ?？。，,")
    label = before + after  # `新增多少学位` → 新增学位
    return label if 2 <= len(label) <= 24 else ""


def _apart(labels: list[str]) -> list[str]:
    """The labels without what they all share and tells no figure apart: a time every ask has
    (`工读学校2023年末在校生` → 工读学校在校生) and the administrative suffix a place name
    leaves when it is blanked from the question (县, 市)."""
    common = os.path.commonprefix(labels)
    shared = [m.group() for m in _TIME_IN.finditer(common)]
    out = []
    for label in labels:
        for time in shared:
            label = label.replace(time, "", 1)
        out.append(_PLACE_REST.sub("", label))
    return out if all(len(label) >= 2 for label in out) else labels


_TIME_IN = re.compile(r"(?:19|20)\d\d\s*年(?:底|末|初(?!中))?")
_PLACE_REST = re.compile(r"^[省市县区州旗](?![域级场属委直内外里])")


def _names_item(answer: _Stated | _Dated | Draft, item: str, words: list[list[str]]) -> bool:
    """Whether the clause a list's whole was answered from names an item of the list the item's own
    words (`新建、扩建中小学40所` names 扩建); a figure of another item (`小学21所` for 小学和特殊教育
    学校) leaves the item unanswered, to be named as not found."""
    if not isinstance(answer, _Stated):
        return True
    shared = set.intersection(*map(set, words)) if words else set()
    own = [w for w in _own_words(item) if w not in shared]
    said = flat(normalize(answer.quoted))
    return not own or any(has_term(w, said) for w in own)


def _repeats(draft: Draft, answers: list[_Stated | _Dated | Draft]) -> bool:
    """Whether a draft states a figure another ask already took from the same passage
    (`本科上线多少人？比上年增加了多少？` answered twice with the level)."""
    return any(isinstance(a, _Stated) and a.citation in f.citation_ids and f.value == written_value(a.quantity)
               for f in draft.figures for a in answers)


def _same(a: _Stated | _Dated | Draft, b: _Stated | _Dated | Draft) -> bool:
    """Whether two answers state the same figure of the same text."""
    return isinstance(a, _Stated) and isinstance(b, _Stated) and _taken([a], b.quantity)


def _taken(answers: list[_Stated | _Dated | Draft], quantity: Quantity) -> bool:
    """Whether another ask already answered with this very figure of the text."""
    return any(isinstance(a, _Stated) and (a.quantity.start, a.quantity.text) == (quantity.start, quantity.text)
               for a in answers)


def _joined(answers: list[_Stated | _Dated | Draft], labels: list[str], missing: list[str], region: str,
            citations: list) -> Draft:
    directs: list[str] = []
    figures: list[Figure] = []
    quotes: dict[int, list[str]] = {}  # per citation, its clauses (a shorter one inside a longer dropped)
    others: list[str] = []
    for a, label in zip(answers, labels):
        named = f"{label}：" if label else ""
        if isinstance(a, Draft):
            direct, source = a.answer.split(SOURCE, 1)
            directs.append(named + direct)
            others.append(source)
            figures += a.figures
            continue
        if isinstance(a, _Dated):
            directs.append(named + a.date)
        else:
            # (a number below ten in digits too: each item's count is read against the others')
            directs.append(named + shown(a.quantity, small=True))
            figures.append(quantity_figure(a.quoted, a.quantity, a.citation))
        kept = quotes.setdefault(a.citation, [])
        if not any(a.quoted in k for k in kept):
            kept[:] = _merged([k for k in kept if k not in a.quoted], a.quoted)
    sources = []
    if quotes:
        sources.append(f"{region}文件：" + "；".join(f"“{_quoted(c, citations[n - 1].text)}”[{n}]"
                                                  for n, c in quotes.items()))
    sources += list(dict.fromkeys(others))
    directs += [f"{m}：{MISSING}" for m in missing]
    return Draft(f"{'；'.join(directs)}{SOURCE}{'；'.join(sources)}", False, citations, figures)


# what may stand between two clauses of one sentence: spaces (the first clause ends on its pause)
_CLAUSE_GAP = re.compile(r"\s*")
_CLOSED = re.compile(r"[。！？!?]\s*$")  # a clause that closes its sentence


def _cite_abutting_once(answers: list[_Stated | _Dated | Draft], citations: list[Citation], text: str,
                        mark: int) -> None:
    """Two asks answered by clauses of one sentence that follow one another (`培训…N名；建成…M个。`) cited as one
    span, the sentence's: its figures stand together, not as two passages. Only the handler's own last two
    citations, both its stated clauses', are folded, so that no other citation's number changes."""
    stated = [a for a in answers if isinstance(a, (_Stated, _Dated))]
    if len(citations) - mark != 2 or any(isinstance(a, Draft) for a in answers):
        return
    first, last = citations[-2], citations[-1]
    if first.doc_id != last.doc_id or not first.end <= last.start or _CLOSED.search(first.text) \
            or not _CLAUSE_GAP.fullmatch(text[first.end:last.start]):
        return
    first.text, first.end = text[first.start:last.end], last.end
    del citations[-1]
    for a in stated:
        if a.citation == last.id:
            a.citation = first.id


def _quoted(clauses: list[str], cited: str) -> str:
    """A citation's clauses as quoted: the span whole when they make it up, one after another (one sentence's
    clauses cited as one), else joined by an ellipsis for what is left out between them."""
    together = len(clauses) > 1 and squeezed("".join(clauses)) == squeezed(cited)
    return " ".join(cited.split()).rstrip("。") if together else "……".join(clauses)


def _merged(kept: list[str], quoted: str) -> list[str]:
    """`kept` with `quoted` added: joined onto a clause it overlaps (`…A达到9万元，` + `A达到9万元，B达到78%`)."""
    for n, k in enumerate(kept):
        for size in range(min(len(k), len(quoted)) - 1, MIN_OVERLAP - 1, -1):
            if k.endswith(quoted[:size]):
                return kept[:n] + [k + quoted[size:]] + kept[n + 1:]
            if quoted.endswith(k[:size]):
                return kept[:n] + [quoted + k[size:]] + kept[n + 1:]
    return kept + [quoted]
