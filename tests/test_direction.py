"""The one vocabulary of a fall and a rise: a text's verbs, a question's spoken forms, the readers built on it."""
from figures.changes import find_changes
from figures.direction import ASKS_FALL, ASKS_RISE, FALL
from server.answer.comparison import asked_sides
from server.answer.levels import _ASKS_LEVEL


def test_written_and_spoken_falls_and_rises():
    assert FALL.search("招生人数比上年回落") and not FALL.search("比上年增加")
    assert ASKS_FALL.search("哪个科目比去年少了") and ASKS_FALL.search("哪项降得最多")
    assert ASKS_RISE.search("哪个科目涨了") and ASKS_RISE.search("哪项指标上调")
    # 最少/至少/多少 end in 少 but say no fall; 最多/至多 no rise
    assert not ASKS_FALL.search("最少了几所") and not ASKS_FALL.search("一共多少了")
    assert not ASKS_RISE.search("最多了几所") and not ASKS_RISE.search("至多了")


def test_a_text_states_a_fall_with_any_verb_of_the_vocabulary():
    text = "茂林县公办幼儿园学位由1200个压减至1100个，普惠园比上年下调5所，在园幼儿3200人、比上年上调120人。"
    changes = find_changes(text)
    fell = {c.new.text: c.falls for c in changes if c.new}
    assert fell["1100个"] is True
    assert any(c.delta and c.delta.text == "120人" and not c.falls for c in changes)


def test_a_comparison_names_its_smaller_side_by_a_verb_of_fall():
    a, b, a_smaller, _ = asked_sides("甲县的学位比乙县降低了多少") or ("", "", False, False)
    assert (a, b, a_smaller) == ("甲县的学位", "乙县学位", True)
    assert (asked_sides("甲县比乙县多多少") or ("", "", True, False))[2] is False


def test_a_scale_widened_to_a_level_asks_the_level():
    assert _ASKS_LEVEL.search("寄宿制学校招生规模扩大到多少人")
    assert _ASKS_LEVEL.search("课后托管覆盖范围计划扩大至多少所学校")
