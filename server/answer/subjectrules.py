"""What a document requires of one subject, asked as such (`对X有什么要求`, `对X怎么管`): notices, results
lists and staffing reports state their rules on a subject in several sentences scattered over their sections
(a term of validity under 管理, a duty under 工作要求, a ban under 下一步工作). When the sentence best
sharing the question's words sets nothing (a count of the subject, a basis of calculation), the answer is
every sentence of that document that names the subject and sets a rule on it, each cited — not that one."""
from __future__ import annotations

import re

from ingest.normalize import normalize
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.measures import MAX_MEASURES
from server.answer.sections import chunk_hit, closing_start
from server.answer.text import ITEM_HEAD, display, flat, region_of

# the question: a subject after 对, then the requirements asked (有什么要求, 提了哪些规定) or how it is managed
# (怎么管, 如何管理)
_ASKS_RULES = re.compile(r"对(?P<subject>[\u4e00-\u9fff]{2,14}?)"
                         r"(?:(?:有|提了|提出了?|作了|作出了?|定了)?(?:什么|啥|哪些)(?:样的)?(?:要求|规定)|"
                         r"(?:是)?(?:怎么|如何|怎样)(?:管|管理|要求|规定))")
# a sentence that sets a rule: an obligation, a bar, a ban, a regime put in force or a term of validity
_SETS_RULE = re.compile(r"必须|须|应当|应|不少于|不低于|不超过|不高于|不得|严禁|禁止|确保|实行|有效期|至少|原则上")
# a sentence that already answers as a rule or a level (the gate: such an evidence sentence is kept)
_STATES_RULE = re.compile(rf"{_SETS_RULE.pattern}|要求|规定|以上|以下|以内|保持|控制|达到|不足|方可|可以")
# a target the place sets itself (`力争到2027年…至少…`): what is to be reached, no rule on the subject
_TARGET = re.compile(r"力争|目标|到20\d\d年")
_MIN_RULES = 2  # one sentence is what the evidence already gives: the answer lists several


def _subject_forms(subject: str) -> list[str]:
    """The subject as a document may name it: its head after a modifier clause (`选上的优秀园` → 优秀园),
    then its shorter endings down to two characters (`教职工编制` → 编制, the word a rule repeats)."""
    head = subject.rsplit("的", 1)[-1]
    return [head[i:] for i in range(0, max(len(head) - 1, 1))]


class SubjectRules:
    """The rules the leading document sets on the subject a question asks the requirements of; None when the
    question asks no such thing, the evidence sentence already sets a rule or fewer than two sentences do."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        asked = _ASKS_RULES.search(query.norm)
        if asked is None or query.asks_number or query.operation:
            return None
        hit, (s, e) = ask.evidence.hit, ask.evidence.span
        doc = reader.documents[hit.chunk.doc_id]
        if hit.chunk.row_index is not None or _STATES_RULE.search(normalize(doc.text[s:e], drop_space=True)):
            return None
        forms = [f for f in _subject_forms(asked.group("subject")) if len(f) >= 2]
        stop = closing_start(doc.text, 0, len(doc.text))
        title = flat(normalize(doc.meta.title, drop_space=True))
        rules: list[tuple[int, int]] = []
        for a, b in split_sentences(doc.text, 0, stop):
            said = normalize(doc.text[a:b], drop_space=True)
            if "|" in said or flat(said) == title:
                continue  # a table's line or the title
            opening = ITEM_HEAD.match(said)
            body = flat(said[opening.end():] if opening else said)
            if any(f in body for f in forms) and _SETS_RULE.search(body) and not _TARGET.search(body):
                rules.append((a, b))
        if len(rules) < _MIN_RULES:
            return None
        lines: list[str] = []
        for a, b in rules[:MAX_MEASURES]:
            n = ask.book.cite(chunk_hit(reader, doc, a), a, b)
            lines.append(f"{len(lines) + 1}. {display(doc.text[a:b])}[{n}]")
        return Draft(f"{region_of(doc)}文件中的相关要求：\n" + "\n".join(lines), False, ask.book.citations)
