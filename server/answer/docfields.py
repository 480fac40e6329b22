"""A document's own particulars asked of it (`这份答复的文号是多少？签发人是谁？`): the 文号 from its
metadata (ingest/metadata.py) and the 签发人 from its head, quoted from the lines that state them. Any
official document prints both in its head (GB/T 9704-2012 党政机关公文格式: 发文字号, and the 签发人 of
reports and replies); they are no passage's figure, so the lookups never find them."""
from __future__ import annotations

import re

from ingest.metadata import DATE, iso_date, signer, written_date
from ingest.models import Document
from ingest.normalize import normalize
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.contacts import FOOTER, STATED, simplified
from server.answer.datelines import signed_span, written_form
from server.answer.draft import Draft
from server.answer.text import region_of
from server.lexicon import document_kinds
from server.mentions import COUNTED_DOCUMENTS
from server.retrieve import Hit

# issuing a document, not a verb 发 begins (发放, 发展): 印发, 发布, or 发 closing the question (`哪天发的`)
_ISSUED = r"(?:印发|发布|下发|签发|出台|公布|制定|发(?=的|了|出|文|[?？吗呢]|$))"
# the particulars, each with the words a question asks it by: the 发文机关 and 成文日期 (GB/T 9704-2012) too,
# asked as who or when the document was issued (`是哪个单位哪天发的`, `什么时候印发的`)
_FIELDS = (("文号", re.compile(r"文号|发文字号|发文号")), ("签发人", re.compile(r"签发人")),
           ("发文单位", re.compile(rf"(?:哪个|哪家|什么|哪一?级)(?:单位|部门|机关)[^，,?？]{{0,6}}{_ISSUED}|"
                               rf"(?:由谁|谁)[^，,?？]{{0,2}}{_ISSUED}|(?:发文|印发|发布)(?:单位|机关|部门)")),
           ("日期", re.compile(rf"(?:哪天|哪一天|哪日|什么时候|啥时候|何时|几月几[号日]|什么日期)"
                             rf"[^，,?？]{{0,4}}{_ISSUED}|"
                             r"(?:发文|印发|发布|成文)(?:日期|时间)")),
           # a reply to a 提案, 建议 or 议案 (办理答复) names in its title the number of what it answers and, in its
           # salutation, the member who raised it (`XX委员：`, `XX代表：`)
           ("提案号", re.compile(r"(?:提案|建议|议案)[^，,?？]{0,4}(?:第?几号|编号|号码|哪一?号)|"
                              r"(?:第几|几|哪)号(?:提案|建议|议案)|提案号")),
           ("提出人", re.compile(r"(?:哪位|哪个|哪名|什么)(?:委员|代表)|(?:由谁|谁)[^，,?？]{0,2}提|"
                              r"提案人|提出人|建议人")),
           # the person a document names to contact about it, on its own line at its end (GB/T 9704-2012: the
           # 附注 of a notice, `联系人：…`; reports and plans write `经办人：科室 姓名，电话：…`)
           # (whom to contact asked in plain words, `找谁联系`; with the number too, `…，电话多少`, the number's
           # line answers: PhoneNumber)
           ("联系人", re.compile(r"经办人|联系人|联络人|(?:(?:找|跟|和|向)谁联系|联系谁)(?!.*(?:电话|热线))")),
           # the category a document files itself under on a labelled line (a reply to a deputy's 建议 or a 提案
           # states its 办理结果类别: A类 solved or planned, B类 being solved, C类 cannot be solved yet)
           ("类别", re.compile(r"(?:是|属于?|归为|评为|定为)哪一?类|什么类别|哪个类别|类别是")))
HEAD_CHARS = 400  # a reply's title and salutation stand in its first lines
_PARTS = re.compile(r"[?？。；;]")
# a particular asked by its name alone, closing the question (`…方案的文号`, `签发人呢`): no asking word
_ASKING = re.compile(r"多少|是什么|是啥|是谁|哪个|几号|什么|哪天|哪一天|何时|哪家|谁|哪位|哪名|哪号|编号|哪一?类|"
                     r"(?:文号|发文字号|发文号|签发人)[吗呢]?\s*$")
# the motion a reply answers, as its title numbers it (`…会议第12号提案`), and the member its salutation addresses
_MOTION = re.compile(r"(?:[\u4e00-\u9fff]{0,16}会议)?第\s*\d+\s*号(?:提案|建议|议案)")
_MEMBER = re.compile(r"^[ \t\u3000]*(?P<name>[\u4e00-\u9fff·]{2,8}(?:委员|代表))[：:]", re.M)


class DocumentFields:
    """Every ask of the question asks a particular of the leading document it names."""

    def try_answer(self, ask: Ask) -> Draft | None:
        fields = asked_fields(ask.query.norm)
        if not fields or not ask.ranked:
            return None
        doc = ask.reader.documents[ask.ranked[0].chunk.doc_id]
        if "日期" in fields and _event_dated(doc.text, ask.query.norm, ask.query.terms):
            return None  # the day of an event the document announces, which the lookups quote, not its own
        printed = _printed(doc, fields)
        if len(printed) < len(fields):
            return None  # a particular asked the document does not print: the other handlers say so
        lines = [f"{name}：{value}[{n}]" for name, value, n in _cited(ask, doc, printed)]
        where = "版头" if printed[-1][2] < len(doc.text) / 2 else "落款"  # its head, or its signature at the end
        return Draft(f"{'；'.join(lines)}。依据{region_of(doc)}文件的{where}", False, ask.book.citations)


class FieldsOfEachDocument:
    """The particulars of each of a place's documents the question counts or asks each of (`这三份通知的文号
    分别是`, `这两份文件各是哪天发的`): one line per document, each particular cited from the line that prints
    it; a document not printing one says so, so that no document of the place is left out silently."""

    def try_answer(self, ask: Ask) -> Draft | None:
        fields = asked_fields(ask.query.norm)
        dated = not fields and _dates_of_named(ask.query.norm)  # `A县X通知和B县Y方案分别是什么日期`
        fields = fields or (["日期"] if dated else [])
        if not fields or ask.scope is None or len(ask.scope) < 2 or not ask.query.regions:
            return None
        # one place's documents counted or each asked (`分别`), or several places' documents asked together
        # (`A区的X和B县的Y的联系人`): the documents the question names, else every one of the places'
        if len(ask.query.regions) == 1 and not (COUNTED_DOCUMENTS.search(ask.query.norm)
                                                or _EACH.search(ask.query.norm)):
            return None
        documents = ask.reader.documents
        named = named_documents(ask.query.norm, [documents[d] for d in ask.scope])
        if dated and not named:
            return None  # a date asked bare is a document's only of the documents the question names
        lines = []
        for doc_id in named or ask.scope:
            doc = documents[doc_id]
            printed = _printed(doc, fields)
            said = {name: f"{value}[{n}]" for name, value, n in _cited(ask, doc, printed)}
            lines.append(f"{region_of(doc)}《{doc.meta.title}》：" +
                         "；".join(f"{name}：{said.get(name, '文件中未写明')}" for name in fields))
        if not ask.book.citations:
            return None  # no document prints what is asked: the other handlers say so
        return Draft("\n".join(lines), False, ask.book.citations)


# a date asked bare at the question's end (`…分别是什么日期`): of documents, the date each is signed with, when
# every part before it names a document by its kind (server/lexicon/document_kinds.tsv: 报告, 总结, 通知 …)
_DATE_ASKED = re.compile(r"(?:分别|各自?)?(?:是|为)?(?:什么|哪个|哪一个)日期[?？。]?$")


def _dates_of_named(norm: str) -> bool:
    m = _DATE_ASKED.search(norm)
    if not m:
        return False
    parts = [p.removesuffix("的") for p in _JOINED.split(norm[:m.start()]) if p.strip("的")]
    return len(parts) >= 2 and all(p.endswith(document_kinds()) for p in parts)


# each document asked its own (`分别`, `各是`), the documents not counted
_EACH = re.compile(r"分别|各(?:是|自|为|在)")
# the documents a question names one after another before what it asks of them (`A县的X和Y`)
_JOINED = re.compile(r"以及|和|与|及|跟|、")


def named_documents(norm: str, docs: list[Document]) -> list[str]:
    """The documents a question names one by one, each by its place and words of its title (`A县X报告和Y
    通知分别…`, `A区X总结和B县Y通报的Z`): for each named part, the document of its place (the
    last place named before it) sharing the most two-character words with it, or the place's one document;
    [] when fewer than two parts name a document, or two name the same."""
    asking = min([m.start() for _, rx in _FIELDS if (m := rx.search(norm))] +
                 [m.start() for m in [_EACH.search(norm)] if m] or [len(norm)])
    parts = [p.removesuffix("的") for p in _JOINED.split(norm[:asking]) if p.strip("的")]
    named: list[str] = []
    place = ""
    for part in parts:
        place = next((r for d in docs for r in map(normalize, d.meta.region) if r and r in part), place)
        own = [d for d in docs if place in map(normalize, d.meta.region)] if place else docs
        words = _pairs(part.replace(place, "") if place else part)
        scored = sorted(((len(words & _pairs(normalize(d.meta.title))), d.doc_id) for d in own), reverse=True)
        if len(own) == 1:
            named.append(own[0].doc_id)
        elif scored and scored[0][0] > 0 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
            named.append(scored[0][1])
        else:
            return []
    return named if len(named) >= 2 and len(set(named)) == len(named) else []


def _pairs(text: str) -> set[str]:
    """The two-character runs of a text's Chinese characters."""
    return {text[i:i + 2] for i in range(len(text) - 1) if all("\u4e00" <= c <= "\u9fff" for c in text[i:i + 2])}


def asked_fields(norm: str) -> list[str]:
    """The particulars the question asks, in their declared order; none unless every ask of it asks one."""
    asking = [p for p in _PARTS.split(norm) if _ASKING.search(p)]
    fields = [name for name, rx in _FIELDS if any(rx.search(p) for p in asking)]
    if not all(any(rx.search(p) for _, rx in _FIELDS) for p in asking):
        return []
    return fields


def _printed(doc: Document, fields: list[str]) -> list[tuple[str, str, int, int]]:
    """(particular, value, start, end of the line printing it) of each particular asked that the document
    prints, its date where the text writes its metadata's date."""
    date = _signed_date(doc.text, doc.meta.date) if doc.meta.date else None
    values = {"文号": doc.meta.number, "签发人": signer(doc.text), "发文单位": doc.meta.issuer,
              "日期": date.group() if date else "", "提案号": _motion(doc.text), "提出人": _member(doc.text),
              "联系人": _contact(doc.text), "类别": _category(doc.text)}
    printed = []
    for name in fields:
        value = values[name]
        if not value or value not in doc.text:
            continue
        if date and name == "日期":
            # the date as documents write it (a page's `2026-03-05` read 2026年3月5日), cited with the label or
            # the issuer's line its signature prints it under
            shown = written_form(doc.meta.date)
            start, end = signed_span(doc.text, date.start(), date.end())
            line_end = doc.text.find("\n", end)
            printed.append((name, shown if shown == value else f"{shown}（原文作“{value}”）",
                            doc.text.rfind("\n", 0, start) + 1, line_end if line_end >= 0 else len(doc.text)))
            continue
        at = _printed_at(doc.text, value)
        end = doc.text.find("\n", at)
        printed.append((name, value, doc.text.rfind("\n", 0, at) + 1, end if end >= 0 else len(doc.text)))
    return printed


def _signed_date(text: str, iso: str) -> re.Match | None:
    """Where `text` writes its own date `iso`: the mention a `发布日期：` label or the issuer's line above it signs
    (a notice's body may name its own day first: `公示期为…日至…`), else the first."""
    signed = (m for m in DATE.finditer(text) if iso_date(m) == iso and signed_span(text, m.start(), m.end())
              != (m.start(), m.end()))
    return next(signed, None) or written_date(text, iso)


def _cited(ask: Ask, doc: Document, printed: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int]]:
    """Each particular printed with its citation's number: lines directly following one another (an issuer
    printed over its date, a signature block) cited as one, by offsets in the passage holding them."""
    blocks = _blocks(doc.text, [(start, end) for _, _, start, end in printed])
    chunks = ask.reader.chunks_of[doc.doc_id]
    out = []
    for name, value, start, end in printed:
        start, end = next(b for b in blocks if b[0] <= start and end <= b[1])
        # the passage holding the line, else the document's first
        chunk = next((c for c in chunks if c.start <= start < c.end), chunks[0] if chunks else ask.ranked[0].chunk)
        out.append((name, value, ask.book.cite(Hit(-1, chunk, 0.0), start, end)))
    return out


# a document's contact line: its label, then who (a section and a name) and how to reach them
_CONTACT = re.compile(r"^[ \t\u3000]*(?:经办人|經辦人|联系人|聯繫人|聯系人|联络人|聯絡人)\s*[：:]\s*"
                      r"(?P<who>[^\n]+?)[。.]?[ \t\u3000]*$", re.M)


def _contact(text: str) -> str:
    """What the document's one contact line says after its label (`县教育局基教股李某，电话：0000000`), or ''
    when it has several (each of a list of contacts is another's); with no such line, its closing line giving a
    number to call (`咨询电话：…股某某，电话：…`, `如有问题请联系…`), after a label naming only the line."""
    found = _CONTACT.findall(text)
    if found:
        return found[0] if len(found) == 1 else ""
    read = simplified(text)  # the same offsets, the labels matched in Simplified
    closing = [m for m in re.finditer(r"[^\n]*\S[^\n]*", read)][-_CLOSING_LINES:]
    line = next((m for m in reversed(closing) if STATED.search(m.group()) and not FOOTER.search(m.group())), None)
    if line is None:
        return ""
    label = _PHONE_LABEL.match(line.group().strip())
    said = text[line.start():line.end()].strip()
    rest = said[label.end():] if label else said
    return (rest if re.search(r"[\u4e00-\u9fff]", rest) else said).rstrip("。.")


_CLOSING_LINES = 6  # a document's contact stands among its last lines, over its signature and date
# a label naming only the line (`咨询电话：`), before who answers it
_PHONE_LABEL = re.compile(r"^[\u4e00-\u9fff]{0,8}(?:电话|热线)(?:号码)?\s*[：:]\s*")


# a line filing the document under a category (`办理结果类别：A类（…）`): its label ends in 类别
_CATEGORY = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fff]{0,8}(?:类别|類別)\s*[：:]\s*(?P<what>[^\n]+?)[。.]?[ \t\u3000]*$",
                       re.M)


def _category(text: str) -> str:
    """What the document's one category line says after its label, or '' when it has none or several."""
    found = _CATEGORY.findall(text)
    return found[0] if len(found) == 1 else ""


# a day written in a sentence (`将于7月20日公布`), not a year alone
_DAY = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]")


def _event_dated(text: str, asked: str, terms: list[str]) -> bool:
    """Whether the document dates the act the question asks the day of in a sentence of its body that
    names what is acted on (`成绩将于7月20日公布` for `成绩哪天公布`), in either script: a notice announcing an
    event dates it there, and its own 成文日期 stands under the signature."""
    verb = re.search(_ISSUED, asked)
    acted = [t for t in terms if verb is None or t != verb.group()]
    if verb is None or not acted:
        return False
    # (read in the matching form, as the question is: a Traditional notice writes `證書…發放`)
    sentences = (normalize(text[s:e]) for s, e in split_sentences(text, 0, len(text)))
    return any(verb.group() in said and _DAY.search(said) and any(t in said for t in acted) for said in sentences)


def _blocks(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines joined where one directly follows another (an issuer printed over its date, a signature
    block): cited as one."""
    blocks: list[tuple[int, int]] = []
    for start, end in sorted(lines):
        if blocks and not text[blocks[-1][1]:start].strip():
            blocks[-1] = (blocks[-1][0], max(end, blocks[-1][1]))
        else:
            blocks.append((start, end))
    return blocks


def _printed_at(text: str, value: str) -> int:
    """Where a particular is printed: a line of its own (the issuer over the date, a signature), else where
    the text first writes it (an issuer's name also stands in the title and the body)."""
    own = re.search(rf"^[ \t\u3000]*{re.escape(value)}[ \t\u3000]*$", text, re.M)
    return own.start() + own.group().index(value) if own else text.index(value)


def _motion(text: str) -> str:
    """The number of the 提案/建议/议案 a reply answers, with its session when the title names it."""
    m = _MOTION.search(text[:HEAD_CHARS])
    return m.group().removeprefix("关于") if m else ""


def _member(text: str) -> str:
    """The member a reply is addressed to, from its salutation line."""
    m = _MEMBER.search(text[:HEAD_CHARS])
    return m.group("name") if m else ""
