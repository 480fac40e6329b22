"""Pieces of answer text: the clause around a quantity, a measure item's extent, the quantity a
question asks for, display forms. Pure functions over the document text."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from figures.compute import Computation
from figures.direction import CHANGE_BEFORE, CHANGED_ONLY, FALL_VERBS, RISE_VERBS, alternation
from figures.numbers import Quantity, display_scale, find_quantities, whole_number
from ingest.clauses import CLAUSE_END, clause_end, clause_start
from ingest.models import Cell, Document
from ingest.normalize import normalize, pauses
from ingest.segment import words
from ingest.structure import split_paragraphs, split_sentences
from server.answer.counted import counted_as_asked
from server.answer.staffroles import other_role
from server.calc import starting_values
from server.intent import COUNTERS, PER_HEAD, asked_counter
from server.lexicon import per_head, stage_names, stages
from server.query import ASK_AMOUNT, STAGES, Query, key_terms
from server.schemas import Figure

MEASURE_LEAD_CHARS = 40  # a measure sentence this short is a heading or a lead: its content follows
MEASURE_SPAN_CHARS = 420  # at most this much of a measure item is quoted
MAX_CLAUSE_CHARS = 60
NAMING_SHARE = 0.5  # a clause quoted from a long sentence carries at least this share of the best one's key terms
BOUND_GAP = 4  # a figure within this many characters of a key term of its clause is bound to it (the nearest wins)

# the circled numbers (①…⑳, ㉑…㉟) plans set items in, run on in one paragraph as often as on lines of their own
CIRCLED = "\u2460-\u2473\u3251-\u325f"
# the kinds of list markers: an item's heading and the items under it use different kinds
_MARKERS = (("是", re.compile(r"\s*[一二三四五六七八九十]+是")),
            ("（）", re.compile(r"\s*[（(][一二三四五六七八九十\d]+[)）]")),
            ("1.", re.compile(r"\s*\d+[.、．](?!\d)")),
            ("第", re.compile(r"\s*第[一二三四五六七八九十]+[,，、]")),
            ("一、", re.compile(r"\s*[一二三四五六七八九十]+、")),
            ("①", re.compile(rf"\s*[{CIRCLED}]")))
# the start of the next item of an enumerated list: 二是… / (三) / 4. / 第二, / ③ (any kind of marker)
ITEM_HEAD = re.compile("|".join(rx.pattern for _, rx in _MARKERS))
# an amount per head as documents write it: 每 and the one it is paid for (每生, 每名学生), or an average (生均, 人均):
# server/lexicon/per_head.tsv
PER_EACH = "|".join(map(re.escape, per_head()["each"]))
PER_MEAN = "|".join(map(re.escape, per_head()["mean"]))
_PER_HEAD_BEFORE = re.compile(PER_EACH)
RATE_REACH = 8  # characters from a 每生/每人/每课时 to the amount it rates (`每生每学年1000元`)
_MODIFIER = re.compile(r"\s*(?:及|或)?(?:以上|以下|左右)?的")
_STANDARD_AFTER = re.compile(r"\s*的(?:补助|补贴|资助|奖励)?标准")
# a measure written as an attribute of the noun after 的 (`总规模1000亿元的引导基金`, `总投资50亿元的项目`):
# the thing's own size, which a question asking that measure of it asks
_MEASURE_BEFORE = re.compile(r"(规模|投资|面积|金额|总额|容量)(?:为|达|约|超)?$")
_ASKS_START = ("start", "previous", "change", "growth", "difference")  # operations that need a change's start
_ITEM_END = re.compile(pauses("，；;。！？!?：:、"))
_CJK_SPACE = re.compile(r"(?<=[\u3000-\u9fff，。、；：“”（）])\s+(?=[\u3000-\u9fff，。、；：“”（）\d])|"
                        r"(?<=[\u3000-\u9fff\d])\s+(?=[\u3000-\u9fff，。、；：“”（）])")


def measure_span(text: str, chunk_end: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """A measure sentence with the content that carries it out: a heading (`一是推进招生制度改革。`)
    or a short lead takes the following sentences of its item, up to the next item's heading; a
    heading whose items are of another kind (`第三,以队伍为第一资源。` over `一是…二是…`) takes them."""
    start, end = sentence = run_on(text, sentence, chunk_end)
    listed = colon_list(text, sentence, chunk_end)
    if listed is not None:
        return listed  # `…重点做好以下工作：A；B；C。`: the lead-in with every item of its list
    if not _heading_like(text, start, end):
        return sentence  # a measure of its own (`落实养老服务消费补贴政策，探索开展旅居养老。`)
    own, child = _marker(text, start), ""
    # a run-in heading that leads its paragraph (`完善社会保障体系。稳妥实施…。健全职业伤害保障制度。…`)
    # owns the paragraph: a short sentence inside it is one of its measures, the next paragraph another item
    leads = not own and run_in_heading(text[start:end]) and starts_paragraph(text, start)
    for s, e in split_sentences(text, end, chunk_end):
        marker = _marker(text, s)
        if marker and (marker == own or child and marker != child) or e - start > MEASURE_SPAN_CHARS:
            break  # the next item of its own list, or a list above the one under it
        if leads and starts_paragraph(text, s):
            break
        if not leads and not own and not marker and not child and run_in_heading(text[s:e]):
            break  # the next run-in heading of a report's paragraph (`促进就业。…。办好人民满意的教育。…`)
        child = child or marker
        end = e
    return start, end


# a sentence never ends at a word joining two things (`持A和` over `B报名`): a line ending so breaks it, and the
# line after it is no sentence of its own
_JOIN_END = ("和", "与", "及", "或")
_OPEN_END = ("，", "、", ",", *_JOIN_END)  # nor at a comma: a line ending so runs on into the next


def run_on(text: str, sentence: tuple[int, int], limit: int) -> tuple[int, int]:
    """A sentence cut at a line end after a comma or a joining word (an OCR'd notice's or a PDF's short lines:
    `…实行预警，` over `按…录取。`) with the lines that finish it, up to `limit`, and a line a joining word
    closes before it (`…持A和` over `B报名。`); any other sentence as it is."""
    start, end = sentence
    for _, b in split_sentences(text, end, limit):
        if not text[start:end].rstrip().endswith(_OPEN_END) or b - start > MEASURE_SPAN_CHARS:
            break
        end = b
    while start > 0 and end - start <= MEASURE_SPAN_CHARS:
        line = text.rfind("\n", 0, start - 1) + 1  # the line before the sentence
        before = split_sentences(text, line, start)
        if not before or not text[before[-1][0]:start].rstrip().endswith(_JOIN_END):
            break
        start = before[-1][0]
    return start, end


# a list asked by its heading or its lead (`讲了哪些问题`, `有哪几方面不足`, `存在什么短板`)
ASKS_LIST = re.compile(r"哪些|哪几|什么|啥")
_ITEM_SEP = ("；", ";")
_LIST_CLOSE = ("。", "！", "？", "!", "?")
COLON_LIST_CHARS = 400  # at most this much of a colon-led list is quoted


def colon_list(text: str, sentence: tuple[int, int], limit: int) -> tuple[int, int] | None:
    """The whole enumeration a sentence stands in when a lead-in's colon opens it and its items are
    set apart by `；` up to the `。` closing it (a speech's or feedback's `…清醒看到存在的问题：A；B；C。`,
    a plan's `面临的挑战：A；B。`): from the lead-in's sentence to the closing one, within its
    paragraph and `limit`; None for a sentence in no such list (a numbered list is read by its markers)."""
    s, e = sentence
    start, end = _paragraph_bounds(text, s, limit)
    run = split_sentences(text, start, end)
    at = next((i for i, (a, b) in enumerate(run) if a <= s < b), None)
    if at is None:
        return None
    first = at
    while first and text[run[first - 1][0]:run[first - 1][1]].rstrip().endswith(_ITEM_SEP):
        first -= 1
    a0, b0 = run[first]
    colon = max(text.rfind("：", a0, b0), text.rfind(":", a0, b0))
    if colon < 0 or not text[colon + 1:b0].strip(" ；;") or ITEM_HEAD.match(text, colon + 1):
        return None
    last = first
    while last < len(run) - 1 and text[run[last][0]:run[last][1]].rstrip().endswith(_ITEM_SEP):
        last += 1
    if last == first or not text[run[last][0]:run[last][1]].rstrip().endswith(_LIST_CLOSE) \
            or run[last][1] - a0 > COLON_LIST_CHARS:
        return None
    return a0, run[last][1]


# a Q&A document's (政策问答, 答记者问) question line and its answer lines: `问三：…需要什么条件？`, `答：…`
_ASK_START = re.compile(r"\s*(?:问[一二三四五六七八九十\d]*|Q\d*)\s*[：:]")
_ANSWER_START = re.compile(r"\s*(?:答|A)\s*[：:]")
_ASK_END = ("？", "?")


def answer_lines(text: str, sentence: tuple[int, int], limit: int) -> tuple[int, int] | None:
    """The answer a Q&A document gives to the question line `sentence` (`问三：…？` then `答：…` lines):
    from the 答 line after it up to the next question line, within `limit` and COLON_LIST_CHARS; None for
    a sentence that is no question line or has no 答 line right after it. The question line only repeats
    what was asked. (A transcript's turns are paragraphs, read by measures.turn_pair; a leaflet numbers its
    questions and runs them on after an answer's 。 in one line.)"""
    s, e = sentence
    if not _ASK_START.match(text, s) or not text[s:e].rstrip().endswith(_ASK_END):
        return None
    answers: list[tuple[int, int]] = []
    for a, b in split_sentences(text, e, min(limit, e + COLON_LIST_CHARS)):
        if not text[a:b].strip():
            continue
        if _ASK_START.match(text, a) or not answers and not _ANSWER_START.match(text, a):
            break
        answers.append((a, b))
    return (answers[0][0], answers[-1][1]) if answers else None


def _paragraph_bounds(text: str, at: int, limit: int) -> tuple[int, int]:
    """The paragraph holding offset `at` (a line the layout broke mid-sentence joined on), cut at `limit`."""
    window = text.rfind("\n", 0, max(0, at - COLON_LIST_CHARS)) + 1
    return next(((a, min(b, limit)) for a, b in split_paragraphs(text, window, max(limit, at + 1)) if a <= at < b),
                (at, limit))


_INNER_PAUSE = re.compile(pauses("，；;"))
RUN_IN_CHARS = 16  # a run-in heading of a report's paragraph is a short phrase (`办好人民满意的教育。`)


def per_head_amount(sentence: str) -> bool:
    """Whether `sentence` states an amount per head the way documents write it: in 元 after its
    每生/每人 (`按每生每年300元的标准`), not in a per-head unit."""
    return any(q.unit == "元" and _after_per_head(sentence, q) for q in find_quantities(sentence))


def _after_per_head(sentence: str, q: Quantity) -> bool:
    """`q` is written after a 每生/每人 that it rates (`按每生每年300元`)."""
    if _PER_HEAD_BEFORE.search(sentence, max(0, q.start - RATE_REACH), q.start) is not None:
        return True
    # or a clause giving each one several things, the amount last (`每人颁发纪念册和奖励金N元`): the giving verb
    # right after the 每人 rates every object of its clause
    opening = re.split(r"[，,；;。：:]", sentence[:q.start])[-1]
    return _GIVEN_EACH.search(opening) is not None


_GIVEN_EACH = re.compile(rf"(?:{PER_EACH})(?:发给|发放|颁发|奖励|给予|發給|發放|頒發|獎勵)")


def starts_paragraph(text: str, at: int) -> bool:
    """Whether text[at:] begins a paragraph: a run-in heading leads its paragraph, while a short
    sentence inside one (`…覆盖面。健全职业伤害保障制度。鼓励…`) is a measure of the same item."""
    while at > 0 and text[at - 1] in " \t\u3000":
        at -= 1
    return at == 0 or text[at - 1] == "\n"


def run_in_heading(sentence: str) -> bool:
    """A short topic phrase with no pause or list in it, heading the sentences after it."""
    sentence = sentence.strip()
    return len(sentence) <= RUN_IN_CHARS and not re.search(r"[，,；;、：:]", sentence)


def _heading_like(text: str, start: int, end: int) -> bool:
    """A short sentence that heads what follows: a list item's heading (`一是推进招生制度改革。`), a
    run-in heading with no pause in it (`办好人民满意的教育。`) or a lead ending in a colon."""
    sentence = text[start:end].strip()
    if len(sentence) > MEASURE_LEAD_CHARS:
        return False
    return bool(_marker(text, start)) or sentence.endswith(("：", ":")) or not _INNER_PAUSE.search(sentence)


_MARK_BEFORE = "，,；;。：:\n\u3000 "  # a list marker inside a paragraph follows a pause (or opens it)
_MARK_TRAIL = "，,；;、 \u3000\n"  # the pause before the next marker closes no item's content


def marked_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of text[start:end] set by list markers of one kind (`一是…，二是…`, `（一）…（二）…`,
    `1.…2.…`, `①…②…`, `第一，…第二，…`), each from its marker up to the next one (the last up to `end`),
    wherever they stand after a pause — run on in one sentence as often as set apart; [] when fewer
    than two markers of one kind open items."""
    found: dict[str, list[int]] = {}
    for at in range(start, end):
        if text[at].isspace() or at > start and text[at - 1] not in _MARK_BEFORE:
            continue
        kind = _marker(text, at)
        if kind:
            found.setdefault(kind, []).append(at)
    starts = max(found.values(), key=len, default=[])
    if len(starts) < 2:
        return []
    items = []
    for a, b in zip(starts, [*starts[1:], end]):
        while b > a and text[b - 1] in _MARK_TRAIL:
            b -= 1
        items.append((a, b))
    return items


def _marker(text: str, at: int) -> str:
    """The kind of list marker text[at:] starts with, or ''."""
    return next((kind for kind, rx in _MARKERS if rx.match(text, at)), "")


def states_shortfall(sentence: str) -> bool:
    """Whether the sentence states a shortfall by its figure (`还缺额120人`, `缺口3000个`): what is lacking, not what
    is done about it."""
    return any(SHORT_BEFORE.search(sentence[clause_start(sentence, q.start):q.start])
               for q in find_quantities(sentence) if q.is_measure)


def pick_quantity(query: Query, text: str, span: tuple[int, int],
                  cover: Callable[[str], float] | None = None) -> Quantity | None:
    """The quantity the question asks for: of the wanted unit; in the clause (between ，；:) and
    then the list item (between 、) whose own words carry most of the question's key terms
    (`cover` weighs them), so `283人普通学校随班就读、126人在特殊教育学校就读` gives the number
    of the item asked about; among equals, the nearest after a key term."""
    found = fitting_quantities(query, text, span, cover)
    if not found:
        return None
    norm = normalize(text[span[0]:span[1]])
    asked = flat(query.norm)
    # a key term stands for the question's term only negated as the question negates it (普惠性 asked
    # 非普惠性 is not written in `普惠性民办园23所`; 非普惠性民办园 is not the 普惠性 asked)
    term_at = [m for t in query.terms for alt in t.split("|") for m in re.finditer(re.escape(alt), norm)
               if (norm[max(0, m.start() - 1):m.start()] == "非") == (f"非{t}" in asked)]
    anchors = [m.end() for m in term_at]
    if query.stages:
        # `小学…系数0.379, 初中…系数0.321`: the term that belongs to the stage asked about
        own = [a for a in anchors if (st := _stage_before(norm, a)) and _stage_asked(query, st)]
        anchors = own or anchors
    anchor = span[0] + max(anchors) if anchors else span[0]
    starts = [m.start() for m in term_at]
    sentence = text[span[0]:span[1]]

    def distance(q: Quantity) -> tuple[int, int, int, int, int, int]:
        # a figure bound to a key term of its own clause — the indicator right before it
        # (`地区生产总值增长4.5%`, not `单位地区生产总值二氧化碳排放降低3.8%`) or the noun right after
        # its counter (`60项民生实事项目`) — then the nearest after the last key term
        at, end = q.start - span[0], q.end - span[0]
        left = clause_start(sentence, at)
        right = clause_end(sentence, end)
        # (a noun after the figure is its own only within its list item: `23所、非普惠性…` names the next one)
        gaps = [at - a for a in anchors if left <= a <= at] + [b - end for b in starts
                                                                 if end <= b < right and "、" not in sentence[end:b]]
        bound = min(gaps + [BOUND_GAP + 1])
        # among figures equally bound (`幼儿园128所，其中公办幼儿园71所、民办幼儿园38所`), the one whose
        # own label adds the fewest words the question lacks: the whole, not a part the question does not name
        label = pair_label(text, span, q)
        extra = len([t for t in key_terms(label) if t not in asked]) + negated(label, asked)
        return (_other_bound(asked, q), max(_in_part(query, sentence[left:at]), _whole_of_part(query, sentence, end)),
                bound, extra, 0 if q.start >= anchor else 1, abs(q.start - anchor))

    best = min(found, key=distance)
    if _other_bound(asked, best):
        # the rule's other bound (a floor for `最高能…`): the bound asked, in whichever clause states it, or none
        bounds = [q for q in fitting_quantities(query, text, span) if q.qualifier in (">=", "<=")
                  and not _other_bound(asked, q)]
        return min(bounds, key=distance) if bounds else None
    return best


# a limit asked by its bound (`最低能调到多少`, `最多能收多少`): a rule states a floor as `不低于N`/`N以上` (>=) and a
# ceiling as `不高于N`/`N以下` (<=); of a sentence setting both (`夏季不低于N、冬季不高于M`), the bound asked
_ASKS_BOUND = re.compile(r"最(?P<side>[低少高多])(?:能|可以|可|要|得|只能)?[^，,。？?的]{0,2}?(?=[开调降升收定设到为])")


def _other_bound(asked: str, q: Quantity) -> int:
    """1 when the question asks a floor and `q` states a ceiling, or the reverse; else 0."""
    m = _ASKS_BOUND.search(asked)
    if m is None or q.qualifier not in (">=", "<="):
        return 0
    return int((q.qualifier == ">=") != (m.group("side") in "低少"))


# a span of several years asked by its length (`三年`, `5年`; not a year `2026年`, `三年级`) and not per year
_YEARS_LONG = re.compile(r"(?<![\d每第])(?:[两二三四五六七八九十]|\d{1,2})年(?![级底末初])")
_PER_YEAR = re.compile(r"每年|年均|平均每年")


def _per_year_for_span(question: str, before: str) -> bool:
    """A figure its clause states per year (`每年安排65万元`; `before`: its clause's words before it) for the
    whole of a span the question asks by its length (`三年…经费多少`)."""
    return bool(_YEARS_LONG.search(question)) and not _PER_YEAR.search(question) and bool(_PER_YEAR.search(before))


# the period an amount is asked or stated per (`每课时40元`, `每人每月800元`; asked also `一节课给多少钱`,
# `一学期收多少`): of a sentence stating amounts per several periods, the one per the period asked answers
_PER_PERIOD = re.compile(r"(每(?:[生人名户班校所])?(?:每)?|一个?)(课时|节课|节|天|日|月|周|学期|学年|年|小时)")
_PERIOD_FORM = {"节课": "课时", "节": "课时", "日": "天", "学年": "年"}
_CHANGE_WORD = re.compile(rf"{alternation(RISE_VERBS, FALL_VERBS, CHANGED_ONLY, ('增幅',))}|涨|降")


def _measure_asked(query: Query, sentence: str, q: Quantity) -> bool:
    """Whether a figure before 的 is the size of the noun after it that the question asks: the measure
    word right before the figure (规模 of `总规模1000亿元的基金`) is one the question names."""
    measure = _MEASURE_BEFORE.search(sentence[max(0, q.start - 6):q.start])
    if measure is not None and measure.group(1) in query.norm:
        return True
    # … or the noun after 的 is the thing the question asks in the figure's own unit (`培训多少学时` of `不少于40学时
    # 的专业培训`: a duration of the training, not a count describing it)
    if noun_measured(query, sentence, q):
        return True
    # … or the bound the question asks by its side (`多少分以上` of `N分以上的作品`, `最少几个课时` of `不少于N课时的
    # 培训`): a rule's floor or ceiling, not a count describing the noun
    if q.qualifier and bound_asked(query.norm) == q.qualifier:
        return True
    # … or the words the question asks the figure by (`工作满几年` of `连续工作满6年的教师`)
    frame = asked_frame(query.norm)
    return bool(frame) and normalize(sentence[:q.start], drop_space=True).endswith(frame)


# a bound asked by its side: a floor (`多少分以上`, `至少几个`, `最少要多少`), a ceiling (`几人以下`, `最多几个`)
_FLOOR_ASKED = re.compile(r"(?:多少|几)[^，,。？?\s]{0,3}以上|(?:至少|最少)[^，,。？?\s]{0,3}(?:多少|几)")
_CEILING_ASKED = re.compile(r"(?:多少|几)[^，,。？?\s]{0,3}以[下内]|(?:至多|最多)[^，,。？?\s]{0,3}(?:多少|几)")


def bound_asked(norm: str) -> str:
    """The side of the bound a question asks (`>=` for a floor, `<=` for a ceiling), '' when it asks none."""
    return ">=" if _FLOOR_ASKED.search(norm) else "<=" if _CEILING_ASKED.search(norm) else ""


_NOUN_AFTER_CHARS = 6  # the noun a figure before 的 measures: the few characters right after 的


def _noun_asked(noun: str) -> re.Pattern[str]:
    """The asking word closing right on `noun` (`限价是多少`, `标准为多少？`)."""
    return re.compile(rf"{re.escape(noun)}(?:是|为|有)?(?:多少|几)[?？。]?$")


def noun_measured(query: Query, sentence: str, q: Quantity) -> bool:
    """Whether a figure before 的 (`q`, offsets into `sentence`) measures the noun after it that the question asks
    in the figure's unit (`培训多少学时` of `不少于40学时的专业培训`)."""
    modifier = _MODIFIER.match(sentence, q.end)
    if modifier is None or not query.focus or not q.unit:
        return False
    # the unit asked with the asking word, or no unit asked and the asking word closing on the noun itself (a
    # ceiling or a standard asked by its name, `最高限价是多少` of `超出每生每月N元的最高限价`: its value)
    if f"多少{q.unit}" not in query.norm and (query.units or not _noun_asked(query.focus).search(query.norm)):
        return False
    noun = normalize(sentence[modifier.end():modifier.end() + _NOUN_AFTER_CHARS], drop_space=True)
    return query.focus in re.split(r"[，,；;。、]", noun)[0]


# the words a question asks its number by (`工作满几年`: 工作满), less those that ask any number (有, 是, 达到)
_FRAME_FREE = {"有", "是", "为", "共", "约", "共有", "一共", "总共", "达到", "达", "了", "的", "在", "要", "需要", "得",
               "还", "还有", "还要", "就", "都", "各", "分别", "大概", "大约", "需", "才", "能", "可"}
_NUMBER_AFTER = r"\s*[\d〇一二两三四五六七八九十百千万.]+"
_VERB_FRAME = re.compile(r"[\u4e00-\u9fff]{2}")  # a two-character word before 了 (补提, 压减): the verb asked


def asked_frame(norm: str) -> str:
    """The words right before a question's asking word for an amount (`连续工作满几年` → 工作满), when they are
    more than a word that asks any number; '' otherwise."""
    ask = ASK_AMOUNT.search(norm)
    if ask is None:
        return ""
    before = [w for w in words(norm[:ask.start()]) if w.strip()]
    if len(before) > 1 and before[-1] == "了" and _VERB_FRAME.fullmatch(before[-2]) and before[-2] not in _FRAME_FREE:
        return before[-2]  # the verb done (`补提了多少`): a sentence stating its number right after it (`已补提24万元`)
    # only a verb's one-character complement closing them (满 of 工作满, 够 of 凑够): a noun before the asking word
    # (`经费总额多少`) is the indicator, a sentence with one more qualifier states as closely (`培训经费总额N万元`)
    if not before or before[-1] in _FRAME_FREE or len(before[-1]) > 1 \
            or not re.fullmatch(r"[\u4e00-\u9fff]", before[-1]):
        return ""
    frame = "".join(before[-2:])
    return frame if len(frame) > 1 else ""


# the noun a counter asked counts (`几名评委` → 评委), the question's closing particles left out
_COUNTED_NOUN = re.compile(r"[\u4e00-\u9fff]{2,}?(?=[吗呢呀啊了]*$)")
_NUMERAL = r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+)"


def asked_count_noun(norm: str) -> tuple[str, str] | None:
    """The counter and the noun a question closing on a count asks (`聘了几名裁判` → 名, 裁判), or None."""
    counter = asked_counter(norm)
    noun = _COUNTED_NOUN.match(norm, counter.end()) if counter is not None else None
    return (counter.group(1), noun.group()) if counter is not None and noun is not None else None


# the counters documents count people in, whatever counter a question asks them with (`几个X` of `N名X`)
_PEOPLE_COUNTERS = ("名", "人", "位")
# the words between people named and their count (`X由N名…组成`, `X共N人`)
_COUNT_LINK = r"(?:由|共有|共|有|为)?"


def counts_noun(asked: tuple[str, str], sentence: str, people: bool = False) -> bool:
    """Whether a sentence states a number in the counter asked right before the noun asked, a few words of
    its kind between them (`5名资深裁判` for 名, 裁判); `people`: the noun names people, counted in any counter of
    people, before the noun or right after it (`裁判由5名…组成`)."""
    counter, noun = asked
    counters = "|".join(map(re.escape, (counter, *_PEOPLE_COUNTERS) if people else (counter,)))
    norm = normalize(sentence, drop_space=True)
    if re.search(rf"{_NUMERAL}(?:{counters})[\u4e00-\u9fff]{{0,4}}?{re.escape(noun)}", norm):
        return True
    return people and re.search(rf"{re.escape(noun)}{_COUNT_LINK}{_NUMERAL}(?:{counters})", norm) is not None


def frames_number(frame: str, sentence: str) -> bool:
    """Whether a sentence states a number right after the words `frame` (`工作满6年` for 工作满)."""
    return re.search(re.escape(frame) + _NUMBER_AFTER, normalize(sentence, drop_space=True)) is not None


def periods_of(text: str, stated: bool = False) -> set[str]:
    """The periods `text` names an amount per (课时, 月, 学期 …); `stated`: only as documents write them,
    after 每."""
    return {_PERIOD_FORM.get(m.group(2), m.group(2)) for m in _PER_PERIOD.finditer(text)
            if not stated or m.group(1).startswith("每")}


def pair_label(text: str, span: tuple[int, int], q: Quantity) -> str:
    """The words a figure of the sentence text[span] is stated for: those right before it back to
    the previous figure or clause boundary (`其中公办幼儿园71所、民办幼儿园38所`: 71 → 公办幼儿园), read
    left to right as label–figure pairs; the words after it when none precede it (`建设60项民生实事项目`).
    Normalised and flat; `q` has offsets into `text`. A figure written with its counter before the
    noun it counts (`新增2所本科高校、1所职业院校`) is stated for that noun, not the words before it
    (the verb, or the previous item's noun)."""
    s, e = span
    counted = _COUNTED_AFTER.match(text, q.end, e)
    if counted and q.text[-1:] in COUNTERS:
        return flat(normalize(counted.group(1)))
    left = max([clause_start(text, q.start, floor=s)]
               + [s + p.end for p in find_quantities(text[s:q.start]) if p.is_measure])
    label = _LABEL_LEAD.sub("", text[left:q.start])
    if not re.search(r"[\u4e00-\u9fff]", label):
        right = next((m.start() for m in _ITEM_END.finditer(text, q.end, e)), e)
        label = text[q.end:right]
    return flat(normalize(label))


def negated(label: str, asked: str) -> int:
    """1 when a label negates what it names (`非普惠性民办幼儿园`) and the question does not, or the
    other way round: the negation drops out of the key terms, the figure is still another thing's."""
    return int(bool(_NEGATION.search(label)) != bool(_NEGATION.search(asked)))


_NEGATION = re.compile(r"非(?!常|遗|洲)")
# the noun right after a figure's counter, ending its list item (`2所本科高校、`)
_COUNTED_AFTER = re.compile(r"(?!以上|以下|左右|以内)([\u4e00-\u9fff]{2,})(?=[，,；;。！？!?：:、]|$)")
_LABEL_LEAD = re.compile(r"^\s*[、,，]?\s*(?:其中|以及|和|及|与)?[,，:：]?")


_QUALIFIER = re.compile(r"[\u4e00-\u9fff]{1,6}")


def _under_qizhong(sentence: str, q: Quantity) -> bool:
    """Whether a figure is one of the parts a `其中` clause lists (`其中A问题30个、B问题5个`)."""
    return normalize(sentence[clause_start(sentence, q.start, _LIST_OPEN):q.start]).lstrip().startswith("其中")


# a shortfall asked (还缺多少, 缺口多大) and the figure a clause states as one (缺额120人, 尚缺3名, 缺口为…)
_ASKS_SHORT = re.compile(r"缺口|缺额|缺编|缺[多几]|短缺|空缺")
SHORT_BEFORE = re.compile(r"(?:缺|短缺|空缺)[额口编少]?[^\d，,；;。、]{0,2}$")
_LIST_OPEN = re.compile(r"[，,；;：:]")  # the pauses before a list; its items are cut by 、
_ASKS_WHOLE = re.compile(r"总共|一共|总计|合计|共有?多少|总数")


def _in_part(query: Query, clause: str) -> int:
    """1 for a figure of a part (`县级以上骨干教师达到600人，其中省级骨干教师达到40人`) whose qualifier
    (省级) the question does not name: the whole answers it; else 0."""
    clause = normalize(clause).strip()
    if not clause.startswith("其中"):
        return 0
    named = [clause.find(t) for t in query.terms if t in clause]
    qualifier = clause[2:min(named)].strip("，,：: ") if named else ""
    # a qualifier is a word or two (省级, 农村); figures or a list before the term (其中幼儿园512人、小学)
    # are other parts, not this one's qualifier
    return 1 if _QUALIFIER.fullmatch(qualifier) and qualifier not in query.norm else 0


# a whole a part is counted of (`8所幼儿园中提供住宿的有3所`, `参检学生中视力不良的为…`): the words after its 中
# name the part, whose count follows
_PART_OF = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:中|当中)[，,]?(?P<part>[^，,。；;]{1,16}?)的?(?:有|为|占|是)")


def _whole_of_part(query: Query, sentence: str, end: int) -> int:
    """1 for the figure of a whole a part is then counted of (`8所幼儿园中提供住宿的有3所`) when the question names
    a word of the part (住宿): the part's figure answers it; else 0."""
    m = _PART_OF.match(sentence, end)
    return 1 if m is not None and any(t in m.group("part") for t in query.terms) else 0


# counters of the runs of a course or a training held (`两期辩手训练营`): a figure in them counts no people nor things
# the sentence names, so it answers only a question asking by them (`办几期`)
RUNS = frozenset({"期"})


def fitting_quantities(query: Query, text: str, span: tuple[int, int],
                       cover: Callable[[str], float] | None = None) -> list[Quantity]:
    """The quantities of the sentence text[span] that fit the question equally best (unit, stage,
    what the asking word is about, key terms of their clause and list item), in text order, with
    offsets into `text`. Several when the sentence lists the same measure for several things
    (`城镇居民…增长7%、农村居民…增长8%`)."""
    sentence = text[span[0]:span[1]]
    wants = query.units
    # (a count asked by a counter the number parser leaves bare, `多少笔`: the numbers that counter follows)
    found = counted_as_asked(sentence, wants) or \
        [q for q in find_quantities(sentence) if q.is_measure and not _numbered(sentence, q)
         and not _school_years(sentence, q) and not _of_name_asked(query, sentence, q)]
    if not found:
        return []
    if not any(w.endswith("岁") for w in wants):  # an age bounds whom a figure counts (`3至5周岁…幼儿10523人`)
        found = [q for q in found if not q.unit.endswith("岁")] or found
    found = [q for q in found if q.unit not in RUNS or q.unit in wants]
    if not found:
        return []
    if wants and any(q.unit in wants for q in found) and not _unit_guessed_wrong(query, sentence, found):
        found = [q for q in found if q.unit in wants]
    per_head: list[Quantity] = []
    if wants and not any(q.unit in wants for q in found) and all(w.startswith("元/") for w in wants):
        # `按每生每天5元的标准`: a rate per head is written in 元 after its 每生/每人, not in a per-head unit
        per_head = [q for q in found if q.unit == "元" and _after_per_head(sentence, q)]
        found = per_head or found
    if PER_HEAD.search(query.norm):
        # `每个学生补多少钱` of `财政按每生每年300元的标准补助，…安排补助资金1720万元`: the amount per head,
        # never the total beside it
        per_head = [q for q in found if _after_per_head(sentence, q)] or per_head
        found = per_head or found
    if query.asked.change:
        # `比上年提高了多少` of `毛入园率达到93.6%，比上年提高1.8个百分点`: the change the sentence states
        # (a figure right after a change verb), not the level beside it
        stated = [q for q in found if CHANGE_BEFORE.search(sentence[:q.start])]
        found = stated or found
    elif not _CHANGE_WORD.search(query.norm):
        # `每课时多少钱` of `按每课时40元的标准补贴，乡村学校教师每课时增加10元`: the level, not a change on it
        # (a question naming the change verb asks it: `增长目标是多少` of `增长7%左右`)
        found = [q for q in found if not CHANGE_BEFORE.search(sentence[:q.start])] or found
    found = _of_asked_stage(query, sentence, found)
    if not _ASKS_REMOVED.search(query.norm):
        # `逐步化解66人以上超大班额`: the bound of what is done away with, no amount nor limit the sentence
        # sets (`不超过40人` is); only a question about what is removed (消除…以上) asks it
        found = [q for q in found if not (_REMOVED_BEFORE.search(sentence[:q.start])
                                          and (q.text.endswith("以上") or sentence.startswith("以上", q.end)))]
    # `学生人数50人及以上的学校有74所`: a count before 的 describes the noun after it, it is no answer
    # (a rate before 的 may be: `毛入园率达到90%的目标`)
    # (a rate per head before 的标准 is the standard's amount: `按每生每月300元的标准给予补助`)
    # (and an amount per period before 的标准: `按每课时40元的标准给予补贴`; and an age, which says whom it
    # describes: `年满六周岁的适龄儿童` answers how old they are)
    per_period = [q for q in found if _STANDARD_AFTER.match(sentence, q.end)
                  and periods_of(sentence[max(0, q.start - RATE_REACH):q.start], stated=True)]
    found = [q for q in found if q.unit in ("%", "岁") or q in per_head or q in per_period
             or not _MODIFIER.match(sentence, q.end) or _measure_asked(query, sentence, q)
             or _STANDARD_AFTER.match(sentence, q.end)
             and _after_per_head(sentence, q)]
    if not found:
        return []
    # `按每课时35元…，每人每月补贴不超过700元`: of amounts per several periods, those per the period asked,
    # for every step choosing among a sentence's figures (pick_quantity ranks them the same way)
    if asked_periods := periods_of(query.norm):
        found = [q for q in found
                 if asked_periods & periods_of(sentence[clause_start(sentence, q.start):q.start], stated=True)] or found
    # `每年安排65万元，三年共195万元`: the whole of the span asked by its length, not one year's amount
    found = [q for q in found
             if not _per_year_for_span(query.norm, sentence[clause_start(sentence, q.start):q.start])] or found
    if query.years and len(found) > 1:
        # `每年不少于600万元，2026年安排950万元`: the amount its own clause dates by the year asked, not the one set
        # for every year (a sentence dated as a whole, `2024年预算340万元，其中图书95万元`, is not so split)
        dated = [q for q in found
                 if any(f"{y}年" in sentence[clause_start(sentence, q.start):q.start] for y in query.years)]
        yearly = [q for q in found if _EVERY_YEAR.search(sentence[clause_start(sentence, q.start):q.start])]
        found = dated if dated and yearly and all(q in dated or q in yearly for q in found) else found
    if query.operation not in _ASKS_START and not query.years:
        # `从80.2岁提升至82.5岁`: the value reached, unless the question asks where it started or
        # names a year (which may be the start's)
        started = starting_values(sentence)
        found = [q for q in found if not any(s <= q.start < e for s, e in started)] or found
    if _ASKS_WHOLE.search(query.norm) and "其中" not in query.norm:  # (a question asking a part too: each)
        # `总共查出多少问题` of `共发现问题131个，其中食堂问题118个、…13个`: the whole, never a part 其中 lists
        found = [q for q in found if not _under_qizhong(sentence, q)] or found
    if _ASKS_SHORT.search(query.norm):
        # `还缺多少人` of `共有教师1740人，…还缺额120人`: the shortfall its own clause states, never the stock
        # the same sentence counts first
        found = [q for q in found if SHORT_BEFORE.search(sentence[clause_start(sentence, q.start):q.start])] or found
    # (a year asked picks its own clause's figure, `去年考录35名，今年考录48名`, not the words asked by)
    frame = asked_frame(query.norm) if len(found) > 1 and not (query.years or query.relative_years) else ""
    if frame:
        # `补发了多少…经费` of `已补发12万元，X经费共计90万元`: the figure right after the words asked by
        found = [q for q in found if normalize(sentence[:q.start], drop_space=True).endswith(frame)] or found
    norm = normalize(sentence)
    if cover is not None and len(found) > 1:
        # (a clause of a group of teachers the question does not name, `班主任每年…12学时` beside `专职心理教师
        # 每年…40学时`, states that group's figure: it yields to one naming no other group)
        weight = {id(q): (_respective_stage_fit(query, sentence, q) or _stage_fit(query, norm, q.start),
                          not other_role(query.norm, _piece(sentence, q, CLAUSE_END)),
                          _has_focus(query, _piece(sentence, q, CLAUSE_END)),
                          round(cover(_piece(sentence, q, CLAUSE_END)), 2),
                          round(cover(_respective(sentence, q) or _piece(sentence, q, _ITEM_END)), 2)) for q in found}
        top = max(weight.values())
        found = [q for q in found if weight[id(q)] == top]
    return [Quantity(**{**q.to_json(), "start": q.start + span[0], "end": q.end + span[0]}) for q in found]


# a figure stated as what is added (新建18个) and, in the clause right after it, the total that makes
# (总数达到30个): plans and reports state both; a question asks one of them by its verb
_PER_LEAD = r"(?:每[\u4e00-\u9fff]{1,2}){0,2}"  # a rate's reference before its figure (提高到每生每年8000元)
_ADDED_BEFORE = re.compile(r"(?:新建|新增|新设|新开工|增加|增设|扩建|改扩建|提高|提升|增长|新招)了?"
                           rf"(?:约|近|超过|超)?{_PER_LEAD}$")
TOTAL_BEFORE = re.compile(r"(?:达到|达|提高到|提升到|提高至|提升至|增加到|增加至|增至|扩大到|扩大至|总数|总量|总计|"
                           rf"共计|合计|累计|共有|总数为|总量为)(?:约|近|超过|超)?{_PER_LEAD}$")
# a question asking the resulting total (要建到多少个, 总数达到多少, 提高到什么标准), not what is added
_ASKS_TOTAL = re.compile(r"(?:[到至]|达到)(?:多少|什么|几|怎样|哪)|总数|总量|总共|一共|累计")
# a question asking what is added (新建多少个, 新增几所)
_ASKS_ADDED = re.compile(r"(?:新建|新增|新设|新开工|增设|扩建|改扩建|新招)了?(?:多少|几)")


# a table's number (`表3 各学段生师比`, `见附表2`): a bare number right after 表, a name, no quantity the
# sentence states; a figure with its unit after a word ending in 表 (`人大代表200名`) is one
_TABLE_NUMBER = re.compile(r"(?:附)?表\s*\d+(?:[-－.]\d+)*$")
# a figure's or annex's number (`图2`, `附件3`)
_NUMBERED_BEFORE = re.compile(r"(?:图|附件)\s*$")


def _of_name_asked(query: Query, sentence: str, q: Quantity) -> bool:
    """Whether q is a bare number the question writes inside the name of what it asks (a hotline's number before
    热线, a programme's before its noun), written so in the sentence too: part of that name, never its figure."""
    after = sentence[q.end:q.end + NAME_AFTER_CHARS]
    return not q.unit and _NAME_WORDS.fullmatch(after) is not None \
        and normalize(sentence[q.start:q.end] + after, drop_space=True) in flat(query.norm)


NAME_AFTER_CHARS = 2  # the words after a number that make it part of a name (`热线`)
_NAME_WORDS = re.compile(rf"[\u4e00-\u9fff]{{{NAME_AFTER_CHARS}}}")


def _numbered(sentence: str, q: Quantity) -> bool:
    """Whether q is the number of a table, figure or annex the sentence names, not a quantity."""
    return bool(_TABLE_NUMBER.search(sentence[:q.end]) or _NUMBERED_BEFORE.search(sentence[:q.start]))


def _school_years(sentence: str, q: Quantity) -> bool:
    """Whether q is a school or fiscal year or a span of them (`2026至2030学年`, which the number reader
    leaves bare): a time, never a count or amount."""
    return bool(_YEARS_NAMED_AFTER.match(sentence, q.end)) and all(
        v is not None and v == int(v) and 1900 <= v <= 2100 for v in (q.low, q.high))


_YEARS_NAMED_AFTER = re.compile(r"学年|年度|财年")
# a verb doing away with a class of things its figure bounds (化解66人以上超大班额, 消除…)
_REMOVED_BEFORE = re.compile(r"(?:消除|化解|杜绝|清除|取消)了?$")
_ASKS_REMOVED = re.compile(r"消除|化解|杜绝|清除|取消|以上")


_EVERY_YEAR = re.compile(r"每年|每学年|年均|逐年")


def _of_asked_stage(query: Query, sentence: str, found: list[Quantity]) -> list[Quantity]:
    """Of an added figure and the total right after it (`新建18个，总数达到30个`), the one the question
    asks: the total for `要建到多少个`/`总数达到多少`, the addition for `新建多少个`; each pair is
    two figures of one unit in adjacent clauses, the first after an adding verb, the second after
    a total's."""
    total = bool(_ASKS_TOTAL.search(query.norm)) and not query.asked.change
    added = bool(_ASKS_ADDED.search(query.norm))
    if total == added:
        return found
    drop = set()
    for a, b in zip(found, found[1:]):
        between = sentence[a.end:b.start]
        if a.unit != b.unit or len(CLAUSE_END.findall(between)) != 1 or len(between) > 12:
            continue
        if _ADDED_BEFORE.search(sentence[:a.start]) and TOTAL_BEFORE.search(sentence[:b.start]):
            drop.add(id(a) if total else id(b))
    return [q for q in found if id(q) not in drop] or found


# words that ask for a share outright; without them a wanted % is inferred from a name ending in 率
_YEAR_OR_DATE = re.compile(r"(?:19|20)\d\d\s*年|\d{1,2}\s*月|年底|年前|年内")
ASKS_WHEN = re.compile(r"什么时候|何时|哪一?年|哪一?天|几号|时间|时限|期限|几月")
_ASKS_AMOUNT = re.compile(r"多少|几")
_ASKS_SHARE = re.compile(r"百分|%|占比|比例|比重|几成")


def _unit_guessed_wrong(query: Query, sentence: str, found: list[Quantity]) -> bool:
    """The % a question is taken to want only because its indicator's name ends in 率 (劳动生产率,
    万元/人) does not hold when the clause naming the indicator states a figure of another unit and
    no clause stating a % names it."""
    if query.units != ("%", "百分点") or _ASKS_SHARE.search(query.norm) or not query.focus:
        return False
    named = {id(q) for q in found if _has_focus(query, _piece(sentence, q, CLAUSE_END))}
    return bool(named) and not any(id(q) in named for q in found if q.unit in query.units)


def unstated(query: Query, text: str, span: tuple[int, int], q: Quantity,
             cover: Callable[[str], float]) -> tuple[int, int] | None:
    """The clause of the sentence text[span] that names what the question asks about (its focus,
    or all its key terms) but states no figure, when the clause of the picked quantity `q` does not
    and the question asks what (`达到什么水平`), not how much:
    the sentence says something of the thing asked, and the figure beside it is a neighbour's
    (`人均地区生产总值接近发达经济体水平，全员劳动生产率达到30万元/人`). Never for a figure of the
    unit asked (`调整乡村教师补助标准，每人每月最高可达1000元` for `补助最高多少钱`)."""
    if query.units and q.unit in query.units:
        return None  # a figure of the kind asked for, in the clause after the one naming it, is its own
    sentence = text[span[0]:span[1]]
    local = Quantity(**{**q.to_json(), "start": q.start - span[0], "end": q.end - span[0]})
    if local.start < 0:
        return None
    own = _piece(sentence, local, CLAUSE_END)

    def names(piece: str) -> bool:
        return _has_focus(query, piece) if query.focus else cover(piece) >= 1.0

    if _ASKS_AMOUNT.search(query.norm) or names(own) or cover(own) >= 1.0:
        return None  # `多少`: the figure (`调整补助标准，每人每月最高可达1000元`), wherever its subject is
    for a, b in clause_spans(sentence):
        piece = sentence[a:b]
        if names(piece) and not any(x.is_measure for x in find_quantities(piece)):
            return span[0] + a, span[0] + b
    return None


# who does a thing asked (`谁来编`, `由谁负责`, `哪个部门组织`): the body a clause names as its doer
ASKS_WHO = re.compile(r"谁|哪个(?:部门|单位|科室)|什么(?:部门|单位)")
# a clause naming its doer (`由德育处制定…`, `德育处负责…`)
_DOER = re.compile(r"^由[\u4e00-\u9fff]{2,12}?(?:负责|牵头|组织|编写|制定|统一|[\u4e00-\u9fff]{2})|"
                   r"^[\u4e00-\u9fff]{2,12}?(?:负责|牵头)")


def actor_before(text: str, span: tuple[int, int], named: tuple[int, int]) -> int | None:
    """Where the clause naming the doer starts, when the clause text[named] of the sentence text[span] names
    none and the nearest clause before it does (`由德育处制定方案，每月检查一次`); else None."""
    if _DOER.search(text[named[0]:named[1]]):
        return None
    before = [(span[0] + a, span[0] + b) for a, b in clause_spans(text[span[0]:span[1]]) if span[0] + b <= named[0]]
    if before and _DOER.search(text[before[-1][0]:before[-1][1]]):
        return before[-1][0]
    return None


# a date a plan sets for a thing (`2024年底前建成`, `2023年9月起`, `2025年`)
DATE_PHRASE = re.compile(r"(?:(?:19|20)\d\d\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|"
                         r"\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)"
                         r"(?:底|末|初(?!中)|上半年|下半年|秋季|春季)?(?:前|以前|之前|起|开始|内)?")


def dated_clause(text: str, span: tuple[int, int], verb: str) -> tuple[tuple[int, int], str] | None:
    """The clause of the sentence text[span] that dates `verb` (`什么时候建成` → `2024年底前建成并投入使用`)
    and its date, as offsets into `text`: a clause with a date that holds the verb, else the only
    dated clause; None when the sentence dates nothing or several clauses and none with the verb."""
    s, e = span
    dated = [(s + a, s + b) for a, b in clause_spans(text[s:e]) if DATE_PHRASE.search(text, s + a, s + b)]
    with_verb = [c for c in dated if verb and verb in normalize(text[c[0]:c[1]])]
    chosen = with_verb[0] if with_verb else dated[0] if len(dated) == 1 else None
    if chosen is None:
        return None
    m = DATE_PHRASE.search(text, *chosen)
    return (chosen, m.group().strip()) if m else None


def clause_spans(sentence: str) -> list[tuple[int, int]]:
    """The clauses of a sentence (between ，；：。), their closing mark left out."""
    bounds = [0] + [m.end() for m in CLAUSE_END.finditer(sentence)] + [len(sentence)]
    spans = [(a, b - 1 if b > a and CLAUSE_END.match(sentence, b - 1) else b) for a, b in zip(bounds, bounds[1:])]
    return [(a, b) for a, b in spans if sentence[a:b].strip()]


# a day written in Chinese numerals (`十一月五日前`), as county notices and OCR'd scans write dates
_WORDS_DATE = re.compile(r"(?<![〇零一二三四五六七八九十])(?P<m>[一二三四五六七八九十]{1,3})月"
                         r"(?P<d>[一二三四五六七八九十]{1,3})[日号]")


def dates_in_digits(text: str) -> str:
    """The days `text` writes in Chinese numerals, in digits (`十一月五日` → `（即11月5日）`), as the answer to
    a when asked gives them beside the quote; '' when it writes none."""
    days = []
    for m in _WORDS_DATE.finditer(text):
        month, day = whole_number(m.group("m")), whole_number(m.group("d"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            days.append(f"{month}月{day}日")
    return f"（即{'、'.join(dict.fromkeys(days))}）" if days else ""


def naming_clauses(text: str, span: tuple[int, int], cover: Callable[[str], float],
                   longer_than: int = 2 * MAX_CLAUSE_CHARS, asks_when: bool = False,
                   share: float = NAMING_SHARE) -> list[tuple[int, int]]:
    """The clauses of a long sentence that carry the most of the question's key terms (a goal or a
    measure in a list of many: `…，居民人均可支配收入增长与经济增长同步，粮食总产量…`), as offsets
    into `text`; the whole sentence when it is not longer than `longer_than` or no clause stands out.
    A clause is kept when it carries `share` of the best one's; a question asking when keeps the
    clauses that date it (`2023年底前11县区梯次建成达标`)."""
    s, e = span
    if e - s <= longer_than:
        return [span]
    clauses = clause_spans(text[s:e])
    scores = [cover(text[s + a:s + b]) for a, b in clauses]
    best = max(scores, default=0.0)
    chosen = [(s + a, s + b) for (a, b), v in zip(clauses, scores)
              if v >= best * share or asks_when and _YEAR_OR_DATE.search(text, s + a, s + b)]
    if best == 0 or len(chosen) == len(clauses):
        return [span]
    return chosen


# a key term naming a rate (巩固率): what a percentage is asked of when no asking word points at it
_RATE_TERM = re.compile(r"..率$")


def _has_focus(query: Query, clause: str) -> bool:
    """Whether the clause names what the asking word is about (学位 for `增加多少学位`); with no asking word
    (`…巩固率目标`), the rate a percentage is asked of — not a clause of another rate beside it."""
    rates = [t for t in query.terms if _RATE_TERM.search(t)] if "%" in query.units else []
    focus = query.focus or (rates[-1] if rates else "")
    return bool(focus) and focus in flat(normalize(clause))


def _stage_fit(query: Query, norm: str, offset: int) -> int:
    """1 when the stage named last before `offset` is the one asked, −1 when it is another, else 0."""
    if not query.stages:
        return 0
    stage = _stage_before(norm, offset)
    if stage is None:
        # a figure before any stage is named, in a sentence naming only the stage asked
        # (`统筹安排资金5.6亿元，对6所未达标中职学校实施改扩建`): the sentence is that stage's
        named = {name for name in _STAGE_NAMES if name in norm}
        return 1 if named and all(_stage_asked(query, st) for st in named) else 0
    return 1 if _stage_asked(query, stage) else -1


def _respective_stage_fit(query: Query, sentence: str, q: Quantity) -> int:
    """_stage_fit of a value of `A、B分别…X、Y` by the stage its own item names (`小学、初中生均公用经费分别
    提高到720元、920元`: 720 is 小学's, though 初中 is the stage written last before it); 0 when it is no
    such value or its item names no stage."""
    item = _respective(sentence, q) if query.stages else None
    named = [n for n in _STAGE_NAMES if n in normalize(item)] if item else []
    if not named:
        return 0
    return 1 if any(_stage_asked(query, n) for n in named) else -1


def _stage_asked(query: Query, stage: str) -> bool:
    """Whether a stage a sentence names is one the question asks: one name holding the other (普通小学,
    小学), or two names of one stage (初级中学 is 初中, server/lexicon/stages.tsv)."""
    return any(s in stage or stage in s
               or _stage_of(s) == _stage_of(stage) and not stages().get(_stage_of(s), ((), ()))[1]
               for s in query.stages)


def _stage_of(name: str) -> str:
    """The stage a name of one is (幼儿园 → 学前教育), else the name itself (a stage comprising others,
    义务教育 of 中小学, is matched by its names as written only: everyday usage stretches 中小学)."""
    return next((stage for n, stage in stage_names() if n == name), name)


def _piece(sentence: str, q: Quantity, ends: re.Pattern[str]) -> str:
    """The stretch of `sentence` around `q` between two of `ends`; a clause that splits the one
    before it (`专任教师1200人，其中研究生学历96人`) is read with it, a list item alone."""
    bounds = [0] + [m.end() for m in ends.finditer(sentence, 0, q.start)]
    left = _with_whole(sentence, bounds) if ends is CLAUSE_END else bounds[-1]
    right = next((m.start() for m in ends.finditer(sentence, q.end)), len(sentence))
    return sentence[left:right]


_RESPECTIVELY = re.compile(r"分别")
_LIST_SEP = re.compile(r"[、和及与]")


def _respective(sentence: str, q: Quantity) -> str | None:
    """The item a value of `A、B分别达到X、Y` belongs to (Y → B); a bare qualifier before the last
    item takes that item's noun (`城镇、农村居民收入分别增长X、Y`: X → 城镇居民收入)."""
    for m in _RESPECTIVELY.finditer(sentence, 0, q.start):
        start = clause_start(sentence, m.start())
        stop = next((e.start() for e in re.finditer(pauses("，；;。"), sentence[m.end():])), len(sentence) - m.end())
        values = [v for v in find_quantities(sentence[m.end():m.end() + stop]) if v.is_measure]
        items = [i for i in _LIST_SEP.split(sentence[start:m.start()]) if i.strip()]
        at = [v.start + m.end() for v in values]
        if len(items) < 2 or len(items) != len(values) or q.start not in at:
            continue
        item, last = items[at.index(q.start)], items[-1]
        if item is not last and len(item) * 2 <= len(last):
            item += last[len(item):]
        return item
    return None


def _with_whole(sentence: str, bounds: list[int]) -> int:
    """Where the clause starting at bounds[-1] begins when read with the whole it is part of: the
    clause before a 其中 (also one written as a clause of its own: `…496人,其中,283人…`)."""
    i = len(bounds) - 1
    if i >= 2 and sentence[bounds[i - 1]:bounds[i]].strip(" ,，:：") == "其中":
        i -= 1
    if i >= 1 and sentence.startswith("其中", bounds[i]):
        i -= 1
    return bounds[i]


def _stage_before(norm: str, offset: int) -> str | None:
    """The name of the school stage named last before `offset` in a sentence (longest name at a position)."""
    found = [(m.end(), len(name), name) for name in _STAGE_NAMES for m in re.finditer(name, norm[:offset])]
    return max(found)[2] if found else None


# the names a sentence gives school stages: the query's and the lexicon's other names (初级中学)
_STAGE_NAMES = tuple(dict.fromkeys([*STAGES, *(name for name, _ in stage_names())]))


def stated_cell(values: list[Cell], doc: Document) -> Cell | None:
    """The value as it stands: the latest year column up to the document's own year (2020 of a
    2021 plan, not its 2025 target), else the latest year column."""
    years = [c for c in values if c.column[:4].isdigit()]
    if not years:
        return None
    written = int(doc.meta.date[:4]) if doc.meta.date[:4].isdigit() else 9999
    past = [c for c in years if int(c.column[:4]) <= written]
    return max(past or years, key=lambda c: c.column)


def computed_figure(c: Computation, citation: int) -> Figure:
    return Figure(label=c.label, value=round(c.value, 6), unit=c.unit, formula=c.formula, inputs=c.inputs,
                  citation_ids=[citation])


def quantity_figure(clause: str, q: Quantity, citation: int) -> Figure:
    return Figure(label=normalize(label_of(clause, q)), value=written_value(q),
                  unit=normalize(q.unit_as_written or q.unit), citation_ids=[citation])


def column_name(column: str) -> str:
    return f"{column}年" if column.isdigit() else normalize(column)


def flat(norm: str) -> str:
    """Spaces and enumeration commas dropped: `残疾儿童、少年义务教育入学率` holds the indicator's name."""
    return norm.replace(" ", "").replace("、", "")


def clause(text: str, span: tuple[int, int], q: Quantity) -> str:
    """The clause holding the quantity, with the clause before it when that one is short."""
    s, e = span
    left, right = clause_start(text, q.start, floor=s), clause_end(text, q.end, ceiling=e)
    if left > s and q.start - left < 12:
        left = clause_start(text, left - 1, floor=s)
    if right - left > MAX_CLAUSE_CHARS:
        left = max(left, q.start - MAX_CLAUSE_CHARS // 2)
    return text[left:right].strip()


# a clause saying what a planned figure goes to first (`计划招聘教师150名，重点补充体育、艺术教师`), or, with no
# subject of its own, what became of every one of the things counted (`其中重大隐患3处，均已挂牌督办`)
_PURPOSE = re.compile(r"[，,]\s*(?:重点|优先|均|全部|都)")


def purpose_after(text: str, span: tuple[int, int], quoted: str) -> str:
    """The clause after `quoted` (a figure's clause, in text[span]) when it says, with no figure of its own, what
    the figure goes to first or what became of all it counts; '' otherwise. Shown with the figure, never part of
    the claim the verifier reads: a figure is not of the part it favours."""
    at = text.find(quoted, *span)
    right = at + len(quoted) if at >= 0 else -1
    if right < 0 or not _PURPOSE.match(text, right):
        return ""
    end = clause_end(text, right + 1, ceiling=span[1])
    return "" if find_quantities(text[right + 1:end]) else text[right:end]


# a clause splitting a total over its years or terms (`三年安排资金1.5亿元，每年5000万元`)
_SPLIT_OPEN = re.compile(r"[，,]\s*(?:其中)?(?:每年|每学年|每学期|每月|年均|平均每年)")


def split_after(text: str, span: tuple[int, int], quoted: str, question: str) -> str:
    """For a total asked (`一共多少`), the clause after `quoted` (a figure's clause, in text[span]) that splits the
    figure over its years or terms with one amount of its own: the total as the sentence states it, with its
    yearly part; '' otherwise. Shown with the figure, never part of the claim the verifier reads."""
    at = text.find(quoted, *span)
    right = at + len(quoted) if at >= 0 else -1
    if right < 0 or not _ASKS_WHOLE.search(question) or not _SPLIT_OPEN.match(text, right):
        return ""
    end = clause_end(text, right + 1, ceiling=span[1])
    return text[right:end] if len([q for q in find_quantities(text[right + 1:end]) if q.is_measure]) == 1 else ""


def item_of(text: str, span: tuple[int, int], q: Quantity) -> str:
    """The list item (between 、，；) of the sentence text[span] holding the quantity."""
    s, e = span
    return text[clause_start(text, q.start, _ITEM_END, s):clause_end(text, q.end, _ITEM_END, e)].strip()


def label_of(clause: str, q: Quantity) -> str:
    return clause.replace(q.text, "").strip(" ，,：:")[:30] or q.text


def written_value(q: Quantity) -> float:
    """The number as written (4.85 for 4.85万人), the unit carrying any 万/亿 scale — in Chinese numerals too
    (70 for 七十万元: its unit as written, 万元, carries the scale)."""
    number = re.search(r"\d+(?:\.\d+)?", q.text.replace(",", ""))
    if number:
        return float(number.group())
    return q.value / _SCALES.get(normalize(q.unit_as_written)[:1], 1.0)


_CN_DIGITS = re.compile(r"[〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億兩]")
_SCALES = {"万": 1e4, "亿": 1e8}


# the word joining a range's two ends written as two amounts (`五百元至一千五百元`, `200元到400元`, `3万~5万元`)
_RANGE_JOIN = re.compile(r"\s*(?:至|到|~|～|—|－|-)\s*")
_CHANGE_FROM = re.compile(r"[从由]")  # `从1200人到1500人`: a change, not a range


def range_ends(text: str, span: tuple[int, int], q: Quantity) -> tuple[Quantity, Quantity] | None:
    """The two ends of a range the sentence text[span] states as two amounts of one unit joined by 至/到,
    when `q` (offsets into `text`) is one of them; None otherwise. A range stated so is answered by
    both ends, never by the one the question's words fall nearest."""
    found = [replace(x, start=x.start + span[0], end=x.end + span[0])
             for x in find_quantities(text[span[0]:span[1]]) if x.is_measure]
    for low, high in zip(found, found[1:]):
        if q.start in (low.start, high.start) and low.unit == high.unit and low.value < high.value \
                and _RANGE_JOIN.fullmatch(text, low.end, high.start) \
                and not _CHANGE_FROM.search(text, max(span[0], low.start - 2), low.start):
            return low, high
    return None


def shown(q: Quantity, small: bool = False) -> str:
    """A quantity as the answer line states it: as written, and when written in Chinese numerals
    with its Arabic value beside it (`八千四百個（8400个）`), so a reader can check it; the quote
    keeps the original. `small`: a number below ten too (a target's figure is compared against)."""
    arabic = arabic_form(q, small)
    return f"{q.text}（{arabic}）" if arabic else q.text


def digits_said(text: str, small: bool = False) -> str:
    """The figures `text` writes in Chinese numerals, each with its value in digits (`四十册即40册`), joined by
    commas; '' when it writes none so."""
    return "，".join(f"{q.text}即{arabic}" for q in find_quantities(text) if q.is_measure
                    and (arabic := arabic_form(q, small)))


def in_digits(quoted: str) -> str:
    """The figures a quoted item writes in Chinese numerals (`每班不超过四十五人`) in digits, in brackets to stand after
    its citation; '' when it writes none so."""
    said = digits_said(quoted)
    return f"（{said}）" if said else ""


# 次 after a counter of one character making a counter of its own (批次, 架次, 车次, 班次: how many times a thing
# was done, as inspection and transport reports count), not a word of its own opening there (次要, 次日, 次数)
_TIMES_TAIL = re.compile(r"次(?![要日年月序数级])")


def counter_written(text: str, q: Quantity) -> Quantity:
    """The quantity with the 次 the number reader leaves after its counter (`126批次` read as 126批), so the
    answer states the count in the counter the document writes; the quantity itself otherwise."""
    unit = q.unit_as_written
    if len(unit) != 1 or unit == "次" or q.end >= len(text) or not _TIMES_TAIL.match(text, q.end) \
            or text[q.start:q.end] != q.text:
        return q
    return replace(q, text=q.text + "次", end=q.end + 1, unit_as_written=unit + "次")


def arabic_form(q: Quantity, small: bool = False) -> str:
    """A quantity written in Chinese numerals in Arabic digits (`百分之六十三` → 63%), '' when written in digits
    (or a number below ten, which reads as well either way, unless `small`)."""
    if not _CN_DIGITS.search(q.text) or re.search(r"\d", q.text) or q.value < 10 and not small:
        return ""
    unit = normalize(q.unit_as_written)
    if unit.startswith("百分之"):
        return f"{_plain(q.value)}%"
    if q.unit == "元":  # money in the scale its magnitude reads in (五千三百零四萬六千元 → 5304.6万元)
        prefix, factor = display_scale(q.value, q.unit)
        return f"{_plain(q.value / factor)}{prefix}{q.unit}"
    scale = _SCALES.get(unit[:1], 1.0)
    return f"{_plain(q.value / scale)}{unit}"


def _plain(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.4f}".rstrip("0")


def region_of(doc: Document) -> str:
    return "、".join(normalize(r) for r in doc.meta.region) or doc.meta.title


def closed(label: str) -> str:
    """A table label with its bracket closed: some layouts lose the `)` of a unit note at a cell's
    edge (`学前教育毛入园率(%`), which would read as a broken answer. Half- and full-width brackets
    close each other, as documents mix them."""
    depth, last = 0, ""
    for ch in label:
        if ch in "(（":
            depth, last = depth + 1, ch
        elif ch in ")）" and depth:
            depth -= 1
    return label + ("）" if last == "（" else ")") * depth if depth else label


def display(text: str) -> str:
    """Passage text for the answer line: layout whitespace between CJK characters removed."""
    return _CJK_SPACE.sub("", text.strip()).replace("\n", "")
