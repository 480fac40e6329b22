"""Questions in everyday words reach the passage in the documents' words (documents written here, real
ingest and model): the lexicon's general entries (server/lexicon/plain_words.tsv) for recruitment notices
(招老师 → 招聘教师, 最后的分数 → 总成绩, 笔试分数 → 笔试成绩) and for inspection reports (趟 → 次,
下半年那个学期 → 秋季学期)."""
import pytest

from ingest.normalize import normalize
from server.query import analyse, plain
from server.service import Service
from tests.written import service_over

RECRUITMENT = """青禾县2025年公开招聘中小学教师公告
青禾县教育局 2025年5月6日
一、招聘计划
本次公开招聘中小学教师86名，其中小学教师52名、初中教师34名，岗位表附后。
二、报名条件
应聘人员须具有相应学段教师资格证，年龄在35周岁以下，研究生学历可放宽至40周岁。
三、考试办法
考试分笔试和面试两个环节。笔试内容为教育综合知识和学科专业知识，满分100分；按岗位招聘人数1:3的比例确定面试人选。面试采取试讲方式。总成绩按笔试成绩占50%、面试成绩占50%计算，按总成绩从高到低确定体检人选。
四、体检和考察
体检参照公务员录用体检通用标准执行，考察合格的拟聘人员在县教育局网站公示7个工作日。
"""
INSPECTION = """青禾县2024年秋季学期责任督学挂牌督导工作通报
青禾县人民政府教育督导室 2025年1月10日
一、工作开展情况
全县现有责任督学32名，负责挂牌督导学校96所。本学期，责任督学共开展挂牌督导860次，发现问题214个，已整改190个。
二、存在问题
部分学校课后服务内容单一，个别学校食堂管理不规范。
三、下一步工作
督学要加强对问题整改的跟踪督导，确保整改到位。
"""
QUOTES = {"score": "总成绩按笔试成绩占50%", "visits": "共开展挂牌督导860次"}


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "everyday-retrieval",
                        {"qinghe-recruitment-2025": RECRUITMENT, "qinghe-inspection-2025": INSPECTION})


@pytest.mark.parametrize("everyday, official", [
    ("今年招老师考两轮，最后的分数怎么算？", "招聘教师"),
    ("今年招老师考两轮，最后的分数怎么算？", "总成绩"),
    ("最终分数是怎么算出来的", "总成绩"),
    ("笔试分数占多少", "笔试成绩"),
    ("督学下半年那个学期去学校查了多少趟", "秋季学期"),
])
def test_everyday_words_become_the_documents_words(everyday, official):
    assert official in plain(normalize(everyday))


@pytest.mark.parametrize("question, passage", [
    ("青禾县招老师考两轮，最后的分数是怎么算出来的？", "score"),
    ("青禾县招老师，笔试分数和面试分数各占多少？", "score"),
    ("青禾县的督学2024年下半年那个学期一共去学校查了多少趟？", "visits"),
    ("青禾县责任督学这个学期去学校督导了多少趟？", "visits"),
])
def test_an_everyday_question_reaches_the_passage_in_the_documents_words(service, question, passage):
    hits = service.retriever.search(analyse(question, service.catalog), 3)
    assert any(QUOTES[passage] in h.chunk.text for h in hits), [h.chunk.text[:40] for h in hits]
