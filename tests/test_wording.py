"""Questions worded differently from the document, on a work report written here: a word near in
meaning (by the bundled model) stands in for an ordinary content word, never for an indicator, a
stage or a year; function words are no key terms. Real ingest, real model, Service.ask."""
from pathlib import Path

import numpy as np
import pytest

from ingest.wordvectors import WordTable, write_word_table
from server.answer.nearwords import NearWords, content_words
from server.query import key_terms
from server.service import Service
from tests.written import service_over

REPORT = """2026年青石市政府工作报告
2026年1月18日在青石市第九届人民代表大会第四次会议上
一、2025年工作回顾
民生保障稳步增进。个人养老金制度全面实施，开户38万人。全市小学专任教师1.2万人。
全市学前三年毛入园率达到92.5%。城镇新增就业3.4万人。城乡居民人均可支配收入年均增长4.8%、6.1%。
农村居民人均可支配收入达到21500元，农村居民最低生活保障标准每月780元。为1200名孤独症儿童提供免费康复服务。
全市新增学位4200个，其中城区新增学位2600个。全市现有校车86辆，每天接送学生5200人。
二、2026年重点工作
今年城镇新增就业3万人以上，新建普通高中2所。
推行惠民惠农补贴“一卡通”，资金直达群众账户。
"""
DOC_ID = "qingshi-report-2026"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "wording", {DOC_ID: REPORT})


def test_a_word_near_in_meaning_lets_the_gate_accept_the_passage(service):
    # 账户 (a word the report uses elsewhere, so it weighs): the passage writes 开户
    question = "有多少人开了攒养老金的账户？"
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert "38万人" in answer.answer
    near, service.composer.reader.near = service.composer.reader.near, None
    try:  # without the model the same question is refused: the near word is what answers it
        assert service.ask(question + " ").abstained
    finally:
        service.composer.reader.near = near


def test_a_word_the_corpus_never_uses_weighs_as_its_near_word(service):
    # 孤僻症 is in no passage (the report writes 孤独症): alone it weighed nothing and the gate refused
    question = "得孤僻症的娃有多少？"
    answer = service.ask(question)
    assert not answer.abstained and "1200名" in answer.answer, answer.answer
    near, service.composer.reader.near = service.composer.reader.near, None
    try:
        assert service.ask(question + " ").abstained
        # the everyday name the lexicon holds (server/lexicon/plain_words.tsv) needs no model
        assert "1200名" in service.ask("得自闭症的娃有多少？").answer
    finally:
        service.composer.reader.near = near
    # words with no near word in the report stay missing: 城里人's 低保 is not the 农村居民's
    assert service.ask("城里人每月的低保钱是多少？").abstained


@pytest.mark.parametrize("question,figure", [
    ("城里去年多出来多少个位子？", "2600个"),
    ("全市去年多出来多少个位子？", "4200个"),
    ("城区的学校去年多了多少个位子？", "2600个"),
    ("全市现有多少辆车子？", "86辆"),
])
def test_an_everyday_word_on_a_bound_root_is_matched_by_the_compound_it_heads(service, question, figure):
    # 位子 and 车子 are in no passage; the report writes 学位 and 校车, compounds headed by the root
    answer = service.ask(question)
    assert not answer.abstained and figure in answer.answer, answer.answer


def test_a_bound_root_lowers_the_closeness_asked_only_for_the_compound_it_heads():
    embed = _Embedder({"位子": [1, 0, 0], "学位": [0.75, 0.66, 0], "学校": [1, 0, 0],
                       "位置": [0.75, 0.66, 0], "岗位": [0.6, 0.8, 0]})
    near = NearWords(embed, threshold=0.8, root_threshold=0.72)
    assert near.near("位子", "新增学位")[0] == "学位"  # cosine 0.75: headed by 位
    assert near.near("位子", "调整位置") is None  # the root, not as the head: another word
    assert near.near("位子", "增加岗位") is None  # headed by 位 but too far (0.6)
    assert near.near("学校", "新增学位") is None  # a shared character, no suffix: NEAR_MIN holds
    from server.answer.nearwords import bound_root
    assert (bound_root("位子"), bound_root("车子"), bound_root("幼儿"), bound_root("学校")) == ("位", "车", "", "")


def test_without_the_bound_root_the_everyday_word_is_refused(service):
    from server.answer.nearwords import NEAR_MIN, near_words_for
    reader = service.composer.reader
    plain, reader.near = reader.near, near_words_for(service.index)
    reader.near.root_threshold = NEAR_MIN  # a fresh cache, the root asking as much as any word
    try:  # the model alone places 位子 too far from 学位: the root is what answers it
        assert service.ask("城里去年多出来多少个位子？  ").abstained
    finally:
        reader.near = plain


def test_a_neighbouring_stage_or_indicator_is_no_stand_in(service):
    # 初中 is close to 小学 for the model, 普惠率 to 毛入园率: other things, not other words
    assert service.ask("全市初中专任教师有多少人？").abstained
    assert service.ask("全市普惠性幼儿园覆盖率是多少？").abstained


def test_function_words_are_no_key_terms():
    terms = key_terms("有多少人开了自己给自己攒退休钱的那种专门账户")
    assert "自己" not in terms and "那种" not in terms
    assert "账户" in terms
    assert key_terms("十四五期间投资多少") == ["十四五", "投资"]  # a period is a numeral to jieba, not a function word


class _Embedder:
    """Vectors by a table written here (the real model is tested above): counts its calls."""

    def __init__(self, table: dict[str, list[float]]):
        self.table, self.calls = table, []

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        vectors = np.array([self.table.get(t, [0.0, 0.0, 1.0]) for t in texts], dtype=np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_near_words_take_the_closest_word_above_the_threshold_and_cache_vectors():
    embed = _Embedder({"照看": [1, 0, 0], "托育": [0.9, 0.1, 0], "建设": [0, 1, 0]})
    near = NearWords(embed, threshold=0.8)
    assert near.near("照看", "加强托育建设")[0] == "托育"
    assert near.near("建设", "托育服务") is None or near.near("建设", "托育服务")[1] >= 0.8
    calls = len(embed.calls)
    near.near("照看", "加强托育建设")
    assert len(embed.calls) == calls  # every word already embedded
    assert content_words("加强托育和建设的") == ("加强", "托育", "建设")


def test_no_near_words_without_a_meaningful_embedder(tmp_path: Path):
    from server.answer.nearwords import near_words_for

    class Bench:
        embedder_name = "hashing"
    assert near_words_for(Bench()) is None
    assert near_words_for(object()) is None


def test_compounds_sharing_a_head_or_a_modifier_are_siblings_not_stand_ins():
    from server.answer.nearwords import siblings
    assert siblings("农村居民", "城乡居民") and siblings("养老保险", "医疗保险") and siblings("小学教师", "初中教师")
    assert not siblings("账户", "开户") and not siblings("退休钱", "养老金") and not siblings("招新生", "招生")


def test_a_difference_is_not_answered_with_the_figure_of_one_side(service):
    # the report states each side's growth, not their difference: one side's figure is no answer
    answer = service.ask("农村居民人均可支配收入年均增速比城镇居民高几个百分点？")
    assert answer.abstained or "1.3" in answer.answer, answer.answer


def test_a_build_carries_its_words_embedded_at_ingest(service):
    table = service.index.word_table
    assert table is not None and table.get("开户") is not None and table.get("民生") is not None
    model = service.index.embedder.embed_passages(["开户"])[0]
    assert float(table.get("开户") @ model) > 0.999  # the build's embedder, the same vector


def test_near_words_ask_the_model_only_for_words_the_build_lacks(tmp_path):
    embed = _Embedder({"照看": [1, 0, 0], "托育": [0.9, 0.1, 0], "建设": [0, 1, 0]})
    write_word_table(tmp_path, [{"norm": "加强托育建设", "section": "一、托育服务"}], "test-model", embed, None)
    assert embed.calls == [["托育", "加强", "建设", "服务"]]  # the most frequent first
    near = NearWords(embed, threshold=0.8, table=lambda: WordTable.read(tmp_path))
    assert near.near("照看", "加强托育建设")[0] == "托育"
    assert embed.calls[1:] == [["照看"]]  # the question's word only: the passage's come from the table


def test_a_new_build_embeds_only_the_words_the_previous_one_lacked(tmp_path):
    embed = _Embedder({})
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    write_word_table(old, [{"norm": "加强托育建设", "section": ""}], "test-model", embed, None)
    embedded = write_word_table(new, [{"norm": "加强托育建设，扩大学位供给", "section": ""}], "test-model", embed, old)
    assert embedded == 2 and sorted(embed.calls[-1]) == sorted(["扩大", "学位供给"])
    table = WordTable.read(new)
    assert table is not None and len(table) == 5 and table.get("托育") is not None
    assert write_word_table(new, [{"norm": "托育", "section": ""}], "hashing", embed, None) == 0  # no meaning
