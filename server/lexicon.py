"""The lexicon: everyday phrasings and the documents' words for them, as data (server/lexicon/*.tsv,
each file stating its source), read once."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from server.wordstarts import names_read

DATA = Path(__file__).with_name("lexicon")


def _rows(name: str) -> list[list[str]]:
    """The tab-separated rows of a lexicon file, comments and blank lines skipped."""
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@lru_cache(maxsize=1)
def defined_rates() -> list[tuple[str, str, str]]:
    """(rate, part word, whole word) of the rates figures/lexicon/defined_rates.tsv defines, longest rate first
    (有效回收率 before 回收率)."""
    path = Path(__file__).resolve().parents[1] / "figures" / "lexicon" / "defined_rates.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return sorted(((r[0], r[1], r[2]) for r in rows if len(r) == 3), key=lambda r: -len(r[0]))


@lru_cache(maxsize=1)
def plain_words() -> dict[str, str]:
    """Everyday phrase → the documents' word ('' drops the phrase)."""
    return {row[0]: row[1] if len(row) > 1 else "" for row in _rows("plain_words.tsv")}


@lru_cache(maxsize=1)
def courtesy_openers() -> tuple[str, ...]:
    """Words a question opens with that ask nothing (请问, 我想知道: courtesy_openers.tsv), longest first."""
    return tuple(sorted((row[0] for row in _rows("courtesy_openers.tsv")), key=len, reverse=True))


@lru_cache(maxsize=1)
def unit_nouns() -> dict[str, str]:
    """A noun → the kind of unit its quantity is stated in (资金 → money, 学生 → people)."""
    return {row[0]: row[1] for row in _rows("unit_nouns.tsv")}


@lru_cache(maxsize=1)
def money_nouns() -> tuple[str, ...]:
    """The nouns whose quantity is stated in money (unit_nouns.tsv: 资金, 补贴, 学费 …), in the file's order."""
    return tuple(n for n, kind in unit_nouns().items() if kind == "money")


@lru_cache(maxsize=1)
def worded_columns() -> dict[str, tuple[str, ...]]:
    """A kind asked of a row (place, topic) → the words a table heads that kind's column with (worded_columns.tsv)."""
    return {row[0]: tuple(row[1].split()) for row in _rows("worded_columns.tsv")}


@lru_cache(maxsize=1)
def spoken_counters() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(a counter speech puts on a kind of thing, the documents' counter for it, the nouns of that kind)."""
    return tuple((row[0], row[1], tuple(row[2].split())) for row in _rows("spoken_counters.tsv"))


@lru_cache(maxsize=1)
def per_head() -> dict[str, tuple[str, ...]]:
    """How an amount per head is written: `each` (每生, 每名学生) and `mean` (生均, 人均), each longest first."""
    return {row[0]: tuple(sorted(row[1].split(), key=len, reverse=True)) for row in _rows("per_head.tsv")}


@lru_cache(maxsize=1)
def counted_alike() -> dict[str, tuple[str, ...]]:
    """A counter → the nouns reports count in it and name alike (处: 隐患, 风险点, 问题)."""
    return {row[0]: tuple(row[1].split()) for row in _rows("counted_alike.tsv")}


@lru_cache(maxsize=1)
def described_terms() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """(a term, the everyday head nouns a description of it ends with, the words that define it)."""
    return tuple((row[0], tuple(row[1].split()), tuple(row[2].split())) for row in _rows("described_terms.tsv"))


@lru_cache(maxsize=1)
def synonyms() -> dict[str, tuple[str, ...]]:
    """A question's word → the words documents write for it."""
    return {row[0]: tuple(row[1].split()) for row in _rows("synonyms.tsv")}


@lru_cache(maxsize=1)
def rate_parts() -> dict[str, tuple[str, ...]]:
    """A rate's stem (参与 of 参与率) → the other words a column writes for the part it counts (参加)."""
    return {row[0]: tuple(row[1].split()) for row in _rows("rate_parts.tsv")}


@lru_cache(maxsize=1)
def counted_rates() -> dict[str, tuple[str, ...]]:
    """A rate's stem (达标 of 达标率) → the words a clause names the rate's whole by (核查, 申报)."""
    return {row[0]: tuple(row[1].split()) for row in _rows("counted_rates.tsv")}


@lru_cache(maxsize=1)
def complements() -> list[tuple[str, str]]:
    """Pairs of qualifiers that split one whole into two parts (公办/民办, 城镇/农村)."""
    return [(row[0], row[1]) for row in _rows("complements.tsv")]


@lru_cache(maxsize=1)
def opposite_moves() -> list[tuple[str, str]]:
    """Pairs of moves in opposite directions (转入/转出) that never answer for each other."""
    return [(row[0], row[1]) for row in _rows("opposite_moves.tsv")]


@lru_cache(maxsize=1)
def area_kinds() -> dict[str, tuple[frozenset[str], str]]:
    """A word for a kind of area (农村, 城区, 乡镇) → the statistical kinds it may mean, and the characters
    after which it is part of another word (县城 of 全县城乡)."""
    return {row[0]: (frozenset(row[1].split()), row[2] if len(row) > 2 else "") for row in _rows("area_kinds.tsv")}


@lru_cache(maxsize=1)
def stages() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """A school stage → (the other names documents give it, the stages it comprises)."""
    return {row[0]: (tuple(row[1].split()) if len(row) > 1 else (), tuple(row[2].split()) if len(row) > 2 else ())
            for row in _rows("stages.tsv")}


@lru_cache(maxsize=1)
def stage_names() -> tuple[tuple[str, str], ...]:
    """Every name of a school stage (stages.tsv) → the stage, longest name first (普通高中 before 高中)."""
    return tuple(sorted(((name, stage) for stage, (names, _) in stages().items() for name in (stage, *names)),
                        key=lambda pair: (-len(pair[0]), pair[0])))


def stages_named(text: str) -> list[tuple[str, str]]:
    """The school stages `text` names, as (the name written, the stage), longest name first and each
    stretch of text read once: 中等职业学校 is 中等职业教育, 中小学 the compulsory stages, not 小学."""
    return list(_stages_named(text))


@lru_cache(maxsize=8192)  # the evidence reader asks for every sentence it weighs, once per question
def _stages_named(text: str) -> tuple[tuple[str, str], ...]:
    names = dict(stage_names())
    return tuple((name, names[name]) for name in names_read(text, tuple(names)))


@lru_cache(maxsize=1)
def member_nouns() -> tuple[str, ...]:
    """Nouns of the units a kind of school is counted in (学校, 初中, 班), longest first."""
    return tuple(sorted((row[0] for row in _rows("member_nouns.tsv")), key=len, reverse=True))


@lru_cache(maxsize=1)
def stage_families() -> dict[str, str]:
    """A school stage's name → its family (幼儿园 → preschool): stages of different families never
    answer for each other."""
    return {row[0]: row[1] for row in _rows("stage_families.tsv")}


@lru_cache(maxsize=1)
def qualifiers() -> dict[str, dict[str, tuple[str, ...]]]:
    """Kind (level, own, negation, exclusion, subunit, item) → word → its passage words (see qualifiers.tsv)."""
    kinds: dict[str, dict[str, tuple[str, ...]]] = {}
    for row in _rows("qualifiers.tsv"):
        kinds.setdefault(row[0], {})[row[1]] = tuple(row[2].split()) if len(row) > 2 else ()
    return kinds


@lru_cache(maxsize=1)
def figure_verbs() -> tuple[str, ...]:
    """Words between what a figure counts and the figure (有, 达到, 共计), longest first."""
    return tuple(sorted((row[0] for row in _rows("figure_verbs.tsv")), key=len, reverse=True))


@lru_cache(maxsize=1)
def ratio_wordings() -> dict[str, tuple[str, ...]]:
    """The words of a student–teacher ratio asked (ratio_wordings.tsv): kind (name, one, counter, teacher, verb,
    pupil, many) → its words, longest first."""
    return {row[0]: tuple(sorted(row[1].split(), key=len, reverse=True)) for row in _rows("ratio_wordings.tsv")}


@lru_cache(maxsize=1)
def degree_levels() -> tuple[tuple[str, int], ...]:
    """Every word for a level of schooling (degree_levels.tsv) → its rank (专科 1 … 博士 4), longest word first."""
    words = [(word, int(row[0])) for row in _rows("degree_levels.tsv") for word in row[1].split()]
    return tuple(sorted(words, key=lambda w: -len(w[0])))


@lru_cache(maxsize=1)
def money_kinds() -> dict[str, str]:
    """A word naming money of one kind alone → its kind (money_kinds.tsv: 总投资 → build, 运行经费 → run)."""
    return {row[0]: row[1] for row in _rows("money_kinds.tsv")}


@lru_cache(maxsize=1)
def document_kinds() -> tuple[str, ...]:
    """The words naming a document by its kind or speaker (document_kinds.tsv), longest first."""
    return tuple(sorted((row[0] for row in _rows("document_kinds.tsv")), key=len, reverse=True))


@lru_cache(maxsize=1)
def breach_nouns() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(a thing that by its name breaks a bar — 大班额 —, the words of the indicator whose bar it breaks), longest
    first."""
    return tuple(sorted(((row[0], tuple(row[1].split())) for row in _rows("breach_nouns.tsv")),
                        key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def people_groups() -> dict[str, tuple[str, ...]]:
    """A group of people a school counts apart (pupils, staff: people_groups.tsv) → the words naming it."""
    return {row[0]: tuple(row[1].split()) for row in _rows("people_groups.tsv")}


@lru_cache(maxsize=1)
def role_nouns() -> tuple[str, ...]:
    """Nouns naming people by their role in an activity (评委, 志愿者: role_nouns.tsv), counted as people."""
    return tuple(row[0] for row in _rows("role_nouns.tsv"))


@lru_cache(maxsize=1)
def staff_roles() -> dict[str, tuple[str, ...]]:
    """A group of teachers a document sets its own figures for (staff_roles.tsv) → the words naming it."""
    return {row[0]: tuple(row[1].split()) for row in _rows("staff_roles.tsv")}


@lru_cache(maxsize=1)
def listed_units() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """A kind of unit asked which one of (学校, 乡镇) → (the headers a table lists such units under, the words a
    unit's name of that kind ends with)."""
    return {row[0]: (tuple(row[1].split()), tuple(row[2].split())) for row in _rows("listed_units.tsv")}


@lru_cache(maxsize=1)
def separable_words() -> tuple[tuple[str, str], ...]:
    """(verb, object) of the verb–object words speech splits around a count asked (采 样: separable_words.tsv)."""
    return tuple((row[0], row[1]) for row in _rows("separable_words.tsv"))


@lru_cache(maxsize=1)
def counter_led_words() -> tuple[str, ...]:
    """Words opening with a bare counter's character (笔试, 本科): after a number they are no counter."""
    return tuple(row[0] for row in _rows("counter_led_words.tsv"))


@lru_cache(maxsize=1)
def note_counters() -> frozenset[str]:
    """Counters a header's unit note may give that the number reader leaves unread (`（起）`: note_counters.tsv)."""
    return frozenset(row[0] for row in _rows("note_counters.tsv"))


@lru_cache(maxsize=1)
def failed_outcomes() -> dict[str, tuple[str, ...]]:
    """A passing outcome (通过, 达标) → the headers a results table writes for its failing count
    (failed_outcomes.tsv)."""
    return {row[0]: tuple(row[1].split()) for row in _rows("failed_outcomes.tsv")}


@lru_cache(maxsize=1)
def overall_words() -> frozenset[str]:
    """Words stating a rate is over the whole a report counts (整体, 总体: overall_words.tsv), naming no part."""
    return frozenset(row[0] for row in _rows("overall_words.tsv"))


@lru_cache(maxsize=1)
def passing_words() -> dict[str, tuple[str, ...]]:
    """A passing outcome a question negates (没通过) → the words a report writes for those who passed the check
    (经资格审查，符合条件的…人: passing_words.tsv)."""
    return {row[0]: tuple(row[1].split()) for row in _rows("passing_words.tsv")}


@lru_cache(maxsize=1)
def rate_names() -> dict[str, tuple[str, ...]]:
    """A rate's published name → the other names documents write for the same rate (rate_names.tsv)."""
    return {row[0]: tuple(row[1].split()) for row in _rows("rate_names.tsv")}


@lru_cache(maxsize=1)
def obtaining_verbs() -> tuple[str, ...]:
    """Verbs of having obtained a thing that open a 其中 column (已取得, 持有), longest first (obtaining_verbs.tsv)."""
    return tuple(sorted((row[0] for row in _rows("obtaining_verbs.tsv")), key=len, reverse=True))


@lru_cache(maxsize=1)
def procurement_amounts() -> dict[str, tuple[str, ...]]:
    """kind (budget, awarded) → the words a procurement notice names that amount by (procurement_amounts.tsv)."""
    return {row[0]: tuple(row[1].split()) for row in _rows("procurement_amounts.tsv")}


@lru_cache(maxsize=1)
def work_verbs() -> tuple[str, ...]:
    """Verbs of work done on things in a period (改造, 新建, 购置: work_verbs.tsv)."""
    return tuple(row[0] for row in _rows("work_verbs.tsv"))


@lru_cache(maxsize=1)
def status_changes() -> frozenset[str]:
    """The kinds of change of a pupil's 学籍 a status table counts pupils by (status_changes.tsv)."""
    return frozenset(row[0] for row in _rows("status_changes.tsv"))


@lru_cache(maxsize=1)
def spending_verbs() -> tuple[str, ...]:
    """Verbs of paying money out that ask an amount spent (spending_verbs.tsv)."""
    return tuple(row[0] for row in _rows("spending_verbs.tsv"))


def asks_spent(q: str) -> bool:
    """Whether the question asks money paid out, by a verb of spending (`花出去`, `花得最多`)."""
    return any(v in q for v in spending_verbs())
