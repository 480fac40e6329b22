"""Follow-ups on documents written here: a stage named with its noun (`中职学校呢？`, `初中阶段呢？`)
takes the previous stage's place and keeps its indicator; a table whose headers join stage and
measure (`初中差异系数`) answers the stage asked by the column naming both; a demonstrative
(`这个服务`) stands for the thing the previous question named (课后服务). Real ingest, real model."""

import pytest

from server.followup import resolve_followup
from server.regions import RegionCatalog
from server.service import Service
from tests.written import service_over

STATS = """安远县2024年教育事业统计公报
安远县教育局
2025年3月10日
一、基本情况
全县共有小学68所，在校生31250人。初中18所，在校生15400人。普通高中4所，在校生7216人。中等职业学校2所，在校生2958人。
二、校际差异
全县义务教育学校校际差异系数见下表。
指标 | 小学均值 | 小学差异系数 | 初中均值 | 初中差异系数
生均教学仪器设备值（元） | 3286 | 0.331 | 4125 | 0.305
生均体育运动场馆面积（平方米） | 11.80 | 0.448 | 15.60 | 0.392
"""

INQUIRY = """定南县人大常委会专题询问实录
2024年6月26日
李洪涛委员问：“双减”以后课后服务开展得怎么样？经费从哪里来？
周局长答：全县96所义务教育学校全部开展课后服务，学生参与率93.5%，教师参与率96.2%。课后服务经费实行财政补助和服务性收费相结合，财政按每生每年300元的标准补助，2023年县财政安排课后服务补助资金1720万元。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "followup-written", {"anyuan-stats-2024": STATS,
                                                               "dingnan-inquiry-2024": INQUIRY})


def user(text: str) -> list[dict]:
    return [{"role": "user", "content": text}, {"role": "assistant", "content": "……"}]


@pytest.mark.parametrize(("previous", "question", "resolved"), [
    ("宁化县普通高中在校生有多少？", "中职学校呢？", "宁化县中职在校生有多少"),
    ("宁化县小学在校生有多少？", "那初中阶段呢？", "宁化县初中在校生有多少"),
    ("宝坻区课后服务学生参与率多少？", "这个服务财政每个学生补多少？", "宝坻区课后服务财政每个学生补多少"),
    ("某县城东学校扩建工程投资多少？", "这项工程什么时候完工？", "扩建工程什么时候完工"),
    # `那A的呢？`: A qualifies the thing the previous question counted (its people, not A's person-times)
    ("宁化县2024年接受康复训练的残疾儿童有多少？", "那居家学习的呢？", "宁化县2024年居家学习的残疾儿童有多少"),
    ("某县今年承担延时托管的教师有多少人？", "那承担午间看护的呢？", "承担午间看护的教师有多少人"),
])
def test_resolved(previous: str, question: str, resolved: str) -> None:
    assert resolved in resolve_followup(question, user(previous), RegionCatalog({}))


@pytest.mark.parametrize(("previous", "question", "value"), [
    ("安远县普通高中在校生有多少？", "中职学校呢？", 2958),
    ("安远县小学在校生有多少人？", "初中阶段呢？", 15400),
    ("安远县小学生均体育运动场馆面积的校际差异系数是多少？", "初中呢？", 0.392),
    ("安远县初中生均教学仪器设备值的差异系数是多少？", "小学呢？", 0.331),
    ("定南县课后服务学生参与率多少？", "这个服务财政每个学生补多少钱？", 300),
])
def test_followup_answers_the_new_stage_or_thing(service: Service, previous: str, question: str,
                                                 value: float) -> None:
    response = service.ask(question, user(previous))
    assert not response.abstained, response.answer
    assert round(response.figures[0].value, 3) == value, response.answer


def test_a_stage_and_measure_header_named_apart(service: Service) -> None:
    response = service.ask("安远县初中生均教学仪器设备值的校际差异系数是多少？")
    assert not response.abstained and response.figures[0].value == 0.305, response.answer
