"""One parser for a part taken out of a whole (server/answer/exclusion.py): 除X以外/之外/外, 除了X，其他Y, 除去X,
X以外的Y, 不含X, 非X, with the whole stated before (X中除…) or after (…以外的Y); the words that merely hold
除 (除夕, 除尘, 排除, 除此之外) or 以外 without 除 and 的 take nothing out. The three users
(remainder, table rows left out, the exclusion a figure must carry) all read it."""
import pytest

from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.answer.exclusion import exclusions
from server.answer.qualifiers import exclusion_conflict
from server.answer.remainder import asked_remainder
from server.answer.tables import _left_out


def _one(text: str) -> tuple[str, str, str, bool]:
    found = exclusions(text)
    assert len(found) == 1, found
    e = found[0]
    return e.kind, e.part, e.whole, e.asked


@pytest.mark.parametrize(("text", "expected"), [
    ("除民办园以外的幼儿园有多少所", ("except", "民办园", "幼儿园", True)),
    ("除特岗教师之外的乡村教师共有多少名", ("except", "特岗教师", "乡村教师", True)),
    ("除城区学校外，还有多少所学校完成改造", ("except", "城区学校", "", True)),
    ("除了寄宿制学校，其他学校的食堂是几个", ("except", "寄宿制学校", "学校的食堂", True)),  # 除了X，其他Y
    ("除去公办园，剩余幼儿园有多少所", ("except", "公办园", "幼儿园", True)),
    ("除了公办园，还有多少所民办园", ()),  # 除了X，还… adds: no rest word, nothing taken out
    ("除公办园，其他幼儿园有多少所", ()),  # a bare 除 without closer is too rare to read
    ("学校中除完全中学以外的有多少所", ("except", "完全中学", "学校", True)),
    ("除了寄宿制学校以外，其余学校有多少所", ("except", "寄宿制学校", "学校", True)),
    ("除去专项债券之外的投入有多少万元", ("except", "专项债券", "投入", True)),
    ("高中教师以外的专任教师有多少人", ("except", "高中教师", "专任教师", True)),
    ("初中学校中，除九年一贯制学校以外的有多少所", ("except", "九年一贯制学校", "初中学校", True)),
    ("各乡镇里除中心校之外的其他学校有几所", ("except", "中心校", "学校", True)),  # the noun after: fuller
    ("不含基本建设支出的教育经费", ("without", "基本建设支出", "", False)),
    ("不包括民办学校在内", ("without", "民办学校", "", False)),
    ("非在编教师有多少人", ("not", "在编教师", "", True)),
    ("乡村教师中非本地生源有多少", ("not", "本地生源", "乡村教师", True)),
])
def test_an_exclusion_written_in_any_of_its_forms(text, expected):
    if expected:
        assert _one(text) == expected
    else:
        assert exclusions(text) == []


@pytest.mark.parametrize("text", [
    "除夕当天学校放假几天",
    "学校除尘设备外还购置了什么",
    "排除安全隐患以外还做了哪些工作",
    "扣除物价因素外增长多少",
    "除此之外，还新建了多少所学校",
    "计划以外，另新增学位多少个",  # 以外 without 除 and without 的 Y
    "校园以外，学生参加了多少次活动",
    "此外新增多少个学位",
    "非常重视多少年",  # 非常 is no negation
    "是非曲直有几种",  # 非 inside a word
])
def test_words_holding_the_connectives_take_nothing_out(text):
    assert exclusions(text) == []


def test_the_year_before_the_opener_is_no_part_of_it():
    assert _one("2024年除基本支出之外的支出有多少万元")[1] == "基本支出"
    assert _one("过去除了公办园以外的幼儿园有多少所")[1] == "公办园"  # 去除 is no verb here


def test_several_exclusions_in_order():
    found = exclusions("除公办园以外的幼儿园中，不含普惠性民办园的有多少所")
    assert [(e.kind, e.part) for e in found] == [("except", "公办园"), ("without", "普惠性民办园")]


def test_kinds_are_chosen_by_the_caller():
    assert exclusions("非在编教师有多少人", ("except",)) == []
    assert [e.part for e in exclusions("除在编教师以外的教师有多少人", ("except",))] == ["在编教师"]


@pytest.mark.parametrize(("question", "expected"), [
    ("全校教职工中除了后勤人员外的有多少人？", ("后勤人员", "校教职工")),  # 全 is the scope word
    ("中心校以外的学校有多少所？", ("中心校", "学校")),
    ("除夕值班教师有多少人？", None),
])
def test_the_remainder_reads_the_one_parser(question, expected):
    assert asked_remainder(question) == expected


def test_table_rows_left_out_by_any_form():
    text = ("表1 收入预算表\n单位：万元\n| 项目 | 预算数 |\n"
            "| 财政拨款收入 | 5000 |\n| 事业收入 | 300 |\n| 其他收入 | 20 |\n")
    table = find_tables("t", text, parse_sections(text))[0]
    assert _left_out(table, "除去事业收入之外的各项收入合计多少") == ["事业收入"]
    assert _left_out(table, "事业收入以外的收入合计多少") == ["事业收入"]
    assert _left_out(table, "排除事业收入后合计多少") == []


def test_a_figure_must_state_the_exclusion_in_any_form():
    asked = "高中教师以外的专任教师有多少人"
    assert exclusion_conflict(asked, "其中高中教师320人", False)
    assert not exclusion_conflict(asked, "高中教师以外的专任教师1820人", False)


def test_the_part_and_its_closer_end_before_the_rest_a_passage_goes_on_with():
    text = "除按规定享受交通补助外，走读生每生每学期另补助150元"
    e = exclusions(text, ("except",))[0]
    assert e.part == "按规定享受交通补助" and text[e.start:e.closed] == "除按规定享受交通补助外"
    assert e.end > e.closed  # the rest runs on to the figure
