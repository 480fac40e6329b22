"""Per-document questions over several documents, on documents written here (real ingest, Service.ask):
- the 文号 or the date of each of a place's documents (`这两个文件的文号分别是啥`, `这两份文件分别是哪天发的`):
  one line per document, each cited from the line printing it (the 文号 in the head, the date under the
  signature), never one document only and never a sentence of the body;
- `哪些文件讲到了X的钱`: only the documents stating an amount of money for X (a sentence in 元, a budget
  row in 万元), each cited by that passage — not a document naming X without money;
- one thing asked of two places (`A和B2028年X的目标各是多少`) is one ask, answered place by place: no second
  figure of each place's document (its baseline) beside the one asked."""

import pytest

from server.answer.moneymention import money_of
from server.schemas import AskResponse
from server.service import Service
from tests.written import service_over

PLAN = """枫岚县2026—2028年普通高中发展规划
枫教规〔2026〕3号
各乡镇中心学校、县直各学校：
一、发展目标。到2028年，全县普通高中在校生达到9000人，普通高中毛入学率达到95%。
二、经费保障。县财政三年安排普通高中发展专项资金9000万元，每年3000万元，主要用于校舍改造。
三、组织实施。县教育局牵头，每年开展一次评估。
枫岚县教育局
2026年3月12日
"""

NOTICE = """枫岚县2026年中小学教师招聘公告
枫教人〔2026〕7号
经县人民政府同意，2026年全县计划招聘中小学教师60名，其中高中教师15名，报名时间为2026年7月1日至7月5日。
一、招聘岗位。小学30名、初中15名、高中15名。
二、报名方式。考生登录县人社局网站报名。
枫岚县教育局
2026年6月18日
"""

BUDGET = """榆川区教育局2026年部门预算说明
一、收入预算。2026年收入预算合计52000万元。
二、支出预算按功能分类情况（单位：万元）
| 科目 | 2026年预算数 | 2025年预算数 |
| --- | --- | --- |
| 小学教育 | 18600 | 17900 |
| 普通高中教育 | 12400 | 11800 |
三、其他说明。本部门无政府性基金预算。2025年全区普通高中在校生7200人，到2028年达到8000人。
榆川区教育局
2026年2月3日
"""

RULES = """柘塘市2026年中小学安全工作要点
一、总体要求。全市中小学、高中学校落实安全主体责任。
二、重点任务。高中学校每学期开展两次应急疏散演练，初中、小学每学期一次。
柘塘市教育局
2026年2月20日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "fields-money",
                        {"plan": PLAN, "notice": NOTICE, "budget": BUDGET, "rules": RULES})


def _cited(service: Service, response: AskResponse, doc_id: str, text: str) -> bool:
    document = service.index.documents[doc_id].text
    return any(c.doc_id == doc_id and text in document[c.start:c.end] for c in response.citations)


@pytest.mark.parametrize("question", ["枫岚县这两个文件的文号分别是啥", "枫岚县两份文件的文号各是多少"])
def test_each_documents_number_is_given_and_cited(service: Service, question: str) -> None:
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert "枫教规〔2026〕3号" in r.answer and "枫教人〔2026〕7号" in r.answer
    assert _cited(service, r, "plan", "枫教规〔2026〕3号") and _cited(service, r, "notice", "枫教人〔2026〕7号")


def test_each_documents_date_is_its_signature_date_not_a_body_date(service: Service) -> None:
    r = service.ask("枫岚县教育局这两份文件分别是哪天发的？")
    assert not r.abstained, r.answer
    assert "2026年3月12日" in r.answer and "2026年6月18日" in r.answer
    assert "7月1日" not in r.answer  # the notice's body dates its registration, not the notice
    assert _cited(service, r, "plan", "2026年3月12日") and _cited(service, r, "notice", "2026年6月18日")


def test_money_of_a_subject_lists_only_documents_stating_money(service: Service) -> None:
    r = service.ask("哪些文件讲到了高中教育的钱")
    assert not r.abstained, r.answer
    docs = {c.doc_id for c in r.citations}
    assert docs == {"plan", "budget"}, r.answer
    assert _cited(service, r, "plan", "专项资金9000万元") and _cited(service, r, "budget", "12400")


@pytest.mark.parametrize(("question", "thing"), [
    ("哪些文件讲到了高中教育的钱", "高中教育"),
    ("哪些文件提到了学前教育的经费", "学前教育"),
    ("哪些文件提到了高中教育", ""),  # a mention asked, no money
    ("哪些文件提到了资助资金", ""),  # the money is the thing named, not money of a subject
])
def test_money_of_a_subject_is_read_from_the_question(question: str, thing: str) -> None:
    assert money_of(question) == thing


def test_one_thing_asked_of_two_places_is_one_ask(service: Service) -> None:
    question = "枫岚县和榆川区2028年普通高中在校生的目标各是多少"
    assert len(service.analyse(question).asks) == 1
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert "9000" in r.answer and "8000" in r.answer and "7200" not in r.answer.split("依据")[0], r.answer
