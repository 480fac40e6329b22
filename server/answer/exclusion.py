"""A part a text takes out of a whole: `除公办园以外的幼儿园`, `在校学生中除了寄宿生之外的`, `骨干教师以外的教师`,
`不含基本建设支出`, `非骨干教师`.

Questions and budget statements name the rest of a whole by the part it leaves out; which words open
and close that part is data (server/lexicon/qualifiers.tsv, the exclusion_* rows). One parser serves
the remainder computed (server/answer/remainder.py), the rows a table query sets aside
(server/answer/tables.py), the qualifier a figure must carry (server/answer/qualifiers.py) and what a
passage gives besides the thing asked (`除…外，另补助…`: server/answer/askedkind.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from figures.direction import alternation
from server.lexicon import qualifiers

_CJK = r"[\u4e00-\u9fff]"
_NOUN = r"[\u4e00-\u9fff“”\"]{2,16}?"
_NOT_NOUN = r"(?![\u4e00-\u9fff“”\"])"
# the phrase asking a count after the thing counted (`有多少`, `一共是几`)
ASK = r"(?:还|共|一共|总共)?(?:有|是|为|达)?(?:多少|几)"
# the part between an opener and its closer: any run inside one clause (`除2所民办园以外`)
_PART = r"[^，,。？?、；;！!：:\s]{2,20}?"


@dataclass(frozen=True)
class Exclusion:
    """One part taken out: `kind` is "except" (除X以外, X以外的Y), "without" (不含X) or "not" (非X)."""
    kind: str
    part: str
    scope: str  # the whole stated before it (`学校中除…`), or ''
    rest: str  # the noun after its closer (`除X以外的其他Y` → Y), or ''
    asked: bool  # an asking phrase follows the part or the rest (`…有多少`)
    start: int
    end: int
    closed: int  # where the part and its closer end, before the rest (`除X外` of `除X外，另补助Y`)
    opened: int | None  # where its opener (除, 不含, 非) starts, after any scope; None for X以外的Y, opened by none

    @property
    def whole(self) -> str:
        """The whole the part is taken out of: the noun after it, or the scope when that is fuller
        (`新增学位中…之外的其他学位` → 新增学位) or nothing follows."""
        return self.scope if self.scope and (not self.rest or self.rest in self.scope) else self.rest


def _not_words(opener: str, words: tuple[str, ...]) -> str:
    """Lookaheads before an opener refusing the words that hold it and take nothing out (排除, 除夕, 非常)."""
    out = ""
    for word in words:
        at = word.find(opener)
        if at >= 0:
            before = f"(?<={re.escape(word[:at])})" if at else ""
            out += f"(?!{before}{re.escape(word[at:])})"
    return out


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    lex = qualifiers()
    scope = rf"(?P<scoped>(?P<scope>{_NOUN})(?:{alternation(tuple(lex['exclusion_scope']))})[，,]?)"
    rest_word = alternation(tuple(lex["exclusion_rest"]))
    rest = (rf"(?:[，,]?(?:的)?(?:{rest_word})?的?(?P<rest>{_CJK}{{0,16}}?)"
            rf"(?=的?{ASK}|(?!{_CJK})))?")
    closed: list[str] = []
    open_ended: list[str] = []
    for opener, closers in lex["exclusion"].items():
        joins = alternation(tuple(lex.get("exclusion_join", {}).get(opener, ())))
        bare = _not_words(opener, lex.get("exclusion_not", {}).get(opener, ())) + re.escape(opener)
        head = bare + (f"(?:{joins})?" if joins else "")
        if closers:
            closed.append(rf"{head}(?P<part{len(closed)}>{_PART})(?:{alternation(tuple(closers))})")
            if joins:  # no closer, the rest named after a pause instead: `除了X，其他Y`
                closed.append(rf"{bare}(?:{joins})(?P<part{len(closed)}>{_NOUN})[，,](?=(?:{rest_word}))")
        else:
            open_ended.append(head)
    # no opener inside (`2024年除X之外` is the opener's, from 除)
    openers = "".join(sorted({w[0] for w, closers in lex["exclusion"].items() if closers}))
    alone_closers = alternation(tuple(lex["exclusion_alone"]))
    alone = rf"(?P<alone>(?:(?![{openers}])[\u4e00-\u9fff“”\"]){{2,16}}?)(?:{alone_closers})[，,]?(?=的)"
    until = alternation(tuple(lex["exclusion_until"]))
    negations = lex["negation"]
    negated = "|".join(_not_words(p, negations.get(p, ())) + re.escape(p) for p in lex["exclusion_negation"])
    return [
        ("except", re.compile(rf"{scope}?(?:{'|'.join(closed)}|{alone}){rest}")),
        ("without", re.compile(rf"(?:{'|'.join(open_ended)})(?P<part>{_CJK}{{2,12}}?)(?:{until}|[)）,，]|$)")),
        ("not", re.compile(rf"(?:{scope}|(?<!{_CJK}))(?:{negated})(?P<part>{_NOUN})(?=的?{ASK}|{_NOT_NOUN})")),
    ]


@lru_cache(maxsize=1)
def _closers() -> re.Pattern[str]:
    """The words closing an excepted part (以外, 之外, 外), with or without an opener."""
    lex = qualifiers()
    closers = [c for words in lex["exclusion"].values() for c in words] + list(lex["exclusion_alone"])
    return re.compile(alternation(tuple(closers)))


def exclusions(text: str, kinds: tuple[str, ...] = ("except", "without", "not")) -> list[Exclusion]:
    """Every part the text (normalised: server's questions, a passage's clause) takes out of a whole,
    of the kinds asked, in the order written."""
    found = []
    for kind, pattern in _patterns():
        if kind not in kinds:
            continue
        for m in pattern.finditer(text):
            groups = m.groupdict()
            key = next(k for k, v in groups.items() if (k.startswith("part") or k == "alone") and v) \
                if kind == "except" else "part"
            closer = _closers().match(text, m.end(key)) if kind == "except" else None
            after = m.end("rest") if groups.get("rest") is not None else m.end()
            asked = re.match(rf"的?{ASK}", text[after:]) is not None
            opened = None if key == "alone" else m.end("scoped") if groups.get("scoped") is not None else m.start()
            found.append(Exclusion(kind, groups[key], groups.get("scope") or "", groups.get("rest") or "", asked,
                                   m.start(), m.end(), closer.end() if closer else m.end(key), opened))
    return sorted(found, key=lambda e: e.start)
