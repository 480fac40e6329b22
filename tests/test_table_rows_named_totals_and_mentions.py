"""Table questions of several kinds and the passages they cite: a maximum over every row when the label column's
noun is the subset asked (首批基地里), a row's worded cell asked by its row and its column (是什么供餐模式) with the
row's figures beside it, the rows that did all of a verb (全部关停了), several columns' totals read from the total
row, asks listed by 、 each with its own asking word, a plan row's present value cited by the prose stating it, and
which documents mention X cited by a body sentence rather than a row counting a longer thing. Documents written
here, real ingest, Service.ask."""

import pytest

from figures.tablequery import of_asked_kind
from server.intent import asks
from server.service import Service
from tests.written import service_over

BASES = """梓岭县2026年中小学研学实践方案
一、基本情况
全县首批3个县级实践基地的安排如下表。
| 基地名称 | 所在乡镇 | 年接待能力（人次） | 建成时间 |
| --- | --- | --- | --- |
| 竹湾农耕体验基地 | 竹湾镇 | 2600 | 2026年5月 |
| 县青少年活动中心木工坊 | 城关镇 | 7200 | 已建成 |
| 枫林茶园基地 | 枫林乡 | 3100 | 2027年3月 |
| 合计 | — | 12900 | — |
"""

TRAINING = """栎川区2025年度校外培训治理情况通报
一、机构关停情况
全区原有违规培训机构40家，年内关停36家。各街道情况如下表。
| 街道 | 原有违规机构（家） | 已关停（家） | 关停率（%） | 主要问题 |
| --- | --- | --- | --- | --- |
| 桂香街道 | 15 | 13 | 86.7 | 转入地下培训 |
| 柳岸街道 | 12 | 12 | 100.0 | 无 |
| 石桥街道 | 13 | 11 | 84.6 | 变相收费 |
| 合计 | 40 | 36 | 90.0 | — |
"""

MEALS = """檀溪县2025年度学生营养改善计划执行情况报告
一、总体执行情况
全县纳入营养改善计划的学校共19所，惠及学生6100人，全年到位膳食补助资金610万元。各乡镇情况如下表。
| 乡镇 | 学校数（所） | 受益学生（人） | 补助资金（万元） | 供餐模式 |
| --- | --- | --- | --- | --- |
| 岚桥镇 | 11 | 4000 | 400 | 食堂供餐 |
| 雁坪乡 | 8 | 2100 | 210 | 食堂为主企业配餐补充 |
| 合计 | 19 | 6100 | 610 | — |
注：雁坪乡8所学校中5所为食堂供餐，3所由企业配餐。
"""

SAFETY = """榴川区教育局关于校园安全隐患排查整改情况的通报
一、排查情况
此次共排查出各类隐患60处，已整改52处。
| 隐患类别 | 发现隐患（处） | 已整改（处） | 未整改（处） | 主要问题 |
| --- | --- | --- | --- | --- |
| 用电安全 | 26 | 22 | 4 | 线路老化、插座超负荷 |
| 食品安全 | 34 | 30 | 4 | 留样记录缺失 |
"""

HEALTH = """桦江市2025年学生心理健康工作情况报告
二、主要做法
一是配齐心理教师。全市配备专兼职心理教师和辅导员九十六人，其中专职心理教师三十一人。
二是推动家校协同。举办心理健康家长讲座一百二十场，覆盖家长两万人次。
"""

SPECIAL = """柘阳县特殊教育提升三年行动计划
一、现状
全县现有特教学校1所，在校学生96人。
2025年县特教学校生均公用经费为6200元，全县建有资源教室6个，康复训练教师15人，其中具有康复专业背景的9人。
二、主要指标
| 指标 | 2025年（实绩） | 2026年（计划） | 2027年（计划） |
| --- | --- | --- | --- |
| 康复训练教师（人） | 15 | 18 | 21 |
| 陪读助学教师（人） | 30 | 33 | 36 |
三、重点任务
1. 扩大随班就读。在普通学校设立随班就读指导小组。
2. 保障专项经费。县财政每年列支特殊教育专项资金90万元，用于陪读助学交通补助和辅具购置。
柘阳县教育局
2026年2月10日
"""

ACCOUNTS = """槐溪县教育局2025年部门决算情况说明
一、支出决算按功能分类情况
| 科目 | 决算数（万元） | 主要用途 |
| --- | --- | --- |
| 普通教育 | 9200 | 中小学运转 |
| 特殊教育 | 410 | 特教学校运转及陪读助学 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "rows-named-totals", {
        "ziling-bases-2026": BASES, "lichuan-training-2025": TRAINING, "tanxi-meals-2025": MEALS,
        "liuchuan-safety-2025": SAFETY, "huajiang-health-2025": HEALTH, "zheyang-special-2026": SPECIAL,
        "huaixi-accounts-2025": ACCOUNTS})


def test_maximum_over_every_row_the_label_columns_noun_names(service: Service) -> None:
    answer = service.ask("梓岭县首批基地里哪个年接待能力最大")
    assert answer.answer.startswith("县青少年活动中心木工坊"), answer.answer  # 7200, its name holds no 基地
    assert "7200" in answer.answer, answer.answer


def test_rows_that_did_all_of_a_verb(service: Service) -> None:
    answer = service.ask("栎川区哪个街道违规机构全部关停了")
    head = answer.answer.split("依据")[0]
    assert "柳岸街道" in head and "桂香街道" not in head and "石桥街道" not in head, answer.answer


def test_a_rows_worded_cell_asked_by_its_row_and_column(service: Service) -> None:
    answer = service.ask("雁坪乡是什么供餐模式")
    assert answer.answer.startswith("食堂为主企业配餐补充"), answer.answer
    assert any("食堂为主企业配餐补充" in c.text for c in answer.citations), answer.answer


def test_a_rows_problem_cell_quoted_with_its_count(service: Service) -> None:
    answer = service.ask("榴川区用电安全方面主要是什么问题")
    assert "线路老化、插座超负荷" in answer.answer, answer.answer
    assert "26处" in answer.answer, answer.answer  # what the problem is counted as, from the same row


def test_several_columns_totals_from_the_total_row(service: Service) -> None:
    answer = service.ask("檀溪县营养改善计划的学校数、受益学生、补助资金合计")
    for figure in ("19所", "6100人", "610万元"):
        assert figure in answer.answer, answer.answer
    assert answer.citations and all(c.text.lstrip("| ").startswith("合计") for c in answer.citations), \
        [c.text for c in answer.citations]


def test_asks_listed_by_commas_each_with_its_own_asking_word() -> None:
    assert len(asks("桦江市心理教师辅导员一共多少、专职心理教师多少、家长讲座办了几场")) == 3
    assert len(asks("甲县小学和初中合计多少所")) == 1  # one sum of two things


def test_several_prose_asks_each_answered(service: Service) -> None:
    answer = service.ask("桦江市心理教师辅导员一共多少、专职心理教师多少、家长讲座办了几场")
    assert not answer.abstained, answer.answer
    for figure in ("九十六人", "三十一人", "一百二十场"):
        assert figure in answer.answer, answer.answer


def test_a_plan_rows_present_value_cited_by_the_prose_stating_it(service: Service) -> None:
    answer = service.ask("柘阳县康复训练教师多少人")
    assert answer.answer.startswith("15人"), answer.answer  # the 实绩 column, not the plan's years
    assert "18人" not in answer.answer.split("依据")[0], answer.answer
    assert any("康复训练教师15人" in c.text for c in answer.citations), answer.answer


def test_a_kind_noted_in_a_headers_brackets_is_its_columns_kind() -> None:
    columns = ["2025年（实绩）", "2026年（计划）", "2027年（计划）"]
    assert of_asked_kind(columns, "康复训练教师多少人") == ["2025年（实绩）"]
    assert of_asked_kind(columns, "康复训练教师计划多少人") == columns[1:]


def test_which_documents_cite_a_body_sentence_over_a_row_of_a_longer_thing(service: Service) -> None:
    answer = service.ask("哪些文件提到了陪读助学")
    texts = [c.text for c in answer.citations]
    assert any("用于陪读助学交通补助" in t for t in texts), texts  # not the row counting 陪读助学教师
    assert not any("陪读助学教师" in t for t in texts), texts
    assert any("特教学校运转及陪读助学" in t for t in texts), texts  # its only mention is a row's cell
