"""The quote-only answer's composer (server/answer/quoteonly.py): the quote and the notes beside it, on sentences
written here."""

from server.answer.quoteonly import QuotedClauses, asks_count, quoted_answer

TEXT = "到明年底，每所村小图书室藏书达到三千册，每班配备两名图书管理员。各校须于十月八日前报送方案。"


def _whole(**flags: bool) -> QuotedClauses:
    return QuotedClauses("枫渡县", TEXT, ((0, len(TEXT)),), 2, **flags)


def test_a_plain_quote_carries_no_note() -> None:
    assert quoted_answer(_whole()) == f"据枫渡县文件：“{TEXT}”[2]"


def test_a_target_gives_its_figures_in_digits_below_ten_too() -> None:
    answer = quoted_answer(_whole(target=True))
    assert "三千册即3000册" in answer and "两名即2名" in answer, answer


def test_a_count_asked_gives_figures_of_ten_and_more_in_digits() -> None:
    answer = quoted_answer(_whole(count=True))
    assert "三千册即3000册" in answer and "2名" not in answer, answer


def test_a_time_asked_gives_the_day_in_digits() -> None:
    answer = quoted_answer(_whole(when=True))
    assert answer.endswith("（即10月8日）") and "3000" not in answer, answer


def test_clauses_are_joined_by_an_ellipsis() -> None:
    cut = TEXT.index("，每班")
    quote = QuotedClauses("枫渡县", TEXT, ((0, cut), (cut + 1, TEXT.index("。") + 1)), 1)
    assert "……每班配备" in quoted_answer(quote)


def test_a_count_is_asked_by_its_total_noun() -> None:
    assert asks_count("枫渡县图书管理员总数") and not asks_count("枫渡县图书室怎么建")
