"""What befalls those meeting a condition, asked in plain words (`考核不合格的会怎样`, `…有什么后果`): rules and
measures (考核办法, 管理办法) state it in a sentence opening on the condition (`考核为不合格的，…不得…`), usually
under a heading of its own (结果运用, 责任追究). That sentence answers, cited — not the items of the section whose
words the question shares most (the assessment's content or procedure)."""
from __future__ import annotations

import re

from ingest.normalize import normalize
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.sections import chunk_hit
from server.answer.text import display, region_of

# a consequence asked: what happens to them (会怎样, 会怎么样, 有什么后果, 会受到什么处理)
_ASKS_CONSEQUENCE = re.compile(r"(?:会|将)(?:怎样|怎么样|如何)|有(?:什么|哪些)(?:后果|影响)|"
                               r"会(?:受到|被)(?:什么|哪些|怎样的?)(?:处理|处分|处罚)")
# the condition the question puts on them, closed by 的 before the asking words (`评估不达标的学校会怎么处理`): a
# negated state or a failing (不合格, 未达标, 没通过) read from its negation
_CONDITION = re.compile(r"((?:不|未|没有?)[\u4e00-\u9fff]{1,4}?)的[\u4e00-\u9fff]{0,4}?(?:会|将|有)")
# the words a rule states a consequence with: a bar, a loss, a sanction (《教师资格条例》, 考核办法's 结果运用)
_CONSEQUENCE = re.compile(r"不得|不能|不予|取消|撤销|暂停|停止|扣减|扣除|约谈|通报|追究|降低|降级|解聘|调离|"
                          r"一票否决|直接定为|限期(?:整改|改进)")
_DOCUMENTS = 2  # the leading documents searched


def _as_written(condition: str) -> list[str]:
    """The forms a document writes a negated condition in: 没/没有 are speech for 未."""
    return list(dict.fromkeys([condition, re.sub(r"^没有?", "未", condition)]))


class Consequence:
    """The sentence of a leading document that opens on the condition asked and states what follows from it;
    None when the question asks no consequence of a condition or no such sentence is found."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if not _ASKS_CONSEQUENCE.search(query.norm) or (asked := _CONDITION.search(query.norm)) is None:
            return None
        forms = _as_written(asked.group(1))
        for doc_id in ask.ranked_docs()[:_DOCUMENTS]:
            doc = reader.documents[doc_id]
            for start, end in split_sentences(doc.text, 0, len(doc.text)):
                said = normalize(doc.text[start:end], drop_space=True)
                opening = re.split(r"[，,；;：:]", said, maxsplit=1)[0]
                if any(f in opening for f in forms) and _CONSEQUENCE.search(said, len(opening)):
                    n = ask.book.cite(chunk_hit(reader, doc, start), start, end)
                    return Draft(f"据{region_of(doc)}文件：“{display(doc.text[start:end])}”[{n}]", False,
                                 ask.book.citations)
        return None
