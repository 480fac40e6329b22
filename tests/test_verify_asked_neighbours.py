"""A figure of a neighbour of what was asked is refused before it is stated: the whole for a part the
question narrows it to (a kind of teacher, a stage in a document of several, a tier, a modality), a
level for a change from the year before, visits (人次) for people, a percentage for a ratio (生师比),
another figure for how much dearer one price is, a count for money asked as 钱, a bar for the value measured
against it. Each refusal is paired
with the question it must still answer. Documents written here (invented places), real ingest,
Service.ask."""
from __future__ import annotations

import pytest

from server.answer.narrowing import narrowing_unsaid
from server.answer.qualifiers import part_conflict
from server.service import Service
from tests.written import service_over

# a county's statistics: a table by stage, a share of teachers, the inspectors' districts
BULLETIN = """桉溪县2025年教育事业发展情况
桉溪县教育局
2026年3月1日
一、学校和学生
| 学段 | 学校数(所) | 在校生(人) | 专任教师(人) |
| 小学 | 30 | 18000 | 1100 |
| 普通高中 | 3 | 5200 | 430 |
二、教师
小学专任教师中本科及以上学历的占70.5%。
三、督导
第二、第四督学责任区部分责任督学未按要求到校，约谈责任督学4人次。全县共聘任责任督学36名。
今年全县新招聘教师58人，比去年多了9人。
"""

# a district's summary over two stages: its title names both, a figure of the clubs names neither
SUMMARY = """棣川区2025年中小学课后服务工作总结
棣川区教育局
2025年12月20日
一、课程
全区开设课后服务兴趣小组860个。
二、收费
课后服务费小学每生每学期280元，初中每生每学期330元。全年问卷调查家长1.8万名，家长满意度94.1%。
学校违规多收的托管费已全部清退，每生每学期150元，涉及学生380人。
"""

# a report naming kinds of institution, a modality and tiers of aid apart from the figures of all
REPORT = """椋湖区2025年度校外培训机构监管和学生资助情况报告
椋湖区教育局
2026年1月15日
一、基本情况
全区共有非学科类培训机构126家，其中体育类38家、艺术类47家、科技类25家。另有线上培训机构9家。
二、监管
纳入预收费资金监管的机构90家，监管资金1980万元。
三、学生资助
2025年全区认定家庭经济困难学生3100人。资助分三档：特别困难每生每年1500元，困难每生每年1000元，一般困难每生每年600元。
"""

# a plan setting a bar and stating no value reached
PLAN = """柘源县2026学年教师交流轮岗工作方案
柘源县教育局
2026年6月1日
一、交流比例
县城学校向乡村学校交流的教师不低于交流总数的40%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "neighbours", {
        "anxi-bulletin-2025": BULLETIN, "dichuan-summary-2025": SUMMARY, "lianghu-report-2025": REPORT,
        "zheyuan-plan-2026": PLAN})


def values(response) -> set[float]:
    return {round(f.value, 3) for f in response.figures}


@pytest.mark.parametrize("question, neighbour", [
    ("桉溪县普通高中专任教师里硕士学历的有多少人？", 430),  # the row's whole, not the kind of teacher asked
    ("棣川区小学开设了多少个课后服务兴趣小组？", 860),  # all stages' clubs, the title naming two stages
    ("椋湖区认定为特别困难档的学生有多少人？", 3100),  # all tiers
    ("椋湖区科技类培训机构比上年增加了几家？", 25),  # this year's level, not a change
    ("桉溪县第二督学责任区有几名责任督学？", 4),  # visits, and of two districts
    ("桉溪县小学生师比是多少？", 70.5),  # a share of teachers, not pupils per teacher
    ("棣川区初中课后服务费每学期比小学贵多少？", 94.1),  # a satisfaction rate, not the gap in fees
    ("棣川区学校违规多收的钱，一共退回去多少？", 380),  # the pupils concerned, not the money
    ("柘源县县城往乡村交流的教师比例达到40%没有？", 40),  # the bar, judged against itself
])
def test_a_neighbour_s_figure_is_not_stated(service, question, neighbour):
    r = service.ask(question)
    assert neighbour not in values(r), r.answer


def test_a_modality_the_figure_does_not_name_is_no_answer(service):
    r = service.ask("椋湖区线上培训机构纳入监管的预收费资金有多少？")
    assert r.abstained and "线上" in r.answer, r.answer


@pytest.mark.parametrize("question, figure", [
    ("桉溪县普通高中专任教师有多少人？", 430),
    ("棣川区一共开设了多少个课后服务兴趣小组？", 860),
    ("椋湖区2025年认定家庭经济困难学生多少人？", 3100),
    ("椋湖区科技类培训机构有几家？", 25),
    ("桉溪县共聘任责任督学多少名？", 36),
    ("桉溪县今年新招聘教师比去年多几人？", 9),  # a change as speech states it (比去年多了), not a level
    ("椋湖区纳入预收费资金监管的机构有多少家？", 90),
    ("柘源县县城学校向乡村学校交流的教师至少要占交流总数的百分之几？", 40),
])
def test_the_figure_answers_what_it_is_of(service, question, figure):
    r = service.ask(question)
    assert not r.abstained and figure in values(r), r.answer


def test_a_narrowing_word_counts_only_where_its_document_uses_it():
    question = "椋湖区线上培训机构的预收费资金有多少"
    window = "纳入预收费资金监管的机构90家，监管资金1980万元"
    terms = ["线上", "培训", "机构", "预收费", "资金"]
    document = f"另有线上培训机构9家。{window}"
    assert "线上" in narrowing_unsaid(question, "资金", terms, ["椋湖区"], window, document, "")
    # a word the document never writes may be everyday speech for the figure's words: not judged here
    assert narrowing_unsaid(question, "资金", terms, ["椋湖区"], window, window, "") == ""
    # a word of the title is said of every figure of the document
    assert narrowing_unsaid(question, "资金", terms, ["椋湖区"], window, document, "线上培训机构监管报告") == ""
    # the window carrying the word answers for it
    assert narrowing_unsaid(question, "资金", terms, ["椋湖区"], f"线上培训{window}", document, "") == ""


@pytest.mark.parametrize("question, conflict", [
    ("专任教师里研究生学历的有多少人", True),  # 里 of a whole, most of the part's characters unstated
    ("县里研究生有多少人", False),  # 县里 is a place, no whole
    ("老师里头岁数偏大的占多少", False),  # a share asked (占) by 里头: its part is stated with the whole, not judged
    ("在校生里的女生占多少", False),
    ("专任教师中女教师有多少人", False),  # the part stated
])
def test_a_part_asked_of_a_whole(question, conflict):
    context = "表1 普通高中 在校生（人） 专任教师（人） 女教师（人）"
    assert bool(part_conflict(question, context, "")) is conflict
