"""`如何/有哪些措施` questions: the measures of the best passages, each quoted with the content
that carries it out and cited."""
from __future__ import annotations

import re
from collections.abc import Callable

from ingest.models import Document, Section
from ingest.normalize import normalize
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import CitationBook, Draft
from server.answer.evidence import Reader
from server.answer.labelled import asked_labels, labelled_paragraph
from server.answer.remedies import remedy_items, states_only
from server.answer.sections import (
    ITEM_CHARS,
    MAX_ITEMS,
    body_start,
    chunk_hit,
    closing_start,
    cut,
    heading_of,
    quoted_items,
    section_items,
)
from server.answer.text import (
    CIRCLED,
    ITEM_HEAD,
    MEASURE_LEAD_CHARS,
    answer_lines,
    display,
    flat,
    in_digits,
    measure_span,
    region_of,
    run_in_heading,
    starts_paragraph,
    states_shortfall,
)
from server.retrieve import Hit

MEASURE_COVER_MIN = 0.5  # a further measure passage needs half of the key terms
MEASURE_CLOSE = 0.9  # … and nine tenths of what the best measure sentence covers
MAX_MEASURES = 5
_NUMERAL = re.compile(rf"[一二三四五六七八九十\d{CIRCLED}]+")


class Measures:
    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader, ranked, book = ask.query, ask.reader, ask.ranked, ask.book
        if "measure" not in query.intents or query.operation:
            return None
        refusal = reader.refusal(query, ranked[0])
        if refusal:
            return reader.abstain(refusal, ranked)
        doc_ids = {ranked[0].chunk.doc_id} if query.regions else None
        passages = [(order, hit) for order, hit in enumerate(ranked)
                    if not (doc_ids and hit.chunk.doc_id not in doc_ids or hit.chunk.table_id)]
        # a year asked (`2026年…有哪些举措`): the passages that speak for it, not the review of past
        # years or the plan period's aims, when there are any
        # — and of those, the ones whose text or headings name it, before a plan period that covers it
        dated = [(order, hit) for order, hit in passages if reader.year_ok(query, hit)]
        named = [(order, hit) for order, hit in dated if reader.names_year(query, hit.chunk)]
        passages = named or dated or passages
        labelled = _labelled(reader, query.norm, passages, book)
        if labelled is not None:
            return labelled
        cover = reader.cover(query)
        required = _required_list(reader, query.norm, passages, cover, book)
        if required is not None:
            return required
        # every sentence of the passages: a report's paragraph lists many measures, one a sentence,
        # and several may be on the topic asked
        candidates = sorted(((round(_cover(cover, text_of(reader, hit), (s, e)), 2), order, s, e, hit)
                             for order, hit in passages
                             for s, e in split_sentences(text_of(reader, hit), hit.chunk.start, hit.chunk.end)
                             if not _is_title(reader.documents[hit.chunk.doc_id], s, e)),
                            key=lambda c: (-c[0], c[1], c[2]))
        aspect = aspect_of(query.norm)
        if aspect:
            # `在经费上如何保障…`: the measures that concern the aspect named, when any does
            on_aspect = [c for c in candidates
                         if aspect in flat(normalize(text_of(reader, c[4])[c[2]:c[3]], drop_space=True))]
            candidates = on_aspect or candidates
        lacked = lacked_of(query.norm)
        if lacked:
            # `怎么解决…没有健康证的问题`: the measures for those lacking it (`对未取得健康证的…`), not the
            # sentence counting those who have it, when a sentence names the lack
            on_lack = [c for c in candidates if states_lack(text_of(reader, c[4])[c[2]:c[3]], lacked)]
            candidates = on_lack or candidates
        # a best sentence stating the problem or the aim (by its section), or the size of a gap (缺额120人): what
        # the document says to do about it
        doc = reader.documents[candidates[0][4].chunk.doc_id] if candidates else None
        if doc is not None and (states_only(doc, candidates[0][2])
                                or states_shortfall(doc.text[candidates[0][2]:candidates[0][3]])):
            remedy = remedy_items(reader, query, doc, doc.text[candidates[0][2]:candidates[0][3]])
            if remedy is not None:
                return _remedy_draft(reader, doc, *remedy, book)
        lines: list[str] = []
        headed: tuple[str, str] | None = None  # a section's heading over its items, when the first line
        quoted_spans: list[tuple[str, int, int]] = []
        # the measure whose own sentence carries the most key terms comes first; further ones must
        # come close to it, so a list does not fill up with passages that merely share a word
        floor = max(MEASURE_COVER_MIN, candidates[0][0] * MEASURE_CLOSE) if candidates else 0.0
        for value, _, s, e, hit in candidates:
            if len(lines) == MAX_MEASURES:
                break
            if lines and (value < floor and not (aspect and value > 0) or "measure" not in hit.chunk.labels):
                continue
            doc_id, text = hit.chunk.doc_id, text_of(reader, hit)
            if any(d == doc_id and a <= s < b for d, a, b in quoted_spans):
                continue  # already quoted as part of an item
            doc = reader.documents[doc_id]
            pair = turn_pair(text, s)
            if pair is not None:  # a transcript: the answer turn says what is done, its question what about
                start, end = cut(text, *pair[1], ITEM_CHARS)
                if not any(d == doc_id and start <= a < end for d, a, b in quoted_spans):
                    quoted_spans.append((doc_id, start, end))
                    n = book.cite(chunk_hit(reader, doc, start), start, end)
                    lines.append(f"{len(lines) + 1}. {display(text[start:end])}[{n}]")
                continue
            limit = section_end(doc, s, hit.chunk.end)  # an item's content may run past its passage
            answered = answer_lines(text, (s, e), limit)
            if answered is not None:  # a Q&A leaflet's question line: the answer lines after it say what is done
                if not any(d == doc_id and answered[0] <= a < answered[1] for d, a, b in quoted_spans):
                    quoted_spans.append((doc_id, *answered))
                    n = book.cite(chunk_hit(reader, doc, answered[0]), *answered)
                    lines.append(f"{len(lines) + 1}. {display(text[slice(*answered)])}[{n}]")
                continue
            # `主要做法：一是…` over `二是…`, or one item of a paragraph's next steps asked
            # (`下一步，一是…；二是…`): the list whole, one passage of the document
            run = labelled_list(text, (s, e), limit) or next_steps(doc, s, query.norm)
            if run:
                start, end = run[0][0], run[-1][1]
                if not any(d == doc_id and start <= a < end for d, a, b in quoted_spans):
                    quoted_spans.append((doc_id, start, end))
                    items = "\n   ".join(display(text[a:b]) for a, b in run)
                    lines.append(f"{len(lines) + 1}. {items}[{book.cite(hit, start, end)}]")
                continue
            children = sub_items(text, (s, e), limit)
            item = None if children else enclosing_item(doc, (s, e), limit)
            start, end = (s, children[-1][1]) if children else item or measure_span(text, limit, (s, e))
            if end == e and e - s <= MEASURE_LEAD_CHARS and marker_shape(text, s):
                end = _content_end(text, s, e, limit)  # an item's heading alone is no answer
            if any(d == doc_id and start <= a < end for d, a, b in quoted_spans):
                continue
            quoted_spans.append((doc_id, start, end))
            if children:  # a heading over items of another kind: each item with its content, cited
                items = "".join(f"\n   {display(text[a:b])}[{book.cite(hit, a, b)}]{in_digits(text[a:b])}"
                                for a, b in children)
                if not lines and heading_of(doc, (s, e)) is not None:
                    headed = (display(text[s:e]).rstrip("。.：: "), items)
                lines.append(f"{len(lines) + 1}. {display(text[s:e])}{items}")
                continue
            # the measure's heading with the sentences that carry it out, cited as one span
            lines.append(f"{len(lines) + 1}. {display(text[start:end])}[{book.cite(hit, start, end)}]"
                         f"{in_digits(text[start:end])}")
        region = region_of(reader.documents[ranked[0].chunk.doc_id])
        if len(lines) == 1 and headed is not None:
            # the measures are one section's items: the section named by its heading, which is no measure itself
            heading, items = headed
            return Draft(f"{region}文件“{heading}”一节：" + items.replace("\n   ", "\n"), False, book.citations)
        return Draft(f"{region}文件中的相关做法：\n" + "\n".join(lines), False, book.citations)


def _labelled(reader: Reader, norm: str, passages: list[tuple[int, Hit]], book: CitationBook) -> Draft | None:
    """What a report requires (or advises, or plans next) when the question asks for that kind: the paragraph
    the leading passage's section labels so (`要求：…`), quoted whole; None when the question asks no such
    kind or that section has no such paragraph."""
    labels = asked_labels(norm)
    if labels is None or not passages:
        return None
    hit = passages[0][1]
    doc = reader.documents[hit.chunk.doc_id]
    inner = max((x for x in doc.sections if x.start <= hit.chunk.start < x.end), key=lambda x: x.start, default=None)
    found = labelled_paragraph(doc.text, labels, *((inner.start, inner.end) if inner else (0, len(doc.text))))
    if found is None:
        return None
    n = book.cite(chunk_hit(reader, doc, found[0]), *found)
    quoted = display(doc.text[slice(*found)])
    return Draft(f"{region_of(doc)}文件中的相关要求：\n1. {quoted}[{n}]", False, book.citations)


# the content asked of an activity (`都有些什么内容`, `有哪些内容`), and the item of a notice that states it under
# its own label (`五、服务内容：…`, `活动内容：…`): notices of a service or an activity set out its 对象, 时间,
# 地点, 收费 and 内容 as items, and only the last says what is done
_ASKS_CONTENT = re.compile(r"(?:什么|哪些|啥)内容|内容(?:是|有|包括)(?:什么|哪些|啥)")
_CONTENT_LABEL = re.compile(rf"(?:{_NUMERAL.pattern}[、.．]\s*)?[\u4e00-\u9fff]{{0,6}}内容[：:]")


class ContentItem:
    """The item labelled as the content (`…内容：`) of the leading document, when the question asks what content:
    that item with its sentences, not the notice's every item nor a section of another label; None otherwise."""

    def try_answer(self, ask: Ask) -> Draft | None:
        docs = ask.ranked_docs(1)
        if not _ASKS_CONTENT.search(ask.query.norm) or not docs:
            return None
        reader, doc = ask.reader, ask.reader.documents[docs[0]]
        labelled = [(a, b) for a, b in split_sentences(doc.text, 0, len(doc.text))
                    if _CONTENT_LABEL.match(doc.text, a)]
        if len(labelled) != 1:
            return None  # no item, or several (each activity's): not one answer
        start, end = measure_span(doc.text, section_end(doc, labelled[0][0], labelled[0][1]), labelled[0])
        n = ask.book.cite(chunk_hit(reader, doc, start), start, end)
        return Draft(f"{region_of(doc)}文件中的相关内容：\n1. {display(doc.text[start:end])}[{n}]", False,
                     ask.book.citations)


# what an item sets (`须于…前完成`, `每月…不少于N次`, `严禁…`, `将于…组织复查`), as a notice's requirements do,
# not what was found (`共发现问题N项`)
_SETS = re.compile(r"须|应当?|要|不少于|不低于|不超过|不得|严禁|确保|将于")


def _required_list(reader: Reader, norm: str, passages: list[tuple[int, Hit]], cover: Callable[[str], float],
                   book: CitationBook) -> Draft | None:
    """What a notice requires when the question asks its requirements and no paragraph is labelled so:
    the list (`一是…五是…`) whose item on the question's topic sets something, every item of it quoted —
    the requirements as a whole, not the finding that shares most words; None when the question asks no
    requirements or no such list has at least two items, most of them setting something."""
    if asked_labels(norm) is None or not passages:
        return None
    found = [(cover(text_of(reader, hit)[s:e]), order, s, e, hit) for order, hit in passages
             for s, e in split_sentences(text_of(reader, hit), hit.chunk.start, hit.chunk.end)
             if marker_shape(text_of(reader, hit), s) and _SETS.search(text_of(reader, hit), s, e)]
    found = [f for f in found if f[0] > 0]
    if not found:
        return None
    _, _, s, _, hit = max(found, key=lambda f: (f[0], -f[1], -f[2]))
    doc = reader.documents[hit.chunk.doc_id]
    items = list_items(doc, s)
    if len(items) < 2 or 2 * sum(bool(_SETS.search(doc.text, a, b)) for a, b in items) <= len(items):
        return None
    items = items[:MAX_ITEMS]
    # the list cited as one span, as a labelled paragraph is: one passage's requirements, one source
    n = book.cite(chunk_hit(reader, doc, items[0][0]), items[0][0], items[-1][1])
    lines = "\n".join(display(doc.text[a:b]) for a, b in items)
    return Draft(f"{region_of(doc)}文件中的相关要求：\n{lines}[{n}]", False, book.citations)


# the next steps asked (`下一步怎么…`, `今后如何…`) and the lead-in of a paragraph setting them out
_NEXT_ASKED = re.compile(r"下一步|下步|今后|接下来|下阶段")
_NEXT_LEAD = re.compile(r"^\s*(?:下一步|下步|今后|接下来|下阶段)[^。；;]{0,12}?[，,：:]")


def next_steps(doc: Document, at: int, norm: str) -> list[tuple[int, int]]:
    """The items of the list holding the item at `at` (or the sentence of its content there) when the question asks
    the next steps and the list's paragraph opens with a next-steps lead-in that runs into its first item
    (`下一步，一是…；二是…；三是…`), the first item with its lead-in; [] otherwise."""
    if not _NEXT_ASKED.search(norm):
        return []
    if not marker_shape(doc.text, at):  # a sentence of an item's content: the item it runs on from, in its paragraph
        markers = [a for a, _ in split_sentences(doc.text, doc.text.rfind("\n", 0, at) + 1, at)
                   if marker_shape(doc.text, a)]
        if not markers:
            return []
        at = markers[-1]
    items = list_items(doc, at)
    opening = doc.text.rfind("\n", 0, items[0][0]) + 1 if items else 0
    lead = doc.text[opening:items[0][0]] if items else ""
    if not _NEXT_LEAD.match(lead) or not re.search(r"[一首]是|第一", lead):
        return []
    return [(opening, items[0][0]), *items]


def list_items(doc: Document, at: int) -> list[tuple[int, int]]:
    """The items of the list whose item starts at `at` (`二是…` among `一是…五是…`), in its section: each
    from its marker to the next of its kind, the list ending at a paragraph that is no item of it."""
    kind = marker_shape(doc.text, at)
    inner = max((x for x in doc.sections if x.start <= at < x.end), key=lambda x: x.start, default=None)
    start, end = (body_start(doc.text, inner), inner.end) if inner else (0, len(doc.text))
    end = closing_start(doc.text, start, end)
    runs: list[list[list[int]]] = [[]]
    for a, b in split_sentences(doc.text, start, end):
        if not doc.text[a:b].strip():
            continue
        if marker_shape(doc.text, a) == kind:
            runs[-1].append([a, b])
        elif runs[-1] and not starts_paragraph(doc.text, a):
            runs[-1][-1][1] = b  # the item's content runs on
        elif runs[-1]:
            runs.append([])  # a paragraph of another kind ends the list
    run = next((r for r in runs if any(a == at for a, _ in r)), [])
    return [cut(doc.text, a, b, ITEM_CHARS) for a, b in run]


def _remedy_draft(reader: Reader, doc: Document, section: Section, items: list[tuple[int, int]],
                  book: CitationBook) -> Draft:
    """The measures a document sets against the problem asked, item by item under their section's heading;
    an item the document numbers itself keeps its own number."""
    lines = quoted_items(reader, book, doc, items[:MAX_ITEMS])
    return Draft(f"{region_of(doc)}文件“{display(section.heading)}”一节：\n" + "\n".join(lines), False, book.citations)


# the aspect a `how` question narrows its measures to (`在经费上如何…`, `在师资方面有哪些…`, `从制度上…`)
_ASPECT = re.compile(r"(?:在|从)([\u4e00-\u9fff]{2,4}?)(?:上|方面|层面)")


def aspect_of(norm: str) -> str:
    """The aspect word of `在X上/在X方面` in a question, or ''."""
    m = _ASPECT.search(norm)
    return m.group(1) if m else ""


# a problem named by what is lacking (`没有健康证的问题`, `缺心理教师的问题`): the thing lacked, after the verb of
# having it if any (`没有取得…`, `没配…`)
_LACK_ASKED = re.compile(r"(?:没有|没|缺少?|缺乏|无)(?:取得|获得|配备|配齐|配)?(?P<thing>[\u4e00-\u9fff]{2,6}?)的?问题")
# … and how a document states that lack of some (`未取得健康证的`, `尚未配齐心理教师`, `无证`)
_LACK_STATED = "尚未|未|没有|没|无|缺少?|缺乏|不具备"


def lacked_of(norm: str) -> str:
    """The thing whose lack a question names as its problem, or ''."""
    m = _LACK_ASKED.search(norm)
    return m.group("thing") if m else ""


def states_lack(sentence: str, thing: str) -> bool:
    """Whether a sentence names the lack of `thing` (a negation a few characters before it)."""
    return re.search(rf"(?:{_LACK_STATED})[\u4e00-\u9fff]{{0,4}}?{re.escape(thing)}",
                     flat(normalize(sentence, drop_space=True))) is not None


# the turns of a transcript (询问实录, 访谈): `王委员问：…` asks, the next paragraph `李局长答：…` answers
_ASKS_TURN = re.compile(r"[^\n：:。，,；;]{0,12}问[：:]")
_ANSWERS_TURN = re.compile(r"[^\n：:。，,；;]{0,12}答[：:]")


def _cover(cover: Callable[[str], float], text: str, sentence: tuple[int, int]) -> float:
    """How much of the question a sentence covers; one of a transcript's turns speaks for the question
    its pair answers (`委员问：教师短缺问题…缺口有多大？` over `局长答：…计划公开招聘教师260人`)."""
    pair = turn_pair(text, sentence[0])
    own = cover(text[slice(*sentence)])
    return max(own, cover(text[slice(*pair[0])])) if pair else own


def turn_pair(text: str, at: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The question turn and the answer turn after it of a transcript, when text[at] stands in either;
    None for text in no such pair."""
    start = text.rfind("\n", 0, at) + 1
    if _ANSWERS_TURN.match(text, start):  # an answer turn: its question is the paragraph before
        before = text[:start].rstrip()
        asked = before.rfind("\n") + 1
        return ((asked, len(before)), _paragraph(text, start)) if _ASKS_TURN.match(text, asked) else None
    if not _ASKS_TURN.match(text, start):
        return None
    question = _paragraph(text, start)
    following = len(text) - len(text[question[1]:].lstrip())
    return (question, _paragraph(text, following)) if _ANSWERS_TURN.match(text, following) else None


def _paragraph(text: str, start: int) -> tuple[int, int]:
    stop = text.find("\n", start)
    return start, stop if stop >= 0 else len(text)


def section_end(doc: Document, at: int, passage_end: int) -> int:
    """Where the content of a measure at `at` may run to: the end of the innermost section that
    holds it (a list item's content often runs into the next passage), at least the passage's end;
    never into the document's closing (its signature and date)."""
    inner = max((x for x in doc.sections if x.start <= at < x.end), key=lambda x: x.start, default=None)
    end = max(passage_end, inner.end if inner else len(doc.text))
    closing = closing_start(doc.text, at, end)
    return closing if closing > at else end


def marker_shape(text: str, at: int) -> str:
    """The kind of list marker text[at:] starts with (`二是` → N是, `（3）` → （N）), or ''."""
    m = ITEM_HEAD.match(text, at)
    return _NUMERAL.sub("N", m.group().strip()) if m else ""


def sub_items(text: str, heading: tuple[int, int], limit: int) -> list[tuple[int, int]]:
    """The items under a heading (`第三,以队伍为第一资源。` over `一是…二是…三是…`): each from its
    marker to the next of its kind, cut at ITEM_CHARS; none when the heading does not head a list
    of at least two items of another kind than its own."""
    start, end = heading
    own = marker_shape(text, start)
    if end - start > MEASURE_LEAD_CHARS or not own and not starts_paragraph(text, start):
        return []  # a sentence inside an item's content heads no list: the items after it are the item's siblings
    sentences = split_sentences(text, end, limit)
    starts: list[int] = []
    kind = ""
    for a, _ in sentences:
        shape = marker_shape(text, a)
        if not shape:
            if not starts and text[a:_].strip():
                return []  # the heading's own content comes first: a measure, not a list's heading
            continue
        if own and shape == own or kind and shape != kind:
            limit = a  # the heading's next sibling, or a list above this one
            break
        kind = kind or shape
        starts.append(a)
    if len(starts) < 2:
        return []
    ends = starts[1:] + [max((b for a, b in sentences if a < limit), default=limit)]
    return [cut(text, a, b, ITEM_CHARS) for a, b in zip(starts, ends)][:MAX_ITEMS]


_LEAD_IN_END = re.compile(r"[：:]")


def lead_in_items(text: str, sentence: tuple[int, int], limit: int) -> list[tuple[int, int]]:
    """The items of the list a lead-in introduces (`…按以下顺序录取：1. …；2. …`, `…落实以下要求：①…`,
    `…按下列原则安排：` over `（一）…` lines): each from its marker to the next of its kind, the first
    from the lead-in's start; none unless its last `：` is followed by at least two items of one
    kind, on its line or the lines after it, before a paragraph that is no item."""
    s, e = sentence
    colon = [m.end() for m in _LEAD_IN_END.finditer(text, s, e)]
    if not colon:
        return []
    at = colon[-1]
    if text[at:e].strip() and not marker_shape(text, at):
        return []  # the colon is followed by a statement, not a list
    starts: list[int] = []
    ends: list[int] = []
    kind = ""
    for a, b in split_sentences(text, at, limit):
        if not text[a:b].strip():
            continue
        shape = marker_shape(text, a)
        if shape and shape == (kind := kind or shape):
            starts.append(a)
            ends.append(b)
        elif not starts or shape or starts_paragraph(text, a):
            break  # another kind of list, or the paragraph after the list
        else:
            ends[-1] = b  # the item's content runs on
    if len(starts) < 2:
        return []
    starts[0] = s
    return [cut(text, a, b, ITEM_CHARS) for a, b in zip(starts, ends)][:MAX_ITEMS]


def labelled_list(text: str, sentence: tuple[int, int], limit: int) -> list[tuple[int, int]]:
    """The items of a list whose label runs into its first item (`主要做法：一是…。` over `二是…。三是…。`, a
    scanned report's paragraphs labelled so): the label's sentence is the first item, not a heading over the
    others, and the list ends at the first paragraph that is no item of it (`存在问题：…`); [] for a sentence
    whose colon opens no item on its own line."""
    s, e = sentence
    colon = [m.end() for m in _LEAD_IN_END.finditer(text, s, e)]
    if not colon or not text[colon[-1]:e].strip() or not marker_shape(text, colon[-1]):
        return []
    return lead_in_items(text, sentence, limit)


def introduced(reader: Reader, doc: Document, sentence: tuple[int, int], book: CitationBook) -> str:
    """The list a sentence that says nothing by itself introduces, item by item and cited: a
    section's heading (`二、作业管理持续规范`) its section's items or body, a lead-in ending in `：`
    its list's items; '' for any other sentence."""
    section = heading_of(doc, sentence)
    items = section_items(doc, section) if section else lead_in_items(doc.text, sentence,
                                                                       section_end(doc, sentence[0], sentence[1]))
    if not items or section and items == [sentence]:
        return ""
    lines = quoted_items(reader, book, doc, items[:MAX_ITEMS], numbered=False)
    where = f"“{display(section.heading)}”一节" if section else ""
    return f"{region_of(doc)}文件{where}：\n" + "\n".join(lines)


def enclosing_item(doc: Document, sentence: tuple[int, int], limit: int) -> tuple[int, int] | None:
    """The list item (`二是…`, `3.…`, `（二）…`) a sentence of its content belongs to: from the item's
    marker to the next marker of its kind, when that fits in ITEM_CHARS; None when the sentence
    starts an item itself or stands in no list."""
    text, (s, e) = doc.text, sentence
    if marker_shape(text, s):
        return None
    inner = max((x for x in doc.sections if x.start <= s < x.end), key=lambda x: x.start, default=None)
    floor = inner.start + len(inner.heading) if inner else 0
    before = [a for a, _ in split_sentences(text, floor, s) if marker_shape(text, a)]
    if not before:
        return _item_section(doc, inner, limit) if inner is not None else None
    start, kind = before[-1], marker_shape(text, before[-1])
    end = e
    for a, b in split_sentences(text, e, limit):
        if marker_shape(text, a) == kind or b - start > ITEM_CHARS:
            break
        end = b
    if end - start > ITEM_CHARS:
        return None
    return start, end


def _item_section(doc: Document, section: Section, limit: int) -> tuple[int, int] | None:
    """A notice's or plan's numbered item set as a heading of its own (`（二）规范经费管理。` over its
    rules, the next item a sibling section): its heading with its whole content, when the section
    holds no sections of its own and fits in ITEM_CHARS; None otherwise."""
    if not marker_shape(doc.text, section.start) or any(x.start > section.start and x.end <= section.end
                                                        and len(x.path) > len(section.path) for x in doc.sections):
        return None
    end = min(section.end, limit, closing_start(doc.text, section.start, section.end))
    opens = body_start(doc.text, section)
    if end - section.start > ITEM_CHARS or not doc.text[opens:opens + 1].strip():
        return None  # a heading on a line of its own heads a section of measures, not one item's content
    # a section whose body is led by run-in headings of its own (`促进就业。…办好人民满意的教育。…`) holds
    # several measures: its sentence's own run-in item answers (measure_span), not the whole section
    if any(run_in_heading(doc.text[a:b]) for a, b in split_sentences(doc.text, opens, end)):
        return None
    return section.start, len(doc.text[:end].rstrip())


def _content_end(text: str, start: int, end: int, limit: int) -> int:
    """The end of an item heading's first content sentence (kept even past the length cap), or
    `end` when the next sentence is the next item."""
    following = next(((a, b) for a, b in split_sentences(text, end, limit) if text[a:b].strip()), None)
    if following is None or marker_shape(text, following[0]):
        return end
    return following[1]


def _is_title(doc: Document, start: int, end: int) -> bool:
    """Whether a sentence is the document's title line (`某县2024年教育工作报告`): it names the year and
    the topic a question asks about and carries out nothing."""
    return flat(normalize(doc.text[start:end], drop_space=True)) == flat(normalize(doc.meta.title, drop_space=True))


def text_of(reader: Reader, hit: Hit) -> str:
    return reader.documents[hit.chunk.doc_id].text
