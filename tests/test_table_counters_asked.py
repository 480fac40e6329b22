"""A table figure shown with the counter its table gives it: the note of a header's group heading over two rows
(`讲座（场） 举办`), a note over a header that is a unit itself (`学时（节）`), a note of a counter the number reader
leaves unread (`（组）`), a column of bare counts the question names people of (`需帮扶学生几个` → 人), a total row
adding up rows of people (Traditional script), a count column of projects (`立项数` → 项); and a total asked of what
a table's lead-in says it holds (`…名额见下表`, `一共多少`) read in its total column (real ingest, Service.ask;
documents written here) — server/answer/askedcolumn.py header_unit, server/rowcounter.py, server/intent.py
wanted_units, server/answer/lookup.py, server/answer/tables.py, figures/lexicon/counters.tsv."""
import pytest

from server.answer.askedcolumn import count_unit, header_unit
from server.intent import wanted_units
from server.service import Service
from tests.written import service_over

SUMMARY = """榆岑县2026年禁毒宣传进校园工作小结
一、开展概况
全县各学段按计划开展禁毒宣传，活动数据见表1。
表1 各学段禁毒宣传完成情况
| 学段 | 展板（组） 计划 | 展板（组） 完成 | 讲座（场） 计划 | 讲座（场） 完成 |
| --- | --- | --- | --- | --- |
| 小学 | 40 | 44 | 52 | 57 |
| 初中 | 30 | 31 | 35 | 38 |
| 合计 | 70 | 75 | 87 | 95 |
二、课程安排
| 年级 | 课程内容 | 学时（节） | 覆盖学生（人） |
| --- | --- | --- | --- |
| 三、四年级 | 识毒防毒 | 6 | 5120 |
| 七、八年级 | 拒毒自护 | 8 | 4630 |
三、心理筛查
| 学段 | 应筛查人数 | 实筛查人数 | 需帮扶 |
| --- | --- | --- | --- |
| 小学 | 5300 | 5260 | 37 |
| 初中 | 4700 | 4650 | 41 |
"""

DECISION = """榆岑縣2026年先進個人嘉獎通知
一、受表彰名額
| 稱號 | 城區學校 | 農村學校 | 合計 |
| --- | --- | --- | --- |
| 骨幹教師 | 21 | 33 | 54 |
| 年級班主任 | 12 | 17 | 29 |
| 合計 | 33 | 50 | 83 |
二、獎勵
受表彰人員頒發證書。
"""

PROJECTS = """枫汀区2026年教研课题管理情况
今年全区课题按类别统计如下。
| 类别 | 立项数 | 结题数 |
| --- | --- | --- |
| 重大课题 | 9 | 7 |
| 青年课题 | 58 | 51 |
| 合计 | 67 | 58 |
二、合唱节
各片区合唱节参演名额按学段分列于下表。
| 片区 | 小学 | 初中 | 合计 |
| --- | --- | --- | --- |
| 东片 | 14 | 9 | 23 |
| 西片 | 11 | 8 | 19 |
| 合计 | 25 | 17 | 42 |
三、志愿服务
全区学生今年共参加志愿服务6320人次。
各片区志愿服务人次见下表。
| 片区 | 小学 | 初中 | 合计 |
| --- | --- | --- | --- |
| 东片 | 1800 | 1610 | 3410 |
| 西片 | 1520 | 1390 | 2910 |
| 合计 | 3320 | 3000 | 6320 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "table-counters-asked",
                        {"yucen-drug-education-2026": SUMMARY, "yucen-commendation-2026": DECISION,
                         "fengting-research-2026": PROJECTS})


def test_header_unit_reads_the_note_of_a_group_heading_and_over_a_unit_header() -> None:
    assert header_unit("讲座（场） 完成") == "场"
    assert header_unit("学时（节）") == "节"
    assert header_unit("展板（组） 计划") == "组"
    assert header_unit("学时") == "学时"  # a header that is a unit, with no note
    assert header_unit("体育课时（节/周）") == ""  # a rate's note is no counter of the cells
    assert count_unit("立项数") == "项"


def test_people_named_before_a_count_asked_with_ge_are_people() -> None:
    assert wanted_units("某县需帮扶学生几个") == ("人", "人次")
    assert wanted_units("某县有几个学校") == ("个",)


def test_a_cell_under_a_group_heading_is_shown_in_its_note(service: Service) -> None:
    response = service.ask("榆岑县初中讲座完成了几场")
    assert not response.abstained and response.answer.startswith("38场"), response.answer


def test_a_note_over_a_unit_header_gives_the_counter(service: Service) -> None:
    response = service.ask("榆岑县七、八年级禁毒课几节")
    assert not response.abstained and response.answer.startswith("8节"), response.answer


def test_a_bare_count_of_people_the_question_names_is_in_ren(service: Service) -> None:
    response = service.ask("榆岑县初中需帮扶学生几个")
    assert not response.abstained and response.answer.startswith("41人"), response.answer


def test_a_total_row_of_people_rows_is_in_ren(service: Service) -> None:
    response = service.ask("榆岑縣農村學校受表彰的共有多少人")
    assert not response.abstained and response.answer.startswith("50人"), response.answer


def test_a_count_of_projects_is_in_xiang(service: Service) -> None:
    response = service.ask("枫汀区青年课题立项数是多少")
    assert not response.abstained and "58项" in response.answer, response.answer


def test_a_total_asked_of_what_the_lead_in_says_the_table_holds(service: Service) -> None:
    response = service.ask("枫汀区合唱节参演名额总共有多少")
    assert not response.abstained and "42" in response.answer.split("。")[0], response.answer


def test_a_total_the_prose_states_too_is_answered_by_its_sentence(service: Service) -> None:
    response = service.ask("枫汀区志愿服务总共多少人次")
    assert not response.abstained and response.answer.startswith("6320人次。"), response.answer
