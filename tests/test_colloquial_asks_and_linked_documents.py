"""Everyday questions answered by the rule sentence that settles them, and questions about documents, on
documents written here (real ingest, Service.ask): paying asked as 掏钱 answered by the fee rule, homework in
exercise books by the 书面作业 rule for the grades named, how often an inspection is done with every frequency
its sentence states, a target of one kind (安全事故) each place sets, the date each named document is signed
with, which documents link a result to a school's yearly review; and honest abstentions for a company no
document names and a school stage a stage-by-stage notice never covers."""

import pytest

from server.service import Service
from tests.written import service_over

CONTEST = """箬溪县第五届中小学生读书节活动方案
箬溪县教育局
2026年4月2日
一、活动安排
（一）各校4月20日前完成校内初选，每校推荐不超过5名学生参加县级比赛。
（二）县级比赛于5月10日在县图书馆举行。
二、保障措施
县财政安排活动经费6万元，用于评审和奖品购置，不向参赛学生收取任何费用。
"""

SUMMER = """筠岭县教育局关于做好2026年暑假放假
及假期安全工作的通知
筠教安〔2026〕4号
各乡镇中心学校，县直属各学校：
现将2026年暑假放假安排和安全工作要求通知如下。
一、放假和开学时间
各学段放假和开学时间见下表，各校不得提前放假。
学段放假时间开学时间
小学 7月5日 9月1日
初中 7月8日 9月1日
普通高中 7月15日 8月25日
二、安全工作要求
（一）放假前各校至少开展1次暑假安全教育。
（二）严禁学生私自到河塘游泳。
三、减轻假期作业负担
小学一二年级不布置书面作业。
小学三至六年级书面作业总量不超过12小时。
四、工作目标
假期学生安全责任事故力争实现零发生。
筠岭县教育局
2026年6月20日
"""

TUTORING = """箬溪县2026年校外培训治理工作方案
箬溪县教育局
2026年3月1日
一、主要措施
各乡镇每月至少开展1次拉网式检查，暑假期间每周巡查一次，重点查处居民楼内隐形变异培训。
县教育局会同市场监管部门每季度开展一次联合执法。
"""

BUSES = """筠岭县2025年校车安全管理工作总结
筠岭县教育局
2026年1月6日
一、基本情况
全县共有校车三十辆，全年未发生责任事故。
二、2026年打算
全年校车安全运行目标为零事故、零滞留。
"""

BOARDING = """箬溪县2025年寄宿制学校评估情况报告
一、评估结果
全县5所寄宿制学校平均得分86.2分。
二、结果运用
评估得分计入学校年度考核，得分在75分以下的学校年内接受复评。
箬溪县教育局
2026年2月3日
"""

MONITORING = """筠岭县2025年义务教育质量监测结果通报
一、监测情况
全县四年级、八年级共2300名学生参加监测。
二、结果运用
监测结果作为学校年度办学水平考核的重要依据。
筠岭县教育局
2026年3月9日
"""

TEACHERS = """筠岭县2026年教师资格定期注册结果公示
一、注册结果
申请注册的860人中，注册合格845人。
暂缓注册的15人中，因年度考核结果缺项的6人。
筠岭县教育局
2026年4月1日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "colloquial-linked", {
        "ruoxi-reading-festival-2026": CONTEST, "junling-summer-notice-2026": SUMMER,
        "ruoxi-tutoring-governance-2026": TUTORING, "junling-school-bus-summary-2025": BUSES,
        "ruoxi-boarding-assessment-2025": BOARDING, "junling-quality-monitoring-2025": MONITORING,
        "junling-teacher-registration-2026": TEACHERS})


def test_paying_asked_in_everyday_words_is_answered_by_the_fee_rule(service):
    answer = service.ask("箬溪县孩子参加这个读书节比赛要掏钱吗")
    assert not answer.abstained, answer.answer
    assert "不向参赛学生收取任何费用" in answer.answer, answer.answer


def test_homework_in_exercise_books_is_the_written_homework_rule(service):
    answer = service.ask("筠岭县一年级娃娃暑假要不要写作业本上的作业")
    assert not answer.abstained, answer.answer
    assert "不布置书面作业" in answer.answer, answer.answer


def test_how_often_is_answered_with_every_frequency_its_sentence_states(service):
    answer = service.ask("居民小区里偷偷办补习班的，箬溪县多久去查一回")
    assert not answer.abstained, answer.answer
    assert "每月至少" in answer.answer and "每周" in answer.answer, answer.answer


@pytest.mark.xfail(strict=True, reason="the merge removed the weighing of a compound the corpus never writes whole "
                   "as its parts: with no word of the question known it made unanswerable questions answered by "
                   "a neighbouring kind (a count of one kind of school for a kind no document names; session 40)")
def test_each_places_own_target_of_one_kind(service):
    answer = service.ask("箬溪县和筠岭县各自定的安全事故目标是什么")
    assert not answer.abstained, answer.answer
    assert "零发生" in answer.answer and "零事故" in answer.answer, answer.answer


def test_the_date_each_named_document_is_signed_with(service):
    answer = service.ask("箬溪县寄宿制评估报告和筠岭县质量监测通报分别是什么日期")
    assert not answer.abstained, answer.answer
    assert "2026年2月3日" in answer.answer and "2026年3月9日" in answer.answer, answer.answer


def test_which_documents_link_a_result_to_a_schools_yearly_review(service):
    answer = service.ask("哪几份文件把结果和学校年度考核联系起来")
    assert not answer.abstained, answer.answer
    assert "评估得分计入学校年度考核" in answer.answer, answer.answer
    assert "学校年度办学水平考核" in answer.answer, answer.answer
    assert "年度考核结果缺项" not in answer.answer, answer.answer  # a teacher's own review links nothing


def test_a_company_no_document_names_is_not_answered_by_a_nearby_sentence(service):
    answer = service.ask("筠岭县校车是哪家公司运营的")
    assert answer.abstained, answer.answer


def test_a_stage_a_stage_by_stage_notice_never_covers_is_not_answered(service):
    # (the notice as a scan reads: one sentence a line, its table's header run together)
    answer = service.ask("筠岭县的中职学校暑假哪天放假")
    assert answer.abstained, answer.answer


def test_a_stage_one_places_notice_never_names_refuses_only_a_question_of_that_place(service):
    """Of a question about two places, a stage-by-stage notice of one of them lacking the stage is that place's
    gap, never a refusal of the whole answer (the other place's line may answer)."""
    from server.answer.draft import Draft
    from server.answer.stageunsaid import stage_unsaid
    from server.query import analyse
    from server.schemas import Citation

    documents = service.index.documents
    notice = documents["junling-summer-notice-2026"]
    cited = Draft("…", False, citations=[Citation(id=1, doc_id=notice.doc_id, title=notice.meta.title, section="",
                                                  text=notice.text[:20], start=0, end=20, score=1.0)])
    one = analyse("筠岭县的中职学校暑假哪天放假", service.catalog)
    two = analyse("筠岭县和箬溪县的中职学校暑假分别哪天放假", service.catalog)
    assert stage_unsaid(one, cited, documents) is not None
    assert stage_unsaid(two, cited, documents) is None
