"""Things and acts a question names in everyday words that documents write otherwise (real ingest, real model,
Service.ask over documents written here): a 技校 among the 中等职业学校 a graduate goes on to, a tank that holds
water (储水箱) and its cleaning (清洗) asked how often (the sentence stating a frequency, not one counting the
schools found lax: server/answer/frequency.py frequency_sentence), practising together (联合演练), desks and
stools (课桌椅) and what is done with them (处置), a family better off (经济状况好转), the members due at a meeting
(应到), one school each (每校) and a pupil's work done by a parent (代劳) — server/lexicon/plain_words.tsv,
synonyms.tsv."""
import pytest

from server.service import Service
from tests.written import service_over

GRADUATES = """栎沅县2026届初三学生去向简报
一、总体情况
本届初中毕业3120名。毕业生中，上普通高中1710名，升入了中等职业学校的有1050名（占33.7%），360名选择复读或就业。
"""

WATER = """栎沅县校园供水卫生管理要求
一、日常管理
本学期抽查中有3所学校的水箱没有按时清洗，已责令整改。
（一）开水房由专人值守，每日登记。
（二）储水箱按季度清洗，每季度一次，记录存档备查。
"""

DRILLS = """栎沅县春季校园应急演练小结
一、开展情况
春季共组织校内演练96场，各校每个学期练习不少于两回。
二、后续安排
秋季学期县里安排全县联合演练一场，初定11月中旬举行。
"""

FURNITURE = """檀汐区2026年教室家具更换方案
一、更换范围
全区更换课桌椅6200套，均为可调节高度款式。
二、有关要求
（一）供货企业须在10月底前完成安装。
（二）新购桌椅应提供质检合格证明。
（三）替换掉的旧课桌椅由供货企业收回后，统一移交区国资部门处置。
"""

WAIVER = """檀汐区学生午餐补助发放说明
一、补助对象
建档立卡家庭及低保家庭学生，每生每天补助4元。
二、动态管理
学生家庭经济状况好转后，经区资助中心核实，停发补助。
"""

CONGRESS = """檀汐区中小学教代会第二次会议决议
每学年各校至少召开一次教代会，公示校务事项七个工作日以上。
这次会议应到代表九十四名，实际到会八十八名。会上通过了区教育工会的报告。
"""

FAIR = """檀汐区少儿创客作品展评情况通报
一、展评概况
全区各校每校推荐不超过8件作品参加区级展评，共收到作品215件，每名学生限报1件。
一是聘请15名专家组成评审组，评审过程全程录像。二是开放网上投票，共收到投票2.3万张。
二、存在问题
部分作品存在家长代劳的情况，组委会取消了3件作品的评奖资格。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "paraphrased-things",
                        {"liyuan-graduates-2026": GRADUATES, "liyuan-water-2026": WATER,
                         "liyuan-drills-2026": DRILLS, "tanxi-furniture-2026": FURNITURE,
                         "tanxi-lunch-2026": WAIVER, "tanxi-congress-2026": CONGRESS, "tanxi-fair-2026": FAIR})


def test_a_technical_school_is_a_secondary_vocational_school(service: Service) -> None:
    response = service.ask("栎沅县初中毕业去读技校的有多少人")
    assert not response.abstained, response.answer
    assert "1050" in response.answer


def test_a_tank_that_holds_water_is_cleaned_as_the_water_rules_say(service: Service) -> None:
    response = service.ask("栎沅县学校里存水的桶隔多久刷一回")
    assert not response.abstained, response.answer
    assert "每季度" in response.answer


def test_practising_together_is_a_joint_drill(service: Service) -> None:
    response = service.ask("栎沅县秋季学期全县还会一起练吗")
    assert not response.abstained, response.answer
    assert "11月中旬" in response.answer


def test_what_is_done_with_old_desks_and_stools(service: Service) -> None:
    response = service.ask("檀汐区淘汰的旧桌子凳子怎么处理")
    assert not response.abstained, response.answer
    assert "收回" in response.answer and "国资部门" in response.answer


def test_a_family_better_off_is_one_whose_means_improved(service: Service) -> None:
    response = service.ask("檀汐区学生家的日子好过了，午餐补助还发吗")
    assert not response.abstained, response.answer
    assert "停发" in response.answer


def test_the_members_due_at_a_meeting_are_those_it_should_have(service: Service) -> None:
    response = service.ask("檀汐区教代会开会，代表应该到多少名")
    assert not response.abstained, response.answer
    assert "九十四" in response.answer or "94" in response.answer


def test_one_school_each_is_a_rule_per_school(service: Service) -> None:
    response = service.ask("檀汐区展评每个学校能推荐几件作品")
    assert not response.abstained, response.answer
    assert "8件" in response.answer


def test_work_a_parent_did_for_the_pupil_and_what_was_done_about_it(service: Service) -> None:
    response = service.ask("檀汐区爸妈帮孩子做的作品后来怎么处理的")
    assert not response.abstained, response.answer
    assert "取消" in response.answer
