"""Things asked by describing their use with an everyday head noun (server/described.py,
server/lexicon/described_terms.tsv: the bus that takes pupils to school is a 校车, the room for talking
pupils through their worries a 心理辅导室), rooms counted by the schools having one (所), hosting visitors
as 公务接待; and a question's 今年/去年 about a report on a closed year (a 决算 or a statistics bulletin of
year Y, issued in Y+1 whether it prints its date or not), over documents written here."""
import pytest

from ingest.metadata import closed_year, reported_year
from ingest.normalize import normalize
from server.intent import wanted_units
from server.query import plain
from server.service import Service
from tests.written import service_over

# an undated final account of 2025: written in 2026, so a question's 去年 about it is 2025
ACCOUNTS = """泖溪市教育局2025年度部门决算

一、收入支出决算总体情况
本年收入合计32150.40万元，较上年增加1210.60万元。

二、“三公”经费支出情况
本年公务接待费2.30万元（上年3.75万元），公务用车运行维护费6.10万元（上年6.90万元），“三公”经费合计9.40万元。

三、其他重要事项说明
2025年末本部门实有车辆12辆，包括校车9辆和一般公务用车3辆。
"""
# a letter answering a proposal: rooms built so far beside the rest planned by a deadline with a month
LETTER = """关于筠岙县中小学心理健康教育提案的答复
筠岙县教育局 2026年4月8日
一、基本情况
全县有中小学41所，目前标准化心理辅导室已建好37所，专职心理教师19名。
二、下一步工作
其余4所学校2027年3月前完成心理辅导室建设。县财政每年列支专项经费60万元。
"""
# a dated statistics bulletin of 2024 issued in 2025, and an undated work summary of the year it is written in
BULLETIN = """蘅沚县2024年教育事业发展统计公报
蘅沚县教育局 2025年3月20日
全县幼儿园52所，在园幼儿11260人，较上年减少420人。
"""
SUMMARY = """漪湄县2025年教育工作总结
一、队伍建设
本年通过公开招聘补充新教师64名，分到乡村学校42名。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "described-things",
                        {"maoxi-accounts-2025": ACCOUNTS, "junao-letter-2026": LETTER,
                         "hengzhi-bulletin-2024": BULLETIN, "yimei-summary-2025": SUMMARY})


@pytest.mark.parametrize("spoken, official", [
    ("教育局送孩子上学用的车子有几辆", "教育局校车有几辆"),
    ("全县用来接孩子放学的那种车一共多少辆", "全县校车一共多少辆"),
    ("再添一辆送孩子的大巴有多大", "再添一辆校车有多大"),
    ("校园里帮学生谈心的那种小屋有几间", "校园里心理辅导室有几间"),
    ("学校里心理疏导的房间有几个", "学校里心理辅导室有几个"),
    ("学生住的屋子有多少间", "学生宿舍有多少间"),
])
def test_a_described_thing_becomes_the_documents_term(spoken, official):
    assert plain(normalize(spoken)) == official


@pytest.mark.parametrize("spoken", [
    "教育局的车有几辆",  # a car named by its owner, not by the use that makes it a 校车
    "局里公务用的车辆有几辆",  # 车 begins another word
    "家长开车接孩子的时间",  # no head after 的
])
def test_a_head_without_its_defining_use_stays(spoken):
    assert plain(normalize(spoken)) == normalize(spoken)


def test_rooms_asked_with_ge_are_counted_in_suo_where_they_are_named():
    assert wanted_units("全县建成了多少个心理辅导室") == ("所", "个")
    assert wanted_units("学校心理辅导室,现在建好了多少个?") == ("所", "个")
    assert wanted_units("全县新增了多少个学位") == ("个",)


def test_a_report_on_a_closed_year_is_issued_the_year_after():
    assert closed_year("泖溪市教育局2025年度部门决算") == 2025
    assert closed_year("蘅沚县2024年教育事业发展统计公报") == 2024
    assert closed_year("漪湄县2025年教育工作总结") is None  # a summary may be written before its year ends
    assert reported_year("泖溪市教育局2025年度部门决算", "") == 2025
    assert reported_year("漪湄县2025年教育工作总结", "") is None


@pytest.mark.parametrize("question, start", [
    ("泖溪市教育局送学生上下学用的车子有几辆？", "9辆"),
    ("泖溪市教育局用来接孩子上学的车有多少辆？", "9辆"),
    ("泖溪市教育局去年吃饭招待客人花了多少钱？", "2.30万元"),
    ("泖溪市教育局去年请客吃饭的开支是多少？", "2.30万元"),
    ("筠岙县帮学生疏导心理的那种房间，目前建好了多少个？", "37所"),
    ("筠岙县目前建成了多少个心理辅导室？", "37所"),
])
def test_described_things_are_answered(service, question, start):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(start), answer.answer


@pytest.mark.parametrize("question, start", [
    ("蘅沚县去年有多少在园幼儿？", "11260人"),  # a 2024 bulletin dated 2025: 去年 is 2024
    ("漪湄县今年公开招了几名新教师？", "64名"),  # an undated 2025 summary: 今年 is 2025
])
def test_relative_years_of_dated_and_undated_reports(service, question, start):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(start), answer.answer


# an interview dated only by its reporter's byline, in Chinese digits and Traditional script
INTERVIEW = """讓山鄉孩子就近上好學
——訪漪湄縣教育局局長
縣融媒體中心記者　某某　二〇二五年十月九日
問：今年隊伍建設有什麼進展？
答：今年招了新教師四十名，另有援疆教師十八名到崗，多數教數學和物理。
"""
# a year's teachers stated with the change on the year before
YEARBOOK = """蘅沚县2025年教育事业统计公报
全县专任教师5120人，较上年增加136人。全年共资助学生8400人次，资助资金960万元。
"""


@pytest.fixture(scope="module")
def spoken(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "described-spoken", {"yimei-interview-2025": INTERVIEW,
                                                               "hengzhi-yearbook-2025": YEARBOOK})


def test_a_reporters_byline_dates_the_interview(spoken):
    assert spoken.index.documents["yimei-interview-2025"].meta.date == "2025-10-09"


@pytest.mark.parametrize("question, start", [
    ("漪湄縣外地支援的老師今年來了幾名？", "十八名"),
    ("漪湄县今年外地来支援的教师有几名？", "十八名"),
    ("蘅沚县专任老师去年扩了多少人？", "136人"),
    ("蘅沚县2025年专任教师比上年增加了多少？", "136人"),
    ("蘅沚县一年下来给家里困难的学生发了多少钱？", "960万元"),
])
def test_spoken_wordings_of_a_dated_interview_and_a_yearbook(spoken, question, start):
    answer = spoken.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(start), answer.answer
