"""A limit whose noun only its section heading names (`二、X借用` over `…每人最多借用2套，…借用X不限套数`), asked
in either script: the figure counts what its section is about, so another clause naming the noun with no figure of
its own does not make it another thing's count (server/answer/verify.py `_headed`). Written notice, real ingest,
real model."""
import pytest

from server.service import Service
from tests.written import service_over

LOANS = """青禾縣中小學循環教材借用辦法
青禾縣教育局 2026年8月20日
一、借用對象
全縣義務教育階段在校學生。
二、循環教材借用
音樂、美術等學科教材實行循環使用。學生每人每學期最多借用2套，教師借用循環教材不限套數。
三、圖書角
班級圖書角由班主任管理，每名學生每週最多借閱3本，按時歸還。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "noun-from-heading", {"qinghe-textbook-loans-2026": LOANS})


@pytest.mark.parametrize("question", ["青禾縣每個學生每學期最多可以借幾套循環教材？",
                                      "青禾县每个学生每学期最多可以借几套循环教材？"])
def test_the_sections_noun_is_the_limits(service, question):
    response = service.ask(question)
    assert not response.abstained, response.answer
    assert response.answer.startswith("2套"), response.answer
