"""Paraphrases over documents written here (real ingest, real model, Service.ask): a limit asked by its bound
(`最低可以开到多少度` → the floor a rule sets, 最高 → its ceiling, never the other); the 时 ('when') of `打分时` no
part of the word after it; a ratio stated in words (四比一) answering how crowded an enrolment is (报名有多挤);
the work done (做了什么工作) listed from the section of what was done, never from the section planning the next
year's work (下一步工作)."""
import pytest

from server.query import key_terms
from server.service import Service
from tests.written import service_over

ENERGY = """泰和县2025年学校节能工作情况通报
泰和县教育局 2026年1月12日
一、主要做法
（一）推进照明改造。全年完成教室灯具更换820间。
（二）严格用能管理。空调使用执行夏季室内温度不低于27℃、冬季不高于19℃的规定，放学后关闭饮水机。
二、存在问题
部分学校老旧空调仍未淘汰，个别学校夜间照明未关闭。
三、下一步工作
2026年全县学校用电量力争再下降4%，年底前为全部寄宿制学校加装智能电表。
"""
AWARDS = """泰和县2026年优秀班主任评选办法
泰和县教育局 2026年3月2日
一、评选名额。全县评选40名，由各校推荐。
二、评分办法。评审按班风建设占40%、育德成效占35%、家校共育占25%计分，总分100分。
三、奖励。每人奖励2000元。
"""
ADULT = """泰和县社区教育年度小结
泰和县教育局 2026年1月20日
一、总体概况。县社区大学开设课程二十八门，在册学员三千四百人。
二、存在问题。社区大学座位偏少，热门课程报名人数和计划招收数之比大约是四比一。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "paraphrased-limits", {
        "taihe-energy-2025": ENERGY, "taihe-awards-2026": AWARDS, "taihe-adult-education-2025": ADULT})


def test_a_floor_asked_in_everyday_words(service):
    response = service.ask("泰和县各校夏天开空调最低可以开到多少度")
    assert not response.abstained and "27" in response.answer and "19" not in response.answer.split("依据")[0]


def test_a_ceiling_is_never_answered_by_the_floor(service):
    response = service.ask("泰和县学校冬天空调最高能调到多少度")
    assert not response.abstained and "19" in response.answer.split("依据")[0]


def test_when_is_cut_from_the_word_after_it():
    assert "班风" in key_terms("评优秀班主任打分时班风占几成")
    assert not any(t.startswith("时") for t in key_terms("评优秀班主任打分时育德占几成"))


def test_a_ratio_in_words_answers_how_crowded(service):
    response = service.ask("泰和县社区大学热门课程报名有多挤")
    assert not response.abstained and response.answer.startswith("四比一")


def test_the_work_done_is_not_the_work_planned(service):
    response = service.ask("泰和县各校在节能上都做了什么工作")
    assert not response.abstained and "灯具更换" in response.answer and "智能电表" not in response.answer
