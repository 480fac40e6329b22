"""Several asks about one thing a table row names, and a list asked by its count word, on a work plan's
工作要点 written here: a later ask naming no thing of its own (`加几个学位`, `有多少床位`) is answered
from the row of the thing the first ask named (its cell of words `新增6个班，学位180个`), never from
another passage's total of the same noun (`新增普惠性学前教育学位500个`); `要干哪几件事`/`抓哪几块` ask the
items a section lists."""
import pytest

from server.service import Service
from tests.written import service_over

POINTS = """常山县教育局2025年工作要点
常教〔2025〕3号
现将2025年工作要点印发如下，请各单位结合实际抓好落实。
一、推进学前教育普及普惠
1. 新增普惠性学前教育学位500个，完成球川镇中心幼儿园改扩建，学前三年毛入园率保持在98%以上。（牵头单位：学前教育科）
2. 开展幼儿园保育教育质量评估，二级及以上幼儿园占比达到80%。（牵头单位：学前教育科）
二、推动义务教育优质均衡
3. 迎接县域义务教育优质均衡发展省级督导评估，9月底前完成全部整改。（牵头单位：教育督导室）
4. 全县组建城乡教共体12个，实现乡村学校全覆盖。（牵头单位：基础教育科）
5. 课后服务学生参与率保持在96%以上。（牵头单位：基础教育科）
三、实施教育重点项目
6. 全年安排教育重点项目4个，总投资15800万元，具体见下表。（牵头单位：计划财务科）

| 序号 | 项目 | 建设内容 | 投资（万元） | 完成时限 |
| --- | --- | --- | --- | --- |
| 1 | 天马中心小学迁建工程 | 新建教学楼、综合楼及运动场，建筑面积16400平方米，30个班 | 8600 | 2026年8月 |
| 2 | 常山第二初级中学学生宿舍楼 | 新建学生宿舍楼1幢，建筑面积6100平方米，床位720个 | 2900 | 2025年8月 |
| 3 | 球川镇中心幼儿园改扩建工程 | 新增6个班，学位180个 | 1500 | 2025年9月 |
| 4 | 中小学教室照明改造 | 改造教室420间 | 2800 | 2025年12月 |

四、建设高素质教师队伍
7. 招聘新教师70名，其中音体美教师不少于15名。（牵头单位：人事科）
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "asks-of-one-thing", {"changshan-work-points-2025": POINTS})


@pytest.mark.parametrize("question, value, wrong", [
    ("常山球川镇幼儿园改扩建投多少、加几个学位", 180, 500),
    ("常山县球川镇中心幼儿园改扩建工程投资多少万元，新增多少个学位", 180, 500),
    ("常山第二初级中学宿舍楼投资多少，有多少床位", 720, None),
    # (the row's cell of words states the area asked: no one value a column shares a character with the ask)
    ("常山天马中心小学迁建工程投资多少，建筑面积多大", 16400, None),
])
def test_a_later_ask_is_about_the_row_of_the_thing_named(service, question, value, wrong):
    r = service.ask(question)
    assert not r.abstained, r.answer
    values = [f.value for f in r.figures]
    assert value in values, r.answer
    assert wrong not in values, r.answer


@pytest.mark.parametrize("question", ["常山今年义务教育这块要干哪几件事", "常山今年义务教育要抓哪几块"])
def test_a_list_asked_by_its_count_word(service, question):
    r = service.ask(question)
    assert not r.abstained, r.answer
    for item in ("省级督导评估", "城乡教共体12个", "参与率保持在96%以上"):
        assert item in r.answer, r.answer
