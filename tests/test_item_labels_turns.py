"""What a question in everyday words is answered by, on documents written here (real ingest, real model,
Service.ask): a numbered item's content, not its heading alone (`5．食堂管理。` over what is done); the
paragraph a report labels with the kind asked (`要求：…` for what is required next); a Q&A page's answer,
whose figure its question turn names (`问五：…能领多少？` over `答：…每人每年…元`), in either script; and
a place word in everyday order (外省 for the documents' 省外) and a school in everyday words (职校 for 中职)."""
import pytest

from server.answer.labelled import asked_labels, labelled_paragraph
from server.intent import intents_of
from server.service import Service
from tests.written import service_over

# numbered items on lines of their own, each heading followed by its content on the same line
POINTS = """珂渚县教育局2026年工作要点
一、总体要求
坚持育人为本，推动全县教育提质增效。
二、重点工作
1．学位扩容。增加义务教育学位2400个，另建成公办幼儿园3所。
2．食堂管理。31所学校后厨推行明厨亮灶，食品安全抽检合格率保持100%。
3．体育美育。每校每天安排校园体育活动不少于2小时。
"""

# run-in items inside one paragraph, marked （N）, the heading and its content in one sentence pair
REPORT = """琰埠县2025年教育督导工作总结
一、主要工作
（一）督学挂牌。全县52所学校实现责任督学挂牌全覆盖，每月到校督导不少于2次。（二）招生专项。开展招生入学专项督导，核查学籍信息1.2万条。（三）安全排查。排查校舍隐患46处，已全部销号。
"""

# a short notice: findings, then what is required next in a labelled paragraph whose list runs over lines
NOTICE = """瑀塘县学校饮用水卫生检查情况通报
2025年秋季学期，县教育局联合疾控中心抽检了全县学校饮用水卫生。共抽检水样58份，合格55份，合格率94.8%。
发现问题：3所学校净水设备滤芯未按期更换。
要求：相关学校于2025年12月20日前完成滤芯更换；
各校每学期送检水样不少于1次；
寒假前完成供水管道清洗消毒。
瑀塘县教育局
2025年11月28日
"""

# a supervision report whose requirements are a labelled lead over numbered items
FEEDBACK = """玹泽县幼儿园办园行为督导反馈意见
一、基本情况
本次督导抽查幼儿园12所，办园行为总体规范。
二、存在问题
部分幼儿园户外游戏时长不够，2所幼儿园保育员缺额。
整改要求：
1. 各园保证幼儿每天户外游戏时长不少于2小时。
2. 2026年3月底前按标准配齐保育员。
"""

# Q&A pages: the answer turn states the figure, its question turn says what it is of
FAQ = """瑄岭县学生资助常见问题解答
问一：上高中家里困难能领多少助学金？
答：普通高中在读的困难家庭学生能申请国家助学金，标准为平均每人每年2000元。
问二：助学贷款每年最多能借多少？
答：本专科学生每年最高可借16000元，研究生每年最高可借22000元。
问三：考上大学有没有入学路费？
答：困难家庭新生可申领路费补助，在省内院校报到的补600元，去省外院校报到的补1200元。
"""

FAQ_TRADITIONAL = """璘江縣中職學生資助問答
問一：讀中職要交學費嗎？
答：在中職學校正式註冊的全日制學生一律不收學費。
問二：中職生能領多少國家助學金？
答：家境困難的一、二年級學生每人每年1800元，讀涉農專業的每人每年2300元。
"""

# a funding report explaining a fall in the documents' name of the stage (中职), asked by its everyday one (职校)
FUNDING = """琰埠县2025年教育经费使用情况说明
一、总体情况
全县全年教育投入合计61200万元，同比增长3.4%。
二、分项说明
中职教育经费较上年少了420万元，原因是县职教中心新校区建设已于上年竣工，本年度不再列支工程款。
"""

# `其中` parts whose qualifier lists things of its own (`面向A、B、C等…的专业11个`): the part asked by its qualifier
COLLEGE = """瑄岭县2025年职业教育发展情况
全县中职学校共设专业18个，其中面向竹木加工、乡村旅游、冷链物流等本地产业的专业11个。
全年培训教师600人，其中来自桐坝镇、柳溪乡、石门乡等乡村学校的教师320人。
去年新招教师120名。
今年将新招教师90名，重点充实乡村学校。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "item-labels-turns", {
        "kezhu-points-2026": POINTS, "yanbu-supervision-2025": REPORT, "yutang-water-2025": NOTICE,
        "xuanze-kindergarten-2025": FEEDBACK, "xuanling-aid-faq": FAQ, "linjiang-aid-faq": FAQ_TRADITIONAL,
        "yanbu-funding-2025": FUNDING, "xuanling-vocational": COLLEGE})


@pytest.mark.parametrize(("question", "content"), [
    ("珂渚县今年食堂这块要干啥", "明厨亮灶"),
    ("琰埠县招生专项督导做了啥", "核查学籍信息"),
])
def test_an_item_heading_is_quoted_with_its_content(service: Service, question: str, content: str) -> None:
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert content in answer.answer


@pytest.mark.parametrize(("question", "required", "not_quoted"), [
    ("瑀塘县学校饮用水接下来还提了哪些要求", ["滤芯更换", "供水管道清洗消毒"], "合格率94.8%"),
    ("玹泽县幼儿园督导后有哪些整改要求", ["户外游戏时长不少于2小时", "配齐保育员"], "办园行为总体规范"),
])
def test_the_labelled_requirements_answer_what_is_required(service: Service, question: str,
                                                          required: list[str], not_quoted: str) -> None:
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert all(r in answer.answer for r in required), answer.answer
    assert not_quoted not in answer.answer


@pytest.mark.parametrize(("question", "value", "other"), [
    ("瑄岭县读研究生的助学贷款一年最多贷多少？", "22000元", "16000元"),
    ("瑄岭县孩子考到外省上大学能补多少路费？", "1200元", "600元"),
    ("璘江縣涉農專業的中職生每年能領多少助學金？", "2300元", "1800元"),
])
def test_a_qa_answer_speaks_for_its_question(service: Service, question: str, value: str, other: str) -> None:
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(value) or value in answer.answer.split("。")[0], answer.answer
    assert other not in answer.answer.split("。")[0]


def test_a_vocational_school_in_everyday_words(service: Service) -> None:
    answer = service.ask("琰埠县职校的经费为什么变少了")
    assert not answer.abstained, answer.answer
    assert "新校区建设" in answer.answer


@pytest.mark.parametrize(("question", "value"), [
    ("瑄岭县面向本地产业的专业有几个？", "11个"),
    ("瑄岭县培训的教师里来自乡村学校的有多少？", "320人"),
    ("瑄岭县今年新招多少教师？", "90名"),
])
def test_a_part_named_by_its_qualifier(service: Service, question: str, value: str) -> None:
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(value), answer.answer


def test_the_next_steps_asked_are_a_measure_question() -> None:
    assert "measure" in intents_of("下一步有什么打算")
    assert "measure" in intents_of("今后还有哪些安排")
    assert "measure" not in intents_of("今后什么时候建成")


def test_a_labelled_list_runs_over_its_lines_and_stops_at_the_closing() -> None:
    labels = asked_labels("接下来还提了哪些要求")
    assert labels is not None
    found = labelled_paragraph(NOTICE, labels, 0, len(NOTICE))
    assert found is not None
    quoted = NOTICE[slice(*found)]
    assert quoted.startswith("要求：") and quoted.endswith("清洗消毒。")
    assert "发现问题" not in quoted and "2025年11月28日" not in quoted
    listed = labelled_paragraph(FEEDBACK, labels, 0, len(FEEDBACK))
    assert listed is not None and FEEDBACK[slice(*listed)].rstrip().endswith("配齐保育员。")
    assert asked_labels("全县有多少所学校") is None
