"""What became of a finding, asked yes or no (`多收的钱退了吗`, `这个问题整改了没有`): audit, inspection and
supervision reports set each finding on a labelled line (`审计发现：…`, `存在问题：…`) and what was done about it on
the next (`整改情况：…`, `处理结果：…`); the finding alone does not say whether it was dealt with."""
from __future__ import annotations

import re

from ingest.structure import split_paragraphs

# a question asking whether a thing was done (…了吗, …了没有, …没有？)
_ASKS_DONE = re.compile(r"(?:了吗|了么|了没有?|没有)[?？]?$")
_FINDING_LABEL = re.compile(r"\s*(?:审计|检查|督查|巡查|督导|核查)?(?:发现|发现的?问题|存在问题|问题)(?:情况)?[：:]")
_OUTCOME_LABEL = re.compile(r"\s*(?:整改|处理|办理|落实)(?:情况|结果|措施|落实情况)[：:]")
_REACH = 1000  # characters after the finding read for its outcome paragraph


def asks_done(norm: str) -> bool:
    """Whether a question asks yes or no whether something was done."""
    return bool(_ASKS_DONE.search(norm))


def outcome_of(text: str, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The labelled outcome paragraph (`整改情况：…`) right after the labelled finding paragraph that holds
    `sentence`; None when the sentence is no such finding or no outcome follows it."""
    start = text.rfind("\n", 0, sentence[0]) + 1
    paragraphs = split_paragraphs(text, start, min(len(text), sentence[1] + _REACH))
    if not paragraphs or not _FINDING_LABEL.match(text, paragraphs[0][0]):
        return None
    following = next(((a, b) for a, b in paragraphs[1:] if text[a:b].strip()), None)
    return following if following and _OUTCOME_LABEL.match(text, following[0]) else None
