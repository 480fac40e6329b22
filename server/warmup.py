"""What the first question of a server would wait for, loaded in the background when it starts.

Everything a question needs is loaded lazily: the build's files, three jieba tokenizers (search
tokens, place-name boundaries, part-of-speech tags: seconds each to read the dictionary and add
the gazetteer's names), the embedding model, the build's word vectors, the dense vectors or the
Chroma collection. Measured on a loaded machine (2 shared cores), the first question after
`policyqa serve` took 46 s when asked at once and still 8 s after waiting for the old warm-up (one
question without a place name: it left the place tokenizer and the part-of-speech tags to the
first question naming a place). Health answers at once; a question that arrives while the parts
load waits for them (two threads loading the same model at once would each take twice as long).
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from ingest.places import prepare as prepare_places
from ingest.segment import pos_tokenizer, tokenize
from server.prewarm import warm_documents
from server.service import service_for

log = logging.getLogger(__name__)

QUESTION = "学前教育毛入园率"  # asked once at the end: what the steps below do not name
WAIT_MAX = 600.0  # seconds a question waits for the warm-up: a guard against a hang, never reached in use


def _steps(index: Any) -> list[tuple[str, Callable[[], object]]]:
    return [
        ("search tokenizer", lambda: tokenize(QUESTION)),
        ("place-name tokenizer", prepare_places),
        ("part-of-speech tags", pos_tokenizer),
        ("service", lambda: service_for(index)),
        ("embedding model", lambda: index.embedder.embed_query(QUESTION)),
        ("word vectors", lambda: index.word_table),
        ("searches", lambda: (index.bm25_search(QUESTION, 1), index.dense_search(QUESTION, 1))),
        ("first answer", lambda: service_for(index).ask(QUESTION)),
    ]


class WarmUp:
    """`start(index_of)` loads the parts in a thread; `wait()` holds a question until they are
    loaded (at once when the warm-up was never started: apps under test without a lifespan)."""

    def __init__(self) -> None:
        self.done = threading.Event()
        # set when the work after `done` (the documents' scans ahead, server/prewarm.py) is over too:
        # what a benchmark waits for, so that scan's CPU is not counted to the first questions it times
        self.finished = threading.Event()
        self.seconds: dict[str, float] = {}  # step → seconds it took, in the order run
        self._thread: threading.Thread | None = None

    def start(self, index_of: Callable[[], Any]) -> None:
        self._thread = threading.Thread(target=self._run, args=(index_of,), name="warm-up", daemon=True)
        self._thread.start()

    @property
    def ready(self) -> bool:
        return self.done.is_set()

    def wait(self) -> None:
        if self._thread is not None:
            self.done.wait(WAIT_MAX)

    def _run(self, index_of: Callable[[], Any]) -> None:
        try:
            index = index_of()
            for name, step in _steps(index):
                started = time.perf_counter()
                step()
                self.seconds[name] = round(time.perf_counter() - started, 2)
            self.done.set()  # ready: what follows only spares later questions work, none waits for it
            started = time.perf_counter()
            warm_documents(service_for(index))
            self.seconds["document amounts"] = round(time.perf_counter() - started, 2)
            log.info("warm-up done: %s", ", ".join(f"{n} {s} s" for n, s in self.seconds.items()))
        except Exception as e:  # noqa: BLE001 - no index yet: the routes answer 503 and say how to build one
            log.warning("warm-up stopped: %s", e)
        finally:
            self.done.set()
            self.finished.set()
