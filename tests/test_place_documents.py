"""The documents about a place asked as documents (`X县有关的材料共有哪几份`, `X区有几份文件`): listed by their titles
from the metadata, with their issuer and date, each citing its opening line; a question naming a topic beside the
place is left to the passages. Documents written here (invented places and wordings), real ingest."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

PLAN = """雾岚县“十五五”学前教育发展规划
雾岚县教育局
2026年1月5日
一、发展目标
2030年前，力争学前三年毛入园率提高到95%，增加公办幼儿园学位1800个。
"""

NEWS = """雾岚县召开2026年春季开学工作部署会
来源：雾岚县教育局　发布时间：2026年2月18日
会议要求各校做好校园安全排查，确保开学第一周教学秩序平稳。
"""

RULES = """蓼汀区中小学食堂管理办法
蓼汀区教育局
2026年2月20日
第三条 新建学校食堂就餐区人均面积保持在1.0至1.5平方米。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "place-docs", {"wulan-plan-2026": PLAN, "wulan-news-2026": NEWS,
                                                         "liaoting-rules-2026": RULES})


@pytest.mark.parametrize(("question", "titles", "count"), [
    ("雾岚县有关的材料共有哪几份", ["学前教育发展规划", "开学工作部署会"], 2),
    ("蓼汀区一共有几份文件？", ["食堂管理办法"], 1),
])
def test_the_documents_of_a_place_by_their_titles(service: Service, question: str, titles: list[str],
                                                  count: int) -> None:
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert f"共{count}份" in r.answer, r.answer
    assert all(t in r.answer for t in titles), r.answer
    assert "食堂" not in r.answer or count == 1, r.answer  # another place's document never listed
    assert len(r.citations) == count, r.citations


def test_a_topic_beside_the_place_is_left_to_the_passages(service: Service) -> None:
    r = service.ask("有哪些文件讲到雾岚县公办园的学位？")
    assert "开学工作部署会" not in r.answer, r.answer
