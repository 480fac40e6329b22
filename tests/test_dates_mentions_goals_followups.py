"""Documents' own dates, mentions, goals and follow-ups, on documents written here (real ingest, Service.ask):
each of a place's documents' date given as documents write dates (a page's `2026-04-08` read 2026年4月8日) and
cited with the issuer's line its signature prints it under; which documents mention an act done to an object the
question only holds the place of (`把有关内容纳入…`); two asks answered by two clauses of one sentence cited as
that one span, their labels keeping a noun that opens with a counter's character (家 of 家庭, 家长); a goal a
letter states in a sentence of its own (`目标是…零发生`) answering `要达到什么目标`; a follow-up naming only 初中
after a question about 小学一年级 asking the junior stage's first grade (七年级); and two places each asked its
own thing in one question, a time per the period asked (每周…2小时) being the amount asked."""

import pytest

from server.service import Service
from tests.written import service_over

SERVICE_PLAN = """蓼川县中小学课后服务实施方案
发布日期：2026-04-08 来源：蓼川县教育局
一、总体要求
全县小学课后服务覆盖率达到100%。
二、主要措施
（一）丰富服务内容。课后服务成果纳入学生综合素质评价。
"""

SAFETY_REPORT = """蓼川县教育局关于2025年校园安全检查情况的通报
各中小学校：
2025年12月，县教育局对全县32所中小学开展了校园安全检查，发现隐患41处，已全部整改。
联系单位：县教育局安全股。
蓼川县教育局
2026年2月10日
"""

SPORTS_PLAN = """萸塘区中小学体育工作要点
萸塘区教育局
2026年3月
一、工作要求
各校要开足开齐体育课，将体育锻炼情况纳入学生综合素质评价。
小学三至六年级每日书面作业总时长不超过1小时，保证学生每天校内外体育活动时间。
"""

FAMILY_PLAN = """槿岭县2026年家庭教育指导服务工作方案
槿岭县教育局
2026年1月
一、工作目标
2026年，培训持证家庭教育指导师260名；建成28个社区家长驿站。
二、工作要求
学校向家长印发家务劳动清单，要求小学生每周家务劳动不少于2小时。
"""

SUMMER_LETTER = """棠溪市暑期防溺水安全告家长书
尊敬的家长：
暑期是学生溺水事故的高发期，请您务必履行监护责任。
一、不私自下水游泳。
二、不在无家长带领的情况下到河边玩耍。
我们的目标是全市学生暑期溺水事故零发生。
棠溪市教育局
2026年7月1日
"""

ADMISSION = """棠溪市2026年义务教育招生公告
棠溪市教育局
2026年5月
一、招生计划
| 学段 | 计划招生 | 班数 | 报名时间 |
| --- | --- | --- | --- |
| 小学一年级 | 3100人 | 69个 | 7月2日至6日 |
| 初中七年级 | 2750人 | 55个 | 7月9日至13日 |
二、报名方式
家长通过市教育局招生平台报名。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "dates-mentions", {
        "liaochuan-after-school-plan-2026": SERVICE_PLAN, "liaochuan-safety-report-2026": SAFETY_REPORT,
        "yutang-sports-points-2026": SPORTS_PLAN, "jinling-family-plan-2026": FAMILY_PLAN,
        "tangxi-summer-letter-2026": SUMMER_LETTER, "tangxi-admission-2026": ADMISSION})


def test_each_documents_date_is_written_as_a_date_and_cited_with_its_signature(service):
    answer = service.ask("蓼川县课后服务方案和安全检查通报分别是哪天发的")
    assert not answer.abstained, answer.answer
    assert "2026年4月8日" in answer.answer and "2026年2月10日" in answer.answer, answer.answer
    signed = [c.text for c in answer.citations if "2026年2月10日" in c.text]
    assert signed and "蓼川县教育局" in signed[0], [c.text for c in answer.citations]


def test_documents_mentioning_an_act_on_an_object_only_placed(service):
    answer = service.ask("哪些文件提到把有关内容纳入学生综合素质评价")
    assert not answer.abstained, answer.answer
    assert "蓼川县" in answer.answer and "萸塘区" in answer.answer, answer.answer
    assert "槿岭县" not in answer.answer, answer.answer


def test_two_asks_of_one_sentences_clauses_are_labelled_whole_and_cited_once(service):
    answer = service.ask("槿岭县今年要培训多少家庭教育指导师、建多少家长驿站")
    assert not answer.abstained, answer.answer
    assert "家庭教育指导师：260名" in answer.answer and "家长驿站：28个" in answer.answer, answer.answer
    assert len(answer.citations) == 1, [c.text for c in answer.citations]
    assert "260名" in answer.citations[0].text and "28个" in answer.citations[0].text


def test_a_goal_stated_in_words_answers_what_the_goal_is(service):
    answer = service.ask("棠溪市暑期防溺水要达到什么目标")
    assert not answer.abstained, answer.answer
    assert "零发生" in answer.answer, answer.answer


def test_a_follow_up_naming_the_junior_stage_asks_its_first_grade(service):
    history = [{"role": "user", "content": "棠溪市小学一年级什么时候报名"},
               {"role": "assistant", "content": "小学一年级报名时间为7月2日至6日。"}]
    answer = service.ask("初中呢", history)
    assert not answer.abstained, answer.answer
    assert "7月9日至13日" in answer.answer, answer.answer


def test_two_places_each_asked_its_own_time_per_period(service):
    answer = service.ask("槿岭小学生家务劳动每周要求多少，萸塘小学三到六年级每天书面作业上限多少")
    assert not answer.abstained, answer.answer
    assert "2小时" in answer.answer and "1小时" in answer.answer, answer.answer
