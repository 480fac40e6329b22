"""A section's list answered whole, on documents written here (real ingest, real model, Service.ask): every item
with its own content — a last run-in item whose heading alone ends its paragraph takes the paragraph after it, and
numbered items of which only the last parsed as a sub-section are all listed — each cited by a passage holding it;
a contact line labelled by its number (`投诉电话：…`) is no item's content."""
import pytest

from server.answer.sections import closing_start
from server.service import Service
from tests.written import service_over

SUMMARY = """澜石县2025年教育工作总结
澜石县教育局
2025年12月10日
一、基本情况
全县共有中小学46所，在校学生28600人。
二、主要做法
一是优化学校布局。新建小学2所，新增学位1800个。二是加强教师培训。全年培训教师3200人次。三是推进课后服务。参与学生24100人，参与率84.3%。四是深化家校共育。
各校共举办家长学校讲座215场。
三、存在问题
部分乡村学校音体美教师不足，少数学校运动场地偏小。
"""

FEEDBACK = """枫川区教育局关于区第三中学办学情况督导的反馈意见
枫督〔2025〕3号
区第三中学：
区教育局于2025年10月对你校开展了办学情况督导，现将意见反馈如下。
一、存在问题
一是实验室仪器设备老化。二是专职校医尚未配备。
二、整改要求
　　（一）2025年12月底前完成实验室电路改造。
　　（二）2026年3月底前补齐实验室仪器设备。
　　（三）2026年6月底前配齐专职校医1名。
　　区教育局将在2026年秋季开学后组织回访。

投诉电话：6612345（联系人：林晓）

枫川区教育局
2025年11月5日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "section-lists-whole",
                        {"lanshi-summary-2025": SUMMARY, "fengchuan-feedback-2025": FEEDBACK})


def _each_item_cited(answer, items: tuple[str, ...]) -> None:
    """Every item's line cites a passage holding that item."""
    for item in items:
        line = next(line for line in answer.answer.splitlines() if item in line)
        cited = answer.citations[int(line.rsplit("[", 1)[1].rstrip("]")) - 1].text
        assert item in cited, (item, cited)


def test_a_last_items_content_in_the_next_paragraph(service: Service) -> None:
    answer = service.ask("澜石县教育工作的主要做法有哪些？")
    assert not answer.abstained, answer.answer
    items = ("优化学校布局", "加强教师培训", "推进课后服务", "深化家校共育")
    assert all(item in answer.answer for item in items), answer.answer
    # the last heading is quoted with its content, not alone
    assert "家长学校讲座215场" in answer.answer, answer.answer
    _each_item_cited(answer, items)


def test_numbered_items_before_the_one_parsed_as_a_heading(service: Service) -> None:
    answer = service.ask("枫川区督导对第三中学提了哪些整改要求？")
    assert not answer.abstained, answer.answer
    items = ("实验室电路改造", "补齐实验室仪器设备", "配齐专职校医")
    assert all(item in answer.answer for item in items), answer.answer
    assert "6612345" not in answer.answer and "林晓" not in answer.answer, answer.answer
    _each_item_cited(answer, items)


def test_a_line_opening_with_a_numbers_label_closes_a_notice() -> None:
    text = "（三）配齐专职校医1名。\n投诉电话：6612345（联系人：林晓）\n枫川区教育局\n2025年11月5日\n"
    assert text[:closing_start(text, 0, len(text))].rstrip().endswith("配齐专职校医1名。")
