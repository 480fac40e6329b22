"""A table of a plan's task per school stage (its rows 小学, 初中 …) answers a stage asked, never one school the
question names by its proper name that the table does not list: the stage's row counts the whole place.
Documents written here."""
import pytest

from server.service import Service
from tests.written import first_figure, service_over

PLAN = """# 杏溪县中小学春季跳绳活动实施方案

全县各中小学：

## 一、对象和任务

全县中小学生人人参与。各学段人数和目标列于下表。

**各学段跳绳任务**

| 学段 | 学生数（人） | 目标（个/分钟） |
|:---|---:|---:|
| 小学 | 9100 | 120 |
| 初中 | 4300 | 150 |
| 高中 | 2100 | 160 |
| 合计 | 15500 | — |

## 二、督导检查

督导中了解到，县第三中学初中部每周只排跳绳2次。

杏溪县教育局

2026年3月2日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "stage-row-school", {"xingxi-rope-skipping-plan-2026.md": PLAN.encode()})


def test_the_stage_asked_is_its_row(service: Service) -> None:
    assert first_figure(service.ask("杏溪初中多少学生参加跳绳")) == (4300, "人")


def test_a_school_the_table_does_not_list_is_not_its_stage_row(service: Service) -> None:
    r = service.ask("杏溪县第三中学初中部有多少学生参加跳绳")
    assert not any(f.value in (4300, 15500) for f in r.figures), r.answer


ENROLMENT = """梅垭县第二职业中学2026年招生计划

一、分专业计划

| 专业 | 计划数（人） | 学制 |
| --- | --- | --- |
| 学前教育（五年贯通） | 60 | 五年 |
| 汽车运用与维修 | 90 | 三年 |

二、报名办法

初中毕业生持准考证到校报名。
"""


@pytest.fixture(scope="module")
def vocational(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "stage-row-vocational", {"meiya-vocational-enrolment-2026": ENROLMENT})


def test_a_kind_word_read_across_two_words_names_no_school(vocational: Service) -> None:
    # 二职中 + 学前教育 glued: 中学 there ends no word, so the stage-named row still answers the course asked
    assert first_figure(vocational.ask("梅垭二职中学前教育专业计划招多少人")) == (60, "人")


def test_a_stage_before_the_kind_word_is_a_kind_of_school_not_a_name(service: Service) -> None:
    # 高中学校 names the stage's schools, so the stage's row answers
    assert first_figure(service.ask("杏溪高中学校有多少学生参加跳绳")) == (2100, "人")
