"""Tables whose rows are label × year (a 年份 column beside the label, not one column per year), a row's
several cells asked at once, a worded cell asked by what or judged against the share it demands, and rows
ranked by money when the question names no column — on documents written here."""
from __future__ import annotations

import pytest

from ingest.models import Table
from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.answer.namedcell import named_row
from server.service import Service
from tests.written import service_over

# the label repeats down its column, one row per year; 2024's lowest 达标率 (初中 39.5%) is not 2025's (高中)
ROWS = [["学段", "年份", "监测人数", "达标率", "肥胖率"],
        ["小学", "2024年", "3100", "61.0%", "14.2%"],
        ["小学", "2025年", "3200", "63.5%", "13.1%"],
        ["初中", "2024年", "2100", "39.5%", "17.8%"],
        ["初中", "2025年", "2150", "48.0%", "16.4%"],
        ["高中", "2024年", "1300", "41.0%", "12.0%"],
        ["高中", "2025年", "1250", "44.5%", "11.6%"],
        ["全县", "2024年", "6500", "51.3%", "15.0%"],
        ["全县", "2025年", "6600", "55.7%", "14.1%"]]


def _html(rows: list[list[str]]) -> str:
    return "".join("<tr>" + "".join(f"<{'th' if i == 0 else 'td'}>{c}</{'th' if i == 0 else 'td'}>" for c in r)
                   + "</tr>" for i, r in enumerate(rows))


MONITOR = (f"<html><head><title>苇塘县2025年学生体质监测情况通报</title></head><body>"
           f"<h1>苇塘县2025年学生体质监测情况通报</h1>"
           f"<p>县教育局于2025年10月组织全县学生体质监测，结果如下。</p>"
           f"<table><caption>苇塘县学生体质监测主要指标（2024—2025年）</caption>{_html(ROWS)}</table>"
           f"<p>下一步，各校要保证学生每天校园体育活动时间不少于1小时。</p></body></html>")
INSPECTION = [["序号", "学校", "在校生（人）", "检查结论", "整改事项"],
              ["1", "苇塘县青禾小学", "735", "合格", "无"],
              ["2", "苇塘县远山中学", "512", "基本合格", "专任教师持证率88%，须于2026年8月底前达到100%"],
              ["3", "苇塘县晨光幼儿园", "264", "基本合格", "厨房燃气报警装置缺失，限20日内安装"]]
CHECKS = (f"<html><head><title>苇塘县2025年民办学校年度检查结果公告</title></head><body>"
          f"<h1>苇塘县2025年民办学校年度检查结果公告</h1><h2>一、检查结论</h2>"
          f"<table>{_html(INSPECTION)}</table><p>苇塘县教育局</p></body></html>")
# the largest per-head standard (龙口乡 900) is not the largest amount paid (石桥镇 302400)
ALLOWANCE = [["乡镇", "人数", "每人月标准（元）", "发放金额（元）"],
             ["石桥镇", "84", "300", "302400"],
             ["龙口乡", "21", "900", "226800"],
             ["柳湾镇", "40", "500", "240000"],
             ["合计", "145", "—", "769200"]]
PAYMENT = (f"<html><head><title>苇塘县2025年乡村教师生活补助发放情况</title></head><body>"
           f"<h1>苇塘县2025年乡村教师生活补助发放情况</h1><h2>一、发放情况</h2>"
           f"<p>全县3个乡镇共145名乡村教师享受生活补助。</p>"
           f"<table>{_html(ALLOWANCE)}</table></body></html>")


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "label-years", {
        "weitang-monitor.html": MONITOR.encode(), "weitang-checks.html": CHECKS.encode(),
        "weitang-payment.html": PAYMENT.encode()})


@pytest.mark.parametrize("question,figure", [
    ("苇塘县初中2024年肥胖率多少？", "17.8%"),
    ("苇塘县初中2025年肥胖率多少？", "16.4%"),
    ("苇塘县高中的达标率是多少", "44.5%"),  # no year asked: the latest row's
])
def test_the_cell_of_the_label_and_year_asked(service: Service, question: str, figure: str) -> None:
    response = service.ask(question)
    assert not response.abstained and response.answer.startswith(figure), response.answer


def test_a_ranking_reads_the_rows_of_the_year_asked(service: Service) -> None:
    response = service.ask("苇塘县2025年哪个学段达标率最低？")
    assert response.answer.startswith("高中") and "44.5%" in response.answer, response.answer
    assert "39.5%" not in response.answer, response.answer  # 初中's 2024 row: another year


def test_several_cells_of_the_row_named(service: Service) -> None:
    response = service.ask("苇塘县2025年全县达标率、肥胖率分别多少")
    head = response.answer.split("。")[0]
    assert "55.7%" in head and "14.1%" in head and "51.3%" not in head, response.answer


def test_a_worded_cell_asked_by_what(service: Service) -> None:
    response = service.ask("晨光幼儿园检查后要整改什么？")
    head = response.answer.split("。")[0]
    assert "燃气报警" in head and "264" not in head, response.answer


def test_a_worded_cell_judged_against_the_share_it_demands(service: Service) -> None:
    response = service.ask("远山中学老师持证情况达标没")
    assert response.answer.startswith("未达标") and "88%" in response.answer and "100%" in response.answer, \
        response.answer


def test_rows_ranked_by_the_money_paid_not_the_rate_per_head(service: Service) -> None:
    response = service.ask("苇塘县哪个乡镇生活补助发得最多？")
    assert response.answer.startswith("石桥镇") and "302400" in response.answer, response.answer


def _table(rows: list[list[str]]) -> Table:
    text = "\n".join("| " + " | ".join(r) + " |" for r in [rows[0], ["---"] * len(rows[0]), *rows[1:]])
    return find_tables("t", text, parse_sections(text, []))[0]


def test_a_shared_label_is_told_apart_by_its_year_only() -> None:
    table = _table(ROWS)
    row = named_row(table, "初中2024年肥胖率多少")
    assert row is not None and row.cells[1].text == "2024年"
    assert named_row(table, "初中2023年肥胖率多少") is None  # a year no row holds
    # a label repeated with no year beside it: which row is asked is not told
    twice = _table([["学段", "类别", "人数"], ["初中", "公办", "10"], ["初中", "民办", "4"]])
    assert named_row(twice, "初中人数多少") is None
