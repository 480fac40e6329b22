"""The question's own words, embedded together with the first words a question has the model embed.

The near-word checks (answer/nearwords.py) weigh a question's words the build's word table lacks
(its everyday words) against passages, check after check, each over another passage; each asked
the model for the words it met first, one call per check. A call costs about the same for one
short word as for several (the model's weights are read per call: ≈ 25–35 ms of CPU on one core),
and the question's words are known before any check runs. So the question's words are set here
while it is answered (`expecting`), and the first call that embeds anything for it takes along
those not yet known (`along`); later checks find them cached. A question that needs no near word
makes no call and pays nothing.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

# per thread and task: concurrent questions of one server each expect their own words
_EXPECTED: ContextVar[tuple[str, ...]] = ContextVar("question_words", default=())


@contextmanager
def expecting(words: Iterable[str]) -> Iterator[None]:
    """While the block runs, `along` adds `words` to the first model call that embeds any word."""
    token = _EXPECTED.set(tuple(dict.fromkeys(words)))
    try:
        yield
    finally:
        _EXPECTED.reset(token)


def along(new: list[str], known: Callable[[str], bool]) -> list[str]:
    """The texts to embed: `new`, then the expected words that are not `known` (each once); only
    `new` when it is empty (no call is made for expected words alone)."""
    if not new:
        return new
    return list(dict.fromkeys([*new, *(w for w in _EXPECTED.get() if not known(w))]))
