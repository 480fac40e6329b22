"""One synthetic case per computed class, on documents written here: each computed figure shows its
formula and cites every input, and an input the document does not state makes the answer abstain
rather than compute from a neighbour's figure."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import first_figure, service_over

# a city's statistics bulletin of the usual shape: counts per stage, rates, a total with its change
# on the year before, a `其中` part, a list of parts, money and the heads it reaches, a span's sum,
# a plan's target beside what was done
BULLETIN = """某市2024年教育事业发展统计公报
市教育局
2025年3月10日
一、学校和学生
2024年，全市共有普通小学120所，小学在校生86000人；初中45所，初中在校生40000人。
全市城区学校办学条件达标率为98.5%，农村学校办学条件达标率为91.2%。
2022年全市公共图书馆藏书300万册。2024年全市公共图书馆藏书360万册。
二、教师队伍
全市共有专任教师9000人，其中女教师6300人。
三、学校建设
全年新建幼儿园5所、小学3所、初中2所。
2020年至2024年，全市累计投入校舍建设资金20亿元。
全年计划新增学位8000个，实际新增学位6800个。
四、经费投入
2024年全市教育经费总投入45亿元，比上年增长8%。
全市投入学生营养改善计划资金3000万元，受益学生20000人。
"""
BULLETIN_ID = "city-bulletin-2024"

# a work report written early in a year: its review states last year's figures without naming the
# year (`过去一年`), their changes `同比`; the year before them is two before the report's date
REPORT = """2025年区政府工作报告
区人民政府
2025年1月15日
一、过去一年工作回顾
过去一年，全区一般公共预算教育支出12.6亿元，同比增长5%。全区幼儿园在园幼儿15000人，比上年减少1200人。
二、2025年工作安排
推进学前教育普及普惠发展。
"""
REPORT_ID = "district-report-2025"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "matrix", {BULLETIN_ID: BULLETIN, REPORT_ID: REPORT})


def _computed(service: Service, question: str, doc_id: str, value: float, unit: str, texts: list[str]):
    """The answer's first figure is `value` in `unit`, with a formula, computed from the passage
    amounts `texts`, each inside a citation and quoting the document."""
    r = service.ask(question)
    assert first_figure(r) == (value, unit), r.answer
    assert r.figures[0].formula, r.answer
    text = service.index.documents[doc_id].text
    spans = [(c.start, c.end) for c in r.citations]
    quoted = [i["source"] for i in r.figures[0].inputs if "start" in i["source"]]
    assert all(any(s <= q["start"] < q["end"] <= e for s, e in spans) and text[q["start"]:q["end"]] == q["text"]
               for q in quoted), r.answer
    assert sorted(q["text"] for q in quoted) == sorted(texts), r.figures[0].inputs
    return r


def test_difference_of_two_named_counts(service):
    _computed(service, "全市小学在校生比初中在校生多多少人？", BULLETIN_ID, 46000.0, "人",
              ["86000人", "40000人"])


@pytest.mark.parametrize("question", ["城区学校办学条件达标率比农村学校高多少个百分点？",
                                      "城区学校与农村学校办学条件达标率相差多少个百分点？",
                                      "农村学校与城区学校办学条件达标率相差多少个百分点？"])
def test_points_between_two_rates(service, question):
    _computed(service, question, BULLETIN_ID, 7.3, "百分点", ["98.5%", "91.2%"])


@pytest.mark.parametrize("question", ["2024年全市公共图书馆藏书比2022年增长了百分之多少？",
                                      "2024年全市公共图书馆藏书较2022年增长了多少%？"])
def test_growth_between_two_years(service, question):
    _computed(service, question, BULLETIN_ID, 20.0, "%", ["300万册", "360万册"])


def test_change_between_two_years_stated_apart(service):
    # no `从…到…` sentence: each year's value looked up on its own, never one of them quoted
    _computed(service, "全市公共图书馆藏书2024年比2022年增加了多少万册？", BULLETIN_ID, 60.0, "万册",
              ["300万册", "360万册"])


@pytest.mark.parametrize("question", ["全市小学在校生是初中在校生的几倍？", "全市小学在校生是初中的多少倍？"])
def test_multiple_of_one_count_by_another(service, question):
    _computed(service, question, BULLETIN_ID, 2.15, "倍", ["86000人", "40000人"])


def test_multiple_of_a_thing_the_document_lacks_is_no_lookup(service):
    r = service.ask("全市小学在校生是高中在校生的几倍？")
    assert r.abstained, r.answer


def test_share_of_a_part_named_after_its_whole(service):
    _computed(service, "女教师占全市专任教师的比例是多少？", BULLETIN_ID, 70.0, "%", ["6300人", "9000人"])


@pytest.mark.parametrize("question", ["全年新建幼儿园、小学和初中共多少所？", "全年新建幼儿园、小学、初中合计多少所？"])
def test_sum_of_listed_parts(service, question):
    _computed(service, question, BULLETIN_ID, 10.0, "所", ["5所", "3所", "2所"])


@pytest.mark.parametrize("question", ["营养改善计划资金平均每名受益学生多少元？", "生均营养改善计划资金是多少元？"])
def test_amount_per_head(service, question):
    _computed(service, question, BULLETIN_ID, 1500.0, "元/人", ["3000万元", "20000人"])


def test_amount_per_head_needs_the_students_of_its_own_sentence(service):
    # the bulletin counts students elsewhere, for other things: 45亿元 is not divided by them
    r = service.ask("全市教育经费总投入生均是多少元？")
    assert r.abstained, r.answer


def test_yearly_average_over_the_span_the_question_names(service):
    r = _computed(service, "2020年至2024年全市年均投入校舍建设资金多少亿元？", BULLETIN_ID, 4.0, "亿元/年",
                  ["20亿元"])
    assert "20亿元 ÷ 5年" in r.figures[0].formula


def test_yearly_average_over_the_span_its_sentence_states(service):
    # the question names no span: the years are the sentence's own, cited like any input
    _computed(service, "全市年均投入校舍建设资金多少亿元？", BULLETIN_ID, 4.0, "亿元/年", ["20亿元", "2020年至2024年"])


def test_value_worked_back_from_a_stated_growth(service):
    r = _computed(service, "2023年全市教育经费总投入是多少亿元？", BULLETIN_ID, 41.67, "亿元", ["45亿元", "8%"])
    assert "45亿元 ÷ (1 + 8%)" in r.figures[0].formula


@pytest.mark.parametrize("question", ["全年新增学位的完成率是多少？", "新增学位完成了计划的百分之多少？"])
def test_completion_rate_of_a_target(service, question):
    _computed(service, question, BULLETIN_ID, 85.0, "%", ["6800个", "8000个"])


def test_completion_rate_without_a_target_is_not_computed(service):
    r = service.ask("全市教育经费总投入的完成率是多少？")
    assert r.abstained, r.answer


# growth base year: the year a `同比`/`比上年` change is on is the year before the value's, and the
# value's year is its sentence's, else the year before the document's date — never the question's

def test_last_year_of_a_report_worked_back_from_its_date(service):
    r = _computed(service, "2023年全区一般公共预算教育支出是多少亿元？", REPORT_ID, 12.0, "亿元",
                  ["12.6亿元", "5%"])
    assert "2023" in r.figures[0].label


def test_last_year_of_a_report_from_a_stated_decrease(service):
    _computed(service, "2023年全区幼儿园在园幼儿多少人？", REPORT_ID, 16200.0, "人", ["15000人", "1200人"])


def test_the_year_the_value_is_stated_for_is_not_worked_back(service):
    # the report states 2024's value (its review year): never 12.6 ÷ 1.05 for 2024
    r = service.ask("2024年全区一般公共预算教育支出是多少亿元？")
    assert all(round(f.value, 2) != 12.0 for f in r.figures), r.answer


def test_a_year_two_before_the_stated_one_is_not_worked_back(service):
    r = service.ask("2022年全区一般公共预算教育支出是多少亿元？")
    assert r.abstained or all(round(f.value, 2) not in (12.0, 12.6) for f in r.figures), r.answer


@pytest.mark.parametrize("question", ["全市教育经费总投入比上年增长8%，上年是多少亿元？",
                                      "全市教育经费总投入同比增长8%，上一年的教育经费总投入是多少？"])
def test_the_year_before_asked_by_the_questions_own_change(service, question):
    # the question's 上年 is the year before the stated value's (2024), not before the document's date
    r = _computed(service, question, BULLETIN_ID, 41.67, "亿元", ["45亿元", "8%"])
    assert "2023年" in r.figures[0].label


def test_last_year_asked_of_a_report_is_the_year_before_its_review_year(service):
    r = _computed(service, "全区一般公共预算教育支出同比增长5%，去年是多少？", REPORT_ID, 12.0, "亿元",
                  ["12.6亿元", "5%"])
    assert "2023年" in r.figures[0].label


def test_the_increase_on_the_year_before_from_a_stated_growth(service):
    r = _computed(service, "2024年全市教育经费总投入比上年增加了多少亿元？", BULLETIN_ID, 3.33, "亿元",
                  ["45亿元", "8%"])
    assert "45亿元 − 45亿元 ÷ (1 + 8%)" in r.figures[0].formula


def test_the_increase_of_another_year_is_not_the_stated_ones(service):
    # the bulletin states 2024 on 2023: the increase of 2023 on 2022 is not it
    r = service.ask("2023年全市教育经费总投入比上年增加了多少亿元？")
    assert r.abstained or all(round(f.value, 2) != 3.33 for f in r.figures), r.answer
