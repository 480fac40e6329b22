"""What `除A外` sets aside before a figure (`寄宿生中，除享受A外，每生另补助B元`) is no figure of A, also when
a scope opens the sentence before 除 and the figure's words start at 除; the opener-less `A以外的Y` names a
rest of its own and sets nothing aside. Sentences written here (invented subsidies and figures)."""
from types import SimpleNamespace
from typing import Any

from server.answer.askedkind import _set_aside


def _check(sentence: str, context: str, terms: list[str]) -> str:
    reader: Any = SimpleNamespace(documents={"doc": SimpleNamespace(text=sentence)})
    query: Any = SimpleNamespace(norm="学生营养餐补助每生每学期多少钱", terms=terms)
    claim: Any = SimpleNamespace(hit=SimpleNamespace(chunk=SimpleNamespace(doc_id="doc", row_index=None)),
                                 span=(0, len(sentence)), context=context, unit="元")
    return _set_aside(reader, query, claim)


def test_a_scope_before_chu_still_sets_the_part_aside():
    sentence = "住校生中，除按规定享受学生营养餐补助外，每生每学期另补助交通费250元。"
    context = "除按规定享受学生营养餐补助外，每生每学期另补助交通费250元"
    assert _check(sentence, context, ["学生营养餐补助"]).startswith("它是“按规定享受学生营养餐补助”以外另给的数")


def test_a_rest_named_without_an_opener_sets_nothing_aside():
    sentence = "享受学生营养餐补助以外的住校生每生每学期补助交通费250元。"
    assert _check(sentence, sentence.rstrip("。"), ["学生营养餐补助"]) == ""
