"""The progress made so far asked closing on 多少了 (`经费用掉多少了`): the amount a report states as done by now,
never the level its next steps still aim at (`力争…超过N万元`) — calc.CURRENT; money asked by its verb of spending
(`钱用掉`) in 元 — intent.wanted_units; a place named by its use (`吃饭的地方` → 食堂:
server/lexicon/plain_words.tsv). Documents written here (real ingest, Service.ask)."""
import pytest

from server.service import Service
from tests.written import service_over

PROGRESS = """柘川县2027年中小学室内运动馆建设进度通报
一、进展情况
今年全县安排项目5个。截至2027年9月底，已投资1870万元，风塘镇中学的操场已投入使用。
二、下步安排
力争到2027年底全县室内运动馆建设累计投资额超过2900万元，其余项目在寒假前完成主体施工。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "progress-asked", {"zhechuan-sports-venues-progress-2027": PROGRESS})


def test_progress_asked_so_far_is_never_the_aim_still_ahead(service: Service) -> None:
    # (the aim's sentence shares more of the ask's words than the amount done does: refused as the plan's aim)
    answer = service.ask("柘川县室内运动馆建设累计投资额多少了")
    if answer.abstained:
        assert "规划目标" in answer.answer, answer.answer
    else:
        assert "1870万元" in answer.answer and "2900" not in answer.answer.split("依据")[0], answer.answer


def test_money_asked_by_its_verb_of_spending_is_in_yuan() -> None:
    from server.intent import wanted_units
    assert wanted_units("操场翻修的钱用掉多少了") == ("元",)


def test_a_canteen_is_asked_as_the_place_to_eat() -> None:
    from server.query import plain
    assert "食堂" in plain("学校吃饭的地方翻新用了多少钱")
