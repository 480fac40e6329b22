"""A division named by a school stage and 组 (小学组) asked, answered by a sentence of another stage's division
(an awards bulletin states each division's winner apart): no answer, never the other division's (documents written
here, real ingest)."""
import pytest

from server.answer.stagegroup import other_stage_group
from server.schemas import Citation
from server.service import Service
from tests.written import service_over

BULLETIN = """桂溪区教育局关于2026年中小学英语演讲比赛结果的通报
各中小学：
11月8日，全区中小学英语演讲比赛在区青少年活动中心举行，共有小学组、初中组选手60人参赛。
区实验中学选手林若溪以总分94分获得初中组第一名。
获奖名单将在区教育局网站公布。
"""


def _cited(text: str) -> Citation:
    return Citation(id=1, doc_id="d", title="", section="", text=text, start=0, end=len(text), score=0.0)


@pytest.mark.parametrize(("question", "text", "other"), [
    ("小学组第一名是谁", "县一中选手以96分获得高中组第一名。", ("小学组", "高中组")),
    ("小学组第一名是谁", "縣一中選手以96分獲得高中組第一名。", ("小学组", "高中组")),  # either script
    ("高中组第一名是谁", "縣一中選手以96分獲得高中組第一名。", ("", "")),  # the division asked
    ("初中组第一名是谁", "比赛分小学组、初中组两组进行。", ("", "")),  # names the one asked too
    ("初中组第一名是谁", "获奖名单将在网站公布。", ("", "")),  # names no division: judged elsewhere
    ("初中第一名是谁", "县一中选手获得高中组第一名。", ("", "")),  # no division asked
])
def test_another_stages_division(question: str, text: str, other: tuple[str, str]) -> None:
    assert other_stage_group(question, [_cited(text)]) == other


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "stage-groups", {"guixi-speech-contest-2026": BULLETIN})


def test_a_division_asked_is_not_answered_by_anothers_winner(service: Service) -> None:
    r = service.ask("桂溪区小学组第一名是谁")
    assert r.abstained, r.answer
    assert "林若溪" not in r.answer.split("以下段落")[0], r.answer
    r = service.ask("桂溪区初中组第一名是谁")
    assert not r.abstained and "林若溪" in r.answer, r.answer
