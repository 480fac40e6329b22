"""A measure question whose topic the document states as a problem or an aim (`存在问题`, `工作目标`) and acts on
in a section headed as measures, on documents written here (real ingest, real model, Service.ask): the answer
quotes the measures section — the items carrying the topic, or its whole list when the document is about the
topic — never the problem's or the aim's own sentence; a list of measures asked is no table's rows."""
import pytest

from server.service import Service
from tests.written import service_over

# a supervision report: problems numbered 一是/二是 in one paragraph, remedies （一）/（二） in another
REPORT = """枫垣县义务教育课后服务专项督导报告
2025年10月，县政府督学办公室对全县32所学校开展课后服务专项督导。
一、基本情况。课后服务覆盖学生2.1万人，参与教师1860人。
二、存在问题。一是一些学校的课后服务项目较少，多为看管作业；二是校医配备不足，32所学校中只有19所配齐校医，缺校医约13人；三是经费保障不稳定，教师补助发放不及时。
三、整改意见。（一）各校每学期开设不少于10门兴趣课程；（二）通过公开招聘补充校医，2026年春季学期前实现每校1名校医；（三）将课后服务经费纳入年度预算，按季度发放教师补助。
枫垣县政府督学办公室
2025年11月20日
"""

# a notice: a table of each school's shortfall, then numbered measures set apart, then the aims
NOTICE = """榄川县教育局关于做好2026年幼儿园学位供给和布局调整的通知
各乡镇中心校、县直幼儿园：
2026年秋季全县小班预计入园2600人，现有小班学位2450个，部分幼儿园学位紧张。具体安排如下。
一、学位供需情况。各园小班学位供需如下表。
| 幼儿园 | 现有学位 | 预计入园 | 缺口 |
| --- | --- | --- | --- |
| 榄川县第一幼儿园 | 600 | 690 | 90 |
| 榄川县第二幼儿园 | 450 | 510 | 60 |
| 苇塘镇中心幼儿园 | 300 | 280 | 0 |
二、布局调整措施。
（一）新建榄川县第四幼儿园，规划12个班、360个学位，2027年8月投入使用。
（二）2026年秋季第一幼儿园临时增设3个小班，增加学位75个。
（三）撤并在园幼儿不足15人的村级教学点2个，幼儿并入苇塘镇中心幼儿园。
（四）严格按片区招生，各园一律不跨片区收生。
三、工作目标。2027年底前，县城幼儿园学位不足问题全面解决，并使公办园在园幼儿占比达到60%。
榄川县教育局
2026年2月10日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "measure-remedies",
                        {"fengyuan-afterschool-supervision-2025": REPORT, "lanchuan-places-notice-2026": NOTICE})


def test_how_to_fix_a_stated_problem_quotes_its_remedy_not_the_problem(service: Service) -> None:
    response = service.ask("枫垣县校医不够怎么解决？")
    assert not response.abstained, response.answer
    assert "公开招聘补充校医" in response.answer
    assert "缺校医约13人" not in response.answer  # the problem's own sentence is no measure
    assert "兴趣课程" not in response.answer  # a remedy of another problem


def test_measures_against_the_documents_topic_are_the_whole_list(service: Service) -> None:
    response = service.ask("榄川县为解决幼儿园学位缺口都有哪些措施？")
    assert not response.abstained, response.answer
    for item in ("新建榄川县第四幼儿园", "临时增设3个小班", "撤并在园幼儿不足15人", "严格按片区招生"):
        assert item in response.answer
    assert "全面解决" not in response.answer  # the aim is no measure
    assert "共2所" not in response.answer and "缺口：90" not in response.answer  # nor the table's rows
