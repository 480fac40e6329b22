"""The quantity the question asks for, all of them (server/answer/several.py, text.py, levels.py,
measures.py, sections.py): several things asked at once each get their own figure or date; a plan's
target is answered from the sentence that sets it, not the baseline its 现状 section states; of
`新建N，总数达到M` the figure the question's verb asks; a how-question naming an aspect
(`在经费上`) gets the measures on that aspect; a list question naming a section heading gets every
item under it. On a plan and a notice written here; real ingest, real model, real Chroma."""

import pytest

from server.answer.levels import sets_level
from server.answer.measures import aspect_of
from server.service import Service
from tests.written import service_over

PLAN = """青田县“十四五”特殊教育提升计划
第一章 发展现状
第二条 截至2021年底，全县有特殊教育学校1所，在校生214人，特殊教育专任教师53人。
目前，青田县特殊教育学校生均公用经费标准为每生每年5500元。全县普通中小学已建成资源教室9个。
第二章 主要目标
第三条 到2025年，具体目标是：
（一）全县资源教室新建16个，总数达到25个；
（二）特殊教育学校生均公用经费提高到每生每年7200元；
（三）特殊教育专任教师达到66人。
第三章 重点任务
第四条 改善办学条件。计划投资1500万元为县特殊教育学校新建综合康复楼，建筑面积4,800平方米，2026年6月前建成并投入使用。
第五条 强化督导考核。将保障特殊教育发展纳入对乡镇的年度考核，每年督导特殊教育发展保障情况。
第六条 落实经费保障。特殊教育学校生均公用经费按标准足额拨付；县财政每年安排特殊教育专项资金200万元。
第七条 加强宣传引导。通过多种渠道宣传特殊教育政策，营造全社会关心支持特殊教育的良好氛围。
"""

NOTICE = """临泽县教育局关于做好2025年义务教育招生工作的通知
各学校：
现就做好2025年义务教育招生工作通知如下。
一、报名要求
1. 坚持免试入学。学校不得以任何形式组织入学考试或测试。
2. 实行阳光招生。招生范围、招生计划和录取结果一律向社会公开。
3. 保障随迁子女入学。随迁子女凭居住证统筹安排入学。
4. 严控起始年级班额。小学起始年级班额不超过45人。
二、时间安排
7月1日至7月10日：网上报名。8月5日前：公布录取结果。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "quantities-asked",
                        {"qingtian-special-plan-2022": PLAN, "linze-enrolment-notice-2025": NOTICE})


def direct(answer: str) -> str:
    """The answer's own statement, before the sources it quotes."""
    return answer.split("依据")[0]


def test_each_of_several_things_gets_its_own_figure_even_when_named_short(service: Service) -> None:
    # 特教 in the question, 特殊教育 in the document: the counted noun is the head 专任教师
    response = service.ask("青田县特殊教育学校2021年底有多少在校生和特教专任教师？")
    assert not response.abstained, response.answer
    said = direct(response.answer)
    assert "214人" in said and "53人" in said, response.answer
    assert "2021年底" not in said  # a time every ask shares labels no figure


def test_a_size_and_a_date_are_asks_of_their_own(service: Service) -> None:
    response = service.ask("青田县特殊教育学校综合康复楼计划投资多少，建筑面积多大，什么时候建成？")
    said = direct(response.answer)
    assert "1500万元" in said and "4,800平方米" in said and "2026年6月前" in said, response.answer
    assert "建成：4,800" not in said  # the area is not the date's answer


def test_a_target_level_comes_from_the_sentence_setting_it_not_the_baseline(service: Service) -> None:
    for sentence, sets in (("生均公用经费提高到每生每年7200元；", True), ("资源教室总数达到25个；", True),
                           ("生均公用经费标准为每生每年5500元。", False), ("资源教室新建16个；", False)):
        assert sets_level(sentence, (0, len(sentence))) is sets, sentence
    response = service.ask("青田县计划把特殊教育学校生均公用经费提高到什么标准？")
    assert not response.abstained, response.answer
    assert "7200元" in direct(response.answer) and "5500" not in response.answer, response.answer


def test_the_total_reached_and_the_number_added_are_told_apart(service: Service) -> None:
    total = service.ask("青田县资源教室到2025年要建到多少个？")
    assert direct(total.answer).startswith("25个"), total.answer
    added = service.ask("青田县资源教室计划新建多少个？")
    assert direct(added.answer).startswith("16个"), added.answer
    both = service.ask("青田县资源教室新建多少个，总数达到多少个？")
    assert "16个" in direct(both.answer) and "25个" in direct(both.answer), both.answer


def test_a_how_question_naming_an_aspect_gets_the_measures_on_it(service: Service) -> None:
    assert aspect_of("在经费上如何保障") == "经费" and aspect_of("如何保障特殊教育发展") == ""
    response = service.ask("青田县在经费上如何保障特殊教育发展？")
    assert not response.abstained, response.answer
    assert "专项资金200万元" in response.answer, response.answer
    assert "督导" not in response.answer and "宣传" not in response.answer, response.answer


def test_a_list_question_naming_a_heading_lists_every_item_cited(service: Service) -> None:
    response = service.ask("临泽县今年义务教育招生有哪些报名要求？")
    assert not response.abstained, response.answer
    for item in ("免试入学", "阳光招生", "随迁子女", "班额"):
        assert item in response.answer, response.answer
        assert any(item in c.text for c in response.citations), (item, response.citations)
    assert "网上报名" not in response.answer  # the next section's content is not a requirement
