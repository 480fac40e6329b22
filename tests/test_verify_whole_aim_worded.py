"""Three ways a figure of the right sentence is still not the one asked: a level aimed at (力争, 预计) read as
a year's measured value; the whole's figure in a document's prose for a place or school one row of its own
table names; a rate written in words (百分之八十五) beside the clause naming the share asked. Documents
written here, real ingest, Service.ask."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

# a year's summary whose closing paragraph sets next year's aim in the same sentence as a past figure
SUMMARY = """榆溪县2023年课后托管工作总结
榆溪县教育局
2024年1月
一、基本情况
全县中小学均提供课后托管，学生课后托管参与率为88.4%。
二、下一步打算
明年（2024年）继续加大投入，力争学生课后托管参与率提高至96%，家长认可度稳定在九成以上（本年度为93.5%）。
"""

# a work report whose aim for the coming year is an estimate (预计)
REPORT = """栎川县2023年教育工作报告
栎川县教育局
2024年2月
一、过去一年回顾
全年扩充公办学位，幼儿入园更加便利。
二、今后一年安排
预计栎川县幼儿园毛入园率将升至93%，另建公办幼儿园3所。
"""

# a county's prose totals beside its table by town
TOWNS = """芦湾县2025年秋季学期学生资助情况通报
芦湾县教育局
2025年12月
一、资助范围和资金
全县31所学校落实资助政策，受助学生5200人，发放资助资金612万元。各乡镇情况如下：
| 乡镇 | 学校数（所） | 受助学生（人） | 资助资金（万元） |
| --- | --- | --- | --- |
| 柘塘镇 | 12 | 2100 | 250 |
| 苇口乡 | 10 | 1700 | 198 |
| 荇溪镇 | 9 | 1400 | 164 |
| 合计 | 31 | 5200 | 612 |
"""

# a district's prose total beside its table by school
SCHOOLS = """菱塘区2025年校园安保设施配备情况
菱塘区教育局
2025年11月
全区共配备专职保安员186名，一键报警装置覆盖率100%。分校情况如下：
| 学校 | 专职保安员（名） |
| --- | --- |
| 菱塘区蓼洲小学 | 14 |
| 菱塘区蒹葭中学 | 22 |
| 菱塘区其他学校 | 150 |
| 合计 | 186 |
"""

# a speech writing a rate in words; the share asked stated without a figure of its own
SPEECH = """在蒹葭县教育工作会议上的讲话
蒹葭县人民政府
2026年2月
幼儿教育补短板成效明显：全县普惠园覆盖率升至百分之八十八，公办园在园幼儿占比已过半数。
"""

# a report writing the other rate in words, and the share asked in a clause of its own without a figure
BRIEF = """苇口县义务教育发展简报
苇口县教育局
2025年10月
义务教育巩固率达到百分之九十九点二，寄宿生比例大幅提高。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "whole-aim-worded", {
        "yuxi-summary": SUMMARY, "lichuan-report": REPORT, "luwan-aid": TOWNS, "lingtang-guards": SCHOOLS,
        "jianjia-speech": SPEECH, "weikou-brief": BRIEF})


@pytest.mark.parametrize("question, aimed", [
    ("榆溪县2023年学生课后托管参与率是多少？", 96),  # 力争 of the next year, in a sentence naming 2023 too
    ("栎川县2023年幼儿园毛入园率是多少？", 93),  # 预计, under next year's heading
])
def test_an_aim_is_no_measured_value_of_a_year(service, question, aimed):
    r = service.ask(question)
    assert not any(f.value == aimed for f in r.figures), r.answer


def test_the_aim_is_still_answered_when_asked(service):
    assert first_figure(service.ask("榆溪县力争学生课后托管参与率提高至多少？"))[0] == 96


@pytest.mark.parametrize("question, whole", [
    ("柘塘镇有多少学生受助？资助资金多少？", 5200),  # a town of the table: never the county's total
    ("蓼洲小学配备了多少名专职保安员？", 186),  # a school of the table: never the district's total
])
def test_a_row_asked_is_not_answered_by_the_whole(service, question, whole):
    r = service.ask(question)
    assert not any(f.value == whole for f in r.figures), r.answer


def test_the_whole_is_still_answered_for_the_whole(service):
    assert first_figure(service.ask("芦湾县受助学生一共多少人？"))[0] == 5200


@pytest.mark.parametrize("question, other", [
    ("蒹葭县公办园在园幼儿占比是多少？", 88),  # 普惠性幼儿园覆盖率 in words, beside the share named without one
    ("苇口县寄宿生比例是多少？", 99.2),  # 巩固率 in words
])
def test_a_rate_in_words_of_another_clause_does_not_answer(service, question, other):
    r = service.ask(question)
    assert not any(f.value == other for f in r.figures), r.answer
