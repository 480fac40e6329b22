"""Questions naming a thing in everyday words that the documents write otherwise (real ingest, real model,
Service.ask over documents written here): 读书 at a school is the pupils' 进入 it, a 师傅 driving a bus its 驾驶人
(a part the question negates by its own word, 没按时, is the part the clause negates, 没有按期), a 投影 a classroom's
电子屏幕 and a 限制 its bound, a 低保户's child one of the 经济困难 pupils a fee waiver
names, a 参与率 a plan sets as the share of pupils taking part (参加X的比例), a 桌子's spacing in 厘米, and
going into a school (进学校 → 入校) to play ball (打球 → 健身) — server/lexicon/synonyms.tsv,
plain_words.tsv, server/answer/evidence.py doers_share, server/answer/qualifiers.py negated_stated."""
import pytest

from server.service import Service
from tests.written import service_over

ENROLMENT = """蒲汀县2026年小学初中入学工作安排
一、学校概况。本县设公办小学21所、公办初中9所。
二、入学办法。进城务工家庭的孩子凭居住证报名，县里统筹安排学位。去年进城务工家庭子女进入本县公办校的占比为88.5%。
三、劳动教育。各校每周开设劳动课2课时以上；校内劳动园地覆盖率要达到95%。
"""

BUSES = """槐岚区校车春季抽检情况
一、抽检概况。抽检校车40辆，涉及驾驶人44名、照管员41名。
二、存在不足。3辆车的灭火器超出有效期；另有6名驾驶人未按期完成年审培训；2个站点缺少指示牌。
"""

SCREENS = """槐岚区护眼行动年终小结
（一）户外时间。各校保证学生每天在户外活动2小时以上。
（二）屏幕时长。教学中使用电子屏幕的时长原则上不超过一节课的三成，作业不经手机下发。
"""

AFTER_SCHOOL = """蒲汀县放学后托管服务年度公告
一、总体情况。去年全县有2.1万名学生参与课后服务，参与率为90.5%。
二、费用。家长每学期承担每生180元以内；困难家庭学生860人的服务费用全额免除。
三、远景安排。至2028年，学生参加社团活动的比例稳定在百分之八十以上，精品社团数量在全部社团中的比例升至百分之三十。
"""

EXAMS = """蒲汀县中考考场布置要求
一、考场。每间考场最多坐25名考生，单人单桌，左右间距不少于60厘米。
二、周边。考试那几天考点300米以内停止施工。
"""

VENUES = """槐岚区校园运动场向居民开放须知
一、入场。市民须提前在线实名预约，凭身份证入校锻炼。
二、时段。节假日可适当延长；学校办大型活动时不对外。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "paraphrased-nouns",
                        {"puting-enrolment-2026": ENROLMENT, "huailan-buses-2026": BUSES,
                         "huailan-screens-2025": SCREENS, "puting-after-school-2025": AFTER_SCHOOL,
                         "puting-exams-2026": EXAMS, "huailan-venues-2026": VENUES})


def test_pupils_studying_at_public_schools_are_those_entering_them(service: Service) -> None:
    response = service.ask("蒲汀县进城务工家庭子女去年在公办学校里读书的占了多少？")
    assert not response.abstained, response.answer
    assert "88.5%" in response.answer


def test_bus_drivers_not_trained_on_time_are_the_drivers_not_trained_by_the_deadline(service: Service) -> None:
    response = service.ask("槐岚区校车师傅里有多少人没按时参加年审培训")
    assert not response.abstained, response.answer
    assert "6名" in response.answer and "44名" not in response.answer


def test_a_projector_is_a_classroom_screen_and_a_limit_its_bound(service: Service) -> None:
    response = service.ask("槐岚区课上放投影有没有时间上的限制")
    assert not response.abstained, response.answer
    assert "三成" in response.answer


@pytest.mark.xfail(strict=True, reason="学校 ~ 各校 was dropped from synonyms.tsv: as a synonym entry "
                   "the generic 学校 turned held-out refusals of hypothetical and per-group asks into "
                   "wrong figures; to read 各校 as 学校 another way")
def test_lessons_a_week_are_read_from_the_rule_on_each_school(service: Service) -> None:
    response = service.ask("蒲汀县学校的劳动课一周要开几节？")
    assert not response.abstained, response.answer
    assert "2课时" in response.answer and "95%" not in response.answer


def test_a_poor_familys_fee_is_the_waiver_for_pupils_in_need(service: Service) -> None:
    response = service.ask("蒲汀县低保户的孩子上托管服务还要收钱吗")
    assert not response.abstained, response.answer
    assert "全额免除" in response.answer


def test_a_participation_rate_target_is_the_share_taking_part(service: Service) -> None:
    response = service.ask("蒲汀县2028年社团活动的参与率要到多少？")
    assert not response.abstained, response.answer
    assert "八十" in response.answer and "三十" not in response.answer


def test_a_desk_spacing_asked_is_the_seat_rule_in_centimetres(service: Service) -> None:
    response = service.ask("蒲汀县中考时两张桌子左右要隔多远")
    assert not response.abstained, response.answer
    assert "60厘米" in response.answer and "300米" not in response.answer


def test_the_public_going_into_a_school_to_play_must_book(service: Service) -> None:
    response = service.ask("槐岚区普通老百姓要进学校打球得先办什么手续")
    assert not response.abstained, response.answer
    assert "预约" in response.answer
