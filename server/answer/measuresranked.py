"""Two measures of one place ranked (`A的X知晓度和B的Y知晓率谁更高`): each is asked on its own, as `…分别是多少` asks
them (server/answer/several.py), and the ranking is made from the two figures when both are in one unit. Reports of one
place state such measures in different documents (a fund's evaluation, a work summary), never side by side, so no
sentence ranks them; a comparison of places is crossdoc's, and two figures in different units are not ranked.
"""
from __future__ import annotations

import re
from dataclasses import replace

from figures.numbers import canonical_unit
from server.answer.base import Ask, Handler
from server.answer.draft import Draft
from server.intent import asks, classify

# `X和Y哪个高`, `X与Y谁更高`: two things joined, then the ranking closing the question
_RANKED = re.compile(r"^(?P<a>[^，,。？?]{2,}?)(?:和|与|跟|同)(?P<b>[^，,。？?]{2,}?)(?:的)?(?:哪个|哪一个|哪项|谁)"
                     r"(?:更|比较|较)?(?P<way>高|低|大|小|多|少)(?:一些|些|一点)?[呢吗？?]*$")
# each side names a measure by its last word (满意度, 支出率, 占比, 人数 …)
_MEASURE = re.compile(r"(?:率|度|比例|占比|比重|数|额|量)$")
_HIGH = "高大多"


class MeasuresRanked:
    """Handler: two measures of one place, each looked up, then ranked (module doc)."""

    def __init__(self, several: Handler):
        self.several = several  # the handler of several asks (`…分别是多少`)

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        m = _RANKED.search(query.norm.strip())
        if m is None or len(query.regions) > 1:
            return None
        a, b = m.group("a"), m.group("b")
        if not (_MEASURE.search(a) and _MEASURE.search(b)):
            return None
        text = f"{a}和{b}分别是多少"
        items = asks(text)
        if len(items) != 2:
            return None
        part = replace(query, norm=text, asks=items, listed={}, asked=classify(text, query.intents))
        draft = self.several.try_answer(replace(ask, query=part))
        if draft is None or draft.abstained or len(draft.figures) != 2:
            return None
        x, y = draft.figures
        unit = canonical_unit(x.unit)
        if unit != canonical_unit(y.unit):
            return None  # no ranking across units (百分之八十七 and 92.5% are both in %)
        labels = [i.removesuffix("是多少") for i in items]
        if x.value == y.value:
            return replace(draft, answer=f"二者相同（均为{x.value:g}{unit}）。{draft.answer}")
        high = m.group("way") in _HIGH
        top, other = (x, y) if (x.value > y.value) == high else (y, x)
        top_label = labels[0] if top is x else labels[1]
        relation = ">" if high else "<"
        return replace(draft, answer=f"{top_label}更{m.group('way')}（{top.value:g}{unit} {relation} "
                                     f"{other.value:g}{unit}）。{draft.answer}")
