"""`policyqa eval --variants`: every question asked again reworded as staff type it (请问 before it, no question
mark, Traditional script, the place's short form), and the answers that change with the wording counted per
rewording — on a corpus written here, with the real pipeline."""
import json

from eval.schema import Item
from eval.score import Row, Scorecard
from eval.variants import compare, courteous, place_shortener, reworded, traditional, without_mark


def test_rewordings_keep_the_question_and_change_only_its_form():
    assert courteous("芷川县有几所学校？") == "请问芷川县有几所学校"
    assert courteous("请问芷川县有几所学校?") == "请问芷川县有几所学校"
    assert without_mark("芷川县有几所学校？ ") == "芷川县有几所学校"
    assert traditional("芷川县学校数量") == "芷川縣學校數量"
    shorten = place_shortener(["芷川县", "芷川县城关镇"])
    # a place the documents name is shortened; one no document names is left as written
    assert shorten("芷川县和蘅阳县各有几所学校") == "芷川和蘅阳县各有几所学校"


def _item(n: int, question: str) -> Item:
    return Item.model_validate({"id": f"q{n}", "type": "lookup", "question": question, "answer": "3所",
                                "figures": [{"value": 3, "unit": "所"}], "sources": [], "facts": []})


def test_only_questions_a_rewording_changes_are_asked_again_under_their_own_ids():
    items = [_item(1, "芷川县有几所学校？"), _item(2, "芷川县有几所学校")]
    asked = reworded(items, without_mark)
    assert [(i.id, i.question) for i in asked] == [("q1", "芷川县有几所学校")]


def _row(n: int, right: bool, confident_wrong: bool = False) -> Row:
    metrics: dict[str, float | None] = {"figure_accuracy": 1.0 if right else 0.0, "false_abstention_rate": 0.0,
                                        "wrong_confident": 1.0 if confident_wrong else 0.0}
    return Row(f"q{n}", "lookup", f"问题{n}", "答", False, metrics, 1.0,
               [] if right else ["figure 3所 (±0) not in answer"])


def test_lost_and_gained_are_counted_question_by_question():
    base = Scorecard([_row(1, True), _row(2, True), _row(3, False)], {}, {})
    variant = Scorecard([_row(1, True), _row(2, False, confident_wrong=True), _row(3, True)], {}, {})
    result = compare("无问号", base, variant)
    assert (result.asked, result.right_before, result.kept, result.gained, result.wrong_confident) == (3, 2, 1, 1, 1)
    assert [lost["id"] for lost in result.lost] == ["q2"]


def test_eval_with_variants_reports_each_rewording(tmp_path, monkeypatch, capsys):
    import policyqa

    corpus = tmp_path / "docs"
    corpus.mkdir()
    (corpus / "zhichuan-schools-2025.txt").write_text(
        "芷川县教育局关于2025年学校布局调整的通报\n一、基本情况\n全县新建小学3所，新增学位2700个。\n"
        "芷川县教育局\n2025年6月1日\n", encoding="utf-8")
    questions = tmp_path / "q.jsonl"
    questions.write_text(json.dumps({
        "id": "q1", "type": "lookup", "question": "芷川县新增学位多少个？", "answer": "2700个",
        "figures": [{"value": 2700, "unit": "个"}],
        "sources": [{"doc": "zhichuan-schools-2025", "quote": "新增学位2700个"}], "facts": ["2700个"]},
        ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setenv("POLICYQA_DATA_DIR", str(tmp_path / "data"))
    out = tmp_path / "report"
    assert policyqa.main(["eval", str(questions), "--corpus", str(corpus), "--out", str(out), "--variants",
                          "--quiet"]) == 0
    printed = capsys.readouterr().out
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    by_name = {v["name"]: v for v in results["variants"]}
    assert set(by_name) == {"请问…（无问号）", "无问号", "繁体", "地名简称"}
    assert all(v["asked"] == 1 and v["right_before"] == 1 for v in by_name.values()), by_name
    assert "reworded 繁体: 1 asked, 1 right as written" in printed, printed
    assert "Robustness to rewordings" in (out / "report.md").read_text(encoding="utf-8")
    assert "Robustness to rewordings" in (out / "report.html").read_text(encoding="utf-8")
