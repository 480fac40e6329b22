"""Lookups, paraphrases and which-documents on documents written here (invented places, checked absent from
ingest/gazetteer, corpus, eval and the other tests; real ingest, real model, Service.ask):
- the day of an event a notice announces (`录取结果将于…公布`) is that sentence's, not the notice's signature date;
  the notice's own date is still its signature's;
- a date asked of a thing named by money (`…资金项目何时完成`) is a date, no amount;
- a sentence stating the figure asked is not traded for a lead-in sharing more of the question's words;
- the size of a building asked by 多大 is its area; a whole day asked (一整天) is the notice's 全天;
- the documents asked as documents (`…在哪些报告里有`) are each named by title;
- whom to turn to against a result (`…不服的话找谁`) is the notice's 异议 sentence with the contact after it;
- the content asked of a service (`都有些什么内容`) is its item labelled 内容, not the notice's every item;
- teachers' lodging asked (住宿) is the documents' 宿舍 (周转宿舍);
- a part counted of a whole (`9所幼儿园中提供住宿的有4所`) answers a question naming the part (睡在园里: 住宿)."""

import pytest

from server.intent import intents_of, wanted_units
from server.service import Service
from tests.written import service_over

ADMISSION = """漷川县教育局关于公布2026年普通高中录取控制分数线的公告

漷教招〔2026〕5号

根据2026年全县中考成绩和普通高中招生计划，经县招生委员会研究，现将各普通高中录取控制分数线公告如下。

本年度全县参考考生3920人，漷川县第一中学统招线598分。

录取结果将于7月18日公布，7月24日前完成新生报到。

漷川县教育局
2026年7月9日
"""
FUNDS = """洑源区2026年教育专项资金分配方案

为改善全区学校办学条件，现将2026年教育专项资金分配方案公布如下。

本批教育专项资金共1200万元，经学校申报、专家评审，安排到6所学校的6个项目。

各项目学校要在2026年12月20日前完成招标采购，项目于2027年5月31日前完工并通过验收。

洑源区教育局
2026年11月2日
"""
TITLES = """浰阳县2026年度中小学教师职称评审结果公示

根据《浰阳县2026年中小学教师职称评审工作实施方案》，经个人申报、学校推荐、资格审查和评审委员会评议，现将评审结果予以公示。

本年度全县共有48人申报，经评审委员会投票表决，15人通过评审，通过率为31.3%。

公示期间，如对公示人员有异议，请以书面形式实名向县教育局人事股反映。

联系人：庞思远，联系电话：5823716。

浰阳县教育局
2026年9月15日
"""
SUMMARY = """渫水县教育局2026年工作总结

一、办学条件

渫水县镇中心学校综合楼建成投用，建筑面积三千六百平方米。新增县域优质均衡达标学校三所，累计达到二十一所。

二、课后服务

全县义务教育学校课后服务参与率达到93.4%。各校申报的课后服务课程经县级评审后实施。

三、乡村教师

一是加快教师周转宿舍建设，今年新修周转宿舍八十套。二是落实乡村教师生活补助，每人每月四百元。
"""
CARE = """洑源区教育局关于开展2026年暑期托管服务的通知

一、服务对象：全区小学一至五年级有托管需求的学生，家长自愿报名。

二、收费标准：全天托管每期520元/生，半天托管每期310元/生。城乡低保户的学生免收托管费。

三、服务内容：以看护为主，组织阅读和体育锻炼，不得集体补课。
"""
FEES = """溱州市2026年秋季学期幼儿园收费标准公示

本次公示幼儿园9所，其中公办幼儿园6所、民办幼儿园3所。

一、保育教育费按月计收，每学期按5个月收取。

二、9所幼儿园中提供住宿的有4所，住宿费最高为每生每月280元。
"""
PRIORITIES = """溱州市教育局2026年工作要点

一、巩固“双减”成果

义务教育学校课后服务参与率保持在95%以上。
"""
DOCS = {"huchuan-admission-2026": ADMISSION, "fuyuan-funds-2026": FUNDS, "liyang-titles-2026": TITLES,
        "xieshui-summary-2026": SUMMARY, "fuyuan-summer-care-2026": CARE, "qinzhou-priorities-2026": PRIORITIES,
        "qinzhou-kindergarten-fees-2026": FEES}


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "event-days", DOCS)


def test_the_day_an_event_is_announced_for(service: Service) -> None:
    answer = service.ask("漷川县高中录取结果哪天公布").answer
    assert "7月18日" in answer and "7月9日" not in answer, answer


def test_the_notice_own_date_is_its_signature(service: Service) -> None:
    answer = service.ask("漷川县这份公告是哪天发布的").answer
    assert "2026年7月9日" in answer and "7月18日" not in answer, answer


def test_a_date_asked_of_a_fund_project(service: Service) -> None:
    response = service.ask("洑源区专项资金项目要求什么时候完工")
    assert not response.abstained and "2027年5月31日" in response.answer, response.answer


@pytest.mark.parametrize("question", ["专项资金项目什么时候完工", "补助资金哪天拨付", "经费几月几号下达"])
def test_a_date_asked_is_no_amount(question: str) -> None:
    assert wanted_units(question) == ()


@pytest.mark.parametrize(("question", "units"), [
    ("资金什么时候达到多少万元", ("元",)),
    ("新盖的教学楼有多大", ("平方米", "亩", "公顷", "平方公里")),
    ("新建的食堂多大", ("平方米", "亩", "公顷", "平方公里")),
])
def test_amounts_beside_a_date_and_a_building_s_size(question: str, units: tuple[str, ...]) -> None:
    assert wanted_units(question) == units


def test_a_size_asked_of_no_building_is_no_area() -> None:
    assert "平方米" not in wanted_units("招生规模有多大")


def test_the_sentence_stating_the_count_over_the_lead_in(service: Service) -> None:
    answer = service.ask("浰阳县今年职称评审一共多少人申报？").answer
    assert answer.startswith("48人"), answer


def test_a_new_building_s_size_is_its_area(service: Service) -> None:
    answer = service.ask("渫水县镇上学校新盖的楼有多大？").answer
    assert "3600平方米" in answer and not answer.startswith("三所"), answer


def test_a_whole_day_is_the_notice_s_full_day(service: Service) -> None:
    answer = service.ask("洑源区放暑假孩子没人看，让学校帮着看一整天得交多少钱？").answer
    assert answer.startswith("520元"), answer


def test_documents_asked_where_a_thing_stands_are_titled(service: Service) -> None:
    assert "which" in intents_of("课后服务参与率在哪几份文件里有？")
    answer = service.ask("课后服务参与率在哪几份文件里有？").answer
    assert "《渫水县教育局2026年工作总结》" in answer and "《溱州市教育局2026年工作要点》" in answer, answer


def test_whom_to_turn_to_against_a_result(service: Service) -> None:
    answer = service.ask("浰阳县谁评上职称我不服，找谁说去").answer
    assert "人事股" in answer and "5823716" in answer, answer


def test_the_content_asked_of_a_service(service: Service) -> None:
    answer = service.ask("洑源区暑期托管都安排些什么内容？").answer
    assert "以看护为主" in answer and "520元" not in answer and "服务对象" not in answer, answer


def test_the_part_counted_of_a_whole(service: Service) -> None:
    answer = service.ask("溱州市有几家幼儿园能让娃晚上睡在园里").answer
    assert answer.startswith("4所"), answer


def test_lodging_asked_is_the_documents_dormitories(service: Service) -> None:
    response = service.ask("渫水县为教师住宿做了哪些事？")
    assert not response.abstained and "周转宿舍" in response.answer, response.answer
