"""Follow-up questions: a turn that only makes sense after the previous one (`那初中呢？`, `恩施呢？`,
`那2025年的目标呢？`, `普惠性幼儿园占比呢？`).

The previous question is read as slots — place, place below the county (a town), time, indicator, named
school or row label, school stage — around its topic and the ask at its end. What the new turn names
replaces the slot of the previous question it belongs to (a place the place, a town the town, a stage the
stage); everything else of the previous question is kept. A new topic keeps the previous question's
place, town, time, stage and label and asks what it asked. No model is asked: a value takes the slot of
its own kind, and where the previous question has none of that kind it is added.

`check` then holds the answer to what the follow-up changed: an answer whose passages never name
the new stage, label or indicator, or state its figure for the value replaced, is the previous
answer again and is withdrawn.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from figures.indicators import INDICATORS
from ingest.models import Document
from ingest.normalize import normalize
from ingest.segment import words
from server.answer import Draft
from server.answer.verify import STAGE_FAMILIES
from server.lexicon import money_nouns, people_groups, role_nouns
from server.query import (
    ASK_AMOUNT,
    INDICATOR_NAMES,
    QUESTION_WORDS,
    STAGES,
    RegionCatalog,
    analyse,
    function_word,
    local_names,
)
from server.schemas import Citation
from server.timespans import RELATIVE_YEARS, span_words

_ELLIPTIC_HEAD = re.compile(r"^(?:那么?|还有|另外|再问一下|再问)[，,]?")
_ELLIPTIC_TAIL = re.compile(r"(?:的情况|情况|的|怎么样|如何)?呢[?？。!！\s]*$")
# what a question asks at its end (`…比率是多少？`, `…有哪些？`): an elliptic follow-up asks it again
# (all its asks when it asks several of one thing: `安排了多少人和多少经费？`)
_ONE_ASK = r"(?:多少[^，,。；;？?]{0,4}|几[个名所人项次年]|是什么|有哪些|什么时候|哪一年)"
_ASK_TAIL = re.compile(rf"(?:是|有|为|达到|约)?{_ONE_ASK}(?:(?:和|及|以及|、|还有){_ONE_ASK})*[?？]?$")
# an elliptic follow-up ending `…的呢` names a qualifier of a thing left unsaid, and the noun a question
# asking an amount counts after its last `的` (`…寄宿的留守儿童有几个`)
_OF_TAIL = re.compile(r"的呢[?？。!！\s]*$")
# a kind pointed at after its name (`那X这一类呢`, `X这类呢`): the name is the thing asked, the pointer asks nothing
_KIND_POINTER = re.compile(r"(?:这|那)一?(?:类|种)$")
# a measure of a thing rather than a thing (`执行率`, `占比`): asked alone after an amount of money of a thing, it
# is that thing's; another amount named alone (`项目支出`, `助学金`) is a thing of its own
_MEASURE_OF_THING = re.compile(r"(?:率|比例|占比|比重)$")
_HEAD_NOUN = re.compile(r"的([\u4e00-\u9fff]{1,6})$")
# the follow-up asks a thing of its own (`到2025年要达到多少？`, `那某某大学呢，有什么安排？`)
_ASKING = re.compile(r"多少|几[个名所人项次年]|什么|哪些|哪一|怎么|怎样|如何|吗[?？]?$")
_YEAR_WORD = re.compile(r"(?:19|20)\d\d\s*年?")
# `这次创建攻坚…`: the time of the event the follow-up turns to, in place of the previous question's
_THIS_TIME = re.compile(r"(?:这|此|本|那)次")
_RELATIVE_YEAR = re.compile(r"(?<![比较同])(?:" + "|".join(RELATIVE_YEARS) + ")")
# the present asked as a time (`现在有几所`): a follow-up asking the target or another year replaces it, as a year
_PRESENT = re.compile(r"现在|目前|当前|现阶段|如今|眼下")
# the last word of a school's or a table row's name (城关小学, 育才学校, 公办幼儿园); a name is this
# word after one or two words that name (not a place, a stage, a question word or a particle)
# (and the areas schools are grouped into for management and inspection — 学区, 片区, 督导责任区 —, which
# report tables list as their rows: `第二责任区`, `城北片区`)
_INSTITUTION = ("小学", "初中", "高中", "初级中学", "高级中学", "中学", "学校", "幼儿园", "大学", "学院", "完小",
                "校区", "分校", "学区", "片区", "责任区")
_NOT_A_NAME = frozenset({"阶段", "各类", "全部", "所有", "每所", "各级"})
# words asking for the achieved rather than the planned state of the same figure (`2025年完成了多少？`
# after a target question): no topic of their own
_SAME_FIGURE = frozenset({"完成", "实现", "达成", "实际完成", "完成情况"})
# words asking for the planned level of the same figure (`到2026年要压缩到多少？`, `目标值呢`, `计划控制在多少`):
# a plan states its target by a verb of change toward a level or by 目标, never a topic of its own
_TOWARD_VERB = r"(?:要|将|计划|规划)?(?:降低?|下降|减少?|压缩|缩小|控制|提高|提升|增加|增长|上升|扩大|达|增|升)"
_TOWARD_NOUN = r"(?:预期)?目标值?|预期值?"
# the level asked needs the preposition (降到, 控制在): `比2020年提高了多少` asks a change, a topic of its own
_TOWARD = re.compile(_TOWARD_VERB + r"(?:到|至|在)|" + _TOWARD_NOUN)
# the words of such a question, each as jieba may cut it (降 / 到)
_TOWARD_WORD = re.compile(_TOWARD_VERB + r"(?:到|至|在)?|" + _TOWARD_NOUN)
_INDICATOR_FORMS = tuple(tuple(normalize(n, drop_space=True) for n in i.synonyms) for i in INDICATORS)


@dataclass(frozen=True)
class Slot:
    kind: str
    text: str  # as written in the (normalised) question
    start: int
    end: int
    was: str = ""  # in a resolved follow-up: the previous question's value it replaced ('' when added)


@dataclass
class Resolution:
    """A question after follow-up resolution, with what the follow-up changed."""
    text: str
    changed: list[Slot] = field(default_factory=list)  # the new turn's values that replaced a slot


def resolve(question: str, history: list[dict] | None, catalog: RegionCatalog) -> Resolution:
    """The question with what it leaves out taken from the previous user questions (each earlier
    follow-up resolved against the one before it)."""
    previous: str | None = None
    answered = ""
    for turn in history or []:
        content = (turn.get("content") or "").strip()
        if turn.get("role") == "user" and content:
            previous = _merge(content, previous, catalog)[0] if previous else content
            answered = ""
        elif turn.get("role") == "assistant":
            answered = content
    if previous is None:
        return Resolution(question)
    question = _answered_name(question, previous, answered)
    text, changed = _merge(question, previous, catalog)
    return Resolution(text, changed)


# `它`, `这所学校` pointing back at the one thing the previous answer named, when the previous question asked which
# one (`…的是哪家幼儿园`): the pronoun stands for that name
_WHICH_ONE = re.compile(r"哪(?:一)?(?:所|个|家|位|项)")
_POINTER = re.compile(r"^(?:那么?)?(?:它|(?:这|那|该|此)(?:所|个|家)?(?:学校|校|幼儿园|园|机构|单位))")
_BARE_NAME = re.compile(r"[\u4e00-\u9fff]{2,16}")
_ANSWER_END = "。.!！ \n"


# a demonstrative and its noun opening a follow-up (`那这个科目…`, `这所学校…`): the noun is checked against the one
# the previous question asked which of (`哪个科目`)
_THIS_NOUN = re.compile(r"^(?:那么?)?(?:这|那|该|此)(?:一)?(?:所|个|家|位|项|门)?")
# the name an answer opens with, before what it says of it (`某科目，比例为…`, `某校（得分…）`)
_OPENING_NAME = re.compile(r"[\u4e00-\u9fff]{2,16}(?=[，,。（(：:]|$)")
MAX_NOUN_CHARS = 4


def _answered_name(question: str, previous: str, answered: str) -> str:
    """The question with its opening pronoun replaced by the name the previous answer gave alone (`启明书院。` to
    `…评分最低的是哪家幼儿园`), when the previous question asked which one; or a demonstrative with the noun the
    previous question asked which of (`这个科目` after `哪个科目…最低`) replaced by the name the answer opens with;
    else unchanged."""
    name = answered.strip(_ANSWER_END)
    norm = normalize(question, drop_space=True)
    prev = normalize(previous, drop_space=True)
    pointer = _POINTER.match(norm)
    if pointer is not None and _WHICH_ONE.search(prev) and _BARE_NAME.fullmatch(name):
        return name + norm[pointer.end():]
    this = _THIS_NOUN.match(norm)
    opening = _OPENING_NAME.match(normalize(answered, drop_space=True))
    if this is None or this.end() == 0 or opening is None:
        return question
    for end in range(this.end() + MAX_NOUN_CHARS, this.end() + 1, -1):
        noun = norm[this.end():end]
        if len(noun) == end - this.end() and re.search(rf"{_WHICH_ONE.pattern}{re.escape(noun)}", prev):
            return opening.group() + norm[end:]
    return question


def resolve_followup(question: str, history: list[dict] | None, catalog: RegionCatalog) -> str:
    """`某县2025年普通小学在校学生数目标？` then `那普通初中呢？` → `某县2025年普通初中在校学生数目标？`;
    `某市公办幼儿园占比？` then `普惠性幼儿园占比呢？` → `某市普惠性幼儿园占比？`."""
    return resolve(question, history, catalog).text


def slots(text: str, catalog: RegionCatalog) -> list[Slot]:
    """The place, local place, time, indicator, label and stage slots of a normalised question, in text order;
    a span belongs to the first of these kinds that claims it (学前 inside 学前三年毛入园率 is no stage). A place
    below the county (a town the documents name, which the catalog lacks) is a slot of its own kind: a follow-up
    keeps it with the county, and a town it names replaces the town, never the county."""
    found: list[Slot] = []

    def claim(kind: str, start: int, end: int) -> None:
        if end > start and all(end <= s.start or start >= s.end for s in found):
            found.append(Slot(kind, text[start:end], start, end))

    _, _, blanked = catalog.find(text)
    start = None
    for i, (a, b) in enumerate(zip(text + " ", blanked + " ", strict=True)):
        if start is None and a != b:
            start = i
        elif start is not None and a == b:
            claim("place", start, i)
            start = None
    for name in local_names(text, catalog.in_text):
        for m in re.finditer(re.escape(name), text):
            # a school named by its town (`X镇中学`): a label whole, as a row of a table of schools names it
            school = next((n for n in _INSTITUTION if text.startswith(n, m.end())), "")
            claim("label" if school else "local", m.start(), m.end() + len(school))
    for pattern in (_YEAR_WORD, _RELATIVE_YEAR, _THIS_TIME, _PRESENT):
        for m in pattern.finditer(text):
            claim("time", m.start(), m.end())
    for span in span_words(text):
        at = text.find(span)
        claim("time", at, at + len(span))
    for name in INDICATOR_NAMES:  # longest first
        for m in re.finditer(re.escape(name), text):
            claim("indicator", m.start(), m.end())
    for start, end in _labels(text, found):
        claim("label", start, end)
    for start, end in _stages(text):
        claim("stage", start, end)
    return sorted(found, key=lambda s: s.start)


def _tokens(text: str) -> list[tuple[str, int]]:
    tokens, at = [], 0
    for w in words(text):
        tokens.append((w, at))
        at += len(w)
    return tokens


def _labels(text: str, around: list[Slot]) -> list[tuple[int, int]]:
    """Spans of named schools or rows (`城关小学`, `第二中学`, `公办幼儿园`): an institution word after
    one or two naming words (not a place or time of `around`)."""
    tokens = _tokens(text)
    stop = {i for s in around if s.kind in ("place", "local", "time") for i in range(s.start, s.end)}
    spans = []
    for i, (w, start) in enumerate(tokens):
        # the institution word may be glued to what follows it (`西岭中学生均…` → 中学生/均)
        w = w if w in _INSTITUTION else next((n for n in _INSTITUTION if w.startswith(n) and i > 0), "")
        if not w:
            continue
        first = i
        while first > max(0, i - 2) and _names(tokens[first - 1][0]) and tokens[first - 1][1] not in stop:
            first -= 1
        name = text[tokens[first][1]:start + len(w)]
        if first < i and name not in STAGES:
            spans.append((tokens[first][1], start + len(w)))
    return spans


# what may follow a stage's name and still name the stage (`中职学校`, `初中阶段`)
_STAGE_NOUN = re.compile(r"学校|阶段")
# a demonstrative pointing back at a thing the previous question named (`这个服务` → 课后服务)
_DEMONSTRATIVES = frozenset({"这个", "这项", "这一", "此", "该", "此项", "该项"})
# a school pointed back at (这所学校, 该校, 这家幼儿园): the one the previous question named
# nouns any undertaking is called by (这个项目, 这项工作, 该工程): they point back at the previous question's topic
_UNDERTAKINGS = frozenset({"项目", "工程", "工作", "活动", "计划", "行动", "培训"})
_THIS_SCHOOL = re.compile(r"(?:这|那|该|此)(?:所|个|家)?(?:学校|校|幼儿园|园)")


def _stages(text: str) -> list[tuple[int, int]]:
    """Spans of school stages that begin a word (not the 小学 of 中小学), longest form first, with a
    noun that only says it is the stage (`中职学校`: no topic of its own)."""
    starts = {at for _, at in _tokens(text)}
    spans: list[tuple[int, int]] = []
    for stage in STAGES:
        for m in re.finditer(stage, text):
            if m.start() in starts and all(m.end() <= a or m.start() >= b for a, b in spans):
                noun = _STAGE_NOUN.match(text, m.end())
                spans.append((m.start(), noun.end() if noun else m.end()))
    return spans


def _names(token: str) -> bool:
    # an asking word with its counter (`有几所幼儿园`) asks the count, it names no school
    return (any("\u4e00" <= ch <= "\u9fff" for ch in token) and token not in QUESTION_WORDS
            and not ASK_AMOUNT.fullmatch(token)
            and token not in _NOT_A_NAME and token not in STAGES and not function_word(token)
            and not _YEAR_WORD.search(token))


def _antecedent(norm: str, previous: str, catalog: RegionCatalog) -> str:
    """`这个服务每人补助多少` after `…托管服务覆盖率多少`: the demonstrative and its noun replaced
    by the previous question's word that ends in that noun (托管服务), when there is one; a noun any
    undertaking is called by (`这个项目`, `这项工作`) by the previous question's topic when none ends in it."""
    tokens = words(norm)
    before = words(previous)
    for i, (this, noun) in enumerate(zip(tokens, tokens[1:])):
        if this not in _DEMONSTRATIVES:
            continue
        named = next((w for w in before if w.endswith(noun) and len(w) > len(noun)), "")
        if not named and noun in _UNDERTAKINGS:
            named = _topic(previous, catalog)
        if named:
            return "".join(tokens[:i]) + named + "".join(tokens[i + 2:])
    return norm


def _topic(previous: str, catalog: RegionCatalog) -> str:
    """What the previous question asked about (`某区骨干教师研修经费多少` → 骨干教师研修): without its place and
    time, its asking words and the money noun it asked the amount of; '' when nothing is left."""
    text = _ASK_TAIL.sub("", previous)
    for slot in sorted(slots(text, catalog), key=lambda s: -s.start):
        if slot.kind in ("place", "local", "time"):
            text = text[:slot.start] + text[slot.end:]
    money = next((n for n in sorted(money_nouns(), key=len, reverse=True) if text.endswith(n)), "")
    text = text[:len(text) - len(money)].strip("的之 ")
    return text if len(text) >= 2 else ""


def _money_asked_of(previous: str, catalog: RegionCatalog) -> str:
    """The thing the previous question asked an amount of money of (`校车购置` of `某区2029年校车购置预算多少`);
    '' when it asked no money or names nothing beside it."""
    text = _ASK_TAIL.sub("", previous).strip("的之 ")
    return _topic(previous, catalog) if any(text.endswith(n) for n in money_nouns()) else ""


def _pointed_label(norm: str, previous: str, catalog: RegionCatalog) -> str:
    """`这所学校的及格率呢` after `某某第三小学…体测优秀率是多少`: the school pointed back at is the one the previous
    question named (its label slot), not any school of the place; unchanged when it named none or several."""
    labels = [s.text for s in slots(previous, catalog) if s.kind == "label"]
    return _THIS_SCHOOL.sub(labels[0], norm, count=1) if len(labels) == 1 else norm


# a year counted from the previous question's (`那前一年呢` after `…2025年…`): the year before it or after it
_YEAR_BESIDE = {"前一年": -1, "上一年": -1, "后一年": 1, "下一年": 1}


def _year_beside(norm: str, previous: str) -> str:
    """The follow-up with a year counted from the previous question's one year written as that year (前一年 after
    2025年 → 2024年); unchanged when the previous question names no year or several."""
    years = {int(m.group()[:4]) for m in _YEAR_WORD.finditer(previous)}
    if len(years) != 1:
        return norm
    year = years.pop()
    for word, step in _YEAR_BESIDE.items():
        norm = norm.replace(word, f"{year + step}年")
    return norm


def _merge(question: str, previous: str, catalog: RegionCatalog) -> tuple[str, list[Slot]]:
    norm = normalize(question, drop_space=True)
    pointed = _antecedent(_pointed_label(norm, normalize(previous, drop_space=True), catalog),
                          normalize(previous, drop_space=True), catalog)
    if pointed != norm:  # the thing pointed back at, written out, is the question's own topic
        question = norm = pointed
    norm = _year_beside(norm, normalize(previous, drop_space=True))
    x = _ELLIPTIC_TAIL.sub("", _ELLIPTIC_HEAD.sub("", norm))
    kind_pointed = bool(_KIND_POINTER.search(x)) and len(_KIND_POINTER.sub("", x)) >= 2
    x = _KIND_POINTER.sub("", x) if kind_pointed else x
    new = analyse(x or norm, catalog)  # without 那…呢, which jieba may glue to a name (那翠江)
    if "compare" in new.intents:
        return question, []  # asks across places: a question of its own
    elliptic = x != norm
    asks_own = bool(_ASKING.search(x))
    new_slots = slots(x, catalog)
    if (new.regions or new.unknown_regions) and asks_own:
        return question, []  # names its own place and asks its own thing
    before = normalize(previous, drop_space=True)
    old_slots = slots(before, catalog)
    old = analyse(previous, catalog)
    targets = _targets(before, old_slots, new_slots)
    inside = "".join(s.text for s in new_slots)
    toward = bool(_TOWARD.search(x))
    own = [t for t in new.terms if t not in old.terms and t not in inside and not any(t in s for s in STAGES)
           and t not in _SAME_FIGURE and not (toward and _TOWARD_WORD.fullmatch(t))]
    # an indicator where the previous question asked about something else is a new topic
    own += [s.text for s in new_slots if s.kind == "indicator" and targets[id(s)] is None]
    relative = any(_RELATIVE_YEAR.fullmatch(s.text) for s in new_slots) and len(own) <= 1
    if relative or not own and (new_slots or elliptic or toward):
        # `那初中呢？` / `恩施呢？` / `到2025年要达到多少？` / `目标是多少？`: the previous question, slots replaced
        # a target asked without a year is the plan's, not the year asked before
        undated = toward and not any(s.kind == "time" for s in new_slots)
        merged, changed = _replace(before, old_slots, new_slots, targets, relative, undated)
        if any(c.kind in _PARTS and not c.was for c in changed):
            # a part newly named (`那A乡拿到多少？` after `…一共多少`): the previous question's whole is narrowed to
            # it, and the words that summed the whole (一共) ask no longer
            merged = _WHOLE_WORDS.sub("", merged)
        if not _without(x, new_slots, keep_time=False).strip("的之了 "):
            return merged, changed
        # what the follow-up says beyond its slots (`的目标`, `要达到多少`): one question, not two asks
        said = _without(x, new_slots).strip("的之了 ")
        if toward and "目标" not in said:  # `要压缩到多少` asks the planned level: a table's 目标 column
            said = "目标" + said
        return f"{merged.rstrip('?？。!！ ')} {said}", changed
    labels = [s for s in old_slots if s.kind == "label"]
    if elliptic and not asks_own and not new_slots and len(labels) == 1 and (kind_pointed or _OF_TAIL.search(norm)):
        # `那X这一类呢`, `X的呢` after a question naming a row (a school, a kind of school): X is whose figure is
        # asked now, the row in the place of the one named before, the measure asked kept
        label = labels[0]
        row = Slot("label", x, label.start, label.start + len(x), was=label.text)
        return before[:label.start] + x + before[label.end:], [row]
    # another topic (`那地表水质量呢？`, `在校学生有多少？`): the previous question's place, time,
    # label and stage, with the new topic and, when it asks nothing itself, the previous ask
    named = {n.kind for n in new_slots} | ({"stage"} if any(n.kind == "label" for n in new_slots) else set())
    # (the present asked is no year to keep: a question naming no time asks the latest the documents state)
    kept = [s.text for s in old_slots if s.kind in ("place", "local", "time", "label", "stage") and s.kind not in named
            and not _PRESENT.fullmatch(s.text)]
    ask = _ASK_TAIL.search(before)
    topic = question.strip()
    # `执行率呢？` after `…学生资助预算多少`: another measure of the thing the money was asked of (a budget
    # table's row), which is kept as a label is
    thing = _money_asked_of(before, catalog) if elliptic and not asks_own and not new_slots \
        and _MEASURE_OF_THING.search(_ASK_TAIL.sub("", x)) else ""
    if thing and thing not in x:
        kept.append(thing)
    stage = _STAGE_ASKED.match(x)
    frame = _COUNT_ASKED.search(before)
    same = _COUNT_ASKED.search(x)
    if stage and frame and same and same.group("counter") == frame.group("counter") and not new_slots:
        # `那已建成几所` after `…X计划新建几所`: the same X counted in the same counter at another stage
        # (planned → done), so X — the previous question up to its own stage word or ask — is kept
        was = _STAGE_ASKED.search(before, _place_end(old_slots), frame.start())
        return before[:was.start() if was else frame.start()] + x, []
    counted = _COUNTED_PEOPLE.search(before)
    if counted and elliptic and not asks_own and not new_slots and _names_people(counted.group("noun")) \
            and _names_people(x) and not _OF_TAIL.search(norm):
        # `那B呢` after `…X有多少A` (A, B groups of people): B counted where A was, the row or place X and the
        # count asked kept — never a sentence relating B to A
        return before[:counted.start("noun")] + x, []
    if ask and elliptic and not asks_own:
        # `那A的呢？` after `…B的C有多少？`: A qualifies the thing the previous question counted, as B did
        # (its people, not A's person-times or sessions)
        head = _HEAD_NOUN.search(before, 0, ask.start()) if _OF_TAIL.search(norm) else None
        topic = (f"{x}的{head.group(1)}" if head and head.group(1) not in x else x) + ask.group(0)
    return "".join(kept) + topic, []


# the word opening a count's stage (planned, done, in total, still to do); a count asked closing a question with its
# counter (`多少间`, `几所`)
_STAGE_WORDS = r"(?:计划|规划|已经|已|实际|累计|共|还|尚|仍|拟|将|预计)"
_STAGE_ASKED = re.compile(_STAGE_WORDS)
_COUNT_ASKED = re.compile(r"(?:有|为|是)?(?:多少|几)(?P<counter>[\u4e00-\u9fff])[?？]?$")


def _place_end(old: list[Slot]) -> int:
    """Where the previous question's place and time end (a stage word is looked for after them, not in a name)."""
    return max((s.end for s in old if s.kind in ("place", "local", "time")), default=0)


# a count of people closing a question (`…有多少X`, `几名X`): the asking word, its counter and the people counted
_COUNTED_PEOPLE = re.compile(r"(?:多少|几)[个名位]?(?P<noun>[\u4e00-\u9fff]{2,8})[?？]?$")


def _names_people(noun: str) -> bool:
    """Whether `noun` names a group of people (server/lexicon/people_groups.tsv, role_nouns.tsv)."""
    return any(w in noun for words in people_groups().values() for w in words) \
        or noun.endswith(role_nouns())


# slots naming a part of what a question asked of a whole: a town below the county, a school or a table's row
_PARTS = ("local", "label")
# the words asking the whole of what is counted or paid (`一共多少`, `合计多少`)
_WHOLE_WORDS = re.compile(r"一共|总共|共计|合计|总计|加起来")


def _targets(text: str, old: list[Slot], new: list[Slot]) -> dict[int, tuple[int, int] | None]:
    """The span of the previous question each new value replaces, None where it has no slot of
    the kind: the slot of the same kind first; a label may take a stage's place and a stage the
    stage its label ends in; a label or stage written inside an indicator's name (公办幼儿园 in
    公办幼儿园占比) is taken last."""
    taken: set[tuple[int, int]] = set()
    targets: dict[int, tuple[int, int] | None] = {}

    def free(span: tuple[int, int]) -> bool:
        return all(span[1] <= a or span[0] >= b for a, b in taken)

    for slot in new:
        candidates = [(s.start, s.end) for s in old if s.kind == slot.kind]
        if slot.kind == "label":
            candidates += [(s.start, s.end) for s in old if s.kind == "stage"]
            candidates += [span for span in _labels(text, old) if _within(span, old, "indicator")]
        elif slot.kind == "stage":
            candidates += [(s.end - len(_stage_suffix(s.text)), s.end) for s in old
                           if s.kind == "label" and _stage_suffix(s.text)]
            candidates += [span for span in _stages(text) if _within(span, old, "indicator")]
        target = next((span for span in candidates if free(span)), None)
        if target is not None:
            taken.add(target)
        targets[id(slot)] = target
    return targets


def _within(span: tuple[int, int], slots: list[Slot], kind: str) -> bool:
    return any(s.kind == kind and s.start <= span[0] and span[1] <= s.end for s in slots)


def _replace(text: str, old: list[Slot], new: list[Slot], targets: dict[int, tuple[int, int] | None],
             relative: bool, undated: bool = False) -> tuple[str, list[Slot]]:
    """`text` with each new value in its target span; values without one go in after the place
    (`undated`: the previous question's years dropped)."""
    edits: list[tuple[int, int, str]] = [(s.start, s.end, "") for s in old if undated and s.kind == "time"]
    changed: list[Slot] = []
    for slot in new:
        target = targets[id(slot)]
        if relative and slot.kind == "time":  # 今年呢 after 去年…: the new word (read per document) in the
            # old year's place, the question's other years dropped
            edits += [(s.start, s.end, "") for s in old if s.kind == "time" and (s.start, s.end) != target]
        if target is None:
            at = 0 if slot.kind == "place" else max((s.end for s in old if s.kind == "place"), default=0)
            target = (at, at)
        value = _bare_stage(slot.text) if slot.kind == "stage" else slot.text
        if slot.kind == "stage" and (grade := _grade_after(text, target[1], value)) is not None:
            edits.append(grade)  # 小学一年级 → 初中: its first grade, 七年级
        edits.append((*target, value))
        if text[target[0]:target[1]] != value:
            changed.append(replace(slot, was=text[target[0]:target[1]]))
    for start, end, value in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        text = text[:start] + value + text[end:]
    return text, changed


# the grades of the compulsory stages are numbered on through both (义务教育课程方案（2022年版）: 一至九年级, the
# junior secondary ones 七、八、九年级): a grade a follow-up carries from a primary question into 初中 is the
# junior stage's grade of the same rank
_JUNIOR_GRADES = {"一": "七", "二": "八", "三": "九", "1": "7", "2": "8", "3": "9"}
_GRADE = re.compile(r"([一二三123])(?=年级)")


def _grade_after(text: str, at: int, stage: str) -> tuple[int, int, str] | None:
    """The edit turning the grade written right after the stage replaced (`小学一年级`) into the new stage's own
    (`初中七年级`), or None: only 初中 numbers its grades on from 小学's."""
    grade = _GRADE.match(text, at)
    return (grade.start(), grade.end(), _JUNIOR_GRADES[grade.group()]) if grade and stage == "初中" else None


def _bare_stage(stage: str) -> str:
    """A stage without the noun that only says it is the stage (`初中阶段` → 初中)."""
    return stage if stage in STAGES else re.sub(rf"(?:{_STAGE_NOUN.pattern})$", "", stage)


def _stage_suffix(label: str) -> str:
    return next((s for s in STAGES if label.endswith(s)), "")


def _without(text: str, removed: list[Slot], keep_time: bool = True) -> str:
    """The follow-up without the values that stand in the merged question already (its time stays:
    `到2025年` reads as a target year)."""
    for slot in sorted(removed, key=lambda s: s.start, reverse=True):
        if slot.kind != "time" or not keep_time:
            text = text[:slot.start] + text[slot.end:]
    return text


# --- is the answer about what the follow-up asked? -----------------------------------------------

def check(draft: Draft, resolution: Resolution, cited: list[str]) -> Draft:
    """`draft` unless it answers the previous question instead of the follow-up: its passages
    (`cited`: texts and sections) never name a new stage, label or indicator, or they state its
    first figure for the value the follow-up replaced (`小学…0.337；初中…0.303` answering 初中 with
    0.337: the value named last before the figure is the previous one)."""
    if draft.abstained or not resolution.changed:
        return draft
    text = normalize(" ".join(cited), drop_space=True)
    for slot in resolution.changed:
        if slot.kind in ("stage", "label", "indicator") and not any(v in text for v in _forms(slot)):
            return _withdrawn(slot)
    if draft.figures:
        for slot in resolution.changed:
            if slot.kind in ("stage", "label", "indicator") and slot.was and _bound_to(text, draft.figures[0].value,
                                                                                       slot.was, _forms(slot)):
                return _withdrawn(slot)
    return draft


def cited_texts(citations: Sequence[Citation], documents: Mapping[str, Document]) -> list[str]:
    """What each citation says for `check`: its section and text; a table row's cells each after the
    header that names it (`小学差异系数 0.448 初中差异系数 0.392`), so a value is bound to its column."""
    texts = []
    for c in citations:
        doc = documents.get(c.doc_id)
        table = next((t for t in doc.tables if t.start <= c.start < t.end), None) if doc else None
        row = next((r for r in table.rows if r.start <= c.start < r.end), None) if table else None
        cells = " ".join(f"{cell.column} {cell.text}" for cell in row.cells) if row else c.text
        texts.append(f"{c.section} {cells}")
    return texts


def _bound_to(text: str, value: float, was: str, forms: tuple[str, ...]) -> bool:
    """Whether every place `text` states `value` has `was` named after the last of `forms` before it."""
    written = f"{value:g}"
    at = [m.start() for m in re.finditer(rf"(?<![\d.]){re.escape(written)}(?![\d])", text)]
    if not at:
        return False  # computed, or written otherwise: nothing to hold it to

    def last(names: tuple[str, ...], end: int) -> int:
        return max((text.rfind(n, 0, end) for n in names), default=-1)

    return all(last((was,), i) > last(forms, i) for i in at)


def _forms(slot: Slot) -> tuple[str, ...]:
    """The ways passages write a slot value: a stage by any name of its family, an indicator by
    any of its names."""
    if slot.kind == "stage":
        named = max((n for n in STAGE_FAMILIES if n in slot.text), key=len, default="")  # 普通初中 → 初中
        return tuple(n for n in STAGE_FAMILIES if named and STAGE_FAMILIES[n] == STAGE_FAMILIES[named]) or (slot.text,)
    if slot.kind == "indicator":
        return next((names for names in _INDICATOR_FORMS if slot.text in names), (slot.text,))
    return (slot.text,)


def _withdrawn(slot: Slot) -> Draft:
    return Draft(f"文件中未找到：所引段落没有说到“{slot.text}”的这一项。", True)
