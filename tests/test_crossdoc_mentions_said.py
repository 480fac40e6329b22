"""`哪些县提到了X`: a document is listed only for a passage that names X — literally (in either script), by a
share stated as `占…的11.9%` when X is a 比例, or by a word near it in meaning that is itself specific (not
学校, which every document uses, for 托管) — and the sentence quoted for it is the one stating X with a
figure rather than a short topic line opening the passage (`第四，办好暑期托管。`)."""
from __future__ import annotations

import pytest

from ingest.models import Chunk, DocMeta, Document, Section
from ingest.normalize import normalize
from server.answer.crossdoc import _fuller_sentence, _names_specific
from server.answer.evidence import Reader
from server.query import analyse
from server.regions import RegionCatalog
from server.retrieve import Hit


def _chunk(doc: str, text: str) -> Chunk:
    return Chunk(f"{doc}#c1", doc, text, normalize(text), 0, len(text), "")


LIBRARY = {
    "a": "第四，办好暑期托管。全县开设托管班的学校有64所，参加学生1.1万人。下周起逐校检查托管。",
    "b": "城區小學暑假開辦託管，每週五天，每天三小時。",
    "c": "五、残疾儿童入学。适龄残疾儿童经评估后就近安排入学，各学校应予接收。",
    "d": "本年度参加交流轮岗的教师有96名，占应交流教师810名的11.9%。",
    "e": "交流轮岗工作稳步推进，学校之间师资更加均衡。",
    "f": "各学校健全安全制度，学校食堂全部达标，学校校车按期年检。",
    "g": "近两年，交流轮岗教师在应交流教师中所占比例依次是9.8%和10.6%。",
}


class _NearAll:
    """Near words as an embedding may give them: 学校 close to 托管 (schools run it)."""

    def near(self, term: str, text: str) -> tuple[str, float] | None:
        return ("学校", 0.84) if "学校" in text else None


# passages of other documents: 学校 is a word nearly every passage uses
OTHERS = {f"z{n}": f"第{n}批学校完成标准化建设，学校办学条件改善。" for n in range(16)}


def _reader(near: object | None = None) -> Reader:
    return Reader({}, [_chunk(d, t) for d, t in {**LIBRARY, **OTHERS}.items()], near)  # type: ignore[arg-type]


def _names(reader: Reader, question: str, doc: str) -> bool:
    query = analyse(question, RegionCatalog({}))
    chunk = _chunk(doc, LIBRARY[doc])
    return _names_specific(reader, query, Hit(0, chunk, 1.0))


@pytest.mark.parametrize("question", ["哪几个县的文件说到了托管", "哪些文件提到托管？"])
def test_a_thing_is_named_literally_in_either_script_and_not_by_a_common_word_near_it(question: str):
    reader = _reader(_NearAll())
    assert _names(reader, question, "a") and _names(reader, question, "b")
    assert not _names(reader, question, "c") and not _names(reader, question, "f")


@pytest.mark.parametrize("question", ["有哪些县讲到了交流轮岗的比例", "哪些文件提到了交流轮岗教师占比"])
def test_a_share_is_named_by_its_percentage_of_a_whole(question: str):
    reader = _reader()
    assert _names(reader, question, "d") and _names(reader, question, "g")


def _document(doc_id: str, text: str, sections: list[Section] | None = None) -> Document:
    return Document(doc_id, text, DocMeta(), sections or [])


def test_the_sentence_stating_the_thing_with_a_figure_is_quoted_not_its_topic_line():
    text = LIBRARY["a"]
    chunk = _chunk("a", text)
    start, end = _fuller_sentence(_document("a", text), chunk, (0, text.index("。") + 1), ["托管"])
    assert text[start:end] == "全县开设托管班的学校有64所，参加学生1.1万人。"
    # a sentence long enough to say something is kept
    long_text = "全县开设托管班的学校有64所，参加学生1.1万人，覆盖城乡各学段。另有社区托管点3个。"
    assert _fuller_sentence(_document("x", long_text), _chunk("x", long_text), (0, long_text.index("。") + 1),
                            ["托管"]) == (0, long_text.index("。") + 1)
    # a topic line with no later sentence naming the term with a figure stays what is quoted
    short = "三是暑期托管。提高服务质量。"
    assert _fuller_sentence(_document("y", short), _chunk("y", short), (0, 7), ["托管"]) == (0, 7)


def test_a_section_heading_naming_the_thing_is_quoted_with_its_body_first_sentence():
    text = "二、寄宿生入住\n须由家长签订住宿协议\n并提交体检证明，由学校统一安排床位。\n三、其他\n另行通知。"
    heading_end = text.index("\n")
    section = Section("二、寄宿生入住", 1, 0, text.index("三、"), ["二、寄宿生入住"])
    doc = _document("h", text, [section])
    start, end = _fuller_sentence(doc, _chunk("h", text), (0, heading_end), ["寄宿生"])
    assert text[start:end] == "二、寄宿生入住\n须由家长签订住宿协议\n并提交体检证明，由学校统一安排床位。"
    # the same short line that heads no section is quoted as it is
    plain = _document("p", text)
    assert _fuller_sentence(plain, _chunk("p", text), (0, heading_end), ["寄宿生"]) == (0, heading_end)
