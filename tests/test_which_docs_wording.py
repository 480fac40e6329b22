"""How a question asks which documents mention a thing: by 份 (`哪几份文件讲到X`) as well as by 哪些, and the
thing asked without the `问题` or `安排` its question puts after it (`说到消防问题` asks of 消防, which a passage need
not call a problem); a `问题` a phrase names by 的 (`存在的问题`) stays the thing; the verb of mentioning is no term."""
import pytest

from server.answer.crossdoc import mentioned_only
from server.intent import intents_of
from server.mentions import MENTIONED
from server.query import analyse, plain
from server.regions import RegionCatalog


@pytest.mark.parametrize("question", ["哪几份文件讲到家访", "哪份报告提到了课后服务？", "哪些文件说到食堂"])
def test_documents_counted_by_fen_ask_which(question: str) -> None:
    assert "which" in intents_of(question)


@pytest.mark.parametrize("question", ["要交哪几份材料", "这份文件讲了什么"])
def test_no_list_of_documents_asked(question: str) -> None:
    assert "which" not in intents_of(question)


@pytest.mark.parametrize(("question", "thing"), [
    ("哪些文件说到防溺水问题？", "防溺水"),
    ("哪些文件提到食品安全方面的问题", "食品安全"),
    ("哪些文件提到了存在的问题", "存在的问题"),
    ("哪些文件提到了大班额或超大班额", "大班额或超大班额"),
    ("哪几份文件讲到食堂的安排", "食堂"),  # a topic's 安排 names the topic, as its 问题 does
    ("哪些材料谈到了研学旅行安排？", "研学旅行"),
])
def test_the_thing_mentioned(question: str, thing: str) -> None:
    m = MENTIONED.search(question)
    assert m is not None and m.group(1) == thing


def test_a_verb_of_mentioning_is_no_term() -> None:
    assert "谈到" not in analyse("哪些文件谈到了家访", RegionCatalog({})).terms


def test_the_words_around_the_thing_are_not_asked() -> None:
    query = analyse("哪些文件说到防溺水问题？", RegionCatalog({}))
    assert "问题" in query.terms
    kept = mentioned_only(query).terms
    assert "问题" not in kept and any("溺水" in t for t in kept)


@pytest.mark.parametrize(("question", "rewritten"), [
    ("学校里的书太旧了，打算咋办", "学校里的图书陈旧了，打算怎么办"),
    ("这事咋弄", "这事怎么弄"),
    ("娃儿上学要交钱吗", "孩子上学要交钱吗"),
    ("哪些文件讲了课后活动", "哪些文件讲了课后服务"),  # after-class activities are 课后服务's
])
def test_dialect_words_become_the_documents_words(question: str, rewritten: str) -> None:
    assert plain(question) == rewritten
