"""Measures, dates and mentions on documents written here: `有哪些措施` of a progress report whose title names the
topic is answered by its `工作措施` section item by item, not by another document's passing sentence; a line a
scan breaks after a comma is quoted with the line that finishes it; `什么时候报名` is answered by the section
headed with that time, not by the title line under the issuer's name or another section's deadline; a rule's
bound (`每周至少几次`) asks its figure, not a change; and `哪些材料提到了X` names two documents of one place by
their titles and quotes a section headed with X by its body."""
from __future__ import annotations

import pytest

from ingest.normalize import normalize
from server.answer.text import run_on
from server.operation import operation_of
from server.service import Service
from tests.written import service_over

PROGRESS = """柳塘县2026年中小学校舍维修工程进展情况

今年全县共实施校舍维修工程8项，计划总投资3200万元。截至2026年9月底，累计完成投资2410万元，完工率75.3%。

一、存在的问题

部分工程因雨季影响进度滞后，个别学校施工场地狭小。

二、工作措施

（一）实行周调度制度，每周一各学校报送工程进度，县教育局对滞后工程通报督办。（二）聘请监理单位开展质量抽检，每月不少于2次，发现问题限期整改。（三）按工程进度拨付资金，已完工工程验收后20日内完成结算。（四）施工期间落实安全隔离措施，施工区与教学区之间设置围挡。

联系人：王老师
"""

PLAN = """柳塘县乡村寄宿制学校建设行动方案（2026—2028年）
一、主要目标
到2028年，全县寄宿制学校全部达到省定办学标准。
二、年度任务
2026年校舍维修工程已纳入全县统筹推进，其中石泉镇中心学校宿舍楼维修投资460万元。
三、保障措施
（一）加强组织领导。成立工作专班，统筹推进各项任务。
（二）强化资金保障。县财政每年安排专项资金不低于800万元。
"""

# a notice as a scan reads it: the issuer's name on the first line, the title under it, short lines broken
# after commas
NOTICE = """柳塘县教育局
2026年秋季小学一年级招生公告
一、招生计划
全县小学一年级计划招生40个班1800人。
二、报名时间
2026年7月3日至7月9日，一律网上报名，
逾期不再受理。
三、寄宿生入住
须由家长签订住宿协议
并提交体检证明，由学校统一安排床位。
四、其他事项
对生源过多的学校实行登记，
按户籍、实际居住年限先后顺序安排入学。
五、材料审核
报名材料由学校初审，审核结果于7月14日前在报名系统中反馈。
柳塘县教育局
2026年6月5日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "measures-dates",
                        {"liutang-repair-progress-2026": PROGRESS, "liutang-boarding-plan-2026": PLAN,
                         "liutang-enrollment-notice-2026": NOTICE})


def test_the_measures_section_of_the_document_whose_title_names_the_topic_answers(service: Service):
    response = service.ask("柳塘县怎么推进校舍维修工程？有哪些措施")
    assert not response.abstained, response.answer
    assert "工作措施" in response.answer
    for measure in ("周调度", "监理单位", "按工程进度拨付资金", "围挡"):
        assert measure in response.answer, response.answer
    assert "宿舍楼维修投资460万元" not in response.answer


def test_a_line_broken_after_a_comma_is_quoted_with_the_line_finishing_it(service: Service):
    response = service.ask("柳塘县生源过多的学校怎么安排入学？")
    assert not response.abstained, response.answer
    assert "实行登记" in response.answer and "居住年限先后顺序" in response.answer, response.answer


def test_when_asked_the_section_headed_with_its_time_answers_not_the_title_line(service: Service):
    response = service.ask("柳塘县小学一年级什么时候报名")
    assert not response.abstained, response.answer
    assert "7月3日" in response.answer and "7月9日" in response.answer, response.answer
    assert "7月14日" not in response.answer


def test_two_documents_of_one_place_are_named_by_their_titles(service: Service):
    response = service.ask("哪几份材料讲到了校舍维修工程？")
    answer = normalize(response.answer)
    assert "进展情况》" in answer and "行动方案" in answer, response.answer


def test_a_section_headed_with_the_thing_is_quoted_by_its_body(service: Service):
    response = service.ask("哪些文件提到了寄宿生入住？")
    assert "住宿协议" in response.answer, response.answer


@pytest.mark.parametrize("question", ["某县防溺水巡查每周至少几次", "每班最多多少人"])
def test_a_rule_bound_asks_its_figure_not_a_change(question: str):
    assert operation_of(normalize(question, drop_space=True)).name == ""


def test_a_change_asked_by_more_or_fewer_is_still_a_change():
    assert operation_of(normalize("今年巡查少了几次", drop_space=True)).name == "change"
    assert operation_of(normalize("招生多了多少人", drop_space=True)).name == "change"


def test_run_on_takes_the_lines_a_comma_leaves_open():
    text = "对生源过多的学校实行登记，\n按居住年限顺序安排。\n其他学校就近入学。"
    first = (0, text.index("\n"))
    assert text[slice(*run_on(text, first, len(text)))] == "对生源过多的学校实行登记，\n按居住年限顺序安排。"
    closed = (text.index("按"), text.index("。") + 1)
    assert run_on(text, closed, len(text)) == closed


def test_a_plan_with_tasks_beside_its_safeguards_is_not_answered_by_the_safeguards_alone(service: Service):
    # the plan's 保障措施 is one of its two sections of measures: the question's words choose, not the heading
    response = service.ask("柳塘县乡村寄宿制学校建设有哪些措施")
    assert "“三、保障措施”一节" not in response.answer, response.answer
