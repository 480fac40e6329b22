"""Lookups and measures on document classes the product was not built on (server/answer/several.py,
sections.py, ingest/structure.py, server/intent.py): a speech whose 一、 parts hold 第一，/第二， points
and whose figures a question asks together with their growth rate (`是多少？增幅多大？`), an
implementation opinion whose numbered measures run on past a table one of them introduces, and a
work summary asked which school it plans to build and how many places it adds, and what share of
its teachers holds a degree (`…的占多少`, a share asked without the word 比例); a statistics bulletin
sectioned by school stage whose sentences do not repeat the stage. On documents written
here; real ingest, real model, real Chroma."""
import re

import pytest

from ingest.structure import parse_sections
from server.service import Service
from tests.written import first_figure, service_over

SPEECH = """在2025年全县教育工作会议上的讲话
青河县教育局局长
同志们：
下面，我讲三点意见。

一、过去一年的工作成绩

一是教育投入持续加大。去年全县教育总投入5.16亿元，比上年增长7.3%。全年新建幼儿园4所。

二是教师队伍不断壮大。去年全县招录新教师72名，教师培训经费比上年增长12.5%。

三是办学质量稳步提升。全县在校学生13260名，比上年增长2.4%；本科上线率比上年提高3.1个百分点。

二、今年的重点任务

今年计划新建小学1所，新增学位900个。

三、几点工作要求

第一，强化责任担当。各学校要对照部署逐项细化任务，明确责任人。

第二，加强协同配合。各股室要主动对接，形成工作合力。

第三，严守廉洁纪律。要严格执行经费管理制度，确保资金安全。

同志们，让我们凝心聚力，奋力开创全县教育新局面！
"""

OPINION = """# 松岭区关于加强中小学教师队伍建设的实施意见

## 一、主要目标

到2027年，全区小学生师比控制在15:1以内。

## 二、重点举措

### （一）优化学校布局

1. 统筹建设用地。新建学校用地纳入国土空间规划，优先保障。2024年各学段学校情况如下表。

| 学段 | 学校数（所） | 在校生数（人） |
|---|---|---|
| 小学 | 41 | 52310 |
| 初中 | 19 | 24170 |

2. 推进集团化办学。组建紧密型教育集团12个，集团内课程、师资统一调配。
3. 实施薄弱学校改造，对办学条件未达标的学校逐校制定改造方案。

### （二）提高教师待遇

- 落实教师平均工资收入水平不低于当地公务员平均工资收入水平的要求。
"""

SUMMARY = """高台县教育局2024年工作总结

一、主要工作和成效

全年新建公办幼儿园3所，新增学位630个。全县学前三年毛入园率达到92.4%。全县幼儿园专任教师1820人，专科及以上学历教师占78.4%。

二、2025年工作思路

（一）扩大优质教育资源。开工建设城东第六小学，新增学位1440个，缓解县城学位紧张问题。

（二）加强教师队伍建设。计划招聘教师150名，重点补充音体美学科教师。
"""


BULLETIN = """会宁县2024年教育事业发展统计公报

一、总体情况

全县共有各级各类学校186所，在校学生9.86万人，专任教师7,412人。

二、义务教育

（一）小学

全县共有小学121所。小学招生0.92万人；在校生5.31万人，比上年减少0.08万人。小学专任教师3,466人。

（二）初中

全县共有初中38所。初中招生0.87万人；在校生2.64万人。初中专任教师2,208人。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "new-class-asks",
                        {"qinghe-speech-2025": SPEECH, "songling-teacher-opinion-2024.md": OPINION.encode(),
                         "gaotai-work-summary-2024": SUMMARY,
                         "huining-education-statistics-2024": BULLETIN})


def test_points_of_a_speech_part_nest_under_it() -> None:
    sections = parse_sections(SPEECH)
    points = [s for s in sections if s.heading.startswith("第")]
    assert [s.path for s in points] == [["三、几点工作要求", h] for h in
                                        ("第一，强化责任担当", "第二，加强协同配合", "第三，严守廉洁纪律")]
    part = next(s for s in sections if s.heading == "三、几点工作要求")
    assert part.end > points[-1].start  # the part owns its points


def test_ordinal_points_without_a_numbered_part_stay_top_level() -> None:
    text = "第一，强化责任担当。各学校要逐项细化任务。\n\n第二，加强协同配合。各股室要主动对接。\n"
    assert [s.level for s in parse_sections(text)] == [1, 1]


def test_a_speech_asked_which_points_it_makes_lists_each(service: Service) -> None:
    response = service.ask("青河县教育局长在会上提了哪几点工作要求？")
    assert not response.abstained, response.answer
    for point in ("强化责任担当", "加强协同配合", "严守廉洁纪律"):
        assert point in response.answer, response.answer


def test_a_figure_and_its_growth_rate_asked_together_get_both(service: Service) -> None:
    response = service.ask("青河县去年教育总投入是多少？增幅多大？")
    assert not response.abstained, response.answer
    said = response.answer.split("依据")[0]
    assert "5.16亿元" in said and "7.3%" in said, response.answer


def test_numbered_measures_past_a_table_are_all_quoted(service: Service) -> None:
    response = service.ask("松岭区打算怎样优化学校布局？")
    assert not response.abstained, response.answer
    for measure in ("统筹建设用地", "推进集团化办学", "实施薄弱学校改造"):
        assert measure in response.answer, response.answer
    assert "52310" not in response.answer  # the table is cited by its caption, not quoted as an item
    assert not re.search(r"\d\. ?\d[.．]", response.answer), response.answer  # its own number, not ours too


def test_which_school_asked_with_its_places_is_no_count_of_schools(service: Service) -> None:
    response = service.ask("高台县2025年计划新建哪所学校？能新增多少学位？")
    assert not response.abstained, response.answer
    assert "1440" in response.answer and "第六小学" in response.answer, response.answer


def test_a_share_asked_as_zhan_duoshao_gets_the_percentage_not_the_count(service: Service) -> None:
    response = service.ask("高台县幼儿园老师里大专以上文凭的占多少？")
    assert not response.abstained, response.answer
    assert "78.4%" in response.answer.split("依据")[0], response.answer


def test_a_stage_named_by_the_heading_picks_its_sentence_over_the_overall_one(service: Service) -> None:
    response = service.ask("会宁县2024年小学在校生和小学专任教师各有多少？")
    assert not response.abstained, response.answer
    said = response.answer.split("依据")[0]
    assert "5.31万人" in said and "3,466人" in said, response.answer
    assert "9.86万人" not in response.answer, response.answer


# a district's annual 工作要点: no 目标 section, each topic's targets stated in the section headed by
# the topic, beside a task table of its own; and a budget explanation whose paragraphs open with a run-in
# project heading the sentences after it do not repeat
WORK_PLAN = """柳湾区2025年教育工作要点

2025年全区教育工作的总体要求是：坚持立德树人，深化教育综合改革，推动全区教育高质量发展。

一、坚持党的全面领导

（一）加强党的建设。健全中小学校党组织领导的校长负责制，年内实现全区中小学校全面落实。

二、推进学前教育普及普惠

（一）扩充普惠性资源。新建幼儿园2所，新增学位720个。学前三年毛入园率保持在97%以上，普惠性幼儿园覆盖率达到91%以上，公办园在园幼儿占比达到55%以上。

（二）提升保教质量。深入推进幼小科学衔接，年内新创建市级示范幼儿园1所。

三、推动义务教育优质均衡发展

（一）巩固控辍保学成果。初中三年巩固率保持在99%以上，义务教育学校大班额保持动态清零。

附件：2025年重点任务分工

| 序号 | 重点任务 | 牵头科室 | 完成时限 |
|---|---|---|---|
| 1 | 新建幼儿园2所，新增学位720个 | 学前教育科 | 2025年8月 |
| 2 | 初中三年巩固率保持在99%以上 | 基础教育科 | 2025年12月 |
"""

BUDGET = """石桥县教育局2025年部门预算说明

一、部门基本情况

本部门预算由局机关和所属48所学校预算组成。

二、重点项目支出安排

（一）学生资助。安排学生资助资金860.00万元，覆盖学前教育至普通高中各学段家庭经济困难学生。

（二）农村义务教育学生营养改善计划。安排资金610.00万元，惠及农村义务教育学生6,100人，按每生每天5元标准、全年200天测算。

（三）教师培训。安排教师培训经费312.00万元，重点用于乡村教师培训。
"""


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "new-class-plans",
                        {"liuwan-work-plan-2025.md": WORK_PLAN.encode(), "shiqiao-education-budget-2025": BUDGET})


def test_targets_of_a_plan_without_a_target_section_come_from_the_topics_section(plans: Service) -> None:
    response = plans.ask("柳湾区2025年学前教育要达到哪些指标？")
    assert not response.abstained, response.answer
    for level in ("97%", "91%", "55%"):
        assert level in response.answer, response.answer
    assert "推进学前教育普及普惠" in response.answer and "学前教育科" not in response.answer, response.answer
    assert any("保持在97%以上" in c.text for c in response.citations), response.citations


def test_a_run_in_heading_names_the_topic_of_its_paragraphs_figure_sentence(plans: Service) -> None:
    response = plans.ask("石桥县教育局给营养改善计划安排了多少钱？")
    assert first_figure(response) == (610.0, "万元"), response.answer


def test_a_projects_amount_and_its_rate_asked_together_get_both(plans: Service) -> None:
    # the amount's own clause names nothing of the question; the paragraph's run-in heading does, so the
    # next clause (`惠及…学生…人`) is no better answer than it
    response = plans.ask("石桥县今年给农村中小学生吃饭的补助安排了多少钱？每人每天补多少？")
    assert not response.abstained, response.answer
    said = response.answer.split("依据")[0]
    assert "610.00万元" in said and "5元" in said and "6,100人" not in said, response.answer
