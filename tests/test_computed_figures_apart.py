"""Figures the documents support but never state, each input positively identified and cited: a rate's change
between two years stated apart, a share whose part the prose states beside a table, a share of a two-level
header's group total, the rest of a whole after those done in the next sentence, money per recipient counted in
another sentence, and rows filtered on a rate the table leaves to compute. Documents written here (invented
places), real ingest, Service.ask."""

import pytest

from server.answer.remainder import asked_undone
from server.service import Service
from tests.written import first_figure, service_over

REVIEW = """青岙县教育局关于2024年度学前教育工作情况的报告
县人民政府：
2024年，全县学前教育普及普惠水平继续提高。全县在园幼儿8620人，学前三年毛入园率97.1%，2023年该比例为95.6%。
普惠性幼儿园覆盖率达到92.4%。
"""

YEARS = """白沙县义务教育巩固情况通报
一、巩固率
2022年，全县九年义务教育巩固率96.2%。
2023年，全县九年义务教育巩固率97.0%，控辍保学工作持续加强。
"""

FUND = """云岙区财政局关于下达2026年校舍维修补助资金的通知
各学校：
经区人民政府同意，现将2026年校舍维修补助资金900万元下达给你们（明细见附表），其中市级资金540万元、区级资金360万元。
附表：2026年校舍维修补助资金分配表
| 序号 | 单位 | 屋面维修 | 门窗更换 | 合计 |
| --- | --- | --- | --- | --- |
| 1 | 云岙区第一小学 | 200 | 100 | 300 |
| 2 | 云岙区第二小学 | 150 | 90 | 240 |
| 3 | 云岙区实验中学 | 220 | 140 | 360 |
| | 合计 | 570 | 330 | 900 |
注：表中金额单位为万元。
"""

PLACES = """苇塘县教育局关于印发2026年新增学前教育学位计划的通知
各幼儿园：
现将2026年新增学前教育学位计划印发给你们，请认真执行。
表1 新增学位分配表
| 片区 | 学位数（个） 城区园 | 学位数（个） 农村园 | 学位数（个） 小计 |
| --- | --- | --- | --- |
| 东片 | 200 | 120 | 320 |
| 西片 | 300 | 180 | 480 |
| 合计 | 500 | 300 | 800 |
"""

SAFETY = """鹭洲县2025年校园安全检查情况通报
2025年，县教育局组织开展校园安全大检查，全年累计检查学校86校次，排查隐患140处。截至10月31日，已排除128处，排除率91.4%。
"""

BUS = """云岙区农村学生乘坐校车实现全覆盖 校车惠及3200名学生
记者从区教育局获悉，全区已开通校车线路42条。
区财政安排校车运营补贴96万元，用于驾驶员工资和燃油支出。
"""

EXAM = """鹤汀县2025年初中学业水平体育考试情况
表2 各学校考试结果
| 学校 | 参考人数 | 优秀 | 合格 | 不合格 |
| --- | --- | --- | --- | --- |
| 鹤汀县第一中学 | 400 | 150 | 210 | 40 |
| 鹤汀县第二中学 | 300 | 90 | 174 | 36 |
| 鹤汀县南山中学 | 200 | 50 | 125 | 25 |
| 合计 | 900 | 290 | 509 | 101 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "computed-apart", {
        "qingao-review-2024": REVIEW, "baisha-consolidation": YEARS, "yunao-fund-2026": FUND,
        "weitang-places-2026": PLACES, "luzhou-safety-2025": SAFETY, "yunao-bus-news": BUS,
        "heting-exam-2025": EXAM})


def test_a_rates_change_between_two_years_in_points(service: Service) -> None:
    # this year's rate without a year, last year's set beside it: the report's year is the title's
    answer = service.ask("青岙县2024年学前三年毛入园率比2023年提高了多少？")
    assert first_figure(answer) == (1.5, "百分点"), answer.answer
    assert "97.1" in answer.answer and "95.6" in answer.answer


def test_each_years_rate_from_its_own_sentence(service: Service) -> None:
    answer = service.ask("白沙县2023年九年义务教育巩固率比2022年提高了多少个百分点？")
    assert first_figure(answer) == (0.8, "百分点"), answer.answer


def test_a_rise_asked_of_rates_that_fell_is_not_computed(service: Service) -> None:
    answer = service.ask("白沙县2022年九年义务教育巩固率比2023年提高了多少？")
    assert "−" not in answer.answer or answer.abstained, answer.answer


def test_a_share_the_prose_states_beside_a_table(service: Service) -> None:
    answer = service.ask("云岙区2026年校舍维修补助资金中，市级资金占多大比例？")
    assert first_figure(answer) == (60.0, "%"), answer.answer
    assert "540" in answer.answer and "900" in answer.answer


def test_a_share_of_the_two_level_headers_group_total(service: Service) -> None:
    answer = service.ask("苇塘县农村园学位占学位总数的比例是多少？")
    assert first_figure(answer) == (37.5, "%"), answer.answer  # 300 ÷ 800, the 合计 row


@pytest.mark.parametrize("question, asked", [
    ("鹭洲县检查排查的隐患中，截至10月31日还有多少处没有排除？", ("排除", "鹭洲县检查排查的隐患")),
    ("初中部还有多少名学生没有返校", ("返校", "初中部学生")),
])
def test_the_whole_of_those_not_done(question: str, asked: tuple[str, str]) -> None:
    assert asked_undone(question) == asked


def test_the_rest_after_those_done_in_the_next_sentence(service: Service) -> None:
    answer = service.ask("鹭洲县2025年检查排查的隐患中，截至10月31日还有多少处没有排除？")
    assert first_figure(answer) == (12.0, "处"), answer.answer  # 140 − 128


def test_money_per_recipient_counted_in_another_sentence(service: Service) -> None:
    answer = service.ask("云岙区的校车运营补贴，平均到每名享受校车的学生大约多少钱？")
    value, unit = first_figure(answer)
    assert value == 300.0 and unit.startswith("元"), answer.answer  # 96万元 ÷ 3200名
    assert len(answer.citations) == 2, answer.answer


def test_recipients_nothing_sets_apart_are_not_divided(service: Service) -> None:
    answer = service.ask("云岙区的校车运营补贴，平均到每名学生大约多少钱？")
    assert "÷" not in answer.answer, answer.answer


def test_rows_meeting_a_rate_the_table_leaves_to_compute(service: Service) -> None:
    answer = service.ask("鹤汀县哪些学校体育考试的不合格率高于11%？")
    assert not answer.abstained, answer.answer
    assert "鹤汀县第二中学" in answer.answer and "鹤汀县南山中学" in answer.answer  # 12%, 12.5%
    assert "鹤汀县第一中学" not in answer.answer  # 10%
    assert "参考人数" in answer.answer and len(answer.figures) == 2


def test_a_category_the_table_lacks_is_never_its_opposite(service: Service) -> None:
    answer = service.ask("鹤汀县哪些学校体育考试的不优秀率高于11%？")
    assert "不优秀率 = 优秀" not in answer.answer, answer.answer
