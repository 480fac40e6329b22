"""A sum paid out never answers an amount asked per period, and a share asked never takes an amount, on
documents written here (real ingest, Service.ask):
- `每月多少钱` asked of an allowance: a clause stating only the sum paid (`发放金额合计…元`, no 每, no …/月)
  is refused, also beside a document stating the tiers' rates (which do not yet answer a tier asked by its
  name: left);
- `A占B的多少` with the whole's year in digits asks a share: an amount of A is no answer."""

import pytest

from server.intent import classify
from server.service import Service
from tests.written import service_over

PAID = """柘塘县2026年上半年乡村教师生活补助发放情况公示
柘塘县教育局
2026年7月3日
一、发放情况
全县4个乡镇共208名乡村教师享受生活补助，发放金额合计643200元。
"""

TIERS = """栖川县乡村教师生活补助实施细则
栖川县教育局
2026年3月1日
一、补助标准
补助按学校偏远程度分为三档，一档每人每月600元，二档每人每月450元，三档每人每月300元。
二、发放情况
全县共186名乡村教师享受生活补助，上半年发放金额合计502200元。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "totals-rates", {"paid": PAID, "tiers": TIERS})


def test_a_sum_paid_is_no_monthly_amount(service: Service) -> None:
    answer = service.ask("柘塘县乡村教师生活补助每月多少钱")
    assert answer.abstained and "643200" not in answer.answer.split("最接近")[0], answer.answer


def test_the_sum_still_answers_when_the_sum_is_asked(service: Service) -> None:
    answer = service.ask("柘塘县乡村教师生活补助发放金额合计多少")
    assert not answer.abstained and "643200" in answer.answer, answer.answer


def test_a_sum_paid_beside_tier_rates_is_no_monthly_amount(service: Service) -> None:
    answer = service.ask("栖川县乡村教师生活补助一档每月多少钱")
    assert "502200" not in answer.answer.split("最接近")[0], answer.answer


@pytest.mark.parametrize("question", ["信息化投资占教育局2025年支出的多少", "培训经费占2024年预算的多少"])
def test_a_share_asked_with_a_year_in_its_whole(question: str) -> None:
    assert classify(question, set()).operation == "share"
