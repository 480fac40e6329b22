"""The inputs of a computation, picked per noun from any passage of a document.

Reports of every kind state the figures one computation needs in different places: a year's
total in the opening summary and its change on the year before in the section on that field,
the counts of two things a question adds up in two sentences, a whole in one paragraph and its
part in another. The passages retrieval ranks first hold the question's words, rarely every
input. So each input is looked up on its own, by the words that name it, in every prose passage
of the document: the amounts of each sentence with the words of their own clause or list item
(or, for a clause that names nothing but a change, `增量39.7亿斤`, the words its sentence opens
with). Nothing here decides what to compute; a noun two amounts fit equally is left to the caller
to refuse.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from weakref import WeakKeyDictionary

from figures.compute import Computation, Operand
from figures.direction import FALL_AMOUNT, FALL_VERBS, RISE_AMOUNT, RISE_VERBS, alternation
from figures.lists import named_amounts
from figures.numbers import Quantity, find_quantities
from ingest.normalize import normalize, pauses
from ingest.structure import split_sentences
from server.answer.draft import CitationBook, Claim, Draft
from server.answer.evidence import Reader
from server.answer.text import computed_figure, display, flat, region_of
from server.calc import judged_shares, verdict_text
from server.query import Query
from server.retrieve import Hit

_CUT = re.compile(pauses("，；;。、：:\n") + "|其中")  # the end of a clause or list item
_SENTENCE_CLAUSE = re.compile(pauses("，；;：:"))
# words at either end of a clause that name no thing: list markers and scopes before, verbs of
# change and of reaching and qualifiers after (`全省…`, `…比上年增加`, `…达到`)
_LEADING = re.compile(r"^(?:[一二三四五六七八九十]是|其中|全省|全市|全区|全县|全国|全年|累计|共计|分别)+")
_CHANGED = alternation(("新增",), RISE_AMOUNT, FALL_AMOUNT, RISE_VERBS, FALL_VERBS)  # figures/direction.py's words
_TRAILING = re.compile(rf"(?:(?:比|较)(?:上年|去年|上一年)|同比|{_CHANGED}|"
                       r"达到|达|为|是|有|突破|超过|超|约|近|累计|共计|共|分别|了)+$")
_NUMBER = re.compile(r"\d+(?:\.\d+)?[万亿千百]?|[%％]")
_DURATIONS = ("年", "月", "周", "天")
_QUOTE = re.compile(r"[“”\"'‘’「」]")  # quotes around a name (`“三公”经费`) are no part of it
# a year in a clause (`2024年全市专任教师`) dates the amount, names no part of it: dropped with its 年
_YEAR = re.compile(r"(?:19|20)\d\d年(?:度|底|末|初)?")
NAME_SHARE_MIN = 0.7  # share of a noun's characters that must stand in one run of an amount's words
RUN_MIN = 2  # characters of a run of a noun's that an amount's words hold in order (holds_in_order)


@dataclass
class Stated:
    """One amount a document states, with the words that name it."""
    quantity: Quantity  # spans are offsets into Document.text
    hit: Hit  # the passage that holds it
    sentence: tuple[int, int]  # its sentence (offsets into Document.text)
    words: str  # flat normalised words naming it: its list item or clause, else its sentence's opening
    lead: str  # the clause's words just before it (`比上年增加`, `达到`), as written
    head: str = ""  # of an item of a `其中` list, the words naming the amount the list splits (flat)

    def operand(self, label: str) -> Operand:
        """The amount as a computation's input under `label`, citing its passage span."""
        q = self.quantity
        return Operand(label=label, value=q.value, unit=q.unit, unit_as_written=q.unit_as_written,
                       decimals=q.decimals, qualifier=q.qualifier,
                       source={"kind": "passage", "start": q.start, "end": q.end, "text": q.text})


# per index build (its Reader), the amounts of the documents read: a long report takes a tenth of a
# second to scan; a build's amounts go with it
_READ: WeakKeyDictionary[Reader, dict[str, list[Stated]]] = WeakKeyDictionary()


def split_next(whole: Stated, part: Stated) -> bool:
    """Whether the part's sentence opens with 其中 right after the whole's (`收入预算31,500万元，比上年…。
    其中财政拨款收入28,200万元`): budget reports and bulletins split the amount a sentence
    closes on in the next one."""
    chunk = part.hit.chunk
    if whole.hit.chunk.chunk_id != chunk.chunk_id or whole.sentence[1] > part.sentence[0]:
        return False
    text = chunk.text[whole.sentence[1] - chunk.start:]
    gap = part.sentence[0] - whole.sentence[1]
    return not text[:gap].strip() and text[gap:].lstrip().startswith("其中")


def document_amounts(reader: Reader, doc_id: str) -> list[Stated]:
    """Every amount (not a year or duration) the prose passages of the document state, in text order
    (callers read, never change, what it returns)."""
    read = _READ.setdefault(reader, {})
    if doc_id not in read:
        read[doc_id] = _scan(reader, doc_id)
    return read[doc_id]


def _scan(reader: Reader, doc_id: str) -> list[Stated]:
    doc = reader.documents[doc_id]
    text = doc.text
    out: list[Stated] = []
    seen: set[int] = set()
    for chunk in reader.chunks_of[doc_id]:
        if chunk.row_index is not None:
            continue
        hit = Hit(idx=-1, chunk=chunk, score=0.0)
        for s, e in split_sentences(text, chunk.start, chunk.end) or [(chunk.start, chunk.end)]:
            listed = {n.quantity.start: n for n in named_amounts(text, s, e)}
            opening = _named_part(text[s:next((m.start() for m in _SENTENCE_CLAUSE.finditer(text, s, e)), e)])
            for q in find_quantities(text[s:e]):
                if not q.is_measure or q.unit in _DURATIONS or s + q.start in seen:
                    continue
                q.start, q.end = q.start + s, q.end + s
                seen.add(q.start)
                left = max((m.end() for m in _CUT.finditer(text, s, q.start)), default=s)
                own = _named_part(text[left:q.start])
                n = listed.get(q.start)
                words = flat(normalize(n.item)) if n is not None and n.size > 1 else own or opening
                out.append(Stated(q, hit, (s, e), words, text[left:q.start], _head(text, s, q.start)))
    return out


def naming(stated: Stated, noun: str) -> float:
    """How fully the amount's words name `noun` (flat normalised): the longest run of the noun's
    characters they hold, as a share of the noun."""
    if not noun or not stated.words:
        return 0.0
    m = SequenceMatcher(None, noun, stated.words, autojunk=False).find_longest_match(0, len(noun), 0, len(stated.words))
    return m.size / len(noun) if m.size >= 2 else 0.0


def naming_listed(stated: Stated, noun: str) -> float:
    """How fully the amount's words, read with the words of the amount its `其中` list splits, name
    `noun`: `专任教师2778人，其中小学1732人` names 小学专任教师 by its item (小学) and its head (专任教师)."""
    own = naming(stated, noun)
    if not stated.head or not stated.words:
        return own
    m = SequenceMatcher(None, noun, stated.words, autojunk=False).find_longest_match(0, len(noun), 0, len(stated.words))
    if m.size < 2:
        return own
    rest = noun[:m.a] + noun[m.a + m.size:]
    r = SequenceMatcher(None, rest, stated.head, autojunk=False).find_longest_match(0, len(rest), 0, len(stated.head))
    return max(own, (m.size + r.size) / len(noun)) if r.size >= 2 else own


def sentence_holds(a: Stated, noun: str) -> bool:
    """Whether the amount's sentence holds every character of `noun` (a name the sentence spreads over its
    clauses: `审计…发现…类问题，所涉金额…` for 审计问题金额)."""
    chunk = a.hit.chunk
    sentence = normalize(chunk.text[a.sentence[0] - chunk.start:a.sentence[1] - chunk.start])
    return all(ch in sentence for ch in noun)


def holds_in_order(words: str, noun: str) -> bool:
    """Whether the words hold every character of the noun in its order, in runs of two or more (a qualifier
    written inside the noun: `食堂智能留样柜` holds 食堂留样柜)."""
    blocks = SequenceMatcher(None, noun, words, autojunk=False).get_matching_blocks()
    return len(noun) >= RUN_MIN and sum(b.size for b in blocks if b.size >= RUN_MIN) == len(noun)


def named(amounts: list[Stated], noun: str, units: tuple[str, ...] = ()) -> list[Stated]:
    """The amounts whose words name `noun` (at least NAME_SHARE_MIN of it in one run), best first;
    only those in `units` when given."""
    scored = [(naming(a, noun), a) for a in amounts if not units or a.quantity.unit in units]
    return [a for score, a in sorted(scored, key=lambda x: -x[0]) if score >= NAME_SHARE_MIN]


def draft_apart(reader: Reader, book: CitationBook, result: Computation, inputs: list[Stated],
                query: Query | None = None) -> Draft:
    """A computed figure whose inputs stand in different sentences: each sentence cited and quoted. Given the
    `query`, a share asked against a standard (`够20%吗`) is answered with its verdict (达到/未达到) first."""
    cited = list(dict.fromkeys((book.cite(a.hit, *a.sentence), a.sentence, a.hit.chunk.doc_id) for a in inputs))
    ids = list(dict.fromkeys(n for n, _, _ in cited))
    quotes = "；".join(f"“{display(reader.documents[d].text[s:e])}”[{n}]" for n, (s, e), d in cited)
    doc = reader.documents[inputs[0].hit.chunk.doc_id]
    note = f"（{result.note}）" if result.note else ""
    figure = computed_figure(result, ids[0])
    figure.citation_ids = ids
    refs = "".join(f"[{n}]" for n in ids)
    answer = f"{result.label}：{result.formula}{note}{refs}"
    figures = [figure]
    if query is not None and (judged := judged_shares(query, [result])):
        answer = f"{verdict_text(judged[0], query.norm)}：{answer}；{judged[0].note or judged[0].formula}"
        figures.append(computed_figure(judged[0], ids[0]))
    answer += f"。依据{region_of(doc)}文件：{quotes}"
    return Draft(answer, False, book.citations, figures,
                 [Claim(result.unit, result.label, inputs[0].hit, inputs[0].sentence, True)])


def several_values(reader: Reader, inputs: list[list[Stated]], message: str) -> Draft | None:
    """The abstention when any input of a computation is fitted equally by amounts of different values
    (a report states a count twice, for two years or two scopes): computing from one of them would
    be a guess. None when each input has one value."""
    if any(len({a.quantity.value for a in found}) > 1 for found in inputs):
        return ambiguous_apart(reader, [a for found in inputs for a in found], message)
    return None


def ambiguous_apart(reader: Reader, found: list[Stated], message: str) -> Draft:
    """An abstention citing the sentences of the inputs that conflict or fall short."""
    book = CitationBook(reader.documents)
    ids = list(dict.fromkeys(book.cite(a.hit, *a.sentence) for a in found[:3]))
    return Draft(f"{message}以下段落相关但不能回答该问题：{''.join(f'[{n}]' for n in ids)}", True, book.citations)


def _head(text: str, sentence_start: int, at: int) -> str:
    """Of an amount in a `其中` list, the words naming the amount the list splits: the clause before
    its `其中` (`义务教育阶段专任教师2778人，其中小学1732人` → 义务教育阶段专任教师); '' elsewhere."""
    split = text.rfind("其中", sentence_start, at)
    if split < 0 or re.search(pauses("；;。"), text[split:at]):
        return ""
    left = max((m.end() for m in _CUT.finditer(text, sentence_start, max(sentence_start, split - 1))),
               default=sentence_start)
    return _named_part(text[left:split])


def _named_part(words: str) -> str:
    """The words of a clause that name a thing, flat normalised ('' when it names none)."""
    bare = _TRAILING.sub("", _LEADING.sub("", _NUMBER.sub("", _YEAR.sub("", _QUOTE.sub("", flat(normalize(words)))))))
    return bare if len(bare) >= 2 else ""
