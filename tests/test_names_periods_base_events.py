"""Gates that refused answerable questions or answered unanswerable ones, on documents written here (real
ingest, Service.ask): a town whose name has characters jieba's dictionary lacks is one key term, read whole from
the documents; a plan table's base column (`2025年基数`) is the present state asked by 现有; events asked in 场 are
answered in 场次; names asked (叫什么名字) are never answered by a number; a half of the year asked (下半年) is not
answered by the notice of the other half's round; a 中 or 里 that opens a word (中期) is no locative; a count of
`A或B特色学校` asked by the head both share (特色学校) is the count asked, not one side's."""

import pytest

from server.answer.evidence import unit_kind
from server.answer.qualifiers import part_conflict
from server.answer.whosefigure import conflict, whose
from server.query import analyse, key_terms, local_names
from server.service import Service
from tests.written import first_figure, service_over

PLAN = """溱岭市研学实践营地建设三年方案（2026—2028年）
溱岭市教育局
2026年3月
一、发展基础
本市研学实践教育起步较晚，营地资源分布不均，课程开发能力不足。
二、建设目标
| 指标 | 2025年基数 | 2026年 | 2027年 | 2028年 |
| --- | --- | --- | --- | --- |
| 市级研学实践营地（个） | 4 | 7 | 10 | 13 |
| 研学导师（人） | 150 | 220 | 300 | 380 |
"""

ALLOWANCE = """沅溪县2026年乡村教师生活补助发放情况公示
沅溪县教育局
2026年11月
一、发放标准
补助按学校所在乡镇的艰苦边远程度分三档，一档每人每月800元，二档每人每月600元，三档每人每月400元。
二、发放情况
| 乡镇 | 档次 | 人数 | 月标准（元） | 金额（元） |
| --- | --- | --- | --- | --- |
| 鳙石镇 | 一档 | 42 | 800 | 201600 |
| 鲃潭乡 | 二档 | 57 | 600 | 205200 |
三、家校共育
2025年全县共开展家长学校专题讲座260场次，覆盖家长约1.2万人次。
"""

NOTICE = """沅溪县教育局关于2026年上半年中小学教师资格认定工作的公告
沅溪县教育局
2026年3月1日
一、认定对象
具有沅溪县户籍、居住证或在沅溪县就读的全日制在校研究生。
二、时间安排
网上申报：2026年3月10日至3月20日。
现场确认：2026年4月8日至4月12日（工作日），地点为县政务服务中心二楼。
"""

DOC_TEXT = ALLOWANCE + NOTICE


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "names-periods", {"qinling-camps": PLAN, "yuanxi-allowance": ALLOWANCE,
                                                             "yuanxi-notice": NOTICE})


def test_a_town_name_of_rare_characters_is_read_whole_where_the_documents_write_it() -> None:
    question = "鳙石镇一名乡村教师这个月能领多少补助"
    assert "鳙石镇" not in key_terms(question)  # jieba alone cuts it apart
    assert local_names(question, lambda name: name in DOC_TEXT) == ["鳙石镇"]
    # a suffix inside a common word (乡村, 农村) ends no name, even where a passage writes the same characters
    assert local_names("全县农村一名乡村教师能领多少", lambda name: name in "每一名乡村教师，全县农村学校") == []
    # dictionary words jieba cuts at both ends (全县/各镇) are those words, though a passage writes them
    assert local_names("全县各镇中心小学有多少所", lambda name: name in "全县各镇中心小学") == []
    assert local_names(question, None) == []  # no text to ask: nothing read


def test_the_town_is_a_key_term_of_the_question(service: Service) -> None:
    terms = analyse("鲃潭乡领补助的教师有多少人", service.catalog).terms
    assert "鲃潭乡" in terms and not any(t != "鲃潭乡" and t in "鲃潭乡" for t in terms)


def test_the_base_column_of_a_plan_table_is_the_present(service: Service) -> None:
    assert first_figure(service.ask("溱岭市现有市级研学实践营地几个")) == (4.0, "个")
    assert first_figure(service.ask("溱岭市2027年市级研学实践营地要达到几个")) == (10.0, "个")


def test_names_asked_are_never_answered_by_a_number(service: Service) -> None:
    r = service.ask("溱岭市2027年新建的3个研学实践营地叫什么名字？")
    assert r.abstained and not r.figures, r.answer


def test_events_asked_in_chang_are_answered_in_changci(service: Service) -> None:
    assert first_figure(service.ask("沅溪县2025年开展了多少场家长学校专题讲座")) == (260.0, "场次")
    assert unit_kind("场次") == unit_kind("场") and unit_kind("轮次") == unit_kind("轮")
    assert unit_kind("校次") != unit_kind("所")  # schools visited, counted each time: not schools


def test_the_other_half_s_round_does_not_answer_a_half_asked(service: Service) -> None:
    r = service.ask("沅溪县2026年下半年教师资格认定什么时候现场确认？")
    assert r.abstained and "上半年" in r.answer, r.answer
    r = service.ask("沅溪县2026年上半年教师资格认定什么时候现场确认？")
    assert not r.abstained and "4月8日" in r.answer, r.answer


def test_a_zhong_opening_a_word_is_no_locative() -> None:
    # 中期评估: no whole `规划` of which `期评估时全县` would be a part
    assert part_conflict("规划中期评估时全县有多少所学校达标", "截至2025年底，全县达标学校86所", "") == ""
    # the locative 中 and 里, glued by jieba's unknown-word model (中女) or not, still ask a part of a whole
    assert "女教师" in part_conflict("全县教师中女教师有多少", "全县教师共1200人", "")
    assert "女教师" in part_conflict("全县教师里女教师有多少", "全县教师共1200人", "")


def _joint(question: str) -> str:
    sentence = "拟认定以下17所学校为本市2026年度校园足球或体育传统特色学校。"
    return conflict(question, whose(sentence, sentence.index("17所")))


def test_the_head_both_alternatives_share_asks_the_joint_count() -> None:
    assert _joint("这次拟认定多少所特色学校") == ""
    assert "合在一起" in _joint("这次拟认定多少所体育传统特色学校")  # one side asked: not its count
