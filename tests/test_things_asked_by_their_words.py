"""The thing asked found by its words, on documents written here (real ingest, Service.ask): a count asked by a
counter the number parser leaves bare (多少笔) answered with that count, never the sentence's money; a count whose
clause also states its share quoted with the share; the work done asked as `怎么做的` answered by the report's one
section of it, its first item too; a list whose label runs into its first item (`主要做法：一是…`) quoted whole and
ending where the list ends; everyday phrasings read as the documents' words (外面的人 → 校外人员, 茅房 → 厕所, 刚上岗
的老师 → 新入职教师, 电教设备换新 → 多媒体设备更新); a column headed by its unit (学时) answering a time asked; which
school asked with its amount answered by the row naming it, or not at all by a sentence naming none; a day asked
answered by the sentence stating it."""

import pytest

from server.service import Service
from tests.written import service_over

AID = """苕川县学生资助工作年度总结（2025年）
苕川县学生资助管理中心
2026年1月15日
一、总体情况
全年发放学生资助资金二千四百万元，受助学生三万一千人次。
同时为大学新生办理生源地信用助学贷款八百二十笔，放贷金额六百五十万元。
二、各学段资助情况
| 学段 | 资助人次 | 资助金额（万元） | 主要项目 |
| --- | --- | --- | --- |
| 学前教育 | 4200 | 210 | 保教费减免 |
| 义务教育 | 12600 | 630 | 寄宿生生活补助 |
| 普通高中 | 6100 | 915 | 国家助学金 |
三、主要做法
一是摸清底数。依托民政、残联数据开展比对复核，核减不符合条件对象一百四十人。
二是按时兑现。秋季学期资助资金于十月底前通过社保卡发放到位。
三是资助育人。举办感恩励志主题活动四十场，评选资助育人典型案例九个。
四是强化监管。建立县、校两级资助台账，每季度随机抽查资金发放情况。
四、存在问题
少数学校资助档案归档不及时。
"""

CANTEEN = """蓼湾县学校食堂食品安全检查结果通报
蓼湾县教育局
2026年5月12日
一、总体情况
全县学校食堂中，安装视频监控实现“明厨亮灶”的有38所，覆盖率为90.5%。
二、发现的问题
部分食堂留样记录不全。
"""

DROPOUT = """枳江区教育局关于2026年春季学期控辍保学工作情况的报告
区政府：
本学期全区义务教育阶段在校生共24600人。
开学初排查发现疑似辍学学生31人，已劝返复学29人。
主要做法： 一是与各校签订控辍保学目标责任书98份。
二是实行一人一档动态跟踪，为返校学生配备帮扶教师。
三是对学业困难学生实施个别辅导。
存在问题：山区乡镇疑似辍学学生较多。
留守儿童比例高，家庭监护薄弱。
下一步目标：2026年底前义务教育巩固率提高到99%。
联系人：区教育局基础教育科，电话6612345。
枳江区教育局
2026年6月20日
"""

AFTER_SCHOOL = """澂溪县2026年义务教育课后服务工作方案
澂溪县教育局
2026年2月20日
一、服务时间
课后服务每周开展5天，每天不少于2小时。
二、保障措施
（一）落实教师补助。教师参与课后服务的，按每课时40元发放补助。
（二）用好社会资源。可邀请体育教练、民间艺人等进校开展课后服务，校外人员占课后服务人员总数的比例不超过25%。
"""

REPAIR = """澂溪县2026年度校舍维修改造专项资金分配通知
澂溪县教育局
2026年3月10日
一、资金总额。今年校舍维修改造专项资金共1020万元，其中省级补助600万元、县本级安排420万元，主要用于屋顶漏雨、厕所改造和电路改造。
二、分配方案。共安排3个维修项目，具体见下表。
| 学校 | 维修项目 | 面积（㎡） | 分配资金（万元） | 完工时限 |
| --- | --- | --- | --- | --- |
| 澂溪县实验小学 | 教学楼抗震加固 | 3600 | 610 | 10月31日前 |
| 石桥镇中心小学 | 厕所改造 | 380 | 150 | 8月20日前 |
| 澂溪县第二中学 | 屋面防水 | 2900 | 260 | 9月15日前 |
"""

REPAIR_PROSE = """榴坪县2026年校舍维修工作情况
榴坪县教育局
2026年4月2日
一、资金安排。今年安排校舍维修资金860万元，其中县级配套300万元，重点用于厕所改造和屋面防水。
二、工作要求。各校须在开学前完成全部维修项目。
"""

TRAINING = """芮川县2026年教师培训年度计划
芮川县教育局
2026年2月10日
一、年度目标
专任教师全员参训，教师须持证上岗，每位专任教师年度培训学时不少于72学时。
新入职教师岗前培训不少于96学时。
二、培训项目安排
| 培训项目 | 培训对象 | 人数（人次） | 学时 | 经费（万元） |
| --- | --- | --- | --- | --- |
| 新入职教师岗前培训 | 当年新招聘教师 | 64 | 96 | 13 |
| 骨干教师能力提升 | 县级骨干教师 | 180 | 72 | 27 |
"""

BALANCE = """蕖枫县义务教育优质均衡发展自评报告
蕖枫县人民政府
2026年4月8日
一、主要举措
1. 推进学校标准化建设，新建教学楼2栋。
2. 实施班班通多媒体设备更新工程，对使用超过8年的教室设备分批更换，县财政安排资金380万元。
二、工作目标
力争到2027年，各项指标差异系数小学控制在0.40以内。
"""

ORDERING = """蘅陽縣教育局關於規範2026年秋季中小學教材教輔徵訂的通知
蘅陽縣教育局
2026年4月20日
一、近年徵訂情況
近年全縣教材教輔徵訂工作平穩有序，學生自願徵訂比例逐年提高。
二、工作要求
（一）堅持自願原則。教輔材料由家長自主選擇，學校不得統一代購。
（二）規範徵訂流程。徵訂時間爲5月8日至5月29日，學校匯總後報縣教研室審核。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "asked-words", {
        "tiaochuan-aid-2025": AID, "liaowan-canteen-2026": CANTEEN, "zhijiang-dropout-2026": DROPOUT,
        "chengxi-after-school-2026": AFTER_SCHOOL, "chengxi-repair-2026": REPAIR, "liuping-repair-2026": REPAIR_PROSE,
        "ruichuan-training-2026": TRAINING, "qufeng-balance-2026": BALANCE, "hengyang-ordering-2026": ORDERING})


def test_a_count_asked_by_a_counter_the_parser_leaves_bare_is_that_count_not_the_money(service):
    answer = service.ask("苕川县生源地贷款办了多少笔")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("八百二十笔"), answer.answer
    assert answer.figures and answer.figures[0].value == 820 and answer.figures[0].unit == "笔", answer.figures


def test_a_count_is_quoted_with_the_share_its_clause_states(service):
    answer = service.ask("蓼湾县明厨亮灶的食堂有几所")
    assert answer.answer.startswith("38所"), answer.answer
    assert "覆盖率为90.5%" in answer.answer, answer.answer


def test_how_the_work_was_done_is_the_reports_section_of_it_every_item(service):
    answer = service.ask("苕川县资助工作主要是怎么做的")
    assert "主要做法" in answer.answer, answer.answer
    assert "摸清底数" in answer.answer and "强化监管" in answer.answer, answer.answer
    assert len(answer.citations) == 1, answer.citations  # the list whole, one passage


def test_a_list_labelled_into_its_first_item_is_quoted_whole_to_its_end(service):
    answer = service.ask("枳江区控辍保学主要做法有哪些")
    assert "一是与各校签订控辍保学目标责任书98份" in answer.answer and "个别辅导" in answer.answer, answer.answer
    assert "存在问题" not in answer.answer and "联系人" not in answer.answer, answer.answer
    assert len(answer.citations) == 1, answer.citations


def test_people_from_outside_are_the_documents_outside_staff(service):
    answer = service.ask("澂溪县课后请外面的人来上课，最多能占几成")
    assert not answer.abstained, answer.answer
    assert "25%" in answer.answer and "校外人员" in answer.answer, answer.answer


def test_which_school_asked_with_its_amount_is_the_row_naming_it(service):
    answer = service.ask("澂溪县哪个学校要把老茅房改掉，拨了多少钱")
    assert not answer.abstained, answer.answer
    assert "石桥镇中心小学" in answer.answer and "150万元" in answer.answer, answer.answer


def test_which_school_is_not_answered_by_a_sentence_naming_none(service):
    answer = service.ask("榴坪县哪个学校要改造厕所，拨了多少钱")
    assert answer.abstained, answer.answer
    assert "万元" not in answer.answer.split("以下段落")[0], answer.answer


def test_a_teacher_just_on_the_job_is_a_new_teacher(service):
    answer = service.ask("芮川县刚上岗的新老师得先学多久")
    assert not answer.abstained, answer.answer
    assert "96学时" in answer.answer.split("。")[0] and "72" not in answer.answer, answer.answer


def test_a_column_headed_by_its_unit_answers_a_time_asked(service):
    answer = service.ask("芮川县骨干教师能力提升培训要多长时间")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("72学时"), answer.answer
    assert "人次" not in answer.answer.split("。")[0] and "万元" not in answer.answer.split("。")[0], answer.answer


def test_old_classroom_equipment_replaced_is_the_documents_equipment_renewal(service):
    answer = service.ask("蕖枫县老旧电教设备换新花多少钱")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("380万元"), answer.answer


def test_a_day_asked_is_the_sentence_stating_it(service):
    answer = service.ask("蘅阳县秋季教材教辅征订时间是哪几天")
    assert not answer.abstained, answer.answer
    assert "5月8日至5月29日" in answer.answer, answer.answer

