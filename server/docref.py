"""Documents a question names itself: by 文号 (`某教发〔2025〕8号`) or by title in 《》.

Asked `某教发〔2025〕8号通知有哪些附件？`, the user means that document; the 文号 is no term to search
for (searched for, it pulls the answer to the front matter that prints it, or to another document
citing it). So a reference that matches an indexed document scopes the question to it and leaves
the question's text; one that matches no document but is quoted in some passage (a national
document cited by a local one) changes nothing; one that is neither makes the answer say that no
such document is indexed, instead of answering from another document.

Matching is on the compact Simplified form (brackets, quotes, spacing and 第 aside): a 文号 matches
the document whose number it is; a title matches a document whose title contains it or is
contained in it (a question may quote a title short or with its `关于印发…的通知` wrapper).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from ingest.grams import compact
from ingest.metadata import DOC_NUMBER
from ingest.normalize import normalize
from ingest.records import DocHead

_TITLE = re.compile(r"《([^《》]{2,80})》")
# words a question puts before a 文号 that the number pattern's issuer part would take in
_LEAD = re.compile(r"^(?:请问|请|问|关于|根据|按照|依据|对照|对于|在|从|由|看|查)+")
MIN_CONTAINED = 6  # characters a title must have to match as part of a longer one (not `规划`)


@dataclass(frozen=True)
class DocRef:
    written: str  # as the question writes it (what the retrievers no longer see once it matched)
    kind: Literal["number", "title"]
    doc_ids: list[str] = field(default_factory=list)  # the indexed documents it names
    quoted: bool = False  # no document is it, but some passage quotes it

    def describe(self) -> str:
        return f"文号为{self.written}的文件" if self.kind == "number" else f"《{self.written}》"


def names_a_document(question: str) -> bool:
    """Whether the question may name a document (cheap: most questions name none)."""
    return "《" in question or DOC_NUMBER.search(normalize(question)) is not None


def _key(text: str) -> str:
    return compact(normalize(text)).replace("第", "")


@dataclass
class DocNames:
    """The 文号 and titles of a build's documents in matching form, read once per build."""
    numbers: list[tuple[str, str, str]]  # (key, doc id, number as written)
    titles: list[tuple[str, str]]  # (key, doc id)

    @classmethod
    def of(cls, heads: Mapping[str, DocHead]) -> DocNames:
        return cls([(_key(h.meta.number), d, h.meta.number) for d, h in heads.items() if h.meta.number],
                   [(_key(h.meta.title), d) for d, h in heads.items() if h.meta.title])

    def find(self, question: str, quoted: Callable[[str], bool]) -> list[DocRef]:
        """The 文号 and 《titles》 `question` names, each with the documents it matches; `quoted(text)`
        says whether some passage contains `text` (asked only of references no document matches)."""
        norm = normalize(question)
        refs: list[DocRef] = []
        for m in DOC_NUMBER.finditer(norm):
            key = _key(m.group())
            # the pattern's issuer part may have taken words of the question before it (请问…);
            # of numbers it ends with, the longest is the one written (株教发… over 教发…)
            found = sorted((d, k) for k, d, _ in self.numbers if k and key.endswith(k))
            longest = max((len(k) for _, k in found), default=0)
            found = [(d, k) for d, k in found if len(k) == longest]
            if found:
                refs.append(DocRef(_issued(m.group(), found[0][1]), "number", [d for d, _ in found]))
            else:
                written = _LEAD.sub("", m.group())
                refs.append(DocRef(written, "number", [], quoted(written)))
        for m in _TITLE.finditer(norm):
            title = m.group(1)
            key = _key(title)
            named = sorted(d for k, d in self.titles if _title_matches(key, k))
            refs.append(DocRef(m.group(), "title", named) if named else DocRef(title, "title", [], quoted(title)))
        return refs


def _title_matches(asked: str, title: str) -> bool:
    if not asked or not title:
        return False
    return asked == title or (len(asked) >= MIN_CONTAINED and asked in title) or (
        len(title) >= MIN_CONTAINED and title in asked)


def _issued(matched: str, number_key: str) -> str:
    """The matched 文号 from its issuer part on (`请问某教发〔2025〕8号` → `某教发〔2025〕8号`)."""
    issuer = re.match(r"\D*", number_key).group()  # type: ignore[union-attr]
    at = matched.rfind(issuer) if issuer else -1
    return matched[at:] if at >= 0 else _LEAD.sub("", matched)
