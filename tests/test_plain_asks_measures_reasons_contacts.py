"""Measures, reasons, contacts and categories asked in plain words, on documents written here (real ingest,
Service.ask):
- `主要做了哪几件事` of a report whose 主要做法 section lists 一是…四是: every item with its content;
- `怎么解决…没有资格证的问题`: the measure naming the lack (`对未取得资格证的…`), not the sentence counting
  those who have it;
- `为啥没评上合格`, and `它是因为啥问题` after `…不合格的是哪所学校` answered by a name: the sentence stating
  the cause (`…因…被评为…`), not the table row stating the result;
- `经办人分别是谁` over a place's documents: each document's contact line; `办理结果是哪一类` (either script):
  the document's category line;
- `谁来弄，多久发一回`: the clause naming the doer (`由…编写`) with the one saying how often; `干满几年就得挪窝`:
  the sentence stating the years in the words asked (`工作满8年`), not another duration; `有几个学校…` answered
  by a count in 所 of a place the tokenizer does not know."""

import pytest

from server.answer.measures import lacked_of, states_lack
from server.answer.text import actor_before, asked_frame
from server.followup import resolve_followup
from server.regions import RegionCatalog
from server.service import Service
from tests.written import service_over

REPORT = """蔚溪县2025年中小学生体质健康促进工作报告

　　一、总体情况
　　全县共有中小学四十二所，在校学生三万一千人。2025年体质健康测试合格率为百分之九十一。
　　二、主要做法
　　一是开足体育课时。各校严格落实每天一节体育课，课时开齐率达到百分之百。
　　二是改善运动场地。县财政投入二百六十万元，新建塑胶跑道十二条。
　　三是配强体育教师。全县新招聘体育教师三十五人。
　　四是开展家庭锻炼。向家长推送居家锻炼指导视频四十期。
　　三、存在问题
　　部分农村学校体育器材不足，体育教师结构性短缺。
　　联系人：孔思远　　联系电话：5512873
　　　　　　　　　　　　　　　　　　蔚溪县教育局
　　　　　　　　　　　　　　　　　　2026年1月10日
"""

ASSESS = """蔚溪县学前教育普及普惠督导评估自评报告
一、基本情况
全县幼儿园专任教师520人，其中取得幼儿园教师资格证的468人，持证率90.0%。
二、主要问题
乡村幼儿园保教人员流动较大，专任教师持证率尚未达到全部持证的要求。
三、下一步措施
1. 新建城南幼儿园，2026年9月开工。
2. 对未取得资格证的52名专任教师实行跟踪培训，三年内全部持证上岗。
经办人：县教育局基教股 严书宁，电话：5520417。
蔚溪县教育局
2026年4月2日
"""

LABOUR = """桉塘区2026年中小学劳动教育实施方案
一、课程安排
（一）上好劳动课。小学、初中每周安排劳动课不少于1课时，由区教研室编写家务劳动清单，每学期向家长发放一次。
（二）建设劳动基地。2026年新建校外劳动实践基地3个。
桉塘区教育局
2026年3月1日
"""

ROTATION = """桉塘区2026年义务教育教师交流轮岗工作方案
一、交流对象
在现任学校连续工作满8年的公办中小学在编教师，均纳入交流范围。
二、主要措施
交流教师人事关系随岗位转入接收学校，每轮交流期限原则上不少于3年。
桉塘区教育局
2026年5月6日
"""

INSPECTION = """桉塘区教育局关于民办学校2025年度检查结论的公告
根据年度检查安排，区教育局对全区12所民办学校进行了检查。
检查结论为10所合格，1所基本合格，1所不合格。
基本合格和不合格学校名单如下：
| 学校名称 | 类型 | 结论 |
| --- | --- | --- |
| 晨曦幼儿园 | 学前 | 基本合格 |
| 启明学堂 | 培训 | 不合格 |
晨曦幼儿园因专任教师持证比例不足被评为基本合格。
启明学堂因超范围开设学科类课程被评为不合格。
家长可拨打监督电话5536120反映办学问题。
桉塘区教育局
2026年2月20日
"""

SAFETY = """桉塘区教育局关于秋季开学校园安全隐患排查情况的通报
区教育局对全区40所中小学、幼儿园开展了秋季开学安全隐患排查。
检查中发现的突出问题：一是2所学校消防通道堵塞；二是5所学校校门口缺少减速带和隔离护栏。
桉塘区教育局
2026年9月20日
"""

REPLY = """櫻臺縣教育局對縣人大代表建議辦理情況的答覆
尊敬的周曉峰代表：
您提出的《關於改善鄉村學校飲水條件的建議》已收悉，答覆如下。
一、近年來，我縣投入資金420萬元，為38所鄉村學校安裝淨水設備。
二、2026年將完成剩餘6所學校的改造。
辦理結果類別：B類（正在辦理中）
經辦人：計劃財務股馮子謙，電話：5731266。
櫻臺縣教育局
2026年6月1日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "plain-asks", {
        "weixi-fitness-report": REPORT, "weixi-preschool-assessment": ASSESS, "anta-labour-plan": LABOUR,
        "anta-rotation-plan": ROTATION, "anta-private-inspection": INSPECTION, "anta-safety-notice": SAFETY,
        "yingtai-deputy-reply": REPLY})


def test_work_done_asked_by_items_lists_every_item_with_its_content(service: Service) -> None:
    r = service.ask("蔚溪县体质健康主要做了哪几件事")
    assert not r.abstained, r.answer
    for item in ("每天一节体育课", "塑胶跑道", "新招聘体育教师", "居家锻炼指导视频"):
        assert item in r.answer, r.answer
    assert "体质健康促进工作报告”" not in r.answer  # never the title alone


def test_how_to_solve_a_lack_quotes_the_measure_naming_the_lack(service: Service) -> None:
    r = service.ask("蔚溪县准备怎么解决幼儿园老师没有资格证的问题")
    assert not r.abstained, r.answer
    assert "未取得资格证的52名" in r.answer and "三年内全部持证上岗" in r.answer
    assert "468人" not in r.answer  # the count of those holding it states the problem's size, no measure


def test_a_cause_asked_is_the_sentence_stating_it(service: Service) -> None:
    r = service.ask("桉塘区那家幼儿园为啥没评上合格")
    assert not r.abstained, r.answer
    assert "专任教师持证比例不足" in r.answer, r.answer


def test_it_after_which_school_is_the_school_the_answer_named(service: Service) -> None:
    history = [{"role": "user", "content": "桉塘区年检不合格的是哪所学校"},
               {"role": "assistant", "content": "启明学堂。"}]
    assert resolve_followup("它是因为啥问题", history, service.catalog).startswith("桉塘区启明学堂")
    r = service.ask("它是因为啥问题", history=history)
    assert not r.abstained, r.answer
    assert "超范围开设学科类课程" in r.answer, r.answer


def test_an_answer_that_is_no_bare_name_leaves_the_pronoun() -> None:
    history = [{"role": "user", "content": "某县年检不合格的是哪所学校"},
               {"role": "assistant", "content": "据某县文件：“启明学堂培训不合格”[1]"}]
    assert "启明学堂" not in resolve_followup("它是因为啥问题", history, RegionCatalog({}))


def test_each_documents_contact_line_is_given(service: Service) -> None:
    r = service.ask("蔚溪县这两份文件的经办人分别是谁")
    assert not r.abstained, r.answer
    assert "孔思远" in r.answer and "严书宁" in r.answer, r.answer


def test_the_category_line_answers_which_category_in_either_script(service: Service) -> None:
    for question in ("櫻臺縣對周曉峰代表建議的辦理結果是哪一類", "樱台县对周晓峰代表建议的办理结果是哪一类"):
        r = service.ask(question)
        assert not r.abstained, r.answer
        assert "B類" in r.answer or "B类" in r.answer, r.answer


def test_who_and_how_often_quotes_the_doer_with_the_frequency(service: Service) -> None:
    r = service.ask("桉塘区给家长发的在家干活单子谁来弄，多久发一回")
    assert not r.abstained, r.answer
    assert "由区教研室编写" in r.answer and "每学期" in r.answer, r.answer


def test_years_asked_in_plain_words_are_those_stated_in_the_words_asked(service: Service) -> None:
    r = service.ask("桉塘区老师在一个地方干满几年就得挪窝")
    assert not r.abstained, r.answer
    assert "8年" in r.answer and "3年" not in r.answer, r.answer


def test_schools_counted_with_ge_are_answered_in_suo(service: Service) -> None:
    r = service.ask("桉塘区有几个学校门口车开太快没东西拦着")
    assert not r.abstained, r.answer
    assert "5所" in r.answer, r.answer


def test_the_words_read_from_a_question() -> None:
    assert lacked_of("某县准备怎么解决幼儿园教师没有资格证的问题") == "资格证"
    assert lacked_of("某县怎么提高持证率") == ""
    assert states_lack("对未取得资格证的61名教师实行跟踪", "资格证")
    assert not states_lack("其中取得幼儿园教师资格证的781人", "资格证")
    assert asked_frame("某县教师连续工作满几年要交流") == "工作满"
    assert asked_frame("某县有几所学校") == ""
    text = "每周安排劳动课1课时，由教研室编写清单，每学期发放一次。"
    named = (text.index("每学期"), text.index("。"))
    assert actor_before(text, (0, len(text)), named) == text.index("由")
    assert actor_before("每学期发放一次。", (0, 8), (0, 7)) is None
