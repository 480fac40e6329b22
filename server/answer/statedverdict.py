"""A pass/fail the document states in its own words, asked (`班额有没有超标`, `午休时长符合规定没有`). Inspection
reports and briefings judge a figure against its bar themselves (`各校均未超出规定上限`, `用时约50分钟，未超过一小时的
要求`, `仅配备1名，未达到2名以上的要求`): the answer says 达到 / 未达到 (in the question's own word) with that
sentence, never the sentence alone, which leaves the reader to read the verdict out of it. A negated excess of a
ceiling (未超过, 均未超出) and a floor passed (高于…不低于60%的要求) are the bar met; a bar not reached (未达到,
不符合) or a limit exceeded (超过…上限) is not. The sentence is read in the matching form (高於 is 高于).
A count of things that by their name break the indicator's bar, stated as remaining (`56人以上的大班额仍有23个`:
server/lexicon/breach_nouns.tsv), is the bar not met too. A sentence judging both ways (one school within, another
over) settles nothing for the question and is left to the other handlers. A verdict against one level's bar
(自治区标准) does not answer a question about another's (国家标准).
"""
from __future__ import annotations

import re

from figures.numbers import find_quantities
from figures.tablequery import TableCell, cells_of
from ingest.models import Document
from ingest.normalize import normalize, pauses
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.casejudged import verdict
from server.answer.draft import Draft
from server.answer.text import digits_said, display, region_of
from server.calc import overlap
from server.lexicon import breach_nouns
from server.retrieve import Hit

# asked of an excess rather than of reaching (`有没有超标`, `超没超过规定`): not in the compliance intent's words
_ASKS_EXCESS = re.compile(r"超标|超没超|(?:有没有|是否|有无)(?:超过|超出|突破)")
# a content asked beside the bar (`要达到什么目标`, `差多少没达标`): a target or a figure, not whether it was met
ASKS_CONTENT = re.compile(r"什么|多少|哪些|哪个|几")
# what a verdict is measured against: the bar's own nouns
# (a line a report sets as the bar, `达标线`, `合格线`: the level a unit must reach)
_BAR = r"[^，,；;。]{0,14}?(?:要求|上限|下限|标准|规定|限额|期限|时限|达标线|合格线|及格线)"
# a negated excess of a ceiling: met (`均未超出上限`, `没有超过一小时的要求`); 不超过 is a rule's wording, no verdict
_WITHIN = re.compile(rf"(?:未|没有|没|并未|均未|都未|从未)(?:超过|超出|突破|高于){_BAR}")
# a bar reached (`均达到…要求`, `符合…标准`), unless a rule requires it (`须达到`, `应符合`)
_REACHED = re.compile(rf"(?<![须应要将需])(?<!必须|力争|确保|争取)(?:达到|符合|满足){_BAR}")
# a bar not reached (`未达到2名以上的要求`, `不符合规定`, `低于65%的要求`), or a limit exceeded (`超出30天的办理
# 期限`); 超过 a 标准 or 要求 may be a floor passed as well as a ceiling broken, and is no verdict here
_SHORT = re.compile(rf"(?:未|没有|没|不|尚未)(?:达到|符合|满足){_BAR}|(?<![未没不有])低于{_BAR}")
_OVER = re.compile(r"(?<![未没不有])(?:超过|超出|突破)[^，,；;。]{0,14}?(?:上限|限额|期限|时限)")
# a floor passed (`已高于不低于60%的要求`, `超过…下限`): 高于 a bar only the floor's words make a verdict
_ABOVE_FLOOR = re.compile(rf"(?<![未没不有])(?:高于|超过|超出)(?:[^，,；;。]{{0,8}}?(?:不低于|不少于|至少){_BAR}|"
                          r"[^，,；;。]{0,14}?下限)")


# whose bar it is (`国家标准`, `自治区规定的上限`, `省定标准`, `区定标准`): a verdict against one level's bar says
# nothing of another's, which may be higher or lower
_OWNER = re.compile(r"(国家|自治区|省|市|县|区)(?:级|定|里|颁)?(?:规定|制定|确定)?的?(?:标准|要求|规定|上限|下限|限额)")


def bar_owner(text: str) -> str:
    """The level whose bar `text` names (国家, 自治区, 省, 市, 县, 区), or ''."""
    owner = _OWNER.search(text)
    return owner.group(1) if owner else ""


def stated_verdict(sentence: str) -> bool | None:
    """Whether `sentence` states its figure met (True) or missed (False) its bar; None when it states neither or
    both."""
    missed = [m.span() for rx in (_SHORT, _OVER) for m in rx.finditer(sentence)]
    met = [m.span() for rx in (_WITHIN, _ABOVE_FLOOR) for m in rx.finditer(sentence)] + [
        m.span() for m in _REACHED.finditer(sentence) if not any(a <= m.start() < b for a, b in missed)
        and not (m.start() and sentence[m.start() - 1] in "未没不")]
    if met and not missed:
        return True
    if missed and not met:
        return False
    return None


# things stated as still there (`仍有`, `尚有`, `存在`), in a clause of their own
_REMAIN = re.compile(r"(?:仍|还|尚|现|目前|依然)有|存在")
_CLAUSE = re.compile(pauses("，；;。"))


def breaches_remain(sentence: str, question: str) -> bool:
    """Whether `sentence` states some things remaining that break the bar of an indicator `question` names (its
    breach noun and a count above zero after 仍有, 尚有, 存在 in one clause)."""
    text = normalize(sentence, drop_space=True)
    for noun, indicator in breach_nouns():
        if not any(w in question for w in indicator):
            continue
        for clause in _CLAUSE.split(text):
            remain = _REMAIN.search(clause)
            if noun in clause and remain and any(q.value > 0 and not q.qualifier
                                                 for q in find_quantities(clause[remain.end():])):
                return True
    return False


class StatedVerdict:
    """Handler: a compliance question whose best sentence states the verdict itself (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if not (query.asked.compliance or _ASKS_EXCESS.search(query.norm)) or query.asked.threshold or not ask.hits \
                or ASKS_CONTENT.search(query.norm):
            return None
        hit, (start, end) = ask.evidence.hit, ask.evidence.span
        if hit.chunk.row_index is not None or ask.reader.refusal(query, hit):
            return None  # a table row states figures, not verdicts; a passage the gates refuse is of something else
        doc = ask.reader.documents[hit.chunk.doc_id]
        asked, stated = bar_owner(query.norm), bar_owner(normalize(doc.text[start:end], drop_space=True))
        if asked and stated and asked != stated:
            return None  # a verdict against another level's bar (自治区 stated, 国家 asked)
        met = stated_verdict(normalize(doc.text[start:end]))  # read in the matching form: 高於…標準 is 高于…标准
        if met is None and breaches_remain(doc.text[start:end], query.norm):
            met = False
        if met is None:
            return None
        n = ask.book.cite(hit, start, end)
        # figures the sentence writes in Chinese numerals, in digits too, so a reader can check them
        digits = digits_said(doc.text[start:end])
        level = ""
        if (cell := level_judged(doc, normalize(doc.text[start:end], drop_space=True), met)) is not None:
            row_hit = next((h for h in ask.ranked if h.chunk.doc_id == doc.doc_id
                            and h.chunk.row_index == cell.row.index), hit)
            m = ask.book.cite(row_hit, cell.row.start, cell.row.end)
            level = f"：{display(cell.label)}（{display(cell.column)}）{cell.cell.text}{normalize(cell.cell.unit)}[{m}]"
        said = display(doc.text[start:end])
        bar = ""
        if (line := bar_line(ask, doc, (start, end))) is not None:  # the line judged against, by its level too
            line_hit, span, name, value = line
            m = ask.book.cite(line_hit, *span)
            bar = f"；{name}：{value}（“{display(doc.text[span[0]:span[1]])}”[{m}]）"
        return Draft(f"{verdict(met, query.norm)}{level}。依据{region_of(doc)}文件：“{said}”[{n}]"
                     + (f"（{digits}）" if digits else "") + bar, False, ask.book.citations)


LABEL_NAMED = 4  # characters in a row, of the verdict's subject, an indicator row's label must share
_YEAR = re.compile(r"(?:19|20)\d\d")


def level_judged(doc: Document, sentence: str, met: bool) -> TableCell | None:
    """The level a verdict sentence judges without stating it (`…比例已高于不低于60%的要求`: only the bar): the
    latest year's cell of the one table row of its document whose label names the sentence's subject (a report's
    indicator table by year), on the side of the bar the verdict says. None when the sentence states a figure
    before its verdict, or no one row fits."""
    verb = min((m for rx in (_ABOVE_FLOOR, _REACHED, _WITHIN, _SHORT) for m in rx.finditer(sentence)),
               key=lambda m: m.start(), default=None)
    bars = [q for q in find_quantities(sentence) if q.is_measure]
    if verb is None or len(bars) != 1 or bars[0].start < verb.start() or verb.start() < LABEL_NAMED:
        return None
    bar, subject = bars[0], sentence[:verb.start()]
    found = []
    for table in doc.tables:
        rows = {id(c.row): c.row for c in cells_of(table)
                if overlap(normalize(c.label, drop_space=True), subject) >= LABEL_NAMED}
        for row in rows.values():
            years = [c for c in cells_of(table) if c.row is row and c.value is not None and c.unit == bar.unit
                     and _YEAR.search(c.column)]
            if years:
                found.append(max(years, key=lambda c: _YEAR.findall(c.column)))
    if len(found) != 1:
        return None
    cell = found[0]
    assert cell.value is not None
    ceiling = bar.qualifier in ("<=", "<") or bool(_WITHIN.match(sentence, verb.start()))
    on_side = cell.value <= bar.value if ceiling else cell.value >= bar.value
    return cell if on_side == met else None


# a bar a verdict names only by its line (`未达到合格线`), and the clause setting that line's level elsewhere
# (`以60课时为达标线`, `达标线为60课时`): reports define the line once and judge against it by name after
_LINE_NAMED = re.compile(r"(?:年度|学年|学期)?(达标线|合格线|及格线)")
_LINE_SET = r"以(?P<a>[^，,；;。以]{{1,12}}?)为{line}|{line}(?:为|是|定为)(?P<b>[^，,；;。]{{1,12}})"
_PAUSE = re.compile(pauses("，,；;。"))


def bar_line(ask: Ask, doc: Document, verdict_span: tuple[int, int]) -> tuple[Hit, tuple[int, int], str, str] | None:
    """The clause of `doc` setting the level of the line a verdict sentence names with no figure after it (module
    doc of _LINE_NAMED): its hit, span, the line's name as the verdict writes it and the level; None unless one
    level is set."""
    said = normalize(doc.text[verdict_span[0]:verdict_span[1]], drop_space=True)
    named = _LINE_NAMED.search(said)
    if named is None or any(q.is_measure for q in find_quantities(said[named.end():])):
        return None
    rx = re.compile(_LINE_SET.format(line=named.group(1)))
    found = []
    for chunk in ask.reader.chunks_of[doc.doc_id]:
        if chunk.table_id:
            continue
        for start, end in split_sentences(doc.text, chunk.start, chunk.end):
            if start <= verdict_span[0] < end:
                continue
            pauses_ = list(_PAUSE.finditer(doc.text[start:end]))
            clauses = zip([start] + [start + m.end() for m in pauses_], [start + m.start() for m in pauses_] + [end])
            for a, b in clauses:
                for m in rx.finditer(normalize(doc.text[a:b], drop_space=True)):
                    levels = [q for q in find_quantities(m.group("a") or m.group("b")) if q.is_measure]
                    if len(levels) == 1:
                        found.append((Hit(-1, chunk, 0.0), (a, b), named.group(), levels[0].text))
    return found[0] if len({f[3] for f in found}) == 1 else None
