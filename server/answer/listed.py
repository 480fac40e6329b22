"""Figures computed from amounts a report states in lists (figures.lists): the sum of the things a
question names (`A和B一共有多少`) and the difference or multiple of two items of one list
(`城乡居民人均收入年均增长5.3%、7.7%` asked `农村比城镇高几个百分点`). Each input is cited; a
thing asked that no list or clause names makes the sum abstain rather than add up fewer.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import Literal

from figures.compute import Computation, ComputeError, Operand, compare, multiple, total
from figures.lists import NamedAmount, match_length, named_amounts
from figures.numbers import Quantity, same_base_unit
from ingest.normalize import normalize
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import CitationBook, Claim, Draft
from server.answer.evidence import COVER_MIN, Reader
from server.answer.operands import (
    Stated,
    ambiguous_apart,
    document_amounts,
    draft_apart,
    named,
    naming,
    sentence_holds,
)
from server.answer.text import computed_figure, display, flat, region_of
from server.operation import asked_items, asks_multiple
from server.query import Query
from server.regions import without_places
from server.retrieve import Hit

CANDIDATE_PASSAGES = 8  # leading passages whose lists are candidates


@dataclass
class Found:
    amount: NamedAmount
    hit: Hit
    match: int  # characters of the item's name the question's words hold


class ListedTotal:
    """Handler: the sum of the things the question names, each from the amount a list or clause of
    the leading passages states for it, all in one unit."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if query.operation != "sum":
            return None
        if ask.evidence.hit.chunk.row_index is not None:  # a table's rows: server/answer/tables.py sums its cells,
            items = [_bare(i, query) for i in asked_items(normalize(query.text))]  # unless a thing is another's
            return sum_across(ask, items) if len(items) >= 2 else None
        # the things as the question writes them, then as retrieval reads them (its near words)
        variants = [[_bare(i, query) for i in asked_items(text)] for text in (normalize(query.text), query.search_text)]
        first: Draft | None = None
        for items in [v for i, v in enumerate(variants) if v and v not in variants[:i]]:
            draft = _listed_total(ask, items)
            if draft is not None and not draft.abstained:
                return draft
            first = first or draft
        return first


def _listed_total(ask: Ask, items: list[str]) -> Draft | None:
    """The sum of `items`, from one list of the leading passages, else each looked up apart."""
    query = ask.query
    amounts = _amounts(ask.reader, ask.ranked[:CANDIDATE_PASSAGES], query)
    picked: list[Found] = []
    missing = []
    for item in items:
        best = _best(amounts, flat(normalize(item)))
        if best is None:
            missing.append(item)
        elif isinstance(best, str):
            return _abstain(ask.reader, f"文件中“{item}”有不止一个数值，无法确定按哪一项合计。", picked)
        else:
            picked.append(best)
    if missing or not picked:  # not all in one list: each looked up by its own words
        apart = sum_apart(ask, items)
        if apart is not None or not picked:
            return apart
        return _abstain(ask.reader, f"文件中未找到“{'、'.join(missing)}”的数值，无法合计。", picked)
    if len({(f.hit.chunk.doc_id, f.amount.quantity.start) for f in picked}) < len(picked):
        return None  # one amount for two things asked: not a list of them
    try:
        result = total([_operand(f) for f in picked], label=f"{'、'.join(items)} 合计")
    except ComputeError:
        return _abstain(ask.reader, "所问各项的单位不同，不能相加。", picked)
    return _draft(ask.reader, ask.book, result, picked)


def _bare(item: str, query: Query) -> str:
    """A thing asked as a list names it: the places the question names and the words before its
    last `的` dropped (`某省发放的高龄补贴` → 高龄补贴)."""
    item = without_places(item, query.regions)
    head = item.rsplit("的", 1)[-1]
    return head if len(head) >= 2 else item


def listed_pair(ask: Ask, a_text: str, b_text: str, falls: bool) -> Draft | None:
    """`A比B高/多多少` when A and B are two items of one list: the two values the
    list states for them, by order. None when no list names both; an abstention when two lists
    fit equally well and give different results."""
    query, reader = ask.query, ask.reader
    a_words, b_words = flat(normalize(a_text)), flat(normalize(b_text))
    fits: list[tuple[float, Found, Found]] = []
    done: list[Found] = []  # the two items in a list of what was done, which the question does not ask
    for hit in ask.ranked[:CANDIDATE_PASSAGES]:
        if hit.chunk.row_index is not None or not reader.year_ok(query, hit):
            continue
        groups: dict[int, list[NamedAmount]] = {}
        for n in named_amounts(reader.documents[hit.chunk.doc_id].text, hit.chunk.start, hit.chunk.end):
            if n.size > 1:
                groups.setdefault(n.group, []).append(n)
        for members in groups.values():
            a, b = _named(members, a_words), _named(members, b_words)
            if a is None or b is None or a is b:
                continue
            if _done_not_asked(members, query.norm):
                # it stands in for the items asked only when it counts what is asked (所 of schools, not 人)
                if not query.units or any(same_base_unit(u, a.quantity.unit) for u in query.units):
                    done = done or [Found(a, hit, 0), Found(b, hit, 0)]
                continue
            words = flat(normalize(a.own + b.own + hit.chunk.section))
            cover = reader.coverage(query, words)[0]
            if cover >= COVER_MIN:
                fits.append((cover, Found(a, hit, 0), Found(b, hit, 0)))
    if not fits and done:
        # the two items asked are stated only as what was done: not each looked up apart from that list
        return _abstain(reader, "文件中这两项的数值是所列某项工作完成的数量（如新建、新增），不是现有的数量，"
                                "不能据此计算所问的差。", done)
    if not fits:
        return None
    fits.sort(key=lambda f: -f[0])
    results = []
    for cover, first, second in fits:
        try:
            x, y = _operand(first), _operand(second)
            high, low = (y, x) if falls else (x, y)
            results.append((cover, first, second, compare(high, low, label=f"{high.label} 与 {low.label} 之差")))
        except ComputeError:
            continue
    if not results:
        return None
    best = results[0]
    rivals = [r for r in results[1:] if r[0] >= best[0] - 0.05 and not math.isclose(r[3].value, best[3].value)]
    if rivals:
        return _abstain(reader, "文件中有不止一组数值符合所问两项，无法确定按哪一组计算。", [best[1], rivals[0][1]])
    also = []
    if asks_multiple(query.norm):  # `是…的多少倍` asked beside the difference: high ÷ low of the same two
        high, low = (o for o in sorted((_operand(best[1]), _operand(best[2])), key=lambda o: -o.value))
        try:
            also.append(multiple(high, low, label=f"{high.label} 是 {low.label} 的倍数"))
        except ComputeError:
            pass
    return _draft(reader, ask.book, best[3], [best[1], best[2]], also)


# verbs heading a list of what was done in a period (`新建小学5所、初中3所`), not of what there is
_DONE = re.compile(r"新建|新增|改扩建|扩建|改建|新招|招聘|补充|撤并|撤销|建成|投入|发放|培训|交流|新开工|开工|竣工")


def _done_not_asked(members: list[NamedAmount], question: str) -> bool:
    """The list opens with a verb of something done (新建, 新增, 撤并) that the question does not ask:
    its amounts are of that act, and `初中比小学少多少所` asks the stock, not the schools newly built."""
    first = min(members, key=lambda m: m.index)
    at = first.statement.find(first.item)
    # the words before the first item, and its own (`撤并小学`: the verb kept in the item's name)
    lead = first.statement[:at] + first.item if at >= 0 else first.item
    return any(m.group() not in normalize(question) for m in _DONE.finditer(lead))


def _named(members: list[NamedAmount], words: str) -> NamedAmount | None:
    """The one item of a list `words` name (the longest name held; a tie: none)."""
    scored = sorted(((match_length(m, words), m) for m in members), key=lambda s: -s[0])
    if not scored or scored[0][0] < 2 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def _amounts(reader: Reader, hits: list[Hit], query: Query) -> list[Found]:
    """Every amount of the passages with the name of its item (lists), or with its clause's words."""
    out = []
    for hit in hits:
        if hit.chunk.row_index is not None or not reader.year_ok(query, hit):
            continue
        text = reader.documents[hit.chunk.doc_id].text
        listed = named_amounts(text, hit.chunk.start, hit.chunk.end)
        out += [Found(n, hit, 0) for n in listed if not query.units or n.quantity.unit in query.units]
    return out


def _best(amounts: list[Found], item: str) -> Found | Literal["ambiguous"] | None:
    """The amount whose item the question's `item` names best; 'ambiguous' when two amounts with
    different values are named equally well."""
    scored = []
    for f in amounts:
        length = match_length(f.amount, item) or (len(item) if item in f.amount.item else 0)
        if length >= 2:
            scored.append(replace(f, match=length))
    if not scored:
        return None
    top = max(f.match for f in scored)
    best = [f for f in scored if f.match == top]
    if len({f.amount.quantity.value for f in best}) > 1:
        return "ambiguous"
    return best[0]


def _operand(f: Found) -> Operand:
    q: Quantity = f.amount.quantity
    o = Operand(label=f.amount.item, value=q.value, unit=q.unit, unit_as_written=q.unit_as_written,
                decimals=q.decimals, qualifier=q.qualifier)
    o.source = {"kind": "passage", "start": q.start, "end": q.end, "text": q.text}
    return o


def _sentence(reader: Reader, f: Found) -> tuple[int, int]:
    doc = reader.documents[f.hit.chunk.doc_id]
    at = f.amount.quantity.start
    spans = split_sentences(doc.text, f.hit.chunk.start, f.hit.chunk.end) or [(f.hit.chunk.start, f.hit.chunk.end)]
    return next(((s, e) for s, e in spans if s <= at < e), spans[0])


def _draft(reader: Reader, book: CitationBook, result: Computation, picked: list[Found],
           also: list[Computation] | None = None) -> Draft:
    cited = []
    for f in picked:
        span = _sentence(reader, f)
        cited.append((book.cite(f.hit, *span), f, span))
    ids = list(dict.fromkeys(n for n, _, _ in cited))
    doc = reader.documents[picked[0].hit.chunk.doc_id]
    quotes = "；".join(dict.fromkeys(f"“{display(reader.documents[f.hit.chunk.doc_id].text[s:e])}”[{n}]"
                                     for n, f, (s, e) in cited))
    refs = "".join(f"[{n}]" for n in ids)
    figure = computed_figure(result, ids[0])
    figure.citation_ids = ids
    figures = [figure]
    for extra in also or []:  # further figures of the same inputs (the multiple beside the difference)
        shown = computed_figure(extra, ids[0])
        shown.citation_ids = ids
        figures.append(shown)
    lines = "；".join(f"{r.label}：{r.formula}" for r in [result, *(also or [])])
    answer = f"{lines}（按文件所列数值计算）{refs}。依据{region_of(doc)}文件：{quotes}"
    return Draft(answer, False, book.citations, figures,
                 [Claim(result.unit, result.label, picked[0].hit, _sentence(reader, picked[0]), True)])


def _abstain(reader: Reader, message: str, found: list[Found]) -> Draft:
    book = CitationBook(reader.documents)
    ids = [book.cite(f.hit, *_sentence(reader, f)) for f in found[:3]]
    refs = "".join(f"[{n}]" for n in dict.fromkeys(ids))
    return Draft(message + (f"以下段落相关但不能回答该问题：{refs}" if refs else ""), True, book.citations)



def sum_apart(ask: Ask, items: list[str]) -> Draft | None:
    """The sum of things a document states in separate sentences or sections (`新建幼儿园12所。` …
    `新建中小学8所。`): each thing's amount looked up by its own words in every passage of one
    document (server/answer/operands.py), all in the unit asked. An amount whose words name two
    of the things is neither's; a thing two amounts fit equally makes it abstain, and so does one
    no sentence names, once the others are found (None when none is: not a sum of stated things)."""
    query, reader = ask.query, ask.reader
    words = [flat(normalize(i)) for i in items]
    for doc_id in ask.ranked_docs(CANDIDATE_PASSAGES):
        amounts = [a for a in document_amounts(reader, doc_id) if reader.year_ok(query, a.hit)]
        picked: list[Stated] = []
        missing = []
        for item, others in ((w, [o for o in words if o != w]) for w in words):
            fits = [a for a in named(amounts, item, query.units)
                    if naming(a, item) == 1.0 and not any(naming(a, o) == 1.0 for o in others)]
            if not fits:
                missing.append(item)
            elif len({a.quantity.value for a in fits}) > 1:
                return ambiguous_apart(reader, fits, f"文件中“{item}”有不止一个数值，无法确定按哪一项合计。")
            else:
                picked.append(fits[0])
        if not picked:
            continue
        if missing:
            across = sum_across(ask, items)
            return across if across is not None else \
                ambiguous_apart(reader, picked, f"文件中未找到“{'、'.join(missing)}”的数值，无法合计。")
        if len({a.quantity.start for a in picked}) < len(picked):
            return None
        try:
            result = total([a.operand(item) for a, item in zip(picked, items)],
                           label=f"{'、'.join(items)} 合计")
        except ComputeError:
            return ambiguous_apart(reader, picked, "所问各项的单位不同，不能相加。")
        return draft_apart(reader, ask.book, result, picked)
    return None



def sum_across(ask: Ask, items: list[str]) -> Draft | None:
    """The sum of things one place's documents state apart, each in its own document (`A的投资和B的经费
    加起来`: one report's total investment and another plan's budget): each thing's one amount in the unit
    asked whose clause names it in full, else whose sentence holds every character of it, among every document of
    the place asked. None unless the question names one place, every thing has one value and they come from at
    least two documents (one document's things: sum_apart)."""
    query, reader = ask.query, ask.reader
    if len(query.regions) != 1:
        return None
    place = query.regions[0]
    docs = [d for d in ask.ranked_docs() if place in reader.documents[d].meta.region]
    amounts = [a for d in docs for a in document_amounts(reader, d) if reader.year_ok(query, a.hit)]
    words = [flat(normalize(i)) for i in items]
    picked: list[Stated] = []
    for item in words:
        others = [o for o in words if o != item]
        pool = [a for a in amounts if (not query.units or a.quantity.unit in query.units) and naming(a, item) > 0
                and not any(naming(a, o) == 1.0 for o in others)]
        fits = [a for a in pool if naming(a, item) == 1.0] \
            or [a for a in pool if sentence_holds(a, item) and not any(sentence_holds(a, o) for o in others)]
        if not fits or len({a.quantity.value for a in fits}) > 1:
            return None
        picked.append(fits[0])
    if len({a.hit.chunk.doc_id for a in picked}) < 2:
        return None
    try:
        result = total([a.operand(item) for a, item in zip(picked, items)], label=f"{'、'.join(items)} 合计")
    except ComputeError:
        return None
    return draft_apart(reader, ask.book, result, picked)
