"""A member named only in an aside: a count of a whole kind followed by brackets naming which members it covers
(`省级特色高中只有1所（某某第一中学，科技创新方向）`). The bracket says which school the count is made of; the
sentence's other figures (`开设特色课程43门`) stay the whole's, so a question about that school is not answered by
them."""
from __future__ import annotations

import re

from ingest.normalize import normalize

# a bracketed aside and the institutions it names (a name ending in the kind of institution)
_ASIDE = re.compile(r"[（(]([^（）()]{2,60})[）)]")
_INSTITUTION = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:中学|小学|幼儿园|学校|学院)")
_NAME_MIN = 4  # 第一中学, 实验小学: shorter tails (一中学) name no institution


def aside_member(question: str, sentence: str, context: str) -> str:
    """The institution the question names that the figure's sentence names only inside a bracket its own clause
    (`context`) is not in, or ''."""
    sentence, context = (normalize(t, drop_space=True) for t in (sentence, context))
    for aside in _ASIDE.finditer(sentence):
        if aside.group(0) in context or aside.group(1) in context:
            continue
        for name in _INSTITUTION.finditer(aside.group(1)):
            named = _asked_tail(question, name.group())
            if named and named not in context:
                return named
    return ""


def _asked_tail(question: str, name: str) -> str:
    """The longest tail of `name` (its place prefix dropped: 某市第一中学 → 第一中学) the question writes."""
    for start in range(len(name) - _NAME_MIN + 1):
        if name[start:] in question:
            return name[start:]
    return ""
