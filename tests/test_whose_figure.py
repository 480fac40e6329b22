"""Whose figure a sentence states, on documents written here: a figure of a 其中 breakdown (or of the parts
after a frame `N名X中，`) is its part's, never the whole's; the frame's figure is the whole's, never a part's the
sentence states apart; an `A或B` count is neither A's nor B's alone. Money asked is never answered by a count,
an area or a time, time asked never by money; a comparison of places one of which states no figure says whose
documents lack it and ranks nothing; 生师比 asked by its name, by 师生比 or by what it means is one ratio. Once a
check refused one handler's figure, a later handler answers only with a figure of the indicator asked."""

import pytest

from server.answer.base import Ask
from server.answer.compose import Composer
from server.answer.draft import Claim, Draft
from server.answer.whosefigure import conflict, whose
from server.intent import classify
from server.service import Service
from tests.written import first_figure, service_over

TEACHERS = """岚溪县2025年教师队伍建设情况报告
岚溪县教育局
2025年6月3日

一、队伍规模

全县共有在编教师2360人，其中音乐美术教师185人、心理健康教师42人。今年新招聘教师96人。其中，乡村学校任教的61人。
在1480名参加年度考核的教师中，考核优秀的296人、考核合格的1160人。获评县级或市级教学能手的教师73人。

二、经费保障

全年教师培训经费共投入320万元，培训周期为3年。学前三年毛入园率为96.2%。
"""

BULLETIN = """苇塘县2025年教育事业发展统计公报
苇塘县教育局
2026年3月2日

2025年，全县小学在校生12600人，小学专任教师840人。普惠性幼儿园覆盖率达到91.5%，学前三年毛入园率为94.0%。
城东小学新建教学楼，建筑面积1.2万平方米，建设工期18个月。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "whose-figure", {"lanxi-teachers": TEACHERS, "weitang-bulletin": BULLETIN})


def _whose(sentence: str, figure: str, question: str) -> str:
    return conflict(question, whose(sentence, sentence.index(figure)))


@pytest.mark.parametrize("sentence,figure,question", [
    ("全镇有幼儿园教师430人，其中持证的392人。", "392人", "全镇幼儿园教师有多少人"),
    ("去年补充教师120名。其中，紧缺学科教师45名。", "45名", "去年补充了多少名教师"),
    ("在2100名受资助学生中，寄宿生1300人、走读生800人。", "1300人", "受资助学生有多少人"),
])
def test_a_part_is_no_answer_for_its_whole(sentence: str, figure: str, question: str) -> None:
    assert "其中" in _whose(sentence, figure, question)


@pytest.mark.parametrize("sentence,figure,question", [
    ("全镇有幼儿园教师430人，其中持证的392人。", "392人", "全镇持证的幼儿园老师有多少人"),
    ("全镇有幼儿园教师430人，其中持证的392人。", "430人", "全镇幼儿园教师共有多少人"),
    ("在2100名受资助学生中，寄宿生1300人、走读生800人。", "2100名", "受资助学生一共多少人"),
    ("农村学生或城镇困难学生共计560人。", "560人", "农村学生或城镇困难学生有多少"),
    ("全县有学校31所，其中寄宿的学生4200人。", "4200人", "寄宿学生有多少人"),  # another unit: no whole of it
])
def test_the_figure_of_what_is_asked_is_kept(sentence: str, figure: str, question: str) -> None:
    assert _whose(sentence, figure, question) == ""


def test_the_whole_is_no_answer_for_a_part_stated_apart() -> None:
    assert "不是其中“走读生”" in _whose("在2100名受资助学生中，寄宿生1300人、走读生800人。", "2100名", "走读生有多少人")


@pytest.mark.parametrize("sentence,question", [
    ("获评区级或市级优秀班主任的教师58人。", "获评市级优秀班主任的有多少人"),
    ("农村学生或城镇困难学生共计560人。", "农村学生有多少"),
    ("其余310人由家长接送或步行上学。", "步行上学的有多少人")])
def test_a_joint_count_is_no_answer_for_one_side(sentence: str, question: str) -> None:
    figure = next(f for f in ("58人", "560人", "310人") if f in sentence)
    assert "合在一起" in _whose(sentence, figure, question)


def test_a_listed_count_answers_for_the_body_its_groups_make_up() -> None:
    sentence = "县教育局选派15名退休教师和心理咨询师组成讲师团，到校辅导40次。"
    assert _whose(sentence, "15名", "县里心理咨询周讲师团有几个人") == ""
    assert "合在一起" in _whose(sentence, "15名", "心理咨询师有几个人")


@pytest.mark.parametrize("question,value", [("岚溪县共有在编教师多少人", 2360), ("岚溪县今年新招聘了多少名教师", 96),
                                            ("岚溪县参加年度考核的教师有多少人", 1480),
                                            ("岚溪县考核合格的教师有多少人", 1160),
                                            ("岚溪县心理健康教师有多少人", 42)])
def test_each_figure_answers_its_own_group(service: Service, question: str, value: float) -> None:
    assert first_figure(service.ask(question))[0] == value


def test_one_side_of_a_joint_count_is_not_stated(service: Service) -> None:
    r = service.ask("岚溪县获评市级教学能手的教师有多少人")
    assert r.abstained and not any(f.value == 73 for f in r.figures), r.answer


@pytest.mark.parametrize("question", ["岚溪县教师培训花了多少钱", "岚溪县教师培训经费投入多少万元"])
def test_money_asked_is_money(service: Service, question: str) -> None:
    assert first_figure(service.ask(question)) == (320, "万元")


@pytest.mark.parametrize("question", ["苇塘县小学在校生一共花了多少钱", "苇塘县城东小学新建教学楼花了多少钱",
                                      "苇塘县城东小学教学楼投资多少万元"])
def test_money_asked_is_never_a_count_an_area_or_a_time(service: Service, question: str) -> None:
    r = service.ask(question)
    assert r.abstained and not r.figures, r.answer


def test_time_asked_is_never_money(service: Service) -> None:
    r = service.ask("岚溪县教师培训要多长时间")
    assert not r.abstained and r.figures[0].value == 3, r.answer
    assert "320" not in r.answer.split("依据")[0], r.answer


@pytest.mark.parametrize("question", ["岚溪县和苇塘县的普惠性幼儿园覆盖率哪个高？",
                                      "岚溪县比苇塘县普惠性幼儿园覆盖率高多少",
                                      "苇塘县的普惠性幼儿园覆盖率比岚溪县高几个百分点"])
def test_a_comparison_names_the_place_without_a_figure(service: Service, question: str) -> None:
    r = service.ask(question)
    lines = r.answer.splitlines()
    assert any(line.startswith("苇塘县") and "91.5" in line for line in lines), r.answer
    assert any(line.startswith("岚溪县") and "文件中未找到" in line for line in lines), r.answer
    assert "无法比较" in r.answer and "96.2" not in r.answer, r.answer


@pytest.mark.parametrize("question", ["岚溪县比苇塘县普惠性幼儿园覆盖率高多少",
                                      "岚溪县和苇塘县的普惠性幼儿园覆盖率哪个高？"])
def test_a_comparison_short_of_a_side_is_no_confident_answer(service: Service, question: str) -> None:
    r = service.ask(question)  # one side's figure is given for reference: the comparison asked is not answered
    assert r.abstained and not r.figures, r.answer


def test_a_gap_asked_by_one_side_over_the_other(service: Service) -> None:
    r = service.ask("岚溪县的学前三年毛入园率比苇塘县高多少")
    assert not r.abstained and any(abs(f.value - 2.2) < 1e-6 for f in r.figures), r.answer


@pytest.mark.parametrize("question", ["苇塘县小学生师比是多少", "苇塘县小学师生比是多少",
                                      "苇塘县小学一名老师平均带几个学生", "苇塘县小学平均几个孩子配一个老师"])
def test_the_ratio_asked_by_what_it_means(service: Service, question: str) -> None:
    assert first_figure(service.ask(question))[0] == 15


@pytest.mark.parametrize("question", ["多少个学生对应一名专任教师", "每位教师负责多少名幼儿", "师生比是多少"])
def test_ratio_wordings(question: str) -> None:
    assert classify(question, {"compute"}).per == "生师比"


class _States:
    """A handler answering with one figure standing in `context`."""

    def __init__(self, context: str):
        self.context = context

    def try_answer(self, ask: Ask) -> Draft:
        return Draft(f"42人。{self.context}", False, claims=[Claim("人", self.context, None, (0, 0))])  # type: ignore[arg-type]


class _RefusesTheFirst:
    """A check refusing the first answer it sees and passing every later one."""

    def __init__(self) -> None:
        self.seen = 0

    def check(self, ask: Ask, draft: Draft, mark: int = 0) -> Draft:
        self.seen += 1
        return Draft("文件中未找到所问的数。", True) if self.seen == 1 else draft


@pytest.mark.parametrize("later,answers", [("全县心理健康教师42人", True), ("全县新招聘教师42人", False)])
def test_after_a_refusal_only_the_indicator_asked_answers(service: Service, later: str, answers: bool) -> None:
    composer = Composer(service.index.documents, service.index.chunks, [])
    composer.handlers = (_States("全县心理健康教室42间"), _States(later))
    composer.verifier = _RefusesTheFirst()  # type: ignore[assignment]
    query = service.analyse("岚溪县心理健康教师有多少人")
    draft = composer.compose(query, [], service.search, None)
    assert draft.abstained != answers, draft.answer
