"""Colloquial asks about events whose passage uses the documents' words (documents written here, real ingest): rain
(下大雨) is a plan's 中雨 contingency, meeting it (碰上) its 遇; asking on the spot (当场问) a lecture's 互动答疑;
someone taking another's place (顶替) a contest's 冒名; time in the sun (晒太阳) 户外活动; a tablet or slides in
class (平板, 课件) the 电子屏幕 a school's screen-time rule bounds."""
import pytest

from server.service import Service
from tests.written import service_over

FIELD_DAY = """漪川区2027年中小学秋季田径运动会方案
一、时间地点
比赛于2027年10月20日至21日在区全民健身中心举行。
二、安全保障
（一）医疗保障。每天安排医护人员4名在场边值守。
（二）天气预案。运动会期间如遇中雨以上天气，当天比赛延期举行，由组委会另行通知。
"""
TALKS = """漪川区教育局关于寒假安全教育讲座的通知
各中小学：
区教育局将于1月8日在区青少年宫举办寒假安全教育讲座，每场约60分钟。
每场讲座后安排15分钟互动答疑，学生可以提问。
"""
LEAGUE = """漪川区2026年中学生篮球联赛总结
本届联赛共有24支球队参赛，比赛共进行58场。
赛前开展资格审查，共核对球员学籍三百余份，发现冒名参赛两起，相关场次成绩作废。
"""
EYES = """漪川区2026年学生视力监测通报
全区学生总体近视率为51.3%。
存在问题：部分学校每天在校户外活动时间不足2小时。
下一步要求：课堂教学中使用电子屏幕的时长不超过教学总时长的三成。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "colloquial-events",
                        {"yichuan-field-day-2027": FIELD_DAY, "yichuan-talks-2027": TALKS,
                         "yichuan-league-2026": LEAGUE, "yichuan-eyes-2026": EYES})


@pytest.mark.parametrize(("question", "said"), [
    ("漪川区开运动会碰上下大雨怎么办", "延期举行"),
    ("漪川区听讲座的时候孩子能当场问问题吗", "互动答疑"),
    ("漪川区篮球联赛有没有人顶替别人上场", "冒名参赛"),
    ("漪川区学生在外面晒太阳的时间够吗", "户外活动"),
    ("漪川区老师上课用平板放课件有时间限制吗", "电子屏幕"),
])
def test_a_colloquial_ask_finds_the_documents_words(service: Service, question: str, said: str) -> None:
    r = service.ask(question)
    assert not r.abstained and said in r.answer, r.answer
