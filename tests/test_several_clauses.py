"""Questions asking several things, everyday wordings, work sections and Chinese numerals, on documents
written here (real ingest, real model, Service.ask): each ask of several answered from its own clause
(a change from the clause stating it with the figure the ask before took, a stage from its own table
row, an amount from the sentence the ask before was answered from); everyday words the lexicon maps to
the documents' terms (一个班平均坐 → 平均班额, 缺多少 → 缺口, 音乐、体育、美术 → 音体美, 一天多少钱 →
每人每天); `做了哪些主要工作` answered by the report's section of work done, not its section of figures;
an amount written in Chinese numerals shown with its Arabic value, the quote left as written."""
import pytest

from figures.numbers import find_quantities
from server.answer.text import shown
from server.intent import asks
from server.query import plain
from server.service import Service
from tests.written import service_over

NEWS = """青溪市2024年学生资助工作综述
青溪市教育局 2025年1月15日
青溪市2024年累计发放学生资助资金3.25亿元 惠及学生二十八万人次
2024年，青溪市全年累计投入各级各类学生资助资金3.25亿元，比上年增长5.4%，资助学生二十八万人次。
分学段看，学前教育资助资金一千二百六十万元，资助家庭经济困难幼儿一万四千人次；普通高中发放国家助学金0.68亿元。
全市营养膳食补助资金九千八百万元，按每生每天5元的标准为九万八千名农村义务教育学生提供营养膳食。
全市新增学位六千二百个，农村学校音体美教师缺口约一百二十人。
"""
FUNDING = """青溪市2023年教育经费执行情况
青溪市教育局 2024年4月10日
一、生均公用经费情况
2023年，全市各学段生均一般公共预算公用经费支出情况如下：
学段 | 2022年（元/生/年） | 2023年（元/生/年）
幼儿园 | 700 | 760
小学 | 910 | 990
初中 | 1150 | 1230
普通高中 | 880 | 940
二、班额情况
城区学校平均班额由2020年的48.2人降至2023年的44.1人，乡镇学校平均班额为36.5人。
"""
REPORT = """青溪市教师队伍建设情况报告
青溪市教育局 2024年3月
一、教师队伍基本情况
截至2023年底，全市共有专任教师5210人，其中女教师3650人，占70.1%。专任教师平均年龄43.2岁。
二、主要工作和成效
（一）多渠道补充教师。2023年全市通过公开招聘补充教师215人，其中特岗教师80人。
（二）深化交流轮岗。2023年全市交流轮岗教师312人，交流轮岗比例为14.2%。
（三）加强教师培训。2023年全市投入教师培训经费540万元，开展各级培训1.2万人次。
三、下一步工作打算
（一）2024年计划招聘教师160人。
（二）实施青年教师培养工程。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "several-clauses",
                        {"qingxi-aid-2024": NEWS, "qingxi-funding-2023": FUNDING, "qingxi-teachers-2023": REPORT})


def test_a_change_asked_after_a_figure_is_the_change_stated_with_it(service):
    # the headline states the total without its change: 比上年增长 is answered by 5.4%, from the
    # sentence stating it, never by the 人次 of the headline
    answer = service.ask("青溪市2024年发放学生资助资金多少？比上年增长多少？资助了多少人次？")
    assert not answer.abstained, answer.answer
    direct = answer.answer.split("。依据")[0]
    assert "比上年增长：5.4%" in direct, answer.answer
    assert "3.25亿元" in direct and "二十八万人次" in direct, answer.answer
    assert any("比上年增长5.4%" in c.text for c in answer.citations), answer.citations


def test_a_second_ask_is_answered_from_the_sentence_of_the_first(service):
    # 资金 alone finds the total of all stages: the 学前教育 sentence answering the first ask states its own
    answer = service.ask("青溪市2024年学前教育资助了多少幼儿？资金多少？")
    assert not answer.abstained, answer.answer
    direct = answer.answer.split("。依据")[0]
    assert "一千二百六十万元" in direct and "3.25亿元" not in direct, answer.answer


def test_each_stage_of_a_list_is_answered_from_its_own_row(service):
    answer = service.ask("青溪市2023年小学、初中、普通高中的生均公用经费各是多少？")
    assert not answer.abstained, answer.answer
    direct = answer.answer.split("。依据")[0]
    for value in ("990", "1230", "940"):
        assert value in direct, answer.answer
    assert "未找到" not in direct, answer.answer


def test_a_stage_list_keeps_each_stage_whole():
    # 普通高中 is one word: 小学 and 初中 do not take its 高中 (小学高中, 初中高中)
    assert asks("2023年小学、初中、普通高中的生均公用经费各是多少?") == [
        "2023年小学的生均公用经费是多少", "2023年初中的生均公用经费是多少", "2023年普通高中的生均公用经费是多少"]


def test_everyday_wordings_read_as_the_documents_terms():
    assert plain("城里的学校现在一个班平均坐多少个孩子?") == "城区学校现在平均班额多少个孩子?"
    assert "音体美教师" in plain("乡下学校缺多少教音乐、体育、美术的老师?")
    assert "缺口多少" in plain("乡下学校缺多少教音乐、体育、美术的老师?")
    assert "每人每天多少元" in plain("吃饭的补助一天多少钱?")
    assert "秋季学期" in plain("督学2024年下半年那个学期一共去学校查了多少趟?")
    assert "多少次" in plain("督学2024年下半年那个学期一共去学校查了多少趟?")


def test_a_shortfall_of_arts_teachers_asked_in_everyday_words(service):
    answer = service.ask("青溪乡下学校缺多少教音乐、体育、美术的老师？")
    assert not answer.abstained, answer.answer
    assert "一百二十人" in answer.answer.split("。依据")[0], answer.answer


def test_a_meal_subsidy_by_the_day_is_the_rate_per_pupil(service):
    # the total of the programme (九千八百万元) and the pupils it feeds are not the daily rate
    answer = service.ask("青溪给农村中小学生吃饭的补助一天多少钱？")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("5元"), answer.answer


def test_work_done_is_the_section_of_work_not_of_figures(service):
    answer = service.ask("青溪市教师队伍建设做了哪些主要工作？")
    assert not answer.abstained, answer.answer
    assert "主要工作和成效" in answer.answer, answer.answer
    for item in ("多渠道补充教师", "深化交流轮岗", "加强教师培训"):
        assert item in answer.answer, answer.answer
    assert "5210人" not in answer.answer and "下一步" not in answer.answer, answer.answer
    # every item cited by a passage holding it (the section's list, quoted whole, is one passage)
    cited = [c.text for c in answer.citations]
    assert any(t.startswith("（一）多渠道补充教师") for t in cited), cited
    assert any("（三）加强教师培训" in t for t in cited), cited


def test_chinese_numerals_are_shown_with_their_arabic_value(service):
    answer = service.ask("青溪市2024年新增了多少学位？")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("六千二百个（6200个）"), answer.answer
    assert "“全市新增学位六千二百个" in answer.answer, answer.answer  # the quote as written


@pytest.mark.parametrize("text, expected", [
    ("新增學位八千四百個", "八千四百個（8400个）"),
    ("惠及学生六十二万人次", "六十二万人次（62万人次）"),
    ("资金两亿三千四百万元", "两亿三千四百万元（2.34亿元）"),  # money in the scale its magnitude reads in
    ("發放資金五千三百零四萬六千元", "五千三百零四萬六千元（5304.6万元）"),
    ("达到百分之九十五", "百分之九十五（95%）"),
    ("新增学位1.38万个", "1.38万个"),
    ("开展比对六次", "六次"),
])
def test_shown_adds_the_arabic_value_only_to_chinese_numerals(text, expected):
    assert shown(find_quantities(text)[0]) == expected
