"""A qualifier the question attaches to the thing it asks must be stated where the figure stands.

Questions single out a part of what documents state as a whole: a level of government
(`补助资金中省级财政安排了多少`), a part named by what it is not (`非普惠性民办园`), a whole without one
of its parts (`除一般公共预算拨款以外的收入`), one numbered sub-unit (`第三学区`), one item of a budget
(`学生资助支出`). A figure whose clause, table row or section heading does not carry that qualifier is
the whole's, another level's or a sibling item's (`全县财政安排…860万元`, `项目支出21,619.74万元`,
`划分5个学区，计划招收…2800人`), never the part's; nor is the rest's (`非X`, `未X`) the figure of X: the
answer abstains naming it, unless a computation (whole − part, server/answer/remainder.py) answers. The words are data
(server/lexicon/qualifiers.tsv).
"""
from __future__ import annotations

import re
from functools import lru_cache

from figures.numbers import find_quantities, whole_number
from ingest.normalize import normalize
from ingest.segment import pos_tokenizer, shared_tokenizer, word_cuts, words
from server.answer.evidence import unit_kind
from server.answer.exclusion import exclusions
from server.lexicon import complements, qualifiers, synonyms
from server.regions import without_places

_CJK = r"[\u4e00-\u9fff]"
_PIECES = re.compile(r"[^、；;。\n]+")  # the items of a sentence and its list (A、B；C)
_NUMERAL = r"[〇零一二三四五六七八九十两\d]+"
_RANGE_AFTER = re.compile(r"^(?:及|或)?(?:以上|以下)")  # 县级以上: a range of levels, not one
# a modifier starts after a year, 的, 中, the body or the place named (教育体育局, 全县, 城区) or the
# asking word (`投入多少资金` names no item)
_ITEM_CUT = re.compile(r".*(?:[\d年的中里局厅委县市区省旗级几]|多少|哪些|什么)")
_TRAILING = re.compile(rf"{_CJK}*$")  # the words right before the head, after any punctuation
# the words by which a text negates what follows (`尚无幼儿园`, `未整改`, `没有达标`)
_NEGATED = "没有|没|不|未|无"
_SET_ASIDE = re.compile(r"(?:非|不是|不属于|除了?[^，,。？?]{0,12})$")  # what comes next is not asked of
_YES_NO = re.compile(r"有没有|是不是|能不能|可不可")  # an ask whether (有没有额外补助), no part negated
# a part asked of a whole the question states first (`招聘的教师中女教师有多少`, `超编的学校中初中有几所`):
# the 中 of a frame, not of a word (高中, 初中, 集中, 其中, 年中, 县中, 城中村, 心中, 考中, 空中, 家中, 途中)
# (里 as everyday speech says 中: `专任教师里研究生学历的`, `老师里头`, not 这里, 哪里, 县里, 家里, 公里; nor the 中
# starting a word: 中小学, 中学, 中职, 中等, 中心)
_PART_OF = re.compile(r"(?P<whole>[\u4e00-\u9fff\d“”\"]{2,}?)"
                      r"(?:(?<![高初集期其心考空县市城年家途])中(?![小学职等心专级])"
                      r"|(?<![这那哪县市区乡镇村家公千万省校])里(?:头|面|边)?)[，,]?"
                      r"(?P<part>(?:(?!多少|几|哪|什么)[\u4e00-\u9fff]){2,10}?)的?(?:有|共有|是|为)?(?:多少|几)")
_RANGE_MARK = "至|到|—|－|~|～"
_SHARE_PART = re.compile(r"比例|占|比重|率")  # a share asked: 占多少, 占几成, 比例
# the rest of a whole asked by what it has not yet done (`尚有几项未完成销号`, `还剩多少孩子不能就近入学`); not a
# bound (不少于, 不超过, 不到, 不足) nor 不同/不断
_REST_NEGATED = re.compile(r"(?:还有|还剩|仍有|尚有)[^，,。？?]{0,8}?(?:多少|几)[^，,。？?]{0,6}?"
                           r"(?P<neg>没有|没|尚未|未|不能|不)(?!同|断|少|足|到|超|低|高|多|仅|但|再)"
                           r"(?P<x>[\u4e00-\u9fff]{2})")
# words by which a clause states the rest itself (尚未, 仍有, 剩余, 其余 …) or a negation of the verb asked
_REST_WORDS = re.compile(r"不|没|未|非|其余|剩下|剩余|尚有|仍有|还有|缺口|差")
_NO_PART = set("的之以和与及等其中上下内外个名人所有是为")  # characters that name no part by themselves


class Missing(str):
    """The reason a figure does not answer: it lacks the qualifier asked, which `words` would state."""
    words: tuple[str, ...]

    def __new__(cls, reason: str, words: tuple[str, ...] = ()) -> Missing:
        missing = super().__new__(cls, reason)
        missing.words = words
        return missing


@lru_cache(maxsize=1)
def _levels() -> tuple[dict[str, str], re.Pattern[str]]:
    """Passage word → the level it states, and a pattern finding any of them (longest first)."""
    words = {w: level for level, stated in qualifiers()["level"].items() for w in (level, *stated)}
    return words, re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


def _asked_levels(question: str) -> list[str]:
    """The levels of government a question names for what it asks (a level word, its 本级 or 财政,
    not a region's scope like 全县); none when it names a range (县级以上)."""
    words, pattern = _levels()
    asked = []
    for m in pattern.finditer(question):
        word = m.group()
        if _RANGE_AFTER.match(question[m.end():]):
            return []
        if word == words[word] or "级" in word or "财政" in word:
            asked.append(words[word])
    return list(dict.fromkeys(asked))


def _own_level(regions: list[str]) -> str:
    """The level of the region asked (某某县 → 县级): a figure naming no level is its own."""
    own = qualifiers()["own"]
    return next((own[r[-1]][0] for r in regions[:1] if r[-1:] in own), "")


# a level written bare before a list word and a level that writes 级 for both (`省、市级`, `县和乡镇级`)
_LEVELS_SHARING = re.compile(r"([省市县区])(?=[、和及与][省市县区乡镇]{1,2}级)")


def level_conflict(question: str, regions: list[str], context: str, heading: str) -> str:
    """A level of government asked that the figure's clause (else its heading) does not state: it
    states another (`全县`) or none while the level asked is not the region's own."""
    asked = _asked_levels(question)
    if not asked:
        return ""
    words, pattern = _levels()
    for text in (context, heading):
        # (levels listed sharing one 级, `省、市级培训`: each is stated)
        text = _LEVELS_SHARING.sub(r"\1级", text)
        stated = [m.group() for m in pattern.finditer(text)]
        if not stated:
            continue
        missing = [a for a in asked if a not in {words[s] for s in stated}]
        if missing:
            return Missing(f"它是“{stated[-1]}”的数，不是{missing[0]}的", _level_words(missing))
        return ""
    own = _own_level(regions)
    if asked != [own]:
        return Missing(f"它没有说是{'、'.join(a for a in asked if a != own)}的", _level_words(asked))
    return ""


def _level_words(levels: list[str]) -> tuple[str, ...]:
    """The words stating one level asked (not a scope like 全县, which any figure of the region has)."""
    if len(levels) != 1:
        return ()
    return tuple(w for w in (levels[0], *qualifiers()["level"][levels[0]]) if not w.startswith("全"))


def _others(part: str) -> list[str]:
    """The other member of an exhaustive pair the part belongs to (公办园 → 民办): it names the rest."""
    return [b if part.startswith(a) else a for a, b in complements() if part.startswith(a) or part.startswith(b)]


def negation_conflict(question: str, context: str, heading: str) -> str:
    """A part named by what it is not (非普惠性民办园) answered by a figure of the positive part or of
    the whole: its clause must say 非X too, or name the other member of X's pair (民办 for 非公办).
    未X (未参加) counts only against a figure of those who did (X stated, not negated)."""
    stated = context + heading
    for prefix, exceptions in qualifiers()["negation"].items():
        for m in re.finditer(rf"{prefix}({_CJK}{{2,}})", question):
            if any(question.startswith(e, m.start()) for e in exceptions) \
                    or _YES_NO.match(question, max(m.start() - 1, 0)):
                continue
            part = m.group(1)
            key = part[:2]
            if re.search(rf"(?:{prefix}|{_NEGATED}){key}", stated) or any(o in stated for o in _others(part)) \
                    or _listed_beside(question, m.start(), key):
                continue
            if key in context:
                return Missing(f"它说的是“{_word_at(context, key)}”，不是“{prefix}{part[:6]}”", (prefix + key,))
            if prefix == "非":  # the whole's figure: not the part asked
                return Missing(f"它没有说到“非{part[:6]}”，是不分这一项的数", (prefix + key,))
    return ""


# the items of a list asked together (`排查、已处置、未处置各多少`); not a comma, which sets a scope before the ask
# (`隐患整改中，未整改的有多少`)
_LIST_SPLIT = re.compile(r"[、]|和|及|与")


def _listed_beside(question: str, at: int, key: str) -> bool:
    """Whether the question lists the part done beside the part not done (`已处置、未处置各多少`): a figure of
    the done part answers its own item of the list, not the negated one."""
    items = [(m.start(), m.end()) for m in re.finditer(rf"(?:(?!{_LIST_SPLIT.pattern}).)+", question)]
    if len(items) < 2:
        return False
    return any(not (s <= at < e) and key in question[s:e]
               and not re.search(rf"(?:{_NEGATED}|非){key}", question[s:e]) for s, e in items)


def negated_stated(question: str, context: str) -> str:
    """The reverse of negation_conflict: a part asked by its own name (学科类) answered by a figure whose clause
    names it only negated (`非学科类机构142家`, `未整改到位`): that is the figure of the rest of the whole.
    A word the question names by another (文化课, server/lexicon/synonyms.tsv) counts as named."""
    for prefix, exceptions in qualifiers()["negation"].items():
        for m in re.finditer(rf"{prefix}({_CJK}{{2,}})", context):
            if any(context.startswith(e, m.start()) for e in exceptions):
                continue
            key = m.group(1)[:2]
            bare = re.sub(rf"(?:{prefix}|{_NEGATED}){key}", "", context)
            # the question negating the part too, by its name or by a word it names the part with (没按时 of 没有按期)
            said = (key, *(word for word, written in synonyms().items()
                           if word in question and any(key in w for w in written)))
            if key in bare or any(re.search(rf"(?:{prefix}|{_NEGATED}|除){_CJK}{{0,2}}{re.escape(w)}", question)
                                  for w in said):
                continue
            if key in question or any(key in w for w in _named_as(question)):
                # no words: a piece naming the part would be found in the negated name itself
                return Missing(f"它说的是“{_word_at(context, prefix + key)}”，不是“{key}”的")
    return ""


def _named_as(question: str) -> list[str]:
    """The corpus words the question's everyday words stand for (server/lexicon/synonyms.tsv)."""
    return [w for word, written in synonyms().items() if word in question for w in written]


def _word_at(text: str, key: str) -> str:
    """The run of characters in `text` starting with `key` (普惠 → 普惠性民办园在园幼儿), at most 8."""
    m = re.search(rf"{re.escape(key)}{_CJK}{{0,6}}", text)
    return m.group() if m else key


def _excluded(question: str) -> str:
    """The part a question takes out of the whole it asks (除X以外, X以外的, 不含X), or ''."""
    return next((e.part for e in exclusions(question, ("except", "without"))), "")


def exclusion_conflict(question: str, context: str, computed: bool) -> str:
    """A whole asked without one of its parts answered by that part's figure or by a total computed
    over it: the figure must state the exclusion (除X, X以外, 不含X, 非X) or be of the pair's other
    member. A stated figure that does not name the part is of another thing, not judged here."""
    part = _excluded(question)
    if not part:
        return ""
    key = part[:2]
    marks = [*qualifiers()["exclusion"], *qualifiers()["negation"]]
    tails = [t for ts in qualifiers()["exclusion"].values() for t in ts]
    if any(re.search(rf"{m}{_CJK}{{0,2}}{key}", context) for m in marks) \
            or any(re.search(rf"{key}{_CJK}{{0,14}}?{t}", context) for t in tails) \
            or key not in context and any(o in context for o in _others(part)):
        return ""
    if computed or key in context:
        return f"它没有除去“{part}”"
    return ""


def _subunits(text: str) -> list[tuple[int, str]]:
    """The numbered sub-units a text names (第三学区 → (3, 学区); 首批 → (1, 批))."""
    units = "|".join(sorted(qualifiers()["subunit"], key=len, reverse=True))
    found = []
    # 首 before a sub-unit is its first (首批 is 第一批, 首轮 第一轮)
    for m in re.finditer(rf"(?:第?({_NUMERAL})|首)({units})", text):
        try:
            number = whole_number(m.group(1)) if m.group(1) else 1
        except ValueError:
            continue
        found.append((number, m.group(2)))
    return found


def subunit_conflict(question: str, context: str, heading: str) -> str:
    """One numbered sub-unit asked (第三学区) that the figure's clause and heading do not name: it is
    the figure of all of them or of another."""
    units = "|".join(sorted(qualifiers()["subunit"], key=len, reverse=True))
    stated = _subunits(context + " " + heading)
    for m in re.finditer(rf"(?:第({_NUMERAL})|首)({units})", question):
        asked = _subunits(m.group())
        if asked and asked[0] not in stated:
            return Missing(f"它不是{m.group()}的数", (m.group(),))
    return ""


def sector_conflict(question: str, regions: list[str], context: str, heading: str) -> str:
    """A sector of schools asked (乡镇小学, 公办园) that the figure's clause and heading do not state while
    they state another sector (民办学校…其中小学): it is the other sector's figure. Read without the places
    asked (`…县城乡学校` names no 县城). A plain refusal: the clause naming the sector asked may count another
    stage or thing, so it is not quoted in the figure's place."""
    question = without_places(question, regions)
    sectors = qualifiers().get("sector", {})
    named = {s: words for s, words in sectors.items() if any(_asked_as(w, question) for w in (s, *words))}
    stated = [s for s, words in sectors.items() if any(w in context + heading for w in (s, *words))]
    missing = [s for s in named if s not in stated]
    others = [s for s in stated if s not in named]
    if missing and others:
        word = next(w for w in (missing[0], *named[missing[0]]) if _asked_as(w, question))
        return f"它是“{others[0]}”的数，不是“{word}”的"
    return ""


def _asked_as(word: str, question: str) -> bool:
    """Whether `word` names what the question asks of, not what it sets aside (非公办, 除公办园以外, 不是公办的)."""
    return any(not _SET_ASIDE.search(question[:m.start()]) for m in re.finditer(word, question))


def item_conflict(question: str, context: str, heading: str) -> str:
    """One item of a budget or funding line asked (学生资助支出) answered by the figure of another item
    of the same head (项目支出, 部门支出): the asked item's words are not in the figure's clause or
    heading, while the clause names its own item of that head."""
    for head in qualifiers()["item"]:
        at = question.find(head)
        if at < 2:
            continue
        asked = _TRAILING.findall(_ITEM_CUT.sub("", question[:at]))[0][-4:]
        own = re.search(rf"({_CJK}{{2,4}}){head}", context)
        # an item sharing words with the one asked (公用经费 of 学校公用经费 and 生均公用经费, 城乡 of
        # 城乡居民收入) is the same one: per head, stage or scope are other checks' business
        if len(asked) < 2 or own is None or set(own.group(1)) & set(asked):
            continue
        if not _in_order(asked, context + heading):
            item = _ITEM_CUT.sub("", own.group(1)) + head
            return Missing(f"它是“{item}”的数，不是“{asked}{head}”的", (asked + head,))
    return ""


def _in_order(word: str, text: str) -> bool:
    """All characters of `word` in `text` in order (the short forms: 学生资助 in 学生资助补助)."""
    rest = iter(text)
    return all(ch in rest for ch in word)


def part_conflict(question: str, context: str, heading: str) -> str:
    """A part asked of a whole the question states first (`…的教师中女教师有多少`) answered by a figure whose
    clause and heading name none of the part's own words (the whole's count), or name the part only as an end
    of a range (`一年级至六年级…12个` for 一年级: the range's count, not one end's)."""
    m = _locative_part(question)
    if m is None or len(re.findall(r"多少|几", question)) > 1:
        # several asks joined (`…中A有多少所B有多少所`): which part this figure answers is the ask's, not the frame's
        return ""
    part, whole = m.group("part"), m.group("whole")
    own = {ch for ch in part if ch not in whole and ch not in _NO_PART}
    stated = context + heading
    # most of the part's own characters unstated: a character or two it shares with the whole's words
    # (生 of 研究生 in 在校生) names no part; a share asked (`…里用于培训的比例`) is stated with its whole, its part
    # often in the sentence before: by 里, not judged here; by 中, none of its characters stated
    share = bool(_SHARE_PART.search(part))
    if share and question[m.end("whole")] == "里":
        return ""
    stated_own = len(own & set(stated))
    if own and (not stated_own if share else stated_own * 2 < len(own)):
        return Missing(f"它没有说到其中“{part}”，是全部的数", (part,))
    ends = [e.start() for e in re.finditer(rf"(?:{_RANGE_MARK}){re.escape(part)}|{re.escape(part)}(?:{_RANGE_MARK})",
                                          context)]
    if ends and len(ends) == context.count(part):
        return Missing(f"它是含“{part}”在内一段范围合计的数，不是其中“{part}”的")
    return ""


def _locative_part(question: str) -> re.Match[str] | None:
    """The first `whole中part` / `whole里part` of the question whose 中 or 里 stands as the locative: one that
    opens a dictionary word (中期评估, 中职学校, 里程) names no whole the part is of, unless that word is a
    locative itself (里面, 中部). A word jieba's unknown-word model glues (中女 of `教师中女教师`) is none."""
    tags = pos_tokenizer().word_tag_tab
    freq = shared_tokenizer().FREQ
    opening, at = set(), 0
    for word in words(question):
        if len(word) > 1 and freq.get(word) and tags.get(word) != "f":
            opening.add(at)
        at += len(word)
    pos = 0
    while (m := _PART_OF.search(question, pos)) is not None:
        if m.end("whole") not in opening:
            return m
        pos = m.start() + 1
    return None


def rest_conflict(question: str, context: str) -> str:
    """The rest of a whole asked by what it has not done (`尚有几项未完成销号`) answered by a figure whose clause
    states no rest: the figure of those who did it (`已就近入学的…1.6万人`) or of the whole (`涉及金额合计…`)."""
    m = _REST_NEGATED.search(question)
    if m is None or _REST_WORDS.search(context):
        return ""
    done = m.group("x")
    if done in context:
        return Missing(f"它是已“{_word_at(context, done)}”的数，不是{m.group('neg')}{done}的",
                       (m.group("neg") + done,))
    return Missing(f"它没有说到{m.group('neg')}{done}的部分，是全部的数", (m.group("neg") + done,))


def naming_piece(text: str, span: tuple[int, int], reason: str, units: tuple[str, ...]) -> tuple[int, int] | None:
    """The item of the passage `text[span]` (a sentence or a paragraph; items end at 、；。) that states
    the qualifier a figure lacked (`第三学区：南湖小学，540人`, `非普惠性民办园11所`): its words, then one
    amount in a unit asked. None when no item or several do."""
    words = reason.words if isinstance(reason, Missing) else ()
    found = []
    for m in _PIECES.finditer(text, *span):
        piece = normalize(m.group(), drop_space=True)
        at = min((i for w in words if (i := _word_start(piece, w)) >= 0), default=-1)
        if at < 0:
            continue
        kinds = {unit_kind(u) for u in units}
        after = [q for q in find_quantities(piece[at:]) if q.is_measure and (not kinds or unit_kind(q.unit) in kinds)]
        if len(after) == 1:
            found.append((m.start(), m.end()))
    return found[0] if len(found) == 1 else None


def _word_start(text: str, word: str) -> int:
    """Where `word` stands in `text` as words of its own, not inside a longer word (小学 of 中小学 names a
    whole of several stages, not the part); -1 when it does not."""
    cuts = word_cuts(text)
    return next((m.start() for m in re.finditer(re.escape(word), text)
                 if m.start() in cuts and m.end() in cuts), -1)


# a period named relative to the document's own (本学年, 上一学年, 下学期): school years, terms and budget years,
# which a report counts by its own period, not by a calendar year (今年/去年 are the year checks' business)
_RELATIVE_PERIOD = re.compile(r"(本|这个?|今|当|上一?个?|去|下一?个?|明)(学年|学期|年度|季度)")
_PERIOD_OFFSET = {"本": 0, "这": 0, "今": 0, "当": 0, "上": -1, "去": -1, "下": 1, "明": 1}


def _relative_periods(text: str) -> dict[str, dict[int, str]]:
    """The periods `text` names relative to its own: period word → offset → the words naming it."""
    found: dict[str, dict[int, str]] = {}
    for m in _RELATIVE_PERIOD.finditer(text):
        found.setdefault(m.group(2), {}).setdefault(_PERIOD_OFFSET[m.group(1)[0]], m.group())
    return found


def period_conflict(question: str, context: str, heading: str) -> str:
    """A school year, term or budget year asked relative to the report's own (上一学年) answered by a figure
    whose clause or heading dates it by another one only (本学年…): that period's figure, not the one asked."""
    stated = _relative_periods(context + heading)
    for period, asked in _relative_periods(question).items():
        own = stated.get(period, {})
        if own and not set(asked) & set(own):
            word = next(iter(own.values()))
            return Missing(f"它是“{word}”的数，不是“{next(iter(asked.values()))}”的", tuple(asked.values()))
    return ""


def deputy_conflict(question: str, context: str, heading: str) -> str:
    """A post's deputies asked (副校长) answered by a figure whose clause and heading name the post only (校长…),
    or the post asked answered by one naming only its deputies: the other rank's count."""
    stated = context + heading
    for prefix, endings in qualifiers().get("deputy", {}).items():
        ranked = re.compile(rf"{prefix}({_CJK}{{0,3}}?(?:{'|'.join(endings)}))")
        for m in ranked.finditer(question):  # the deputies asked, the post alone stated
            if _unranked(m.group(1), prefix, stated) and m.group() not in stated:
                return Missing(f"它是“{m.group(1)}”的数，不是“{m.group()}”的", (m.group(),))
        for m in ranked.finditer(stated):  # the post asked, its deputies alone stated
            if _unranked(m.group(1), prefix, question) and not _unranked(m.group(1), prefix, stated):
                return Missing(f"它是“{m.group()}”的数，不是“{m.group(1)}”的", (m.group(1),))
    return ""


def _unranked(post: str, prefix: str, text: str) -> bool:
    """Whether `text` names `post` without the deputy's `prefix` before it."""
    return re.search(rf"(?<!{re.escape(prefix)}){re.escape(post)}", text) is not None


def qualifier_conflict(question: str, regions: list[str], context: str, heading: str, computed: bool) -> str:
    """Why a figure (its clause `context`, its section `heading`) does not carry a qualifier the
    question asks with, or ''. A computed figure is judged only on an exclusion."""
    question, context, heading = (normalize(t, drop_space=True) for t in (question, context, heading))
    if computed:
        return exclusion_conflict(question, context, True)
    return (exclusion_conflict(question, context, False) or negation_conflict(question, context, heading)
            or negated_stated(question, context)
            or period_conflict(question, context, heading) or deputy_conflict(question, context, heading)
            or subunit_conflict(question, context, heading) or sector_conflict(question, regions, context, heading)
            or level_conflict(question, regions, context, heading)
            or item_conflict(question, context, heading) or rest_conflict(question, context)
            or part_conflict(_unplaced(question, regions), context, heading))


def _unplaced(question: str, regions: list[str]) -> str:
    """The question without the places it names (a city named …中市 holds a 中 of no frame)."""
    for region in regions:
        question = question.replace(normalize(region, drop_space=True), "")
    return question
