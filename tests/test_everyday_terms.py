"""Everyday names of policy terms (server/lexicon/plain_words.tsv, synonyms.tsv) over documents written
here (real ingest, real model, Service.ask), each asked in wordings of its own: the share that does not
drop out is the 巩固率, the yellow bus is the 校车 and going to and from school is 接送, the money a
school runs on is its 公用经费, and the money from above and the county's own are 中央/省级 and 县级."""
import pytest

from ingest.normalize import normalize
from server.answer.evidence import has_term
from server.query import plain
from server.service import Service
from tests.written import service_over

REPORT = """青禾县义务教育优质均衡发展自评报告
青禾县人民政府 2024年9月3日
一、普及程度
全县小学六年巩固率为98.6%，初中三年巩固率为97.3%，残疾儿童少年入学率为96.1%。
二、经费保障
全县义务教育学校生均公用经费小学每生每年720元、初中每生每年940元，全部按时足额拨付。
"""
NEWS = """青禾县校车通到每个乡镇
本报记者 李明 2024年10月8日
清晨七点，一辆校车停在村口，孩子们排队上车。坐校车到学校只要二十五分钟。
全县现有校车三十六辆，线路覆盖全部十二个乡镇，每天接送学生二千四百一十人。
"""
PLAN = """青禾县中小学校舍改造规划（2024—2027年）
青禾县教育局 2024年5月6日
一、建设任务
改造校舍12.4万平方米，新建运动场18个。
二、资金筹措
项目总投资4.20亿元，其中争取中央和省级资金2.50亿元，县级财政安排1.70亿元。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "everyday-terms",
                        {"qinghe-report-2024": REPORT, "qinghe-news-2024": NEWS, "qinghe-plan-2024": PLAN})


@pytest.mark.parametrize("everyday, official", [
    ("小学生六年读下来没有辍学的比例是多少", "小学生六年读下来巩固率是多少"),
    ("初中三年没流失的比例达到多少了", "初中三年巩固率达到多少了"),
    ("全县有多少辆黄色的大巴车接送学生", "全县有多少辆校车接送学生"),
    ("坐黄色校车上学的学生每天有多少", "坐校车上学的学生每天有多少"),
    ("学校日常运转的钱按每生每年多少元给", "学校公用经费按每生每年多少元给"),
    ("发工资的钱占多少", "人员经费占多少"),
])
def test_everyday_names_become_the_documents_terms(everyday, official):
    assert plain(normalize(everyday)) == official


def test_plain_words_need_whole_words():
    # 大巴 inside another word is no bus: only whole words are rewritten
    assert "校车" not in plain(normalize("黄色大巴士"))


def test_levels_of_government_in_everyday_words_are_the_documents_levels():
    assert has_term("上级", "其中争取中央和省级资金2.50亿元") and has_term("县里", "县级财政安排1.70亿元")
    assert has_term("市里", "市级财政配套3000万元") and has_term("上下学", "每天接送学生")
    assert not has_term("县里", "其中争取中央和省级资金2.50亿元") and not has_term("上级", "县级财政安排1.70亿元")
    # the whole county's figures are not what its government pays
    assert not has_term("县里", "全县共有小学38所") and not has_term("市里", "全市共投入")


@pytest.mark.parametrize("question, figure", [
    ("青禾县初中三年下来没有辍学的比例有多少？", "97.3%"),
    ("青禾县小学读完六年不流失的比例是多少？", "98.6%"),
])
def test_the_share_that_stays_is_the_retention_rate(service, question, figure):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(figure), answer.answer


@pytest.mark.parametrize("question", ["青禾县每天有多少学生坐黄色的大巴车上下学？",
                                      "青禾县每天坐黄色大巴上下学的学生有多少？"])
def test_the_yellow_bus_is_the_school_bus(service, question):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("二千四百一十人"), answer.answer


def test_the_money_a_school_runs_on_is_its_public_funds(service):
    answer = service.ask("青禾县初中学校日常运转的钱每个学生一年给多少？")
    assert not answer.abstained, answer.answer
    assert "940元" in answer.answer.split("依据")[0], answer.answer


@pytest.mark.parametrize("question", ["青禾县校舍改造规划的资金，上级给了多少，县里拿了多少？",
                                      "青禾县校舍改造的投资中，上级给多少、县里出多少？"])
def test_money_from_above_and_the_countys_own(service, question):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    head = answer.answer.split("依据")[0]
    assert "2.50亿元" in head and "1.70亿元" in head, answer.answer


def test_vehicles_are_counted_in_their_own_counter(service):
    # 辆 is a counter of its own: the 乡镇 count beside it answers only the 乡镇 ask
    answer = service.ask("青禾县校车有多少辆、覆盖几个乡镇？")
    assert not answer.abstained, answer.answer
    head = answer.answer.split("依据")[0]
    assert ("三十六辆" in head or "36辆" in head) and "十二个" in head, answer.answer
