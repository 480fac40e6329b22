"""Confident wrong figures and false abstentions of the verification step, by class, on documents
written here (real ingest, Service.ask):
- a degree surveyed (社会认可度, 满意度, 知晓度) is asked in %: a count of its sentence (`四个方面`) never
  answers it, and a degree stated (社会认可度为95.2%) never answers another rate (问卷回收有效率);
- an amount or a count a sentence dates by a span (`2021—2023年累计投入…`) is the span's total, not one
  year's; the figure's own clause dates it (`…，其中2023年投入7.6亿元`), and a rate over a span holds each year;
- a rest asked (`不住校的学生`, `除寄宿生以外`, `不是女教师的`) is never answered by the whole its sentence
  breaks down (`现有学生240名，其中寄宿生150名`);
- a 文号 under a web page's menu lines is the document's, read from its head and cited."""

import pytest

from ingest.metadata import extract_meta
from server.intent import wanted_units
from server.service import Service
from tests.written import service_over

SURVEY = """梅林县义务教育优质均衡发展自评报告
梅林县人民政府
2025年10月9日
一、总体情况
自查从资源配置、政府保障、教育质量、社会认可度四个方面逐项进行，列出整改问题三类。
二、社会认可度
县里请第三方机构开展问卷调查，共发放问卷2000份，有效问卷1950份，社会认可度为95.2%。
家长对学校课后服务的满意度为96.4%。
"""

REVIEW = """桃溪县“十四五”教育事业发展规划中期评估报告
桃溪县教育局
2024年5月
一、总体进展
2021—2023年三年间教育经费总投入21.5亿元，其中2023年投入7.6亿元。
2021—2023年，全县新建学校6所，改扩建校舍3.2万平方米。
2021—2023年，小学适龄儿童入学率均保持在100%。
"""

NEWS = """青峰镇推进寄宿制学校建设
本报讯 青峰镇这几年把寄宿制学校作为民生实事来办。
据青峰镇中心学校负责人讲，学校共有学生240名，其中寄宿生150名，宿舍楼已全部翻新。
全镇现有教师80名，其中女教师52名。
"""

NOTICE = """欢迎访问柳河县人民政府网站
首页
政务公开
政务服务
互动交流
走进柳河
无障碍浏览
柳河县教育局关于落实秋季学期家庭经济困难学生资助政策的通知
发布日期：2025-08-01 信息来源：柳河县教育局
柳教字〔2025〕18号
各中小学校：
为把秋季学期资助政策落到实处，现将有关事项通知如下。
一、资助对象
家庭经济困难学生按规定享受生活补助，小学每生每年1000元。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "kinds-spans-rests",
                        {"survey": SURVEY, "review": REVIEW, "news": NEWS, "notice": NOTICE})


@pytest.mark.parametrize("question", ["梅林县社会认可度是多少", "梅林县自评的社会认可度有多少",
                                      "梅林家长满意度是多少", "梅林县家长知晓度是多少"])
def test_degree_asks_share(question: str) -> None:
    assert wanted_units(question) == ("%", "百分点")


@pytest.mark.parametrize("question", ["2024年度经费是多少", "补助额度是多少", "季度考核多少次"])
def test_other_nouns_in_degree_ask_no_share(question: str) -> None:
    assert "%" not in wanted_units(question)


@pytest.mark.parametrize("question,value", [("梅林县问卷调查测出的社会认可度是多少", 95.2),
                                            ("梅林县社会认可度达到多少", 95.2),
                                            ("梅林县家长对课后服务的满意度是多少", 96.4)])
def test_degree_answered_by_its_share_not_a_count(service: Service, question: str, value: float) -> None:
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert r.figures[0].value == pytest.approx(value) and r.figures[0].unit == "%"


@pytest.mark.parametrize("question", ["梅林县调查问卷的回收有效率为多少", "梅林县这次问卷调查回收有效率是多少"])
def test_degree_is_not_another_rate(service: Service, question: str) -> None:
    r = service.ask(question)
    assert not any(f.value == pytest.approx(95.2) for f in r.figures), r.answer
    assert not r.answer.startswith("95.2")


def test_rate_of_valid_returns_in_either_word_order(service: Service) -> None:
    # 回收有效率 as 有效回收率 (figures/lexicon/defined_rates.tsv): 有效 ÷ 发放, from the counts stated
    r = service.ask("梅林县调查问卷的回收有效率为多少")
    assert not r.abstained, r.answer
    assert r.figures[0].value == pytest.approx(97.5, abs=0.05)


@pytest.mark.parametrize("question,wrong", [("桃溪县2021年在教育经费上投入了多少", 21.5),
                                            ("桃溪县2022年投入教育经费多少", 21.5),
                                            ("桃溪县2022年新建学校多少所", 6),
                                            ("桃溪县2021年改扩建校舍多少平方米", 3.2)])
def test_span_total_is_not_one_year(service: Service, question: str, wrong: float) -> None:
    # no figure of that one year is stated: the answer says so
    r = service.ask(question)
    assert not any(f.value == pytest.approx(wrong) for f in r.figures), r.answer
    assert r.abstained, r.answer


@pytest.mark.parametrize("question,value", [("桃溪县2023年教育经费投入多少", 7.6),
                                            ("桃溪县2021—2023年累计投入教育经费多少", 21.5),
                                            ("桃溪县2023年小学适龄儿童入学率是多少", 100)])
def test_span_clause_and_rate_still_answer(service: Service, question: str, value: float) -> None:
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert r.figures[0].value == pytest.approx(value)


@pytest.mark.parametrize("question,rest", [("青峰镇中心学校里不住校的学生一共几个？", 90),
                                          ("青峰镇中心学校除寄宿生以外的学生有多少", 90),
                                          ("青峰镇不是女教师的教师有多少名", 28),
                                          ("青峰镇中心学校没有住校的学生多少人", 90)])
def test_rest_is_not_the_whole(service: Service, question: str, rest: float) -> None:
    # the whole less the part (240 − 150, 80 − 52), or no figure at all
    r = service.ask(question)
    assert not any(f.value in (240, 80) for f in r.figures), r.answer
    assert r.abstained or r.figures[0].value == rest, r.answer


@pytest.mark.parametrize("question,value", [("青峰镇中心学校现有学生多少名", 240),
                                            ("青峰镇中心学校寄宿生有多少", 150)])
def test_whole_and_part_still_answer(service: Service, question: str, value: float) -> None:
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert r.figures[0].value == value


def test_number_under_page_menu_is_read() -> None:
    assert extract_meta(NOTICE, "notice.html").number == "柳教字〔2025〕18号"


def test_number_inside_prose_is_not_the_documents() -> None:
    text = NOTICE.replace("柳教字〔2025〕18号\n", "").replace("现将有关事项通知如下。",
                                                             "根据市教育局《关于资助工作的通知》（市教字〔2024〕9号），现通知如下。")
    assert extract_meta(text, "notice.html").number == ""


@pytest.mark.parametrize("question", ["柳河县关于资助的那份通知文号多少", "柳河学生资助通知的发文字号是什么"])
def test_number_asked_is_answered_from_the_head(service: Service, question: str) -> None:
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert "柳教字〔2025〕18号" in r.answer and r.citations
