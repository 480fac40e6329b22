"""A case the question states (`某校学生900人、专任教师50人`, `一名班主任三年里培训了150学时`) judged against the bar
its document sets (`不少于180学时`, `每班不超过40人`, `生师比不高于16:1`, `不低于交流总数的25%`) or the national
standard: 达到 / 未达到 with the gap's formula, for a share the count it requires; a bar of another period or of a
per-one kind against a total is 无法判断. Documents written here (invented places and wordings), real ingest."""
from __future__ import annotations

import pytest

from server.intent import classify, intents_of
from server.service import Service
from tests.written import service_over

OPINIONS = """青禾县关于加强中小学班主任和教师队伍建设的实施办法
青禾县教育和体育局
2026年3月2日
一、培训研修
班主任实行三年一周期不少于180学时的专题培训制度，其中新任班主任每年参加县级集中培训不少于40学时。
二、交流轮岗
每年交流教师人数不低于符合条件教师总数的12%，其中学科带头人不低于交流总数的25%。
三、办学规模
县城小学一年级每班不超过40人，初中七年级每班不超过48人。
四、师资配备
寄宿制小学生师比不高于16:1，按此核定教师编制。
五、经费保障
学校生均公用经费每生每年不低于900元，由县财政按学年拨付。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "case-judged", {"qinghe-teachers-2026": OPINIONS})


@pytest.mark.parametrize("question", ["某校生均公用经费950元，合规吗", "交流比例合不合规", "骨干比例合规么"])
def test_kept_rules_asked_are_compliance_asks(question: str) -> None:
    assert classify(question, intents_of(question)).compliance


@pytest.mark.parametrize(("question", "verdict", "shown"), [
    ("青禾县一名班主任三年里参加专题培训150学时，达到要求了吗", "未达到", "180 − 150 = 30学时"),
    ("青禾县一名班主任三年里参加专题培训200学时，达到要求了吗", "达到", "200学时 ≥ 180学时"),
    ("青禾县初中七年级如果每班安排51人，符合规定吗", "不符合", "51 − 48 = 3人"),
    ("青禾县寄宿制小学有学生900人、专任教师50人，生师比符合要求吗", "不符合", "900人 ÷ 50人 = 18"),
    ("青禾县寄宿制小学一个老师带15个学生，合规吗", "合规", "15:1 ≤ 16:1"),
])
def test_the_case_is_judged_against_the_documents_bar(service: Service, question: str, verdict: str,
                                                      shown: str) -> None:
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert r.answer.startswith(verdict), r.answer
    assert shown in r.answer.replace("人（", "人("), r.answer
    assert r.citations and any(c.text for c in r.citations), r.answer


def test_a_shares_bar_gives_the_count_required(service: Service) -> None:
    r = service.ask("青禾县某年交流教师80人，其中学科带头人18人，学科带头人比例合规吗")
    assert r.answer.startswith("不合规"), r.answer
    assert "80人 × 25% = 20" in r.answer.replace(" 人", "人"), r.answer
    assert "少2人" in r.answer, r.answer
    assert any(f.value == 20 for f in r.figures), r.figures


@pytest.mark.parametrize("question", [
    "青禾县一名新任班主任一学期参加集中培训30学时，达到要求了吗",  # 每年 against a term
    "青禾县某小学公用经费总额50万元，达到生均标准吗",  # a total against a per-student bar
])
def test_a_bar_of_another_period_or_kind_is_not_judged(service: Service, question: str) -> None:
    r = service.ask(question)
    assert r.answer.startswith("无法判断"), r.answer


def test_the_national_standard_when_the_document_sets_none(service: Service) -> None:
    r = service.ask("青禾县某年交流轮岗教师60人，其中骨干教师10人，骨干教师比例合规吗")
    assert r.answer.startswith("不合规"), r.answer  # 20% of those rotated: 12 needed
    assert "国家标准" in r.answer and "12" in r.answer, r.answer
