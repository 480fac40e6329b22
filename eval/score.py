"""Scores answers against the test set: retrieval, citations, figures, facts, abstention, latency.

Matching rules (the README repeats them for users):

- A passage *contains* a gold quote when the quote's matching form is a substring of the
  passage's (eval.schema.matching_form: NFKC, Traditional → Simplified, pinyin notes, all
  whitespace and the `|` between table cells removed). Containment is strict: quotes are
  8–60 characters and lie inside one sentence or table row, and fixed-size baselines chunk
  with an overlap longer than any quote, so every retriever can return a passage that contains each quote whole.
- recall@k = gold quotes contained in the top k passages ÷ min(k, number of gold quotes)
  (capped, so one passage can score 1.0 at k = 1); MRR = 1 / rank of the first passage that
  contains any gold quote.
- Citation precision = cited passages containing a gold quote ÷ cited passages (0 when nothing
  is cited); citation recall = gold quotes contained in some cited passage ÷ gold quotes;
  cited_correct = at least one cited passage contains a gold quote.
- A gold figure is found when a figure of the response, or a quantity in its answer text
  (figures.numbers.find_quantities), has a compatible unit and a value within `tol`:
  scales are applied on both sides (0.93万人 = 9300人, 1.7亿元 = 17000万元); % and 百分点 are
  compatible; units compare by their head (元 ~ 元/生/年); a number without a unit is compared
  with the gold value as written (a table cell under a 万人 header reads 3.63); a unitless
  figure in [0, 1] in the figures array also matches a % gold value ×100 (0.5479 = 54.79%).
- Fact recall = gold facts found (normalised substring) in the answer text or a figure's
  label/formula ÷ gold facts.
- An abstained response to an answerable question scores 0 on citations, figures and facts.
- Wrong and confident (`wrong_confident`, lower is better, goal 0): a response that did not
  abstain and states a figure (in its figures or a quantity in its answer text) where either the
  question is unanswerable, or it has gold figures and none of them is found. A wrong number
  stated as the answer misleads more than an honest "文件中未找到"; `wrong_confident_n` counts them.
- Every metric is the mean over the questions it applies to; a missing or failed response
  counts as an empty answer that did not abstain.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from eval.schema import GoldFigure, Item, matching_form
from figures.numbers import find_quantities, parse_number
from ingest.normalize import normalize

KS = (1, 5, 10)
# higher is better for all of these except false_abstention_rate and wrong_confident
METRICS = ("recall@1", "recall@5", "recall@10", "mrr", "citation_precision", "citation_recall",
           "cited_correct", "figure_accuracy", "fact_recall", "abstention_accuracy", "false_abstention_rate",
           "wrong_confident")
_REL_EPS = 1e-9
_BARE_NUMBER = re.compile(r"\d+(?:\.\d+)?")


@dataclass
class Outcome:
    """What running one item produced: the response JSON (issue 3 contract) and the ranking."""
    item_id: str
    response: dict[str, Any] | None
    passages: list[str] | None = None  # retrieved passage texts, best first (None: not measured)
    latency_ms: float | None = None
    error: str | None = None


@dataclass
class Row:
    """One question's scores (None: the metric does not apply) and what failed."""
    item_id: str
    type: str
    question: str
    answer: str
    abstained: bool
    metrics: dict[str, float | None]
    latency_ms: float | None
    failures: list[str] = field(default_factory=list)


@dataclass
class Scorecard:
    rows: list[Row]
    overall: dict[str, float | None]
    by_type: dict[str, dict[str, float | None]]


def score(items: Sequence[Item], outcomes: Iterable[Outcome]) -> Scorecard:
    by_id = {o.item_id: o for o in outcomes}
    rows = [score_item(item, by_id.get(item.id)) for item in items]
    types = sorted({r.type for r in rows})
    return Scorecard(rows, aggregate(rows), {t: aggregate([r for r in rows if r.type == t]) for t in types})


def aggregate(rows: Sequence[Row]) -> dict[str, float | None]:
    out: dict[str, float | None] = {"n": float(len(rows))}
    for name in METRICS:
        values = [v for r in rows if (v := r.metrics.get(name)) is not None]
        out[name] = float(np.mean(values)) if values else None
    out["wrong_confident_n"] = float(sum(r.metrics.get("wrong_confident") or 0 for r in rows))
    latencies = [r.latency_ms for r in rows if r.latency_ms is not None]
    out["latency_p50_ms"] = float(np.percentile(latencies, 50)) if latencies else None
    out["latency_p95_ms"] = float(np.percentile(latencies, 95)) if latencies else None
    return out


def score_item(item: Item, outcome: Outcome | None) -> Row:
    response = (outcome.response if outcome else None) or {}
    failures: list[str] = []
    if outcome is None:
        failures.append("no response")
    elif outcome.error:
        failures.append(f"error: {outcome.error}")
    answer = str(response.get("answer") or "")
    abstained = bool(response.get("abstained", False))
    metrics: dict[str, float | None] = dict.fromkeys(METRICS)

    if not item.answerable:
        metrics["abstention_accuracy"] = 1.0 if abstained else 0.0
        metrics["wrong_confident"] = 1.0 if not abstained and states_figure(response) else 0.0
        if not abstained:
            failures.append("answered a question the documents cannot answer")
        if metrics["wrong_confident"]:
            failures.append("wrong and confident: states a figure for a question the documents cannot answer")
        return Row(item.id, item.type, item.question, answer, abstained, metrics,
                   outcome.latency_ms if outcome else None, failures)

    quotes = [s.quote for s in item.sources]
    metrics["false_abstention_rate"] = 1.0 if abstained else 0.0
    if abstained:
        failures.append("abstained on an answerable question")

    passages = outcome.passages if outcome and quotes else None  # no gold quote (spreadsheet item): no ranking
    if passages is not None:
        metrics.update(retrieval_metrics(quotes, passages))
        if metrics["recall@10"] == 0:
            failures.append("retrieval: no gold quote in the top 10 passages")

    citations = [] if abstained else [str(c.get("text", "")) for c in response.get("citations") or []]
    if quotes:
        metrics.update(citation_metrics(quotes, citations))
    if not abstained and not citations:
        failures.append("no citations")
    elif citations and quotes and (metrics["citation_precision"] or 0.0) < 1:
        wrong = sum(not any(contains(c, q) for q in quotes) for c in citations)
        failures.append(f"citations: {wrong} of {len(citations)} cited passages hold no gold quote")
    if not abstained and metrics["citation_recall"] is not None and metrics["citation_recall"] < 1:
        missed = [q for q in quotes if not any(contains(c, q) for c in citations)]
        failures.append("citations miss gold quote(s): " + " | ".join(_short(q) for q in missed))

    if item.figures:
        found = [] if abstained else [figure_found(g, response) for g in item.figures]
        metrics["figure_accuracy"] = sum(found) / len(item.figures)
        metrics["wrong_confident"] = 1.0 if not abstained and not any(found) and states_figure(response) else 0.0
        if metrics["wrong_confident"]:
            failures.append("wrong and confident: states figures, none of them a gold figure")
        if not abstained:
            stated = _stated_numbers(response)
            for gold, ok in zip(item.figures, found):
                if not ok:
                    failures.append(f"figure {gold.value:g}{gold.unit} (±{gold.tol:g}) not in answer"
                                    + (f" (answer states {stated})" if stated else ""))
    if item.facts:
        text = "" if abstained else _visible_text(response)
        hits = [f for f in item.facts if contains(text, f)]
        metrics["fact_recall"] = len(hits) / len(item.facts)
        if not abstained and len(hits) < len(item.facts):
            failures.append("facts missing: " + "、".join(f for f in item.facts if f not in hits))
    return Row(item.id, item.type, item.question, answer, abstained, metrics,
               outcome.latency_ms if outcome else None, failures)


# --- passages and quotes ---------------------------------------------------------------------------

def contains(passage: str, quote: str) -> bool:
    q = matching_form(quote)
    return bool(q) and q in matching_form(passage)


def retrieval_metrics(quotes: Sequence[str], passages: Sequence[str]) -> dict[str, float]:
    out: dict[str, float] = {}
    first_rank = next((rank for rank, p in enumerate(passages, start=1) if any(contains(p, q) for q in quotes)), None)
    for k in KS:
        top = passages[:k]
        found = sum(any(contains(p, q) for p in top) for q in quotes)
        cap = min(k, len(quotes))
        out[f"recall@{k}"] = min(found, cap) / cap
    out["mrr"] = 1.0 / first_rank if first_rank else 0.0
    return out


def citation_metrics(quotes: Sequence[str], cited: Sequence[str]) -> dict[str, float]:
    correct = sum(any(contains(c, q) for q in quotes) for c in cited)
    covered = sum(any(contains(c, q) for c in cited) for q in quotes)
    return {"citation_precision": correct / len(cited) if cited else 0.0,
            "citation_recall": covered / len(quotes),
            "cited_correct": 1.0 if correct else 0.0}


# --- figures ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Value:
    base: float  # in the base unit (万/亿 applied)
    unit: str  # canonical unit, "" if none
    as_written: float  # the number before any scale


@lru_cache(maxsize=1024)
def unit_scale(unit: str) -> tuple[float, str]:
    """(factor to the base unit, canonical unit) for a unit as written: 万人 → (1e4, 人)."""
    if not unit.strip():
        return 1.0, ""
    q = parse_number(f"1{unit.strip()}")
    if q is None or q.value <= 0:
        return 1.0, normalize(unit, drop_space=True)
    return q.value, q.unit


def figure_found(gold: GoldFigure, response: dict[str, Any]) -> bool:
    return any(_matches(gold, v, structured) for v, structured in _candidates(response, bare=not gold.unit))


def _candidates(response: dict[str, Any], bare: bool) -> list[tuple[_Value, bool]]:
    out: list[tuple[_Value, bool]] = []
    for fig in response.get("figures") or []:
        try:
            value = float(fig.get("value"))
        except (TypeError, ValueError):
            continue
        factor, unit = unit_scale(str(fig.get("unit") or ""))
        out.append((_Value(value * factor, unit, value), True))
    answer = str(response.get("answer") or "")
    for q in find_quantities(answer):
        if not q.is_measure:
            continue
        factor, _ = unit_scale(q.unit_as_written) if q.unit_as_written else (1.0, "")
        for v in {q.low if q.low is not None else q.value, q.value, q.high if q.high is not None else q.value}:
            out.append((_Value(v, q.unit, v / factor if factor else v), False))
    if bare:  # numbers the quantity parser skips on purpose (`9.36:1`) still state a unitless ratio
        for m in _BARE_NUMBER.finditer(normalize(answer)):
            v = float(m.group())
            out.append((_Value(v, "", v), False))
    return out


def _matches(gold: GoldFigure, cand: _Value, structured: bool) -> bool:
    factor, unit = unit_scale(gold.unit)
    if not cand.unit:
        if _close(cand.as_written, gold.value, gold.tol) or _close(cand.base, gold.value * factor, gold.tol * factor):
            return True
        return structured and unit == "%" and 0 <= cand.base <= 1 and _close(cand.base * 100, gold.value, gold.tol)
    if not _units_compatible(unit, cand.unit):
        return False
    return _close(cand.base, gold.value * factor, gold.tol * factor)


def _units_compatible(a: str, b: str) -> bool:
    if not a or a == b:
        return True
    percent = {"%", "百分点"}
    if a in percent and b in percent:
        return True
    return a.split("/")[0] == b.split("/")[0]


def _close(value: float, target: float, tol: float) -> bool:
    return abs(value - target) <= tol + _REL_EPS * max(1.0, abs(target))


def states_figure(response: dict[str, Any]) -> bool:
    """Whether the response states any amount: a figure, or a quantity in its answer text."""
    answer = str(response.get("answer") or "")
    return bool(response.get("figures")) or any(q.is_measure for q in find_quantities(answer))


def _stated_numbers(response: dict[str, Any], limit: int = 6) -> str:
    shown = [f"{f.get('value')}{f.get('unit', '')}" for f in response.get("figures") or []]
    shown += [q.text.strip() for q in find_quantities(str(response.get("answer") or "")) if q.is_measure]
    return ", ".join(shown[:limit]) + (" …" if len(shown) > limit else "")


# --- text ------------------------------------------------------------------------------------------

def _visible_text(response: dict[str, Any]) -> str:
    """What a user reads: the answer plus each figure's label and formula."""
    parts = [str(response.get("answer") or "")]
    for fig in response.get("figures") or []:
        parts += [str(fig.get("label") or ""), str(fig.get("formula") or "")]
    return "\n".join(parts)


def _short(text: str, n: int = 24) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= n else flat[:n] + "…"
