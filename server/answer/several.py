"""Questions that ask several things at once (`多少人次？发放了多少资金？`, `A和B各多少`): each ask
answered on its own, from its own best evidence; the answers are joined, clauses of one cited
sentence quoted once."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from figures.numbers import Quantity
from ingest.normalize import normalize
from server.answer.base import Ask, Handler, first_answer
from server.answer.draft import Claim, Draft
from server.answer.evidence import has_term
from server.answer.text import clause, display, flat, pick_quantity, quantity_figure, region_of
from server.answer.verify import mismatch, verified
from server.intent import ASKING, COUNTERS, TIME_HEAD
from server.query import Query, key_terms
from server.schemas import Figure

SOURCE = "。依据"  # where a one-evidence answer's direct part ends and its sources begin
MISSING = "文件中未找到"
MIN_OVERLAP = 4  # characters two quoted clauses must share to be joined into one
# what an ask's label drops: the verb and 的 before its asking word, the counter after it
_LABEL_TAIL = re.compile(r"(?:的)?(?:各|分别)?(?:是|有|为|要|将|达到|共有|一共有)?了?$")
_PART_OF = re.compile(r"\s*其中")  # `其中小学多少人`: a part of what the ask before counted
_COUNTER_HEAD = re.compile(rf"^(?:[{COUNTERS}元人]|人次)")


@dataclass
class _Stated:
    """One ask answered by a quantity the evidence sentence states."""
    quantity: Quantity
    quoted: str
    citation: int


class SeveralAsks:
    def __init__(self, lookup: tuple[Handler, ...]):
        self.lookup = lookup  # for asks answered from a table row or by a computation

    def try_answer(self, ask: Ask) -> Draft | None:
        """None when the question asks one thing, or fewer than two asks find their answer."""
        query, reader, book = ask.query, ask.reader, ask.book
        if len(query.asks) < 2 or "compare" in query.intents:
            return None
        mark = len(book.citations)
        answers: list[_Stated | Draft] = []
        # the key terms every ask has (`安置房` of `续建多少套安置房`, `新开工多少套安置房`)
        term_sets = [set(key_terms(text)) for text in query.asks]
        shared = set.intersection(*term_sets) if term_sets else set()
        previous = ""
        missing: list[str] = []  # the asks no evidence answers: said so, not left out
        labels: list[str] = []  # what each answered ask is about, to name its figure
        for text in query.asks:
            label = ask_label(text)
            own = query.narrowed(text).asked  # what this ask wants (达标比例是多少 → %), by its own words
            distinct = [t for t in key_terms(text) if t not in shared]
            if previous and (not key_terms(text) or _PART_OF.match(text)):
                # `增长了百分之多少？`, `其中小学多少人？`: about what the ask before named
                text = f"{previous} {text}"
            previous = text
            answer = self._one(ask, replace(query.narrowed(text), asked=own), distinct, answers)
            if answer is None:
                time = TIME_HEAD.match(text)
                missing.append(text[time.end():].strip() if time else text.strip())  # the ask as asked
                continue
            answers.append(answer)
            labels.append(label)
        if len(answers) < 2:
            del book.citations[mark:]
            return None
        region = "、".join(query.regions) or region_of(reader.documents[book.citations[0].doc_id])
        return _joined(answers, labels if len(set(labels)) == len(labels) and all(labels) else [""] * len(labels),
                       missing, region, book.citations)

    def _one(self, ask: Ask, part: Query, distinct: list[str],
             answers: list[_Stated | Draft]) -> _Stated | Draft | None:
        """One ask's answer from its own best evidence, or None when none answers it (or only with
        a figure another ask already gave); `distinct`: the words that set it apart from the others."""
        reader, book = ask.reader, ask.book
        candidates = reader.rank(part, ask.ranked)
        evidence = reader.evidence(part, candidates)
        if reader.refusal(part, evidence.hit) and ask.scope:
            candidates = reader.rank(part, ask.search(part, ask.scope))
            evidence = reader.evidence(part, candidates) if candidates else evidence
        if reader.refusal(part, evidence.hit):
            return None
        if evidence.hit.chunk.row_index is not None or part.operation:
            draft = first_answer(self.lookup, Ask(part, candidates, reader, ask.search, ask.scope, book,
                                                  given=evidence))
            if draft is not None and not draft.abstained and draft.figures and SOURCE in draft.answer \
                    and verified(reader, part, draft) \
                    and not any(isinstance(a, Draft) and a.answer == draft.answer for a in answers):
                return draft
            return None
        doc = reader.documents[evidence.hit.chunk.doc_id]
        counted = _counted(part)
        if counted and not has_term(counted, flat(normalize(doc.text[evidence.span[0]:evidence.span[1]]))):
            return None  # `新建多少所养老院` against `新建公办幼儿园4所`: what is counted is not stated
        quantity = pick_quantity(part, doc.text, evidence.span, reader.cover(part))
        if quantity is not None and _taken(answers, quantity):
            # `续建安置房7550套，新开工1000套以上`: the asks share a noun; the words that set this
            # ask apart from the others pick its own figure of the sentence
            own = replace(part, terms=distinct, focus="")
            quantity = pick_quantity(own, doc.text, evidence.span, reader.cover(own)) if distinct else None
        if quantity is None or _taken(answers, quantity):
            return None
        quoted = display(clause(doc.text, evidence.span, quantity))
        if mismatch(reader, part, Claim(quantity.unit, quoted, evidence.hit, evidence.span)):
            return None
        return _Stated(quantity, quoted, book.cite(evidence.hit, *evidence.span))


def _counted(part: Query) -> str:
    """The thing an ask counts when it names it after the asking word (`新建多少所养老院` → 养老院),
    else ''."""
    at = ASKING.search(part.norm)
    after = _COUNTER_HEAD.sub("", part.norm[at.end():]).strip(" ?？。") if at else ""
    return part.focus if part.focus and part.focus in after else ""


def ask_label(text: str) -> str:
    """What an ask is about, to name its figure: its words around the asking word without the
    time every ask shares and the counter (`2026年计划新开工多少套安置房` → 新开工安置房,
    `有多少名学生` → 学生)."""
    at = ASKING.search(text)
    if at is None:
        return ""
    before = text[:at.start()]
    time = TIME_HEAD.match(before)
    before = before[time.end():] if time else before
    before = _LABEL_TAIL.sub("", before).strip(" ，,、的")
    after = _COUNTER_HEAD.sub("", text[at.end():]).strip(" ?？。，,")
    label = before + after  # `新增多少学位` → 新增学位
    return label if 2 <= len(label) <= 24 else ""


def _taken(answers: list[_Stated | Draft], quantity: Quantity) -> bool:
    """Whether another ask already answered with this very figure of the text."""
    return any(isinstance(a, _Stated) and (a.quantity.start, a.quantity.text) == (quantity.start, quantity.text)
               for a in answers)


def _joined(answers: list[_Stated | Draft], labels: list[str], missing: list[str], region: str,
            citations: list) -> Draft:
    directs: list[str] = []
    figures: list[Figure] = []
    quotes: dict[int, list[str]] = {}  # per citation, its clauses (a shorter one inside a longer dropped)
    others: list[str] = []
    for a, label in zip(answers, labels):
        named = f"{label}：" if label else ""
        if isinstance(a, Draft):
            direct, source = a.answer.split(SOURCE, 1)
            directs.append(named + direct)
            others.append(source)
            figures += a.figures
            continue
        directs.append(named + a.quantity.text)
        figures.append(quantity_figure(a.quoted, a.quantity, a.citation))
        kept = quotes.setdefault(a.citation, [])
        if not any(a.quoted in k for k in kept):
            kept[:] = _merged([k for k in kept if k not in a.quoted], a.quoted)
    sources = []
    if quotes:
        sources.append(f"{region}文件：" + "；".join(f"“{'……'.join(c)}”[{n}]" for n, c in quotes.items()))
    sources += list(dict.fromkeys(others))
    directs += [f"{m}：{MISSING}" for m in missing]
    return Draft(f"{'；'.join(directs)}{SOURCE}{'；'.join(sources)}", False, citations, figures)


def _merged(kept: list[str], quoted: str) -> list[str]:
    """`kept` with `quoted` added: joined onto a clause it overlaps (`…A达到9万元，` + `A达到9万元，B达到78%`)."""
    for n, k in enumerate(kept):
        for size in range(min(len(k), len(quoted)) - 1, MIN_OVERLAP - 1, -1):
            if k.endswith(quoted[:size]):
                return kept[:n] + [k + quoted[size:]] + kept[n + 1:]
            if quoted.endswith(k[:size]):
                return kept[:n] + [quoted + k[size:]] + kept[n + 1:]
    return kept + [quoted]
