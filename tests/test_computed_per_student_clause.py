"""A figure in 元 whose own clause states it per student (`生均公用经费按照每生每年5800元的标准核拨`) is a rate of
the per-student standard's kind and is judged against it; a bare total (`公用经费87万元`) still cannot
be. Unit part on the clause reader, end to end on documents written here (real ingest, Service.ask)."""

import pytest

from figures.standards import per_student_period
from server.service import Service
from tests.written import service_over


@pytest.mark.parametrize("clause, value, period", [
    ("特教学校生均公用经费按照每生每年5800元的标准核拨", 5800, "年"),
    ("寄宿生生活费补助每名学生每学年1,250元", 1250, "年"),
    ("营养膳食补助每生每天5元", 5, "天"),
    ("特殊教育学校生均公用经费达到7000元", 7000, ""),
    ("全年拨付特殊教育学校公用经费87万元", 87, None),  # a total
    ("生均公用经费650元，全年拨付公用经费900万元", 900, None),  # the other amount of the sentence is the rate
])
def test_per_student_period(clause, value, period):
    assert per_student_period(clause, value) == period


REPORT = """建瓯市义务教育优质均衡发展自评报告
建瓯市人民政府教育督导室
2025年6月
三、经费投入与保障
1. 经费足额到位。特殊教育学校生均公用经费按照每生每年6800元的标准核拨到校。
2. 全市寄宿制学校公用经费另按寄宿生人数加拨。
"""

LOW = """松溪县义务教育优质均衡发展自评报告
松溪县人民政府教育督导室
2025年5月
三、经费投入与保障
全县特殊教育学校生均公用经费目前只有每生每年5200元，办学经费仍较紧张。
"""

TOTAL = """政和县2025年教育经费执行情况
政和县教育局
2025年12月
全年拨付特殊教育学校公用经费87万元，保障了学校正常运转。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "per-student-clause", {"jianou-self-2025": REPORT, "songxi-self-2025": LOW,
                                                                 "zhenghe-funds-2025": TOTAL})


@pytest.mark.parametrize("question, verdict", [
    ("建瓯市特殊教育学校公用经费够不够用", "达标"),
    ("建瓯特教学校的公用经费够不够用", "达标"),  # 特教: the short form
    ("建瓯市特殊教育学校生均公用经费达标吗", "达标"),
    ("松溪县特殊教育学校生均公用经费达到国家标准了吗", "未达标"),
])
def test_a_rate_stated_per_student_is_judged(service, question, verdict):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(verdict), answer.answer
    assert "总额" not in answer.answer, answer.answer


def test_a_total_still_cannot_be_judged(service):
    answer = service.ask("政和县特殊教育学校公用经费达标吗")
    assert not answer.answer.startswith(("达标", "未达标")), answer.answer
