"""The scorer is honest: perfect responses score 1.0, empty ones 0, a wrong number 0 on that figure.

The responses here are built by hand from the bundled test set (the answering pipeline is
scored for real by `policyqa eval`); what is under test is the arithmetic of the scorer.
"""
import pytest

from eval.schema import DEFAULT_TESTSET, GoldFigure, load_testset
from eval.score import METRICS, Outcome, contains, figure_found, retrieval_metrics, score
from figures.numbers import find_quantities

LOWER_IS_BETTER = {"false_abstention_rate", "wrong_confident"}


@pytest.fixture(scope="module")
def items():
    return load_testset(DEFAULT_TESTSET)


def perfect(item) -> Outcome:
    response = {
        "question": item.question,
        "answer": item.answer + " " + "；".join(item.facts),
        "abstained": not item.answerable,
        "citations": [{"id": n, "doc_id": s.doc, "text": s.quote, "start": 0, "end": 0}
                      for n, s in enumerate(item.sources, start=1)],
        "figures": [{"label": "", "value": f.value, "unit": f.unit} for f in item.figures],
    }
    return Outcome(item.id, response, passages=["".join(s.quote for s in item.sources)], latency_ms=12.0)


def empty(item) -> Outcome:
    return Outcome(item.id, {"answer": "", "abstained": False, "citations": [], "figures": []}, passages=[],
                   latency_ms=3.0)


def test_perfect_responses_score_one_on_every_metric(items):
    card = score(items, [perfect(i) for i in items])
    for name in METRICS:
        assert card.overall[name] == (0.0 if name in LOWER_IS_BETTER else 1.0), name
        for t, metrics in card.by_type.items():
            assert metrics[name] in (None, 0.0 if name in LOWER_IS_BETTER else 1.0), (t, name)
    assert all(not r.failures for r in card.rows)
    assert card.overall["latency_p95_ms"] == 12.0


def test_empty_responses_score_zero(items):
    for outcomes in ([empty(i) for i in items], []):  # empty answers, and no responses at all
        card = score(items, outcomes)
        for name in METRICS:
            if name not in LOWER_IS_BETTER and name.startswith(("citation", "cited", "figure", "fact", "abstention")):
                assert card.overall[name] == 0.0, name
        assert all(r.failures for r in card.rows)
    card = score(items, [empty(i) for i in items])
    assert card.overall["recall@1"] == card.overall["recall@10"] == card.overall["mrr"] == 0.0


def test_a_wrong_number_scores_zero_on_that_figure(items):
    item = next(i for i in items if i.id == "cd-02")  # 54.79%, 64.78%, 96%
    good = perfect(item)
    response = dict(good.response, answer="巴南区公办率54.97%，汉中市64.78%，略阳县96%。",
                    figures=[{"value": 54.97, "unit": "%"}, {"value": 64.78, "unit": "%"}, {"value": 96, "unit": "%"}])
    row = score([item], [Outcome(item.id, response, good.passages)]).rows[0]
    assert row.metrics["figure_accuracy"] == pytest.approx(2 / 3)
    assert any("figure 54.79%" in f for f in row.failures)


def test_abstaining_on_answerable_and_answering_unanswerable_are_both_failures(items):
    answerable = next(i for i in items if i.id == "lk-16")
    unanswerable = next(i for i in items if i.type == "unanswerable")
    abstain = Outcome(answerable.id, dict(perfect(answerable).response, abstained=True))
    answer = Outcome(unanswerable.id,
                     {"answer": "江北区有10万人。", "abstained": False, "citations": [], "figures": []})
    card = score([answerable, unanswerable], [abstain, answer])
    assert card.overall["false_abstention_rate"] == 1.0
    assert card.overall["abstention_accuracy"] == 0.0
    assert card.overall["figure_accuracy"] == card.overall["citation_precision"] == 0.0
    assert "abstained on an answerable question" in card.rows[0].failures
    assert "answered a question the documents cannot answer" in card.rows[1].failures


@pytest.mark.parametrize("gold, response, expected", [
    ((0.93, "万人"), {"answer": "共9300人"}, True),
    ((9300, "人"), {"answer": "约0.93万人"}, True),
    ((1.7, "亿元"), {"figures": [{"value": 17000, "unit": "万元"}]}, True),
    ((1.7, "億元"), {"answer": "專項資金1.7億元"}, True),  # Traditional unit
    ((54.79, "%"), {"figures": [{"value": 0.5479, "unit": ""}]}, True),  # a ratio in the figures array
    ((54.79, "%"), {"answer": "比例为0.5479"}, False),  # …but not a bare decimal in prose
    ((3.63, "万人"), {"answer": "在園幼兒數(萬人) 2.76 3.63"}, True),  # a table cell under its header
    ((60, "名"), {"answer": "引进 60 余名正高级教师"}, True),  # 名 = 人, approximate kept
    ((6, "个百分点"), {"answer": "提高了6%"}, True),
    ((800, "元/生/年"), {"answer": "小学800元"}, True),
    ((49, "亿元"), {"answer": "建成49所学校"}, False),  # same number, other unit
    ((49, "亿元"), {"answer": "投入4.9亿元"}, False),  # other scale
    ((31.52, "%"), {"answer": "增长约31.5%"}, True),  # within tol 0.05
    ((31.52, "%"), {"answer": "增长约31.4%"}, False),
    ((9.36, ""), {"answer": "生师比约9.36:1"}, True),
])
def test_figure_equivalences(gold, response, expected):
    value, unit = gold
    tol = 0.05 if unit in ("%", "") and value < 100 else 0.005
    assert figure_found(GoldFigure(value=value, unit=unit, tol=tol), response) is expected


def test_retrieval_recall_is_capped_and_normalised():
    quotes = ["在園幼兒數(萬人)\n\n2.76\n\n3.63", "普惠在園幼兒28716人"]
    passages = ["无关段落", "在园幼儿数（万人） 2.76 3.63 0.87", "普惠在园幼儿 28716人，普惠率78.93%"]
    m = retrieval_metrics(quotes, passages)
    assert m["recall@1"] == 0.0 and m["mrr"] == 0.5
    assert m["recall@5"] == 1.0 and m["recall@10"] == 1.0
    assert retrieval_metrics(quotes, ["在园幼儿数(万人)2.763.63 … 普惠在园幼儿28716人"])["recall@1"] == 1.0
    assert retrieval_metrics(quotes, ["在园幼儿数(万人)2.76"])["recall@10"] == 0.0  # half a quote is not a hit


def test_quote_containment_normalises_script_width_pinyin_and_space():
    """The issue 5 matching form: NFKC, Traditional → Simplified, pinyin notes and whitespace removed."""
    passage = "全區新增學(xué)位１２０００個，\n 公辦率 54.79%"  # as the Kaizhou file writes its notes
    assert contains(passage, "全区新增学位12000个，公办率54.79%")
    assert not contains(passage, "全区新增学位12001个")
    assert not contains(passage, "")


def test_a_number_matches_with_or_without_thousands_separators():
    assert contains("全年办理申请1088件，同比增长12.5%", "1,088件")
    assert contains("预算总计52,368.40万元", "52368.40万元")
    assert not contains("预算总计52,368.40万元", "5,236.84万元")
    assert not contains("编号为1,2,3的三所学校", "123")  # a list of single digits is no grouped number
    assert not contains("三个学段分别为120，150，180所", "120150180所")  # nor a list of numbers
    assert not contains("共计12，300人", "12300人")


def test_percent_followed_by_fen_is_still_a_figure():
    """`分` after a bare number is a time (`14时30分`), but not after `90%以上` (the 分 of 分配)."""
    assert figure_found(GoldFigure(value=90, unit="%", tol=0.05), {"answer": "其中90%以上分配到農村偏遠薄弱學校任教"})
    assert [q.text for q in find_quantities("其中90%以上分配到学校，14时30分开会")] == ["90%以上"]


def test_a_confident_wrong_figure_is_counted_on_its_own(items):
    """A wrong number stated as the answer, and any figure stated for an unanswerable question,
    count as wrong and confident; an abstention, a partly right answer and a figure-free quote do not."""
    answerable = next(i for i in items if i.id == "cd-02")  # 54.79%, 64.78%, 96%
    unanswerable = [i for i in items if i.type == "unanswerable"][:2]
    good = perfect(answerable)
    wrong = dict(good.response, answer="巴南区公办率12%。", figures=[{"value": 12, "unit": "%"}])
    partly = dict(good.response, answer="巴南区公办率54.79%，汉中市60%。", figures=[])
    outcomes = [Outcome(answerable.id, wrong, good.passages),
                Outcome(unanswerable[0].id, {"answer": "江北区有10万人。", "abstained": False, "citations": [],
                                             "figures": []}),
                Outcome(unanswerable[1].id, {"answer": "文件中未找到。", "abstained": True, "citations": [],
                                             "figures": []})]
    card = score([answerable, *unanswerable], outcomes)
    assert [r.metrics["wrong_confident"] for r in card.rows] == [1.0, 1.0, 0.0]
    assert card.overall["wrong_confident_n"] == 2.0
    assert any("wrong and confident" in f for f in card.rows[0].failures)
    row = score([answerable], [Outcome(answerable.id, partly, good.passages)]).rows[0]
    assert row.metrics["wrong_confident"] == 0.0
    quote = {"answer": "据文件：“加强师资队伍建设。”", "abstained": False, "citations": [], "figures": []}
    assert score([unanswerable[0]], [Outcome(unanswerable[0].id, quote)]).rows[0].metrics["wrong_confident"] == 0.0
