"""A thing described by what it is for and an everyday head noun (`每天送孩子往返学校的车子`, `帮学生疏解情绪的那间
房子`) read as the documents' term for it (server/lexicon/described_terms.tsv), so that retrieval and the
evidence check look for 校车, 心理辅导室 rather than for the words of the description."""
from __future__ import annotations

import re
from functools import lru_cache

from ingest.segment import pos_tokenizer
from server.lexicon import described_terms

# `…的车`, `…的那种屋子`: the description ends at 的, a demonstrative may stand before the head
_HEAD = r"的(?:那种|这种|那个|这个|那些|这些)?"
_CLAUSE_END = re.compile(r"[，,。；;？?！!、\s]")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    heads = sorted({h for _, hs, _ in described_terms() for h in hs}, key=len, reverse=True)
    return re.compile(rf"{_HEAD}({'|'.join(map(re.escape, heads))})")


def described(norm: str) -> str:
    """`norm` with each description of a term (its head noun after 的, a defining word in the words
    before) replaced by the term, from the description's first verb or preposition: what precedes it
    (the place, `学校里`) stays. A description naming a number (`添置两辆送孩子的车子`) starts after it."""
    out, last = [], 0
    for m in _pattern().finditer(norm):
        if m.end() < len(norm) and norm[m.end()].isalnum() and _continues(norm, m):
            continue  # the head is the start of a longer word (`车辆`, `屋顶`)
        clause_start = max((c.end() for c in _CLAUSE_END.finditer(norm, last, m.start())), default=last)
        clause = norm[clause_start:m.start()]
        term = next((t for t, heads, defining in described_terms()
                     if m.group(1) in heads and any(d in clause for d in defining)), "")
        clause_start = _joined_start(norm, last, clause_start, term)
        clause = norm[clause_start:m.start()]
        start = _description_start(clause, term) if term else None
        if start is None or _joined_after(clause, term):
            continue
        out.append(norm[last:clause_start + start] + term)
        last = m.end()
    return "".join(out) + norm[last:]


# words joining another description to the term's before one head (`留守或家里有难处的孩子`: two groups of children)
_OTHER_JOINED = re.compile(r"或者?|以及|还有|和|及|与")


def _joined_after(clause: str, term: str) -> bool:
    """Whether, after the term's last defining word, the clause joins another description sharing its head: the
    head then names both groups, not the term alone."""
    defining = next((d for t, _, d in described_terms() if t == term), ())
    end = max((i + len(d) for d in defining if (i := clause.rfind(d)) >= 0), default=0)
    return bool(_OTHER_JOINED.search(clause[end:]))


def _joined_start(norm: str, last: int, clause_start: int, term: str) -> int:
    """Where a description of `term` made of phrases joined by 、 begins (`随迁、跟着爸妈进城的娃`): each phrase before
    the 、 holding one of the term's defining words is part of it too, not left beside the term."""
    defining = next((d for t, _, d in described_terms() if t == term), ())
    while defining and clause_start - 1 > last and norm[clause_start - 1] == "、":
        before = max((c.end() for c in _CLAUSE_END.finditer(norm, last, clause_start - 1)), default=last)
        if not any(d in norm[before:clause_start - 1] for d in defining):
            break
        clause_start = before
    return clause_start


def _continues(norm: str, m: re.Match[str]) -> bool:
    """Whether the head and the character after it are one word (`车辆`), not the head ending its phrase."""
    tokens = list(pos_tokenizer().cut(norm[m.start(1):]))
    return bool(tokens) and len(tokens[0].word) > len(m.group(1))


def _description_start(clause: str, term: str) -> int | None:
    """Where the description of `term` begins in `clause`: at its first verb or preposition, or its first
    defining word if that comes earlier (`校园里疏解情绪的`), after any number (`再添置两辆送孩子的`)."""
    defining = next(d for t, _, d in described_terms() if t == term)
    at, after = 0, 0
    verbs: list[int] = []
    for token in pos_tokenizer().cut(clause):
        at += len(token.word)
        if token.flag.startswith("m"):
            after, verbs = at, []  # a number counts the thing: the description comes after it
        elif token.flag[:1] in ("v", "p"):
            verbs.append(at - len(token.word))
    found = [i for d in defining if (i := clause.find(d, after)) >= 0]
    starts = [s for s in verbs if any(d in clause[s:] for d in defining)] + found
    return min(starts) if starts else None
