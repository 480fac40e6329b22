"""The total of a list of projects asked without naming them (`专栏里那几个工程总投资加起来多少`, `重点项目一共投资
多少`): plans set their key projects as a numbered list (a 专栏 box, `1.…工程：…，总投资1.2亿元。2.…`), each with
its own amount under one money word, and state no total. The amounts the passage states under the money word
the question asks are added, each cited with the formula; an item stating none is left out and said so. When a
passage of that document on the question states the projects' total itself (`共实施X项工程，总投资N亿元`,
`以上工程投资合计N亿元`), that figure is the answer a lookup quotes: adding the items could only disagree with it."""
from __future__ import annotations

import re

from figures.compute import ComputeError, Operand, total
from figures.direction import alternation
from figures.numbers import find_quantities
from ingest.normalize import normalize, pauses
from server.answer.base import Ask
from server.answer.draft import Claim, Draft
from server.answer.text import computed_figure, display, flat, region_of
from server.operation import SUM_ASKED, asked_items

_SUM = re.compile(alternation(SUM_ASKED))
_LIST = re.compile(r"专栏|工程|项目")  # the things a plan lists with an amount each
_MONEY = re.compile(r"总投资|投资额|投资|资金|经费|投入")
_ITEM = re.compile(r"(?:^|[\s。；;])(?:[1-9]\d?[.．、]|[（(][一二三四五六七八九十\d]+[)）])")  # `1.`, `（一）`
_CLAUSE_START = re.compile(pauses("，；;。：:"))
_SENTENCE_START = re.compile(r"[。；;\n]")
# a total said as such: a word of summing anywhere in the sentence before the amount (`共实施12项工程，总投资…`,
# `以上工程合计投资…`), not the 共 of 公共
_TOTAL_SAID = re.compile(r"(?<!公)共|合计|总计|累计|上述|以上(?:工程|项目)")
COVER_MIN = 0.5  # share of the question's key terms the passage must hold
CANDIDATE_PASSAGES = 8


class ProjectsTotal:
    """Handler: Σ of the amounts a numbered list of projects states under the money word asked (module doc).
    None unless one passage states at least two, in as many numbered items."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        norm = query.norm
        sum_word = _SUM.search(norm)
        money = _MONEY.search(norm) if sum_word else None
        if money is None or not _LIST.search(norm) or len(query.asks) > 1 or query.asked.compliance \
                or asked_items(norm):  # the things named: a sum of those (ListedTotal, lookups)
            return None
        word = money.group()
        passages = []
        for hit in ask.ranked[:CANDIDATE_PASSAGES]:
            text = reader.documents[hit.chunk.doc_id].text
            s, e = hit.chunk.start, hit.chunk.end
            found = []
            for q in find_quantities(text[s:e]):
                if q.unit != "元" or not q.is_measure:
                    continue
                left = max((m.end() for m in _CLAUSE_START.finditer(text, s, s + q.start)), default=s)
                if flat(normalize(text[left:s + q.start])).rstrip("为达约共计").endswith(word):
                    found.append((q, left))
            passages.append((hit, text, found))
        # the documents a passage on the question states the projects' total in: that figure is their answer
        totalled = {hit.chunk.doc_id for hit, text, found in passages
                    if any(_states_total(text, hit.chunk.start, q.start) for q, _ in found)
                    and reader.coverage(query, flat(normalize(text[hit.chunk.start:hit.chunk.end])))[0] >= COVER_MIN}
        for hit, text, found in passages:
            if hit.chunk.doc_id in totalled:
                return None
            s, e = hit.chunk.start, hit.chunk.end
            marks = [m.end() for m in _ITEM.finditer(text, s, e)]
            items = len(marks)
            # one amount per item, none before the first: a total the passage states beside its items is no item
            owner = [sum(at <= s + q.start for at in marks) for q, _ in found]
            if len(found) < 2 or 0 in owner or len(set(owner)) < len(owner) or \
                    reader.coverage(query, flat(normalize(text[s:e])))[0] < COVER_MIN:
                continue
            operands = [Operand(label=f"{word}{i + 1}", value=q.value, unit=q.unit, unit_as_written=q.unit_as_written,
                                decimals=q.decimals,
                                source={"kind": "passage", "start": s + q.start, "end": s + q.end, "text": q.text})
                        for i, (q, _) in enumerate(found)]
            try:
                result = total(operands, label=f"各项{word}合计")
            except ComputeError:
                return None
            n = ask.book.cite(hit, s, e)
            doc = reader.documents[hit.chunk.doc_id]
            left_out = f"（列出的{items}项中有{items - len(found)}项未写{word}）" if items > len(found) else ""
            quoted = display(text[s:e])
            return Draft(f"{result.label}：{result.formula}{left_out}[{n}]。依据{region_of(doc)}文件：“{quoted}”[{n}]",
                         False, ask.book.citations, [computed_figure(result, n)],
                         [Claim(result.unit, result.label, hit, (s, e), True)])
        return None


def _states_total(text: str, start: int, at: int) -> bool:
    """Whether the amount at `at` (offset in the passage from `start`) is a total the sentence says it is,
    outside a numbered item (an item's own `共新增学位…` sums only that item)."""
    left = max((m.end() for m in _SENTENCE_START.finditer(text, start, start + at)), default=start)
    before = text[left:start + at]
    return _ITEM.match(before.lstrip()) is None and _TOTAL_SAID.search(before) is not None
