"""The paragraph a report labels with the kind of content a question asks for (`要求：…`, `建议：…`,
`下一步：…`): 通报, 督导 and inspection reports close their findings with such a labelled paragraph,
and a question asking what is required or planned next is answered by it, not by a finding that
shares more of its topic words."""
from __future__ import annotations

import re

from ingest.structure import split_paragraphs
from server.answer.sections import ITEM_CHARS, closing_start
from server.answer.text import ITEM_HEAD

# the kind asked (`往后还要做些什么`, `提了哪些建议`, `今后怎么打算`) → the labels a paragraph of that kind
# opens with (a notice may date its requirements: `下一步工作要求：`); a question asking for the next
# steps takes a `要求` paragraph too, which is what a notice sets for them
_ASKED_KINDS = (
    (re.compile(r"要求"), r"(?:下一步|下步|今后)?(?:工作|整改|有关)?要求"),
    (re.compile(r"建议|意见"), r"(?:工作|整改|有关)?(?:建议|意见)"),
    (re.compile(r"下一步|下步|接下来|今后|打算"),
     r"(?:下一步|下步|今后)(?:工作|打算|安排|计划)?|(?:下一步|下步|今后)?(?:工作|整改|有关)?要求"),
)
_ITEMS_COUNTED = r"(?:共|主要)?有[一二三四五六七八九十两\d]+(?:个方面|個方面|[点點项項条條])"
_LABEL = re.compile(r"[\s\u3000]*[\u4e00-\u9fff]{2,6}[：:]")  # the next labelled paragraph
_OPEN_END = re.compile(r"[；;，,、：:\u4e00-\u9fff\w]$")  # a paragraph whose list or sentence runs on


def asked_labels(norm: str) -> re.Pattern[str] | None:
    """The labels (anchored, with their colon) of the kind of paragraph a question asks for; None
    when it asks for no such kind."""
    found = [labels for asks, labels in _ASKED_KINDS if asks.search(norm)]
    if not found:
        return None
    # (the label may count its items before the colon, in either script: `今后工作共有四项：`, `…有兩點：`)
    return re.compile(rf"[\s\u3000]*(?:{'|'.join(found)})(?:{_ITEMS_COUNTED})?[：:]")


def labelled_paragraph(text: str, labels: re.Pattern[str], start: int, end: int) -> tuple[int, int] | None:
    """The first paragraph of text[start:end] opening with one of `labels`, with the lines its list runs
    on to (a line ending in `；` or mid-sentence), up to a list item's heading, another label, the
    document's closing or ITEM_CHARS; None when no paragraph opens so."""
    stop = closing_start(text, start, end)
    paragraphs = [(a, b) for a, b in split_paragraphs(text, start, stop) if text[a:b].strip()]
    for i, (a, b) in enumerate(paragraphs):
        if not labels.match(text, a):
            continue
        listing = text[a:b].rstrip().endswith(("：", ":"))  # `要求：` over its numbered items
        last = b
        for c, d in paragraphs[i + 1:]:
            if _LABEL.match(text, c) or d - a > ITEM_CHARS:
                break
            item = ITEM_HEAD.match(text, c) is not None
            if not (listing and item or not item and _OPEN_END.search(text[a:last].rstrip())):
                break
            last = d
        return a, last
    return None
