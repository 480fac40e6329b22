"""Policy terms asked by describing them in spoken words (server/lexicon/plain_words.tsv) and things
counted with a counter speech puts on them (server/lexicon/spoken_counters.tsv), over documents written
here: a kindergarten run privately whose fees the government does not cap is a 非普惠性民办园, classes
crammed over the limit are 大班额, the share that stays to finish is the 巩固率, pupils ill from food are a
食物中毒, keeping official cars running is 公务用车运行维护, playground room per pupil is 生均体育运动场馆面积;
and a described term never lets a passage about another indicator answer."""
import pytest

from ingest.normalize import normalize
from server.intent import wanted_units
from server.query import plain
from server.service import Service
from tests.written import service_over

PLAN = """芷岚县学前教育提升行动方案（2026—2028年）
芷岚县教育局 2026年3月2日
一、发展现状
截至2025年底，全县共有幼儿园68所，其中公办园38所、普惠性民办园23所、非普惠性民办园7所。
二、主要任务
到2028年，新增公办学位1200个。
"""
REPORT = """芷岚县2025年教育工作总结
芷岚县教育局 2026年1月15日
一、义务教育
全年化解五十六人以上大班额十四个，初中三年巩固率为97.6%，小学六年巩固率为99.1%。
二、学校安全
学校发生食物中毒或疑似食物中毒事件的，须在1小时内报告县教育局和县卫生健康局。
三、部门预算
2026年公务用车运行维护费8.60万元，公务接待费1.20万元。
"""
TABLE = """澹林县义务教育学校办学条件统计表（2025年）
澹林县教育局 2025年11月20日
学校 | 在校生（人） | 生均体育运动场馆面积（平方米） | 生均校舍建筑面积（平方米）
澹林县第一小学 | 1320 | 6.2 | 7.9
澹林县东湖小学 | 410 | 11.8 | 9.4
澹林县北塘初级中学 | 860 | 9.1 | 12.6
"""
GOVERNMENT = """芷岚县2026年政府工作报告
芷岚县人民政府 2026年2月10日
一、民生保障
城乡低保标准提高到每人每月860元。开展新就业群体子女暑期托管服务“小候鸟行动”。
"""
BUILDINGS = """蔚汀县义务教育学校办学条件统计表（2025年）
蔚汀县教育局 2025年11月21日
学校 | 在校生（人） | 生均校舍建筑面积（平方米）
蔚汀县南关小学 | 980 | 8.3
蔚汀县西岭小学 | 350 | 10.7
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "spoken-descriptions",
                        {"zhilan-plan-2026": PLAN, "zhilan-report-2025": REPORT, "danlin-table-2025": TABLE,
                         "weiting-table-2025": BUILDINGS, "zhilan-gov-2026": GOVERNMENT})


@pytest.mark.parametrize("spoken, official", [
    ("私人开办的幼儿园有多少", "民办幼儿园有多少"),
    ("不受政府限价的幼儿园", "非普惠性幼儿园"),
    ("人数超标的班级还有几个", "大班额还有几个"),
    ("学生留校读完的比例", "学生巩固率"),
    ("养公务车花了多少", "公务用车运行维护花费多少"),
    ("单位里有多少台车", "单位里有车辆多少辆"),
    ("老师有没有额外的钱", "教师有没有补助"),
    ("靠政府兜底生活的老人", "低保的老人"),
    ("网约车司机家里的孩子", "新就业形态劳动者子女"),
])
def test_spoken_descriptions_become_the_documents_terms(spoken, official):
    assert plain(normalize(spoken)) == official


def test_a_spoken_counter_asks_in_the_documents_counter_of_its_noun():
    assert wanted_units("城关镇的幼儿园一共几家") == ("所", "家")
    assert wanted_units("教育局配了多少台车") == ("辆", "台")
    # a counter said of other things stays as asked
    assert wanted_units("开发区有多少家企业") == ("家",)
    assert wanted_units("学校买了多少台电脑") == ("台",)


@pytest.mark.parametrize("question, start", [
    ("芷岚县收费不受政府限价、私人开办的幼儿园眼下有几家？", "7所"),
    ("芷岚县公家办的幼儿园有几家？", "38所"),
    ("芷岚县去年把挤得满满的班级消化掉多少个？", "十四个"),
    ("芷岚县初中坚持读完的比例有多少？", "97.6%"),
    ("芷岚县学校里要是有学生吃坏肚子了，几小时内要报告？", "1小时"),
    ("芷岚县教育局今年养公务车预算多少钱？", "8.60万元"),
])
def test_described_terms_answer(service, question, start):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(start), answer.answer


def test_the_roomiest_playground_per_pupil_is_the_largest_sports_ground_area(service):
    answer = service.ask("澹林县人均操场最宽敞的是哪所学校？")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("澹林县东湖小学"), answer.answer


def test_playground_room_is_not_answered_by_another_area(service):
    # the table states building room per pupil only: no figure of it answers for the playground
    answer = service.ask("蔚汀县人均操场最宽敞的是哪所学校？")
    assert answer.abstained, answer.answer


@pytest.mark.parametrize("question, start", [
    # (a kind named by its qualifier on the whole's word, 幼儿园, is the 其中 part so qualified: 非普惠性民办园)
    ("芷岚县收费不受政府限价的幼儿园有几家？", "7所"),
    ("芷岚县非普惠性幼儿园有多少所？", "7所"),
    ("芷岚县普惠性民办园有多少所？", "23所"),
])
def test_a_negated_kind_is_answered_by_its_own_list_item(service, question, start):
    # in `普惠性民办园23所、非普惠性民办园7所` the 非 kind is the second item's, not the first's
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(start), answer.answer


def test_the_safety_net_and_new_workers_children_in_spoken_words(service):
    answer = service.ask("芷岚县靠政府兜底过日子的人，每月标准是多少元？")
    assert not answer.abstained and answer.answer.startswith("860元"), answer.answer
    answer = service.ask("芷岚县对外卖员、网约车司机家里的孩子有什么照顾？")
    assert not answer.abstained and "小候鸟行动" in answer.answer, answer.answer


def test_a_qualifier_no_part_opens_is_not_one_part(service):
    # 民办 qualifies both 民办 parts, opening neither: no one part's count answers for all private kindergartens
    answer = service.ask("芷岚县民办幼儿园有多少所？")
    assert not answer.answer.startswith(("7所", "23所")), answer.answer
