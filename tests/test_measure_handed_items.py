"""What is to be handed in asked (`需要交哪些材料`, `得交些啥`) is answered by the sentence listing the items after a
handing verb (提交A、B和C), not by the one naming the papers only with their deadline, in either script.
Written documents only."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

NOTICE = """榕屿市教育局关于举办青年教师微课评选的通知
各县区教育局：
现将微课评选工作通知如下。
微课评选材料请在2028年1月11日以前报送市电教馆。
每位参评教师须提交视频文件、教学设计和个人承诺书。
视频时长不超过10分钟。
联系人：何青，电话5520174
"""

NOTICE_TRADITIONAL = """椿潭縣教育局關於舉辦少年科技小製作展評的通知
各中小學：
展評材料請在2028年4月23日以前報送縣科協。
每件作品須提交作品實物、製作說明和指導教師簽名表。
作品尺寸不超過60釐米。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "handed-items",
                        {"rongyu-notice": NOTICE, "chuntan-notice": NOTICE_TRADITIONAL})


@pytest.mark.parametrize("question", ["榕屿市微课评选需要交哪些材料", "榕屿市微课评选老师得交些啥"])
def test_papers_asked_are_the_listed_items(service: Service, question: str) -> None:
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert "教学设计" in r.answer and "个人承诺书" in r.answer and "视频文件" in r.answer, r.answer


def test_papers_asked_in_traditional_script(service: Service) -> None:
    r = service.ask("椿潭縣展評作品需提交哪些材料")
    assert not r.abstained, r.answer
    assert "製作說明" in r.answer and "簽名表" in r.answer, r.answer


def test_the_deadline_asked_is_still_the_deadline_sentence(service: Service) -> None:
    r = service.ask("榕屿市微课评选材料哪天以前报送")
    assert not r.abstained, r.answer
    assert "1月11日" in r.answer, r.answer
