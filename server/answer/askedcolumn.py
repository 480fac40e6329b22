"""The column the asked noun picks: a table of several numeric columns of different kinds (a statistics
table's 学校数 / 在校生 / 专任教师 / 经费, an admissions plan's 计划班数 / 计划招生数) is read in the column of
the kind the question asks — by the noun after its asking word (`多少个班` → the 班数 column) or by its
counter or unit (`几所` → schools, `多少人` → people, `多少万元` → money) — never in a column of another kind.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from figures.counters import noun_counter
from figures.numbers import canonical_unit, is_unit
from figures.tablequery import key
from ingest.normalize import normalize
from ingest.tables import UNIT_NOTE_END
from server.answer.evidence import unit_kind
from server.lexicon import note_counters, unit_nouns

# the noun a count or amount is asked of, after the asking word and its counter (`多少个班`, `几所学校`)
_COUNTERS = ("个", "名", "位", "所", "间", "户", "项", "次", "趟")  # 次: times, no thing counted
_ASKED_NOUN = re.compile(rf"(?:多少|几)(?:{'|'.join(_COUNTERS)})?(?P<noun>[^\W\d的是呢吗啊了]{{1,4}})")
# the word a header counts its noun by (`计划班数`, `学校数量`): the noun is what the column counts
_COUNTED = re.compile(r"(?:总数|数量|数)$")
# a counter asked that says nothing of what is counted: 个 counts classes, places and projects alike
_GENERIC = {"个"}
# a unit of a measure asked where a noun would be (`多少人`): its kind picks the column, not as the noun heading it
_MEASURES = ("people", "money", "share", "area")
# a column of an amount per one (`每班人数`, `生均经费`): never the count or total asked
PER_ONE_HEAD = re.compile(r"每|生均|校均|人均|平均")


def column_kinds(header: str, unit: str) -> set[str]:
    """The kinds a column's values are (money, people, area, share, or a counter such as 所): its unit's,
    and its header's by the noun heading it (`学校数` → 所, `专任教师` → people, `经费` → money)."""
    kinds = {unit_kind(canonical_unit(unit))} if unit else set()  # ㎡ is 平方米
    head = key(header)
    counted = _COUNTED.sub("", head)
    if head.endswith("人数"):
        kinds.add("people")  # of people whatever noun comes before (`每班人数`, `招生人数`): not a count of that noun
    kinds |= {kind for noun, kind in unit_nouns().items() if counted.endswith(noun)}
    if not head.endswith("人数") and (counter := noun_counter(counted[-3:])) is not None:  # the noun ending it
        kinds.add(unit_kind(counter))
    return kinds


def header_unit(header: str) -> str:
    """The unit a column with no unit note gives its bare numbers: the header when it is a unit itself (a
    training plan's 学时, 课时), the unit of two characters or more closing it when it names what it counts by its
    counter (`受助人次`, `培训学时`: 人次, 学时 — one character, `负责人`, names no counter), 人 when it counts
    people (`人数`, `招生人数`), else ''."""
    head = key(header)
    # (a header with a note of its own, `体育课时（节/周）`, counts in the note's unit, not its closing word's;
    # a note that is one counter the table reader leaves unread, `门店总数（家）`, is that unit, and so is one
    # the number reader reads no unit for, `发现苗头（起）`: server/lexicon/note_counters.tsv. The note wins
    # over a header that is a unit itself (`课时（节）`: its cells are in 节), and a header joined over two rows
    # (`活动（场） 完成`) counts in the note closing its group heading)
    note = next((n for part in reversed(header.split()) if (n := UNIT_NOTE_END.search(part))), None)
    inner = normalize(note.group(), drop_space=True).strip("()") if note else ""
    if inner and "/" not in inner and (is_unit(inner) or inner in note_counters()):
        return inner
    if is_unit(head):
        return head
    noted = note is not None
    closing = "" if noted else next((head[i:] for i in range(1, len(head) - 1) if is_unit(head[i:])), "")
    return closing or ("人" if head.endswith("人数") else "")


def count_unit(header: str) -> str:
    """The counter a count column's bare whole numbers are read in, to show them: header_unit's, else 次 of a
    count of times (`督导次数`), else the counter of the noun a count column counts (`联系学校数` → 所,
    figures/lexicon/counters.tsv); '' for any other column."""
    head = key(header)
    if unit := header_unit(header):
        return unit
    if head.endswith("次数"):
        return "次"
    return (noun_counter(head[:-1][-3:]) or "") if head.endswith("数") else ""


def sibling_count_unit(columns: Sequence[str], header: str) -> str:
    """The counter of a column headed by a qualified noun (`达标实验室`) beside the column counting that noun
    (`实验室数`): the count's, as a check's table counts the units that passed in the counter of those checked."""
    head = key(header)
    return next((unit for c in columns if (k := key(c)) != head and k.endswith("数") and len(k) > _MIN_NOUN
                 and head.endswith(k[:-1]) and (unit := count_unit(c))), "")


_MIN_NOUN = 2  # characters of a counted noun with its 数 (班数 is too short to name a qualified column's noun)


def people_unit(header: str) -> str:
    """人 for a column headed by the people it counts, with no word of counting (`毕业生`, `参赛学生`): its bare
    whole numbers are people; '' for any other column."""
    return "人" if column_kinds(header, "") == {"people"} else ""


def asked_noun(q: str) -> str:
    """The noun after the question's last asking word and counter (`多少个班` → 班), or '': the thing asked
    (`几项工程一共投资多少万元` asks money, the 工程 it counts first only choose rows)."""
    found = [m.group("noun") for m in _ASKED_NOUN.finditer(q)]
    return found[-1] if found and found[-1] not in _COUNTERS else ""  # `是多少个`: a counter, no noun


def counted_head(header: str) -> str:
    """What a count column counts: its header without its word of counting (`计划班数` → 计划班)."""
    return _COUNTED.sub("", key(header))


def headed_by(header: str, noun: str) -> bool:
    """A count column of the noun asked: `计划班数`, `班级数` of 班 (not `每班人数`, a count of people)."""
    counted = counted_head(header)
    # (the header's last word may lengthen the noun: 班 of 班级数)
    return bool(noun) and unit_kind(noun) not in _MEASURES and counted != key(header) \
        and (counted.endswith(noun[:2]) or counted[-len(noun) - 1:].startswith(noun)) \
        and not PER_ONE_HEAD.match(counted)


def fits(header: str, unit: str, q: str, units: tuple[str, ...]) -> bool | None:
    """Whether the column holds the kind the question asks (None: the question or the column says no kind):
    the unit asked outright (`多少平方米`), else the counter's and the noun's kinds (`多少名小学教师`: people);
    a thing counted in 个 only by a column naming it (`多少个学位`: 新增学位)."""
    kinds = column_kinds(header, unit)
    noun = asked_noun(q)
    if not kinds:
        return None
    if noun and unit_kind(noun) in _MEASURES:
        return unit_kind(noun) in kinds
    # the question's units are its first counter's (`几所学校，平均每所占地多少平方米`): the thing asked only
    # when it asks once
    asked = {unit_kind(canonical_unit(u)) for u in units if u not in _GENERIC} \
        if len(_ASKED_NOUN.findall(q)) <= 1 else set()
    asked |= {kind for kind in (_noun_kind(noun),) if kind}
    if asked:
        return bool(asked & kinds)
    return noun[:2] in key(header) if noun else None


def _noun_kind(noun: str) -> str:
    """The kind of the listed noun ending the noun asked (`小学教师` → people), or ''."""
    return next((kind for n, kind in sorted(unit_nouns().items(), key=lambda x: -len(x[0])) if noun.endswith(n)),
                "")


def of_asked_noun(columns: dict[str, str], units_of: dict[str, str], measure: list[str], q: str,
                  units: tuple[str, ...]) -> list[str]:
    """Of the `measure` columns (keys of `columns`, key → header), those of the kind asked; else the one
    column the asked noun heads, or when `measure` is of another kind (or empty) the one numeric column
    of the kind asked ([] if none or several: no other kind answers); `measure` itself when neither the
    question nor its columns say a kind."""
    if len(measure) > 1 and (len(_ASKED_NOUN.findall(q)) > 1 or listed_columns(measure, q)):
        # several asks (`多少人？共多少个班？`, `A数、B、C合计`): each column named answers its own
        return measure
    noun = asked_noun(q)
    headed = [k for k, h in columns.items() if headed_by(h, noun)]
    verdict = {k: True if k in headed else fits(h, units_of.get(h, ""), q, units) for k, h in columns.items()}
    kept = [m for m in measure if verdict.get(m)]
    if kept:
        return kept
    if len(headed) == 1:
        return headed
    if not measure or all(verdict.get(m) is None for m in measure):
        return measure
    # the named column is of another kind: the one of the kind asked that the question names in part
    fitting = [k for k, v in verdict.items() if v and _shares_words(k, q) and not PER_ONE_HEAD.match(k)]
    return fitting if len(fitting) == 1 else []


# what joins the columns of a list the question names (`学校数、受益学生和补助资金`)
_LIST_JOIN = re.compile(r"、|和|与|及|以及")


def listed_columns(measure: list[str], q: str) -> bool:
    """The question names every measured column in full, one after another, joined as a list."""
    at = sorted((q.find(m), m) for m in measure)
    return at[0][0] >= 0 and all(_LIST_JOIN.fullmatch(q[i + len(m):j]) for (i, m), (j, _) in zip(at, at[1:]))


def _shares_words(column: str, q: str) -> bool:
    return any(column[i:i + 2] in q for i in range(len(column) - 1))
