"""Figures a question defines from two counts a document states but never combines.

Work reports, 中期评估 and 督导 reports state the counts of a process's stages side by side
(`已开工12个，已竣工7个`; `发放问卷3216份…回收有效问卷3158份`) and bulletins split a count in a
`其中` list (`受益学生2.61万人，其中小学生1.74万人`), leaving to the reader what is done but not
finished (开工 − 竣工), the rate of a survey or of tracking work (有效 ÷ 发放, as defined in
figures/lexicon/defined_rates.tsv) and an item's share of the count its list splits. Each count is
looked up by its own words in the prose of the leading documents (server/answer/operands.py); when a
count is not found by its words the handler steps aside, and two readings giving different figures
make it abstain: nothing is computed from amounts the question does not name.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from difflib import Match, SequenceMatcher

from figures.compute import Computation, ComputeError, Operand, ratio, remainder, share, total
from figures.indicators import match_stage
from figures.numbers import find_quantities
from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.computed import HEAD_CHARS, in_tenths, share_noun, written_share_nouns
from server.answer.draft import Claim, Draft
from server.answer.operands import Stated, ambiguous_apart, document_amounts, draft_apart, naming, naming_listed
from server.answer.text import display, flat, quantity_figure, region_of
from server.calc import reached, rule_bound, states_rule
from server.lexicon import complements, defined_rates, stages_named

CANDIDATE_PASSAGES = 8  # leading passages whose documents the counts are looked up in
# `已经动工但没完工`, `已开工未竣工`, `已立项尚未开工`: two stages of one process, two-character verbs
_DONE_NOT = re.compile(r"已(?:经)?(?P<done>[\u4e00-\u9fff]{2})了?[，,]?(?:但|而|却)?(?:是)?(?:还|尚|仍)?"
                       r"(?:没有|没|未)(?P<undone>[\u4e00-\u9fff]{2})")
_NEGATED = re.compile(r"(?:未|没有?|尚未|不)$")
# a level a per-student figure may be asked of, and the stages whose pupils it counts (教育统计: 义务教育 =
# 小学 + 初中, 高中阶段 = 普通高中 + 中等职业教育); a single stage counts its own
LEVEL_STAGES = {"义务教育": ("小学", "初中"), "高中阶段": ("普通高中", "中等职业教育")}
# `义务教育生均教育经费支出是多少`: the level before 生均, the amount after it
_PER_STUDENT = re.compile(r"(?P<level>[\u4e00-\u9fff]{2,6})生均(?P<noun>[\u4e00-\u9fff]{2,10}?)"
                          r"(?:是|为|有|达到)?(?:多少|几)")


def _verb_named(a: Stated, verb: str) -> bool:
    """Whether the amount's own clause names it by `verb`, not negated (`已开工12个`, not `未开工6个`)."""
    lead = flat(normalize(a.lead))
    at = lead.rfind(verb)
    return at >= 0 and not _NEGATED.search(lead[:at])


class DoneNotFinished:
    """Handler: `已X但未Y的有几个` → the count at stage X − the count at stage Y, stated together."""

    def try_answer(self, ask: Ask) -> Draft | None:
        m = _DONE_NOT.search(normalize(ask.query.text))
        if m is None:
            return None
        done, undone = m.group("done"), m.group("undone")

        def stages(doc_id: str, amounts: list[Stated]) -> list[Pair]:
            pairs = []
            for x in (a for a in amounts if _verb_named(a, done)):
                y = next((a for a in amounts if a.sentence == x.sentence and a is not x and _verb_named(a, undone)
                          and a.quantity.unit == x.quantity.unit and a.quantity.value <= x.quantity.value), None)
                if y is not None:
                    pairs.append((x, y))
            return pairs

        best = _best_pair(ask, stages, "文件中所问的两项数值不止一组，无法确定按哪一组计算。")
        if not isinstance(best, tuple):
            return best
        x, y = best
        try:
            result = remainder(x.operand(f"已{done}"), y.operand(f"已{undone}"), label=f"已{done}未{undone}")
        except ComputeError:
            return None
        return draft_apart(ask.reader, ask.book, result, [x, y])


class DefinedRate:
    """Handler: a rate the report leaves uncomputed (`问卷有效回收率`), from the counts its definition
    names (有效 ÷ 发放), each found by that word with the thing counted (问卷) in its own clause."""

    def try_answer(self, ask: Ask) -> Draft | None:
        question = flat(normalize(ask.query.text))
        found = next((r for r in defined_rates() if r[0] in question), None)
        if found is None:
            return None
        rate, part_word, whole_word = found
        before = question[:question.index(rate)]
        thing = re.sub(r"^.*的", "", before)[-2:]  # the thing counted as the question names it (`问卷`)
        for doc_id in _documents(ask):
            text = normalize(ask.reader.documents[doc_id].text)
            if _states_rate(text, rate):
                return _stated_rate(ask, doc_id, rate)  # the report states it: quoted, not recomputed
            amounts = [a for a in document_amounts(ask.reader, doc_id) if a.quantity.unit not in ("%", "百分点")
                       and (len(thing) < 2 or thing in _said_before(ask, doc_id, a))]
            parts = [a for a in amounts if _verb_named(a, part_word)]
            wholes = [a for a in amounts if _verb_named(a, whole_word) and a not in parts]
            # the part and the whole count one thing, in one counter (件 and 件): a count in another counter the
            # same verb names (`办结时限…缩短到五个工作日`) is none of them
            parts, wholes = _same_counter(parts, wholes), _same_counter(wholes, parts)
            if not parts or not wholes:
                continue
            if len({a.quantity.value for a in parts}) > 1 or len({a.quantity.value for a in wholes}) > 1:
                return ambiguous_apart(ask.reader, parts + wholes,
                                       f"文件中计算{rate}所需的数值不止一个，无法确定按哪一项计算。")
            p, w = parts[0], wholes[0]
            if p.quantity.unit != w.quantity.unit or p.quantity.value > w.quantity.value:
                return None
            try:
                result = share(p.operand(f"{part_word}{thing}"), w.operand(f"{whole_word}{thing}"),
                               label=f"{thing}{rate}（{part_word} ÷ {whole_word}）")
            except ComputeError:
                return None
            bars = _bars(ask, doc_id, rate) if ask.query.asked.compliance and not ask.query.asked.threshold else []
            if len({(a.quantity.value, a.quantity.qualifier) for a in bars}) == 1:
                return _judged_on_bar(ask, result, [p, w], bars[0])
            return draft_apart(ask.reader, ask.book, result, [p, w], ask.query)
        return None


def _states_rate(text: str, rate: str) -> bool:
    """Whether the text states the rate reached (`整改率为92.0%`): a figure right after its name that no bound
    makes the bar set on it (`整改率应在95%以上` is the requirement, the rate still to compute)."""
    for m in re.finditer(rf"{rate}[^，,；;。\d]{{0,6}}\d", text):
        q = next(iter(find_quantities(text[m.start():m.end() + 16])), None)
        if q is None or not states_rule(text[m.start():m.start() + q.end], q.value, q.unit):
            return True
    return False


def _bars(ask: Ask, doc_id: str, rate: str) -> list[Stated]:
    """The percentages the document sets as a bar on the rate (`整改率应在95%以上`)."""
    text = ask.reader.documents[doc_id].text
    return [a for a in document_amounts(ask.reader, doc_id) if a.quantity.unit == "%"
            and rate in flat(normalize(a.lead))
            and states_rule(text[a.sentence[0]:a.quantity.end], a.quantity.value, "%")]


def _judged_on_bar(ask: Ask, result: Computation, inputs: list[Stated], bar: Stated) -> Draft:
    """The rate computed from its counts, judged against the bar its document sets: the verdict in the question's
    words first, the formula with both counts cited, then the requirement quoted."""
    text = ask.reader.documents[bar.hit.chunk.doc_id].text
    comparator = rule_bound(bar.quantity, text[bar.sentence[0]:bar.quantity.start])
    shown = round(result.value, 1)
    passed = shown >= bar.quantity.value if comparator in (">=", ">") else shown <= bar.quantity.value
    relation = ("≥" if passed else "<") if comparator in (">=", ">") else ("≤" if passed else ">")
    result.flag = "pass" if passed else "fail"
    draft = draft_apart(ask.reader, ask.book, result, inputs)
    n = ask.book.cite(bar.hit, *bar.sentence)
    word = ("达标" if passed else "未达标") + reached(passed, ask.query.norm)
    return replace(draft, answer=f"{word}：{shown:g}% {relation} {bar.quantity.value:g}%；{draft.answer}；"
                                 f"要求：“{display(text[bar.sentence[0]:bar.sentence[1]])}”[{n}]",
                   citations=ask.book.citations)


def _same_counter(amounts: list[Stated], others: list[Stated]) -> list[Stated]:
    """The amounts in a counter one of `others` is in, when some are; else all of them."""
    units = {a.quantity.unit for a in others}
    kept = [a for a in amounts if a.quantity.unit in units]
    return kept or amounts


def _said_before(ask: Ask, doc_id: str, a: Stated) -> str:
    """The words of an amount's sentence up to it, flat: a sentence names the thing counted once and
    then lists its counts (`今年全县中考报名…人，实际参考…人，缺考…人`)."""
    return flat(normalize(ask.reader.documents[doc_id].text[a.sentence[0]:a.quantity.start]))


def _stated_rate(ask: Ask, doc_id: str, rate: str) -> Draft | None:
    """The rate as the report states it (`…已整改230个，整改率为92.0%，较上学期提高3.5个百分点`), its sentence
    quoted whole (the change stated with it goes with it): a table of the same words ranks above the
    sentence as often as not. None when the question asks something else of it (a change, a check) or the
    report states it more than once with different values: a lookup weighs those."""
    query = ask.query
    if query.operation or query.asked.change or query.asked.compliance:
        return None
    stated = [a for a in document_amounts(ask.reader, doc_id)
              if a.quantity.unit == "%" and flat(normalize(a.lead)).endswith((rate, f"{rate}为", f"{rate}达到",
                                                                               f"{rate}达"))]
    if len({a.quantity.value for a in stated}) != 1 or not ask.reader.year_ok(query, stated[0].hit):
        return None
    a = stated[0]
    doc = ask.reader.documents[doc_id]
    n = ask.book.cite(a.hit, *a.sentence)
    quote = display(doc.text[a.sentence[0]:a.sentence[1]])
    return Draft(f"{rate}{a.quantity.text}。依据{region_of(doc)}文件：“{quote}”[{n}]", False, ask.book.citations,
                 [quantity_figure(rate, a.quantity, n)], [Claim(a.quantity.unit, rate, a.hit, a.sentence)])


class ListedShare:
    """Handler: the share of an item of a `其中` list in the amount the list splits, the question
    naming the item and that amount (`受益学生中小学生占比` of `受益学生2.61万人，其中小学生1.74万人`)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if not (query.operation == "share" or "%" in query.units):
            return None
        # the nouns as retrieval reads them, then as the question writes them; neither with its places or scope
        for part, whole in dict.fromkeys([(query.asked.part, query.asked.whole), written_share_nouns(query)]):
            part, whole = (share_noun(n, query) for n in (part, whole))
            found = self._share(ask, part, whole.replace("的", ""))  # `新招聘的教师` names 新招聘教师
            if found is not None:
                return found
        if query.asked.part and not query.asked.whole:  # `X的比例`: the whole and the part in one phrase
            found = self._phrase_share(ask, share_noun(query.asked.part, query))
            if found is not None:
                return found
        m = _YEAR_OF_WHOLE.search(query.norm)
        found = self._share(ask, m.group("year"), share_noun(m.group("whole"), query), by_year=True) if m else None
        return found or _split_of_evidence(ask)

    @staticmethod
    def _share(ask: Ask, part: str, whole: str, by_year: bool = False) -> Draft | None:
        if len(part) < 2 or len(whole) < 2:
            return None

        def fits(a: Stated, w: Stated) -> bool:
            if by_year:  # the item is the year itself (`其中2026年280万元、2027年…`), the whole named by its head noun
                return _listed_year(a) == part and whole[-HEAD_CHARS:] in w.words  # (`三年…投入`)
            # (money asked in speech, `社团的钱`: the item names it by its kind of money, not by 钱)
            item = _SPOKEN_MONEY.sub("", part)
            title = normalize(ask.reader.documents[w.hit.chunk.doc_id].meta.title, drop_space=True)
            return (_names_item(a.words, item) or _names_item(a.words, _without_head(item, w.words))) \
                and (_names_whole(w.words, whole) or _names_titled_whole(w.words, whole, title))
        return _listed_pair(ask, fits, part if by_year else "")

    @staticmethod
    def _phrase_share(ask: Ask, phrase: str) -> Draft | None:
        """`X的比例` whose one phrase names the whole, then what sets the part apart in it (`教师参加轮岗`): the
        `其中` item of that whole holding the rest and ending with the whole's head noun (`其中参加轮岗的教师`)."""
        def fits(a: Stated, w: Stated) -> bool:
            rest = phrase.replace(w.words, "", 1) if w.words in phrase else ""
            return len(rest) >= 2 and rest in a.words.replace("的", "") and a.words.endswith(w.words[-HEAD_CHARS:])
        return _listed_pair(ask, fits, "") if len(phrase) >= 4 else None


def _listed_pair(ask: Ask, fits: Callable[[Stated, Stated], bool], named: str) -> Draft | None:
    """The share of the `其中` item that `fits` the amount its list splits (the amount just before `其中`, larger
    and in its unit), in the first document holding one; `named` labels the part, else the item's words."""

    def items(doc_id: str, amounts: list[Stated]) -> list[Pair]:
        text = ask.reader.documents[doc_id].text
        pairs = []
        for i, a in enumerate(amounts):
            if not a.head:
                continue
            split = text.rfind("其中", a.sentence[0], a.quantity.start)
            split_of = [b for b in amounts[:i] if b.sentence == a.sentence and b.quantity.start < split]
            if not split_of:
                continue
            w = split_of[-1]
            if w.quantity.unit == a.quantity.unit and w.quantity.value > a.quantity.value \
                    and len(w.words) >= 2 and fits(a, w) and not _states_share(text, a):
                pairs.append((a, w))
        return pairs

    best = _best_pair(ask, items, "文件中所问比例的数值不止一个，无法确定按哪一项计算。")
    if not isinstance(best, tuple):
        return best
    a, w = best
    return _listed_share(ask, a, w, named or a.words)


ITEM_RUN_MIN = 2  # characters of a run an item's words share with the part asked


def _without_head(part: str, whole_words: str) -> str:
    """The part asked without the head noun its list's whole names (`…的教师` of `参加竞聘的教师…，其中跨校竞聘N人`):
    a `其中` item leaves to its whole the noun of what it counts, which the question writes out; '' when the part
    does not end with that noun or nothing of it is left."""
    head = whole_words[-HEAD_CHARS:]
    rest = part[:-len(head)].rstrip("的") if len(head) == HEAD_CHARS and part.endswith(head) else ""
    return rest if len(rest) >= ITEM_RUN_MIN else ""


def _names_item(words: str, part: str) -> bool:
    """Whether an item's words name the part asked: the part with one character added at most, or, the part not
    held whole, every character of it in the item's order, in runs of two or more, the item adding a qualifier
    inside what the question writes (`补助的寄宿学生` of `补助农村寄宿制学校学生`: the 的 joining a question's words
    is no name's)."""
    if part in words:
        return len(words) <= len(part) + 1
    bare = part.replace("的", "")
    blocks = SequenceMatcher(None, bare, words, autojunk=False).get_matching_blocks()
    return len(bare) >= 2 and sum(b.size for b in blocks if b.size >= ITEM_RUN_MIN) == len(bare)


def _listed_share(ask: Ask, a: Stated, w: Stated, named: str) -> Draft | None:
    """item ÷ the amount its `其中` list splits, cited and quoted."""
    query = ask.query
    try:
        result = share(a.operand(named), w.operand(w.words), label=f"{named} 占 {w.words} 比例")
    except ComputeError:
        return None
    in_tenths(query, result)
    draft = draft_apart(ask.reader, ask.book, result, [a, w], ask.query)
    # what is checked against the question is the share in the question's own words (`受益学生中小学生`
    # reads 中小学生 as a stage; the list item matched is the part the question names)
    draft.claims = [replace(c, context=f"{query.asked.whole}中{query.asked.part}占比") for c in draft.claims]
    return draft


SPOKEN_HELD_MIN = 0.8  # share of a noun's characters, in any order, the words of a paraphrased amount hold


def _holds_loosely(words: str, noun: str) -> bool:
    """Whether `words` and `noun` hold most of each other's characters in any order: a question retells the
    document's nouns with its own verbs and order (`新招的教师` for 招聘新教师, `分到乡村学校的` for 分配到
    乡村学校的), never a wider count named by its head alone (`教师` for 招聘新教师)."""
    noun, words = noun.replace("的", ""), words.replace("的", "")
    return len(noun) >= 2 and sum(ch in words for ch in noun) >= SPOKEN_HELD_MIN * len(noun) \
        and sum(ch in noun for ch in words) >= WORDS_HELD_MIN * len(words)


def _split_of_evidence(ask: Ask) -> Draft | None:
    """A share whose part and whole the question retells rather than names (`去年新招的教师里分到乡村学校的占
    几成` of `全年招聘新教师N名，其中分配到乡村学校的M名`), from the answering sentence's `其中` list alone:
    its one item holding most of the part's characters, of the amount just before `其中`, which holds the
    whole's head noun and most of its characters. Another item as near the part, or none, and it steps aside."""
    query, reader = ask.query, ask.reader
    if ask.evidence.hit.chunk.row_index is not None or not query.asked.part or not query.asked.whole:
        return None
    doc_id = ask.evidence.hit.chunk.doc_id
    text = reader.documents[doc_id].text
    span = ask.evidence.span
    split = text.find("其中", *span)
    if split < 0 or text.find("其中", split + 2, span[1]) >= 0:
        return None
    amounts = [a for a in document_amounts(reader, doc_id) if span[0] <= a.quantity.start < span[1]
               and a.quantity.unit not in ("%", "百分点")]
    before = [a for a in amounts if a.quantity.start < split]
    part, whole = (share_noun(n, query) for n in (query.asked.part, query.asked.whole))
    items = [a for a in amounts if a.quantity.start > split and _holds_loosely(a.words, part)]
    if not before or len(items) != 1:
        return None
    a, w = items[0], before[-1]
    if w.quantity.unit != a.quantity.unit or w.quantity.value <= a.quantity.value \
            or whole[-HEAD_CHARS:] not in w.words or not _holds_loosely(w.words, whole) or _states_share(text, a):
        return None
    return _listed_share(ask, a, w, a.words)


# a share of one year in a sum over years (`三年投入里2028年占几成`): the whole, then the year as the part
_YEAR_OF_WHOLE = re.compile(r"(?P<whole>[\u4e00-\u9fff]{2,20})(?:里|中|当中)[,，]?(?P<year>(?:19|20)\d\d年)度?的?"
                            r"(?:占|所占|比例|比重)")
_YEAR_ITEM = re.compile(r"(?:19|20)\d\d年")


def _listed_year(a: Stated) -> str:
    """The year a `其中` list's item is named by alone (`、2027年320万元` → 2027年), else ''."""
    item = flat(normalize(a.lead)).strip("、，,；;：: ")
    return item if _YEAR_ITEM.fullmatch(item) else ""


WHOLE_HELD_MIN = 0.85  # share of the asked whole's characters the split amount's words hold, in order
WORDS_HELD_MIN = 0.6  # and of those words the asked whole holds: a wider count is another whole


# the everyday word for money closing a part asked (`…的钱`): documents name the amount by its kind (经费, 补助)
_SPOKEN_MONEY = re.compile(r"的?钱$")


def _names_titled_whole(words: str, whole: str, title: str) -> bool:
    """Whether the words name the whole asked less the subject the document's title gives it (`读书节专项资金` of a
    `…读书节活动方案` whose sentence states `拨付专项资金`): the rest, two characters or more, closes the words."""
    m = SequenceMatcher(None, whole, title, autojunk=False).find_longest_match(0, len(whole), 0, len(title))
    rest = whole[m.size:] if m.a == 0 and m.size >= ITEM_RUN_MIN else ""
    return len(rest) >= ITEM_RUN_MIN and words.endswith(rest)


def _names_whole(words: str, whole: str) -> bool:
    """Whether the words naming the amount a `其中` list splits name the whole asked: held in it, or the
    two holding each other's characters in order but for a qualifier the document adds (`寄宿制学校在校住宿
    学生` for 寄宿制学校住宿生), never a wider count named by the whole's head alone (`住宿生` of 寄宿制学校住宿生)."""
    if words in whole:
        return True
    blocks = SequenceMatcher(None, whole, words, autojunk=False).get_matching_blocks()
    held = sum(b.size for b in blocks)
    if held < WHOLE_HELD_MIN * len(whole) or held < WORDS_HELD_MIN * len(words):
        return False
    stages = [{stage for _, stage in stages_named(n)} for n in (whole, words)]
    return stages[0] == stages[1] and not (_adds_other_count(whole, blocks, 0) or _adds_other_count(words, blocks, 1))


# characters one side adds that make it count something else: a negation (非寄宿生), a joining of two
# counts (小学和初中在校生); school stages are compared whole (中小学 is not 小学)
_COUNT_CHANGING_CHARACTERS = frozenset("非不未和及与、")


def _adds_other_count(text: str, blocks: list[Match], side: int) -> bool:
    """Whether the characters of `text` (side 0 or 1 of the matched `blocks`) left unmatched change what it
    counts: one a negation or a conjunction, or part of a member of an exhaustive pair (民办 for 公办)."""
    held = {i for b in blocks for i in range(b[side], b[side] + b.size)}
    left = set(range(len(text))) - held
    if any(text[i] in _COUNT_CHANGING_CHARACTERS for i in left):
        return True
    members = {m for pair in complements() for m in pair}
    return any(left & set(range(m.start(), m.end())) for name in members for m in re.finditer(re.escape(name), text))


def _states_share(text: str, a: Stated) -> bool:
    """Whether the item's clause goes on to state its share (`其中女生4320人，占45.0%`): a lookup quotes it."""
    after = normalize(text[a.quantity.end:a.quantity.end + 12])
    return bool(re.match(r"[，,]?(?:约|占比?|比例为?)[^，,；;。]{0,4}\d+(?:\.\d+)?%", after))


def _documents(ask: Ask) -> list[str]:
    return ask.ranked_docs(CANDIDATE_PASSAGES)


Pair = tuple[Stated, Stated]


def _best_pair(ask: Ask, pairs_in: Callable[[str, list[Stated]], list[Pair]], several: str) -> Pair | Draft | None:
    """The best covered of the pairs `pairs_in` finds among a document's amounts, in the first of the question's
    documents holding any (see _best_covered)."""
    for doc_id in _documents(ask):
        if pairs := pairs_in(doc_id, document_amounts(ask.reader, doc_id)):
            return _best_covered(ask, pairs, several)
    return None


def _best_covered(ask: Ask, pairs: list[Pair], several: str) -> Pair | Draft | None:
    """The pair whose sentence holds most of the question's key terms; when several with other values
    fit equally, the abstention citing them all with the message `several`; None when there is none."""
    if not pairs:
        return None

    def cover(p: Pair) -> float:
        s, e = p[0].sentence
        return ask.reader.coverage(ask.query, flat(normalize(ask.reader.documents[p[0].hit.chunk.doc_id].text[s:e])))[0]

    scored = sorted(((cover(p), p) for p in pairs), key=lambda x: -x[0])
    tied = [p for c, p in scored if c >= scored[0][0] - 1e-9]
    values = {(x.quantity.value, y.quantity.value) for x, y in tied}
    return tied[0] if len(values) == 1 else ambiguous_apart(ask.reader, [a for p in tied for a in p], several)


class PerStudentOfStages:
    """Handler: `义务教育生均教育经费支出` a document never states per student: the level's amount (`教育经费支出
    按学段分列…义务教育58320万元`) ÷ the pupils of its stages (`小学在校生27860人，初中在校生13940人`), each
    found by its own words; the document stating any 生均 figure of that noun makes it step aside."""

    def try_answer(self, ask: Ask) -> Draft | None:
        m = _PER_STUDENT.search(flat(normalize(ask.query.text)))
        if m is None:
            return None
        level = match_stage(m.group("level"))
        stages = LEVEL_STAGES.get(level, (level,) if level else ())
        noun = m.group("noun")
        if not stages:
            return None
        reader = ask.reader
        for doc_id in _documents(ask):
            text = reader.documents[doc_id].text
            if f"生均{noun}" in flat(normalize(text)):
                return None  # stated per student somewhere: a lookup answers
            amounts = [a for a in document_amounts(reader, doc_id) if reader.year_ok(ask.query, a.hit)]
            money = [a for a in amounts if a.quantity.unit == "元" and naming(a, level) >= 1.0
                     and len(a.words) <= len(level) + 2
                     and noun in flat(normalize(text[text.rfind("\n", 0, a.quantity.start) + 1:a.quantity.end]))]
            pupils = [[a for a in amounts if a.quantity.unit == "人" and naming_listed(a, f"{stage}在校生") >= 0.99
                       and len(a.words) <= len(stage) + 4] for stage in stages]
            if not money or not all(pupils):
                continue
            if any(len({a.quantity.value for a in found}) > 1 for found in [money, *pupils]):
                return ambiguous_apart(reader, money + [a for p in pupils for a in p],
                                       "文件中计算生均值所需的数值不止一个，无法确定按哪一项计算。")
            counted = [p[0] for p in pupils]
            operands = [a.operand(f"{stage}在校生") for a, stage in zip(counted, stages, strict=True)]
            try:
                summed = total(operands, label="在校生合计") if len(operands) > 1 else None
                base = Operand.literal(f"{summed.value:.12g}{summed.unit}", label="在校生合计") if summed \
                    else operands[0]
                result = ratio(money[0].operand(f"{level}{noun}"), base, label=f"{level}生均{noun}", decimals=2)
            except ComputeError:
                return None
            if summed is not None:  # the pupils' sum written out, every count an input
                result.formula = f"{result.formula}（在校生 {summed.formula}）"
                result.inputs = [result.inputs[0], *summed.inputs]
            return draft_apart(reader, ask.book, result, [money[0], *counted])
        return None
