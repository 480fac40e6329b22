"""Whether a thing was done, asked yes or no (`校车运营补贴有没有落实`, `是否建立了台账`, `有无纳入考核`): the answer is
有/是 or 没有/否 with the sentence that says so — never a figure of that sentence alone (`80万元` tells no reader
whether the money is in the budget). The sentence must state the asked act itself (its verb and every word of its
object, in one clause) and carry most of the question's other words; a negation right before the act (未列入,
尚未建立, 没有纳入) makes the answer no. A pass/fail against a bar (是否达到, 符合, 超过) is the compliance handlers'
to judge, a can/may (能不能, 可以) the conditions' handlers': neither is read here."""
from __future__ import annotations

import re
from collections.abc import Callable

from ingest.normalize import normalize
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.evidence import COVER_MIN
from server.answer.stating import with_exception
from server.answer.text import clause_spans, display, flat, region_of
from server.query import key_terms

CANDIDATE_PASSAGES = 6  # leading passages whose sentences may state the act
# the act asked after the asking words, up to the end of the question
_ASKED_ACT = re.compile(r"(?:有没有|有无|是否|是不是)(?P<act>[\u4e00-\u9fff]{2,16}?)(?:了|过)?(?:吗|呢)?[?？。]?$")
# acts judged against a bar or a condition elsewhere, and 有 (有没有有…: a thing's existence, not an act)
_NOT_AN_ACT = re.compile(r"^(?:达到|达标|符合|满足|超过|超出|超标|高于|低于|不低于|不超过|完成|一致|"
                         r"能|可以|可|需要|需|要|应|必须|有|属于|算|够|在)")
# … with an adverb between them (尚未全部纳入, 还没有正式建立, 未能列入, 未被纳入)
_NEGATION = re.compile(r"(?:未|没有|没|尚未|仍未|还未|并未|从未|不|暂未|均未)"
                       r"(?:能|被|曾|全部|全面|完全|正式|及时|真正|统一|一并|都|再)?$")
_HOW_MUCH = re.compile(r"多少|几")  # an amount asked too (有没有列入预算、列了多少): the figure's handlers answer
_ASKS_IS = re.compile(r"是否|是不是")  # asked 是否: answered 是 / 否, else 有 / 没有
# a permission asked (`能公布…吗`, `可不可以收…`): a rule forbidding the act (不得公开…, 严禁收取…) answers no, one
# allowing it with the same verb (可以申请…) yes; the rule may name the act by another verb, never by other objects
_ASKED_LEAVE = re.compile(r"(?P<may>能不能|可不可以|能否|可否|是否可以|是否能|可以|能)(?P<act>[\u4e00-\u9fff]{2,16}?)"
                          r"(?:吗|么)?[?？。]?$")
_FORBIDS = re.compile(r"不得|严禁|禁止|不准|不允许|不能|不可")
_ALLOWS = re.compile(r"可以|允许|可")


class StatedYesNo:
    """Handler: an act asked yes or no, answered by the sentence stating it (module doc); None when no sentence of
    the leading passages states the act."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if _HOW_MUCH.search(query.norm):
            return None
        done = _ASKED_ACT.search(query.norm)
        if done is not None and not _NOT_AN_ACT.match(done.group("act")):
            yes, no = ("是", "否") if _ASKS_IS.search(done.group()) else ("有", "没有")
            return _answered(ask, done.group("act"), _done_or_not, yes, no)
        leave = _ASKED_LEAVE.search(query.norm)
        if leave is not None:
            word = "可以" if "可" in leave.group("may") else "能"
            return _answered(ask, leave.group("act"), _allowed_or_not, word, f"不{word}")
        return None


def _done_or_not(clause: str, verb: str, objects: list[str]) -> bool | None:
    """Whether a clause states the act done (its verb, then every word of its object), or not done (a negation
    right before the verb); None when it does not state the act."""
    at = clause.find(verb)
    if at < 0 or not all(t in clause[at:] for t in objects):
        return None
    return not _NEGATION.search(clause[:at])


def _allowed_or_not(clause: str, verb: str, objects: list[str]) -> bool | None:
    """Whether a clause forbids the act (a prohibition before every word of its object) or allows it (可以, 允许
    before its own verb and object); None when it rules nothing on the act."""
    forbid = _FORBIDS.search(clause)
    if forbid and all(t in clause[forbid.end():] for t in objects):
        return False
    allow = _ALLOWS.search(clause)
    at = clause.find(verb, allow.end()) if allow else -1
    if allow and at >= 0 and all(t in clause[at:] for t in objects) and not _NEGATION.search(clause[:allow.start()]):
        return True
    return None


def _answered(ask: Ask, act_text: str, rules: Callable[[str, str, list[str]], bool | None], yes: str,
              no: str) -> Draft | None:
    """The first clause of the leading passages, in a sentence carrying most of the question's words, that `rules`
    on the act: `yes` or `no` with that sentence quoted."""
    reader = ask.reader
    act = flat(act_text)
    verb, objects = act[:2], [t for t in key_terms(act[2:]) if t]
    if not objects:
        return None
    for hit in ask.ranked[:CANDIDATE_PASSAGES]:
        if hit.chunk.row_index is not None or ask.scope is not None and hit.chunk.doc_id not in ask.scope:
            continue
        text = reader.documents[hit.chunk.doc_id].text
        # the document's title speaks for its sentences (a 公示's rules on what the 公示 shows)
        title = flat(normalize(reader.documents[hit.chunk.doc_id].meta.title, drop_space=True))
        for s, e in split_sentences(text, hit.chunk.start, hit.chunk.end):
            sentence = flat(normalize(text[s:e], drop_space=True))
            if reader.coverage(ask.query, title + sentence)[0] < COVER_MIN:
                continue
            for a, b in clause_spans(sentence):
                ruled = rules(sentence[a:b], verb, objects)
                if ruled is None:
                    continue
                # (a rule for the usual case, `原则上不得…；`, with the exception its next sentence opens: no only so)
                usual = (s, e) != (excepted := with_exception(text, (s, e), len(text)))
                s, e = excepted
                n = ask.book.cite(hit, s, e)
                doc = reader.documents[hit.chunk.doc_id]
                said = yes if ruled else f"原则上{no}" if usual else no
                return Draft(f"{said}。依据{region_of(doc)}文件：“{display(text[s:e])}”[{n}]", False,
                             ask.book.citations)
    return None
