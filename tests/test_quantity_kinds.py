"""A question's amount is matched by the kind of quantity it asks for, not by its very unit, and a count
of that size is no year: on a work report written here (real ingest, real model, Service.ask).

Classes: everyday questions count people with 个 (多少个孩子) where documents count them in 名 or 人;
an area asked without a unit (多大面积, 面积多少) is stated in 亩 or 公顷 as often as in 平方米; a work
report's list of this year's projects is dated by its annex heading only, and a count of 2000-odd
(培训超2000人次) in it must not read as the year 2000."""
import pytest

from server.answer.evidence import _YEAR, unit_kind
from server.intent import wanted_units
from server.service import Service
from tests.written import service_over

REPORT = """2026年白河市政府工作报告
2026年1月20日在白河市第七届人民代表大会第五次会议上
一、2025年工作回顾
全年粮食产量达到85亿斤。新建改扩建中小学12所。发放育儿补贴2.4万人，城镇新增就业3.1万人。
二、2026年重点工作
确保粮食播种面积520万亩以上。
更好关爱“一老一小”。落实好育儿补贴、儿童医疗保障和生育休假等政策，推进托幼一体化。
附件
白河市十件民生实事
一、提升困难群体救助保障水平。
为超3000名视力、听力、肢体等残疾儿童免费提供康复训练服务，为超600个残疾儿童家庭免费提供照护指导服务，组织康复专业技术人员规范化培训超2000人次。
二、扩大优质教育资源供给。
新增公办学位1.5万个，为1200名家庭经济困难学生减免住宿费。
"""
DOC_ID = "baihe-report-2026"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "quantity-kinds", {DOC_ID: REPORT})


def test_a_count_of_people_asked_with_ge_is_answered_in_ming(service):
    answer = service.ask("白河今年准备给多少个残疾孩子免费做康复训练？")
    assert not answer.abstained, answer.answer
    assert "3000名" in answer.answer and "600个" not in answer.answer.split("。")[0]


def test_a_count_of_households_stays_a_count_in_ge(service):
    answer = service.ask("白河今年为多少个残疾儿童家庭提供照护指导？")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("600个"), answer.answer


def test_an_area_asked_without_its_unit_is_answered_in_mu(service):
    answer = service.ask("白河今年粮食播种面积要确保在多少以上？")
    assert not answer.abstained, answer.answer
    assert "520万亩" in answer.answer


def test_the_sentence_stating_the_amount_asked_goes_before_one_that_cannot_answer(service):
    # the policy sentence carries more of the question's words (孩子 as 儿童, 补贴), the figure's fewer
    answer = service.ask("给多少人发了养孩子的补贴？")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("2.4万人"), answer.answer


def test_a_count_of_two_thousand_is_no_year():
    assert not _YEAR.search("组织康复专业技术人员规范化培训超2000人次")
    assert not _YEAR.search("招聘教师2050名")
    assert _YEAR.search("到2035年") and _YEAR.search("（2021—2025）")


def test_people_counted_with_ge_and_units_of_one_kind():
    assert wanted_units("多少个孤独症孩子免费做康复") == ("人", "人次")
    assert wanted_units("多少个学生") == ("人", "人次")
    assert wanted_units("多少个残疾儿童家庭") == ("个",)  # households, not people
    assert wanted_units("新增多少个学位") == ("个",)
    # people named inside the phrase, not at its head: things counted in 个
    assert wanted_units("多少个公办的幼儿园学位") == ("个",)
    assert wanted_units("开了多少个帮家长看孩子的托管班") == ("个",)
    assert wanted_units("建了多少个给老人吃饭的助餐点") == ("个",)
    assert unit_kind("万亩") == unit_kind("平方米") == "area"
    assert unit_kind("名") == unit_kind("万人次") == "people"
