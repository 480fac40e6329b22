"""A staffing rule stated as a ratio (`每150名住校生至少配备1名宿管员`) asked of a place as enough or not
(`宿管员配齐了吗`). Replies, plans and self-evaluation reports set such rules per so many pupils, boarders or
classes and state the counts apart (`住校生4200人，现有宿管员25名`): the count required is computed from the base
count (4200 ÷ 150 × 1 = 28, rounded up when it is no whole one) and the staff stated is judged against it, every
sentence cited. The rule's own numbers are never the level: 150名 counts the base per which staff is due, not
staff there is. None when the rule's document does not state both counts, each with one value.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from figures.compute import ComputeError, Operand, compare, required_by_ratio
from figures.direction import states_change
from figures.numbers import amount_text, parse_number
from ingest.normalize import normalize
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import Claim, Draft
from server.answer.operands import Stated, document_amounts, named, naming, several_values
from server.answer.statedverdict import ASKS_CONTENT
from server.answer.text import computed_figure, display, flat, region_of
from server.calc import verdict_text
from server.retrieve import Hit
from server.schemas import Figure

LEADING = 8  # passages looked through for the rule
MIN_NOUN_CHARS = 2
MIN_UNIT_CHARS = 3  # a run of the question naming a unit (a school's name), not one place's suffix (区)

_BOUND = "(?:不少于|至少|不低于)?"


@lru_cache(maxsize=2)
def staff_ratio(verb_required: bool = False) -> re.Pattern[str]:
    """A staffing ratio (`每150名住校生至少1名`, `每60名寄宿生配备1名`): the base per which (`per`), its noun
    (`base`), the staff due (`need`), the bound word optional. Prose states the rule with or without its verb;
    a rule read beside a table's columns needs its verb (配备, 配置, 配), which tells the staff from the base."""
    verb = "(?:配备|配置|配)" + ("" if verb_required else "?")
    return re.compile(rf"每(?P<per>\d+)[名个位人](?P<base>[\u4e00-\u9fff]{{1,8}}?)(?:应|须|需|要)?{_BOUND}"
                      rf"{verb}{_BOUND}(?P<need>\d+)[名个位人]")


# a part's floor set as a fraction of its whole (`女教师人数应不少于成员总数的五分之二`): the part (its 人数
# dropped), the whole (its 总数 dropped) and the fraction, den分之num — a ratio of num per den of the whole
_FRACTION_RULE = re.compile(r"(?P<part>[\u4e00-\u9fff]{2,10}?)(?:人数|数)?(?:应|须|需|要)?(?:不少于|不低于|至少占?)"
                            r"(?P<base>[\u4e00-\u9fff]{2,8}?)(?:总人数|总数|人数)?的"
                            r"(?P<den>[二三四五六七八九十]|\d+)分之(?P<num>[一二三四五六七八九]|\d+)")
# what the staff is, after the count due: `的标准配备宿管员` or `宿管员` itself
_STAFF_LEAD = re.compile(r"^(?:的)?(?:标准|比例|要求)?(?:配备|配齐|配足|配置|配)?")
_STAFF_END = re.compile(r"[，,；;。：:（(、]|$")
_PEOPLE = ("人",)
# the staff named before the rule it is set by (`辅导员按每300名…配1名`): the clause's words before 按
_STAFF_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,8})(?:按照|按|依)$")


class RatioRuleJudged:
    """Handler: the staff a place has judged against the count its ratio rule requires (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if not query.asked.compliance or query.asked.threshold or ASKS_CONTENT.search(query.norm):
            return None
        asked = flat(normalize(query.norm, drop_space=True))
        for hit in ask.ranked[:LEADING]:
            if hit.chunk.row_index is not None or ask.scope is not None and hit.chunk.doc_id not in ask.scope:
                continue
            text = reader.documents[hit.chunk.doc_id].text
            for start, end in split_sentences(text, hit.chunk.start, hit.chunk.end):
                sentence = flat(normalize(text[start:end], drop_space=True))
                for m in staff_ratio().finditer(sentence):
                    before = _STAFF_BEFORE.search(sentence, 0, m.start())
                    for staff in (_staff(sentence, m.end()), before.group(1) if before else ""):
                        if len(staff) >= MIN_NOUN_CHARS and staff in asked:
                            per, need = float(m.group("per")), float(m.group("need"))
                            return _judged(ask, hit, (start, end), m.group("base"), staff, per, need,
                                           f"每{m.group('per')}名{m.group('base')}不少于{m.group('need')}名", True)
                for f in _FRACTION_RULE.finditer(sentence):
                    staff = next((f.group("part")[i:] for i in range(len(f.group("part")) - MIN_NOUN_CHARS + 1)
                                  if f.group("part")[i:] in asked), "")
                    den, num = parse_number(f.group("den")), parse_number(f.group("num"))
                    if staff and den is not None and num is not None and 0 < num.value < den.value:
                        return _judged(ask, hit, (start, end), f.group("base"), staff, den.value, num.value,
                                       f"{staff}不少于{f.group('base')}总数的{f.group('den')}分之{f.group('num')}",
                                       False)
        return None


def _staff(sentence: str, at: int) -> str:
    """The staff a ratio's count due is of: the words after it, its `的标准配备` lead dropped, or up to the 的
    of the standard it goes on to name (`1名宿管员的标准配齐…`)."""
    rest = sentence[at:]
    rest = rest[:_STAFF_END.search(rest).start()]  # type: ignore[union-attr]  # `$` always matches
    return _STAFF_LEAD.sub("", rest) if rest.startswith("的") else rest.split("的")[0]


def _judged(ask: Ask, hit: Hit, rule: tuple[int, int], base_noun: str, staff: str, per: float, need_count: float,
            standard: str, counts_in_rule: bool) -> Draft | None:
    """`staff` the unit asked has judged against `need_count` per `per` of its `base_noun` (`standard`, the rule in
    words); with `counts_in_rule`, the rule's sentence states its own numbers (每150名…1名), no counts of the unit's,
    while a fraction's rule (…的三分之一) may go on to count the unit in its sentence."""
    reader, book = ask.reader, ask.book
    amounts = [a for a in document_amounts(reader, hit.chunk.doc_id)
               if (a.sentence != rule or not counts_in_rule) and not a.quantity.qualifier and not states_change(a.lead)]
    # the question's words but the two counted nouns: the unit asked, when it names one
    unit = flat(normalize(ask.query.norm, drop_space=True)).replace(staff, "").replace(base_noun, "")
    text = reader.documents[hit.chunk.doc_id].text
    bases, stocks = (_of_unit(_best(amounts, noun), text, unit) for noun in (base_noun, staff))
    if not bases or not stocks:
        return None
    if (unclear := several_values(reader, [bases, stocks], f"文件中{base_noun}或{staff}的人数不止一个，"
                                                          "无法判断按哪个计算。")) is not None:
        return unclear
    base, stock = bases[0].operand(base_noun), stocks[0].operand(f"现有{staff}")
    need = Operand(label=f"每{per:g}名{base_noun}应有{staff}", value=need_count,
                   unit="人", unit_as_written=stocks[0].quantity.unit_as_written)
    try:
        required = required_by_ratio(base, per, need, label=f"应有{staff}")
        judged = compare(stock, Operand(label=required.label, value=required.value, unit=required.unit),
                         label=f"现有{staff}与应有之差")
    except ComputeError:
        return None
    passed = stock.value >= required.value
    judged.flag = "pass" if passed else "fail"
    counter = normalize(stocks[0].quantity.unit_as_written) or "人"
    cited = [book.cite(hit, *rule)] + [book.cite(a.hit, *a.sentence) for a in (bases[0], stocks[0])]
    n, ids = cited[0], list(dict.fromkeys(cited))
    doc = reader.documents[hit.chunk.doc_id]
    quotes = "；".join(f"“{display(doc.text[s:e])}”[{i}]" for i, (s, e) in
                      dict(zip(cited, (rule, bases[0].sentence, stocks[0].sentence))).items())
    short = abs(stock.value - required.value)
    relation = "≥" if passed else "<"
    gap = f"多{amount_text(short, counter)}" if passed else f"差{amount_text(short, counter)}"
    answer = (f"{verdict_text(judged, ask.query.norm)}：按{standard}的标准，{base_noun}{amount_text(base.value, '人')}"
              f"应配{staff}："
              f"{required.formula}；现有{amount_text(stock.value, counter)}，{amount_text(stock.value, counter)} "
              f"{relation} {amount_text(required.value, counter)}，{gap}。依据{region_of(doc)}文件：{quotes}")
    stated = Figure(label=f"现有{staff}", value=stock.value, unit=counter, citation_ids=[cited[2]])
    needed = computed_figure(required, n)
    needed.citation_ids = ids
    return Draft(answer, False, book.citations, [stated, needed, computed_figure(judged, n)],
                 [Claim(stock.unit, f"{staff}{stocks[0].words}", stocks[0].hit, stocks[0].sentence)])


def _of_unit(found: list[Stated], text: str, unit: str) -> list[Stated]:
    """Of counts of several values, those whose sentence names most of `unit` (the question's words but the
    nouns counted): the unit asked (one school of a rule set for every school) rather than the whole area's
    count. All of them when no sentence names three characters of it in a run."""
    if len({a.quantity.value for a in found}) < 2:
        return found
    runs = [SequenceMatcher(None, unit, flat(normalize(text[slice(*a.sentence)], drop_space=True)),
                            autojunk=False).find_longest_match().size for a in found]
    most = max(runs)
    return found if most < MIN_UNIT_CHARS else [a for a, n in zip(found, runs) if n == most]


def _best(amounts: list[Stated], noun: str) -> list[Stated]:
    """The people counts whose words name `noun` best (every one of the top score)."""
    found = named(amounts, noun, _PEOPLE)
    return [a for a in found if naming(a, noun) == naming(found[0], noun)]
