"""Q&A pages (答记者问), phone numbers, planned limits, numbered tables and a stage swapped by a
follow-up, on documents written here (real ingest, real model, real Chroma, Service.ask):
- a how question over a Q&A page quotes the numbered list of the 问 asking how, not the first 答 nor a 问
  asking why, and the list ends with its paragraph (no closing note, no footer); a 问 with 怎么 that covers
  the topic less (`…开展得怎么样？`) does not beat one naming it;
- a telephone number asked is quoted with its label, of the kind asked (咨询 for questions, 投诉/举报
  for complaints), never the site footer's; a kind the page lacks is not found, not another kind; a
  question asking how many lines there are asks a count, no number;
- `最多多少人` asks the limit set (控制在42人以内), never the bound of what is done away with
  (消除66人以上超大班额);
- a table's number (`表3 …`) is no figure, a figure after a word ending in 表 (人大代表, 发表) is one, and a
  follow-up `小学呢` after a stage's question gets that stage's figure."""

import pytest

from server.answer.sections import _best_section
from server.service import Service
from tests.written import service_over

# a Q&A page as published: each 问 in bold, the 答 a paragraph, the site's footer after it
QA = """<html><head><title>县教育局就《澄岭县中小学课后服务提质增效工作方案》答记者问</title></head><body>
<h1>县教育局就《澄岭县中小学课后服务提质增效工作方案》答记者问</h1>
<p>发布时间：2025-03-08 来源：澄岭县教育局</p>
<p><strong>问：为什么要出台这个方案？</strong></p>
<p>答：全县共有中小学213所，课后服务覆盖面已达到九成，但服务内容单一，家长希望孩子在校能参加更多兴趣活动。</p>
<p><strong>问：这两年课后服务经费投入得怎么样？</strong></p>
<p>答：两年累计投入2300万元，全县参加课后服务的学生有14.6万人，开设兴趣社团1900多个。</p>
<p><strong>问：如何保障课后服务的质量？</strong></p>
<p>答：首先，建立课程清单，学校每学期公布课后服务项目；其次，引入校外资源，遴选少年宫、科技馆等单位进校；再次，落实教师补助，参与服务的教师按课时领取补助；最后，开展满意度测评，结果作为学校考核的依据。</p>
<p><strong>问：课后服务经费投入由哪些渠道保障？</strong></p>
<p>答：课后服务经费实行财政补助与服务性收费相结合，县财政按每生每学期150元的标准补助，困难家庭学生免交费用。</p>
<p>市民如有疑问，可拨打课后服务咨询电话：0591-8870213。</p>
<div class="footer">主办单位：澄岭县人民政府办公室 地址：澄岭县府前路1号 联系电话：0591-8800100</div>
</body></html>
""".encode()
NOTICE = """柏川县2025年中小学学生资助工作通知
柏川县教育局 2025年8月20日
一、资助项目
家庭经济困难学生可申请国家助学金，申请时间为9月1日至20日。
二、服务与监督
县学生资助管理中心开通了资助热线电话3条。学生资助政策咨询电话：0593-5217730；资助工作投诉电话：0593-5217788。
"""
PLAN = """桐溪县基础教育扩容提质三年行动计划（2024—2026年）
桐溪县人民政府 2024年3月
三、重点任务
新建、改扩建中小学校9所。力争2024年底前消除66人以上超大班额；自2026年秋季学期起，城区小学每班学生数控制在42人以内，初中每班控制在48人以内。
"""
SUMMARY = """枫林县教育局2024年工作总结
枫林县教育局 2025年1月
一、基本情况
全县教育系统现有县人大代表23名。全年全县教师在省级以上刊物发表58篇论文。
小学生均仪器设备值2480元；初中生均仪器设备值3120元。各学段生均仪器设备值详见表3。
表3 各学段生均仪器设备值（元）
学段 | 2023年 | 2024年
小学 | 2310 | 2480
初中 | 2950 | 3120
"""
# a Q&A page written as text, its questions numbered headings
PRESCHOOL_QA = """岚江县教育局就学前教育普惠发展答记者问
岚江县教育局 2025年4月
一、这两年学前教育经费投入怎么样？
全县新增普惠性学位2600个，普惠性幼儿园覆盖率达到91%，学前三年毛入园率达到96.5%。
二、学前教育普惠发展的经费投入靠什么保障？
一是落实生均公用经费标准，公办幼儿园每生每年拨付800元；二是对普惠性民办幼儿园按每生每年600元给予补助；三是设立学前教育发展专项资金，每年安排1200万元。
"""
DOCS = {"chengling-afterschool-qa-2025.html": QA, "baichuan-aid-2025": NOTICE, "tongxi-plan-2024": PLAN,
        "fenglin-summary-2024": SUMMARY, "lanjiang-preschool-qa-2025": PRESCHOOL_QA}


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "qa-limits", DOCS)


def direct(answer: str) -> str:
    return answer.split("依据")[0]


@pytest.mark.parametrize("question", [
    "澄岭县怎么保证课后服务的质量",
    "澄岭县课后服务采取了哪些措施保障质量？",
    "澄岭县如何确保中小学课后服务质量",
])
def test_a_how_question_quotes_the_list_of_the_qa_asking_how(service: Service, question: str) -> None:
    response = service.ask(question)
    assert not response.abstained, response.answer
    for item in ("首先，建立课程清单", "引入校外资源", "再次，落实教师补助", "最后，开展满意度测评"):
        assert item in response.answer, response.answer
    assert "兴趣活动" not in response.answer  # the 问 asking why
    assert "14.6万人" not in response.answer  # the 问 asking how it went (怎么样)
    assert "咨询电话" not in response.answer and "主办单位" not in response.answer  # after the list


@pytest.mark.parametrize("question", [
    "岚江县学前教育普惠发展经费投入怎么保障",
    "岚江县如何保障学前教育普惠发展的经费投入？",
])
def test_a_how_heading_breaks_only_a_tie_of_coverage(service: Service, question: str) -> None:
    # `…投入怎么样？` asks how (怎么) but names less of the topic than `…经费投入靠什么保障？`
    reader = service.composer.reader
    found = _best_section(reader, service.analyse(question), [reader.documents["lanjiang-preschool-qa-2025"]])
    assert found is not None
    doc, section, cover = found
    assert section.heading.startswith("二、"), section.heading
    assert cover == 1.0


@pytest.mark.parametrize(("question", "number"), [
    ("澄岭县课后服务有疑问打哪个电话", "0591-8870213"),
    ("澄岭县课后服务咨询电话是多少", "0591-8870213"),
    ("柏川县学生资助政策咨询电话", "0593-5217730"),
    ("柏川县资助工作要投诉打什么电话？", "0593-5217788"),
])
def test_a_phone_number_of_the_kind_asked(service: Service, question: str, number: str) -> None:
    response = service.ask(question)
    assert not response.abstained, response.answer
    assert number in direct(response.answer), response.answer
    assert "0591-8800100" not in response.answer  # the site's footer


# a place no gazetteer lists is the region of its own documents: another county's notice no longer answers
def test_a_phone_kind_the_page_lacks_is_not_found(service: Service) -> None:
    response = service.ask("澄岭县课后服务的举报电话是多少")
    assert response.abstained, response.answer
    assert "未找到" in response.answer and "举报" in response.answer, response.answer
    assert "0591-8870213" not in direct(response.answer), response.answer
    assert "0591-8800100" not in response.answer, response.answer


@pytest.mark.parametrize("question", [
    "柏川县学生资助管理中心开通了多少条热线电话",
    "柏川县资助中心开了几条资助热线电话",
])
def test_a_count_of_lines_asked_is_no_phone_number(service: Service, question: str) -> None:
    response = service.ask(question)
    said = direct(response.answer)
    assert "3条" in said, response.answer
    assert "0593-5217730" not in said and "0593-5217788" not in said, response.answer


@pytest.mark.parametrize(("question", "figure"), [
    ("桐溪县城区小学每个班最多能有多少学生", "42人"),
    ("桐溪县城区初中一个班最多几个人", "48人"),
    ("桐溪县城区小学每班学生数要控制在多少人以内？", "42人"),
])
def test_a_limit_asked_is_the_limit_set_not_the_bound_eliminated(service: Service, question: str,
                                                                 figure: str) -> None:
    response = service.ask(question)
    said = direct(response.answer)
    assert "66" not in said, response.answer
    assert figure in said, response.answer


def test_the_bound_eliminated_when_asked(service: Service) -> None:
    response = service.ask("桐溪县要消除多少人以上的超大班额？")
    assert "66人" in direct(response.answer), response.answer


def test_a_tables_number_is_no_figure_and_a_stage_follow_up_swaps_the_stage(service: Service) -> None:
    asked = service.ask("枫林县初中生均仪器设备值是多少？")
    assert not asked.abstained and "3120" in direct(asked.answer), asked.answer
    history = [{"role": "user", "content": "枫林县初中生均仪器设备值是多少？"},
               {"role": "assistant", "content": "枫林县初中生均仪器设备值3120元。"}]
    followup = service.ask("小学呢", history=history)
    assert not followup.abstained and "2480" in direct(followup.answer), followup.answer


@pytest.mark.parametrize(("question", "figure"), [
    ("枫林县教育系统有多少名县人大代表", "23名"),
    ("枫林县教师在省级以上刊物发表了多少篇论文", "58篇"),
])
def test_a_figure_after_a_word_ending_in_biao_is_a_figure(service: Service, question: str, figure: str) -> None:
    response = service.ask(question)
    assert not response.abstained, response.answer
    assert figure in direct(response.answer), response.answer
