"""server/embedbatch.py with answer/nearwords.py: the question's words the build's table lacks go into
the first model call any near-word check of the question makes; a question needing none makes none;
concurrent questions each take their own words; the build's words are never embedded again."""
from __future__ import annotations

import threading
from pathlib import Path

import numpy as np

from ingest.wordvectors import WordTable, write_word_table
from server.answer.nearwords import NearWords
from server.embedbatch import along, expecting


class _Embedder:
    """Vectors by a table written here; records each call's texts."""

    def __init__(self, table: dict[str, list[float]]):
        self.table, self.calls = table, []
        self._lock = threading.Lock()

    def __call__(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            self.calls.append(list(texts))
        vectors = np.array([self.table.get(t, [0.0, 0.0, 1.0]) for t in texts], dtype=np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


VECTORS = {"照看": [1, 0, 0], "托育": [0.9, 0.1, 0], "小娃": [0, 1, 0], "婴幼儿": [0.1, 0.9, 0], "建设": [0, 0, 1]}


def _near(tmp_path: Path, passages: list[str]) -> tuple[NearWords, _Embedder]:
    embed = _Embedder(VECTORS)
    write_word_table(tmp_path, [{"norm": p, "section": ""} for p in passages], "test-model", embed, None)
    embed.calls.clear()
    return NearWords(embed, threshold=0.8, table=lambda: WordTable.read(tmp_path)), embed


def test_the_questions_words_go_into_the_first_call_and_later_checks_make_none(tmp_path):
    near, embed = _near(tmp_path, ["加强托育建设", "婴幼儿照护"])
    with expecting(["照看", "小娃", "托育"]):  # 托育 is the build's: looked up, never embedded
        assert near.near("照看", "加强托育建设")[0] == "托育"
        assert near.near("小娃", "婴幼儿照护")[0] == "婴幼儿"
    assert embed.calls == [["照看", "小娃"]]


def test_each_check_calls_the_model_for_its_own_words_without_the_question_set(tmp_path):
    near, embed = _near(tmp_path, ["加强托育建设", "婴幼儿照护"])
    near.near("照看", "加强托育建设")
    near.near("小娃", "婴幼儿照护")
    assert embed.calls == [["照看"], ["小娃"]]


def test_a_question_whose_checks_need_no_model_makes_no_call(tmp_path):
    near, embed = _near(tmp_path, ["加强托育建设"])
    with expecting(["照看", "小娃"]):
        near.near("托育", "加强托育建设")  # the word and the passage's words: all the build's
        near.vectors(["托育", "建设"])
    assert embed.calls == []


def test_words_expected_by_one_question_stay_out_of_another_threads_calls(tmp_path):
    near, embed = _near(tmp_path, ["加强托育建设"])
    first_in = threading.Event()
    second_done = threading.Event()

    def first() -> None:
        with expecting(["小娃"]):
            first_in.set()
            second_done.wait(10)
        near.vectors(["照看"])  # after its question: nothing expected any more

    def second() -> None:
        first_in.wait(10)
        with expecting(["学位"]):
            near.vectors(["名额"])
        second_done.set()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert sorted(map(tuple, embed.calls)) == [("名额", "学位"), ("照看",)]


def test_along_adds_only_unknown_words_once_and_never_alone():
    with expecting(["甲", "乙", "甲", "丙"]):
        assert along(["丁", "乙"], lambda w: w == "丙") == ["丁", "乙", "甲"]
        assert along([], lambda w: False) == []
    assert along(["丁"], lambda w: False) == ["丁"]
