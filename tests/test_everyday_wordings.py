"""Questions in everyday words over documents written here (real ingest, real model, Service.ask): the
lexicon's general words for the documents' terms (家里 → 家庭, 交钱 → 收费/免收, 吃饭 → 营养/就餐,
每人每天 → 每生每天, 上幼儿园的孩子 → 在园幼儿), and a thing no document names, put together from words
the documents use (住房 + 补贴), which a generic word the passage shares (教师) must not answer."""
import pytest

from server.answer.evidence import has_term
from server.query import plain
from server.service import Service
from tests.written import service_over

BUDGET = """青禾县教育局2025年部门预算说明
青禾县教育局 2025年2月10日
一、重点项目支出安排
（一）学生资助。安排学生资助资金980.00万元，覆盖各学段家庭经济困难学生。
（二）农村义务教育学生营养改善计划。安排资金615.00万元，惠及农村义务教育学生6,150人，按每生每天5元标准、全年200天测算。
（三）教师培训。安排教师培训经费318.00万元，重点用于乡村教师培训。
（四）住房保障支出214.00万元；对送教上门教师发放交通补贴。
"""
NEWS = """青禾县课后服务实现全覆盖
发布时间：2024年12月2日
全县38所义务教育学校全部开展课后服务，参加课后服务的学生26,300人。
在收费方面，课后服务收费标准为每生每学期260元，家庭经济困难学生、残疾学生等一律免收，本学期共为940名学生减免费用。
暑期在城区4所学校开展托管服务，共接收学生860人。
"""
STATISTICS = """青禾县2024年教育事业发展统计公报
青禾县教育局 2025年3月20日
一、学前教育
全县共有幼儿园64所，比上年减少2所。入园幼儿0.41万人；在园幼儿1.36万人，比上年减少0.09万人。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "everyday-wordings",
                        {"qinghe-budget-2025": BUDGET, "qinghe-news-2024": NEWS, "qinghe-statistics-2024": STATISTICS})


def test_money_for_pupils_meals_is_the_nutrition_programme(service):
    # 吃饭 and 中小学生 are in no passage: the programme's sentence says 营养改善计划, 义务教育学生
    answer = service.ask("给农村中小学生吃饭的补助安排了多少钱？")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("615.00万元"), answer.answer


def test_does_a_poor_family_pay_is_answered_by_the_fee_waiver(service):
    answer = service.ask("青禾县放学后留校托管，家里困难的孩子还要交钱吗？")
    assert not answer.abstained, answer.answer
    assert "一律免收" in answer.answer, answer.answer


def test_children_going_to_kindergarten_are_those_enrolled_not_the_kindergartens(service):
    answer = service.ask("青禾县现在上幼儿园的孩子一共有多少？")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("1.36万人"), answer.answer


def test_a_benefit_no_document_grants_is_not_answered_by_another_teachers_figure(service):
    # 住房 and 补贴 are words of the budget, 住房补贴 is not: the teachers' training money, which shares
    # only 教师 with the question, and the housing outlay, which shares only 住房, do not answer it
    answer = service.ask("给老师发的住房补贴一年多少钱？")
    assert answer.abstained, answer.answer
    assert "318" not in answer.answer.split("以下段落")[0]


def test_everyday_words_carry_the_documents_terms():
    assert has_term("家里", "家庭经济困难学生") and has_term("交钱", "一律免收")
    assert has_term("吃饭", "营养改善计划") and has_term("每人每天", "按每生每天5元标准")
    assert has_term("中小学生", "惠及农村义务教育学生") and not has_term("每人每天", "每生每年700元")
    assert plain("上幼儿园的孩子有多少") == "在园幼儿有多少"
