"""A question that gives a count of things and asks what they are (`那N项…各是哪些`, `排查的N项短板具体
有哪些`) asks for their content, which the count does not tell. An answer that speaks of those things only
by a number (`…其中X N处，均已…`, a table row's `X数：N`) restates the question's premise: no answer."""
from __future__ import annotations

import re

from figures.numbers import find_quantities
from ingest.normalize import normalize

# the content asked of things named before: their kinds, their names, what they are
_CONTENT_ASK = re.compile(r"(?:分别|具体|各自?)都?(?:是|为|有|属于)(?:哪几|哪些|什么|啥)|哪几(?:类|种|个方面)")
_NOUN = re.compile(r"[\u4e00-\u9fff]{1,8}")
_NUMERAL = r"[\d〇零一二两三四五六七八九十百千万.]+"
# the things spoken of by their number: `X数` (a count column), `X：N处` / `XN处` not followed by a list of
# them (`：`, `（`), or `N个X` not followed by them
_AFTER = re.compile(rf"数|[：:\s]*{_NUMERAL}[^\W\d]?(?=[，,。；;、）)”\s]|$)")
_BEFORE = re.compile(rf"{_NUMERAL}\s*[^\W\d]$")
_LISTED = re.compile(r"[：:（(]|分别|是|为|包括|有")
_CITATION = re.compile(r"\[\d+\]")


def counted_things(question: str) -> str:
    """The things whose count the question gives and whose content it asks (`薄弱环节` of `那5项薄弱环节各是
    什么`), else ''."""
    ask = _CONTENT_ASK.search(question)
    if ask is None:
        return ""
    counts = [q for q in find_quantities(question[:ask.start()]) if q.is_measure and q.unit not in ("", "%")]
    if not counts:
        return ""
    noun = question[counts[-1].end:ask.start()].removeprefix("的").removesuffix("的")
    return noun if _NOUN.fullmatch(noun) else ""


def only_counted(question: str, answer: str) -> str:
    """The things asked when the answer names them and only ever by their number (see the module), else ''."""
    things = counted_things(question)
    if not things:
        return ""
    body = normalize(_CITATION.sub("", answer))
    at = [m.start() for m in re.finditer(re.escape(things), body)]
    if not at:
        return ""
    counted = all(_AFTER.match(body, i + len(things))
                  or (_BEFORE.search(body[:i]) and not _LISTED.match(body, i + len(things))) for i in at)
    return things if counted else ""
