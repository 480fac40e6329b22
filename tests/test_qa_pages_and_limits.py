"""Q&A pages (答记者问), phone numbers, planned limits and a stage swapped by a follow-up, on documents
written here (real ingest, real model, real Chroma, Service.ask):
- `怎么保证…` / `采取了哪些措施` over a Q&A page quotes the 一是…四是 list of the 问 asking how, not the
  first 答 nor a 问 asking why, and the list ends with its paragraph (no closing note, no footer);
- a telephone number asked is quoted with its label, of the kind asked (咨询 for questions, 监督/举报
  for complaints), never the site footer's; a kind the page lacks is not found, not another kind;
- `最多控制在多少人` asks the limit set (控制在45人以内), never the bound of what is eliminated
  (消除56人以上大班额);
- a table's number in its caption (`表1 …差异系数`) is no figure, and a follow-up `初中呢` after a
  stage's question gets that stage's figure."""

import pytest

from server.service import Service
from tests.written import service_over

# a Q&A page as published: each 问 in bold, the 答 a paragraph, the site's footer after it
QA = """<html><head><title>县教育局负责人就《青溪县义务教育学校教师“县管校聘”改革实施方案》答记者问</title></head><body>
<h1>县教育局负责人就《青溪县义务教育学校教师“县管校聘”改革实施方案》答记者问</h1>
<p>发布时间：2025-06-12 来源：青溪县教育局</p>
<p><strong>问：为什么要推行“县管校聘”改革？</strong></p>
<p>答：全县义务教育阶段有学校48所，在编教师1820名。乡村学校学科教师短缺，推行“县管校聘”就是把教师从“学校人”变为“系统人”。</p>
<p><strong>问：交流到乡村学校的教师有哪些待遇？</strong></p>
<p>答：每人每月另发交流补助400元，职称评审同等条件下优先。</p>
<p><strong>问：如何保障改革平稳推进？</strong></p>
<p>答：一是加强组织领导，成立改革工作领导小组；二是规范竞聘程序，竞聘方案须经学校教职工大会通过；三是畅通申诉渠道，教师可在结果公示之日起5个工作日内申诉；四是把改革推进情况纳入学校年度考核。</p>
<p>《方案》全文可在县政府网站查阅。政策咨询电话：0571-6612345（县教育局人事科）。</p>
<div class="footer">主办单位：青溪县人民政府办公室 地址：青溪县城关镇 联系电话：0571-6600001</div>
</body></html>
""".encode()
NOTICE = """青石县2025年义务教育招生工作通知
青石县教育局 2025年6月1日
一、招生安排
小学一年级报名时间为7月10日至15日。
二、咨询与监督
招生咨询电话：0572-3301122；监督举报电话：0572-3301199。
"""
PLAN = """青川县“十四五”教育事业发展规划
青川县人民政府 2021年9月
二、主要任务
优化学校布局，到2025年义务教育学校调整到40所。严格控制班额，到2022年全面消除56人以上大班额，到2025年县城小学、初中班额分别控制在45人、50人以内。
"""
FEEDBACK = """青河县义务教育优质均衡发展督导评估反馈意见
青河县人民政府教育督导室 2025年5月
一、主要成效
全县小学7项资源配置指标校际差异系数均在0.50以内，综合差异系数0.331；初中综合差异系数0.268。各项指标县域均值和校际差异系数见表1。
表1 资源配置指标县域均值和校际差异系数
指标 | 小学均值 | 小学差异系数 | 初中均值 | 初中差异系数
生均教学及辅助用房面积（平方米） | 6.51 | 0.281 | 8.30 | 0.236
"""
DOCS = {"qingxi-rotation-qa-2025.html": QA, "qingshi-enrolment-2025": NOTICE, "qingchuan-plan-2021": PLAN,
        "qinghe-feedback-2025": FEEDBACK}


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "qa-limits", DOCS)


@pytest.mark.parametrize("question", [
    "青溪县怎么保证县管校聘改革推得稳",
    "青溪县管校聘改革采取了哪些措施保障平稳推进？",
    "青溪县如何确保县管校聘改革平稳推进",
])
def test_a_how_question_quotes_the_list_of_the_qa_asking_how(service: Service, question: str) -> None:
    response = service.ask(question)
    assert not response.abstained, response.answer
    for item in ("一是加强组织领导", "教职工大会", "三是畅通申诉渠道", "四是把改革推进情况纳入学校年度考核"):
        assert item in response.answer, response.answer
    assert "学校人" not in response.answer  # the 问 asking why
    assert "咨询电话" not in response.answer and "主办单位" not in response.answer  # after the list


@pytest.mark.parametrize(("question", "number"), [
    ("青溪县管校聘有问题打哪个电话问", "0571-6612345"),
    ("青溪县县管校聘政策咨询电话是多少", "0571-6612345"),
    ("青石县招生咨询打哪个电话", "0572-3301122"),
    ("青石县招生举报电话是多少？", "0572-3301199"),
])
def test_a_phone_number_of_the_kind_asked(service: Service, question: str, number: str) -> None:
    response = service.ask(question)
    assert not response.abstained, response.answer
    assert number in response.answer.split("依据")[0], response.answer
    assert "0571-6600001" not in response.answer  # the site's footer


def test_a_phone_kind_the_page_lacks_is_not_found(service: Service) -> None:
    response = service.ask("青溪县管校聘改革的举报电话是多少")
    assert "0571-6612345" not in response.answer.split("依据")[0], response.answer
    assert "0571-6600001" not in response.answer, response.answer


@pytest.mark.parametrize(("question", "figure"), [
    ("青川县城小学一个班最多要控制在多少人", "45人"),
    ("青川县城初中班额最多多少人", "50人"),
    ("青川县城小学班额要控制在多少人以内？", "45人"),
])
def test_a_limit_asked_is_the_limit_set_not_the_bound_eliminated(service: Service, question: str,
                                                                 figure: str) -> None:
    response = service.ask(question)
    said = response.answer.split("依据")[0]
    assert "56" not in said, response.answer
    assert figure in said, response.answer


def test_the_bound_eliminated_when_asked(service: Service) -> None:
    response = service.ask("青川县要消除多少人以上的大班额？")
    assert "56人" in response.answer.split("依据")[0], response.answer


def test_a_tables_number_is_no_figure_and_a_stage_follow_up_swaps_the_stage(service: Service) -> None:
    direct = service.ask("青河县初中综合差异系数多少？")
    assert not direct.abstained and "0.268" in direct.answer.split("依据")[0], direct.answer
    history = [{"role": "user", "content": "青河县小学综合差异系数多少？"},
               {"role": "assistant", "content": "青河县小学综合差异系数0.331。"}]
    followup = service.ask("初中呢", history=history)
    assert not followup.abstained and "0.268" in followup.answer.split("依据")[0], followup.answer
