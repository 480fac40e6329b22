"""期 counts the runs of a course or a training held (`每年组织两期培训`, `办培训班12期`), in either digit form;
a phase's label (`二期工程`, `一期项目`), an issue's ordinal (`第5期`) and 期间/期末 are no count."""
import pytest

from figures.numbers import find_quantities


@pytest.mark.parametrize("text, value", [("每年組織兩期骨幹教師培訓", 2), ("全年共办研修班12期", 12),
                                         ("计划举办三期校长论坛", 3)])
def test_runs_held_are_counted_in_qi(text: str, value: float) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(value, "期")]


@pytest.mark.parametrize("text", ["二期工程已开工", "一期项目完成验收", "简报第5期", "考试期间", "3期末"])
def test_labels_ordinals_and_periods_are_no_count(text: str) -> None:
    assert not [q for q in find_quantities(text) if q.unit == "期"]
