"""A rate judged against the bar its document sets on that very rate (documents written here, real ingest): a
completion rate the question qualifies (复查完成率) is no national standard's rate of a like name (培训完成率), so the
document's own bar on it is the bar, both sentences cited; a value stated of one school is judged by the bar its
document sets on that school's stage (初中生 for a 初级中学), not another stage's of the same sentence; values listed
together against one bar (分别为A、B和C) by the one farthest from it, asked 够条件吗."""
import pytest

from server.service import Service
from tests.written import service_over

RECHECK = """榴川县教育局关于做好学生视力复查工作的通知
一、工作进展
截至10月31日，全县需复查学生1500人，已完成复查1380人。
二、存在问题
部分学校跟踪不力，县第三小学复查完成率仅为82%。
三、工作要求
各校复查完成率不得低于90%，未达到的学校须在11月30日前整改。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "own-bar", {"liuchuan-recheck-2026": RECHECK})


def test_a_qualified_completion_rate_is_judged_by_its_own_bar(service: Service) -> None:
    r = service.ask("榴川县第三小学复查完成率达标没")
    assert r.answer.startswith("未达标（没有达标"), r.answer  # 达标没 answered in its own terms
    assert "82%" in r.answer and "90%" in r.answer, r.answer
    assert "教督" not in r.answer and "100%" not in r.answer, r.answer
    assert any("不得低于90%" in c.text for c in r.citations), r.citations


EXERCISE = """桐岭县中小学课间操检查情况通报
一、检查情况
按县里规定，小学生每天课间操不少于25分钟，初中生每天课间操不少于20分钟。
二、存在问题
一是部分学校课间操被压缩，县第四初级中学课间操每天仅安排15分钟。
"""


@pytest.fixture(scope="module")
def staged(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "stage-bar", {"tongling-exercise-2026": EXERCISE})


def test_a_schools_value_is_judged_by_its_stages_bar(staged: Service) -> None:
    # the bar set on 初中生 holds for a 初级中学; the 小学生 bar of the same sentence is another stage's
    r = staged.ask("桐岭县第四初级中学课间操时间达标没")
    assert r.answer.startswith("未达标"), r.answer
    assert "15分钟 < 20分钟" in r.answer, r.answer


CANDIDATES = """柘林县优秀少年评选结果公示
一是注重平时表现，候选人均须累计参加不少于30小时的社区服务，县第六小学推荐的3名候选人社区服务时长分别为22小时、25小时和28小时，未予通过。
"""


@pytest.fixture(scope="module")
def listed(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "listed-values", {"zhelin-youth-awards-2026": CANDIDATES})


def test_values_listed_together_are_judged_by_the_farthest_from_the_bar(listed: Service) -> None:
    # 够条件吗 asks the bar the rule sets; all three meet a floor only when the least does
    r = listed.ask("柘林县第六小学推荐的三个候选人够条件吗")
    assert "不够" in r.answer.split("。")[0], r.answer
    assert "22小时 < 30小时" in r.answer, r.answer
