"""Whether all of a counted whole was dealt with, asked yes or no (`…都办结了吗`, `都修好了吗`): reports count
the whole (认定N件, 排查N处) beside the part done (办结M件, 整改M处), in one table row or one sentence. The part alone
is no answer: it is 没有 when the part is short of the whole (M < N), with both counts and the rest, and 是 when
they are equal."""
from __future__ import annotations

import re
from dataclasses import dataclass

from figures.numbers import find_quantities, parse_number
from ingest.normalize import normalize
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import CitationBook, Draft, table_of
from server.answer.evidence import CANDIDATES
from server.answer.text import display
from server.retrieve import Hit

# 都/全部 + the verb of the act done + 了吗 (了没有): the question asks whether the whole was done
_ASKS_ALL = re.compile(r"(?:都|全都|全部|均)(?P<verb>[\u4e00-\u9fff]{2,6}?)(?:到位|完毕)?了(?:吗|么|没有?)[?？]?$")
_REQUIRES = re.compile(r"应当|应|须|必须|要求|要")  # a rule's verbs of obligation
_UNIT_NOTE = re.compile(r"\([^)]*\)")
_CLAUSE = re.compile(r"[^，,；;。：:\n]*$")  # the words of a count's clause before its number


@dataclass(frozen=True)
class Count:
    label: str  # the words naming what is counted (a column, a clause)
    value: float
    unit: str
    text: str  # as written, with its counter


def _row_counts(ask: Ask, hit: Hit) -> list[Count]:
    """The counts of a table row's chunk, each under its column, in its column's counter."""
    table = table_of(ask.reader.documents[hit.chunk.doc_id], hit.chunk)
    row = next((r for r in table.rows if r.index == hit.chunk.row_index), None) if table else None
    counts = []
    for cell in row.cells if row else []:
        number = parse_number(cell.text.strip())
        unit = cell.unit or (number.unit if number else "")
        if number is not None and unit and unit != "%":
            column = _UNIT_NOTE.sub("", normalize(cell.column))  # 处置办结（件） named without its counter's note
            counts.append(Count(column, number.value, unit, f"{cell.text.strip()}{cell.unit}"))
    return counts


def _sentence_counts(text: str) -> list[Count]:
    """The counts of a sentence, each named by the words of its clause before it."""
    return [Count(normalize(m.group()), q.value, q.unit, q.text) for q in find_quantities(text)
            if q.is_measure and q.unit and q.unit != "%" and (m := _CLAUSE.search(text[:q.start]))]


class AllDone:
    """Handler: 没有/是 for whether the whole the question names was done, from the counts of the whole and of the
    part done stated together in the evidence's row or sentence."""

    def try_answer(self, ask: Ask) -> Draft | None:
        asked = _ASKS_ALL.search(ask.query.norm)
        if asked is None:
            return None
        verb = asked.group("verb")
        done_word = verb[-2:]  # the act's own word (办结 of 处置办结, 整改 of 全部整改)
        nouns = [t for t in ask.query.terms if t not in verb and done_word not in t]
        for hit in ask.ranked[:CANDIDATES]:
            if not ask.reader.year_ok(ask.query, hit):
                continue
            text = ask.reader.documents[hit.chunk.doc_id].text
            spans = [(hit.chunk.start, hit.chunk.end)] if hit.chunk.row_index is not None else \
                split_sentences(text, hit.chunk.start, hit.chunk.end)
            for span in spans:
                counts = _row_counts(ask, hit) if hit.chunk.row_index is not None else \
                    _sentence_counts(text[span[0]:span[1]])
                found = _done_and_whole(counts, done_word, nouns)
                if found:
                    return _answer(ask, hit, span, verb, done_word, *found)
        return None


def _done_and_whole(counts: list[Count], done_word: str, nouns: list[str]) -> tuple[Count, Count] | None:
    """The one count of the act done and the count of the whole it is of (its label naming the most of the
    question's nouns, in the same counter), the part no more than the whole; None otherwise."""
    done = [c for c in counts if done_word in c.label]
    if len(done) != 1:
        return None
    wholes = [c for c in counts if done_word not in c.label and c.unit == done[0].unit
              and any(n in c.label for n in nouns)]
    if not wholes:
        return None
    whole = max(wholes, key=lambda c: sum(n in c.label for n in nouns))
    return (done[0], whole) if done[0].value <= whole.value else None


def _answer(ask: Ask, hit: Hit, span: tuple[int, int], verb: str, done_word: str, part: Count, whole: Count) -> Draft:
    book = CitationBook(ask.reader.documents)
    n = book.cite(hit, *span)
    counted = f"{display(whole.label)}{whole.text}，{display(part.label)}{part.text}"
    if part.value == whole.value:
        answer = f"是，全部{verb}：{counted}[{n}]。"
    else:
        answer = f"没有，未全部{verb}：{counted}，还有{whole.value - part.value:g}{part.unit}未{done_word}[{n}]。"
    rule = _rule(ask, hit.chunk.doc_id, done_word)
    if rule is not None:  # the document's own requirement that all be done, which the counts are held against
        rule_hit, (a, b) = rule
        text = ask.reader.documents[rule_hit.chunk.doc_id].text
        answer += f"文件要求：“{display(text[a:b]).rstrip('；;。')}”[{book.cite(rule_hit, a, b)}]。"
    return Draft(answer, False, book.citations)


def _rule(ask: Ask, doc_id: str, done_word: str) -> tuple[Hit, tuple[int, int]] | None:
    """The sentence of the same document requiring the whole be done (`…应当全部办结`), among the leading passages."""
    for hit in ask.ranked[:CANDIDATES]:
        if hit.chunk.doc_id != doc_id or hit.chunk.row_index is not None:
            continue
        text = ask.reader.documents[doc_id].text
        for a, b in split_sentences(text, hit.chunk.start, hit.chunk.end):
            said = normalize(text[a:b])
            if _REQUIRES.search(said) and re.search(rf"全部[\u4e00-\u9fff]{{0,4}}{done_word}", said):
                return hit, (a, b)
    return None
