"""A list a lead-in's colon opens and `；` sets apart (`…清醒看到存在的问题：A；B；C。`), on documents written
here (a director's speech, a supervision team's feedback, a work plan's 工作要点, a plan's review): a question
asking the list by its lead-in gets every item up to the `。` closing it, not the first clause alone."""
import pytest

from server.answer.text import colon_list
from server.service import Service
from tests.written import service_over

SPEECH = """守正创新办好人民满意教育
——在2025年全县教育工作会议上的讲话
宁化县教育局局长 李建华
（2025年2月18日）
同志们：
这次会议的主要任务是，总结2024年全县教育工作，部署2025年重点任务。
一、过去一年工作成效明显
去年，全县新增学位3200个，招聘新教师140名，教育经费总投入达到8.6亿元。
同志们，成绩来之不易，但我们也要清醒看到存在的问题：城区学位仍然紧张，大班额还有12个；乡村学校英语和科学教师缺口较大，全县还差96名；部分学校食堂管理不够规范。这些问题，必须在今年的工作中下大力气解决。
二、今年重点工作要抓紧抓实
一是抓学位供给。今年计划新建幼儿园2所，新增学位900个。
二是抓教师队伍。今年计划招聘教师120名，优先补充英语和科学教师。
"""

FEEDBACK = """关于白水县义务教育优质均衡发展督导评估的反馈意见
白水县人民政府：
督导组于2025年5月对你县开展了实地督导，现将意见反馈如下。
督导组认为，你县义务教育优质均衡发展工作还存在以下不足：教师交流轮岗比例偏低，仅为6.8%；两所初中生均体育运动场馆面积不达标；特殊教育资源教室覆盖率不到一半。
请你县在3个月内完成整改，并将整改情况书面报送市教育督导室。
"""

PLAN = """石门县“十四五”教育发展规划
一、发展基础
“十三五”期间，全县教育事业发展成效显著，学前三年毛入园率达到91.2%。
同时，我县教育发展也面临不少挑战：人口向城区集聚，城区学位供给压力持续加大；乡村小规模学校办学效益偏低；职业教育专业设置与产业需求衔接不够。
"""

REPORT = """江山市教育局2025年上半年工作总结
一、上半年工作完成情况
上半年，全市新增学位1200个，完成校舍维修改造23所。
二、下半年工作安排
下半年，我们将重点做好以下工作：加快推进城东实验学校建设，确保秋季开学投入使用；深化集团化办学，新组建教育集团3个；开展校园食品安全专项整治，实现陪餐制度全覆盖。
"""

@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "colon-lists",
                        {"ninghua-speech-2025": SPEECH, "baishui-feedback-2025": FEEDBACK,
                         "shimen-plan-2021": PLAN, "jiangshan-summary-2025": REPORT})


def test_the_list_runs_to_its_closing_full_stop():
    text = "引言。\n我们也要看到存在的问题：A项不足；B项不足；C项不足。这些问题要解决。\n"
    s = text.index("我们")
    first = (s, text.index("；") + 1)
    listed = colon_list(text, first, len(text))
    assert listed is not None and text[slice(*listed)].endswith("C项不足。")
    middle = (first[1], text.index("；", first[1]) + 1)  # an item inside the list: the whole list too
    assert colon_list(text, middle, len(text)) == listed


@pytest.mark.parametrize("text", [
    "问题如下：一是A；二是B。\n",  # numbered: read by its markers elsewhere
    "存在的问题：A，B。\n",  # one sentence: no list of ；-items to extend
    "甲项完成；乙项完成。\n",  # no lead-in
])
def test_no_colon_list(text):
    assert colon_list(text, (0, text.index("；") + 1 if "；" in text else len(text) - 1), len(text)) is None


@pytest.mark.parametrize("question", ["宁化局长讲了哪些存在的问题", "宁化县教育工作会议上指出了哪些存在的问题",
                                      "宁化教育存在的问题有哪些"])
def test_a_speech_lists_its_problems(service, question):
    r = service.ask(question)
    assert not r.abstained, r.answer
    for item in ("城区学位仍然紧张", "还差96名", "食堂管理不够规范"):
        assert item in r.answer, r.answer
    assert "这些问题，必须" not in r.answer  # the sentence after the list is no item


@pytest.mark.parametrize("question", ["白水县义务教育优质均衡工作还存在哪些不足",
                                      "督导组认为白水县优质均衡还存在什么不足"])
def test_feedback_lists_its_shortcomings(service, question):
    r = service.ask(question)
    assert not r.abstained, r.answer
    for item in ("交流轮岗比例偏低", "体育运动场馆面积不达标", "资源教室覆盖率不到一半"):
        assert item in r.answer, r.answer
    assert "3个月内" not in r.answer


def test_a_plan_lists_its_challenges(service):
    r = service.ask("石门县教育发展面临哪些挑战")
    assert not r.abstained, r.answer
    for item in ("城区学位供给压力", "办学效益偏低", "衔接不够"):
        assert item in r.answer, r.answer


@pytest.mark.parametrize("question", ["江山市下半年要重点做好哪些工作", "江山下半年有哪些工作安排"])
def test_a_measure_list_after_a_colon(service, question):
    r = service.ask(question)
    assert not r.abstained, r.answer
    for item in ("城东实验学校", "新组建教育集团3个", "陪餐制度全覆盖"):
        assert item in r.answer, r.answer
