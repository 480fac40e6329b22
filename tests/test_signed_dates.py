"""The dates two documents of one place were issued, asked together (real ingest, real model, Service.ask over
documents written here): a signature the text layer ran into the attachment's head after it (`某局2026年3月2日附件：…`)
still dates its document (ingest/metadata.py), and a notice whose body first names its own day (`公示期为…日至…`)
is cited at its signature, under its issuer (server/answer/docfields.py)."""
import pytest

from server.service import Service
from tests.written import service_over

RULES = """桐屿区中小学劳动实践基地管理办法
第一条 本办法适用于区内认定的劳动实践基地。
第二条基地由区教育局统一认定，每三年复核一次。
第三条本办法自2026年4月1日起施行。
桐屿区教育局2026年3月2日附件：桐屿区劳动实践基地一览表
| 序号 | 基地名称 | 所在街道 |
| 1 | 青禾农场 | 东湖街道 |
| 2 | 木工坊 | 西岭街道 |
"""

NOTICE = """桐屿区2026年优秀班主任拟表彰人员公示
经学校推荐并审核，拟表彰优秀班主任30名，现予公示。
公示期为2026年6月15日至6月19日。如有异议，请向区教育局德育科反映。

桐屿区教育局

2026年6月15日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "signed-dates",
                        {"tongyu-labour-base-rules-2026": RULES, "tongyu-teacher-award-notice-2026": NOTICE})


def test_each_documents_date_from_its_signature(service: Service) -> None:
    response = service.ask("桐屿区劳动实践基地管理办法和优秀班主任公示各自是什么时候发布的")
    assert not response.abstained, response.answer
    assert "2026年3月2日" in response.answer and "2026年6月15日" in response.answer
    signed = [c.text for c in response.citations if "2026年6月15日" in c.text]
    assert signed and all("桐屿区教育局" in t and "公示期" not in t for t in signed), signed
