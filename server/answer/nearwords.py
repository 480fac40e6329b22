"""Words of a passage close in meaning to a word of the question, by the bundled embedding model.

A question worded in everyday language (照看的名额, 退休钱, 招新生) rarely shares its words with the
passage that answers it (托位, 养老金, 招生); the lexicon holds only entries that are right for any
document, so most such pairs are in no list. The sentence embedder that ranks passages also places
short words: a question's word counts as present in a passage when a word of the passage lies
within NEAR_MIN cosine of it. The model places siblings close too (小学/初中, 教师/学生), so a near
word only ever stands in for an ordinary content word, never for an indicator's name, a stage, a
year or a unit: the verifier checks those on the answer (server/answer/verify.py).

A build's words were embedded at ingest (ingest/wordvectors.py) and are looked up; the model is
asked only for the others (the question's own words, rarer words of a large library), which are
cached per word and embedded in one batch per question.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from functools import lru_cache

import numpy as np

from ingest.lru import LRU
from ingest.wordvectors import WordTable, content_words
from server.lexicon import complements

# fitted on the dev question sets (eval/*/dev.jsonl, eval/testset.jsonl): the lowest cosine at which
# no unanswerable question was answered and no answer turned wrong; paraphrase pairs such as
# 退休钱/养老金 (0.86), 招新生/招生 (0.83) lie above it, siblings such as 小学/初中 (0.84) are kept out by
# the verifier's stage check, not by this threshold
NEAR_MIN = 0.8
# an everyday word built on a bound root (位子, 车子: a root and the noun suffix 子) matched by a passage
# compound headed by that root (学位, 座位, 校车): the shared head says they are one kind of thing, so less
# closeness is asked. Measured on m3e-small: 位子/学位 0.73, 位子/座位 0.78, 车子/校车 0.78; other things
# headed by the root lie below it (位子/岗位 0.69, 位子/托位 0.71, 本子/作业本 0.68), and words sharing a
# character but no root are not weighed so (学校/学位 0.77: 学校 has no suffix)
ROOT_NEAR_MIN = 0.72
# the noun suffix of everyday speech (现代汉语词典: 子 as 后缀): the character before it is the root. Not 儿,
# which in writing is mostly the head noun `child` (幼儿, 婴儿, 孤儿), not a suffix; 子 as the noun `person`
# (学子) is read as a suffix too: 学子 lies at 0.72–0.76 from 入学/升学/小学, a known limit
_NOUN_SUFFIXES = ("子",)
WORD_CACHE = 16384  # vectors of words the build's table lacks, kept (2 KB each)
# words a warm-up embeds per model call: the model is one lock that questions wait on, so a large library's
# words go in slices, a question's own call coming in between
LEARN_BATCH = 256
PASSAGE_CACHE = 4096  # passages' word lists kept
NEAR_CACHE = 8192  # (word, passage) pairs weighed: a question's gates weigh the same pair again and again


class NearWords:
    """`near(word, text)`: the word of `text` closest in meaning to `word` and its cosine, when at
    least NEAR_MIN (ROOT_NEAR_MIN for a compound headed by the bound root of `word`); else None."""

    def __init__(self, embed: Callable[[list[str]], np.ndarray], threshold: float = NEAR_MIN,
                 table: Callable[[], WordTable | None] = lambda: None, root_threshold: float = ROOT_NEAR_MIN):
        self._embed = embed  # texts → L2-normalised vectors, one row each
        self.threshold = threshold
        self.root_threshold = root_threshold  # for a passage compound headed by the word's bound root
        self._table = table  # the current build's words embedded at ingest (None: none)
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self._words: LRU[str, tuple[str, ...]] = LRU(content_words, PASSAGE_CACHE)
        self._near: LRU[tuple[str, str], tuple[str, float] | None] = LRU(None, NEAR_CACHE)
        self._near_table: WordTable | None = None

    def near(self, word: str, text: str) -> tuple[str, float] | None:
        # on the slowest dev questions four calls in five repeated a pair already weighed
        table = self._table()
        if table is not self._near_table:  # another build: its words may lie elsewhere
            self._near, self._near_table = LRU(None, NEAR_CACHE), table
        return self._near.get((word, text), lambda pair: self._nearest(*pair))

    def _nearest(self, word: str, text: str) -> tuple[str, float] | None:
        candidates = [w for w in self._words[text] if w != word and w not in word and not siblings(word, w)
                      and not complementary(word, w)]
        if not candidates:
            return None
        vectors = self.vectors([word, *candidates])
        sims = vectors[1:] @ vectors[0]
        root = bound_root(word)
        reach = [self.root_threshold if root and c.endswith(root) else self.threshold for c in candidates]
        passing = [n for n in range(len(candidates)) if sims[n] >= reach[n]]
        if not passing:
            return None
        best = max(passing, key=lambda n: sims[n])
        return candidates[best], float(sims[best])

    def phrase_near(self, phrases: list[str], clauses: list[str]) -> float:
        """The highest cosine between a phrase of the question and a clause of a passage (0 without
        either): a question's few words in everyday language set against the passage's clause that
        says the same thing in the documents' words, where no single word of either is close."""
        if not phrases or not clauses:
            return 0.0
        vectors = self.vectors([*phrases, *clauses])
        return float((vectors[:len(phrases)] @ vectors[len(phrases):].T).max())

    def prefetch(self, words_: list[str], texts: list[str]) -> None:
        """Embeds, in one batch, the words and the content words of the texts not yet cached."""
        self.vectors([*words_, *(w for text in texts for w in self._words[text])])

    def learn(self, words_: list[str]) -> int:
        """Embeds, in batches of LEARN_BATCH, the words neither the build's table nor the cache holds (the
        warm-up's words of its documents that the build's vocabulary lacks); returns how many."""
        new = self._lacking(words_)
        for at in range(0, len(new), LEARN_BATCH):
            self.vectors(new[at:at + LEARN_BATCH])
        return len(new)

    def _lacking(self, words_: list[str]) -> list[str]:
        table = self._table()
        with self._lock:
            return [w for w in dict.fromkeys(words_)
                    if (table is None or table.get(w) is None) and w not in self._vectors]

    def vectors(self, texts: list[str]) -> np.ndarray:
        """The vectors of `texts`: from the build's table, else cached, else embedded (in one batch)."""
        table = self._table()
        stored = {t: v for t in dict.fromkeys(texts) if table is not None and (v := table.get(t)) is not None}
        with self._lock:
            new = [t for t in dict.fromkeys(texts) if t not in stored and t not in self._vectors]
        fresh = dict(zip(new, self._embed(new))) if new else {}
        with self._lock:
            self._vectors.update(fresh)
            for text in texts:
                if text not in stored:
                    self._vectors.move_to_end(text)
            found = np.stack([stored[t] if t in stored else self._vectors[t] for t in texts])
            while len(self._vectors) > WORD_CACHE:
                self._vectors.popitem(last=False)
        return found


def bound_root(word: str) -> str:
    """The root of a word of two characters formed by a noun suffix (位 of 位子, 车 of 车子), '' for others:
    everyday speech adds the suffix where the documents write the root in a compound (学位, 座位)."""
    return word[0] if len(word) == 2 and word[1] in _NOUN_SUFFIXES and word[0] not in _NOUN_SUFFIXES else ""


def siblings(a: str, b: str) -> bool:
    """Two compounds that share a head or a modifier of two characters or more and differ in the
    other part, itself of two or more (农村居民/城乡居民, 养老保险/医疗保险, 养老服务/养老保险): kinds of one
    thing or different things of one kind, which the model places close but are never the same."""
    for common in (_common_prefix(a, b), _common_prefix(a[::-1], b[::-1])):
        if common >= 2 and len(a) - common >= 2 and len(b) - common >= 2:
            return True
    return False


@lru_cache(maxsize=1)
def _complements() -> frozenset[tuple[str, str]]:
    return frozenset(pair for a, b in complements() for pair in ((a, b), (b, a)))


def complementary(a: str, b: str) -> bool:
    """Two words each holding one member of an exhaustive pair (server/lexicon/complements.tsv: 公办/民办,
    城镇/农村) in the same place (公办学校/民办学校): the two parts of one whole, which the model places
    close (公办/民办 0.85) but which never stand in for each other (server/answer/complements.py)."""
    return any(a.replace(x, y) == b for x, y in _complements() if x in a)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def near_words_for(index: object) -> NearWords | None:
    """NearWords on an index's embedder (loaded on first use) and its build's word table, when its
    vectors carry meaning (not the benchmarks' hashing); None for an index without an embedder."""
    name = getattr(index, "embedder_name", None)
    if not isinstance(name, str) or name == "hashing":
        return None
    return NearWords(lambda texts: index.embedder.embed_passages(texts),  # type: ignore[attr-defined]
                     table=lambda: getattr(index, "word_table", None))
