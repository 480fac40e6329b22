"""A list asked of what a speaker said (`教育局长讲开学前重点抓哪几件事`): the speaker's post, written only in
the speech's head, speaks for every section, so the section whose heading names the rest of the
question lists its 一是…五是 items. Speeches written here; real ingest, Service.ask."""

import pytest

from server.service import Service
from tests.written import service_over

SPEECH = """在2025年春季学期开学工作部署会上的讲话
宁远县教育局局长 王立新
（2025年2月10日）
同志们：
今天开个会，把开学前后的事情说一说。
一、去年的工作回顾
去年全县投入教育经费2.8亿元，新建校舍3栋。
二、开学前后要抓的几项重点工作
下面我讲四个方面的重点工作。
一是校舍安全。2月20日前各校把校舍安全排查做完。
二是教材发放。春季教材要在开学前全部发到学生手中。
三是营养午餐。食堂要在开学第一天正常供餐。
四是控辍保学。开学两周内要完成学生到校情况核查。
三、改进作风
局机关干部要下沉到校，现场解决问题。
"""

REPORT = """在全县教育系统工作会议上的讲话
清河县人民政府副县长 李文
同志们：
一、过去一年的成绩
全县义务教育巩固率达到97.5%。
二、今年教育工作的几点要求
一是抓好师资建设，全年招聘教师60名。
二是抓好学位供给，新增学位900个。
三是抓好安全稳定，开展隐患排查。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "measure-speaker", {"ningyuan-speech-2025": SPEECH,
                                                              "qinghe-speech-2025": REPORT})


@pytest.mark.parametrize("question, items", [
    ("宁远教育局长讲开学前重点抓哪几件事", ["校舍安全", "教材发放", "营养午餐", "控辍保学"]),
    ("宁远县局长讲开学前后要抓好哪几项工作", ["校舍安全", "控辍保学"]),
    ("清河副县长对今年教育工作提了哪几点要求", ["师资建设", "学位供给", "安全稳定"]),
])
def test_the_items_of_the_section_the_speaker_names(service, question, items):
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert all(i in r.answer for i in items), r.answer
    assert "王立新" not in r.answer.split("：", 1)[0] and "李文" not in r.answer.split("：", 1)[0]
