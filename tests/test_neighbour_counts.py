"""A figure of a neighbour of the thing asked never answers it (real ingest, real model, Service.ask over
documents written here): the candidates of an exam (考生) are no count of its invigilators (监考老师,
server/lexicon/people_groups.tsv); a report on this year's event compared with last year's (比去年多) speaks for
this year only, so last year's events are not its figures, while last year's value per head is computed from the
change (a counter the number reader leaves bare, 本, kept); a total of books is no number per pupil (生均图书); a
grant (补助) is no income (收入, server/lexicon/money_kinds.tsv) and a price per hour no year's takings."""
import pytest

from server.service import Service
from tests.written import service_over

EXAMS = """蒲汀县中考报名简况
今年我县中考报名考生5120人，分设6个考点171个考场。
"""

READING = """槐岚区书香节活动回顾
2026年5月，槐岚区各校举办书香节，2.7万名学生参与。
书香节里共有朗诵会48场、绘本剧表演20场。
学生人均读课外读物5.2本，比去年书香节多0.7本。
各校添置图书1.5万册。
到2028年本区生均藏书要达到45册。
槐岚区教育局
2026年6月10日
"""

VENUES = """蒲汀县校园球场开放细则
一、价格。篮球场每小时收费15元，所得用来维修器材。
二、补贴。每所学校每年由县里补助2万元。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "neighbour-counts",
                        {"puting-exams-2026": EXAMS, "huailan-reading-2026": READING,
                         "puting-venues-2026": VENUES})


def test_candidates_are_no_count_of_invigilators(service: Service) -> None:
    response = service.ask("蒲汀县中考要用多少名监考老师？")
    assert response.abstained, response.answer


def test_candidates_are_still_counted_when_asked(service: Service) -> None:
    response = service.ask("蒲汀县报名中考的考生有多少人？")
    assert not response.abstained, response.answer
    assert "5120人" in response.answer


def test_last_years_events_are_not_this_years_report(service: Service) -> None:
    response = service.ask("槐岚区2025年书香节有几场朗诵会？")
    assert response.abstained, response.answer


def test_last_years_value_per_head_is_computed_from_the_change(service: Service) -> None:
    response = service.ask("槐岚区去年书香节人均读课外读物多少本")
    assert not response.abstained, response.answer
    assert "4.5本" in response.answer


def test_a_total_of_books_is_no_number_per_pupil(service: Service) -> None:
    response = service.ask("槐岚区生均图书要达到多少册？")
    assert not response.abstained, response.answer
    assert "45册" in response.answer and "万册" not in response.answer


def test_a_grant_or_an_hourly_price_is_no_years_income(service: Service) -> None:
    response = service.ask("蒲汀县学校球场对外开放，一年下来能收多少钱")
    assert response.abstained, response.answer
