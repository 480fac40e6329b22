"""Clauses of a sentence: the stretch between two pauses (，；。…), as every reader of a figure's own
words cuts them. One reader for all; each caller names the pauses its kind of text breaks at (a
question's commas, a list's 、, a line end) or takes the common set."""
from __future__ import annotations

import re

from ingest.normalize import pauses

# the pauses a clause ends at; a digit-group comma (`1,200人`, full-width `，` folded by NFKC) is none
CLAUSE_END = re.compile(pauses("，；;。！？!?：:"))
# … and a line end, for text whose lines may end with no mark (a figure's list or change read in a cell)
CLAUSE_OR_LINE_END = re.compile(pauses("，；;。！？!?：:\n"))


def clause_start(text: str, at: int, cuts: re.Pattern[str] = CLAUSE_END, floor: int = 0) -> int:
    """Where the clause holding offset `at` begins: after the last of `cuts` in text[floor:at], else at
    `floor`."""
    return max((m.end() for m in cuts.finditer(text, floor, at)), default=floor)


def clause_end(text: str, at: int, cuts: re.Pattern[str] = CLAUSE_END, ceiling: int | None = None) -> int:
    """Where the clause holding offset `at` ends: at the first of `cuts` in text[at:ceiling], else at
    `ceiling` (the text's end)."""
    end = len(text) if ceiling is None else ceiling
    return next((m.start() for m in cuts.finditer(text, at, end)), end)
