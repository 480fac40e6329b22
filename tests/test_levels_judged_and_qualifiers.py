"""Levels judged against bars, targets, and the qualifier a question adds, on documents written here (real ingest,
Service.ask): a share computed from stated counts and asked against the question's bar says 达到/未达到; a sentence
stating its level passed a floor (已高于…不低于N%的要求, in either script) is the bar met, with the level its
indicator row reaches; a class size asked of a school row of pupils and classes is their quotient judged against the
stage's national 班额; a level reached judged against the target a plan sets by a deadline (年底前…达到N%); a target
asked of one rate found in the clause naming that rate, quoted with its deadline; a sub-group the documents never
split (男生) or a stage asked of a rate the document breaks down by stage is not answered by the whole's figure."""
import pytest

from server.answer.complements import unsplit
from server.answer.statedverdict import stated_verdict
from server.service import Service
from tests.written import service_over

ROTATION = """青杉县2025年教师交流轮岗工作总结
2025年，全县有980名教师符合交流条件，实际交流轮岗150人，其中骨干教师24人。
"""

ROTATION_MET = """白榆县2025年教师交流轮岗工作总结
2025年，全县有760名教师符合交流条件，实际交流轮岗90人，其中骨干教师27人。
"""

VOCATIONAL = """檀峪縣中等職業教育質量年度報告（2025年）
一、近三年主要指標
| 項目（年份） | 2023 | 2024 | 2025 |
| 在校生（人） | 3120 | 3260 | 3410 |
| 專業課教師持證比例（%） | 61.5 | 64.0 | 66.8 |
二、質量情況
專業課教師持證比例已高於省定不低於60%的標準。
"""

ENROLMENT = """柘林区2026年秋季中小学招生工作方案
一、招生计划。区属学校计划招生情况见下表。
| 学校 | 学段 | 招生班数 | 计划招生人数 | 对口范围 |
| 柘林区实验初级中学 | 初中 | 12 | 600 | 柘林区第二小学对口直升 |
| 柘林区第二小学 | 小学 | 8 | 384 | 溪东街道 |
| 合计 | — | 20 | 984 | — |
"""

TARGETS = """汀苇市2025年学生体质健康工作报告
一、现状
全市学生体质健康测试优良率为51.4%，比2024年的49.0%提高2.4个百分点。
| 学段 | 测试人数 | 优良率（%） | 合格率（%） |
| 小学 | 30100 | 55.2 | 94.8 |
| 初中 | 15400 | 48.1 | 92.6 |
| 高中 | 8200 | 43.5 | 90.7 |
二、今后目标
力争到2028年，全市体质健康测试优良率提高到58%以上，各学段合格率均达到96%以上。
三、配送保障
力争到2027年6月底，全市学校食堂食材统一配送覆盖率达到100%。
"""

ADVISERS = """岚汐市2026年学校法治教育工作要点
一、基本情况
全市有中小学校150所，目前已有138所学校配备法治辅导员，配备率为92%。
二、目标要求
2026年年底前，全市中小学校法治辅导员配备率达到100%，每所学校每学期开展法治讲座不少于两次。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "levels-judged",
                        {"qingshan-rotation-2025": ROTATION, "baiyu-rotation-2025": ROTATION_MET,
                         "tanyu-vocational-2025": VOCATIONAL, "zhelin-enrolment-2026": ENROLMENT,
                         "tingwei-fitness-2025": TARGETS, "lanxi-law-education-2026": ADVISERS})


def test_a_computed_share_asked_against_the_questions_bar_says_its_verdict(service: Service) -> None:
    short = service.ask("青杉县交流轮岗里骨干教师的比例够20%吗")
    assert short.answer.startswith("未达标（不够"), short.answer
    assert "24 ÷ 150" in short.answer and "16%" in short.answer
    met = service.ask("白榆县交流轮岗里骨干教师的比例够20%吗")
    assert met.answer.startswith("达标（够"), met.answer
    assert "27 ÷ 90" in met.answer


@pytest.mark.parametrize(("sentence", "met"), [
    ("持证比例已高于省定不低于60%的标准。", True),
    ("比例高于全县不少于98%的控制要求。", True),
    ("比例为40%，低于不低于50%的要求。", False),
    ("比例高于50%。", None),  # no bar's words: a level, no verdict
])
def test_a_floor_passed_is_the_bar_met(sentence: str, met: bool | None) -> None:
    assert stated_verdict(sentence) is met


def test_a_stated_verdict_in_traditional_script_gives_the_level_its_row_reaches(service: Service) -> None:
    r = service.ask("檀峪县专业课教师持证比例达到省定标准没？")
    assert r.answer.startswith("达到"), r.answer
    assert "66.8%" in r.answer  # the latest year's value of the indicator's row, cited
    assert len(r.citations) == 2


def test_a_class_size_asked_of_a_row_is_its_pupils_per_class(service: Service) -> None:
    junior = service.ask("柘林区实验初级中学的班额符合国家标准吗")
    assert junior.answer.startswith("符合"), junior.answer
    assert "600 ÷ 12 = 50" in junior.answer and "初中班额不超过50人" in junior.answer
    primary = service.ask("柘林区第二小学班额达标吗")  # 384 ÷ 8 = 48 > 45
    assert primary.answer.startswith("未达标"), primary.answer
    assert "384 ÷ 8 = 48" in primary.answer and "小学班额不超过45人" in primary.answer


def test_a_level_reached_is_judged_against_the_target_set_by_a_deadline(service: Service) -> None:
    r = service.ask("岚汐市法治辅导员配备率达到年度目标了吗")
    assert "未达到" in r.answer.split("：")[0], r.answer
    assert "92%" in r.answer and "100%" in r.answer


def test_a_target_asked_of_one_rate_is_that_rates_clause(service: Service) -> None:
    r = service.ask("汀苇市到2028年体质健康合格率目标")
    assert r.answer.startswith("96%以上"), r.answer
    assert "力争到2028年" in r.answer  # the deadline the sentence sets it by


def test_a_target_is_quoted_with_its_deadline(service: Service) -> None:
    r = service.ask("汀苇市食堂食材统一配送覆盖率要达到多少")
    assert r.answer.startswith("100%"), r.answer
    assert "力争到2027年6月底" in r.answer


def test_a_sub_group_the_documents_never_split_is_not_answered_by_the_whole(service: Service) -> None:
    r = service.ask("汀苇市小学男生体质健康优良率")
    assert r.abstained, r.answer
    assert "55.2" not in r.answer.split("最接近")[0]


def test_a_stage_asked_of_a_rate_broken_down_by_stage_is_not_the_whole_rate(service: Service) -> None:
    r = service.ask("汀苇市2024年初中体质健康优良率是多少")
    assert r.abstained, r.answer  # 49.0% is all stages' of 2024, 48.1% the junior stage's of 2025
    stage = service.ask("汀苇市初中体质健康优良率是多少")
    assert stage.answer.startswith("48.1"), stage.answer
    whole = service.ask("汀苇市体质健康优良率是多少")
    assert whole.answer.startswith("51.4%"), whole.answer


@pytest.mark.parametrize(("question", "document", "split"), [
    ("小学男生优良率", "全市优良率为55%", False),
    ("小学男生优良率", "男生优良率53%，女生57%", True),
    ("农村学校数", "全县乡村学校12所，城镇学校8所", True),  # 乡村 names the same part as 农村
    ("民办幼儿园数", "全县幼儿园40所", False),
])
def test_a_division_the_document_never_makes(question: str, document: str, split: bool) -> None:
    assert (unsplit(question, document) == "") is split
