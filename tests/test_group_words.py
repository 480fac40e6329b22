"""A rate asked for a group in everyday words (残疾孩子入学率) on bulletins written here: the documents'
word for the group (残疾儿童, server/lexicon/synonyms.tsv) names the same rate when written after the same
qualifier; a rate of another group (适龄儿童入学率) is still no answer. Real ingest, real model."""
import pytest

from server.service import Service
from tests.written import service_over

BAIHE = """白河县2025年教育事业发展统计公报
白河县教育局
2025年3月10日
一、基本情况
2024年，全县小学适龄儿童入学率100%，残疾儿童少年入学率95.6%，学前三年毛入园率91.2%。
二、教师队伍
全县专任教师2860人，其中小学专任教师1320人。
"""
HEISHUI = """黑水县2025年教育事业发展统计公报
黑水县教育局
2025年3月12日
一、基本情况
2024年，全县小学适龄儿童入学率99.8%，初中毛入学率102.3%，学前三年毛入园率88.5%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "group-words", {"baihe-stats-2025": BAIHE, "heishui-stats-2025": HEISHUI})


@pytest.mark.parametrize("question", ["白河县残疾孩子入学率是多少？", "白河县2024年残疾娃娃的入学率是多少",
                                      "白河县残疾小孩入学率是多少？"])
def test_the_group_in_everyday_words_names_the_stated_rate(service, question):
    answer = service.ask(question)
    assert not answer.abstained and "95.6%" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["黑水县残疾孩子入学率是多少？", "黑水县残疾小孩入学率是多少？"])
def test_another_group_of_children_is_no_answer(service, question):
    # 适龄儿童 are children too, but not the 残疾 ones asked: the qualifier must stand before the word
    assert service.ask(question).abstained
