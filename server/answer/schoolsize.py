"""A school's size asked of one school a question names (`X小学规模超标吗`): judged only on that school's
pupils (在校生) against the national bar on a school's size, never on another count of it. Reports name the
school in one sentence and count its pupils in the next (`X小学得奖最多。该校有在校生N人…`), or in the same one,
or — no sentence counting them — in a column of its table row (`在校生（人）`); a table row of that school counting
something else (参赛选手, 获奖人数) is no size. When the documents name the school but never count its pupils, the
answer says so.
"""
from __future__ import annotations

import re

from figures.indicators import match_stage
from figures.numbers import Quantity, canonical_unit, find_quantities
from ingest.normalize import normalize
from ingest.structure import split_sentences
from ingest.tables import row_label
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.text import computed_figure, display, region_of
from server.calc import asks_school_size, compliance, verdict_text
from server.regions import without_places
from server.retrieve import Hit
from server.schemas import Figure

LEADING = 8  # passages looked through for the school's sentence
# the school a question names: a name ending in its kind (实验小学, 城南学校)
_SCHOOL = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:小学|中学|学校)")
# a count of a school's pupils (`在校学生980人`, `在校生1800人`, `有学生1500人`), not of those taking part in
# something (`参赛学生`)
_PUPILS_COUNTED = re.compile(r"(?:在校(?:学)?生|(?<=有)学生)(?:人数|总数)?(?:共|已|达|为|有|约)*")
# the schools of a kind asked, not one school (`是否全部达标`, `各校`, `都`)
_ALL = re.compile(r"全部|所有|各(?:校|所|学校)|都|均")
# a kind of school by where or how it is run, no name (`农村小学`, `公办中学`, `寄宿制学校`, `中小学`)
_KIND = re.compile(r"农村|乡村|城区|城镇|公办|民办|寄宿|中小|薄弱|小规模|完全|九年|十二年|义务")
# a sentence speaking of the school just named without its name (`该校…`, `这所学校…`)
_BACK = re.compile(r"^(?:该校|这所学校|学校)")


def school_asked(query_norm: str, regions: list[str]) -> str:
    """The school's name as the question writes it, without the places it names (`实验小学`), or '': not a kind of
    school (a stage's, `义务教育的学校`; one by where or how it is run, `农村中小学`), nor all of a kind (`全部`,
    `各`)."""
    norm = without_places(normalize(query_norm, drop_space=True), regions)
    found = _SCHOOL.search(norm)
    if found is None or _ALL.search(norm) or match_stage(found.group()[:-2]) or _KIND.search(found.group()[:-2]):
        return ""
    return found.group()


def _pupils(sentence: str) -> Quantity | None:
    """The one count of pupils a sentence states right after its word for them, or None."""
    counted = [q for m in _PUPILS_COUNTED.finditer(sentence)
               for q in find_quantities(sentence[m.end():m.end() + 12])[:1]
               if q.start == 0 and canonical_unit(q.unit) == "人"]
    return counted[0] if len(counted) == 1 else None


def _stated(ask: Ask, school: str) -> tuple[Hit, tuple[int, int], Quantity] | None:
    """The passage, span and count of the sentence stating the school's pupils: a sentence naming the school,
    or one going back to it (`该校…`) right after a sentence naming it; the span holds both."""
    for hit in ask.ranked[:LEADING]:
        if hit.chunk.row_index is not None:
            continue
        text = ask.reader.documents[hit.chunk.doc_id].text
        previous: tuple[int, int] | None = None
        for start, end in split_sentences(text, hit.chunk.start, hit.chunk.end):
            sentence = normalize(text[start:end], drop_space=True)
            count = _pupils(sentence)
            if count is not None and school in sentence:
                return hit, (start, end), count
            if count is not None and previous is not None and _BACK.search(sentence) \
                    and school in normalize(text[previous[0]:previous[1]], drop_space=True):
                return hit, (previous[0], end), count
            previous = (start, end)
    return None


def _row_counted(ask: Ask, school: str) -> tuple[Hit, tuple[int, int], Quantity, str] | None:
    """The table row of a leading document naming the school and counting its pupils in a column of their own
    (`在校生（人）`): its hit, its span, the count and the cell as said; None when no row or several do."""
    found = []
    for doc_id in ask.ranked_docs(LEADING):
        for table in ask.reader.documents[doc_id].tables:
            for row in table.rows:
                label = normalize(row_label(table, row), drop_space=True)
                cells = [c for c in row.cells if _PUPILS_COUNTED.match(normalize(c.column, drop_space=True))]
                chunk = ask.reader.row_chunk(table, row.index) if school in label and len(cells) == 1 else None
                count = find_quantities(f"{cells[0].text}人")[:1] if chunk is not None else []
                if chunk is not None and count:
                    said = f"“{display(row_label(table, row))}”{display(cells[0].column)}：{cells[0].text}"
                    found.append((Hit(-1, chunk, 0.0), (row.start, row.end), count[0], said))
    return found[0] if len(found) == 1 else None


def _named_elsewhere(ask: Ask, school: str) -> bool:
    """Whether a leading document names the school (a row of a table, a sentence) at all."""
    return any(school in normalize(ask.reader.documents[d].text, drop_space=True) for d in ask.ranked_docs(LEADING))


class SchoolSizeJudged:
    """Handler: a school's size asked of a school the question names, judged on its pupils (module doc); an
    abstention when the documents name the school but never count its pupils; None otherwise."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if not query.asked.compliance or len(query.asks) > 1 or not asks_school_size(query.norm):
            return None
        school = school_asked(query.norm, query.regions)
        if not school:
            return None
        found = _stated(ask, school)
        row = _row_counted(ask, school) if found is None else None
        if row is not None:  # no sentence counts them: the school's row of a table counting pupils does
            hit, span, count, label = row
            found = hit, span, count
        if found is None:
            if not _named_elsewhere(ask, school):
                return None
            where = "".join(query.regions[:1])
            return ask.reader.abstain(f"文件中未找到{where}{school}的在校生数：文件说到了该校，但没有给出它的"
                                      f"在校生人数，无法判断学校规模是否超标（其他人数，如参赛或获奖人数，"
                                      f"不是学校规模）。", ask.ranked)
        hit, (start, end), count = found
        doc = ask.reader.documents[hit.chunk.doc_id]
        sentence = doc.text[start:end]
        said = row[3] if row is not None else f"“{display(sentence)}”"
        judged = compliance(query, count.value, count.unit, normalize(said, drop_space=True))
        if judged is None or judged.flag not in ("pass", "fail"):
            return None
        n = ask.book.cite(hit, start, end)
        answer = (f"{verdict_text(judged, query.norm)}：{count.text}。依据{region_of(doc)}文件：{said}[{n}]。"
                  f"{judged.note or judged.formula}")
        stated = Figure(label=f"{school}在校生", value=count.value, unit=count.unit, citation_ids=[n])
        return Draft(answer, False, ask.book.citations, [stated, computed_figure(judged, n)])
