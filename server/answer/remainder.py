"""What a count leaves beside the part it names: `非在编教师多少名`, `除民办园以外的幼儿园有几所`.

Reports of every kind state a whole and one of its parts (`乡村教师230人，其中在编教师170人`,
`幼儿园90所，其中民办35所`) and leave the rest unstated. Asked for the rest, the answer is
whole − part, both looked up by the nouns the question names, in one sentence of one document
(server/answer/operands.py), both cited and the formula shown. When the document states the rest
under the asked name itself, this is not the answer's place (a lookup is). When it states the
whole but not the part (or two different pairs fit), it abstains saying what is missing.
"""
from __future__ import annotations

import re

from figures.compute import ComputeError, remainder
from figures.direction import CHANGE_BEFORE
from ingest.normalize import normalize
from ingest.segment import words as segment_words
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.evidence import Reader
from server.answer.exclusion import ASK, exclusions
from server.answer.operands import (
    NAME_SHARE_MIN,
    Stated,
    ambiguous_apart,
    document_amounts,
    draft_apart,
    naming,
    sentence_holds,
    split_next,
)
from server.answer.tables import in_order
from server.answer.text import flat
from server.calc import bare_noun
from server.lexicon import failed_outcomes, passing_words, synonyms, unit_nouns
from server.timespans import RELATIVE_YEARS

_NOUN = r"[\u4e00-\u9fff“”\"]{2,16}?"


# a number inside a verb's object naming a thing (`接入110平台`), not a count or bound (`不到50人`): no counter after it
_NAMING_NUMBER = r"\d+(?![\d.%％人名位所个岁元万亿千百间班次年月天日周])"


def _negated_verb(negations: str, group: str) -> str:
    """A verb after one of `negations` (还/仍/尚 may lead), the verb captured as `group`."""
    return rf"(?:还|仍|尚)?(?:{negations})" \
           rf"(?P<{group}>[\u4e00-\u9fff“”]{{2}}(?:[\u4e00-\u9fff“”]|{_NAMING_NUMBER}){{0,14}}?)"


# the rest named by what it has not done (`还有多少学生没有参加体检`, `未参加体检的学生有几名`):
# reports state the whole and those who did (`在校生9800人，参加体检的学生9650人`), rarely the rest; of an amount
# budgeted or allotted, what is left of it (`预算剩下多少没支付`: the budget and the spending a report states)
# (also those not required to do it, `有几门课今年无需考核`: the whole less those that must, a column of 应…)
_UNDONE_VERB = _negated_verb("没有|没|未|尚未|仍未|不能|无法|不用|不需要?|无需|不必", "verb")
# before 的 and the thing, also 不 (`不参加体检的学生有几个`, `不达标的学校有多少所`)
_NOT_VERB = _negated_verb("没有|没|未|尚未|仍未|不", "verb2")
# after the whole, 的 closing the verb with no noun after it (`学生中没参加体检的有几人`, `寄宿生不在校内用餐的有多少`)
_WHOLE_NOT_VERB = _negated_verb("没有|没|未|尚未|仍未|不", "verb3")
_UNDONE = re.compile(rf"(?P<whole>{_NOUN})?(?:还|仍|尚)?(?:有|差|剩|剩下)(?:多少|几)"
                     r"(?:名|个|所|处|项|家|条|件|起|座|间)?"
                     rf"(?P<noun>[\u4e00-\u9fff]{{0,8}}?)"
                     rf"{_UNDONE_VERB}(?:的)?(?:[？?。，,]|$)|"
                     rf"{_NOT_VERB}的(?P<noun2>{_NOUN})的?{ASK}|"
                     rf"(?P<whole3>{_NOUN})(?:中|里|当中)?{_WHOLE_NOT_VERB}的{ASK}")
# `<whole>中<level>以下<tail>的有多少` (`专任教师中本科以下学历的有几人`)
_BELOW = re.compile(r"(?P<whole>[\u4e00-\u9fff“”\"]{2,24}?)(?:中|里|当中|之中)[,，]?(?:具有)?"
                    r"(?P<level>[\u4e00-\u9fff]{2,4}?)以下(?P<tail>学历|职称)?的?(?:有|是)?(?:多少|几)")
# the whole a question sets before asking of it (`检查发现的隐患中，…还有多少处没有排除`)
_SCOPE = re.compile(r"(?P<scope>[\u4e00-\u9fff“”\"]{2,24})(?:中|里|当中|之中)[,，]")
# words around a noun as questions write them that name no thing: a leading year (also one said relative
# to now, `今年收入`) or scope
_TRIM = re.compile(rf"^.*?\d{{4}}\s*年|^\s*年(?![轻龄级度])|^(?:{'|'.join(RELATIVE_YEARS)})"
                   r"|^(?:全省|全市|全区|全县|全国|全)|的$")
# the time a question asks the rest at, after its whole (`补助资金到月底还差多少未拨付`): no word of the whole
_AS_OF = re.compile(r"(?:到|截至|截止到?)(?:\d{4}年|今年|目前|现在)?(?:底|末|年底|年末)?$")
# the words that make the amounts after them parts of the one before (`…186人，其中骨干教师45人`); a bracket
# right after the whole does too, holding only the part's name before its amount (`招生1200人（寄宿生800人）`)
_SPLITS = re.compile(r"其中|内含|包括|含")
_BRACKETED = re.compile(r"\s*[（(][^（()）。；;，,]{0,16}")
CANDIDATE_DOCUMENTS = 3  # leading documents the whole and its part are looked up in


def asked_remainder(search_text: str) -> tuple[str, str] | None:
    """(part, whole) of a question asking what a whole leaves beside a part, by its wording; the
    whole is '' when the question does not name it."""
    norm = normalize(search_text)
    found = next((e for e in exclusions(norm, ("except",)) if e.asked), None) \
        or next((e for e in exclusions(norm, ("not",)) if e.asked), None)
    if found is None:
        return None
    part, whole = (flat(_TRIM.sub("", w.strip(" ，,“”\""))) for w in (found.part, found.whole))
    return (part, whole) if len(part) >= 2 else None


def asked_undone(search_text: str) -> tuple[str, str] | None:
    """(what was done, the whole) of a question asking how many of a whole have not done it
    (`小学阶段还有多少学生没有参加体检` → (参加体检, 小学阶段学生))."""
    m = _UNDONE.search(normalize(search_text))
    if m is None:
        return None
    verb = m.group("verb") or m.group("verb2") or m.group("verb3")
    # `…日还有多少`: 还 leads the verb, no noun
    lead = re.sub(r"[还仍尚]$", "", m.group("whole") or m.group("whole3") or "")
    lead = _AS_OF.sub("", lead)
    whole = (lead if len(lead) >= 2 else "") + (m.group("noun") or m.group("noun2") or "")
    if not whole and (scope := _SCOPE.search(normalize(search_text)[:m.start()])):
        whole = scope.group("scope")  # `…的隐患中，还有多少处没有…`: the whole the sentence opens with
    verb, whole = (flat(_TRIM.sub("", w.strip(" ，,“”\""))) for w in (verb, whole))
    return (verb, whole) if len(verb) >= 2 else None


def asked_below(search_text: str) -> tuple[str, str, str] | None:
    """(part, whole, rest) of a question asking the count below a level whose complement documents state
    (`教师中本科以下学历的有多少人` → (本科及以上学历, 教师, 本科以下学历)): reports count those at or above
    a level of schooling or title (`其中具有本科及以上学历的…人`) and leave the rest to the reader."""
    m = _BELOW.search(normalize(search_text))
    if m is None:
        return None
    whole = flat(_TRIM.sub("", m.group("whole").strip(" ，,“”\"")))
    level, tail = m.group("level"), m.group("tail") or ""
    return f"{level}及以上{tail}", whole, f"{level}以下{tail}"


class Remainder:
    """The question asks for the rest of a whole beside a named part."""

    def try_answer(self, ask: Ask) -> Draft | None:
        asked = asked_remainder(ask.query.search_text)
        below = None if asked else asked_below(ask.query.search_text)
        undone = asked is None and below is None
        if below is not None:
            asked = below[:2]
        asked = asked or asked_undone(ask.query.search_text)
        if asked is None:
            return None
        reader, query = ask.reader, ask.query
        part, whole = asked[0], _TRIM.sub("", bare_noun(asked[1], query))  # `蓼坪县今年新录用的教师`: no place
        # the rest as a document would name it itself
        # (a failing grade by its own name too: `不达标的4个` states the rest of 达标 asked as 不达标的有几个)
        rest_names = (below[2],) if below else (f"未{part}", f"没有{part}", f"不{part}",
                                                *failed_outcomes().get(part, ())) if undone else (f"非{part}",)
        docs = ask.ranked_docs()[:CANDIDATE_DOCUMENTS]
        pairs: list[tuple[Stated, Stated]] = []
        wholes_seen: list[Stated] = []
        for doc_id in docs:
            # a change stated beside a part (`其中X…万元，比上年增加…万元`) is no part of the whole
            amounts = [a for a in document_amounts(reader, doc_id)
                       if a.quantity.unit not in ("%", "百分点") and reader.year_ok(query, a.hit)
                       and not CHANGE_BEFORE.search(a.lead)]
            if any(name in a.words for a in amounts for name in rest_names) \
                    or undone and any(_undone_after(reader, a, part) for a in amounts):
                return None  # the document names the rest itself: a lookup answers
            if query.units:
                amounts = [a for a in amounts
                           if a.quantity.unit in query.units or _people_counted(a, whole, query.units)]
            # the part as the question writes it, else as documents write it (住校 → 寄宿生)
            # (those who passed a screening as reports count them: 没通过 of `经审核，符合要求的M人`)
            nouns = tuple(dict.fromkeys(n for verb in (part, *_active(part))
                                        for n in (verb, *synonyms().get(verb, ()), *_without_result(verb),
                                                  *(passing_words().get(verb, ()) if undone else ()))))
            wholes = (*_named_otherwise(whole), *_unsupplied(whole, reader.supplied(doc_id)))
            found = next((f for w in wholes for noun in nouns if (f := part_pairs(amounts, noun, w, undone))), [])
            if not found and undone:
                found = next((f for noun in nouns if (f := scope_pairs(reader, amounts, noun))), [])
            wholes_seen += [w for w in amounts if whole and _names(w, whole)]
            if found:
                pairs = found
                break
        if not pairs:
            if wholes_seen:  # the whole is stated, its part is not: say so rather than guess
                rest = f"未{part}的{whole}" if undone else rest_names[0]
                return ambiguous_apart(reader, wholes_seen, f"文件给出了{whole}的数值，但没有给出其中{part}的数值，"
                                                            f"无法计算{rest}的数量。")
            return None
        if len({(w.quantity.value, p.quantity.value) for w, p in pairs}) > 1 and whole:
            # the pair whose whole's own words name the whole asked, by it or its head noun (`涉及金额合计` for
            # 审计问题金额), over one whose whole is only the larger count before those who did it
            worded = [(w, p) for w, p in pairs if _names(w, whole) or whole[-HEAD_CHARS:] in w.words]
            pairs = worded or pairs
        if len({(w.quantity.value, p.quantity.value) for w, p in pairs}) > 1:
            pairs = _outermost(pairs)
        if len({(w.quantity.value, p.quantity.value) for w, p in pairs}) > 1:
            return ambiguous_apart(reader, [x for pair in pairs for x in pair],
                                   f"文件中{whole or part}的数值不止一组，无法确定按哪一组计算。")
        w, p = pairs[0]
        rest = f"未{part}的{whole or w.words}" if undone else f"{whole or w.words}中{rest_names[0]}"
        try:
            result = remainder(w.operand(whole or w.words), p.operand(p.words if undone else part), label=rest)
        except ComputeError:
            return None
        return draft_apart(reader, ask.book, result, [w, p])


_NEGATION = r"(?:未|没有|没|尚未|仍未)"
_CLAUSE_AFTER = re.compile(r"[，,。；;！？!?\n]")


def _undone_after(reader: Reader, a: Stated, part: str) -> bool:
    """Whether the clause after the amount says it is of those not done, the part's words in their order with a few
    of the document's between them (`尚有3项工程未完成结算审计` for 未完成审计): the rest stated, no whole − done."""
    words = [w for w in segment_words(part) if w.strip()]
    if not words:
        return False
    text = reader.documents[a.hit.chunk.doc_id].text
    end = _CLAUSE_AFTER.search(text, a.quantity.end)
    after = normalize(text[a.quantity.end:end.start() if end else a.quantity.end + 40])
    return re.search(_NEGATION + r"[^，,。；;]{0,4}?".join(map(re.escape, words)), after) is not None


def _outermost(pairs: list[tuple[Stated, Stated]]) -> list[tuple[Stated, Stated]]:
    """The pairs whose part no other pair's part splits: a report splits what was done into its kinds right after
    it (`实际支出37606万元。其中基本支出29810万元，项目支出7796万元`), and each kind names the verb too, but the
    rest of the whole is what the whole leaves beside the sum done, not beside one kind of it."""
    parts = [p for _, p in pairs]
    return [(w, p) for w, p in pairs
            if not any(q is not p and q.quantity.unit == p.quantity.unit and q.quantity.value > p.quantity.value
                       and (split_next(q, p) or (q.sentence == p.sentence and q.quantity.end <= p.quantity.start
                                           and _splits(q, p))) for q in parts)]


# a verb's complement of completion (`整改到位`, `拨付完毕`): documents state what was done by the bare verb (`已整改`)
_RESULT = re.compile(r"(?:到位|完毕|完成|好)$")


def _without_result(verb: str) -> tuple[str, ...]:
    bare = _RESULT.sub("", verb)
    return (bare,) if bare != verb and len(bare) >= 2 else ()


def _active(verb: str) -> tuple[str, ...]:
    """The verb without its passive 被 (`被抽到` → 抽到): documents state what was done in the active voice."""
    bare = verb.removeprefix("被")
    return (bare,) if bare != verb and len(bare) >= 2 else ()


def _named_otherwise(whole: str) -> tuple[str, ...]:
    """The whole, and as documents name it when the question ends it with an everyday word (`小学学生` →
    小学在校生: server/lexicon/synonyms.tsv)."""
    other = [whole[:-len(word)] + alt for word, alts in synonyms().items() if len(word) >= 2 and whole.endswith(word)
             and len(whole) > len(word) for alt in alts]
    return (whole, *dict.fromkeys(other))


def _unsupplied(whole: str, supplied: str) -> tuple[str, ...]:
    """The whole without the words it opens with that the document supplies (`平安校园五年投入` → 五年投入 in a plan
    titled on 平安校园): a question opens with the subject of the document, which its sentences leave unsaid."""
    cut = next((n for n in range(len(whole) - 2, 1, -1) if whole[:n] in supplied), 0)
    return (whole[cut:],) if cut else ()


def _people_counted(a: Stated, whole: str, units: tuple[str, ...]) -> bool:
    """Whether a count in 人/名 answers `…有几个` of a whole that is people (`不参加体检的学生有几个`): 个 is the
    classifier questions use for anything counted, documents count people in 人 or 名."""
    return units == ("个",) and a.quantity.unit in ("人", "名") and unit_nouns().get(whole) == "people"


def part_pairs(amounts: list[Stated], part: str, whole: str, undone: bool = False) -> list[tuple[Stated, Stated]]:
    """(whole, part) amounts of one sentence: the part named best by `part` (or by its words before
    the whole's, `企业` of `企业经营主体`), after a larger amount of its unit the sentence splits
    (`…，其中…`) named by `whole` (any, when the question names none, so long as it is the only
    one). A whole that also names the part's own words (`新建公办幼儿园24所，其中城区…9所` for
    公办园) is taken only when no other fits. Of those who did a thing (`undone`), the whole needs no
    `其中`: the larger amount before them in their sentence, named by the question's whole or the
    only one there (`在校生9800人，参加体检的学生9650人`)."""
    nouns = [part] + ([part[:-len(whole)]] if whole and part.endswith(whole) and len(part) - len(whole) >= 2 else [])
    own = part[:-len(whole)] if whole and part.endswith(whole) else part
    scored = []
    for i, p in enumerate(amounts):
        fits = [naming(p, n) for n in nouns if _names(p, n)]
        if not fits:
            continue
        before = [w for w in amounts[:i] if (w.sentence == p.sentence or split_next(w, p))
                  and w.quantity.unit == p.quantity.unit and w.quantity.value > p.quantity.value
                  and (undone or _splits(w, p))]
        if undone and not before and whole:
            # those who did it opening the next sentence (`排查隐患140处。截至…，已排除128处`): the whole is
            # the sentence before's larger count the question's whole names
            before = [w for w in amounts[:i] if _sentence_before(w, p) and w.quantity.unit == p.quantity.unit
                      and w.quantity.value > p.quantity.value and _named_within(w, whole)]
            if len(before) != 1:
                before = _whole_stated_apart(amounts[:i], p, whole)
            if len(before) != 1:
                continue
        if undone and len(before) == 1:
            pass  # the one larger count before those who did it: their whole, however it is worded
        elif whole:
            before = [w for w in before if _names(w, whole)]
        elif len(before) > 1:  # which of the sentence's counts is the whole: unclear
            before = []
        scored += [((max(fits), not _names(w, own)), w, p) for w in before[-1:]]
    top = max((score for score, _, _ in scored), default=None)
    return [(w, p) for score, w, p in scored if score == top]


def _whole_stated_apart(earlier: list[Stated], done: Stated, whole: str) -> list[Stated]:
    """The whole stated in an earlier sentence of the document (`…其中市级奖补资金540万元；…` in the plan's section,
    `市级奖补资金拨付偏慢，至10月底拨付380万元` in the problems'): reports state a sum due where they set out the
    plan and what has arrived where they review progress. Only when the sentence of those who did it names the
    whole itself and the earlier amounts the whole names, larger and in its unit, are of one value; else []."""
    chunk = done.hit.chunk
    sentence = flat(normalize(chunk.text[done.sentence[0] - chunk.start:done.sentence[1] - chunk.start]))
    # … or by its head noun in the words of those who did it (`已整改金额`), the earlier amount's words holding the
    # head and its sentence every word of the whole (`审计…发现…类问题，所涉金额共…` for 审计问题金额)
    head = whole[-HEAD_CHARS:]
    if len(whole) < 2 or (whole not in sentence and head not in done.words):
        return []
    named = [w for w in earlier if w.sentence != done.sentence and w.quantity.unit == done.quantity.unit
             and w.quantity.value > done.quantity.value
             and (naming(w, whole) >= 1.0 or (whole not in sentence and head in w.words and sentence_holds(w, whole)))]
    return named[:1] if len({w.quantity.value for w in named}) == 1 else []


HEAD_CHARS = 2  # a whole's head noun (金额, 学生): the characters its name ends with
# a scope a count covers (`全县38所`, `目前全县已有35所`), and a count stated as already done (`已有`, `已`)
_SCOPE_WORD = re.compile(r"(?:全|本)[省市区县镇乡]")
_DONE_LEAD = re.compile(r"已(?:经)?(?:有|达)?$")


def scope_pairs(reader: Reader, amounts: list[Stated], verb: str) -> list[tuple[Stated, Stated]]:
    """(whole, done) of a notice or report that counts what its scope covers in one sentence (`对全县38所中小学…开展
    检查`) and what has been done across the same scope in another (`目前全县已有35所学校的…监控接入…系统`), the
    verb asked written after the done count: the whole is the one larger count of its unit under the same scope
    word stated before it. [] unless exactly one done count and one whole value fit."""
    done = [a for a in amounts if _DONE_LEAD.search(a.lead.strip()) and _SCOPE_WORD.search(a.lead)
            and _verb_after(reader, a, verb)]
    if len(done) != 1:
        return []
    d = done[0]
    scope = _SCOPE_WORD.findall(d.lead)[-1]
    wholes = [w for w in amounts if w.quantity.start < d.quantity.start and w.sentence != d.sentence
              and w.quantity.unit == d.quantity.unit and w.quantity.value > d.quantity.value and scope in w.lead]
    return [(wholes[0], d)] if len({w.quantity.value for w in wholes}) == 1 else []


def _verb_after(reader: Reader, a: Stated, verb: str) -> bool:
    """Whether the amount's sentence after it writes `verb` (as the question does, or its characters in order
    with a short word between: `接入110平台` in `接入110报警平台`)."""
    text = normalize(reader.documents[a.hit.chunk.doc_id].text[a.quantity.end:a.sentence[1]])
    return len(verb) >= 2 and any(in_order(verb, text[m.start():]) for m in re.finditer(re.escape(verb[0]), text))


def _names(a: Stated, noun: str) -> bool:
    """Whether the amount's words name `noun`: most of it in one run, or all its characters in order
    (the short forms documents and questions use: 公办园 for 公办幼儿园). A question's `X的Y` is read
    as well without its 的, which documents leave out of a name (`新招聘的教师` for 新招聘教师)."""
    return any(_names_as(a, n) for n in dict.fromkeys((noun, noun.replace("的", ""))) if len(n) >= 2)


def _names_as(a: Stated, noun: str) -> bool:
    if naming(a, noun) >= NAME_SHARE_MIN:
        return True
    rest = iter(a.words)
    return naming(a, noun) > 0 and all(ch in rest for ch in noun)


def _named_within(a: Stated, noun: str) -> bool:
    """Whether the amount's words, at least two characters and half the noun, stand in order within the noun
    (`排查隐患` within 安全检查排查的隐患): a document names in short what a question names in full."""
    rest = iter(noun)
    return len(a.words) >= max(2, len(noun) / 2) and all(ch in rest for ch in a.words)


def _sentence_before(whole: Stated, part: Stated) -> bool:
    """Whether the whole's sentence is the one just before the part's, in the same passage."""
    chunk = part.hit.chunk
    return whole.hit.chunk.chunk_id == chunk.chunk_id and whole.sentence[1] <= part.sentence[0] \
        and not chunk.text[whole.sentence[1] - chunk.start:part.sentence[0] - chunk.start].strip()


def _splits(whole: Stated, part: Stated) -> bool:
    """Whether the words between the whole and the part (one sentence, so one passage) make the part
    one of the whole's."""
    chunk = part.hit.chunk
    between = chunk.text[whole.quantity.end - chunk.start:part.quantity.start - chunk.start]
    return bool(_SPLITS.search(between) or _BRACKETED.fullmatch(between))
