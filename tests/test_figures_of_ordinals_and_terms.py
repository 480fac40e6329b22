"""Figures read from prose, on documents written here (real ingest, Service.ask): an edition's ordinal in Chinese
numerals (第十三届) is no count, so a question about money is answered by the money and one about a past edition
the plan never counts is not answered with the ordinal's tail; a term's length in Chinese numerals (服务期一年,
为期两年) is a duration; 首批 is the 第一批 asked; a question opening on the work its document's title names
(without the kind word) is answered by the sentence stating what is asked of that work, never a year's amount of a
multi-year plan; a target asked of a progress table whose only whole is the projects' total (总投资) is not that total.
The ordinal and the term's length are read by figures/numbers.py (the lead's commits 9f677e7 and 9653ada of
lead60): those tests pass once they are merged."""

import pytest

from figures.numbers import find_quantities
from server.service import Service
from tests.written import first_figure, service_over

CONTEST = """檀溪区第十三届中小学航模竞赛活动方案

发布时间：2026-03-05 来源：檀溪区教育局

为激发中小学生的科学兴趣，培养一批航模特长学生和指导教师，区教育局决定举办第十三届中小学航模竞赛，特制定本方案。

一、活动目标

本届竞赛覆盖全区26所中小学，参与学生不少于6000人；力争在市级比赛中获奖项目数达到15项，比上届增加4项。

二、参赛对象和组别

| 组别 | 项目类别 | 每校限报（项） | 区级奖项名额（个） |
| --- | --- | --- | --- |
| 小学组 | 纸飞机、橡筋动力 | 3 | 40 |
| 初中组 | 遥控固定翼、无人机 | 4 | 30 |
| 合计 | — | — | 70 |

三、时间安排

（一）校级选拔：4月10日前各校完成校内初选。

（二）区级决赛：5月16日在区青少年活动中心举行。

四、工作要求

（一）各校要把航模活动纳入课后服务内容。

（二）区财政安排竞赛专项经费16万元，主要用于器材、场地布置和获奖学生奖励，不向学生收取任何费用。

檀溪区教育局
2026年3月5日
"""

ASSISTANCE = """桐岗县2025年教育帮扶工作总结
桐岗县教育局
2026年1月
一、组团式帮扶
帮扶教师按学科组团派驻县第二中学，每批服务期一年，承担教学任务并指导本地青年教师。
二、职业教育
县特殊教育学校开设职业教育部，首批招收学生18人。
"""

GOVERNANCE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="ArticleTitle" content="枫潭区2026年校外培训机构治理工作方案">
<title>枫潭区2026年校外培训机构治理工作方案_枫潭区教育局</title></head>
<body><div class="article"><h1>枫潭区2026年校外培训机构治理工作方案</h1>
<div class="content">
<p>为持续规范校外培训行为，减轻学生校外培训负担，现制定本方案。</p>
<h3>一、基本情况</h3>
<p>截至2026年2月底，全区登记在册的校外培训机构共96家，其中学科类5家、非学科类91家。2025年全区共查处无证培训机构11家。各街道情况如下：</p>
<table border="1"><tr><th>街道</th><th>学科类（家）</th><th>非学科类机构（家）</th><th>查处无证（家）</th></tr>
<tr><td>南屏街道</td><td>2</td><td>40</td><td>5</td></tr>
<tr><td>北岸街道</td><td>3</td><td>51</td><td>6</td></tr>
<tr><td>合计</td><td>5</td><td>91</td><td>11</td></tr></table>
<h3>二、工作目标</h3>
<p>到2026年底，校外培训机构备案率达到95%以上，培训投诉办结率达到100%。</p>
<h3>三、主要措施</h3>
<p>（一）严格备案审查。区教育局联合区市场监管部门制定培训机构设置标准，备案时限压缩至10个工作日。</p>
<p>（二）加强收费监管。培训机构预收费全部纳入银行专用账户，单次收费时间跨度不得超过3个月。</p>
<p>（三）常态化巡查。各街道每月至少开展1次巡查，重点查处居民楼内隐形变异培训。</p>
<h3>四、保障措施</h3>
<p>建立区、街道、社区三级监管网格，聘请社会监督员35名。将治理成效纳入对街道年度考核。</p>
<h3>五、监督举报</h3>
<p>群众可通过区教育局校外培训监管科举报，联系人：林秋，电话：3817420。</p>
</div></div></body></html>
"""

PROGRESS = """柘川县2026年上半年学校建设项目进度通报
柘川县教育局
2026年7月
一、总体进度
今年全县纳入年度计划的学校建设项目共4个，总投资8600万元。截至6月底，4个项目累计完成投资3900万元。
| 项目 | 总投资（万元） | 累计完成（万元） | 完成率（%） |
| --- | --- | --- | --- |
| 城西小学新建工程 | 5200 | 2300 | 44.2 |
| 合计 | 8600 | 3900 | 45.3 |
二、下半年工作要求
力争年底前累计完成投资6880万元，占总投资的80%。
"""

PLAN = """枫潭区中小学智慧图书馆建设三年行动方案（2026—2028年）
枫潭区教育局
2026年2月
一、主要目标
到2028年，全区中小学全部建成智慧图书馆。
二、资金保障
三年计划总投入9600万元，其中2026年2800万元、2027年3300万元、2028年3500万元。
“十四五”以来累计投入教育信息化资金5200万元。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "ordinals-terms", {
        "tanxi-model-contest-2026": CONTEST, "tonggang-assistance-2025": ASSISTANCE,
        "fengtan-training-governance-2026.html": GOVERNANCE.encode(), "zhechuan-building-progress-2026": PROGRESS,
        "fengtan-library-plan-2026": PLAN})


def test_the_tail_of_an_ordinal_is_no_quantity():
    assert find_quantities("第十三届航模竞赛") == []
    assert [q.text for q in find_quantities("第二十三次会议到会30人")] == ["30人"]


def test_a_past_edition_the_plan_never_counts_is_not_answered_by_the_ordinal(service):
    answer = service.ask("檀溪区上一届航模竞赛一共收到多少参赛作品")
    assert not any(f.unit == "届" for f in answer.figures), answer.answer
    assert "三届。" not in answer.answer, answer.answer
    # and money asked of the plan is its money, never the edition
    assert first_figure(service.ask("檀溪区航模竞赛区里给了多少专项经费？")) == (16, "万元")


def test_a_terms_length_in_chinese_numerals_is_a_duration():
    assert [(q.value, q.unit) for q in find_quantities("每批服务期一年，为期两周，期限为30天以内")] == \
        [(1, "年"), (2, "周"), (30, "天")]


def test_how_long_each_batch_serves_is_the_terms_length(service):
    answer = service.ask("帮扶教师每批服务多长时间")
    assert not answer.abstained, answer.answer
    assert "一年" in answer.answer, answer.answer


def test_the_first_batch_asked_is_the_one_written_shoupi(service):
    answer = service.ask("桐岗县特教学校职业教育部第一批招多少学生")
    assert first_figure(answer) == (18, "人"), answer.answer


def test_a_question_opening_on_the_work_its_title_names_is_answered(service):
    answer = service.ask("枫潭区校外培训治理聘了多少社会监督员")
    assert first_figure(answer) == (35, "名"), answer.answer


def test_a_target_asked_is_not_the_tables_total(service):
    answer = service.ask("要实现年底投资目标，柘川县下半年还得完成多少投资")
    assert "4700" not in answer.answer, answer.answer  # 8600 − 3900: the total, not the target


def test_the_titles_work_vouches_for_no_figure_of_a_year_asked(service):
    answer = service.ask("枫潭区2027年的智慧图书馆投入比2026年多多少？")
    assert "96000000" not in answer.answer and "9600万" not in answer.answer, answer.answer  # the three years' total
