"""Names read where a word starts: a name found inside a longer word as the segmenter cuts the text (学前 of
开学前, 'before school starts'; 高校 of 提高校园) is no name there. The school stages' readers (server/lexicon.py,
server/query.py, server/answer/verify.py) read their names so."""
from __future__ import annotations

import re
from functools import lru_cache

from ingest.segment import pos_tokenizer, word_offsets


@lru_cache(maxsize=8192)
def word_starts(norm_text: str) -> frozenset[int]:
    """The offsets where a word of `norm_text` starts as the segmenter cuts it, and every offset inside a time word
    the tagger glued from a time and the word after it (今年初 of `今年初中`: 初中 is read). Kept per text: the same
    sentences are read again for every question."""
    inside: set[int] = set()
    at = 0
    for word in pos_tokenizer().cut(norm_text):
        if word.flag == "t":
            inside.update(range(at + 1, at + len(word.word)))
        at += len(word.word)
    return frozenset(word_offsets(norm_text)) | frozenset(inside)


def names_read(text: str, names: tuple[str, ...]) -> list[str]:
    """The `names` (in the order given: longest first) that `text` writes where a word starts, each stretch of
    text read once: 中小学 of 其中小学 leaves 小学 to be read. A name read is blanked to its length, so the offsets
    stay the text's."""
    found, starts = [], frozenset[int]()
    for name in names:
        if name not in text:
            continue
        starts = starts or word_starts(text)
        at = [m.start() for m in re.finditer(re.escape(name), text) if m.start() in starts]
        if at:
            found.append(name)
        for a in at:
            text = text[:a] + " " * len(name) + text[a + len(name):]
    return found
