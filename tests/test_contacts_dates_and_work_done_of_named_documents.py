"""Plain asks of named documents, on documents written here (real ingest, Service.ask):
- `A县审计整改和教师招聘分别找谁联系` and `B区家庭教育总结和A县招聘公告的联系人是谁`: the contact of each document
  the question names by its place and title words, a notice's closing 咨询电话 line naming an office and a person
  taken as its contact;
- `补提了多少培训经费，今年又招多少老师`: each ask from the document that states it — 今年 of the second ask does
  not date the first —, the figure right after the verb asked (已补提N万元), not the total beside it;
- `今年招教师什么时候报名`: the sentence naming the 报名时间, not a target's deadline;
- `去年体育工作主要做了哪些`: every item of the section headed as the work done, not next year's plan;
- `哪些文件提到约谈`: a word the tokenizer cuts into characters still found, only in the documents that write it;
- plain words naming an indicator (`讲标准话过关的占几成` → 普通话达标率, `打电话问怎么管孩子的` → 家庭教育 热线)."""

import pytest

from server.answer.docfields import asked_fields
from server.answer.text import asked_frame
from server.query import plain
from server.service import Service
from tests.written import service_over

AUDIT = """楣川县教育经费审计发现问题的整改报告（2025年度）
县人民政府：
县审计局于2026年2月对我局2025年度教育经费开展了专项审计，共指出问题4类，涉及资金860万元。
一、主要整改措施
（一）加快经费拨付。审计发现9所学校公用经费延迟到账，310万元已全部拨付到校。
（二）补提教师培训经费。2025年全县公用经费预算合计2400万元，实际提取教师培训经费90万元，占比3.8%。已补提18万元，培训经费总额达到108万元。
二、下一步安排
我局将把整改进度列入年度考核，对整改不力的学校约谈负责人。
联系人：县教育局财务股祁文远，电话：5612748
楣川县教育局
2026年4月28日
"""

RECRUIT = """楣川县2026年中小学教师公开招聘公告
为补充全县中小学专任教师，楣川县教育局今年计划招聘中小学教师45名，面向社会公开报名。
一、报考条件
报考者须具有相应的教师资格证书。
二、报名和考试
1.报名时间为2026年6月2日至6月6日，一律网上报名。
2.笔试定在2026年6月27日。
三、工作目标
通过连续三年招聘，到2028年，乡镇学校专任教师中本科以上学历的占比提高到85%。
咨询电话：县教育局人事股苗思语，电话：5618093
楣川县教育局
2026年5月15日
"""

SPORTS = """榴岗区教育局关于2025年学校体育工作的年度报告
区人民政府：
现将全年学校体育工作报告如下。
一、总体概况
全区共有中小学校二十八所，体育专任教师一百九十名。
二、主要工作
一是开齐开足体育课。全区课时开齐率百分之百。
二是推进大课间活动。所有学校每天安排三十分钟大课间。
三是发展校园足球。全区现有校园足球特色学校九所。
四是办好区级赛事。全年举办区中小学生田径运动会等赛事五项。
三、2026年目标和措施
2026年计划招聘体育教师十二名，优先补充薄弱学校。
联系人：区教育局体卫艺科包若溪，电话：3815274
榴岗区教育局
2026年1月20日
"""

FAMILY = """槐坪区教育局2025年家庭教育指导服务工作总结
2025年，区教育局依托家长学校开展家庭教育指导服务。
一、主要做法
全区中小学幼儿园家长学校实现全覆盖，全年举办家长课堂320场。
二、存在问题
区家庭教育咨询热线全年接听来电860个，来电集中在亲子沟通方面。
个别学校家长学校流于形式，区教育局已约谈两所学校校长。
联系人：区教育局德育科严书桐
槐坪区教育局
2026年1月12日
"""


LANGUAGE = """棠浦县教育局关于国家通用语言文字工作的评估报告
一、基本情况
全县教师1500名，普通话水平达标教师1440名，达标率96.0%。学生规范汉字书写测评合格率为90.5%。
二、下一步目标
到2027年全县教师普通话达标率达到98%。
棠浦县教育局
2026年2月2日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "named-documents", {
        "meichuan-audit-rectification": AUDIT, "meichuan-teacher-recruitment": RECRUIT,
        "liugang-sports-report": SPORTS, "huaiping-family-education-summary": FAMILY,
        "tangpu-language-evaluation": LANGUAGE})


def test_each_named_document_of_one_place_gives_its_contact(service: Service) -> None:
    r = service.ask("楣川县审计整改和教师招聘分别找谁联系")
    assert not r.abstained, r.answer
    assert "祁文远" in r.answer and "苗思语" in r.answer, r.answer


def test_the_documents_of_two_places_each_give_their_own_contact(service: Service) -> None:
    r = service.ask("槐坪区家庭教育总结和楣川县招聘公告的联系人是谁")
    assert not r.abstained, r.answer
    assert "严书桐" in r.answer and "苗思语" in r.answer, r.answer
    assert "祁文远" not in r.answer  # the place's other document was not named


def test_two_asks_each_from_its_own_document_and_year(service: Service) -> None:
    r = service.ask("楣川县在教师方面补提了多少培训经费，今年又招多少老师")
    assert not r.abstained, r.answer
    assert "18万元" in r.answer and "45名" in r.answer, r.answer
    assert "108万元" not in r.answer and "90万元" not in r.answer, r.answer


def test_when_asked_is_the_sentence_naming_its_time(service: Service) -> None:
    r = service.ask("楣川县今年招教师什么时候报名")
    assert not r.abstained, r.answer
    assert "6月2日" in r.answer and "到2028年" not in r.answer, r.answer


def test_work_done_lists_every_item_of_the_work_section(service: Service) -> None:
    r = service.ask("榴岗区去年体育工作主要做了哪些")
    assert not r.abstained, r.answer
    for item in ("开齐开足体育课", "大课间", "校园足球", "办好区级赛事"):
        assert item in r.answer, r.answer
    assert "计划招聘体育教师" not in r.answer and "包若溪" not in r.answer, r.answer


def test_which_documents_mention_a_word_the_tokenizer_cuts(service: Service) -> None:
    r = service.ask("哪些文件提到约谈")
    assert not r.abstained, r.answer
    assert "共2份文件" in r.answer, r.answer
    assert "约谈负责人" in r.answer and "已约谈两所学校校长" in r.answer, r.answer
    assert "榴岗区" not in r.answer and "招聘公告" not in r.answer, r.answer


def test_plain_words_name_the_indicator_asked(service: Service) -> None:
    r = service.ask("槐坪区打电话问怎么管孩子的一年有多少个")
    assert not r.abstained, r.answer
    assert "860个" in r.answer, r.answer
    r = service.ask("棠浦县老师讲标准话过关的占几成")
    assert not r.abstained, r.answer
    assert "96" in r.answer and "90.5" not in r.answer, r.answer


def test_the_documents_a_question_names_and_the_words_it_asks_by() -> None:
    assert asked_fields("某县审计整改和教师招聘分别找谁联系") == ["联系人"]
    assert asked_frame("某县补提了多少培训经费") == "补提"
    assert asked_frame("某县有几所学校") == ""
    assert "饮水" in plain("学校喝水那个工程弄完没有")
