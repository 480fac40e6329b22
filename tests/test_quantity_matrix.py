"""The quantity asked, all of it, over a matrix of layouts (server/answer/sections.py, measures.py,
several.py, followup.py): target sections under 主要目标/工作目标/发展目标/远景目标 headings, numbered or
not, the plan period's paragraph of a 目标 section that also looks to 2035, the undated 工作目标 of a
year's report; measures set as （一）, 1., 一是, ① run on in one paragraph and unnumbered paragraphs led
by a run-in heading, each item quoted with its content and cited; 学位 and 学校 of one clause told
apart; two to four quantities asked at once, each cited; follow-ups keeping the previous turn's
slots. Documents written here; real ingest, real model, real Chroma."""

import pytest

from server.schemas import AskResponse
from server.service import Service
from tests.written import service_over

PLAN = """兰溪市“十四五”教育发展规划
一、发展基础
“十三五”期间，全市累计投入教育经费46.2亿元，新建、改扩建中小学和幼儿园38所。截至2020年底，全市共有各级各类学校126所，在校生8.4万人，专任教师6120人，其中小学专任教师2830人。
二、主要目标
到2025年，基本实现教育现代化，学前教育毛入园率达到96%以上，义务教育巩固率保持在99%以上，高中阶段毛入学率达到95%，建成一批优质特色学校。
三、重点任务
（一）扩大优质教育资源。新建学校3所，新增学位2700个，全面消除大班额。
（二）加强师资队伍建设。完善教师补充机制，每年招聘新教师200人以上。实施名师培养工程，培育省级名师30名。
（三）深化教育教学改革。推进集团化办学，组建教育集团12个，实现城乡学校结对全覆盖。
四、保障措施
1.加强组织领导。成立规划实施领导小组，定期研究解决重大问题。
2.加大经费投入。确保一般公共预算教育支出逐年只增不减，到2025年达到12亿元。
3.强化督导评估。建立规划实施年度监测制度，开展中期评估。
"""

WORK_POINTS = """鹤山市教育局2024年工作要点
一、工作目标
（一）到2027年，全市普惠性幼儿园覆盖率达到92%，义务教育优质均衡发展通过国家督导评估。
（二）学前教育公办率提高到60%。
二、重点工作
一是推进学位建设。新建改扩建幼儿园5所，新增学位1800个。二是提升教师素质。组织全员培训，培训教师4500人次。三是完善资助体系。发放各类资助资金1.2亿元，资助学生3.5万人次。
三、保障措施
①强化经费保障。市财政安排教育专项资金8000万元。②强化安全管理。开展校园安全隐患排查，整改隐患120处。③强化考核问责。将教育工作纳入镇街年度考核。
"""

REPORT = """云和县2023年教育工作总结
2023年，全县教育系统坚持立德树人，各项工作取得新进展。
发展目标
到2025年，全县学前教育普及普惠水平进一步提高，义务教育优质均衡发展，学位总数达到3.6万个。
工作目标
全年新增公办学位1200个，创建省级标准化学校4所。
远景目标
到2035年，全面建成教育强县，人均受教育年限达到11.5年。
主要做法
加强师资队伍建设。全年招聘教师156人，其中研究生学历教师42人，组织教师培训3200人次。
推进集团化办学。组建城乡教育共同体15个，覆盖学校46所。
改善办学条件。投入资金2.3亿元，新建学校2所，新增学位2100个。
"""

# a plan titled by its ordinal (第十四个五年规划) whose 目标 section looks to 2025 and to 2035
PERIOD_PLAN = """平潭县教育事业发展第十四个五年规划
第一章 主要成就
全县2020年有幼儿园52所，在园幼儿1.3万人。
第二章 发展目标
到2025年，全县学前教育毛入园率达到98%，普惠性幼儿园覆盖率达到90%。
到2035年，全面实现教育现代化。
第三章 主要任务
1. 扩大学前教育资源。新建公办幼儿园8所，新增学位3200个。
2. 促进义务教育均衡。新建改扩建中小学6所，新增学位5400个，义务教育大班额全部消除。
3. 提升职业教育质量。建设省级高水平专业群3个。
"""

# a report with no 目标 section: its goals in running text (`到2027年，…`), counts written counter first
REPORT_IN_PROSE = """庆元县2024年教育工作报告
过去一年，全县新增2所公办幼儿园、1所特殊教育学校。截至2023年底，全县共有中小学幼儿园专任教师2310人，其中幼儿园380人、小学1120人、初中610人。
今年将持续推进学前教育普及普惠，扩大城乡教育共同体覆盖面。到2027年，全县普惠性幼儿园覆盖率达到95%，城乡教育共同体达到20个，义务教育学校全部达到省标准化学校要求。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "quantity-matrix",
                        {"lanxi-plan-2022": PLAN, "heshan-work-2024": WORK_POINTS,
                         "yunhe-report-2023": REPORT, "pingtan-plan-2021": PERIOD_PLAN,
                         "qingyuan-report-2024": REPORT_IN_PROSE})


def direct(response: AskResponse) -> str:
    """The answer's own statement, before the sources it quotes."""
    assert not response.abstained, response.answer
    return response.answer.split("依据")[0]


def lines_cited(response: AskResponse) -> list[str]:
    """The answer's listed lines that end in a citation mark."""
    assert not response.abstained, response.answer
    return [line for line in response.answer.splitlines()[1:] if line.rstrip().endswith("]")]


@pytest.mark.parametrize(("question", "wanted", "unwanted"), [
    ("兰溪市“十四五”教育发展的主要目标是什么？", ("96%以上", "99%以上", "优质特色学校"), ()),
    ("鹤山市2024年的工作目标是什么？", ("92%", "60%"), ()),
    ("云和县2035年远景目标是什么？", ("11.5年",), ("3.6万个",)),
    # a 工作目标 section naming no year speaks for the year its report is written for
    ("云和县2023年工作目标是什么？", ("1200个", "4所"), ("3.6万个", "11.5年")),
    # `到2027年` goals in running text, asked `要达到什么目标`: every goal of the sentence, no 达标 verdict
    ("庆元县2027年要达到什么目标？", ("95%", "20个", "省标准化学校"), ("达标", "2310")),
    # 十四五 asked of a plan titled 第十四个五年规划: its 目标 section's paragraph for 2025, not 2035's
    ("平潭县十四五发展目标是什么？", ("98%", "90%"), ("2035",)),
    ("平潭县2035年的目标是什么？", ("全面实现教育现代化",), ("98%",)),
])
def test_a_target_question_quotes_the_target_sections_content(service: Service, question: str,
                                                               wanted: tuple[str, ...],
                                                               unwanted: tuple[str, ...]) -> None:
    response = service.ask(question)
    assert not response.abstained and response.citations, response.answer
    for text in wanted:
        assert text in response.answer, response.answer
    for text in unwanted:
        assert text not in response.answer, response.answer


@pytest.mark.parametrize(("question", "contents"), [
    ("兰溪市有哪些重点任务？", ("2700个", "省级名师30名", "教育集团12个")),  # （一）（二）（三）
    ("兰溪市有哪些保障措施？", ("领导小组", "12亿元", "中期评估")),  # 1. 2. 3.
    ("鹤山市2024年有哪些重点工作？", ("1800个", "4500人次", "1.2亿元")),  # 一是 二是 三是 in one paragraph
    ("鹤山市有哪些保障措施？", ("8000万元", "120处", "年度考核")),  # ① ② ③ in one paragraph
    ("云和县2023年做了哪些工作？", ("156人", "15个", "2.3亿元")),  # paragraphs led by a run-in heading
])
def test_every_measure_item_is_listed_with_its_content_and_a_citation_holding_it(service: Service, question: str,
                                                                                contents: tuple[str, ...]) -> None:
    response = service.ask(question)
    lines = lines_cited(response)
    assert len(lines) == len(contents), response.answer
    for line, content in zip(lines, contents):
        assert content in line, response.answer  # the item's content, not its heading alone
        # (a list quoted whole is one passage: its items may share the one citation)
        assert content in response.citations[int(line.rsplit("[", 1)[1].rstrip("]")) - 1].text, response.citations
    assert "工作目标" not in response.answer.splitlines()[0]  # `做了哪些工作` is no target question


def test_a_how_question_on_one_circled_item_quotes_that_item_only(service: Service) -> None:
    response = service.ask("鹤山市如何强化经费保障？")
    assert "8000万元" in response.answer, response.answer
    assert "隐患" not in response.answer and "考核" not in response.answer, response.answer


@pytest.mark.parametrize(("question", "figure", "not_figure"), [
    ("兰溪市计划新增多少个学位？", "2700个", "3所"),
    ("兰溪市计划新建多少所学校？", "3所", "2700"),
    ("鹤山市新增多少学位？", "1800个", "5所"),
])
def test_the_quantity_of_the_noun_asked_not_its_neighbour(service: Service, question: str, figure: str,
                                                          not_figure: str) -> None:
    said = direct(service.ask(question))
    assert said.startswith(figure) and not_figure not in said, said


def test_a_figure_written_before_the_noun_it_counts_is_that_nouns(service: Service) -> None:
    # `新增2所公办幼儿园、1所特殊教育学校`: 2 is the kindergartens', 1 the special school's
    said = direct(service.ask("庆元县新增了几所公办幼儿园和特殊教育学校？"))
    assert "公办幼儿园：2所" in said and "特殊教育学校：1所" in said, said


@pytest.mark.parametrize(("question", "figures"), [
    ("兰溪市2020年底有多少所学校、多少在校生、多少专任教师？", ("126所", "8.4万人", "6120人")),
    ("兰溪市2020年底学校数、在校生数、教师数分别是多少？", ("126所", "8.4万人", "6120人")),
    ("兰溪市2020年底共有多少名专任教师？其中小学多少人？", ("6120人", "2830人")),
    ("云和县招聘了多少教师？其中研究生学历多少人？", ("156人", "42人")),
    ("鹤山市发放了多少资助资金，资助了多少学生？", ("1.2亿元", "3.5万人次")),
    ("平潭县新建多少所公办幼儿园和中小学？", ("8所", "6所")),
    # the part's figure in a list after the whole's (`其中幼儿园380人、小学1120人`)
    ("截至2023年底，庆元县共有多少名中小学幼儿园专任教师？其中小学多少人？", ("2310人", "1120人")),
    # a sum and a count of schools of any kind (中小学和幼儿园) asked in two questions of one turn
    ("兰溪市“十三五”期间累计投入了多少教育经费？新建、改扩建了多少所学校？", ("46.2亿元", "38所")),
])
def test_every_quantity_asked_at_once_is_answered_and_cited(service: Service, question: str,
                                                             figures: tuple[str, ...]) -> None:
    response = service.ask(question)
    said = direct(response)
    for figure in figures:
        assert figure in said, response.answer
    assert response.citations and all(c.text in service.index.documents[c.doc_id].text for c in response.citations)
    assert len(response.figures) >= len(figures), response.answer


@pytest.mark.parametrize(("first", "then", "figure", "not_figure"), [
    ("平潭县学前教育新增多少学位？", "义务教育呢？", "5400个", "3200"),  # the stage changes, the place stays
    ("平潭县2025年学前教育毛入园率目标是多少？", "兰溪市呢？", "96%以上", "98%"),  # the place changes
    ("兰溪市2025年学前教育毛入园率目标是多少？", "义务教育巩固率呢？", "99%以上", "96%"),  # the indicator
    ("鹤山市2024年新增多少学位？", "云和县2023年呢？", "1200个", "1800"),  # place and year together
])
def test_a_follow_up_keeps_the_previous_turns_slots(service: Service, first: str, then: str, figure: str,
                                                    not_figure: str) -> None:
    previous = service.ask(first)
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": previous.answer}]
    said = direct(service.ask(then, history))
    assert said.startswith(figure) and not_figure not in said, said


def test_a_year_asked_of_a_follow_up_the_document_does_not_state_is_not_given_the_other_years(
        service: Service) -> None:
    first = "平潭县2025年学前教育毛入园率目标是多少？"
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": service.ask(first).answer}]
    response = service.ask("2035年呢？", history)
    assert response.abstained or "98%" not in response.answer.split("依据")[0], response.answer
