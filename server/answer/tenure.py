"""Whether a case the question states by how long it has held something (`暂住证办了10个月`, `在本地工作两年`)
meets a condition a notice sets on those durations (`持有居住证满1年、且缴纳社会保险满6个月的`). Admission
and subsidy notices set eligibility by tenure: residence permits, social insurance, years of work or of
residence, each `满N年`, `N年以上`, `不少于N个月`. Each duration the question states is set against the condition
whose clause names the same thing (the same words, or a short form: 社保 for 社会保险), compared in months.
The answer is 不能 (不符合) with the condition that fails as soon as one does, 能 (符合) only when every
condition of the sentence is stated and met; a condition the question does not state leaves it open."""
from __future__ import annotations

import re
from dataclasses import dataclass

from figures.numbers import parse_number
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.text import display, region_of
from server.retrieve import Hit

# 能按…入学吗 / 符合…条件吗 / 可以申请吗 / 是否符合: the verb the answer echoes
_ASKS = re.compile(r"(?P<verb>符合|能|可以|可否|能否|够)[^？?。]{0,20}(?:吗|么|不)|是否(?P<whether>符合|能|可以)")
# (never a year, `2026年`, nor a grade or a span's edge: `三年级`, `3年内`, `两年来`)
_SPAN = r"(?<![\d.])(?P<n>\d{1,2}(?:\.\d+)?|[一二两三四五六七八九十半]+)\s*(?P<u>个月|年|月)(?![级制内前后来底初末度])"
# a duration the question states of its case (`交了一年`, `办了8个月`)
_STATED = re.compile(_SPAN + r"(?!以[上下内]|之内|及以上)")
# a condition on a duration: `满N年`, `不少于N个月`, or `N年以上`, `N年及以上`
# (a duration with neither is no condition)
_BAR = re.compile(rf"(?P<lead>满|不少于|不低于|达到)?{_SPAN}(?P<tail>及?以上)?")
_PAUSE = re.compile(r"[，,、；;：:。]|且|并")
_GENERIC = {"本市", "本县", "本区", "本地", "一方", "父母", "已经", "连续"}  # words any tenure clause may carry
_DOCUMENTS = 3  # the best-ranked documents searched for a condition


@dataclass(frozen=True)
class Tenure:
    months: float
    words: str  # the clause's words before the duration: what is held
    start: int
    end: int


class TenureCondition:
    """能/不能 (符合/不符合) of the durations a question states against the tenure conditions of the sentence
    that names the same things; None when the question states no duration or no sentence sets one on them."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        asks = _ASKS.search(query.norm)
        stated = _tenures(query.norm, _STATED, 0)
        if asks is None or not stated:
            return None
        docs = ask.ranked_docs()[:_DOCUMENTS]
        for hit in ask.ranked:
            if hit.chunk.doc_id not in docs:
                continue
            text = ask.reader.documents[hit.chunk.doc_id].text
            for start, end in split_sentences(text, hit.chunk.start, hit.chunk.end):
                bars = _tenures(text[start:end], _BAR, start)
                pairs = [(bar, case) for bar in bars if (case := _matching(bar, stated)) is not None]
                if pairs:
                    return _answer(ask, hit, (start, end), bars, pairs, asks.group("verb") or asks.group("whether"))
        return None


def _tenures(text: str, rx: re.Pattern[str], offset: int) -> list[Tenure]:
    out = []
    for m in rx.finditer(text):
        if "lead" in rx.groupindex and not (m["lead"] or m["tail"]):
            continue
        n, unit = m["n"], m["u"]
        value = 0.5 if n == "半" else (q.value if (q := parse_number(n)) is not None else None)
        if value is None:
            continue
        before = [p.end() for p in _PAUSE.finditer(text, 0, m.start())]
        words = text[before[-1] if before else 0:m.start()]
        out.append(Tenure(value * (12 if unit == "年" else 1), words, offset + m.start(), offset + m.end()))
    return out


def _matching(bar: Tenure, stated: list[Tenure]) -> Tenure | None:
    """The duration the question states of the thing the condition's clause names: most shared words."""
    scored = [(_shared(bar.words, case.words), case) for case in stated]
    best = max(scored, key=lambda s: s[0], default=(0, None))
    return best[1] if best[0] > 0 else None


def _shared(condition: str, case: str) -> int:
    """Two-character words both clauses write, or a short form of the condition's (社保: 社会保险)."""
    pairs = {condition[i:i + 2] for i in range(len(condition) - 1)} - _GENERIC
    found = sum(1 for i in range(len(case) - 1) if case[i:i + 2] in pairs)
    short = sum(1 for i in range(len(case) - 1) if _short_form(case[i:i + 2], condition))
    return found + short


def _short_form(word: str, text: str) -> bool:
    """`社保` of `社会保险`: the first characters of the two halves of a four-character word."""
    return any(text[i] == word[0] and text[i + 2] == word[1] for i in range(len(text) - 3))


def _answer(ask: Ask, hit: Hit, sentence: tuple[int, int], bars: list[Tenure],
            pairs: list[tuple[Tenure, Tenure]], verb: str) -> Draft:
    doc = ask.reader.documents[hit.chunk.doc_id]
    text = doc.text
    yes = "符合" if "符合" in verb else "可以" if "可" in verb else "能"
    failed = [(bar, case) for bar, case in pairs if case.months < bar.months]
    notes = []
    for bar, case in pairs:
        said = display(case.words + ask.query.norm[case.start:case.end])
        required, short = display(text[bar.start:bar.end]), case.months < bar.months
        notes.append(f"{said}，{'未' if short else '已'}{required}" if required.startswith("满") else
                     f"{said}，{'不到' if short else '达到'}“{required}”")
    if failed:
        verdict = f"不{yes}"
    elif len(pairs) == len(bars):
        verdict = yes
    else:
        verdict = "所说的年限符合，但条件中还有问题没有说明的要求"
    n = ask.book.cite(hit, *sentence)
    return Draft(f"{verdict}。{'；'.join(notes)}。依据{region_of(doc)}文件的条件："
                 f"“{display(text[slice(*sentence)])}”[{n}]", False, ask.book.citations)
