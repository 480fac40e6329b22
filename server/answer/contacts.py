"""A telephone number asked (`有问题打哪个电话问`, `招生咨询电话多少`, `举报电话是什么`): a figure of its own
kind, never a count or an amount. Notices, Q&A pages (答记者问) and policy explainers close with the
numbers to call — 咨询电话 for questions, 监督/举报/投诉电话 for complaints, a 联系电话 of the office —
and a web page's footer carries the site's own. The number is quoted as written, with its label, from
the best-ranked document that states one of the kind asked; the site's footer answers nothing."""
from __future__ import annotations

import re
from dataclasses import replace

from ingest.models import Document
from ingest.normalize import normalize, to_simplified
from ingest.segment import words
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.crossdoc import MISSING, place_asks
from server.answer.draft import Draft
from server.answer.sections import chunk_hit
from server.answer.text import display, region_of

_ASKS_PHONE = re.compile(r"(?:电话|热线)(?:号码?)?(?:分别|各)?(?:是|为)?(?:多少|几号|是什么|什么)|"
                         r"(?:哪个|什么|啥)(?:电话|热线)|"
                         r"打(?:哪个|什么|啥)(?:电话|热线)")
# `打电话` with no asking word of its own asks the number (`有事打电话找谁`) unless the question counts or sums
# what came by phone (`打电话投诉的有多少件`, `打热线咨询了几次`): then the call is how, not what, is asked
_CALLS = re.compile(r"打(?:电话|热线)")
_COUNTS_CALLS = re.compile(r"(?:多少|几)(?!号)[一-鿿]")
# a question ending in the line's name (`教育局的举报电话？`, of several: `…分别是`) asks its number, unless it
# asks how many lines there are (`设了几部热线电话`, `开通了多少条服务热线`): a count, no number to call
_ENDS_PHONE = re.compile(r"(?:电话|热线)(?:号码?)?(?:分别是|各是)?[?？]?$")
_ASKS_COUNT = re.compile(r"(?:多少|几)(?:条|部|个|路|门|种)")
# a number to call: a fixed line with or without its area code — its digits written whole or in two groups
# (`7562 3308`, as printed notices space a local number) —, a mobile, a five-digit service line (12345)
_NUMBER = (r"(?:0\d{2,3}\s*[-－—]\s*)?(?:\d{7,8}|(?<!\d)\d{3,4}[ \u3000]\d{4})(?!\d)"
           r"|1[3-9]\d{9}(?!\d)|(?<!\d)1\d{4}(?!\d)")
# a stated number: the words naming it right before (`政策咨询电话：`, `监督举报电话为`), the office that
# answers it when a notice names one between (`报名咨询电话：县教育局人事科 5551234`), the number
STATED = re.compile(rf"(?P<label>[\u4e00-\u9fff]{{0,10}}?(?:电话|热线)(?:号码)?)\s*(?:[：:]|为|是)?\s*"
                     rf"(?:[\u4e00-\u9fff（）()]{{2,16}}\s*)?(?P<number>{_NUMBER})")
# the kinds of line a question may name; a question naming none is asked the number for questions first
_KINDS = (("咨询", re.compile(r"咨询|问|了解|办理")),
          ("监督", re.compile(r"监督|举报|投诉|反映")),
          ("联系", re.compile(r"联系")))
# the kinds a question may name outright (`举报电话`): only a number of that kind answers it
_NAMED_KINDS = (("咨询", re.compile(r"咨询")), ("监督", re.compile(r"监督|举报|投诉")))
# the person to contact a notice names with its number (`联系人：县教育局基教科　某某，联系电话：…`), asked
# together with it (`联系人和电话`): named in the number's sentence or the one before
_ASKS_PERSON = re.compile(r"联系人")
# (the colon may be left out, `…股联系人某某，电话…`; then no list word follows: `联系人和电话如下`)
_PERSON = re.compile(r"联系人\s*(?:[：:]\s*|(?![和及与、]))(?P<who>[^，,。；;\n：:]{2,30})")
_PERSON_REACH = 80  # characters before the number the person's line may start
FOOTER = re.compile(r"主办单位|网站标识码|ICP|版权所有|地址[：:]")  # a web page's footer line
_DOCUMENTS = 3  # the best-ranked documents searched for the number


class PhoneNumber:
    """The number to call a question asks for, quoted with its label from the best-ranked documents;
    an abstention when the kind named (咨询, 举报) is stated nowhere in them; None when no number is asked
    or none is stated."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if not asks_phone(query.norm):
            return None
        words = _named_words(query.norm)
        found = _stated(ask, ask.ranked_docs()[:_DOCUMENTS], set(words))
        if found is not None:
            return Draft(_said(ask, *found), False, ask.book.citations)
        if words:
            return ask.reader.abstain(f"文件中未找到{'、'.join(words.values())}电话。", ask.ranked)
        return None


class PhoneNumbers:
    """The numbers to call of several places asked together (`A的公告和B的细则的咨询电话各是`, `A和B各打什么热线
    了解`): one line per place, each from the best-ranked of that place's own documents (ranked by the words asked
    of it: its notice, its plan) that states one, never a count; None when no place's documents state one."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if len(query.regions) == 1 and asks_phone(query.norm):
            return _of_documents(ask)
        if len(query.regions) < 2 or not asks_phone(query.norm):
            return None
        named = set(_named_words(query.norm))
        own = place_asks(query)
        lines, answered = [], False
        for region in query.regions:
            name = normalize(region)
            docs = [d for d, doc in ask.reader.documents.items() if name in {normalize(r) for r in doc.meta.region}]
            asked = replace(query.narrowed(own[name]) if name in own else query, regions=[region])
            ranked = list(dict.fromkeys(h.chunk.doc_id for h in ask.search(asked, docs))) if docs else []
            found = _stated(ask, ranked[:_DOCUMENTS], named)
            answered = answered or found is not None
            lines.append(f"{name}：{_said(ask, *found).removeprefix(f'据{name}文件：') if found else MISSING}")
        return Draft("\n".join(lines), False, ask.book.citations) if answered else None


# the words a question asks of several documents with (`两个通知的联系人`, `这两个方案…各是`)
_SEVERAL_DOCUMENTS = re.compile(r"[两二三几]份|[两二三]个(?:文件|方案|通知)|各|分别")


def _of_documents(ask: Ask) -> Draft | None:
    """The number (and person) of each of one place's documents the question names by a word of its title (`甲方案和
    乙通知两份文件的联系电话`): one line per document, each its own; None unless two or more documents are so named,
    each by a word no other one's title holds, and the question asks of them apart (两份, 各)."""
    query = ask.query
    if not _SEVERAL_DOCUMENTS.search(query.norm):
        return None
    region = normalize(query.regions[0])
    titles = {d: normalize(doc.meta.title) for d, doc in ask.reader.documents.items()
              if region in {normalize(r) for r in doc.meta.region}}
    named = {d: [t for t in query.terms if len(t) >= 2 and _title_names(title, t)] for d, title in titles.items()}
    own = [d for d, terms in named.items()
           if any(all(not _title_names(titles[o], t) for o in named if o != d) for t in terms)]
    if len(own) < 2:
        return None
    words = set(_named_words(query.norm))
    found = [(d, f) for d in own if (f := _stated(ask, [d], words)) is not None]
    if not found:
        return None
    lines = [f"《{display(ask.reader.documents[d].meta.title)}》：{_said(ask, *f)}" for d, f in found]
    return Draft("\n".join(lines), False, ask.book.citations)


def _title_names(title: str, term: str) -> bool:
    """Whether a title names the term: as written, or each of its words in order with others between
    (a title's 安全与应急管理 for a question's 安全管理)."""
    parts = [w for w in words(term) if len(w) >= 2]
    if len(parts) < 2 and len(term) >= 4:  # one word to the segmenter: a compound of two-character words
        parts = [term[:2], term[2:]]
    return term in title or len(parts) >= 2 and bool(re.search(".*".join(map(re.escape, parts)), title))


def asks_phone(norm: str) -> bool:
    """Whether a question asks a number to call (not how many calls or lines)."""
    return bool(_ASKS_PHONE.search(norm) or _CALLS.search(norm) and not _COUNTS_CALLS.search(norm)
                or _ENDS_PHONE.search(norm) and not _ASKS_COUNT.search(norm))


def _named_words(norm: str) -> dict[str, str]:
    """The kinds of line the question names outright, each with the word naming it."""
    return {kind: m.group() for kind, rx in _NAMED_KINDS if (m := rx.search(norm))}


def _stated(ask: Ask, docs: list[str], named: set[str]) -> tuple[Document, re.Match[str]] | None:
    """The number of the first of `docs` stating one (of a kind `named`, when the question names one) that best
    fits the question, with its document."""
    for doc_id in docs:
        doc = ask.reader.documents[doc_id]
        text = simplified(doc.text)
        found = [m for m in STATED.finditer(text) if not _in_footer(text, m.start())]
        if named:
            # a notice's contact line (联系电话, a bare 电话 beside its 联系人) takes questions when it has no 咨询 line
            kinds = [named, named | {"联系", ""}] if "咨询" in named else [named]
            found = next((f for k in kinds if (f := [m for m in found if _kind(m.group("label")) in k])), [])
        if found:
            return doc, max(found, key=lambda m: (_fit(m.group("label"), ask.query.norm), -m.start()))
    return None


def simplified(text: str) -> str:
    """The text in Simplified characters at the same offsets (a notice in Traditional writes 聯繫電話), or as it
    is when the conversion changes its length."""
    simplified = to_simplified(text)
    return simplified if len(simplified) == len(text) else text


def _kind(label: str) -> str:
    """The kind of line a label names (咨询, 监督, 联系), '' when none."""
    return next((kind for kind, rx in _KINDS if rx.search(label)), "")


def _fit(label: str, asked: str) -> tuple[int, int, int]:
    """How well a number's label fits the question: its kind the one asked (a question naming none asks
    where to put questions, 咨询 first), then the characters of the label the question shares
    (资助咨询电话 for `申请资助要咨询该拨哪个号`)."""
    kind = _kind(label)
    asked_kinds = [k for k, rx in _KINDS if rx.search(asked)]
    order = [k for k, _ in _KINDS]
    first = asked_kinds[0] if asked_kinds else order[0]
    shared = len(set(normalize(label)) & set(asked) - set("电话热线号码"))
    return int(kind == first), shared, -order.index(kind) if kind in order else -len(order)


def _in_footer(text: str, at: int) -> bool:
    """Whether the line holding text[at] is a web page's footer (the site's sponsor, address, ICP)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return bool(FOOTER.search(text[start:end if end >= 0 else len(text)]))


def _said(ask: Ask, doc: Document, m: re.Match[str]) -> str:
    """The number with its label (and the person to contact, when asked), quoted from its sentence and cited."""
    hit = chunk_hit(ask.reader, doc, m.start())
    sentence = next(((a, b) for a, b in split_sentences(doc.text, hit.chunk.start, hit.chunk.end)
                     if a <= m.start() < b), (m.start(), m.end()))
    label = display(m.group("label"))
    # the area code's dash closed up, a local number's two groups kept apart as printed
    number = re.sub(r"\s+", " ", re.sub(r"\s*([-－—])\s*", r"\1", m.group("number")))
    person = _person(doc.text, m.start()) if _ASKS_PERSON.search(ask.query.norm) else None
    if person is not None:
        sentence = (min(sentence[0], person.start()), sentence[1])
    n = ask.book.cite(hit, *sentence)
    quoted = display(doc.text[slice(*sentence)])
    said = f"{label}：{number}"
    if person is not None:
        said = f"联系人：{display(person.group('who'))}；{said}"
    return f"{said}。依据{region_of(doc)}文件：“{quoted}”[{n}]"


def _person(text: str, at: int) -> re.Match[str] | None:
    """The contact person named last before the number at text[at], within a line's reach."""
    found = [p for p in _PERSON.finditer(text, max(0, at - _PERSON_REACH), at) if p.end() <= at]
    return found[-1] if found else None


# a question voicing disagreement with a result (`评上的人我不服`, `对结果有意见`) and asking whom to turn to
# (or thinking it wrong: `名次好像不对`)
_OBJECTS = re.compile(r"不服|不认可|不同意|不满意|有意见|有异议|不公平|不对|不准|弄错|搞错")
_WHOM = re.compile(r"找谁|向谁|跟谁|和谁|找哪|去哪|到哪|哪里|哪个部门|什么部门")
# the channel a notice of results opens for objections in its 公示期 (`如有异议，请以书面形式向…反映`): public
# notices of 职称评审, 招聘, 招生 and 评优 results print it, with the contact to reach after it
_OBJECTION = re.compile(r"异议|申诉")


class Objection:
    """Whom to turn to against a result the question disputes: the best-ranked notice's sentence taking
    objections and the contact stated after it, each quoted and cited; None when the question voices no
    objection or no leading document takes any."""

    def try_answer(self, ask: Ask) -> Draft | None:
        norm = ask.query.norm
        if not (_OBJECTS.search(norm) and _WHOM.search(norm)):
            return None
        for doc_id in ask.ranked_docs()[:_DOCUMENTS]:
            doc = ask.reader.documents[doc_id]
            sentences = split_sentences(doc.text, 0, len(doc.text))
            taken = next(((a, b) for a, b in sentences if _OBJECTION.search(doc.text, a, b)), None)
            if taken is None:
                continue
            quoted = [taken]
            text = simplified(doc.text)
            contact = next((m for m in STATED.finditer(text, taken[1]) if not _in_footer(text, m.start())), None)
            if contact is not None:
                at = contact.start()
                a, b = next(((a, b) for a, b in sentences if a <= at < b), (at, contact.end()))
                person = _person(doc.text, contact.start())
                quoted.append((min(a, person.start()) if person else a, b))
            cited = "".join(f"“{display(doc.text[a:b])}”[{ask.book.cite(chunk_hit(ask.reader, doc, a), a, b)}]"
                            for a, b in quoted)
            return Draft(f"据{region_of(doc)}文件：{cited}", False, ask.book.citations)
        return None
