"""Runs a test set through a system under evaluation and collects its outcomes.

A `System` answers (`ask`: the issue 3 response JSON) and ranks passages (`retrieve`: passage
texts, best first, for recall@k and MRR). Our pipeline is `pipeline_system(service)`; the
baselines (eval/baselines.py) are Systems too, so every row of the comparison is measured
the same way on the same questions.
"""
from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from eval.schema import Item
from eval.score import Outcome

if TYPE_CHECKING:
    from server.service import Service

RETRIEVE_K = 10
AskFn = Callable[[str, list[dict], dict | None], dict[str, Any]]
RetrieveFn = Callable[[str, list[dict], dict | None, int], list[str]]


@dataclass
class System:
    name: str
    ask: AskFn
    retrieve: RetrieveFn | None = None
    note: str = ""  # one line for the report: what this system is
    warm: Callable[[], object] | None = None  # untimed, before the questions: what a served app does once ready


def run_system(system: System, items: Sequence[Item], progress: bool = True,
               on_item: Callable[[int, int], None] | None = None) -> list[Outcome]:
    """One Outcome per item; a failing question is recorded with its error, never aborts the run.
    `on_item(done, total)` is called after each question (the web app's progress bar)."""
    outcomes = []
    if items:  # untimed: the first answer loads the model and caches, as the served app's warm-up does at start
        try:
            system.ask(items[0].question, [], None)
            if system.warm is not None:
                system.warm()
        except Exception:  # noqa: BLE001, S110 - the timed run below records the error
            pass
    for n, item in enumerate(items, start=1):
        history = [t.model_dump() for t in item.history]
        filters = item.filters.model_dump() if item.filters else None
        response, error, latency = None, None, None
        started = time.perf_counter()
        try:
            response = system.ask(item.question, history, filters)
            latency = (time.perf_counter() - started) * 1000
        except Exception as e:  # noqa: BLE001 - one bad question must not stop the evaluation
            error = f"{type(e).__name__}: {e}"
        passages = None
        if system.retrieve is not None:
            try:
                passages = system.retrieve(item.question, history, filters, RETRIEVE_K)
            except Exception as e:  # noqa: BLE001
                error = error or f"retrieve: {type(e).__name__}: {e}"
        outcomes.append(Outcome(item.id, response, passages, latency, error))
        if on_item:
            on_item(n, len(items))
        if progress:
            print(f"\r  {system.name}: {n}/{len(items)}", end="", file=sys.stderr, flush=True)
    if progress:
        print(file=sys.stderr)
    return outcomes


def pipeline_system(service: Service, name: str, note: str = "") -> System:
    """Our pipeline: `Service.ask` for answers; its own analysis, scope and retriever for the ranking."""
    from server.followup import resolve_followup
    from server.prewarm import warm_documents
    from server.query import analyse
    from server.schemas import Filters

    def ask(question: str, history: list[dict], filters: dict | None) -> dict[str, Any]:
        return service.ask(question, history, filters).model_dump()

    def retrieve(question: str, history: list[dict], filters: dict | None, k: int) -> list[str]:
        # the same steps as Service.run up to retrieval, with k passages instead of the answer's TOP_K
        base = service.filter_scope(Filters.model_validate(filters) if filters else None)
        query = analyse(resolve_followup(question.strip(), history, service.catalog), service.catalog)
        scope = service.scope(query, base)
        return [hit.chunk.text for hit in service.retriever.search(query, k, scope)]

    return System(name, ask, retrieve, note, warm=lambda: warm_documents(service))
