"""What a question asks: normalised text, intent, regions, years, school stages, key terms.

Routing decisions (which labels to boost, which documents to search, when a region is
outside the corpus) are made from this analysis; follow-ups ("那初中呢？") are resolved
against the previous question before analysis (server/followup.py).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from figures.direction import FALL_VERBS, RISE_VERBS
from figures.indicators import INDICATORS
from figures.numbers import is_unit
from ingest.normalize import normalize
from ingest.places import COMMON_FREQ
from ingest.segment import pos_tokenizer, shared_tokenizer, tokenize, unglued, word_cuts, words
from server.ages import AGE_BAND, age_terms, child_span_terms, spoken_ages
from server.described import described
from server.intent import (
    COUNTERS,
    PART_END,
    PASSED_GROUP,
    SPEND_ON,
    Asked,
    ask_lists,
    asks,
    classify,
    intents_of,
    one_role_count,
    without_own_bar,
)
from server.lexicon import courtesy_openers, defined_rates, plain_words
from server.mentions import MENTION, OR
from server.notall import not_all
from server.regions import RegionCatalog, short_name  # noqa: F401 - re-exported for server.retrieve
from server.separable import joined
from server.timespans import (
    RELATIVE_YEAR,
    RELATIVE_YEARS,
    plan_words,
    span_words,
    without_spans,
)
from server.wordstarts import names_read

_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_YEAR = re.compile(r"(20\d\d)\s*年?")
# a year with the close of it (`2026年底`, `2030年末`) is a time as a whole: its 底 never joins the next word as a term
_YEAR_TIME = re.compile(r"20\d\d\s*年?(?:年?[底末](?!线))?")
# a month written with 份 (`10月份`): a time like a year, its 月份 no content word (the tokenizer cuts `10 | 月份`)
_MONTH_TIME = re.compile(r"(?<!\d)(?:1[0-2]|0?[1-9])\s*月份")
_ALTERNATIVES = re.compile(r"[“\"]([^”\"]{2,12})[”\"]\s*(?:或者?|还是|和|与|、)\s*[“\"]([^”\"]{2,12})[”\"]")
# the indicator vocabulary's names of four characters or more, longest first
INDICATOR_NAMES = sorted({normalize(n, drop_space=True) for i in INDICATORS for n in i.synonyms if len(n) >= 4},
                          key=lambda n: (-len(n), n))  # deterministic among names of equal length

# the rates a report leaves to compute from two counts (办结率, 有效回收率: figures/lexicon/defined_rates.tsv), each one
# term: the tokenizer cuts 信访办结率 as 信访办 + 结率
_DEFINED_RATES = tuple(rate for rate, _, _ in defined_rates())

# 学段: one question's stage replaces the previous one in a follow-up (server/followup.py)
# (中小学: the compulsory stages together, server/lexicon/stage_families.tsv; before 小学, which it holds)
STAGES = ("学前教育", "幼儿园", "学前", "义务教育", "中小学", "普通小学", "小学", "普通初中", "初中", "普通高中",
          "高中阶段", "高中", "中等职业教育", "中职", "职业教育", "特殊教育", "高等教育")

# the asking part of a question, cut out before its key terms are taken
# the parts of a figure asked by the dimension that splits it (`按学段各有多少`, `按类别分别多少`): how the
# question asks, not a thing the figure's passage names (it names the parts: 小学…、初中…)
BREAKDOWN = re.compile(r"(?<!部)(?:分|按)[^\W\d]{1,3}?分?(?=各|分别)")
_SCAFFOLD = re.compile(
    rf"{BREAKDOWN.pattern}|"
    r"(?:是否)?(?:达到|符合|满足)[^?？,，]{0,16}(?:标准|要求)|"
    rf"{SPEND_ON}哪些(?:地方|方面)|"  # what money is spent on: asked, not named
    r"百分之(?:多少|几)|多少个?百分点|是多少|有多少|为多少|多少[个名所人元次项]?|几[个名所成]?|是什么|有哪些|"
    r"哪些|哪个|什么|如何|怎样|怎么样?|是否|有没有|分别|请问|告诉我|吗|呢|啊|吧|[?？!！,，。、;；:：“”\"'‘’《》()（）]")
# words that ask, compute or refer rather than name: never key terms for the "is it in the documents" check
QUESTION_WORDS = frozenset(
    "多少 是多少 什么 哪些 哪个 哪里 几 几个 多大 多高 多长 情况 怎么 怎样 如何 是否 有没有 有无 "
    "请问 请 告诉 介绍 一下 "
    "我 想 知道 问 吗 呢 的 了 是 有 在 和 与 及 或 或者 为 对 将 要 能 可以 到 年 数目 数量 数字 具体 主要 "
    "目标 指标 预期 预计 规划 计划 措施 做法 举措 经验 办法 途径 采取 推进 开展 工作 文件 文中 提到 提出 说 "
    "讲到 谈到 说到 写到 "
    "地区 区县 各地 分别 比较 对比 相比 区别 一共 总共 合计 增加 增长 提高 减少 变化 达到 达标 差距 "
    "政策 方面 相关 内容 哪 那 那么 还有 另外 呀 啊 吧 该 这个 这些 当地 上述 它 其中 这次 那次 又 实际 "
    "百分 百分之 百分点 分点 期间 时期 重新 计算 算出 出来 给出 一致 符合 国家 标准 要求 规定 "
    "大约 约 大概 大致 平均 每个 还是 更 更大 更高 更多 最高 最多 规模 水平 一年 上一年 比例 占比 比重 "
    "全区 全县 全市 本区 该区 该县 为了 那边 这边 以后 之后 以来 跟着 过来 那些 日常 一下 多长 时间 人数 按人数 场次 "
    # the time frame and the source, said of any document: 今年/去年 are resolved as years
    "今年 去年 前年 明年 后年 现在 目前 现有 如今 报告 数据 推算 所述 按照 "
    # intention: what is asked is a plan, named by the rest (准备新建…, 打算组织…), as with 计划
    "准备 打算 "
    # a time asked (什么时候建成, 何时达到): the answer's date, no word a passage must hold
    "时候 何时 "
    # asking to reckon a figure from others (用…和…数算, 估算一下): the figures are named by the rest
    "数算 估算 换算 折算 "
    # whom a speech or notice addresses (对大家提了…要求): the audience, not what was said
    "大家 各位 "
    # quantifiers over what is asked
    "全部 全都 所有 一项 这一项 哪一项 各项 每项 安排 部署 起来 "
    # a yes/no question's tail (`达到国家要求没有`) and a bound asked by its everyday word (`每天最少几小时`:
    # documents write 不少于/至少, as 最多/最高 above)
    "没有 还没 最少 至少 "
    # … and with 能 as one word of the cut (`每班最多能领几本`): the bound asked, no word a passage must hold
    "最多能 最高能 最少能 最低能".split())

# everyday phrasings of what the documents name officially (server/lexicon/plain_words.tsv), rewritten
# before analysis so that retrieval and the evidence check see the documents' words (longest first)
_PLAIN_MAP = plain_words()
_PLAIN = re.compile("|".join(re.escape(a) for a in sorted(_PLAIN_MAP, key=len, reverse=True)))
_CHANGE_WORDS = {"新增", *RISE_VERBS, *FALL_VERBS}
# the courtesy a question opens with (请问, 您好，我想知道): nothing asked, dropped before it is read
_OPENER = re.compile(rf"^(?:(?:{'|'.join(map(re.escape, courtesy_openers()))})[,，、:：\s]*)+")
_COMPARED = re.compile(r"比[^，,。；;？?]+$")  # a clause comparing with 比, up to where a phrasing starts

@dataclass
class Query:
    text: str  # the question after follow-up resolution, as the user wrote it
    norm: str  # normalised (Simplified, half-width)
    intents: set[str] = field(default_factory=set)  # target / measure / compute / compare
    regions: list[str] = field(default_factory=list)  # canonical corpus regions named
    unknown_regions: list[str] = field(default_factory=list)  # places named that the corpus does not cover
    years: list[str] = field(default_factory=list)
    relative_years: list[int] = field(default_factory=list)  # 今年 0, 去年 −1: resolved per document
    spans: list[str] = field(default_factory=list)  # spans of years named (“十四五”期间, 过去五年): a time, no key term
    stages: list[str] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)  # key content terms (normalised)
    # what the retrievers see: the region names are dropped, since the search is already
    # restricted to that region's documents and the names would only favour title passages
    search_text: str = ""
    asks: list[str] = field(default_factory=list)  # the separate things asked, region names blanked
    asked: Asked = field(default_factory=lambda: classify("", set()))  # the kind of answer wanted
    focus: str = ""  # the key term the asking word is about (`增加多少学位` → 学位)
    # an ask cut from a list of things asked together → the clause it was cut from (`新建、改扩建了多少所学校`)
    listed: dict[str, str] = field(default_factory=dict)
    local: list[str] = field(default_factory=list)  # places below the county named, read whole (local_names)
    # a sum word asked of one role's count (`一共多少名选手`), out of `norm` (server/intent.py one_role_count): the
    # count is still asked whole, never answered by a figure per one (`每校4名`)
    role_total: bool = False

    @property
    def operation(self) -> str:
        """What to compute: growth | change | share | ratio | sum | difference | previous | ''."""
        return self.asked.operation

    @property
    def units(self) -> tuple[str, ...]:
        return self.asked.units

    @property
    def asks_number(self) -> bool:
        return self.asked.number

    def narrowed(self, text: str) -> Query:
        """One ask of a question that asks several things, as a question of its own."""
        terms = local_terms(text, self.local)
        return replace(self, norm=text, terms=terms, search_text=text, asks=[text], listed={},
                       asked=classify(text, self.intents), focus=focus_term(text, terms))


def plain(norm: str) -> str:
    """Everyday phrasings replaced by the documents' words (`管钱的部门` → `财政局`), only where the
    phrasing is made of whole words (not `盖了` inside `覆盖了`), age bands as documents write them
    (`过了四十五的老师` → `45岁以上的老师`) and things described by their use (`接送学生的车` → `校车`)."""
    norm = joined(norm)
    bounds = {0}
    for word in words(norm):
        bounds.add(max(bounds) + len(word))

    def rewrite(m: re.Match[str]) -> str:
        # a phrasing that becomes a change word (`多出` → 新增) says a difference after the 比 of a comparison
        # (`比B多出多少`): left so, for the comparison to be read
        if not {m.start(), m.end()} <= bounds or (_PLAIN_MAP[m.group(0)] in _CHANGE_WORDS
                                                  and _COMPARED.search(norm[:m.start()])):
            return m.group(0)
        return _PLAIN_MAP[m.group(0)]

    return month_lists(grade_spans(not_all(described(spoken_ages(_PLAIN.sub(rewrite, norm))))))


def without_opener(question: str) -> str:
    """The question as written without the courtesy it opens with (`您好，请问…`), which asks nothing: every
    reader of the question, the follow-up's too, then finds its place, subject or share where it opens."""
    m = _OPENER.match(normalize(question))
    return question[m.end():] if m and normalize(question[:m.end()]) == m.group() else question


# two adjacent grades said together (`五六年级`): documents and their tables write the span with 至
# (`一至二年级`, `初中七至八年级`), so the question's span is written so to name the same row or clause
_GRADE_DIGITS = "一二三四五六七八九"
_GRADE_PAIR = re.compile(rf"(?<![{_GRADE_DIGITS}十])([{_GRADE_DIGITS}])([{_GRADE_DIGITS}])年级")


def grade_spans(norm: str) -> str:
    """`五六年级` → `五至六年级`: a pair of consecutive grades as the span documents write (not `十二年级`)."""
    def span(m: re.Match[str]) -> str:
        first, second = (_GRADE_DIGITS.index(g) for g in m.groups())
        return f"{m.group(1)}至{m.group(2)}年级" if second == first + 1 else m.group(0)

    return _GRADE_PAIR.sub(span, norm)


# months said one after another with no mark between them (`9月10月11月各…`): a list of months, as a table by month
# has a row for each; written with 、 so that each is an item asked (never a day: `9月10日` keeps its 日)
_MONTH_RUN = re.compile(r"(?<!\d)(1[0-2]|[1-9])月(?=(?:1[0-2]|[1-9])月)")


def month_lists(norm: str) -> str:
    """`9月10月11月` → `9月、10月、11月`: months run together as the list of them."""
    return _MONTH_RUN.sub(r"\1月、", norm)


def analyse(question: str, catalog: RegionCatalog) -> Query:
    summed = plain(normalize(question))
    norm = one_role_count(summed)
    known, unknown, rest = catalog.find(plain(normalize(question, drop_space=True)))
    # (the year of a bar the question sets, `达到2026年90%的目标了吗`, is the target's, not the year of the value asked)
    years = list(dict.fromkeys(_YEAR.findall(without_own_bar(norm))))
    intents = intents_of(norm)
    if len(known) > 1 and not intents & {"compare"}:
        intents.add("compare")
    stages = stages_of(norm)
    # a place the corpus does not cover, coordinated with one it does (A区和B区的合作), is a topic of that
    # region's documents (a partner, a twinned county): the retrievers look for it, no key term does. A
    # place name inside another name (a school named after its town) is no partner.
    bare = plain(normalize(question, drop_space=True))
    partners = [p for p in unknown if re.search(rf"[和与及、同跟]{re.escape(p)}|{re.escape(p)}[和与及、同跟]", bare)]
    for place in unknown:
        rest = rest.replace(place, " ")
    search_text = " ".join([rest.strip(), *partners]) if known and len(rest.strip()) >= 2 else norm
    relative = list(dict.fromkeys(RELATIVE_YEARS[w] for w in RELATIVE_YEAR.findall(norm)))
    local = local_names(rest, catalog.in_text)
    terms = _with_alternatives(local_terms(without_own_bar(rest), local), norm)
    return Query(question, norm, intents, known, unknown, years, relative, span_words(norm), stages, terms,
                 search_text, _distinct(asks(rest)), classify(norm, intents), focus_term(rest, terms),
                 {item: piece for piece, items in ask_lists(rest) if len(items) > 1 for item in items}, local,
                 norm != summed)


# the suffix of a place below the county (a town, a township, a subdistrict, a village) and the stem lengths
# such names have; the gazetteer (ingest/gazetteer) stops at the county, so these are read from the documents
_BELOW_COUNTY = re.compile(r"镇|乡|街道|村")
_LOCAL_STEM = (4, 3, 2)


def _distinct(asked: list[str]) -> list[str]:
    """The asks once each: one thing asked of several places (`A和B的X各是多少`, the places blanked) is one ask,
    answered place by place, never two asks of each place's documents."""
    return list(dict.fromkeys(asked))


def local_names(text: str, in_text: Callable[[str], bool] | None) -> list[str]:
    """Names of places below the county (which the gazetteer lacks) in `text` that some passage writes whole
    (`X口镇`): a stem of rare characters jieba's dictionary lacks is cut apart (X/口镇) or glued to the word
    after (X岭/镇领), so such a name is read as the longest one ending in its suffix that the documents write.
    A suffix that begins a common word with the character after it (乡村, 村民), or ends one with the character
    before it (农村, 城镇), is that word, not a name's end (`一名乡村教师` names no 一名乡村); dictionary words
    jieba cuts at the name's ends (全县/各镇) are those words."""
    if in_text is None:
        return []
    freq = shared_tokenizer().FREQ
    found: list[str] = []
    cuts = word_cuts(text)
    for m in _BELOW_COUNTY.finditer(text):
        if len(m.group()) == 1 and max(freq.get(text[m.start():m.start() + 2], 0),
                                       freq.get(text[m.start() - 1:m.end()], 0)) >= COMMON_FREQ:
            continue
        for size in _LOCAL_STEM:
            stem = text[max(0, m.start() - size):m.start()]
            if len(stem) == size and _CJK_ONLY.fullmatch(stem) and in_text(name := stem + m.group()):
                if not _read_as_words(text, m.start() - size, m.end(), cuts, freq):
                    found.append(name)
                break
    return list(dict.fromkeys(found))


def _read_as_words(text: str, start: int, end: int, cuts: set[int], freq: dict[str, int]) -> bool:
    """Whether jieba already reads text[start:end] as dictionary words of two characters or more, cut at both
    its ends (`全县/各镇`: words, no name), rather than a lone character or a word of its unknown-word model."""
    if start not in cuts or end not in cuts:
        return False
    inner = sorted(c for c in cuts if start <= c <= end)
    return all(b - a >= 2 and freq.get(text[a:b]) for a, b in zip(inner, inner[1:]))


def local_terms(text: str, local: list[str]) -> list[str]:
    """The key terms of `text` with the local place names in it kept whole (see local_names)."""
    names = [n for n in local if n in text]
    for name in names:
        text = text.replace(name, " ")
    return names + key_terms(text)


# an asking word for an amount with its counter (`多少个`, `几所`): where the asked amount stands
ASK_AMOUNT = re.compile(rf"(?:多少|几)(?:[{COUNTERS}元人]|人次|万人|亿元|万元)?")


def focus_term(text: str, terms: list[str]) -> str:
    """The key term an asking word is about: the first after it in its clause (`增加多少学位` →
    学位), else the last before it (`教师有多少` → 教师); '' when the question asks no amount."""
    ask = ASK_AMOUNT.search(text)
    if ask is None:
        return ""
    terms = [t for t in terms if not is_unit(t)]
    clause = PART_END.split(text[ask.end():], maxsplit=1)[0]
    after = [(clause.find(t), t) for t in terms if t in clause]
    if after:
        return min(after)[1]
    before = [(text.rfind(t, 0, ask.start()) + len(t), t) for t in terms if t in text[:ask.start()]]
    return max(before)[1] if before else ""


def _with_alternatives(terms: list[str], norm: str) -> list[str]:
    """`“县管校聘”或“区管校聘”` → one term `县管校聘|区管校聘`, found when either is."""
    for m in _ALTERNATIVES.finditer(norm):
        pair = [normalize(m.group(1), drop_space=True), normalize(m.group(2), drop_space=True)]
        if all(p in terms for p in pair):
            terms = [t for t in terms if t not in pair] + ["|".join(pair)]
    # `哪些提到了A免费或免B`, `A（B）`: the words either side of 或 (or the bracket) — only in a question of
    # whether documents mention it; elsewhere each word is weighed on its own (near words stand in for it)
    for m in OR.finditer(norm) if MENTION.search(norm) else ():
        before = [t for t in terms if "|" not in t and norm.rfind(t, 0, m.start()) >= m.start() - len(t) - 1
                  and norm.rfind(t, 0, m.start()) >= 0]
        after = [t for t in terms if "|" not in t and 0 <= norm.find(t, m.end()) <= m.end() + 1]
        if before and after:
            pair = [max(before, key=len), max(after, key=len)]
            if pair[0] != pair[1]:
                terms = [t for t in terms if t not in pair] + ["|".join(pair)]
    return terms


def stages_of(norm: str) -> list[str]:
    """The school stages a text names, longest form first (普通初中, not also 初中), where a word starts."""
    return names_read(norm, STAGES)  # longest forms first within each family, so 普通初中 wins over 初中


# a ratio's name asked (`城乡居民收入比是多少`): two characters before 比 that are no share (占比) nor
# comparison (对比, 相比, 同比, 之比), followed by the asking words
RATIO_NAME = re.compile(r"[\u4e00-\u9fff]{2}(?<![占对相同环之])比(?=是|为|分别|多少|约|大概|有多|[\s?？，,。]|$)")


# a grade or class named by a Latin letter (the A–D 级 of 校舍安全鉴定, the 类 of school ratings)
_LETTER_GRADE = re.compile(r"(?<![A-Za-z])[A-Za-z][级級类類档檔等]")
# a grade written in Roman numerals (学业水平Ⅲ级): NFKC makes Ⅲ `III` and ⅲ `iii`, so the grade is kept whole and
# upper-cased, whatever form the question wrote it in, to match the documents' own (`Ⅲ级以上比例`)
_ROMAN_GRADE = re.compile(r"(?<![A-Za-z])(?:[IVX]{1,4}|[ivx]{1,4})[级級类類档檔等]")


def key_terms(text: str) -> list[str]:
    """Content words of the question, longest forms only (骨干教师, not also 骨干 and 教师); an
    indicator's published name stays one term (学前三年毛入园率), so any of its names can match."""
    # a plan period stays one term (十四五, never 十五 of `十五五时期`); other spans are times only
    periods = plan_words(text)
    spoken = _SPOKEN_BOUND.sub(" ", _YARDSTICK.sub(" ", _A_NOT_A.sub(r"\1", _PER_HEAD_VALUE.sub(r"\1", text))))
    asked = _SCAFFOLD.sub(" ", _MONTH_TIME.sub(" ", _YEAR_TIME.sub(" ", without_spans(spoken))))
    # an age band is one term (50岁以上), never the bare number the tokenizer cuts; so is a span of children's ages
    ages = age_terms(asked) + child_span_terms(asked)
    asked = AGE_BAND.sub(" ", asked)
    # a ratio named by its two sides' word and 比 (收入比, 男女比) is one term: the tokenizer splits it off
    indicators = [m.group() for m in RATIO_NAME.finditer(asked)]
    asked = RATIO_NAME.sub(" ", asked)
    # a grade named by a letter (`C级校舍`, `B类学校`): the tokenizer cuts the letter off its grade word; by Roman
    # numerals (`Ⅲ级`) in the documents' upper case first
    indicators += [m.group().upper() for m in _ROMAN_GRADE.finditer(asked)]
    asked = _ROMAN_GRADE.sub(" ", asked)
    indicators += [m.group() for m in _LETTER_GRADE.finditer(asked)]
    asked = _LETTER_GRADE.sub(" ", asked)
    # 达标 qualifying what is counted (`达标人数`, `达标的学校`) names the group counted, not a check asked
    indicators += ["达标"] * bool(PASSED_GROUP.search(asked))
    asked = PASSED_GROUP.sub(" ", asked)
    while True:  # leftmost, then longest name first: 学生公用经费标准 → 学生公用经费
        found = [(asked.find(n), -len(n), n) for n in (*INDICATOR_NAMES, *_DEFINED_RATES) if n in asked]
        if not found:
            break
        name = min(found)[2]
        indicators.append(name)
        asked = asked.replace(name, " ")
    # a function character jieba's unknown-word model glued to a neighbour (哪所, 提了) is cut off first, and
    # so are a conjunction and a counted measure the dictionary glues (检查和, 那十所)
    # a stage before a class noun (初中班额, 小学班级数): the tokenizer's dictionary glues 初中班, cutting 额 off
    asked = _STAGE_BEFORE_CLASS.sub(r"\1 ", asked)
    asked = _when_cut(asked)
    tagged = tagged_spans(text)
    cut = [_unglued_word(_counted_noun(unglued(t), text, tagged)) for t in tokenize(asked)]
    tokens = list(dict.fromkeys(periods + indicators + ages + [t for t in cut if _is_key_term(t)]))
    return [t for t in tokens if not any(t != u and t in u for u in tokens)]


@lru_cache(maxsize=1024)
def tagged_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, part of speech) of each word of `text` as jieba reads and tags it."""
    spans, at = [], 0
    for word in pos_tokenizer().cut(text):
        spans.append((at, at + len(word.word), word.flag))
        at += len(word.word)
    return tuple(spans)


def _counted_noun(token: str, text: str, spans: tuple[tuple[int, int, str], ...]) -> str:
    """A token whose opening characters end a numeral word of the question as jieba reads and tags it (m: 几台
    of 几台车, which the search tokenizer, once the asking word is cut out, reads as 台车): those characters
    are the count's measure word; the rest, the noun counted, is the term. Wherever the question writes
    the token; a word the question reads whole (家长 of 多少家长) is left alone."""
    if len(token) < 2:
        return token
    starts = [i for i in range(len(text)) if text.startswith(token, i)]
    cuts = {next((end - i for start, end, flag in spans if start < i < end and flag == "m"), 0) for i in starts}
    return token[cuts.pop():] if starts and len(cuts) == 1 and 0 not in cuts else token


# a demonstrative, a numeral and its measure word opening a token (那十所): they point at things counted
# already, named by the noun after them, which alone is the term (server/intent.COUNTERS: the project's
# measure words). Not a numeral alone: `一个班` asks per class, which the term keeps
_COUNTED = re.compile(rf"^[这那此该][\d一二两三四五六七八九十百千几]+[{COUNTERS}]")
# parts of speech of a character the dictionary glues after a word (检查和: 检查 + 和): conjunctions
_GLUED_AFTER = frozenset(("c",))


def _when_cut(text: str) -> str:
    """`text` with the 时 ('when') closing a verb's clause (`打分时…`) cut from the word after it, to which jieba's
    unknown-word model glues it (时 + a word the dictionary lacks: 时师德) into a term no passage writes."""
    spans = tagged_spans(text)
    cuts = [start for (start, end, _), (_, _, before) in zip(spans[1:], spans)
            if text[start] == "时" and end - start >= 3 and before.startswith("v")
            and not shared_tokenizer().FREQ.get(text[start:end])]
    for at in reversed(cuts):
        text = f"{text[:at + 1]} {text[at + 1:]}"
    return text


_STAGE_BEFORE_CLASS = re.compile(r"(小学|初中|高中|中职|幼儿园)(?=班)")


@lru_cache(maxsize=8192)
def _unglued_word(token: str) -> str:
    """`token` without a counted measure opening it (那十所 → '') or a conjunction the
    dictionary joins to the word before it (检查和 → 检查: jieba's dictionary holds such entries, so
    `unglued`, which cuts only what its unknown-word model glued, keeps them)."""
    token = _COUNTED.sub("", token)
    if len(token) >= 3 and shared_tokenizer().FREQ.get(token[:-1]):
        tagged = list(pos_tokenizer().cut(token[-1]))
        if len(tagged) == 1 and tagged[0].flag in _GLUED_AFTER:
            return token[:-1]
    return token


# a count of the places asked about (五省, 两市, 各区县): the places themselves are named, this word is no topic
_PLACE_COUNT = re.compile(r"[一二三四五六七八九十两几各多\d]+个?(?:省|自治区|直辖市|市|州|盟|县|区|旗|地|区县|市县)")
# pieces the tokenizer cuts from a place's short name and from a half of a year, no word of what is asked:
# a division's suffix glued to the preposition after it (`某县到2025年` with the county the region → 县到),
# and the halves of `下半年`/`上半年` (下半, 半年) — a time, which the term check of the passage reads apart
_FRAGMENT = re.compile(r"[省市州盟县区旗镇乡][到在至于对]|[上下]半年?|半年")


# everyday asking forms, no word of what is asked: a verb asked as `A不A`/`A没A` (够不够, 达没达到,
# 符不符合: read as the verb), and a numeral with its counter (`一名教师管几个学生`, `两所学校`), which
# counts what the next word names
# (not 有没有: a yes/no tail the scaffold cuts whole, where a bare 有 would glue to the word before it)
_A_NOT_A = re.compile(r"([^有])[不没]\1")
_NUMERAL_COUNTER = re.compile(rf"[一二两三四五六七八九十几每各]+[{COUNTERS}]")
# the standard a figure is held against, by who sets it (`达没达到优质均衡标准`, `到国家要求没有`,
# `达没达到省定标准`): the check's yardstick (figures/standards.py), not a word the passage must carry
_YARDSTICK = re.compile(r"(?:够|到|达|符合|满足)\s*(?:国家|省|市|县|优质均衡|基本均衡|国标|省定|市定|规定|有关|相关)"
                        r"[^?？,，\s]{0,8}?的?(?:标准|要求)")
# a bound on a count as spoken (`不到50人的学校`, `没到100人`), where documents write 不足 or 以下: it qualifies
# the group counted, no word of what is asked (and would find `落实不到位`); not `达不到`, `有没有到95%` (a check)
_SPOKEN_BOUND = re.compile(r"(?<![有达够])(?:不到|没到)(?=\s*(?:\d|[一二两三四五六七八九十百千]))")
# `生均值`, `人均值`: the value per head, 值 no word of its own (jieba reads 均值, a mean)
_PER_HEAD_VALUE = re.compile(r"([生人]均)值")

def _is_key_term(token: str) -> bool:
    # a token jieba glued from function words (那到 in `那到2025年呢`) is no content word either
    return (len(token) >= 2 and token not in QUESTION_WORDS and not token.isdigit()
            and not _PLACE_COUNT.fullmatch(token) and not _FRAGMENT.fullmatch(token)
            and not _NUMERAL_COUNTER.fullmatch(token)
            and not all(ch in QUESTION_WORDS for ch in token)
            and any("\u4e00" <= ch <= "\u9fff" or ch.isalpha() for ch in token)
            and not function_word(token))


# parts of speech that never name what a question is about: pronouns (自己, 那种), locatives (以下,
# 最后), time words (白天), measure words (这件), prepositions, conjunctions, particles; tagged by
# jieba's dictionary on the project's tokenizer. Not numerals (十四五, 两年 name periods) nor adverbs
# (the dictionary tags 同步 as one).
_FUNCTION_POS = frozenset("r rr rz rg f t tg mq q p c u uj ul uv uz ud ug y e o".split())
# words the dictionary tags as time words that say a thing is past its term (a 健康证 过期, a payment 逾期): the
# state a question asks about, as a report counts it (`资格证过期人员2名`), no time of the question
_PAST_TERM = frozenset({"过期", "逾期"})
# … and the seasons a rule is set for apart (夏季室内温度不低于N℃、冬季…, 夏季作息时间): which rule is asked, no time
# (not 春季, 秋季: the terms a school year opens, `秋季学期`, `春季开学`)
_SEASON_RULES = frozenset({"夏季", "冬季"})


@lru_cache(maxsize=8192)
def function_word(token: str) -> bool:
    """Whether jieba's dictionary tags `token`, read as one word, with a part of speech that names nothing."""
    tagged = list(pos_tokenizer().cut(token))
    return len(tagged) == 1 and tagged[0].flag in _FUNCTION_POS and token not in _PAST_TERM | _SEASON_RULES
# --- what a key term weighs when a question is worded in everyday language -------------------------

# parts of speech of words that name a thing (nouns, verbal and adjectival nouns, abbreviations, set
# phrases, and the policy terms of the project's dictionary, which jieba tags x): the measured thing
# of a question is named by these; its verbs, adverbs and place words (干活, 到手, 家里) describe it
_NAMING_POS = ("n", "vn", "an", "j", "l", "i", "x", "eng")


@lru_cache(maxsize=8192)
def names_thing(term: str) -> bool:
    """Whether a key term names a thing rather than describing one: one of its words is tagged as a
    noun (or an indicator, a stage, one of several alternatives: those always name)."""
    if "|" in term or term in INDICATOR_NAMES or any(s in term for s in STAGES):
        return True
    return any(w.flag.startswith(_NAMING_POS) for w in pos_tokenizer().cut(term))


# parts of speech of a word that sets the circumstances of what is asked, never what a figure is of:
# adverbs (专程, 大概), place and locative words (家里, 身边), status and time words. A place, time or
# quality word written right before a noun qualifies that noun and picks out a group (外地的 written
# 省外学生, 在编教师): in that place it names (`describes` with the question)
_SETTING_POS = ("d", "s", "f", "z", "t")
# … and of one that qualifies it: verbs and adjectives, with the adjectival nouns (困难 of 困难学生)
_QUALITY_POS = ("v", "a")


@lru_cache(maxsize=8192)
def describes(term: str, norm: str = "") -> str:
    """How a key term that names nothing (names_thing) speaks of what is asked, by jieba's tag of it read as
    one word: "setting" (an adverb, a place word: 家里), "quality" (a verb or an adjective: 帮助, 宽敞, 困难;
    not a verbal noun, which names an activity: 培训), else "" (it names: a noun, an indicator, a stage;
    and any word the question `norm` writes right before a noun, which qualifies it: no adverb modifies a
    noun, so there a word jieba tags d is an adjective too: 偏远学校)."""
    if "|" in term or term in INDICATOR_NAMES or any(s in term for s in STAGES):
        return ""
    if norm and _qualifies_noun(term, norm):
        return ""
    tagged = list(pos_tokenizer().cut(term))
    if len(tagged) != 1:
        return "" if names_thing(term) else "quality"
    flag = tagged[0].flag
    if flag.startswith(_SETTING_POS):
        return "setting"
    if flag == "an" or flag.startswith(_QUALITY_POS) and flag != "vn":
        return "quality"
    return ""


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _qualifies_noun(term: str, norm: str) -> bool:
    """Whether `norm` writes `term` right before a word jieba tags as naming a thing (外地 + 学生; not a
    punctuation mark, which jieba tags x as it tags the dictionary's terms), or before one verb or adjective
    and such a word (外地 + 托管 + 机构: the two qualify the noun together)."""
    spans = tagged_spans(norm)
    ends = {i + len(term) for i in range(len(norm)) if norm.startswith(term, i)}

    def naming(k: int) -> bool:
        start, end, flag = spans[k]
        # an adjectival noun before a noun qualifies it too (困难 of 家里困难的): it names no group here
        return flag.startswith(_NAMING_POS) and flag != "an" and bool(_HAN.search(norm[start:end]))
    return any(start in ends and (naming(k) or flag.startswith(_QUALITY_POS) and k + 1 < len(spans)
                                  and naming(k + 1))
               for k, (start, _, flag) in enumerate(spans))


_BREAK = re.compile(r"[\s,，。；;:：?？!！()（）“”\"]")
PHRASE_WORDS = 4  # the longest phrase of a question's words set against a passage's clauses


def phrases_around(norm: str, term: str) -> list[str]:
    """The phrases of 2 to PHRASE_WORDS words of a question that hold `term` (`送外卖、跑快递的劳动者`
    for 劳动者), within one clause, the term itself first: what a passage's clause may say in other words."""
    start = norm.find(term)
    if start < 0:
        return [term]
    bounds, at = [], 0
    for word in words(norm):
        bounds.append((at, at + len(word), word))
        at += len(word)
    inside = [i for i, (a, b, _) in enumerate(bounds) if a < start + len(term) and b > start]
    found = [term]
    for size in range(2, PHRASE_WORDS + 1):
        for first in range(max(0, inside[-1] - size + 1), inside[0] + 1):
            window = bounds[first:first + size]
            if len(window) == size and not any(_BREAK.search(w) for _, _, w in window):
                found.append(norm[window[0][0]:window[-1][1]])
    return list(dict.fromkeys(found))
