"""The model and the tokenizer are loaded once per process, whichever threads ask first (the CLI's batch
threads and the server's warm-up ask at once): every caller gets the same instance."""
import threading
import time
from functools import lru_cache

from ingest import embed, segment


def _race(target, n: int = 4) -> list[object]:
    barrier, got = threading.Barrier(n), []

    def run() -> None:
        barrier.wait()
        got.append(target())

    threads = [threading.Thread(target=run) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return got


def test_threads_asking_for_the_tokenizer_at_once_get_one_instance(monkeypatch):
    built = []

    def slow_build() -> object:
        time.sleep(0.2)  # a build takes seconds: the others arrive while it runs
        built.append(object())
        return built[-1]

    monkeypatch.setattr(segment, "_tokenizer", None)
    monkeypatch.setattr(segment, "_new_tokenizer", slow_build)
    got = _race(segment.shared_tokenizer)
    assert len(built) == 1 and all(t is built[0] for t in got)


def test_threads_asking_for_the_model_at_once_get_one_instance(monkeypatch):
    loads = []

    @lru_cache(maxsize=4)
    def slow_load(name: str) -> embed.Embedder:
        time.sleep(0.2)
        loads.append(embed.Embedder(name, 4, lambda texts, is_query: None))
        return loads[-1]

    monkeypatch.setattr(embed, "_load", slow_load)
    got = _race(lambda: embed.load_embedder("m3e-small"))
    assert len(loads) == 1 and all(e is loads[0] for e in got)
