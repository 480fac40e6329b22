"""The checks between composing and returning, on documents written here, where the question's own words
say what kind of figure answers it: a noun naming money (资金, 补助) wants an amount in 元 whatever the
rest of the wording suggests; a table cell under a target column is a target; a stage, a half of the year
or a per-student indicator named in the question must be the figure's own; a reply's 文号 and 签发人
come from its head. Real ingest, real model, real Chroma, Service.ask; the wording rules alone below."""

import pytest

from figures.numbers import parse_number
from ingest.metadata import extract_meta, signer
from server.intent import asked_noun_kind, classify
from server.operation import operation_of
from server.query import key_terms
from server.service import Service
from tests.written import first_figure, service_over

# a reply to a deputy's proposal: 文号 and 签发人 on one head line, student aid by stage, a share's counts
REPLY = """会昌县人民政府
关于县十届人大二次会议第12号代表建议的答复

会政建〔2024〕9号　　　　　　签发人：赵明远

王红代表：

您提出的建议收悉，现答复如下：

一、学生资助

2024年，全县发放各类学生资助资金八千二百万元，资助学生三万一千人次。普通高中发放国家助学金和免学费补助资金0.96亿元。家庭经济困难寄宿生生活补助标准为小学生每生每年1000元、初中生每生每年1250元。

二、薄弱学校改造

统筹安排资金3.2亿元，对4所薄弱学校实施改扩建，新增校舍面积8.6万平方米、实训设备值0.9亿元。

三、课后服务

全县开展课后服务的学校96所，参加学生3.6万人，其中城区学生2.4万人、乡村学生1.2万人。

四、寄宿条件改善

全县初中在校生12000人，其中住校生7500人，住校比例62.5%。
"""

# a mid-term review: the plan's targets tabulated beside progress, an autumn-term table, per-student funds
REVIEW = """寻乌县“十四五”教育发展规划中期评估报告
寻乌县教育局
2023年9月1日

二、主要指标完成情况

| 指标 | 2020年基数 | 2025年目标 | 2022年实际 | 完成情况 |
| --- | --- | --- | --- | --- |
| 专任教师本科以上学历占比（%） | 70.5 | 82.0 | 74.0 | 进度滞后 |
| 学前三年毛入园率（%） | 88.0 | 92.0 | 90.5 | 正常推进 |

三、校园安全排查

表1 2022年秋季学期校园安全隐患排查情况表

| 学校 | 排查次数 | 排查出隐患数 | 已消除隐患数 |
| --- | --- | --- | --- |
| 寻乌县第一小学 | 7 | 9 | 8 |
| 寻乌县第二中学 | 6 | 4 | 4 |

四、生均公用经费情况

| 学段 | 2021年（元/生/年） | 2022年（元/生/年） |
| --- | --- | --- |
| 小学 | 720 | 760 |
| 中等职业学校 | 1580 | 1660 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "asked-kinds", {"huichang-reply": REPLY, "xunwu-review": REVIEW})


def test_a_noun_naming_money_wants_an_amount():
    assert asked_noun_kind("去年发放了多少学生资助资金") == "money"  # 资金 heads the phrase, not 学生
    assert classify("去年发放了多少学生资助资金", set()).units == ("元",)
    assert asked_noun_kind("资助了多少学生") == "people"
    assert asked_noun_kind("给多少人发了生活补贴") == ""  # people counted, whatever they were given
    assert classify("资助了多少学生", set()).units == ("人", "人次")
    assert classify("总共下乡跑了多少趟", set()).units == ("次",)  # 趟: the spoken 次


def test_place_suffixes_and_halves_of_a_year_are_no_key_terms():
    terms = key_terms("县到2026年专任教师研究生学历占比要达到多少")
    assert "县到" not in terms and "专任教师" in terms
    terms = key_terms("的督学2023年上半年那个学期总共下乡跑了多少趟")
    assert not {"上半", "半年", "上半年"} & set(terms) and "督学" in terms


def test_a_part_of_a_whole_in_per_cent_is_a_share_not_a_growth():
    assert operation_of("暗访占检查总次数的百分之多少").name == ""
    assert classify("暗访占检查总次数的百分之多少", set()).operation == "share"
    assert operation_of("在校生增长了百分之多少").name == "growth"


def test_the_signer_beside_the_number_is_read():
    meta = extract_meta(REPLY, "huichang-reply.txt")
    assert meta.number == "会政建〔2024〕9号"
    assert signer(REPLY) == "赵明远"
    assert signer(REVIEW) == ""


def _in_base_units(response) -> set[int]:
    """The answer's figures in base units (万元 → 元), whichever unit each is shown in."""
    scales = {f.unit: parse_number(f"1{f.unit}") if f.unit else None for f in response.figures}
    return {round(f.value * (s.value if (s := scales[f.unit]) is not None and s.value else 1.0))
            for f in response.figures}


def test_money_asked_beside_people_is_answered_in_yuan(service):
    r = service.ask("会昌县发放了多少学生资助资金？资助了多少学生？")
    assert not r.abstained, r.answer
    assert _in_base_units(r) >= {82000000, 31000}, r.answer
    r = service.ask("会昌县寄宿生生活补助小学生每生每年多少？")
    assert first_figure(r)[0] == 1000


def test_an_amount_of_another_item_is_not_the_money_asked(service):
    r = service.ask("会昌县薄弱学校改造安排了多少资金？校舍面积新增多少？")
    assert 90000000 not in _in_base_units(r), r.answer  # 实训设备值, not 资金


def test_a_share_of_people_is_computed_from_their_counts(service):
    r = service.ask("会昌县课后服务参加学生中城区学生占多少比例？")
    assert first_figure(r) == (66.67, "%")


def test_another_stage_does_not_answer(service):
    r = service.ask("会昌县研究生的国家助学金有多少？")
    assert not any(round(f.value) == 96000000 for f in r.figures), r.answer


def test_a_target_column_is_a_target(service):
    assert first_figure(service.ask("寻乌县到2025年专任教师本科以上学历占比要达到多少？"))[0] == 82.0


def test_the_other_half_of_the_year_does_not_answer(service):
    r = service.ask("寻乌县2022年春季学期校园安全排查出多少处隐患？")
    assert not any(f.value in (9, 4, 13) for f in r.figures), r.answer


def test_another_per_student_indicator_does_not_answer(service):
    r = service.ask("寻乌县2022年中等职业学校生均财政拨款是多少？")
    assert not any(f.value == 1660 for f in r.figures), r.answer
    assert first_figure(service.ask("寻乌县2022年中等职业学校生均公用经费是多少？"))[0] == 1660


def test_the_number_and_signer_are_answered_from_the_head(service):
    r = service.ask("会昌县答复王红代表建议的文件，文号和签发人是什么？")
    assert not r.abstained, r.answer
    assert "会政建〔2024〕9号" in r.answer and "赵明远" in r.answer
    assert any("会政建〔2024〕9号" in c.text for c in r.citations)


def test_a_bare_count_of_a_table_is_no_rate(service):
    r = service.ask("寻乌县2022年秋季学期排查出的校园安全隐患消除率有多高？")
    assert not any(f.value in (7, 9, 8, 6, 4) for f in r.figures), r.answer


def test_a_stage_whose_last_character_reads_as_a_share_word_still_counts(service):
    # `初中住校生的比例`: read as a share, 初中's 中 is the `X中Y` of whole and part; 初中 is still asked
    r = service.ask("会昌县初中住校生的比例是多少？")
    assert first_figure(r) == (62.5, "%"), r.answer
