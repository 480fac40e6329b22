"""A question asking the level a plan sets (`计划把生均公用经费提高到什么标准`, `要达到多少`) is
answered from the sentence that sets it (`…提高到每生每年8000元`), not from one stating the present
level (`…为每生每年6000元`) that shares its words: plans state the baseline in their 现状 section and
the target in their 目标 section, in sentences of near-equal key terms. A level asked with its deadline
(`什么时候达到多少`, `哪年要达到多少`) is a target too: its sentence (`力争到2026年9月…达到95%以上`)
answers both, the deadline and the level together."""
from __future__ import annotations

import re

from figures.direction import TO_LEVEL
from figures.numbers import Quantity, find_quantities
from ingest.clauses import clause_start
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import Claim, Draft
from server.answer.evidence import CANDIDATES, COVER_MIN, Evidence
from server.answer.text import MAX_CLAUSE_CHARS, TOTAL_BEFORE, display, quantity_figure, region_of, shown
from server.calc import states_rule
from server.retrieve import Hit

# the question's own verb of a level to reach, right before its asking word (提高到什么标准, 要达到多少)
# (also said short: `X率要提到几`)
_ASKS_LEVEL = re.compile(rf"(?:{TO_LEVEL}|要提到)(?:多少|什么|几|怎样|哪)")
# the target itself asked by its name (`生均X目标是多少`), where a plan states the present level beside it in as
# many words; a year's target asked (`2026年X目标是多少`) is the year's goal statement's, left to it
_ASKS_TARGET = re.compile(r"目标值?(?:是|为)?(?:多少|几)")
# … asked of a plan, not of the present (`2024年入学率达到多少` asks what a report states); a deadline asked
# (`什么时候达到多少`) asks a plan's level too
_WHEN = r"什么时候|啥时候|何时|哪一?年|几月"
_OF_PLAN = re.compile(rf"计划|规划|要|将|预计|目标|力争|到20\d\d年|{_WHEN}")
# the deadline and the level asked together, in either order (`哪年要达到多少`, `达到多少要到哪一年`)
_ASKS_BOTH = re.compile(rf"(?:{_WHEN})[^，,？?]{{0,16}}?(?:多少|几)|(?:多少|几)[^，,？?]{{0,16}}?(?:{_WHEN})")
# a deadline a plan sets a level by (`到2026年9月`, `2027年底前`, `至2030年`)
# or the year an aim word sets it in (`力争2027年…达到95%`, `确保2026年9月…`)
# (the year's end also as `2026年年底前`), or within a year a plan names (`N年内`)
DEADLINE = re.compile(r"(?:到|至|于|力争|争取|确保)\s*(?:19|20)\d\d\s*年(?:\s*\d{1,2}\s*月)?年?(?:底|末)?(?:前|以前)?|"
                       r"(?:19|20)\d\d\s*年(?:\s*\d{1,2}\s*月)?年?(?:底|末)?(?:前|以前)|(?:19|20)\d\d\s*年以?内")
# the deadline asked of a level the question states itself (`啥时候到100%`, `哪年能达到95%`): the sentence's
# deadline before that level answers, with the level
_ASKS_WHEN = re.compile(_WHEN)
LEVEL_SHARE = 0.8  # the level sentence must carry this share of the evidence sentence's key-term coverage


def set_by_deadline(sentence: str, q: Quantity) -> bool:
    """Whether `q`, a figure of `sentence`, is a level the sentence sets by a deadline before it (`2026年年底前…
    配备率达到100%`): a plan's target, a floor to reach, though no bound word is written."""
    return bool(TOTAL_BEFORE.search(sentence[:q.start])) and any(m.end() <= q.start
                                                                  for m in DEADLINE.finditer(sentence))


def deadline_lead(text: str, span: tuple[int, int], at: int) -> str:
    """The words of the sentence text[span] from the clause of the last deadline set before offset `at` (`力争到
    2026年底，`) up to `at`, where a level's clause quoted from `at` leaves its deadline out; '' when no deadline
    precedes it or the words between run longer than a clause."""
    found = list(DEADLINE.finditer(text, span[0], at))
    if not found:
        return ""
    left = clause_start(text, found[-1].start(), floor=span[0])
    return text[left:at] if at - left <= MAX_CLAUSE_CHARS else ""


class LevelEvidence:
    """Moves the evidence to the sentence that sets the level asked, when the reader's first
    choice states a figure without a verb of reaching it; answers nothing itself."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        # a deadline asked with the level (`哪年要到多少`) asks a plan's level, whatever its verb
        both = bool(_ASKS_BOTH.search(query.norm))
        if not (both or _ASKS_LEVEL.search(query.norm) or not query.years and _ASKS_TARGET.search(query.norm)) \
                or not ("target" in query.intents or _OF_PLAN.search(query.norm)) \
                or query.asked.change or len(query.asks) > 1:
            return None
        first = ask.evidence
        cover = ask.reader.cover(query)
        if first.hit.chunk.row_index is not None:
            if not both:
                return None
            # a table row (a 督导 table's reached value) states no deadline: a sentence the gate would take,
            # setting one, may (its subject said before it: `力争2029年合格率提高到92%`)
            floor = COVER_MIN
        else:
            doc = ask.reader.documents[first.hit.chunk.doc_id]
            if sets_level(doc.text, first.span):
                return None
            floor = cover(doc.text[first.span[0]:first.span[1]]) * LEVEL_SHARE
        present = _present_levels(ask, first)
        found: list[tuple[float, int, Evidence]] = []
        for order, hit in enumerate(ask.ranked[:CANDIDATES]):
            if hit.chunk.row_index is not None:
                continue
            text = ask.reader.documents[hit.chunk.doc_id].text
            for span in split_sentences(text, hit.chunk.start, hit.chunk.end):
                value = cover(text[span[0]:span[1]])
                # (a sentence raising the very level the first states, `由目前的72%提高到95%`, sets its target
                # though it leaves out words the present's sentence holds)
                if value > 0 and (value >= floor or hit.chunk.doc_id == first.hit.chunk.doc_id
                                  and _raises_from(text[span[0]:span[1]], present)) and sets_level(text, span):
                    found.append((value, -order, Evidence(hit, span, value, order)))
        if found:
            ask.use(max(found, key=lambda f: f[:2])[2])
        elif first.hit.chunk.row_index is None and _ASKS_TARGET.search(query.norm) and query.units \
                and (goal := _goal_section_level(ask, first)) is not None:
            ask.use(goal)
        return None


# a section a plan sets its goals under (`二、预期目标`, `（一）工作目标`, `主要目标`)
_GOAL_HEADING = re.compile(r"目标")


def _goal_section_level(ask: Ask, first: Evidence) -> Evidence | None:
    """The sentence of the first evidence's document, under a heading naming its goals, that sets the one level in
    the unit asked (达到…, or a floor: `…的比例不低于N%`) and shares a key term with the question, when the first
    evidence states a present level (`参与率为72.5%`): a plan words its goal otherwise than the indicator's name
    the question and its 现状 section use (参与率 / 参加的比例). None unless exactly one such level is set there."""
    query, reader = ask.query, ask.reader
    doc = reader.documents[first.hit.chunk.doc_id]
    if _sets_floor(doc.text, first.span, query.units):
        return None
    found: dict[tuple[int, int], tuple[Hit, int]] = {}  # (passages may share a sentence: a section's and its part's)
    levels_set = 0
    for order, chunk in enumerate(reader.chunks_of[doc.doc_id]):
        if chunk.row_index is not None or not _GOAL_HEADING.search(chunk.section or ""):
            continue
        for span in split_sentences(doc.text, chunk.start, chunk.end):
            sentence = doc.text[span[0]:span[1]]
            levels = [q for q in find_quantities(sentence) if q.is_measure and q.unit in query.units
                      and (TOTAL_BEFORE.search(sentence[:q.start]) or states_rule(sentence, q.value, q.unit))]
            if levels and reader.cover(query)(sentence) > 0 and span not in found:
                found[span] = (Hit(-1, chunk, 0.0), order)
                levels_set += len(levels)
    if len(found) != 1 or levels_set != 1:
        return None
    span, (hit, order) = next(iter(found.items()))
    return Evidence(hit, span, reader.cover(query)(doc.text[span[0]:span[1]]), order)


def _sets_floor(text: str, span: tuple[int, int], units: tuple[str, ...]) -> bool:
    """Whether the sentence text[span] sets a level in the units asked (a verb of reaching it, or a bound)."""
    sentence = text[span[0]:span[1]]
    return any(q.is_measure and q.unit in units and (TOTAL_BEFORE.search(sentence[:q.start])
                                                     or states_rule(sentence, q.value, q.unit))
               for q in find_quantities(sentence))


def _present_levels(ask: Ask, first: Evidence) -> set[tuple[float, str]]:
    """The figures (value, unit) of the first evidence's sentence: a present level a target may start from."""
    text = ask.reader.documents[first.hit.chunk.doc_id].text
    return {(q.value, q.unit) for q in find_quantities(text[first.span[0]:first.span[1]]) if q.is_measure and q.unit}


def _raises_from(sentence: str, present: set[tuple[float, str]]) -> bool:
    """Whether the sentence states a change from one of the `present` levels to another level (`由目前的72%提高到
    95%`): the level set is then the target of the indicator the present level measures."""
    found = find_quantities(sentence)
    return any((q.value, q.unit) in present and any(r.start > q.end and r.unit == q.unit and r.value != q.value
                                                     and TOTAL_BEFORE.search(sentence[:r.start]) for r in found)
               for q in found if q.is_measure)


def sets_level(text: str, span: tuple[int, int]) -> bool:
    """Whether a figure of the sentence text[span] follows a verb of the level reached (提高到, 达到)."""
    s, e = span
    return any(q.is_measure and TOTAL_BEFORE.search(text[s:s + q.start]) for q in find_quantities(text[s:e]))



class DeadlineAndLevel:
    """`什么时候达到多少`: the deadline and the level of the sentence that sets the level asked (the
    evidence LevelEvidence chose), stated together, when it names a deadline before a level in the unit
    asked; else nothing (a sentence without a deadline answers half the question)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        stated = None if _ASKS_BOTH.search(query.norm) else _stated_level(query.norm)
        if not (_ASKS_BOTH.search(query.norm) or stated) or len(query.asks) > 1:
            return None
        evidence = ask.evidence
        if evidence.hit.chunk.row_index is not None or ask.reader.refusal(query, evidence.hit):
            return None
        doc = ask.reader.documents[evidence.hit.chunk.doc_id]
        s, e = evidence.span
        # the deadline nearest before the level it sets (`2026年底前…减少一半，力争2027年…达到95%`: 2027)
        found = [(deadline, levels[0]) for deadline in DEADLINE.finditer(doc.text, s, e)
                 if (levels := [q for q in find_quantities(doc.text[deadline.end():e]) if q.is_measure
                                and (not query.units or q.unit in query.units)
                                and (stated is None or (q.value, q.unit) == (stated.value, stated.unit))
                                and TOTAL_BEFORE.search(doc.text[deadline.end():deadline.end() + q.start])])]
        if not found:
            return None
        deadline, level = min(found, key=lambda f: (f[0].end() + f[1].start, -f[0].end()))
        quoted = display(doc.text[s:e])
        n = ask.book.cite(evidence.hit, s, e)
        when = display(deadline.group()).lstrip("到至于力争取确保 ")
        return Draft(f"{when}，{shown(level)}。依据{region_of(doc)}文件：“{quoted}”[{n}]", False, ask.book.citations,
                     [quantity_figure(quoted, level, n)], [Claim(level.unit, quoted, evidence.hit, (s, e))])


def _stated_level(norm: str) -> Quantity | None:
    """The one level a question asking only when states itself (`普及率啥时候到95%`), or None."""
    if not _ASKS_WHEN.search(norm):
        return None
    levels = [q for q in find_quantities(norm) if q.is_measure and q.unit != "年份"]
    return levels[0] if len(levels) == 1 else None
