"""Several things asked at once, targets asked by their deadline, and problems asked, on documents written
here (real ingest, Service.ask): each item of a list of indicators in different units answered with its own
figure and citation, an item no document states named as not found; a deadline written after the place
that sets it shared by every item; a count asked of all answered by the whole, not the `其中` part; a level
asked with its deadline (`哪年要达到多少`) answered with both; the problems a report lists under a heading
naming them (存在的问题, 困难和不足), each item as the document marks it."""
import pytest

from server.answer.text import marked_items
from server.intent import asks
from server.service import Service
from tests.written import service_over

BULLETIN = """柘岭市2025年教育事业发展统计公报
柘岭市教育局 2026年3月10日
一、学前教育
全市学前教育普及普惠率为91.4%，比上年提高0.8个百分点。全市共有备案托育机构236家。
二、经费投入
全年投入学前教育专项资金3.6亿元，较上年增长5.2%。
三、联盟办学
全市7个城乡学校联盟共覆盖中小学41所，其中山区学校26所，惠及学生3.4万人。联盟累计开展送教课628节。
"""
OPINIONS = """桐溪县关于加强中小学心理健康教育的实施意见
桐溪县教育局 2025年9月1日
一、现状
截至2025年6月，全县中小学心理健康教师配备率为72%，课后服务参与率为76.5%。
二、目标
到2028年，全县中小学心理健康教师配备率达到100%，建成县级劳动教育实践基地12个。
三、存在的主要问题
一是专职心理教师数量不足，农村学校多由班主任兼任；二是心理辅导室建设标准偏低，设备陈旧；三是家校协同机制尚不健全。
四、保障措施
加强经费保障，力争到2027年6月，全县课后服务参与率达到98%以上。
"""
REVIEW = """枫泾区学前教育三年行动计划中期评估报告
枫泾区教育局 2025年12月5日
一、进展情况
三年来新建公办幼儿园9所，新增学位2700个。
二、困难和不足
对照行动计划，仍有差距：①保教人员结构性缺编，男性教师比例偏低，②部分民办园收费偏高，③医育结合服务覆盖面窄。
三、下一步工作
加快补齐短板，持续扩大普惠资源。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "asks-targets",
                        {"zheling-bulletin-2025": BULLETIN, "tongxi-opinions-2025": OPINIONS,
                         "fengjing-review-2025": REVIEW})


def test_items_in_different_units_each_answered_with_their_own_citation(service):
    answer = service.ask("柘岭市2025年学前教育普及普惠率、备案托育机构数量和学前教育专项资金分别是多少？")
    assert not answer.abstained, answer.answer
    direct = answer.answer.split("依据")[0]
    assert all(v in direct for v in ("91.4%", "236家", "3.6亿元")), answer.answer
    assert len(answer.citations) >= 2, answer.answer


def test_an_item_no_document_states_is_named_the_others_answered(service):
    answer = service.ask("柘岭市2025年学前教育普及普惠率、备案托育机构数量和幼儿园保育员人数分别是多少？")
    assert not answer.abstained, answer.answer
    assert "91.4%" in answer.answer and "236家" in answer.answer, answer.answer
    assert "文件中未找到" in answer.answer and "保育员" in answer.answer, answer.answer


def test_a_count_asked_of_all_is_the_whole_not_its_part_and_lessons_are_counted(service):
    answer = service.ask("柘岭市城乡学校联盟覆盖多少所学校、惠及多少学生、开展了多少节送教课？")
    direct = answer.answer.split("依据")[0]
    assert "41所" in direct and "26所" not in direct, answer.answer
    assert "3.4万人" in direct and "628节" in direct, answer.answer


def test_a_deadline_after_the_place_setting_it_is_every_items():
    assert asks("乙县计划到2028年心理教师配备率和实践基地数量分别达到多少") == [
        "乙县计划到2028年心理教师配备率达到多少", "乙县计划到2028年实践基地数量达到多少"]
    # a 、 only lists: the 及 of a verb after it (惠及) cuts nothing
    assert asks("联盟覆盖多少所学校、惠及多少学生") == ["联盟覆盖多少所学校", "惠及多少学生"]


def test_items_with_a_shared_deadline_answered_from_the_target_sentence(service):
    answer = service.ask("桐溪县计划到2028年心理健康教师配备率和县级劳动教育实践基地数量分别达到多少？")
    direct = answer.answer.split("依据")[0]
    assert "100%" in direct and "12个" in direct, answer.answer
    assert "72%" not in direct  # the present level is no target


@pytest.mark.parametrize("question", ["桐溪县课后服务参与率哪年要达到多少？",
                                      "桐溪县打算什么时候把课后服务参与率提高到多少？"])
def test_a_deadline_and_a_level_asked_together_are_answered_together(service, question):
    answer = service.ask(question)
    direct = answer.answer.split("依据")[0]
    assert "2027年6月" in direct and "98%" in direct, answer.answer
    assert "76.5%" not in answer.answer


def test_problems_asked_are_the_items_under_the_heading_naming_them(service):
    answer = service.ask("桐溪县中小学心理健康教育存在哪些问题？")
    assert not answer.abstained, answer.answer
    assert all(p in answer.answer for p in ("专职心理教师数量不足", "心理辅导室建设标准偏低", "家校协同机制")), \
        answer.answer
    assert answer.answer.count("[") >= 3  # each item cited


def test_problems_asked_in_other_words_than_the_heading_and_marked_inside_a_sentence(service):
    answer = service.ask("枫泾区学前教育行动计划推进中有哪些短板？")
    assert not answer.abstained, answer.answer
    lines = [line for line in answer.answer.splitlines() if line.startswith(("①", "②", "③"))]
    assert len(lines) == 3, answer.answer
    assert "缺编" in lines[0] and "收费偏高" in lines[1] and "医育结合" in lines[2], answer.answer


@pytest.mark.parametrize(("text", "items"), [
    ("有三点：一是教师缺编，二是经费不足，三是场地紧张。", ["一是教师缺编", "二是经费不足", "三是场地紧张。"]),
    ("①扩容；②提质；③强师。", ["①扩容", "②提质", "③强师。"]),
    ("（一）扩大资源。（二）提升质量。", ["（一）扩大资源。", "（二）提升质量。"]),
    ("第一，扩容。第二，提质。", ["第一，扩容。", "第二，提质。"]),
    ("1.扩容。2.提质。", ["1.扩容。", "2.提质。"]),
    ("达到3.5%，共2所。", []),  # a decimal and a count are no list marks
])
def test_each_list_mark_opens_an_item_up_to_the_next(text, items):
    assert [text[a:b] for a, b in marked_items(text, 0, len(text))] == items
