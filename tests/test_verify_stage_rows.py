"""A question about one school stage where the leading sentence states another (中小学 for 初中): the
row of the stage asked in a 学段 × indicator table answers, asked directly or as a follow-up whose stage
comes from the previous question; a stage the table has no row for is still refused. Documents
written here, real ingest, Service.ask."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

REPORT = """青柏县教师队伍建设情况报告
青柏县教育局
2024年3月
一、教师队伍基本情况
截至2023年底，全县共有专任教师2310人。各学段专任教师情况见下表。
| 学段 | 专任教师数（人） | 本科以上学历占比（%） | 中级以上职称占比（%） |
| --- | --- | --- | --- |
| 幼儿园 | 306 | 66.1 | 20.5 |
| 小学 | 920 | 85.2 | 51.3 |
| 初中 | 618 | 92.8 | 60.4 |
二、下一步工作打算
到2025年，力争中小学中级以上职称教师占比达到58%，中小学专任教师本科以上学历占比达到90%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "stage-rows", {"qingbai-teachers": REPORT})


@pytest.mark.parametrize("question, value", [
    ("青柏县初中专任教师中级以上职称的比例是多少？", 60.4),
    ("青柏县小学老师里中级以上职称占比多少？", 51.3),
    ("青柏县幼儿园教师中级以上职称占比是多少？", 20.5),
])
def test_the_row_of_the_stage_asked_answers(service, question, value):
    assert first_figure(service.ask(question))[0] == value


def test_a_follow_up_takes_the_stage_of_the_previous_question(service):
    history = [{"role": "user", "content": "青柏县初中专任教师有多少人？"},
               {"role": "assistant", "content": "青柏县初中专任教师618人。"}]
    assert first_figure(service.ask("他们中级以上职称的比例呢？", history))[0] == 60.4


def test_a_stage_without_a_row_is_not_answered_by_another_stage(service):
    r = service.ask("青柏县普通高中专任教师中级以上职称占比是多少？")
    assert not any(f.value in (58, 60.4, 51.3) for f in r.figures), r.answer


# a breakdown after 其中: `其中小学…` is 其中 + 小学, never 中小学
BREAKDOWN = """青柏县2023年教育统计公报
青柏县教育局
2024年2月
一、专任教师
全县有专任教师2310人，其中小学专任教师920人，初中专任教师618人。
全县中小学共有学生31200人，其中小学生19800人。
"""


@pytest.fixture(scope="module")
def bulletin(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "breakdown", {"qingbai-bulletin": BREAKDOWN})


@pytest.mark.parametrize("question, value", [
    ("青柏县小学专任教师有多少人？", 920),
    ("青柏县小学有多少名专任教师？", 920),
    ("青柏县小学生有多少人？", 19800),
])
def test_a_stage_after_its_breakdown_word_is_that_stage(bulletin, question, value):
    assert first_figure(bulletin.ask(question))[0] == value


def test_every_stage_the_lexicon_names_has_a_family():
    """The families are data (server/lexicon/stage_families.tsv, with its source), and every stage of
    stages.tsv under each of its names has one: the verifier knows no stage name the lexicon does not."""
    from server.answer.verify import STAGE_FAMILIES
    from server.lexicon import stages

    for stage, (names, parts) in stages().items():
        assert {stage, *names, *parts} <= set(STAGE_FAMILIES), stage
