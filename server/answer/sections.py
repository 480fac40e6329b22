"""Targets and measures from the document's own structure: a section headed 主要目标/发展目标/
远景目标 answers `规划的目标是什么` for its document, and a section whose heading names the
question's topic (`优化教育资源布局`, `重点工程`, `强师资,提升队伍素质`) answers `做了哪些/
有哪些措施` with every item under it — its sub-sections, or its 一是/二是/(1)/1. items — each
quoted with its content up to the next item (a last item's heading alone with the paragraph after it) and cited,
never the heading alone. A document with no
目标 section (a work plan's 工作要点) states a topic's targets in the section headed by the topic: a
target question about the topic quotes that section's sentences setting levels (达到/保持在/到20XX年).
Problems asked (`有哪些困难`, `存在哪些问题`, `短板`) are the items of the section whose heading names them
(`存在的问题`, `困难和不足`). Items are what the document marks (一是/二是, （一）, 1., ①, 第一), run on in one
sentence or set apart, each quoted up to the next mark.
"""
from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher

from figures.years import YEAR_DIGITS
from ingest.clauses import clause_end
from ingest.models import Document, Section, Table
from ingest.normalize import normalize, pauses, to_simplified
from ingest.numerals import CN_YEAR, arabic_digits
from ingest.structure import lines, split_paragraphs, split_sentences
from ingest.tables import row_label
from server.answer.base import Ask
from server.answer.draft import CitationBook, Draft
from server.answer.evidence import COVER_MIN, Reader, document_year
from server.answer.text import (
    ITEM_HEAD,
    MEASURE_LEAD_CHARS,
    display,
    flat,
    in_digits,
    marked_items,
    region_of,
    run_in_heading,
    starts_paragraph,
)
from server.intent import ASKING
from server.lexicon import document_kinds
from server.query import Query, plan_words
from server.retrieve import Hit
from server.timespans import period_years

HEADING_COVER_MIN = 0.6  # share of the question's key terms a section's headings (and title) must carry
MAX_ITEMS = 8
ITEM_CHARS = 400  # at most this much of one item is quoted (cut at a sentence end)
BODY_CHARS = 500  # … and of a section without items
LEAD_PASSAGES = 5  # the best passages searched for a paragraph's run-in heading naming the topic
_LIST_ASK = re.compile(r"哪几[点条项个方件块类种]")  # a list asked by how many items it has (`提了哪几点要求`)
_COUNT_ITEMS = re.compile(r"(?<!哪)(?:几|多少)(?P<counter>[条项点]|个方面)")  # how many items (`有几条`, `分几个方面`)
_DESCRIBE = re.compile(rf"是什么|有哪些|哪些|啥|{_LIST_ASK.pattern}|什么|如何|怎样|怎么|做了|做法|举措|措施|内容|"
                       r"安排|情况|规划")
_TARGET_HEADING = re.compile(r"目标|愿景")
# a sentence setting a level to reach (`保持在95%以上`, `达到90%`, `控制在15:1以内`, `到2027年，…`): what a
# document without a 目标 section (a work plan's 工作要点) states as the targets of a topic's section
_AIM_SENTENCE = re.compile(r"达到|保持在?|提高到|提升到|增加到|增至|控制在|不低于|不少于|不高于|以上|以内|"
                           r"到\s*20\d\d\s*年")
_DIGIT = re.compile(r"\d")
# what plans and reports head the sections that list their measures (主要任务, 保障措施, 重点工作, 专项行动):
# the topic of `有哪些主要措施`, whose words are all question words
_MEASURE_HEADING = re.compile(r"措施|举措|任务|工作|做法|行动|工程|路径|对策|保障")
_PAUSE = re.compile(pauses("，。；;：:"))
# `措施：`, `主要做法：`, or a lead announcing the list (`…按以下顺序进行：`) before a paragraph's first item
_RUN_IN_LABEL = re.compile(r"[^\n，。；;：:]{1,24}[：:]")
_MEASURE_WORDS = re.compile(r"措施|举措")  # a heading naming its measures beside its targets (`目标和措施`)
# a heading that is the name of a measures section and nothing else (`三、工作措施`, `保障措施`, `主要举措`): a
# progress table's or notice's list of what is done, whose topic only its title names
_MEASURES_ONLY = re.compile(r"[\u4e00-\u9fff]{0,5}(?:措施|举措)")
# what was done asked by the verb of doing (`干了些什么`, `开展了哪些工作`), or how it was done (`是怎么做的`:
# the 的 of a past deed), and a heading naming only that (`主要做法`, `重点工作`, with its results: `做法与成效`): a
# report's section of the work done, whose topic its title names
_DONE_ASKED = re.compile(r"(?:做|干|办|抓|开展|实施)了|(?:怎么|怎样|如何)(?:做|干|搞|抓|办)的")
# the work planned asked (`接下来打算怎么干`, `下一步打算做什么`, `来年有何安排`): a report's section of the next steps
_PLANNED_ASKED = re.compile(r"下一步|下步|今后|接下来|下阶段|明年|来年")
_DONE_ONLY = re.compile(r"[\u4e00-\u9fff]{0,5}(?:做法|工作|措施|举措)(?:[和与及](?:成效|成绩|效果))?")


class SectionAnswer:
    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        # `提了哪几点要求`: 几 of a list asked by its items, no number
        # `需达到哪些目标值`: targets asked as a list (达到 asks no single number); `就降低辍学率提出哪些要求`: a list
        # asked by 哪些 and no 多少 or 几 — a number word inside its topic (率, 规模 of 小规模学校) asks none
        listed = _LIST_ASK.search(query.norm) or "哪些" in query.norm and (
            _target_only(query) or not ASKING.search(query.norm))
        counts = query.asks_number and not (listed and not ASKING.search(_LIST_ASK.sub("", query.norm)))
        # `保障措施有几条`: how many items a section the question names lists — its items, counted
        counted = _COUNT_ITEMS.search(query.norm)
        # (`一共多少项` sums nothing: the items are counted)
        operation = query.operation if not counted or query.operation != "sum" else ""
        # a duty asked after an event, or the requirements set after it (`督查结束后提出哪些要求`): every
        # requirement listed, not a section the event names (`检查范围`)
        duty = _DUTY_AFTER.search(query.norm) or _SET_AFTER.search(query.norm)
        if counts and not counted or operation \
                or not (_DESCRIBE.search(query.norm) or counted or duty or _ends_naming_section(ask)):
            return None
        docs = ask.scope if ask.scope is not None else sorted({h.chunk.doc_id for h in ask.ranked[:3]})
        # `有哪些基本要求`, `工作要求是什么`: a notice's section headed with the very thing asked lists
        # it, item by item (a target question goes by its 目标 headings and the years they name)
        ranked = [d for d in ask.ranked_docs(3) if d in docs]
        named = None if _target_only(query) else _named_section(query, [reader.documents[d] for d in ranked])
        if counted and named is None:
            return None
        kind = next(((heading, term) for asked, heading, term in _LISTED_KINDS if asked.search(query.norm)), None)
        of_kind = _kind_section(reader, query, [reader.documents[d] for d in ranked], *kind) \
            if named is None and kind and (duty or not _topic_headed(reader, query, *kind, ranked)) else None
        if of_kind is not None and _row_asked(query, *of_kind):
            of_kind = None  # (one row of the list's table named, `X小学查出什么问题`: that row's cells answer)
        if named is None and of_kind is None and kind is not None and kind[0] is _REQUIREMENT_HEADING:
            of_kind = _unheaded_requirements([reader.documents[d] for d in ranked])
        named = named or of_kind
        if named is None and not query.intents & {"target", "measure"} and not _LIST_ASK.search(query.norm):
            # (`做了哪几项工作`: a list asked by its items is a measure question whatever its verb)
            return None
        named = named or _one_work_section(reader, query, [reader.documents[d] for d in ranked[:1]])
        candidates = [reader.documents[d] for d in docs]
        found = (*named, 1.0) if named else _best_section(reader, query, candidates)
        aims = False
        if found is None and _target_only(query):
            # a document without a 目标 section (a work plan) states a topic's targets in the section whose
            # heading names the topic (`三、办好公平优质的义务教育`): its sentences setting levels answer
            found = _best_section(reader, query, candidates, by_target_heading=False)
            aims = True
        if found is None:
            return None
        doc, section, cover = found
        if "measure" in query.intents and round(_lead_cover(ask), 2) > cover:
            return None  # a paragraph's run-in heading names the topic better: Measures quotes its paragraph
        # a year the 目标 heading does not name: the section's paragraphs that speak for it (到2035年…)
        dated = _dated_paragraphs(doc, section, _asked_years(query)) if _target_only(query) else []
        items = _aim_sentences(doc, section) if aims else \
            [cut(doc.text, a, b, BODY_CHARS) for a, b in dated] or section_items(doc, section)
        if not items:
            return None
        book = ask.book
        lines = quoted_items(reader, book, doc, items[:MAX_ITEMS])
        # a table under the heading (a plan's 主要指标表) is cited by its caption, not quoted cell by cell
        for t in [] if aims else _tables(doc, section):
            n = book.cite(chunk_hit(reader, doc, t.start), t.start, t.end)
            lines.append(f"另见《{display(t.caption or section.heading)}》[{n}]")
        where = f"“{display(section.heading)}”一节" if section.heading else "提出的要求"
        count = f"共{len(items)}{counted.group('counter')}" if counted else ""
        return Draft(f"{region_of(doc)}文件{where}{count}：\n" + "\n".join(lines), False, book.citations)


def _lead_cover(ask: Ask) -> float:
    """The most key terms a run-in heading leading a paragraph of the best passages carries (a work
    report heads its paragraphs with a run-in sentence such as `建设更高水平的健康省份。…`
    instead of numbering them)."""
    reader, query = ask.reader, ask.query
    best = 0.0
    for hit in ask.ranked[:LEAD_PASSAGES]:
        if hit.chunk.table_id or ask.scope is not None and hit.chunk.doc_id not in ask.scope:
            continue
        text = reader.documents[hit.chunk.doc_id].text
        for s, e in split_sentences(text, hit.chunk.start, hit.chunk.end):
            if starts_paragraph(text, s) and run_in_heading(text[s:e]):
                best = max(best, reader.coverage(query, flat(normalize(text[s:e], drop_space=True)))[0])
    return best


def _best_section(reader: Reader, query: Query, docs: list[Document],
                  by_target_heading: bool = True) -> tuple[Document, Section, float] | None:
    """The section whose heading carries the question's topic: for a target question a 目标
    heading (the one naming the year or words asked); else the heading with the most key terms."""
    target = by_target_heading and _target_only(query)
    best: tuple[tuple, Document, Section] | None = None
    for doc in docs:
        title = _heading_form(doc.meta.title)
        for section in doc.sections:
            heading = _heading_form(section.heading)
            if target and not _TARGET_HEADING.search(heading):
                continue
            if not target and "target" not in query.intents and _TARGET_HEADING.search(heading) \
                    and not _MEASURE_WORDS.search(heading):
                continue  # `做了哪些工作`: the measures, not the 工作目标 section (but `目标和措施` holds them)
            if not target and not query.terms and not _MEASURE_HEADING.search(heading):
                continue  # no topic named: only a section headed as measures answers
            years = [y for y in query.years if y in heading]
            # a 目标 section's paragraphs that speak for a year its heading does not name (`（三）发展目标`
            # over `到2025年，…` and `到2035年远景，…`) answer for that year
            dated = _dated_paragraphs(doc, section, _asked_years(query)) if target and not years else []
            if query.years and not years and target and not dated and not _of_document_year(doc, section, query):
                continue  # `2035年远景目标`: not the 十四五 目标 section
            alike = _asks_alike(query, heading)
            if alike < 0:
                continue  # `为什么要推行…？` answers no `怎么保证…`: a Q&A page's 问 of another kind
            own = reader.coverage(query, flat(heading))[0] if query.terms else 1.0
            # the document's title and head (a speech's speaker: `副县长…提了哪几点要求`) and the enclosing
            # headings speak for the section too (`十四五规划的重点工程`: 十四五 is in the title, 重点工程 in
            # the heading)
            context = title + reader.supplied(doc.doc_id) + "".join(_heading_form(h) for h in section.path) \
                + "".join(_heading_form(_first_clause(doc.text, a, b)) for a, b in dated) \
                + "".join(_periods_written(query, doc, section) if target else [])
            cover = reader.coverage(query, flat(context))[0] if query.terms else 1.0
            works = _work_words(query, heading)
            # a 目标 heading names what a target question asks (`二、主要目标` of 学前教育发展的主要目标), a
            # heading of the work done the measures asked when the title names the topic (`二、主要工作和成效`),
            # and so does a heading naming nothing but measures when the question asks for measures by that word
            # and it is the document's one section of measures (a plan's 主要任务 beside its 保障措施 leaves the
            # choice to the headings' own words)
            # (or by the verb of doing, `主要干了些什么`, and a heading naming what was done: `三、重点工作`)
            named_measures = _MEASURE_WORDS.search(query.norm) and _MEASURES_ONLY.fullmatch(heading_words(heading)) \
                and sum(bool(_MEASURE_HEADING.search(_heading_form(x.heading))) for x in doc.sections) == 1 \
                or _DONE_ASKED.search(query.norm) and _done_sections(doc) == [section] \
                or _PLANNED_ASKED.search(query.norm) and _planned_sections(doc) == [section]
            # … and one naming the very doing a how-question asks (`怎么推进…` → `四、推进措施`)
            how_done = _how_done(query, heading)
            if cover < HEADING_COVER_MIN or own == 0 and not target and not works and not named_measures \
                    and not how_done:
                continue
            # a heading asking how only breaks a tie of coverage: a Q&A heading with 怎么 (`这几年做得怎么样？`)
            # is no better an answer than a heading naming the topic asked
            # … and of headings that carry the topic alike, the one naming the measures the question asks by
            # (`整改措施`: `整改思路和措施`, not `整改要求`)
            measured = bool(_MEASURE_WORDS.search(query.norm) and _MEASURE_WORDS.search(heading))
            # (the one section of the work done, asked by the doing, before a section of another kind that
            # names the topic: a section of figures by stage states figures, `主要做法` what was done)
            rank = (round(cover, 2), alike, works, how_done, bool(named_measures), round(own, 2), measured,
                    len(years), -section.level, -(section.end - section.start))
            if best is None or rank > best[0]:
                best = (rank, doc, section)
    return (best[1], _whole_list(reader, query, best[1], best[2]), best[0][0]) if best else None


# what a heading put as a question asks (a Q&A page's `问：如何保障改革平稳推进？`, a FAQ's `为什么…？`):
# how something is done, why, or when; a question of one kind is no answer to another
_QUESTION_KINDS = (("how", re.compile(r"如何|怎么|怎样|哪些(?:措施|举措|办法)|什么(?:措施|举措|办法)")),
                   ("why", re.compile(r"为什么|为何|什么原因")),
                   ("when", re.compile(r"什么时候|何时|哪一?天")))
_QUESTION_HEADING = re.compile(r"^\s*问[：:]|[？?]\s*$")


def _asks_alike(query: Query, heading: str) -> int:
    """1 when a heading put as a question asks what a measure question does (how), −1 when it asks
    another thing (why, when), else 0 (a heading that is no question, or a question of no known kind)."""
    if "measure" not in query.intents or not _QUESTION_HEADING.search(heading):
        return 0
    kinds = {kind for kind, rx in _QUESTION_KINDS if rx.search(heading)}
    if not kinds:
        return 0
    return 1 if "how" in kinds else -1


def _whole_list(reader: Reader, query: Query, doc: Document, section: Section) -> Section:
    """The section a measure question asks for when the best heading is one item of a list: its parent
    when the parent, a heading of measures, names some of the question's words while the item's own
    heading carries few of them (`下一步怎么加强…` over `三、下一步工作措施` › `（三）加强全员培训`: the
    verb alone is no item asked — the whole list answers)."""
    if "measure" not in query.intents or len(section.path) < 2:
        return section
    parent = next((s for s in doc.sections if s.path == section.path[:-1]), None)
    if parent is None or not _MEASURE_HEADING.search(parent.heading) \
            or not reader.coverage(query, flat(_heading_form(parent.heading)))[0]:
        return section
    return section if reader.coverage(query, flat(_heading_form(section.heading)))[0] >= HEADING_COVER_MIN \
        else parent


_HOW = re.compile(r"(?:如何|怎么|怎样|怎么样)(?P<verb>[\u4e00-\u9fff]{2})")


def _how_done(query: Query, heading: str) -> bool:
    """Whether a heading naming nothing but measures names them by the verb a how-question asks with
    (`打算怎么落实…` and `三、落实措施`, `如何保障…` and `保障措施`): the section of how it is done."""
    words = heading_words(heading)
    if "measure" not in query.intents or not _MEASURES_ONLY.fullmatch(words):
        return False
    return any(m.group("verb") == words[:2] for m in _HOW.finditer(query.norm))


def _work_words(query: Query, heading: str) -> int:
    """How many characters of the question a heading of measures shares when it has the measure word
    the question asks by and more (`开展了哪些主要工作` and `二、主要工作和成效`: 4), else 0 (the measure
    word alone, as in an item's name `实施…行动` or `四、下一步工作打算`, tells no section of them); 0 too
    for a question asking no measures. A report's work sections are headed so, its title naming the topic."""
    if "measure" not in query.intents:
        return 0
    asked = flat(normalize(query.norm, drop_space=True))
    if not any(m.group() in asked for m in _MEASURE_HEADING.finditer(heading)):
        return 0
    size = SequenceMatcher(None, asked, heading, autojunk=False).find_longest_match(0, len(asked), 0, len(heading)).size
    return size if size > WORK_WORD_CHARS else 0


WORK_WORD_CHARS = 2  # a measure word (工作, 行动, 任务) is two characters


NAMED_HEADING_CHARS = 3  # a heading named by a list question is a phrase (基本要求), not a word


def _named_section(query: Query, docs: list[Document]) -> tuple[Document, Section] | None:
    """The section whose heading, less its list marker, the question names word for word
    (`有哪些基本要求` → `一、基本要求`) and under which items are listed; the first in document order
    of the best-ranked document."""
    asked = flat(normalize(query.norm, drop_space=True))
    for doc in docs:
        for section in doc.sections:
            heading = heading_words(section.heading)
            if len(heading) >= NAMED_HEADING_CHARS and (flat(heading) in asked or _named_apart(heading, asked)
                                                         or _named_by_use(heading, asked)):
                return doc, section
    return None


def _ends_naming_section(ask: Ask) -> bool:
    """Whether the question, asking nothing in words, ends with the heading of a leading document's section
    (`X活动的工作要求`): that section is what it asks for."""
    asked = flat(normalize(ask.query.norm, drop_space=True)).rstrip("？?。")
    return any(len(heading := flat(heading_words(s.heading))) >= NAMED_HEADING_CHARS and asked.endswith(heading)
               for d in ask.ranked_docs(3) for s in ask.reader.documents[d].sections)


# a heading naming the use made of a thing (`三、成果运用`, `数据应用`), asked as how the thing is used (`成果怎么用`)
_USE_HEADING = re.compile(r"(?P<thing>[\u4e00-\u9fff]{2,6}?)的?(?:运用|应用|使用|利用)")
_USE_ASKED = r"(?:怎么|如何|怎样|咋)(?:运|应|使|利)?用"


def _named_by_use(heading: str, asked: str) -> bool:
    """Whether the question asks how the thing a use heading names is used (`考核成果怎么用` → `成果运用`)."""
    m = _USE_HEADING.fullmatch(heading)
    return m is not None and re.search(re.escape(m.group("thing")) + _USE_ASKED, asked) is not None


_ASKED_HEAD = re.compile(r"(?:哪些|什么|啥|哪几[条项点个种类])([\u4e00-\u9fff]{2})")
NAMED_APART_CHARS = 8  # a heading named in two places is a short noun phrase (报名材料, 申报条件)


def _named_apart(heading: str, asked: str) -> bool:
    """Whether the question names a short heading in two parts: its head noun as what it asks for
    (`哪些材料`) and the words before it elsewhere (`入学登记需带哪些材料` → `登记材料`)."""
    if len(heading) > NAMED_APART_CHARS or not re.fullmatch(r"[\u4e00-\u9fff]+", heading):
        return False
    head, rest = heading[-2:], heading[:-2]
    return any(m.group(1) == head for m in _ASKED_HEAD.finditer(asked)) and rest in asked.replace(head, "", 1)


_MARKER_HEAD = re.compile(r"^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|"
                          r"第[一二三四五六七八九十\d]+[章节条部分]?)\s*")


# a heading of the work planned, not done (`四、下一步工作`, `明年工作打算`)
_PLANNED_HEADING = re.compile(r"下一步|下步|今后|明年|来年|打算|计划|思路")
# … and one naming nothing else: the time ahead and the measure words (`下步举措`, `来年工作安排`, `下一步思路`)
_PLANNED_ONLY = re.compile(r"(?:下一步|下步|今后|明年|来年|下阶段)?(?:工作)?(?:打算|计划|思路|举措|措施|工作|安排)+"
                           r"|(?:下一步|下步|今后|明年|来年|下阶段)(?:工作)?")


def _done_sections(doc: Document) -> list[Section]:
    """The sections headed as the work done and nothing else (`三、主要工作`, `主要做法`): a report's
    `目标和措施` for next year sets aims, and its `下一步工作` plans work, so neither is a section of what was done."""
    return [x for x in doc.sections if _DONE_ONLY.fullmatch(words := heading_words(x.heading))
            and not _TARGET_HEADING.search(words) and not _PLANNED_HEADING.search(words)]


def _one_work_section(reader: Reader, query: Query, docs: list[Document]) -> tuple[Document, Section] | None:
    """The leading document's one section of the work done when the question asks what was done (`都抓了些啥`),
    or of the work planned when it asks the next steps (`接下来打算怎么干`), the document speaking for the question's
    topic: a summary's `主要做法` or `下步举措` lists it, whatever words of the topic its heading leaves to the
    title or the opening paragraph."""
    if "measure" not in query.intents or not docs:
        return None
    doc = docs[0]
    sections = _planned_sections(doc) if _PLANNED_ASKED.search(query.norm) \
        else _done_sections(doc) if _DONE_ASKED.search(query.norm) else []
    if len(sections) != 1 or query.terms and \
            reader.coverage(query, flat(normalize(doc.text, drop_space=True)))[0] < HEADING_COVER_MIN:
        return None
    return doc, sections[0]


def _planned_sections(doc: Document) -> list[Section]:
    """The sections headed as the work planned and nothing else (`下步举措`, `来年打算`, `下一步工作`)."""
    return [x for x in doc.sections if _PLANNED_HEADING.search(words := heading_words(x.heading))
            and _PLANNED_ONLY.fullmatch(words)]


def heading_words(heading: str) -> str:
    """A heading as the words it names: its matching form less its list marker and closing punctuation."""
    return _MARKER_HEAD.sub("", _heading_form(heading)).strip("。．.：:，, ")


# `有哪些困难`, `存在哪些问题`, `短板是什么`: the problems a report or reply states, under a heading naming
# them (`二、存在的困难`, `（三）困难和问题`, `主要短板`, `不足之处`; an inspection's `发现的问题`)
_PROBLEM_WORDS = r"困难|问题|短板|不足|薄弱环节|瓶颈|难点|挑战"
# (… and where: `哪些地方存在问题`, `哪些方面有不足`, as everyday speech asks it — server/lexicon/plain_words.tsv)
_PROBLEMS_ASKED = re.compile(rf"(?:哪些|什么|哪几[个方面点条类]*|啥)(?:地方|方面|环节)?(?:存在|有)?(?:主要|突出)?"
                             rf"(?:{_PROBLEM_WORDS})|"
                             rf"(?:{_PROBLEM_WORDS})(?:有|是|在)(?:哪些|什么|哪几)")
_PROBLEM_TERM = re.compile(rf"(?:主要|突出|存在)?(?:{_PROBLEM_WORDS})")
PROBLEM_HEADING = re.compile(rf"^(?:存在的?|面临的?|发现的?|当前|目前|主要|突出|工作中的?|(?:困难|问题)[和与及])*"
                              rf"(?:主要|突出)?(?:{_PROBLEM_WORDS})(?:[和与及](?:{_PROBLEM_WORDS}))?(?:之处)?$")


# what one must do after an event the document reports (`检测完了各校该做什么`, `检查后要干啥`): the requirements a
# notice closes with are all about that event's aftermath, every item of them, none singled out as the topic
_DUTY_AFTER = re.compile(r"(?:完了?|后|之后|以后|结束)[^，,。？?]{0,8}?(?:要|需要|须|得|应该?|该)(?:做|干|办)"
                         r"(?:些|哪些|哪几件)?(?:什么|啥|事)")
# `提出了哪些后续要求`, `有什么工作要求`: the requirements a notice or circular closes with, under a heading naming
# them (`三、有关要求`, `工作要求`, `几点要求`), item by item
_REQUIREMENTS_ASKED = re.compile(r"(?:哪些|什么|哪几[个方面点条项]*|啥)(?:后续|具体|工作|有关|相关|主要|整改)?要求|"
                                 rf"要求(?:有|是)(?:哪些|什么|哪几)|{_DUTY_AFTER.pattern}")
_SET_AFTER = re.compile(r"(?:后|之后|以后|结束后)[^，,。？?]{0,10}?(?:提了?|提出了?|有)(?:哪些|什么|啥|哪几[条项点])"
                        r"[^，,。？?]{0,4}?要求")
_REQUIREMENT_TERM = re.compile(r"(?:后续|具体|工作|有关|相关|主要|整改)?要求")
# (a commendation's closing section is headed `希望与要求`: its hopes are asked as requirements too)
_REQUIREMENT_HEADING = re.compile(r"^(?:有关|相关|工作|具体|主要|几点|下一步|后续|整改|希望[和与及])*(?:工作)?要求$")
_REQUIRES = re.compile(r"须|应|必须|务必|不得|严禁")  # a requirement's own words
# a list asked by its kind, the heading naming that kind, the question's words for it (no topic)
# `给出什么建议`, `对策建议有哪些`: the suggestions a survey or research report closes with, under a heading naming
# them (`三、对策建议`, `几点建议`, `意见和建议`), item by item
_SUGGESTIONS_ASKED = re.compile(r"(?:哪些|什么|哪几[个方面点条项]*|啥)(?:对策|意见|工作|具体|主要)?建议|"
                                r"建议(?:有|是)(?:哪些|什么|哪几)")
_SUGGESTION_TERM = re.compile(r"(?:对策|意见|工作|具体|主要)?建议")
_SUGGESTION_HEADING = re.compile(r"^(?:(?:对策|意见|工作|具体|主要|几点|有关|相关|政策|下一步)[和与及]?)*建议$")
_LISTED_KINDS = ((_PROBLEMS_ASKED, PROBLEM_HEADING, _PROBLEM_TERM),
                 (_REQUIREMENTS_ASKED, _REQUIREMENT_HEADING, _REQUIREMENT_TERM),
                 (_SUGGESTIONS_ASKED, _SUGGESTION_HEADING, _SUGGESTION_TERM))


def _topic_headed(reader: Reader, query: Query, heading_rx: re.Pattern[str], term_rx: re.Pattern[str],
                  docs: list[str]) -> bool:
    """Whether a section of its own, not headed as the kind of list asked, names the question's topic in its
    heading (`对开学前安全检查有什么要求` → `（五）开展开学前安全检查`), or is the one item of such a list whose
    heading and body carry it (`对补助的用途提出了哪些要求` → `（一）规范补助资金使用。…只能用于…`): the
    requirements asked are that section's, not the whole list."""
    # a word naming the document by its kind (调研 of `调研报告给出什么建议`) is no topic of a section
    topic = replace(query, terms=[t for t in query.terms if not term_rx.fullmatch(t)
                                  and not any(t + kind in query.norm for kind in document_kinds())])
    if not topic.terms:
        return False
    for doc_id in docs:
        doc = reader.documents[doc_id]
        items = 0
        for section in doc.sections:
            heading = heading_words(section.heading)
            if heading_rx.match(heading):
                continue
            if reader.coverage(topic, flat(heading))[0] >= COVER_MIN:
                return True
            under_kind = any(heading_rx.match(heading_words(h))
                             for h in section.path[:-1])
            if under_kind and reader.coverage(topic, flat(normalize(doc.text[section.start:section.end])))[0] \
                    >= COVER_MIN:
                items += 1
        if items == 1:
            return True
    return False


_HANDLING = re.compile(r"使用|管理|执行|落实|实施")  # what problems, requirements and suggestions are about


def _kind_section(reader: Reader, query: Query, docs: list[Document], heading_rx: re.Pattern[str],
                     term_rx: re.Pattern[str]) -> tuple[Document, Section] | None:
    """The section of the best-ranked documents whose heading, less its list marker, names the kind of
    list asked — problems (`存在的困难`, `困难和问题`, `短板`) or requirements (`有关要求`) — and whose document,
    headings and body carry the question's topic: the items asked are its items. A heading naming one
    problem (`关于乘车难问题的建议`) is a topic, not the list of problems."""
    # the topic is what the problems are of: the word for them (短板 asked, 不足 written) is the heading's;
    # and the handling of the thing (`经费执行有什么要求`, `管理`) is what every such list is about
    # (and the words asking a duty after an event, `结束后各校该干啥`, are the asking's, not the topic's)
    after = _DUTY_AFTER.search(query.norm)
    topic = replace(query, terms=[t for t in query.terms if not term_rx.fullmatch(t) and not _HANDLING.fullmatch(t)
                                  and not (after and t in after.group())])
    best: tuple[float, int, Document, Section] | None = None
    for rank, doc in enumerate(docs):
        title = _heading_form(doc.meta.title)
        for section in doc.sections:
            heading = heading_words(section.heading)
            if not heading_rx.match(heading):
                continue
            context = title + reader.supplied(doc.doc_id) + "".join(_heading_form(h) for h in section.path) \
                + _heading_form(doc.text[section.start:section.end])
            cover = reader.coverage(topic, flat(context))[0]
            if cover >= HEADING_COVER_MIN and (best is None or (cover, -rank) > best[:2]):
                best = (cover, -rank, doc, section)
    return (best[2], best[3]) if best else None


def _unheaded_requirements(docs: list[Document]) -> tuple[Document, Section] | None:
    """The requirements a notice closes with when the heading over them is missing (a scanned notice whose
    recognised text lost its `三、工作要求` line): every top-level heading of the document is a list item
    (`（一）`, `1.`), one of them requiring (须, 应, 不得): the run of them, as one section without a heading."""
    for doc in docs:
        top = [s for s in doc.sections if len(s.path) == 1]
        if len(top) >= 2 and all(ITEM_HEAD.match(s.heading) for s in top) and \
                any(_REQUIRES.search(s.heading) for s in top):
            return doc, Section("", 0, top[0].start, top[-1].end, [])
    return None


def _asked_years(query: Query) -> list[str]:
    """The years a target question asks for: those it names, else those of the plan period it names
    (十四五 → 2021…2025, whose targets a plan states `到2025年，…`)."""
    return query.years or sorted({y for p in plan_words(query.norm) for y in period_years(p)})


def _periods_written(query: Query, doc: Document, section: Section) -> list[str]:
    """The plan periods the question names (十四五) that a 目标 section speaks for by writing a year of
    theirs (`到2025年，…`), or whose title does (a plan titled `第十四个五年规划` names no 十四五)."""
    written = set(YEAR_DIGITS.findall(_heading_form(doc.text[section.start:section.end] + doc.meta.title)))
    return [p for p in plan_words(query.norm) if period_years(p) & written]


def _of_document_year(doc: Document, section: Section, query: Query) -> bool:
    """Whether a 目标 section that names no year at all (a year's work plan or report: `工作目标` over
    `全年新增…`) speaks for the year asked: the year its document is written for (its title's, else
    its date's)."""
    if YEAR_DIGITS.search(_heading_form(doc.text[section.start:section.end])):
        return False
    own = YEAR_DIGITS.findall(_heading_form(doc.meta.title)) or [str(document_year(doc))]
    return any(y in own for y in query.years)


def _target_only(query: Query) -> bool:
    return "target" in query.intents and "measure" not in query.intents


def _dated_paragraphs(doc: Document, section: Section, years: list[str]) -> list[tuple[int, int]]:
    """The paragraphs of the section's own body whose first clause names one of `years`."""
    if not years:
        return []
    body = split_paragraphs(doc.text, body_start(doc.text, section), section.end)
    return [(a, b) for a, b in body if any(y in _heading_form(_first_clause(doc.text, a, b)) for y in years)]


def _first_clause(text: str, start: int, end: int) -> str:
    """text[start:end] up to its first pause (`到2035年远景，`)."""
    return text[start:clause_end(text, start, _PAUSE, end)]


def _heading_form(heading: str) -> str:
    form = normalize(heading, drop_space=True)
    return CN_YEAR.sub(lambda m: arabic_digits(m.group()), form)  # 二〇三五 as a question's 2035


def section_items(doc: Document, section: Section) -> list[tuple[int, int]]:
    """Spans to quote: each sub-section with its content; else each 一是/(1)/1. item of the body;
    else the body's first sentences. The document's closing the last section runs on into (its
    signature and date) belongs to no item."""
    opens = body_start(doc.text, section)
    answer = _ANSWER_MARK.match(doc.text, opens)
    opens = answer.end() if answer else opens  # a Q&A page's `答：` opens the reply, no item
    end = closing_start(doc.text, opens, section.end)
    tables = _tables(doc, section)
    body_end = tables[0].start if tables else end  # the prose before its first table
    # (a section without a heading of its own, _unheaded_requirements, starts at its first child)
    children = [s for s in doc.sections if s.start >= section.start and s.end <= section.end
                and len(s.path) == len(section.path) + 1 and s.path[:-1] == section.path]
    if children:
        return _items_before(doc.text, opens, children[0]) + \
            [cut(doc.text, c.start, min(c.end, end), ITEM_CHARS) for c in children if c.start < end]
    # numbered items may run on past a table one of them introduces (`1. …编制情况如下表。` | table |
    # `2. …`): the items are read over the whole body, the table's own text left out
    sentences = [(s, e) for s, e in split_sentences(doc.text, opens, end)
                 if not any(t.start <= s < t.end or s < t.start < e for t in tables)]
    # a run-in label before the first item (`措施：（一）…；（二）…`) opens no item: the item starts at its marker
    sentences = [(m.end() if (m := _RUN_IN_LABEL.match(doc.text, s)) and ITEM_HEAD.match(doc.text, m.end()) else s, e)
                 for s, e in sentences]
    starts = [i for i, (s, _) in enumerate(sentences) if ITEM_HEAD.match(doc.text, s)]
    if len(starts) >= 2:
        bounds = starts + [len(sentences)]
        first, last = sentences[starts[0]][0], sentences[starts[-1]][0]
        if not starts_paragraph(doc.text, last) and "\n" not in doc.text[first:last]:
            # `一是…；二是…；四是…。` run in one paragraph: the list ends with it, the paragraphs after it
            # (a closing note, a contact line) are no item's
            stop = next((b for a, b in split_paragraphs(doc.text, last, end) if a <= last < b), end)
            if stop - last <= MEASURE_LEAD_CHARS and (after := _content_after(doc.text, stop, end)):
                stop = after  # the last item's heading alone ends the paragraph: its content is the next one
            bounds[-1] = next((i for i, (s, _) in enumerate(sentences) if s >= stop), len(sentences))
        items = []
        for a, b in zip(bounds, bounds[1:]):
            items.append(cut(doc.text, sentences[a][0], sentences[b - 1][1], ITEM_CHARS))
        return items
    if not sentences or sentences[0][0] >= body_end:
        return []
    marked = marked_items(doc.text, sentences[0][0], body_end)
    if marked:  # `①…，②…`, `一是…，二是…` run on inside a sentence: each marker opens an item
        return [cut(doc.text, a, b, ITEM_CHARS) for a, b in marked]
    # unnumbered paragraphs (a report's `加强师资队伍建设。…` paragraphs led by a run-in heading, a
    # 目标 section's `到2025年…` and `到2035年…`): each paragraph is an item
    paragraphs = [(a, b) for a, b in split_paragraphs(doc.text, sentences[0][0], body_end) if doc.text[a:b].strip()]
    if len(paragraphs) >= 2:
        return [cut(doc.text, a, b, ITEM_CHARS) for a, b in paragraphs]
    return [cut(doc.text, sentences[0][0], body_end, BODY_CHARS)]


def _content_after(text: str, at: int, end: int) -> int:
    """The end of the paragraph after text[at] when it is an item's content (no item of its own, no closing),
    else 0."""
    paragraph = next(((a, b) for a, b in split_paragraphs(text, at, end) if text[a:b].strip()), None)
    if paragraph is None or ITEM_HEAD.match(text, paragraph[0]) or closing_start(text, *paragraph) < paragraph[1]:
        return 0
    return paragraph[1]


_MARKER_NUMBER = re.compile(r"[一二三四五六七八九十\d]+")


def _items_before(text: str, opens: int, first: Section) -> list[tuple[int, int]]:
    """The items of a list before its first item parsed as a sub-section: numbered one-sentence items parse as
    headings only where a paragraph follows them (the list's last), so the ones before stay in the body. Each
    paragraph an item of the first child's marker kind; [] when the body is not such items."""
    head = ITEM_HEAD.match(text, first.start)
    paragraphs = [(a + len(text[a:b]) - len(text[a:b].lstrip()), b)
                  for a, b in split_paragraphs(text, opens, first.start) if text[a:b].strip()]
    if head is None or not paragraphs:
        return []
    kind = _MARKER_NUMBER.sub("N", head.group().strip())
    marks = [ITEM_HEAD.match(text, a) for a, _ in paragraphs]
    if any(m is None or _MARKER_NUMBER.sub("N", m.group().strip()) != kind for m in marks):
        return []
    return [cut(text, a, b, ITEM_CHARS) for a, b in paragraphs]


# a notice's, report's or reply's closing after its last item, read from the end: a contact note
# (`（联系人：…）`), the date (`2024年11月8日`, `二〇二四年十一月八日`) alone or after the issuer on its line,
# the issuers' lines (no sentence punctuation), a closing formula (特此通报。再次感谢…)
_DATE_LINE = re.compile(r"(?<!\d)(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
                        r"\s*[\d一二三四五六七八九十]{1,3}\s*日$")
# (a line opening with a number's label, `投诉电话：…`, or naming the office to contact, `联系单位：…`, is a
# contact note as well)
_CONTACT_LINE = re.compile(r"[（(]?\s*(?:联系人|联系单位|联系部门|联系电话|联系方式|咨询电话|"
                           r"[\u4e00-\u9fff]{0,6}电话[：:])")
# a web page's line naming who hosts or runs it (`主办：某局`, `承办单位：…`), below the notice's signature: the
# page's furniture, no item's content (ingest keeps it where no registration mark shows it as a site footer)
_HOST_LINE = re.compile(r"\s*(?:主办|承办|协办)(?:单位)?\s*[：:][^。；;，,]{0,30}$")
_CLOSING_FORMULA = re.compile(r"特此|此复|专此|再次(?:感谢|表示感谢)|感谢您")
_SENTENCE_MARK = re.compile(r"[。；;，,：:！？!?]")
SIGNATURE_LINES = 4  # issuers signing one per line (a joint notice)
SIGNATURE_CHARS = 60


def closing_start(text: str, start: int, end: int) -> int:
    """Where the document's closing begins in text[start:end] (its contact note, date, signature and
    closing formula, read from the end), or `end` when the span does not end in a dated closing."""
    spans = [(s.start, s.end) for s in lines(text, start, end)]
    i = len(spans)
    while i and _HOST_LINE.match(to_simplified(text[slice(*spans[i - 1])])):
        i -= 1
    while i and _CONTACT_LINE.match(to_simplified(text[slice(*spans[i - 1])])):
        i -= 1
    if not i:
        return _closing_address(text, start, end)
    if not _dated_signature(text[spans[i - 1][0]:spans[i - 1][1]]):
        # a contact note closes a notice signed nowhere after it (an OCR'd page, a report's web page)
        return spans[i][0] if i < len(spans) else _closing_address(text, start, end)
    i -= 1
    signed = 0
    while i and signed < SIGNATURE_LINES and _signature(text[spans[i - 1][0]:spans[i - 1][1]]):
        i -= 1
        signed += 1
    while i and _CONTACT_LINE.match(to_simplified(text[slice(*spans[i - 1])])):
        i -= 1  # a contact note above the signature (a notice's `联系人：…，电话：…` then its issuer and date)
    if i and _CLOSING_FORMULA.match(text, spans[i - 1][0]) and not ITEM_HEAD.match(text, spans[i - 1][0]):
        i -= 1
    return spans[i][0] if i < len(spans) else end


def _closing_address(text: str, start: int, end: int) -> int:
    """Where a speech's closing address (`同志们，让我们…！`) ends text[start:end] after its last item's
    content, on the item's own line; `end` when the span does not end so."""
    sentences = [(s, e) for s, e in split_sentences(text, start, end) if text[s:e].strip()]
    if len(sentences) >= 2 and _ADDRESS.match(text, sentences[-1][0]) and not ITEM_HEAD.match(text, sentences[-1][0]):
        return sentences[-1][0]
    return end


_ADDRESS = re.compile(r"\s*(?:同志们|各位代表|让我们)")


def _signature(line: str) -> bool:
    """An issuer's line: short, no sentence punctuation, no list item."""
    return len(line) <= SIGNATURE_CHARS and not _SENTENCE_MARK.search(line) and not ITEM_HEAD.match(line)


def _dated_signature(line: str) -> bool:
    """A date line, alone or after the issuer (`XX县教育局2025年5月16日`), not a clause naming a date
    (`各校于2025年6月30日`)."""
    m = _DATE_LINE.search(line)
    issuer = _DATE_LABEL.sub("", line[:m.start()].strip()) if m else ""  # `印发日期：` labels the date only
    return bool(m) and (not issuer or _signature(line) and not _DATED_BY.search(issuer))


_DATED_BY = re.compile(r"[于在至到前]$")
_DATE_LABEL = re.compile(r"(?:印发|发布|成文|发文|签发)?日期\s*[：:]$")


def _aim_sentences(doc: Document, section: Section) -> list[tuple[int, int]]:
    """The sentences of the section (its sub-sections too, not its tables) that set a level to reach
    with a figure."""
    return [(s, e) for s, e in split_sentences(doc.text, body_start(doc.text, section), section.end)
            if not any(t.start <= s < t.end for t in doc.tables)
            and _AIM_SENTENCE.search(doc.text, s, e) and _DIGIT.search(doc.text, s, e)]


def _row_asked(query: Query, doc: Document, section: Section) -> bool:
    """Whether the question names a row of a table in the section's body (a school of an inspection's table)."""
    return any(len(label) >= 2 and label in query.norm
               for t in _tables(doc, section) for label in (flat(row_label(t, r)) for r in t.rows))


def _tables(doc: Document, section: Section) -> list[Table]:
    """The tables of the section's own body (before any sub-section), in order."""
    return [t for t in doc.tables if section.start <= t.start < section.end
            and not any(s.start > section.start and s.start <= t.start for s in doc.sections if s.end <= section.end)]


def heading_of(doc: Document, span: tuple[int, int]) -> Section | None:
    """The section whose heading text[span] is (the sentence lies within the heading line)."""
    s, e = span
    return next((x for x in doc.sections if x.start <= s and e <= body_start(doc.text, x)
                 and doc.text[s:e].strip()), None)


_ANSWER_MARK = re.compile(r"\s*答[：:]\s*")


def body_start(text: str, section: Section) -> int:
    """Where the section's text starts: after its heading and the punctuation closing it (an inline
    heading `第一,以經費為第一保障,著力改善辦學條件。` is followed by its body on the same line)."""
    end = section.start + len(section.heading)
    while end < len(text) and text[end] in "。．.：:，, \t":
        end += 1
    return end


def cut(text: str, start: int, end: int, limit: int) -> tuple[int, int]:
    """[start, end) cut at the last sentence end within `limit` characters (at least one sentence)."""
    sentences = split_sentences(text, start, end)
    if not sentences:
        return start, end
    stop = sentences[0][1]
    for _, e in sentences[1:]:
        if e - start > limit:
            break
        stop = e
    return sentences[0][0], stop


def quoted_items(reader: Reader, book: CitationBook, doc: Document, items: list[tuple[int, int]],
                 numbered: bool = True) -> list[str]:
    """The lines quoting a list's items, each with its citation. A list quoted whole (nothing of the document
    between its items left out) is one passage of the document, cited as one span by every item: the question
    asks the list, not each item apart; items cut from longer sub-sections each cite their own."""
    # an item the document numbers itself (`1.`, `（二）`, `第三，`) keeps its own number, not ours too
    texts = [f"{'' if not numbered or ITEM_HEAD.match(doc.text[s:e]) else f'{n}. '}{display(doc.text[s:e])}"
             for n, (s, e) in enumerate(items, start=1)]
    if len(items) > 1 and all(not doc.text[b:a].strip() for (_, b), (a, _) in zip(items, items[1:])):
        n = book.cite(chunk_hit(reader, doc, items[0][0]), items[0][0], items[-1][1])
        return [f"{t}[{n}]{in_digits(doc.text[s:e])}" for t, (s, e) in zip(texts, items)]
    return [f"{t}[{book.cite(chunk_hit(reader, doc, s), s, e)}]{in_digits(doc.text[s:e])}"
            for t, (s, e) in zip(texts, items)]


def chunk_hit(reader: Reader, doc: Document, offset: int) -> Hit:
    """A hit on the passage of `doc` that holds `offset` (the nearest one when none does)."""
    chunk = next((c for c in reader.chunks_of[doc.doc_id] if c.start <= offset < c.end), None) \
        or min(reader.chunks_of[doc.doc_id], key=lambda c: abs(c.start - offset))
    return Hit(-1, chunk, 0.0)
