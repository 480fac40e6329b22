"""Questions of judgement and particulars, on documents written here (real ingest, Service.ask): several bars a
question sets on several subjects, each judged by its own subject's stated share; an act asked yes or no, answered
有/是 or 没有/否 with its sentence; a list asked by 哪些 whose topic holds a number word (小规模, 入学率) read as a
list, not a number; a section headed with targets and measures, its measures set after a run-in label (`措施：（一）…`);
a permission asked answered by the rule forbidding the act; places' figures asked added up across documents; a
reply's 提案/建议 number and the member who raised it."""
import pytest

from server.service import Service
from tests.written import service_over

FEEDBACK = """关于岚屿县义务教育优质均衡督导的反馈意见
一、总体情况
2025学年岚屿县参加交流的教师共240名，占应交流教师1600名的15.0%，其中骨干教师54名，占交流教师的22.5%。
二、整改要求
岚屿县要于2026年6月底前提交整改报告。
"""

BULLETIN = """萝溪县2025年教师队伍建设情况
萝溪县今年乡村教师培训覆盖率为93.0%。
全县新入职教师到乡村学校任教的比例达到36.0%。
萝溪县财政安排教师培训经费400万元，已纳入年度部门预算。
教师周转宿舍建设资金尚未纳入专项债券项目。
"""

REPORT = """栖梧县教育局关于2025年乡村小规模学校建设情况的通报
2025年，全县着力办好乡村小规模学校，现将有关情况通报如下。
一、基本情况
全县有乡村小规模学校22所，在校学生1980人。
二、主要做法
（一）保障公用经费。不足100人的学校按100人核定公用经费。
三、工作要求
各校要在2026年5月底前完成校舍安全排查；严禁随意撤并小规模学校，确需撤并的须履行公示程序。
栖梧县教育局
2026年1月8日
"""

PROPOSAL = """栖梧县教育局
关于县政协九届三次会议第52号提案的答复

冯晓岚委员：
您提出的《关于加强乡村学校体育教师配备的提案》收悉。现答复如下：
全县乡村学校现有专职体育教师86名。
栖梧县教育局
2026年4月2日
"""

SUGGESTION = """砚川县教育局关于县人大第9号建议的答复
韦小川代表：
您提出的《关于改善农村学校午餐条件的建议》收悉，现答复如下：
全县农村学校食堂已全部完成改造。
砚川县教育局
2026年3月16日
"""

WORK = """苇塘县2025年课后服务工作报告
一、工作成效
全县课后服务覆盖学校64所，参与学生3.1万人。
二、2026年工作目标和措施
目标：学生参与率达到96%，家长满意度保持在95%以上。
措施：（一）开设科技和艺术社团不少于150个；（二）引入第三方机构须经县教育局审核；（三）每学期开展一次家长满意度调查。
苇塘县教育局
2026年1月20日
"""

AID = """棠陌县2025年度学生资助名单公示
各学校评审后报县学生资助管理中心审核，现予公示。
公示要求：各学校在校内公示不少于5个工作日，公示时不得公开学生联系电话、家庭住址等个人信息。
受助学生可以申请延期提交证明材料。
"""

KINDER_A = """苇塘县2025年学前教育情况
全县现有幼儿园41所，在园幼儿8200人。
"""

KINDER_B = """棠陌县2025年教育事业概况
全县共有各级各类学校90所，其中幼儿园37所、小学30所、初中16所。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "bars-yesno",
                        {"lanyu-feedback-2025": FEEDBACK, "luoxi-bulletin-2025": BULLETIN,
                         "qiwu-report-2025": REPORT, "qiwu-proposal-reply-2026": PROPOSAL,
                         "yanchuan-suggestion-reply-2026": SUGGESTION, "weitang-work-report-2025": WORK,
                         "tangmo-aid-list-2025": AID, "weitang-preschool-2025": KINDER_A,
                         "tangmo-overview-2025": KINDER_B})


@pytest.mark.parametrize("question", ["岚屿县教师交流是否满足“交流比例不低于10%，骨干占比不低于20%”？",
                                      "岚屿县交流教师不少于12%，其中骨干教师不少于20%，是否做到了？"])
def test_each_bar_is_judged_by_its_own_subjects_share(service: Service, question: str) -> None:
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert r.answer.startswith("达到"), r.answer
    assert "15.0%" in r.answer and "22.5%" in r.answer, r.answer
    assert "240名" not in r.answer.split("依据")[0]


def test_a_bar_missed_says_so(service: Service) -> None:
    r = service.ask("岚屿县交流教师比例不低于16%、骨干占比不低于20%，达标了吗？")
    assert r.answer.startswith("未全部达到"), r.answer
    assert "15.0%（未达到" in r.answer, r.answer


def test_bars_on_shares_stated_in_two_sentences(service: Service) -> None:
    r = service.ask("萝溪县乡村教师培训覆盖率不低于90%、新入职教师到乡村任教比例不低于40%，达到了吗？")
    assert r.answer.startswith("未全部达到"), r.answer
    assert "93.0%（达到" in r.answer and "36.0%（未达到" in r.answer, r.answer


@pytest.mark.parametrize(("question", "word"), [("萝溪县部门预算里有没有安排教师培训经费？", "有"),
                                                ("萝溪县的教师培训经费是否纳入年度部门预算？", "是")])
def test_an_act_asked_yes_or_no_says_yes_with_its_sentence(service: Service, question: str, word: str) -> None:
    r = service.ask(question)
    assert r.answer.startswith(f"{word}。"), r.answer
    assert "已纳入年度部门预算" in r.answer


def test_an_act_negated_is_answered_no(service: Service) -> None:
    r = service.ask("萝溪县教师周转宿舍的建设资金有没有纳入专项债券？")
    assert r.answer.startswith("没有。"), r.answer


@pytest.mark.parametrize("question", ["栖梧县就乡村小规模学校提出了哪些工作要求？", "栖梧县给小规模学校定了哪些要求？"])
def test_requirements_of_a_topic_holding_a_number_word(service: Service, question: str) -> None:
    r = service.ask(question)
    assert "工作要求" in r.answer, r.answer
    assert "完成校舍安全排查" in r.answer and "严禁随意撤并" in r.answer, r.answer
    assert "现将有关情况通报如下" not in r.answer


def test_a_proposals_number_and_member(service: Service) -> None:
    r = service.ask("栖梧县乡村学校体育教师配备那件提案是第几号？由哪位委员提出？")
    assert "第52号提案" in r.answer and "冯晓岚委员" in r.answer, r.answer


def test_a_suggestions_member_asked_alone(service: Service) -> None:
    r = service.ask("砚川县改善农村学校午餐条件的建议是谁提出的？")
    assert "韦小川代表" in r.answer, r.answer
    assert "第9号建议" in service.ask("砚川县那份关于午餐条件的建议是几号建议？").answer


def test_measures_of_a_targets_and_measures_section_after_a_run_in_label(service: Service) -> None:
    r = service.ask("苇塘县2026年课后服务打算怎么做，有哪些措施？")
    assert "目标和措施" in r.answer, r.answer
    for item in ("（一）开设科技和艺术社团", "（二）引入第三方机构", "（三）每学期开展"):
        assert item in r.answer, r.answer
    assert "工作成效" not in r.answer


@pytest.mark.parametrize(("question", "word"), [("棠陌县公示受助名单时能把学生家庭住址公开吗？", "不能。"),
                                                ("棠陌县学校公示时可以公开学生联系电话吗？", "不可以。"),
                                                ("棠陌县受助学生可以申请延期提交证明材料吗？", "可以。")])
def test_a_permission_is_answered_by_the_rule_on_the_act(service: Service, question: str, word: str) -> None:
    r = service.ask(question)
    assert r.answer.startswith(word), r.answer


def test_places_figures_added_up(service: Service) -> None:
    r = service.ask("苇塘县、棠陌县两地幼儿园合计多少所？")
    assert "41" in r.answer and "37" in r.answer, r.answer
    assert "= 78" in r.answer, r.answer
