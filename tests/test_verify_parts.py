"""A part is no answer for its whole, a total none for a per-head amount, nor a count per month for a
total, nor one figure for each of several items: the count of a breakdown
clause (`…，其中骨干教师40人`) for the teachers it breaks down, a year's total subsidy for what each
student gets (`每个学生补多少`, spoken per head). The part and the total still answer when asked.
Documents written here, real ingest, Service.ask."""
import pytest

from server.intent import PER_HEAD
from server.service import Service
from tests.written import first_figure, service_over

SUMMARY = """石门县2024年教师交流轮岗工作总结
石门县教育局
2024年12月20日
一、交流轮岗情况
全县交流轮岗教师180人，占符合交流条件教师的15%，其中骨干教师40人。
二、课后服务
2024年县财政安排课后服务补助资金900万元，按每生每年200元标准补助。
三、教师队伍
全县共有专任教师4200人，其中小学2100人、初中1300人。
四、“三公”经费
2024年“三公”经费预算36.50万元。
公务用车运行维护费预算25.30万元；公务接待费预算11.20万元；因公出国（境）费预算0万元。
五、责任督学
各责任督学每月对每所挂牌学校督导不少于2次，每学期召开督学例会2次。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "parts", {"shimen-summary-2024": SUMMARY})


@pytest.mark.parametrize("question, part", [
    ("石门县符合交流条件的教师大概有多少人？", 40),
    ("石门县符合交流条件的教师一共有多少名？", 40),
])
def test_a_breakdown_count_does_not_answer_for_its_whole(service, question, part):
    r = service.ask(question)
    assert part not in [f.value for f in r.figures], r.answer


@pytest.mark.parametrize("question, value", [
    ("石门县交流轮岗教师中骨干教师有多少人？", 40),
    ("石门县小学专任教师有多少人？", 2100),  # the breakdown names the part asked
    ("石门县专任教师有多少人？", 4200),
    ("石门县课后服务补助资金有多少？", 900),
    ("石门县2024年“三公”经费预算是多少？", 36.5),
])
def test_the_part_and_the_total_answer_when_asked(service, question, value):
    assert first_figure(service.ask(question))[0] == value


@pytest.mark.parametrize("question", [
    "石门县2024年“三公”经费三项分别是多少？",
    "石门县“三公”经费的三个部分各是多少钱？",
])
def test_one_figure_does_not_answer_for_each_of_several_items(service, question):
    r = service.ask(question)
    assert not (len(r.figures) == 1 and r.figures[0].value == 36.5), r.answer


@pytest.mark.parametrize("question", [
    "石门县的责任督学一共去学校督导了多少次？",
    "石门县责任督学这学期总共督导了多少趟？",
])
def test_a_count_per_month_and_school_does_not_answer_a_total(service, question):
    r = service.ask(question)
    assert 2 not in [f.value for f in r.figures], r.answer


def test_the_count_per_month_answers_when_asked(service):
    assert first_figure(service.ask("石门县责任督学每月对每所挂牌学校督导至少几次？"))[0] == 2


@pytest.mark.parametrize("text, per_head", [
    ("课后服务财政每个学生补多少", True),
    ("每名幼儿每年补助多少钱", True),
    ("生均公用经费是多少", True),
    ("小学教育预算折合每名小学生是多少元", True),
    ("每学生每年多少钱", True),
    ("平均每个初中学生分到多少", True),
    ("每名初中生补助多少", True),
    ("每个学校有多少学生", False),
    ("每所学校补助多少钱", False),
])
def test_per_head_as_spoken(text, per_head):
    assert bool(PER_HEAD.search(text)) is per_head


def test_a_total_does_not_answer_per_head_asked_as_spoken(service):
    r = service.ask("石门县课后服务财政每个学生补多少钱？")
    assert 900 not in [f.value for f in r.figures], r.answer
