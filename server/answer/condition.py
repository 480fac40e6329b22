"""The condition beside a waiting time (`休息满5天，凭医院诊断证明返校`, `满2年，经考核合格方可…`): health,
enrolment and personnel rules state how long before one may do something and, in the next clause, the paper
or approval it also takes. A question asking how long until one may (`多长时间后能返岗`) is answered by the
whole condition — the time and that paper — not by the time alone."""
from __future__ import annotations

import re

from ingest.clauses import clause_end

# how long until one may do it (`多久以后能…`, `几天后才可以…`, `什么时候能…`)
_ASKS_WAIT = re.compile(r"(?:多久|多长时间|几天|几个?月|几年|什么时候|啥时候)(?:以后|之后|后)?才?(?:能|可以|可)")
# the next clause naming what else it takes: a paper held or shown (凭/持) or a check passed (经…合格/同意)
_CONDITION_OPEN = re.compile(r"[，,]\s*(?:凭|持|经)")


def condition_after(text: str, span: tuple[int, int], quoted: str, question: str) -> str:
    """The clause after `quoted` (a time's clause, in text[span]) that names what else the act asked takes,
    when the question asks how long until one may; '' otherwise."""
    at = text.find(quoted, *span)
    right = at + len(quoted) if at >= 0 else -1
    if right < 0 or not _ASKS_WAIT.search(question) or not _CONDITION_OPEN.match(text, right):
        return ""
    return text[right:clause_end(text, right + 1, ceiling=span[1])]
