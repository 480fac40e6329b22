"""Retrieval when a document states a total in prose and lists its parts in a table (documents written
here, real ingest and model): every row is indexed with the table's caption and headers, so a question
naming only those must not rank all the rows above the passage that states the figure, while a question
naming a row by its cells, or choosing among rows (哪所…最多), still finds the rows."""
import pytest

from server.query import analyse
from server.service import Service
from tests.written import service_over

SAFETY = """青禾县教育局关于2025年春季学期中小学安全检查情况的通报
青禾县教育局 2025年7月8日
一、总体情况
全县现有中小学校、幼儿园128所。本学期，县教育局会同应急管理、消防等部门共开展安全检查620次，其中专项检查180次、随机抽查440次，发现隐患214处，已整改198处，整改率为92.5%，较上学期提高3.1个百分点。
二、重点学校检查情况
2025年春季学期重点学校安全检查情况表
| 序号 | 学校名称 | 检查人员 | 检查次数 | 发现隐患数 | 已整改数 |
| 1 | 青禾县第一小学 | 李明 | 9 | 6 | 6 |
| 2 | 青禾县第二中学 | 王芳 | 8 | 11 | 9 |
| 3 | 青禾县实验学校 | 赵强 | 7 | 5 | 5 |
| 4 | 青禾县东坪镇中心小学 | 刘洋 | 6 | 13 | 10 |
| 5 | 青禾县西岭乡中学 | 陈静 | 6 | 9 | 7 |
| 6 | 青禾县南关小学 | 孙磊 | 5 | 4 | 4 |
| 7 | 青禾县北塘镇中学 | 周敏 | 5 | 7 | 6 |
| 8 | 青禾县职业中学 | 吴刚 | 4 | 8 | 8 |
三、下一步工作
各学校要落实安全管理主体责任，对未整改的隐患逐项建立台账，限期整改到位。
"""
AID = """青禾县2024年学生资助工作报告
青禾县学生资助管理中心 2025年1月15日
一、资助情况
2024年，全县共资助家庭经济困难学生3.26万人次，发放资助资金4180万元，比上年增长6.4%，其中财政资金3650万元、社会捐助资金530万元。
二、各学校资助情况
2024年各学校资助资金发放情况表
| 学校 | 资助人次 | 资助资金（万元） | 社会捐助资金（万元） |
| 青禾县第一中学 | 2860 | 412 | 60 |
| 青禾县第二中学 | 2410 | 356 | 42 |
| 青禾县职业中学 | 3120 | 538 | 85 |
| 青禾县实验学校 | 1980 | 268 | 31 |
| 青禾县东坪镇中学 | 1640 | 231 | 22 |
| 青禾县西岭乡中学 | 1520 | 209 | 18 |
"""
TOTALS = {"safety": "整改率为92.5%", "aid": "发放资助资金4180万元"}


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "retrieval-rows", {"qinghe-safety-2025": SAFETY, "qinghe-aid-2024": AID})


def _texts(service: Service, question: str, k: int = 5) -> list[str]:
    query = analyse(question, service.catalog)
    return [h.chunk.text for h in service.retriever.search(query, k)]


@pytest.mark.parametrize("question, total", [
    ("2025年春季学期学校安全检查发现隐患的整改率是多少？", "safety"),
    ("春季学期安全检查一共检查了多少次？", "safety"),
    ("这学期检查发现的隐患整改了多少处？", "safety"),
    ("2024年学生资助资金一共发放了多少万元？", "aid"),
    ("2024年社会捐助的资助资金有多少？", "aid"),
])
def test_the_passage_stating_the_total_is_not_pushed_out_by_the_tables_rows(service, question, total):
    assert any(TOTALS[total] in t for t in _texts(service, question)), _texts(service, question)


@pytest.mark.parametrize("question, row", [("青禾县南关小学本学期安全检查了几次？", "青禾县南关小学"),
                                           ("职业中学2024年资助了多少人次？", "青禾县职业中学 | 3120")])
def test_a_row_named_by_its_cells_stays_first_among_its_table(service, question, row):
    rows = [t for t in _texts(service, question, 10) if " | " in t]
    assert rows and row in rows[0], rows


def test_a_question_choosing_among_rows_keeps_every_row(service):
    texts = _texts(service, "哪所学校安全检查发现的隐患最多？", 10)
    assert sum(" | " in t and "青禾县" in t for t in texts) == 8, texts
