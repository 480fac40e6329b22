"""Figures of the right passage that still do not answer: the whole's count for a part the question asks of
it (`…教师中音乐教师有多少`), a range's count for one of its ends; a year's target cell for the year's actual
value; a status beyond done (超额完成, 提前竣工) counted among the rows not done; and answers of the wrong shape —
one side's figure for how far one exceeds the other, a bare figure for whether a bar is met, an indicator's
own value for the share of its target done. Documents written here, real ingest, Service.ask."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

# a county's recruitment line stating only the whole, then a district's stating a part of its whole too
HIRING = """栊溪县2025年教师队伍建设情况
栊溪县教育局
2025年12月
一、教师补充
本年度共招录新教师二百四十名，分赴各乡镇学校任教。
"""

BOARDING = """萩塘区寄宿制学校管理情况通报
萩塘区教育局
2025年11月
全区现有寄宿制学校17所，寄宿生6300人。新招聘生活老师58名，其中女性生活老师41名。
"""

# a count over a range of grades, in two shapes
CLASSES = """蓠湾县大班额消除工作进展
蓠湾县教育局
2025年10月
经排查，全县小学三年级至五年级还有56人以上的大班9个，下学期全部分班。
"""

GRADES = """枨川区初中学位情况说明
枨川区教育局
2025年9月
全区七年级到九年级在校生2400人，学位总体充足。
"""

# a plan's final review tabulating each year's target beside the value reached, and next year's speech
REVIEW = """蕤洲县“十四五”教育规划终期评估报告
蕤洲县教育局
2026年1月
一、主要指标完成情况
| 指标 | 2020年基期值 | 2025年目标值 | 2025年实际值 | 完成情况 |
| --- | --- | --- | --- | --- |
| 学前三年毛入园率（%） | 86.0 | 91 | 92.4 | 完成 |
| 公办园在园幼儿占比（%） | 41.5 | 55 | 52.1 | 未完成 |
| 新增公办学位（个） | — | 5000 | 5600 | 超额完成 |
| 骨干教师占比（%） | 12.0 | 18 | 16.5 | 未完成 |
"""

SPEECH = """在蕤洲县2026年教育工作会议上的讲话
蕤洲县人民政府
2026年2月
公办园在园幼儿占比今年力争提高到百分之六十，继续扩大普惠性资源。
"""

PROJECTS = """芡浦区2025年校舍建设项目进度表
芡浦区教育局
2025年12月
| 项目名称 | 建设内容 | 进度 |
| --- | --- | --- |
| 芡浦区第三小学教学楼 | 新建教学楼 | 已竣工 |
| 芡浦区东湖幼儿园 | 新建园舍 | 提前竣工 |
| 芡浦区实验中学食堂 | 改扩建食堂 | 在建 |
| 芡浦区西门小学操场 | 改造操场 | 在建 |
"""

# enrolment figures stated apart: a difference asked must be computed or refused, never one side quoted
NOTICE = """荪岭县2026年秋季小学招生公告
荪岭县教育局
2026年5月
据摸底，全县今年小学一年级适龄儿童预计1150人左右。
小学一年级今年拟招生1200人，学位供给有余。
"""

# exchange of teachers stated in counts: a bar asked whether met is judged or left, never answered by a count
EXCHANGE = """桤源县义务教育教师交流轮岗情况报告
桤源县教育局
2025年8月
本学年参加交流轮岗的教师有96名，骨干教师占20名，均已到岗。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "part-role-shape", {
        "longxi-hiring": HIRING, "qiutang-boarding": BOARDING, "liwan-classes": CLASSES, "chengchuan-grades": GRADES,
        "ruizhou-review": REVIEW, "ruizhou-speech": SPEECH, "qianpu-projects": PROJECTS, "sunling-notice": NOTICE,
        "qiyuan-exchange": EXCHANGE})


@pytest.mark.parametrize("question, whole", [
    ("栊溪县本年度招录的新教师中音乐教师有多少名？", 240),  # the part named nowhere in the passage
    ("萩塘区寄宿生中留守儿童有多少人？", 6300),  # another wording, the part a group the passage never names
])
def test_the_whole_does_not_answer_for_a_part_asked_of_it(service, question, whole):
    r = service.ask(question)
    assert not any(f.value == whole for f in r.figures), r.answer


def test_a_part_the_passage_states_is_still_answered(service):
    assert first_figure(service.ask("萩塘区新招聘的生活老师中女性生活老师有多少名？"))[0] == 41


@pytest.mark.parametrize("question, whole", [
    ("蓠湾县56人以上的大班中三年级的有多少个？", 9),  # 三年级至五年级: one end of the range
    ("枨川区在校生中七年级有多少人？", 2400),  # 七年级到九年级
])
def test_a_range_does_not_answer_for_one_of_its_ends(service, question, whole):
    r = service.ask(question)
    assert not any(f.value == whole for f in r.figures), r.answer


@pytest.mark.parametrize("question, value", [
    ("蕤洲县今年定的公办园在园幼儿占比目标，比2025年实际值高出几个百分点？", 7.9),  # 60 − 52.1, not 60 − 55
    ("蕤洲县骨干教师占比2025年实际比2020年基期值高几个百分点？", 4.5),  # 16.5 − 12.0, not 18 − 12.0
])
def test_a_year_asked_as_reached_takes_the_reached_column(service, question, value):
    assert first_figure(service.ask(question))[0] == pytest.approx(value)


@pytest.mark.parametrize("question, done, undone", [
    ("蕤洲县规划的主要指标里有哪几项没有完成？", "新增公办学位", "骨干教师占比"),  # 超额完成 is done
    ("芡浦区哪些校舍项目还没竣工？", "东湖幼儿园", "西门小学操场"),  # 提前竣工 is done
])
def test_a_status_beyond_done_is_done(service, question, done, undone):
    r = service.ask(question)
    assert undone in r.answer and done not in r.answer, r.answer


def test_the_rows_done_include_those_done_beyond_the_aim(service):
    r = service.ask("蕤洲县规划的主要指标里哪几项已经完成？")
    assert "新增公办学位" in r.answer and "学前三年毛入园率" in r.answer and "骨干教师占比" not in r.answer, r.answer


@pytest.mark.parametrize("question", [
    "荪岭县小学一年级今年计划招生人数比摸底预测的适龄儿童多出多少？",
    "荪岭县小学一年级计划招生比适龄儿童高出多少人？",
])
def test_a_difference_is_never_one_sides_figure(service, question):
    r = service.ask(question)
    assert not any(f.value in (1150, 1200) for f in r.figures), r.answer


@pytest.mark.parametrize("question", [
    "桤源县交流轮岗的骨干教师比例满足“不低于20%”的要求吗？",
    "桤源县交流轮岗教师中骨干教师是否达到不低于百分之二十的要求？",
])
def test_whether_a_bar_is_met_is_no_bare_count(service, question):
    r = service.ask(question)
    assert r.abstained or any(w in r.answer.split("依据")[0] for w in ("达标", "达到", "符合")), r.answer
    assert r.abstained or not r.answer.startswith(("20名", "96名")), r.answer


@pytest.mark.parametrize("question, done", [
    ("到2025年，蕤洲县骨干教师占比完成了规划增量目标的百分之多少？", 75.0),  # (16.5 − 12.0) ÷ (18 − 12.0)
    ("蕤洲县公办园在园幼儿占比的规划目标完成了百分之多少？", 94.7),  # 52.1 ÷ 55
])
def test_a_share_of_the_target_done_is_neither_the_level_nor_a_growth(service, question, done):
    # computed as asked, or refused: never the indicator's level (16.5, 52.1) nor its growth on the base year
    r = service.ask(question)
    assert r.abstained or first_figure(r)[0] == pytest.approx(done, abs=0.1), r.answer
