"""People a question names by what befell them and their noun (评上的老师) said by a sentence's headless 的-phrase of
that act (获评的各位…): Chinese drops the head noun when a clause names people by what befell them, so the phrase
stands for the people asked. Only for a noun of people (server/lexicon/people_groups.tsv): a thing's noun is not
left out so."""

import re
from collections.abc import Callable, Sequence
from functools import cache

from server.lexicon import people_groups

# a 的 closing a phrase with no noun after it, what follows being what each one gets (每人, 均, 各)
_HEADLESS = re.compile(r"的(?=每|均|各)")
# the act ends the phrase (受表彰的, 获评的): a longer phrase ending in another act (获评后…违规的) is about that act
ACT_REACH = 4


@cache
def _people_words() -> frozenset[str]:
    return frozenset(w for words in people_groups().values() for w in words)


def headless_people(terms: Sequence[str], norm: str, text: str, has: Callable[[str, str], bool]) -> set[str]:
    """The question's people nouns (`terms` after `X的` in `norm`) that `text` says by a headless `X的` phrase,
    X written as the question or by a document's word for it (`has`, the coverage's own term test)."""
    found: set[str] = set()
    for act, noun in zip(terms, terms[1:]):
        if f"{act}的" not in norm or not any(w in noun for w in _people_words()):
            continue
        if any(has(act, text[max(0, m.start() - ACT_REACH):m.start()]) for m in _HEADLESS.finditer(text)):
            found.add(noun)
    return found
