"""Table figures and figures computed from tables, stated in the counters their documents count in, on documents written
here (real ingest, Service.ask): a column counting devices (`平板（部）`) summed and divided in 部 (N部, 部/个), a cell
asked by its row and a column whose noun ends the noun asked (几个平板储物柜 of `储物柜（个）`), and a count derived
from this year's and its change on the year before in the counter both are written in (名, not 人); a cell of a header
joined from two rows asked by its lower part alone (初中组二等奖 of `获奖选手（人）` over `二等奖`) in a contest's
notice (比赛 compares nothing) and asked with 几个人 (people, not rows counted), and ordinal columns asked in one word
(一二三等奖分别多少); a plain-text grid table (`+----+` borders around and between its rows) read with its header and
total row: a row's people per day, the total row's cells asked together (A B C合计各多少), and no mean score from its
counts of rooms and days; the gap of two rows' rates asked with 和 and no direction (A和B的X差多少, 相差几个百分点), the
larger less the smaller in 百分点; the overall share of a group split under a two-row header (整体获奖比例: the total
row's 一/二/三等奖 summed ÷ the entrants' column before them), never the cap the prose sets; a share asked with the
event's words its title writes (航模竞赛获奖…) that a row's label shares in part (航模竞速) is the total row's, no
row's; a mean per unit over every row whose two sums one prose sentence states: those two divided,
that sentence cited."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

TABLETS = """岷沙区中小学平板电脑借用试点情况
岷沙区教育局
2026年9月
一、试点概况
区教育局在三所学校开展平板电脑借用试点，学生借用的平板统一存放在学校储物柜中。
| 学校 | 教师（人） | 储物柜（个） | 借出平板（部） |
| --- | --- | --- | --- |
| 岷沙区第三小学 | 52 | 10 | 45 |
| 柏溪镇中学 | 38 | 8 | 36 |
| 岷沙区东湖初级中学 | 70 | 12 | 60 |
二、下一步工作
各校每学期末清点一次平板并登记报修情况。
"""

AWARDS = """嵋原县优秀少先队员拟评名单公示
嵋原县教育局
2026年10月
经各校推荐和县评审组审议，2026年度县级优秀少先队员拟定64名，县级优秀辅导员拟定20名。
同上年度比较，2026年度县级优秀少先队员增加了6名。
名单公示时间5天。
"""

CONTEST = """<html><head><title>岑北县中小学生书法比赛结果通报</title></head><body>
<h1>岑北县教育局关于中小学生书法比赛结果的通报</h1>
<p>县教育局于2026年9月举办全县中小学生书法比赛。全县30所学校共推荐120名选手参赛，比赛按小学、初中两个组别进行。</p>
<h2>一、赛事情况</h2>
<p>每名选手现场书写时长不超过90分钟。</p>
<table>
<tr><th rowspan="2">组别</th><th rowspan="2">报名选手（人）</th><th colspan="3">获奖选手（人）</th></tr>
<tr><th>一等奖</th><th>二等奖</th><th>三等奖</th></tr>
<tr><td>小学组</td><td>70</td><td>5</td><td>9</td><td>14</td></tr>
<tr><td>初中组</td><td>50</td><td>4</td><td>8</td><td>10</td></tr>
<tr><td>合计</td><td>120</td><td>9</td><td>17</td><td>24</td></tr>
</table>
<p>每个组别的获奖选手最多占本组报名选手的50%。证书在12月下旬发放。</p>
</body></html>
""".encode()

GRID = """崂塘区中小学生游泳测试工作安排（2027年）

一、测试安排
全区设两个测试点，具体安排列于表1。

表1  各测试点测试安排
+------------+------------+------------+----------+------------+
| 测试点     | 受测学生（人） | 泳道（条） | 测试天数 | 裁判员（人）|
+------------+------------+------------+----------+------------+
| 区体育中心 | 900        | 8          | 3        | 30         |
| 湾头镇中学 | 500        | 6          | 2        | 18         |
+------------+------------+------------+----------+------------+
| 合计       | 1400       | 14         | 5        | 48         |
+------------+------------+------------+----------+------------+

二、有关事项
各测试点配备救生员，测试前完成设备检查。
"""

RATES = """嶂西区中小学实验报告评比结果
嶂西区教育局
2026年11月
一、评比情况
| 学段 | 参评学校（所） | 报送报告（份） | 优秀报告（份） | 优秀率 |
| --- | --- | --- | --- | --- |
| 小学 | 12 | 800 | 180 | 22.5% |
| 初中 | 9 | 600 | 183 | 30.5% |
| 合计 | 21 | 1400 | 363 | 25.9% |
二、下一步工作
各校要把实验报告纳入日常教学评价。
"""

MODELS = """岱州市中小学生航模竞赛获奖名单
岱州市教育局
2026年11月
全市中小学生航模竞赛于10月举行，各项目结果列表如下。
| 项目 | 获奖队伍 | 报名队伍 |
| --- | --- | --- |
| 航模竞速 | 12 | 40 |
| 航模留空 | 9 | 30 |
| 合计 | 21 | 70 |
获奖队伍将于12月领取证书。
"""

LOCKERS = """峒溪区学生手表统一保管试点方案
峒溪区教育局
2026年9月
一、试点范围
本学期共有3所学校参加试点，学生交存手表180部，学校添置保管箱40个。
| 学校 | 学生总数（人） | 保管箱（个） | 交存手表（部） |
| --- | --- | --- | --- |
| 峒溪区桐林小学 | 900 | 15 | 70 |
| 石门镇中学 | 500 | 10 | 40 |
| 峒溪区北山中学 | 800 | 15 | 70 |
二、管理办法
保管箱由班主任每日开启两次。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "table-counters", {
        "minsha-tablets-2026": TABLETS, "meiyuan-pioneers-2026": AWARDS,
        "cenbei-calligraphy-2026.html": CONTEST, "laotang-swimming-2027": GRID,
        "zhangxi-lab-reports-2026": RATES, "daizhou-models-2026": MODELS,
        "dongxi-watches-2026": LOCKERS})


def test_a_columns_sum_is_stated_in_the_headers_counter(service):
    answer = service.ask("岷沙区三所学校总共借出几部平板")
    assert first_figure(answer) == (141, "部"), answer.answer
    assert "141部" in answer.answer.replace(" ", ""), answer.answer


def test_a_mean_per_unit_is_named_by_the_two_columns_counters(service):
    answer = service.ask("岷沙区每个储物柜平均存放几部平板")
    assert first_figure(answer) == (4.7, "部/个"), answer.answer


def test_a_cell_asked_by_a_noun_ending_in_the_columns_noun(service):
    answer = service.ask("岷沙柏溪镇中学配了几个平板储物柜")
    assert first_figure(answer) == (8, "个"), answer.answer


def test_last_years_count_keeps_the_counter_its_inputs_are_written_in(service):
    answer = service.ask("嵋原县上一年度的县级优秀少先队员有多少名")
    assert first_figure(answer) == (58, "人"), answer.answer
    assert "= 58名" in answer.answer, answer.answer


def test_a_cell_under_a_two_row_header_asked_by_its_lower_part(service):
    answer = service.ask("岑北县书法比赛初中组的二等奖有几个人")
    assert first_figure(answer) == (8, "人"), answer.answer


def test_a_grid_tables_row_mean_per_day(service):
    answer = service.ask("崂塘区体育中心测试点平均每天测试多少名学生")
    assert first_figure(answer) == (300, "人"), answer.answer


def test_a_grid_tables_total_row_asked_column_by_column(service):
    answer = service.ask("崂塘区游泳测试两个测试点裁判员 泳道 受测学生合计各多少")
    assert not answer.abstained, answer.answer
    text = answer.answer.replace(" ", "")
    assert all(f in text for f in ("1400人", "14条", "48人")), answer.answer


def test_no_mean_score_from_a_table_of_counts(service):
    answer = service.ask("崂塘区游泳测试的平均分是多少")
    assert not any(f.value in (7, 2.5) for f in answer.figures), answer.answer


def test_ordinal_columns_asked_in_one_word_of_no_row_are_the_total_rows(service):
    answer = service.ask("岑北县书法赛的一二三等奖分别是多少人")
    assert [(f.value, f.unit) for f in answer.figures[:3]] == [(9, "人"), (17, "人"), (24, "人")], answer.answer


def test_ordinal_columns_asked_in_one_word_of_a_named_row(service):
    answer = service.ask("岑北县书法比赛初中组一二三等奖分别有多少人")
    assert [(f.value, f.unit) for f in answer.figures[:3]] == [(4, "人"), (8, "人"), (10, "人")], answer.answer


@pytest.mark.parametrize("question", ["嶂西区小学与初中实验报告的优秀率相差多少",
                                      "嶂西区初中和小学的实验报告优秀率相差几个百分点"])
def test_two_rows_rates_apart_asked_with_no_direction(service, question):
    answer = service.ask(question)
    assert first_figure(answer) == (8, "百分点"), answer.answer


def test_the_overall_share_of_a_group_under_a_two_row_header(service):
    answer = service.ask("岑北县书法比赛整体的获奖比例有多大")
    assert first_figure(answer) == (41.67, "%"), answer.answer


def test_a_named_rows_share_of_a_group_under_a_two_row_header(service):
    answer = service.ask("岑北县书法比赛小学组获奖选手所占比例是多少")
    assert first_figure(answer) == (40, "%"), answer.answer


def test_a_share_asked_with_the_titles_words_is_the_total_rows(service):
    answer = service.ask("岱州航模竞赛得奖队伍占报名队伍的几成")
    assert first_figure(answer) == (30, "%"), answer.answer


def test_a_mean_per_unit_over_rows_cites_the_sentence_stating_both_sums(service):
    answer = service.ask("峒溪区每个保管箱平均放几部手表")
    assert first_figure(answer) == (4.5, "部/个"), answer.answer
    assert "学生交存手表180部，学校添置保管箱40个" in answer.answer, answer.answer
