"""Lookups and paraphrases on documents written here (invented places, checked absent from ingest/gazetteer,
corpus, eval and the other tests; real ingest, real model, Service.ask):
- a document's 文号 asked by its name alone (`…计划的文号`, no asking word) is the number its head prints;
- the end of a period asked (`公示到哪天结束`, `报名哪天截止`) is the last day of the range stated, with its year;
- a 生机比 asked is the ratio as the document writes it (`5:1以内`);
- people asked with 个 closing the question (`几个人`) are a count of people, never a count of 个;
- how often something is done (`多久…一次`) is a count of times; how long a training lasts may be in 学时;
- a group's size asked (`评估组几个人`) is the count written beside the group (`组成5人评估组`), not the passage's
  count of projects;
- a document naming a term in a table's header and in its body is quoted by the body's sentence;
- everyday words for the documents' terms: 重残 (重度残疾), taught at home (送教上门), eating with the pupils (陪餐),
  a yellow bus taken to school (校车), filling in a form on the phone (网上报名), 娃 (孩子)."""

import pytest

from server.intent import wanted_units
from server.service import Service
from tests.written import service_over

PLAN = """澴溪县2027年中小学教师培训计划

澴教师〔2026〕12号

各乡镇中心学校，县直各学校：

为提升全县教师专业能力，制定2027年县级教师培训计划。

全县计划培训教师2150人次，安排县级培训经费86万元。

澴溪县教育局
2026年11月28日
"""
PUBLICITY = """湑阳市2026年义务教育学校营养膳食补助受益学校公示

根据营养改善计划有关规定，现将本学期受益学校情况公示如下。

本学期全市共有受益学校14所，受益学生5230人。

各受益学校须每天公示带量食谱，学校负责人每周陪餐不少于2次。

公示期为2026年10月12日至10月18日。

如有异议，请在公示期内向市教育局反映。

湑阳市教育局
2026年10月11日
"""
SPECIAL = """溦川县2026年特殊教育工作情况

全县残疾儿童少年义务教育入学率达到96.5%。县特殊教育学校在校生218人。

为无法到校就读的63名重度残疾适龄儿童提供送教上门服务，每月送教不少于4次。
"""
BUS = """澋水区教育局关于校车安全管理工作的通报

全区共运营校车31辆，每日接送乘车学生1460人，配备随车照管员31名。
"""
ENROLMENT = """潆浦县2026年秋季幼儿园招生公告

一、招生对象：2023年9月1日至2024年8月31日出生的适龄幼儿。

二、网上报名日期：2026年6月22日至6月26日，家长通过县教育局招生平台填报信息。

三、现场审核时间：2026年7月1日至7月3日。
"""
INFORMATION = """溦川县教育信息化建设情况报告

2026年新增学生用计算机1200台，全县中小学生机比由10.5:1提高到8.2:1。到2027年，全县中小学生机比达到5:1以内，乡村学校多媒体教室实现全覆盖。
"""
REVIEW = """澋水区教育局关于2026年智慧校园建设项目评估情况的报告

2026年全区安排智慧校园建设项目6个，覆盖中小学6所，总投资820万元。
区教育局抽调教研和技术人员组成5人评估组，于2026年11月3日至7日逐校开展评估。
"""
EXCHANGE = """潆浦县中小学教师交流轮岗办法

| 年度 | 交流比例 | 骨干教师占比 |
| --- | --- | --- |
| 2026 | 10% | 20% |
| 2027 | 12% | 22% |

第五条 每年交流轮岗的教师不低于符合条件教师的10%，其中骨干教师不少于交流总人数的20%。
"""
REPORT = """溦川县第二中学办学情况督导报告

学校现有专任教师86人，近五年有3名教师获评县级骨干教师。
"""
DOCS = {"jingshui-smart-campus-review-2026": REVIEW, "yingpu-teacher-exchange-2026": EXCHANGE,
        "weichuan-school-supervision-2026": REPORT,
        "huanxi-training-plan-2027": PLAN, "xuyang-nutrition-publicity-2026": PUBLICITY,
        "weichuan-special-education-2026": SPECIAL, "jingshui-school-bus-2026": BUS,
        "yingpu-kindergarten-enrolment-2026": ENROLMENT, "weichuan-informatization-2026": INFORMATION}


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "date-ends", DOCS)


def test_a_document_number_asked_by_its_name_alone(service: Service) -> None:
    answer = service.ask("澴溪县明年教师培训计划的文号").answer
    assert "澴教师〔2026〕12号" in answer, answer


def test_the_end_of_a_publicity_period(service: Service) -> None:
    answer = service.ask("湑阳市营养膳食补助受益学校公示到哪天结束").answer
    assert answer.startswith("2026年10月18日"), answer


def test_the_end_of_a_registration_period(service: Service) -> None:
    answer = service.ask("潆浦县幼儿园网上报名哪天截止？").answer
    assert answer.startswith("2026年6月26日") and "7月3日" not in answer, answer


def test_a_pupils_per_computer_ratio_as_written(service: Service) -> None:
    answer = service.ask("溦川县到2027年生机比要达到多少？").answer
    assert answer.startswith("5:1") and "8.2" not in answer, answer


@pytest.mark.parametrize(("question", "units"), [
    ("验收组有几个人？", ("人", "人次")),
    ("专家组一共几个人", ("人", "人次")),
    ("设立了几个人才项目", ("个",)),
    ("校长多久要陪餐一次", ("次",)),
])
def test_counts_of_people_and_of_times(question: str, units: tuple[str, ...]) -> None:
    assert wanted_units(question) == units


def test_a_training_s_length_may_be_in_class_hours() -> None:
    assert "学时" in wanted_units("新任教师岗前培训要学多久")


def test_how_often_the_head_eats_with_the_pupils(service: Service) -> None:
    response = service.ask("湑阳市学校校长多久要跟娃们一起吃顿饭")
    assert not response.abstained and "每周陪餐不少于2次" in response.answer, response.answer


def test_severely_disabled_children_taught_at_home(service: Service) -> None:
    answer = service.ask("溦川县有几个重残娃是老师上家里去教的？").answer
    assert answer.startswith("63名"), answer


def test_the_yellow_bus_taken_to_school(service: Service) -> None:
    answer = service.ask("澋水区上学坐的黄色大巴，每天拉多少娃？").answer
    assert answer.startswith("1460人"), answer


def test_filling_in_a_form_on_the_phone_is_online_registration(service: Service) -> None:
    response = service.ask("潆浦县啥时候能在手机上填表给孩子登记上幼儿园？")
    assert not response.abstained and "6月22日" in response.answer and "7月1日" not in response.answer, \
        response.answer


def test_a_group_s_size_is_the_count_beside_it(service: Service) -> None:
    answer = service.ask("澋水区智慧校园项目评估组几个人？").answer
    assert answer.startswith("5人"), answer


def test_a_term_in_a_table_header_is_quoted_from_the_body(service: Service) -> None:
    answer = service.ask("哪些文件讲到骨干教师？").answer
    assert "其中骨干教师不少于交流总人数的20%" in answer and "表头" not in answer, answer
    assert "3名教师获评县级骨干教师" in answer, answer
