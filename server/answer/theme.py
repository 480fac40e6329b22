"""The theme an event is held under (`…活动的主题`, `主题是什么`): notices and plans name it in quotes — `以“X”为
主题`, `主题为“X”`, `“X”主题…活动` — a title, never a figure or a sentence of aims. The leading document's first
sentence naming a theme so answers, the theme given as written and the sentence quoted."""
from __future__ import annotations

import re

from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.sections import chunk_hit
from server.answer.text import display, region_of

# the theme asked: the question closes on it (`…展演的主题`, `主题是什么`) or asks which one (`什么主题`)
_ASKS_THEME = re.compile(r"主题(?:是|为|叫)?(?:什么|啥|哪个)?[?？。]?$|(?:什么|啥|哪个)主题")
_OPEN, _CLOSE = "“\"「『", "”\"」』"
_NAMED = rf"[{_OPEN}]([^{_CLOSE}]{{2,30}})[{_CLOSE}]"
# a theme stated: 以“X”为主题, 主题为/是“X”, “X”主题
_THEME = re.compile(rf"以{_NAMED}为(?:活动)?主题|主题(?:为|是|定为)[：:]?{_NAMED}|{_NAMED}主题")


class ThemeStated:
    """The theme the leading document states for the event asked; None when the question asks no theme (a count
    of themes is no theme) or the document states none."""

    def try_answer(self, ask: Ask) -> Draft | None:
        docs = ask.ranked_docs(1)
        if not docs or ask.query.asks_number or not _ASKS_THEME.search(ask.query.norm):
            return None
        reader, doc = ask.reader, ask.reader.documents[docs[0]]
        for start, end in split_sentences(doc.text, 0, len(doc.text)):
            m = _THEME.search(doc.text, start, end)
            if m is None:
                continue
            theme = next(g for g in m.groups() if g)
            n = ask.book.cite(chunk_hit(reader, doc, start), start, end)
            return Draft(f"主题是“{display(theme)}”。依据{region_of(doc)}文件：“{display(doc.text[start:end])}”[{n}]",
                         False, ask.book.citations)
        return None
