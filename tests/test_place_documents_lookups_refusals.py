"""One place's documents, lookups and refusals, on invented documents (real ingest, real model, Service.ask):
the school both of a place's documents name; what each of a place's counted documents says of a town; each of
a place's counted documents asked its own (`这两份通报定的…目标分别是什么`); a place read one character wrong from
a scan, asked as written, even where the segmenter glues the name's tail to its suffix; a count asked of a noun
that begins with a counter's character (`多少家庭…`); a document named by its kind and title in the question
(`学前行动方案要新增…`); several items of a budget table asked by the act its columns share (`分别执行了多少`: the
amount column, not the rate); a count of pupils never answering teachers asked, nor a count of schools an area."""
from pathlib import Path

import pytest

from ingest.index import Index
from ingest.models import DocMeta, Document
from ingest.pipeline import run_ingest
from server.answer.evidence import title_named
from server.answer.peoplegroups import group_of, other_group
from server.intent import wanted_units
from server.mentions import mentioned
from server.query import analyse
from server.regions import RegionCatalog
from server.service import Service

FUNDS = """# 棹川县2025年度教育经费执行情况报告

## 一、总体情况

2025年全县一般公共预算教育支出执行32100万元。

## 二、分项执行情况

| 项目 | 年初预算（万元） | 实际执行（万元） | 执行率（%） | 备注 |
| --- | --- | --- | --- | --- |
| 人员经费 | 21000 | 20790 | 99.0 | 按月发放 |
| 公用经费 | 4200 | 3990 | 95.0 | 含教学点补足 |
| 学生资助 | 1300 | 1300 | 100.0 | 全额到位 |

校舍建设执行率最低，主要原因是栎湾镇初级中学宿舍楼项目跨年实施。

棹川县教育局

2026年3月1日
"""

NEEDY = """棹川县家庭经济困难学生认定办法

一、适用范围

本办法适用于本县中小学校就读的学生。2025年全县在校学生30200人，其中认定家庭经济困难学生3610人。

二、试点安排

栎湾镇初级中学作为线上认定试点学校，首批完成了数据比对。

棹川县教育局

2026年2月1日
"""

PRESCHOOL = """# 桴溪县学前教育发展提升行动方案（2026至2028年）

## 一、重点任务

1. 改扩建或新办公办园3所，新增学位720个，重点放在人口流入较多的镇区。

2. 补充幼儿园教师30名。

## 二、经费保障

县级财政每年列支学前教育发展资金600万元。

桴溪县教育局

2026年4月1日
"""

GROUPS = """# 楫源市基础教育集团化办学实施方案

## 一、各教育集团组建情况

| 集团名称 | 牵头学校 | 成员学校数（所） | 覆盖学生（人） |
| --- | --- | --- | --- |
| 市第一中学教育集团 | 市第一中学 | 5 | 6100 |
| 市实验小学教育集团 | 市实验小学 | 3 | 3900 |

## 二、劳动场所现状

| 学段 | 学校数 | 已建劳动园地 |
| --- | --- | --- |
| 小学 | 20 | 15 |
| 初中 | 8 | 6 |

楫源市教育局

2026年4月16日
"""

SAFETY = """# 榧塘县教育局关于2026年春季校园安全隐患排查整改结果的通报

## 一、总体情况

全县共排查隐患86处，已整改71处。部分学校情况见下表。

| 学校 | 排查隐患（处） | 已整改（处） | 主要隐患 |
| --- | --- | --- | --- |
| 榆桥镇中心学校 | 9 | 7 | 消防通道堵塞 |
| 城关第二小学 | 6 | 6 | 灯具老化 |

## 二、整治目标

到2026年底，全县学校紧急报警装置联网率达到100%。

榧塘县教育局

2026年5月6日
"""

INSPECTION = """# 榧塘县民办学校2025年度年检情况通报

## 一、检查结果

全县8所民办学校（幼儿园）参加年检，合格6所，基本合格2所。

| 学校名称 | 在校生（人） | 年检结论 |
| --- | --- | --- |
| 榆桥镇启航幼儿园 | 260 | 合格 |
| 育英实验学校 | 880 | 基本合格 |

## 二、整改目标

2026年12月底前，全县民办学校专任教师持证率提升至100%。

榧塘县教育局

2026年2月20日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    corpus = tmp_path_factory.mktemp("place-lookups-corpus")
    for name, text in (("zhaochuan-funds.md", FUNDS), ("zhaochuan-needy.txt", NEEDY),
                       ("fuxi-preschool.md", PRESCHOOL), ("jiyuan-groups.md", GROUPS),
                       ("feitang-safety.md", SAFETY), ("feitang-inspection.md", INSPECTION)):
        (corpus / name).write_text(text, encoding="utf-8")
    data = tmp_path_factory.mktemp("place-lookups-data")
    summary = run_ingest([corpus], None, False, data_dir=data)
    assert not summary.failed, str(summary)
    return Service(Index.open(Path(data)), generator=None)


def test_the_school_both_documents_of_a_place_name(service):
    answer = service.ask("棹川县两份文件都提到了哪所学校")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("栎湾镇初级中学：")
    assert {c.doc_id for c in answer.citations} == {"zhaochuan-funds", "zhaochuan-needy"}
    assert "宿舍楼" in answer.answer and "试点" in answer.answer


def test_what_each_counted_document_of_a_place_says_of_a_town(service):
    assert mentioned("榧塘县两个通报里榆桥镇的学校情况怎么样")[0] == "榆桥镇"  # type: ignore[index]
    answer = service.ask("榧塘县两个通报里榆桥镇的学校情况怎么样")
    assert not answer.abstained, answer.answer
    assert {c.doc_id for c in answer.citations} == {"feitang-safety", "feitang-inspection"}
    assert "消防通道堵塞" in answer.answer and "260" in answer.answer


def test_each_counted_document_of_a_place_answers_for_itself(service):
    answer = service.ask("榧塘县这两份通报定的2026年目标分别是什么")
    assert not answer.abstained, answer.answer
    assert {c.doc_id for c in answer.citations} == {"feitang-safety", "feitang-inspection"}
    assert "联网率" in answer.answer and "持证率" in answer.answer
    # each line names its document: the place alone tells the two apart no more
    assert "《榧塘县民办学校2025年度年检情况通报》" in answer.answer


def _scan(region: str) -> Document:
    return Document("scan", f"{region}中小学劳动教育实施方案。",
                    DocMeta(title=f"{region}中小学劳动教育实施方案", region=[region], region_ids=[""], ocr=True))


def test_a_place_misread_from_a_scan_is_found_as_the_question_writes_it():
    # the question's 峰县 is a word of the segmenter's: the name is found by its characters
    catalog = RegionCatalog.from_documents({"scan": _scan("酡峰县")})
    known, unknown, rest = catalog.find("醅峰县劳动教育专项经费是多少")
    assert known == ["酡峰县"] and unknown == [] and "峰县" not in rest
    # an everyday character before the tail is a word of speech, not a name read wrong
    assert catalog.find("全峰县劳动教育专项经费是多少")[0] == []


def test_a_counter_character_beginning_the_noun_asked_is_no_counter():
    assert "家" not in wanted_units("认定了多少家庭经济困难学生")
    assert "家" in wanted_units("有几家培训机构")
    assert wanted_units("新建多少所学校") == ("所",)


def test_a_count_of_a_noun_beginning_with_a_counter_is_answered(service):
    answer = service.ask("棹川县2025年认定了多少家庭经济困难学生？")
    assert not answer.abstained, answer.answer
    assert "3610人" in answer.answer


def test_words_naming_the_document_by_its_kind_and_title():
    query = analyse("学前行动方案要新增多少个学位", RegionCatalog({}))
    assert set(title_named(query, "某县学前教育发展提升行动方案")) == {"学前", "行动", "方案"}
    assert title_named(query, "某县教育局关于学位建设的通知") == []


def test_a_document_named_by_its_kind_answers_its_figure(service):
    answer = service.ask("桴溪县学前行动方案要新增多少个学位")
    assert not answer.abstained, answer.answer
    assert "720" in answer.answer


def test_items_asked_by_the_act_their_columns_share_answer_the_amounts(service):
    answer = service.ask("棹川县公用经费执行了多少")
    assert not answer.abstained, answer.answer
    assert "3990万元" in answer.answer.split("。")[0]
    answer = service.ask("棹川县人员经费、公用经费、学生资助分别执行了多少")
    assert not answer.abstained, answer.answer
    head = answer.answer.split("依据")[0]
    assert all(v in head for v in ("20790万元", "3990万元", "1300万元")), head
    assert "%" not in head


def test_people_groups_by_their_head_word():
    assert group_of("覆盖学生") == "pupils" and group_of("2025年在读人数") == "pupils"
    assert group_of("幼儿教师") == "staff" and group_of("专任教师数") == "staff"
    assert other_group("教师", "覆盖学生", "市第一中学教育集团") == "覆盖学生"
    assert other_group("专任教师", "人数", "在读学生") == "在读学生"  # the row names them when the column does not
    assert other_group("教师", "专任教师数", "小学") == ""
    assert other_group("经费", "覆盖学生", "") == ""  # no people asked


def test_a_count_of_pupils_never_answers_teachers_asked(service):
    answer = service.ask("楫源市第一中学教育集团有多少名教师")
    assert answer.abstained, answer.answer
    assert "覆盖学生" in answer.answer  # the closest indicator stated is named
    assert not answer.figures
    answer = service.ask("楫源市第一中学教育集团覆盖多少学生")
    assert not answer.abstained and "6100" in answer.answer, answer.answer


def test_a_count_of_schools_never_answers_an_area(service):
    answer = service.ask("楫源市小学劳动园地总面积有多少亩")
    assert answer.abstained, answer.answer
    assert not answer.figures
