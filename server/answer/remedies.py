"""A measure question (`X不够怎么解决`, `解决X有哪些措施`) whose best sentence only states the problem or the
aim (a report's `存在问题` item, a notice's `工作目标`): the answer is what the document says to do about it —
the items of its section headed as measures (`整改意见`, `布局调整措施`, `对策建议`) that carry the question's
topic, or that section's whole list when the document as a whole is about the topic."""
from __future__ import annotations

import re
from dataclasses import replace

from ingest.models import Document, Section
from ingest.normalize import normalize
from server.answer.evidence import Reader
from server.answer.sections import HEADING_COVER_MIN, PROBLEM_HEADING, heading_words, section_items
from server.answer.text import flat
from server.query import Query

# what a report or notice heads the section of what is to be done with (措施, 整改意见, 对策建议, 下一步打算)
_REMEDY_HEADING = re.compile(r"措施|举措|对策|办法|整改|意见|建议|任务|工作|路径|打算|行动")
# … and the words that make a heading one of measures whatever else it names (`目标和措施`, `问题整改措施`)
_REMEDY_ONLY = re.compile(r"措施|举措|对策|办法|整改|建议")
_AIM_HEADING = re.compile(r"目标|愿景")
_AIM_LAST = re.compile(r"(?:目标|愿景)$")


def states_only(doc: Document, at: int) -> bool:
    """Whether text at `at` stands in a section that states problems or aims, not measures (`四、存在问题`,
    `三、工作目标`), by any heading of its path."""
    inner = max((x for x in doc.sections if x.start <= at < x.end), key=lambda x: x.start, default=None)
    if inner is None:
        return False
    words = [heading_words(h) for h in inner.path]
    # `整改目标`, `工作目标`: a heading that ends in its aim heads aims, whatever measure word it names first
    return not any(_REMEDY_ONLY.search(w) and not _AIM_LAST.search(w) for w in words) \
        and any(PROBLEM_HEADING.match(w) or _AIM_HEADING.search(w) for w in words)


def remedy_items(reader: Reader, query: Query, doc: Document,
                 stated: str) -> tuple[Section, list[tuple[int, int]]] | None:
    """The section of `doc` headed as measures whose items carry the question's topic, and the items to
    quote: those naming a word of the question that `stated` (the problem's or the aim's sentence) names
    too, or every item when half of them do or the document's title and the section's headings carry the
    topic; None when no such section has an item on the topic."""
    stated_form = flat(normalize(stated, drop_space=True))
    topic = replace(query, terms=[t for t in query.terms
                                  if reader.coverage(replace(query, terms=[t]), stated_form)[0] == 1])
    if not topic.terms:
        return None
    best: tuple[int, Section, list[tuple[int, int]], list[tuple[int, int]]] | None = None
    for section in doc.sections:
        if not _REMEDY_HEADING.search(heading_words(section.heading)) or states_only(doc, section.start):
            continue
        items = section_items(doc, section)
        on_topic = [(a, b) for a, b in items
                    if reader.coverage(topic, flat(normalize(doc.text[a:b], drop_space=True)))[0] > 0]
        if on_topic and (best is None or len(on_topic) > best[0]):
            best = (len(on_topic), section, items, on_topic)
    if best is None:
        return None
    _, section, items, on_topic = best
    context = reader.supplied(doc.doc_id) + "".join(heading_words(h) for h in section.path)
    whole = len(items) > 1 and (len(on_topic) * 2 >= len(items)
                                or reader.coverage(query, flat(context))[0] >= HEADING_COVER_MIN)
    return section, items if whole else on_topic
