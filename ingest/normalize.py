"""The matching form of text: what documents, queries and gold quotes are compared in.

Display text stays in its original script; everything that is matched (BM25 tokens,
embeddings, eval quotes, figure lookups) goes through `normalize` first, so a question in
either script finds passages in either script.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

# 學(xué)位 → 學位: a CJK character followed by a tone-marked pinyin syllable in parentheses.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
PINYIN_NOTE = re.compile(rf"(?<=[\u3400-\u9fff])[(（][a-zü]*[{_TONED}][a-zü]*[)）]")
_SPACE = re.compile(r"\s+")
# texts up to this length are kept normalised: answering normalises the same questions, headings and
# sentences again and again (three calls in four on the corpus-dev dev half repeat a text); whole
# documents at ingest are longer and normalised once each, so they are not kept
MEMO_CHARS = 1000
MEMO_SIZE = 16384  # texts kept (at most ~16 MB of short strings)


def strip_pinyin(text: str) -> str:
    return PINYIN_NOTE.sub("", text)


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    return _simplified(text) if len(text) <= MEMO_CHARS else _t2s().convert(text)


@lru_cache(maxsize=MEMO_SIZE)
def _simplified(text: str) -> str:
    return _t2s().convert(text)


def normalize(text: str, *, drop_space: bool = False) -> str:
    """NFKC (full-width digits/punctuation → half-width), pinyin notes removed, Simplified."""
    return _normalized(text, drop_space) if len(text) <= MEMO_CHARS else _normalize(text, drop_space)


@lru_cache(maxsize=MEMO_SIZE)
def _normalized(text: str, drop_space: bool) -> str:
    return _normalize(text, drop_space)


def _normalize(text: str, drop_space: bool) -> str:
    text = to_simplified(unicodedata.normalize("NFKC", strip_pinyin(text)))
    return _SPACE.sub("", text) if drop_space else _SPACE.sub(" ", text).strip()


# NFKC folds the full-width clause comma `，` into `,`, the same character that groups thousands
# (`40,125人`): a splitter must not cut a number in two, so an ASCII comma counts as a pause only
# when it is not a digit-group separator.
_GROUPING_COMMA = r"(?<=\d),(?=\d{3}(?!\d))"


def pauses(marks: str) -> str:
    """A regex matching one of `marks` (punctuation, no ASCII comma) or a comma that ends a clause."""
    return rf"(?:[{marks}]|,(?!(?<=\d,)\d{{3}}(?!\d)))"


def not_pauses(marks: str) -> str:
    """A regex matching one character that is neither one of `marks` nor a clause-ending comma."""
    return rf"(?:[^{marks},]|{_GROUPING_COMMA})"
