"""Place names of China's administrative divisions, found in text of either script.

The gazetteer is data (ingest/gazetteer/places.tsv, derived from jionlp's division dictionary, and
ingest/gazetteer/places_extra.tsv, the national-level new areas; both state their source): every
province, prefecture and county-level division with its full name (临湘市, 恩施土家族苗族自治州),
its short form (临湘, 恩施), former names and its parent.

`find_places(text)` reads the text in Simplified (t2s, offsets kept) and returns the mentions it
trusts. A name is trusted outright when it can only mean one place and is no everyday word. A
name that can mean several places (鼓楼区, 朝阳区) or is also a word (城区, 新兴, 大同, 富民, 来宾) counts
only with support: written right after one of its parents (`云浮市新兴县`, `岳阳临湘`), or, for a
name that is merely shared and no word, when exactly one of its candidates lies inside a place the
text names on its own or the caller prefers (the places that have documents). A match must also
sit on word boundaries (a county name glued inside a longer word is none), and not be the tail of
a longer name the gazetteer lacks (a content character standing alone right before it: an
unknown county whose name ends in a real one's is no mention of the real one). In a document, a
county's full name whose stem is an everyday word (a conjunction, a verb + 县: `…局<word>县公安局`
reads <word> + 县公安局) counts only where it starts a line (a title, an issuer), right after a
parent, when a place above it is named in the text, or when the caller prefers it (a question
names places on purpose: there it counts alone).

`find_unlisted(text)` finds the names of a division's shape the gazetteer lacks (a new district, an
invented county: `Unlisted`); ingest/metadata.py makes one a document's region where the document
gives evidence, server/regions.py matches the library's in questions.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jieba

from ingest.normalize import to_simplified
from ingest.segment import shared_tokenizer

DATA = Path(__file__).with_name("gazetteer")
FILES = ("places.tsv", "places_extra.tsv")
LEVELS = {1: "province", 2: "prefecture", 3: "county"}
# the suffixes a division's name ends in; a short form followed by one is part of a longer name
SUFFIX_CHARS = frozenset("省市县区州盟旗")
WINDOW = 4  # characters of context segmented around a match for the word-boundary check
# the stem of an unlisted name before its suffix: two characters, the length of nearly every county's
UNLISTED_STEM = 2
# a county's short form that jieba's dictionary counts this often is mostly a word (新建 1000, 中原
# 2825, 古城 1664), not the county (临湘 15, 嵊州 and 蕉城 not listed)
COMMON_FREQ = 100
# jieba frequency given to province names (of the dictionary's ~350,000 words, a few dozen are this
# common): a province then wins over a dictionary word that overlaps it across its boundary
# (a short name ending in 东 before 三省: …东/三省, not …/东三省 — 东三省 123), which a name at its own frequency loses
PROVINCE_FREQ = 200_000
# jieba tags of a character that stands as a word of its own before a name without being part of
# it: p preposition, c conjunction, u particle, d adverb, r pronoun, v verb, m numeral, q classifier,
# y modal particle, e interjection, o onomatopoeia, t time word, z status word, f position word (在,
# 和, 的, 将, 该, 赴, 第, 个, 吗, 冬, 上 …). Any other lone character (a noun or adjective, or one the
# dictionary lacks) right before a short county-level name is read as the head of a longer name the
# gazetteer does not hold; so is one tagged zg (jieba's tag for 5,666 single characters it gives no
# part of speech) or x (367 it knows only inside words: 苓, 珑, 墅 …): those tags say nothing of a
# function, and rare name characters are among them.
FUNCTION_TAGS = ("p", "c", "u", "d", "r", "v", "m", "q", "y", "e", "o", "t", "z", "f")
UNTAGGED = "zg"  # starts with z, a status word's tag
# the words that stand before a name are common (在 727,915, 赴 4,943, 冬 1,487 times in jieba's
# dictionary); a character tagged a function word but counted fewer times than this (a rare
# classifier or verb: 461 for the classifier of stone steps) is far more often a name's character
RARE_FUNCTION_FREQ = 1000
# a character jieba's dictionary counts this often is a word of everyday speech (往, 每, 今, 仍, 很, 深, 全), not the
# rare character a name the gazetteer lacks is made of (a made-up county's 沚 11, 澹 620, 湾 2030)
COMMON_CHAR = 10000
# division suffixes of an unlisted name's level (新区: a new area, a district's level)
SUFFIX_LEVELS = {"省": 1, "市": 2, "州": 2, "盟": 2, "县": 3, "区": 3, "旗": 3, "新区": 3}


@dataclass(frozen=True)
class Place:
    id: str  # 6-digit division code (N… for the national-level new areas)
    name: str  # full name, Simplified: 临湘市
    short: str  # 临湘
    level: int  # 1 province, 2 prefecture, 3 county
    parent: str  # id of the parent ("" for a province)
    former: tuple[str, ...] = ()


@dataclass(frozen=True)
class Unlisted:
    """A name of a division's shape that the gazetteer lacks (a new district, an invented county)."""
    name: str  # Simplified: 某某县
    start: int  # offsets into the text as given
    end: int
    level: int  # by its suffix (SUFFIX_LEVELS): 1 省, 2 市/州/盟, 3 县/区/旗/新区


@dataclass(frozen=True)
class Mention:
    place: Place
    start: int  # offsets into the text as given
    end: int
    form: str  # full | short | former


class Gazetteer:
    def __init__(self, places: Iterable[Place]):
        self.places: dict[str, Place] = {p.id: p for p in places}
        self.aliases: dict[str, list[tuple[Place, str]]] = {}
        for place in self.places.values():
            forms = [(place.name, "full"), (place.short, "short")] + [(f, "former") for f in place.former]
            for alias, form in forms:
                if len(alias) >= 2 and not any(p is place for p, _ in self.aliases.get(alias, [])):
                    self.aliases.setdefault(alias, []).append((place, form))
        # aliases by their first two characters, longest first: a scan looks up one key per position
        self._by_head: dict[str, list[str]] = {}
        for alias in sorted(self.aliases, key=len, reverse=True):
            self._by_head.setdefault(alias[:2], []).append(alias)

    def get(self, place_id: str) -> Place | None:
        return self.places.get(place_id)

    def lookup(self, name: str) -> list[Place]:
        """Places a name (full, short or former, either script) can mean."""
        return [p for p, _ in self.aliases.get(to_simplified(name.strip()), [])]

    def ancestors(self, place: Place) -> list[Place]:
        """Parent, grandparent, … (nearest first)."""
        out = []
        while place.parent and place.parent in self.places:
            place = self.places[place.parent]
            out.append(place)
        return out

    def chain(self, place: Place) -> list[Place]:
        """Province first, the place last."""
        return [*reversed(self.ancestors(place)), place]

    def within(self, place: Place, area: Place) -> bool:
        """place is area or lies inside it."""
        return place.id == area.id or any(a.id == area.id for a in self.ancestors(place))

    def is_word(self, alias: str) -> bool:
        """The alias is also an everyday word (jieba's dictionary gives it a tag other than place)."""
        freq, tag = _words().get(alias, (0, "ns"))
        return not tag.startswith("ns")

    def common_stem(self, alias: str) -> bool:
        """A full name whose stem (the name without its division suffix) is an everyday word:
        jieba counts it at least COMMON_FREQ (100) times, with a tag other than place or, whatever
        its tag, as a single character (a frequent one-character stem is a word of its own far more
        often than a place)."""
        stem = alias[:-1]
        if alias[-1] not in SUFFIX_CHARS or not stem:
            return False
        freq, tag = _words().get(stem, (0, "ns"))
        return freq >= COMMON_FREQ and (len(stem) == 1 or not tag.startswith("ns"))

    def is_common(self, alias: str) -> bool:
        """An everyday word, or a word jieba's dictionary counts often (新建, 中原, 古城 are places
        there too, but mostly mean something else)."""
        freq, tag = _words().get(alias, (0, "ns"))
        return not tag.startswith("ns") or freq >= COMMON_FREQ

    # --- finding ------------------------------------------------------------------------------

    def find(self, text: str, prefer: Collection[str] = (), loose: bool = False) -> list[Mention]:
        """Trusted mentions in text order (see the module docstring); `prefer`: ids of places the
        caller already knows to be relevant (e.g. those that have documents): a county's short
        form or a shared name is trusted when it means one of them. `loose` (for questions, which
        name places on purpose): a county's short form that is no everyday word is trusted alone."""
        simple = _simplified(text)
        preferred = [self.places[i] for i in prefer if i in self.places]
        prefer_ids = {p.id for p in preferred}
        matches = list(self._scan(simple))
        named = {p.id for _, _, alias in matches for p, form in self.aliases[alias]
                 if form != "short" and len(self.aliases[alias]) == 1}  # places named in full somewhere
        trusted: list[Mention] = []
        pending: list[tuple[int, int, list[tuple[Place, str]]]] = []
        unsure: list[Mention] = []  # a full name whose stem is an everyday word, not at a line's start
        previous: Mention | None = None
        for start, end, alias in matches:
            candidates = self.aliases[alias]
            if previous is not None and previous.end == start:  # `福州市鼓楼区`, `岳阳临湘`
                inside = [(p, f) for p, f in candidates if p != previous.place and self.within(p, previous.place)]
                candidates = inside or candidates
                if len(inside) == 1:
                    previous = Mention(inside[0][0], start, end, inside[0][1])
                    trusted.append(previous)
                    continue
            previous = None
            meant = [(p, f) for p, f in candidates if p.id in named or p.id in prefer_ids]
            chosen: tuple[Place, str] | None
            if len(candidates) == 1 and self._trusted_alone(alias, candidates[0], loose):
                chosen = candidates[0]
            else:
                chosen = meant[0] if len(meant) == 1 else None
            if chosen is not None and chosen[1] != "short" and chosen[0].level == 3 and not loose \
                    and chosen[0].id not in prefer_ids and self.common_stem(alias) and not _starts_line(simple, start):
                unsure.append(Mention(chosen[0], start, end, chosen[1]))
                continue
            if chosen is not None:
                previous = Mention(chosen[0], start, end, chosen[1])
                trusted.append(previous)
                continue
            if not self._word_like(alias, candidates) and any(f != "short" for _, f in candidates):
                pending.append((start, end, candidates))
        # an everyday-word full name: trusted when a place above it is named elsewhere in the text
        above = {m.place.id for m in trusted}
        trusted += [m for m in unsure if any(a.id in above for a in self.ancestors(m.place))]
        # a shared full name (鼓楼区, 朝阳区): the one candidate inside a place named on its own or preferred
        areas = [m.place for m in trusted] + preferred
        for start, end, candidates in pending:
            fitting = [(p, f) for p, f in candidates if any(self.within(p, a) for a in areas)]
            narrowest = _narrowest(self, fitting)
            if narrowest is not None:
                trusted.append(Mention(narrowest[0], start, end, narrowest[1]))
        return sorted(trusted, key=lambda m: m.start)

    def _trusted_alone(self, alias: str, candidate: tuple[Place, str], loose: bool) -> bool:
        """A name that can mean only this place: province short forms; full and former names and
        prefecture short forms that are no everyday word. A county's short form never is alone
        (中原, 古城, 新建, 合作 …): it needs its full name in the same text, a parent right before it,
        or the caller's preference."""
        place, form = candidate
        if form == "short":
            if place.level == 1:
                return True
            if place.level == 3:
                return loose and not self.is_common(alias)
        return not self._word_like(alias, [candidate])

    def _word_like(self, alias: str, candidates: list[tuple[Place, str]]) -> bool:
        """A short form that is a word (大同, 来宾), or a two-character full name that is one (城区,
        矿区); jieba's tag on a longer full name (鼓楼区 n) says nothing."""
        if all(form != "short" for _, form in candidates) and len(alias) > 2:
            return False
        return self.is_word(alias)

    def _scan(self, simple: str) -> Iterable[tuple[int, int, str]]:
        """Leftmost-longest alias matches on word boundaries."""
        i, n = 0, len(simple)
        while i < n - 1:
            for alias in self._by_head.get(simple[i:i + 2], ()):
                if simple.startswith(alias, i) and _on_boundaries(simple, i, i + len(alias), self._may_be_tail(alias)):
                    yield i, i + len(alias), alias
                    i += len(alias)
                    break
            else:
                i += 1

    def unlisted(self, text: str, found: Iterable[Mention] = (), rare_words: bool = False) -> list[Unlisted]:
        """Names of a division's shape the gazetteer lacks, in text order: a stem followed by a
        division suffix standing as a word of its own (`某某县`, `某某新区`), the stem two characters
        jieba knows no word for (each standing alone, no function word: _name_char) or one
        two-character word its dictionary tags a place (ns); or one lone character followed by a
        short county-level name it is the head of (the tail `_on_boundaries` refuses as a mention:
        an unknown name ending in a real one's). `rare_words`: a stem may also be a word the
        dictionary counts less than COMMON_FREQ times (mostly names, but also rare verbs and nouns:
        for a line's opening words only, where a title or an issuer names its place).
        The stem is exactly so long (a run of more lone characters leaves its start unsure) and no
        gazetteer name (`某市` + 省级 is that city). No evidence is asked here (the caller asks for a
        title, an issuer or repetition); everyday words never stand alone (全县, 县域, 本区, 市场,
        城区 are jieba words), nor does a stem that is a common word (示范县, 发展区). A name
        overlapping a mention the caller `found` (a county's short form the text names) is none."""
        simple = _simplified(text)
        words, pos = [], 0
        for word in shared_tokenizer().cut(simple, HMM=False):
            words.append((pos, word))
            pos += len(word)
        taken = [(m.start, m.end) for m in found]
        out = []
        for i, (pos, word) in enumerate(words):
            if word in SUFFIX_LEVELS:
                stem, level = UNLISTED_STEM, SUFFIX_LEVELS[word]
            elif word in self.aliases and self._may_be_tail(word) or _glued_suffix(word) and word not in self.aliases \
                    or rare_words and word not in self.aliases and _opening_everyday_suffix(simple, words, i):
                stem, level = 1, SUFFIX_LEVELS[word[-1]]
            else:
                continue
            run = 0
            while run < i and _name_char(words[i - run - 1][1]):
                run += 1
            if run == 0 and stem == UNLISTED_STEM and i and _stem_word(words[i - 1][1], rare_words) \
                    and not (i > 1 and _name_char(words[i - 2][1])):
                run = stem
            if stem == UNLISTED_STEM and _common_inner(words, i, run, rare_words):
                run = stem
            start, end = pos - stem, pos + len(word)
            if run == stem and simple[start:end] not in self.aliases and simple[start:pos] not in self.aliases \
                    and not any(s < end and start < e for s, e in taken):
                out.append(Unlisted(simple[start:end], start, end, level))
        return out

    def _may_be_tail(self, alias: str) -> bool:
        """A short full name below province level (a stem of one or two characters and its suffix):
        the shape an unknown county's name may end in; a longer stem is a complete name."""
        return (len(alias) <= 3 and alias[-1] in SUFFIX_CHARS
                and all(p.level >= 2 and f != "short" for p, f in self.aliases[alias]))


def _narrowest(gazetteer: Gazetteer, fitting: list[tuple[Place, str]]) -> tuple[Place, str] | None:
    """The single candidate left (several only when one lies inside the other: take the inner)."""
    if not fitting:
        return None
    inner = [c for c in fitting if not any(o is not c and gazetteer.within(o[0], c[0]) for o in fitting)]
    return inner[0] if len(inner) == 1 else None


def _on_boundaries(simple: str, start: int, end: int, may_be_tail: bool) -> bool:
    """The match is whole words: a word of the context does not run into it from the left, and
    to the right it ends a word, or the word it starts is the name plus a division suffix (临湘市).
    `may_be_tail`: a lone content character before it makes it the tail of a longer unknown name."""
    lo = max(0, start - WINDOW)
    pos, starts, words = lo, set(), []
    for word in shared_tokenizer().cut(simple[lo:end + WINDOW], HMM=False):
        starts.add(pos)
        words.append((pos, word))
        pos += len(word)
    if start not in starts:
        return False
    before = next((w for p, w in words if p + len(w) == start), "")
    if may_be_tail and _name_char(before):
        return False  # the tail of a longer unknown name (a content character glued before it)
    if end in starts or end >= len(simple):
        return True
    word = next(w for p, w in words if p == start)
    return start + len(word) > end and word[end - start] in SUFFIX_CHARS


def _function_char(char: str) -> bool:
    """A character jieba's dictionary tags as a function word or verb (see FUNCTION_TAGS) and
    counts as often as one (RARE_FUNCTION_FREQ)."""
    freq, tag = _words().get(char, (0, ""))
    return tag != UNTAGGED and tag.startswith(FUNCTION_TAGS) and freq >= RARE_FUNCTION_FREQ


def _glued_suffix(word: str) -> bool:
    """A two-character word of a name's last stem character and its division suffix, which jieba
    cuts off an unknown name (…南区, …山县: tagged a place but rare, as 东区 33 or 山县 51 are; 山区 2809
    and 城市 25,084 are words); or a stem's closing 州, the old prefectures' (…州市, …州区), glued to its
    suffix."""
    freq, tag = _words().get(word, (0, ""))
    return len(word) == 2 and word[-1] in SUFFIX_CHARS and (tag.startswith("ns") and freq < COMMON_FREQ
                                                             or word[0] == "州" and word[-1] in "市区县")


def _opening_everyday_suffix(simple: str, words: list[tuple[int, str]], i: int) -> bool:
    """An everyday word of a stem character and a suffix (山区 2809, 城区 1517, 市区 2460 in jieba's
    dictionary, and rare ones of any tag: 星区 5) right after a lone character no everyday word (< COMMON_CHAR)
    that opens the line: a title or an issuer opens with its place, and jieba glues an unknown name's last
    character to its suffix when the two make a word (某山区 → 某 + 山区); a common character there (全城区)
    is a word of speech, and the dictionary holds the qualified ones whole (深山区, 老城区, 旧城区)."""
    word = words[i][1]
    if i == 0 or len(word) != 2 or word[-1] not in SUFFIX_CHARS:
        return False
    pos, head = words[i - 1]
    return (_name_char(head) and shared_tokenizer().FREQ.get(head, 0) < COMMON_CHAR
            and _starts_line(simple, pos))


def _common_inner(words: list[tuple[int, str]], i: int, run: int, opening: bool) -> bool:
    """A two-character stem with one everyday character a function tag keeps out of names (口 and 代 are
    classifiers, yet 江口, 河口 are names): standing second after a rare character (< RARE_FUNCTION_FREQ: a
    name's, not a preposition's) or after any name character opening the line, or first at the line's start
    (`opening`: a title's or issuer's line, whose opening is its place, where no word of speech stands before
    a name). The words before the suffix at `i` must be exactly the two characters."""
    if i < 2 or not _lone_char(words[i - 1][1]) or not _lone_char(words[i - 2][1]) \
            or _name_char(words[i - 3][1] if i > 2 else ""):
        return False
    if run == 0:
        return _name_char(words[i - 2][1]) and (
            shared_tokenizer().FREQ.get(words[i - 2][1], 0) < RARE_FUNCTION_FREQ or opening and i == 2)
    return run == 1 and opening and i == 2


def _stem_word(word: str, rare: bool) -> bool:
    """A two-character word that may be an unlisted name's stem: jieba's dictionary tags it a place
    (ns), or (`rare`) counts it less than COMMON_FREQ times."""
    return len(word) == UNLISTED_STEM and (_words().get(word, (0, ""))[1] == "ns"
                                          or rare and shared_tokenizer().FREQ.get(word, 0) < COMMON_FREQ)


def _name_char(word: str) -> bool:
    """A word that may be a character of a name the gazetteer lacks: one Han character standing
    alone (jieba knows no word with it there), neither a division suffix nor a function word."""
    return _lone_char(word) and not _function_char(word)


def _lone_char(word: str) -> bool:
    """One Han character standing alone, no division suffix."""
    return len(word) == 1 and "\u4e00" <= word <= "\u9fff" and word not in SUFFIX_CHARS


def _starts_line(simple: str, start: int) -> bool:
    """The match opens its line (a title, an issuer, a heading), spaces aside."""
    return not simple[simple.rfind("\n", 0, start) + 1:start].strip()


def _simplified(text: str) -> str:
    """t2s with offsets kept (OpenCC maps characters one to one for nearly all text)."""
    simple = to_simplified(text)
    if len(simple) == len(text):
        return simple
    return "".join(c if len(c) == 1 else o for o, c in ((o, to_simplified(o)) for o in text))


def prepare() -> None:
    """Loads the gazetteer and the tokenizer that finds names' word boundaries (seconds: a server
    does it when it starts, not on the first question naming a place)."""
    shared_tokenizer()


def add_place_words(tokenizer: jieba.Tokenizer) -> None:
    """Teach jieba the gazetteer's names: provinces (full and short) at PROVINCE_FREQ; any other
    name that can stand for its place alone (no everyday word: not 新建, 大同, 城区) and that the
    dictionary lacks, at the least frequency that keeps it whole (jieba's suggest_freq), so it
    never outweighs an ordinary word it overlaps (顺应城市 stays 顺应/城市 beside 应城市).
    The dictionary's total is kept: no other word's probability moves."""
    gaz = gazetteer()
    total = tokenizer.total
    for alias, candidates in gaz.aliases.items():
        alone = len(candidates) == 1 and gaz._trusted_alone(alias, candidates[0], loose=True)
        if not alone and (len(candidates) == 1 or gaz._word_like(alias, candidates)):
            continue
        known = tokenizer.FREQ.get(alias) or 0
        if any(p.level == 1 for p, _ in candidates):
            tokenizer.add_word(alias, max(known, PROVINCE_FREQ), "ns")
        elif not known:
            tokenizer.add_word(alias, tokenizer.suggest_freq(alias, False), "ns")
    tokenizer.total = total


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[int, str]]:
    """(frequency, tag) in jieba's dictionary of the words a name is judged by: the gazetteer's
    names, their stems (the name without its division suffix), single characters and two-character
    place words (an unlisted name's stem may be one)."""
    names = gazetteer().aliases
    wanted = {*names, *(a[:-1] for a in names)}
    entries = {}
    with open(Path(jieba.__file__).with_name("dict.txt"), encoding="utf-8") as fh:
        for line in fh:
            word, freq, tag = (line.split() + ["", ""])[:3]
            if len(word) == 1 or word in wanted or len(word) == UNLISTED_STEM and tag == "ns":
                entries[word] = (int(freq), tag)
    return entries


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    places = []
    for name in FILES:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            pid, full, short, level, parent, former = (line.split("\t") + [""] * 6)[:6]
            places.append(Place(pid, full, short or full, int(level), parent,
                                tuple(f for f in former.split(",") if f)))
    return Gazetteer(places)


def find_places(text: str, prefer: Collection[str] = (), loose: bool = False) -> list[Mention]:
    return gazetteer().find(text, prefer, loose)


def find_unlisted(text: str, found: Iterable[Mention] = (), rare_words: bool = False) -> list[Unlisted]:
    return gazetteer().unlisted(text, found, rare_words)


def unlisted_place(name: Unlisted) -> Place:
    """An unlisted name as a region: no gazetteer id (""), no parent."""
    return Place("", name.name, short_form(name.name), name.level, "")


def lookup(name: str) -> list[Place]:
    return gazetteer().lookup(name)


def short_form(name: str) -> str:
    """`临湘市` → `临湘`, `恩施土家族苗族自治州` → `恩施`; a name outside the gazetteer loses a trailing
    division suffix only if at least two characters remain (`某某新区` → `某某`)."""
    places = gazetteer().lookup(name)
    full = [p for p in places if p.name == to_simplified(name.strip())]
    if full:
        return full[0].short
    short = re.sub(r"(?:新区|自治区|自治州|自治县|区|县|市|省|州|盟|旗)$", "", name)
    return short if len(short) >= 2 else name
