"""Places in questions and questions across places or documents, on invented documents ingested end to end
(real ingest, real model, Service.ask): an invented district whose first character jieba counts over a
thousand times and whose second it glues to the suffix as a rare word (X + 星区) is the region of a document
titled with it, and its questions and follow-ups reach that document; a question opening with an invented
county whose first character is a classifier's is refused with the places that have documents; each place
asked its own thing (A公办X和B的X) answered from its own words; an amount written in Chinese numerals before
万元 compared in 万元; which documents mention a time within a year (YYYY年秋季) each quoting the sentence naming
it; and what each of a place's documents says of a town, with the table row the town's sentence ranks it by."""
from pathlib import Path

import pytest

from figures.numbers import find_quantities
from ingest.index import Index
from ingest.metadata import extract_meta
from ingest.pipeline import run_ingest
from server.answer.text import quantity_figure, written_value
from server.followup import resolve_followup
from server.mentions import mentioned, names_near
from server.regions import RegionCatalog
from server.service import Service

REPORT = """瓶星区教育局关于2026年上半年教育信息化工作情况的报告

一、总体情况

全区共有中小学38所，在校学生29600人。

区财政安排教育信息化专项经费45万元。

二、主要指标

| 项目 | 2024年 | 2025年 | 2026年底目标 |
| --- | --- | --- | --- |
| 创客教室（间） | 12 | 18 | 25 |
| 人工智能试点学校（所） | 3 | 7 | 10 |

三、下一步工作

到2027年秋季学期，全区创客教室覆盖全部初中学校。
"""

PLAN = """榴原县中小学校长队伍建设实施方案

榴原县教育局 2026年3月5日

一、实施范围

全县公办中小学55所，校长均由县教育局聘任。

二、经费保障

县财政安排校长队伍建设专项经费六十万元。
"""

FUND = """榴原县教育局关于分配2026年度校舍维修补助资金的通知

各乡镇中心学校：

现将补助资金分配如下。

| 乡镇 | 学校数（所） | 分配资金（万元） | 主要用途 |
| --- | --- | --- | --- |
| 杉口镇 | 5 | 310 | 屋面防水、围墙改造 |
| 柏湾乡 | 3 | 160 | 厕所改造 |

杉口镇学校数居全县首位，柏湾乡次之。

到2026年11月底，维修工程全部开工；到2027年秋季开学前，屋面防水工程全部完工并通过验收。
"""

TRAINING = """榴原县2026年乡村教师培训计划

一、培训安排

杉口镇中心学校承担全县学科研修活动，每学期举办2次教研开放日。

二、经费

县财政安排乡村教师培训经费45万元。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    corpus = tmp_path_factory.mktemp("places-asked-corpus")
    for name, text in (("pingxing-report.md", REPORT), ("liuyuan-plan.txt", PLAN), ("liuyuan-fund.md", FUND),
                       ("liuyuan-training.txt", TRAINING)):
        (corpus / name).write_text(text, encoding="utf-8")
    data = tmp_path_factory.mktemp("places-asked-data")
    summary = run_ingest([corpus], None, False, data_dir=data)
    assert not summary.failed, str(summary)
    return Service(Index.open(Path(data)), generator=None)


def test_a_title_opening_with_an_invented_district_glued_to_a_rare_word_names_it():
    assert extract_meta(REPORT, "report.md", {}).region == ["瓶星区"]
    # an everyday character before a word of a place's shape (老库区: an old reservoir area) names no district
    assert extract_meta("老库区学校搬迁工作方案\n\n全区学校搬迁。\n", "x.txt", {}).region == []


def test_questions_and_follow_ups_naming_the_district_reach_its_document(service):
    assert service.index.documents["pingxing-report"].meta.region == ["瓶星区"]
    answer = service.ask("瓶星区和榴原县中小学各多少所")
    assert not answer.abstained, answer.answer
    assert {f.value for f in answer.figures} >= {38, 55}, answer.answer
    history = [{"role": "user", "content": "瓶星区人工智能试点学校现在有几所"},
               {"role": "assistant", "content": "2025年有7所。"}]
    answer = service.ask("年底目标呢", history)
    assert not answer.abstained, answer.answer
    assert "10所" in answer.answer, answer.answer


def test_a_follow_up_asking_the_target_replaces_the_present_asked():
    history = [{"role": "user", "content": "某区人工智能试点学校现在有几所"}]
    merged = resolve_followup("年底目标呢", history, RegionCatalog({}))
    assert "现在" not in merged and "目标" in merged


def test_a_question_opening_with_a_county_without_documents_is_refused(service):
    answer = service.ask("箱川县2026年乡村教师培训经费多少？")
    assert answer.abstained and not answer.figures, answer.answer
    assert "榴原县" in answer.answer and "瓶星区" in answer.answer


def test_each_place_is_asked_its_own_words(service):
    # 公办 is asked of the county only: the district's count of all its schools answers for it
    answer = service.ask("榴原县公办中小学和瓶星区中小学各多少所")
    assert not answer.abstained, answer.answer
    assert {f.value for f in answer.figures} >= {55, 38}, answer.answer


def test_an_amount_in_chinese_numerals_keeps_the_unit_it_is_written_in():
    q = find_quantities("县财政安排专项经费六十万元。")[0]
    assert written_value(q) == 60
    figure = quantity_figure("县财政安排专项经费六十万元", q, 1)
    assert (figure.value, figure.unit) == (60, "万元")


def test_two_amounts_one_in_chinese_numerals_are_compared_in_one_unit(service):
    answer = service.ask("榴原县校长队伍建设专项经费和瓶星区教育信息化专项经费哪个多")
    assert not answer.abstained, answer.answer
    assert "600000" not in answer.answer and any(f.value == 15 for f in answer.figures), answer.answer


def test_a_time_within_a_year_is_the_thing_mentioned_and_named_only_as_written():
    assert mentioned("哪些文件说到2027年秋季的任务")[0] == "2027年秋季"  # type: ignore[index]
    assert mentioned("哪些文件提到2030年春季要落实的工作")[0] == "2030年春季"  # type: ignore[index]
    assert not names_near("2027年秋季", "到2026年秋季开学前完成")


def test_which_documents_mention_a_time_each_quote_the_sentence_naming_it(service):
    answer = service.ask("哪些文件说到2027年秋季的任务")
    assert not answer.abstained, answer.answer
    assert {c.doc_id for c in answer.citations} == {"pingxing-report", "liuyuan-fund"}, answer.answer
    assert all("2027年秋季" in c.text for c in answer.citations), answer.answer
    assert "2026年11月底" not in answer.answer


def test_what_each_document_says_of_a_town_gives_the_row_its_sentence_ranks_it_by(service):
    answer = service.ask("杉口镇在榴原县两份文件里各涉及什么")
    assert not answer.abstained, answer.answer
    assert {c.doc_id for c in answer.citations} == {"liuyuan-fund", "liuyuan-training"}, answer.answer
    assert "310" in answer.answer and "研修" in answer.answer
