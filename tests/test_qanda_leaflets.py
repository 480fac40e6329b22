"""Q&A leaflets and OCR'd notices over documents written here (real ingest, Service.ask): a 政策问答's
question line (`问三：…？`) is answered by the 答 lines after it, never quoted itself; a notice's sentence
that a line end cut after a comma is quoted whole; everyday words for private schools, parents from
elsewhere, oversubscription, hosting visitors and an uneasy mind become the documents' terms
(server/lexicon/plain_words.tsv)."""
import pytest

from ingest.normalize import normalize
from server.answer.text import answer_lines
from server.query import plain
from server.service import Service
from tests.written import service_over

LEAFLET = """岚溪县2026年义务教育招生入学政策问答
岚溪县教育局发布2026年5月6日
问一：今年小学什么时候报名？
答：小学一年级在网上报名，时间是6月8日至6月18日。问二：外来务工人员随迁子女需要什么条件？
答：父母一方在县城连续居住满2年并缴纳社保满12个月。
答：由县教育局统筹安排公办学位。
问三：民办学校报名人数超过计划怎么办？
答：报名人数超过招生计划时，由电脑随机派位录取。
"""

LETTER = """岚溪县2027年寒假安全致家长的一封信
尊敬的家长：
根据县教育局安排，全县中小学2027年1月20日开始放寒假，
2月19日学生返校报到，2月20日正式上课。
寒假期间县教育局安全值班电话：5512370（每天8:00－20:00）。
心理援助热线：6624180（24小时）。
岚溪县教育局
2027年1月12日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "qanda-leaflets",
                        {"lanxi-admission-qa-2026": LEAFLET, "lanxi-winter-letter-2027": LETTER})


def test_a_question_line_is_answered_by_its_answer_lines() -> None:
    text = "问一：几岁上学？\n答：满6周岁。\n答：由县里统一安排。\n问二：何时报名？\n答：6月。"
    asked = (0, text.index("\n"))
    a, b = answer_lines(text, asked, len(text)) or (0, 0)
    assert text[a:b] == "答：满6周岁。\n答：由县里统一安排。"
    assert answer_lines(text, (text.index("答"), text.index("\n", text.index("答"))), len(text)) is None
    # a question line with no 答 line after it is no leaflet's
    assert answer_lines("问：为什么？\n因为下雨。", (0, 6), 20) is None


def test_a_leaflets_condition_is_quoted_from_its_answer(service: Service) -> None:
    r = service.ask("在岚溪县打工的外地家长，孩子想在这边读书得满足啥")
    assert "连续居住满2年" in r.answer and "社保满12个月" in r.answer, r.answer
    assert "问二" not in r.answer


def test_a_leaflets_measure_is_its_answer(service: Service) -> None:
    r = service.ask("岚溪县私立学校想进的人太多了咋弄")
    assert "电脑随机派位" in r.answer, r.answer
    assert "问三" not in r.answer and "连续居住" not in r.answer


def test_a_sentence_cut_after_a_comma_is_quoted_whole(service: Service) -> None:
    r = service.ask("岚溪县中小学寒假后哪天返校？")
    assert "2月19日学生返校报到" in r.answer, r.answer


def test_an_uneasy_mind_asks_for_the_psychological_line(service: Service) -> None:
    r = service.ask("娃娃心里不痛快想找人说说，岚溪县有啥电话能打")
    assert "6624180" in r.answer and "5512370" not in r.answer, r.answer


@pytest.mark.parametrize(("everyday", "official"), [
    ("私立学校想进的人太多了", "民办学校报名人数超过招生计划了"),
    ("外地家长要准备什么", "随迁子女家长要准备什么"),
    ("教育局招待来客花了多少钱", "教育局公务接待花费多少元"),
    ("孩子心里不舒服找谁", "孩子心理困扰找谁"),
])
def test_everyday_words_become_the_documents_terms(everyday: str, official: str) -> None:
    assert plain(normalize(everyday)) == official
