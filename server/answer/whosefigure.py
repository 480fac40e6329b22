"""Whose figure a sentence states: the whole it counts, one of the parts it breaks the whole into, or two
groups counted together.

Reports and bulletins state a whole and then its parts — in a 其中 clause (`全县有教师1200人，其中专任教师
1000人`) or with the whole as a frame (`1200名教师中，女教师580人、35岁以下的410人`) — and count two groups
as one (`获市级或省级表彰的教师85人`). A figure of the breakdown belongs to its part, the frame's figure to the
whole, a joint count to neither group alone. The verify step (server/answer/verify.py) holds them against
the question: a part is no answer for the whole, the whole none for a part the sentence states apart, a
joint count none for one of its groups.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from figures.numbers import Quantity, find_quantities
from ingest.clauses import clause_end, clause_start
from ingest.normalize import normalize
from ingest.segment import words as segment_words
from server.answer.text import written_value
from server.lexicon import figure_verbs, synonyms

# a breakdown reaches to the end of its sentence or to the next semicolon
_SEGMENT_END = re.compile(r"[；;。！？!?\n]")
_ITEM = re.compile(r"[，,、：:]")
_CLAUSE_END = re.compile(r"[，,：:；;。]")
_LISTED_ITEM = 6  # characters of the longest group a count lists after its counter (义务教育学校)
# 其中, or a whole as a frame (`1200名教师中，`); not 高中/初中/集中/期中
_BREAKDOWN = re.compile(r"其中|(?<![高初集期心])中[，,：:]")
_FRAME_REACH = 12  # characters between a frame's figure and its 中 (`1200名在校教师中`)
_JOINT = re.compile(r"或者|或")
_CLAUSE_MARK = re.compile(r"[，,；;：:]")
_NOT_NAMING = set("的之以和与及等其中上下内外个名人所")  # characters that name no group by themselves
# a group a count takes in without counting it apart, in brackets after the count or its noun
# (`N名教师（含代课教师）`, `教师N名(包括外聘)`): the count is the whole's, the group's own is not stated
_INCLUDED = re.compile(r"[（(](?:含|包含|包括)(?P<part>[\u4e00-\u9fff]{2,10}?)(?:在内)?[）)]")
_INCLUDED_REACH = 10  # characters from a count to its bracket (`72名在编在岗校长（含…）`)
# the body the groups a count lists make up (`N名A和B组成X`): the count is that body's size as well
_BODY = re.compile(r"(?:组成|组建成?|构成)(?P<body>[\u4e00-\u9fff]{2,8})")


@dataclass(frozen=True)
class Whose:
    role: str  # "whole" (a frame or the figure a 其中 breaks down), "part", "joint", "included" or "own"
    name: str  # the words it counts (`专任教师`, `市级或省级骨干教师`)
    whole: str = ""  # for a part: the name of the whole its sentence states; for a list: the body it makes up
    parts: tuple[str, ...] = ()  # for a whole: the names of the parts its sentence breaks it into
    spans: tuple[tuple[int, int], ...] = ()  # … and where each part's item stands in the text


class WholeForPart(str):
    """The reason the whole's figure does not answer: the part asked is stated apart, at `span`."""
    part: str
    span: tuple[int, int]

    def __new__(cls, part: str, span: tuple[int, int]) -> WholeForPart:
        reason = super().__new__(cls, f"它是全部的数，不是其中“{part}”的")
        reason.part, reason.span = part, span
        return reason


def figure_at(text: str, start: int, end: int, unit: str, value: float | None) -> int | None:
    """The offset in `text` of the measure in `unit` (of `value` when known) stated in text[start:end]."""
    found = [q for q in find_quantities(text[start:end]) if q.unit == unit and q.is_measure]
    if value is not None:
        found = [q for q in found if value in (q.value, q.low, q.high, written_value(q))]
    return start + found[0].start if len(found) == 1 else None


def whose(text: str, at: int) -> Whose:
    """Whose is the figure at offset `at` of `text`: its sentence's whole, a part, two groups together."""
    start, end = _segment(text, at)
    segment, here = text[start:end], at - start
    figures = [q for q in find_quantities(segment) if q.is_measure]
    own = next((q for q in figures if q.start <= here < q.end), None)
    if own is None:
        return Whose("own", "")
    name = _name(segment, own)
    breaks = [m for m in _BREAKDOWN.finditer(segment) if _frames(segment, m, figures)]
    before = [m for m in breaks if m.end() <= own.start]
    if before:
        whole = _whole_name(text, start, segment, before[-1], [q for q in figures if q.unit == own.unit])
        return Whose("part", name, whole=whole)
    after = [m for m in breaks if m.start() >= own.end and not _BREAKDOWN.search(segment, own.end, m.start())]
    if after:
        named = [(n, q) for q in figures
                 if q.start >= after[0].end() and q.unit == own.unit and (n := _name(segment, q))]
        frame = segment[own.end:after[0].start()] if after[0].group() != "其中" else ""
        # (a whole named by the words after its figure, `共有37名队员入围，其中…`: the rest of its clause)
        after_words = "" if name else _bare(_CLAUSE_MARK.split(segment[own.end:after[0].start()])[0])
        return Whose("whole", _bare(frame) or name or after_words, parts=tuple(n for n, _ in named),
                     spans=tuple((start + a, start + b) for _, q in named for a, b in [_item(segment, q)]))
    included = _included(segment, own)
    if included:
        return Whose("included", name, parts=(included,))
    joint = _joint_words(segment, own)
    if joint:
        return Whose("joint", joint)
    listed = _listed(segment, own)
    if not listed:
        return Whose("own", name)
    stop = _CLAUSE_END.search(segment, own.end)
    body = _BODY.search(segment, own.end, stop.start() if stop else len(segment))
    return Whose("listed", "、".join(listed), whole=_body_word(body.group("body")) if body else "", parts=listed)


def sides(name: str) -> tuple[str, ...]:
    """The words on each side of a joint count's 或 (`市级或省级骨干教师` → 市级, 省级骨干教师)."""
    return tuple(s for s in _JOINT.split(name) if s)


# the parts of a whole asked each (`三项分别是多少`, `各项多少`): a 其中 part answers for itself
_EACH_PART = re.compile(r"分别|各项|各是|各有|各为|[两三四五六七八九十\d]项")


def conflict(question: str, who: Whose) -> str:
    """Why a figure of `who` does not answer `question` (its words, with the documents' words for them), or ''."""
    asked = _with_synonyms(question)
    if who.role == "part" and who.whole and not _EACH_PART.search(question):
        # the whole asked (the words naming it apart from the part, if any), the part not named at all
        own, whole = _naming(who.name, who.whole), _naming(who.whole, who.name)
        if own and not own & asked and (not whole or whole & asked):
            return f"它是其中“{who.name}”的数，不是全部的"
        # the whole's own word asked (幼儿园 of `中小学、幼儿园N所，其中M所…`) with the part's words only in part: some
        # other part of the whole is asked, which the 其中 clause does not count (the sentence in either script)
        name, whole_name = normalize(who.name, drop_space=True), normalize(who.whole, drop_space=True)
        distinct = _naming(name, whole_name)
        if len(whole_name) >= 2 and whole_name in question and distinct and not distinct <= asked \
                and not _kind_by_whole_word(question, name, whole_name):
            return f"它是其中“{who.name}”的数，不是所问的那一部分的"
    if who.role == "whole":
        for part, span in zip(who.parts, who.spans):
            own = _naming(part, who.name)
            if len(own) >= 2 and own <= asked:
                return WholeForPart(part, span)
    if who.role == "included" and not re.search(r"含|包括", question):
        # a group the count only takes in (`N名校长（含副校长）`) asked by what sets it apart (副): never stated
        own = _naming(who.parts[0], who.name)
        if own and own <= set(question):
            return f"它是含“{who.parts[0]}”在内的全部的数，“{who.parts[0]}”自己的数文件没有单列"
    if who.role == "listed":
        # some of the groups counted together named, not all (`幼儿园有多少所` of `120所中小学、幼儿园`)
        named = [p for p in who.parts if p in question]
        if named and len(named) < len(who.parts) and not (who.whole and who.whole in question):
            return f"它是“{who.name}”合在一起的数，不是其中“{named[0]}”的"
    if who.role == "joint" and not _JOINT.search(question):
        left, right = sides(who.name)[-2:] if len(sides(who.name)) >= 2 else ("", "")
        this, that = _alternatives(left, right)
        said = set(question)  # as written: a near word of one side (接送 for 上下学) names no side
        # (the right side named only by the words after it, which the left shares, names neither side)
        if this and that and bool(this & said) != bool(that & said) and (this & said or not _head_only(right, said)):
            return f"它是“{who.name}”合在一起的数，不是其中一方的"
    return ""


MIN_QUALIFIER = 2  # characters of a qualifier that names a kind (公办, 非普惠性), not one of 非/新 alone


def _kind_by_whole_word(question: str, part: str, whole: str) -> bool:
    """Whether the question names the part by its qualifier put on the whole's word (非普惠性幼儿园 for the part
    非普惠性民办园 of 幼儿园): the words it writes right before the whole's word open the part's name, and the part's
    name ends on the whole's head character (园), so it is a kind of that whole and no narrower thing (民办小学 is
    no kind named by 民办学校)."""
    before = question[:question.find(whole)]
    return part.endswith(whole[-1]) and any(
        part.startswith(before[-n:]) for n in range(MIN_QUALIFIER, min(len(before), len(part) - 1) + 1))


def _head_only(right: str, said: set[str]) -> bool:
    """Whether the question names of the right side of `A或B…` only the words after its alternative, which
    both alternatives share (`科技或艺术特色学校` asked as 特色学校): the longest end of `right` the
    question says in full, leaving a start it says none of."""
    n = len(right)
    while n and right[n - 1] in said:
        n -= 1
    return len(right) - n >= 2 and n > 0 and not _naming(right[:n], right[n:]) & said


def _alternatives(left: str, right: str) -> tuple[set[str], set[str]]:
    """The characters naming each alternative of `left或right` apart from the other: the alternatives are
    the end of `left` and as much of the start of `right` as ends alike (市级 and 省级 of `获市级或省级表彰`),
    else of `left`'s length (留守儿童 and 困难家庭 of `留守儿童或困难家庭学生`)."""
    if not left or not right:
        return set(), set()
    k = next((n for n in range(1, len(left) + 1) if n <= len(right) and right[n - 1] == left[-1]), len(left))
    this, that = left[-k:], right[:k]
    return _naming(this, that), _naming(that, this)


def _segment(text: str, at: int) -> tuple[int, int]:
    """The sentence or semicolon clause around `at`."""
    return clause_start(text, at, _SEGMENT_END), clause_end(text, at, _SEGMENT_END)


def _frames(segment: str, m: re.Match[str], figures: list[Quantity]) -> bool:
    """A 其中, or a `中，` whose frame states a figure just before it (`1200名教师中，`)."""
    if m.group() == "其中":
        return True
    return any(0 <= m.start() - q.end <= _FRAME_REACH and not _ITEM.search(segment, q.end, m.start())
               for q in figures)


def _whole_name(text: str, start: int, segment: str, mark: re.Match[str], figures: list[Quantity]) -> str:
    """The name of the whole a breakdown splits: the frame's noun, else the last figure's before 其中 (in the
    sentence before, when 其中 opens this one), of the unit of the breakdown's `figures`."""
    if mark.group() != "其中":
        frame = next((q for q in reversed(figures) if q.end <= mark.start()), None)
        return _bare(segment[frame.end:mark.start()]) if frame else ""
    earlier = [q for q in figures if q.end <= mark.start()]
    if earlier:
        return _name(segment, earlier[-1])
    if start == 0:
        return ""
    before_start, _ = _segment(text, start - 1)
    previous = text[before_start:start - 1]
    stated = [q for q in find_quantities(previous) if q.is_measure and q.unit in {f.unit for f in figures}]
    return _name(previous, stated[-1]) if stated else ""


def _item(segment: str, q: Quantity) -> tuple[int, int]:
    """Where the item (between ，、：) stating the figure `q` stands in `segment`."""
    after = _ITEM.search(segment, q.end)
    return max((m.end() for m in _ITEM.finditer(segment, 0, q.start)), default=0), \
        after.start() if after else len(segment)


def _included(segment: str, q: Quantity) -> str:
    """The group a bracket right after the count or its noun says it takes in (`72名校长（含副校长）` → 副校长),
    or ''."""
    end = _CLAUSE_END.search(segment, q.end)
    m = _INCLUDED.search(segment, q.end, min(end.start() if end else len(segment), q.end + _INCLUDED_REACH + 8))
    return m.group("part") if m and m.start() - q.end <= _INCLUDED_REACH else ""


def _joint_words(segment: str, q: Quantity) -> str:
    """The words of the figure's item that join two groups by 或, before the figure (`获市级或省级表彰的教师85人`)
    or after it (`其余424人由家长接送或乘坐公交`), or ''."""
    start, end = _item(segment, q)
    for words in (segment[start:q.start], segment[q.end:end]):
        if _JOINT.search(words):
            return _bare(words)
    return ""


def _listed(segment: str, q: Quantity) -> tuple[str, ...]:
    """The groups a count takes together by a 、 list right after its counter (`120所中小学、幼儿园参加了…`): the
    list's items, the last cut to its first word; () when none is listed there. (A list before a figure may pair
    its items with figures listed after (`A、B分别达到X、Y`) or qualify one noun (`新建、改扩建校舍…`): not read.)"""
    after = _CLAUSE_END.search(segment, q.end)
    words = segment[q.end:after.start() if after else len(segment)]
    items = re.split(r"[、和及与]", words)
    # (`视力、听力等残疾儿童`: kinds of one group, whose count it is)
    # (the list stands right after the counter: an item before the last longer than a name of a kind of school
    # is a clause of its own, `…适龄妇女免费提供A和B筛查`, not a group counted)
    if len(items) < 2 or not all(items) or any(ch.isdigit() for ch in words) or re.search("分别|等", words) \
            or any(len(i) > _LISTED_ITEM for i in items[:-1]):
        return ()
    parts = (*items[:-1], (segment_words(items[-1]) or [""])[0])
    return parts if all(len(p) >= 2 for p in parts) else ()


def _body_word(words: str) -> str:
    """The noun a 组成 clause names (`讲师团，` → 讲师团; `专家组开展…` → 专家组): its first word of two characters
    or more."""
    return next((w for w in segment_words(words) if len(w) >= 2), "")


def _name(segment: str, q: Quantity) -> str:
    """What a figure counts: its item's words before it, 其中 and the verbs before the figure taken off."""
    words = segment[_item(segment, q)[0]:q.start]
    words = _BREAKDOWN.split(words)[-1]
    return _bare(words)


def _bare(words: str) -> str:
    """Words without the verbs that attach a figure (server/lexicon/figure_verbs.tsv) at either end, and
    without what comes before a verb of two characters or more inside them (全县 of `全县共有教师`)."""
    verbs = "|".join(map(re.escape, figure_verbs()))
    words = re.sub(rf"^(?:{verbs})+|(?:{verbs})+$", "", words.strip())
    inside = "|".join(map(re.escape, (v for v in figure_verbs() if len(v) > 1)))
    return re.split(inside, words)[-1] or words


def _naming(name: str, whole: str) -> set[str]:
    """The characters by which `name` names its group apart from `whole`."""
    return {ch for ch in name if "\u4e00" <= ch <= "\u9fff" and ch not in whole and ch not in _NOT_NAMING}


def _with_synonyms(question: str) -> set[str]:
    """The question's characters, with those of the documents' words for its words."""
    chars = set(question)
    for word, written in synonyms().items():
        if word in question:
            chars |= set("".join(written))
    return chars
