"""The theme of an event (`…活动的主题`) over documents written here (real ingest, real model, Service.ask): the
quoted title its notice states (以“X”为主题), never a sentence of the event's aims; a count of themes is no theme."""
import pytest

from server.service import Service
from tests.written import service_over

NOTICE = """遂川县2026年中小学生读书节活动方案
遂川县教体局 2026年3月10日
一、主题
本届读书节以“书香润童心·阅读伴成长”为主题。
二、活动目标
通过读书节推动校园阅读，力争全县学生每人每年读书20本以上。
三、活动安排
4月举办经典诵读比赛，5月开展好书推荐评选。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "event-themes", {"suichuan-reading-festival-2026": NOTICE})


def test_the_theme_is_the_quoted_title(service):
    response = service.ask("遂川县今年读书节的主题")
    assert not response.abstained and response.answer.startswith("主题是“书香润童心·阅读伴成长”")


def test_a_count_of_themes_is_no_theme(service):
    assert not service.ask("遂川县读书节有几个主题").answer.startswith("主题是")
