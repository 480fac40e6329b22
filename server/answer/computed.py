"""Figures the documents do not state but their amounts give: a share, ratio, difference, change
or the year before, computed by server.calc from the answering sentence and the sentences just
before it, with formula and inputs; a share whose part and whole stand apart, from each looked up
by its noun in the whole document."""
from __future__ import annotations

import re
from dataclasses import replace

from figures.changes import find_changes
from figures.compute import Computation, ComputeError, Operand, ratio, share, times
from figures.direction import CHANGE_BEFORE
from figures.numbers import find_quantities
from ingest.clauses import clause_end
from ingest.normalize import normalize, pauses
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import CitationBook, Claim, Draft, table_of
from server.answer.evidence import PLANNED, Reader
from server.answer.operands import (
    Stated,
    ambiguous_apart,
    document_amounts,
    draft_apart,
    holds_in_order,
    named,
    naming,
    sentence_holds,
    several_values,
)
from server.answer.perone import per_head_words
from server.answer.text import computed_figure, display, flat, quantity_figure, region_of
from server.calc import bare_noun, judged_shares, prose_compute, table_compute, verdict_text
from server.intent import share_nouns
from server.operation import ASKS_COMPLETION, STATES_COMPLETION, asked_subject
from server.query import Query
from server.retrieve import Hit

PROSE_OPERATIONS = ("share", "ratio", "difference", "previous", "start")  # computed from counts a passage states
CANDIDATE_PASSAGES = 8  # leading passages whose documents a share's part and whole are looked up in
CONTEXT_SENTENCES = 2  # sentences before the answering one whose amounts a computation may use


class ProseComputation:
    """The question asks for a computation and the evidence is a sentence holding its operands."""

    def try_answer(self, ask: Ask) -> Draft | None:
        if not ask.query.operation or ask.evidence.hit.chunk.row_index is not None:
            return None
        if _aim_stated(ask):
            return None  # a share's aim is set by the plan, never computed from the counts of the present
        draft = prose_computation(ask.reader, ask.query, ask.evidence.hit, ask.evidence.span, ask.book)
        if draft is None and ask.query.operation == "share":
            return share_apart(ask)
        return draft


def _aim_stated(ask: Ask) -> bool:
    """A share's aim asked (`…占比目标是多少`) of evidence that states one as planned (`到2028年…占比达到35%以上`)."""
    query, evidence = ask.query, ask.evidence
    if query.operation != "share" or "target" not in query.intents or not evidence.states:
        return False
    sentence = normalize(ask.reader.documents[evidence.hit.chunk.doc_id].text[slice(*evidence.span)], drop_space=True)
    return bool(PLANNED.search(sentence)) and any(q.unit == "%" for q in find_quantities(sentence))


# a share asked without 占 (server/intent.py reads `占…几成`, `占比`): `总经费里市财政负担了几成`,
# `县级财政承担了总投资的几成`, `中央资金出了多大比例`; the verbs say who bears or gets what part of a whole
_SHARE_ASK = r"(?:几成|多少成|多大(?:的)?比例|多少比例|百分之几|百分之多少|多大比重)"
_SHARE_VERBS = r"(?:承担|负担|分担|出资|出|拿|投入|安排|贡献|分配|得到|获得|享受|覆盖|涵盖|有|是)"
_WHOLE_THEN_PART_TENTHS = re.compile(rf"(?P<whole>[\u4e00-\u9fff]{{2,20}})(?:中|里|当中|之中|里面)[,，]?"
                                     rf"(?P<part>[\u4e00-\u9fff]{{2,20}}?){_SHARE_VERBS}?了?{_SHARE_ASK}")
_PART_VERB_WHOLE = re.compile(rf"(?P<part>[\u4e00-\u9fff]{{2,20}}?){_SHARE_VERBS}了?(?P<whole>[\u4e00-\u9fff]{{2,20}}?)"
                              rf"的{_SHARE_ASK}")
# the whole first, then what share of it did the part's act (`参加复试的考生中有几成录取`, `X中最终有几成Y`)
_WHOLE_THEN_SHARE_PART = re.compile(rf"(?P<whole>[\u4e00-\u9fff]{{2,20}}?)(?:的人)?(?:中|里|当中|之中)?[,，]?"
                                    rf"(?:最后|最终)?"
                                    rf"有{_SHARE_ASK}(?:的人)?(?:被|能|会|获)?(?P<part>[\u4e00-\u9fff]{{2,20}}?)"
                                    rf"(?:了)?(?:吗|呢)?$")
_TENTHS = re.compile(r"几成|多少成")
HEAD_CHARS = 2  # a whole's head noun (投资, 经费, 幼儿): the characters its name ends with
# wider than figures/direction.py's verbs on purpose: any word built on 增/减/涨/降 (增幅, 新增, 减半) marks a change
_CHANGE_VERB = re.compile(r"增|减|提高|提升|下降|降低|上升|涨|降|变化")
_QUOTES = re.compile(r"[“”\"'‘’《》「」]")
_YEAR = re.compile(r"(?:19|20)\d\d\s*年(?:度|底|末)?")  # a year the question is asked of names no noun


def asked_share_nouns(norm: str) -> tuple[str, str]:
    """(part, whole) of a share a question asks by its verb, not by 占 (`总经费里市财政负担了几成`)."""
    # (the whole-first form before the others: its `中最终有` would read as a part named 最终)
    m = _WHOLE_THEN_SHARE_PART.search(norm) or _WHOLE_THEN_PART_TENTHS.search(norm) or _PART_VERB_WHOLE.search(norm)
    return (m.group("part"), m.group("whole")) if m else ("", "")


class ShareByVerb:
    """Handler: a share asked by who bears or gets part of a whole (`承担了几成`, `出了多大比例`), which the
    question's analysis does not read as a share: computed as one, by the share machinery above, from the
    part and whole its words name."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        # `出了…百分之几` reads as a growth by its asking words alone; a change verb makes it one
        if query.operation not in ("", "growth") or _CHANGE_VERB.search(query.norm) or query.asked.compliance \
                or len(query.asks) > 1:
            return None
        part, whole = asked_share_nouns(_QUOTES.sub("", normalize(query.text)))
        if not part or not whole:
            return None
        draft = self._share(ask, part, whole)
        if draft is not None and not draft.abstained:
            return draft
        # the whole under another qualifier than the question's (`规划总投资` asked, `项目总投资6.4亿元，其中…`
        # stated): the amount the part's `其中` list splits, when its words end as the question's whole does
        split = self._share(ask, part, "")
        head = whole[-HEAD_CHARS:]
        if split is not None and not split.abstained and split.figures and len(split.figures[0].inputs) == 2 \
                and normalize(str(split.figures[0].inputs[1].get("label", ""))).endswith(head):
            return split
        return draft

    @staticmethod
    def _share(ask: Ask, part: str, whole: str) -> Draft | None:
        query = ask.query
        asked = replace(query.asked, operation="share", part=part, whole=whole, units=("%", "百分点"), number=True)
        shared = Ask(replace(query, asked=asked), ask.hits, ask.reader, ask.search, ask.scope,
                     CitationBook(ask.reader.documents), ask.given)
        found = share_apart(shared) if shared.evidence.hit.chunk.row_index is not None \
            else ProseComputation().try_answer(shared)
        if found is not None:
            ask.book = shared.book
        return found


def in_tenths(query: Query, result: Computation) -> None:
    """A share asked in 成 (`占几成`) is also given so: `约4.5成` beside 45.4%."""
    if result.unit == "%" and _TENTHS.search(query.norm):
        tenths = f"{result.value / 10:.1f}".rstrip("0").rstrip(".")
        exact = abs(result.value / 10 - round(result.value / 10, 1)) < 1e-9
        said = f"{'即' if exact else '约'}{tenths}成"
        result.note = f"{result.note}；{said}" if result.note else said


class ProseOverTable:
    """A share, ratio or difference the best table row cannot give, computed from the counts a
    passage states (`公辦在園幼兒19943人` of `在園幼兒36381人` rather than a rate row)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        chunk = ask.evidence.hit.chunk
        if query.operation not in PROSE_OPERATIONS or chunk.row_index is None:
            return None
        table = table_of(reader.documents[chunk.doc_id], chunk)
        if table is None or table_compute(query, table, table.rows[chunk.row_index]) is not None:
            return None
        prose = [h for h in ask.ranked if h.chunk.row_index is None]
        if not prose:
            return None
        alternative = reader.evidence(query, prose)
        if reader.refusal(query, alternative.hit):
            return None
        found = prose_computation(reader, query, alternative.hit, alternative.span, CitationBook(reader.documents))
        # a share whose part the table has no column for (a fund's sources, stated in the notice's prose, beside
        # a table of what it is spent on): part and whole each looked up by its noun, as for prose evidence
        return share_apart(ask) if found is None and query.operation == "share" else found


def prose_computation(reader: Reader, query: Query, hit: Hit, sentence: tuple[int, int],
                      book: CitationBook) -> Draft | None:
    """The computed figure the question asks for, from the amounts of the answering sentence
    and the sentences just before it in its passage; cited as the span its inputs come from."""
    doc = reader.documents[hit.chunk.doc_id]
    before = [s for s in split_sentences(doc.text, hit.chunk.start, sentence[0])][-CONTEXT_SENTENCES:]
    window = (before[0][0] if before else sentence[0], sentence[1])
    computed = prose_compute(query, doc.text, window, sentence)
    if not computed:
        return stated_rate(reader, query, hit, sentence, book) if query.operation == "growth" else None
    for c in computed:
        in_tenths(query, c)
    sources = [i["source"] for c in computed for i in c.inputs if (i.get("source") or {}).get("start") is not None]
    starts = [src["start"] for src in sources]
    last = max([sentence[1]] + [src["end"] for src in sources if src.get("end")])
    if last > sentence[1]:  # an input in the sentence after: cite through the end of that sentence
        last = next((e for s, e in split_sentences(doc.text, sentence[1], hit.chunk.end) if e >= last), last)
    span = (min([sentence[0]] + [s for s in starts if s >= window[0]]), last)
    span = next(((s, last) for s, e in before + [sentence] if s <= span[0] < e), span)
    n = book.cite(hit, *span)
    lines = "；".join(f"{c.label}：{c.formula}{f'（{c.note}）' if c.note else ''}[{n}]" for c in computed)
    figures = [computed_figure(c, n) for c in computed]
    verdict = ""
    judged = judged_shares(query, computed)  # `…的比例符合国家标准吗`: judged against the indicator's standard
    if judged:
        worst = next((j for j in judged if j.flag == "fail"), judged[0])
        verdict = f"{verdict_text(worst, query.norm)}："
        lines += "；" + "；".join(j.note or j.formula for j in judged)
        figures += [computed_figure(j, n) for j in judged]
    return Draft(f"{verdict}{lines}。依据{region_of(doc)}文件：“{display(doc.text[span[0]:span[1]])}”[{n}]", False,
                 book.citations, figures, [Claim(c.unit, c.label, hit, span, True) for c in computed])


_SUBJECT_VERB = re.compile(r"(?:达到|达|为|是|有|共计|共|约)$")  # `教育总投入达到`: the subject without its verb


def stated_rate(reader: Reader, query: Query, hit: Hit, sentence: tuple[int, int], book: CitationBook) -> Draft | None:
    """A growth asked (`增幅`, `增长了百分之几`) that the sentence states as a rate beside the level
    (`教育总投入12.6亿元，比上年增长5.8%`): the rate, never the level — the one whose subject carries most of
    the question's words when the sentence states several."""
    doc = reader.documents[hit.chunk.doc_id]
    rates = [st for st in find_changes(doc.text, *sentence) if st.rate is not None]
    if not rates:
        return None
    st = max(rates, key=lambda c: reader.coverage(query, flat(normalize(c.subject)))[0])
    assert st.rate is not None
    n = book.cite(hit, *sentence)
    subject = _SUBJECT_VERB.sub("", normalize(st.subject).strip("，,、 "))
    said = display(doc.text[st.start:st.end])
    return Draft(f"{subject}增幅：{st.rate.text}（文件写“{said}”）[{n}]。"
                 f"依据{region_of(doc)}文件：“{display(doc.text[sentence[0]:sentence[1]])}”[{n}]", False,
                 book.citations, [quantity_figure(f"{subject}增幅", st.rate, n)],
                 [Claim("%", f"{subject}增幅", hit, sentence)])


# words around a share's nouns as questions write them that name neither (`占多大`, a year, also one named
# from now, `去年`, `全省`)
_NOUN_TRIM = re.compile(r"占.*$|^.*?\d{4}年|^(?:年底|年末|年初|底|末)|^(?:全省|全市|全区|全县|全国)|"
                        r"^(?:全年|当年|本年|今年|年度|去年|上年|前年|明年)")


def written_share_nouns(query: Query) -> tuple[str, str]:
    """(part, whole) of a share as the question writes them (query.asked: as retrieval reads them), its
    years and quotes dropped (`“三公”经费中…`, `2025年新招聘的教师中…`)."""
    return share_nouns(_QUOTES.sub("", _YEAR.sub("", normalize(query.text))))


def share_noun(words: str, query: Query) -> str:
    """A share's part or whole as the question names it, without its places, year or scope (`全县`), flat."""
    return flat(normalize(_NOUN_TRIM.sub("", bare_noun(words, query))))


def share_apart(ask: Ask) -> Draft | None:
    """part ÷ whole when the question names both and the document states them in different sentences
    or passages (`专任教师1200人` in one paragraph, `研究生学历教师96人` in another): each looked up by
    its own words in every passage of one document (server/answer/operands.py), the whole larger
    and in the part's unit. Two amounts fitting a noun equally with different values make it abstain."""
    query = ask.query
    for part, whole in dict.fromkeys([written_share_nouns(query), (query.asked.part, query.asked.whole)]):
        found = share_named(ask, part, whole)
        if found is not None:
            return found
    return None


def share_named(ask: Ask, part: str, whole: str) -> Draft | None:
    """part ÷ whole, each looked up by the noun given in every passage of one document (share_apart)."""
    query, reader = ask.query, ask.reader
    part_noun, whole_noun = (share_noun(n, query) for n in (part, whole))
    if len(part_noun) < 2 or len(whole_noun) < 2 or part_noun == whole_noun:
        return None
    for doc_id in ask.ranked_docs(CANDIDATE_PASSAGES):
        amounts = [a for a in document_amounts(reader, doc_id) if a.quantity.unit not in ("%", "百分点")
                   and reader.year_ok(query, a.hit) and not reader.dated_otherwise(query, a.hit, a.sentence)
                   and not CHANGE_BEFORE.search(normalize(a.lead).strip())]
        parts, wholes = (_best_named(amounts, noun, other) for noun, other in
                         ((part_noun, whole_noun), (whole_noun, part_noun)))
        parts = _as_totals(parts, amounts)
        headed = [p for p in parts if part_noun[-HEAD_CHARS:] in p.words]
        if headed and not wholes:
            # a whole named by its head noun, its sentence spreading the rest of its words over other clauses
            # (`审计…发现7类问题，所涉金额共…` for 审计问题金额), of a part its own words name by its head too
            # (`…补助资金512.8万元` for 营养改善计划资金)
            parts = headed
            wholes = [a for a in amounts if whole_noun[-HEAD_CHARS:] in a.words and sentence_holds(a, whole_noun)
                      and a.quantity.unit == parts[0].quantity.unit and a.quantity.value > parts[0].quantity.value]
        if parts and not wholes:
            # a whole named by the act its count did (`N人参加复试` for 参加复试的人): the words after the count
            wholes = [a for a in amounts if a.quantity.unit == parts[0].quantity.unit
                      and a.quantity.value > parts[0].quantity.value and whole_noun in _acted(reader, a)]
        # `民办幼儿园在园幼儿` of `其中民办幼儿园134所，在园幼儿3.28万人`
        if not parts and part_noun.endswith(whole_noun):
            parts = _named_with_clause_before(reader, amounts, part_noun, whole_noun)
            wholes = [w for w in wholes if w not in parts]
        if not parts or not wholes:
            continue
        several = several_values(reader, [parts, wholes], "文件中所问比例的数值不止一个，无法确定按哪一项计算。")
        if several is not None:
            return several
        p, w = parts[0], wholes[0]
        if p.quantity.unit != w.quantity.unit or p.quantity.value >= w.quantity.value:
            return None
        names = [_NOUN_TRIM.sub("", bare_noun(n, query)) for n in (part, whole)]
        try:
            result = share(p.operand(names[0]), w.operand(names[1]), label=f"{names[0]} 占 {names[1]} 比例")
        except ComputeError:
            return None
        in_tenths(query, result)
        return draft_apart(reader, ask.book, result, [p, w])
    return None




def _rate_or_bound(a: Stated) -> bool:
    """An amount stated per head (`每生每学期…`) or as a bound (`不超过N元`): a rule's, no part of a total."""
    return a.quantity.qualifier in ("<=", ">=") or per_head_words(normalize(a.lead))


def _as_totals(parts: list[Stated], amounts: list[Stated]) -> list[Stated]:
    """The parts fit to be a share's part: never an amount per head or a bound. A sentence naming the part by its
    subject that states the rate it is collected at, then what it came to (`X部分按每生…不超过N元收取，全年收取
    M万元`): its one other amount in that unit, stated as it is, is the part's."""
    kept = [p for p in parts if not _rate_or_bound(p)]
    if kept or not parts:
        return kept
    sentences = {p.sentence for p in parts}
    others = [a for a in amounts if a.sentence in sentences and a not in parts and not _rate_or_bound(a)
              and a.quantity.unit == parts[0].quantity.unit]
    return others if len(others) == 1 else []


def _acted(reader: Reader, a: Stated) -> str:
    """The flat words of the amount's clause after it (`N人进入复试` → 进入复试): what the counted did."""
    text = reader.documents[a.hit.chunk.doc_id].text
    return flat(normalize(text[a.quantity.end:clause_end(text, a.quantity.end, ceiling=a.sentence[1])]))


def _named_with_clause_before(reader: Reader, amounts: list[Stated], part: str, whole: str) -> list[Stated]:
    """The amounts named by the whole's noun whose clause before, in the same sentence after its
    `其中`, names what sets the part apart (`其中民办幼儿园134所，在园幼儿3.28万人` for 民办幼儿园在园幼儿:
    statistics bulletins state a kind's count, then its pupils, in the clause after)."""
    own = part[:-len(whole)]
    out = []
    for a in amounts:
        if naming(a, whole) < 1.0:
            continue
        text = reader.documents[a.hit.chunk.doc_id].text
        before = flat(normalize(text[a.sentence[0]:a.quantity.start]))
        split = before.rfind("其中")
        if split >= 0 and own in before[split:]:
            out.append(a)
    return out


def _best_named(amounts: list[Stated], noun: str, other: str) -> list[Stated]:
    """The amounts named best by `noun` (and not better by `other`); of those, the ones whose words
    add least to it: a bulletin names a total by the bare noun and each part by the noun with its
    qualifier (`在园幼儿68350人，其中公办园在园幼儿35180人`; `…经费总投入` against `学前教育经费总投入`)."""
    # a part named as its whole with a qualifier (`义务教育经费总投入` of `教育经费总投入`): every amount
    # the part's noun names, the whole's names as fully
    fits = [a for a in named(amounts, noun) if other in noun or naming(a, noun) > naming(a, other)]
    if not fits:
        return []
    top = naming(fits[0], noun)
    best = [a for a in fits if naming(a, noun) == top]
    least = min(_extra_words(a, noun) for a in best)
    return [a for a in best if _extra_words(a, noun) == least]


def _extra_words(a: Stated, noun: str) -> int:
    """How many of the amount's words are not the noun's."""
    return len(a.words) - round(naming(a, noun) * len(noun))



_COMPLETION_WORDS = re.compile(r"的?(?:完成率|完成比例|完成进度|完成(?:了)?(?:年度|全年)?(?:计划|目标|任务)?|"
                               r"(?:计划|目标|任务)完成(?:了)?)")
# words of a clause that set the amount as a plan's target, and words that report what was done
_TARGET_WORDS = re.compile(r"计划|目标|任务|预期|预算|拟|力争")
_DONE_WORDS = re.compile(r"实际|实现|完成|已|达到|新增|建成")
_CLAUSE_CUT = re.compile(pauses("，；;：:"))


def planned_and_done(reader: Reader, query: Query, doc_id: str,
                     noun: str) -> tuple[list[Stated], list[Stated]] | None:
    """The amounts of `noun` the document states as a plan's target (by its clause's plan words) and as done
    (by its words of doing, in a target's unit: `计划新增学位8000个，实际新增学位6800个`); None when it states
    the completion rate itself."""
    text = reader.documents[doc_id].text
    stated = document_amounts(reader, doc_id)
    # (else a noun the document writes with a qualifier inside it: 食堂留样柜 of 食堂智能留样柜)
    amounts = [a for a in named(stated, noun) or [a for a in stated if holds_in_order(a.words, noun)]
               if a.quantity.unit not in ("%", "百分点") and reader.year_ok(query, a.hit)]
    if any(STATES_COMPLETION.search(normalize(text[a.sentence[0]:a.sentence[1]])) for a in amounts):
        return None
    clause = {id(a): _CLAUSE_CUT.split(text[a.sentence[0]:a.quantity.start])[-1] for a in amounts}
    targets = [a for a in amounts if _TARGET_WORDS.search(clause[id(a)])]
    done = [a for a in amounts if not _TARGET_WORDS.search(clause[id(a)])
            and _DONE_WORDS.search(clause[id(a)]) and any(t.quantity.unit == a.quantity.unit for t in targets)]
    if targets and not done:
        done = _elided_done(reader, doc_id, targets)
    return targets, done


# a clause of only the words of doing (`实际完成N台`): a summary names the thing once, in its plan's clause
_ONLY_DONE = re.compile(r"(?:实际|已经?|共|累计)?(?:完成|建成|新增|达到|实现)了?")


def _elided_done(reader: Reader, doc_id: str, targets: list[Stated]) -> list[Stated]:
    """The amounts right after a target in its sentence whose clause is only words of doing, in its unit
    (`计划新增X N台，实际完成M台`): the thing done is the plan's, its noun left out."""
    text = reader.documents[doc_id].text
    amounts = document_amounts(reader, doc_id)
    found = []
    for t in targets:
        after = [a for a in amounts if a.sentence == t.sentence and a.quantity.start >= t.quantity.end]
        nxt = min(after, key=lambda a: a.quantity.start, default=None)
        if nxt is None or nxt.quantity.unit != t.quantity.unit:
            continue
        clause = _CLAUSE_CUT.split(text[t.quantity.end:nxt.quantity.start])
        if len(clause) == 2 and _ONLY_DONE.fullmatch(clause[1].strip()):
            found.append(nxt)
    return found


class CompletionRate:
    """Handler: 完成率 = what was done ÷ its target, when a document states both apart (`计划新增学位
    8000个，实际新增学位6800个`), each looked up by the thing the question names, the target by its
    clause's plan words and the amount done by its clause's words of doing (server/answer/operands.py).
    A rate the document states is quoted by a lookup; two targets or two amounts done that differ
    make it abstain, and so does a target without an amount done, rather than answer either."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if not ASKS_COMPLETION.search(query.norm) or len(query.asks) > 1:
            return None
        noun = share_noun(asked_subject(_COMPLETION_WORDS.sub("", query.norm)), query)  # (its places dropped)
        if len(noun) < 2:
            return None
        for doc_id in ask.ranked_docs(CANDIDATE_PASSAGES):
            found = planned_and_done(reader, query, doc_id, noun)
            if found is None:
                return None  # the rate is stated: a lookup quotes it
            targets, done = found
            if not targets:
                continue
            if not done:
                return ambiguous_apart(reader, targets, f"文件给出了{noun}的计划数，但没有给出实际完成数，"
                                       "无法计算完成率。")
            several = several_values(reader, [targets, done],
                                     "文件中计算完成率所需的数值不止一个，无法确定按哪一项计算。")
            if several is not None:
                return several
            target = next(t for t in targets if t.quantity.unit == done[0].quantity.unit)
            try:
                result = share(done[0].operand(f"实际{noun}"), target.operand(f"计划{noun}"), label=f"{noun} 完成率")
            except ComputeError:
                return None
            result.formula = f"完成率 = 实际 ÷ 计划 = {result.formula}"
            return draft_apart(reader, ask.book, result, [done[0], target], ask.query)
        return None


# an amount per student asked (`生均营养改善计划资金`, `每生…`, `人均…`) and the words naming the heads
_PER_HEAD_ASKED = re.compile(r"生均|每生|每名学生|人均")
_HEADS = re.compile(r"学生|在校生|幼儿|儿童|受益|惠及|资助")


class PerHead:
    """Handler: an amount per student the document does not state, from the total it states for the
    thing the question names and the students its own sentence counts (`投入营养改善计划资金3000万元，
    受益学生20000人` → 3000万元 ÷ 20000人): never from a count stated elsewhere, and only when no
    per-head amount of the thing is stated (a lookup quotes that one). Two totals or two counts of
    students that differ make it abstain."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if (query.operation or query.asked.compliance or len(query.asks) > 1
                or not any(u.startswith("元/") for u in query.asked.units)):
            return None
        m = _PER_HEAD_ASKED.search(query.norm)
        if m is None:
            return None
        noun = flat(normalize(_NOUN_TRIM.sub("", asked_subject(query.norm[m.end():]))))
        if len(noun) < 2:
            return None
        for doc_id in ask.ranked_docs(CANDIDATE_PASSAGES):
            amounts = [a for a in document_amounts(reader, doc_id) if reader.year_ok(query, a.hit)]
            fully = [a for a in named(amounts, noun) if naming(a, noun) >= 0.99]
            if any(a.quantity.unit.startswith("元/") for a in fully):
                return None  # stated per head: a lookup quotes it
            totals = [a for a in fully if a.quantity.unit == "元"]
            if not totals:
                continue
            heads = [a for a in amounts if a.quantity.unit == "人" and a.sentence == totals[0].sentence
                     and _HEADS.search(a.words)]
            if not heads:
                return None  # no students counted beside the total: not computed from a count elsewhere
            several = several_values(reader, [totals, heads],
                                     "文件中计算生均数所需的数值不止一个，无法确定按哪一项计算。")
            if several is not None:
                return several
            total, head = totals[0], heads[0]
            try:
                result = ratio(total.operand(noun), head.operand(head.words), label=f"生均{noun}（总额 ÷ 学生数）")
            except ComputeError:
                return None
            return draft_apart(reader, ask.book, result, [total, head])
        return None


# an amount a document states per term (`每生每学期300元`) asked per year (`一年交多少`, `一学年`): a Chinese
# school year has two terms (autumn and spring)
_PER_YEAR_ASKED = re.compile(r"一年|一学年|每年|全年|每学年|一整年")
_PER_TERM = re.compile(r"每(?:生|人|名学生|个学生|位学生)?每学期\s*$")
TERMS_PER_YEAR = 2
_CLAUSE = re.compile(pauses("；;。"))


class PerYearOfTerm:
    """Handler: an amount per year the passage states per term only (`小学每生每学期300元` asked `一年交多少`
    → 300元 × 2学期), of the stage and the clause the question names when it states several; none when
    more than one such amount fits what is asked."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader, book = ask.query, ask.reader, ask.book
        if (query.operation or len(query.asks) > 1 or "学期" in query.norm or not _PER_YEAR_ASKED.search(query.norm)
                or (query.units and "元" not in query.units) or ask.evidence.hit.chunk.row_index is not None):
            return None
        hit = ask.evidence.hit
        doc = reader.documents[hit.chunk.doc_id]
        # every sentence of the passage (`城区…；农村…。`): the best one may be a lead-in with no amount
        stops = [hit.chunk.start + m.end() for m in re.finditer("[。\n]", doc.text[hit.chunk.start:hit.chunk.end])]
        found = []
        for start, end in zip([hit.chunk.start] + stops, stops + [hit.chunk.end]):
            after = start
            for q in find_quantities(doc.text[start:end]):
                lead = normalize(doc.text[after:start + q.start])  # the words since the amount before
                after = start + q.end
                if q.unit == "元" and _PER_TERM.search(lead):
                    found.append((q, lead, start, end))
        if query.stages:
            found = [f for f in found if any(s in f[1] for s in query.stages)]
        if len(found) > 1:  # `城区学校…小学每生每学期300元；农村学校…小学…200元`: the clause the question names most
            cover = [reader.coverage(query, flat(normalize(_CLAUSE.split(doc.text[f[2]:f[2] + f[0].start])[-1])))[0]
                     for f in found]
            found = [f for f, c in zip(found, cover) if c == max(cover)]
        if len(found) != 1:
            return None
        start, end = found[0][2], found[0][3]
        q = found[0][0]
        amount = Operand(label=normalize(found[0][1]).strip("、，,：: "), value=q.value, unit=q.unit,
                         unit_as_written=q.unit_as_written, decimals=q.decimals,
                         source={"kind": "passage", "start": start + q.start, "end": start + q.end, "text": q.text})
        terms = Operand(label="一学年学期数", value=TERMS_PER_YEAR, unit="学期",
                        source={"kind": "question", "text": f"{TERMS_PER_YEAR}学期（一学年两个学期）"})
        try:
            result = times(amount, terms, label="一学年金额（每学期金额 × 学期数）")
        except ComputeError:
            return None
        n = book.cite(hit, start, end)
        quoted = display(doc.text[start:end])
        return Draft(f"{result.label}：{result.formula}[{n}]。依据{region_of(doc)}文件：“{quoted}”[{n}]",
                     False, book.citations, [computed_figure(result, n)],
                     [Claim(result.unit, result.label, hit, (start, end), True)])
