"""How long something actually took, asked (`拖了几天才清理完`, `用了几天才整改完`, `花了多长时间`). Inspection
reports state it as the day it was done on (`通知下发后第40天才完成整改`) or as a time spent (`历时3个月`), often
beside the limit it broke (`超出规定的30天期限`): the time taken answers, never the limit, which is what was allowed,
not what happened. An ordinal day (`第40天`) is no amount to the figure reader, so it is read here."""
from __future__ import annotations

import re

from figures.numbers import find_quantities
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.text import display, quantity_figure, region_of

CANDIDATES = 5  # leading passages searched for the time taken
# the time something took, asked in the past (`拖了多久`, `用了几天才`, `多长时间才弄完`)
_ASKS_TAKEN = re.compile(r"(?:拖|用|花|耗|等|搞|弄)了(?:多久|多长时间|几天|多少天|几个月|多少个?月)|"
                         r"(?:多久|多长时间|几天|多少天|几个月)才")
_TIME = r"\d+(?:\.\d+)?\s*(?:天|日|个月|周|小时|年)"
# the time taken as a sentence states it: the day it was done on (`第40天才办结`), or a time spent (`历时3个月`)
_TAKEN = re.compile(rf"第(?P<ordinal>{_TIME})才?(?:完成|办结|结束|整改|清理|落实|解决|处理|到位)|"
                    rf"(?:历时|用时|耗时|用了|花了|历经|拖了|持续)(?P<spent>{_TIME})")


class TimeTaken:
    """Handler: the time something took, asked (module doc); None when no leading sentence states one."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if not _ASKS_TAKEN.search(query.norm) or not ask.hits:
            return None
        for hit in ask.ranked[:CANDIDATES]:
            if hit.chunk.row_index is not None or reader.refusal(query, hit):
                continue  # a passage the gates refuse is about something else
            doc = reader.documents[hit.chunk.doc_id]
            for s, e in split_sentences(doc.text, hit.chunk.start, hit.chunk.end):
                sentence = doc.text[s:e]
                taken = _TAKEN.search(sentence)
                if taken is None:
                    continue
                group = "ordinal" if taken.group("ordinal") else "spent"
                stated = find_quantities(taken.group(group))
                if not stated:
                    continue
                q = stated[0]
                n = ask.book.cite(hit, s, e)
                said = display(sentence)
                return Draft(f"{q.text}。依据{region_of(doc)}文件：“{said}”[{n}]", False, ask.book.citations,
                             [quantity_figure(said, q, n)])
        return None
