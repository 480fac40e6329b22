"""One table normalises a unit or counter as written: a figure's (`名` → 人) and a question's (`几位`, `几趟`)."""
from figures.numbers import canonical_unit, find_quantities
from server.intent import wanted_units


def test_a_counter_as_written_becomes_the_unit_figures_are_kept_in():
    assert canonical_unit("名") == canonical_unit("位") == "人"
    assert canonical_unit("㎡/生") == "平方米/生"
    assert canonical_unit("所") == "所"
    assert canonical_unit("百分之") == canonical_unit("%") == "%"  # 百分之八十七 and 87% are one unit
    assert [q.unit for q in find_quantities("配备专职教师35名")] == ["人"]


def test_a_question_counts_in_the_unit_a_figure_is_kept_in():
    assert wanted_units("青川镇中心小学有多少位专任教师") == ("人",)
    assert wanted_units("校车每天要跑几趟") == ("次",)


def test_events_counted_in_sessions_are_counted_in_events():
    # a table's 场次 column and a question's 多少场 count the same events held
    assert canonical_unit("场次") == canonical_unit("场") == "场"
    assert [q.unit for q in find_quantities("全年开展安全讲座46场次")] == ["场"]
    assert canonical_unit("人次") != canonical_unit("人")  # visits are never people
