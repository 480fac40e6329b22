"""Lists a section states, on documents written here (real ingest, real model, Service.ask): the section
that answers a measure question (the whole list a heading of measures heads, not one item that shares a
verb with the question), how many items a named section lists (`有几条`), a heading the question names in
two parts (`报名上学要交哪些材料` → `报名材料`), and the document's closing (signature, date, contact note,
`再次感谢…`) never quoted as part of the last item."""
import pytest

from server.answer.sections import _named_apart, closing_start
from server.service import Service
from tests.written import service_over

NOTICE = """青溪县教育局关于2025年春季学期校园安全专项督查情况的通报
青教通〔2025〕8号
各中小学校：
为做好校园安全工作，县教育局于2025年4月对全县学校开展了专项督查，现将有关情况通报如下。
一、基本情况
本次督查覆盖全县54所学校，发现问题87个，其中消防设施问题41个。
二、整改要求
1.各校要建立问题台账，整改情况于6月10日前书面报县教育局。
2.严格落实门卫值守制度，上下学时段校门口须有2名以上保安值守。
3.每学期至少组织1次全员应急疏散演练，演练记录存档备查。
青溪县教育局　　青溪县应急管理局
2025年5月20日
"""

REPLY = """青溪县教育局关于县人大第12号建议的答复
李明代表：
您提出的《关于加强中小学劳动教育的建议》收悉，现答复如下：
一、工作现状
全县已建成校外劳动实践基地6个，开设劳动课程的学校占98.5%。
二、下一步工作措施
（一）拓展实践基地。到2026年底新建校外劳动实践基地4个，实现每个乡镇至少1个。
（二）配齐专任教师。2025年招聘劳动教育专任教师20人，每校至少配备1名。
（三）加强课程建设。编写校本劳动教材3册，每周劳动课不少于1课时。
再次感谢您对我县教育工作的关心和支持。
青溪县教育局
二〇二五年六月十八日
（联系人：王芳，联系电话：0771-1234567）
"""

PLAN = """青溪县学生营养改善计划补助申领办法
一、补助对象
全县农村义务教育阶段在校学生。
二、补助标准
每生每天5元，全年按200天计算。
三、申请材料
1.学生本人的户口簿复印件；
2.学校出具的在校就读证明；
3.监护人签字的申请表。
四、保障措施
（一）加强组织领导。县教育局成立工作专班。
（二）规范资金管理。补助资金专款专用，每学期公示。
（三）强化监督检查。每学期抽查不少于10所学校。
"""


BULLETIN = """青溪县2024年教育事业统计公报
一、学前教育
全县共有幼儿园42所，在园幼儿6850人，专任教师486人，保育员212人。在园幼儿与专任教师之比为14.1:1。
二、义务教育
全县小学在校生30120人，专任教师1980人，小学生师比为15.2:1；初中在校生14200人，初中生师比为11.8：1。
"""

NEWS = """青溪县2024年乡村教师队伍建设情况
乡村教师生活补助按照学校艰苦边远程度分档发放，每人每月二百元至八百元不等。
家庭经济困难学生资助标准为每生每年1000元到3000元。
全县专任教师从1200人到1500人，五年增加300人。
教师参与课后服务按每课时50元的标准给予补贴，乡村学校教师每课时增加15元，每人每月补贴一般不超过900元。
2024年秋季，全县义务教育阶段进城务工人员随迁子女共2100人，其中在公办学校就读1900人。
随迁子女入学另需提供父母一方在本县的居住证和社会保险缴纳证明。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "measure-lists",
                        {"qingxi-safety-notice-2025": NOTICE, "qingxi-reply-2025": REPLY,
                         "qingxi-meals-2025": PLAN, "qingxi-bulletin-2024": BULLETIN,
                         "qingxi-news-2024": NEWS})


def test_a_closing_after_the_last_item_is_no_part_of_it():
    text = "三、要求\n1.按时报送。\n2.落实值守制度。\n青溪县教育局　青溪县应急管理局\n2025年5月20日\n"
    assert text[:closing_start(text, 0, len(text))].rstrip().endswith("落实值守制度。")
    reply = ("（三）加强课程建设。每周不少于1课时。\n再次感谢您的关心。\n青溪县教育局\n二〇二五年六月十八日\n"
             "（联系人：王芳）")
    assert reply[:closing_start(reply, 0, len(reply))].rstrip().endswith("每周不少于1课时。")
    # an item ending in a date of its own keeps it; a span with no date is left whole
    dated = "1.整改情况于2025年6月10日前报送。\n2.各校完成时间于2025年6月30日"
    assert closing_start(dated, 0, len(dated)) == len(dated)
    signed = "4.实行一票否决。\n某县教育和体育局某县市场监督管理局2025年5月16日"
    assert signed[:closing_start(signed, 0, len(signed))].rstrip().endswith("一票否决。")
    speech = "一是扩充资源。新增学位1080个。\n二是守牢安全底线。完成28所学校安防改造。同志们，让我们奋力开创新局面！"
    assert speech[:closing_start(speech, 0, len(speech))].endswith("安防改造。")
    plain = "1.按时报送。\n2.落实值守制度。"
    assert closing_start(plain, 0, len(plain)) == len(plain)


def test_a_heading_named_in_two_parts():
    assert _named_apart("报名材料", "在某县报名上学要交哪些材料")
    assert _named_apart("申请材料", "申请补助需要准备什么材料")
    assert not _named_apart("申请材料", "补助需要准备什么材料")  # 申请 not asked
    assert not _named_apart("工作要求", "有哪些要求")
    assert not _named_apart("保障措施和组织实施要求", "组织实施有哪些要求")  # a long heading is no noun phrase


@pytest.mark.parametrize("question", ["青溪县通报提了哪些整改要求？", "青溪县这次安全督查的整改要求是什么"])
def test_a_notices_requirements_without_its_signature(service, question):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    for item in ("问题台账", "门卫值守", "应急疏散演练"):
        assert item in answer.answer, answer.answer
    assert "应急管理局" not in answer.answer and "5月20日" not in answer.answer, answer.answer
    # items of one passage cite that passage, each item's text within its citation
    for item in ("问题台账", "门卫值守", "应急疏散演练"):
        line = next(x for x in answer.answer.splitlines() if item in x)
        number = int(line.rsplit("[", 1)[1].rstrip("]"))
        assert item in answer.citations[number - 1].text, (line, answer.citations)


@pytest.mark.parametrize("question", ["青溪县下一步准备怎么加强劳动教育？", "青溪县下一步在劳动教育上有什么打算措施"])
def test_the_whole_list_of_next_steps_not_one_item(service, question):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    for item in ("拓展实践基地", "配齐专任教师", "加强课程建设"):
        assert item in answer.answer, answer.answer
    assert "再次感谢" not in answer.answer and "联系人" not in answer.answer, answer.answer
    # each item cited by the passage holding it
    for item in ("拓展实践基地", "配齐专任教师", "加强课程建设"):
        assert any(item in c.text for c in answer.citations), answer.citations


@pytest.mark.parametrize("question,counter", [("青溪营养改善计划的保障措施有几条", "条"),
                                              ("青溪县营养改善补助的保障措施分几个方面", "个方面"),
                                              ("青溪县营养补助保障措施一共多少项", "项")])
def test_how_many_items_a_named_section_lists(service, question, counter):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert f"共3{counter}" in answer.answer, answer.answer
    for item in ("加强组织领导", "规范资金管理", "强化监督检查"):
        assert item in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["青溪申请营养改善补助要交哪些材料", "青溪县营养补助申请需要准备什么材料"])
def test_a_list_asked_by_its_head_noun(service, question):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    for item in ("户口簿", "在校就读证明", "申请表"):
        assert item in answer.answer, answer.answer


@pytest.mark.parametrize("question,ratio", [("青溪县小学生师比是多少", "15.2:1"),
                                            ("青溪县初中的生师比多少？", "11.8：1"),
                                            ("青溪县幼儿园生师比是多少", "14.1:1"),
                                            ("青溪县在园幼儿与专任教师之比是多少", "14.1:1")])
def test_a_ratio_stated_against_one(service, question, ratio):
    # `14.1:1` counts nothing: the ratio is quoted as written, never a count of its sentence (486人)
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(ratio), answer.answer


def test_a_ratio_among_several_asks(service):
    answer = service.ask("青溪县幼儿园保育员人数和生师比分别是多少？")
    assert not answer.abstained, answer.answer
    direct = answer.answer.split("。依据")[0]
    assert "212人" in direct and "14.1:1" in direct and "486" not in direct, answer.answer



@pytest.mark.parametrize("question,ends", [("青溪县乡下教书的老师每月能拿多少生活补助？", ("200元", "800元")),
                                           ("青溪县家庭经济困难学生每年资助多少钱", ("1000元", "3000元"))])
def test_a_range_is_answered_by_both_ends(service, question, ends):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    direct = answer.answer.split("。依据")[0]
    assert all(end in direct for end in ends) and "至" in direct, answer.answer
    assert sorted(f.value for f in answer.figures) == sorted(float(e.removesuffix("元")) for e in ends)


def test_a_change_from_to_is_no_range(service):
    answer = service.ask("青溪县现在专任教师有多少人？")
    assert "至" not in answer.answer.split("。依据")[0], answer.answer


@pytest.mark.parametrize("question,amount", [("青溪县老师上课后服务每课时补贴多少钱", "50元"),
                                             ("青溪县课后服务补贴每人每月最多多少元", "900元"),
                                             ("青溪县乡村学校教师课后服务每课时增加多少", "15元")])
def test_an_amount_per_the_period_asked(service, question, amount):
    # one sentence states amounts per 课时 and per 月, a level and a change on it: the one asked answers
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(amount) or answer.answer.startswith(f"不超过{amount}"), answer.answer


def test_a_requirement_asked_is_the_sentence_setting_it(service):
    # the text counts the pupils and sets what they must bring: 还需要提供什么 asks the latter
    answer = service.ask("青溪县进城务工人员随迁子女上学还需要准备什么？")
    assert not answer.abstained, answer.answer
    assert "居住证" in answer.answer and "2100" not in answer.answer, answer.answer


WATER = """莳川县2026年学校饮用水水质抽检结果通报
莳川县教育局
2026年10月15日
一、抽检情况
今年9月，县疾控中心对全县46所学校饮水开展了水质抽检，合格41所。
二、工作要求
（一）10月底前，各校把抽检结果贴到校园公示栏公开。
（二）不合格的学校须立即停用相关供水设备，并清洗蓄水池。
（三）今后每学期各校自行送检水样一次，送检记录留存备查。
"""


@pytest.fixture(scope="module")
def water(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "duties-after", {"shichuan-water-2026": WATER})


@pytest.mark.parametrize("question", ["莳川县水质抽检完了各校还要做什么", "莳川县抽检结束后各校该干啥"])
def test_what_to_do_after_the_event_is_every_requirement(water, question):
    answer = water.ask(question)
    assert not answer.abstained, answer.answer
    for item in ("公示栏", "停用", "送检水样"):  # the item naming the event too, none singled out
        assert item in answer.answer, answer.answer
