"""Money per one of the people a programme covers, its total and its head count stated in different sentences
(`校车运营补贴96万元` in one paragraph, `校车接送惠及3200名学生` in the headline), asked as people say it
(`平均到每名坐校车的学生多少钱`).

News and reports state a fund's total where they describe the fund and the people the programme reaches where
they describe the programme. The division is made only when each side is positively the one asked: the total
named in full by the thing before the per-one words, never stated per head anywhere in the document; the count
in people whose own words hold the recipients' head noun (学生) and whose sentence holds what sets them apart
(校车); one value for each; and no two different years named by the two sentences. A count in the same
sentence as its total is server/answer/perunit.py's.
"""
from __future__ import annotations

import re

from figures.compute import ComputeError, ratio
from figures.years import years_named
from ingest.normalize import normalize
from ingest.segment import words as segment_words
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.operands import Stated, document_amounts, draft_apart, naming, several_values
from server.answer.perone import PER_ONE_ASKED, RATE_LEAD
from server.answer.perunit import per_one_units
from server.answer.text import flat
from server.lexicon import synonyms
from server.regions import without_places

CANDIDATE_DOCUMENTS = 2  # leading documents the total and the count are looked up in
# the recipients after the per-one words, up to the words asking the amount (`每名坐校车的学生大约多少钱`)
_RECIPIENTS = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,16}?)(?:大约|大概|约|能|可以|可|分到|摊到|摊|合|花|是|有)?"
                         r"(?:多少|几)")
_HEADS = re.compile(r"(?:学生|幼儿|儿童|教师|老师)$")  # people a programme counts as its recipients
# words of the recipients that set no group apart (`享受…的`, `受益的`)
_NOT_SETTING = re.compile(r"^(?:享受|获得|得到|受益于|参加|参与|享有)|的")
_SUBJECT_TRIM = re.compile(r"^(?:全县|全市|全区|全省)|的$|[，,]")


class PerRecipient:
    """Handler: total ÷ the recipients a sentence elsewhere in its document counts (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if query.operation not in ("", "ratio") or query.asked.compliance or len(query.asks) > 1 \
                or per_one_units(query.norm) != ("人",):
            return None
        m = PER_ONE_ASKED.search(query.norm)
        who = _RECIPIENTS.match(query.norm, m.end()) if m else None
        if m is None or who is None:
            return None
        thing = _subject(query.norm[:m.start()], query.regions)
        recipients = flat(who.group("who"))
        head = _HEADS.search(recipients)
        setting = _NOT_SETTING.sub("", recipients[:head.start()]) if head else ""
        if len(thing) < 2 or head is None or len(setting) < 2:
            return None  # recipients without what sets them apart: any count of students would do
        for doc_id in ask.ranked_docs()[:CANDIDATE_DOCUMENTS]:
            text = reader.documents[doc_id].text
            amounts = document_amounts(reader, doc_id)
            money = [a for a in amounts if a.quantity.unit == "元" and (naming(a, thing) >= 0.99 or _worded(a, thing))]
            if any(RATE_LEAD.search(normalize(a.lead)) for a in money):
                return None  # the document states it per head: a lookup quotes it
            counts = [a for a in amounts if a.quantity.unit == "人" and _counts(text, a, head.group())
                      and setting in flat(normalize(text[a.sentence[0]:a.sentence[1]]))]
            if not money or not counts:
                continue
            several = several_values(reader, [money, counts],
                                     "文件中计算人均数所需的数值不止一个，无法确定按哪一项计算。")
            if several is not None:
                return several
            total, count = money[0], counts[0]
            if total.sentence == count.sentence or _years_apart(text, total, count):
                return None
            try:
                result = ratio(total.operand(thing), count.operand(recipients),
                               label=f"每名{recipients}{thing}（总额 ÷ 人数）")
            except ComputeError:
                return None
            return draft_apart(reader, ask.book, result, [total, count])
        return None


def _subject(words: str, regions: list[str]) -> str:
    """The thing asked per one, from the words before the per-one words (`某县的校车运营补贴,平均到` → 校车运营补贴)."""
    words = re.sub(r"[,，]?(?:平均|分摊|摊)?(?:到|给|下来)?$", "", words)
    words = without_places(words, regions)
    return flat(_SUBJECT_TRIM.sub("", words.strip(" ,，的")))


def _worded(a: Stated, thing: str) -> bool:
    """Whether the amount's words say each word of `thing`, as written or by a document's word for it
    (server/lexicon/synonyms.tsv), its last word (the kind of money: 经费, 补贴) as written: `研训经费` of
    `教研培训专项经费`, where a run of the thing's characters falls short by the words the document adds."""
    parts = segment_words(thing)
    if len(parts) < 2 or len(parts[-1]) < 2 or parts[-1] not in a.words:
        return False
    return all(w in a.words or any(s in a.words for s in synonyms().get(w, ())) for w in parts[:-1])


def _counts(text: str, a: Stated, head: str) -> bool:
    """Whether the count is of `head` (学生): in its words (`惠及学生3200人`) or right after it (`3200名学生`)."""
    return head in a.words or normalize(text[a.quantity.end:a.quantity.end + len(head)]) == head


def _years_apart(text: str, a: Stated, b: Stated) -> bool:
    """Whether the two amounts' sentences name years and none in common (one year's total, another's count)."""
    ya, yb = (set(years_named(text[s.sentence[0]:s.sentence[1]])) for s in (a, b))
    return bool(ya and yb and not ya & yb)
