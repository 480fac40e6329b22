"""Questions in everyday words over documents written here (real ingest, real model, Service.ask): a teacher's
学习 and a 时长 asked are the documents' 培训 and 学时 (server/lexicon/synonyms.tsv), and a question counting what
came in by phone (`打电话投诉的有多少件`) asks the count, not a number to call; whether a report's finding was dealt
with (`…退了吗`) is answered with the outcome line that follows the finding; eyes whose 度数 is very high are
the documents' 高度近视 (server/lexicon/plain_words.tsv)."""
import pytest

from server.service import Service
from tests.written import service_over

PLAN = """棣湾县2026—2028年加强教师队伍工作计划
一、主要目标。2028年，专任教师拥有研究生学历者占10%。
二、重点任务。（一）推进教师专业成长工程，专任教师每年须完成培训80学时以上，新教师入职前培训不少于120学时。（二）招聘新教师每年90名以上。
"""

# a year's report whose complaints come by a hotline (a number stated too)
REPORT = """芷溪县2025年规范校外培训工作总结
一、工作开展情况。一年来组织联合检查36次，查处无证机构11家。
设立监督举报电话后，共收到投诉举报42件，办结率100%。
二、下一步打算。寒暑假期间继续开展专项整治。
举报电话：0766-5821346
"""

# an inspection report: each finding on a labelled line, what was done about it on the next
INSPECTION = """棣湾县2025年学校收费专项检查情况通报
一、检查发现的问题
检查发现：蒿坪中学向住校生多收住宿费共计18600元。
处理结果：已责令学校全额清退多收费用，并对校长进行约谈。
检查发现：城关第二小学课后服务费未按规定公示。
整改情况：学校已于2025年12月在校门口公示栏公示收费项目和标准。
"""

VISION = """苇塘县2025年中小学生视力监测结果通报
本次监测学生2.3万人，近视率总体为51.2%，比上年下降0.9个百分点。
初中阶段近视率为68.4%，其中高度近视（600度以上）学生占近视学生的12.6%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "paraphrase-everyday",
                        {"diwan-teacher-plan-2026": PLAN, "zhixi-training-report-2025": REPORT,
                         "diwan-fee-inspection-2025": INSPECTION, "weitang-vision-2025": VISION})


def test_a_teachers_study_time_asked_finds_its_training_hours(service: Service) -> None:
    response = service.ask("棣湾县老师每年的学习时长有什么规定？")
    assert not response.abstained, response.answer
    assert "80学时" in response.answer


def test_a_count_of_complaints_by_phone_is_no_phone_number(service: Service) -> None:
    response = service.ask("芷溪县群众打电话来投诉的总共有多少件？")
    assert not response.abstained, response.answer
    assert "42件" in response.answer and "5821346" not in response.answer


def test_a_number_to_call_is_still_asked_by_its_line(service: Service) -> None:
    response = service.ask("芷溪县投诉校外培训打哪个电话？")
    assert "5821346" in response.answer


def test_whether_a_finding_was_dealt_with_quotes_its_outcome(service: Service) -> None:
    response = service.ask("蒿坪中学多收的住宿费退给学生了吗？")
    assert not response.abstained, response.answer
    assert "全额清退" in response.answer and "公示栏" not in response.answer


def test_eyes_of_very_high_degree_are_high_myopia(service: Service) -> None:
    response = service.ask("苇塘县初中学生中眼睛度数特别高的占多少？")
    assert not response.abstained, response.answer
    assert "12.6%" in response.answer
