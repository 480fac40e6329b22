"""Whether a document's rule for funding small schools meets the national one (`小规模学校…是否合规`).
The national rule (/work/shared/domain/standards.md, 政府保障程度; NATIONAL_RULE below) sets a count every small
school is funded as, not an amount: a county's notice restates it in its own terms (`不足N人的学校按M人拨付…`).
The rule meets it when the schools it covers include every one under the national size and it funds each as at
least the national count; both read from the rule's sentence, which is cited. No such sentence leaves it to the
other handlers.
"""
from __future__ import annotations

import re

from ingest.normalize import normalize
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.casejudged import verdict
from server.answer.draft import Draft
from server.answer.text import display, region_of
from server.schemas import Figure

NATIONAL_SIZE = 100  # schools with fewer pupils than this …
NATIONAL_COUNT = 100  # … are funded as if they had this many (standards.md)
NATIONAL_RULE = "不足100名学生的村小学和教学点按100名学生核定公用经费"
CANDIDATE_PASSAGES = 8  # leading passages whose sentences may set the rule

# a rule funding schools under a size as a count (`不足N名学生的…按M人拨付…`, `学生不满N人的X按M人核定…`)
_RULE = re.compile(r"(?:不足|不满|少于|低于)(?P<size>\d+)(?:名|个)?(?:学生|人)[^，,。；;]{0,24}?(?:按|以)"
                   r"(?P<count>\d+)(?:名学生|名|人)[^，,。；;]{0,6}?(?:核定|拨付|拨款|安排|计算|计拨)[^，,。；;]{0,6}?公用经费")
_ASKED = re.compile(r"公用经费")
_NATIONAL = re.compile(r"国家")
# the schools the rule is for, named by the question: a stage's or kind's 生均公用经费 asked against the national
# bar is a level, not this rule
_SMALL = re.compile(r"小规模|教学点|村小|(?:不足|不满|少于)\d*(?:名|个)?(?:学生|人)")


class SmallSchoolFunding:
    """Handler: a small schools' funding rule asked against the national one (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if not query.asked.compliance or not _ASKED.search(query.norm) or not _NATIONAL.search(query.norm) \
                or not _SMALL.search(query.norm):
            return None
        for hit in ask.ranked[:CANDIDATE_PASSAGES]:
            if hit.chunk.row_index is not None:
                continue
            text = ask.reader.documents[hit.chunk.doc_id].text
            for start, end in split_sentences(text, hit.chunk.start, hit.chunk.end):
                m = _RULE.search(normalize(text[start:end], drop_space=True))
                if m is None:
                    continue
                size, count = int(m.group("size")), int(m.group("count"))
                passed = size >= NATIONAL_SIZE and count >= NATIONAL_COUNT
                n = ask.book.cite(hit, start, end)
                doc = ask.reader.documents[hit.chunk.doc_id]
                answer = (f"{verdict(passed, query.norm)}：{region_of(doc)}文件规定“{display(text[start:end])}”[{n}]，"
                          f"即不足{size}名学生的学校按{count}人拨付；国家要求{NATIONAL_RULE}。")
                return Draft(answer, False, ask.book.citations,
                             [Figure(label="按人数拨付公用经费", value=count, unit="人", citation_ids=[n])])
        return None
