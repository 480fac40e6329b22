"""An average per unit over a table (每个X带几个Y, 平均每所配几名Y): Σ Y ÷ Σ X from the table's total row, or a
row's Y ÷ its X — never the mean of the columns' rows. The divisor's column is named in everyday words (老师 for
a header's 教师: server/lexicon/synonyms.tsv), or by the counter after 每 when two columns count in it (the one of
the very things that counter counts: a count of schools in 所, not of the schools that did something); of a pair
`应配 | 实配` a question asking what there is reads the 实配. A count column headed by the people it counts, its
cells bare numbers, is in 人 — in a quotient and in the row a ranking names. A price per piece (平均每台) is the
budget's total ÷ the pieces' total; 总 before a column's name (总预算) asks that column's total, also as one of
several asks (the total row's cell). On documents written here; real ingest, real model, real Chroma,
Service.ask."""

import pytest

from server.service import Service
from tests.written import service_over

CONTEST = """榴川市中小学书法展评总结（2026）
榴川市教育局　2026-10-08
一、概述
本届书法展评共有28所学校报名，展出作品900余幅。
二、各校参展数据
| 学校 | 参展学生 | 参展作品 | 辅导教师 |
|---|---|---|---|
| 榴川市东湖小学 | 120 | 40 | 4 |
| 榴川市第五中学 | 90 | 36 | 5 |
| 松岗小学 | 60 | 18 | 3 |
| 合计 | 270 | 94 | 12 |
三、今后工作
继续办好书法进校园活动。
"""

GUARDS = """槐浦区学校宿管人员配置通报（2026）
槐浦区教育局　2026-09-20
一、概述
寄宿制学校及幼儿园都已配备宿舍管理员。
二、宿管员按学段配备
学校类别 学校数量（所） 宿管员应配（名） 宿管员实配（名） 安装门禁（所）
小学 12 24 22 11
初中 8 32 36 8
幼儿园 10 10 15 9
合计 30 66 73 28
三、后续要求
各校要于年底前补齐宿管员。
"""

PURCHASE = """桐溪县学校空调采购方案（2026）
一、缘由
部分学校教室夏季闷热，今年为各校加装空调。
二、各校数量和预算
| 学校 | 加装数量(台) | 预算(万元) | 单价(元/台) |
| --- | --- | --- | --- |
| 桐溪县育英小学 | 120 | 38.4 | 3200 |
| 桐溪县北关中学 | 80 | 28.0 | 3500 |
| 合计 | 200 | 66.4 | |
三、资金
县财政承担全部费用。
"""

DOCS = {"liuchuan-calligraphy-2026": CONTEST, "huaipu-dorm-staff-2026": GUARDS, "tongxi-air-conditioners": PURCHASE}


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "average-per-unit", DOCS)


def direct(answer: str) -> str:
    return answer.split("依据")[0].replace(" ", "")


def test_per_teacher_named_in_everyday_words_divides_the_totals(service: Service) -> None:
    response = service.ask("榴川市书法展评表中，每位辅导老师平均带多少名参展学生")
    assert not response.abstained, response.answer
    said = direct(response.answer)
    assert "22.5" in said and "人" in said, response.answer  # 270 ÷ 12, not the rows' means
    assert "÷ 3" not in said, response.answer


def test_per_school_of_a_row_reads_what_there_is(service: Service) -> None:
    response = service.ask("槐浦区幼儿园每所平均配备了几名宿管员")
    assert not response.abstained, response.answer
    said = direct(response.answer)
    assert "1.5名" in said, response.answer  # 15 ÷ 10: the 实配 column, in the document's counter
    assert "12.5" not in said and "÷ 2" not in said, response.answer  # not the mean of 应配 and 实配


def test_per_school_due_reads_the_required_column(service: Service) -> None:
    response = service.ask("槐浦区初中平均每所应配备几名宿管员")
    assert not response.abstained, response.answer
    assert "4名" in direct(response.answer), response.answer  # 32 ÷ 8


def test_a_ranking_states_a_bare_people_count_with_its_unit(service: Service) -> None:
    response = service.ask("榴川市书法展评中哪所学校参展学生最多？")
    assert not response.abstained, response.answer
    assert "东湖小学" in response.answer and "120人" in direct(response.answer), response.answer


def test_price_per_piece_is_the_total_budget_over_the_pieces(service: Service) -> None:
    response = service.ask("桐溪县加装空调平均每台预算多少钱")
    assert not response.abstained, response.answer
    assert "3320元" in direct(response.answer), response.answer  # 66.4万元 ÷ 200台, not a mean of the prices


def test_total_named_before_a_column_is_its_sum(service: Service) -> None:
    response = service.ask("桐溪县加装空调总预算是多少")
    assert not response.abstained, response.answer
    assert "66.4万元" in direct(response.answer), response.answer


def test_total_named_before_a_column_among_several_asks_is_the_total_row(service: Service) -> None:
    response = service.ask("桐溪县这次加装空调多少台，总预算多少")
    assert not response.abstained, response.answer
    said = direct(response.answer)
    assert "200台" in said and "66.4万元" in said, response.answer
