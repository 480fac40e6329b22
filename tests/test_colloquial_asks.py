"""A thing asked in everyday words that documents write otherwise, on documents written here (real ingest,
Service.ask): a bonus (奖金) as the 奖励性绩效 of performance pay; a unified test in
its short form (统测) as 统一测试; donated goods (捐来的东西) as 捐赠物资; a verb–object
word split around the count asked (取了多少份样) read joined, and the samples as documents count them, never the
count of all for an average per one asked (平均每个…几份); a paper (卷子) as the 试卷 and its full score (满分多少) a
score, not the time in minutes beside it; a clock time asked of no stage given for each stage its sentence sets
one for, of a stage asked only that stage's; a count asked in a counter its table never writes (多少节) never a
cell of a row naming none of the question's words; a follow-up naming another school row (…初级中学呢) after
one named by its town (X镇中学) asks that row the same; the year of a one-year plan's figure stated by its title
when its sentence names none, never another year."""

import pytest

from server.answer.lookup import _year_stated
from server.followup import resolve
from server.intent import classify
from server.query import plain
from server.separable import joined
from server.service import Service
from tests.written import service_over

PAY = """檀坞县中小学教职工绩效分配细则
檀坞县教育局
2026年3月2日
一、构成
教职工绩效分基础部分与奖励性绩效，后者由学校按考评结果核发。
二、倾斜
到山区学校交流满两年的教师，其奖励性绩效再上浮百分之二十。
班主任津贴在奖励性绩效中单列。
"""

READING = """荻川区教辅读物审核情况通报
荻川区教育局
2026年10月9日
一、审核情况
本学期各校报送教辅读物共一百二十种，经区级复核，通过一百零五种。
二、处理结果
审核未通过的图书一律退回出版单位，学校不得订购。
三、质量目标
力争全区八年级英语统一测试优秀率2028年不低于30%。
"""

DONATION = """蘅溪县爱心助学物资管理办法
蘅溪县教育局
2026年4月18日
一、入库
捐赠物资分类登记入库，账实相符。
二、发放
捐赠物资发放时由学生家长当面签字确认，签收单存档三年。
"""

WATER = """苈江县学校饮用水卫生抽检通报
苈江县教育局
2026年6月3日
县卫生监督所今年抽检全县学校饮用水，共抽查学校17所，采集饮用水样本85份，合格82份。
各校须每学期清洗一次蓄水箱。
"""

EXAM = """茳浦县2026年八年级物理学业水平测试情况分析
茳浦县教研室
2026年7月8日
本次物理测试题量20题，卷面满分90分，答题时间90分钟。
全县参考学生1320人，平均分61.5分。
"""

DORM = """苘塘县寄宿制学校管理规定
苘塘县教育局
2026年8月25日
一、作息
宿舍熄灯：小学生宿舍21:00前熄灯，初中生宿舍21:30前熄灯。
二、安全
宿舍每晚由生活老师查寝一次。
"""

REPORT = """芃山县第二中学2025年校长履职报告
报告人：柯望舒（校长） 2026年1月9日
一、基本数据
| 数据项 | 2024年 | 2025年 |
| --- | --- | --- |
| 在校学生 | 1240 | 1302 |
| 专任教师 | 97 | 101 |
二、履职情况
本年度教师互相观课共1650节，平均每人16节以上。
学校食堂获评县级示范食堂。
"""

SCORES = """莳田县2026年八年级英语抽测成绩通报
莳田县教研室
2026年6月30日
一、各校成绩
参测学校成绩如下表。
| 学校 | 参测人数 | 合格人数 | 平均成绩 |
| --- | --- | --- | --- |
| 莳田县育英中学 | 412 | 355 | 84.2 |
| 柳塘镇中学 | 186 | 121 | 69.4 |
| 杏坪乡中学 | 88 | 51 | 64.0 |
| 县第四初级中学 | 286 | 231 | 78.6 |
二、下一步
各校要针对薄弱环节开展专项辅导。
"""

LIGHTING = """檩湾县2026年校园照明改造计划

檩教装〔2026〕3号

为保护学生视力，县教育局对照明不达标的教室分批改造，今年安排如下。
一、改造范围
列入今年改造的学校4所，教室95间。
表1　改造学校与资金
| 学校 | 教室（间） | 灯具（盏） | 资金（万元） |
| --- | --- | --- | --- |
| 檩湾县育才路小学 | 30 | 360 | 7.5
| 县东关小学 | 22 | 264 | 5.5
| 县城北中学 | 26 | 312 | 6.5
| 枫坪镇大田小学 | 17 | 204 | 4.0
| 合计 | 95 | 1140 | 23.5
二、保障
（一）照明改造经费23.5万元由县财政承担，分两次拨到学校。
（二）施工只在寒暑假进行。
檩湾县教育局
2026年2月10日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "colloquial", {
        "pay": PAY, "reading": READING, "donation": DONATION, "water": WATER,
        "exam": EXAM, "dorm": DORM, "report": REPORT, "scores": SCORES})


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Service:
    # alone in its index, where the plan's title is the passage best matching the year asked
    return service_over(tmp_path_factory, "one-year-plan", {"lighting": LIGHTING})


def test_a_bonus_is_the_performance_pay_a_rule_raises(service: Service) -> None:
    r = service.ask("檀坞县老师到山区交流满两年奖金可以多拿多少")
    assert not r.abstained, r.answer
    assert "百分之二十" in r.answer


def test_a_short_test_name_is_the_unified_test_written(service: Service) -> None:
    r = service.ask("荻川区八年级英语统测优秀率计划达到多少")
    assert not r.abstained, r.answer
    assert "30%" in r.answer


def test_donated_goods_handed_out_are_the_donation_goods_issued(service: Service) -> None:
    r = service.ask("蘅溪县捐来的东西，发下去时咋证明孩子拿到了")
    assert not r.abstained, r.answer
    assert "签字确认" in r.answer


def test_samples_asked_by_a_split_verb_are_the_samples_taken(service: Service) -> None:
    r = service.ask("苈江县抽检学校饮用水取了多少份样")
    assert not r.abstained, r.answer
    assert r.figures and r.figures[0].value == 85, r.answer


def test_an_average_per_one_is_never_the_count_of_all(service: Service) -> None:
    r = service.ask("苈江县平均每所被抽查学校取了几份样")
    # 85 ÷ 17 = 5 if computed; never the 85 samples nor the 17 schools of all
    assert r.abstained or [f.value for f in r.figures] == [5], r.answer


def test_a_full_score_asked_is_a_score(service: Service) -> None:
    assert classify("试卷满分多少", set()).units == ("分",)
    assert classify("试卷满分是多少分", set()).units == ("分",)
    r = service.ask("茳浦县八年级物理测试的卷子满分是多少")
    assert not r.abstained, r.answer
    assert "90分" in r.answer and "90分钟" not in r.answer.split("。")[0]


def test_a_clock_asked_of_no_stage_is_each_stages(service: Service) -> None:
    r = service.ask("苘塘县住校的孩子晚上最晚几点熄灯")
    assert not r.abstained, r.answer
    assert "小学21:00" in r.answer and "初中21:30" in r.answer
    r = service.ask("苘塘县初中住校生晚上最晚几点熄灯")
    assert r.answer.startswith("初中21:30"), r.answer


def test_a_counter_no_table_writes_is_never_pasted_on_another_rows_cell(service: Service) -> None:
    r = service.ask("芃山县第二中学去年观课多少节")
    assert not {f.value for f in r.figures} & {1240, 1302, 97, 101}, r.answer


def test_a_follow_up_naming_another_school_row_asks_that_row(service: Service) -> None:
    history = [{"role": "user", "content": "莳田县柳塘镇中学英语抽测参测的学生有几个"},
               {"role": "assistant", "content": "柳塘镇中学参考186人。"}]
    resolved = resolve("县第四初级中学呢", history, service.catalog).text
    assert "县第四初级中学" in resolved and "柳塘镇" not in resolved and "英语抽测" in resolved, resolved
    r = service.ask("县第四初级中学呢", history=history)
    assert not r.abstained, r.answer
    assert 286 in [f.value for f in r.figures], r.answer


def test_a_one_year_plans_title_states_its_figures_year(plan: Service) -> None:
    r = plan.ask("檩湾县今年校园照明改造经费多少")
    assert not r.abstained, r.answer
    assert "23.5万元" in r.answer
    assert plan.ask("檩湾县2025年校园照明改造经费多少").abstained


def test_a_split_word_is_joined_only_before_its_own_object() -> None:
    assert joined("取了多少份样") == "取样多少份"
    assert joined("抽了几个样") == "抽样几个"
    assert joined("取了多少份样本") == "取了多少份样本"  # the noun already named whole
    assert joined("采了多少份茶") == "采了多少份茶"  # no word of the list


def test_everyday_words_are_read_as_the_documents_write_them() -> None:
    assert "捐赠物资" in plain("捐来的东西谁来保管")
    assert "发放" in plain("课本什么时候发下去")
    assert "采集样本" in plain("水质采样多少份")
    assert "试卷" in plain("卷子谁来出")


def test_a_document_named_by_its_book_suffix_keeps_its_name() -> None:
    # (书 of 告知书, 通知书 is split off by the segmenter: no everyday word 书 → 图书 is read)
    assert "图书" not in plain("家长签收安全告知书的比例")


def test_a_title_states_the_year_only_of_figures_naming_none() -> None:
    title = "檩湾县2026年校园照明改造工作计划"
    assert _year_stated(["2026"], "（一）改造经费", title)
    assert not _year_stated(["2026"], "2025年改造经费", title)  # the figure's own year stands before it
    assert not _year_stated(["2025"], "（一）改造经费", title)
    assert not _year_stated(["2026"], "（一）改造经费", "檩湾县校园照明改造工作计划")
