"""Word segmentation of the matching form (Simplified) for BM25.

A private jieba.Tokenizer (not jieba's global one, which other code may configure) plus the
policy-term dictionary ingest/userdict.txt, so 优质均衡 / 巩固率 / 区管校聘 stay whole, and the
national gazetteer's place names (ingest/places.py, `add_place_words`), so a place segments as a
word (a short name ending in 东 before 三省 → …东/三省, not …/东三省) and is found by BM25 and by
the place finder alike. Search mode also emits the dictionary words inside a long word (优质均衡 →
优质, 均衡, 优质均衡), so a query for either the compound or its parts matches.
"""
from __future__ import annotations

import logging
import re
import sys
import tempfile
import threading
from functools import lru_cache
from pathlib import Path

import jieba
import jieba.posseg

USERDICT = Path(__file__).with_name("userdict.txt")

# Function words that carry no topic; numbers (2025, 54.79) are kept on purpose.
STOPWORDS = frozenset(
    "的 了 和 与 及 以及 或 等 在 是 为 对 于 将 把 被 从 到 由 以 而 并 且 也 都 就 其 之 这 那 "
    "该 各 个 有 我 我们 你 他 她 它 中 上 下 着 过 给 向 按 让 使 如 若 则 即 又 还 再 更 最 很 "
    "吗 呢 吧 啊 哪些 什么 多少 怎么 如何 是否 哪个".split()
)

_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")

# Entries of jieba's own dictionary that join the last character of a counted noun or ratio to the word
# after it (人数最多 → 人/数最多, 收入比为 → 收入/比为), so BM25 never sees 人数 or 比 in such a clause.
_JOINED = ("数最多", "比为", "比达")
# jieba's unknown-word model joins a word's last character to the copula after it when the word is not in
# the dictionary (整改率为 → 整改/率为): the character alone is the token
_COPULA_JOINED = re.compile(r"^[\u4e00-\u9fff][为是达]$")

_lock = threading.Lock()
_tokenizer: jieba.Tokenizer | None = None
_pos_tokenizer: jieba.posseg.POSTokenizer | None = None


def shared_tokenizer() -> jieba.Tokenizer:
    """The one tokenizer of the process, built on first use by whichever thread comes first (a
    build takes seconds and some 70 MB): search, tagging and the place finder's word boundaries
    all cut with it (each with its own options, none changes it)."""
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                _tokenizer = _new_tokenizer()
    return _tokenizer


def _new_tokenizer() -> jieba.Tokenizer:
    """jieba with the policy terms and the place names (jieba's global tokenizer is left alone)."""
    from ingest.places import add_place_words  # places segments its context with this tokenizer

    jieba.setLogLevel(logging.WARNING)  # no "Building prefix dict…" banner on stderr
    tokenizer = jieba.Tokenizer()
    # The prefix dictionary is cached in the temp dir (jieba's own marshal cache), so only
    # the first process on a machine pays the ~1 s build.
    tokenizer.tmp_dir = tempfile.gettempdir()
    tokenizer.initialize()
    tokenizer.load_userdict(str(USERDICT))
    for word in _JOINED:
        tokenizer.del_word(word)
    add_place_words(tokenizer)
    return tokenizer


def pos_tokenizer() -> jieba.posseg.POSTokenizer:
    """Part-of-speech tagging on the same tokenizer (its dictionary and the policy terms)."""
    global _pos_tokenizer
    tokenizer = shared_tokenizer()
    with _lock:
        if _pos_tokenizer is None:
            _pos_tokenizer = jieba.posseg.POSTokenizer(tokenizer)
        return _pos_tokenizer


def tokenize(norm_text: str) -> list[str]:
    """Search-mode tokens of normalised text: lowercased, stopwords and punctuation dropped.

    Tokens are interned: an ingest holds every chunk's tokens at once, and a corpus repeats
    the same few thousand words millions of times."""
    tokens = []
    for token in shared_tokenizer().cut_for_search(norm_text):
        token = _EDGE_PUNCT.sub("", token).lower()  # 99.5% → 99.5, so the bare number matches
        if _COPULA_JOINED.match(token) and not shared_tokenizer().FREQ.get(token):
            token = token[0]  # 整改率为 → 整改/率为 → 率: the word a question asks (整改率是多少 → 整改/率)
        if token and token not in STOPWORDS:
            tokens.append(sys.intern(token))
    return tokens


# parts of speech of a character that only ever attaches to a word: pronouns and determiners (哪, 每,
# 各), prepositions, conjunctions, particles and aspect markers (了, 着, 得), measure words (所, 名)
_GLUE_POS = frozenset("r rr rz p c u uj ul uv uz ud ug y e o q".split())


@lru_cache(maxsize=8192)
def unglued(token: str) -> str:
    """`token` without the function characters jieba's HMM glued to its edges (哪所 → '', 提了 → 提,
    户老旧 → 老旧) when it is single characters joined into a word the dictionary lacks: the
    unknown-word model glues such a character to its neighbour in any question, so it names
    nothing. Other tokens come back as they are: dictionary words, a name outside every dictionary
    (a village, a school: the POS tagger keeps it whole or cuts it into words), and a per-unit
    qualifier (每名, 每万 of 每万人口: what is asked per head is another figure than the total).
    Kept per token (bounded): questions repeat their words, and tagging a token costs more than
    segmenting it; the tokenizer's dictionary is fixed once built."""
    if len(token) < 2 or token.startswith("每") or shared_tokenizer().FREQ.get(token):
        return token
    parts = list(pos_tokenizer().cut(token))
    if len(parts) < 2 or any(len(p.word) > 1 or p.flag == "m" for p in parts):
        return token
    while parts and parts[0].flag in _GLUE_POS:
        parts.pop(0)
    while parts and parts[-1].flag in _GLUE_POS:
        parts.pop()
    return "".join(p.word for p in parts)


def words(norm_text: str) -> list[str]:
    """Precise-mode words of normalised text, punctuation and function words kept, so the
    words concatenate back to the text (`参与率和满意度` → 参与, 率, 和, 满意度)."""
    return list(shared_tokenizer().cut(norm_text))


def word_offsets(norm_text: str) -> dict[int, str]:
    """Each of `words(norm_text)` by the offset it starts at."""
    offsets, at = {}, 0
    for word in words(norm_text):
        offsets[at] = word
        at += len(word)
    return offsets


def word_cuts(norm_text: str) -> set[int]:
    """The offsets where the segmenter cuts `norm_text`: where a word starts, and the text's end (a span
    standing as words of its own starts and ends at a cut)."""
    return {*word_offsets(norm_text), len(norm_text)}
