"""server/warmup.py on the real app over the real corpus index: the app's start loads what the first
question needs (tokenizers, the embedding model, the build's vectors) in the background; health
answers meanwhile and says when the parts are loaded; a question arriving meanwhile waits for them
instead of loading them beside the warm-up."""
from __future__ import annotations

import threading
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from server.app import create_app
from server.deps import get_index

QUESTION = {"question": "巴南区2025年在园幼儿数目标是多少？"}
STEPS = ["search tokenizer", "place-name tokenizer", "part-of-speech tags", "service", "embedding model",
         "word vectors", "searches", "first answer"]


class HeldIndex:
    """The real index, its embedding model held back until `release`; records each use of the index
    by a request (thread name) and whether the warm-up was done at that moment."""

    def __init__(self, index: Any):
        self._index = index
        self.release = threading.Event()
        self.app: FastAPI | None = None
        self.uses: list[tuple[str, bool]] = []

    def __getattr__(self, name: str) -> Any:
        assert self.app is not None
        self.uses.append((threading.current_thread().name, self.app.state.warm_up.ready))
        return getattr(self._index, name)

    @property
    def embedder(self) -> Any:
        assert self.release.wait(120), "the test never let the model load"
        return self._index.embedder


@pytest.fixture
def held(index, monkeypatch) -> HeldIndex:
    for name in ("POLICYQA_API_KEY", "POLICYQA_RATE_LIMIT_STORAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("POLICYQA_RATE_LIMIT", "off")
    held = HeldIndex(index)
    held.app = create_app()
    held.app.dependency_overrides[get_index] = lambda: held
    return held


def test_start_loads_the_parts_in_the_background_while_health_answers(held):
    assert held.app is not None
    with TestClient(held.app) as client:
        while_loading = client.get("/api/health")
        held.release.set()
        assert held.app.state.warm_up.done.wait(300)
        after = client.get("/api/health").json()
        assert list(held.app.state.warm_up.seconds)[:len(STEPS)] == STEPS  # every part loaded, none failed
        # once ready, it goes on to scan the documents ahead; `finished` says when that is over too
        assert held.app.state.warm_up.finished.wait(300)
    assert while_loading.status_code == 200 and while_loading.json()["ready"] is False
    assert after["ready"] is True
    assert list(held.app.state.warm_up.seconds) == [*STEPS, "document amounts"]


def test_a_question_asked_during_the_warm_up_waits_for_it(held):
    assert held.app is not None
    warm_up = held.app.state.warm_up
    arrived = threading.Event()
    wait = warm_up.wait

    def arriving() -> None:
        arrived.set()
        wait()

    warm_up.wait = arriving
    answers: list[dict] = []
    with TestClient(held.app) as client:
        asking = threading.Thread(target=lambda: answers.append(client.post("/api/ask", json=QUESTION).json()))
        asking.start()
        assert arrived.wait(120)  # the question reached the service while the model was still held back
        held.release.set()
        asking.join(300)
    assert answers and not answers[0]["abstained"]
    by_requests = [ready for thread, ready in held.uses if thread != "warm-up"]
    assert by_requests and all(by_requests)  # the question touched the index only once the warm-up was done


def test_without_a_lifespan_a_question_does_not_wait(index, monkeypatch):
    monkeypatch.delenv("POLICYQA_API_KEY", raising=False)
    monkeypatch.setenv("POLICYQA_RATE_LIMIT", "off")
    app = create_app()
    app.dependency_overrides[get_index] = lambda: index
    client = TestClient(app)  # no `with`: the warm-up never starts
    assert client.post("/api/ask", json=QUESTION).json()["abstained"] is False
    assert client.get("/api/health").json()["ready"] is False
