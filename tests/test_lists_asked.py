"""A question asking which rules, principles, an order or the measures (哪些规定, 什么原则, 按什么顺序,
怎么做) is answered with every item of the list or section that states them — items numbered 1. 2.,
（一）（二）, ①②, on one line or several, the body under a heading, the answer turn of a Q&A
transcript — each with its content, cited; never the heading or the lead-in (`…按以下顺序录取：`)
alone. Documents written here; real ingest, real model."""

import pytest

from ingest.normalize import normalize
from server.schemas import AskResponse
from server.service import Service
from tests.written import service_over

# a lead-in and its items on one line
ORDER = ("城区公办小学按以下顺序录取：1. 学区内有户籍且有房产的适龄儿童；2. 学区内有房产、户籍不在学区的适龄儿童；"
         "3. 随迁子女和其他符合条件的适龄儿童，由县教育局统筹安排。")
NOTICE = f"""文安县2025年义务教育招生工作通知
文安县教育局
2025年5月10日
一、招生对象
凡2019年8月31日前出生、具有正常学习能力的适龄儿童，均应接受义务教育。
二、录取办法
{ORDER}
初中学校招生按下列原则安排：
（一）小学毕业生按对口关系直升对应初中；
（二）随迁子女凭居住证就近安排；
（三）特殊群体子女优先保障。
三、工作要求
各学校要严格执行免试就近入学规定，不得以任何形式举行入学考试。
"""

SUMMARY = """沁水县2023年“双减”工作总结
沁水县教育局
2023年12月28日
一、课后服务全面覆盖
全县中小学全部开展课后服务，学生参与率达到95.1%。
二、作业管理持续规范
全县各校建立作业公示制度，小学一、二年级不布置书面家庭作业，三至六年级书面作业平均完成时间不超过60分钟，初中不超过90分钟。据秋季学期抽样调查，学生睡眠达标率由上年的83.6%提高到91.2%。
三、校外培训治理成效巩固
“双减”前全县有学科类校外培训机构47家，已压减45家。
四、课堂教学提质增效
各校推行集体备课，落实以下要求：①每周开展一次学科教研；②青年教师每学期上公开课不少于2节；③校长每学期听课不少于30节。
"""

PLAN = """# 石门县中小学校布局调整规划（2024—2030年）

石门县教育局　2024年3月

## 一、现状

全县现有中小学86所，其中教学点21个。

## 二、布局调整原则

1. 统筹城乡，优先保障县城新增学位需求；
2. 就近入学与适度集中相结合，保留必要的乡村小规模学校和教学点；
3. 寄宿制学校重点向乡镇中心学校集中；
4. 先建后撤，确保学生就学不受影响。

## 三、保障措施

县财政每年安排布局调整专项资金不少于3000万元。
"""

INQUIRY = """和平县人大常委会关于教育工作的专题询问实录

2024年6月20日

主持人：下面开始专题询问。

张立新委员问：乡村学校规模越来越小，这些学校怎么保留？

周建国局长答：全县现有不足100名学生的乡村小学和教学点27所，在校生合计1654人。我们对这些学校实行经费倾斜，按100人核定公用经费。

王丽委员问：教师短缺问题一直存在，特别是音体美教师。现在全县中小学教师缺口有多大？

周建国局长答：目前全县中小学专任教师6842人，按编制标准测算缺编318人。2024年计划公开招聘教师260人，其中音体美教师不少于80人；同时通过“县管校聘”改革统筹调剂教师余缺，今年已跨校调配教师74人。

李红委员问：农村学生上学路远，校车能不能满足需要？

周建国局长答：全县现有校车86辆，覆盖18个镇。今年计划更新校车12辆，并对全体校车驾驶人开展安全培训。
"""

IDS = {"NOTICE": "qingxi-enrolment-2025", "SUMMARY": "songling-summary-2023", "PLAN": "shimen-layout-2024",
       "INQUIRY": "heping-inquiry-2024"}


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "lists-asked", {IDS["NOTICE"]: NOTICE, IDS["SUMMARY"]: SUMMARY,
                                                           f'{IDS["PLAN"]}.md': PLAN.encode(), IDS["INQUIRY"]: INQUIRY})


def _has_all(response: AskResponse, doc: str, quotes: list[str]) -> None:
    """Every quote is in the answer and inside one of its citations of `doc`."""
    assert not response.abstained, response.answer
    answer = normalize(response.answer, drop_space=True)
    for quote in quotes:
        want = normalize(quote, drop_space=True)
        assert want in answer, (quote, response.answer)
        assert any(c.doc_id == doc and want in normalize(c.text, drop_space=True) for c in response.citations), \
            (quote, response.answer)


@pytest.mark.parametrize(("question", "doc", "quotes"), [
    # a lead-in ending in `：` with its items on the same line
    ("文安县城区公办小学招生时按什么先后顺序录取？", "NOTICE",
     ["学区内有户籍且有房产的适龄儿童", "学区内有房产、户籍不在学区的适龄儿童", "随迁子女和其他符合条件的适龄儿童"]),
    # … and with its items on lines of their own
    ("文安县初中学校招生按照哪些原则安排？", "NOTICE",
     ["小学毕业生按对口关系直升对应初中", "随迁子女凭居住证就近安排", "特殊群体子女优先保障"]),
    # a heading over a paragraph: the paragraph, not the heading
    ("沁水县在作业管理上有哪些规定？", "SUMMARY",
     ["小学一、二年级不布置书面家庭作业", "三至六年级书面作业平均完成时间不超过60分钟"]),
    # circled items after a lead-in inside a paragraph
    ("沁水县课堂教学落实了哪些要求？", "SUMMARY",
     ["每周开展一次学科教研", "青年教师每学期上公开课不少于2节", "校长每学期听课不少于30节"]),
    # a Markdown heading over numbered items on lines of their own
    ("石门县调整学校布局遵循哪些原则？", "PLAN",
     ["统筹城乡", "就近入学与适度集中相结合", "寄宿制学校重点向乡镇中心学校集中", "先建后撤"]),
    # a Q&A transcript: the answer turn to the question turn that names the topic
    ("和平县打算怎么缓解中小学教师不够的问题？", "INQUIRY",
     ["2024年计划公开招聘教师260人", "今年已跨校调配教师74人"]),
    ("和平县准备如何解决教师短缺的问题？", "INQUIRY", ["2024年计划公开招聘教师260人"]),
    ("和平县怎样保障农村学生的校车需要？", "INQUIRY", ["今年计划更新校车12辆"]),
])
def test_every_item_of_the_list_asked(service: Service, question: str, doc: str, quotes: list[str]) -> None:
    _has_all(service.ask(question), IDS[doc], quotes)


def test_a_heading_or_lead_in_alone_is_no_answer(service: Service) -> None:
    for question in ("文安县城区公办小学按什么顺序录取？", "石门县学校布局调整的原则是什么？"):
        answer = service.ask(question).answer
        assert not answer.rstrip("[]0123456789”。").endswith(("录取：", "布局调整原则")), answer
