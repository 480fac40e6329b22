"""Rewordings of a test set's questions that keep their meaning, and how the answers hold up under them.

A test set is written once, in one wording per question; staff type the same question in other ways: with a
courtesy opening (请问), without the question mark, in Traditional script, or naming the place by its short form
(渝中 for 渝中区). `policyqa eval --variants` asks each question again in each rewording and counts, per
rewording, the questions answered right in the test set's wording and not in the other (lost) and the reverse
(gained): an answer that changes with the wording is one a user cannot rely on.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import opencc

from eval.report import verdict
from eval.schema import Item
from eval.score import Row, Scorecard
from server.regions import short_name

_QUESTION_MARK = re.compile(r"[？?]+\s*$")
COURTESY = "请问"


@lru_cache(maxsize=1)
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def without_mark(question: str) -> str:
    return _QUESTION_MARK.sub("", question.strip())


def courteous(question: str) -> str:
    text = without_mark(question)
    return text if text.startswith(COURTESY) else COURTESY + text


def traditional(question: str) -> str:
    return _s2t().convert(question)


def place_shortener(places: Iterable[str]) -> Callable[[str], str]:
    """Rewrites each place the documents name whole (`某某县`) to its short form (`某某`); places the corpus has
    no document of are left as written (their short form is a word like any other, not a place to find)."""
    forms = sorted({(p, s) for p in places if len(s := short_name(p)) >= 2 and s != p},
                   key=lambda ps: len(ps[0]), reverse=True)

    def shorten(question: str) -> str:
        for whole, short in forms:
            question = question.replace(whole, short)
        return question
    return shorten


def rewordings(places: Iterable[str]) -> dict[str, Callable[[str], str]]:
    """The rewordings asked, by the name the report gives them."""
    return {"请问…（无问号）": courteous, "无问号": without_mark, "繁体": traditional,
            "地名简称": place_shortener(places)}


def reworded(items: Sequence[Item], rewrite: Callable[[str], str]) -> list[Item]:
    """The items whose question the rewording changes, each with the reworded question (ids kept)."""
    out = []
    for item in items:
        question = rewrite(item.question)
        if question != item.question:
            out.append(item.model_copy(update={"question": question}))
    return out


@dataclass
class VariantResult:
    """One rewording's answers against the test set's own wording, question by question."""
    name: str
    asked: int = 0
    right_before: int = 0  # of the questions asked, right in the test set's wording
    kept: int = 0  # right in both wordings
    gained: int = 0  # right only in the rewording
    wrong_confident: int = 0  # a confident wrong answer in the rewording
    lost: list[dict[str, Any]] = field(default_factory=list)  # right only in the test set's wording



def compare(name: str, base: Scorecard, variant: Scorecard) -> VariantResult:
    """Per question asked in both wordings: right before, right after (eval.report.verdict)."""
    result = VariantResult(name)
    before = {row.item_id: row for row in base.rows}
    for row in variant.rows:
        original = before.get(row.item_id)
        if original is None:
            continue
        was, now = _right(original), _right(row)
        result.asked += 1
        result.right_before += was
        result.kept += was and now
        result.gained += now and not was
        result.wrong_confident += bool(row.metrics.get("wrong_confident"))
        if was and not now:
            result.lost.append({"id": row.item_id, "question": original.question, "reworded": row.question,
                                "answer": row.answer, "why": verdict(_as_dict(row))[1]})
    return result


def _right(row: Row) -> bool:
    return verdict(_as_dict(row))[0]


def _as_dict(row: Row) -> dict[str, Any]:
    return {"metrics": row.metrics, "failures": row.failures, "abstained": row.abstained}
