"""A mean per vehicle or machine asked (`平均一辆校车拉多少学生`, `平均每台…服务多少学生`): the count the
question names ÷ the vehicles its document counts beside it (server/operation.py _PER_COUNT,
server/calc.py _per_count); never a count of something else the sentence lists (驾驶员). Documents written
here (a transport bulletin, a library-van report), real ingest, Service.ask."""

import pytest

from server.operation import operation_of
from server.service import Service
from tests.written import first_figure, service_over

BUS = """筠溪县校车运行情况通报
筠溪县教育局
2025年11月3日
目前全县运营校车40辆，覆盖线路31条，日均乘车学生约1820人，配有驾驶员42名、照管员40名。
"""

VAN = """葭浦镇流动图书服务工作报告
葭浦镇中心学校
2026年1月12日
全镇配备流动图书车6台，全年服务乡村学生2130人，借阅图书4.2万册。
"""

# a bus count beside its drivers only: no pupils counted
DRIVERS = """苕岭县校车驾驶员培训通知
苕岭县教育局
2025年9月1日
全县运营校车25辆，配备驾驶员27名，均需参加年度安全培训。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "per-vehicle", {
        "junxi-bus-2025": BUS, "jiapu-van-2026": VAN, "tiaoling-drivers-2025": DRIVERS})


@pytest.mark.parametrize("question, value", [
    ("筠溪县的校车平均每辆载多少学生？", 45.5),  # 1820 ÷ 40, not the 42 drivers
    ("葭浦镇平均每台流动图书车服务多少学生？", 355),  # 2130 ÷ 6
])
def test_a_mean_per_vehicle_of_the_count_asked(service, question, value):
    assert first_figure(service.ask(question))[0] == value


def test_no_count_of_what_is_asked_no_mean(service):
    answer = service.ask("苕岭县校车平均一辆拉多少学生？")  # 27 drivers are no pupils
    assert answer.abstained or not any(round(f.value, 2) == 1.08 for f in answer.figures), answer.answer


@pytest.mark.parametrize("question, per", [
    ("平均一辆车坐几个学生", "辆"),
    ("平均每台设备多少人用", "台"),
    ("一辆车多少钱", ""),  # no mean asked: the price of one
])
def test_the_mean_per_vehicle_asked(question, per):
    assert operation_of(question).per == per


NOUN_AFTER = """荻塘县校车服务情况
荻塘县教育局
2025年10月9日
全县投入校车12辆，每天接送720名学生上下学。
"""


def test_the_people_counted_named_after_their_count(tmp_path_factory):
    service = service_over(tmp_path_factory, "per-vehicle-after", {"ditang-bus-2025": NOUN_AFTER})
    assert first_figure(service.ask("荻塘县的校车平均一辆接送多少学生？"))[0] == 60


@pytest.mark.parametrize("question", ["平均每台电脑多少钱", "平均一辆校车花了多少经费"])
def test_money_per_vehicle_is_left_to_one_sentences_total(question):
    assert operation_of(question).name == ""  # server/answer/perunit.py divides one sentence's total
