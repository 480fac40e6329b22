"""Age bands said in everyday words (`过了四十五的老师`, `不到三十岁的`) rewritten as documents
write them (`50岁以上`, `35岁以下`): staff and population statistics count people by age band so
(教育部 教育事业统计 专任教师年龄结构: `29岁及以下 … 50岁以上`; 国家统计局 人口统计: `60岁及以上`)."""
from __future__ import annotations

import re

from figures.numbers import parse_number

_NUMERAL = r"[零〇一二两三四五六七八九十百\d]{1,4}"
_AGE_WORDS = re.compile(r"年纪|年龄|岁数|年轻|上了年|老教师|老同志")
# people an age band qualifies (`过了四十五的职工`): the band is an age even without 岁
_PEOPLE = r"(?:教师|老师|职工|人员|干部|校长|老人|员工|的人)"
# a count or an amount is no age (`过了五十人的班`, `超过五十万元`)
_NOT_AGE = r"(?![\d零〇一二两三四五六七八九十.个名所人元万亿千百%年月天日次项家户条届级班分倍米平公小])"
_OVER = re.compile(rf"(?:过了|超过了?|年过|满了|上了)({_NUMERAL}){_NOT_AGE}(?:(周?岁)(?:以上)?)?")
_UNDER = re.compile(rf"(?:不到|不满|未满|没到|没满)({_NUMERAL}){_NOT_AGE}(?:(周?岁)(?:以下)?)?")
_OLDEST_AGE = 120


def _age(numeral: str) -> int | None:
    parsed = parse_number(numeral)
    value = parsed.value if parsed is not None else None
    return int(value) if value is not None and value == int(value) and 0 < value <= _OLDEST_AGE else None


def spoken_ages(norm: str) -> str:
    """`norm` with its everyday age bands written `N岁以上`/`N岁以下`; a number without 岁 only where it
    qualifies people (`过了四十五的职工`) or the question speaks of age (年纪, 年龄), not `过了五十的班`."""
    aged = bool(_AGE_WORDS.search(norm))

    def rewrite(m: re.Match[str], bound: str) -> str:
        groups = m.groups()
        numeral = next(g for g in groups if g and not g.endswith("岁"))
        said_age = any(g and g.endswith("岁") for g in groups)
        people = re.match(rf"的?{_PEOPLE}", norm[m.end():]) is not None
        age = _age(numeral)
        if age is None or not (said_age or people or aged):
            return m.group(0)
        return f"{age}{'周' if '周岁' in m.group(0) else ''}岁{bound}"

    norm = _OVER.sub(lambda m: rewrite(m, "以上"), norm)
    return _UNDER.sub(lambda m: rewrite(m, "以下"), norm)


# an age band as documents write it (`50岁以上`, `35周岁及以下`)
AGE_BAND = re.compile(r"(?<![\d.])(\d{1,3})周?岁及?(以上|以下)")


def age_terms(text: str) -> list[str]:
    """The age bands of staff in `text` (`50岁以上的教师`) as key terms, each with the forms documents write
    it in (`50周岁以上`, `50岁及以上`): staff statistics always write the band, which a passage must name. A
    child's band is left out: it names the group the noun after it already names (`3岁以下婴幼儿`, `婴幼儿托位`)."""
    return ["|".join(f"{m.group(1)}{day}岁{both}{m.group(2)}" for day in ("", "周") for both in ("", "及"))
            for m in AGE_BAND.finditer(text) if re.match(rf"的?[\u4e00-\u9fff]{{0,2}}?{_PEOPLE}", text[m.end():])]


# children counted by an age span (`3到5岁的孩子`): population and enrolment statistics count the children of
# an age span apart from those enrolled (学前 普及普惠 reports: `3至5周岁户籍儿童`, beside `在园幼儿`)
_CHILDREN = r"(?:孩子|小孩|幼儿|婴幼儿|儿童|适龄)"
_SPAN_JOINS = ("至", "到", "-", "—", "~")


def child_span_terms(text: str) -> list[str]:
    """The age span of the children a question counts (`3到5岁的孩子`) as one key term, with the forms documents
    write it in (`3至5周岁`, `3-5岁`): the span tells the children of that age from all those enrolled."""
    terms = []
    for m in _SPAN.finditer(text):
        low, high = _age(m.group(1)), _age(m.group(2))
        if low is not None and high is not None and low < high and re.match(rf"的?{_CHILDREN}", text[m.end():]):
            terms.append("|".join(f"{low}{join}{high}{day}岁" for join in _SPAN_JOINS for day in ("周", "")))
    return terms


def _bands(text: str) -> set[tuple[str, str]]:
    return {(m.group(1), m.group(2)) for m in AGE_BAND.finditer(text)}


def age_conflict(asked: str, context: str) -> str:
    """The age band a figure's words state when the question asks another (`30岁以下` asked, `50岁以上教师
    占比` stated): that figure is another group's; '' when they agree or either names none."""
    wanted, stated = _bands(asked), _bands(context)
    if not wanted or not stated or wanted & stated:
        return ""
    number, side = sorted(stated)[0]
    return f"它说的是{number}岁{side}的"


# an age span asked (`40到55岁之间`, `40—55周岁`, `四十至五十五岁`): its two bounds, the second with 岁
_SPAN = re.compile(rf"(?<![\d.])({_NUMERAL})周?岁?(?:到|至|—|-|－|~|～)({_NUMERAL})周?岁(?:之间)?")


def asked_span(norm: str) -> tuple[int, int] | None:
    """The (lower, upper) ages of the one span the question asks (`40到55岁之间的职工`), else None."""
    found = [(_age(m.group(1)), _age(m.group(2))) for m in _SPAN.finditer(norm)]
    if len(found) != 1:
        return None
    lo, hi = found[0]
    return (lo, hi) if lo is not None and hi is not None and lo < hi else None


def stated_band(text: str) -> tuple[int, str] | None:
    """The one age band `text` writes (`专任教师中50岁以上的` → (50, '以上')), else None."""
    found = {(int(m.group(1)), m.group(2)) for m in AGE_BAND.finditer(text)}
    return found.pop() if len(found) == 1 else None


def age_unsaid(asked: str, context: str) -> str:
    """The age range the question asks of people (`40至55岁的教职工有几人`) where the figure's own words name no
    age at all (`专任教师312人`): the figure counts all of them, not the range asked. (A band, `50岁以上`, is a key
    term a passage must name: age_terms.)"""
    band = _SPAN.search(asked)
    if band is None or "岁" in context or not re.match(rf"的?[\u4e00-\u9fff]{{0,2}}?{_PEOPLE}", asked[band.end():]):
        return ""
    return f"它说的是全部人数，没有说到所问的{band.group()}"
