"""Asks in everyday words of what documents write otherwise (leftover food → 厨余垃圾, practice by hand → 实操,
text the same as another's → 复制比, a performance on stage and how long it plays → 节目, 时长), a sentence an OCR'd
line cut after a joining word (`…持A和` over `B报名`) quoted from its first line, a target whose figure is written in
Chinese numerals given in digits too (四十五册 → 45册, 五人 → 5人), and a count of what there is (`一共有几个`)
never answered by a rule's bound on some of them (real ingest, Service.ask; documents written here) —
server/lexicon/plain_words.tsv, synonyms.tsv, server/answer/text.py run_on, arabic_form, digits_said,
server/answer/lookup.py, server/answer/askedkind.py."""
import pytest

from figures.numbers import find_quantities
from server.answer.text import run_on, shown
from server.query import plain
from server.service import Service
from tests.written import service_over

REPORT = """柘溪区2026年校园节能与食育工作总结
一、食育
各校推行光盘行动，学校食堂厨余垃圾每日平均产生约2.4吨，较上年下降一成。
二、安全培训
区应急局派讲师二十人次进校演示灭火毯用法；该区教职工一千六百五十人完成实操培训。
三、艺术展演
各校推荐的节目每个时长不超过7分钟，不得使用伴唱带。
四、论文评审
参评论文每篇正文不少于3000字。
参评论文查重后复制比须低于15%。
五、后勤
全区现有学校食堂34个，就餐师生约2.1万人，各校均实行明厨亮灶，每月互查一轮，结果张榜。
六、阅读
到2028年，全区中小学生均图书达到四十五册以上。
每所学校的阅读推广小组成员不少于五人。
七、下一步
到2028年，评为示范的学校食堂不少于12个。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "paraphrases-targets-bounds",
                        {"zhexi-campus-summary-2026": REPORT})


def test_leftover_food_is_kitchen_waste(service: Service) -> None:
    response = service.ask("柘溪区各校每天吃剩的饭菜有多少")
    assert not response.abstained and "2.4吨" in response.answer, response.answer


def test_practice_by_hand_is_shicao() -> None:
    assert "实操" in plain("教职工里上手练的有多少") and "实操" in plain("多少老师动手练过")


def test_text_the_same_as_anothers_is_the_copy_ratio(service: Service) -> None:
    response = service.ask("柘溪区论文和他人重复的最高能到多少")
    assert not response.abstained and "15%" in response.answer, response.answer


def test_how_long_a_stage_act_may_play_is_its_length(service: Service) -> None:
    response = service.ask("柘溪区学生上台表演能演多久")
    assert not response.abstained and "7分钟" in response.answer, response.answer


def test_a_sentence_cut_after_a_joining_word_is_read_from_its_first_line() -> None:
    # an OCR'd notice keeps its short lines: the line ending on 和 and the one finishing it are one sentence,
    # found from either line
    text = "一、时间为8月。\n二、外省转入的由监护人持转学联系单和\n学籍证明到校报名，学校统一安排编班。\n三、电话。"
    whole = (text.index("二、"), text.index("编班。") + 3)
    assert run_on(text, (text.index("学籍"), whole[1]), len(text)) == whole
    assert run_on(text, (whole[0], text.index("单和") + 2), len(text)) == whole
    assert run_on(text, (0, text.index("二、")), len(text)) == (0, text.index("二、"))  # a closed sentence alone


def test_a_targets_chinese_numerals_are_given_in_digits(service: Service) -> None:
    response = service.ask("柘溪区2028年生均图书目标")
    assert not response.abstained and "45册" in response.answer, response.answer
    assert shown(find_quantities("不少于五人")[0], small=True).endswith("（5人）")
    assert shown(find_quantities("开展比对六次")[0]) == "六次"  # a small number elsewhere as written


def test_a_count_of_what_there_is_is_no_rules_bound(service: Service) -> None:
    response = service.ask("柘溪区食堂总共有多少个")
    assert not response.abstained and response.answer.startswith("34个"), response.answer


DRILL = """桐埠县本年度校内应急演练小结
县红十字会派讲师十五人次到校示范急救包的取用要领，全县教师有九百二十人参加了实操演练。
县消防大队派员进校展示灭火毯的用法，全县教师有四百人到场观看。
"""


@pytest.fixture(scope="module")
def drill(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "act-object-before", {"tongbu-drill-2026": DRILL})


def test_people_who_did_the_act_on_a_thing_an_earlier_clause_names(drill: Service) -> None:
    response = drill.ask("桐埠县有几名教师动手练过急救包")
    assert not response.abstained and "920人" in response.answer, response.answer


def test_a_count_whose_clause_names_no_act_asked_is_not_who_did_it(drill: Service) -> None:
    response = drill.ask("桐埠县有几名教师动手练过灭火毯")
    assert "400" not in response.answer, response.answer
