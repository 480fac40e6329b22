"""Rules, outcomes, deadlines and counts asked in everyday words, answered from documents written here (real ingest,
Service.ask): whether one may (能…吗, 能…不) by the sentence stating the rule (硬让 → 强迫, 揣着 → 带着 in
server/lexicon/plain_words.tsv), a rule stated for its usual case quoted with the exception its next clause opens
(stating.with_exception); a signal, a drill, an outcome and a score asked in everyday words (信号 ~ 为号, 演习 →
演练, 跟毒品沾边 → 涉毒, 出事 ~ 案件, 病了/没法/这分咋算, 哪几块打分: plain_words.tsv, synonyms.tsv; the items scored
asked by their list word ask no figure in 分 — intent); a day asked with 前 or a hand-in asked by when (哪天前交,
什么时候要交) answered by the hand-in's deadline, not the event's own dates (evidence._ASKS_DEADLINE); a measure's
figure in Chinese numerals shown in digits (measures); a pretext and a subject in everyday words (打着…的幌子 →
以…名义, 画画课 → 美术课 in plain_words.tsv); a group getting younger asked in everyday words (年轻了 →
平均年龄下降了), answered by the sentence stating its average age, not a neighbouring count."""
import pytest

from server.query import plain
from server.service import Service
from tests.written import service_over

PHONES = """樨塘县中小学平板电脑管理办法
各学校：
一、总体要求
各校要把平板电脑管理纳入班级常规管理，每月检查一次。
二、管理办法
（一）进校管理。原则上学生不得将个人平板电脑带入教室；如确需使用，由监护人写出申请，报年级组长批准后登记使用。
（二）集中保管。登记使用的平板电脑课间交由科任教师保管。
三、征兵宣传
各高中要做好应届生征兵宣传，一是开好一次动员会；二是坚持自愿原则，不准强迫学生应征报名；三是每月底前报送宣传情况。
"""

DRILL = """榧川区2029年学校安全与阅读工作安排
各学校：
一、演练时间
全区消防演练定在2029年3月9日下午2时30分，以哨声为号。
二、总结报送
演练完毕后，各校于3月13日前将演练小结和现场照片报区教育局安全科。
三、读书月安排
本届读书月活动从2029年4月2日持续到4月30日。区教研室于3月20日前公布推荐书目。各校于3月26日前将读书月活动安排交区教研中心。
四、工作成效
2029年全区上禁毒课300节。这一年里本区学生未发生一起涉毒案件。存在的不足：学生对新型毒品的识别能力还不强。
五、体育测试
因病不能参加体育测试的，由家长申请、学校核准后可以缓测，成绩按满分百分之七十记。
"""

CONTEST = """桤岭县教育局
关于2029年县级中小学生航模比赛获奖名单的通报
各乡镇中心学校，县直各学校：
本县第五届青少年航模比赛于10月9日在县体育中心举行。
共265名学生参赛，来自37所学校的91支队伍。
比赛设遥控滑翔和手掷飞机两个项目，共有28支队伍获奖。
本次航模比赛的评分标准分为飞行距离、留空时间和制作工艺三项，各占五十分、二十五分、二十五分。
"""

TUTORING = """楠汀县2030年校外培训与课时督查通报
一、投诉处理
全年受理家长投诉线索88条，其中变相学科培训19条、退费纠纷30条，均已核查处置，帮助家长追回费用12.4万元。
二、查处情况
（一）青禾文化工作室以美术课名义为初中生开展物理、化学培训，被罚款5万元，并责令停业整顿。
（二）全县共检查培训机构64家，其中证照齐全的52家。
三、课时落实
问卷显示，百分之十七的学生反映每周至少有一节音乐课被其他学科占用。
音乐教师按编制应有九十人，在岗七十二人，一些村小的音乐课由其他学科教师兼任。
四、教师队伍
全年有资格参加交流的教师八百人，实际交流九十五人，均安排到山区学校任教。
山区学校教师平均年龄由47.5岁下降到45.1岁。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "everyday-asks",
                        {"xitang-tablet-rules-2027": PHONES, "feichuan-fire-drill-2027": DRILL,
                         "qiling-model-plane-bulletin-2026": CONTEST,
                         "nanting-tutoring-inspection-2030": TUTORING})


def test_forcing_asked_in_everyday_words_is_the_rule_against_it(service: Service) -> None:
    answer = service.ask("樨塘县学校能硬让学生去当兵吗")
    assert not answer.abstained and "不准强迫" in answer.answer, answer.answer


def test_a_usual_case_rule_is_quoted_with_its_exception(service: Service) -> None:
    answer = service.ask("樨塘县学生能揣着平板电脑进教室不")
    assert not answer.abstained and "不得将个人平板电脑" in answer.answer and "年级组长批准" in answer.answer, \
        answer.answer


def test_a_signal_asked_in_everyday_words_is_the_sentence_setting_it(service: Service) -> None:
    answer = service.ask("榧川区消防演习时拿什么当开始的信号")
    assert not answer.abstained and "哨声" in answer.answer, answer.answer


def test_a_hand_in_asked_by_the_day_before_it_is_the_deadline_not_the_events_dates(service: Service) -> None:
    for question in ("榧川区读书月的活动安排得在哪天前交上去", "榧川区读书月活动安排什么时候要交"):
        answer = service.ask(question)
        assert not answer.abstained and "3月26日" in answer.answer and "4月2日" not in answer.answer, answer.answer


def test_an_outcome_asked_in_everyday_words_is_the_sentence_stating_it(service: Service) -> None:
    answer = service.ask("榧川区有没有在校生和毒品沾边出过事")
    assert not answer.abstained and "未发生" in answer.answer, answer.answer


def test_a_score_for_an_ill_pupil_asked_in_everyday_words_is_the_rule_with_its_share_in_digits(
        service: Service) -> None:
    answer = service.ask("榧川区孩子生病了没法参加体育测试 成绩怎么算")
    assert not answer.abstained and "缓测" in answer.answer and "70%" in answer.answer, answer.answer


def test_scoring_items_asked_in_everyday_words_are_the_criteria_not_a_score(service: Service) -> None:
    answer = service.ask("桤岭县航模评比，是从哪几块来打分")
    assert not answer.abstained and "飞行距离" in answer.answer and "制作工艺" in answer.answer, answer.answer


def test_a_pretext_asked_in_everyday_words_is_the_case_and_its_penalty(service: Service) -> None:
    answer = service.ask("楠汀县有家机构打着画画课的幌子给初中生上理化课，后来怎么罚的")
    assert not answer.abstained and "青禾文化工作室" in answer.answer and "5万元" in answer.answer, answer.answer



def test_a_group_getting_younger_is_asked_as_its_average_age() -> None:
    assert plain("山区学校的老师是不是年轻了一点") == "山区学校的教师是不是平均年龄下降了一点"
    assert "老化" in plain("实验设备老化了吗")  # equipment ageing is no group's average age


def test_a_group_getting_younger_is_its_average_age_stated(service: Service) -> None:
    answer = service.ask("楠汀县山区学校的老师是不是年轻了一点")
    assert not answer.abstained and "45.1岁" in answer.answer and "九十五人" not in answer.answer, answer.answer
