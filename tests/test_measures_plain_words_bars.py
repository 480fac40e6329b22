"""Measures, everyday wordings and the gates that refused them, on documents written here (real ingest, real
model, Service.ask): a section of measures found when the question glues its topic to the measure word
(`整改措施` of a heading `整改目标和措施`); a web page's host line (`主办：…`) after the signature closing no
item; an asking word before a rate (`多少覆盖率`) naming nobody's rate; a compliance asked against the
question's own bar (`达到国家80%的要求了吗`) judging the value reached, never the document's target (written
in Traditional script: `不低於`); everyday names of the documents' groups and papers (做饭的师傅 → 食堂从业人员,
体检证明 → 健康证: server/lexicon/plain_words.tsv), a person by trade (师傅) counted as people, never as a group
the documents name, and whether a class too large (大班额, written by its bound 超过55人: synonyms.tsv) is still
left."""
import pytest

from server.answer.remains import _left
from server.answer.sections import closing_start
from server.intent import classify
from server.service import Service
from tests.written import service_over

SELF_REVIEW = """岚泽县义务教育优质均衡发展自评报告
岚泽县人民政府
一、基本情况
全县共有义务教育学校19所，在校学生15230人。小学平均班额41.6人，初中平均班额46.2人，全县已无超过55人的班级。
二、存在问题
一是城北小学生均教学及辅助用房面积偏小；二是农村学校科学教师短缺。
三、整改目标和措施
到2027年底，全县19所学校资源配置7项指标全部达标。
1. 实施城北小学扩建工程，新建教学楼一栋，建筑面积3600平方米。
2. 2026年招聘科学专任教师24名，优先安排到农村学校。
3. 每学期通报一次各校指标达标进展。
岚泽县人民政府
2026年9月10日
"""

# a web page's notice: its items, then the contact line, the signature, the date and the site's host line
PROGRESS = """蔚川市2026年上半年校舍建设进展情况通报
各区县教育局：
一、总体进展
全市共实施校舍建设项目3个，累计完成投资8600万元。
二、工作措施
1．实行月调度制度。每月召开项目调度会，对滞后项目挂牌督办。
2．加快资金拨付。按工程进度及时拨付资金。
3．做好开学准备。新落成的学校同步配齐课桌椅。
联系电话：6614027
蔚川市教育局
2026年7月8日
主办：蔚川市教育局
"""

CANTEEN = """岚泽县2026年春季学校食堂食品安全检查情况通报
一、基本情况
本次共检查学校食堂6个，食堂从业人员88人，共发现问题17项。
二、工作目标
力争到2026年底，“明厨亮灶”在全县学校食堂的覆盖率提高到100%。
三、整改要求
食堂从业人员须持有效健康证上岗，4名健康证过期人员须于5月20日前完成复检。
"""

ENROLMENT = """岚泽县2026年普通高中招生工作方案
一、招生计划
全县普通高中计划招生3200人。
二、特长生招生
体育、艺术特长生招生人数不超过各校计划的6%。
"""

# a bulletin in Traditional script: the share reached, and the higher target the plan sets for a later year
BULLETIN = """蘅陽縣2025年度教育發展統計公報
一、學前教育
全縣共有幼兒園48所，在園幼兒7920人。普惠性幼兒園在園幼兒6890人，普惠率87.0%。
二、下一步工作
到2027年，力爭普惠率不低於90%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "measures-plain-bars",
                        {"lanze-balanced-review-2026": SELF_REVIEW, "weichuan-building-progress-2026": PROGRESS,
                         "lanze-canteen-inspection-2026": CANTEEN, "lanze-high-school-enrolment-2026": ENROLMENT,
                         "hengyang-statistics-bulletin-2025": BULLETIN})


def test_measures_asked_by_a_compound_the_heading_writes_apart(service: Service) -> None:
    response = service.ask("岚泽县整改措施具体有哪些")
    assert not response.abstained, response.answer
    assert "扩建工程" in response.answer and "24名" in response.answer and "通报一次" in response.answer
    assert "到2027年底" not in response.answer  # the target paragraph above the items is no measure


def test_a_host_line_after_the_signature_closes_no_item(service: Service) -> None:
    response = service.ask("蔚川市推进校舍建设有哪些措施？")
    assert not response.abstained, response.answer
    assert "课桌椅" in response.answer
    assert "联系电话" not in response.answer and "主办" not in response.answer and "7月8日" not in response.answer


def test_a_host_line_ends_a_closing_read_from_the_end() -> None:
    text = "1．做好开学准备。配齐课桌椅。\n联系电话：6614027\n蔚川市教育局\n2026年7月8日\n主办：蔚川市教育局"
    assert closing_start(text, 0, len(text)) == text.index("联系电话")


@pytest.mark.parametrize("question", ["岚泽县明厨亮灶2026年底要达到多少覆盖率",
                                      "岚泽县明厨亮灶2026年底覆盖率要达到多少"])
def test_an_asking_or_time_word_before_a_rate_is_nobodys(service: Service, question: str) -> None:
    response = service.ask(question)
    assert not response.abstained, response.answer
    assert "100%" in response.answer


def test_a_bar_named_with_its_issuer_is_the_questions_own() -> None:
    assert classify("普惠率达到国家80%的要求了吗", set()).threshold == "80%"


def test_compliance_judges_the_value_reached_not_the_documents_target(service: Service) -> None:
    response = service.ask("蘅阳县普惠率达到国家80%的要求了吗")
    assert not response.abstained, response.answer
    assert "达标" in response.answer and "87" in response.answer and "80" in response.answer
    assert "90% ≥" not in response.answer  # the plan's 不低於90% is a target, never the value judged


def test_a_target_sentence_is_never_judged_as_the_value_reached(service: Service) -> None:
    response = service.ask("岚泽县明厨亮灶覆盖率达到100%的目标了没")
    assert not response.answer.startswith("达标"), response.answer  # 提高到100% is the aim set for 2026年底


def test_cooks_and_their_health_papers_in_everyday_words(service: Service) -> None:
    response = service.ask("岚泽县学校做饭的师傅有几个体检证明过期了")
    assert not response.abstained, response.answer
    assert "4名" in response.answer and "88" not in response.answer.split("。")[0]


def test_workers_by_trade_counted_with_ge_are_people(service: Service) -> None:
    response = service.ask("岚泽县检查的食堂里有多少个打饭的师傅")
    assert not response.abstained, response.answer
    assert response.answer.startswith("88人"), response.answer


def test_a_crowded_class_none_left(service: Service) -> None:
    response = service.ask("岚泽县还有没有大班额的情况")
    assert not response.abstained, response.answer
    assert response.answer.startswith("没有") and "超过55人" in response.answer


def test_a_plan_to_do_away_with_a_thing_says_none_is_left_yet() -> None:
    assert _left("力争到2027年全部消除大班额", ["大班额"]) is None
    assert _left("县城学校大班额已全部消除", ["大班额"]) is False
    assert _left("全县仍有大班额12个", ["大班额"]) is True
