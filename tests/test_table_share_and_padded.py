"""Two ways questions and prose write what a table states: a share column (`研究生学历占比`) asked by the first
word of its subject and another word for a share (`研究生老师比例最高`), and a cell padded to the table's
decimals (`93.0`) that the prose sentence setting the target writes plain (`达到93%`) — still its
restatement, cited as the source; and a statistic column (差异系数) of a row whose label states its amount's unit
(`生均图书（册）`) is shown without that unit. Documents written here."""
from __future__ import annotations

import pytest

from figures.tablequery import key, run
from ingest.normalize import normalize
from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.answer.prosecells import written_forms
from server.answer.tables import parse
from server.service import Service
from tests.written import service_over

STAFF = """某市教育统计公报
五、教师队伍
全市各学段专任教师学历情况见下表。

学段 | 专任教师（人） | 研究生学历（人） | 研究生学历占比（%）
小学 | 3120 | 156 | 5.00
初中 | 2045 | 231 | 11.30
普通高中 | 1310 | 402 | 30.69
中职学校 | 420 | 38 | 9.05

六、其他
无。
"""

PLAN = """槐川县义务教育巩固提升行动方案（2026—2028年）
槐川县教育局 2026年3月
一、现状
2025年，全县九年义务教育巩固率为91.5%，县域内初中毕业生升学率为88.2%。
二、主要目标
到2028年，全县九年义务教育巩固率达到93%，初中毕业生升学率达到92.5%。
表1 槐川县义务教育巩固提升主要指标
指标 | 2025年 | 2026年 | 2027年 | 2028年 | 属性
九年义务教育巩固率（%） | 91.5 | 92.0 | 92.5 | 93.0 | 约束性
初中毕业生升学率（%） | 88.2 | 89.5 | 91.0 | 92.50 | 预期性
三、保障措施
加强控辍保学。
"""


@pytest.mark.parametrize("question, stage", [
    ("某市哪个学段研究生老师比例最高", "普通高中"),
    ("研究生学历教师的比重哪个学段最低？", "小学"),
])
def test_a_share_column_named_by_its_subject_and_another_share_word(question: str, stage: str):
    (table,) = find_tables("doc", STAFF, parse_sections(STAFF))
    query = parse(table, normalize(question, drop_space=True))
    assert query is not None and query.measure == ["研究生学历占比"]
    assert key(run(table, query).cells[0].label) == stage


def test_a_count_column_is_not_named_as_a_share():
    (table,) = find_tables("doc", STAFF, parse_sections(STAFF))
    query = parse(table, normalize("哪个学段研究生学历教师人数最多？", drop_space=True))
    assert query is not None and query.measure == ["研究生学历"]


@pytest.mark.parametrize("text, forms", [("93.0", ["93.0", "93"]), ("92.50", ["92.50", "92.5"]),
                                         ("91.5", ["91.5"]), ("100", ["100"])])
def test_written_forms(text: str, forms: list[str]):
    assert written_forms(text) == forms


SPREAD = """柘川县义务教育优质均衡发展自评报告
柘川县人民政府 2026年4月
二、资源配置
各项指标县域均值和校际差异系数见下表。
指标 | 小学均值 | 小学差异系数 | 初中均值 | 初中差异系数
生均图书（册） | 32.6 | 0.28 | 45.1 | 0.24
生均教学仪器设备值（元） | 2750 | 0.36 | 3380 | 0.31
三、政府保障
全县小学平均班额40.5人。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "padded", {"huaichuan-compulsory-plan-2026": PLAN,
                                                     "zhechuan-balanced-report-2026": SPREAD})


@pytest.mark.parametrize("question, said", [("槐川县到2028年九年义务教育巩固率要达到多少？", "巩固率达到93%"),
                                            ("槐川县2028年初中毕业生升学率目标是多少？", "升学率达到92.5%")])
def test_a_padded_target_cell_cites_the_sentence_writing_it_plain(service, question: str, said: str):
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert len(r.citations) == 1 and said in r.citations[0].text, r.answer
    assert "一行同" in r.answer


def test_a_statistic_cell_takes_none_of_its_rows_unit(service):
    r = service.ask("柘川县生均图书的小学差异系数是多少？")
    assert not r.abstained and "0.28" in r.answer, r.answer
    assert "0.28册" not in r.answer and "0.24册" not in r.answer
