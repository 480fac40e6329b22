"""An amount over the period a question asks (`一学期伙食费交多少`, `一周合多少钱`) that its document states per
another period (`420元/生/月`, `每期600元/生`).

Fee notices and service notices state a fee per month or per session and say elsewhere how long the period asked
is in those units (`每学期按5个月收取`) or how long the session runs (`共五周`). The amount asked is then the rate
× (or ÷) that length, both cited. When the document gives no such length, the rate per another period is not
the amount asked: the answer abstains rather than state it (school months and terms vary)."""
from __future__ import annotations

import re

from figures.compute import ComputeError, Operand, ratio, times
from figures.numbers import find_quantities, whole_number
from ingest.normalize import normalize
from server.answer.base import Ask, Handler, first_answer
from server.answer.draft import Claim, Draft
from server.answer.text import computed_figure, display, region_of
from server.schemas import Figure

_PERIODS = "学期|学年|月|周|星期|天|日"
# the period an amount is asked over (`一学期`, `每个月`, `平均一周`), not a grade (`一年级`) nor a count of periods
_ASKED = re.compile(rf"(?:一|每)个?(?P<p>{_PERIODS})(?!级)")
_MONEY_ASKED = re.compile(r"多少钱|(?:交|收|缴|付|花)(?:费)?多少|多少元|费[^，,。？?]{0,6}多少")
# the period a stated rate is per: the last of its unit (`元/生/月`) or the last 每 of its words (`每期`)
_UNIT_PERIOD = re.compile(rf"[/·](?P<p>{_PERIODS}|期)$")  # `元/生/月`, `元/生·学期`
_WORDS_PERIOD = re.compile(rf"每(?P<p>{_PERIODS}|期)(?!.*每(?:{_PERIODS}|期))")
_N = r"(?P<n>\d+|[一二两三四五六七八九十]+)"
_SENTENCE = re.compile(r"[^。；;\n]+")
_SAME = {"星期": "周", "日": "天"}
_COUNTED = {"月": "个月"}
_TERMS_OF_YEAR = ("学年", "学期")  # a count of months is written 5个月 (5月 reads as May)


class PeriodPrice:
    """Handler: the rate the lookups find, stated per another period than the one asked, × or ÷ the length the
    document states of one period in the other (module doc); an abstention when it states none."""

    def __init__(self, lookup: tuple[Handler, ...]):
        self.lookup = lookup  # the handlers that find the stated rate

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        money = _MONEY_ASKED.search(query.norm)
        # the period of the clause asking the money (`每周开放几天，一个月交多少钱` asks the fee per month)
        clause = re.split(r"[，,；;]", query.norm[:money.start()])[-1] if money else ""
        asked = _ASKED.search(clause) or _ASKED.search(query.norm)
        if money is None or asked is None or query.operation or len(query.asks) > 1:
            return None
        draft = first_answer(self.lookup, ask)
        if draft is None or draft.abstained or not draft.claims or not draft.figures:
            return None
        figure, claim = draft.figures[0], draft.claims[0]
        period = _period_of(figure)
        want = _SAME.get(asked.group("p"), asked.group("p"))
        if not figure.unit.startswith("元") or not period or period == want or (want, period) == _TERMS_OF_YEAR:
            return None  # a school year's two terms need no stated length: server/answer/computed.py PerYearOfTerm
        doc = ask.reader.documents[claim.hit.chunk.doc_id]
        length = _length(doc.text, want, period)
        if length is None:
            return ask.reader.abstain(f"文件给出的是每{period}的标准（{figure.value:g}{figure.unit}），没有写明"
                                      f"一{want}合几个{period}，不能当作所问一{want}的数。", [claim.hit])
        n, longer, (s, e), (ns, ne) = length
        rate = Operand(label=figure.label or "标准", value=figure.value, unit=figure.unit,
                       source=_source(doc.text, claim.span, figure.value))
        try:
            if longer == want:  # the period asked holds n of the rate's (`每学期按5个月`): rate × n
                counted = _COUNTED.get(period, period)
                count = Operand(label=f"每{want}{period}数", value=n, unit=counted,
                                source={"kind": "passage", "start": ns, "end": ne, "text": doc.text[ns:ne]})
                result = times(rate, count, label=f"每{want}金额（每{period}金额 × {period}数）",
                               unit=_per(figure.unit, period, want))
            else:  # the rate's period holds n of the asked (`每期…共五周`): rate ÷ n
                count = Operand(label=f"每{period}{want}数", value=n, unit=want,
                                source={"kind": "passage", "start": ns, "end": ne, "text": doc.text[ns:ne]})
                result = ratio(rate, count, label=f"平均每{want}金额（每{period}金额 ÷ {want}数）")
        except ComputeError:
            return None
        book = ask.book
        first = book.cite(claim.hit, *claim.span)
        second = book.cite(claim.hit, s, e)
        refs = "".join(f"[{i}]" for i in dict.fromkeys((first, second)))
        quotes = "；".join(dict.fromkeys(f"“{display(doc.text[a:b])}”[{i}]"
                                         for i, (a, b) in ((first, claim.span), (second, (s, e)))))
        answer = f"{result.label}：{result.formula}{refs}。依据{region_of(doc)}文件：{quotes}"
        shown = computed_figure(result, first)
        shown.citation_ids = list(dict.fromkeys((first, second)))
        return Draft(answer, False, book.citations, [shown],
                     [Claim(result.unit, result.label, claim.hit, claim.span, True)])


def _period_of(figure: Figure) -> str:
    """The period a stated amount is per: of its unit (`元/生/月`), else of its words (`全天托管每期`)."""
    m = _UNIT_PERIOD.search(figure.unit) or _WORDS_PERIOD.search(figure.label)
    return _SAME.get(m.group("p"), m.group("p")) if m else ""


def _per(unit: str, old: str, new: str) -> str:
    """The unit of an amount per `new` computed from one per `old` (`元/生/月` → `元/生/学期`)."""
    return unit[:-len(old)] + new if unit.endswith("/" + old) else unit


def _source(text: str, span: tuple[int, int], value: float) -> dict[str, object]:
    """Where the rate stands in its sentence or row: its own figure's span, else the whole span's."""
    q = next((q for q in find_quantities(text[span[0]:span[1]]) if q.value == value), None)
    start, end = (span[0] + q.start, span[0] + q.end) if q else span
    return {"kind": "passage", "start": start, "end": end, "text": text[start:end]}


def _length(text: str, want: str, period: str) -> tuple[float, str, tuple[int, int], tuple[int, int]] | None:
    """(n, the longer period, the sentence's span) of the one length the document states of one period in the
    other: the asked in the rate's (`每学期按5个月收取`), the rate's in the asked (`每期按五周`), or of a session
    the whole run a notice announces (`2026年7月13日至8月14日，共五周`). None when it states none, or two."""
    spans: dict[tuple[float, str], tuple[tuple[int, int], tuple[int, int]]] = {}
    pairs = ((want, period), (period, want))
    for m in _SENTENCE.finditer(text):
        sentence = normalize(m.group())
        aligned = len(sentence) == len(m.group())  # offsets of the normalised sentence are the document's
        for longer, shorter in pairs:
            for pattern in (rf"(?:每|一)个?{longer}按?{_N}个?{shorter}",
                            *((rf"共{_N}个?{shorter}",) if longer == "期" else ())):
                for hit in re.finditer(pattern, sentence):
                    n = _number(hit.group("n"))
                    if n:
                        at = (m.start() + hit.start(), m.start() + hit.end()) if aligned else m.span()
                        spans.setdefault((n, longer), (m.span(), at))
    if len(spans) != 1:
        return None
    (n, longer), where = next(iter(spans.items()))
    return n, longer, *where


def _number(numeral: str) -> float:
    try:
        return float(whole_number(numeral))
    except ValueError:
        return 0.0
