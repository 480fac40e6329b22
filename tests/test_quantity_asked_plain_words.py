"""The quantity a question asks, in plain words and in table text cells, on documents written here (real ingest,
real model, Service.ask): a shortfall asked (还缺多少) is the 缺额 its clause states, never the stock the sentence
counts first, and how to fill it is the measure that does (新增…优先补充…), not the sentence stating the gap; a
total asked with its yearly split stated beside it gives both; a count whose clause has only the verb the clause
before wrote after the noun (`新教师招聘，计划招聘38名`) counts that noun; everyday words for budget items and school
kinds (养车, 修房子的钱, 上面拨下来, 不到一百个学生的村小: server/lexicon/plain_words.tsv); the next sentence of a
paragraph naming what is asked answers in place of the one refused; a sentence stating counts only per one (每校
至少1名) states no total; a money noun closing on its asking word (预算多少) asks an amount; a table row's text cell
asked with its figure, or by the head of its column (什么类别)."""
import pytest

from server.answer.perone import only_per_one
from server.intent import wanted_units
from server.service import Service
from tests.written import service_over

SPORTS = """翠浔县2025年学校艺术教育工作年度报告
翠浔县教育局
一、艺术师资
全县各级学校共有音乐教师860人，按课时标准测算还缺额75人，缺口主要集中在山区小学。
二、主要措施
1. 开足开齐艺术课程。义务教育阶段学校每周开设2节艺术课。
2. 补齐音乐师资缺口。通过公开招聘、走教等方式，2026年新增音乐教师40人，优先补充山区学校。
3. 办好学生艺术展演。每年举办一次全县中小学生艺术节。
翠浔县教育局
2026年3月2日
"""

MONEY = """翠浔县2026年教育工作要点
一、校园安全
县财政两年安排校园安全专项资金8000万元，每年4000万元，用于校园监控和护栏改造。
二、教师招聘
县教育局、县人社局联合组织2026年中小学新教师招聘，计划招聘38名，其中安排到乡镇学校的岗位25名。
三、校舍维修
经学校申报和专家评审，县教育局确定2026年实施校舍维修改造项目8个，总投资900万元。资金来源为中央和省级补助600万元、县级配套300万元。
四、小规模学校
本方案所称乡村小规模学校，是指不足100名学生的村小学和教学点。2025年全县有乡村小规模学校20所，在校生950人，专任教师130人。
到2028年，保留的乡村小规模学校专用教室全部达标，每校至少有1名县级以上骨干教师。
"""

BUDGET = """枫沅区教育局2026年部门预算公开说明
一、支出预算按功能分类情况
| 科目 | 2026年预算数（万元） | 2025年预算数（万元） | 增减（%） | 主要用途 |
|---|---|---|---|---|
| 学前教育 | 5120 | 4880 | 4.9 | 普惠性幼儿园生均补助 |
| 高中教育 | 9200 | 8800 | 4.5 | 新建实验楼 |
| 合计 | 14320 | 13680 | 4.7 | — |
二、“三公”经费安排
2026年“三公”经费预算24.0万元。其中公务接待费5.5万元，公务用车运行维护费18.5万元。
"""

SCHOOLS = """枫沅区2026年义务教育招生工作方案
一、招生规模
| 学校 | 学段 | 招生班数 | 计划招生人数 | 划片范围 |
|---|---|---|---|---|
| 枫沅区荷塘小学 | 小学 | 6 | 270 | 荷塘街道东片 |
| 枫沅区柳岸小学 | 小学 | 8 | 360 | 柳岸街道西片 |
二、高中基本情况
| 学校 | 在校生（人） | 教学班（个） | 平均班额（人） | 办学类别 |
|---|---|---|---|---|
| 枫沅区第一中学 | 3100 | 60 | 51.7 | 省级示范高中 |
| 枫沅区第二中学 | 2450 | 48 | 51.0 | 市级示范高中 |
三、建设计划
开工建设枫沅区第三中学，规划36个教学班、1800个学位。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "quantity-asked",
                        {"cuixun-arts-report-2025": SPORTS, "cuixun-education-points-2026": MONEY,
                         "fengyuan-budget-2026": BUDGET, "fengyuan-enrolment-2026": SCHOOLS})


def test_a_shortfall_asked_is_the_shortfall_stated(service: Service) -> None:
    response = service.ask("翠浔县音乐教师还缺多少人？")
    assert not response.abstained, response.answer
    assert response.answer.startswith("75人"), response.answer


def test_filling_a_gap_is_answered_by_the_measure_not_the_gap(service: Service) -> None:
    response = service.ask("翠浔县怎么补音乐教师缺口")
    assert not response.abstained, response.answer
    assert "新增音乐教师40人" in response.answer, response.answer


def test_a_total_asked_gives_its_yearly_split(service: Service) -> None:
    response = service.ask("翠浔县校园安全专项资金一共多少？")
    assert response.answer.startswith("8000万元"), response.answer
    assert "每年4000万元" in response.answer


def test_a_count_under_the_verb_of_the_noun_before(service: Service) -> None:
    response = service.ask("翠浔县今年一共招多少个新老师？")
    assert not response.abstained, response.answer
    assert response.answer.startswith("38名"), response.answer


def test_keeping_cars_is_the_official_car_budget_item(service: Service) -> None:
    response = service.ask("枫沅区教育局今年养车要花多少钱？")
    assert response.answer.startswith("18.5万元"), response.answer


def test_money_from_above_is_the_next_sentences_grant(service: Service) -> None:
    response = service.ask("翠浔县给学校修房子的钱，上面拨下来多少")
    assert response.answer.startswith("600万元"), response.answer


def test_small_village_schools_total_teachers(service: Service) -> None:
    response = service.ask("翠浔县那些不到一百个学生的村小，老师一共几个")
    assert response.answer.startswith("130人"), response.answer


def test_a_budget_rows_amount_and_its_use(service: Service) -> None:
    response = service.ask("枫沅区高中教育预算多少，主要用来干啥")
    assert not response.abstained, response.answer
    assert "9200万元" in response.answer and "新建实验楼" in response.answer


def test_a_per_period_count_is_no_count_per_one() -> None:
    assert not only_per_one("联合乡镇和村（社区）每周巡查不少于2次。")


def test_a_rows_class_and_count_cite_the_row_alone(service: Service) -> None:
    response = service.ask("枫沅区第二中学是什么类别的高中，有几个教学班")
    assert "48个" in response.answer, response.answer
    assert len(response.citations) == 1 and "枫沅区第二中学" in response.citations[0].text


def test_a_column_asked_by_its_head_after_what(service: Service) -> None:
    response = service.ask("枫沅区第一中学是什么类别的高中")
    assert response.answer.startswith("省级示范高中"), response.answer


def test_a_money_noun_closing_on_its_asking_word_asks_money() -> None:
    assert wanted_units("高中教育预算多少") == ("元",)
    assert wanted_units("专项资金是多少") == ("元",)
    assert wanted_units("教育经费占一般公共预算支出多少") != ("元",)  # a share, whatever noun it closes on


def test_counts_per_one_state_no_total() -> None:
    assert only_per_one("每校至少有1名县级以上骨干教师。")
    assert not only_per_one("全县有学校20所，专任教师130人。")
