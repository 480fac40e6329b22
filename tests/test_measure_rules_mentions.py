"""Rules, duties and mentions on documents written here: a question asking a list of rules or duties
(`有哪些规定`, `要做哪些事`, `经费能花在哪些方面`) is answered by the items that state them — an item set as a
heading of its own quoted with its whole content — never by one figure of a sentence; `哪些材料提到了X`
lists every document naming X, in either script, quoted or not, with a prefix or a word left out; and
a comparison of places closing on `X哪个更高` asks each place its X."""
from __future__ import annotations

import pytest

from server.answer.crossdoc import _Lines, _trailing_ranking_asked, targets_beside_achieved
from server.intent import intents_of
from server.mentions import MENTIONED, letters, may_name, names_near
from server.query import analyse
from server.regions import RegionCatalog
from server.service import Service
from tests.written import service_over

NOTICE = """柳塘县教育局关于做好2026年春季学期校车安全管理工作的通知
柳教发〔2026〕3号
各中小学校：
为保障学生乘车安全，现将有关事项通知如下。
一、基本情况
全县现有校车64辆，每日接送学生3120人。校车运营补助标准为每车每月800元。
二、工作要求
（一）规范补助资金使用。校车运营补助资金只能用于驾驶员培训和车辆维护保养，不得挪作他用。各校应于每季度末在校务公开栏公示资金使用明细。
（二）严格驾驶员管理。驾驶员须持有校车驾驶资格，每学期参加安全培训不少于8学时。
（三）推进“智慧+随车照管”建设。2026年6月底前所有校车配备随车照管员并接入监控平台。
柳塘县教育局
2026年2月20日
"""

PLAN = """柳塘县乡村教师支持计划实施方案（2026—2028年）
一、总体目标
到2028年，乡村教师队伍结构明显优化。
二、主要任务
（一）稳定乡村教师队伍
一是落实周转宿舍。新建乡村教师周转宿舍120套，优先保障新入职教师。二是提高生活补助。乡村教师生活补助每人每月不低于500元。三是拓宽发展通道。职称评聘向乡村学校倾斜，每年培训乡村骨干教师200名。
（二）改善办学条件
一是改造薄弱学校。改造乡村小规模学校18所。二是配齐教学设备。
"""

NEWS_TRADITIONAL = """石泉鎮中心學校推行隨車照管　家長放心
本學期起，石泉鎮中心學校所有校車實行隨車照管，每車配備一名照管員。學校新建教師宿舍建設補助到位，共計42萬元。
"""

NEWS_OTHER = """柳塘县召开春季开学工作会议
会议要求各校做好开学准备，保障学生安全。宿舍安全检查要到位，补助资金要按时发放。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "measure-rules",
                        {"liutang-bus-notice-2026": NOTICE, "liutang-teacher-plan-2026": PLAN,
                         "shiquan-news-2026": NEWS_TRADITIONAL, "liutang-meeting-2026": NEWS_OTHER})


@pytest.mark.parametrize("question", ["某县专项经费管理定了哪些规定？", "学校要做哪些事", "这项经费能花在哪些方面",
                                      "定了哪些考核要求"])
def test_rules_and_duties_asked_as_a_list_are_a_measure_question(question: str):
    assert "measure" in intents_of(question)


@pytest.mark.parametrize("question", ["对课后服务参与率有什么要求", "生师比要求是多少"])
def test_a_requirement_asked_of_one_measured_thing_is_not(question: str):
    assert "measure" not in intents_of(question)


@pytest.mark.parametrize("question", ["哪些乡镇规定了寄宿生的生活补助标准", "哪些幼儿园要求家长缴纳伙食费"])
def test_which_places_a_rule_is_set_by_is_no_list_of_rules(question: str):
    assert "measure" not in intents_of(question)


@pytest.mark.parametrize("question", ["这批经费都用到哪些地方了", "专项资金投向哪些方面", "补助款用于哪些方面"])
def test_where_money_goes_is_a_list_of_uses_never_places_compared(question: str):
    assert intents_of(question) == {"measure"}


@pytest.mark.parametrize("question", ["柳塘县对校车运营补助的用途提出了哪些要求？",
                                      "柳塘县发给校车的运营补助能花在哪些方面"])
def test_rules_are_the_items_whole_content_never_a_figure(service: Service, question: str):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert not answer.answer.startswith("800元"), answer.answer
    # the item set as a heading of its own, with both of its sentences
    for said in ("不得挪作他用", "每季度末"):
        assert said in answer.answer, answer.answer
    assert "驾驶员须持有" not in answer.answer, answer.answer  # the next item is another rule


def test_duties_are_every_item_of_the_section(service: Service):
    answer = service.ask("柳塘县稳定乡村教师队伍要做哪些事？")
    assert not answer.abstained, answer.answer
    for item in ("周转宿舍120套", "不低于500元", "200名"):
        assert item in answer.answer, answer.answer
    assert "小规模学校" not in answer.answer, answer.answer


def test_what_a_mention_question_asks_about_ends_at_its_first_pause():
    m = MENTIONED.search("有哪几所学校的简报提到了课后托管服务?分别怎么说?")
    assert m is not None and m.group(1) == "课后托管服务"


def test_a_thing_named_with_small_variations():
    thing = letters("“随车照管”")
    assert names_near(thing, letters("推进“智慧+随车照管”建设"))  # a prefix, quotes
    assert names_near(thing, letters("所有校車實行隨車照管"))  # the other script
    wanted = letters("教师周转宿舍建设补助")
    assert names_near(wanted, letters("學校新建教師宿舍建設補助到位"))  # one word left out
    assert not names_near(wanted, letters("宿舍安全检查要到位"))
    assert not names_near(wanted, letters("补助资金要按时发放"))
    assert may_name(wanted, letters("新建教师宿舍建设补助到位，共计42万元"))
    assert not may_name(wanted, letters("会议要求各校做好开学准备"))


def test_every_document_naming_the_thing_is_listed(service: Service):
    answer = service.ask("哪些材料提到了“随车照管”？")
    assert not answer.abstained, answer.answer
    cited = {c.doc_id for c in answer.citations}
    assert {"liutang-bus-notice-2026", "shiquan-news-2026"} <= cited, answer.answer
    assert "liutang-meeting-2026" not in cited, answer.answer


def test_a_document_naming_the_thing_with_a_word_left_out_is_listed(service: Service):
    answer = service.ask("哪些文件提到了教师周转宿舍建设补助？")
    assert not answer.abstained, answer.answer
    cited = {c.doc_id for c in answer.citations}
    assert "shiquan-news-2026" in cited and "liutang-meeting-2026" not in cited, answer.answer


@pytest.mark.parametrize("question,asked", [("乙县与甲县去年生均公用经费增幅哪个大？", "增幅是多少"),
                                            ("甲县和乙县的毛入园率谁高", "毛入园率是多少")])
def test_a_ranking_closing_the_clause_asks_each_place_its_figure(question: str, asked: str):
    query = _trailing_ranking_asked(analyse(question, RegionCatalog({})))
    assert query.norm.rstrip("?").endswith(asked), query.norm
    assert not {"高", "大"} & set(query.search_text.split("增幅")[-1].split("入园率")[-1]), query.search_text


def test_a_ranking_of_one_clause_of_its_own_is_left_to_it():
    query = analyse("甲县和乙县的毛入园率分别是多少？哪个高？", RegionCatalog({}))
    assert _trailing_ranking_asked(query).norm == query.norm or "分别是多少" in query.norm


def test_a_section_named_target_is_where_a_baseline_stands_not_a_target():
    each = _Lines(["甲县：97.6%。依据甲县文件：“就业率达到97.6%”[1]",
                   "乙县：96.4%（2024年基数）。依据乙县文件：“2024年就业率96.4%”[2]（《二、主要目标》“就业率”一行同）"],
                  [], [], {"a", "b"}, [], [("甲县", []), ("乙县", [])])
    assert targets_beside_achieved("甲县和乙县的就业率谁高", each) == ""
    each.lines[1] = "乙县：不低于95%。依据乙县文件：“就业率不低于95%”[2]"
    assert "乙县只给出目标" in targets_beside_achieved("甲县和乙县的就业率谁高", each)
