"""The change of a rate between two years whose values a document states apart (`2024年X率比2023年下降了多少`).

Work reports state this year's rate and set last year's beside it without the change (`入学率97.1%，2023年
该比例为95.6%`), or state each year's rate in a sentence of its own (`2023年，全市…入学率95.6%`). Asked
for the change, the answer is the difference in percentage points, each rate cited. A rate belongs to a year
only when it is positively placed there: its clause or its sentence opens with that year, or — a rate with
no year of its own in a sentence that sets an earlier year's value of the same rate beside it — the year
the document's title reports on; a plan's table of yearly targets places each in the row its year labels
(`2025年（实际）`), the rate named by its column. A rate named only by `这一比例` takes the rate of the amount
just before it in its sentence. Any year with two different values, or none, leaves the question to other
handlers.
"""
from __future__ import annotations

import re
from dataclasses import replace

from figures.compute import ComputeError, compare
from figures.numbers import find_quantities
from figures.tablequery import key
from figures.years import years_named
from ingest.normalize import normalize
from ingest.tables import row_label
from server.answer.base import Ask
from server.answer.comparison import asked_sides
from server.answer.draft import Draft
from server.answer.evidence import Reader
from server.answer.operands import NAME_SHARE_MIN, Stated, document_amounts, draft_apart, naming, several_values
from server.answer.text import flat
from server.regions import without_places
from server.retrieve import Hit

CANDIDATE_DOCUMENTS = 3  # leading documents the two rates are looked up in
_YEAR = re.compile(r"(?:19|20)\d\d\s*年(?:度|底|末)?")
# a year opening a clause or a sentence (`2023年该比例为`, `2023年，全市…`), not one compared with (`比2023年`)
_OPENING_YEAR = re.compile(r"\s*(?:截至|截止|到)?\s*((?:19|20)\d\d)\s*年")
# words standing for the rate named just before (`2023年该比例为95.6%`, `上年这一比率为`)
_ANAPHOR = re.compile(r"(?:这一|这个|该|此)(?:比例|比率|比重|数字|数据|指标|数值)")


class RatesOfTwoYears:
    """Handler: Y1's rate − Y2's rate, in percentage points, from the rates a document states for each year
    (module doc). None unless each year has exactly one rate the indicator asked names."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if query.operation not in ("difference", "change") or len(query.asks) > 1:
            return None
        sides = asked_sides(query.search_text)
        if sides is None or sides[3]:
            return None
        a, b, falls, _ = sides
        years = [years_named(s) for s in (a, b)]
        if any(len(y) != 1 for y in years) or years[0] == years[1]:
            return None
        nouns = {_indicator(s, query.regions) for s in (a, b)}
        noun = nouns.pop()
        if nouns or len(noun) < 2:
            return None  # two indicators, or none: not one rate's change
        reader = ask.reader
        for doc_id in ask.ranked_docs()[:CANDIDATE_DOCUMENTS]:
            by_year = rates_by_year(reader, doc_id, noun)
            found = [by_year.get(y[0], []) for y in years]
            if not all(found):
                continue
            several = several_values(reader, found, f"文件中{noun}同一年的数值不止一个，无法确定按哪一个计算。")
            if several is not None:
                return several
            new, old = (f[0].operand(f"{y[0]}年{noun}") for f, y in zip(found, years))
            high, low = (old, new) if falls else (new, old)
            try:
                result = compare(high, low, label=f"{high.label} 与 {low.label} 之差")
            except ComputeError:
                return None
            if result.value < 0:
                return None  # `提高了多少` of a rate that fell: not the change the question describes
            return draft_apart(reader, ask.book, result, [found[0][0], found[1][0]])
        return None


def _indicator(side: str, regions: list[str]) -> str:
    """The indicator a side names, without its year and places (flat)."""
    noun = flat(normalize(_YEAR.sub("", side)))
    return without_places(noun, regions).strip("的")


def rates_by_year(reader: Reader, doc_id: str, noun: str) -> dict[int, list[Stated]]:
    """The rates (%) the document's prose states of `noun`, by the year each is positively placed in."""
    doc = reader.documents[doc_id]
    text = doc.text
    titled = years_named(normalize(doc.meta.title))
    reported = titled[0] if len(set(titled)) == 1 else None
    amounts = document_amounts(reader, doc_id)
    fitting: list[tuple[Stated, int | None]] = []
    for i, a in enumerate(amounts):
        if a.quantity.unit != "%":
            continue
        before = amounts[i - 1] if i and amounts[i - 1].sentence == a.sentence else None
        named = _names_rate(a, noun, flat(normalize(text[a.sentence[0]:a.sentence[1]])))
        borrowed = _ANAPHOR.search(a.words) is not None and before is not None \
            and any(f is before for f, _ in fitting)
        if named or borrowed:
            fitting.append((a, _opening_year(a.lead) or _opening_year(text[a.sentence[0]:a.quantity.start])))
    fitting += _table_rates(reader, doc_id, noun)
    out: dict[int, list[Stated]] = {}
    for a, year in fitting:
        if year is None:
            # no year of its own: the reported year's, when its sentence sets an earlier year's value beside it
            earlier = [y for f, y in fitting if f.sentence == a.sentence and y is not None]
            year = reported if reported is not None and earlier and all(y < reported for y in earlier) else None
        if year is not None:
            out.setdefault(year, []).append(a)
    return out


def _table_rates(reader: Reader, doc_id: str, noun: str) -> list[tuple[Stated, int | None]]:
    """The rates (%) a table states per year: a plan's table of yearly targets labels each row by its year
    (`2025年（实际）`, `2027年`) and names the rate by its column; each with the year its row opens with."""
    out: list[tuple[Stated, int | None]] = []
    for table in reader.documents[doc_id].tables:
        for row in table.rows:
            year = _opening_year(normalize(row_label(table, row)))
            chunk = reader.row_chunk(table, row.index) if year is not None else None
            if chunk is None:
                continue
            for cell in row.cells:
                column = flat(normalize(key(cell.column)))
                rates = [q for q in find_quantities(cell.text) if q.unit == "%"]
                if column != noun or len(rates) != 1:
                    continue
                q = replace(rates[0], start=cell.start + rates[0].start, end=cell.start + rates[0].end)
                out.append((Stated(q, Hit(-1, chunk, 0.0), (row.start, row.end), column, ""), year))
    return out


def _opening_year(words: str) -> int | None:
    m = _OPENING_YEAR.match(words)
    return int(m.group(1)) if m else None


def _names_rate(a: Stated, noun: str, sentence: str) -> bool:
    """Whether the amount is of the rate `noun`: its words name most of it, or its words end the noun's head
    (`入学率` of 学前教育入学率) and its sentence holds the rest (`学前教育…`)."""
    if naming(a, noun) >= NAME_SHARE_MIN:
        return True
    for size in range(len(noun) - 1, 1, -1):
        head, rest = noun[-size:], noun[:-size]
        if head in a.words:
            return len(rest) >= 2 and rest in sentence
    return False
